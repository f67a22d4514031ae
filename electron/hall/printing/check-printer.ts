// The counter's pre-opening check of its receipt printer: configured, reachable, paper, cover.
import type { HandlerEnv } from '../handlers.ts';
import type { Output } from '../../../shared/api/index.ts';
import { translate } from '../i18n.ts';
import type { PrintJobs } from './printing-store.ts';
import { transportFor } from './transports/index.ts';
import { PrintFailure } from './transports/transport.ts';
import { statusProblem } from './printer-status.ts';
import { targetFor } from './print-targets.ts';
import { printTargetWords } from '../../../shared/print-models.ts';

export async function checkPrinter(jobs: PrintJobs, env: HandlerEnv, requested: string | null, place: { printedFolder: string | null }): Promise<Output<'printing.printerStatus'>> {
  const target = targetFor(env, requested) ?? 'office';
  const config = jobs.printerFor(target);
  if (!config) return { target, configured: false, transport: null, status: null, problem: translate(env.caller.locale, 'printing:status.notConfigured', printTargetWords(target)) };
  try {
    const status = await transportFor(config, place).status();
    const problem = status ? statusProblem(status) : null;
    const nearEnd = status?.paperNearEnd ? 'paperNearEnd' : null;
    const key = problem ?? nearEnd;
    return { target, configured: true, transport: config.transport, status, problem: key ? translate(env.caller.locale, `printing:status.${key}`) : null };
  } catch (error) {
    if (!(error instanceof PrintFailure)) throw error;
    return { target, configured: true, transport: config.transport, status: null, problem: translate(env.caller.locale, `printing:status.${error.key}`, error.params) };
  }
}
