import { callout, doc, h2, h3, image, ol, p, table, tasks, ul } from '../doc-builders';
import type { DemoArticle } from '../types';
import { OWNER_ADMIN, OWNER_BCA_ULM, OWNER_IKB_ESSLINGEN, OWNER_IKB_GOEPPINGEN } from './owners';

export const kundenleitsystemArticles: DemoArticle[] = [
  {
    title: 'Eingangszone mehrsprachig und verständlich gestalten',
    categorySlug: 'eingangszone',
    summary:
      'Bausteine für ein Kundenleitsystem, das auch Menschen ohne Deutschkenntnisse sicher durch die Eingangszone von Agentur und Jobcenter führt.',
    tags: ['kundenleitsystem', 'eingangszone', 'mehrsprachig', 'barrierefreiheit'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_ADMIN,
    body: doc(
      h2('Warum die Eingangszone entscheidend ist'),
      p(
        'Der erste Eindruck prägt, wie Kundinnen und Kunden die Dienststelle erleben. Wer Schilder nicht lesen kann und nicht weiß, wo er sich anmelden soll, verlässt das Haus im schlimmsten Fall wieder – und der Termin platzt. Ein gutes Kundenleitsystem setzt deshalb auf wenige, klare Botschaften, Piktogramme und ausgewählte Sprachen.',
      ),
      h2('Bausteine im Überblick'),
      table(
        ['Baustein', 'Umsetzung', 'Aufwand'],
        [
          ['Begrüßungsschild', '„Willkommen“ in den häufigsten Sprachen der Region', 'gering'],
          ['Wegeleitung', 'Farbleitsystem am Boden, Piktogramme an Türen', 'mittel'],
          ['Anmeldung', 'Gut sichtbarer Empfang, Hinweis auf Dolmetschmöglichkeit', 'gering'],
          ['Wartenummernsystem', 'Aufruf mit Nummer und Raum auf dem Bildschirm, nicht nur per Name', 'mittel'],
          ['Informationsständer', 'Flyer in Leichter Sprache und in Herkunftssprachen', 'gering'],
          ['Kinderecke', 'Spielbereich in Sichtweite des Wartebereichs', 'mittel'],
        ],
      ),
      h2('Sprachen auswählen'),
      p(
        'Nicht jede Sprache kann auf jedem Schild stehen. Wählen Sie drei bis fünf Sprachen anhand der Kundenstruktur der Dienststelle. Die Auswahl sollte regelmäßig – etwa jährlich – überprüft werden.',
      ),
      callout(
        'warning',
        p(
          'Übersetzte Schilder immer von einer muttersprachlichen Person prüfen lassen. Fehlerhafte Übersetzungen wirken unprofessionell und können missverstanden werden.',
        ),
      ),
      h2('Personal in der Eingangszone'),
      ul(
        'Kurze Schulung zu Leichter Sprache und interkultureller Kommunikation.',
        'Liste mit Kolleginnen und Kollegen, die weitere Sprachen sprechen (freiwillig, mit Einverständnis).',
        'Karten „Ich spreche …“ zum Zeigen, damit Kundinnen und Kunden ihre Sprache benennen können.',
      ),
      h2('Erfolg messen'),
      ol(
        'Kurze Befragung von Kundinnen und Kunden mit Piktogramm-Bewertung.',
        'Rückmeldungen der Mitarbeitenden in der Eingangszone sammeln.',
        'Anteil nicht wahrgenommener Termine beobachten.',
      ),
      h2('Beispiel Agentur für Arbeit Göppingen'),
      p(
        'Nach einer Begehung mit Mitarbeitenden und zwei Migrantenorganisationen wurden in Göppingen Begrüßungsschilder in fünf Sprachen, Piktogramme an allen Türen und ein Farbleitsystem eingeführt. Der Aufruf erfolgt seitdem nur noch über Wartenummern. Die Mitarbeitenden am Empfang berichten von deutlich weniger Nachfragen nach dem Weg.',
      ),
    ),
  },
  {
    title: 'Standardformulierungen für Aushänge in fünf Sprachen',
    categorySlug: 'eingangszone',
    summary:
      'Geprüfte Kurztexte für Aushänge und Bildschirme in der Eingangszone: Deutsch, Englisch, Türkisch, Ukrainisch und Arabisch.',
    tags: ['kundenleitsystem', 'aushang', 'mehrsprachig', 'übersetzung', 'vorlage'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_GOEPPINGEN,
    body: doc(
      p(
        'Die folgenden Formulierungen werden in der Eingangszone der Agentur für Arbeit Göppingen verwendet. Sie dürfen für Aushänge und Bildschirmtexte übernommen werden.',
      ),
      callout(
        'note',
        p(
          'Vor dem Aushang in der eigenen Dienststelle bitte kurz von einer muttersprachlichen Person gegenlesen lassen – regionale Unterschiede sind möglich.',
        ),
      ),
      h2('Formulierungen'),
      table(
        ['Deutsch', 'Englisch', 'Türkisch', 'Ukrainisch', 'Arabisch'],
        [
          ['Herzlich willkommen!', 'Welcome!', 'Hoş geldiniz!', 'Ласкаво просимо!', 'أهلاً وسهلاً!'],
          [
            'Bitte melden Sie sich am Empfang.',
            'Please register at the reception.',
            'Lütfen danışmaya başvurun.',
            'Будь ласка, зверніться на рецепцію.',
            'يرجى التوجه إلى مكتب الاستقبال.',
          ],
          [
            'Bitte ziehen Sie eine Wartenummer.',
            'Please take a waiting number.',
            'Lütfen bir sıra numarası alın.',
            'Будь ласка, візьміть номер черги.',
            'يرجى سحب رقم انتظار.',
          ],
          [
            'Bitte warten Sie, bis Ihre Nummer aufgerufen wird.',
            'Please wait until your number is called.',
            'Lütfen numaranız çağrılana kadar bekleyin.',
            'Будь ласка, зачекайте, доки викличуть ваш номер.',
            'يرجى الانتظار حتى يتم استدعاء رقمك.',
          ],
          [
            'Sie brauchen einen Dolmetscher? Sagen Sie es uns.',
            'Do you need an interpreter? Please tell us.',
            'Tercümana mı ihtiyacınız var? Lütfen bize söyleyin.',
            'Вам потрібен перекладач? Скажіть нам, будь ласка.',
            'هل تحتاج إلى مترجم؟ من فضلك أخبرنا.',
          ],
          [
            'Bitte halten Sie Ihren Ausweis bereit.',
            'Please have your ID ready.',
            'Lütfen kimliğinizi hazır bulundurun.',
            'Будь ласка, підготуйте документ, що посвідчує особу.',
            'يرجى تجهيز بطاقة الهوية.',
          ],
        ],
      ),
      h2('Gestaltungshinweise'),
      ul(
        'Deutsch immer zuerst und am größten, weitere Sprachen darunter.',
        'Arabisch rechtsbündig setzen; auf geeignete Schriftart achten.',
        'Pro Aushang nur eine Botschaft.',
        'Piktogramm ergänzen, z. B. Wartenummer oder Ausweis.',
      ),
      h2('Weitere Sprachen'),
      p(
        'Übersetzungen in Dari, Farsi, Russisch und Tigrinya sind in Vorbereitung. Ergänzungen bitte über die Kommentarfunktion vorschlagen.',
      ),
    ),
  },
  {
    title: 'Piktogramme und Wegeleitung im Kundenleitsystem',
    categorySlug: 'eingangszone',
    summary:
      'Welche Piktogramme sich bewährt haben, wie Farbleitsysteme funktionieren und worauf bei Barrierefreiheit zu achten ist.',
    tags: ['kundenleitsystem', 'piktogramme', 'wegeleitung', 'barrierefreiheit'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_ESSLINGEN,
    body: doc(
      h2('Grundsätze'),
      ul(
        'Ein Piktogramm – eine Bedeutung. Gleiche Symbole im ganzen Haus verwenden.',
        'Piktogramme immer mit kurzem Text kombinieren.',
        'Hohe Kontraste und ausreichende Größe, auch für Menschen mit Sehbeeinträchtigung.',
        'Auf Augenhöhe und an Entscheidungspunkten (Flurkreuzungen, Aufzüge) anbringen.',
      ),
      h2('Bewährte Symbole'),
      ul(
        'Empfang / Anmeldung: Person am Schalter.',
        'Wartebereich: Stuhl mit Uhr.',
        'Wartenummer: Ticket mit Zahl.',
        'Dolmetschen: zwei Sprechblasen.',
        'Kinderecke: Bauklötze.',
        'Barrierefreier Zugang: international bekanntes Rollstuhlsymbol.',
      ),
      image(
        'https://example.org/wissensnetz/demo/piktogramme-eingangszone.png',
        'Beispieltafel mit Piktogrammen für Empfang, Wartebereich, Wartenummer und Dolmetschen',
        'Piktogramm-Tafel (Beispiel)',
      ),
      h2('Farbleitsystem'),
      p(
        'Ein Farbleitsystem ordnet Bereichen feste Farben zu, zum Beispiel Blau für die Eingangszone, Grün für die Berufsberatung und Orange für das Jobcenter. Farbige Linien am Boden führen von der Anmeldung zu den Bereichen. Auf der Wartenummer steht die Farbe des Zielbereichs.',
      ),
      callout(
        'info',
        p(
          'Farbe allein reicht nicht: Etwa jeder zwölfte Mann hat eine Farbsehschwäche. Farben daher immer mit Symbolen oder Buchstaben kombinieren.',
        ),
      ),
      h2('Vorgehen bei der Einführung'),
      ol(
        'Begehung mit Mitarbeitenden und – wenn möglich – Kundinnen und Kunden.',
        'Entscheidungspunkte und Problemstellen markieren.',
        'Symbole und Farben festlegen, mit der Schwerbehindertenvertretung abstimmen.',
        'Testphase von vier Wochen, danach Anpassung.',
      ),
      h3('Tipp'),
      p('Fotos der Beschilderung im Wissensnetz ablegen, damit andere Dienststellen davon lernen können.'),
      h2('Häufige Fehler'),
      ul(
        'Selbst gestaltete Symbole, die nur intern verständlich sind.',
        'Zu viele Schilder an einer Stelle – die wichtige Information geht unter.',
        'Veraltete Beschilderung nach Umzügen von Teams.',
      ),
    ),
  },
  {
    title: 'Dolmetschen und Sprachmittlung: Wege im Überblick',
    categorySlug: 'dolmetschen-verstaendigung',
    summary:
      'Wann eine Sprachmittlung nötig ist, welche Wege (vor Ort, Telefon, Video) es gibt und wie ein gedolmetschtes Gespräch gelingt.',
    tags: ['dolmetschen', 'sprachmittlung', 'verständigung', 'kundenleitsystem'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_BCA_ULM,
    body: doc(
      h2('Rechtlicher Rahmen'),
      p(
        'Die Amtssprache ist Deutsch (§ 19 SGB X). Gleichzeitig müssen Beratung und Vermittlung so gestaltet sein, dass Kundinnen und Kunden sie verstehen. Bei wichtigen Gesprächen – etwa zu Rechten und Pflichten, Leistungen, Eingliederungsvereinbarungen oder Kooperationspläne – sollte deshalb eine qualifizierte Sprachmittlung genutzt werden.',
      ),
      h2('Möglichkeiten'),
      table(
        ['Weg', 'Geeignet für', 'Vorteile', 'Nachteile'],
        [
          [
            'Dolmetschen vor Ort',
            'Lange und schwierige Gespräche',
            'Persönlich, Mimik und Gestik sichtbar',
            'Planung nötig, nicht für alle Sprachen kurzfristig',
          ],
          [
            'Telefondolmetschen',
            'Kurze Anliegen, Eingangszone',
            'Schnell verfügbar, viele Sprachen',
            'Ohne Blickkontakt, Technik nötig',
          ],
          [
            'Videodolmetschen',
            'Beratungsgespräche mittlerer Länge',
            'Mimik sichtbar, flexibel',
            'Stabile Verbindung und Gerät nötig',
          ],
          [
            'Mehrsprachige Kolleginnen und Kollegen',
            'Kurze Orientierung',
            'Sofort verfügbar',
            'Freiwillig, keine Rechtsberatung, Rollenkonflikte möglich',
          ],
        ],
      ),
      callout(
        'warning',
        p(
          'Kinder sollen **nicht** dolmetschen. Auch Angehörige sind bei sensiblen Themen keine geeignete Sprachmittlung.',
        ),
      ),
      h2('So gelingt das Gespräch'),
      ol(
        'Vorab kurz mit der Sprachmittlung das Ziel des Gesprächs besprechen.',
        'Direkt mit der Kundin oder dem Kunden sprechen, nicht mit der Sprachmittlung.',
        'Kurze Sätze, Fachbegriffe erklären, Pausen zum Übersetzen lassen.',
        'Am Ende das Verständnis prüfen: die wichtigsten Punkte zusammenfassen lassen.',
        'Einsatz der Sprachmittlung in der Akte dokumentieren.',
      ),
      h2('Buchung'),
      p(
        'Die Buchung erfolgt über die in der Dienststelle festgelegten Wege. Ansprechpersonen sind die IKB und die Teamleitungen. Kurzfristige Telefon- oder Videodolmetschungen sind in der Regel auch am selben Tag möglich.',
      ),
      h2('Kulturelle Aspekte'),
      p(
        'Manche Themen – etwa Gesundheit, Familie oder Geld – sind in vielen Kulturen besonders sensibel. Fragen Sie, ob die Person eine Sprachmittlerin oder einen Sprachmittler eines bestimmten Geschlechts bevorzugt. Achten Sie darauf, dass die Sprachmittlung neutral bleibt und nicht selbst berät.',
      ),
    ),
  },
  {
    title: 'Verständigung ohne Dolmetscher: Hilfsmittel im Kundenkontakt',
    categorySlug: 'dolmetschen-verstaendigung',
    summary:
      'Praktische Hilfsmittel für kurze Kontakte ohne Sprachmittlung – von Zeigekarten bis zu Übersetzungs-Apps – und ihre Grenzen.',
    tags: ['verständigung', 'hilfsmittel', 'datenschutz', 'einfache sprache', 'kundenleitsystem'],
    status: 'PUBLISHED',
    visibility: 'INTERNAL',
    ownerEmail: OWNER_IKB_GOEPPINGEN,
    body: doc(
      h2('Wann reichen Hilfsmittel?'),
      p(
        'Für kurze Anliegen in der Eingangszone – Termin verschieben, Unterlagen abgeben, Weg erklären – reichen oft einfache Hilfsmittel. Für Beratungsgespräche, Rechte und Pflichten oder Leistungsfragen ersetzen sie keine Sprachmittlung.',
      ),
      h2('Bewährte Hilfsmittel'),
      ul(
        '**Zeigekarten** mit Piktogrammen und Kurzsätzen in mehreren Sprachen.',
        '**Sprachkarte** „Welche Sprache sprechen Sie?“ mit Flaggen-freien Sprachbezeichnungen in Originalschrift.',
        '**Einfache Sprache**: langsam sprechen, kurze Sätze, Zahlen aufschreiben.',
        '**Schriftliche Zusammenfassung** des Termins zum Mitnehmen, damit Angehörige oder Beratungsstellen helfen können.',
        '**Übersetzungs-Apps** nur auf dienstlichen Geräten und nur ohne personenbezogene Daten.',
      ),
      callout(
        'warning',
        p(
          'Keine Namen, Kundennummern, Gesundheitsdaten oder Bescheidinhalte in frei verfügbare Online-Übersetzer eingeben. Dienstliche Vorgaben zum Einsatz von Übersetzungswerkzeugen beachten.',
        ),
      ),
      h2('Checkliste für den Empfang'),
      tasks([
        ['Zeigekarten und Sprachkarte griffbereit', true],
        ['Aktuelle Aushänge in den Hauptsprachen vorhanden', true],
        ['Nummer für Telefondolmetschen am Platz hinterlegt', false],
        ['Merkblätter in Leichter Sprache nachgefüllt', false],
      ]),
      h2('Flaggen vermeiden'),
      p(
        'Sprachen lassen sich nicht mit Flaggen gleichsetzen: Arabisch wird in vielen Ländern gesprochen, in vielen Ländern werden mehrere Sprachen gesprochen. Flaggen können zudem politische Gefühle auslösen. Besser: den Namen der Sprache in der eigenen Schrift, z. B. „Українська“, „Türkçe“ oder „العربية“.',
      ),
      h2('Einfache Sprache im Gespräch'),
      ul(
        'Statt „Bitte reichen Sie die Unterlagen nach.“ besser: „Bitte bringen Sie das Papier bis Freitag.“',
        'Statt „Ihr Termin wurde verlegt.“ besser: „Ihr Termin ist jetzt am Montag um 10 Uhr.“',
        'Wichtige Angaben (Datum, Uhrzeit, Raum) immer zusätzlich aufschreiben.',
      ),
    ),
  },
];
