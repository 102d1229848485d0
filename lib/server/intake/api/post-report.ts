// POST /api/v1/reports: a partner (bank, telco, another force) sends one report.
// Order matters: authenticate (401), refuse oversized bodies before reading them (413),
// count the request against the key's limit (429), read and parse (400), then the intake
// service, which validates (400), replays or refuses a reused Idempotency-Key (201/409)
// and stores (201). Database trouble is 503, never 500; the body is never logged.
import type { PrismaClient } from "../../../generated/prisma/client";
import { apiErrorMessage } from "../../../intake/api-error-messages";
import type { FieldErrors } from "../../../intake/field-errors";
import { authenticateApiKey, bearerToken } from "../api-keys";
import type { IntakeConfig } from "../intake-config";
import { hitRateLimit } from "../rate-limit";
import { safeErrorSummary, submitReport } from "../submit-report";
import { declaredTooLarge, readCappedBody } from "./read-capped-body";
import { apiError, json, tooLarge, tooManyRequests, unauthorized } from "./responses";

export interface ApiDeps {
  prisma: PrismaClient;
  config: IntakeConfig;
  now?: () => Date;
  log?: (line: string) => void;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export async function postReport(request: Request, deps: ApiDeps): Promise<Response> {
  const now = deps.now?.() ?? new Date();
  const { prisma, config } = deps;
  try {
    const presented = bearerToken(request.headers.get("authorization"));
    const client = presented ? await authenticateApiKey(prisma, presented, now) : null;
    if (!client) return unauthorized();

    const limit = config.apiMaxBodyBytes;
    if (declaredTooLarge(request, limit)) return tooLarge(limit);
    const type = request.headers.get("content-type") ?? "";
    if (!/^application\/json\b/i.test(type)) {
      return apiError(415, "unsupported_media_type", "Send the report as JSON with Content-Type: application/json.");
    }
    const rate = await hitRateLimit(prisma, { scope: "api", client: client.id, spec: config.limits.api, now, key: config.keys.client });
    if (!rate.ok) return tooManyRequests(rate.retryAfterSeconds);

    const idemHeader = request.headers.get("idempotency-key");
    if (idemHeader !== null && !IDEMPOTENCY_KEY.test(idemHeader)) {
      return validationFailed({ "Idempotency-Key": ["invalid"] });
    }
    const read = await readCappedBody(request, limit);
    if (!read.ok) return read.reason === "too-large" ? tooLarge(limit) : apiError(400, "unreadable_body", "The request body could not be read.");
    let body: unknown;
    try {
      body = JSON.parse(read.text);
    } catch {
      return apiError(400, "invalid_json", "The request body is not valid JSON.");
    }

    const result = await submitReport(prisma, {
      source: "partner-api",
      body,
      now,
      requestKey: config.keys.request,
      idempotency: idemHeader ? { scope: `api:${client.id}`, key: idemHeader } : undefined,
      apiClient: client,
    });
    switch (result.kind) {
      case "invalid":
        return validationFailed(result.fieldErrors);
      case "conflict":
        return apiError(409, "idempotency_conflict", "This Idempotency-Key was already used with a different request body. Use a new key for a new report.");
      case "refused":
        return tooManyRequests(result.retryAfterSeconds);
      case "created":
      case "replayed": {
        const { reference, script, tactics, channel } = result.report;
        const headers: Record<string, string> = result.kind === "replayed" ? { "Idempotent-Replayed": "true" } : {};
        return json(201, { reference, script, tactics, channel }, headers);
      }
    }
  } catch (err) {
    (deps.log ?? console.error)(`POST /api/v1/reports failed: ${safeErrorSummary(err)}`);
    return apiError(503, "unavailable", "The service cannot store reports right now. Try again shortly.", {}, { "Retry-After": "30" });
  }
}

function validationFailed(fieldErrors: FieldErrors): Response {
  const issues = Object.entries(fieldErrors).flatMap(([field, codes]) =>
    codes.map((code) => ({ field, code, message: apiErrorMessage(field, code) })),
  );
  const messages = Object.fromEntries(Object.entries(fieldErrors).map(([f, codes]) => [f, codes.map((c) => apiErrorMessage(f, c))]));
  return apiError(400, "validation_failed", `The report has ${issues.length} problem${issues.length === 1 ? "" : "s"}; see fieldErrors.`, {
    fieldErrors: messages,
    issues,
  });
}
