/**
 * How a victim says when it happened, consistent with the report's
 * occurredAt ("yesterday", "on tuesday", "last week"). Null occurredAt means
 * the reporter did not say, so the phrase is vague or empty.
 */
import type { Rng } from "../prng";

const DAY_MS = 86_400_000;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

export function timePhrase(rng: Rng, occurredAt: Date | null, receivedAt: Date): string {
  if (!occurredAt) return rng.pick(["", "", "recently", "the other day"]);
  const days = Math.floor(receivedAt.getTime() / DAY_MS) - Math.floor(occurredAt.getTime() / DAY_MS);
  const hour = occurredAt.getUTCHours();
  const weekday = WEEKDAYS[occurredAt.getUTCDay()] as string;
  if (days <= 0) return rng.pick(["today", "earlier today", hour < 12 ? "this morning" : hour < 17 ? "this afternoon" : "this evening", "just now"]);
  if (days === 1) return rng.pick(["yesterday", hour < 12 ? "yesterday morning" : hour < 17 ? "yesterday afternoon" : "last night"]);
  if (days < 7) return rng.pick([`on ${weekday}`, `on ${weekday}`, "a few days ago", `${days} days ago`]);
  if (days < 14) return rng.pick(["last week", "about a week ago", `last ${weekday}`]);
  if (days <= 31) return rng.pick(["a couple of weeks ago", "2 weeks ago", "a few weeks ago"]);
  return rng.pick(["last month", "about a month ago", "a while ago", `in ${MONTHS[occurredAt.getUTCMonth()] as string}`]);
}
