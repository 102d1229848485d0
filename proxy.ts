// Runs before Next.js handles a request. Only one job here: refuse an oversized post to the
// report form (413) or one with no declared length (411) before its body is read, with a
// short page in the reporter's language; Next.js would otherwise answer such a post with a
// 500 (lib/intake/body-limit.ts). Access control does not belong here (see house style).
import { NextResponse, type NextRequest } from "next/server";
import { formBodyVerdict } from "@/lib/intake/body-limit";
import { htmlLang, LOCALE_COOKIE, parseLocale } from "@/lib/i18n/locale";
import { messagesFor } from "@/lib/i18n/messages";

export function proxy(request: NextRequest) {
  const verdict = formBodyVerdict(request.method, request.headers.get("content-length"));
  if (verdict.ok) return NextResponse.next();
  const locale = parseLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const m = messagesFor(locale).site.tooLarge;
  const page = `<!doctype html><html lang="${htmlLang(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${m.title} - ScamPulse</title></head><body style="font-family: system-ui, sans-serif; font-size: 1.1875rem; line-height: 1.5; max-width: 40rem; margin: 2rem auto; padding: 0 1rem"><main><h1>${m.title}</h1><p>${m.body}</p><p><a href="/report">${m.back}</a></p></main></body></html>`;
  return new NextResponse(page, { status: verdict.status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", Connection: "close" } });
}

export const config = { matcher: ["/report"] };
