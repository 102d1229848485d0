/**
 * Folds text for matching while keeping every character at the same UTF-16
 * offset, so a match in the folded text is also a span of the original text
 * (evidence offsets must point into what the reporter typed).
 */

const PUNCT_FOLD: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u00b4": "'",
  "`": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\u00a0": " ",
  "\u2009": " ",
  "\u202f": " ",
};

const PUNCT_RE = /[\u2018\u2019\u201a\u201b\u00b4`\u201c\u201d\u2013\u2014\u2212\u00a0\u2009\u202f]/g;

export function foldText(text: string): string {
  // "İ" is the one character whose lower case is two code units ("i̇"): map it
  // to "i" first so offsets stay aligned.
  let lower = (text.includes("\u0130") ? text.replace(/\u0130/g, "i") : text).toLowerCase();
  if (lower.length !== text.length) {
    // Should not happen; keep any other expanding character as is.
    const out: string[] = [];
    for (let i = 0; i < text.length; i++) {
      const low = text.charAt(i).toLowerCase();
      out.push(low.length === 1 ? low : text.charAt(i));
    }
    lower = out.join("");
  }
  return lower.replace(PUNCT_RE, (ch) => PUNCT_FOLD[ch] ?? ch);
}
