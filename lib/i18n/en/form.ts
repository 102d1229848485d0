// English text of the report form (app/report). Plain words, one question per section,
// written for someone who is frightened and possibly on a small phone.
export const form = {
  title: "Report a scam",
  intro: [
    "Tell us about a call, text, email or message from someone pretending to be a company you trust, such as Amazon, your bank, a delivery company or HMRC.",
    "It takes about 5 minutes. Only what happened and where you live are needed: you can leave out anything else.",
  ],
  urgent: "If you have lost money or given your bank details, call your bank now on 159.",
  optional: "(optional)",
  narrative: {
    label: "What happened?",
    hint:
      "Tell us in your own words. Say what they told you, what they asked you to do and anything you paid or gave them. Do not include your full card number, PIN or passwords. If you do, we will remove them.",
    limits: "Write at least 20 characters and no more than 10,000.",
    remaining: (n: string) => `You have ${n} characters remaining`,
    over: (n: string) => `You have ${n} characters too many`,
  },
  channel: {
    legend: "How did they contact you?",
    options: {
      "phone-call": "Phone call with a person",
      "automated-call": "Automated or recorded call",
      voicemail: "Voicemail",
      sms: "Text message",
      email: "Email",
      "social-media": "Social media or a messaging app",
      website: "Website or pop-up",
      "in-person": "In person",
    },
  },
  when: {
    legend: "When did it happen?",
    options: { today: "Today", yesterday: "Yesterday", date: "Another day" },
    dateLegend: "Date it happened",
    dateHint: "For example, 27 3 2026",
    day: "Day",
    month: "Month",
    year: "Year",
  },
  brand: {
    label: "Who did they say they were?",
    hint:
      "We have filled in Amazon because most reports are about Amazon. Change it if they said they were someone else, such as your bank, a delivery company or the police.",
  },
  identifiers: {
    label: "Phone numbers, email addresses or websites they used",
    hint: "Put each one on a new line. We will never turn them into links.",
  },
  lostMoney: { legend: "Did you lose money?", yes: "Yes", no: "No" },
  amount: { label: "How much did you lose?", hint: "For example, 250 or 79.97" },
  currency: {
    label: "Currency",
    options: { GBP: "Pounds (GBP)", EUR: "Euros (EUR)", USD: "US dollars (USD)" },
  },
  method: {
    legend: "How did you pay?",
    options: {
      "gift-cards": "Gift cards or vouchers",
      "bank-transfer": "Bank transfer",
      card: "Debit or credit card",
      crypto: "Cryptocurrency, such as Bitcoin",
      other: "Another way",
    },
  },
  gave: {
    legend: "What did you give them?",
    hint: "Select all that apply.",
    options: {
      "card-details": "Card details",
      "bank-details": "Bank details, such as your sort code and account number",
      "one-time-code": "A one-time code sent to your phone or email",
      password: "A password or login details",
      "remote-access": "Access to your computer or phone, for example by installing an app like AnyDesk or TeamViewer",
      "personal-details": "Personal details, such as your date of birth or address",
    },
    or: "or",
    nothing: "Nothing",
  },
  region: {
    label: "Where do you live?",
    hint:
      "Choose your police force area. It is usually named after your county or city. Choose “Outside the UK” if you do not live in the UK.",
    choose: "Choose your area",
    filterLabel: "Search the list",
    filterHint: "For example, Carmarthenshire or Manchester",
    matches: (n: number) => (n === 1 ? "1 area matches" : `${n} areas match`),
    nations: {
      wales: "Wales",
      england: "England",
      scotland: "Scotland",
      "northern-ireland": "Northern Ireland",
      "outside-uk": "Outside the UK",
    },
  },
  postcode: {
    label: "The first part of your postcode",
    hint: "For example, SA31 or M1. We only keep the first part.",
  },
  ageBand: {
    legend: "How old are you?",
    hint: "This helps us see who scammers are targeting.",
    options: {
      "under-25": "Under 25",
      "25-44": "25 to 44",
      "45-64": "45 to 64",
      "65-74": "65 to 74",
      "75-plus": "75 or over",
      "prefer-not-to-say": "Prefer not to say",
    },
  },
  contact: {
    legend: "Can the police contact you about this report?",
    yes: "Yes, you can contact me",
    no: "No, do not contact me",
    noHint: "If you choose no, we will not keep any contact details you type.",
    hint: "Give an email address or a phone number, or both. We only use them to contact you about this report.",
    name: "Your name",
    email: "Email address",
    phone: "Phone number",
  },
  agreement:
    "By sending this report you agree that police fraud teams can use it to find scams and warn people about them. We remove card numbers, codes and passwords before we keep it.",
  submit: "Send report",
  sending: "Sending your report…",
  honeypot: "Leave this box empty",
};
