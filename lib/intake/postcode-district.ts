// The first half of a UK postcode (the "outward code", e.g. SA31, M1, EC1A, W1A), which
// is all ScamPulse keeps of where a reporter lives. People often type a whole postcode:
// its outward code is kept and the rest is dropped, never stored. Only the shape is
// checked; no list of real districts is consulted.
const OUTWARD = /^([A-Z]{1,2}[0-9][A-Z0-9]?)$/;
const FULL = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;

/** The outward code in capitals, or null when the input is not shaped like one. */
export function parsePostcodeDistrict(input: string): string | null {
  const compact = input.toUpperCase().replace(/\s+/g, "");
  if (compact.length < 2 || compact.length > 7) return null;
  // An outward code never ends in digit-letter-letter, so the two shapes cannot be confused.
  const full = FULL.exec(compact);
  if (full) return full[1]!;
  const outward = OUTWARD.exec(compact);
  return outward ? outward[1]! : null;
}
