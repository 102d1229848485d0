// Where a reporter is told to report officially, per deployment: edit this list (or swap
// the module) to point a force's users elsewhere. Defaults from issue 6. Each body says
// which reporters it applies to: by the nation of their police force area, by how the
// scammer contacted them ("unknown" when they did not say), or always.
import type { Nation } from "../domain/regions";
import type { Locale } from "../i18n/locale";
import type { ReportChannel } from "./vocabulary";

export type LocalText = Readonly<Record<Locale, string>>;

export interface ReportingBody {
  id: string;
  name: LocalText;
  /** What to do, with the number or address to use. */
  how: LocalText;
  appliesTo: { always?: true; nations?: readonly Nation[]; channels?: readonly (ReportChannel | "unknown")[] };
}

const VOICE = ["phone-call", "automated-call", "voicemail"] as const;

export const REPORTING_BODIES: readonly ReportingBody[] = [
  {
    id: "report-fraud",
    name: { en: "Report Fraud (previously called Action Fraud)", cy: "Report Fraud (Action Fraud gynt)" },
    how: {
      en: "Call 0300 123 2040. This is the national fraud reporting service for England, Wales and Northern Ireland.",
      cy: "Ffoniwch 0300 123 2040. Dyma'r gwasanaeth cenedlaethol ar gyfer rhoi gwybod am dwyll yng Nghymru, Lloegr a Gogledd Iwerddon.",
    },
    appliesTo: { nations: ["england", "wales", "northern-ireland"] },
  },
  {
    id: "police-scotland",
    name: { en: "Police Scotland", cy: "Heddlu'r Alban" },
    how: { en: "Call 101 to report fraud in Scotland.", cy: "Ffoniwch 101 i roi gwybod am dwyll yn yr Alban." },
    appliesTo: { nations: ["scotland"] },
  },
  {
    id: "local-police",
    name: { en: "Your local police", cy: "Eich heddlu lleol" },
    how: {
      en: "Contact the police in the country where you live.",
      cy: "Cysylltwch â'r heddlu yn y wlad lle rydych chi'n byw.",
    },
    appliesTo: { nations: ["outside-uk"] },
  },
  {
    id: "bank-159",
    name: { en: "Your bank", cy: "Eich banc" },
    how: { en: "Call 159 to speak to your bank safely.", cy: "Ffoniwch 159 i siarad â'ch banc yn ddiogel." },
    appliesTo: { always: true },
  },
  {
    id: "texts-7726",
    name: { en: "Scam texts", cy: "Negeseuon testun sgam" },
    how: { en: "Forward the text to 7726. It is free.", cy: "Anfonwch y neges destun ymlaen i 7726. Mae am ddim." },
    appliesTo: { channels: ["sms", "unknown"] },
  },
  {
    id: "calls-7726",
    name: { en: "Scam calls", cy: "Galwadau sgam" },
    how: {
      en: "Text 7726 with the word CALL followed by the scammer's phone number. It is free.",
      cy: "Anfonwch neges destun i 7726 gyda'r gair CALL ac yna rhif ffôn y sgamiwr. Mae am ddim.",
    },
    appliesTo: { channels: VOICE },
  },
  {
    id: "emails-phishing",
    name: { en: "Scam emails", cy: "E-byst sgam" },
    how: {
      en: "Forward the email to report@phishing.gov.uk.",
      cy: "Anfonwch yr e-bost ymlaen i report@phishing.gov.uk.",
    },
    appliesTo: { channels: ["email", "unknown"] },
  },
];
