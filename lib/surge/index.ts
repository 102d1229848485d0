export { DEFAULT_SURGE_CONFIG, resolveConfig, type SurgeConfig } from "./config";
export { type DailyCount } from "./dates";
export { detectSurges, type DetectOptions, type SurgeAlert, type SurgeSeries } from "./detect";
export {
  evaluateRange,
  evaluateSeries,
  testWindow,
  type SurgeEvaluation,
  type SurgeLevel,
  type WindowTest,
} from "./evaluate";
