// What the hall hears when a ticket is called: a chime, then "请 A023 号到 3 号窗口办理" with the
// ticket's digits read one by one (A 零二三) and the window as a number (三, 十二). A priority
// call adds the courtesy line and is spoken slower and louder. The same parts drive Web Speech
// (as text) and the recorded clips (as file names), so both say exactly the same.
export interface CallAnnouncement {
  ticketNo: string;
  windowNo: number;
  priority: boolean;
  courtesyLine: string | null;
}

export type Clip = string;

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 as spoken: 3 → 三, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三. */
export function spokenNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new Error(`cannot speak ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** A023 → ['A', '零', '二', '三'] */
export function spokenTicket(ticketNo: string): string[] {
  return [...ticketNo].map((ch) => (/\d/.test(ch) ? DIGITS[Number(ch)]! : ch.toUpperCase()));
}

/** An announcement is said in parts: the chime, the call itself, and (priority) the courtesy line.
 *  Only the call is essential: when other calls wait, the chime and the courtesy line are left out. */
export type AnnouncementPart = 'chime' | 'call' | 'courtesy';

export function announcementParts(a: CallAnnouncement): AnnouncementPart[] {
  return a.priority && a.courtesyLine ? ['chime', 'call', 'courtesy'] : ['chime', 'call'];
}

/** What Web Speech says for one part (the chime is a sound, not text). */
export function partText(a: CallAnnouncement, part: AnnouncementPart): string {
  if (part === 'chime') return '';
  if (part === 'courtesy') return a.courtesyLine ?? '';
  return `请 ${spokenTicket(a.ticketNo).join(' ')} 号到 ${spokenNumber(a.windowNo)} 号窗口办理`;
}

export function announcementText(a: CallAnnouncement): string {
  const call = partText(a, 'call');
  return a.priority && a.courtesyLine ? `${call}。${a.courtesyLine}` : call;
}

/** The recorded clips of one part, in playing order; each name is a file under /voice/<name>.wav. */
export function partClips(a: CallAnnouncement, part: AnnouncementPart): Clip[] {
  if (part === 'chime') return ['chime'];
  if (part === 'courtesy') return a.priority && a.courtesyLine ? ['courtesy'] : [];
  const clips: Clip[] = ['qing'];
  for (const p of spokenTicket(a.ticketNo)) clips.push(/[A-Z]/.test(p) ? `letter-${p}` : `digit-${DIGITS.indexOf(p)}`);
  clips.push('hao-dao');
  for (const ch of spokenNumber(a.windowNo)) clips.push(ch === '十' ? 'digit-10' : `digit-${DIGITS.indexOf(ch)}`);
  clips.push('hao-chuangkou-banli');
  return clips;
}

/** The recorded clips of the whole announcement in playing order. */
export function announcementClips(a: CallAnnouncement): Clip[] {
  return announcementParts(a).flatMap((part) => partClips(a, part));
}

/** The phrases the build turns into clips (scripts/build-voice-clips.mjs). */
export function clipPhrases(courtesyLine: string): Record<Clip, string> {
  const phrases: Record<Clip, string> = { qing: '请', 'hao-dao': '号到', 'hao-chuangkou-banli': '号窗口办理', courtesy: courtesyLine, 'digit-10': '十' };
  DIGITS.forEach((d, i) => (phrases[`digit-${i}`] = d));
  for (let c = 65; c <= 90; c++) phrases[`letter-${String.fromCharCode(c)}`] = String.fromCharCode(c);
  return phrases;
}

export const DEFAULT_COURTESY_LINE = '请允许我先为这位老人办理，谢谢';
