import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/i18n';
import type { CompareRevisionsQuery } from '@/gql/graphql';
import DiffView from './DiffView.vue';

const comparison: CompareRevisionsQuery['compareRevisions'] = {
  titleChanged: true,
  from: { id: 'r1', number: 1, title: 'Alt' },
  to: { id: 'r2', number: 2, title: 'Neu' },
  blocks: [
    { change: 'UNCHANGED', kind: 'heading', segments: [{ change: 'UNCHANGED', text: 'Sprachkurse' }] },
    {
      change: 'CHANGED',
      kind: 'paragraph',
      segments: [
        { change: 'UNCHANGED', text: 'Der Kurs dauert ' },
        { change: 'REMOVED', text: 'sechs' },
        { change: 'ADDED', text: 'acht' },
        { change: 'UNCHANGED', text: ' Monate.' },
      ],
    },
    { change: 'ADDED', kind: 'callout', segments: [{ change: 'ADDED', text: 'Neuer Hinweis' }] },
  ],
};

describe('DiffView', () => {
  it('renders insertions and deletions as ins/del with text labels', () => {
    const wrapper = mount(DiffView, { props: { comparison }, global: { plugins: [createAppI18n('de')] } });

    const ins = wrapper.findAll('ins').map((el) => el.text());
    const del = wrapper.findAll('del').map((el) => el.text());
    expect(ins).toEqual(['eingefügt: acht', 'eingefügt: Neuer Hinweis']);
    expect(del).toEqual(['entfernt: sechs']);

    const labels = wrapper.findAll('.diff__label').map((el) => el.text());
    expect(labels).toEqual(['Unverändert · Überschrift', 'Geändert · Absatz', 'Hinzugefügt · Hinweisbox']);
    expect(wrapper.text()).toContain('Titel geändert von „Alt“ zu „Neu“');
  });

  it('labels a contact card block, whose text the server fills with the entry name', () => {
    const withCard = {
      ...comparison,
      titleChanged: false,
      blocks: [
        {
          change: 'ADDED' as const,
          kind: 'contactCard',
          segments: [{ change: 'ADDED' as const, text: 'Sprachschule Esslingen' }],
        },
      ],
    };
    for (const [locale, label] of [
      ['de', 'Hinzugefügt · Kontaktkarte'],
      ['en', 'Added · Contact card'],
    ] as const) {
      const wrapper = mount(DiffView, {
        props: { comparison: withCard },
        global: { plugins: [createAppI18n(locale)] },
      });
      expect(wrapper.find('.diff__label').text()).toBe(label);
      expect(wrapper.find('ins').text()).toContain('Sprachschule Esslingen');
    }
  });

  it('says so when nothing changed', () => {
    const unchanged = { ...comparison, titleChanged: false, blocks: [comparison.blocks[0]] };
    const wrapper = mount(DiffView, { props: { comparison: unchanged }, global: { plugins: [createAppI18n('de')] } });
    expect(wrapper.find('ins').exists()).toBe(false);
    expect(wrapper.text()).toContain('keine Unterschiede');
  });
});
