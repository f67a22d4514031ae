// The heating fee of one account for one season, as the price office publishes it:
// heated area × unit price of the customer class; a 停供 (heating stopped) household pays
// a base-fee share; a 低保 household gets a reduction. Pure and integer-only, so the counter,
// the billing run and the tests compute the same fen.
import { mulDiv, formatMoney, type Fen } from './money.ts';
import type { FeeWords } from './fee-words.ts';

export type CustomerClass = 'residential' | 'nonResidential';

export interface HeatingPolicy {
  /** Share of the full fee a 停供 household pays, in basis points (3000 = 30 %). */
  stoppedBaseShareBp: number;
  /** Reduction for 低保 households, in basis points of the fee (2000 = 20 % off). */
  lowIncomeReductionBp: number;
}

export interface HeatingFeeInput {
  heatedAreaCentiM2: number;
  /** Price per m² for the season and class, in fen. */
  unitPriceFen: number;
  stopped: boolean;
  lowIncome: boolean;
}

export interface HeatingFee {
  amountFen: Fen;
  /** What the receipt prints under the line, e.g. "89.37㎡ × ￥22.00 × 30%（停供）". */
  detail: string;
}

export function formatArea(centiM2: number): string {
  return `${Math.trunc(centiM2 / 100)}.${String(centiM2 % 100).padStart(2, '0')}㎡`;
}

function percent(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const rest = bp % 100;
  return rest === 0 ? `${whole}%` : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
}

export function heatingFee(input: HeatingFeeInput, policy: HeatingPolicy, words: FeeWords): HeatingFee {
  // area is in 0.01 m², so full fee = area × price / 100, rounded half up to the fen.
  let amount = mulDiv(input.heatedAreaCentiM2, input.unitPriceFen, 100);
  let detail = `${formatArea(input.heatedAreaCentiM2)} × ${formatMoney(input.unitPriceFen)}`;
  if (input.stopped) {
    amount = mulDiv(amount, policy.stoppedBaseShareBp, 10_000);
    detail += ` × ${percent(policy.stoppedBaseShareBp)}${words.stopped}`;
  }
  if (input.lowIncome && policy.lowIncomeReductionBp > 0) {
    amount = mulDiv(amount, 10_000 - policy.lowIncomeReductionBp, 10_000);
    detail += ` ${words.lowIncome(percent(policy.lowIncomeReductionBp))}`;
  }
  return { amountFen: amount, detail };
}
