import type { MaterialFileEntity } from './material-file.entity';
import type { MaterialFileModel } from './models/material-file.model';

/** `:articleId` is replaced by the client; see MaterialFilesController.upload. */
export const MATERIAL_UPLOAD_PATH_TEMPLATE = '/api/material/artikel/:articleId/dateien';

export const materialDownloadUrl = (fileId: string): string => `/api/material/dateien/${fileId}`;

export function toMaterialFileModel(file: MaterialFileEntity): MaterialFileModel {
  return {
    id: file.id,
    articleId: file.articleId,
    title: file.title,
    fileName: file.fileName,
    mediaType: file.mediaType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    language: file.language,
    licence: file.licence,
    licenceNote: file.licenceNote,
    easyLanguage: file.easyLanguage,
    downloadUrl: materialDownloadUrl(file.id),
    uploadedAt: file.uploadedAt,
    updatedAt: file.updatedAt,
    uploadedById: file.uploadedById,
  };
}
