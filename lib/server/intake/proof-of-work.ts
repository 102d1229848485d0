// ALTCHA proof-of-work for the public form, self-hosted (altcha-lib, no third party).
// The browser fetches a challenge (app/report/challenge), finds the counter while the
// reporter types, and posts the answer in a hidden field. Challenges are signed with a
// server key and expire; a redeemed one is recorded in used_challenge so it cannot be
// posted twice. Anything short of a fresh, valid answer puts the post in the stricter
// "no proof-of-work" rate limit: the form still works without JavaScript.
import { createHash } from "node:crypto";
import { createChallenge, randomInt, verifySolution, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client";
import type { IntakeKeys } from "./intake-config";

export const CHALLENGE_TTL_SECONDS = 2 * 3_600;
const MAX_PAYLOAD_CHARS = 4_000;

export type PowVerdict = "verified" | "missing" | "invalid" | "expired" | "replayed";

export async function createFormChallenge(keys: IntakeKeys, maxNumber: number, now: Date): Promise<Challenge> {
  // Deterministic mode: the server picks the counter, so the work is known in advance and
  // a solution is checked with one HMAC instead of re-hashing.
  return createChallenge({
    algorithm: "SHA-256",
    cost: 1,
    counter: randomInt(maxNumber, Math.max(1, Math.floor(maxNumber / 2))),
    deriveKey,
    expiresAt: new Date(now.getTime() + CHALLENGE_TTL_SECONDS * 1000),
    hmacSignatureSecret: keys.powChallenge,
    hmacKeySignatureSecret: keys.powSolution,
  });
}

const payloadSchema = z.object({
  challenge: z.object({
    parameters: z.looseObject({
      algorithm: z.string(),
      nonce: z.string(),
      salt: z.string(),
      cost: z.number(),
      keyLength: z.number(),
      keyPrefix: z.string(),
      expiresAt: z.number().optional(),
    }),
    signature: z.string().min(1),
  }),
  solution: z.object({ counter: z.number(), derivedKey: z.string(), time: z.number().optional() }),
});

/** The hidden field's value: base64 of {challenge, solution}, as the client component writes it. */
export function decodePowPayload(field: string | undefined): z.infer<typeof payloadSchema> | null {
  if (!field || field.length > MAX_PAYLOAD_CHARS) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(field, "base64").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Checks the answer and, when it is good, redeems the challenge so it cannot be used again. */
export async function verifyAndRedeem(prisma: PrismaClient, keys: IntakeKeys, field: string | undefined, now: Date): Promise<PowVerdict> {
  if (!field) return "missing";
  const payload = decodePowPayload(field);
  if (!payload) return "invalid";
  let result;
  try {
    result = await verifySolution({
      challenge: payload.challenge as Challenge,
      solution: payload.solution,
      deriveKey,
      hmacSignatureSecret: keys.powChallenge,
      hmacKeySignatureSecret: keys.powSolution,
    });
  } catch {
    return "invalid";
  }
  if (result.expired) return "expired";
  if (!result.verified) return "invalid";
  const id = createHash("sha256").update(payload.challenge.signature).digest("hex");
  const expiresAt = new Date((payload.challenge.parameters.expiresAt ?? now.getTime() / 1000 + CHALLENGE_TTL_SECONDS) * 1000);
  const inserted = await prisma.$executeRaw`
    INSERT INTO used_challenge (id, expires_at) VALUES (${id}, ${expiresAt}) ON CONFLICT (id) DO NOTHING`;
  if (Math.random() < 0.02) await prisma.usedChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  return inserted === 1 ? "verified" : "replayed";
}
