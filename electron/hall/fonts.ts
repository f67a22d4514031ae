// The one font the hall draws Chinese with when it writes a document itself (the day report's
// PDF): Source Han Sans SC Regular (Adobe, SIL Open Font License 1.1, SourceHanSansSC-LICENSE.txt
// beside it), the single 17 MB file taken from the node-source-han-sans-sc package 2.001R
// (sha256 a2125a72…a111) rather than the package's 197 MB of every weight. It carries
// Simplified and Traditional hanzi alike, so a zh-TW report and rare characters in names (喆, 堃)
// print; the installed app on Windows has no CJK font of its own to rely on. The build copies
// the folder beside main.mjs (electron/vite.config.ts), so this path holds in both.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CJK_FONT_PATH = fileURLToPath(new URL('./fonts/SourceHanSansSC-Regular.otf', import.meta.url));

let cached: Buffer | null = null;

/** The font file's bytes, read once (a PDF subsets it per document). */
export function cjkFont(): Buffer {
  cached ??= readFileSync(CJK_FONT_PATH);
  return cached;
}
