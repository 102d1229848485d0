// The partner API's OpenAPI 3.1 document, served at /api/v1/openapi.json. Written by hand
// for its descriptions; openapi.test.ts checks it against the zod schema and vocabularies
// so the two cannot drift apart.
import { REGIONS } from "../domain/regions";
import { CHANNELS, SCRIPTS, TACTICS } from "../tagging/labels";
import { AGE_BANDS, GAVE, MAX_IDENTIFIER_LENGTH, MAX_IDENTIFIERS, MAX_LOSS_MAJOR, NARRATIVE_MAX, NARRATIVE_MIN, PAYMENT_METHODS, REPORT_CHANNELS } from "./vocabulary";

const error = (description: string, example: Record<string, unknown>) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" }, example } },
});

export function openApiDocument(serverUrl = "/") {
  return {
    openapi: "3.1.0",
    info: {
      title: "ScamPulse partner API",
      version: "1.0.0",
      description:
        "Send reports of impersonation scams (fraudsters pretending to be Amazon, banks, couriers, HMRC) to ScamPulse. " +
        "Card numbers, security codes, bank details and passwords are removed from the narrative before it is stored. " +
        "Keys are issued by a ScamPulse administrator (`npm run apikey:create -- --name NAME`).",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    paths: {
      "/api/v1/reports": {
        post: {
          operationId: "createReport",
          summary: "Send one report",
          parameters: [
            {
              name: "Idempotency-Key",
              in: "header",
              required: false,
              description:
                "Any 1 to 200 visible ASCII characters, unique per report (a UUID is ideal). Retrying with the same key and body " +
                "returns the first answer (201, header Idempotent-Replayed: true) and stores nothing new; the same key with a " +
                "different body is refused with 409. Keys are scoped to your API key.",
              schema: { type: "string", minLength: 1, maxLength: 200 },
            },
          ],
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/ReportBody" } } },
          },
          responses: {
            "201": {
              description: "Stored (or replayed for a reused Idempotency-Key with the same body).",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Created" } } },
            },
            "400": error("Invalid JSON or invalid fields. `fieldErrors` maps each field (dotted path) to messages.", {
              error: "validation_failed",
              message: "The report has 1 problem; see fieldErrors.",
              fieldErrors: { narrative: ["narrative must be at least 20 characters"] },
              issues: [{ field: "narrative", code: "too-short", message: "narrative must be at least 20 characters" }],
            }),
            "401": error("Missing, unknown or revoked API key.", { error: "unauthorized", message: "Send a valid, unrevoked API key as: Authorization: Bearer <key>." }),
            "409": error("Idempotency-Key reused with a different body.", { error: "idempotency_conflict", message: "..." }),
            "413": error("Body larger than the limit (131,072 bytes unless configured otherwise); refused before parsing.", { error: "payload_too_large", message: "..." }),
            "415": error("Content-Type is not application/json.", { error: "unsupported_media_type", message: "..." }),
            "429": {
              ...error("Too many requests for this API key; wait for Retry-After seconds.", { error: "rate_limited", message: "...", retryAfterSeconds: 42 }),
              headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait." } },
            },
            "503": error("Temporarily unable to store reports; retry later (with the same Idempotency-Key).", { error: "unavailable", message: "..." }),
          },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "An API key: sp_xxxxxxxx_<secret>." } },
      schemas: {
        ReportBody: {
          type: "object",
          additionalProperties: false,
          required: ["narrative", "region"],
          properties: {
            narrative: { type: "string", minLength: NARRATIVE_MIN, maxLength: NARRATIVE_MAX, description: "What happened, in the reporter's words (characters, not bytes)." },
            region: { type: "string", enum: REGIONS.map((r) => r.id), description: "Police force area where the reporter lives, or outside-uk." },
            channel: { type: ["string", "null"], enum: [...REPORT_CHANNELS, null], description: "How the scammer made contact." },
            occurredAt: { type: ["string", "null"], description: "ISO 8601 date (2026-11-20) or date-time with a zone (2026-11-20T09:30:00Z). Not in the future." },
            brand: { type: ["string", "null"], maxLength: 200, description: "Who the scammer said they were, e.g. Amazon." },
            identifiers: {
              type: ["array", "null"],
              maxItems: MAX_IDENTIFIERS,
              items: { type: "string", maxLength: MAX_IDENTIFIER_LENGTH },
              description: "Phone numbers, email addresses and links the scammer used. Stored as text, never as links.",
            },
            postcodeDistrict: { type: ["string", "null"], description: "First half of the reporter's postcode (SA31). A full postcode is cut to its first half." },
            moneyLost: {
              type: ["object", "null"],
              additionalProperties: false,
              properties: {
                amount: { type: ["number", "null"], exclusiveMinimum: 0, maximum: MAX_LOSS_MAJOR, description: "Major units (79.97), at most 2 decimals." },
                currency: { type: ["string", "null"], pattern: "^[A-Za-z]{3}$", description: "ISO 4217; GBP when absent." },
                method: { type: ["string", "null"], enum: [...PAYMENT_METHODS, null] },
              },
            },
            gave: { type: ["array", "null"], items: { type: "string", enum: [...GAVE] }, description: "What the reporter gave away." },
            ageBand: { type: ["string", "null"], enum: [...AGE_BANDS, null] },
            externalId: { type: ["string", "null"], maxLength: 200, description: "Your own reference for the report." },
            contact: {
              type: ["object", "null"],
              additionalProperties: false,
              required: ["consent"],
              description: "Stored only when consent is true; otherwise discarded.",
              properties: {
                name: { type: ["string", "null"], maxLength: 200 },
                email: { type: ["string", "null"], format: "email" },
                phone: { type: ["string", "null"] },
                consent: { type: "boolean", description: "The reporter agreed to be contacted about this report. Needs email or phone." },
              },
            },
          },
        },
        Created: {
          type: "object",
          required: ["reference", "script", "tactics", "channel"],
          properties: {
            reference: { type: "string", pattern: "^SP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$" },
            script: { type: "string", enum: [...SCRIPTS] },
            tactics: { type: "array", items: { type: "string", enum: [...TACTICS] } },
            channel: { type: "string", enum: [...CHANNELS] },
          },
        },
        Error: {
          type: "object",
          required: ["error", "message"],
          properties: {
            error: { type: "string" },
            message: { type: "string" },
            fieldErrors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
            issues: {
              type: "array",
              items: { type: "object", properties: { field: { type: "string" }, code: { type: "string" }, message: { type: "string" } } },
            },
            retryAfterSeconds: { type: "integer" },
          },
        },
      },
    },
  } as const;
}
