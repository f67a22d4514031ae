// The demo branch's businesses: 缴费 at every window, 业务办理 and 报修咨询 at some.
import type { Db } from '../db/open.ts';
import { writeServices } from '../queue/index.ts';

export const DEMO_SERVICES = [
  { code: 'A', names: { 'zh-CN': '缴费', 'zh-TW': '繳費', en: 'Payments' }, windows: [1, 2, 3] },
  { code: 'B', names: { 'zh-CN': '开户过户', 'zh-TW': '開戶過戶', en: 'Accounts' }, windows: [3] },
  { code: 'C', names: { 'zh-CN': '报修咨询', 'zh-TW': '報修諮詢', en: 'Repairs & enquiries' }, windows: [2, 3] },
];

export function seedDemoQueue(db: Db): void {
  writeServices(db, DEMO_SERVICES);
}
