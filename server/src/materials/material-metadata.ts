import { MaterialEasyLanguage } from './material-easy-language';
import { materialLanguageCode } from './material-language';
import { MaterialLicence } from './material-licence';
import { MaterialErrorCode, MaterialException } from './materials.errors';

export const MATERIAL_TITLE_MAX = 200;
export const LICENCE_NOTE_MAX = 300;

/** Metadata of a material file as the service stores it (validated). */
export interface MaterialMetadata {
  title: string;
  language: string;
  licence: MaterialLicence;
  licenceNote: string | null;
  easyLanguage: MaterialEasyLanguage;
}

/** Metadata as a client sends it: form fields (strings) or a GraphQL input; undefined = unchanged / default. */
export interface MaterialMetadataPatch {
  title?: string;
  language?: string;
  licence?: string;
  licenceNote?: string | null;
  easyLanguage?: string;
}

const invalid = (field: string, message: string): MaterialException =>
  new MaterialException(MaterialErrorCode.INVALID_METADATA, message, { field });

const isLicence = (value: string): value is MaterialLicence =>
  (Object.values(MaterialLicence) as string[]).includes(value);
const isEasyLanguage = (value: string): value is MaterialEasyLanguage =>
  (Object.values(MaterialEasyLanguage) as string[]).includes(value);

/**
 * Applies a patch to the current metadata (or to defaults for a new file) and checks the result:
 * title 1–200 characters, a known ISO 639-1 language, a listed licence, a note for OTHER.
 */
export function applyMaterialMetadata(current: MaterialMetadata, patch: MaterialMetadataPatch): MaterialMetadata {
  const next = { ...current };
  if (patch.title !== undefined) {
    const title = patch.title.trim();
    if (title.length === 0 || title.length > MATERIAL_TITLE_MAX)
      throw invalid('title', `The title must have 1 to ${MATERIAL_TITLE_MAX} characters.`);
    next.title = title;
  }
  if (patch.language !== undefined) {
    const language = materialLanguageCode(patch.language);
    if (!language) throw invalid('language', `Unknown language "${patch.language}" (ISO 639-1 code expected).`);
    next.language = language;
  }
  if (patch.licence !== undefined) {
    if (!isLicence(patch.licence)) throw invalid('licence', `Unknown licence "${patch.licence}".`);
    next.licence = patch.licence;
  }
  if (patch.licenceNote !== undefined) {
    const note = patch.licenceNote?.trim() ?? '';
    if (note.length > LICENCE_NOTE_MAX)
      throw invalid('licenceNote', `The licence note must have at most ${LICENCE_NOTE_MAX} characters.`);
    next.licenceNote = note || null;
  }
  if (patch.easyLanguage !== undefined) {
    if (!isEasyLanguage(patch.easyLanguage))
      throw invalid('easyLanguage', `Unknown easy-language flag "${patch.easyLanguage}".`);
    next.easyLanguage = patch.easyLanguage;
  }
  if (next.licence === MaterialLicence.OTHER && !next.licenceNote)
    throw invalid('licenceNote', 'A licence of kind OTHER needs a licence note.');
  return next;
}
