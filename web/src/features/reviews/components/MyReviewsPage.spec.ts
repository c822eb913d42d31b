import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithGraphql, type SentRequest } from '../test/mountWithGraphql';
import MyReviewsPage from './MyReviewsPage.vue';

const item = (id: string, title: string, overdue: boolean, dueAt: string) => ({
  __typename: 'ReviewItem',
  dueAt,
  overdue,
  lastVerifiedAt: '2025-06-01T09:00:00.000Z',
  intervalMonths: 6,
  article: { __typename: 'Article', id, slug: `artikel-${id}`, title },
});

function answer(request: SentRequest) {
  if (request.operationName === 'MyReviews') {
    return {
      data: {
        myReviews: [
          item('a1', 'Kosten der Unterkunft', true, '2026-01-10T09:00:00.000Z'),
          item('a2', 'Kontakte Ausländerbehörde', false, '2026-12-20T09:00:00.000Z'),
        ],
      },
    };
  }
  if (request.operationName === 'VerifyArticle') {
    return {
      data: {
        verifyArticle: {
          __typename: 'Article',
          id: request.variables.id,
          status: 'PUBLISHED',
          viewerCanEdit: true,
          reviewOverdue: false,
          reviewDueAt: '2027-05-30T09:00:00.000Z',
          reviewIntervalMonths: 6,
          lastVerifiedAt: '2026-11-30T09:00:00.000Z',
          lastVerifiedBy: null,
        },
      },
    };
  }
  return { errors: [{ message: `unexpected ${request.operationName}` }] };
}

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('MyReviewsPage', () => {
  it('lists overdue and soon-due articles with links and removes a row once confirmed', async () => {
    const { wrapper, sent } = await mountWithGraphql(MyReviewsPage, {}, answer);
    expect(sent[0]).toMatchObject({ operationName: 'MyReviews', variables: { withinDays: 30 } });
    const rows = () => wrapper.findAll('tbody tr');
    expect(rows()).toHaveLength(2);
    expect(rows()[0].text()).toContain('Überfällig');
    expect(rows()[0].text()).toContain('10. Januar 2026');
    expect(rows()[1].text()).toContain('Bald fällig');
    expect(rows()[0].get('a').attributes('href')).toBe('/artikel/artikel-a1');
    const button = rows()[0].get('button');
    expect(button.attributes('aria-label')).toBe('Inhalt ist aktuell: Kosten der Unterkunft');

    await button.trigger('click');
    await flushPromises();

    expect(sent.find((request) => request.operationName === 'VerifyArticle')?.variables).toEqual({ id: 'a1' });
    expect(rows()).toHaveLength(1);
    expect(rows()[0].text()).toContain('Kontakte Ausländerbehörde');
    expect(wrapper.get('[role="status"]').text()).toBe('„Kosten der Unterkunft“ ist als aktuell bestätigt.');
  });

  it('says so when nothing is due', async () => {
    const { wrapper } = await mountWithGraphql(MyReviewsPage, {}, () => ({ data: { myReviews: [] } }));
    expect(wrapper.text()).toContain('Keine Prüfungen fällig – alles aktuell.');
  });
});
