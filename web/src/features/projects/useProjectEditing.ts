import { useClientHandle } from '@urql/vue';
import {
  CreateProjectDocument,
  ProjectForEditDocument,
  UpdateProjectDocument,
  type CreateProjectInput,
  type UpdateProjectInput,
} from '@/gql/graphql';

/** The server calls of the project editor page. */
export function useProjectEditing() {
  const { client } = useClientHandle();
  return {
    load: (slug: string) =>
      client.query(ProjectForEditDocument, { slug }, { requestPolicy: 'network-only' }).toPromise(),
    create: (input: CreateProjectInput) => client.mutation(CreateProjectDocument, { input }).toPromise(),
    update: (id: string, input: UpdateProjectInput) =>
      client.mutation(UpdateProjectDocument, { id, input }).toPromise(),
  };
}
