/**
 * Parameters of the surge test, with the defaults used in production. See
 * README.md in this folder for the method and why each default was chosen.
 */

export interface SurgeConfig {
  /**
   * Test windows, in days ending on the evaluation date. Each is tested against
   * its own baseline; the smallest p-value, Bonferroni-corrected for the number
   * of windows, decides. Whole weeks cancel day-of-week effects.
   */
  windows: readonly number[];
  /** Days between the baseline and the window, left out so a surge's early days do not raise its own baseline. */
  guardDays: number;
  /** Days in the baseline, before the guard band. */
  baselineDays: number;
  /** p-value below which the level is red. */
  redP: number;
  /** p-value below which the level is amber. */
  amberP: number;
  /** Never alert unless the window holds at least this many reports. */
  minObserved: number;
  /** Never alert unless the window exceeds the baseline expectation by at least this many reports. */
  minExcess: number;
  /**
   * The rise the test looks for: the null hypothesis is "the window's rate is
   * at most minRateRatio x the baseline rate". 1 tests for any rise; above 1,
   * ordinary wobble (and modest extra-Poisson variation) stays quiet.
   */
  minRateRatio: number;
  /** Quasi-Poisson dispersion: variance / mean of daily counts, >= 1. 1 means Poisson. */
  dispersion: number;
  /**
   * Shape of the gamma prior on the baseline rate. 1 is the flat prior: it
   * acts like one extra report in the baseline, so four quiet weeks are read
   * as "a low rate", not "a rate of exactly zero" that any report would beat.
   */
  priorShape: number;
  /** Days of counts returned with each alert for a sparkline, ending on the evaluation date. */
  sparklineDays: number;
  /** How far back an alert looks for the first day of its current run of alerting days. */
  sinceLookbackDays: number;
}

export const DEFAULT_SURGE_CONFIG: Readonly<SurgeConfig> = Object.freeze({
  windows: Object.freeze([7, 14]),
  guardDays: 2,
  baselineDays: 28,
  redP: 0.01,
  amberP: 0.05,
  minObserved: 5,
  minExcess: 3,
  minRateRatio: 1.3,
  dispersion: 1,
  priorShape: 1,
  sparklineDays: 42,
  sinceLookbackDays: 56,
});

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(`Invalid surge config: ${message}`);
}

export function resolveConfig(overrides: Partial<SurgeConfig> = {}): SurgeConfig {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
  const config: SurgeConfig = { ...DEFAULT_SURGE_CONFIG, ...defined };
  const whole = (n: number, min: number) => Number.isInteger(n) && n >= min;
  check(config.windows.length > 0 && config.windows.every((w) => whole(w, 1)), "windows must be whole numbers >= 1");
  check(whole(config.guardDays, 0), "guardDays must be a whole number >= 0");
  check(whole(config.baselineDays, 2), "baselineDays must be a whole number >= 2");
  check(config.redP > 0 && config.redP <= config.amberP && config.amberP < 1, "need 0 < redP <= amberP < 1");
  check(config.minObserved >= 0 && config.minExcess >= 0, "minObserved and minExcess must be >= 0");
  check(config.minRateRatio >= 1, "minRateRatio must be >= 1");
  check(config.dispersion >= 1, "dispersion must be >= 1");
  check(config.priorShape > 0, "priorShape must be > 0");
  check(whole(config.sparklineDays, 1), "sparklineDays must be a whole number >= 1");
  check(whole(config.sinceLookbackDays, 0), "sinceLookbackDays must be a whole number >= 0");
  return config;
}
