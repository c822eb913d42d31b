import { callout, doc, h2, h3, ol, p, table, tasks, ul } from '../doc-builders';
import type { DemoArticle } from '../types';
import { OWNER_BCA_ULM, OWNER_IKB_ESSLINGEN, OWNER_IKB_GOEPPINGEN } from './owners';

export const migrantenorganisationenArticles: DemoArticle[] = [
  {
    title: 'Kontaktliste Migrantenorganisationen Landkreis Göppingen (Beispieldaten)',
    categorySlug: 'kontakte-mso',
    summary:
      'Ansprechpersonen in Migrantenorganisationen, Kulturvereinen und Elternnetzwerken im Landkreis Göppingen. Alle Angaben sind fiktive Beispieldaten.',
    tags: ['migrantenorganisationen', 'kontakte', 'netzwerk', 'göppingen'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_GOEPPINGEN,
    body: doc(
      callout('warning', p('**Beispieldaten:** Vereine, Personen und Kontaktdaten sind erfunden.')),
      h2('Kontakte'),
      table(
        ['Organisation', 'Communities / Sprachen', 'Ansprechperson', 'Telefon', 'E-Mail'],
        [
          [
            'Deutsch-Türkischer Kulturverein Filstal e. V.',
            'Türkisch, Kurdisch',
            'Herr Kemal Aydın',
            '07161 123456-51',
            '[info@dtkv-filstal.example.org](mailto:info@dtkv-filstal.example.org)',
          ],
          [
            'Syrisch-Deutscher Begegnungsverein e. V.',
            'Arabisch',
            'Frau Rana Haddad',
            '07161 123456-52',
            '[kontakt@begegnung-sd.example.org](mailto:kontakt@begegnung-sd.example.org)',
          ],
          [
            'Ukrainische Gemeinde Göppingen (Initiative)',
            'Ukrainisch, Russisch',
            'Frau Iryna Melnyk',
            '07161 123456-53',
            '[hallo@ua-gemeinde.example.org](mailto:hallo@ua-gemeinde.example.org)',
          ],
          [
            'Afrikanisches Elternnetzwerk Stauferland',
            'Englisch, Französisch, Tigrinya',
            'Herr Daniel Tesfaye',
            '07161 123456-54',
            '[eltern@afrika-netz.example.org](mailto:eltern@afrika-netz.example.org)',
          ],
          [
            'Frauentreff International e. V.',
            'Dari, Farsi, Arabisch',
            'Frau Zahra Ahmadi',
            '07161 123456-55',
            '[frauentreff@international.example.org](mailto:frauentreff@international.example.org)',
          ],
        ],
      ),
      h2('Hinweise zur Ansprache'),
      ul(
        'Die meisten Ansprechpersonen sind ehrenamtlich tätig – Anrufe am besten abends oder per Nachricht ankündigen.',
        'Einladungen zu Veranstaltungen mindestens vier Wochen vorher versenden.',
        'Bei Veranstaltungen in Vereinsräumen Gebetszeiten und Feiertage berücksichtigen.',
      ),
      h2('Letzte Aktualisierung'),
      p(
        'Die Liste wurde beim Netzwerktreffen im Herbst abgeglichen. Neue Kontakte bitte mit Einverständnis der Person ergänzen.',
      ),
      h2('Wofür die Kontakte genutzt werden'),
      ul(
        'Einladungen zu Infoveranstaltungen, Sprechstunden und Messen weitergeben.',
        'Rückmeldungen aus den Communities einholen, z. B. zu Verständlichkeit von Briefen oder Aushängen.',
        'Gemeinsame Veranstaltungen planen, etwa zu Ausbildung oder Anerkennung.',
        'Multiplikatorinnen und Multiplikatoren für Schulungen gewinnen.',
      ),
      callout(
        'note',
        p(
          'Die Kontakte dürfen nicht genutzt werden, um Informationen über einzelne Kundinnen und Kunden einzuholen oder weiterzugeben.',
        ),
      ),
    ),
  },
  {
    title: 'Kontaktliste Migrantenorganisationen Raum Ulm (Beispieldaten)',
    categorySlug: 'kontakte-mso',
    summary:
      'Migrantenorganisationen und Begegnungsorte in Ulm, im Alb-Donau-Kreis und im Landkreis Biberach – Kontakte und Angebote (fiktive Beispieldaten).',
    tags: ['migrantenorganisationen', 'kontakte', 'netzwerk', 'ulm'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_BCA_ULM,
    body: doc(
      callout('warning', p('**Beispieldaten:** Vereine, Personen und Kontaktdaten sind erfunden.')),
      h2('Kontakte und Angebote'),
      table(
        ['Organisation', 'Angebot', 'Ansprechperson', 'Telefon'],
        [
          [
            'Internationales Begegnungszentrum Donau e. V.',
            'Sprachcafé, Bewerbungswerkstatt',
            'Frau Maria Popescu',
            '0731 123456-61',
          ],
          [
            'Eritreische Gemeinschaft Ulm',
            'Elternabende, Übersetzungshilfe Tigrinya',
            'Herr Samuel Kidane',
            '0731 123456-62',
          ],
          [
            'Afghanischer Kulturverein Oberschwaben',
            'Hausaufgabenhilfe, Frauengruppe',
            'Frau Laila Noori',
            '07351 123456-63',
          ],
          ['Polnische Mission (Beispiel)', 'Beratung in polnischer Sprache', 'Herr Piotr Nowak', '0731 123456-64'],
        ],
      ),
      h2('Bewährte Formate'),
      h3('Sprechstunde vor Ort'),
      p(
        'Einmal im Monat bietet die Agentur für Arbeit Ulm im Begegnungszentrum eine offene Sprechstunde an. Fragen zur Arbeitsuche, Ausbildung und Anerkennung werden direkt beantwortet, Termine in der Agentur vereinbart.',
      ),
      h3('Multiplikatorenschulung'),
      p(
        'Aktive aus den Vereinen erhalten zweimal im Jahr eine kurze Schulung zu Angeboten von Agentur und Jobcenter. So können sie Fragen aus ihrer Community besser einordnen und gezielt weiterleiten.',
      ),
      callout(
        'success',
        p('Die Sprechstunde erreicht vor allem Frauen, die den Weg in die Agentur bisher nicht gefunden haben.'),
      ),
      h2('Pflege der Liste'),
      p(
        'Die Liste wird von der Beauftragten für Chancengleichheit am Arbeitsmarkt gemeinsam mit dem IKB der Agentur für Arbeit Ulm gepflegt. Kontakte werden nur mit Einverständnis der Ansprechpersonen aufgenommen und mindestens einmal im Jahr überprüft. Wechselt eine Ansprechperson, bitten wir den Verein um eine neue Kontaktperson.',
      ),
    ),
  },
  {
    title: 'Zusammenarbeit mit Migrantenorganisationen: Leitfaden',
    categorySlug: 'migrantenorganisationen',
    summary:
      'Warum Migrantenorganisationen wichtige Partner sind, wie man Kontakt aufbaut und welche Formate der Zusammenarbeit sich bewährt haben.',
    tags: ['migrantenorganisationen', 'netzwerk', 'interkulturelle öffnung', 'leitfaden'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_ESSLINGEN,
    body: doc(
      h2('Warum Migrantenorganisationen?'),
      p(
        'Migrantenorganisationen erreichen Menschen, die von sich aus selten in die Agentur oder das Jobcenter kommen. Sie genießen Vertrauen in ihrer Community, kennen Sorgen und Missverständnisse und können Informationen in der Herkunftssprache weitergeben. Für die interkulturelle Öffnung sind sie deshalb zentrale Partner.',
      ),
      h2('Kontakt aufbauen'),
      ol(
        'Vorhandene Kontakte im Haus sammeln (IKB, Migrationsbeauftragte, Teams).',
        'Kommunale Integrationsbeauftragte nach bekannten Vereinen fragen.',
        'Persönlich vorstellen – am besten bei einer Veranstaltung des Vereins.',
        'Gemeinsame Interessen klären: Was braucht die Community, was können wir anbieten?',
        'Kleines gemeinsames Format vereinbaren und verlässlich umsetzen.',
      ),
      h2('Bewährte Formate'),
      ul(
        'Infoveranstaltungen in Vereinsräumen mit Sprachmittlung.',
        'Offene Sprechstunden vor Ort.',
        'Schulungen für Multiplikatorinnen und Multiplikatoren.',
        'Gemeinsame Aktionen bei Ausbildungs- und Jobmessen.',
        'Führungen durch die Agentur oder das Jobcenter für Vereinsmitglieder.',
      ),
      callout(
        'note',
        p(
          'Ehrenamtliche Arbeit hat Grenzen. Vermeiden Sie, Vereinen Aufgaben zu übertragen, die eigentlich unsere sind – etwa das Übersetzen von Bescheiden.',
        ),
      ),
      h2('Haltung'),
      ul(
        'Auf Augenhöhe: Die Vereine sind Expertinnen und Experten ihrer Community.',
        'Verlässlichkeit: Zusagen einhalten, Rückmeldungen geben.',
        'Vielfalt anerkennen: Eine Organisation spricht nicht für alle Menschen eines Herkunftslandes.',
      ),
      h2('Dokumentation'),
      p(
        'Kontakte werden in den Kontaktlisten dieser Kategorie gepflegt – nur mit Einverständnis der jeweiligen Ansprechperson. Ergebnisse von Treffen bitte kurz im Netzwerkprotokoll festhalten.',
      ),
      h2('Stolpersteine'),
      ul(
        'Einladungen zu kurzfristig oder nur per E-Mail – viele Vereine kommunizieren über Messenger-Gruppen.',
        'Termine während der Arbeitszeit, obwohl die Aktiven ehrenamtlich tätig sind.',
        'Einseitige Kommunikation: Nur Informationen senden, ohne Fragen und Anliegen aufzunehmen.',
        'Fehlende Rückmeldung, was aus den Hinweisen der Vereine geworden ist.',
      ),
    ),
  },
  {
    title: 'Infoveranstaltung in einem Kulturverein planen',
    categorySlug: 'veranstaltungen-netzwerk',
    summary:
      'Praxisleitfaden und Checkliste für Informationsveranstaltungen von Agentur und Jobcenter in den Räumen von Migrantenorganisationen.',
    tags: ['veranstaltung', 'migrantenorganisationen', 'checkliste', 'öffentlichkeitsarbeit'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_GOEPPINGEN,
    body: doc(
      h2('Ziel und Zielgruppe festlegen'),
      p(
        'Eine Infoveranstaltung funktioniert am besten mit einem klaren Thema, zum Beispiel „Ausbildung in Deutschland“, „Anerkennung von Berufsabschlüssen“ oder „Deutschkurse nach dem Integrationskurs“. Sprechen Sie mit dem Verein ab, wer erreicht werden soll: Eltern, junge Erwachsene, Frauen, Fachkräfte.',
      ),
      h2('Checkliste'),
      h3('Sechs Wochen vorher'),
      tasks([
        ['Thema und Termin mit dem Verein abstimmen', true],
        ['Referentinnen und Referenten aus Agentur/Jobcenter anfragen', true],
        ['Sprachmittlung für die Hauptsprachen organisieren', false],
      ]),
      h3('Drei Wochen vorher'),
      tasks([
        ['Einladung in Deutsch und Herkunftssprachen erstellen', false],
        ['Einladung über Verein, Messenger-Gruppen und Aushänge verteilen', false],
        ['Kinderbetreuung klären', false],
      ]),
      h3('Am Tag der Veranstaltung'),
      tasks([
        ['Mehrsprachige Materialien und Visitenkarten mitnehmen', false],
        ['Terminvereinbarung vor Ort ermöglichen (Terminliste, Laptop)', false],
        ['Fotos nur mit Einverständnis der Anwesenden', false],
      ]),
      h2('Ablauf (Vorschlag, 90 Minuten)'),
      ol(
        'Begrüßung durch den Verein (10 Min.)',
        'Kurzvortrag mit vielen Beispielen, wenig Text auf Folien (30 Min.)',
        'Fragen im Plenum (20 Min.)',
        'Einzelgespräche an Thementischen (30 Min.)',
      ),
      callout(
        'success',
        p('Die meisten Fragen kommen erst in den Einzelgesprächen. Planen Sie dafür genug Personal ein.'),
      ),
      h2('Nachbereitung'),
      p(
        'Kurze Auswertung mit dem Verein, Dank an alle Beteiligten, Eintrag ins Netzwerkprotokoll und Termine aus den Einzelgesprächen nachhalten.',
      ),
      h2('Themenvorschläge'),
      ul(
        'Wie funktioniert die duale Ausbildung?',
        'Deutschkurse nach dem Integrationskurs: Berufssprachkurse.',
        'Anerkennung ausländischer Berufsabschlüsse.',
        'Arbeiten in Teilzeit und Kinderbetreuung.',
        'Rechte und Pflichten im Arbeitsverhältnis (gemeinsam mit Beratungsstellen).',
      ),
    ),
  },
  {
    title: 'Netzwerktreffen Interkulturelle Öffnung: Protokollvorlage',
    categorySlug: 'veranstaltungen-netzwerk',
    summary:
      'Entwurf einer einheitlichen Protokollvorlage für Netzwerktreffen mit Migrantenorganisationen, Trägern und Behörden.',
    tags: ['netzwerk', 'protokoll', 'vorlage', 'interkulturelle öffnung'],
    status: 'DRAFT',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_ESSLINGEN,
    body: doc(
      callout('note', p('**Entwurf:** Vorlage wird beim nächsten IKB-Austausch besprochen.')),
      h2('Kopfdaten'),
      table(
        ['Feld', 'Inhalt'],
        [
          ['Datum und Ort', 'z. B. 12.03., Begegnungszentrum (Beispiel)'],
          ['Moderation', 'Name, Dienststelle'],
          ['Protokoll', 'Name, Dienststelle'],
          ['Teilnehmende', 'Organisationen, keine privaten Kontaktdaten'],
        ],
      ),
      h2('Tagesordnung und Ergebnisse'),
      table(
        ['TOP', 'Thema', 'Ergebnis / Vereinbarung', 'Verantwortlich', 'Frist'],
        [
          ['1', 'Rückblick offene Punkte', 'Stand kurz notieren', 'Moderation', '–'],
          ['2', 'Berichte aus den Organisationen', 'Zentrale Anliegen', 'alle', '–'],
          ['3', 'Angebote Agentur und Jobcenter', 'Neue Kurse, Maßnahmen, Termine', 'IKB', '–'],
          ['4', 'Gemeinsame Aktionen', 'Termin, Ort, Zuständigkeit', 'festlegen', 'festlegen'],
        ],
      ),
      h2('Hinweise zum Ausfüllen'),
      ul(
        'Keine personenbezogenen Daten von Kundinnen und Kunden ins Protokoll.',
        'Vereinbarungen immer mit Verantwortlichen und Frist.',
        'Protokoll spätestens eine Woche nach dem Treffen versenden.',
      ),
    ),
  },
];
