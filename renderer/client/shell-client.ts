// Calls to the Electron shell itself (shared/shell-api.ts) over the preload's bridge. Only in
// Electron: a browser has no shell, so it has no terminal file either.
import type { CounterDeskBridge } from '../../shared/bridge.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import { shellMethods, type ShellInput, type ShellMethod, type ShellOutput } from '../../shared/shell-api.ts';
import { ApiCallError } from './client.ts';

export interface ShellClient {
  call<M extends ShellMethod>(method: M, input: ShellInput<M>, locale: Locale): Promise<ShellOutput<M>>;
}

export function shellClient(bridge: CounterDeskBridge): ShellClient {
  return {
    async call(method, input, locale) {
      const response = await bridge.call(method, input, locale);
      if (!response.ok) throw new ApiCallError(response.error);
      return shellMethods[method].output.parse(response.result) as never;
    },
  };
}
