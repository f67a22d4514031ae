// The cash drawer counted by denomination (点钞): the notes and coins a Chinese counter
// holds, largest first. Loose fen coins are counted by value, not by piece.
import { z } from 'zod';

export const DENOMINATIONS = [
  { key: 'y100', fen: 10_000 },
  { key: 'y50', fen: 5_000 },
  { key: 'y20', fen: 2_000 },
  { key: 'y10', fen: 1_000 },
  { key: 'y5', fen: 500 },
  { key: 'y1', fen: 100 },
  { key: 'j5', fen: 50 },
  { key: 'j1', fen: 10 },
] as const;
export type DenominationKey = (typeof DENOMINATIONS)[number]['key'];

const pieces = z.number().int().min(0).max(99_999);

/** Pieces per denomination, and loose fen coins as an amount (分币). */
export const cashCountSchema = z
  .object({
    y100: pieces.default(0),
    y50: pieces.default(0),
    y20: pieces.default(0),
    y10: pieces.default(0),
    y5: pieces.default(0),
    y1: pieces.default(0),
    j5: pieces.default(0),
    j1: pieces.default(0),
    coinsFen: z.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type CashCount = z.infer<typeof cashCountSchema>;

export function countedFen(count: CashCount): number {
  return DENOMINATIONS.reduce((sum, d) => sum + d.fen * count[d.key], 0) + count.coinsFen;
}
