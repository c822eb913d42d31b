import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppI18n } from '@/i18n';
import { normalizeVersionName } from '../versionName';
import SaveVersionDialog from './SaveVersionDialog.vue';

function mountDialog() {
  return mount(SaveVersionDialog, {
    props: { open: false },
    attachTo: document.body,
    global: { plugins: [createAppI18n('de')] },
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SaveVersionDialog', () => {
  it('is a labelled dialog with an optional, labelled name field', async () => {
    const wrapper = mountDialog();
    await wrapper.setProps({ open: true });
    const dialog = wrapper.get('dialog');
    expect(wrapper.get(`#${dialog.attributes('aria-labelledby')}`).text()).toBe('Version speichern');
    const input = wrapper.get('input');
    expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe('Name der Version (optional)');
    expect(input.attributes('aria-describedby')).toContain('-hint');
    expect(wrapper.get('button[type="submit"]').text()).toBe('Version speichern');
  });

  it('emits the entered name, also an empty one', async () => {
    const wrapper = mountDialog();
    await wrapper.setProps({ open: true });
    await wrapper.get('form').trigger('submit');
    await wrapper.get('input').setValue('Vor der Überarbeitung');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.emitted('save')).toEqual([[''], ['Vor der Überarbeitung']]);
  });

  it('refuses names over 120 characters with an error tied to the field', async () => {
    const wrapper = mountDialog();
    await wrapper.setProps({ open: true });
    await wrapper.get('input').setValue('x'.repeat(121));
    await wrapper.get('form').trigger('submit');
    expect(wrapper.emitted('save')).toBeUndefined();
    const input = wrapper.get('input');
    expect(input.attributes('aria-invalid')).toBe('true');
    const errorId = input.attributes('aria-describedby')?.split(' ')[1] ?? '';
    expect(wrapper.get(`#${errorId}`).text()).toBe('Der Name darf höchstens 120 Zeichen lang sein.');

    await input.setValue('x'.repeat(120));
    await wrapper.get('form').trigger('submit');
    expect(wrapper.emitted('save')).toHaveLength(1);
  });

  it('closes on cancel', async () => {
    const wrapper = mountDialog();
    await wrapper.setProps({ open: true });
    await wrapper.get('button[type="button"]').trigger('click');
    expect(wrapper.emitted('close')).toHaveLength(1);
  });
});

describe('normalizeVersionName', () => {
  it('trims and sends null for an empty name', () => {
    expect(normalizeVersionName('  Stand März  ')).toBe('Stand März');
    expect(normalizeVersionName('   ')).toBeNull();
  });
});
