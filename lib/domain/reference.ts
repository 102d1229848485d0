// Public report references: "SP-" + 8 Crockford base32 characters in two groups, e.g.
// SP-7KQ3-9XDP. Crockford's alphabet has no I, L, O or U, so a reference read over the
// phone cannot be misheard as a look-alike; parsing forgives the usual confusions.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const BITS = 40; // 8 characters x 5 bits

function encode(value: bigint): string {
  let out = "";
  for (let i = 0; i < 8; i++) {
    out = ALPHABET[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return `SP-${out.slice(0, 4)}-${out.slice(4)}`;
}

/** A random reference from 40 bits of entropy (`randomBytes` is injected to keep this pure). */
export function randomReference(randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(5);
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return encode(v);
}

const MASK = (1n << BigInt(BITS)) - 1n;
// An odd multiplier is invertible modulo 2^40, so distinct indices give distinct references.
const MULTIPLIER = 0x9e3779b97fn | 1n;

/** A reference derived from a sequence number: distinct for distinct (index, salt). */
export function sequentialReference(index: number, salt: number): string {
  const mixed = ((BigInt(index) + BigInt(salt) * 0x1000000n) * MULTIPLIER) & MASK;
  return encode(mixed ^ 0x5a5a5a5a5an);
}

/** Normalises what a person typed or said into the canonical form, or null if it cannot be one. */
export function parseReference(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/^SP/, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (cleaned.length !== 8) return null;
  for (const ch of cleaned) if (!ALPHABET.includes(ch)) return null;
  return `SP-${cleaned.slice(0, 4)}-${cleaned.slice(4)}`;
}
