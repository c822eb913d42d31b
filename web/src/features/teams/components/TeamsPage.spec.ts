import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithGraphql, type SentRequest } from '@/features/reviews/test/mountWithGraphql';
import TeamsPage from './TeamsPage.vue';

const team = {
  __typename: 'Team',
  id: 't1',
  name: 'IKB-Team Esslingen',
  description: 'Integrationskursberatung',
  agency: { __typename: 'Agency', id: 'ag1', name: 'Jobcenter Esslingen' },
  members: [{ __typename: 'UserRef', id: 'u1', displayName: 'Thomas Weber' }],
  viewerCanManage: true,
  owned: { __typename: 'TeamOwnedCounts', articles: 3, directoryEntries: 1 },
};

function answer(request: SentRequest) {
  switch (request.operationName) {
    case 'Teams':
      return { data: { teams: [team] } };
    case 'OwnerCandidates':
      return {
        data: {
          ownerCandidates: [
            { __typename: 'UserRef', id: 'u1', displayName: 'Thomas Weber' },
            { __typename: 'UserRef', id: 'u2', displayName: 'Mehmet Yılmaz' },
          ],
          teams: [{ __typename: 'Team', id: 't1', name: team.name }],
        },
      };
    case 'CreateTeam':
      return { data: { createTeam: { ...team, id: 't2', name: 'Projektteam Ulm', members: [] } } };
    case 'DeleteTeam':
      return {
        data: null,
        errors: [
          {
            message: 'owns content',
            extensions: { code: 'CONFLICT', reason: 'TEAM_OWNS_CONTENT', articles: 3, directoryEntries: 1 },
          },
        ],
      };
    default:
      return { errors: [{ message: `unexpected ${request.operationName}` }] };
  }
}

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('TeamsPage', () => {
  it('lists teams with members and offers only people who are not members yet', async () => {
    const { wrapper } = await mountWithGraphql(TeamsPage, {}, answer);
    expect(wrapper.get('h2#' + wrapper.get('section.team-card').attributes('aria-labelledby')).text()).toBe(
      'IKB-Team Esslingen',
    );
    expect(wrapper.text()).toContain('Verantwortet 3 Artikel und 1 Verzeichniseinträge.');
    const options = wrapper.findAll('.team-card__add option').map((option) => option.text());
    expect(options).toContain('Mehmet Yılmaz');
    expect(options).not.toContain('Thomas Weber');
    expect(wrapper.get('button[aria-label="IKB-Team Esslingen bearbeiten"]').text()).toBe('Bearbeiten');
  });

  it('creates a team for the editor’s own agency (no agency sent)', async () => {
    const { wrapper, sent } = await mountWithGraphql(TeamsPage, {}, answer);
    await wrapper.get('input[type="text"]').setValue('Projektteam Ulm');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent.find((request) => request.operationName === 'CreateTeam')?.variables).toEqual({
      input: { name: 'Projektteam Ulm', description: '' },
    });
    expect(wrapper.get('[role="status"]').text()).toBe('Team „Projektteam Ulm“ angelegt.');
  });

  it('explains why a team that owns content cannot be deleted', async () => {
    const { wrapper } = await mountWithGraphql(TeamsPage, {}, answer);
    await wrapper.get('button[aria-label="Team IKB-Team Esslingen löschen"]').trigger('click');
    await flushPromises();
    const confirm = wrapper.findAll('dialog button').find((button) => button.text() === 'Team löschen');
    await confirm?.trigger('click');
    await flushPromises();
    expect(wrapper.get('.team-card [role="alert"]').text()).toContain(
      'Das Team verantwortet noch 3 Artikel und 1 Verzeichniseinträge.',
    );
  });
});
