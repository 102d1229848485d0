import Link from "next/link";

export default function Forbidden() {
  return (
    <>
      <h1>You cannot see this page</h1>
      <p>Your role does not include this part of ScamPulse. If you need it, ask an administrator.</p>
      <p>
        <Link href="/account">Go to your account</Link>
      </p>
    </>
  );
}
