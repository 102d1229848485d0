// The partner API through its route handler, on a real database: every status it answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Before any app module reads the environment (lib/server/env.ts caches it).
process.env.INTAKE_SECRET = "integration-test-intake-secret-0123456789";
process.env.RATE_LIMIT_API = "4/1h";
process.env.API_MAX_BODY_BYTES = "4096";

const { POST } = await import("@/app/api/v1/reports/route");
const { GET: openapi } = await import("@/app/api/v1/openapi.json/route");
const { createApiClient, revokeApiClient } = await import("@/lib/server/intake/api-keys");
const { seedRegions } = await import("@/lib/server/seed/regions");
const { useDatabaseForApp } = await import("./helpers/app-database");
const { backend, migratedDatabase } = await import("./helpers/test-db");
type TestDatabase = Awaited<ReturnType<typeof migratedDatabase>>;

let db: TestDatabase;
beforeAll(async () => {
  db = await migratedDatabase();
  await seedRegions(db.prisma);
  useDatabaseForApp(db);
});
afterAll(async () => db?.drop());

const newKey = async (name = "Test Bank") => (await createApiClient(db.prisma, name)).key;

const report = {
  narrative:
    "Automated call from 'Amazon' said £79.99 Prime renewal would be taken today, press 1 to cancel. I pressed 1 and a man asked for my card number 4111 1111 1111 1111 and the 3 digit code 123.",
  region: "dyfed-powys",
  channel: "automated-call",
  identifiers: ["0800 123 4567"],
  moneyLost: { amount: 79.99, currency: "GBP", method: "card" },
  gave: ["card-details"],
};

function post(key: string | null, body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://localhost/api/v1/reports", {
      method: "POST",
      headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

describe(`POST /api/v1/reports on ${backend}`, () => {
  it("201: stores the report, redacted, and answers with its reference and tags", async () => {
    const res = await post(await newKey(), report);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.reference).toMatch(/^SP-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(body.channel).toBe("automated-call");
    expect(body.script).toBe("renewal");
    expect(body.tactics).toEqual(expect.arrayContaining(["press-1", "card-details"]));
    const row = await db.prisma.report.findUniqueOrThrow({ where: { reference: body.reference }, include: { identifiers: true, tagging: true } });
    expect(row.source).toBe("partner_api");
    expect(row.narrative).toContain("[card number removed]");
    expect(row.narrative).not.toContain("4111");
    expect(row.narrative).not.toMatch(/\b123\b/);
    expect(row.lossAmountMinor).toBe(7999);
    expect(row.identifiers.map((i) => i.normalized)).toContain("+448001234567");
    expect(row.tagging?.script).toBe("renewal");
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: String(row.id) } });
    expect(audit.action).toBe("report.create");
    expect(JSON.stringify(audit.details)).not.toContain("Amazon");
  });

  it("201 with the same Idempotency-Key and body: the same reference, one report", async () => {
    const key = await newKey();
    const before = await db.prisma.report.count();
    const first = await post(key, report, { "idempotency-key": "retry-1" });
    const second = await post(key, { ...report, gave: ["card-details"] }, { "idempotency-key": "retry-1" });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect((await second.json()).reference).toBe((await first.json()).reference);
    expect(await db.prisma.report.count()).toBe(before + 1);
  });

  it("the same Idempotency-Key from another partner is another report", async () => {
    const a = await post(await newKey("Bank A"), report, { "idempotency-key": "shared-key" });
    const b = await post(await newKey("Bank B"), report, { "idempotency-key": "shared-key" });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect((await b.json()).reference).not.toBe((await a.json()).reference);
  });

  it("409 when an Idempotency-Key comes back with a different body", async () => {
    const key = await newKey();
    expect((await post(key, report, { "idempotency-key": "k-409" })).status).toBe(201);
    const res = await post(key, { ...report, region: "gwent" }, { "idempotency-key": "k-409" });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toBe("idempotency_conflict");
  });

  it("400 names each bad field, and for bad JSON or a bad Idempotency-Key", async () => {
    const key = await newKey();
    const res = await post(key, { narrative: "too short", region: "atlantis", moneyLost: { amount: -1 }, colour: "red" });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe("validation_failed");
    expect(Object.keys(body.fieldErrors).sort()).toEqual(["colour", "moneyLost.amount", "narrative", "region"]);
    expect(body.fieldErrors.narrative[0]).toMatch(/^narrative must be at least 20 characters/);
    expect((await post(key, "{not json")).status).toBe(400);
    expect((await post(key, report, { "idempotency-key": "bad key with spaces" })).status).toBe(400);
  });

  it("401 without a key, with an unknown key, and with a revoked one", async () => {
    expect((await post(null, report)).status).toBe(401);
    expect((await post("sp_00000000_" + "A".repeat(43), report)).status).toBe(401);
    const { key, client } = await createApiClient(db.prisma, "Soon revoked");
    expect((await post(key, report)).status).toBe(201);
    await revokeApiClient(db.prisma, client.keyPrefix, new Date());
    const res = await post(key, report);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("records when a key was last used", async () => {
    const { key, client } = await createApiClient(db.prisma, "Used");
    await post(key, report);
    const row = await db.prisma.apiClient.findUniqueOrThrow({ where: { id: client.id } });
    expect(row.lastUsedAt).not.toBeNull();
    expect(row.keyHash).not.toContain(key.slice(12));
  });

  it("413 for a declared Content-Length over the limit, before reading anything", async () => {
    const key = await newKey();
    const before = await db.prisma.report.count();
    const res = await post(key, JSON.stringify({ ...report, narrative: "x".repeat(5000) }));
    expect(res.status).toBe(413);
    expect(await db.prisma.report.count()).toBe(before);
  });

  it("413 for a streamed body with no length that grows past the limit", async () => {
    const key = await newKey();
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024;
        controller.enqueue(new TextEncoder().encode(" ".repeat(1024)));
        if (sent > 1_000_000) controller.close();
      },
    });
    const res = await POST(
      new Request("http://localhost/api/v1/reports", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: stream,
        duplex: "half",
      } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(20_000);
  });

  it("415 for a body that is not JSON", async () => {
    const res = await post(await newKey(), report, { "content-type": "text/plain" });
    expect(res.status).toBe(415);
  });

  it("429 with Retry-After once a key passes its limit, other keys unaffected", async () => {
    const key = await newKey("Busy partner");
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(key, { ...report, externalId: `busy-${i}` })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 429]);
    const res = await post(key, report);
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await res.json()).message).toMatch(/Try again in \d+ seconds/);
    expect((await post(await newKey("Quiet partner"), report)).status).toBe(201);
    const buckets = await db.prisma.rateLimitBucket.findMany();
    expect(buckets.every((b) => b.key.startsWith("api:"))).toBe(true);
  });

  it("stores contact details only with consent", async () => {
    const key = await newKey();
    const withConsent = await (await post(key, { ...report, contact: { name: "Mair", email: "mair@example.org", consent: true } })).json();
    const without = await (await post(key, { ...report, contact: { name: "Huw", email: "huw@example.org", consent: false } })).json();
    const contact = (reference: string) =>
      db.prisma.report.findUniqueOrThrow({ where: { reference }, select: { contact: true } }).then((r) => r.contact);
    expect(await contact(withConsent.reference)).toMatchObject({ name: "Mair", email: "mair@example.org" });
    expect(await contact(without.reference)).toBeNull();
    expect(await db.prisma.reporterContact.count({ where: { name: "Huw" } })).toBe(0);
  });

  it("serves its OpenAPI document", async () => {
    const res = openapi();
    expect(res.status).toBe(200);
    expect((await res.json()).paths["/api/v1/reports"].post.operationId).toBe("createReport");
  });
});
