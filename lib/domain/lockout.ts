// Sign-in lockout with back-off: the first few mistakes cost nothing, then each further
// failure locks the account for twice as long as the last, up to an hour.
export const FREE_ATTEMPTS = 5;
export const MAX_LOCK_MS = 60 * 60 * 1000;
const FIRST_LOCK_MS = 60 * 1000;

/** When the account unlocks after `failures` consecutive failures (null: not locked). */
export function lockedUntilAfter(failures: number, now: Date): Date | null {
  if (failures < FREE_ATTEMPTS) return null;
  const ms = Math.min(FIRST_LOCK_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_MS);
  return new Date(now.getTime() + ms);
}
