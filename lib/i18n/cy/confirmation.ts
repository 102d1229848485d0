// Welsh text of the confirmation page and of the tailored advice.
import type { advice as enAdvice, confirmation as en } from "../en/confirmation";

/** "AnyDesk a TeamViewer", "AnyDesk ac UltraViewer": ICU's Welsh list writes "a(c)". */
export function listCy(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  const last = items[items.length - 1]!;
  return `${items.slice(0, -1).join(", ")} ${/^[aeiouwyâêîôûŵŷ]/i.test(last) ? "ac" : "a"} ${last}`;
}
const list = listCy;

export const confirmation: typeof en = {
  title: "Adroddiad wedi'i anfon",
  referenceLabel: "Eich cyfeirnod",
  keepReference: "Cadwch y rhif hwn. Efallai y bydd ei angen arnoch chi os byddwch chi'n siarad â'r heddlu neu'ch banc am y sgam hwn.",
  urgentTitle: "Gwnewch hyn nawr",
  removedTitle: "Rydyn ni wedi tynnu rhai manylion o'ch adroddiad",
  nextTitle: "Beth sy'n digwydd nesaf",
  next: [
    "Mae timau twyll yr heddlu yn darllen adroddiadau fel eich un chi er mwyn dod o hyd i sgamiau a rhybuddio pobl eraill. Allwn ni ddim ateb pob adroddiad.",
    "Dydy'r adroddiad hwn ddim yn cymryd lle rhoi gwybod yn swyddogol am y drosedd. Mae'r manylion isod.",
  ],
  nextContact:
    "Dywedoch chi y gall yr heddlu gysylltu â chi, felly efallai y bydd swyddog yn cysylltu. Fyddan nhw byth yn gofyn am eich manylion banc, eich cyfrineiriau nac am arian.",
  adviceTitle: "Beth allwch chi ei wneud nawr",
  officialTitle: "Rhoi gwybod yn swyddogol",
  officialIntro:
    "Mae eich adroddiad yn helpu'r heddlu i weld sgamiau. I roi gwybod yn swyddogol am drosedd, neu i atal rhagor o negeseuon sgam, cysylltwch hefyd â:",
  another: "Rhoi gwybod am sgam arall",
  home: "Mynd i'r hafan",
  expired: {
    title: "Mae'r dudalen hon wedi dod i ben",
    body: "Er mwyn diogelu eich preifatrwydd, dim ond am 30 munud rydyn ni'n dangos eich cadarnhad. Os gwnaethoch chi anfon adroddiad, rydyn ni wedi'i gael.",
    link: "Rhoi gwybod am sgam",
  },
};

export const advice: typeof enAdvice = {
  "call-bank-money": {
    title: () => "Ffoniwch eich banc nawr ar 159",
    body: () =>
      "Mae 159 yn eich cysylltu'n ddiogel â'r rhan fwyaf o fanciau'r DU. Dywedwch wrthyn nhw eich bod chi wedi cael eich sgamio. Gorau po gyntaf y byddwch chi'n ffonio: bydd mwy o gyfle iddyn nhw atal y taliad neu gael eich arian yn ôl.",
  },
  "call-bank-details": {
    title: () => "Ffoniwch eich banc ar 159",
    body: () =>
      "Mae 159 yn eich cysylltu'n ddiogel â'r rhan fwyaf o fanciau'r DU. Dywedwch wrthyn nhw eich bod chi wedi rhoi eich manylion i sgamiwr, er mwyn iddyn nhw allu diogelu eich cyfrif ac atal eich cerdyn os oes angen.",
  },
  "stop-remote-access": {
    title: () => "Datgysylltwch eich cyfrifiadur a thynnwch yr ap a ddefnyddion nhw",
    body: (p) =>
      `Diffoddwch eich wifi neu tynnwch y cebl rhyngrwyd allan nawr, fel na allan nhw fynd yn ôl i mewn. Yna dadosodwch ${
        p.tools?.length ? list(p.tools) : "yr ap y gofynnon nhw i chi ei osod"
      }. Gofynnwch i rywun rydych chi'n ymddiried ynddo, neu i siop gyfrifiaduron leol, wirio eich cyfrifiadur cyn i chi ddefnyddio bancio ar-lein arno eto.`,
  },
  "remote-asked": {
    title: () => "Os gwnaethoch chi osod ap y gofynnon nhw amdano, tynnwch ef",
    body: () =>
      "Mae sgamwyr yn gofyn i bobl osod apiau fel AnyDesk neu TeamViewer er mwyn rheoli eu cyfrifiadur. Os gwnaethoch chi osod un, dadosodwch ef a ffoniwch eich banc ar 159.",
  },
  "gift-card-issuer": {
    title: () => "Cysylltwch â'r cwmni cardiau rhodd ar unwaith",
    body: (p) =>
      `Ffoniwch y cwmni a werthodd y cerdyn rhodd${p.giftCards?.length ? ` (${list(p.giftCards)})` : ""}, er enghraifft ar y rhif ar gefn y cerdyn. Dywedwch wrthyn nhw fod y cerdyn wedi'i ddefnyddio mewn sgam: efallai y gallan nhw ei rewi cyn iddo gael ei wario. Cadwch y cardiau a'ch derbynebau.`,
  },
  "crypto-exchange": {
    title: () => "Cysylltwch â'r gyfnewidfa arian cripto a ddefnyddioch chi",
    body: () =>
      "Dywedwch wrthyn nhw eich bod chi wedi anfon arian at sgamiwr. Gofynnwch a allan nhw atal neu olrhain y taliad. Cadwch unrhyw fanylion am y trafodiad.",
  },
  "secure-accounts": {
    title: () => "Newidiwch eich cyfrinair a throwch ddilysu dau gam ymlaen",
    body: (p) =>
      `Newidiwch y cyfrinair ar gyfer ${p.brand ? `eich cyfrif ${p.brand}` : "y cyfrif"} ac ar gyfer unrhyw gyfrif arall sy'n defnyddio'r un cyfrinair. Yna trowch ddilysu dau gam ymlaen, fel bod angen cod yn ogystal â'ch cyfrinair. Gwnewch hyn ar ddyfais nad yw'r sgamiwr wedi'i defnyddio.`,
  },
  "personal-details": {
    title: () => "Byddwch yn wyliadwrus o sgamiau pellach",
    body: () =>
      "Efallai y bydd sgamwyr yn defnyddio eich manylion i gysylltu â chi eto, gan esgus eu bod nhw o'r heddlu, o'ch banc neu o gwmni sy'n gallu cael eich arian yn ôl. Rhowch y ffôn i lawr a ffoniwch y sefydliad eich hun ar rif rydych chi'n ymddiried ynddo.",
  },
  "check-account": {
    title: (p) => `Gwiriwch eich cyfrif ${p.brand} eich hun`,
    body: (p) =>
      `Defnyddiwch ap ${p.brand}, neu teipiwch gyfeiriad y wefan eich hun. Peidiwch byth â defnyddio dolen neu rif ffôn o'r alwad neu'r neges. Os nad oes dim byd o'i le yno, gallwch chi anwybyddu'r neges.`,
  },
  "no-loss": {
    title: () => "Gwnaethoch chi'r peth iawn",
    body: () =>
      "Wnaethoch chi ddim colli arian na rhoi unrhyw fanylion, felly does dim angen i chi wneud dim byd arall. Rhwystrwch y rhif neu'r anfonwr, a dilëwch y neges.",
  },
  "spot-next": {
    title: () => "Sut i adnabod yr un nesaf",
    body: () =>
      "Fydd Amazon, banciau na'r heddlu byth yn gofyn i chi symud arian, prynu cardiau rhodd, rhannu cod untro na gosod ap. Os yw galwad yn eich poeni, rhowch y ffôn i lawr a ffoniwch yn ôl ar rif rydych chi'n ymddiried ynddo, o ffôn gwahanol os gallwch chi.",
  },
};
