/**
 * TempEval-3 Task A scores, micro-averaged over documents: extent P/R/F1 (relaxed = paired,
 * strict = paired with identical text) and attribute F1 for `type` and `value`, compared by exact
 * string equality over relaxed pairs, F1 = 2 x correct / (system + gold).
 */
import { alignTimexes, type Alignment } from './align';
import type { Timex } from './timex';

/** Raw counts; they add up over documents, scores are derived from them at the end. */
export interface TempEvalCounts {
  gold: number;
  system: number;
  /** Relaxed matches: pairs. */
  relaxed: number;
  /** Strict matches: pairs whose texts are identical. */
  strict: number;
  typeCorrect: number;
  valueCorrect: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface TempEvalScores {
  strict: Prf;
  relaxed: Prf;
  typeF1: number;
  valueF1: number;
}

export const emptyCounts = (): TempEvalCounts => ({ gold: 0, system: 0, relaxed: 0, strict: 0, typeCorrect: 0, valueCorrect: 0 });

export function countAlignment(gold: number, system: number, alignment: Alignment<Timex, Timex>): TempEvalCounts {
  const { pairs } = alignment;
  return {
    gold,
    system,
    relaxed: pairs.length,
    strict: pairs.filter((p) => p.gold.text === p.system.text).length,
    typeCorrect: pairs.filter((p) => p.gold.type === p.system.type).length,
    valueCorrect: pairs.filter((p) => p.gold.value === p.system.value).length,
  };
}

/** Aligns one document and counts it. */
export function countDocument(gold: readonly Timex[], system: readonly Timex[]): TempEvalCounts {
  return countAlignment(gold.length, system.length, alignTimexes(gold, system));
}

export function addCounts(a: TempEvalCounts, b: TempEvalCounts): TempEvalCounts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    relaxed: a.relaxed + b.relaxed,
    strict: a.strict + b.strict,
    typeCorrect: a.typeCorrect + b.typeCorrect,
    valueCorrect: a.valueCorrect + b.valueCorrect,
  };
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
const f1Of = (correct: number, system: number, gold: number) => ratio(2 * correct, system + gold);

function prf(matches: number, system: number, gold: number): Prf {
  return { precision: ratio(matches, system), recall: ratio(matches, gold), f1: f1Of(matches, system, gold) };
}

export function scoresOf(c: TempEvalCounts): TempEvalScores {
  return {
    strict: prf(c.strict, c.system, c.gold),
    relaxed: prf(c.relaxed, c.system, c.gold),
    typeF1: f1Of(c.typeCorrect, c.system, c.gold),
    valueF1: f1Of(c.valueCorrect, c.system, c.gold),
  };
}
