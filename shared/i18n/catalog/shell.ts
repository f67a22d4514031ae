import { defineCatalogue } from '../define.ts';

// The Electron shell's own messages: refused IPC senders, device sessions, terminal setup.
export const shell = defineCatalogue({
  'zh-CN': {
    untrustedSender: '此页面不是本终端打开的营业厅页面，已拒绝',
    deviceSessionUnavailable: '暂时无法为本窗口登记设备，请检查与营业厅服务的连接',
  },
  'zh-TW': {
    untrustedSender: '此頁面不是本終端開啟的營業廳頁面，已拒絕',
    deviceSessionUnavailable: '暫時無法為本窗口登記裝置，請檢查與營業廳服務的連線',
  },
  en: {
    untrustedSender: 'This page was not opened by this terminal from the hall; refused',
    deviceSessionUnavailable: 'Cannot register this window as a device right now; check the connection to the hall service',
  },
});
