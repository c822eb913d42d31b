/**
 * The file types material may have. The type is sniffed from the bytes (never taken from the
 * browser's Content-Type), and the file name's extension must belong to it, so a file can be
 * neither smuggled in under a harmless name nor served as something it is not.
 */
export interface MaterialMediaType {
  mediaType: string;
  extensions: readonly string[];
  /** Short name for people, e.g. in error messages and the file list. */
  label: string;
}

const PDF: MaterialMediaType = { mediaType: 'application/pdf', extensions: ['pdf'], label: 'PDF' };
const PNG: MaterialMediaType = { mediaType: 'image/png', extensions: ['png'], label: 'PNG' };
const JPEG: MaterialMediaType = { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' };
const SVG: MaterialMediaType = { mediaType: 'image/svg+xml', extensions: ['svg'], label: 'SVG' };
const DOCX: MaterialMediaType = {
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extensions: ['docx'],
  label: 'Word',
};
const XLSX: MaterialMediaType = {
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extensions: ['xlsx'],
  label: 'Excel',
};
const PPTX: MaterialMediaType = {
  mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  extensions: ['pptx'],
  label: 'PowerPoint',
};
const ODT: MaterialMediaType = {
  mediaType: 'application/vnd.oasis.opendocument.text',
  extensions: ['odt'],
  label: 'ODT',
};
const ODS: MaterialMediaType = {
  mediaType: 'application/vnd.oasis.opendocument.spreadsheet',
  extensions: ['ods'],
  label: 'ODS',
};
const ODP: MaterialMediaType = {
  mediaType: 'application/vnd.oasis.opendocument.presentation',
  extensions: ['odp'],
  label: 'ODP',
};

export const MATERIAL_MEDIA_TYPES: readonly MaterialMediaType[] = [
  PDF,
  PNG,
  JPEG,
  SVG,
  DOCX,
  XLSX,
  PPTX,
  ODT,
  ODS,
  ODP,
];

/** Extensions the upload accepts, e.g. for the file input's `accept` and error messages. */
export const ALLOWED_EXTENSIONS: readonly string[] = MATERIAL_MEDIA_TYPES.flatMap((type) => type.extensions);

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + prefix.length && prefix.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** Root element <svg> after an optional BOM, XML declaration, comments and doctype. */
const SVG_ROOT =
  /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>/]/i;

function isSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8');
  return SVG_ROOT.test(head);
}

/** Entry names from a ZIP file's central directory (empty when it is not a readable ZIP). */
export function zipEntryNames(bytes: Uint8Array, limit = 5000): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const earliest = Math.max(0, buffer.length - 22 - 0xffff);
  let end = -1;
  for (let offset = buffer.length - 22; offset >= earliest; offset -= 1) {
    if (buffer.readUInt32LE(offset) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end < 0) return [];
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let index = 0; index < Math.min(count, limit); index += 1) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) return names;
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > buffer.length) return names;
    names.push(buffer.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** OpenDocument: the first entry is an uncompressed file `mimetype` holding the type. */
function openDocumentType(bytes: Uint8Array): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 38 || buffer.readUInt16LE(8) !== 0) return undefined;
  const nameLength = buffer.readUInt16LE(26);
  const extraLength = buffer.readUInt16LE(28);
  if (buffer.toString('latin1', 30, 30 + nameLength) !== 'mimetype') return undefined;
  const size = buffer.readUInt32LE(18);
  const start = 30 + nameLength + extraLength;
  if (size > 100 || start + size > buffer.length) return undefined;
  return buffer.toString('latin1', start, start + size);
}

function officeType(bytes: Uint8Array): MaterialMediaType | undefined {
  const odf = openDocumentType(bytes);
  const byOdf = [ODT, ODS, ODP].find((type) => type.mediaType === odf);
  if (byOdf) return byOdf;
  const names = new Set(zipEntryNames(bytes));
  if (!names.has('[Content_Types].xml')) return undefined;
  if (names.has('word/document.xml')) return DOCX;
  if (names.has('xl/workbook.xml')) return XLSX;
  if (names.has('ppt/presentation.xml')) return PPTX;
  return undefined;
}

/** The allowed type the bytes are, or undefined (unknown, or a type that is not allowed). */
export function sniffMaterialMediaType(bytes: Uint8Array): MaterialMediaType | undefined {
  if (startsWith(bytes, ascii('%PDF-'))) return PDF;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeType(bytes);
  if (isSvg(bytes)) return SVG;
  return undefined;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

export function mediaTypeByName(mediaType: string): MaterialMediaType | undefined {
  return MATERIAL_MEDIA_TYPES.find((type) => type.mediaType === mediaType);
}

const FILE_NAME_MAX = 200;

/**
 * A file name safe to store and to send back in Content-Disposition: no path, no control or
 * bidirectional-override characters (which can disguise "gpj.exe" as "exe.jpg"), at most 200 characters
 * with the extension kept.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  const withoutDots = cleaned.replace(/^\.+/, '');
  if (withoutDots.length <= FILE_NAME_MAX) return withoutDots || 'datei';
  const extension = extensionOf(withoutDots);
  const keep = extension ? FILE_NAME_MAX - extension.length - 1 : FILE_NAME_MAX;
  return extension ? `${withoutDots.slice(0, keep)}.${extension}` : withoutDots.slice(0, keep);
}
