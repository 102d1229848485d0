/**
 * What the redactor can remove, the fixed text that replaces it, and the
 * explanation shown to the reporter (English and Welsh) on the confirmation
 * page. Placeholders are stored, so they stay English and never change: the
 * redactor recognises them on a second pass, which keeps it idempotent.
 */

export const REDACTION_KINDS = [
  "card-number",
  "cvv",
  "pin",
  "one-time-code",
  "bank-account",
  "iban",
  "password",
] as const;

export type RedactionKind = (typeof REDACTION_KINDS)[number];

export interface Removal {
  kind: RedactionKind;
  count: number;
}

export interface RedactionResult {
  text: string;
  removals: Removal[];
}

export const REDACTION_PLACEHOLDERS: Readonly<Record<RedactionKind, string>> = {
  "card-number": "[card number removed]",
  cvv: "[security code removed]",
  pin: "[PIN removed]",
  "one-time-code": "[one-time code removed]",
  "bank-account": "[bank details removed]",
  iban: "[IBAN removed]",
  password: "[password removed]",
};

export type ExplanationLocale = "en" | "cy";

/**
 * One short paragraph per kind: what we removed, why it matters, and what to
 * do now. Written for a frightened reader on a phone: plain words, one action.
 */
export const REDACTION_EXPLANATIONS: Readonly<Record<RedactionKind, Readonly<Record<ExplanationLocale, string>>>> = {
  "card-number": {
    en:
      "We removed a card number from your report. Never share your full card number with anyone who contacts you. " +
      "If you gave it to someone, call your bank now on 159 so they can stop the card.",
    cy:
      "Rydyn ni wedi tynnu rhif cerdyn o'ch adroddiad. Peidiwch byth â rhannu rhif llawn eich cerdyn ag unrhyw un sy'n cysylltu â chi. " +
      "Os ydych chi wedi'i roi i rywun, ffoniwch eich banc nawr ar 159 er mwyn iddyn nhw atal y cerdyn.",
  },
  cvv: {
    en:
      "We removed a security code (the 3 or 4 digits on the back of a card) from your report. " +
      "Your bank will never ask for this code by phone, text or email. If you shared it, call your bank now on 159.",
    cy:
      "Rydyn ni wedi tynnu cod diogelwch (y 3 neu 4 digid ar gefn cerdyn) o'ch adroddiad. " +
      "Fydd eich banc byth yn gofyn am y cod hwn dros y ffôn, drwy neges destun na thrwy e-bost. " +
      "Os ydych chi wedi'i rannu, ffoniwch eich banc nawr ar 159.",
  },
  pin: {
    en:
      "We removed a PIN from your report. Your bank and the police will never ask for your PIN. " +
      "If you shared it, call your bank now on 159 so they can stop your card.",
    cy:
      "Rydyn ni wedi tynnu rhif PIN o'ch adroddiad. Fydd eich banc na'r heddlu byth yn gofyn am eich rhif PIN. " +
      "Os ydych chi wedi'i rannu, ffoniwch eich banc nawr ar 159 er mwyn iddyn nhw atal eich cerdyn.",
  },
  "one-time-code": {
    en:
      "We removed a one-time code from your report. These codes prove it is really you, so never share them, " +
      "even with someone who says they are from your bank, Amazon or the police. " +
      "If you shared one, change your password and turn on two-step verification.",
    cy:
      "Rydyn ni wedi tynnu cod untro o'ch adroddiad. Mae'r codau hyn yn profi pwy ydych chi, felly peidiwch byth â'u rhannu, " +
      "hyd yn oed gyda rhywun sy'n dweud ei fod yn dod o'ch banc, o Amazon neu o'r heddlu. " +
      "Os ydych chi wedi rhannu un, newidiwch eich cyfrinair a throwch ddilysu dau gam ymlaen.",
  },
  "bank-account": {
    en:
      "We removed bank details (a sort code and account number) from your report. " +
      "If you gave your own bank details to someone, call your bank now on 159. " +
      "If you were asked to send money to these details, tell your bank straight away: they may be able to stop the payment.",
    cy:
      "Rydyn ni wedi tynnu manylion banc (cod didoli a rhif cyfrif) o'ch adroddiad. " +
      "Os ydych chi wedi rhoi manylion eich cyfrif banc i rywun, ffoniwch eich banc nawr ar 159. " +
      "Os gofynnwyd i chi anfon arian i'r manylion hyn, dywedwch wrth eich banc ar unwaith: efallai y gallan nhw atal y taliad.",
  },
  iban: {
    en:
      "We removed an IBAN (an international bank account number) from your report. " +
      "If you were asked to send money to it, tell your bank straight away: they may be able to stop the payment.",
    cy:
      "Rydyn ni wedi tynnu IBAN (rhif cyfrif banc rhyngwladol) o'ch adroddiad. " +
      "Os gofynnwyd i chi anfon arian iddo, dywedwch wrth eich banc ar unwaith: efallai y gallan nhw atal y taliad.",
  },
  password: {
    en:
      "We removed a password from your report. Never share your passwords with anyone. " +
      "If someone else knows it, change it now on every account where you use it, and turn on two-step verification.",
    cy:
      "Rydyn ni wedi tynnu cyfrinair o'ch adroddiad. Peidiwch byth â rhannu eich cyfrineiriau ag unrhyw un. " +
      "Os oes rhywun arall yn ei wybod, newidiwch ef nawr ar bob cyfrif lle rydych chi'n ei ddefnyddio, a throwch ddilysu dau gam ymlaen.",
  },
};

/** Explanations for the kinds actually removed, in a stable order. */
export function explainRemovals(removals: readonly Removal[], locale: ExplanationLocale): string[] {
  const present = new Set(removals.filter((r) => r.count > 0).map((r) => r.kind));
  return REDACTION_KINDS.filter((kind) => present.has(kind)).map((kind) => REDACTION_EXPLANATIONS[kind][locale]);
}
