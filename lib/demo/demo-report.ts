import type { AgeBand, Channel, Gave, IdentifierKind, PaymentMethod, Script, Status } from "./labels";

/** One synthetic report, shaped like a submission before it is stored. */
export type DemoReport = {
  receivedAt: Date;
  /** Null when the reporter did not say when it happened. */
  occurredAt: Date | null;
  source: "demo";
  channel: Channel;
  brand: string | null;
  narrative: string;
  regionId: string;
  postcodeDistrict: string | null;
  identifiers: { kind: IdentifierKind; raw: string }[];
  /** Minor units (pence). 0 = said they lost nothing; null = did not say. */
  lossAmountMinor: number | null;
  /** ISO 4217, set whenever lossAmountMinor is set. */
  lossCurrency: string | null;
  paymentMethod: PaymentMethod | null;
  gave: Gave[];
  ageBand: AgeBand | null;
  status: Status;
  /** The script the generator meant the story to tell: ground truth for the tagger. */
  intendedScript: Script;
};

export type DemoOptions = { count: number; seed: number; now: Date };
