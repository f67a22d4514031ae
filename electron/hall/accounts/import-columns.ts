// The head office's account export, column by column: the Chinese header it prints, the
// English header some offices use, and how a cell becomes a field. docs/accounts-import.md
// is the same table in prose; the demo generator writes files with these headers.
export type AccountField =
  | 'accountNo'
  | 'name'
  | 'community'
  | 'building'
  | 'unit'
  | 'room'
  | 'address'
  | 'phone'
  | 'customerClass'
  | 'heatedArea'
  | 'heatingStatus'
  | 'lowIncome'
  | 'meterNo'
  | 'arrears'
  | 'arrearsSeason';

export interface ColumnSpec {
  field: AccountField;
  /** The header as the head office's Chinese export prints it (written by the demo export). */
  zh: string;
  /** Every header accepted for this column, compared after trimming, case-insensitively. */
  aliases: readonly string[];
  required: boolean;
}

export const ACCOUNT_COLUMNS: readonly ColumnSpec[] = [
  { field: 'accountNo', zh: '户号', aliases: ['户号', '用户编号', '用户号', 'account_no', 'account no', 'account'], required: true },
  { field: 'name', zh: '户名', aliases: ['户名', '用户名称', '姓名', 'name', 'account_name'], required: true },
  { field: 'community', zh: '小区', aliases: ['小区', '小区名称', 'community', 'estate'], required: false },
  { field: 'building', zh: '楼号', aliases: ['楼号', '楼', '楼栋', 'building'], required: false },
  { field: 'unit', zh: '单元', aliases: ['单元', 'unit'], required: false },
  { field: 'room', zh: '室', aliases: ['室', '房号', '门牌', 'room'], required: false },
  { field: 'address', zh: '地址', aliases: ['地址', '用户地址', 'address'], required: false },
  { field: 'phone', zh: '电话', aliases: ['电话', '联系电话', '手机', 'phone', 'mobile'], required: false },
  { field: 'customerClass', zh: '用户类别', aliases: ['用户类别', '类别', '用户类型', 'class', 'customer_class'], required: true },
  { field: 'heatedArea', zh: '供热面积', aliases: ['供热面积', '面积', '供热面积(㎡)', '供热面积（㎡）', 'heated_area', 'area'], required: true },
  { field: 'heatingStatus', zh: '供热状态', aliases: ['供热状态', '停供', 'heating_status', 'status'], required: false },
  { field: 'lowIncome', zh: '低保', aliases: ['低保', '低保户', 'low_income'], required: false },
  { field: 'meterNo', zh: '表号', aliases: ['表号', '卡号', 'meter_no', 'meter'], required: false },
  { field: 'arrears', zh: '欠费', aliases: ['欠费', '欠费金额', 'arrears'], required: false },
  { field: 'arrearsSeason', zh: '欠费年度', aliases: ['欠费年度', '欠费采暖期', 'arrears_season'], required: false },
];

/** "2024-2025欠费" / "arrears 2024-2025": one column of arrears per earlier season. */
export const SEASON_ARREARS_HEADER = /^(?:(\d{4}-\d{4})\s*(?:年度)?\s*欠费|arrears[\s_]*(\d{4}-\d{4}))$/i;

export const CLASS_WORDS: Record<string, 'residential' | 'nonResidential'> = {
  居民: 'residential',
  住宅: 'residential',
  residential: 'residential',
  非居民: 'nonResidential',
  非住宅: 'nonResidential',
  公建: 'nonResidential',
  商业: 'nonResidential',
  'non-residential': 'nonResidential',
  nonresidential: 'nonResidential',
};

export const STATUS_WORDS: Record<string, 'normal' | 'stopped'> = {
  '': 'normal',
  正常: 'normal',
  供热: 'normal',
  否: 'normal',
  normal: 'normal',
  停供: 'stopped',
  报停: 'stopped',
  是: 'stopped',
  stopped: 'stopped',
};

/** How the file says yes and no; a spreadsheet's TRUE/FALSE cell is read as these. */
export const YES_WORD = '是';
export const NO_WORD = '否';

export const YES_NO_WORDS: Record<string, boolean> = { '': false, 否: false, 是: true, no: false, yes: true, n: false, y: true, '0': false, '1': true };
