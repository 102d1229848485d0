// A CSV export as another system might write it, made from the demo generator's reports:
// for the import benchmark and tests. Headers, force names, date formats and amounts are
// varied the way real exports vary, and every `badEvery`-th row is broken on purpose so the
// error path is exercised at scale too.
import { generateDemoReports } from "../demo/generate-demo-reports";
import type { DemoReport } from "../demo/demo-report";
import { forceName, regionById } from "../domain/regions";

export const SYNTHETIC_HEADER = [
  "Crime Ref", "Date Reported", "Date of Incident", "Force", "What happened", "Contact method", "Impersonated",
  "Identifiers", "Amount lost", "Currency", "Paid by", "Gave", "Age band", "Postcode district", "Status",
] as const;

export interface SyntheticCsvOptions {
  count: number;
  seed?: number;
  now: Date;
  /** Every n-th row gets an error (unknown force, impossible date...); 0 for none. */
  badEvery?: number;
  /** Prefix of the external ids, so several files can be told apart. */
  idPrefix?: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const ukDate = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;

function money(minor: number | null, currency: string | null, i: number): [string, string] {
  if (minor === null) return ["", ""];
  const major = `${Math.floor(minor / 100).toLocaleString("en-GB")}.${pad(minor % 100)}`;
  if (currency === "GBP" && i % 2 === 0) return [`£${major}`, ""];
  return [major.replace(/,/g, ""), currency ?? ""];
}

function record(d: DemoReport, i: number, idPrefix: string): string[] {
  const region = regionById(d.regionId)!;
  const [amount, currency] = money(d.lossAmountMinor, d.lossCurrency, i);
  return [
    `${idPrefix}${String(i + 1).padStart(7, "0")}`,
    // Received: ISO with zone on even rows, UK clock time on odd ones (the demo times are UTC,
    // so the odd rows land an hour off in summer, as they would from a UK system).
    i % 2 === 0 ? d.receivedAt.toISOString() : ukDate(d.receivedAt),
    d.occurredAt ? d.occurredAt.toISOString().slice(0, 10) : "",
    i % 3 === 0 ? (forceName(region) ?? region.name) : i % 3 === 1 ? region.id : region.name.toUpperCase(),
    d.narrative,
    d.channel === "unknown" ? "" : d.channel,
    d.brand ?? "",
    d.identifiers.map((x) => x.raw).join("; "),
    amount,
    currency,
    d.paymentMethod ?? "",
    d.gave.join("|"),
    d.ageBand ?? "",
    d.postcodeDistrict ?? "",
    d.status,
  ];
}

const BREAKAGES: readonly ((r: string[]) => void)[] = [
  (r) => (r[3] = "Atlantis Constabulary"),
  (r) => (r[1] = "31/02/2024"),
  (r) => (r[4] = ""),
  (r) => (r[8] = "lots"),
];

/** The header, then one record per report. */
export function* syntheticCsvRecords(opts: SyntheticCsvOptions): Generator<string[]> {
  yield [...SYNTHETIC_HEADER];
  let i = 0;
  for (const d of generateDemoReports({ count: opts.count, seed: opts.seed ?? 1, now: opts.now })) {
    const r = record(d, i, opts.idPrefix ?? "EXT-");
    if (opts.badEvery && (i + 1) % opts.badEvery === 0) BREAKAGES[Math.floor(i / opts.badEvery) % BREAKAGES.length]!(r);
    yield r;
    i++;
  }
}
