/** Reports too vague to say which script was used. */
import { weighted } from "../prng";
import { lossModel, type Variant } from "../variant";

export const vague: Variant = {
  id: "vague",
  script: "unknown",
  weight: 3,
  brands: weighted<string | null>([[null, 70], ["Amazon", 20], ["BT", 5], ["Microsoft", 5]]),
  channels: weighted([["unknown", 35], ["phone-call", 35], ["automated-call", 15], ["sms", 10], ["email", 5]]),
  lossRate: 0.03,
  loss: lossModel({ median: 100, spread: 1.2, min: 1, max: 3_000 }),
  payments: weighted([["card", 60], ["other", 40]]),
  gave: [["personal-details", 0.05]],
  ageBias: "broad",
  said: [
    "they hung up as soon as i answered",
    "i couldnt understand the message, something about my account",
    "a silent call then it cut off",
    "a recorded message in another language",
    "the line went dead when i said hello",
    "they asked if i was the homeowner then rang off",
  ],
  saidText: ["a text with just a link {url}", "an email with an attachment i didnt open", "a message asking if i was still at the same address", "a text saying hello is this you?"],
};
