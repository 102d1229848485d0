"use client";
// True once the page runs JavaScript: enhancements (counts, filters) render only then, so
// the server's HTML is the complete no-JavaScript form.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
