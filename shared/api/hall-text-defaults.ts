// The hall's own texts before a branch writes its own (settings['queue']): what its priority lane
// is called in each language, the missed-call notice, the notices and the greetings the displays
// show. They are the branch's words, written by its manager in the branch's language; these
// defaults are the demo branch's (its hours and prices included).
export const HALL_TEXT_DEFAULTS = {
  priorityLaneNames: { 'zh-CN': '爱心通道', 'zh-TW': '愛心通道', en: 'Priority lane' },
  missedCallNotice: '过号请到服务台重新激活，30 分钟内有效',
  notices: ['营业时间：周一至周日 8:30–17:00', '居民采暖费 22.00 元/㎡·采暖期，非居民 33.00 元/㎡·采暖期', '服务监督电话 0000-96000'],
  greetings: [
    { date: '01-01', text: '新年好！' },
    { date: '10-01', text: '国庆节快乐！' },
  ],
};
