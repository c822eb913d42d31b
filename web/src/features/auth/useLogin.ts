import { useMutation } from '@urql/vue';
import { LoginDocument } from '@/gql/graphql';
import { useCurrentUser } from './useCurrentUser';

export function useLogin() {
  const mutation = useMutation(LoginDocument);
  const { setUser } = useCurrentUser();

  async function login(email: string, password: string) {
    const result = await mutation.executeMutation({ input: { email, password } });
    if (result.data?.login) setUser(result.data.login);
    return result;
  }

  return { login, fetching: mutation.fetching };
}
