import { callout, doc, h2, h3, hr, ol, p, quote, table, tasks, ul } from '../doc-builders';
import type { DemoArticle } from '../types';
import { OWNER_ADMIN, OWNER_BCA_ULM, OWNER_IKB_ESSLINGEN, OWNER_IKB_GOEPPINGEN } from './owners';

export const prozesseArticles: DemoArticle[] = [
  {
    title: 'Integrationskurs: Überblick über Kursarten und Zugang',
    categorySlug: 'integrationskurse',
    summary:
      'Aufbau des Integrationskurses, Kursarten mit Unterrichtseinheiten, Abschlussprüfungen und die Wege in den Kurs – kompakt für Beratungsgespräche.',
    tags: ['integrationskurs', 'bamf', 'kursarten', 'aufenthg'],
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    ownerEmail: OWNER_IKB_GOEPPINGEN,
    body: doc(
      h2('Was ist der Integrationskurs?'),
      p(
        'Der Integrationskurs ist das Grundangebot des Bundes zur sprachlichen und gesellschaftlichen Integration. Er wird vom Bundesamt für Migration und Flüchtlinge (BAMF) gesteuert und von zugelassenen Kursträgern durchgeführt. Er besteht aus einem **Sprachkurs** mit dem Ziel Sprachniveau B1 und einem **Orientierungskurs** zu Rechtsordnung, Geschichte und Kultur in Deutschland.',
      ),
      h2('Kursarten'),
      table(
        ['Kursart', 'Sprachkurs (UE)', 'Orientierungskurs (UE)', 'Zielgruppe'],
        [
          ['Allgemeiner Integrationskurs', '600', '100', 'Regelangebot für Erwachsene'],
          ['Intensivkurs', '400', '30', 'Schnell Lernende mit guter Lernerfahrung'],
          ['Jugendintegrationskurs', '900', '100', 'Junge Menschen bis 27 Jahre'],
          ['Eltern- und Frauenintegrationskurs', '900', '100', 'Eltern bzw. Frauen, oft mit Kinderbetreuung'],
          ['Alphabetisierungskurs', '1.200', '100', 'Personen, die nicht oder kaum lesen und schreiben können'],
          ['Zweitschriftlernerkurs', '900', '100', 'Personen, die eine andere als die lateinische Schrift beherrschen'],
        ],
      ),
      callout(
        'note',
        p(
          'Die Stundenzahlen geben den Regelumfang wieder. Änderungen und Sonderregelungen (z. B. Wiederholungsstunden) vor der Beratung auf [bamf.de](https://www.bamf.de/DE/Themen/Integration/ZugewanderteTeilnehmende/Integrationskurse/integrationskurse-node.html) prüfen.',
        ),
      ),
      h2('Abschluss'),
      ul(
        'Sprachprüfung: **Deutsch-Test für Zuwanderer (DTZ)** mit Ergebnis A2 oder B1.',
        'Abschlusstest Orientierungskurs: **Leben in Deutschland (LiD)**.',
        'Wer beide Prüfungen erfolgreich ablegt (B1 und LiD), erhält das „Zertifikat Integrationskurs“.',
      ),
      h2('Wege in den Kurs'),
      h3('Anspruch'),
      p(
        'Einen Anspruch auf Teilnahme haben insbesondere Personen, die erstmals bestimmte Aufenthaltserlaubnisse erhalten (§ 44 AufenthG). Die Ausländerbehörde stellt dann eine Teilnahmeberechtigung aus.',
      ),
      h3('Verpflichtung'),
      p(
        'Unter den Voraussetzungen des § 44a AufenthG kann eine Verpflichtung zur Teilnahme bestehen, zum Beispiel durch die Ausländerbehörde oder durch das Jobcenter bei Bezug von Bürgergeld.',
      ),
      h3('Zulassung auf Antrag'),
      p(
        'Personen ohne Anspruch, etwa Unionsbürgerinnen und -bürger oder bereits länger in Deutschland lebende Menschen, können beim BAMF einen Antrag auf Zulassung stellen, soweit Plätze verfügbar sind.',
      ),
      h2('Kosten'),
      p(
        'Teilnehmende zahlen grundsätzlich einen Kostenbeitrag pro Unterrichtseinheit. Wer Bürgergeld oder Leistungen nach dem AsylbLG bezieht, kann auf Antrag von den Kosten befreit werden. Unter bestimmten Voraussetzungen gibt es einen Fahrtkostenzuschuss.',
      ),
    ),
  },
  {
    title: 'Verpflichtung zum Integrationskurs durch das Jobcenter',
    categorySlug: 'integrationskurse',
    summary:
      'Ablauf, wenn das Jobcenter Leistungsberechtigte zur Teilnahme an einem Integrationskurs verpflichtet – von der Sprachstandsklärung bis zur Nachverfolgung.',
    tags: ['integrationskurs', 'jobcenter', 'verpflichtung', 'sgb ii', 'kooperationsplan'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_ESSLINGEN,
    body: doc(
      h2('Wann kommt eine Verpflichtung in Betracht?'),
      p(
        'Reichen die Deutschkenntnisse einer leistungsberechtigten Person für eine Eingliederung in Arbeit nicht aus, kann das Jobcenter sie nach § 44a AufenthG zur Teilnahme an einem Integrationskurs verpflichten. Ziel ist nicht die Sanktion, sondern ein verbindlicher und schneller Einstieg in die Sprachförderung.',
      ),
      callout(
        'info',
        p(
          'Vor einer Verpflichtung immer klären, ob bereits eine Teilnahmeberechtigung oder Verpflichtung der Ausländerbehörde vorliegt. Doppelte Verfahren verwirren Kundinnen und Kunden und Träger.',
        ),
      ),
      h2('Ablauf Schritt für Schritt'),
      ol(
        'Sprachstand im Gespräch einschätzen; vorhandene Zertifikate sichten und dokumentieren.',
        'Prüfen, ob bereits ein Integrationskurs besucht oder abgeschlossen wurde.',
        'Persönliche Situation berücksichtigen: Kinderbetreuung, Pflege von Angehörigen, Gesundheit, Arbeitszeiten.',
        'Passende Kursart und Träger gemeinsam mit der Person auswählen.',
        'Verpflichtung aussprechen und im Kooperationsplan festhalten; Bedeutung verständlich erklären, bei Bedarf mit Sprachmittlung.',
        'Person meldet sich mit den Unterlagen beim Kursträger an; Einstufungstest beim Träger.',
        'Wiedervorlage zum Kursbeginn und zur Kursmitte setzen.',
      ),
      h2('Gespräch gut vorbereiten'),
      tasks([
        ['Sprachmittlung organisiert (falls erforderlich)', false],
        ['Aktuelle Trägerliste und freie Kursplätze geprüft', false],
        ['Informationsblatt in Leichter Sprache ausgedruckt', false],
        ['Kinderbetreuung angesprochen und Lösungen notiert', false],
      ]),
      h2('Hinweise aus der Praxis'),
      ul(
        'Ein kurzer Anruf beim Träger während des Gesprächs beschleunigt die Anmeldung erheblich.',
        'Für Eltern kleiner Kinder sind Elternintegrationskurse mit Kinderbetreuung oft die einzige realistische Option.',
        'Berufstätige können auf Abend- oder Wochenendkurse ausweichen; die Arbeitsaufnahme hat Vorrang, wenn sie die Hilfebedürftigkeit verringert.',
      ),
      quote(
        p(
          '„Seit wir die Verpflichtung gemeinsam mit der Kundin im Gespräch direkt beim Träger anmelden, beginnen die meisten Kurse innerhalb von vier Wochen.“ – Rückmeldung aus einem Team im Landkreis Esslingen',
        ),
      ),
      h2('Dokumentation'),
      p(
        'Halten Sie in der Akte fest, welche Kursart vereinbart wurde, bei welchem Träger die Anmeldung erfolgt und welche Gründe für die Auswahl ausschlaggebend waren. So können Vertretungen und spätere Ansprechpersonen nahtlos anknüpfen. Auch Hindernisse wie fehlende Kinderbetreuung sollten dokumentiert werden – sie sind wichtige Hinweise für die Planung des Kursangebots in der Region.',
      ),
    ),
  },
  {
    title: 'Berufssprachkurse (DeuFöV): Module und Zugang',
    categorySlug: 'berufssprachkurse',
    summary:
      'Die berufsbezogene Deutschsprachförderung nach § 45a AufenthG und der DeuFöV: Basis- und Spezialmodule, Prüfungen, Zugang über Agentur und Jobcenter.',
    tags: ['berufssprachkurs', 'deuföv', 'bamf', 'sprachförderung', 'aufenthg'],
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    ownerEmail: OWNER_BCA_ULM,
    body: doc(
      h2('Worum geht es?'),
      p(
        'Berufssprachkurse bauen auf dem Integrationskurs auf und bereiten gezielt auf Ausbildung und Arbeit vor. Rechtsgrundlage sind § 45a AufenthG und die Verordnung über die berufsbezogene Deutschsprachförderung (DeuFöV). Die Kurse werden vom BAMF gesteuert und von zugelassenen Trägern durchgeführt.',
      ),
      h2('Module im Überblick'),
      table(
        ['Modul', 'Zielniveau', 'Einstieg in der Regel ab', 'Besonderheit'],
        [
          ['Basismodul', 'B1', 'A2', 'Für Personen, die B1 noch nicht erreicht haben'],
          ['Basismodul', 'B2', 'B1', 'Häufigster Kurs für den Arbeitsmarkt'],
          ['Basismodul', 'C1', 'B2', 'Für Fachkräfte und akademische Berufe'],
          ['Spezialmodul', 'A2 oder B1', 'unter B1', 'Nach Integrationskurs ohne B1-Abschluss'],
          [
            'Fachspezifisches Spezialmodul',
            'berufsbezogen',
            'je nach Modul',
            'z. B. Gesundheitsfachberufe, akademische Heilberufe, Einzelhandel, Gewerbe-Technik',
          ],
        ],
      ),
      callout(
        'note',
        p(
          'Der Umfang der Module (Unterrichtseinheiten) ist in der Kursübersicht des BAMF festgelegt und kann sich ändern. Aktuelle Angaben: [Berufssprachkurse beim BAMF](https://www.bamf.de/DE/Themen/Integration/ZugewanderteTeilnehmende/DeutschBeruf/deutschberuf-node.html).',
        ),
      ),
      h2('Prüfungen'),
      p(
        'Die Basismodule enden in der Regel mit dem **Deutsch-Test für den Beruf (DTB)** auf dem jeweiligen Zielniveau. Fachspezifische Spezialmodule schließen teilweise mit eigenen Prüfungsformaten ab.',
      ),
      h2('Wer kann teilnehmen?'),
      ul(
        'Arbeitsuchend gemeldete Personen und Bürgergeldbeziehende mit Migrationsgeschichte – Zugang über Agentur für Arbeit oder Jobcenter.',
        'Beschäftigte und Auszubildende – Zugang direkt über das BAMF beziehungsweise den Kursträger.',
        'Personen im Anerkennungsverfahren, die für die Anerkennung Sprachkenntnisse nachweisen müssen.',
      ),
      h2('Kosten'),
      p(
        'Für arbeitsuchende und leistungsbeziehende Personen ist die Teilnahme kostenfrei. Beschäftigte mit einem Einkommen oberhalb einer bestimmten Grenze leisten einen Eigenbeitrag. Die aktuellen Grenzen nennt das BAMF.',
      ),
      callout(
        'success',
        p(
          'Berufssprachkurse lassen sich mit Arbeit verbinden: Viele Träger bieten Teilzeit- und Abendkurse an. Fragen Sie bei Arbeitsaufnahme aktiv nach einem berufsbegleitenden Kurs.',
        ),
      ),
      h2('Kombination mit anderen Angeboten'),
      p(
        'Berufssprachkurse lassen sich mit Maßnahmen der Arbeitsförderung, mit einer Beschäftigung oder mit einem Anerkennungsverfahren kombinieren. Besonders wirksam sind Kombinationen, bei denen Fachsprache und Praxis zusammenkommen, etwa ein Spezialmodul Gesundheitsfachberufe parallel zu einem Anpassungslehrgang in der Pflege. Planen Sie solche Kombinationen gemeinsam mit den Trägern, damit sich Kurszeiten nicht überschneiden.',
      ),
    ),
  },
  {
    title: 'Berechtigung für einen Berufssprachkurs ausstellen',
    categorySlug: 'berufssprachkurse',
    summary:
      'Schritt-für-Schritt-Ablauf für Vermittlungs- und Integrationsfachkräfte: Voraussetzungen prüfen, Kurs auswählen, Berechtigung ausstellen und nachhalten.',
    tags: ['berufssprachkurs', 'deuföv', 'berechtigung', 'ablauf', 'checkliste'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_BCA_ULM,
    body: doc(
      h2('Voraussetzungen prüfen'),
      ul(
        'Die Person ist arbeitsuchend gemeldet oder bezieht Bürgergeld.',
        'Es besteht ein Förderbedarf in Deutsch für die berufliche Integration.',
        'Ein Integrationskurs wurde abgeschlossen oder ist nicht erforderlich; liegt ein Anspruch auf einen Integrationskurs vor, hat dieser grundsätzlich Vorrang.',
        'Aktueller Sprachstand ist bekannt (Zertifikat oder Einschätzung des Trägers).',
      ),
      h2('Ablauf'),
      ol(
        'Sprachstand und Ziel klären: Welches Niveau wird für den Zielberuf benötigt?',
        'Passendes Modul und Träger auswählen – Trägerliste und freie Plätze nutzen.',
        'Berechtigung ausstellen und vollständig ausfüllen: Zielniveau, Modul, vorhandenes Zertifikat.',
        'Berechtigung der Person aushändigen und erklären, dass sie sich zeitnah beim Träger anmelden muss.',
        'Anmeldung beim Träger nachhalten; Kursbeginn im Kooperationsplan bzw. in der Eingliederungsplanung dokumentieren.',
        'Zur Kursmitte und zum Kursende Gesprächstermine einplanen, um den Übergang in Arbeit vorzubereiten.',
      ),
      callout(
        'warning',
        p(
          'Häufigster Fehler: Das Feld zum vorhandenen Sprachniveau bleibt leer. Der Träger muss dann erst einstufen – das kostet Zeit.',
        ),
      ),
      h2('Checkliste für das Gespräch'),
      tasks([
        ['Zertifikat (DTZ, Goethe, telc, ÖSD) gesichtet und Kopie in der Akte', false],
        ['Zielberuf und benötigtes Sprachniveau besprochen', false],
        ['Kursformat (Vollzeit, Teilzeit, online) passend zur Lebenssituation gewählt', false],
        ['Berechtigung ausgehändigt und erklärt', false],
        ['Wiedervorlage gesetzt', false],
      ]),
      h2('Nach dem Kurs'),
      p(
        'Mit dem B2-Zertifikat öffnen sich viele Türen – etwa in Pflege, Handwerk und Verwaltung. Planen Sie spätestens vier Wochen vor Kursende einen Termin, um Bewerbungen, Anerkennung oder eine Qualifizierung zu besprechen.',
      ),
      h2('Häufige Fragen'),
      h3('Die Person nimmt während des Kurses eine Arbeit auf – was nun?'),
      p(
        'Die Arbeitsaufnahme hat Vorrang. Klären Sie mit dem Träger, ob ein Wechsel in einen berufsbegleitenden Kurs möglich ist, damit das Sprachziel trotzdem erreicht wird.',
      ),
      h3('Das Zielniveau wurde in der Prüfung nicht erreicht.'),
      p(
        'Besprechen Sie das Ergebnis mit der Person und dem Träger. Je nach Situation kommen eine Wiederholung der Prüfung, ein anderes Modul oder eine Kombination mit Praxis in Betracht.',
      ),
    ),
  },
  {
    title: 'Beschäftigungsduldung: Voraussetzungen und Rolle der Arbeitsverwaltung',
    categorySlug: 'aufenthalt-arbeitsmarktzugang',
    summary:
      'Orientierung zur Beschäftigungsduldung nach § 60d AufenthG und zur Ausbildungsduldung nach § 60c AufenthG: Wer entscheidet, was wir beitragen können.',
    tags: ['beschäftigungsduldung', 'duldung', 'aufenthg', 'ausländerbehörde'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_ADMIN,
    body: doc(
      h2('Worum geht es?'),
      p(
        'Geduldete Menschen, die bereits längere Zeit in Deutschland arbeiten und ihren Lebensunterhalt sichern, können unter bestimmten Voraussetzungen eine **Beschäftigungsduldung** nach § 60d AufenthG erhalten. Für Menschen in einer qualifizierten Berufsausbildung gibt es die **Ausbildungsduldung** nach § 60c AufenthG. Beide Regelungen schaffen Planungssicherheit für Beschäftigte und Betriebe.',
      ),
      callout(
        'warning',
        p(
          '**Die Entscheidung trifft ausschließlich die Ausländerbehörde.** Die Voraussetzungen (Fristen, Mindestarbeitszeiten, Stichtage) wurden in den letzten Jahren mehrfach geändert. Bitte keine verbindlichen Auskünfte geben, sondern auf die Ausländerbehörde und die Migrationsberatung verweisen.',
        ),
      ),
      h2('Typische Voraussetzungen (Orientierung)'),
      ul(
        'Geklärte Identität innerhalb der gesetzlichen Fristen.',
        'Vorherige Duldung über einen Mindestzeitraum.',
        'Sozialversicherungspflichtige Beschäftigung in einem Mindestumfang über einen Mindestzeitraum.',
        'Gesicherter Lebensunterhalt.',
        'Hinreichende mündliche Deutschkenntnisse.',
        'Keine Verurteilungen wegen bestimmter Straftaten.',
      ),
      h2('Was Agentur und Jobcenter beitragen können'),
      ol(
        'Beschäftigung erhalten und stabilisieren, etwa durch Beratung von Arbeitgebern.',
        'Sprachförderung ermöglichen, z. B. einen berufsbegleitenden Berufssprachkurs.',
        'Auf Anfrage der Person Bescheinigungen über Meldezeiten oder Maßnahmen ausstellen.',
        'Auf Beratungsstellen hinweisen: Migrationsberatung, Flüchtlingsberatung, Rechtsberatung.',
      ),
      h2('Verwandte Regelungen'),
      ul(
        'Ausbildungsduldung (§ 60c AufenthG) für Geduldete in Ausbildung.',
        'Chancen-Aufenthaltsrecht (§ 104c AufenthG) für langjährig Geduldete.',
        'Aufenthaltserlaubnis für gut integrierte Jugendliche und junge Volljährige (§ 25a AufenthG).',
      ),
      p(
        'Weiterführende Informationen bietet das Portal [Make it in Germany](https://www.make-it-in-germany.com) und die örtliche Ausländerbehörde.',
      ),
      h2('Formulierungshilfen für das Gespräch'),
      p(
        'Geduldete Menschen erleben ihre Situation oft als sehr unsicher. Umso wichtiger ist eine klare, ehrliche Sprache, die nichts verspricht, was wir nicht entscheiden.',
      ),
      ul(
        '„Über Ihren Aufenthalt entscheidet die Ausländerbehörde. Wir können Sie aber dabei unterstützen, Ihre Arbeit zu behalten und Deutsch zu lernen.“',
        '„Lassen Sie sich bitte bei der Migrationsberatung beraten, ob die Beschäftigungsduldung für Sie in Frage kommt.“',
        '„Bringen Sie Ihre Arbeitsverträge und Lohnabrechnungen zur Beratung mit.“',
      ),
    ),
  },
  {
    title: 'Arbeitsmarktzulassung: Zustimmung der Bundesagentur für Arbeit',
    categorySlug: 'aufenthalt-arbeitsmarktzugang',
    summary:
      'Wann braucht eine Beschäftigung die Zustimmung der BA nach § 39 AufenthG, wie erkennt man den Arbeitsmarktzugang auf dem Dokument und was wird geprüft?',
    tags: ['arbeitsmarktzulassung', 'zustimmung', 'aufenthg', 'beschv', 'ausländerbehörde'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_ADMIN,
    body: doc(
      h2('Grundprinzip'),
      p(
        'Ob eine ausländische Person arbeiten darf, ergibt sich aus ihrem Aufenthaltstitel bzw. ihrem Aufenthaltsdokument. Viele Titel erlauben die Erwerbstätigkeit kraft Gesetzes. In anderen Fällen braucht die Ausländerbehörde für die Erlaubnis die **Zustimmung der Bundesagentur für Arbeit** (§ 39 AufenthG). Welche Beschäftigungen zustimmungsfrei sind, regelt unter anderem die Beschäftigungsverordnung (BeschV).',
      ),
      h2('Den Arbeitsmarktzugang auf dem Dokument erkennen'),
      table(
        ['Eintrag (Nebenbestimmung)', 'Bedeutung', 'Was tun?'],
        [
          [
            '„Erwerbstätigkeit erlaubt“',
            'Jede Beschäftigung und Selbstständigkeit möglich',
            'Vermittlung ohne Einschränkung',
          ],
          [
            '„Beschäftigung nur mit Erlaubnis der Ausländerbehörde“',
            'Jede konkrete Stelle muss erlaubt werden',
            'Stellenangebot mit Beschreibung an die Ausländerbehörde',
          ],
          [
            '„Beschäftigung nur als … bei Firma …“',
            'Erlaubnis gilt nur für diese Stelle',
            'Stellenwechsel vorher klären',
          ],
          [
            '„Erwerbstätigkeit nicht erlaubt“',
            'Kein Arbeitsmarktzugang',
            'Beratung zu Perspektiven, ggf. Verweis auf Beratungsstellen',
          ],
        ],
      ),
      h2('Was die BA im Zustimmungsverfahren prüft'),
      ul(
        'Vergleichbare Arbeitsbedingungen: Lohn und Arbeitszeit dürfen nicht ungünstiger sein als bei inländischen Beschäftigten.',
        'Je nach Fallgruppe weitere Voraussetzungen, z. B. Qualifikation oder Anerkennung.',
        'Die Prüfung übernehmen die spezialisierten Teams der Arbeitsmarktzulassung, nicht die örtliche Vermittlung.',
      ),
      h2('Beschleunigtes Fachkräfteverfahren'),
      p(
        'Arbeitgeber können für Fachkräfte aus dem Ausland das beschleunigte Fachkräfteverfahren nach § 81a AufenthG bei der zuständigen Ausländerbehörde beantragen. Die BA erteilt dabei ihre Zustimmung vorab.',
      ),
      callout(
        'info',
        p(
          'Informationen für Arbeitgeber zur Beschäftigung ausländischer Fachkräfte: [arbeitsagentur.de](https://www.arbeitsagentur.de/unternehmen).',
        ),
      ),
      h2('Praxis-Tipp'),
      p(
        'Bitten Sie Kundinnen und Kunden, zum Termin immer das aktuelle Dokument inklusive Zusatzblatt mitzubringen. Kopien aus der Akte sind oft veraltet.',
      ),
      h2('Häufige Konstellationen in der Beratung'),
      ul(
        '**Asylsuchende mit Aufenthaltsgestattung:** Ob und ab wann eine Beschäftigung erlaubt werden kann, hängt unter anderem von Aufenthaltsdauer und Wohnverpflichtung ab. Die Ausländerbehörde entscheidet im Einzelfall.',
        '**Geduldete:** Beschäftigung ist grundsätzlich erlaubnispflichtig; in bestimmten Fällen ist sie ausgeschlossen.',
        '**Schutzberechtigte mit Aufenthaltserlaubnis:** In der Regel ist die Erwerbstätigkeit erlaubt.',
      ),
      p(
        'Für die Vermittlung gilt: Stellenangebote für Personen mit Erlaubnisvorbehalt so konkret wie möglich beschreiben (Tätigkeit, Arbeitszeit, Lohn). Das beschleunigt das Verfahren bei Ausländerbehörde und BA.',
      ),
    ),
  },
  {
    title: 'Zusammenarbeit mit dem BAMF und weiteren Akteuren: Wer macht was?',
    categorySlug: 'prozesse',
    summary:
      'Übersicht über die Zuständigkeiten von BAMF, Ausländerbehörde, Migrationsberatung, Agentur für Arbeit und Jobcenter entlang des Integrationsweges.',
    tags: ['bamf', 'zuständigkeiten', 'netzwerk', 'migrationsberatung', 'jmd'],
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    ownerEmail: OWNER_IKB_GOEPPINGEN,
    body: doc(
      h2('Viele Akteure – ein Integrationsweg'),
      p(
        'Für Kundinnen und Kunden ist oft schwer zu durchschauen, welche Stelle wofür zuständig ist. Die folgende Übersicht hilft, Anliegen schnell an die richtige Stelle weiterzuleiten.',
      ),
      table(
        ['Akteur', 'Aufgaben', 'Kontaktweg'],
        [
          [
            'Bundesamt für Migration und Flüchtlinge (BAMF)',
            'Asylverfahren, Steuerung von Integrations- und Berufssprachkursen, Zulassung von Trägern',
            '[bamf.de](https://www.bamf.de), Regionalkoordination',
          ],
          [
            'Ausländerbehörde',
            'Aufenthaltstitel, Beschäftigungserlaubnis, Duldung, Verpflichtung zum Integrationskurs',
            'Örtliches Landratsamt bzw. Stadtverwaltung',
          ],
          [
            'Agentur für Arbeit',
            'Beratung, Vermittlung, Berufssprachkurse, Förderung nach SGB III, Arbeitsmarktzulassung',
            '[arbeitsagentur.de](https://www.arbeitsagentur.de)',
          ],
          [
            'Jobcenter',
            'Bürgergeld, Eingliederungsleistungen nach § 16 SGB II, Verpflichtung zum Integrationskurs',
            'Örtliches Jobcenter',
          ],
          [
            'Migrationsberatung für erwachsene Zugewanderte (MBE)',
            'Individuelle Begleitung ab 27 Jahren',
            'Wohlfahrtsverbände vor Ort',
          ],
          [
            'Jugendmigrationsdienste (JMD)',
            'Begleitung junger Menschen bis 27 Jahre',
            '[jugendmigrationsdienste.de](https://www.jugendmigrationsdienste.de)',
          ],
        ],
      ),
      h2('Regionalkoordination des BAMF'),
      p(
        'Die Regionalkoordinatorinnen und -koordinatoren des BAMF sind Ansprechpartner für die Steuerung der Kurse vor Ort. Sie nehmen häufig an Netzwerktreffen teil und helfen bei Engpässen im Kursangebot.',
      ),
      h2('Weiterleiten statt abweisen'),
      ul(
        'Anliegen kurz aufnehmen und die zuständige Stelle mit Kontakt nennen.',
        'Bei komplexen Fällen aktiv an die Migrationsberatung vermitteln.',
        'Bei Fragen zum Aufenthalt keine Rechtsauskunft geben, sondern auf die Ausländerbehörde verweisen.',
      ),
      callout('success', p('Die Kontaktlisten in diesem Wissensnetz enthalten die Ansprechpersonen unserer Region.')),
      h2('Beispiel aus der Praxis'),
      p(
        'Eine Kundin fragt im Jobcenter, ob sie ihren abgebrochenen Integrationskurs fortsetzen kann und ob ihr Aufenthaltstitel dafür verlängert wird. Die Fachkraft klärt die Fortsetzung mit dem bisherigen Kursträger, verweist für die Frage zum Aufenthalt an die Ausländerbehörde und vermittelt zusätzlich einen Termin bei der Migrationsberatung, die die Kundin bei den Behördengängen begleitet. So bekommt jede Frage die richtige Antwort – und die Kundin weiß, wohin sie sich wenden kann.',
      ),
    ),
  },
  {
    title: 'Erstgespräch mit geflüchteten Kundinnen und Kunden vorbereiten',
    categorySlug: 'prozesse',
    summary:
      'Checkliste und Gesprächsleitfaden für das erste Beratungsgespräch mit geflüchteten Menschen in Agentur und Jobcenter.',
    tags: ['erstgespräch', 'geflüchtete', 'checkliste', 'beratung'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_ESSLINGEN,
    body: doc(
      h2('Vor dem Gespräch'),
      tasks([
        ['Sprache der Kundin bzw. des Kunden bekannt? Sprachmittlung gebucht?', false],
        ['Aufenthaltsdokument und Arbeitsmarktzugang vorab angefragt', false],
        ['Ausreichend Zeit eingeplant (mindestens 60 Minuten mit Sprachmittlung)', false],
        ['Mehrsprachige Informationsmaterialien bereitgelegt', false],
      ]),
      h2('Gesprächsleitfaden'),
      h3('1. Ankommen und Vertrauen'),
      p(
        'Stellen Sie sich, Ihre Rolle und die Rolle der Sprachmittlung vor. Erklären Sie, dass das Gespräch vertraulich ist und wozu die Fragen dienen.',
      ),
      h3('2. Bisheriger Weg'),
      ul(
        'Schulbildung, Ausbildung, Studium – auch ohne Nachweise erfassen.',
        'Berufserfahrung mit Tätigkeiten, nicht nur Berufsbezeichnungen.',
        'Sprachkenntnisse: Deutsch, Englisch, Herkunftssprachen, Schrift.',
      ),
      h3('3. Aktuelle Situation'),
      ul(
        'Wohnsituation, Familie, Kinderbetreuung.',
        'Gesundheitliche Einschränkungen, soweit die Person darüber sprechen möchte.',
        'Laufende Kurse oder Verfahren (Integrationskurs, Anerkennung).',
      ),
      h3('4. Nächste Schritte'),
      ol(
        'Sprachförderung klären (Integrationskurs oder Berufssprachkurs).',
        'Anerkennungsberatung anstoßen, wenn ein Berufsabschluss vorliegt.',
        'Erste Vermittlungs- oder Aktivierungsangebote besprechen.',
        'Folgetermin vereinbaren und schriftlich mitgeben.',
      ),
      callout(
        'note',
        p(
          'Belastende Erfahrungen können das Gespräch beeinflussen. Drängen Sie nicht auf Details zur Flucht. Bei Hinweisen auf psychische Belastung auf spezialisierte Beratungsstellen hinweisen.',
        ),
      ),
      hr(),
      p(
        'Tipp: Der Artikel „Dolmetschen und Sprachmittlung: Wege im Überblick“ beschreibt, wie eine Sprachmittlung gebucht wird.',
      ),
      h2('Nach dem Gespräch'),
      p(
        'Fassen Sie die Vereinbarungen schriftlich und in einfacher Sprache zusammen. Notieren Sie in der Akte, welche Sprache gesprochen wird und ob künftig eine Sprachmittlung benötigt wird. Informationen zu Kompetenzen ohne Nachweis sollten so festgehalten werden, dass sie bei der Stellensuche nutzbar sind – zum Beispiel „sechs Jahre Erfahrung als Schweißer im eigenen Betrieb“ statt nur „Schweißer ohne Abschluss“.',
      ),
    ),
  },
  {
    title: 'Fehlzeiten und Kursabbruch im Integrationskurs: Ablauf',
    categorySlug: 'integrationskurse',
    summary:
      'Entwurf: Wie reagieren Jobcenter und Agentur, wenn Träger Fehlzeiten oder einen Kursabbruch melden? Abstimmung mit den Teams läuft noch.',
    tags: ['integrationskurs', 'fehlzeiten', 'kursabbruch', 'jobcenter'],
    status: 'DRAFT',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_ESSLINGEN,
    body: doc(
      callout('warning', p('**Entwurf** – noch nicht mit allen Teamleitungen abgestimmt. Bitte noch nicht verlinken.')),
      h2('Ausgangslage'),
      p(
        'Kursträger melden Fehlzeiten und Abbrüche über die vorgesehenen Wege. Für Verpflichtete können Fehlzeiten Folgen haben. Wichtiger als eine schnelle Reaktion auf dem Papier ist aber, die Gründe zu verstehen: Häufig stecken Kinderbetreuung, Krankheit, Arbeitsaufnahme oder Überforderung dahinter.',
      ),
      h2('Vorgeschlagener Ablauf'),
      ol(
        'Meldung des Trägers sichten und in der Akte dokumentieren.',
        'Zeitnah Kontakt zur Person aufnehmen und ein Gespräch anbieten.',
        'Gründe klären und Lösungen suchen: Kurswechsel, anderes Zeitmodell, Betreuung.',
        'Ergebnis mit dem Träger abstimmen (Einwilligung beachten).',
        'Erst wenn keine Lösung gefunden wird: rechtliche Folgen prüfen.',
      ),
      h2('Offene Punkte'),
      tasks([
        ['Rückmeldefristen mit Trägern abstimmen', false],
        ['Textbaustein für Einladung in Leichter Sprache erstellen', false],
        ['Abstimmung mit Teamleitungen Jobcenter', false],
      ]),
    ),
  },
  {
    title: 'Rechtskreiswechsel Geflüchteter aus der Ukraine 2022',
    categorySlug: 'prozesse',
    summary:
      'Archiviert: Hinweise zum Wechsel von Geflüchteten aus der Ukraine aus dem AsylbLG in die Grundsicherung zum 1. Juni 2022. Nur noch zur Dokumentation.',
    tags: ['ukraine', 'rechtskreiswechsel', 'sgb ii', 'asylblg', 'archiv'],
    status: 'ARCHIVED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_ADMIN,
    body: doc(
      callout(
        'warning',
        p(
          '**Archiviert:** Dieser Artikel beschreibt die Situation im Jahr 2022. Die Rechtslage hat sich seitdem weiterentwickelt. Bitte nicht mehr für die Beratung verwenden.',
        ),
      ),
      h2('Hintergrund'),
      p(
        'Menschen, die ab Februar 2022 aus der Ukraine geflohen sind, erhielten in Deutschland vorübergehenden Schutz nach § 24 AufenthG. Zum 1. Juni 2022 wechselten erwerbsfähige Leistungsberechtigte mit entsprechendem Aufenthaltstitel oder Fiktionsbescheinigung aus dem Asylbewerberleistungsgesetz in die Grundsicherung für Arbeitsuchende (SGB II).',
      ),
      h2('Was damals zu tun war'),
      ul(
        'Erstanträge in großer Zahl bearbeiten, oft mit Unterstützung durch Sprachmittlung.',
        'Arbeitsuchendmeldung und Beratung zu Sprachkursen organisieren.',
        'Abstimmung mit Sozialämtern und Ausländerbehörden zu Datenübermittlung und Dokumenten.',
      ),
      h2('Erfahrungen'),
      p(
        'Der Wechsel zeigte, wie wichtig mehrsprachige Informationen, ein klares Kundenleitsystem und kurze Wege zu Sprachkursträgern sind. Viele Materialien aus dieser Zeit wurden in die Kategorien Leichte Sprache und Kundenleitsystem übernommen.',
      ),
    ),
  },
];
