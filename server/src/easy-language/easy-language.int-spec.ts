import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, sampleBody, startTestApp, type SignedInUser, type TestApp } from '../../test/test-app';
import { ArticleRevisionEntity } from '../articles/article-revision.entity';
import { MAX_CHECK_TEXT_LENGTH } from './dto/easy-language-check.args';

const CHECK = `query ($text: String!, $level: EasyLanguageLevel) {
  easyLanguageCheck(text: $text, level: $level) {
    level
    findings { ruleId ruleTitle severity message from to text suggestion { text label } }
    scores { fleschAmstad wienerSachtextformel lix }
    stats { sentences words syllables longWords averageSentenceLength averageSyllablesPerWord }
  } }`;
const REVISIONS = `query ($articleId: ID!) { articleRevisions(articleId: $articleId) {
  number readability { fleschAmstad wienerSachtextformel lix } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateArticleInput!) { updateArticle(id: $id, input: $input) { revisionNumber } }`;
const SAVE_VERSION = `mutation ($articleId: ID!, $name: String) { saveArticleVersion(articleId: $articleId, name: $name) { number } }`;

interface Finding {
  ruleId: string;
  severity: string;
  from: number;
  to: number;
  text: string;
  suggestion: { text: string; label: string } | null;
}
interface Scores {
  fleschAmstad: number;
  wienerSachtextformel: number;
  lix: number;
}
interface Revision {
  number: number;
  readability: Scores | null;
}

const HARD =
  'Die Antragstellung erfolgt unter Berücksichtigung sämtlicher einschlägiger Verwaltungsvorschriften, ' +
  'welche durch die zuständige Bundesagentur bekanntgegeben worden sind.';
const EASY = 'Sie stellen einen Antrag. Wir helfen Ihnen dabei. Das ist gut.';

describe('easy-language check and revision readability', () => {
  let ctx: TestApp;
  let editor: SignedInUser;
  let reader: SignedInUser;

  beforeAll(async () => {
    ctx = await startTestApp();
    editor = await ctx.newUser(Role.EDITOR);
    reader = await ctx.newUser(Role.READER);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  it('returns findings with positions and suggestions, scores and stats', async () => {
    const text = 'Ihr Antrag wird von der Bundesagentur geprüft.';
    const { easyLanguageCheck: report } = await reader.client.expectData<{
      easyLanguageCheck: {
        level: string;
        findings: Finding[];
        scores: Scores;
        stats: { sentences: number; words: number };
      };
    }>(CHECK, { text });
    expect(report.level).toBe('LEICHTE_SPRACHE');
    const passive = report.findings.find((finding) => finding.ruleId === 'passive-voice');
    expect(passive).toMatchObject({ text: 'wird von der Bundesagentur geprüft', suggestion: null });
    expect(text.slice(passive!.from, passive!.to)).toBe(passive!.text);
    const compound = report.findings.find((finding) => finding.ruleId === 'compound-word');
    expect(compound).toMatchObject({
      text: 'Bundesagentur',
      severity: 'WARNING',
      suggestion: { text: 'Bundes·agentur' },
    });
    expect(report.stats).toMatchObject({ sentences: 1, words: 7 });
    expect(report.scores.fleschAmstad).toBeGreaterThan(0);
    expect(report.scores.fleschAmstad).toBeLessThanOrEqual(100);
  });

  it('is milder at the level Einfache Sprache', async () => {
    const text = 'Sie bekommen das Geld nicht, wenn Sie den Termin nicht wahrnehmen.';
    const strict = await reader.client.expectData<{ easyLanguageCheck: { findings: Finding[] } }>(CHECK, { text });
    const mild = await reader.client.expectData<{ easyLanguageCheck: { level: string; findings: Finding[] } }>(CHECK, {
      text,
      level: 'EINFACHE_SPRACHE',
    });
    expect(mild.easyLanguageCheck.level).toBe('EINFACHE_SPRACHE');
    expect(mild.easyLanguageCheck.findings.length).toBeLessThan(strict.easyLanguageCheck.findings.length);
  });

  it('explains in English on request, German by default', async () => {
    const text = 'Die Bundesagentur hilft.';
    const ask = async (locale?: string) =>
      (
        await reader.client.expectData<{
          easyLanguageCheck: { findings: (Finding & { ruleTitle: string; message: string })[] };
        }>(
          `query ($text: String!, $locale: String) { easyLanguageCheck(text: $text, locale: $locale) {
            findings { ruleId ruleTitle message text from to severity suggestion { text label } } } }`,
          { text, ...(locale ? { locale } : {}) },
        )
      ).easyLanguageCheck.findings.find((finding) => finding.ruleId === 'compound-word');
    expect(await ask()).toMatchObject({
      ruleTitle: 'Langes Wort',
      message: 'Langes Wort. Trennen Sie es mit einem Medio·punkt: „Bundes·agentur“.',
      suggestion: { text: 'Bundes·agentur', label: '„Bundes·agentur“ schreiben' },
    });
    expect(await ask('en')).toMatchObject({
      ruleTitle: 'Long word',
      message: 'Long word. Split it with a middle dot (Mediopunkt): “Bundes·agentur”.',
      suggestion: { text: 'Bundes·agentur', label: 'Write “Bundes·agentur”' },
    });
    expect(await reader.client.errorCode(`{ easyLanguageCheck(text: "Hallo.", locale: "fr") { level } }`)).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('is for signed-in users and refuses oversized text', async () => {
    expect(await ctx.anonymous().errorCode(CHECK, { text: 'Hallo.' })).toBe('UNAUTHENTICATED');
    const tooLong = 'Das ist gut. '.repeat(Math.ceil(MAX_CHECK_TEXT_LENGTH / 13) + 1);
    expect(await reader.client.errorCode(CHECK, { text: tooLong })).toBe('BAD_USER_INPUT');
    const unknownLevel = `{ easyLanguageCheck(text: "Hallo.", level: SEHR_LEICHT) { level } }`;
    expect(await reader.client.errorCode(unknownLevel)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('stores the scores with every new revision, also from the collaboration path, and shows none for old ones', async () => {
    const article = await ctx.newArticle(editor.client, { body: sampleBody(HARD) });
    await editor.client.expectData(UPDATE, { id: article.id, input: { baseRevision: 1, body: sampleBody(EASY) } });
    await editor.client.expectData(SAVE_VERSION, { articleId: article.id, name: 'Leichter geschrieben' });
    const { articleRevisions } = await editor.client.expectData<{ articleRevisions: Revision[] }>(REVISIONS, {
      articleId: article.id,
    });
    const [named, easier, hard] = articleRevisions;
    expect(articleRevisions.map((revision) => revision.number)).toEqual([3, 2, 1]);
    expect(hard.readability).not.toBeNull();
    expect(easier.readability!.fleschAmstad).toBeGreaterThan(hard.readability!.fleschAmstad);
    expect(easier.readability!.wienerSachtextformel).toBeLessThan(hard.readability!.wienerSachtextformel);
    expect(easier.readability!.lix).toBeLessThan(hard.readability!.lix);
    expect(named.readability).toEqual(easier.readability);

    // revisions taken before the column existed have no scores
    await ctx.dataSource
      .getRepository(ArticleRevisionEntity)
      .update({ articleId: article.id, number: 1 }, { readability: null });
    const again = await editor.client.expectData<{ articleRevisions: Revision[] }>(REVISIONS, {
      articleId: article.id,
    });
    expect(again.articleRevisions.at(-1)).toEqual({ number: 1, readability: null });
  });
});
