import { defineCatalogue } from '../define.ts';

// The Electron shell's own messages: refused IPC senders, device sessions, terminal setup.
export const shell = defineCatalogue({
  'zh-CN': {
    untrustedSender: '此页面不是本终端打开的营业厅页面，已拒绝',
    deviceSessionUnavailable: '暂时无法为本窗口登记设备，请检查与营业厅服务的连接',
    admin: {
      title: '终端管理',
      hint: '请主任输入工号和密码。退出后本机不再叫号、收费，直到重新启动柜台通。',
      operator: '主任工号',
      pin: '主任密码',
      exit: '退出柜台通',
      configure: '终端设置',
      cancel: '取消',
      leaving: '正在退出…',
    },
  },
  'zh-TW': {
    untrustedSender: '此頁面不是本終端開啟的營業廳頁面，已拒絕',
    deviceSessionUnavailable: '暫時無法為本窗口登記裝置，請檢查與營業廳服務的連線',
    admin: {
      title: '終端管理',
      hint: '請主任輸入工號和密碼。退出後本機不再叫號、收費，直到重新啟動櫃檯通。',
      operator: '主任工號',
      pin: '主任密碼',
      exit: '退出櫃檯通',
      configure: '終端設定',
      cancel: '取消',
      leaving: '正在退出…',
    },
  },
  en: {
    untrustedSender: 'This page was not opened by this terminal from the hall; refused',
    deviceSessionUnavailable: 'Cannot register this window as a device right now; check the connection to the hall service',
    admin: {
      title: 'Terminal administration',
      hint: 'A manager enters their operator number and PIN. After exiting, this PC calls no tickets and takes no payments until CounterDesk is started again.',
      operator: 'Manager’s operator number',
      pin: 'Manager’s PIN',
      exit: 'Exit CounterDesk',
      configure: 'Terminal settings',
      cancel: 'Cancel',
      leaving: 'Exiting…',
    },
  },
});
