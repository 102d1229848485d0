// English text of the confirmation page and of the tailored advice (lib/intake/advice.ts).
import type { AdviceParams } from "../../intake/advice";

const list = (items: readonly string[]) => new Intl.ListFormat("en-GB", { type: "conjunction" }).format(items);

export const confirmation = {
  title: "Report sent",
  referenceLabel: "Your reference number",
  keepReference: "Keep this number. You may need it if you speak to the police or your bank about this scam.",
  urgentTitle: "Do this now",
  removedTitle: "We removed some details from your report",
  nextTitle: "What happens next",
  next: [
    "Police fraud teams read reports like yours to find scams and warn other people. We cannot reply to every report.",
    "This report does not replace reporting the crime officially. You can find out how below.",
  ],
  nextContact:
    "You said the police can contact you, so an officer may get in touch. They will never ask for your bank details, your passwords or for money.",
  adviceTitle: "What you can do now",
  officialTitle: "Report it officially",
  officialIntro: "Your report helps the police spot scams. To report a crime officially, or to stop more scam messages, also contact:",
  another: "Report another scam",
  home: "Go to the home page",
  expired: {
    title: "This page has expired",
    body: "To protect your privacy, we only show your confirmation for 30 minutes. If you sent a report, we have received it.",
    link: "Report a scam",
  },
};

export const advice: Record<string, { title: (p: AdviceParams) => string; body: (p: AdviceParams) => string }> = {
  "call-bank-money": {
    title: () => "Call your bank now on 159",
    body: () =>
      "159 connects you safely to most UK banks. Tell them you have been scammed. The sooner you call, the more chance they have to stop the payment or get your money back.",
  },
  "call-bank-details": {
    title: () => "Call your bank on 159",
    body: () =>
      "159 connects you safely to most UK banks. Tell them you gave your details to a scammer, so they can protect your account and stop your card if needed.",
  },
  "stop-remote-access": {
    title: () => "Disconnect your computer and remove the app they used",
    body: (p) =>
      `Turn off your wifi or unplug the internet cable now, so they cannot get back in. Then uninstall ${
        p.tools?.length ? list(p.tools) : "the app they asked you to install"
      }. Ask someone you trust, or a local computer shop, to check your computer before you use online banking on it again.`,
  },
  "remote-asked": {
    title: () => "If you installed an app they asked for, remove it",
    body: () =>
      "Scammers ask people to install apps like AnyDesk or TeamViewer so they can control their computer. If you installed one, uninstall it and call your bank on 159.",
  },
  "gift-card-issuer": {
    title: () => "Contact the gift card company straight away",
    body: (p) =>
      `Call the company that sold the gift card${p.giftCards?.length ? ` (${list(p.giftCards)})` : ""}, for example on the number on the back of the card. Tell them it was used in a scam: they may be able to freeze it before it is spent. Keep the cards and your receipts.`,
  },
  "crypto-exchange": {
    title: () => "Contact the cryptocurrency exchange you used",
    body: () =>
      "Tell them you sent money to a scammer. Ask if they can stop or trace the payment. Keep any details of the transaction.",
  },
  "secure-accounts": {
    title: () => "Change your password and turn on two-step verification",
    body: (p) =>
      `Change the password for ${p.brand ? `your ${p.brand} account` : "the account"} and for any other account that uses the same password. Then turn on two-step verification, so a code is needed as well as your password. Do this on a device the scammer has not used.`,
  },
  "personal-details": {
    title: () => "Watch out for follow-up scams",
    body: () =>
      "Scammers may use your details to contact you again, pretending to be the police, your bank or a company that can get your money back. Hang up and call the organisation yourself on a number you trust.",
  },
  "check-account": {
    title: (p) => `Check your ${p.brand} account yourself`,
    body: (p) =>
      `Use the ${p.brand} app, or type the website address yourself. Never use a link or phone number from the call or message. If nothing looks wrong there, you can ignore the message.`,
  },
  "no-loss": {
    title: () => "You did the right thing",
    body: () =>
      "You did not lose money or give away any details, so you do not need to do anything else. Block the number or sender, and delete the message.",
  },
  "spot-next": {
    title: () => "How to spot the next one",
    body: () =>
      "Amazon, banks and the police will never ask you to move money, buy gift cards, share a one-time code or install an app. If a call worries you, hang up and call back on a number you trust, from a different phone if you can.",
  },
};
