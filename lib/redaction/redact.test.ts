import { describe, expect, it } from "vitest";
import { explainRemovals, REDACTION_EXPLANATIONS, REDACTION_KINDS, REDACTION_PLACEHOLDERS, redact } from "./index";

const CARD = REDACTION_PLACEHOLDERS["card-number"];
const CVV = REDACTION_PLACEHOLDERS.cvv;
const PIN = REDACTION_PLACEHOLDERS.pin;
const OTP = REDACTION_PLACEHOLDERS["one-time-code"];
const BANK = REDACTION_PLACEHOLDERS["bank-account"];
const IBAN = REDACTION_PLACEHOLDERS.iban;
const PASSWORD = REDACTION_PLACEHOLDERS.password;

// Realistic sentences, written the way frightened people type on phones.
const REMOVED: Array<[input: string, expected: string]> = [
  // Card numbers (Luhn-valid test numbers)
  ["he said amazon needed my card number so i read out 4111 1111 1111 1111", `he said amazon needed my card number so i read out ${CARD}`],
  ["card number 4111-1111-1111-1111 exp 12/27 cvv 737", `card number ${CARD} exp 12/27 cvv ${CVV}`],
  ["i gave them 5555555555554444 becuase they said it was a refund", `i gave them ${CARD} becuase they said it was a refund`],
  ["my amex is 3782 822463 10005", `my amex is ${CARD}`],
  ["diners 3056 930902 5904 was the other card", `diners ${CARD} was the other card`],
  ["card 4111.1111.1111.1111 expires 01/29", `card ${CARD} expires 01/29`],
  ["typed it weird 41 11 11 11 11 11 11 11 into the box", `typed it weird ${CARD} into the box`],
  ["card:6011111111111117,exp 0528", `card:${CARD},exp 0528`],
  ["long card 4111 1111 1111 1111 003 i think", `long card ${CARD} i think`], // 19 digits, Luhn-valid as a whole
  ["card 4111 1111 1111 1111 004 exp 12 27", `card ${CARD} 004 exp 12 27`], // the card inside a longer chain
  ["two cards 4111111111111111 and 5105 1051 0510 5100", `two cards ${CARD} and ${CARD}`],
  // CVV
  ["he asked for the cvv 123 and i gave it", `he asked for the cvv ${CVV} and i gave it`],
  ["cvc: 4321", `cvc: ${CVV}`],
  ["the 3 digits on the back were 456", `the 3 digits on the back were ${CVV}`],
  ["the numbers on the back 789", `the numbers on the back ${CVV}`],
  ["security code 123 and expiry 09/26", `security code ${CVV} and expiry 09/26`],
  ["ccv was 321", `ccv was ${CVV}`],
  ["123 was the cvv", `${CVV} was the cvv`],
  // One-time codes
  ["the code was 482913", `the code was ${OTP}`],
  ["gave him the 6 digit code 482 913", `gave him the 6 digit code ${OTP}`],
  ["482913 is your amazon verification code", `${OTP} is your amazon verification code`],
  ["he asked for the one time passcode and i told him 772-104", `he asked for the one time passcode and i told him ${OTP}`],
  ["otp 5521 came by text", `otp ${OTP} came by text`],
  ["Your verifcation code is G-482913.", `Your verifcation code is G-${OTP}.`],
  ["they said read me the code that came through on my phone, it was 30 41 22", `they said read me the code that came through on my phone, it was ${OTP}`],
  ["security code 839201 from my bank", `security code ${OTP} from my bank`],
  ["codes 1234, 5678 and 9012", `codes ${OTP}, ${OTP} and ${OTP}`],
  // PIN
  ["my pin is 4921", `my pin is ${PIN}`],
  ["I told him my PIN number 0070 like an idiot", `I told him my PIN number ${PIN} like an idiot`],
  // Bank details
  ["sort code 20-00-00 account 12345678", `sort code ${BANK} account ${BANK}`],
  ["40 47 84 / 71234567", `${BANK} / ${BANK}`],
  ["i sent £2000 to account number 12345678 sort code 200000 they gave me", `i sent £2000 to account number ${BANK} sort code ${BANK} they gave me`],
  ["sort code 20 00 00 acc no 1234 5678", `sort code ${BANK} acc no ${BANK}`],
  ["s/c 30-94-57 a/c 12345678", `s/c ${BANK} a/c ${BANK}`],
  ["bank details were 20-00-00 12345678", `bank details were ${BANK} ${BANK}`],
  ["account 12345678 and the sort code is 30-94-57", `account ${BANK} and the sort code is ${BANK}`],
  // IBAN
  ["they wanted it sent to GB82 WEST 1234 5698 7654 32 urgently", `they wanted it sent to ${IBAN} urgently`],
  ["iban gb82west12345698765432", `iban ${IBAN}`],
  ["DE89 3704 0044 0532 0130 00 is a german account", `${IBAN} is a german account`],
  // Passwords
  ["my password is Fluffy2020!", `my password is ${PASSWORD}`],
  ["password: hunter2", `password: ${PASSWORD}`],
  ["pw=qwerty", `pw=${PASSWORD}`],
  ["my amazon password was sunshine and he logged in", `my amazon password was ${PASSWORD} and he logged in`],
  ["the password for my email is Tr0ub4dor&3 i use it everywhere", `the password for my email is ${PASSWORD} i use it everywhere`],
  ['i told him the password "blue sky 99" because he was so nice', `i told him the password ${PASSWORD} because he was so nice`],
  ["passcode 482913 for the app", `passcode ${PASSWORD} for the app`],
  ["my pasword is letmein123", `my pasword is ${PASSWORD}`],
  ["my password was password123", `my password was ${PASSWORD}`],
  // Welsh
  ["fy nghyfrinair yw Cymru1990", `fy nghyfrinair yw ${PASSWORD}`],
  ["y cod oedd 482913", `y cod oedd ${OTP}`],
  ["rhoddais y cod diogelwch 123 iddo", `rhoddais y cod diogelwch ${CVV} iddo`],
  // Several at once
  [
    "he said he was from amazon. card 4111 1111 1111 1111 cvv 123. then the code 482913 and my password is Fluffy2020!",
    `he said he was from amazon. card ${CARD} cvv ${CVV}. then the code ${OTP} and my password is ${PASSWORD}`,
  ],
];

const KEPT: string[] = [
  "i paid £79.97 then £1,000 and $799 for the gift cards",
  "they called from 0800 123 4567 and +44 20 7946 0000 and texted from 07700 900123",
  "order 203-1234567-1234567 was never placed",
  "amazon order D01-1234567-1234567 for a phone",
  "on 12/03/2024 at 10:30 i got a call",
  "my postcode is SA31 3AB",
  "it happened in 2023 and again in march 2024 when they sent a code",
  "the reference on the letter was 4111111111111112",
  "number 1234567812345678 on the letter",
  "press 1 to speak to an advisor",
  "they said amazon prime would charge £799 unless i pressed 1",
  "my sort code is 20-00-00", // a sort code alone is public, not a secret
  "my account number ends 5678",
  "it was ref number 12345678 and sort code 20-00-00",
  "i changed my password and called my bank on 159",
  "my password was stolen",
  "my password is the same for everything",
  "password reset link came by email",
  "he asked for a code and i said no",
  "the code expires in 10 minutes",
  "area code 020 7946 0000",
  "the code was sent from 60123",
  "tracking number 15501234567890 from the courier",
  "i lost 1500 pounds and 300 gbp",
  "call 0300 123 2040 or 101",
  "they asked me to buy 3 gift cards worth 100 each",
  "the code came on 12 march 2024",
  "a 6 digit code",
  "0044 20 7946 0000 called me",
  "the total was 1,000,000,000,000,000 euros",
  "reference 12345678901234567890123",
  "fe ddywedodd ei fod o Amazon a gofynnodd am £200",
];

describe("redact: removes secrets", () => {
  it.each(REMOVED)("%s", (input, expected) => {
    const result = redact(input);
    expect(result.text).toBe(expected);
    expect(result.removals.length).toBeGreaterThan(0);
  });
});

describe("redact: leaves ordinary details alone", () => {
  it.each(KEPT)("%s", (input) => {
    expect(redact(input)).toEqual({ text: input, removals: [] });
  });
});

// Documented misses: each test asserts the secret is removed and is expected to
// fail. If a change fixes one, Vitest reports it so it can move to REMOVED.
const KNOWN_MISSES: Array<[input: string, secret: string]> = [
  ["he said to read out the numbers on the back of my card. i said 456.", "456"], // cue in the previous sentence
  ["the coed was 482913", "482913"], // misspelt cue word
  ["password for 2 accounts is hunter", "hunter"], // a number between the cue and the linking word
];

describe("redact: known misses", () => {
  it.fails.each(KNOWN_MISSES)("%s", (input, secret) => {
    expect(redact(input).text).not.toContain(secret);
  });
});

describe("redact: counts", () => {
  it("counts each kind once per item and a bank pair once", () => {
    const result = redact(
      "card 4111111111111111 and 5555555555554444, cvv 123, sort code 20-00-00 account 12345678, password: x1",
    );
    expect(result.removals).toEqual([
      { kind: "card-number", count: 2 },
      { kind: "cvv", count: 1 },
      { kind: "bank-account", count: 1 },
      { kind: "password", count: 1 },
    ]);
  });

  it("returns the empty string unchanged", () => {
    expect(redact("")).toEqual({ text: "", removals: [] });
  });

  it("leaves no digit of a removed card behind", () => {
    const { text } = redact("4111 1111 1111 1111");
    expect(text).not.toMatch(/[0-9]/);
  });
});

describe("explanations", () => {
  it("has an English and a Welsh explanation for every kind", () => {
    for (const kind of REDACTION_KINDS) {
      expect(REDACTION_EXPLANATIONS[kind].en.length).toBeGreaterThan(40);
      expect(REDACTION_EXPLANATIONS[kind].cy.length).toBeGreaterThan(40);
      expect(REDACTION_PLACEHOLDERS[kind]).toMatch(/^\[[^\]0-9]+ removed\]$/);
    }
  });

  it("explains only what was removed, in a stable order", () => {
    const { removals } = redact("my password is x9 and the cvv 123");
    const en = explainRemovals(removals, "en");
    expect(en).toHaveLength(2);
    expect(en[0]).toMatch(/security code/);
    expect(en[1]).toMatch(/password/);
    expect(explainRemovals(removals, "cy")[1]).toMatch(/cyfrinair/);
  });
});
