import { MaterialEasyLanguage } from './material-easy-language';
import type { MaterialFileEntity } from './material-file.entity';

const EASY_LANGUAGE_WORDS: Record<MaterialEasyLanguage, string> = {
  [MaterialEasyLanguage.NONE]: '',
  [MaterialEasyLanguage.LEICHTE_SPRACHE]: 'Leichte Sprache',
  [MaterialEasyLanguage.EINFACHE_SPRACHE]: 'Einfache Sprache',
};

/** Lines the article's search document gets for its files: the title, and the easy-language level in words. */
export function materialSearchText(files: Pick<MaterialFileEntity, 'title' | 'easyLanguage'>[]): string[] {
  return files.map((file) => [file.title, EASY_LANGUAGE_WORDS[file.easyLanguage]].filter(Boolean).join(' – '));
}
