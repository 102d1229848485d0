import { rx } from "../rule-dsl";

/** [canonical name, DSL pattern]. Gift cards need a card/voucher/code word after the brand. */
const CARD = String.raw` (?:e-?)?(?:gift_?)?(?:cards?|vouchers?|codes?|credit)\b`;

const GIFT_CARDS: [string, string][] = [
  ["Google Play", String.raw`(?:google_?play|play_?store)${CARD}`],
  ["iTunes", String.raw`(?:itunes|i-tunes|i tunes)${CARD}`],
  ["Apple", `apple${CARD}`],
  ["Steam", `steam${CARD}`],
  ["Amazon", `amazon${CARD}`],
  ["eBay", `ebay${CARD}`],
  ["Target", `target${CARD}`],
  ["Walmart", `walmart${CARD}`],
  ["Best Buy", `best_?buy${CARD}`],
  ["Argos", `argos${CARD}`],
  ["Tesco", `tesco${CARD}`],
  ["Sainsbury's", `sainsbury'?s${CARD}`],
  ["Razer Gold", `razer(?: gold)?${CARD}`],
  ["Vanilla", `vanilla${CARD}`],
  ["Paysafecard", String.raw`paysafe_?card\b|paysafe${CARD}`],
  ["Sephora", `sephora${CARD}`],
  ["Xbox", `xbox${CARD}`],
  ["PlayStation", `(?:playstation|psn)${CARD}`],
  ["One4all", `one4all${CARD}`],
  ["Love2shop", `love2shop${CARD}`],
];

const REMOTE_TOOLS: [string, string][] = [
  ["AnyDesk", "any_?d(?:e|i)sk|any_?dest"],
  ["TeamViewer", "team_?v(?:ie|ei|e)wer"],
  ["TeamViewer QuickSupport", "quick_?support"],
  ["Quick Assist", "quick_?assist"],
  ["UltraViewer", "ultra_?v(?:ie|ei)wer"],
  ["LogMeIn", "log_?me_?in"],
  ["RustDesk", "rust_?desk"],
  ["Supremo", String.raw`supremo\w*`],
  ["Splashtop", "splash_?top"],
  ["ScreenConnect", "screen_?connect|connect_?wise"],
  ["Zoho Assist", "zoho assist"],
  ["AeroAdmin", "aero_?admin"],
  ["Ammyy Admin", String.raw`ammyy\w*`],
  ["RemotePC", "remote_?pc"],
  ["GetScreen", "getscreen"],
  ["Iperius Remote", "iperius"],
  ["GoTo Resolve", "gotoassist|goto assist|go to assist"],
  ["BeyondTrust (Bomgar)", "bomgar"],
  ["AnyViewer", "anyviewer"],
];

export type InstrumentRule = { family: "gift" | "tool"; id: string; label: string; weight: number; re: RegExp; src: string };

export const instrumentRules: InstrumentRule[] = [
  ...GIFT_CARDS.map(([name, src]) => ({ family: "gift" as const, id: `gift-card.${name}`, label: name, weight: 1, re: rx(src), src })),
  ...REMOTE_TOOLS.map(([name, src]) => ({ family: "tool" as const, id: `remote-tool.${name}`, label: name, weight: 1, re: rx(src), src })),
];
