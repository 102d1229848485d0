/**
 * Redaction of payment and login secrets from free text, run before a
 * report's narrative is stored, logged or shown anywhere. Pure and
 * synchronous: no I/O, and the original text is only ever held by the caller.
 *
 * Stages run in a fixed order, each on the output of the one before, so a
 * later stage never sees (or half-matches) what an earlier one removed:
 *   1. IBANs           - before cards, since an IBAN's digits can pass Luhn
 *   2. card numbers    - Luhn-valid 13-19 digits
 *   3. passwords       - the value after "password", "pw", "cyfrinair"...
 *   4. bank details    - sort code + account number pairs
 *   5. CVV, PIN, one-time codes - numbers near their cue words
 *
 * Redacting the output again changes nothing, by construction:
 *  - placeholders contain no digits and count as one token, like the number
 *    they replace, so cue windows measure the same on a second pass;
 *  - a number is removed whole: cards, passwords and the tokenizer chain digit
 *    groups by the same rule, and what a card leaves of its chain is checked
 *    as a chain of its own straight away;
 *  - passwords run before the cue-word stages because a value may swallow a
 *    full stop, and those stages must see the sentences as they will stay;
 *  - stages after passwords only touch numbers, which a rejected password
 *    value never contains (a value with a digit is always taken).
 * The property tests check this on adversarial input.
 *
 * Everything is linear in the input: the regexes are flat alternations of
 * single-class runs, and every scan looks a bounded distance ahead.
 */

import { findBankDetails } from "./bank-details";
import { findCardNumbers } from "./cards";
import { findCodes } from "./codes";
import { findIbans } from "./iban";
import { REDACTION_KINDS, type RedactionKind, type RedactionResult } from "./kinds";
import { findPasswords } from "./passwords";
import { applySpans, type Span } from "./spans";
import { tokenize, type Token } from "./tokens";

interface Stage {
  find: (text: string, tokens: readonly Token[]) => Span[];
  needsDigits: boolean;
  needsTokens: boolean;
}

const STAGES: readonly Stage[] = [
  { find: findIbans, needsDigits: true, needsTokens: false },
  { find: findCardNumbers, needsDigits: true, needsTokens: false },
  { find: findPasswords, needsDigits: false, needsTokens: true },
  { find: findBankDetails, needsDigits: true, needsTokens: true },
  { find: findCodes, needsDigits: true, needsTokens: true },
];

const NO_TOKENS: readonly Token[] = [];

export function redact(text: string): RedactionResult {
  const tally = new Map<RedactionKind, number>();
  let current = text;
  let tokens: readonly Token[] | undefined; // reused until a stage changes the text
  for (const stage of STAGES) {
    if (stage.needsDigits && !/[0-9]/.test(current)) continue;
    if (stage.needsTokens) tokens ??= tokenize(current);
    const spans = stage.find(current, stage.needsTokens ? (tokens ?? NO_TOKENS) : NO_TOKENS);
    if (spans.length === 0) continue;
    current = applySpans(current, spans, tally);
    tokens = undefined;
  }
  const removals = REDACTION_KINDS.flatMap((kind) => {
    const count = tally.get(kind) ?? 0;
    return count > 0 ? [{ kind, count }] : [];
  });
  return { text: current, removals };
}
