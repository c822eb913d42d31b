import { useMutation } from '@urql/vue';
import { LogoutDocument } from '@/gql/graphql';
import { useCurrentUser } from './useCurrentUser';

export function useLogout() {
  const mutation = useMutation(LogoutDocument);
  const { setUser } = useCurrentUser();

  async function logout() {
    const result = await mutation.executeMutation({});
    if (!result.error) {
      setUser(null);
      // A full load drops every cached internal result the anonymous visitor must not see.
      window.location.assign('/');
    }
    return result;
  }

  return { logout };
}
