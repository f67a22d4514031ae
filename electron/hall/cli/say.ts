// A console has no language setting and whoever runs a command may read either language: each
// line is said from the catalogue (cli:*, or any `ns:key`) in Chinese, then in English.
import { translate } from '../i18n.ts';

export function say(key: string, params: Record<string, unknown> = {}, paramsEn: Record<string, unknown> = params): string {
  const full = key.includes(':') ? key : `cli:${key}`;
  const zh = translate('zh-CN', full, params);
  const en = translate('en', full, paramsEn);
  return zh === en ? zh : `${zh} | ${en}`;
}
