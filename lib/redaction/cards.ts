import type { Span } from "./spans";
import { digitGap } from "./tokens";
import { luhnValid } from "./validators";

/**
 * Payment card numbers: 13 to 19 digits that pass Luhn, typed as one run or
 * in groups separated by a space, a dash or a dot.
 *
 * Digit runs are chained when one or two separators or a single dot sit
 * between them (see digitGap). A chain is a card when either
 *  (a) the whole chain is 13-19 digits, passes Luhn, and does not look like
 *      something else: UK phone numbers start with 0 and international ones
 *      with "+", Amazon order numbers are 3-7-7 digits ("203-1234567-1234567");
 *  (b) some run of its groups has a card layout (one group, 4-4-4-4 style,
 *      or Amex 4-6-5 / Diners 4-6-4) and passes Luhn. This finds a card typed
 *      next to other numbers ("card 4111 1111 1111 1111 exp 12 27").
 * Anything else, including 16-digit numbers that fail Luhn, is left alone.
 */

interface Group {
  start: number;
  end: number;
}

interface Chain {
  groups: Group[];
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** One pass over the characters: digit runs, chained by the same rule as the tokenizer. */
function chains(text: string): Chain[] {
  const result: Chain[] = [];
  let current: Chain | undefined;
  let i = 0;
  while (i < text.length) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isDigitCode(text.charCodeAt(i))) i++;
    const previous = current?.groups[current.groups.length - 1];
    const gap = current && previous ? digitGap(text, previous.end, start) : null;
    if (current && gap) {
      current.groups.push({ start, end: i });
    } else {
      current = { groups: [{ start, end: i }] };
      result.push(current);
    }
  }
  return result;
}

function size(groups: Group[], index: number): number {
  const group = groups[index];
  return group ? group.end - group.start : 0;
}

function digitsOf(text: string, groups: Group[], from: number, to: number): string {
  let digits = "";
  for (let k = from; k <= to; k++) {
    const group = groups[k];
    if (group) digits += text.slice(group.start, group.end);
  }
  return digits;
}

/** Does groups[s..e] (inclusive) have the layout of a printed card number? */
function cardLayout(groups: Group[], s: number, e: number): boolean {
  const n = e - s + 1;
  if (n === 1) return true;
  if (n === 3 && size(groups, s) === 4 && size(groups, s + 1) === 6) {
    return size(groups, s + 2) === 5 || size(groups, s + 2) === 4;
  }
  if (n < 4) return false;
  for (let k = s; k < e; k++) if (size(groups, k) !== 4) return false;
  return size(groups, e) <= 4;
}

function plausibleCard(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && luhnValid(digits);
}

/** Rule (a) on a run of groups that is (or will be, once its neighbours are removed) a whole chain. */
function wholeRunIsCard(text: string, groups: Group[]): boolean {
  const first = groups[0];
  const n = groups.length;
  if (!first || n === 1 || n > 19) return false; // one group is covered by rule (b)
  for (let k = 1; k < n; k++) {
    const previous = groups[k - 1];
    if (previous && text.charCodeAt(previous.end) === 46) return false; // dots only in card layouts
  }
  if (text.charCodeAt(first.start) === 48) return false; // UK phone numbers start with 0
  // "+49 1512 3456789": international numbers can reach 13-15 digits. Only a
  // "+" touching the digits counts, so removing text nearby never changes this.
  if (text.charAt(first.start - 1) === "+") return false;
  const orderNumber =
    n === 3 && (size(groups, 0) === 3 || size(groups, 0) === 2) && size(groups, 1) === 7 && size(groups, 2) === 7;
  return !orderNumber && plausibleCard(digitsOf(text, groups, 0, n - 1));
}

/** Rule (b): card-shaped runs inside a chain, as [first, last] group indexes. */
function cardShapedRuns(text: string, groups: Group[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  // Try each start group, longest card-shaped run first. Only a 4-digit group
  // can start a multi-group layout, so other groups are checked alone; either
  // way the work per group is bounded (at most 19 groups fit in 19 digits).
  let s = 0;
  while (s < groups.length) {
    let found = -1;
    if (size(groups, s) !== 4) {
      if (size(groups, s) >= 13 && plausibleCard(digitsOf(text, groups, s, s))) found = s;
    } else {
      let total = 0;
      let e = s;
      while (e < groups.length && total + size(groups, e) <= 19) total += size(groups, e++);
      for (let end = e - 1; end >= s && total >= 13; end--) {
        if (cardLayout(groups, s, end) && plausibleCard(digitsOf(text, groups, s, end))) {
          found = end;
          break;
        }
        total -= size(groups, end);
      }
    }
    if (found >= 0) {
      runs.push([s, found]);
      s = found + 1;
    } else {
      s++;
    }
  }
  return runs;
}

export function findCardNumbers(text: string): Span[] {
  const spans: Span[] = [];
  const push = (from: Group | undefined, to: Group | undefined) => {
    if (from && to) spans.push({ start: from.start, end: to.end, kind: "card-number", counts: true });
  };
  for (const { groups } of chains(text)) {
    if (wholeRunIsCard(text, groups)) {
      push(groups[0], groups[groups.length - 1]);
      continue;
    }
    const runs = cardShapedRuns(text, groups);
    if (runs.length === 0) continue;
    // What is left between the cards becomes a chain of its own once they are
    // removed; check it now with rule (a) so a second pass finds nothing new.
    let from = 0;
    for (const [s, e] of [...runs, [groups.length, groups.length] as [number, number]]) {
      const remnant = groups.slice(from, s);
      if (wholeRunIsCard(text, remnant)) push(remnant[0], remnant[remnant.length - 1]);
      if (s < groups.length) push(groups[s], groups[e]);
      from = e + 1;
    }
  }
  return spans;
}
