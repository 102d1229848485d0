// What a CSV column can mean to the importer, and the headers that are read as each field.
// Exports from other systems name their columns every which way ("Force", "Date Reported",
// "Crime Ref"), so each field has a list of aliases, compared after normalizeHeader().

export const IMPORT_FIELDS = [
  "narrative",
  "region",
  "receivedAt",
  "occurredAt",
  "channel",
  "brand",
  "identifiers",
  "lossAmount",
  "lossCurrency",
  "paymentMethod",
  "gave",
  "ageBand",
  "postcodeDistrict",
  "externalId",
  "status",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export function isImportField(value: unknown): value is ImportField {
  return typeof value === "string" && (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** Fields without which no row can be imported. */
export const REQUIRED_FIELDS: readonly ImportField[] = ["narrative", "region"];

/** Fields that several columns may feed (a phone column and a link column, say). */
export const MULTI_COLUMN_FIELDS: readonly ImportField[] = ["identifiers"];

/** Plain names for the mapping preview and messages. */
export const FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  narrative: "What happened",
  region: "Police force area",
  receivedAt: "Date received",
  occurredAt: "Date it happened",
  channel: "How they made contact",
  brand: "Who they said they were",
  identifiers: "Numbers, addresses or links used",
  lossAmount: "Money lost",
  lossCurrency: "Currency",
  paymentMethod: "How they paid",
  gave: "What they gave away",
  ageBand: "Age band",
  postcodeDistrict: "Postcode district",
  externalId: "External id",
  status: "Status",
};

// Normalised forms (see normalizeHeader). Deliberately absent: bare "phone" and "email",
// which in many exports are the reporter's own contact details, not the scammer's; such
// a column can still be mapped to identifiers by hand.
const ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  narrative: [
    "narrative", "description", "what happened", "details", "summary", "text", "report text", "free text",
    "account", "story", "incident description", "incident details", "modus operandi", "mo",
  ],
  region: [
    "region", "region id", "force", "police force", "force area", "police force area", "pfa", "area", "force name",
  ],
  receivedAt: [
    "received at", "received", "date received", "received date", "reported at", "reported", "date reported",
    "report date", "reported date", "submitted", "submitted at", "created at", "created", "date",
  ],
  occurredAt: [
    "occurred at", "occurred", "date occurred", "occurred date", "incident date", "date of incident", "when",
    "when it happened", "offence date", "date of offence",
  ],
  channel: [
    "channel", "contact method", "method of contact", "how contacted", "how they contacted you", "contact channel",
    "contact type", "approach",
  ],
  brand: [
    "brand", "impersonated brand", "impersonated", "impersonating", "organisation", "organization", "company",
    "who they said they were", "claimed to be", "pretended to be",
  ],
  identifiers: [
    "identifiers", "identifier", "scammer identifiers", "scammer phone", "scammer number", "scammer email",
    "caller number", "caller id", "number used", "numbers used", "sender", "sender address", "url", "urls", "link",
    "links", "website", "domain",
  ],
  lossAmount: [
    "money lost", "amount lost", "loss", "loss amount", "amount", "lost", "financial loss", "loss gbp",
  ],
  lossCurrency: ["currency", "loss currency"],
  paymentMethod: [
    "payment method", "paid by", "how paid", "how they paid", "payment type", "method of payment",
  ],
  gave: ["gave", "gave away", "what was given", "what they gave", "given away", "information given", "disclosed"],
  ageBand: ["age band", "age", "age group", "age range", "victim age"],
  postcodeDistrict: ["postcode district", "postcode", "post code", "outcode", "postcode area"],
  externalId: [
    "external id", "id", "record id", "report id", "case id", "case number", "crime reference",
    "crime reference number", "crime number", "crime ref", "reference", "ref", "source id",
  ],
  status: ["status", "state"],
};

/** "Date_Reported", "dateReported" and " date reported " all become "date reported". */
export function normalizeHeader(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const BY_ALIAS: ReadonlyMap<string, ImportField> = new Map(
  IMPORT_FIELDS.flatMap((field) => ALIASES[field].map((alias) => [alias, field] as const)),
);

/** The field a header names, if any. */
export function fieldForHeader(header: string): ImportField | null {
  const norm = normalizeHeader(header);
  // Our own field names ("receivedAt", "lossAmount") always work.
  for (const field of IMPORT_FIELDS) if (normalizeHeader(field) === norm) return field;
  return BY_ALIAS.get(norm) ?? null;
}
