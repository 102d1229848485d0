/**
 * Decides whether a tactic cue describes an ask that did not happen.
 *
 * The tactic label means "the scammer used or asked for this". So:
 *  - the victim's own refusal keeps the tactic: "I did not press 1", "I didn't
 *    give my card details", "didn't click the link" (the ask was made);
 *  - a denied ask or absence drops it: "they never asked for my password",
 *    "there was no link", "no remote access", "without asking for my PIN",
 *    and advice such as "Amazon will never ask for gift cards".
 */

/** A negator up to four words before the cue, in the same sentence; group 1 is the word before it. */
const NEGATOR = /(?:\b([a-z']+)[^a-z0-9'.!?\n]{1,3})?\b(?:didn'?t|did not|didnt|never|no one|nobody|wasn'?t|was not|weren'?t|were not|doesn'?t|does not|don'?t|do not|won'?t|will not|wouldn'?t|would not|not|without)\b((?:[^a-z0-9'.!?\n]{1,3}[a-z0-9']{1,24}){0,4})[^a-z0-9'.!?\n]{0,3}$/;
/** Verbs that make the negated thing the scammer's ask ("they never asked for", "I wasn't asked"). */
const ASK_VERB = /\b(?:ask|request|mention|want|need|say|said|try|tried|require|use|used|involve|bring|brought|offer)\w*/;
/** Giving verbs: negated with the scammer as subject the thing never arrived ("they didn't send a link"). */
const GIVE_VERB = /\b(?:give|gave|send|sent|leave|left|provide)\w*/;
const VICTIM = new Set(["i", "we", "mum", "dad", "ip"]);
/** Words allowed between the negated verb and the cue ("asked me for any of my"). */
const LINKING = new Set(["for", "me", "us", "him", "her", "them", "my", "your", "his", "their", "our", "the", "a", "an", "any", "to", "about", "of", "out", "it", "up", "anything", "that", "this"]);
/** "no link", "no remote access", "no mention of gift cards". */
const ABSENCE = /\b(?:no|nor|zero|nothing about|no mention of|no sign of|no request for)(?:[^a-z0-9'.!?\n]{1,3}[a-z0-9']{1,24}){0,1}[^a-z0-9'.!?\n]{1,3}$/;
const WINDOW = 60;

/** Cheap pre-check: most windows contain no negating word at all. */
const MAYBE_NEGATED = /n't|n't|\bno|\bnot\b|never|without|nobody|didnt|dont|wont|wasnt|werent|doesnt|\bnor\b|zero|nothing/;

export function isNegatedAsk(folded: string, start: number, end: number): boolean {
  const before = folded.slice(Math.max(0, start - WINDOW), start);
  if (!MAYBE_NEGATED.test(before)) return false;
  const boundary = Math.max(before.lastIndexOf("."), before.lastIndexOf("!"), before.lastIndexOf("?"), before.lastIndexOf("\n"));
  const prefix = boundary >= 0 ? before.slice(boundary + 1) : before;
  if (ABSENCE.test(prefix)) return true;
  const m = NEGATOR.exec(prefix);
  if (!m) return false;
  if (/\bwithout\b/.test(m[0])) return true;
  // The negated verb must lead straight into the cue ("didn't ask for my
  // password"), not sit in another clause ("if you did not request this
  // renewal please call 0800 ...").
  const words = (m[2] ?? "").split(/[^a-z0-9']+/).filter(Boolean);
  const hitWords = folded.slice(start, Math.min(end, start + 24)).split(/[^a-z0-9']+/).filter(Boolean).slice(0, 2);
  let verbAt = -1;
  words.forEach((w, i) => {
    if (ASK_VERB.test(w) || GIVE_VERB.test(w)) verbAt = i;
  });
  const tail = words.slice(verbAt + 1);
  const verb = verbAt >= 0 ? (words[verbAt] ?? "") : hitWords.find((w) => ASK_VERB.test(w) || GIVE_VERB.test(w));
  if (verb === undefined || !tail.every((w) => LINKING.has(w))) return false;
  if (ASK_VERB.test(verb)) return true;
  // "I didn't give my card details" is a refusal of an ask that was made: keep it.
  // "they didn't send a link" means there was none: drop it.
  return !VICTIM.has(m[1] ?? "");
}
