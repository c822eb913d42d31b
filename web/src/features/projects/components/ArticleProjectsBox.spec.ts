import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '@/features/auth/useCurrentUser';
import { mountWithGraphql } from '../test/mountWithGraphql';
import ArticleProjectsBox from './ArticleProjectsBox.vue';

const links = [
  {
    __typename: 'ArticleProjectLink',
    projectId: 'p1',
    projectSlug: 'farbleitsystem',
    projectTitle: 'Farbleitsystem im Eingangsbereich',
    projectStatus: 'COMPLETED',
    projectPublic: true,
    kind: 'OUTCOME',
  },
];

const mountBox = (projects: unknown[]) =>
  mountWithGraphql(
    { components: { ArticleProjectsBox }, template: '<ArticleProjectsBox slug="piktogramme" />' },
    '/projekte',
    '/projekte',
    () => ({ data: { article: { __typename: 'Article', id: 'a1', projects } } }),
  );

enableAutoUnmount(afterEach);
afterEach(() => {
  vi.unstubAllGlobals();
  useCurrentUser().setUser(null);
  document.body.innerHTML = '';
});

describe('ArticleProjectsBox', () => {
  it('links signed-in readers to the internal project page, with kind and written status', async () => {
    useCurrentUser().setUser({ id: 'u1', email: 'a@b.de', displayName: 'A', role: 'READER' });
    const { wrapper } = await mountBox(links);
    expect(wrapper.get('h2').text()).toBe('Projekte');
    const link = wrapper.get('aside a');
    expect(link.attributes('href')).toBe('/projekte/farbleitsystem');
    expect(wrapper.get('aside li').text()).toContain('Ergebnis des Projekts');
    expect(wrapper.get('aside li').text()).toContain('Abgeschlossen');
  });

  it('sends visitors without a session to the public Ideenbörse page', async () => {
    const { wrapper } = await mountBox(links);
    expect(wrapper.get('aside a').attributes('href')).toBe('/ideenboerse/farbleitsystem');
  });

  it('shows nothing when no project links the article', async () => {
    const { wrapper } = await mountBox([]);
    expect(wrapper.find('aside').exists()).toBe(false);
  });
});
