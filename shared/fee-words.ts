// The words of a fee's detail line ("100.00㎡ × ￥22.00 × 30%（停供）", "2026-01-31 起 29 天 ×
// 0.05%/天"), handed in by whoever books or shows the fee: shared/ computes, the catalogues
// (accounts:fees.*) say it, in the language it is booked in.
export interface FeeWords {
  /** after the base-fee share of a 停供 household: "（停供）" */
  stopped: string;
  /** "低保减免20%" */
  lowIncome(percent: string): string;
  /** a daily rate: "0.05%/天" */
  perDay(rate: string): string;
  /** "2026-01-31 起 29 天 × 0.05%/天" */
  lateFrom(dueDate: string, days: number, rate: string): string;
  /** after a late fee that reached the principal: "（以本金为限）" */
  capped: string;
}
