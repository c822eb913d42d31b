import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithGraphql, type SentRequest } from '../test/mountWithGraphql';
import ArticleReviewNotice from './ArticleReviewNotice.vue';

const review = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Article',
  id: 'a1',
  status: 'PUBLISHED',
  viewerCanEdit: false,
  reviewOverdue: true,
  reviewDueAt: '2026-03-15T09:00:00.000Z',
  reviewIntervalMonths: 6,
  lastVerifiedAt: '2025-09-15T09:00:00.000Z',
  lastVerifiedBy: { __typename: 'UserRef', id: 'u1', displayName: 'Anna Beispiel' },
  ...overrides,
});

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('ArticleReviewNotice', () => {
  it('tells readers that overdue content may be outdated, with text, icon and role=note', async () => {
    const { wrapper } = await mountWithGraphql(ArticleReviewNotice, { articleId: 'a1' }, () => ({
      data: { article: review() },
    }));
    const note = wrapper.get('[role="note"]');
    expect(note.text()).toContain('Möglicherweise veraltet');
    expect(note.text()).toContain('seit dem 15. September 2025 nicht mehr geprüft');
    expect(note.get('[aria-hidden="true"]').text()).toBe('⚠');
    expect(wrapper.text()).toContain('Geprüft von Anna Beispiel am 15. September 2025');
    expect(wrapper.find('button').exists()).toBe(false);
  });

  it('shows no notice for up-to-date content and falls back to the date without a verifier', async () => {
    const { wrapper } = await mountWithGraphql(ArticleReviewNotice, { articleId: 'a1' }, () => ({
      data: { article: review({ reviewOverdue: false, lastVerifiedBy: null }) },
    }));
    expect(wrapper.find('[role="note"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Zuletzt geprüft am 15. September 2025');
  });

  it('lets editors confirm the content with one click and hides the notice', async () => {
    const answer = (request: SentRequest) =>
      request.operationName === 'VerifyArticle'
        ? {
            data: {
              verifyArticle: review({
                viewerCanEdit: true,
                reviewOverdue: false,
                lastVerifiedAt: '2026-11-30T09:00:00.000Z',
                reviewDueAt: '2027-05-30T09:00:00.000Z',
                lastVerifiedBy: { __typename: 'UserRef', id: 'u2', displayName: 'Bernd Redaktion' },
              }),
            },
          }
        : { data: { article: review({ viewerCanEdit: true }) } };
    const { wrapper, sent } = await mountWithGraphql(ArticleReviewNotice, { articleId: 'a1' }, answer);
    expect(wrapper.find('[role="note"]').exists()).toBe(true);
    await wrapper.get('button').trigger('click');
    await flushPromises();
    expect(sent.find((request) => request.operationName === 'VerifyArticle')?.variables).toEqual({ id: 'a1' });
    expect(wrapper.find('[role="note"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Geprüft von Bernd Redaktion am 30. November 2026');
    expect(wrapper.get('[role="status"]').text()).toBe('Danke! Der Artikel ist als aktuell bestätigt.');
  });

  it('says nothing about drafts', async () => {
    const { wrapper } = await mountWithGraphql(ArticleReviewNotice, { articleId: 'a1' }, () => ({
      data: { article: review({ status: 'DRAFT' }) },
    }));
    expect(wrapper.find('.article-review').exists()).toBe(false);
  });
});
