/**
 * One pass over the folded report: its words (start offset and a key for the
 * first three characters) and which 1-3 character word prefixes occur. The
 * fast matcher (rule-engine.ts) walks the words to try only rules that start
 * with them, and checks prefixes to skip rules whose literals are absent.
 *
 * Prefixes of [a-z0-9] are encoded as integers below 37^3; presence is kept
 * in a shared stamped bitmap (no allocation or hashing per report). A
 * TextKeys whose stamps were overwritten by a later report re-stamps itself.
 */

const SIZE = 37 * 37 * 37;
const stamps = new Uint32Array(SIZE);
let generation = 0;

/** 1..36 for [0-9a-z], 0 otherwise (table lookup: this runs for every character). */
const CODE = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CODE[c] = c - 47;
for (let c = 97; c <= 122; c++) CODE[c] = c - 86;

/** Integer code of the first (up to) three [a-z0-9] characters of `s`; distinct strings, distinct codes. */
export function prefixCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length && i < 3; i++) {
    const c = s.charCodeAt(i);
    h = h * 37 + (c < 128 ? (CODE[c] as number) : 0);
  }
  return h;
}

// Scratch buffers reused by every report (sized on demand), copied out at the end.
let scratchStarts = new Int32Array(1024);
let scratchCodes = new Int32Array(1024);
let scratchPrefixes = new Int32Array(3072);

export class TextKeys {
  readonly text: string;
  /** Word start offsets, in text order. */
  readonly starts: Int32Array;
  /** Key of each word: code of its first three characters, or of the whole word if shorter. */
  readonly codes: Int32Array;
  readonly hasDigit: boolean;
  private readonly prefixCodes: Int32Array;
  private stamp = 0;

  constructor(folded: string) {
    this.text = folded;
    const n = folded.length;
    if (scratchStarts.length < n / 2 + 2) {
      scratchStarts = new Int32Array(n / 2 + 2);
      scratchCodes = new Int32Array(n / 2 + 2);
      scratchPrefixes = new Int32Array(3 * (n / 2 + 2));
    }
    let words = 0;
    let prefixes = 0;
    let hasDigit = false;
    let i = 0;
    while (i < n) {
      const c = folded.charCodeAt(i);
      const c0 = c < 128 ? (CODE[c] as number) : 0;
      if (c0 === 0) {
        i++;
        continue;
      }
      const start = i++;
      let key = c0;
      scratchPrefixes[prefixes++] = key;
      const d = i < n ? folded.charCodeAt(i) : 0;
      const c1 = d < 128 ? (CODE[d] as number) : 0;
      if (c1 !== 0) {
        i++;
        key = key * 37 + c1;
        scratchPrefixes[prefixes++] = key;
        const e = i < n ? folded.charCodeAt(i) : 0;
        const c2 = e < 128 ? (CODE[e] as number) : 0;
        if (c2 !== 0) {
          i++;
          key = key * 37 + c2;
          scratchPrefixes[prefixes++] = key;
        }
      }
      while (i < n) {
        const f = folded.charCodeAt(i);
        if (f >= 128 || CODE[f] === 0) break;
        i++;
      }
      scratchStarts[words] = start;
      scratchCodes[words] = key;
      words++;
      if (c0 <= 10) hasDigit = true;
    }
    this.starts = scratchStarts.slice(0, words);
    this.codes = scratchCodes.slice(0, words);
    this.prefixCodes = scratchPrefixes.slice(0, prefixes);
    this.hasDigit = hasDigit;
  }

  /** Does some word start with the (1-3 character) prefix of this code? */
  hasPrefix(code: number): boolean {
    if (this.stamp !== generation || this.stamp === 0) this.restamp();
    return stamps[code] === this.stamp;
  }

  private restamp(): void {
    generation = generation === 0xffffffff ? 1 : generation + 1;
    if (generation === 1) stamps.fill(0);
    this.stamp = generation;
    const codes = this.prefixCodes;
    for (let i = 0; i < codes.length; i++) stamps[codes[i] as number] = generation;
  }
}

export function textKeys(folded: string): TextKeys {
  return new TextKeys(folded);
}
