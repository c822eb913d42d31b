import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/i18n';
import ProcessStepDialog from './ProcessStepDialog.vue';

const initial = {
  title: 'Anliegen aufnehmen',
  responsible: 'Eingangszone',
  legalBasis: '',
  deadline: '',
  documents: [],
  branches: [],
};

function mountDialog() {
  return mount(ProcessStepDialog, {
    props: { open: true, initial },
    global: { plugins: [createAppI18n('de')] },
    attachTo: document.body,
  });
}

describe('ProcessStepDialog', () => {
  it('applies trimmed attributes with documents and branches, dropping empty rows', async () => {
    const wrapper = mountDialog();
    await wrapper.vm.$nextTick();
    await wrapper.get('input[name="deadline"]').setValue(' 2 Wochen ');
    const buttons = () => wrapper.findAll('button');
    await buttons()
      .find((button) => button.text() === 'Unterlage hinzufügen')
      ?.trigger('click');
    await buttons()
      .find((button) => button.text() === 'Unterlage hinzufügen')
      ?.trigger('click');
    await buttons()
      .find((button) => button.text() === 'Verzweigung hinzufügen')
      ?.trigger('click');
    const inputs = wrapper.findAll('fieldset input');
    await inputs[0]?.setValue('Antrag');
    await inputs[1]?.setValue('https://www.arbeitsagentur.de/antrag.pdf');
    await inputs[4]?.setValue('kein Aufenthaltstitel');
    await inputs[5]?.setValue('4');
    await wrapper.get('form').trigger('submit');

    expect(wrapper.emitted('apply')?.[0]?.[0]).toEqual({
      ...initial,
      deadline: '2 Wochen',
      documents: [{ label: 'Antrag', href: 'https://www.arbeitsagentur.de/antrag.pdf' }],
      branches: [{ condition: 'kein Aufenthaltstitel', targetStep: 4 }],
    });
    wrapper.unmount();
  });

  it('refuses an unsafe link and a branch without a step, and says why', async () => {
    const wrapper = mountDialog();
    await wrapper.vm.$nextTick();
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Unterlage hinzufügen')
      ?.trigger('click');
    const inputs = wrapper.findAll('fieldset input');
    await inputs[0]?.setValue('Antrag');
    await inputs[1]?.setValue('javascript:alert(1)');
    await wrapper.get('form').trigger('submit');

    expect(wrapper.emitted('apply')).toBeUndefined();
    expect(wrapper.get('[role="alert"]').text()).toContain('sicheren Link');
    wrapper.unmount();
  });
});
