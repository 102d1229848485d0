/** Pattern fragments shared by several rule tables (DSL source, see rule-dsl.ts). */

/** unauthorised / unauthorized / unathorised / unautorized / "un authorised". */
export const UNAUTH = String.raw`(?:unauthori[sz]e?d|unathori[sz]e?d|unautori[sz]e?d|unauthor[sz]ed|unauthro?i[sz]ed|un-authori[sz]e?d|un authori[sz]e?d)`;

/** "press 1", "pressed one", "press1", "press 9", "press any key". */
export const PRESS_KEY = String.raw`press(?:ed|ing|es)?_?(?:\d|one|two|three|nine|zero|star|hash|pound|any (?:key|button|number)|a (?:key|button|number))\b|(?:push|hit)(?:ed)? (?:\d|one|nine)\b(?! (?:\d|hundred|thousand|pounds?|quid|dollars?))`;

/** Context (see rule.ts): an ask up to `n` words before the cue ("asked me for my | password"). */
export function askedBefore(n: number): { before: string } {
  return { before: `${ASK}<${n}>` };
}

/** Words for "asked for / wanted / made me give" used in tactic cues that need an ask. */
export const ASK = String.raw`\b(?:ask\w*|want\w*|need\w*|request\w*|demand\w*|give|gave|giving|tell|told|enter\w*|type\w*|typing|provide\w*|confirm\w*|verify|read|share|for|took|take|taking|stole)`;
