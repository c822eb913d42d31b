import type { OperationResult } from '@urql/core';
import { useMutation, useQuery } from '@urql/vue';
import { computed } from 'vue';
import {
  AdminDirectoryCodesDocument,
  CreateDirectoryCodeDocument,
  UpdateDirectoryCodeDocument,
  type DirectoryCodeList,
  type UpdateDirectoryCodeInput,
} from '@/gql/graphql';
import { byPosition, positionsAfterMove } from './directoryCodeOrder';

/**
 * Forms and filters read the lists through `directoryCodeLists` (cache-first, types DirectoryCodeLists
 * and DirectoryListItem); naming them here drops that cached answer after every change.
 */
const invalidatesCodeLists = { additionalTypenames: ['DirectoryCodeLists', 'DirectoryListItem'] };

/** One managed code list of the directory, archived values included, for the admin area. */
export function useDirectoryCodesAdmin(list: DirectoryCodeList) {
  const query = useQuery({
    query: AdminDirectoryCodesDocument,
    variables: { list },
    requestPolicy: 'cache-and-network',
  });
  const createMutation = useMutation(CreateDirectoryCodeDocument);
  const updateMutation = useMutation(UpdateDirectoryCodeDocument);
  const codes = computed(() => [...(query.data.value?.directoryCodes ?? [])].sort(byPosition));
  const reload = () => query.executeQuery({ requestPolicy: 'network-only' });

  async function update(code: string, input: UpdateDirectoryCodeInput) {
    const result = await updateMutation.executeMutation({ list, code, input }, invalidatesCodeLists);
    // Also after errors: a value another admin changed or removed shows as it now is.
    await reload();
    return result;
  }

  return {
    codes,
    fetching: query.fetching,
    error: query.error,
    async create(name: string, code?: string) {
      const result = await createMutation.executeMutation(
        { input: { list, name, ...(code ? { code } : {}) } },
        invalidatesCodeLists,
      );
      if (!result.error) await reload();
      return result;
    },
    rename: (code: string, name: string) => update(code, { name }),
    setArchived: (code: string, archived: boolean) => update(code, { archived }),
    /** Moves a value one place up (-1) or down (+1); stops at the first failed write. */
    async move(code: string, offset: -1 | 1): Promise<Pick<OperationResult, 'error'>> {
      const index = codes.value.findIndex((value) => value.code === code);
      for (const change of positionsAfterMove(codes.value, index, offset)) {
        const result = await updateMutation.executeMutation(
          { list, code: change.code, input: { position: change.position } },
          invalidatesCodeLists,
        );
        if (result.error) {
          await reload();
          return result;
        }
      }
      await reload();
      return { error: undefined };
    },
  };
}
