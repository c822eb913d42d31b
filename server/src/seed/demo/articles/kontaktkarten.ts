import { contactCard } from '../contact-cards';
import { callout, doc, h2, p, ul } from '../doc-builders';
import type { DemoArticle } from '../types';
import { OWNER_BCA_ULM, OWNER_IKB_ESSLINGEN } from './owners';

/** Articles that show directory entries as contact cards, so changes in the directory show here at once. */
export const kontaktkartenArticles: DemoArticle[] = [
  {
    title: 'Berufssprachkurse im Raum Esslingen: Anbieter im Überblick',
    categorySlug: 'traeger-berufssprachkurse',
    summary:
      'Welche Träger im Landkreis Esslingen und in Stuttgart Berufssprachkurse anbieten – mit Kontaktkarten aus dem Adressverzeichnis (fiktive Beispieldaten).',
    tags: ['berufssprachkurse', 'esslingen', 'kursträger', 'kontakte'],
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    ownerEmail: OWNER_IKB_ESSLINGEN,
    body: doc(
      callout(
        'info',
        p(
          'Die Kontaktkarten zeigen immer den aktuellen Stand aus dem Adressverzeichnis. Ändert sich eine Telefonnummer, ist sie hier sofort richtig.',
        ),
      ),
      h2('Vor der Vermittlung klären'),
      ul(
        'Liegt eine Berechtigung oder Verpflichtung nach **§ 45a AufenthG** vor?',
        'Welches Sprachniveau ist nachgewiesen (Zertifikat, Einstufungstest)?',
        'Wird Kinderbetreuung gebraucht? Teilzeit- und Abendkurse sind knapp.',
      ),
      h2('Anbieter in Esslingen'),
      p('Berufssprachkurs B2 in Teilzeit mit Kinderbetreuung, Integrationskurse für Eltern und Frauen:'),
      contactCard('Sprachschule Beispiel gGmbH'),
      h2('Anbieter in Nürtingen'),
      p('Abendkurs B2 für Berufstätige, Elternkurs A2 mit Kinderbetreuung:'),
      contactCard('Sprachforum Muster Nürtingen gGmbH'),
      h2('Spezialkurse in Stuttgart'),
      p('Berufssprachkurse C1 und Spezialkurse für Gesundheitsfachberufe:'),
      contactCard('Bildungszentrum Musterstadt e. V.'),
      h2('Nach der Anmeldung'),
      ul(
        'Kursbeginn und Träger im Vermerk festhalten, damit die Kollegin in der Eingangszone Bescheid weiß.',
        'Bei längeren Wartezeiten einen zweiten Träger anfragen und die Kundin über beide Termine informieren.',
        'Fehlerhafte Angaben in einer Kontaktkarte bitte direkt im Adressverzeichnis korrigieren, nicht im Artikel.',
      ),
    ),
  },
  {
    title: 'Migrantenorganisationen in Ulm und im Alb-Donau-Kreis',
    categorySlug: 'kontakte-mso',
    summary:
      'Vereine und Initiativen in Ulm und Umgebung, mit denen wir zusammenarbeiten – als Kontaktkarten aus dem Adressverzeichnis (fiktive Beispieldaten).',
    tags: ['migrantenorganisationen', 'ulm', 'kontakte', 'netzwerk'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_BCA_ULM,
    body: doc(
      p(
        'Diese Organisationen sind Brücken in ihre Communities: für Informationsabende, Sprechstunden und wenn Kundinnen und Kunden eine vertraute Ansprechperson brauchen.',
      ),
      h2('Wie wir zusammenarbeiten'),
      ul(
        'Gemeinsame Sprechstunden im Jobcenter oder in den Räumen des Vereins, etwa einmal im Monat.',
        'Informationsabende zu Sprachkursen, Anerkennung und Ausbildung in der Herkunftssprache.',
        'Vermittlung von Ehrenamtlichen, die Kundinnen und Kunden zu Terminen begleiten.',
      ),
      h2('Ulm'),
      p('Tigrinya-sprachige Frauen und Familien, Frauencafé am Samstag:'),
      contactCard('Eritreischer Kulturverein Beispiel e. V.'),
      h2('Alb-Donau-Kreis'),
      p('Polnischsprachige Familien und ältere Menschen:'),
      contactCard('Polnische Katholische Gemeinschaft Beispiel Ehingen'),
      h2('Sprachkurse in Ulm'),
      contactCard('Sprachinstitut Donau-Beispiel'),
      h2('Gut zu wissen'),
      ul(
        'Vor einem Informationsabend im Verein die Termine mit dem Vorstand abstimmen und Dolmetschbedarf klären.',
        'Kontaktpersonen der Vereine sehen nur angemeldete Mitarbeitende, im Eintrag des Adressverzeichnisses.',
        'Ändert sich eine Adresse oder Telefonnummer, genügt eine Korrektur im Adressverzeichnis.',
      ),
    ),
  },
];
