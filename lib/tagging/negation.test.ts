import { describe, expect, it } from "vitest";
import { isNegatedAsk } from "./negation";

// `cue` is located in `text`; the question is whether the ask it names happened.
const negated = (text: string, cue: string) => {
  const start = text.indexOf(cue);
  return isNegatedAsk(text, start, start + cue.length);
};

describe("isNegatedAsk", () => {
  it.each([
    ["they never asked for my password", "password"],
    ["there was no link", "link"],
    ["no remote access was needed", "remote access"],
    ["he did it without asking for my pin", "pin"],
    ["amazon would never ask for gift cards", "gift cards"],
    ["they didn't send a link", "link"],
    ["i wasn't asked for my card details", "card details"],
  ])("drops: %s", (text, cue) => expect(negated(text, cue)).toBe(true));

  it.each([
    ["i did not press 1", "press 1"],
    ["i didn't give my card details", "card details"],
    ["i didnt click the link", "link"],
    ["if you did not request this renewal please call 0800 123 4567", "call 0800 123 4567"],
    ["i said no. then they asked for my password", "password"],
    ["he asked for my password and i didn't give it", "password"],
  ])("keeps: %s", (text, cue) => expect(negated(text, cue)).toBe(false));
});
