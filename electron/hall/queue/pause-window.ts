// 暂停营业: a paused window is not called and shows its reason on the hall display until it resumes.
import type { ParsedInput } from '../../../shared/api/index.ts';
import type { WindowContext } from './window-actions.ts';

export function pauseWindow(ctx: WindowContext, input: ParsedInput<'queue.pause'>): void {
  const { env } = ctx;
  const back = input.expectedBackMinutes === null ? null : new Date(env.now.getTime() + input.expectedBackMinutes * 60_000).toISOString();
  ctx.store.updateWindow(ctx.windowNo, { status: 'paused', pause_reason: input.reason, pause_note: input.note, redirect_window: input.redirectWindow, expected_back: back }, env.now);
  env.audit({ action: 'queue.paused', subject: `window ${ctx.windowNo}`, details: { ...input } });
}

export function resumeWindow(ctx: WindowContext): void {
  ctx.store.updateWindow(ctx.windowNo, { status: 'open', pause_reason: null, pause_note: null, redirect_window: null, expected_back: null }, ctx.env.now);
  ctx.env.audit({ action: 'queue.resumed', subject: `window ${ctx.windowNo}` });
}
