import { registerEnumType } from '@nestjs/graphql';

/** Under which terms a material file may be passed on; OTHER needs a free-text note. */
export enum MaterialLicence {
  CC_BY_4_0 = 'CC_BY_4_0',
  CC_BY_SA_4_0 = 'CC_BY_SA_4_0',
  CC0_1_0 = 'CC0_1_0',
  /** "Alle Rechte vorbehalten". */
  ALL_RIGHTS_RESERVED = 'ALL_RIGHTS_RESERVED',
  /** "Nur für den internen Gebrauch": not to be handed to customers or partners. */
  INTERNAL_USE_ONLY = 'INTERNAL_USE_ONLY',
  OTHER = 'OTHER',
}

registerEnumType(MaterialLicence, {
  name: 'MaterialLicence',
  description: 'Licence of a material file; OTHER comes with licenceNote.',
});
