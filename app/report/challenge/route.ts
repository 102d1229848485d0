// GET /report/challenge: a fresh proof-of-work challenge for the report form's script.
// Signed and short-lived; solving it costs the browser about a second while the reporter
// types (lib/server/intake/proof-of-work.ts).
import { createFormChallenge } from "@/lib/server/intake/proof-of-work";
import { intakeConfig } from "@/lib/server/intake/intake-config";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const config = intakeConfig();
  const challenge = await createFormChallenge(config.keys, config.powMaxNumber, new Date());
  return Response.json(challenge, { headers: { "Cache-Control": "no-store" } });
}
