import { useMutation } from '@urql/vue';
import { ChangePasswordDocument } from '@/gql/graphql';

export function useChangePassword() {
  const mutation = useMutation(ChangePasswordDocument);
  return {
    changePassword: (currentPassword: string, newPassword: string) =>
      mutation.executeMutation({ input: { currentPassword, newPassword } }),
    fetching: mutation.fetching,
  };
}
