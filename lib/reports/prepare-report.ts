// Turns what a reporter (or the demo generator, importer, partner) gave us plus the
// tagger's verdict into the rows that are stored: the one place that decides which
// structured answer wins over the text, and which identifiers a report is linked by.
import type { CountryCode } from "libphonenumber-js";
import { normalizeIdentifier, type Identifier } from "../domain/identifiers";
import type { Channel, Script, Tactic } from "../tagging/labels";
import type { TagResult } from "../tagging/tag-report";

export type ReportSource = "public-form" | "partner-api" | "import" | "analyst" | "demo";
export type ReportStatus = "new" | "triaged" | "closed" | "spam" | "duplicate";

export interface NewReportInput {
  source: ReportSource;
  receivedAt: Date;
  occurredAt: Date | null;
  /** The reporter's own answer; null when they did not say. */
  channel: Channel | null;
  brand: string | null;
  /** Already redacted. */
  narrative: string;
  regionId: string;
  postcodeDistrict: string | null;
  identifiers: string[];
  lossAmountMinor: number | null;
  lossCurrency: string | null;
  paymentMethod: string | null;
  gave: string[];
  ageBand: string | null;
  status?: ReportStatus;
  idempotencyKey?: string | null;
  requestHash?: string | null;
  externalId?: string | null;
}

export interface PreparedReport {
  report: Omit<NewReportInput, "identifiers" | "channel"> & {
    reference: string;
    channel: Channel;
    script: Script;
    tactics: Tactic[];
    status: ReportStatus;
  };
  tagging: {
    script: Script;
    confidence: number;
    runnerUp: Script | null;
    tactics: Tactic[];
    channel: Channel;
    brands: string[];
    amounts: TagResult["amounts"];
    phones: string[];
    domains: string[];
    evidence: TagResult["evidence"];
    version: string;
  };
  identifiers: Identifier[];
}

/** What the tagger should be told besides the text. */
export function tagInputFor(input: NewReportInput) {
  return {
    text: input.narrative,
    channel: input.channel ?? undefined,
    brand: input.brand ?? undefined,
    amount:
      input.lossAmountMinor != null && input.lossCurrency
        ? { value: input.lossAmountMinor / 100, currency: input.lossCurrency }
        : undefined,
  };
}

export function prepareReport(
  input: NewReportInput,
  tags: TagResult,
  reference: string,
  defaultRegion: CountryCode = "GB",
): PreparedReport {
  const { identifiers: given, channel: givenChannel, ...rest } = input;
  const channel = givenChannel ?? tags.channel;
  return {
    report: {
      ...rest,
      reference,
      channel,
      brand: input.brand ?? tags.brands[0] ?? null,
      script: tags.script,
      tactics: tags.tactics,
      status: input.status ?? "new",
    },
    tagging: {
      script: tags.script,
      confidence: tags.confidence,
      runnerUp: tags.runnerUp?.script ?? null,
      tactics: tags.tactics,
      channel,
      brands: tags.brands,
      amounts: tags.amounts,
      phones: tags.phones,
      domains: tags.domains,
      evidence: tags.evidence,
      version: tags.version,
    },
    identifiers: linkIdentifiers(given, tags, defaultRegion),
  };
}

// The same numbers and links recur across many reports (that is what makes a campaign), and
// parsing a phone number is the costliest step here, so recent answers are remembered.
const normalized = new Map<string, Identifier>();
function normalizeCached(raw: string, region: CountryCode): Identifier {
  const key = `${region}|${raw}`;
  let hit = normalized.get(key);
  if (!hit) {
    if (normalized.size >= 50_000) normalized.clear();
    hit = normalizeIdentifier(raw, region);
    normalized.set(key, hit);
  }
  return hit;
}

function linkIdentifiers(given: string[], tags: TagResult, region: CountryCode): Identifier[] {
  const out: Identifier[] = [];
  const seen = new Set<string>();
  const add = (id: Identifier) => {
    // A URL and a bare domain on the same registrable domain link the same way.
    const key = `${id.kind === "url" ? "domain" : id.kind}:${id.normalized}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(id);
  };
  for (const raw of given) if (raw.trim()) add(normalizeCached(raw, region));
  for (const phone of tags.phones) add({ kind: "phone", raw: phone, normalized: phone });
  for (const url of tags.urls) add(normalizeCached(url, region));
  for (const domain of tags.domains) add({ kind: "domain", raw: domain.replace(/\./g, "[.]"), normalized: domain });
  return out;
}
