import { callout, doc, h2, p, ul } from './doc-builders';
import type { DocNode } from './types';
import { tinyPdf, tinyPng, type Rgb } from './material-files';

/** A demo file; the bytes are made in code (see material-files.ts). */
export interface DemoMaterialFile {
  fileName: string;
  bytes: () => Buffer;
  title: string;
  language: string;
  licence: 'CC_BY_4_0' | 'CC_BY_SA_4_0' | 'CC0_1_0' | 'ALL_RIGHTS_RESERVED' | 'INTERNAL_USE_ONLY' | 'OTHER';
  licenceNote?: string;
  easyLanguage?: 'NONE' | 'LEICHTE_SPRACHE' | 'EINFACHE_SPRACHE';
}

export interface DemoMaterialArticle {
  title: string;
  categorySlug: string;
  summary: string;
  tags: string[];
  visibility: 'INTERNAL' | 'PUBLIC';
  ownerEmail: string;
  body: DocNode;
  files: DemoMaterialFile[];
}

const pdf =
  (title: string, ...lines: string[]) =>
  (): Buffer =>
    tinyPdf(title, [...lines, '', 'Fiktives Beispiel aus den Demodaten des Wissensnetzes.']);

const BLUE: Rgb = [0, 84, 159];
const GREEN: Rgb = [0, 122, 74];
const ORANGE: Rgb = [191, 87, 0];

/** Simple white symbols on a coloured tile, 96 × 96 pixels. */
const pictogram = (background: Rgb, shape: (x: number, y: number) => boolean) => (): Buffer =>
  tinyPng(96, background, shape);
const infoSymbol = (x: number, y: number): boolean =>
  Math.hypot(x - 0.5, y - 0.25) < 0.08 || (Math.abs(x - 0.5) < 0.07 && y > 0.4 && y < 0.82);
const waitingSymbol = (x: number, y: number): boolean =>
  (Math.abs(x - 0.35) < 0.06 && y > 0.25 && y < 0.8) ||
  (Math.abs(y - 0.55) < 0.06 && x > 0.35 && x < 0.75) ||
  (Math.abs(x - 0.72) < 0.06 && y > 0.55 && y < 0.8);
const clockSymbol = (x: number, y: number): boolean => {
  const r = Math.hypot(x - 0.5, y - 0.5);
  return (
    (r > 0.3 && r < 0.37) ||
    (Math.abs(x - 0.5) < 0.04 && y > 0.28 && y < 0.52) ||
    (Math.abs(y - 0.5) < 0.04 && x > 0.48 && x < 0.68)
  );
};

/** MATERIAL articles with files in several languages, some in Leichte Sprache (all data fictional). */
export const demoMaterials: DemoMaterialArticle[] = [
  {
    title: 'Merkblatt Bürgergeld-Antrag – mehrsprachig',
    categorySlug: 'mehrsprachige-materialien',
    summary:
      'Ein Merkblatt zum Ausdrucken und Aushändigen: welche Unterlagen Kundinnen und Kunden zum Erstantrag mitbringen.',
    tags: ['bürgergeld', 'antrag', 'mehrsprachig'],
    visibility: 'PUBLIC',
    ownerEmail: 'redaktion@wissensnetz.example',
    body: doc(
      h2('Wofür das Merkblatt da ist'),
      p(
        'Das Merkblatt listet die Unterlagen für den Erstantrag. Es liegt in mehreren Sprachen und in Leichter Sprache vor.',
      ),
      ul(
        'Ausdrucken und im Gespräch aushändigen',
        'Per E-Mail nur als PDF versenden',
        'Bei Fragen zur Übersetzung: Team Migration',
      ),
    ),
    files: [
      {
        fileName: 'merkblatt-buergergeld-leichte-sprache.pdf',
        bytes: pdf(
          'Bürgergeld beantragen',
          'Sie brauchen diese Papiere:',
          '- Ihren Ausweis',
          '- Ihren Miet·vertrag',
          '- Ihre Konto·auszüge',
        ),
        title: 'Merkblatt Bürgergeld – Leichte Sprache',
        language: 'de',
        licence: 'CC_BY_4_0',
        licenceNote: 'Wissensnetz-Redaktion',
        easyLanguage: 'LEICHTE_SPRACHE',
      },
      {
        fileName: 'merkblatt-buergergeld-ar.pdf',
        bytes: pdf('Merkblatt Buergergeld (Arabisch)', 'Arabische Fassung des Merkblatts.'),
        title: 'Merkblatt Bürgergeld – Arabisch',
        language: 'ar',
        licence: 'CC_BY_4_0',
        licenceNote: 'Wissensnetz-Redaktion',
      },
      {
        fileName: 'merkblatt-buergergeld-fa.pdf',
        bytes: pdf('Merkblatt Buergergeld (Farsi)', 'Fassung auf Farsi.'),
        title: 'Merkblatt Bürgergeld – Farsi',
        language: 'fa',
        licence: 'CC_BY_4_0',
        licenceNote: 'Wissensnetz-Redaktion',
      },
      {
        fileName: 'merkblatt-buergergeld-tr.pdf',
        bytes: pdf('Vatandaslik parasi basvurusu', 'Türkische Fassung des Merkblatts.'),
        title: 'Merkblatt Bürgergeld – Türkisch',
        language: 'tr',
        licence: 'CC_BY_4_0',
        licenceNote: 'Wissensnetz-Redaktion',
      },
      {
        fileName: 'merkblatt-buergergeld-uk.pdf',
        bytes: pdf('Merkblatt Buergergeld (Ukrainisch)', 'Ukrainische Fassung des Merkblatts.'),
        title: 'Merkblatt Bürgergeld – Ukrainisch',
        language: 'uk',
        licence: 'CC_BY_4_0',
        licenceNote: 'Wissensnetz-Redaktion',
      },
    ],
  },
  {
    title: 'Piktogramme für die Eingangszone',
    categorySlug: 'eingangszone',
    summary:
      'Einfache Bildzeichen für Wegweiser, Wartebereich und Terminhinweise, zum Ausdrucken oder für Bildschirme.',
    tags: ['piktogramme', 'eingangszone', 'barrierefreiheit'],
    visibility: 'INTERNAL',
    ownerEmail: 'andrea.hofmann@wissensnetz.example',
    body: doc(
      h2('Einsatz'),
      p('Die Piktogramme helfen Kundinnen und Kunden, die wenig Deutsch lesen. Sie sind frei verwendbar (CC0).'),
      callout('info', 'Bitte immer mit einem kurzen Text in Leichter Sprache kombinieren.'),
    ),
    files: [
      {
        fileName: 'piktogramm-information.png',
        bytes: pictogram(BLUE, infoSymbol),
        title: 'Piktogramm Information',
        language: 'de',
        licence: 'CC0_1_0',
        easyLanguage: 'LEICHTE_SPRACHE',
      },
      {
        fileName: 'piktogramm-wartebereich.png',
        bytes: pictogram(GREEN, waitingSymbol),
        title: 'Piktogramm Wartebereich',
        language: 'de',
        licence: 'CC0_1_0',
        easyLanguage: 'LEICHTE_SPRACHE',
      },
      {
        fileName: 'piktogramm-termin.png',
        bytes: pictogram(ORANGE, clockSymbol),
        title: 'Piktogramm Termin',
        language: 'de',
        licence: 'CC0_1_0',
        easyLanguage: 'LEICHTE_SPRACHE',
      },
    ],
  },
  {
    title: 'Infoblatt Integrationskurs',
    categorySlug: 'leichte-sprache-texte',
    summary:
      'Was ein Integrationskurs ist und wie die Anmeldung läuft – in Leichter und Einfacher Sprache sowie auf Englisch und Russisch.',
    tags: ['integrationskurs', 'leichte sprache', 'infoblatt'],
    visibility: 'PUBLIC',
    ownerEmail: 'thomas.weber@wissensnetz.example',
    body: doc(
      h2('Fassungen'),
      p(
        'Die Leichte-Sprache-Fassung wurde von einer Prüfgruppe gelesen. Die Fassung in Einfacher Sprache ist für Kundinnen und Kunden ab Niveau B1.',
      ),
    ),
    files: [
      {
        fileName: 'infoblatt-integrationskurs-leichte-sprache.pdf',
        bytes: pdf(
          'Der Integrations·kurs',
          'Im Integrations·kurs lernen Sie Deutsch.',
          'Der Kurs ist in Ihrer Nähe.',
          'Wir helfen Ihnen bei der Anmeldung.',
        ),
        title: 'Infoblatt Integrationskurs – Leichte Sprache',
        language: 'de',
        licence: 'OTHER',
        licenceNote: 'Geprüft von der Prüfgruppe Leichte Sprache; Weitergabe nur unverändert.',
        easyLanguage: 'LEICHTE_SPRACHE',
      },
      {
        fileName: 'infoblatt-integrationskurs-einfache-sprache.pdf',
        bytes: pdf(
          'Der Integrationskurs',
          'Im Integrationskurs lernen Sie Deutsch und etwas über das Leben in Deutschland.',
        ),
        title: 'Infoblatt Integrationskurs – Einfache Sprache',
        language: 'de',
        licence: 'CC_BY_SA_4_0',
        easyLanguage: 'EINFACHE_SPRACHE',
      },
      {
        fileName: 'integration-course-info.pdf',
        bytes: pdf('The integration course', 'In the integration course you learn German.'),
        title: 'Integration course – English',
        language: 'en',
        licence: 'CC_BY_SA_4_0',
      },
      {
        fileName: 'integrationskurs-ru.pdf',
        bytes: pdf('Integrationskurs (Russisch)', 'Russische Fassung des Infoblatts.'),
        title: 'Infoblatt Integrationskurs – Russisch',
        language: 'ru',
        licence: 'CC_BY_SA_4_0',
      },
    ],
  },
  {
    title: 'Formular Einverständnis Sprachmittlung',
    categorySlug: 'dolmetschen-verstaendigung',
    summary: 'Einverständniserklärung, wenn Angehörige oder Ehrenamtliche im Gespräch übersetzen.',
    tags: ['dolmetschen', 'formular', 'datenschutz'],
    visibility: 'INTERNAL',
    ownerEmail: 'redaktion@wissensnetz.example',
    body: doc(
      h2('Wann das Formular nötig ist'),
      p('Immer wenn keine beauftragte Sprachmittlung übersetzt. Das unterschriebene Formular kommt in die Akte.'),
    ),
    files: [
      {
        fileName: 'einverstaendnis-sprachmittlung.pdf',
        bytes: pdf(
          'Einverständnis Sprachmittlung',
          'Ich bin einverstanden, dass ______ für mich übersetzt.',
          'Datum, Unterschrift: ______',
        ),
        title: 'Einverständniserklärung – Deutsch',
        language: 'de',
        licence: 'INTERNAL_USE_ONLY',
      },
      {
        fileName: 'einverstaendnis-sprachmittlung-ar.pdf',
        bytes: pdf('Einverstaendnis Sprachmittlung (Arabisch)', 'Arabische Fassung des Formulars.'),
        title: 'Einverständniserklärung – Arabisch',
        language: 'ar',
        licence: 'INTERNAL_USE_ONLY',
      },
      {
        fileName: 'einverstaendnis-sprachmittlung-ti.pdf',
        bytes: pdf('Einverstaendnis Sprachmittlung (Tigrinya)', 'Fassung auf Tigrinya.'),
        title: 'Einverständniserklärung – Tigrinya',
        language: 'ti',
        licence: 'INTERNAL_USE_ONLY',
      },
      {
        fileName: 'einverstaendnis-sprachmittlung-ps.pdf',
        bytes: pdf('Einverstaendnis Sprachmittlung (Paschtu)', 'Fassung auf Paschtu.'),
        title: 'Einverständniserklärung – Paschtu',
        language: 'ps',
        licence: 'ALL_RIGHTS_RESERVED',
      },
    ],
  },
];
