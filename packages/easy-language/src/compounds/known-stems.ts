/**
 * Words and stems (lower case, without linking -s) that compounds in administrative and everyday German
 * are made of. A split whose parts are known wins over one whose parts are not; extendable by callers.
 */
export const KNOWN_STEMS: ReadonlySet<string> = new Set(
  `
abend abschluss adresse agentur akte alltag alt amt anerkennung angebot angst anlage anmeldung anspruch antrag anwalt
anzeige arbeit arbeitslos arzt ärztin asyl aufenthalt aufgabe aufnahme ausbildung ausflug
ausgabe ausland ausländer ausstattung ausweis auto bahn bank bau bearbeitung bedarf befristung begleitung behinderung
behörde beihilfe beitrag bekleidung beratung berater beraterin bereich beruf berufs bescheid bescheinigung besuch betrag
betreuung betrieb bewerber bewerbung bezug bild bildung blatt brief buch bund bundes bürger büro bus chance chancen
datum dauer deutsch dienst dokument dolmetscher eingang einkommen einladung eingliederung einreise einrichtung eltern
ende entscheidung erklärung erlaubnis ernährung erst erstattung erwerb fach fahrt fahr fall familie ferien fest firma
flucht flüchtling förderung form formular frage frau frei frist früh führerschein gebühr geburt geld gemeinde gericht
gesetz gespräch gesundheit grad grund gruppe gutschein haft halt hand haus haushalt heim heizung hilfe hoch jahr job
jobcenter jugend kammer karte kasse kauf kind kinder kita klasse konto kosten kraft krank kranke kreis kunde kundin
kurs lage land leben lebenslauf lehre lehrer leistung lern lohn mehr melde meldung miete minderung mitarbeiter
mitwirkung mittel möbel monat mutter nach nachweis neben not nummer ordnung orientierung ort paket papier partner pass
person pflege pflicht plan platz post praktikum prüfung psycho punkt rat raum recht regel register reise rente
rentner rück sache sachen satz schaden schein schreiben schreibung schrift schule schul schutz schwanger sicherung
sitz sozial sprach sprache staat stadt stand stelle steuer strafe straße strom stück stunde suche tag teil teilnahme
teilhabe termin test ticket titel träger übernahme umzug unfall unterhalt unterkunft unterlagen unterricht unterschrift
urlaub vater verdienst verein vereinbarung verfahren verlust vermittlung vermittler versicherung vertrag vertreter
voll vorschlag vorschuss wahl warte weg weiter welt werk wert woche wohn wohnung zahl zeit zentral zentrum zertifikat
zeugnis ziel zimmer zoll zuschlag zuschuss zusage zweck
information unterstützung veranstaltung verantwortung voraussetzung möglichkeit entschuldigung verwaltung bevölkerung
genehmigung angehörige angehörigkeit gleichstellung gelegenheit fähigkeit änderung sicherheit
mitteilung leitung zahlung kündigung erfahrung wiederholung anwesenheit abwesenheit verpflichtung berechtigung
gesellschaft wirtschaft verwandtschaft nachbarschaft ausländerin arbeitsuchend arbeitsunfähigkeit unfähigkeit
volk erd geschoss abrechnung öffnung sprech miet auszug auszüge haupt pflegerin pfleger geber nehmerin sprech
kunden familien kindergarten garten rat rathaus wartezimmer praxis zahn augen reha gymnasium universität studium
visum einbürgerung urkunde heirat ehe scheidung mutterschutz elternzeit
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Word beginnings that are prefixes, not words: never a part of their own. */
export const PREFIXES: ReadonlySet<string> = new Set(
  'ab an auf aus be bei dar ein ent er ge her hin los miss mit nach ob über um un unter ver vor weg zer zu zurück wider'.split(
    ' ',
  ),
);

/** Word endings that are suffixes, not words: a part never starts with one of these. */
export const SUFFIX_STARTS: readonly string[] = [
  'ung',
  'heit',
  'keit',
  'schaft',
  'lich',
  'isch',
  'nis',
  'tion',
  'ität',
  'ierung',
  'barung',
  'bar',
  'sam',
  'los',
  'haft',
  'tum',
  'ling',
  'chen',
  'lein',
  'ig',
];
