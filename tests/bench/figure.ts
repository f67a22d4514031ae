/** One measured figure: printed as `name value unit`. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
}

/** A benchmark file's default export. */
export type Bench = () => Promise<Figure[]>;

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
