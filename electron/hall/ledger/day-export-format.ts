// The day export's format as the head office's finance system takes it back (docs/ledger.md):
// its column headers, the words in its cells and its sheet's name are the file format, the same
// whatever language a branch's screens speak — a head office importing forty branches' files
// cannot have one come back in English — so they live here and not in the catalogues.
import type { TenderMethod } from '../../../shared/print-models.ts';

export const EXPORT_HEADER = ['营业日期', '时间', '票据号', '类型', '窗口', '收费员工号', '户号', '户名', '金额(元)', '支付方式', '被冲正票据号', '校验码'];

export const KIND_WORDS = { payment: '收费', reversal: '冲正' } as const;

export const TENDER_WORDS: Record<TenderMethod, string> = { cash: '现金', card: '银行卡', wechat: '微信', alipay: '支付宝', cheque: '支票', transfer: '转账' };

/** The last row's label: the ledger's head when the file was made (an outside anchor, `verify --anchors`). */
export const CHAIN_HEAD_LABEL = '账本链头';

export const sheetName = (date: string): string => `收费明细 ${date}`;
