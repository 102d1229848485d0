export default function HomePage() {
  return (
    <>
      <h1>Scam calls, texts and emails pretending to be Amazon, your bank or a courier</h1>
      <p className="lead">
        Fraudsters pretend to be companies you trust. They may say your Prime membership is about to renew, that
        someone ordered an iPhone on your account, or that they refunded you too much.
      </p>
      <div className="panel panel-urgent">
        <h2>If you have lost money or given your bank details</h2>
        <p>
          Call your bank now on <strong>159</strong>. It connects you safely to most UK banks.
        </p>
      </div>
      <h2>Signs of a scam</h2>
      <ul>
        <li>An automated call asking you to press 1 to cancel a payment or speak to a &quot;fraud department&quot;.</li>
        <li>Someone asking you to install AnyDesk, TeamViewer or another app on your computer or phone.</li>
        <li>Being asked to pay with gift cards, or to send back a refund that was &quot;too much&quot;.</li>
        <li>Being asked for a one-time code, your password or your card details.</li>
      </ul>
      <p>
        If you are not sure, hang up. Check your account yourself in the company&apos;s app or by typing its address,
        never through a link or a number you were given.
      </p>
    </>
  );
}
