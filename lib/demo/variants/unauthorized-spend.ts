/** Unauthorised-spend scripts: "an order of £799 for an iPhone was placed on your account". */
import { weighted } from "../prng";
import { lossModel, type Variant } from "../variant";

export const ORDER_AMOUNTS = ["£799", "£799", "£999", "$799", "£1,049", "£1,200", "£1,499", "£649.99", "£479.99", "over £1,000"];
/** With their article, so templates read "an order for {item}". */
export const ORDER_ITEMS = ["an iphone 15", "an iPhone 15 Pro", "a macbook", "an apple macbook pro", "a playstation 5", "a ps5", "a samsung tv", "a samsung galaxy phone", "an ipad", "an apple watch", "a dyson hoover", "a laptop", "an iphone", "2 iphones"];

export const amazonOrder: Variant = {
  id: "amazon-unauthorised-order",
  script: "unauthorized-spend",
  weight: 18,
  brands: weighted<string | null>([["Amazon", 1]]),
  channels: weighted([["automated-call", 38], ["phone-call", 28], ["voicemail", 10], ["sms", 12], ["email", 12]]),
  lossRate: 0.1,
  loss: lossModel({ fixed: [[799, 0.08], [999, 0.04]], median: 900, spread: 1.1, min: 20, max: 30_000 }),
  payments: weighted([["card", 45], ["bank-transfer", 40], ["gift-cards", 10], ["other", 5]]),
  gave: [["personal-details", 0.25], ["card-details", 0.1], ["one-time-code", 0.08], ["remote-access", 0.08], ["password", 0.06]],
  ageBias: "older",
  amounts: ORDER_AMOUNTS,
  items: ORDER_ITEMS,
  said: [
    `it said "this is amazon. we have detected an unauthorised purchase of {amount} on your account for {item}. if you did not authorise this press 1"`,
    "robot voice said someone had ordered {item} for {amount} on my account",
    "said there was a suspicious order of {amount} for {item} and it would be shipped today unless i pressed 1",
    "said my amazon account had been used to buy {item} worth {amount} from {place}",
    "{who} said they were from the amazon fraud department and there had been an order of over £1,000 on my account",
    `"your amazon order of {item} for {amount} is confirmed, to cancel this order press 1"`,
    "they said someone in {place} had used my account to order {item}",
    "said {item} had been bought on my prime account for {amount} and was it me",
  ],
  saidText: [
    `"Amazon: An order for {item} ({amount}) has been placed on your account. If this wasn't you call {phone}"`,
    "email saying my order of {item} for {amount} had been dispatched, i never ordered it",
    `"We have held a purchase of {amount} on your Amazon account. Verify now at {url}"`,
    "text saying unusual activity order {amount} cancel at {url}",
    `"Your order #UK-{ref} ({item}) has shipped. Not you? {phone}"`,
  ],
  then: [
    "{who} said to stop the order they needed to verify my identity",
    `they put me through to a "fraud specialist" who said my account was compromised`,
    "{who} said the order would go through in 30 minutes unless we cancelled it together",
    "said they would need to get into my online banking to block it",
    "{who} knew my address and said the parcel was going somewhere else",
    "they kept saying it was urgent and not to tell anyone",
  ],
  thenText: [
    "i rang the number and {who} said they were from the amazon fraud team",
    "i called the number and {who} said my account was compromised",
    "the link asked me to log in to cancel the order",
    "i panicked because i never ordered it",
  ],
};

export const cardSpendAlert: Variant = {
  id: "card-spend-alert",
  script: "unauthorized-spend",
  weight: 6,
  brands: weighted<string | null>([["Barclays", 18], ["HSBC", 15], ["Lloyds", 15], ["NatWest", 15], ["Santander", 12], ["PayPal", 15], ["Apple", 5], ["eBay", 5]]),
  channels: weighted([["phone-call", 40], ["sms", 30], ["automated-call", 15], ["email", 10], ["voicemail", 5]]),
  lossRate: 0.18,
  loss: lossModel({ median: 1500, spread: 1.2, min: 50, max: 60_000 }),
  payments: weighted([["bank-transfer", 70], ["card", 20], ["other", 10]]),
  gave: [["one-time-code", 0.2], ["personal-details", 0.3], ["card-details", 0.15], ["bank-details", 0.15], ["password", 0.05]],
  ageBias: "older",
  amounts: ["£749.99", "£1,200", "£2,450", "£899", "£312.50", "£1,850"],
  items: ["argos", "currys", "the apple store", "an online casino", "jd sports", "a shop in london", "a betting site", "ebay"],
  said: [
    "said there was a payment of {amount} to {item} on my card and was it me",
    "automated message said a transaction of {amount} was pending and to press 1 if it wasnt me",
    `{who} from the "{brand} fraud team" said my card had been used at {item} for {amount}`,
    "said someone was trying to take {amount} out of my account right now",
  ],
  saidText: [
    `"{brand}: Did you attempt a payment of {amount} at {item}? If NOT, call {phone}"`,
    `"{brand} ALERT: a new payee has been added to your account. If this was not you visit {url}"`,
    "a text about a payment to {item} for {amount} and a link {url}",
  ],
  then: [
    "{who} said they would need to move my card onto a new one",
    "they knew the last 4 digits of my card so i believed them",
    "they said a code would come through and i had to read it to them to cancel the payment",
    "{who} said not to speak to anyone at my branch because staff there were involved",
  ],
  thenText: [
    "i rang the number and {who} said they would move my card onto a new one",
    "the link looked just like my banking login page",
    "i called the number and they knew the last 4 digits of my card",
  ],
};
