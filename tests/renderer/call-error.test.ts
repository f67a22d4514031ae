// What a person reads when a call fails: the hall's own sentence for a refusal; for a
// transport failure, plain words (a customer is asked to wait, staff get what failed), never
// "TypeError: Failed to fetch" on a kiosk.
import { describe, it, expect, vi } from 'vitest';
import i18next from 'i18next';
import { i18nResources } from '../../shared/i18n/index.ts';
import { ApiCallError } from '../../renderer/client/client.ts';
import { httpTransport } from '../../renderer/client/transport-http.ts';
import { callErrorText } from '../../renderer/ui/use-call.ts';

const i18n = i18next.createInstance();
await i18n.init({ resources: i18nResources() as never, lng: 'zh-CN', defaultNS: 'common', interpolation: { escapeValue: false }, initAsync: false, showSupportNotice: false } as never);

describe('a failed call in words', () => {
  it('says a transport failure plainly: wait, for a customer; what failed, for staff; detail to the console', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    // Nothing listens on port 9 of the loopback: the browser transport's fetch fails.
    const response = await httpTransport('http://127.0.0.1:9').call('queue.issueTicket', {}, null, 'zh-CN');
    expect(response.ok).toBe(false);
    if (response.ok) return;
    const error = new ApiCallError(response.error);
    const zh = i18n.getFixedT('zh-CN');
    expect(callErrorText(error, zh, 'customer')).toBe('暂时连不上营业厅服务，请稍候再试');
    expect(callErrorText(error, zh, 'staff')).toMatch(/^连不上营业厅服务（.+），请检查网络或主机$/);
    expect(callErrorText(error, i18n.getFixedT('en'), 'customer')).toBe('The hall service cannot be reached right now, please try again in a moment');
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it('shows the hall’s own sentence for a refusal', () => {
    const refusal = new ApiCallError({ code: 'bad_credentials', message: '工号或密码不正确' });
    expect(callErrorText(refusal, i18n.getFixedT('zh-CN'), 'staff')).toBe('工号或密码不正确');
  });
});
