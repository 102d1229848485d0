// English text for the parts every public page shares, the home page and "not found".
export const site = {
  serviceName: "ScamPulse",
  skipLink: "Skip to main content",
  languageNav: "Language",
  english: "English",
  welsh: "Cymraeg",
  footer: "ScamPulse helps police fraud units warn the public about scams.",
  emergency: "If you are in danger or a crime is happening now, call 999.",
  home: {
    title: "Scam calls, texts and emails pretending to be Amazon, your bank or a courier",
    lead:
      "Fraudsters pretend to be companies you trust. They may say your Prime membership is about to renew, that someone ordered an iPhone on your account, or that they refunded you too much.",
    urgentTitle: "If you have lost money or given your bank details",
    urgentBody: "Call your bank now on 159. It connects you safely to most UK banks.",
    startTitle: "Report a scam",
    startBody:
      "Tell us what happened. We will give you advice on what to do next, and your report helps the police warn other people.",
    startButton: "Start now",
    signsTitle: "Signs of a scam",
    signs: [
      "An automated call asking you to press 1 to cancel a payment or speak to a “fraud department”.",
      "Someone asking you to install AnyDesk, TeamViewer or another app on your computer or phone.",
      "Being asked to pay with gift cards, or to send back a refund that was “too much”.",
      "Being asked for a one-time code, your password or your card details.",
    ],
    unsure:
      "If you are not sure, hang up. Check your account yourself in the company's app or by typing its address, never through a link or a number you were given.",
  },
  notFound: {
    title: "Page not found",
    body: "If you typed the web address, check it is correct.",
    home: "Go to the ScamPulse home page",
  },
  tooLarge: {
    title: "Your report is too long to send",
    body: "What happened must be 10,000 characters or fewer. Go back, shorten it, and send it again.",
    back: "Go back to the report form",
  },
  error: {
    title: "Sorry, there is a problem with the service",
    body: "Try again in a few minutes. Nothing you already sent us has been lost.",
    retry: "Try again",
  },
};
