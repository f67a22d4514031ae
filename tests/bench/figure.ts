// What a benchmark reports. A figure alone says little on a shared 2-core machine, so each one
// stands beside its floor: the physical minimum of the same work (one committed INSERT for a
// payment, one indexed lookup for a search …), measured in the same run on the same machine,
// and the ratio of the two, which is what we compare from run to run.

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

/** `name`, `name_floor` and `name_ratio` (value ÷ floor): a figure beside the floor of the same work. */
export function beside(name: string, unit: string, value: number, floor: number, digits = 3): Figure[] {
  return [
    { name, value: round(value, digits), unit },
    { name: `${name}_floor`, value: round(floor, digits), unit },
    { name: `${name}_ratio`, value: round(value / floor, 2), unit: 'x' },
  ];
}

/** Figures that lack their floor or ratio (the runner refuses a bench that reports one). */
export function withoutFloor(figures: Figure[]): string[] {
  const names = new Set(figures.map((f) => f.name));
  return figures
    .map((f) => f.name)
    .filter((n) => !n.endsWith('_floor') && !n.endsWith('_ratio'))
    .filter((n) => !names.has(`${n}_floor`) || !names.has(`${n}_ratio`));
}
