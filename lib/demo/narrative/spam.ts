/** Junk submissions that analysts mark as spam: tests, adverts, off-topic complaints. */
import type { Rng } from "../prng";

const SPAM = [
  "test",
  "testing testing",
  "hello?",
  "asdfghjkl",
  "ignore this",
  "i want to report my neighbour for parking across my drive",
  "how do i get my money back from an ebay seller, they never sent the item",
  "Cheap followers and likes, visit {url}",
  "SEO services for your website, contact {url}",
  "my ex keeps messaging me",
  "is this the police",
  "aaaaaaa",
  "can someone ring me about my car insurance",
  "Earn money from home!!! {url}",
];

export function spamNarrative(rng: Rng, url: string): string {
  const text = rng.pick(SPAM).replace("{url}", url);
  return rng.chance(0.3) ? `${text} ${rng.pick(["!!", "??", "pls", "lol", "x"])}` : text;
}
