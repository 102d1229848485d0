/** Delivery scripts: missed-parcel and customs-fee texts from fake couriers. */
import { weighted } from "../prng";
import { lossModel, type Variant } from "../variant";

export const parcelFee: Variant = {
  id: "parcel-fee",
  script: "delivery",
  weight: 13,
  brands: weighted<string | null>([["Royal Mail", 36], ["Evri", 26], ["DPD", 18], ["DHL", 8], ["Amazon", 8], [null, 4]]),
  channels: weighted([["sms", 76], ["email", 14], ["phone-call", 3], ["website", 4], ["in-person", 3]]),
  lossRate: 0.08,
  loss: lossModel({ fixed: [[1.45, 0.2], [2.99, 0.15], [1.99, 0.1]], median: 400, spread: 1.3, min: 1, max: 15_000 }),
  payments: weighted([["card", 85], ["other", 10], ["bank-transfer", 5]]),
  gave: [["card-details", 0.3], ["personal-details", 0.35], ["one-time-code", 0.08]],
  ageBias: "broad",
  amounts: ["£1.45", "£2.99", "£1.99", "£0.99", "£3.49", "£1.50"],
  said: [
    "said they had a parcel for me and needed a redelivery fee of {amount}",
    "{who} said my parcel was stuck at customs and i had to pay {amount}",
  ],
  saidText: [
    `"{brand}: Your parcel could not be delivered due to an unpaid fee of {amount}. Reschedule: {url}"`,
    `"We missed you today. Please confirm your address for redelivery {url}"`,
    `"{brand}: your package is held at our depot. A shipping fee of {amount} is required {url}"`,
    "a text saying my parcel was waiting and to pay {amount} by tomorrow or it goes back to sender",
    "it said to ring {phone} to rearrange delivery and pay {amount}",
    `"Your item has a customs charge of {amount} to pay before delivery: {url}"`,
    `"{brand}: we attempted delivery of your parcel today, the address was incomplete. update {url}"`,
  ],
  then: ["{who} said it would be sent back unless i paid today", "they wanted my card details to take the fee"],
  thenText: [
    "i was expecting a parcel so i clicked it",
    "the site looked like {brand} and asked for my address and date of birth then card details for {amount}",
    "i paid the {amount} and a day later someone rang saying they were my bank",
    "it asked for my postcode, then my card",
  ],
};
