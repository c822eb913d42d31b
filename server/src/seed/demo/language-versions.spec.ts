import { checkText } from '@wissensnetz/easy-language';
import { documentToPlainText, validateDocument } from '@wissensnetz/editor';
import { describe, expect, it } from 'vitest';
import { demoArticles } from './index';
import { demoLanguageVersions, demoSourceChanges } from './language-versions';

const sourceOf = (title: string) => demoArticles.find((article) => article.title === title);

describe('demo language versions', () => {
  it('has 5 articles with Leichte Sprache versions and 3 with Arabic or Farsi translations, all of known sources', () => {
    const sources = (variant: string, languages?: string[]) =>
      new Set(
        demoLanguageVersions
          .filter(
            (version) => version.variant === variant && (!languages || languages.includes(version.language ?? '')),
          )
          .map((version) => version.sourceTitle),
      );
    expect(sources('LEICHTE_SPRACHE').size).toBeGreaterThanOrEqual(5);
    expect(sources('TRANSLATION', ['ar', 'fa']).size).toBeGreaterThanOrEqual(3);
    for (const version of [...demoLanguageVersions, ...demoSourceChanges]) {
      expect(sourceOf(version.sourceTitle), version.sourceTitle).toBeDefined();
    }
  });

  it.each(demoLanguageVersions.map((version) => [version.title, version.body] as const))(
    '"%s" is a valid document of the shared editor schema',
    (_title, body) => {
      const result = validateDocument(body);
      expect(result.ok ? 'valid' : result.error).toBe('valid');
    },
  );

  it.each(
    demoLanguageVersions
      .filter((version) => version.variant === 'LEICHTE_SPRACHE')
      .map((version) => [version.title, version] as const),
  )('"%s" is much easier to read than its source and has no long sentences', (_title, version) => {
    const source = sourceOf(version.sourceTitle);
    const easy = checkText(documentToPlainText(version.body));
    const original = checkText(documentToPlainText(source?.body ?? { type: 'doc' }));
    expect(easy.scores.fleschAmstad).toBeGreaterThan(original.scores.fleschAmstad + 15);
    expect(easy.findings.filter((finding) => finding.ruleId === 'long-sentence')).toEqual([]);
    expect(easy.stats.averageSentenceLength).toBeLessThan(9);
  });

  it('translations are written in their script', () => {
    for (const version of demoLanguageVersions.filter((v) => v.language === 'ar' || v.language === 'fa')) {
      const text = documentToPlainText(version.body);
      const arabicScript = text.match(/[\u0600-\u06ff]/g)?.length ?? 0;
      expect(arabicScript / text.replace(/\s/g, '').length, version.title).toBeGreaterThan(0.7);
    }
  });
});
