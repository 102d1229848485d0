import type { CountryCode } from "libphonenumber-js";
import type { Channel, Script, Tactic } from "./labels";

/** What the reporter gave us: the narrative plus optional structured form fields. */
export type TagInput = {
  text: string;
  channel?: Channel;
  brand?: string;
  amount?: { value: number; currency: string };
};

export type TagOptions = {
  /** Region used to read national phone numbers such as "0800 123 4567". GB by default. */
  defaultRegion?: CountryCode;
};

/**
 * Why a tag was given. `start`/`end` are UTF-16 offsets into `TagInput.text`
 * (so `text.slice(start, end)` is the highlighted span). A zero-length span at
 * 0 means the tag came from a structured form field (`rule` starts "form.").
 */
export type Evidence = { tag: string; start: number; end: number; rule: string };

export type Amount = { value: number; currency: string; text: string; start: number; end: number };

export type TagResult = {
  script: Script;
  /** Probability-like score in [0, 1] for `script`. */
  confidence: number;
  /** Present when another script scored close enough for an analyst to consider it. */
  runnerUp?: { script: Script; confidence: number };
  tactics: Tactic[];
  channel: Channel;
  brands: string[];
  amounts: Amount[];
  /** E.164. */
  phones: string[];
  /** Registrable domains (eTLD+1). */
  domains: string[];
  /** Defanged links, e.g. hxxps://amaz0n-refund[.]com/x. */
  urls: string[];
  giftCards: string[];
  remoteTools: string[];
  evidence: Evidence[];
  version: string;
};
