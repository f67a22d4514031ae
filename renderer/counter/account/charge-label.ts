// A charge's name in the screen's language. A season's heating fee and arrears are said from the
// catalogue (their stored description is the branch's language, for the receipt); anything else —
// a counter item — by the name it was booked under.
import type { TFunction } from 'i18next';

export function chargeLabel(c: { kind: string; season: string | null; description: string }, t: TFunction): string {
  return (c.kind === 'heating' || c.kind === 'arrears') && c.season ? t(`accounts:charges.${c.kind}`, { season: c.season }) : c.description;
}
