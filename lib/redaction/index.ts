export { redact } from "./redact";
export {
  REDACTION_EXPLANATIONS,
  REDACTION_KINDS,
  REDACTION_PLACEHOLDERS,
  explainRemovals,
  type ExplanationLocale,
  type RedactionKind,
  type RedactionResult,
  type Removal,
} from "./kinds";
export { ibanValid, luhnValid } from "./validators";
