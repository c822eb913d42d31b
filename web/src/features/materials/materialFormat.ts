import { useI18n } from 'vue-i18n';

/** Languages offered for uploads: the customers' most frequent languages first (ISO 639-1). */
export const materialLanguageCodes = [
  'de',
  'en',
  'ar',
  'fa',
  'tr',
  'uk',
  'ru',
  'ps',
  'ti',
  'fr',
  'ku',
  'so',
  'sq',
  'ro',
  'bg',
  'pl',
  'es',
  'it',
  'el',
  'hr',
  'sr',
  'vi',
  'zh',
  'ur',
  'am',
];

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/svg+xml': 'SVG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
};

export function mediaTypeLabel(mediaType: string): string {
  return TYPE_LABELS[mediaType] ?? mediaType;
}

/** Language names, sizes and dates in the UI language ("Arabisch" in German, "Arabic" in English). */
export function useMaterialFormat() {
  const { locale } = useI18n();

  function languageName(code: string): string {
    try {
      return new Intl.DisplayNames([locale.value], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  function formatSize(bytes: number): string {
    const units: [number, string][] = [
      [1024 * 1024, 'MB'],
      [1024, 'kB'],
    ];
    for (const [factor, unit] of units) {
      if (bytes >= factor) {
        const value = new Intl.NumberFormat(locale.value, { maximumFractionDigits: 1 }).format(bytes / factor);
        return `${value} ${unit}`;
      }
    }
    return `${new Intl.NumberFormat(locale.value).format(bytes)} B`;
  }

  /** Language options sorted by name, so people find theirs; German first. */
  function languageOptions(codes: readonly string[] = materialLanguageCodes): { code: string; name: string }[] {
    const options = codes.map((code) => ({ code, name: languageName(code) }));
    return options.sort((a, b) =>
      a.code === 'de' ? -1 : b.code === 'de' ? 1 : a.name.localeCompare(b.name, locale.value),
    );
  }

  return { languageName, formatSize, languageOptions };
}
