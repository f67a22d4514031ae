import { defineCatalogue } from '../define.ts';

// The branch network and its trust: guessing locks, the manager's security panel.
export const net = defineCatalogue({
  'zh-CN': {
    errors: {
      lockedOut: '密码错误次数过多，已暂时锁定，请 {{seconds}} 秒后再试或请主任解锁',
    },
    security: {
      title: '安全：密码锁定',
      hint: '连续输错密码的工号或终端会被暂时锁定，时间逐次加倍。确认是本人输错后可以解锁。',
      empty: '目前没有输错密码的记录',
      scope: '对象',
      scopes: { operator: '工号', source: '终端地址' },
      key: '工号 / 地址',
      failures: '错误次数',
      lastFailureAt: '最近一次',
      lockedUntil: '锁定至',
      notLocked: '未锁定',
      unlock: '解锁',
      unlocked: '已解锁 {{key}}',
      refresh: '刷新',
    },
  },
  'zh-TW': {
    errors: {
      lockedOut: '密碼錯誤次數過多，已暫時鎖定，請 {{seconds}} 秒後再試或請主任解鎖',
    },
    security: {
      title: '安全：密碼鎖定',
      hint: '連續輸錯密碼的工號或終端會被暫時鎖定，時間逐次加倍。確認是本人輸錯後可以解鎖。',
      empty: '目前沒有輸錯密碼的紀錄',
      scope: '對象',
      scopes: { operator: '工號', source: '終端位址' },
      key: '工號 / 位址',
      failures: '錯誤次數',
      lastFailureAt: '最近一次',
      lockedUntil: '鎖定至',
      notLocked: '未鎖定',
      unlock: '解鎖',
      unlocked: '已解鎖 {{key}}',
      refresh: '重新整理',
    },
  },
  en: {
    errors: {
      lockedOut: 'Too many wrong PINs: locked for now. Try again in {{seconds}} s or ask a manager to unlock',
    },
    security: {
      title: 'Security: PIN lockouts',
      hint: 'An operator number or a terminal that keeps entering wrong PINs is locked for a while, twice as long each time. Unlock once you know it was a typo.',
      empty: 'No wrong PINs on record',
      scope: 'What',
      scopes: { operator: 'Operator', source: 'Terminal address' },
      key: 'Operator / address',
      failures: 'Failures',
      lastFailureAt: 'Last one',
      lockedUntil: 'Locked until',
      notLocked: 'Not locked',
      unlock: 'Unlock',
      unlocked: 'Unlocked {{key}}',
      refresh: 'Refresh',
    },
  },
});
