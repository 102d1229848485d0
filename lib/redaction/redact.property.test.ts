import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redact } from "./redact";
import { luhnValid } from "./validators";

const BUDGET_MS = 50;
const SEED = 20240607; // fixed so a failure reproduces; fast-check prints the path too

/**
 * CPU milliseconds of the best of three runs, after one untimed run. CPU time
 * rather than wall time, and the best run after a warm-up, because the test
 * machine is shared and the JIT optimises code paths only after first use:
 * neither says anything about the algorithm. Catastrophic backtracking would
 * still cost seconds of CPU on every run.
 */
function timed(text: string): number {
  redact(text);
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = process.cpuUsage();
    redact(text);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1_000);
  }
  return best;
}

// Warm the JIT once so the first measured run is not a compile.
redact("warm up 4111 1111 1111 1111 cvv 123 code 482913 sort code 20-00-00 12345678 pw: x1 GB82WEST12345698765432");

/** Fragments chosen to stress every scanner: digits and separators, cue words, quotes, placeholder pieces. */
const FRAGMENTS = [
  "1", "12", "123", "1234", "4111", "482913", "12345678", "20-00-00", " ", "  ", "-", ".", ",", ":", "/", "+", "£",
  "\n", "code", "code ", "cvv ", "pin ", "the ", "on the back ", "security code ", "one time passcode ", "sort code ",
  "account ", "a/c ", "pw:", "password is ", "passcode ", '"', "\u201c", "'", "GB82", "gb82 west ", "DE89", "[",
  "]", "[card number removed]", "[password removed]", "removed]", "was ", "is ", "x", "Fluffy2020!", "cyfrinair yw ",
  "\u00a0", "\u2013", "٣", "é", "😀",
];
const adversarialText = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 25_000, size: "max" })
  .map((parts) => parts.join("").slice(0, 100_000));
const randomText = fc.string({ unit: "binary", maxLength: 100_000, size: "max" });
const shortText = fc.string({ unit: "grapheme-ascii", maxLength: 200 });

const PATHOLOGICAL = [
  "1".repeat(100_000),
  "1 ".repeat(50_000),
  "1-".repeat(50_000),
  "4111 ".repeat(20_000),
  "12 34 56 ".repeat(11_000),
  "code 123 ".repeat(11_000),
  "cvv ".repeat(25_000) + "123",
  "password is ".repeat(8_000),
  "pw \u201c".repeat(25_000),
  'pw "'.repeat(25_000),
  "pw:".repeat(33_000),
  "GB82".repeat(25_000),
  "gb82 ".repeat(20_000),
  "[".repeat(100_000),
  "[card number removed".repeat(5_000),
  ".".repeat(100_000),
  "a".repeat(100_000),
  " ".repeat(100_000),
  "sort code 20-00-00 ".repeat(5_000),
  "20-00-00 12345678 ".repeat(5_500),
  "\n".repeat(100_000),
  `pw ${"!".repeat(100_000)}x`, // a trailing-punctuation regex would be quadratic here
  `password is ${".".repeat(100_000)}x`,
  `password: "${"a".repeat(100_000)}`,
  "pw-x-".repeat(20_000), // many cues before one long run
  "password-the-".repeat(7_500),
  "pw!".repeat(33_000),
];

describe("redact: speed and safety", () => {
  it.each(PATHOLOGICAL.map((text, i) => [i, text] as const))("pathological input #%i runs in linear time", (_, text) => {
    expect(timed(text)).toBeLessThan(BUDGET_MS);
  });

  // Large inputs are sampled rather than asserted with fc.assert: shrinking a
  // 100 KB counterexample would take minutes, and the seed reproduces it anyway.
  it("never throws and stays under budget on adversarial fragments up to 100 KB", () => {
    for (const text of fc.sample(adversarialText, { numRuns: 20, seed: SEED })) {
      expect(timed(text)).toBeLessThan(BUDGET_MS);
    }
  });

  it("never throws and stays under budget on random Unicode up to 100 KB", () => {
    for (const text of fc.sample(randomText, { numRuns: 10, seed: SEED })) {
      expect(timed(text)).toBeLessThan(BUDGET_MS);
    }
  });
});

describe("redact: idempotent", () => {
  const idempotent = (text: string) => {
    const once = redact(text);
    const twice = redact(once.text);
    return twice.text === once.text && twice.removals.length === 0;
  };

  it("on adversarial fragments up to 100 KB", () => {
    for (const text of fc.sample(adversarialText, { numRuns: 20, seed: SEED })) expect(idempotent(text)).toBe(true);
  });

  it("on short fragment mixes (where shrinking finds small counterexamples)", () => {
    const short = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((p) => p.join(""));
    fc.assert(fc.property(short, idempotent), { numRuns: 3_000, seed: SEED });
  });

  it("on short random text", () => {
    fc.assert(fc.property(shortText, idempotent), { numRuns: 1_000, seed: SEED });
  });
});

/** A Luhn-valid 16-digit number from 15 random digits plus the check digit that makes it valid. */
const luhnCard = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }).map((body) => {
  const partial = body.join("");
  for (let check = 0; check <= 9; check++) if (luhnValid(partial + check)) return partial + check;
  throw new Error("unreachable: one check digit always works");
});
const formatted = fc
  .tuple(luhnCard, fc.constantFrom("", " ", "-", "  ", "."))
  .map(([digits, sep]) => ({ digits, text: sep === "" ? digits : (digits.match(/.{4}/g) ?? []).join(sep) }));
/** Anything, but ending (or starting) with a non-digit so the card is not glued to other digits. */
const before = fc.tuple(shortText, fc.constantFrom(" ", "\n", ": ", "(", "x", "-", ",")).map(([t, b]) => t + b);
const after = fc.tuple(fc.constantFrom(" ", ".", ")", "x", "-", ","), shortText).map(([b, t]) => b + t);

describe("redact: card numbers never survive", () => {
  it("any Luhn-valid 16-digit number embedded in random text is removed", () => {
    fc.assert(
      fc.property(before, formatted, after, (prefix, card, suffix) => {
        const { text } = redact(prefix + card.text + suffix);
        return !text.replace(/[^0-9]/g, "").includes(card.digits);
      }),
      { numRuns: 3_000, seed: SEED },
    );
  });

  it("the same holds after a cue word or inside a sentence of other numbers", () => {
    const context = fc.constantFrom(
      (c: string) => `card number ${c} exp 12/27 cvv 123`,
      (c: string) => `order 203-1234567-1234567 then card ${c}`,
      (c: string) => `call 0800 123 4567 and give ${c}`,
      (c: string) => `sort code 20-00-00 ${c}`,
      (c: string) => `password: ${c}`,
      (c: string) => `${c} 12/27 123`,
    );
    fc.assert(
      fc.property(context, formatted, (wrap, card) => {
        const { text } = redact(wrap(card.text));
        return !text.replace(/[^0-9]/g, "").includes(card.digits);
      }),
      { numRuns: 1_000, seed: SEED },
    );
  });
});

describe("redact: ordinary numbers survive", () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
  const notLuhn16 = digits(16).filter((d) => !luhnValid(d));
  const amount = fc
    .tuple(fc.constantFrom("£", "$", "€"), fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 99 }))
    .map(([c, major, minor]) => `${c}${major.toLocaleString("en-GB")}.${String(minor).padStart(2, "0")}`);
  const phone = fc.oneof(
    digits(6).map((d) => `07700 ${d}`),
    digits(7).map((d) => `0800 ${d.slice(0, 3)} ${d.slice(3)}`),
    digits(8).map((d) => `+44 20 ${d.slice(0, 4)} ${d.slice(4)}`),
  );
  const order = fc.tuple(digits(3), digits(7), digits(7)).map((p) => p.join("-"));
  const date = fc.date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => {
    const [y, m, day] = d.toISOString().slice(0, 10).split("-");
    return `${day}/${m}/${y}`;
  });

  it("non-Luhn 16-digit numbers, amounts, phone numbers, order numbers and dates", () => {
    fc.assert(
      fc.property(notLuhn16, amount, phone, order, date, (n, a, p, o, d) => {
        const text = `ref ${n} paid ${a} they rang from ${p} about order ${o} on ${d}`;
        return redact(text).text === text;
      }),
      { numRuns: 2_000, seed: SEED },
    );
  });
});
