import { registerEnumType } from '@nestjs/graphql';

/** Strictness of the check; the values are the library's `LanguageLevel`. */
export enum EasyLanguageLevel {
  LEICHTE_SPRACHE = 'LEICHTE_SPRACHE',
  EINFACHE_SPRACHE = 'EINFACHE_SPRACHE',
}

registerEnumType(EasyLanguageLevel, {
  name: 'EasyLanguageLevel',
  description: 'Leichte Sprache (strict rules of the Netzwerk Leichte Sprache) or the milder Einfache Sprache.',
});

export enum EasyLanguageSeverity {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
  INFO = 'INFO',
}

registerEnumType(EasyLanguageSeverity, {
  name: 'EasyLanguageSeverity',
  description: 'ERROR breaks a rule of the level, WARNING should be changed, INFO is worth a look.',
});
