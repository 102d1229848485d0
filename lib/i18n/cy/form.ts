// Welsh text of the report form (app/report). Short sentences in everyday Welsh, with the
// same meaning and order as the English.
import type { form as en } from "../en/form";

export const form: typeof en = {
  title: "Rhoi gwybod am sgam",
  intro: [
    "Dywedwch wrthyn ni am alwad, neges destun, e-bost neu neges gan rywun sy'n esgus bod yn gwmni rydych chi'n ymddiried ynddo, fel Amazon, eich banc, cwmni dosbarthu neu CThEF.",
    "Mae'n cymryd tua 5 munud. Dim ond beth ddigwyddodd a ble rydych chi'n byw sydd eu hangen. Does dim rhaid i chi ateb y cwestiynau eraill.",
  ],
  urgent: "Os ydych chi wedi colli arian neu wedi rhoi eich manylion banc, ffoniwch eich banc nawr ar 159.",
  optional: "(dewisol)",
  narrative: {
    label: "Beth ddigwyddodd?",
    hint:
      "Dywedwch wrthyn ni yn eich geiriau eich hun. Soniwch am beth ddywedon nhw, beth ofynnon nhw i chi ei wneud, ac unrhyw beth y gwnaethoch chi ei dalu neu ei roi iddyn nhw. Peidiwch â chynnwys rhif llawn eich cerdyn, eich PIN na'ch cyfrineiriau. Os gwnewch chi, byddwn ni'n eu tynnu allan.",
    limits: "Ysgrifennwch o leiaf 20 nod a dim mwy na 10,000.",
    remaining: (n: string) => `Mae gennych chi ${n} nod ar ôl`,
    over: (n: string) => `Mae gennych chi ${n} nod yn ormod`,
  },
  channel: {
    legend: "Sut gwnaethon nhw gysylltu â chi?",
    options: {
      "phone-call": "Galwad ffôn gyda pherson",
      "automated-call": "Galwad awtomatig neu wedi'i recordio",
      voicemail: "Neges llais",
      sms: "Neges destun",
      email: "E-bost",
      "social-media": "Cyfryngau cymdeithasol neu ap negeseuon",
      website: "Gwefan neu ffenestr naid",
      "in-person": "Wyneb yn wyneb",
    },
  },
  when: {
    legend: "Pryd digwyddodd hyn?",
    options: { today: "Heddiw", yesterday: "Ddoe", date: "Diwrnod arall" },
    dateLegend: "Y dyddiad y digwyddodd",
    dateHint: "Er enghraifft, 27 3 2026",
    day: "Diwrnod",
    month: "Mis",
    year: "Blwyddyn",
  },
  brand: {
    label: "Pwy ddywedon nhw oedden nhw?",
    hint:
      "Rydyn ni wedi rhoi Amazon i mewn am fod y rhan fwyaf o adroddiadau'n sôn am Amazon. Newidiwch hyn os oedden nhw'n dweud mai rhywun arall oedden nhw, fel eich banc, cwmni dosbarthu neu'r heddlu.",
  },
  identifiers: {
    label: "Rhifau ffôn, cyfeiriadau e-bost neu wefannau a ddefnyddion nhw",
    hint: "Rhowch bob un ar linell newydd. Fyddwn ni byth yn eu troi'n ddolenni.",
  },
  lostMoney: { legend: "Wnaethoch chi golli arian?", yes: "Do", no: "Naddo" },
  amount: { label: "Faint wnaethoch chi ei golli?", hint: "Er enghraifft, 250 neu 79.97" },
  currency: {
    label: "Arian cyfred",
    options: { GBP: "Punnoedd (GBP)", EUR: "Ewros (EUR)", USD: "Doleri UDA (USD)" },
  },
  method: {
    legend: "Sut gwnaethoch chi dalu?",
    options: {
      "gift-cards": "Cardiau rhodd neu dalebau",
      "bank-transfer": "Trosglwyddiad banc",
      card: "Cerdyn debyd neu gerdyn credyd",
      crypto: "Arian cripto, fel Bitcoin",
      other: "Ffordd arall",
    },
  },
  gave: {
    legend: "Beth wnaethoch chi ei roi iddyn nhw?",
    hint: "Dewiswch bob un sy'n berthnasol.",
    options: {
      "card-details": "Manylion cerdyn",
      "bank-details": "Manylion banc, fel eich cod didoli a'ch rhif cyfrif",
      "one-time-code": "Cod untro a anfonwyd i'ch ffôn neu'ch e-bost",
      password: "Cyfrinair neu fanylion mewngofnodi",
      "remote-access": "Mynediad i'ch cyfrifiadur neu'ch ffôn, er enghraifft drwy osod ap fel AnyDesk neu TeamViewer",
      "personal-details": "Manylion personol, fel eich dyddiad geni neu'ch cyfeiriad",
    },
    or: "neu",
    nothing: "Dim byd",
  },
  region: {
    label: "Ble rydych chi'n byw?",
    hint:
      "Dewiswch ardal eich heddlu. Fel arfer, mae wedi'i henwi ar ôl eich sir neu'ch dinas. Dewiswch “Y tu allan i'r DU” os nad ydych chi'n byw yn y DU.",
    choose: "Dewiswch eich ardal",
    filterLabel: "Chwilio'r rhestr",
    filterHint: "Er enghraifft, Sir Gâr neu Fanceinion",
    matches: (n: number) => (n === 1 ? "Mae 1 ardal yn cyfateb" : `Mae ${n} ardal yn cyfateb`),
    nations: {
      wales: "Cymru",
      england: "Lloegr",
      scotland: "Yr Alban",
      "northern-ireland": "Gogledd Iwerddon",
      "outside-uk": "Y tu allan i'r DU",
    },
  },
  postcode: {
    label: "Rhan gyntaf eich cod post",
    hint: "Er enghraifft, SA31 neu M1. Dim ond y rhan gyntaf rydyn ni'n ei chadw.",
  },
  ageBand: {
    legend: "Faint yw eich oed chi?",
    hint: "Mae hyn yn ein helpu ni i weld pwy mae sgamwyr yn eu targedu.",
    options: {
      "under-25": "O dan 25",
      "25-44": "25 i 44",
      "45-64": "45 i 64",
      "65-74": "65 i 74",
      "75-plus": "75 neu hŷn",
      "prefer-not-to-say": "Mae'n well gen i beidio â dweud",
    },
  },
  contact: {
    legend: "Ydych chi'n fodlon i'r heddlu gysylltu â chi am yr adroddiad hwn?",
    yes: "Ydw, gallwch chi gysylltu â fi",
    no: "Nac ydw, peidiwch â chysylltu â fi",
    noHint: "Os dewiswch chi “Nac ydw”, fyddwn ni ddim yn cadw unrhyw fanylion cyswllt y byddwch chi'n eu teipio.",
    hint: "Rhowch gyfeiriad e-bost neu rif ffôn, neu'r ddau. Dim ond i gysylltu â chi am yr adroddiad hwn y byddwn ni'n eu defnyddio.",
    name: "Eich enw",
    email: "Cyfeiriad e-bost",
    phone: "Rhif ffôn",
  },
  agreement:
    "Drwy anfon yr adroddiad hwn, rydych chi'n cytuno y gall timau twyll yr heddlu ei ddefnyddio i ddod o hyd i sgamiau a rhybuddio pobl amdanyn nhw. Rydyn ni'n tynnu rhifau cardiau, codau a chyfrineiriau allan cyn ei gadw.",
  submit: "Anfon adroddiad",
  sending: "Wrthi'n anfon eich adroddiad…",
  honeypot: "Gadewch y blwch hwn yn wag",
};
