// Partner API keys: "sp_<8-character prefix>_<43 characters of secret>", 256 random bits.
// Only the prefix (to find the row and to name the key to admins) and a SHA-256 of the
// whole key are stored; a hash without a salt or slow function is enough for keys this
// random, and lets every request be checked in microseconds. Created, listed and revoked
// by `npm run apikey:create` (scripts/apikey-create.ts).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { PrismaClient } from "../../generated/prisma/client";

const PREFIX_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const KEY_SHAPE = /^(sp_[0-9a-hjkmnp-tv-z]{8})_([A-Za-z0-9_-]{43})$/;
/** Writing last_used_at on every request would make each call a write; once a minute is enough. */
const LAST_USED_GRANULARITY_MS = 60_000;

export interface ApiClientRef {
  id: string;
  name: string;
  keyPrefix: string;
}

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

export function generateApiKey(random: (n: number) => Buffer = randomBytes): { key: string; prefix: string; hash: string } {
  const prefix = `sp_${[...random(8)].map((b) => PREFIX_ALPHABET[b & 31]).join("")}`;
  const key = `${prefix}_${random(32).toString("base64url")}`;
  return { key, prefix, hash: sha256(key) };
}

export async function createApiClient(prisma: PrismaClient, name: string): Promise<{ key: string; client: ApiClientRef }> {
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 100) throw new Error("the name must be 2 to 100 characters");
  for (let attempt = 0; ; attempt++) {
    const { key, prefix, hash } = generateApiKey();
    const clash = await prisma.apiClient.findUnique({ where: { keyPrefix: prefix }, select: { id: true } });
    if (clash && attempt < 5) continue;
    const row = await prisma.apiClient.create({
      data: { name: trimmed, keyPrefix: prefix, keyHash: hash },
      select: { id: true, name: true, keyPrefix: true },
    });
    return { key, client: row };
  }
}

export async function revokeApiClient(prisma: PrismaClient, prefix: string, now: Date): Promise<ApiClientRef | null> {
  const row = await prisma.apiClient.findUnique({ where: { keyPrefix: prefix }, select: { id: true, revokedAt: true } });
  if (!row) return null;
  return prisma.apiClient.update({
    where: { id: row.id },
    data: { revokedAt: row.revokedAt ?? now },
    select: { id: true, name: true, keyPrefix: true },
  });
}

export async function listApiClients(prisma: PrismaClient) {
  return prisma.apiClient.findMany({
    orderBy: { createdAt: "asc" },
    select: { name: true, keyPrefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** The client a presented key belongs to, or null for a malformed, unknown or revoked key. */
export async function authenticateApiKey(prisma: PrismaClient, presented: string, now: Date): Promise<ApiClientRef | null> {
  const m = KEY_SHAPE.exec(presented);
  if (!m) return null;
  const row = await prisma.apiClient.findUnique({
    where: { keyPrefix: m[1]! },
    select: { id: true, name: true, keyPrefix: true, keyHash: true, revokedAt: true, lastUsedAt: true },
  });
  if (!row || row.revokedAt) return null;
  const given = Buffer.from(sha256(presented), "hex");
  const stored = Buffer.from(row.keyHash, "hex");
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS) {
    await prisma.apiClient.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { id: row.id, name: row.name, keyPrefix: row.keyPrefix };
}

/** "Bearer sp_..." -> the key; null when the header is missing or another scheme. */
export function bearerToken(header: string | null): string | null {
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? "");
  return m ? m[1]! : null;
}
