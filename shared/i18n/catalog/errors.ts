import { defineCatalogue } from '../define.ts';

// One message per ApiErrorCode (shared/errors.ts); domain modules add their own codes here.
export const errors = defineCatalogue({
  'zh-CN': {
    invalid_input: '输入有误：{{detail}}',
    unknown_method: '没有这个功能：{{method}}',
    not_signed_in: '请先登录',
    forbidden: '当前身份（{{role}}）无权执行此操作',
    bad_credentials: '工号或密码不正确',
    session_expired: '登录已过期，请重新登录',
    not_found: '未找到：{{what}}',
    conflict: '操作冲突：{{detail}}',
    internal: '系统内部错误，请联系管理员（编号 {{ref}}）',
    unavailable: '服务暂不可用：{{detail}}',
    transport: '无法连接营业厅服务，请检查网络',
  },
  'zh-TW': {
    invalid_input: '輸入有誤：{{detail}}',
    unknown_method: '沒有這個功能：{{method}}',
    not_signed_in: '請先登入',
    forbidden: '目前身分（{{role}}）無權執行此操作',
    bad_credentials: '工號或密碼不正確',
    session_expired: '登入已過期，請重新登入',
    not_found: '找不到：{{what}}',
    conflict: '操作衝突：{{detail}}',
    internal: '系統內部錯誤，請聯絡管理員（編號 {{ref}}）',
    unavailable: '服務暫不可用：{{detail}}',
    transport: '無法連線營業廳服務，請檢查網路',
  },
  en: {
    invalid_input: 'Invalid input: {{detail}}',
    unknown_method: 'No such function: {{method}}',
    not_signed_in: 'Please sign in first',
    forbidden: 'Your role ({{role}}) may not do this',
    bad_credentials: 'Wrong operator number or PIN',
    session_expired: 'Your session has expired, please sign in again',
    not_found: 'Not found: {{what}}',
    conflict: 'Conflict: {{detail}}',
    internal: 'Internal error, please call the administrator (ref {{ref}})',
    unavailable: 'Service unavailable: {{detail}}',
    transport: 'Cannot reach the hall service, please check the network',
  },
});
