import { defineCatalogue } from '../define.ts';

// The customer display across the counter (客显) and the customers' ratings.
export const customer = defineCatalogue({
  'zh-CN': {
    errors: {
      noWindow: '请在窗口登录后再向客户显示',
      otherWindow: '本客显只显示本窗口的客户，不能查看 {{windowNo}} 号窗口',
      notShown: '票据 {{receiptNo}} 不是 {{windowNo}} 号窗口正在显示的缴费，无法评价',
      alreadyRated: '票据 {{receiptNo}} 已评价过',
      pointsMismatch: '评价项目与营业厅的设置不一致，请重新评价',
    },
  },
  'zh-TW': {
    errors: {
      noWindow: '請在窗口登入後再向客戶顯示',
      otherWindow: '本客顯只顯示本窗口的客戶，不能查看 {{windowNo}} 號窗口',
      notShown: '票據 {{receiptNo}} 不是 {{windowNo}} 號窗口正在顯示的繳費，無法評價',
      alreadyRated: '票據 {{receiptNo}} 已評價過',
      pointsMismatch: '評價項目與營業廳的設定不一致，請重新評價',
    },
  },
  en: {
    errors: {
      noWindow: 'Sign in at a window to show the customer anything',
      otherWindow: 'This customer display shows its own window only, not window {{windowNo}}',
      notShown: 'Receipt {{receiptNo}} is not the payment window {{windowNo}} is showing: it cannot be rated here',
      alreadyRated: 'Receipt {{receiptNo}} has been rated already',
      pointsMismatch: 'The rating does not match the points this hall asks about; please rate again',
    },
  },
});
