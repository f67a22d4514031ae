import { defineCatalogue } from '../define.ts';

// The cashier's counter screen: signing in at a window, the reprint queue.
export const counter = defineCatalogue({
  'zh-CN': {
    signIn: { title: '收费员登录', operator: '工号', pin: '密码', window: '窗口', submit: '登录', signOut: '退出登录', signedInAs: '{{name}}（{{code}}）· {{n}}号窗口' },
    printer: { title: '收据打印机', checking: '正在检查…', ready: '正常，可以打印', unknown: '状态未知', recheck: '重新检查', line: '{{title}}（{{where}}）：', lineNoTarget: '{{title}}：' },
    reprint: { title: '补打队列', empty: '没有待补打的票据', reprint: '补打', uncertain: '可能已打印', uncertainNote: '（可能已打印）', preview: '预览', key: 'F9 补打第一张', kinds: { receipt: '收费凭证', ticket: '号票', shiftReport: '交班报表', daySummary: '日结汇总' } },
  },
  'zh-TW': {
    signIn: { title: '收費員登入', operator: '工號', pin: '密碼', window: '窗口', submit: '登入', signOut: '登出', signedInAs: '{{name}}（{{code}}）· {{n}}號窗口' },
    printer: { title: '收據印表機', checking: '正在檢查…', ready: '正常，可以列印', unknown: '狀態未知', recheck: '重新檢查', line: '{{title}}（{{where}}）：', lineNoTarget: '{{title}}：' },
    reprint: { title: '補打佇列', empty: '沒有待補打的票據', reprint: '補打', uncertain: '可能已列印', uncertainNote: '（可能已列印）', preview: '預覽', key: 'F9 補打第一張', kinds: { receipt: '收費憑證', ticket: '號票', shiftReport: '交班報表', daySummary: '日結匯總' } },
  },
  en: {
    signIn: { title: 'Cashier sign-in', operator: 'Operator no.', pin: 'PIN', window: 'Window', submit: 'Sign in', signOut: 'Sign out', signedInAs: '{{name}} ({{code}}) · window {{n}}' },
    printer: { title: 'Receipt printer', checking: 'Checking…', ready: 'ready', unknown: 'status unknown', recheck: 'Check again', line: '{{title}} ({{where}}): ', lineNoTarget: '{{title}}: ' },
    reprint: { title: 'Reprint queue', empty: 'Nothing to reprint', reprint: 'Reprint', uncertain: 'may have printed', uncertainNote: ' (may have printed)', preview: 'Preview', key: 'F9 reprints the first', kinds: { receipt: 'Receipt', ticket: 'Ticket', shiftReport: 'Shift report', daySummary: 'Day summary' } },
  },
});
