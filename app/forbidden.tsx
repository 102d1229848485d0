import Link from "next/link";
import { SiteFrame } from "@/components/site-frame";

export default function Forbidden() {
  return (
    <SiteFrame>
      <h1>You cannot see this page</h1>
      <p>Your role does not include this part of ScamPulse. If you need it, ask an administrator.</p>
      <p>
        <Link href="/account">Go to your account</Link>
      </p>
    </SiteFrame>
  );
}
