import { enableAutoUnmount, flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithGraphql, type SentRequest } from '@/features/reviews/test/mountWithGraphql';
import ContentOwnerField from './ContentOwnerField.vue';

const team = { __typename: 'TeamRef', id: 't1', name: 'IKB-Team Esslingen' };
const user = { __typename: 'UserRef', id: 'u1', displayName: 'Thomas Weber' };

function answerWith(owner: { user: typeof user | null; team: typeof team | null }) {
  return (request: SentRequest) => {
    switch (request.operationName) {
      case 'OwnerCandidates':
        return { data: { ownerCandidates: [user], teams: [{ __typename: 'Team', id: team.id, name: team.name }] } };
      case 'ArticleOwner':
        return { data: { article: { __typename: 'Article', id: 'a1', owner: owner.user, ownerTeam: owner.team } } };
      case 'SetArticleOwner':
        owner.user = null;
        owner.team = team;
        return { data: { setArticleOwner: { __typename: 'Article', id: 'a1', owner: null, ownerTeam: team } } };
      default:
        return { errors: [{ message: `unexpected ${request.operationName}` }] };
    }
  };
}

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('ContentOwnerField', () => {
  it('shows the current owner and hands the article to a team', async () => {
    const { wrapper, sent } = await mountWithGraphql(
      ContentOwnerField,
      { kind: 'article', contentId: 'a1' },
      answerWith({ user, team: null }),
    );
    expect(wrapper.text()).toContain('Derzeit: Thomas Weber');
    const select = wrapper.get('select');
    expect((select.element as HTMLSelectElement).value).toBe('user:u1');
    expect(wrapper.get('label').attributes('for')).toBe(select.attributes('id'));
    const button = wrapper.get('button');
    expect(button.attributes('disabled')).toBeDefined(); // nothing changed yet

    await select.setValue('team:t1');
    await button.trigger('click');
    await flushPromises();
    expect(sent.find((request) => request.operationName === 'SetArticleOwner')?.variables).toEqual({
      id: 'a1',
      owner: { teamId: 't1' },
    });
    expect(wrapper.get('[role="status"]').text()).toBe('Verantwortung an Team IKB-Team Esslingen übertragen.');
    expect(wrapper.text()).toContain('Derzeit: Team IKB-Team Esslingen');
  });
});
