import type { DemoCategory } from './types';

export const demoCategories: DemoCategory[] = [
  {
    slug: 'sprachkurstraeger',
    name: 'Sprachkursträger',
    description:
      'Träger von Integrations- und Berufssprachkursen in der Region: Kontakte, Kursangebote und Zusammenarbeit.',
    children: [
      {
        slug: 'traeger-integrationskurse',
        name: 'Träger Integrationskurse',
        description: 'Zugelassene Träger von Integrationskursen und ihre Kursangebote.',
      },
      {
        slug: 'traeger-berufssprachkurse',
        name: 'Träger Berufssprachkurse',
        description: 'Träger von Berufssprachkursen nach der DeuFöV.',
      },
      {
        slug: 'zusammenarbeit-traeger',
        name: 'Zusammenarbeit mit Trägern',
        description: 'Absprachen, Austauschformate und Datenschutz in der Zusammenarbeit mit Kursträgern.',
      },
    ],
  },
  {
    slug: 'prozesse',
    name: 'Prozesse und Abläufe',
    description: 'Dokumentierte Abläufe rund um Sprachförderung, Aufenthalt und Arbeitsmarktzugang.',
    children: [
      {
        slug: 'integrationskurse',
        name: 'Integrationskurse',
        description: 'Zugang, Verpflichtung und Begleitung bei Integrationskursen des BAMF.',
      },
      {
        slug: 'berufssprachkurse',
        name: 'Berufssprachkurse',
        description: 'Berufsbezogene Deutschsprachförderung nach § 45a AufenthG und DeuFöV.',
      },
      {
        slug: 'aufenthalt-arbeitsmarktzugang',
        name: 'Aufenthalt und Arbeitsmarktzugang',
        description: 'Arbeitsmarktzulassung, Beschäftigungsduldung und Zusammenarbeit mit Ausländerbehörden.',
      },
    ],
  },
  {
    slug: 'leichte-sprache',
    name: 'Leichte Sprache und Materialien',
    description: 'Texte in Leichter Sprache und mehrsprachige Materialien für Kundinnen und Kunden.',
    children: [
      {
        slug: 'leichte-sprache-texte',
        name: 'Texte in Leichter Sprache',
        description: 'Erklärtexte in Leichter Sprache zum Ausdrucken und Weitergeben.',
      },
      {
        slug: 'mehrsprachige-materialien',
        name: 'Mehrsprachige Materialien',
        description: 'Übersetzte Informationen, Apps und Bezugsquellen.',
      },
    ],
  },
  {
    slug: 'migrantenorganisationen',
    name: 'Migrantenorganisationen',
    description: 'Kontakte zu Migrantenorganisationen und Formate der Zusammenarbeit.',
    children: [
      {
        slug: 'kontakte-mso',
        name: 'Kontakte',
        description: 'Ansprechpersonen in Vereinen und Organisationen (Beispieldaten).',
      },
      {
        slug: 'veranstaltungen-netzwerk',
        name: 'Veranstaltungen und Netzwerk',
        description: 'Infoveranstaltungen, Netzwerktreffen und Vorlagen.',
      },
    ],
  },
  {
    slug: 'qualifizierung-anerkennung',
    name: 'Qualifizierung und Anerkennung',
    description: 'Anerkennung ausländischer Berufsabschlüsse und Qualifizierungsangebote.',
    children: [
      {
        slug: 'anerkennung-berufsabschluesse',
        name: 'Anerkennung von Berufsabschlüssen',
        description: 'Verfahren nach dem BQFG und den Fachgesetzen, Beratung und Förderung.',
      },
      {
        slug: 'qualifizierungsangebote',
        name: 'Qualifizierungsangebote',
        description: 'Maßnahmen, Weiterbildung und Teilqualifizierung für Zugewanderte.',
      },
    ],
  },
  {
    slug: 'kundenleitsystem',
    name: 'Kundenleitsystem',
    description: 'Eingangszone, Wegeleitung und Verständigung mit Kundinnen und Kunden ohne Deutschkenntnisse.',
    children: [
      {
        slug: 'eingangszone',
        name: 'Eingangszone und Wegeleitung',
        description: 'Beschilderung, Piktogramme und Abläufe in der Eingangszone.',
      },
      {
        slug: 'dolmetschen-verstaendigung',
        name: 'Dolmetschen und Verständigung',
        description: 'Sprachmittlung, Dolmetschdienste und Hilfsmittel für die Verständigung.',
      },
    ],
  },
];
