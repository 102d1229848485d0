import Link from "next/link";
export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <Link href="/">Go to the ScamPulse home page</Link>
      </p>
    </>
  );
}
