import type { MaterialEasyLanguage, MaterialLicence } from '@/gql/graphql';

/** The metadata form's state (strings as typed; the server trims and validates). */
export interface MaterialMetadataDraft {
  title: string;
  language: string;
  licence: MaterialLicence;
  licenceNote: string;
  easyLanguage: MaterialEasyLanguage;
}
