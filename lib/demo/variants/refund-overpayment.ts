/**
 * Refund/overpayment scripts: the victim is promised a refund, shown a faked
 * "overpayment" in their own online banking (really their own money moved
 * between accounts) and pressed to send the difference back.
 */
import { weighted } from "../prng";
import { lossModel, type Variant } from "../variant";
import { ORDER_AMOUNTS, ORDER_ITEMS } from "./unauthorized-spend";

/** The overpayment twist; shared because every refund story ends the same way. */
const ESCALATIONS = [
  "{who} said they would refund me but needed me to download {remote} so they could see my screen. then they said {overpay} had gone in by mistake instead of {refund} and i had to send it back",
  "they said they would cancel it and refund me, when i logged in to my bank it showed {overpay} had gone in. {who} got upset and said they would lose their job if i didnt return it",
  "{who} typed the refund in and said they had added an extra zero so i had been paid {overpay} not {refund}",
  "after that they said they had refunded me too much and i needed to send the difference back in {cards}",
  "my screen went black for a bit and then my account showed {overpay} extra, they said it was their mistake and begged me to pay it back",
  "they said the refund had gone wrong and i now owed them {overpay}, they would stay on the line while i sorted it",
  "{who} said i had to return the overpayment today or the police would be involved",
];

const REFUND_LOSS = lossModel({ median: 1500, spread: 1.0, min: 100, max: 40_000 });
const REFUND_PAYMENTS = weighted([["gift-cards", 44], ["bank-transfer", 46], ["crypto", 3], ["other", 7]] as const);

export const orderThenRefund: Variant = {
  id: "order-then-refund",
  script: "refund-overpayment",
  weight: 4,
  brands: weighted<string | null>([["Amazon", 1]]),
  channels: weighted([["phone-call", 45], ["automated-call", 35], ["voicemail", 10], ["email", 5], ["sms", 5]]),
  lossRate: 0.5,
  loss: REFUND_LOSS,
  payments: REFUND_PAYMENTS,
  gave: [["remote-access", 0.75], ["bank-details", 0.45], ["personal-details", 0.3], ["one-time-code", 0.15]],
  ageBias: "older",
  amounts: ORDER_AMOUNTS,
  items: ORDER_ITEMS,
  said: [
    "said someone had ordered {item} for {amount} on my amazon account",
    `it said "we have detected an unauthorized purchase of {amount} on your account", press 1`,
    "said there was a {amount} order for {item} that wasnt me",
    "{who} said my account had been hacked and {item} ordered",
  ],
  saidText: [
    "email saying my {item} order for {amount} was on its way, i rang the number on it {phone}",
    "text about an order of {item} {amount} and to call {phone} if it wasnt me",
  ],
  then: ESCALATIONS,
};

export const refundOwed: Variant = {
  id: "refund-owed",
  script: "refund-overpayment",
  weight: 3.5,
  brands: weighted<string | null>([["Amazon", 45], ["BT", 20], ["Microsoft", 15], ["PayPal", 8], ["Sky", 7], [null, 5]]),
  channels: weighted([["phone-call", 55], ["automated-call", 15], ["email", 15], ["website", 10], ["sms", 5]]),
  lossRate: 0.45,
  loss: REFUND_LOSS,
  payments: REFUND_PAYMENTS,
  gave: [["remote-access", 0.7], ["bank-details", 0.4], ["personal-details", 0.25], ["one-time-code", 0.15]],
  ageBias: "older",
  said: [
    "said i was owed a refund of {refund} because my {product} had been cancelled",
    "said i was due {refund} compensation for my {product}",
    "{who} said i had been overcharged and they needed to refund me {refund}",
    "said {brand} were closing my account and refunding {refund}",
    "said my {product} had been paid twice and they wanted to give me {refund} back",
  ],
  saidText: [
    `"You are eligible for a refund of {refund}. Call {phone} to claim"`,
    "email saying a refund of {refund} was waiting and to call support on {phone}",
    "i searched for {brand} help and rang a number on a website that said {brand} support, {phone}",
  ],
  then: ESCALATIONS,
};

export const techSupportRefund: Variant = {
  id: "tech-support-refund",
  script: "refund-overpayment",
  weight: 1.5,
  brands: weighted<string | null>([["Microsoft", 60], ["Apple", 20], ["Amazon", 10], [null, 10]]),
  channels: weighted([["website", 70], ["phone-call", 30]]),
  lossRate: 0.4,
  loss: REFUND_LOSS,
  payments: REFUND_PAYMENTS,
  gave: [["remote-access", 0.85], ["bank-details", 0.3], ["card-details", 0.15]],
  ageBias: "older",
  said: [
    "{who} said my computer had been hacked and they would refund me {refund} for the {product} protection i had paid for",
    "said they were {brand} technical support and my computer was sending out viruses",
  ],
  saidText: [
    `a popup came up on my laptop saying "{brand} security warning, your computer is infected, call {phone}" and it wouldnt close`,
    "the screen went red and a voice said my files were being stolen and to ring {phone}",
    "my laptop froze with a message saying do not turn off, call {brand} support on {phone}",
  ],
  then: ESCALATIONS,
};
