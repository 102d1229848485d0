import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tagReport } from "./tag-report";

/**
 * Safety: no input makes the tagger throw or run away. Catastrophic regex
 * backtracking shows up as time, so the time bound is part of the property:
 * every input up to 100 KB must be tagged in under 50 ms.
 *
 * On a shared machine a process can be descheduled mid-call; a real blow-up is
 * slow on every attempt, so an input counts as slow only if three attempts all
 * exceed the bound.
 */
const LIMIT_MS = 50;
const MAX_LENGTH = 100_000;

// Fragments aimed at the rules, extractors and separators: repeated thousands
// of times they are the classic triggers of super-linear matching.
const NASTY = [
  "press ", "press 1 ", "call 0800 ", "call us on 0800 123 4567 ", "0", "00", "+", "(", ")", "1,", "£1,", "1.", "1.2.", "£",
  "a.", "a-", "a.b.c.d.", "[.]", "(.)", "hxxp://", "http://a.", "www.", "x@y.", "...", "@", "/", "\\", "'", "''", "\"",
  "didn't ", "no ", "not ", "never asked for my ", "ask me for my ", "i'd be ", "amazon ", "amazon prime ", "card ", "code ",
  "refund ", "the ", "a ", "re", "aaaaaaaa", " ", "  ", "\n", "\t", "-", "_", "🙂", "İ", "ǅ", "\u00a0", "\u200b", "٣", "9",
  "overpaid ", "send back ", "gift cards ", "unauthorised ", "any desk ", "team viewer ", "£79.99 ", "over £1,000 ",
  "79 pounds 99 ", "1.500 € ", "k ", "grand ", "0.5 btc ", "bit.ly/", "amzn[.]com ", "security code ", "passcode ",
];

const repeated = fc
  .record({ parts: fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 4 }), length: fc.integer({ min: 1, max: MAX_LENGTH }) })
  .map(({ parts, length }) => {
    const unit = parts.join("") || "x";
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });
const random = fc.string({ unit: "binary", maxLength: 4_000 });
const wordSoup = fc.array(fc.constantFrom(...NASTY), { maxLength: 3_000 }).map((a) => a.join(""));

function timed(text: string): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= LIMIT_MS; attempt++) {
    const t0 = performance.now();
    tagReport({ text });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe("tagging safety", () => {
  it("tags any input up to 100 KB without throwing, in under 50 ms", () => {
    fc.assert(
      fc.property(fc.oneof(repeated, random, wordSoup), (text) => {
        const ms = timed(text);
        expect(ms, `${text.length} chars starting ${JSON.stringify(text.slice(0, 40))}`).toBeLessThan(LIMIT_MS);
        const result = tagReport({ text });
        for (const e of result.evidence) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it("handles every nasty fragment repeated to 100 KB", () => {
    for (const fragment of NASTY) {
      const text = fragment.repeat(Math.ceil(MAX_LENGTH / fragment.length)).slice(0, MAX_LENGTH);
      expect(timed(text), JSON.stringify(fragment)).toBeLessThan(LIMIT_MS);
    }
  }, 120_000);

  it("never throws on non-string or structured junk", () => {
    expect(() => tagReport({ text: undefined as unknown as string })).not.toThrow();
    expect(() => tagReport({ text: "x", channel: "fax" as never, brand: 42 as never })).not.toThrow();
  });
});
