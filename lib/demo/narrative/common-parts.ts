/**
 * Generic fragments of a victim's account: how it started (by channel), what
 * I did (by what was handed over), how it ended (by loss and payment method)
 * and a closing remark. Written the way people type into a report form.
 * No fragment contains a card number, code or real person's details.
 */
import type { Channel, Gave, PaymentMethod } from "../labels";

export const OPENINGS: Readonly<Record<Channel, readonly string[]>> = {
  "phone-call": [
    "{when} i got a call from {phone} saying it was {brand}",
    "had a phone call {when} from {who} claiming to be from {brand}",
    "{brand} rang me {when}, or someone pretending to be",
    "received a call {when} from a number i didnt know ({phone})",
    "my landline rang {when} and {who} said they were calling from {brand}",
    "{who} phoned me {when} saying they were from {brand}",
    "got a call on my mobile {when}",
    "{when} I answered a call from {phone}",
  ],
  "automated-call": [
    "{when} i got an automated call",
    "recorded message on my landline {when}",
    "had a robot call {when} from {phone}",
    "automated phone call {when} supposedly from {brand}",
    "a computer voice rang me {when}",
    "{when} my phone rang and it was a recording",
    "got one of those recorded calls {when}",
    "Automated call received {when}",
  ],
  voicemail: [
    "voicemail left on my phone {when}",
    "came home to a message on the answerphone {when}",
    "missed call {when} and then a voicemail",
    "{when} there was a voicemail from {phone}",
    "i had a message left on my mobile {when}",
  ],
  sms: [
    "got a text {when} from {sender}",
    "{when} i recieved this text",
    "text message {when}",
    "had a text from {sender} {when} saying",
    "this text came through {when}",
    "Received the following SMS {when}",
  ],
  email: [
    "got an email {when} from {email}",
    "{when} i recieved an email that looked like it was from {brand}",
    "email from {email} {when}",
    "had an email {when}, looked genuine",
    "I received an email {when} purporting to be from {brand}",
  ],
  "social-media": [
    "{when} i got a message on facebook",
    "saw a post on facebook {when}",
    "message on whatsapp {when}",
    "someone messaged me on instagram {when}",
    "an advert came up on my facebook {when}",
  ],
  website: [
    "{when} i was on my laptop",
    "i was looking online {when}",
    "i searched google for {brand} {when}",
    "on a website {when} that i thought was {brand}",
  ],
  "in-person": ["{when} a card came through the door saying", "a man came to my door {when}", "letter through the post {when}", "a sorry we missed you card was left {when}"],
  unknown: ["not sure how they got my number but {when}", "{when} this happened", "i dont know who it was", ""],
};

export const ACTIONS: Readonly<Record<Gave, readonly string[]>> = {
  "remote-access": [
    "they got me to download {remote} on my laptop",
    "i let them connect to my computer with {remote}",
    "they talked me through installing {remote} so they could see my screen",
    "i put an app on my phone called {remote} like they said",
    "they took control of my computer, the mouse was moving by itself",
  ],
  "card-details": [
    "i gave them my card details",
    "i read out my card number and the security code on the back",
    "put my card details in",
    "gave my debit card details, long number and expiry",
    "entered my bank card on the page",
  ],
  "one-time-code": [
    "i read out the code that came by text",
    "gave them the code my bank sent me",
    "a code came on my phone and i told them it",
    "typed in the verification code",
  ],
  password: [
    "i logged in with my email and password",
    "gave them my {brand} password",
    "entered my password on the link",
    "told them my password, stupidly",
  ],
  "bank-details": [
    "logged into my online banking while they watched",
    "gave my sort code and account number",
    "they asked which bank i was with and i told them",
    "logged into my {bank} app",
  ],
  "personal-details": [
    "i confirmed my name, address and date of birth",
    "gave my full name and postcode",
    "told them my date of birth and email address",
    "answered their questions about my address",
  ],
};

export const NOTHING_GIVEN_VOICE = [
  "i hung up",
  "i didnt press anything",
  "i put the phone down",
  "i asked for a reference number and they hung up",
  "knew it was a scam straight away",
  "i said i would ring {brand} myself and they got aggressive",
  "my {relative} told me not to answer",
  "i blocked the number",
  "i told them i knew it was a scam and they swore at me",
];

/** Once the story has gone on past the first contact, "i ignored it" would contradict it. */
export const NOTHING_GIVEN_LATER = [
  "i didnt give them anything",
  "something didnt feel right so i stopped",
  "i didnt go any further",
  "thats when i realised and hung up",
  "i closed it down",
  "luckily i didnt put anything in",
];

export const NOTHING_GIVEN_TEXT = ["didnt click the link", "i ignored it", "deleted it", "i blocked the number", "didnt open it", "forwarded it to 7726"];

export const LOSS_OUTCOMES: Readonly<Record<PaymentMethod, readonly string[]>> = {
  "gift-cards": [
    "i bought {loss} of {cards} and gave them the numbers off the back",
    "went to tesco and bought {loss} in {cards}, read the codes over the phone",
    "lost {loss} in {cards}",
    "{loss} in gift cards, the shop asked if i was ok but i said yes",
  ],
  "bank-transfer": [
    "i transferred {loss} to the account they gave me",
    "{loss} has gone from my account in 3 payments",
    "sent {loss} by bank transfer",
    "they moved {loss} out of my savings",
  ],
  card: ["{loss} has been taken off my card", "there are payments of {loss} on my card i didnt make", "lost {loss}", "bank says {loss} was spent on my card"],
  crypto: ["sent {loss} in bitcoin", "bought crypto worth {loss} and sent it to the wallet they gave me", "lost {loss} in crypto"],
  other: ["lost {loss} altogether", "{loss} gone", "im {loss} out of pocket"],
};

export const AFTER_LOSS = ["bank says they cant refund it", "bank is looking into it", "my bank froze my account", "", "", "i feel so stupid", "i cant afford this"];

export const NO_LOSS_GAVE = [
  "havent lost any money yet but they have my details",
  "my bank cancelled my card",
  "i rang my bank straight away",
  "changed my passwords after",
  "no money gone as far as i can tell",
  "worried they will use my details",
];

export const NO_LOSS = [
  "no money lost",
  "nothing taken",
  "just reporting so it goes on record",
  "want to warn others",
  "checked my {brand} app and there was nothing there",
  "this is the 3rd call this week",
  "they keep calling",
  "",
];

export const CLOSINGS = [
  "is this a scam?",
  "please do something about these people",
  "pls look into it",
  "number was {phone}",
  "im a pensioner and live on my own, it shook me up",
  "reported on behalf of my mum",
  "my {relative} helped me fill this in",
  "thank you",
  "they sounded very professional",
  "they knew my name which worried me",
  "why is this allowed",
  "can you trace the number?",
  "the link was {url}",
  "SCAM!!",
  "be careful everyone",
];

export const FILLS: Readonly<Record<string, readonly string[]>> = {
  who: ["a man", "a woman", "a lady", "a guy", "someone", "a bloke", "a young man", "a man who said his name was david", "a woman called sarah", "a man with a london accent"],
  remote: ["AnyDesk", "anydesk", "TeamViewer", "teamviewer", "any desk", "an app called quick support", "ultraviewer", "a screen sharing app"],
  cards: ["google play cards", "Google Play gift cards", "apple gift cards", "itunes vouchers", "steam cards", "amazon gift cards", "gift cards"],
  bank: ["barclays", "my bank", "nationwide", "halifax", "lloyds", "natwest", "santander", "monzo", "hsbc"],
  relative: ["daughter", "son", "husband", "wife", "neighbour", "grandson"],
  days: ["today", "within 24 hours", "tomorrow", "by midnight"],
  place: ["another country", "london", "birmingham", "leeds", "dubai", "the USA", "another part of the country"],
  refund: ["£250", "£299.99", "£399", "£79.97", "£150", "£499", "£199"],
  overpay: ["£2,500", "£3,000", "£4,000", "£2,990", "£20,000", "£9,000", "£5,000", "£1,999"],
  ref: ["4471X", "A7K2", "88Q1", "Z9P4", "3KD7", "UK21"],
};

const PRODUCTS: Readonly<Record<string, readonly string[]>> = {
  Amazon: ["prime", "prime membership", "amazon prime", "prime subscription"],
  Microsoft: ["microsoft 365", "windows licence", "microsoft account", "outlook"],
  BT: ["broadband", "bt broadband", "internet", "phone line"],
  Netflix: ["netflix", "netflix account", "subscription"],
  Apple: ["icloud storage", "apple id", "icloud", "apple subscription"],
  Norton: ["norton antivirus", "antivirus", "virus protection"],
  McAfee: ["mcafee", "antivirus", "mcafee protection"],
  Sky: ["sky tv", "sky subscription", "sky broadband"],
  PayPal: ["paypal account", "paypal"],
  eBay: ["ebay account"],
  HMRC: ["tax account"],
  "TV Licensing": ["tv licence"],
};

export function productsFor(brand: string | null): readonly string[] {
  return (brand ? PRODUCTS[brand] : undefined) ?? ["account", "subscription", "online banking"];
}
