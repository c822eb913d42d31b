import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithGraphql, type SentRequest } from '@/features/reviews/test/mountWithGraphql';
import ArticleLanguageVersions from './ArticleLanguageVersions.vue';

const link = (id: string, variant: string | null, language: string, status = 'PUBLISHED') => ({
  __typename: 'LanguageVersionLink',
  isSource: variant === null,
  variant,
  language,
  article: { __typename: 'Article', id, slug: `artikel-${id}`, title: `Titel ${id}`, status },
});

const state = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'LanguageVersion',
  variant: 'TRANSLATION',
  language: 'ar',
  sourceRevisionNumber: 3,
  sourceLatestRevisionNumber: 5,
  sourceChanged: true,
  syncedAt: '2026-01-10T09:00:00.000Z',
  source: { __typename: 'Article', id: 'de', slug: 'artikel-de', title: 'Integrationskurs' },
  sourceChanges: {
    __typename: 'SourceChanges',
    fromRevisionNumber: 3,
    toRevisionNumber: 5,
    fromTitle: 'Integrationskurs',
    toTitle: 'Integrationskurs',
    titleChanged: false,
    blocks: [
      {
        __typename: 'DiffBlock',
        change: 'ADDED',
        kind: 'paragraph',
        segments: [{ __typename: 'DiffSegment', change: 'ADDED', text: 'Kurse finden Sie im BAMF-NAvI.' }],
      },
    ],
  },
  ...overrides,
});

const article = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Article',
  id: 'ar',
  language: 'ar',
  viewerCanEdit: false,
  languageVersions: [link('de', null, 'de'), link('ls', 'LEICHTE_SPRACHE', 'de'), link('ar', 'TRANSLATION', 'ar')],
  languageVersion: state(),
  ...overrides,
});

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('ArticleLanguageVersions', () => {
  it('lists the versions under their own names, marks the current one and sets lang and dir on each', async () => {
    const { wrapper } = await mountWithGraphql(ArticleLanguageVersions, { articleId: 'ar' }, () => ({
      data: { article: article() },
    }));
    const nav = wrapper.get('nav[aria-label="Sprachversionen"]');
    const links = nav.findAll('a');
    expect(links.map((a) => a.text())).toEqual(['Deutsch', 'Leichte Sprache']);
    expect(links.map((a) => [a.attributes('lang'), a.attributes('dir')])).toEqual([
      ['de', 'ltr'],
      ['de', 'ltr'],
    ]);
    const current = nav.get('[aria-current="page"]');
    expect(current.text()).toBe('العربية');
    expect([current.attributes('lang'), current.attributes('dir')]).toEqual(['ar', 'rtl']);
    // the UI around it stays in the UI language, left to right
    expect(wrapper.get('.article-language-versions').attributes('dir')).toBe('ltr');
  });

  it('shows readers "Quelle geändert" with the diff of the source, but no button', async () => {
    const { wrapper } = await mountWithGraphql(ArticleLanguageVersions, { articleId: 'ar' }, () => ({
      data: { article: article() },
    }));
    const note = wrapper.get('[role="note"]');
    expect(note.text()).toContain('Quelle geändert seit dieser Version');
    expect(note.text()).toContain('„Integrationskurs“ wurde geändert');
    expect(note.text()).toContain('(Version 3 → 5)');
    const details = note.get('details');
    (details.element as HTMLDetailsElement).open = true;
    await details.trigger('toggle');
    expect(note.get('ins').text()).toContain('BAMF-NAvI');
    expect(note.find('button').exists()).toBe(false);
    expect(wrapper.find('.create-language-version').exists()).toBe(false);
  });

  it('lets editors mark the version as up to date, which hides the notice', async () => {
    const answer = (request: SentRequest) =>
      request.operationName === 'MarkLanguageVersionCurrent'
        ? {
            data: {
              markLanguageVersionCurrent: {
                __typename: 'Article',
                id: 'ar',
                languageVersion: state({ sourceChanged: false, sourceRevisionNumber: 5, sourceChanges: null }),
              },
            },
          }
        : { data: { article: article({ viewerCanEdit: true }) } };
    const { wrapper, sent } = await mountWithGraphql(ArticleLanguageVersions, { articleId: 'ar' }, answer);
    await wrapper.get('[role="note"] button').trigger('click');
    await flushPromises();
    expect(sent.find((request) => request.operationName === 'MarkLanguageVersionCurrent')?.variables).toEqual({
      articleId: 'ar',
    });
    expect(wrapper.find('[role="note"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Die Version ist als aktuell markiert.');
    // editors can also create versions; existing ones are not offered again
    const options = wrapper.findAll('.create-language-version option').map((option) => option.text());
    expect(options).not.toContain('Leichte Sprache');
    expect(options).toContain('Einfache Sprache');
    expect(options.some((option) => option.includes('العربية'))).toBe(false);
    expect(options.some((option) => option.includes('فارسی'))).toBe(true);
  });
});
