// Welsh text for the parts every public page shares, the home page and "not found".
import type { site as en } from "../en/site";

export const site: typeof en = {
  serviceName: "ScamPulse",
  skipLink: "Neidio i'r prif gynnwys",
  languageNav: "Iaith",
  english: "English",
  welsh: "Cymraeg",
  footer: "Mae ScamPulse yn helpu unedau twyll yr heddlu i rybuddio'r cyhoedd am sgamiau.",
  emergency: "Os ydych chi mewn perygl, neu os yw trosedd yn digwydd nawr, ffoniwch 999.",
  home: {
    title: "Galwadau, negeseuon testun ac e-byst sgam sy'n esgus bod yn Amazon, eich banc neu gwmni dosbarthu",
    lead:
      "Mae twyllwyr yn esgus bod yn gwmnïau rydych chi'n ymddiried ynddyn nhw. Efallai y byddan nhw'n dweud bod eich aelodaeth Prime ar fin adnewyddu, bod rhywun wedi archebu iPhone ar eich cyfrif, neu eu bod nhw wedi rhoi gormod o ad-daliad i chi.",
    urgentTitle: "Os ydych chi wedi colli arian neu wedi rhoi eich manylion banc",
    urgentBody: "Ffoniwch eich banc nawr ar 159. Mae'n eich cysylltu'n ddiogel â'r rhan fwyaf o fanciau'r DU.",
    startTitle: "Rhoi gwybod am sgam",
    startBody:
      "Dywedwch wrthyn ni beth ddigwyddodd. Byddwn ni'n rhoi cyngor i chi ar beth i'w wneud nesaf, ac mae eich adroddiad yn helpu'r heddlu i rybuddio pobl eraill.",
    startButton: "Dechrau nawr",
    signsTitle: "Arwyddion sgam",
    signs: [
      "Galwad awtomatig sy'n gofyn i chi bwyso 1 i ganslo taliad neu i siarad â'r “adran dwyll”.",
      "Rhywun yn gofyn i chi osod AnyDesk, TeamViewer neu ap arall ar eich cyfrifiadur neu'ch ffôn.",
      "Cael cais i dalu gyda chardiau rhodd, neu i anfon ad-daliad “rhy fawr” yn ôl.",
      "Cael cais am god untro, eich cyfrinair neu fanylion eich cerdyn.",
    ],
    unsure:
      "Os nad ydych chi'n siŵr, rhowch y ffôn i lawr. Gwiriwch eich cyfrif eich hun yn ap y cwmni neu drwy deipio ei gyfeiriad, byth drwy ddolen neu rif a gawsoch chi ganddyn nhw.",
  },
  notFound: {
    title: "Heb ddod o hyd i'r dudalen",
    body: "Os gwnaethoch chi deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir.",
    home: "Mynd i hafan ScamPulse",
  },
  tooLarge: {
    title: "Mae eich adroddiad yn rhy hir i'w anfon",
    body: "Mae'n rhaid i'r disgrifiad o beth ddigwyddodd fod yn 10,000 nod neu lai. Ewch yn ôl, byrhewch y disgrifiad a'i anfon eto.",
    back: "Mynd yn ôl i'r ffurflen",
  },
  error: {
    title: "Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth",
    body: "Rhowch gynnig arall arni ymhen ychydig funudau. Dydy dim byd rydych chi wedi'i anfon yn barod wedi'i golli.",
    retry: "Rhoi cynnig arall arni",
  },
};
