import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/i18n';
import { initials } from '../initials';
import CollaborationStatusIndicator from './CollaborationStatusIndicator.vue';
import PresenceList from './PresenceList.vue';

const users = [
  { id: 'me', name: 'Selma Yilmaz', color: '#047857', self: true },
  { id: 'b', name: 'Jonas Becker', color: '#1d4ed8', self: false },
];

describe('PresenceList', () => {
  it('is a list named "Gerade im Dokument" with initials in the user colour and marks the own user', () => {
    const wrapper = mount(PresenceList, { props: { users }, global: { plugins: [createAppI18n('de')] } });
    const list = wrapper.get('ul');
    const label = wrapper.get(`#${list.attributes('aria-labelledby')}`);
    expect(label.text()).toBe('Gerade im Dokument');

    const items = wrapper.findAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]?.text()).toContain('Selma Yilmaz (Sie)');
    expect(items[1]?.text()).toContain('Jonas Becker');
    expect(items[1]?.text()).not.toContain('(Sie)');

    const avatar = items[1]?.get('.presence__avatar');
    expect(avatar?.text()).toBe('JB');
    expect(avatar?.attributes('aria-hidden')).toBe('true');
    expect(avatar?.attributes('style')).toContain('background-color: #1d4ed8');
  });

  it('speaks English too', () => {
    const wrapper = mount(PresenceList, { props: { users }, global: { plugins: [createAppI18n('en')] } });
    expect(wrapper.text()).toContain('Selma Yilmaz (you)');
  });
});

describe('initials', () => {
  it('takes the first letters of the first and last name', () => {
    expect(initials('Anna Maria Arslan')).toBe('AA');
    expect(initials('  özlem  ')).toBe('Ö');
    expect(initials('')).toBe('?');
  });
});

describe('CollaborationStatusIndicator', () => {
  it('is a polite status region with the German texts', async () => {
    const wrapper = mount(CollaborationStatusIndicator, {
      props: { status: 'connected' },
      global: { plugins: [createAppI18n('de')] },
    });
    const region = wrapper.get('[role="status"]');
    expect(region.attributes('aria-live')).toBe('polite');
    expect(region.text()).toBe('Verbunden');
    await wrapper.setProps({ status: 'offline' });
    expect(region.text()).toBe('Offline – Änderungen werden lokal gespeichert');
    await wrapper.setProps({ status: 'syncing' });
    expect(region.text()).toBe('Synchronisiere …');
  });
});
