/** Other impersonations: HMRC, bank "safe account", investment, prizes, TV Licensing, "hi mum". */
import { weighted } from "../prng";
import { lossModel, type Variant } from "../variant";

const BANKS = weighted<string | null>([["Barclays", 20], ["HSBC", 18], ["Lloyds", 20], ["NatWest", 18], ["Santander", 14], [null, 10]]);

export const hmrc: Variant = {
  id: "hmrc",
  script: "other",
  weight: 3.5,
  brands: weighted<string | null>([["HMRC", 1]]),
  channels: weighted([["automated-call", 40], ["phone-call", 25], ["sms", 20], ["email", 15]]),
  lossRate: 0.2,
  loss: lossModel({ median: 1200, spread: 1.0, min: 50, max: 20_000 }),
  payments: weighted([["bank-transfer", 50], ["gift-cards", 35], ["crypto", 5], ["other", 10]]),
  gave: [["personal-details", 0.4], ["bank-details", 0.15], ["card-details", 0.1]],
  ageBias: "older",
  amounts: ["£1,870", "£3,400", "£985", "£2,150"],
  said: [
    "said there was a warrant out for my arrest for unpaid tax and to press 1",
    `automated call said "this is HMRC, legal action is being taken against you, press 1 to speak to an officer"`,
    "said my national insurance number had been suspended because of suspicious activity",
    "said i owed {amount} in tax and would be arrested today unless i paid",
  ],
  saidText: [
    `"HMRC: you are due a tax refund of {refund}. Claim here {url}"`,
    `email from "hmrc" saying i was due a rebate and to fill in my bank details at {url}`,
    `"Final notice: unpaid tax of {amount}. Avoid court action, call {phone}"`,
  ],
  then: ["{who} said an officer would come to my house", "said i had to pay it in {cards} to clear it", "they said if i hung up the police would be sent"],
};

export const bankSafeAccount: Variant = {
  id: "bank-safe-account",
  script: "other",
  weight: 3,
  brands: BANKS,
  channels: weighted([["phone-call", 70], ["sms", 15], ["automated-call", 10], ["voicemail", 5]]),
  lossRate: 0.35,
  loss: lossModel({ median: 6000, spread: 1.1, min: 200, max: 120_000 }),
  payments: weighted([["bank-transfer", 90], ["other", 10]]),
  gave: [["bank-details", 0.5], ["personal-details", 0.4], ["one-time-code", 0.3]],
  ageBias: "older",
  said: [
    "said they were from the {brand} fraud department and my account had been compromised, i needed to move my money to a safe account",
    "said a member of staff at my branch was under investigation and they needed my help",
    "said my money was at risk and they had set up a new account for me to move it into",
  ],
  saidText: [`"{brand}: a new device has been added to your account. If this was not you call {phone}"`, "a text from {brand} about a payment i didnt make and then someone rang straight after"],
  then: ["{who} stayed on the phone while i moved the money", "they gave me an account name and sort code to send it to", "they told me to say it was for building work if the bank asked"],
};

export const investment: Variant = {
  id: "investment",
  script: "other",
  weight: 2,
  brands: weighted<string | null>([[null, 85], ["Amazon", 15]]),
  channels: weighted([["social-media", 60], ["website", 25], ["phone-call", 10], ["email", 5]]),
  lossRate: 0.7,
  loss: lossModel({ median: 5000, spread: 1.3, min: 250, max: 150_000 }),
  payments: weighted([["crypto", 60], ["bank-transfer", 35], ["card", 5]]),
  gave: [["personal-details", 0.5], ["bank-details", 0.2], ["remote-access", 0.2], ["card-details", 0.2]],
  ageBias: "broad",
  amounts: ["£250", "£500", "£1,000"],
  said: ["{who} rang and said my investment had already made a profit and i should put more in", "{who} called about a trading account i had signed up to and said i could double my money"],
  saidText: [
    "an advert on facebook with a celebrity saying they made money on a trading platform, it went to {url}",
    "someone on instagram showed me their crypto profits and got me to sign up at {url}",
    "an ad said invest {amount} and get guaranteed returns",
    "a post about {brand} shares you could buy for {amount}",
  ],
  then: ["the dashboard showed my money growing every day", "when i tried to withdraw they said i had to pay a fee first", "they had an account manager who messaged me every day"],
};

export const prize: Variant = {
  id: "prize",
  script: "other",
  weight: 1.5,
  brands: weighted<string | null>([["Amazon", 50], [null, 50]]),
  channels: weighted([["sms", 35], ["email", 30], ["social-media", 20], ["phone-call", 15]]),
  lossRate: 0.1,
  loss: lossModel({ fixed: [[1.95, 0.3], [2.99, 0.2]], median: 150, spread: 1.2, min: 1, max: 5_000 }),
  payments: weighted([["card", 70], ["gift-cards", 20], ["other", 10]]),
  gave: [["card-details", 0.35], ["personal-details", 0.45]],
  ageBias: "broad",
  amounts: ["£1.95", "£2.99", "£4.95"],
  items: ["an iphone", "airpods", "a £500 voucher", "a dyson airwrap", "a hamper"],
  said: ["said i had won {item} in a prize draw and only had to pay {amount} postage"],
  saidText: [
    `"Congratulations! You have been selected for a loyalty reward. Claim your prize {url}"`,
    "said i had won {item} and only had to pay {amount} postage",
    "a survey for {brand} customers where you get {item} at the end",
  ],
  then: ["it asked for card details for the postage", "the prize never came"],
};

export const tvLicence: Variant = {
  id: "tv-licence",
  script: "other",
  weight: 1,
  brands: weighted<string | null>([["TV Licensing", 1]]),
  channels: weighted([["email", 60], ["sms", 35], ["phone-call", 5]]),
  lossRate: 0.1,
  loss: lossModel({ median: 150, spread: 1.2, min: 5, max: 8_000 }),
  payments: weighted([["card", 85], ["bank-transfer", 10], ["other", 5]]),
  gave: [["card-details", 0.35], ["personal-details", 0.35], ["bank-details", 0.1]],
  ageBias: "older",
  said: ["said my tv licence direct debit had failed and they needed new bank details"],
  saidText: [`"TV Licensing: your direct debit failed and your licence will expire. Update at {url}"`, "email saying i was owed a refund on my tv licence, link {url}"],
  then: ["the page asked for my bank details and card"],
};

export const hiMum: Variant = {
  id: "hi-mum",
  script: "other",
  weight: 1.5,
  brands: weighted<string | null>([[null, 1]]),
  channels: weighted([["social-media", 50], ["sms", 40], ["phone-call", 10]]),
  lossRate: 0.35,
  loss: lossModel({ median: 1200, spread: 1.0, min: 50, max: 15_000 }),
  payments: weighted([["bank-transfer", 95], ["other", 5]]),
  gave: [["personal-details", 0.05]],
  ageBias: "older",
  said: ["a voice that sounded like my {relative} said they were in trouble and needed money"],
  saidText: [
    `a message on whatsapp saying "hi mum this is my new number, i dropped my phone"`,
    `a text saying "hi dad its me, my phone broke, can you help with a bill"`,
    "a message from a number i didnt know saying it was my {relative} and they had a new phone",
  ],
  then: ["they asked me to pay a bill for them as their banking app wasnt working", "they said it was urgent and they would pay me back tomorrow", "it wasnt until i rang my {relative} that i realised"],
};
