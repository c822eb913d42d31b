import { callout, doc, h2, ol, p, table, ul } from './doc-builders';
import type { DocNode } from './types';

/** A language version of a demo article (see server/src/language-versions). */
export interface DemoLanguageVersion {
  /** Title of the source in demoArticles. */
  sourceTitle: string;
  variant: 'LEICHTE_SPRACHE' | 'EINFACHE_SPRACHE' | 'TRANSLATION';
  /** For translations. */
  language?: string;
  title: string;
  summary: string;
  body: DocNode;
}

/** Sources of the demo versions. */
export const INTEGRATIONSKURS = 'Integrationskurs: Überblick über Kursarten und Zugang';
export const BERUFSSPRACHKURSE = 'Berufssprachkurse (DeuFöV): Module und Zugang';
export const BESCHAEFTIGUNGSDULDUNG = 'Beschäftigungsduldung: Voraussetzungen und Rolle der Arbeitsverwaltung';
export const ARBEITSMARKTZULASSUNG = 'Arbeitsmarktzulassung: Zustimmung der Bundesagentur für Arbeit';
export const DOLMETSCHEN = 'Dolmetschen und Sprachmittlung: Wege im Überblick';

/**
 * A later addition to a source, made after its versions: the demo then shows
 * "Quelle geändert seit dieser Version" with the diff on those versions.
 */
export const demoSourceChanges: { sourceTitle: string; append: DocNode[] }[] = [
  {
    sourceTitle: INTEGRATIONSKURS,
    append: [
      h2('Kurse in der Region finden'),
      p(
        'Freie Plätze und Kurstermine in der Nähe zeigt der Kursfinder des BAMF: [BAMF-NAvI](https://bamf-navi.bamf.de). Drucken Sie die Trefferliste bei Bedarf für das Gespräch aus.',
      ),
    ],
  },
];

const leichteSprache: DemoLanguageVersion[] = [
  {
    sourceTitle: INTEGRATIONSKURS,
    variant: 'LEICHTE_SPRACHE',
    title: 'Der Integrations·kurs',
    summary: 'Was ist der Integrations·kurs? Wer darf mit·machen? Was kostet der Kurs?',
    body: doc(
      h2('Was ist der Integrations·kurs?'),
      p('Der Integrations·kurs ist ein Kurs für Menschen aus anderen Ländern.'),
      p('Der Kurs hat 2 Teile.'),
      ul(
        'Im Sprach·kurs lernen Sie Deutsch.',
        'Im Orientierungs·kurs lernen Sie etwas über Deutschland. Zum Beispiel über die Gesetze und die Geschichte.',
      ),
      h2('Welche Kurse gibt es?'),
      p('Es gibt verschiedene Kurse.'),
      ul(
        'Einen Kurs für alle Erwachsenen.',
        'Einen schnellen Kurs für Menschen, die gut lernen können.',
        'Einen Kurs für junge Menschen bis 27 Jahre.',
        'Einen Kurs für Eltern und für Frauen. Oft gibt es dort eine Betreuung für die Kinder.',
        'Einen Kurs für Menschen, die noch lesen und schreiben lernen.',
      ),
      h2('Die Prüfung'),
      p('Am Ende vom Kurs gibt es 2 Prüfungen.'),
      p('Sie zeigen: So gut können Sie Deutsch. Und das wissen Sie über Deutschland.'),
      p('Sie haben beide Prüfungen gut gemacht? Dann bekommen Sie ein Zeugnis.'),
      h2('Wer darf mit·machen?'),
      ul(
        'Die Ausländer·behörde sagt: Sie dürfen mit·machen.',
        'Das Job·center sagt: Sie müssen mit·machen.',
        'Sie fragen beim Bundes·amt für Migration. Das Amt sagt: Es gibt noch Plätze für Sie.',
      ),
      h2('Was kostet der Kurs?'),
      p('Sie bezahlen für jede Stunde einen kleinen Betrag.'),
      p('Sie bekommen Bürger·geld? Dann können Sie den Kurs oft umsonst machen.'),
      p('Fragen Sie danach.'),
      callout('info', p('Sie haben Fragen?'), p('Sprechen Sie mit Ihrer Beraterin oder mit Ihrem Berater.')),
    ),
  },
  {
    sourceTitle: BERUFSSPRACHKURSE,
    variant: 'LEICHTE_SPRACHE',
    title: 'Deutsch lernen für den Beruf',
    summary: 'Der Berufs·sprach·kurs hilft Ihnen bei der Arbeit und in der Ausbildung.',
    body: doc(
      h2('Was ist ein Berufs·sprach·kurs?'),
      p('Im Berufs·sprach·kurs lernen Sie Deutsch für die Arbeit.'),
      p('Der Kurs kommt nach dem Integrations·kurs.'),
      p('Sie lernen zum Beispiel:'),
      ul('Gespräche mit Kollegen führen.', 'E-Mails schreiben.', 'Wörter für Ihren Beruf.'),
      h2('Welche Kurse gibt es?'),
      table(
        ['Sie können jetzt', 'Sie lernen im Kurs'],
        [
          ['ein bisschen Deutsch (A2)', 'besser Deutsch (B1)'],
          ['gut Deutsch (B1)', 'sehr gut Deutsch (B2)'],
          ['sehr gut Deutsch (B2)', 'Deutsch wie im Studium (C1)'],
        ],
      ),
      p('Es gibt auch Kurse für bestimmte Berufe.'),
      p('Zum Beispiel für die Pflege oder für den Verkauf.'),
      h2('Die Prüfung'),
      p('Am Ende vom Kurs machen Sie eine Prüfung.'),
      p('Die Prüfung heißt: Deutsch·test für den Beruf.'),
      h2('Wer darf mit·machen?'),
      ul(
        'Sie suchen Arbeit? Dann fragen Sie bei der Agentur für Arbeit oder beim Job·center.',
        'Sie haben schon Arbeit? Oder Sie machen eine Ausbildung? Dann fragen Sie direkt beim Kurs·anbieter.',
      ),
      h2('Was kostet der Kurs?'),
      p('Sie suchen Arbeit? Dann ist der Kurs umsonst.'),
      p('Sie verdienen viel Geld? Dann bezahlen Sie einen Teil selbst.'),
      callout('success', p('Sie können den Kurs auch am Abend machen.'), p('So können Sie arbeiten und lernen.')),
    ),
  },
  {
    sourceTitle: BESCHAEFTIGUNGSDULDUNG,
    variant: 'LEICHTE_SPRACHE',
    title: 'Arbeiten mit einer Duldung',
    summary: 'Sie haben eine Duldung und Arbeit? Dann können Sie vielleicht länger bleiben.',
    body: doc(
      h2('Worum geht es?'),
      p('Sie haben eine Duldung.'),
      p('Sie arbeiten schon lange in Deutschland.'),
      p('Sie verdienen Ihr Geld selbst.'),
      p('Dann bekommen Sie vielleicht eine Beschäftigungs·duldung.'),
      p('Dann dürfen Sie länger in Deutschland bleiben und arbeiten.'),
      p('Für Menschen in einer Ausbildung gibt es die Ausbildungs·duldung.'),
      callout(
        'warning',
        p('Die Ausländer·behörde entscheidet.'),
        p('Die Agentur für Arbeit und das Job·center entscheiden das nicht.'),
      ),
      h2('Das ist wichtig'),
      ul(
        'Die Behörde weiß, wer Sie sind. Zum Beispiel durch Ihren Pass.',
        'Sie arbeiten schon lange bei einer Firma.',
        'Sie verdienen genug Geld zum Leben.',
        'Sie können Deutsch sprechen.',
      ),
      h2('So helfen wir Ihnen'),
      ol(
        'Wir helfen Ihnen, Ihre Arbeit zu behalten.',
        'Wir helfen Ihnen, einen Deutsch·kurs zu finden.',
        'Sie brauchen eine Bescheinigung von uns? Dann fragen Sie uns.',
        'Wir sagen Ihnen, wo es Beratung gibt.',
      ),
      h2('Das bringen Sie zur Beratung mit'),
      ul('Ihren Arbeits·vertrag.', 'Ihre Lohn·abrechnungen.', 'Ihre Duldung.'),
    ),
  },
  {
    sourceTitle: ARBEITSMARKTZULASSUNG,
    variant: 'LEICHTE_SPRACHE',
    title: 'Darf ich in Deutschland arbeiten?',
    summary: 'So sehen Sie auf Ihrem Dokument: Das dürfen Sie.',
    body: doc(
      h2('Ihr Dokument zeigt es'),
      p('Sie haben ein Dokument von der Ausländer·behörde.'),
      p('Auf dem Dokument steht: Dürfen Sie arbeiten?'),
      table(
        ['Auf Ihrem Dokument steht', 'Das heißt'],
        [
          ['Erwerbs·tätigkeit erlaubt', 'Sie dürfen jede Arbeit machen.'],
          [
            'Beschäftigung nur mit Erlaubnis der Ausländer·behörde',
            'Sie haben eine Stelle gefunden? Dann fragen Sie zuerst die Ausländer·behörde.',
          ],
          ['Beschäftigung nur als … bei Firma …', 'Sie dürfen nur diese Arbeit machen. Bei dieser Firma.'],
          ['Erwerbs·tätigkeit nicht erlaubt', 'Sie dürfen im Moment nicht arbeiten.'],
        ],
      ),
      h2('Manchmal fragt die Ausländer·behörde uns'),
      p('Die Ausländer·behörde fragt dann die Bundes·agentur für Arbeit.'),
      p('Wir prüfen zum Beispiel: Bekommen Sie den richtigen Lohn?'),
      p('Dann sagen wir der Ausländer·behörde: Ja oder Nein.'),
      callout('info', p('Sie wollen die Stelle wechseln?'), p('Fragen Sie vorher die Ausländer·behörde.')),
    ),
  },
  {
    sourceTitle: DOLMETSCHEN,
    variant: 'LEICHTE_SPRACHE',
    title: 'Hilfe beim Verstehen: Dolmetscher',
    summary: 'Sie verstehen wenig Deutsch? Dann hilft Ihnen ein Dolmetscher im Gespräch.',
    body: doc(
      h2('Gute Gespräche sind wichtig'),
      p('Bei uns sprechen wir Deutsch.'),
      p('Aber Sie sollen alles gut verstehen.'),
      p('Bei wichtigen Gesprächen holen wir deshalb einen Dolmetscher.'),
      p('Ein Dolmetscher übersetzt alles in Ihre Sprache.'),
      h2('So kann der Dolmetscher helfen'),
      ul(
        'Der Dolmetscher kommt zu Ihrem Termin.',
        'Der Dolmetscher hilft am Telefon.',
        'Der Dolmetscher hilft per Video.',
      ),
      h2('Das ist wichtig'),
      ul(
        'Der Dolmetscher sagt alles weiter. Er lässt nichts weg.',
        'Der Dolmetscher erzählt niemandem von Ihrem Gespräch.',
        'Der Dolmetscher kostet Sie kein Geld.',
      ),
      callout('info', p('Sie brauchen einen Dolmetscher?'), p('Sagen Sie es uns vor dem Termin.')),
    ),
  },
];

const translations: DemoLanguageVersion[] = [
  {
    sourceTitle: INTEGRATIONSKURS,
    variant: 'TRANSLATION',
    language: 'ar',
    title: 'دورة الاندماج: أنواع الدورات وطرق الالتحاق',
    summary: 'ما هي دورة الاندماج، وما أنواعها، وكيف تنتهي، ومن يحق له المشاركة فيها.',
    body: doc(
      h2('ما هي دورة الاندماج؟'),
      p(
        'دورة الاندماج هي العرض الأساسي من الحكومة الاتحادية لتعلّم اللغة الألمانية والاندماج في المجتمع. يشرف عليها المكتب الاتحادي للهجرة واللاجئين (BAMF)، وتقدّمها مؤسسات تعليمية معتمدة. تتكوّن من **دورة لغة** هدفها المستوى B1، ومن **دورة توجيهية** عن القانون والتاريخ والثقافة في ألمانيا.',
      ),
      h2('أنواع الدورات'),
      table(
        ['نوع الدورة', 'دورة اللغة (وحدات دراسية)', 'الدورة التوجيهية (وحدات دراسية)', 'الفئة المستهدفة'],
        [
          ['دورة الاندماج العامة', '600', '100', 'العرض العادي للبالغين'],
          ['الدورة المكثّفة', '400', '30', 'لمن يتعلّم بسرعة'],
          ['دورة الاندماج للشباب', '900', '100', 'للشباب حتى سن 27 عامًا'],
          ['دورة الآباء والأمهات والنساء', '900', '100', 'غالبًا مع رعاية للأطفال'],
          ['دورة محو الأمية', '1.200', '100', 'لمن لا يستطيع القراءة والكتابة أو يستطيعها قليلًا'],
        ],
      ),
      h2('الامتحانات'),
      ul(
        'امتحان اللغة: **اختبار اللغة الألمانية للمهاجرين (DTZ)** بنتيجة A2 أو B1.',
        'اختبار الدورة التوجيهية: **الحياة في ألمانيا (LiD)**.',
        'من ينجح في الامتحانين يحصل على «شهادة دورة الاندماج».',
      ),
      h2('طرق الالتحاق بالدورة'),
      ul(
        'الحق في المشاركة: تصدر دائرة الأجانب إذن المشاركة.',
        'الإلزام بالمشاركة: من دائرة الأجانب أو من مركز العمل (Jobcenter) عند الحصول على إعانة المواطن (Bürgergeld).',
        'القبول بناءً على طلب: يمكن تقديم طلب إلى المكتب الاتحادي للهجرة واللاجئين إذا توفرت أماكن.',
      ),
      h2('التكاليف'),
      p('يدفع المشاركون مبلغًا صغيرًا عن كل وحدة دراسية. من يحصل على إعانة المواطن يمكنه تقديم طلب للإعفاء من التكاليف.'),
    ),
  },
  {
    sourceTitle: INTEGRATIONSKURS,
    variant: 'TRANSLATION',
    language: 'fa',
    title: 'دوره ادغام: انواع دوره‌ها و راه‌های شرکت',
    summary: 'دوره ادغام چیست، چه انواعی دارد، چگونه به پایان می‌رسد و چه کسانی می‌توانند در آن شرکت کنند.',
    body: doc(
      h2('دوره ادغام چیست؟'),
      p(
        'دوره ادغام برنامه پایه دولت فدرال برای یادگیری زبان آلمانی و ادغام در جامعه است. اداره فدرال مهاجرت و پناهندگان (BAMF) آن را هدایت می‌کند و آموزشگاه‌های مجاز آن را برگزار می‌کنند. این دوره از یک **دوره زبان** با هدف سطح B1 و یک **دوره آشنایی** با قانون، تاریخ و فرهنگ آلمان تشکیل شده است.',
      ),
      h2('انواع دوره'),
      ul(
        'دوره عمومی ادغام: ۶۰۰ واحد درسی زبان و ۱۰۰ واحد دوره آشنایی.',
        'دوره فشرده: برای کسانی که سریع یاد می‌گیرند.',
        'دوره ادغام جوانان: برای جوانان تا ۲۷ سال.',
        'دوره والدین و زنان: اغلب همراه با نگهداری از کودکان.',
        'دوره سوادآموزی: برای کسانی که خواندن و نوشتن را کم یا اصلاً نمی‌دانند.',
      ),
      h2('آزمون‌ها'),
      ul(
        'آزمون زبان: **آزمون آلمانی برای مهاجران (DTZ)** با نتیجه A2 یا B1.',
        'آزمون دوره آشنایی: **زندگی در آلمان (LiD)**.',
        'هر کس در هر دو آزمون قبول شود، «گواهی دوره ادغام» را دریافت می‌کند.',
      ),
      h2('راه‌های شرکت در دوره'),
      ul(
        'حق شرکت: اداره اتباع خارجی مجوز شرکت را صادر می‌کند.',
        'الزام به شرکت: از طرف اداره اتباع خارجی یا جاب‌سنتر (Jobcenter) هنگام دریافت کمک‌هزینه شهروندی (Bürgergeld).',
        'پذیرش با درخواست: در صورت وجود جای خالی می‌توان از اداره فدرال مهاجرت و پناهندگان درخواست کرد.',
      ),
      h2('هزینه‌ها'),
      p(
        'شرکت‌کنندگان برای هر واحد درسی مبلغ کمی می‌پردازند. کسانی که کمک‌هزینه شهروندی دریافت می‌کنند، می‌توانند درخواست معافیت از هزینه بدهند.',
      ),
    ),
  },
  {
    sourceTitle: BERUFSSPRACHKURSE,
    variant: 'TRANSLATION',
    language: 'ar',
    title: 'دورات اللغة المهنية: الوحدات وطرق الالتحاق',
    summary: 'تعلّم اللغة الألمانية للعمل والتدريب المهني: الوحدات والامتحانات ومن يحق له المشاركة.',
    body: doc(
      h2('ما المقصود بها؟'),
      p(
        'تأتي دورات اللغة المهنية بعد دورة الاندماج، وتُعدّ المشاركين للتدريب المهني والعمل. يشرف عليها المكتب الاتحادي للهجرة واللاجئين (BAMF)، وتقدّمها مؤسسات معتمدة.',
      ),
      h2('الوحدات'),
      table(
        ['الوحدة', 'المستوى المستهدف', 'مستوى البداية عادةً'],
        [
          ['الوحدة الأساسية', 'B1', 'A2'],
          ['الوحدة الأساسية', 'B2', 'B1'],
          ['الوحدة الأساسية', 'C1', 'B2'],
          ['وحدات خاصة بمهن معيّنة', 'حسب المهنة', 'حسب الوحدة'],
        ],
      ),
      h2('الامتحان'),
      p('تنتهي الوحدات الأساسية عادةً بـ**اختبار اللغة الألمانية المهنية (DTB)**.'),
      h2('من يمكنه المشاركة؟'),
      ul(
        'الباحثون عن عمل والحاصلون على إعانة المواطن: عن طريق وكالة العمل أو مركز العمل.',
        'العاملون والمتدرّبون: مباشرةً عن طريق المكتب الاتحادي أو مؤسسة الدورة.',
      ),
      h2('التكاليف'),
      p('المشاركة مجانية للباحثين عن عمل. من لديه دخل مرتفع يدفع جزءًا من التكاليف.'),
      callout('success', p('تقدّم مؤسسات كثيرة دورات مسائية أو بدوام جزئي، فيمكنك العمل والتعلّم معًا.')),
    ),
  },
  {
    sourceTitle: DOLMETSCHEN,
    variant: 'TRANSLATION',
    language: 'fa',
    title: 'ترجمه شفاهی و میانجی زبانی: راه‌ها در یک نگاه',
    summary: 'چه زمانی به مترجم نیاز است، چه راه‌هایی وجود دارد و چگونه یک گفت‌وگو با مترجم به خوبی پیش می‌رود.',
    body: doc(
      h2('چارچوب قانونی'),
      p(
        'زبان رسمی اداره آلمانی است. با این حال، مشاوره باید طوری باشد که مراجعان آن را بفهمند. به همین دلیل در گفت‌وگوهای مهم، مثلاً درباره حقوق و وظایف یا کمک‌هزینه‌ها، از یک مترجم واجد شرایط استفاده می‌شود.',
      ),
      h2('امکانات'),
      ul(
        'ترجمه حضوری: برای گفت‌وگوهای طولانی و دشوار.',
        'ترجمه تلفنی: برای کارهای کوتاه، سریع و به زبان‌های زیاد.',
        'ترجمه تصویری: برای گفت‌وگوهای مشاوره با طول متوسط.',
      ),
      h2('نکات مهم'),
      ul(
        'مترجم همه چیز را کامل ترجمه می‌کند.',
        'مترجم درباره گفت‌وگوی شما با کسی صحبت نمی‌کند.',
        'ترجمه برای شما هزینه‌ای ندارد.',
      ),
      callout('info', p('به مترجم نیاز دارید؟ لطفاً پیش از وقت ملاقات به ما بگویید.')),
    ),
  },
];

export const demoLanguageVersions: DemoLanguageVersion[] = [...leichteSprache, ...translations];
