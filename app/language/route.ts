// GET /language?to=cy&next=/report: the language switch on every public page. A plain link
// (works without JavaScript) that remembers the choice in a cookie for a year and goes
// back to the page it came from; `next` must be a path on this site (no open redirect).
import { LOCALE_COOKIE, parseLocale, safeReturnPath } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const url = new URL(request.url);
  const locale = parseLocale(url.searchParams.get("to"));
  const next = safeReturnPath(url.searchParams.get("next"));
  const secure = request.headers.get("x-forwarded-proto") === "https" ? "; Secure" : "";
  return new Response(null, {
    status: 303,
    headers: {
      Location: next,
      "Set-Cookie": `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`,
      "Cache-Control": "no-store",
    },
  });
}
