import { callout, doc, h2, h3, ol, p, table, tasks, ul } from '../doc-builders';
import type { DemoArticle } from '../types';
import { OWNER_ADMIN, OWNER_BCA_ULM, OWNER_IKB_ESSLINGEN, OWNER_IKB_GOEPPINGEN } from './owners';

export const qualifizierungArticles: DemoArticle[] = [
  {
    title: 'Anerkennung ausländischer Berufsabschlüsse: Überblick',
    categorySlug: 'anerkennung-berufsabschluesse',
    summary:
      'Reglementierte und nicht reglementierte Berufe, zuständige Stellen, mögliche Ergebnisse und Beratungsangebote zur Anerkennung ausländischer Berufsqualifikationen.',
    tags: ['anerkennung', 'bqfg', 'berufsabschluss', 'reglementierte berufe', 'zab'],
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    ownerEmail: OWNER_BCA_ULM,
    body: doc(
      h2('Worum geht es?'),
      p(
        'Bei der Anerkennung wird ein im Ausland erworbener Berufsabschluss mit einem deutschen Referenzberuf verglichen. Für Berufe nach Bundesrecht gilt das Berufsqualifikationsfeststellungsgesetz (**BQFG**), sofern das jeweilige Fachgesetz nichts anderes regelt. Für Berufe nach Landesrecht – etwa Lehrkräfte oder Erzieherinnen und Erzieher – gelten die Anerkennungsgesetze der Länder.',
      ),
      h2('Reglementiert oder nicht reglementiert?'),
      ul(
        '**Reglementierte Berufe** dürfen nur mit Anerkennung ausgeübt werden bzw. die Berufsbezeichnung darf nur mit Anerkennung geführt werden, z. B. Ärztin/Arzt, Pflegefachkraft, Lehrkraft.',
        '**Nicht reglementierte Berufe** können ohne Anerkennung ausgeübt werden, z. B. die meisten Ausbildungsberufe im dualen System. Eine Anerkennung erhöht dennoch die Chancen auf dem Arbeitsmarkt und ist für manche Aufenthaltstitel erforderlich.',
        'Für nicht reglementierte Hochschulabschlüsse gibt es statt einer Anerkennung die **Zeugnisbewertung** der ZAB.',
      ),
      h2('Zuständige Stellen (Beispiele)'),
      table(
        ['Berufsgruppe', 'Reglementiert?', 'Zuständige Stelle'],
        [
          ['IHK-Berufe (z. B. Industriekaufleute, Mechatroniker)', 'nein', 'IHK FOSA'],
          ['Handwerksberufe (z. B. Elektroniker, Friseurin)', 'nein', 'Handwerkskammer'],
          ['Gesundheitsfachberufe (z. B. Pflegefachkraft)', 'ja', 'Zuständige Landesbehörde'],
          ['Akademische Heilberufe (z. B. Ärztin, Apotheker)', 'ja', 'Approbationsbehörde des Landes'],
          ['Lehrkräfte, Erzieherinnen und Erzieher', 'ja', 'Zuständige Landesbehörde'],
          ['Nicht reglementierte Hochschulabschlüsse', 'nein', 'ZAB (Zeugnisbewertung)'],
        ],
      ),
      callout(
        'info',
        p(
          'Der [Anerkennungs-Finder](https://www.anerkennung-in-deutschland.de) zeigt für jeden Beruf und Wohnort die zuständige Stelle – in vielen Sprachen.',
        ),
      ),
      h2('Mögliche Ergebnisse'),
      ol(
        '**Volle Gleichwertigkeit** – der Abschluss ist dem deutschen Referenzberuf gleichgestellt.',
        '**Teilweise Gleichwertigkeit** – wesentliche Unterschiede werden benannt; bei reglementierten Berufen folgt eine Ausgleichsmaßnahme.',
        '**Keine Gleichwertigkeit** – Beratung zu Alternativen, z. B. Qualifizierung oder Externenprüfung.',
      ),
      h2('Dauer'),
      p(
        'Die zuständige Stelle entscheidet in der Regel innerhalb von drei Monaten, nachdem die Unterlagen vollständig vorliegen. Fehlende Übersetzungen oder Nachweise sind die häufigste Ursache für Verzögerungen.',
      ),
      h2('Beratung'),
      p(
        'Kostenlose Anerkennungsberatung bieten unter anderem die Beratungsstellen im Förderprogramm „Integration durch Qualifizierung (IQ)“. Für Personen im Ausland gibt es die Zentrale Servicestelle Berufsanerkennung (ZSBA).',
      ),
    ),
  },
  {
    title: 'Kosten der Anerkennung: Förderung durch Agentur und Jobcenter',
    categorySlug: 'anerkennung-berufsabschluesse',
    summary:
      'Welche Kosten im Anerkennungsverfahren entstehen und wie sie über das Vermittlungsbudget (§ 44 SGB III) bzw. § 16 SGB II gefördert werden können.',
    tags: ['anerkennung', 'förderung', 'vermittlungsbudget', 'sgb iii', 'sgb ii'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_ADMIN,
    body: doc(
      h2('Welche Kosten entstehen?'),
      p(
        'Anerkennungsverfahren sind gebührenpflichtig. Hinzu kommen Kosten für Übersetzungen, Beglaubigungen und gegebenenfalls Gutachten. Für viele Kundinnen und Kunden sind diese Kosten eine echte Hürde.',
      ),
      table(
        ['Kostenart', 'Mögliche Förderung', 'Hinweis'],
        [
          [
            'Gebühren der zuständigen Stelle',
            'Vermittlungsbudget (§ 44 SGB III), im SGB II über § 16 Abs. 1 SGB II',
            'Vor Antragstellung klären',
          ],
          ['Übersetzungen und Beglaubigungen', 'Vermittlungsbudget', 'Nur beeidigte Übersetzungen, wenn gefordert'],
          ['Fahrtkosten zur Kenntnisprüfung', 'Vermittlungsbudget', 'Nachweise aufbewahren'],
          [
            'Ausgleichsmaßnahmen, Anpassungsqualifizierung',
            'Förderung beruflicher Weiterbildung, ggf. Programme des Bundes',
            'Träger mit Zulassung nach AZAV',
          ],
        ],
      ),
      callout(
        'warning',
        p(
          'Die Förderung muss **vor** dem Entstehen der Kosten beantragt werden. Nachträglich eingereichte Rechnungen können in der Regel nicht übernommen werden.',
        ),
      ),
      h2('Ablauf'),
      ol(
        'Im Beratungsgespräch klären, ob die Anerkennung für die Vermittlung notwendig oder förderlich ist.',
        'Kostenvoranschlag der zuständigen Stelle und Angebote für Übersetzungen einholen lassen.',
        'Förderentscheidung nach pflichtgemäßem Ermessen treffen und dokumentieren.',
        'Bewilligung aushändigen und auf Abrechnungsweg hinweisen.',
        'Nach dem Bescheid der zuständigen Stelle: Ergebnis besprechen und nächste Schritte planen.',
      ),
      h2('Weitere Finanzierungsmöglichkeiten'),
      ul(
        'Anerkennungszuschuss des Bundes für Personen ohne andere Fördermöglichkeit (Verfügbarkeit aktuell prüfen).',
        'Landesprogramme und Stipendien, z. B. für Gesundheitsberufe.',
        'Beteiligung von Arbeitgebern, die eine Fachkraft einstellen möchten.',
      ),
      p('Informationen zur Finanzierung: [anerkennung-in-deutschland.de](https://www.anerkennung-in-deutschland.de).'),
      h2('Beispiel'),
      p(
        'Ein Elektroingenieur aus einem Drittstaat möchte als Elektroniker arbeiten. Die Fachkraft im Jobcenter klärt mit ihm, dass eine Anerkennung bei der Handwerkskammer die Vermittlungschancen deutlich verbessert. Er legt einen Kostenvoranschlag für Gebühren und Übersetzungen vor; das Jobcenter bewilligt die Übernahme vor Antragstellung. Nach dem Bescheid mit teilweiser Gleichwertigkeit folgt eine Anpassungsqualifizierung.',
      ),
    ),
  },
  {
    title: 'Ausgleichsmaßnahmen und Anpassungsqualifizierung begleiten',
    categorySlug: 'anerkennung-berufsabschluesse',
    summary:
      'Was nach einem Bescheid mit teilweiser Gleichwertigkeit passiert: Anpassungslehrgang, Kenntnisprüfung, Qualifizierung und Aufenthalt nach § 16d AufenthG.',
    tags: ['anerkennung', 'anpassungsqualifizierung', 'kenntnisprüfung', 'pflege', 'aufenthg'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_BCA_ULM,
    body: doc(
      h2('Ausgangslage'),
      p(
        'Stellt die zuständige Stelle wesentliche Unterschiede fest, ist der Weg zur vollen Anerkennung nicht zu Ende. Bei reglementierten Berufen können die Unterschiede durch eine **Ausgleichsmaßnahme** ausgeglichen werden. Bei nicht reglementierten Berufen hilft eine **Anpassungsqualifizierung**, die Lücken zu schließen und einen erneuten Antrag zu stellen.',
      ),
      h2('Ausgleichsmaßnahmen im Vergleich'),
      table(
        ['Maßnahme', 'Inhalt', 'Geeignet für'],
        [
          [
            'Anpassungslehrgang',
            'Praxisphase mit theoretischem Unterricht, endet mit Abschlussgespräch',
            'Personen mit Berufserfahrung, die praktisch lernen möchten',
          ],
          [
            'Kenntnisprüfung',
            'Mündlich-praktische Prüfung zu den festgestellten Unterschieden',
            'Personen, die sich gezielt vorbereiten können',
          ],
          [
            'Eignungsprüfung',
            'Prüfung für Personen aus EU/EWR-Staaten in bestimmten Berufen',
            'Berufsqualifikationen aus der EU',
          ],
        ],
      ),
      h2('Begleitung durch Agentur und Jobcenter'),
      ol(
        'Bescheid gemeinsam lesen und die benannten Unterschiede verstehen.',
        'Passende Maßnahme und Anbieter recherchieren (IQ-Netzwerk, Bildungsträger, Kliniken).',
        'Finanzierung klären, z. B. über die Förderung beruflicher Weiterbildung.',
        'Sprachförderung parallel planen – für Gesundheitsberufe oft ein Fachsprachkurs.',
        'Beschäftigung in Anerkennungspartnerschaft oder als Hilfskraft prüfen, um Einkommen zu sichern.',
      ),
      callout(
        'info',
        p(
          'Für Menschen aus dem Ausland ermöglicht § 16d AufenthG einen Aufenthalt für Maßnahmen zur Anerkennung. Fragen zum Aufenthalt klärt die Ausländerbehörde.',
        ),
      ),
      h2('Praxisbeispiel Pflege'),
      p(
        'Eine Pflegefachkraft aus einem Drittstaat erhält einen Bescheid mit Defiziten in der Altenpflege. Sie entscheidet sich für einen Anpassungslehrgang in einer Pflegeeinrichtung, arbeitet dort parallel als Pflegehilfskraft und besucht einen Berufssprachkurs Gesundheitsfachberufe. Nach elf Monaten erhält sie die Erlaubnis zum Führen der Berufsbezeichnung.',
      ),
      h2('Wichtig für die Planung'),
      ul(
        'Plätze in Anpassungslehrgängen und Prüfungstermine sind knapp – früh anfragen.',
        'Die Vorbereitung auf eine Kenntnisprüfung braucht Zeit und gute Fachsprachkenntnisse.',
        'Einkommen während der Maßnahme sichern, etwa durch Beschäftigung als Hilfskraft.',
      ),
    ),
  },
  {
    title: 'Checkliste: Anerkennung im Beratungsgespräch ansprechen',
    categorySlug: 'anerkennung-berufsabschluesse',
    summary:
      'Kurze Checkliste für Vermittlungsfachkräfte, um Anerkennungspotenziale früh zu erkennen und die Beratung anzustoßen.',
    tags: ['anerkennung', 'checkliste', 'beratung', 'erstgespräch'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_GOEPPINGEN,
    body: doc(
      h2('Warum früh ansprechen?'),
      p(
        'Viele Zugewanderte arbeiten unter ihrer Qualifikation, weil ihr Abschluss nie geprüft wurde. Je früher die Anerkennung angestoßen wird, desto besser lassen sich Sprachkurs, Anerkennungsverfahren und Vermittlung aufeinander abstimmen.',
      ),
      h2('Checkliste'),
      tasks([
        ['Abschluss im Herkunftsland erfragt (Ausbildung, Studium, Dauer, Praxisanteil)', false],
        ['Berufserfahrung nach dem Abschluss erfasst', false],
        ['Vorhandene Dokumente geklärt: Originale, Kopien, Übersetzungen', false],
        ['Referenzberuf im Anerkennungs-Finder recherchiert', false],
        ['Reglementierter Beruf? Dann Anerkennung für die Berufsausübung nötig', false],
        ['Anerkennungsberatung (z. B. IQ-Beratungsstelle) vermittelt', false],
        ['Finanzierung der Kosten besprochen, Antrag vor Kostenentstehung', false],
        ['Wiedervorlage für das Ergebnis gesetzt', false],
      ]),
      h2('Typische Fragen der Kundinnen und Kunden'),
      h3('„Ich habe meine Zeugnisse nicht mehr.“'),
      p(
        'Auch ohne vollständige Unterlagen ist eine Anerkennung möglich. Unter bestimmten Voraussetzungen kann die zuständige Stelle eine Qualifikationsanalyse durchführen, etwa durch Arbeitsproben oder Fachgespräche.',
      ),
      h3('„Lohnt sich das für mich?“'),
      p(
        'Eine Anerkennung kann zu besser bezahlten Stellen führen und ist in reglementierten Berufen Voraussetzung. Die Beratungsstelle hilft bei der Einschätzung.',
      ),
      callout('success', p('Tipp: Das Merkblatt „Anerkennung von Ihrem Beruf“ in Leichter Sprache mitgeben.')),
      h2('Wer berät wozu?'),
      p(
        'Vermittlungsfachkräfte erkennen das Potenzial und stoßen den Prozess an. Die inhaltliche Anerkennungsberatung – welcher Referenzberuf, welche Unterlagen, welche Stelle – übernehmen spezialisierte Beratungsstellen, zum Beispiel im IQ-Netzwerk. Die Entscheidung trifft die zuständige Stelle. Diese Arbeitsteilung entlastet die Teams und sorgt für fundierte Auskünfte.',
      ),
    ),
  },
  {
    title: 'Maßnahmen zur Aktivierung und beruflichen Eingliederung für Zugewanderte',
    categorySlug: 'qualifizierungsangebote',
    summary:
      'Überblick über Maßnahmen nach § 45 SGB III mit Sprachanteil, Zugang über den Aktivierungs- und Vermittlungsgutschein und regionale Beispielangebote.',
    tags: ['qualifizierung', 'avgs', 'sgb iii', 'maßnahmen', 'geflüchtete'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_ESSLINGEN,
    body: doc(
      h2('Rechtsgrundlage'),
      p(
        'Maßnahmen zur Aktivierung und beruflichen Eingliederung nach § 45 SGB III unterstützen dabei, Vermittlungshemmnisse abzubauen und an den Arbeitsmarkt heranzuführen. Im Rechtskreis SGB II ist der Zugang über § 16 Abs. 1 SGB II eröffnet. Der Zugang erfolgt per Zuweisung oder mit einem Aktivierungs- und Vermittlungsgutschein (AVGS).',
      ),
      h2('Regionale Beispielangebote'),
      callout('warning', p('**Beispieldaten:** Die folgenden Anbieter und Angebote sind erfunden.')),
      table(
        ['Angebot', 'Träger', 'Inhalt', 'Dauer', 'Sprachniveau'],
        [
          [
            'Perspektive Handwerk',
            'Bildungswerk Muster e. V.',
            'Praxiserprobung in Werkstätten, Fachsprache',
            '12 Wochen',
            'ab A2',
          ],
          [
            'Pflege kennenlernen',
            'Fachschule Beispiel Pflege',
            'Orientierung in Pflegeberufen, Praktikum',
            '8 Wochen',
            'ab A2',
          ],
          [
            'Coaching Berufseinstieg',
            'Lernweg Akademie gGmbH',
            'Einzelcoaching, Bewerbung, Arbeitgeberkontakte',
            'bis 3 Monate',
            'ab B1',
          ],
          [
            'Frauen starten durch',
            'Frauentreff International e. V. mit Partnerträger',
            'Teilzeitmaßnahme mit Kinderbetreuung',
            '16 Wochen',
            'ab A2',
          ],
        ],
      ),
      h2('Worauf achten?'),
      ul(
        'Sprachniveau realistisch einschätzen – zu hohe Anforderungen führen zu Abbrüchen.',
        'Maßnahmen mit Sprachkursen zeitlich abstimmen; Überschneidungen vermeiden.',
        'Teilzeitangebote für Eltern und Pflegende gezielt nutzen.',
        'Nach der Maßnahme zeitnah ein Auswertungsgespräch führen.',
      ),
      h2('Ablauf AVGS'),
      ol(
        'Bedarf im Gespräch feststellen und Ziel festlegen.',
        'AVGS ausstellen und erklären, wie man einen Anbieter auswählt.',
        'Kundin oder Kunde sucht sich einen zugelassenen Anbieter und löst den Gutschein ein.',
        'Rückmeldung des Trägers und Ergebnis im Folgegespräch auswerten.',
      ),
      p(
        'Angebote lassen sich in der Maßnahmensuche der BA recherchieren: [arbeitsagentur.de](https://www.arbeitsagentur.de).',
      ),
      h2('Beispiel aus der Praxis'),
      p(
        'Ein junger Mann aus Afghanistan mit Sprachniveau A2 möchte im Handwerk arbeiten, hat aber keine Vorstellung vom deutschen Ausbildungssystem. Über einen AVGS nimmt er an „Perspektive Handwerk“ teil, lernt drei Gewerke kennen und absolviert ein Praktikum in einem Sanitärbetrieb. Der Betrieb bietet ihm anschließend eine Einstiegsqualifizierung an, parallel besucht er einen Berufssprachkurs.',
      ),
    ),
  },
  {
    title: 'Teilqualifizierung und Umschulung für Zugewanderte',
    categorySlug: 'qualifizierungsangebote',
    summary:
      'Wie Teilqualifizierungen und Umschulungen nach § 81 SGB III Zugewanderten ohne anerkannten Abschluss einen Weg zum Berufsabschluss eröffnen.',
    tags: ['qualifizierung', 'teilqualifizierung', 'umschulung', 'bildungsgutschein', 'sgb iii'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_BCA_ULM,
    body: doc(
      h2('Ausgangslage'),
      p(
        'Viele Zugewanderte bringen Berufserfahrung, aber keinen formalen oder anerkannten Abschluss mit. Eine vollständige Umschulung ist nicht für alle sofort realistisch – etwa wegen der Sprache, der Familie oder des Einkommens. **Teilqualifizierungen (TQ)** teilen einen Ausbildungsberuf in Module, die Schritt für Schritt absolviert werden können.',
      ),
      h2('Förderung'),
      p(
        'Teilqualifizierungen und Umschulungen können als berufliche Weiterbildung nach § 81 SGB III mit einem Bildungsgutschein gefördert werden, im SGB II über § 16 Abs. 1 SGB II. Die Träger und Maßnahmen müssen nach der AZAV zugelassen sein.',
      ),
      h2('Beispiel: Teilqualifizierung im Lager'),
      table(
        ['Modul', 'Inhalt', 'Dauer (Beispiel)'],
        [
          ['TQ 1', 'Waren annehmen und prüfen', 'ca. 2 Monate'],
          ['TQ 2', 'Waren lagern, Bestände pflegen', 'ca. 2 Monate'],
          ['TQ 3', 'Kommissionieren und verpacken', 'ca. 2 Monate'],
          ['TQ 4', 'Versand und Logistikprozesse', 'ca. 2 Monate'],
          ['Abschluss', 'Externenprüfung vor der zuständigen Kammer', '–'],
        ],
      ),
      callout(
        'note',
        p(
          'Modulzuschnitt und Dauer unterscheiden sich je nach Beruf und Anbieter. Die Tabelle zeigt ein vereinfachtes Beispiel.',
        ),
      ),
      h2('Erfolgsfaktoren'),
      ul(
        'Berufsbezogene Sprachförderung parallel oder vorgeschaltet einplanen.',
        'Module mit Beschäftigung kombinieren – viele Arbeitgeber unterstützen berufsbegleitende TQ.',
        'Lernbegleitung und Prüfungsvorbereitung einfordern.',
        'Erreichte Module dokumentieren, damit spätere Anschlüsse möglich bleiben.',
      ),
      h2('Umschulung'),
      p(
        'Eine Umschulung führt in verkürzter Zeit zum vollen Berufsabschluss. Für Zugewanderte mit gutem Sprachniveau (in der Regel mindestens B1, besser B2) ist sie eine echte Alternative zur Helfertätigkeit. Vorschaltmaßnahmen mit Sprach- und Mathematikförderung erhöhen die Erfolgschancen.',
      ),
      h2('Arbeitgeber einbinden'),
      p(
        'Viele Betriebe suchen Fachkräfte und sind offen für berufsbegleitende Teilqualifizierungen. Der Arbeitgeber-Service kann passende Betriebe ansprechen und Fördermöglichkeiten für Beschäftigte erläutern.',
      ),
    ),
  },
];
