import { defineCatalogue } from '../define.ts';

// The day close (日结), its reports and the invoice requests (数电票).
export const dayclose = defineCatalogue({
  'zh-CN': {
    errors: {
      noOperator: '请以主管身份登录后再日结',
      alreadyClosed: '{{date}} 已日结',
      shiftsOpen: '{{date}} 还有未交班的班次：{{windows}} 号窗口，请先交班',
      reprintsWaiting: '补打队列中还有 {{count}} 张票据未打印，请先补打',
      earlierDayOpen: '{{date}} 有账目但尚未日结，请先日结该日',
      ledgerBroken: '账本校验未通过（第 {{seq}} 条：{{reason}}），不能日结',
      notClosed: '{{date}} 尚未日结',
      laterDayClosed: '{{later}} 已日结，只能重开最近日结的一天（不能重开 {{date}}）',
      receiptReversed: '票据 {{receiptNo}} 已冲正，不能开具发票',
      taxNoRequired: '单位开票须填写纳税人识别号',
      contactRequired: '请填写接收发票的电子邮箱或手机号',
    },
    items: { heating: '采暖费', arrears: '往年欠费', other: '其他费用', lateFee: '滞纳金', waiver: '滞纳金减免' },
  },
  'zh-TW': {
    errors: {
      noOperator: '請以主管身分登入後再日結',
      alreadyClosed: '{{date}} 已日結',
      shiftsOpen: '{{date}} 還有未交班的班次：{{windows}} 號窗口，請先交班',
      reprintsWaiting: '補打佇列中還有 {{count}} 張票據未列印，請先補打',
      earlierDayOpen: '{{date}} 有賬目但尚未日結，請先日結該日',
      ledgerBroken: '賬本校驗未通過（第 {{seq}} 條：{{reason}}），不能日結',
      notClosed: '{{date}} 尚未日結',
      laterDayClosed: '{{later}} 已日結，只能重開最近日結的一天（不能重開 {{date}}）',
      receiptReversed: '票據 {{receiptNo}} 已沖正，不能開具發票',
      taxNoRequired: '單位開票須填寫納稅人識別號',
      contactRequired: '請填寫接收發票的電子郵箱或手機號',
    },
    items: { heating: '採暖費', arrears: '往年欠費', other: '其他費用', lateFee: '滯納金', waiver: '滯納金減免' },
  },
  en: {
    errors: {
      noOperator: 'Sign in as a manager to close the day',
      alreadyClosed: '{{date}} is already closed',
      shiftsOpen: '{{date}} still has open shifts: window {{windows}}; close them first',
      reprintsWaiting: '{{count}} papers wait in the reprint queue: reprint them first',
      earlierDayOpen: '{{date}} has entries but is not closed: close it first',
      ledgerBroken: 'The ledger does not verify (entry {{seq}}: {{reason}}): the day cannot be closed',
      notClosed: '{{date}} is not closed',
      laterDayClosed: '{{later}} is closed: only the most recently closed day can be reopened (not {{date}})',
      receiptReversed: 'Receipt {{receiptNo}} was reversed: no invoice can be issued for it',
      taxNoRequired: 'A company invoice needs the taxpayer number',
      contactRequired: 'Give an e-mail address or a mobile number to send the invoice to',
    },
    items: { heating: 'Heating', arrears: 'Arrears', other: 'Other charges', lateFee: 'Late fees', waiver: 'Late fees waived' },
  },
});
