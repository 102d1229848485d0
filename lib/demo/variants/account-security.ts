/** Account-security scripts: "your account is locked / someone signed in, verify now". */
import { weighted } from "../prng";
import { lossModel, type Variant } from "../variant";

export const accountLocked: Variant = {
  id: "account-locked",
  script: "account-security",
  weight: 13,
  brands: weighted<string | null>([
    ["Amazon", 35], ["Apple", 12], ["Microsoft", 8], ["PayPal", 12], ["Netflix", 10],
    ["Barclays", 4], ["HSBC", 4], ["Lloyds", 4], ["NatWest", 4], ["Santander", 3], [null, 4],
  ]),
  channels: weighted([["sms", 35], ["email", 38], ["phone-call", 12], ["automated-call", 8], ["website", 5], ["social-media", 2]]),
  lossRate: 0.12,
  loss: lossModel({ median: 500, spread: 1.2, min: 10, max: 20_000 }),
  payments: weighted([["card", 60], ["bank-transfer", 30], ["other", 10]]),
  gave: [["password", 0.35], ["one-time-code", 0.2], ["card-details", 0.2], ["personal-details", 0.25], ["bank-details", 0.05]],
  ageBias: "broad",
  said: [
    "said my {brand} account had been hacked and they needed to secure it",
    `automated message said "your {brand} account has been suspended due to suspicious activity, press 1"`,
    "said someone had logged into my account from a new device in {place} and they needed to check it was me",
    "said a code would be sent to my phone and i needed to read it back to prove who i was",
    "{who} said my {product} had been compromised and they were from the security team",
  ],
  saidText: [
    `"{brand}: your account has been locked due to unusual sign-in activity. Verify within 24 hours at {url}"`,
    `"We couldn't verify your payment method. Your {product} will be suspended. Update: {url}"`,
    `email saying "unusual sign in attempt detected" with a button to secure my account, it went to {url}`,
    "text saying my {brand} account would be deleted unless i confirmed my details {url}",
    `"Your {brand} ID was used to sign in on a new device. If this wasn't you: {url}"`,
    `"{brand} Security: your password expires today. Keep current password here {url}"`,
  ],
  then: [
    "{who} said they would send a code to check it was me",
    "they said my account would be frozen unless i verified it now",
    "{who} wanted me to log in while they were on the phone",
  ],
  thenText: [
    "the link went to a page that looked exactly like {brand}",
    `it asked me to log in and then for my card details to "verify"`,
    "it said a code had been sent to my phone and to enter it on the page",
    "i clicked it before i thought about it",
  ],
};
