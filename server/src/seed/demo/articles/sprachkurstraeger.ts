import { callout, doc, h2, h3, ol, p, table, tasks, ul } from '../doc-builders';
import type { DemoArticle } from '../types';
import { OWNER_BCA_ULM, OWNER_IKB_ESSLINGEN, OWNER_IKB_GOEPPINGEN } from './owners';

export const sprachkurstraegerArticles: DemoArticle[] = [
  {
    title: 'Zusammenarbeit mit Sprachkursträgern: Grundlagen',
    categorySlug: 'zusammenarbeit-traeger',
    summary:
      'Wer ist wofür zuständig, welche Absprachen sind sinnvoll und wie bleibt der Informationsfluss zwischen Agentur, Jobcenter und Kursträgern verlässlich?',
    tags: ['sprachkursträger', 'zusammenarbeit', 'integrationskurs', 'berufssprachkurs'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_GOEPPINGEN,
    body: doc(
      h2('Warum eine strukturierte Zusammenarbeit?'),
      p(
        'Sprachkursträger sind für viele unserer Kundinnen und Kunden mit Migrationsgeschichte der wichtigste Partner auf dem Weg in Arbeit. Sie kennen den Lernstand, die Anwesenheit und oft auch die persönliche Situation der Teilnehmenden. Eine gute Zusammenarbeit verkürzt Wartezeiten, vermeidet Doppelzuweisungen und sorgt dafür, dass nach dem Kurs nahtlos die nächsten Schritte folgen.',
      ),
      p(
        'Die **interkulturellen Botschafterinnen und Botschafter (IKB)** übernehmen dabei eine Lotsenfunktion: Sie halten die Kontakte aktuell, bündeln Rückfragen aus den Teams und organisieren den regelmäßigen Austausch.',
      ),
      h2('Zuständigkeiten im Überblick'),
      table(
        ['Aufgabe', 'Zuständig', 'Hinweis'],
        [
          ['Zulassung von Kursträgern', 'BAMF', 'Die Agentur oder das Jobcenter lässt keine Träger zu.'],
          [
            'Berechtigung / Verpflichtung zum Integrationskurs',
            'BAMF, Ausländerbehörde, Jobcenter',
            'Jobcenter verpflichten im Rahmen der Integrationsplanung.',
          ],
          [
            'Zugang zum Berufssprachkurs',
            'Agentur für Arbeit, Jobcenter',
            'Ausstellung der Berechtigung über die Vermittlungsfachkraft.',
          ],
          ['Einstufung und Kursplanung', 'Kursträger', 'Einstufungstest vor Kursbeginn.'],
          ['Kontaktpflege und Austauschformate', 'IKB', 'Jour fixe, Kontaktliste, Rückmeldewege.'],
        ],
      ),
      h2('Empfohlene Absprachen'),
      ul(
        'Feste Ansprechperson auf beiden Seiten benennen, inklusive Vertretung.',
        'Rückmeldeweg bei Fehlzeiten und Kursabbruch schriftlich vereinbaren.',
        'Freie Kursplätze und geplante Kursstarts monatlich abfragen.',
        'Gemeinsame Infoveranstaltungen für Teilnehmende kurz vor Kursende planen.',
        'Einwilligungserklärungen der Teilnehmenden für den Datenaustausch einholen.',
      ),
      callout(
        'info',
        p(
          'Eine Übersicht über zugelassene Träger in der Nähe bietet die Kurssuche des BAMF ([BAMF-NAvI](https://bamf-navi.bamf.de)). Unsere regionalen Kontaktlisten ergänzen diese Suche um persönliche Ansprechpersonen.',
        ),
      ),
      h2('Typische Stolpersteine'),
      ol(
        'Teilnehmende werden zeitgleich von Agentur und Jobcenter angesprochen – Rechtskreis vorab klären.',
        'Kursstart verschiebt sich, die Integrationsplanung wird aber nicht angepasst.',
        'Nach Kursende fehlt ein Anschlusstermin; Zertifikate liegen nicht in der Akte vor.',
      ),
      p('Weitere Details stehen in den Artikeln zum Jour fixe und zum Datenschutz in dieser Kategorie.'),
    ),
  },
  {
    title: 'Trägerliste Integrationskurse Landkreis Göppingen (Beispieldaten)',
    categorySlug: 'traeger-integrationskurse',
    summary:
      'Kontaktliste der Integrationskursträger im Landkreis Göppingen mit Kursarten, Ansprechpersonen und Besonderheiten. Alle Daten sind fiktive Beispiele.',
    tags: ['integrationskurs', 'sprachkursträger', 'kontakte', 'göppingen'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_GOEPPINGEN,
    body: doc(
      callout(
        'warning',
        p(
          '**Beispieldaten:** Alle Träger, Personen, Telefonnummern und Adressen in dieser Liste sind frei erfunden und dienen nur der Demonstration.',
        ),
      ),
      h2('Kontaktliste'),
      table(
        ['Träger', 'Kursarten', 'Ansprechperson', 'Telefon', 'E-Mail'],
        [
          [
            'Sprachzentrum Filstal (Göppingen)',
            'Allgemeiner IK, Alphabetisierungskurs',
            'Frau Petra Lang',
            '07161 123456-10',
            '[anmeldung@sprachzentrum-filstal.example.org](mailto:anmeldung@sprachzentrum-filstal.example.org)',
          ],
          [
            'Bildungswerk Muster e. V. (Geislingen)',
            'Allgemeiner IK, Elternintegrationskurs mit Kinderbetreuung',
            'Herr Stefan Roth',
            '07331 123456-22',
            '[ik@bildungswerk-muster.example.org](mailto:ik@bildungswerk-muster.example.org)',
          ],
          [
            'Volkshochschule Beispielstadt',
            'Allgemeiner IK, Intensivkurs, Abendkurs',
            'Frau Aylin Koç',
            '07161 123456-30',
            '[deutsch@vhs-beispielstadt.example.org](mailto:deutsch@vhs-beispielstadt.example.org)',
          ],
          [
            'Akademie Lernweg gGmbH (Eislingen)',
            'Jugendintegrationskurs, Frauenintegrationskurs',
            'Herr Jonas Frey',
            '07161 123456-45',
            '[kontakt@lernweg-akademie.example.org](mailto:kontakt@lernweg-akademie.example.org)',
          ],
        ],
      ),
      h2('Besonderheiten der Träger'),
      h3('Kinderbetreuung'),
      p(
        'Kursbegleitende Kinderbetreuung bietet derzeit nur das Bildungswerk Muster e. V. an. Bei Eltern- und Frauenintegrationskursen vorab nach freien Betreuungsplätzen fragen – diese sind oft der Engpass, nicht die Kursplätze.',
      ),
      h3('Erreichbarkeit'),
      ul(
        'Sprachzentrum Filstal: zentral, 5 Minuten vom Bahnhof Göppingen.',
        'Bildungswerk Muster: Busverbindung aus den Ortsteilen nur stündlich; Kurszeiten daran angepasst.',
        'Volkshochschule: Abendkurse für Berufstätige, Kursbeginn 18:00 Uhr.',
      ),
      h2('Pflege dieser Liste'),
      p(
        'Die Liste wird vom IKB der Agentur für Arbeit Göppingen gepflegt und nach jedem Trägeraustausch aktualisiert. Änderungen bitte über die Kommentarfunktion melden.',
      ),
      tasks([
        ['Kontaktdaten nach Jour fixe im Quartal prüfen', true],
        ['Neue Kursarten ergänzen', false],
        ['Vertretungsregelungen der Träger erfragen', false],
      ]),
      h2('Hinweise für die Vermittlung'),
      p(
        'Bevor Sie Kundinnen und Kunden an einen Träger verweisen, lohnt sich ein kurzer Blick auf die Lebenssituation: Wie weit ist der Weg zum Kursort? Gibt es kleine Kinder? Arbeitet die Person bereits in Teilzeit? Die beste Kursart nützt wenig, wenn die Kurszeiten nicht passen. Geben Sie der Person den Namen der Ansprechperson und die Telefonnummer schriftlich mit – am besten auf dem Merkblatt in Leichter Sprache.',
      ),
      ul(
        'Bei Alphabetisierungsbedarf immer direkt beim Träger nach dem nächsten Alphabetisierungskurs fragen; diese Kurse starten seltener.',
        'Für junge Erwachsene unter 27 Jahren den Jugendintegrationskurs prüfen.',
        'Teilnahmeberechtigung oder Verpflichtung zum Erstkontakt mit dem Träger mitnehmen lassen.',
      ),
    ),
  },
  {
    title: 'Trägerliste Berufssprachkurse Raum Ulm (Beispieldaten)',
    categorySlug: 'traeger-berufssprachkurse',
    summary:
      'Träger von Berufssprachkursen nach der DeuFöV in Ulm, im Alb-Donau-Kreis und im Landkreis Biberach – mit Modulen und Kontakten (fiktive Beispieldaten).',
    tags: ['berufssprachkurs', 'deuföv', 'sprachkursträger', 'kontakte', 'ulm'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_BCA_ULM,
    body: doc(
      p(
        'Diese Übersicht hilft Vermittlungs- und Integrationsfachkräften, für Kundinnen und Kunden einen passenden Berufssprachkurs zu finden. Sie ersetzt nicht die Kurssuche des BAMF, enthält aber Erfahrungswerte aus der Zusammenarbeit.',
      ),
      callout('warning', p('**Beispieldaten:** Träger, Personen und Kontaktdaten sind erfunden.')),
      h2('Träger und Module'),
      table(
        ['Träger', 'Module', 'Unterrichtsform', 'Telefon', 'Website'],
        [
          [
            'Donau Sprachakademie (Ulm)',
            'Basismodule B1, B2, C1',
            'Vollzeit, Präsenz',
            '0731 123456-10',
            '[donau-sprachakademie.example.org](https://donau-sprachakademie.example.org)',
          ],
          [
            'Fachschule Beispiel Pflege (Ulm)',
            'Spezialmodul Gesundheitsfachberufe',
            'Vollzeit, Präsenz',
            '0731 123456-20',
            '[pflege-beispiel.example.org](https://pflege-beispiel.example.org)',
          ],
          [
            'Lernhaus Alb e. V. (Ehingen)',
            'Basismodul B2, Spezialmodul A2/B1',
            'Teilzeit, vormittags',
            '07391 123456-30',
            '[lernhaus-alb.example.org](https://lernhaus-alb.example.org)',
          ],
          [
            'Bildungszentrum Riss (Biberach)',
            'Basismodul B2, berufsbegleitend',
            'Abends und samstags, teils online',
            '07351 123456-40',
            '[bz-riss.example.org](https://bz-riss.example.org)',
          ],
        ],
      ),
      h2('Hinweise zur Auswahl'),
      ul(
        'Für Beschäftigte eignen sich vor allem berufsbegleitende Kurse in Teilzeit.',
        'Spezialmodule für Gesundheitsberufe haben lange Vorlaufzeiten – frühzeitig anfragen.',
        'Bei Online-Anteilen klären, ob ein Endgerät und eine stabile Internetverbindung vorhanden sind.',
      ),
      h2('Rückmeldungen der Träger'),
      p(
        'Die Träger wünschen sich, dass die Berechtigung vollständig ausgefüllt ist und das Sprachniveau aus dem letzten Zertifikat angegeben wird. Fehlt das Zertifikat, erfolgt eine Einstufung beim Träger – das verzögert den Kursbeginn meist um ein bis zwei Wochen.',
      ),
      callout(
        'info',
        p(
          'Informationen zu Berufssprachkursen bietet das BAMF unter [bamf.de](https://www.bamf.de/DE/Themen/Integration/ZugewanderteTeilnehmende/DeutschBeruf/deutschberuf-node.html).',
        ),
      ),
      h2('Berufssprachkurs und Arbeit verbinden'),
      p(
        'Immer mehr Teilnehmende nehmen während des Kurses eine Beschäftigung auf. Das ist ausdrücklich gewünscht. Damit der Kurs trotzdem abgeschlossen werden kann, sollte frühzeitig geklärt werden, ob ein Wechsel in einen berufsbegleitenden Kurs möglich ist. Das Bildungszentrum Riss und das Lernhaus Alb bieten dafür Abend- und Teilzeitformate an. Sprechen Sie Arbeitgeber aktiv an: Viele sind bereit, Arbeitszeiten an Kurszeiten anzupassen, wenn sie den Nutzen für den Betrieb sehen.',
      ),
    ),
  },
  {
    title: 'Jour fixe mit Sprachkursträgern organisieren',
    categorySlug: 'zusammenarbeit-traeger',
    summary:
      'Leitfaden und Checkliste für einen regelmäßigen Austausch mit Sprachkursträgern: Teilnehmende, Themen, Vorbereitung und Nachbereitung.',
    tags: ['jour fixe', 'sprachkursträger', 'netzwerk', 'checkliste'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_ESSLINGEN,
    body: doc(
      h2('Ziel des Jour fixe'),
      p(
        'Der Jour fixe bringt Kursträger, Agentur für Arbeit und Jobcenter regelmäßig an einen Tisch. Er dient dem Austausch über Kursplanung, freie Plätze, Übergänge in Arbeit und wiederkehrende Probleme. Einzelfälle werden nur mit Einwilligung der betroffenen Person besprochen.',
      ),
      h2('Rahmen'),
      ul(
        'Rhythmus: einmal im Quartal, 90 Minuten, abwechselnd in Präsenz und online.',
        'Teilnehmende: IKB, Teamleitungen Vermittlung, Vertretungen der Träger, optional BAMF-Regionalkoordination.',
        'Moderation und Protokoll: IKB der einladenden Dienststelle.',
      ),
      h2('Standard-Tagesordnung'),
      ol(
        'Begrüßung und Rückblick auf offene Punkte',
        'Kursplanung der Träger für die nächsten sechs Monate',
        'Auslastung und Wartezeiten',
        'Übergänge: Zertifikate, Anschlusskurse, Vermittlung',
        'Themen der Träger und der Dienststellen',
        'Vereinbarungen und nächster Termin',
      ),
      h2('Checkliste Vorbereitung'),
      tasks([
        ['Termin mindestens sechs Wochen vorher abstimmen', true],
        ['Tagesordnung zwei Wochen vorher versenden und Themen abfragen', true],
        ['Aktuelle Kursplätze bei den Trägern anfragen', false],
        ['Raum bzw. Videokonferenz buchen', false],
        ['Protokollvorlage vorbereiten', false],
      ]),
      h2('Nachbereitung'),
      p(
        'Das Protokoll wird innerhalb einer Woche an alle Beteiligten verschickt und in diesem Wissensnetz abgelegt. Vereinbarungen mit Verantwortlichen und Frist versehen und beim nächsten Termin zuerst aufrufen.',
      ),
      callout(
        'success',
        p(
          '**Praxistipp:** Ein kurzer Besuch vor Ort in einem laufenden Kurs schafft Vertrauen – sowohl bei den Lehrkräften als auch bei den Teilnehmenden.',
        ),
      ),
      h2('Themenbeispiele aus vergangenen Treffen'),
      ul(
        'Lange Wartezeiten auf Alphabetisierungskurse – Ergebnis: gemeinsame Bedarfsmeldung an die BAMF-Regionalkoordination.',
        'Unvollständige Berechtigungen für Berufssprachkurse – Ergebnis: Kurzanleitung für die Teams.',
        'Übergang nach dem B1-Zertifikat – Ergebnis: Infoveranstaltung der Agentur im letzten Kursmonat.',
        'Kinderbetreuung während der Kurse – Ergebnis: Kontakt zum kommunalen Integrationsmanagement.',
      ),
      p(
        'Die Beispiele zeigen: Der Jour fixe wirkt vor allem dann, wenn wiederkehrende Probleme gesammelt und gemeinsam an die zuständigen Stellen herangetragen werden.',
      ),
    ),
  },
  {
    title: 'Freie Kursplätze und Wartezeiten bei Trägern abfragen',
    categorySlug: 'zusammenarbeit-traeger',
    summary:
      'Wie freie Plätze in Integrations- und Berufssprachkursen regelmäßig abgefragt und für die Teams aufbereitet werden – mit Vorlage.',
    tags: ['kursplätze', 'wartezeit', 'sprachkursträger', 'vorlage'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_BCA_ULM,
    body: doc(
      h2('Ausgangslage'),
      p(
        'Wartezeiten auf einen Kursplatz sind einer der häufigsten Gründe, warum Integrationspläne ins Stocken geraten. Wer weiß, wo und wann Kurse starten, kann Kundinnen und Kunden gezielt weiterleiten und Zeiten bis zum Kursbeginn sinnvoll überbrücken.',
      ),
      h2('Vorgehen'),
      ol(
        'Am ersten Arbeitstag im Monat die Abfrage per E-Mail an alle Träger der Kontaktliste senden.',
        'Rückmeldungen bis zum fünften Arbeitstag in der Tabelle unten eintragen.',
        'Tabelle als Kopie in den Teamordnern ablegen und im Teamgespräch kurz vorstellen.',
        'Bei Wartezeiten über drei Monaten Überbrückungsangebote prüfen.',
      ),
      h2('Vorlage für die Übersicht'),
      table(
        ['Träger', 'Kursart', 'Nächster Start', 'Freie Plätze', 'Wartezeit'],
        [
          ['Sprachzentrum Filstal', 'Allgemeiner IK', '03.03.', '6', 'keine'],
          ['Bildungswerk Muster e. V.', 'Elternintegrationskurs', '14.04.', '2 (ohne Kinderbetreuung)', 'ca. 6 Wochen'],
          ['Donau Sprachakademie', 'Basismodul B2', '07.04.', '10', 'keine'],
          ['Lernhaus Alb e. V.', 'Spezialmodul A2/B1', 'offen', '0', 'Warteliste, ca. 3 Monate'],
        ],
      ),
      h2('Überbrückung von Wartezeiten'),
      ul(
        'Ehrenamtliche Sprachcafés und Lernpatenschaften (Kontakte unter Migrantenorganisationen).',
        'Digitale Lernangebote, z. B. die App [Ankommen](https://ankommenapp.de) oder Angebote des Goethe-Instituts.',
        'Maßnahmen zur Aktivierung und beruflichen Eingliederung mit Sprachanteil, sofern passend.',
      ),
      callout(
        'note',
        p(
          'Die Angaben der Träger sind Momentaufnahmen. Vor einer Zusage an Kundinnen und Kunden immer kurz beim Träger nachfragen.',
        ),
      ),
      h2('Aufbereitung für die Teams'),
      p(
        'Die Übersicht sollte auf einen Blick zeigen, wo kurzfristig Plätze frei sind. Bewährt hat sich eine einfache Ampel: Grün für Kursstart innerhalb von vier Wochen, Gelb für bis zu drei Monate und Rot für längere Wartezeiten oder Wartelisten. Die IKB stellen die Übersicht im monatlichen Teamgespräch in wenigen Minuten vor und nehmen Rückmeldungen aus der Beratung mit zurück zu den Trägern – etwa, wenn bestimmte Kursarten dauerhaft fehlen.',
      ),
    ),
  },
  {
    title: 'Datenschutz beim Austausch mit Kursträgern',
    categorySlug: 'zusammenarbeit-traeger',
    summary:
      'Welche Informationen dürfen mit Sprachkursträgern ausgetauscht werden, wann braucht es eine Einwilligung und was gehört nicht in E-Mails?',
    tags: ['datenschutz', 'sozialdaten', 'einwilligung', 'sprachkursträger'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_ESSLINGEN,
    body: doc(
      h2('Grundsatz'),
      p(
        'Informationen über Kundinnen und Kunden sind Sozialdaten und unterliegen dem Sozialgeheimnis (§ 35 SGB I). Eine Übermittlung an Dritte – auch an Sprachkursträger – ist nur zulässig, wenn eine gesetzliche Befugnis besteht oder die betroffene Person wirksam eingewilligt hat. Maßgeblich sind die §§ 67 ff. SGB X sowie die DSGVO.',
      ),
      callout(
        'warning',
        p(
          'Im Zweifel gilt: **erst klären, dann übermitteln.** Ansprechpartner sind die bzw. der Datenschutzbeauftragte der Dienststelle und die Teamleitung.',
        ),
      ),
      h2('Was in der Praxis üblich ist'),
      table(
        ['Information', 'Austausch möglich?', 'Hinweis'],
        [
          [
            'Kursbeginn, Anwesenheit, Abbruch',
            'Ja, im Rahmen des Verfahrens',
            'Rückmeldewege sind im Kursverfahren vorgesehen.',
          ],
          [
            'Erreichtes Sprachniveau, Zertifikat',
            'Ja, mit Zustimmung',
            'Am besten legt die Person das Zertifikat selbst vor.',
          ],
          [
            'Gesundheitliche Einschränkungen',
            'Nur mit ausdrücklicher Einwilligung',
            'Nur das Nötigste, z. B. Bedarf an barrierefreiem Raum.',
          ],
          ['Aufenthaltsstatus, Asylverfahren', 'In der Regel nein', 'Für die Kursteilnahme meist nicht erforderlich.'],
          ['Leistungsbezug, Sanktionen', 'Nein', 'Gehört nicht in die Kommunikation mit Trägern.'],
        ],
      ),
      h2('Sichere Kommunikation'),
      ul(
        'Keine Namen in Betreffzeilen; Kundennummer nur, wenn der Träger sie benötigt.',
        'Personenbezogene Listen nur über die freigegebenen, verschlüsselten Wege versenden.',
        'Einwilligungen schriftlich einholen, in der Akte dokumentieren und auf Widerrufsmöglichkeit hinweisen.',
        'Fallbesprechungen im Jour fixe nur anonymisiert, außer es liegt eine Einwilligung vor.',
      ),
      h2('Einwilligung verständlich erklären'),
      p(
        'Viele Kundinnen und Kunden unterschreiben Formulare, ohne den Inhalt zu verstehen. Erklären Sie in einfachen Worten, wer welche Information bekommt und warum. Nutzen Sie bei Bedarf eine Sprachmittlung und die Vorlagen in Leichter Sprache.',
      ),
      h2('Ansprechpersonen'),
      p(
        'Bei Unsicherheiten helfen die bzw. der behördliche Datenschutzbeauftragte und die Teamleitung. Die IKB sammeln typische Fragen und stimmen Musterformulierungen für Einwilligungen mit dem Datenschutz ab, damit nicht jedes Team eigene Lösungen entwickeln muss.',
      ),
    ),
  },
];
