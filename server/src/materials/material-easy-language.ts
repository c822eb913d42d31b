import { registerEnumType } from '@nestjs/graphql';

/** Whether a material file is written in Leichte Sprache, Einfache Sprache or neither. */
export enum MaterialEasyLanguage {
  NONE = 'NONE',
  LEICHTE_SPRACHE = 'LEICHTE_SPRACHE',
  EINFACHE_SPRACHE = 'EINFACHE_SPRACHE',
}

registerEnumType(MaterialEasyLanguage, {
  name: 'MaterialEasyLanguage',
  description: 'Easy-language level of a material file.',
});
