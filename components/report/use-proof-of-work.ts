"use client";
// Solves the form's proof-of-work in the background as soon as the page runs JavaScript
// (and again after each answer from the server, since a challenge can be used once). The
// answer goes into the hidden "altcha" field; if it is not ready in time, the form is sent
// without it and counts against the stricter limit, exactly as with JavaScript off.
import { solveChallenge, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/web/sha";
import { useCallback, useEffect, useRef } from "react";

export function useProofOfWork(round: number) {
  const answer = useRef<Promise<string | null>>(Promise.resolve(null));
  const solved = useRef<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    solved.current = null;
    answer.current = (async () => {
      try {
        const res = await fetch("/report/challenge", { cache: "no-store", signal: controller.signal });
        if (!res.ok) return null;
        const challenge = (await res.json()) as Challenge;
        const solution = await solveChallenge({ challenge, deriveKey, controller, timeout: 60_000 });
        if (!solution) return null;
        solved.current = btoa(JSON.stringify({ challenge, solution }));
        return solved.current;
      } catch {
        return null; // no crypto.subtle (plain http), offline, aborted: the stricter limit applies
      }
    })();
    return () => controller.abort();
  }, [round]);

  /** The answer now, or after waiting up to `ms` for it; null if there is none. */
  const waitFor = useCallback(async (ms: number): Promise<string | null> => {
    if (solved.current) return solved.current;
    return Promise.race([answer.current, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
  }, []);

  return { current: () => solved.current, waitFor };
}
