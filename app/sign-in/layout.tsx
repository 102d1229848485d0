// The sign-in page's frame: the root layout has only <html> and the skip link now.
import { SiteFrame } from "@/components/site-frame";

export default function SignInLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
