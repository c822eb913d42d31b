import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithGraphql, type SentRequest } from '../test/mountWithGraphql';
import CategoryIntervalField from './CategoryIntervalField.vue';

function answer(request: SentRequest) {
  if (request.operationName === 'SetCategoryReviewInterval') {
    const input = request.variables.input as { categoryId: string; months: number | null };
    return {
      data: {
        setCategoryReviewInterval: {
          __typename: 'Category',
          id: input.categoryId,
          reviewIntervalMonths: input.months,
          effectiveReviewIntervalMonths: input.months ?? 12,
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

const props = { categoryId: 'c1', categoryName: 'Aufenthaltsrecht', ownMonths: 6, effectiveMonths: 6 };

describe('CategoryIntervalField', () => {
  it('saves a new interval and "inherit" as null', async () => {
    const { wrapper, sent } = await mountWithGraphql(CategoryIntervalField, props, answer);
    const input = wrapper.get('input');
    expect(wrapper.get('label').text()).toContain('Aufenthaltsrecht');
    expect(wrapper.get('button').attributes('disabled')).toBeDefined();

    await input.setValue('3');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)?.variables).toEqual({ input: { categoryId: 'c1', months: 3 } });

    await input.setValue('');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent.at(-1)?.variables).toEqual({ input: { categoryId: 'c1', months: null } });
  });

  it('refuses values outside 1–120 without a request', async () => {
    const { wrapper, sent } = await mountWithGraphql(CategoryIntervalField, props, answer);
    await wrapper.get('input').setValue('200');
    expect(wrapper.get('input').attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain('1 bis 120 Monate');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent.filter((request) => request.operationName === 'SetCategoryReviewInterval')).toHaveLength(0);
  });
});
