// 暂停营业: a paused window is not called and shows its reason on the hall display until it resumes.
import type { ParsedInput } from '../../../shared/api/index.ts';
import { queueError, type WindowContext } from './window-actions.ts';

/** Whether someone is signed in at a window: the queue is told by the hall (auth stands above the queue). */
export type IsStaffed = (windowNo: number, now: Date) => boolean;

/**
 * "后面的客户请到 X 号窗口办理" must send them somewhere that serves: another window that exists,
 * is not paused itself and has someone signed in.
 */
function checkRedirect(ctx: WindowContext, redirect: number, isStaffed: IsStaffed): void {
  const params = { windowNo: redirect };
  if (redirect === ctx.windowNo) throw queueError('redirectSelf', params, 'invalid_input');
  if (!ctx.store.windowExists(redirect)) throw queueError('redirectUnknown', params, 'not_found');
  if (ctx.store.window(redirect, ctx.env.now).status !== 'open') throw queueError('redirectPaused', params);
  if (!isStaffed(redirect, ctx.env.now)) throw queueError('redirectUnstaffed', params);
}

export function pauseWindow(ctx: WindowContext, input: ParsedInput<'queue.pause'>, isStaffed: IsStaffed): void {
  const { env } = ctx;
  if (input.redirectWindow !== null) checkRedirect(ctx, input.redirectWindow, isStaffed);
  const back = input.expectedBackMinutes === null ? null : new Date(env.now.getTime() + input.expectedBackMinutes * 60_000).toISOString();
  ctx.store.updateWindow(ctx.windowNo, { status: 'paused', pause_reason: input.reason, pause_note: input.note, redirect_window: input.redirectWindow, expected_back: back }, env.now);
  env.audit({ action: 'queue.paused', subject: `window ${ctx.windowNo}`, details: { ...input } });
}

export function resumeWindow(ctx: WindowContext): void {
  ctx.store.updateWindow(ctx.windowNo, { status: 'open', pause_reason: null, pause_note: null, redirect_window: null, expected_back: null }, ctx.env.now);
  ctx.env.audit({ action: 'queue.resumed', subject: `window ${ctx.windowNo}` });
}
