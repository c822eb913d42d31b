import type { CombinedError } from '@urql/core';
import { useClientHandle } from '@urql/vue';
import { ref, shallowRef, watch, type Ref } from 'vue';
import {
  ArticleMaterialFilesDocument,
  DeleteMaterialFileDocument,
  MaterialUploadLimitsDocument,
  UpdateMaterialFileDocument,
  type MaterialFileFieldsFragment,
  type MaterialUploadLimitsQuery,
  type UpdateMaterialFileInput,
} from '@/gql/graphql';

export type MaterialFile = MaterialFileFieldsFragment;
export type MaterialUploadLimits = MaterialUploadLimitsQuery['materialUploadLimits'];

/** The files of one article, with the editor actions; always fresh from the server. */
export function useMaterialFiles(slug: Ref<string>) {
  const { client } = useClientHandle();
  const files = shallowRef<MaterialFile[]>([]);
  const articleId = ref<string | null>(null);
  const canEdit = ref(false);
  const fetching = ref(false);
  const error = shallowRef<CombinedError | null>(null);
  const limits = shallowRef<MaterialUploadLimits | null>(null);

  async function load(): Promise<void> {
    const wanted = slug.value;
    fetching.value = true;
    const result = await client
      .query(ArticleMaterialFilesDocument, { slug: wanted }, { requestPolicy: 'network-only' })
      .toPromise();
    if (wanted !== slug.value) return;
    fetching.value = false;
    error.value = result.error ?? null;
    const article = result.data?.article;
    files.value = article?.materialFiles ?? [];
    articleId.value = article?.id ?? null;
    canEdit.value = article?.viewerCanEdit ?? false;
    if (canEdit.value && !limits.value) {
      const answer = await client.query(MaterialUploadLimitsDocument, {}).toPromise();
      limits.value = answer.data?.materialUploadLimits ?? null;
    }
  }

  watch(slug, () => void load(), { immediate: true });

  async function update(id: string, input: UpdateMaterialFileInput): Promise<CombinedError | null> {
    const result = await client.mutation(UpdateMaterialFileDocument, { id, input }).toPromise();
    const updated = result.data?.updateMaterialFile;
    if (updated) files.value = files.value.map((file) => (file.id === id ? updated : file));
    return result.error ?? null;
  }

  async function remove(id: string): Promise<CombinedError | null> {
    const result = await client.mutation(DeleteMaterialFileDocument, { id }).toPromise();
    if (result.data?.deleteMaterialFile) files.value = files.value.filter((file) => file.id !== id);
    return result.error ?? null;
  }

  /** Path of the upload endpoint for this article, once known. */
  function uploadUrl(): string | null {
    if (!articleId.value || !limits.value) return null;
    return limits.value.uploadPathTemplate.replace(':articleId', encodeURIComponent(articleId.value));
  }

  return { files, articleId, canEdit, fetching, error, limits, reload: load, update, remove, uploadUrl };
}
