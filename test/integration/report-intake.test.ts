// The intake service and the public form's flow on a real database: redaction before
// storage, contact only with consent, idempotency under a double submit, a reference
// clash, the proof-of-work and its replay protection, and the two form rate limits.
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/server/env";
import { handleFormSubmission, type FormContext } from "@/lib/server/intake/form-submission";
import { intakeConfigFrom } from "@/lib/server/intake/intake-config";
import { createFormChallenge, verifyAndRedeem } from "@/lib/server/intake/proof-of-work";
import { submitReport } from "@/lib/server/intake/submit-report";
import { seedRegions } from "@/lib/server/seed/regions";
import { backend, migratedDatabase, type TestDatabase } from "./helpers/test-db";

const config = intakeConfigFrom(
  parseEnv({ INTAKE_SECRET: "integration-test-intake-secret-abcdefghij", RATE_LIMIT_FORM: "3/1h", RATE_LIMIT_FORM_NO_POW: "2/1h", POW_MAX_NUMBER: "200" }),
);
const now = new Date();
let db: TestDatabase;
beforeAll(async () => {
  db = await migratedDatabase();
  await seedRegions(db.prisma);
});
afterAll(async () => db?.drop());

const narrative =
  "Caller said he was from Amazon about a refund. He asked for my password, which is Hunter2Secret!, and my sort code 20-00-00 account 12345678 to pay it back.";
const body = { narrative, region: "south-wales", channel: "phone-call", gave: ["password", "bank-details"] };
const submit = (extra: Partial<Parameters<typeof submitReport>[1]> = {}) =>
  submitReport(db.prisma, { source: "public-form", body, now, requestKey: config.keys.request, ...extra });

async function solvedPayload(): Promise<string> {
  const challenge = await createFormChallenge(config.keys, config.powMaxNumber, now);
  const solution = await solveChallenge({ challenge, deriveKey });
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}

describe(`intake service on ${backend}`, () => {
  it("stores the narrative redacted, never the original, and reports what was removed", async () => {
    const r = await submit();
    expect(r.kind).toBe("created");
    if (r.kind !== "created") return;
    const row = await db.prisma.report.findUniqueOrThrow({ where: { id: r.report.id } });
    expect(row.narrative).toContain("[password removed]");
    expect(row.narrative).toContain("[bank details removed]");
    for (const secret of ["Hunter2Secret", "12345678", "20-00-00"]) expect(row.narrative).not.toContain(secret);
    const everything = JSON.stringify(await db.prisma.reportTagging.findUnique({ where: { reportId: r.report.id } }));
    expect(everything).not.toContain("Hunter2Secret");
    expect(r.report.confirmation.removals).toEqual(["bank-account", "password"]);
    expect(r.report.confirmation.advice).toMatchObject({ nation: "wales", gave: ["password", "bank-details"], brand: "Amazon" });
  });

  it("keeps contact details only when the reporter consented", async () => {
    const yes = await submit({ body: { ...body, contact: { email: "mair@example.org", consent: true } } });
    const no = await submit({ body: { ...body, contact: { email: "huw@example.org", consent: false } } });
    if (yes.kind !== "created" || no.kind !== "created") throw new Error("not created");
    expect(await db.prisma.reporterContact.findUnique({ where: { reportId: yes.report.id } })).toMatchObject({ email: "mair@example.org" });
    expect(await db.prisma.reporterContact.findUnique({ where: { reportId: no.report.id } })).toBeNull();
    expect(yes.report.confirmation.contactConsented).toBe(true);
  });

  it("a double submit with one idempotency key makes one report, both get its reference", async () => {
    const idempotency = { scope: "form", key: "6f1c5c8e-1111-4222-8333-944445555666" };
    const [a, b] = await Promise.all([submit({ idempotency }), submit({ idempotency })]);
    const kinds = [a.kind, b.kind].sort();
    expect(kinds).toEqual(["created", "replayed"]);
    const refs = [a, b].map((r) => ("report" in r ? r.report.reference : null));
    expect(refs[0]).toBe(refs[1]);
    expect(await db.prisma.report.count({ where: { idempotencyKey: `form:${idempotency.key}` } })).toBe(1);
  });

  it("draws a new reference when the first one is already taken", async () => {
    const first = await submit();
    if (first.kind !== "created") throw new Error("not created");
    const refs = [first.report.reference, "SP-ZZZZ-ZZZZ"];
    const second = await submit({ newReference: () => refs.shift()! });
    expect(second.kind === "created" && second.report.reference).toBe("SP-ZZZZ-ZZZZ");
  });

  it("writes an audit row that says nothing personal", async () => {
    const r = await submit({ body: { ...body, contact: { name: "Mair Jones", email: "mair@example.org", consent: true } } });
    if (r.kind !== "created") throw new Error("not created");
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "report", entityId: String(r.report.id) } });
    expect(audit.details).toEqual({ source: "public-form" });
  });
});

describe(`proof-of-work on ${backend}`, () => {
  it("accepts a solved challenge once, then refuses it as a replay", async () => {
    const payload = await solvedPayload();
    expect(await verifyAndRedeem(db.prisma, config.keys, payload, now)).toBe("verified");
    expect(await verifyAndRedeem(db.prisma, config.keys, payload, now)).toBe("replayed");
  });

  it("refuses a missing, garbled, tampered or foreign-key answer", async () => {
    expect(await verifyAndRedeem(db.prisma, config.keys, undefined, now)).toBe("missing");
    expect(await verifyAndRedeem(db.prisma, config.keys, "!!!", now)).toBe("invalid");
    const decoded = JSON.parse(Buffer.from(await solvedPayload(), "base64").toString());
    decoded.solution.counter += 1;
    decoded.solution.derivedKey = "00".repeat(32);
    expect(await verifyAndRedeem(db.prisma, config.keys, Buffer.from(JSON.stringify(decoded)).toString("base64"), now)).toBe("invalid");
    const other = intakeConfigFrom(parseEnv({ INTAKE_SECRET: "another-secret-entirely-0123456789abcdef" }));
    expect(await verifyAndRedeem(db.prisma, other.keys, await solvedPayload(), now)).toBe("invalid");
  });
});

describe(`the public form's flow on ${backend}`, () => {
  const answers = { narrative, region: "gwent", channel: "phone-call", gave: ["password"] };
  const ctx = (client: string, attempt = 0): FormContext => ({ getPrisma: async () => db.prisma, config, now, clientAddress: client, previousAttempt: attempt, log: () => {} });
  const key = () => crypto.randomUUID();

  it("answers with errors and no database work when the answers are invalid", async () => {
    const out = await handleFormSubmission({ narrative: "short" }, { ...ctx("198.51.100.1"), getPrisma: () => Promise.reject(new Error("must not be called")) });
    expect(out.kind === "state" && out.state.fieldErrors).toEqual({ narrative: ["too-short"], region: ["required"] });
    expect(out.kind === "state" && out.state.values.narrative).toBe("short");
  });

  it("refuses a filled honeypot without storing anything", async () => {
    const before = await db.prisma.report.count();
    const out = await handleFormSubmission({ ...answers, idempotencyKey: key(), homepage: "http://spam.example" }, ctx("198.51.100.2"));
    expect(out.kind === "state" && out.state.formError?.code).toBe("unexpected");
    expect(await db.prisma.report.count()).toBe(before);
  });

  it("without a proof-of-work, counts against the stricter limit; with one, against the normal limit", async () => {
    const client = "198.51.100.3";
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await handleFormSubmission({ ...answers, idempotencyKey: key() }, ctx(client)));
    expect(results.map((r) => r.kind)).toEqual(["done", "done", "state"]);
    const refused = results[2]!;
    expect(refused.kind === "state" && refused.state.formError).toMatchObject({ code: "rate-limited" });
    expect(refused.kind === "state" && refused.state.formError!.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.kind === "state" && refused.state.values.narrative).toBe(narrative);
    // The same client with JavaScript (a solved challenge) still has its own allowance.
    const withPow = await handleFormSubmission({ ...answers, idempotencyKey: key(), altcha: await solvedPayload() }, ctx(client));
    expect(withPow.kind).toBe("done");
  });

  it("a replay of the same post (same key, same answers) shows the same report and costs no allowance", async () => {
    const client = "198.51.100.4";
    const k = key();
    const first = await handleFormSubmission({ ...answers, idempotencyKey: k }, ctx(client));
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push(await handleFormSubmission({ ...answers, idempotencyKey: k }, ctx(client)));
    if (first.kind !== "done") throw new Error("first post refused");
    for (const o of outcomes) expect(o.kind === "done" && o.confirmation.reference).toBe(first.confirmation.reference);
  });

  it("the same key with changed answers is refused with the first reference and a new key", async () => {
    const k = key();
    const first = await handleFormSubmission({ ...answers, idempotencyKey: k }, ctx("198.51.100.5"));
    const changed = await handleFormSubmission({ ...answers, region: "north-wales", idempotencyKey: k }, ctx("198.51.100.5"));
    if (first.kind !== "done" || changed.kind !== "state") throw new Error("unexpected outcome");
    expect(changed.state.formError).toEqual({ code: "conflict", reference: first.confirmation.reference });
    expect(changed.state.idempotencyKey).not.toBe(k);
  });

  it("keeps IP addresses out of the database: only keyed hashes in rate_limit_bucket", async () => {
    const rows = await db.prisma.rateLimitBucket.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.key).not.toMatch(/198\.51\.100/);
  });
});
