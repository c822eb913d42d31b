/** What the upload endpoint answers on errors: `{ error: { code, reason, message } }`. */
export interface MaterialUploadError {
  status: number;
  /** The feature's reason (e.g. MATERIAL_FILE_TOO_LARGE) or the generic code (FORBIDDEN, NETWORK, …). */
  reason: string;
  message: string;
}

export interface MaterialUploadFields {
  title?: string;
  language: string;
  licence: string;
  licenceNote?: string;
  easyLanguage: string;
}

export type MaterialUploadResult = { ok: true; id: string; title: string } | { ok: false; error: MaterialUploadError };

/**
 * Sends one file as multipart/form-data with XMLHttpRequest, because fetch cannot report upload
 * progress. The extra header is what the server requires against cross-site requests.
 */
export function uploadMaterialFile(
  url: string,
  file: File,
  fields: MaterialUploadFields,
  onProgress: (fraction: number) => void,
): Promise<MaterialUploadResult> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields) as [string, string | undefined][])
    if (value) form.append(name, value);
  form.append('file', file, file.name);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.withCredentials = true;
    request.setRequestHeader('X-Requested-With', 'Wissensnetz');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      let body: { id?: string; title?: string; error?: { code?: string; reason?: string; message?: string } } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // not JSON (e.g. a proxy's error page): handled as UNKNOWN below
      }
      if (request.status >= 200 && request.status < 300 && body.id) {
        onProgress(1);
        resolve({ ok: true, id: body.id, title: body.title ?? file.name });
        return;
      }
      // Material reasons are precise (too large, type); otherwise the general code (FORBIDDEN, …) says enough.
      const reason = body.error?.reason?.startsWith('MATERIAL_') ? body.error.reason : body.error?.code;
      resolve({
        ok: false,
        error: { status: request.status, reason: reason ?? 'UNKNOWN', message: body.error?.message ?? '' },
      });
    });
    request.addEventListener('error', () =>
      resolve({ ok: false, error: { status: 0, reason: 'NETWORK', message: '' } }),
    );
    request.send(form);
  });
}
