/** Renewal scripts: "your Prime renews today for £79.97, press 1 to cancel". */
import { weighted } from "../prng";
import { lossModel, type Variant } from "../variant";

const PRIME_AMOUNTS = ["£79.97", "£79.97", "£79.99", "£79.99", "£95", "£99", "£99.99", "£39.99", "£8.99 a month"];

export const primeRenewal: Variant = {
  id: "prime-renewal",
  script: "renewal",
  weight: 20,
  brands: weighted<string | null>([["Amazon", 1]]),
  channels: weighted([["automated-call", 52], ["voicemail", 18], ["phone-call", 22], ["email", 4], ["sms", 4]]),
  lossRate: 0.09,
  loss: lossModel({ fixed: [[79.97, 0.1], [79.99, 0.08]], median: 600, spread: 1.1, min: 20, max: 25_000 }),
  payments: weighted([["card", 55], ["bank-transfer", 30], ["gift-cards", 10], ["other", 5]]),
  gave: [["personal-details", 0.3], ["card-details", 0.12], ["remote-access", 0.06], ["bank-details", 0.05], ["one-time-code", 0.05]],
  ageBias: "older",
  amounts: PRIME_AMOUNTS,
  said: [
    `it said "this is amazon prime, your membership will be renewed today for {amount}. to cancel press 1"`,
    `it said "your amazon prime subscription is due for renewal at {amount}, press one to speak to an advisor"`,
    "recorded voice said my prime would auto renew for {amount} and if i didnt want it to press 1",
    "said my prime membership was being renewed for {amount} and it would come out of my account {days}",
    `"hello this call is from amazon. your prime membership is set to renew for {amount}. if you did not authorise this press 1 now"`,
    "american sounding voice, amazon prime renewal {amount} press 1 to cancel",
    "the message said i had been charged {amount} for prime and to cancel call back on {phone}",
    "the voice said there was a problem with my prime account and i would be charged {amount} unless i pressed 1",
    "said it was the amazon prime department and my annual fee of {amount} was about to be taken",
    "said my {product} renews {days} for {amount}, press 1 to cancel or 2 to speak to someone",
    `"your prime membership will be renewed for {amount}... to cancel the renewal press one"`,
    "something about amazon prime renewing for {amount}, i dont even have prime",
  ],
  saidText: [
    `"Amazon: your Prime membership will renew today at {amount}. If this was not you cancel at {url}"`,
    `"Dear customer, your Amazon Prime auto-renewal of {amount} could not be processed. Update your payment details: {url}"`,
    "the text said my prime subscription renews for {amount} and to call {phone} if i want to cancel",
    "email saying thank you for renewing prime {amount}, with a cancel button that went to {url}",
    `"Your Prime plan renews {days} for {amount}. Not you? Call {phone}"`,
    `"AMAZON PRIME: Payment of {amount} scheduled. To stop this payment visit {url}"`,
  ],
  then: [
    "i pressed 1 and got put through to {who} who said they were from the amazon cancellation department",
    "pressed 1 to cancel it and {who} answered straight away and knew my name",
    "when i pressed 1 {who} said to cancel it they needed to log in to my account",
    "{who} said the renewal was a mistake and they would refund it but needed to check my account first",
    "i rang the number back and {who} said they could stop the payment",
    "{who} said someone had used my card to sign up to prime",
    "they wanted me to go on my computer so they could cancel it for me",
    "pressed 1 by accident and {who} started asking questions",
  ],
  thenText: [
    "i rang the number to cancel and {who} said they needed to log in to my account",
    "the link asked for my card details to cancel it",
    "i called the number and {who} knew my name and address",
    "i nearly rang them because i thought i had been charged",
  ],
};

export const subscriptionRenewal: Variant = {
  id: "subscription-renewal",
  script: "renewal",
  weight: 6,
  brands: weighted<string | null>([["Microsoft", 25], ["BT", 20], ["Netflix", 12], ["Norton", 12], ["McAfee", 10], ["Apple", 8], ["Sky", 8], [null, 5]]),
  channels: weighted([["phone-call", 35], ["automated-call", 25], ["email", 25], ["voicemail", 8], ["sms", 7]]),
  lossRate: 0.14,
  loss: lossModel({ fixed: [[299.99, 0.08], [399.99, 0.06]], median: 450, spread: 1.1, min: 20, max: 20_000 }),
  payments: weighted([["card", 50], ["bank-transfer", 35], ["gift-cards", 10], ["other", 5]]),
  gave: [["remote-access", 0.15], ["card-details", 0.15], ["personal-details", 0.25], ["bank-details", 0.08]],
  ageBias: "older",
  amounts: ["£299.99", "£399.99", "£49.99", "£89.99", "£199", "£349", "£149.99"],
  said: [
    "said my {product} was going to renew for {amount} today",
    "automated message saying my {product} subscription would be renewed for {amount}, press 1 to cancel",
    "said {brand} were charging me {amount} for the year unless i cancelled now",
    "said my {product} had expired and my computer would stop working unless i renewed for {amount}",
    "{who} said my {product} auto renewal of {amount} was going through {days}",
  ],
  saidText: [
    `"Your {brand} subscription has been renewed for {amount}. If you did not authorise this call {phone} within 24 hours"`,
    `email invoice from "{brand}" for {amount} {product} renewal, with a number to call to cancel`,
    `"{brand}: Payment of {amount} for your {product} was successful. To dispute visit {url}"`,
    "an invoice for {amount} for {product} that i never signed up to, it said call {phone} to cancel",
  ],
  then: [
    "i rang the number to cancel and {who} said they would refund me",
    "{who} said they needed to connect to my computer to remove the subscription",
    "they said they could cancel it but needed to check my bank",
    "{who} was very polite and said it would only take 5 minutes to cancel",
  ],
};
