// Cashiers type pinyin faster than they can pick characters: every account carries its
// name's full pinyin ('zhangsanfeng') and initials ('zsf'), lower-case, ü as v, computed
// once when the account is written so search is an index lookup.
import { pinyin } from 'pinyin-pro';

export interface NamePinyin {
  full: string;
  initials: string;
}

const cache = new Map<string, NamePinyin>();
const CACHE_LIMIT = 50_000;

export function namePinyin(name: string): NamePinyin {
  const hit = cache.get(name);
  if (hit) return hit;
  // surname mode reads 单 as shan, 曾 as zeng: the first character of a personal name.
  const syllables = pinyin(name, { toneType: 'none', type: 'array', mode: 'surname', v: true, nonZh: 'removed' })
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ''))
    .filter((s) => s.length > 0);
  const result = { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, result);
  return result;
}
