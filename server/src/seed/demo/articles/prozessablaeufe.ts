import { doc, h2, p, type DocNode } from '../doc-builders';
import type { DemoArticle } from '../types';
import { OWNER_ADMIN, OWNER_BCA_ULM, OWNER_IKB_ESSLINGEN, OWNER_IKB_GOEPPINGEN } from './owners';

interface DemoStep {
  title: string;
  responsible: string;
  legalBasis?: string;
  deadline?: string;
  documents?: { label: string; href: string }[];
  branches?: { condition: string; targetStep: number }[];
  todo: string[];
}

/** A `processSteps` node of the shared editor schema (see packages/editor/src/nodes/process-steps.ts). */
function steps(...items: DemoStep[]): DocNode {
  return {
    type: 'processSteps',
    content: items.map((item) => ({
      type: 'processStep',
      attrs: {
        title: item.title,
        responsible: item.responsible,
        legalBasis: item.legalBasis ?? '',
        deadline: item.deadline ?? '',
        documents: item.documents ?? [],
        branches: item.branches ?? [],
      },
      content: item.todo.map((line) => p(line)),
    })),
  };
}

/** Process articles: ordered steps with roles, legal basis, deadlines, documents and branches. */
export const prozessablaeufeArticles: DemoArticle[] = [
  {
    title: 'Ablauf: Zusammenarbeit mit Sprachkursträgern',
    categorySlug: 'zusammenarbeit-traeger',
    summary:
      'Wie die Agentur mit Kursträgern zusammenarbeitet – vom Bedarf über die Zuweisung bis zur Rückmeldung über Abbrüche und Ergebnisse.',
    tags: ['prozess', 'kursträger', 'zusammenarbeit', 'berufssprachkurs'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_GOEPPINGEN,
    kind: 'PROCESS',
    body: doc(
      h2('Worum geht es?'),
      p('Dieser Ablauf beschreibt die regelmäßige Abstimmung mit den zugelassenen Sprachkursträgern im Bezirk.'),
      h2('Ablauf'),
      steps(
        {
          title: 'Bedarf an Kursplätzen erheben',
          responsible: 'Arbeitsvermittlung',
          deadline: 'quartalsweise',
          todo: ['Offene Kursbedarfe aus den Beratungsgesprächen nach Niveau und Zielgruppe zusammenstellen.'],
        },
        {
          title: 'Kursplanung mit den Trägern abstimmen',
          responsible: 'IKB',
          deadline: 'bis 4 Wochen vor Quartalsbeginn',
          documents: [{ label: 'Kursnet – Kurssuche', href: 'https://web.arbeitsagentur.de/weiterbildungssuche/' }],
          todo: ['Trägerrunde einladen, Bedarfe vorstellen und geplante Kursstarts festhalten.'],
        },
        {
          title: 'Teilnehmende zuweisen',
          responsible: 'Arbeitsvermittlung',
          legalBasis: '§ 45a AufenthG',
          todo: ['Berechtigung ausstellen und der Kundin oder dem Kunden passende Träger nennen.'],
        },
        {
          title: 'Abbrüche und Fehlzeiten melden lassen',
          responsible: 'externer Partner',
          deadline: 'innerhalb von 5 Arbeitstagen',
          branches: [{ condition: 'die Person bricht den Kurs ab', targetStep: 3 }],
          todo: ['Der Träger meldet Fehlzeiten und Abbrüche an das zuständige Team.'],
        },
        {
          title: 'Ergebnisse auswerten',
          responsible: 'IKB',
          deadline: 'halbjährlich',
          todo: ['Prüfungsergebnisse und Übergänge in Arbeit mit den Trägern besprechen.'],
        },
      ),
      h2('Hinweise'),
      p(
        'Die Trägerrunde ist kein Kontrolltermin, sondern ein Austausch auf Augenhöhe. Gute Erfahrungen gibt es mit festen Ansprechpersonen auf beiden Seiten, kurzen Protokollen und einer gemeinsamen Liste offener Punkte. Rückmeldungen zu Abbrüchen sollen schnell und ohne Schuldzuweisung erfolgen, damit die Person rasch ein neues Angebot bekommt.',
      ),
    ),
  },
  {
    title: 'Ablauf: Anmeldung zum Berufssprachkurs',
    categorySlug: 'berufssprachkurse',
    summary:
      'Von der Sprachstandsfeststellung bis zum Kursbeginn: wer die Berechtigung ausstellt, welche Unterlagen nötig sind und was bei fehlendem B1-Zertifikat gilt.',
    tags: ['prozess', 'berufssprachkurs', 'deuföv', 'anmeldung'],
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    ownerEmail: OWNER_BCA_ULM,
    kind: 'PROCESS',
    body: doc(
      h2('Worum geht es?'),
      p('Berufssprachkurse bauen auf dem Integrationskurs auf und bereiten auf Deutsch im Beruf vor.'),
      h2('Ablauf'),
      steps(
        {
          title: 'Sprachstand klären',
          responsible: 'Arbeitsvermittlung',
          branches: [{ condition: 'kein Nachweis über B1 vorhanden ist', targetStep: 2 }],
          todo: ['Zertifikate ansehen (DTZ, telc, Goethe) und Sprachstand im Gespräch einschätzen.'],
        },
        {
          title: 'Einstufungstest beim Träger veranlassen',
          responsible: 'externer Partner',
          deadline: 'innerhalb von 2 Wochen',
          todo: ['Termin beim Kursträger vereinbaren; das Ergebnis kommt an die Agentur zurück.'],
        },
        {
          title: 'Berechtigung ausstellen',
          responsible: 'Arbeitsvermittlung',
          legalBasis: '§ 45a AufenthG, DeuFöV',
          documents: [
            {
              label: 'BAMF: Berufssprachkurse',
              href: 'https://www.bamf.de/DE/Themen/Integration/ZugewanderteTeilnehmende/DeutschBeruf/deutschberuf-node.html',
            },
          ],
          todo: ['Berechtigungsschein über das BAMF-Verfahren ausstellen und aushändigen.'],
        },
        {
          title: 'Anmeldung beim Träger',
          responsible: 'externer Partner',
          deadline: 'vor Kursbeginn',
          todo: ['Die Person meldet sich mit dem Berechtigungsschein beim Träger an.'],
        },
        {
          title: 'Kursbeginn im Kooperationsplan festhalten',
          responsible: 'Leistungsabteilung',
          todo: ['Kurszeiten vermerken, damit Termine und Leistungen abgestimmt sind.'],
        },
      ),
      h2('Hinweise'),
      p(
        'Wer bereits ein B1-Zertifikat hat, braucht keinen Einstufungstest. Bei Fragen zur Berechtigung hilft das regionale BAMF-Team. Bitte im Gespräch erklären, dass der Kurs neben einer Arbeit oder Maßnahme besucht werden kann und dass es Kurse in Teilzeit und am Abend gibt. Die Wahl des Trägers trifft die Person selbst.',
      ),
    ),
  },
  {
    title: 'Ablauf: Erstberatung Geflüchteter in der Eingangszone',
    categorySlug: 'eingangszone',
    summary:
      'Was in der Eingangszone bei einem ersten Besuch geflüchteter Menschen zu tun ist – mit Verständigung, Aufenthaltsstatus und Weiterleitung.',
    tags: ['prozess', 'eingangszone', 'geflüchtete', 'erstberatung'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_ESSLINGEN,
    kind: 'PROCESS',
    body: doc(
      h2('Worum geht es?'),
      p(
        'Geflüchtete Menschen kommen oft ohne Termin und mit vielen Fragen in die Agentur. Dieser Ablauf hilft, beim ersten Kontakt die Verständigung zu sichern, den Aufenthaltsstatus zu klären und die Person gezielt weiterzuleiten.',
      ),
      h2('Ablauf'),
      steps(
        {
          title: 'Verständigung sichern',
          responsible: 'Eingangszone',
          branches: [{ condition: 'keine gemeinsame Sprache möglich ist', targetStep: 5 }],
          todo: ['Sprache erfragen, Piktogramme und Übersetzungshilfen nutzen.'],
        },
        {
          title: 'Aufenthaltsstatus prüfen',
          responsible: 'Eingangszone',
          legalBasis: '§ 4a AufenthG',
          branches: [{ condition: 'kein Aufenthaltstitel vorliegt', targetStep: 4 }],
          todo: ['Aufenthaltsdokument ansehen und Arbeitsmarktzugang notieren.'],
        },
        {
          title: 'Termin in der Arbeitsvermittlung vereinbaren',
          responsible: 'Arbeitsvermittlung',
          deadline: 'innerhalb von 10 Arbeitstagen',
          todo: ['Termin mit Dolmetschbedarf im Kalender anlegen.'],
        },
        {
          title: 'An die Ausländerbehörde verweisen',
          responsible: 'externer Partner',
          documents: [
            {
              label: 'Adressen der Ausländerbehörden',
              href: 'https://www.bamf.de/DE/Service/ServiceCenter/Auslaenderbehoerden/auslaenderbehoerden-node.html',
            },
          ],
          todo: ['Kontaktdaten aushändigen und Rückkehr nach Klärung anbieten.'],
        },
        {
          title: 'Dolmetschung organisieren',
          responsible: 'IKB',
          todo: ['Telefondolmetschen oder Termin mit Dolmetscherin planen.'],
        },
      ),
      h2('Hinweise'),
      p(
        'In der Eingangszone gilt: erst verstehen, dann handeln. Niemand wird ohne Ansprechpartner weggeschickt. Wenn ein Anliegen nicht sofort geklärt werden kann, bekommt die Person einen schriftlichen Hinweis in einfacher Sprache mit, was als Nächstes passiert und wer zuständig ist. Notizen im System helfen den Kolleginnen und Kollegen beim nächsten Kontakt.',
      ),
    ),
  },
  {
    title: 'Ablauf: Anerkennung ausländischer Berufsabschlüsse',
    categorySlug: 'anerkennung-berufsabschluesse',
    summary: 'Von der Erstinformation über die zuständige Stelle bis zur Förderung der Anerkennungskosten.',
    tags: ['prozess', 'anerkennung', 'bqfg', 'berufsabschluss'],
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    ownerEmail: OWNER_ADMIN,
    kind: 'PROCESS',
    body: doc(
      h2('Worum geht es?'),
      p(
        'Viele Kundinnen und Kunden haben im Ausland einen Beruf gelernt oder studiert. Eine Anerkennung öffnet reglementierte Berufe und verbessert die Chancen auf eine passende Stelle. Der Ablauf zeigt, wer wann was tut.',
      ),
      h2('Ablauf'),
      steps(
        {
          title: 'Abschluss und Referenzberuf klären',
          responsible: 'Arbeitsvermittlung',
          documents: [{ label: 'Anerkennungs-Finder', href: 'https://www.anerkennung-in-deutschland.de/' }],
          todo: ['Zeugnisse ansehen und den deutschen Referenzberuf bestimmen.'],
        },
        {
          title: 'Beratung durch die Anerkennungsberatung',
          responsible: 'externer Partner',
          deadline: 'innerhalb von 4 Wochen',
          todo: ['An die IQ-Anerkennungsberatung vermitteln.'],
        },
        {
          title: 'Antrag bei der zuständigen Stelle',
          responsible: 'externer Partner',
          legalBasis: '§ 12 BQFG',
          deadline: 'Bescheid in der Regel nach 3 Monaten',
          branches: [{ condition: 'nur eine teilweise Gleichwertigkeit festgestellt wird', targetStep: 4 }],
          todo: ['Die Person stellt den Antrag mit Übersetzungen der Unterlagen.'],
        },
        {
          title: 'Anpassungsqualifizierung planen',
          responsible: 'Arbeitsvermittlung',
          legalBasis: '§ 81 SGB III',
          todo: ['Passende Qualifizierung suchen und Förderung prüfen.'],
        },
        {
          title: 'Kosten der Anerkennung übernehmen',
          responsible: 'Leistungsabteilung',
          legalBasis: '§ 44 SGB III',
          todo: ['Antrag auf Förderung aus dem Vermittlungsbudget bearbeiten.'],
        },
      ),
      h2('Hinweise'),
      p(
        'Die Anerkennung lohnt sich auch dann, wenn nur eine teilweise Gleichwertigkeit festgestellt wird: Der Bescheid zeigt genau, welche Inhalte fehlen. Übersetzungen müssen in der Regel von öffentlich bestellten Übersetzerinnen oder Übersetzern stammen. Bitte die Person frühzeitig auf Kosten und Fristen hinweisen und die Förderung vor Antragstellung klären.',
      ),
    ),
  },
  {
    title: 'Ablauf: Dolmetscher beauftragen',
    categorySlug: 'dolmetschen-verstaendigung',
    summary: 'Wann und wie eine Dolmetschung für Beratungsgespräche beauftragt und abgerechnet wird.',
    tags: ['prozess', 'dolmetschen', 'verständigung', 'beauftragung'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_GOEPPINGEN,
    kind: 'PROCESS',
    body: doc(
      h2('Worum geht es?'),
      p(
        'Beratungsgespräche müssen verstanden werden. Dieser Ablauf beschreibt, wann ein Telefondolmetschdienst genügt, wann eine Dolmetschung vor Ort gebucht wird und wie die Abrechnung läuft.',
      ),
      h2('Ablauf'),
      steps(
        {
          title: 'Bedarf feststellen',
          responsible: 'Eingangszone',
          branches: [{ condition: 'ein kurzes Gespräch genügt', targetStep: 2 }],
          todo: ['Sprache und Art des Gesprächs erfassen.'],
        },
        {
          title: 'Telefondolmetschen nutzen',
          responsible: 'Arbeitsvermittlung',
          deadline: 'sofort',
          todo: ['Dienst anrufen, Sprache nennen, Gespräch führen.'],
        },
        {
          title: 'Vor-Ort-Dolmetschung buchen',
          responsible: 'IKB',
          legalBasis: '§ 17 SGB I',
          deadline: 'mindestens 5 Arbeitstage vorher',
          todo: ['Auftrag über den Rahmenvertrag erteilen und Termin bestätigen.'],
        },
        {
          title: 'Einsatz abrechnen',
          responsible: 'Leistungsabteilung',
          deadline: 'innerhalb von 4 Wochen',
          todo: ['Rechnung prüfen, Einsatzzeit mit dem Termin abgleichen und zur Zahlung anweisen.'],
        },
      ),
      h2('Hinweise'),
      p(
        'Verständigung ist Voraussetzung für eine gute Beratung. Familienangehörige, besonders Kinder, sollen nicht dolmetschen. Bei sensiblen Themen wie Gesundheit oder Aufenthalt immer eine neutrale Dolmetschung nutzen. Die Kosten trägt die Agentur; die Person muss nichts bezahlen und nichts unterschreiben, um eine Dolmetschung zu bekommen.',
      ),
    ),
  },
];
