// Printers behind the operating system's spooler, sent raw (the bytes are already ESC/POS):
// a Linux CUPS raw queue through `lp -o raw`, a Windows printer by name through the
// winspool API (StartDocPrinter with the RAW datatype) from PowerShell. The spooler owns the
// device, so no status can be read here; a spooler error is reported as not printed.
// The Windows path cannot be exercised on Linux CI: it is covered by the shape of the
// command only (tests/hall/printing/transports.test.ts).
import { spawn } from 'node:child_process';
import { PrintFailure, type PrinterTransport } from './transport.ts';

function run(command: string, args: string[], input: Buffer, timeoutMs: number, env?: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'ignore', 'pipe'], windowsHide: true, ...(env ? { env } : {}) });
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new PrintFailure('timeout', { ms: timeoutMs }, true));
    }, timeoutMs);
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new PrintFailure('unreachable', { detail: error.message }, false));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new PrintFailure('unreachable', { detail: stderr.trim() || `exit ${code}` }, false));
    });
    child.stdin.end(input);
  });
}

export function cupsTransport(options: { queue: string; timeoutMs: number; lp?: string }): PrinterTransport {
  return {
    send: (bytes) => run(options.lp ?? 'lp', ['-d', options.queue, '-o', 'raw', '-s', '-'], bytes, options.timeoutMs),
    status: async () => null,
  };
}

/** The environment variable that carries the Windows printer's name to the script, as data. */
export const PRINTER_NAME_VARIABLE = 'COUNTERDESK_PRINTER';

/**
 * The PowerShell that sends stdin to a Windows printer as one RAW document. The printer's name
 * is not in it: quoting it into the script (as this once did, doubling ASCII ' only) let a
 * name with a typographic quote, `$(…)` or a backtick run code. The script reads the name from
 * an environment variable, which PowerShell never parses.
 */
export function windowsRawScript(): string {
  return `
$ErrorActionPreference = 'Stop'
Add-Type -TypeDefinition @"
using System; using System.Runtime.InteropServices;
public static class RawPrinter {
  [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)] public class DOCINFO { public string pDocName; public string pOutputFile; public string pDataType; }
  [DllImport("winspool.drv", CharSet = CharSet.Unicode, SetLastError = true)] public static extern bool OpenPrinter(string name, out IntPtr h, IntPtr d);
  [DllImport("winspool.drv", SetLastError = true)] public static extern bool ClosePrinter(IntPtr h);
  [DllImport("winspool.drv", CharSet = CharSet.Unicode, SetLastError = true)] public static extern int StartDocPrinter(IntPtr h, int level, DOCINFO di);
  [DllImport("winspool.drv", SetLastError = true)] public static extern bool EndDocPrinter(IntPtr h);
  [DllImport("winspool.drv", SetLastError = true)] public static extern bool StartPagePrinter(IntPtr h);
  [DllImport("winspool.drv", SetLastError = true)] public static extern bool EndPagePrinter(IntPtr h);
  [DllImport("winspool.drv", SetLastError = true)] public static extern bool WritePrinter(IntPtr h, byte[] b, int n, out int w);
}
"@
$stdin = [Console]::OpenStandardInput(); $ms = New-Object IO.MemoryStream; $stdin.CopyTo($ms); $bytes = $ms.ToArray()
$h = [IntPtr]::Zero
if (-not [RawPrinter]::OpenPrinter($env:${PRINTER_NAME_VARIABLE}, [ref]$h, [IntPtr]::Zero)) { throw "OpenPrinter failed" }
$di = New-Object RawPrinter+DOCINFO; $di.pDocName = 'CounterDesk'; $di.pDataType = 'RAW'
if ([RawPrinter]::StartDocPrinter($h, 1, $di) -eq 0) { throw "StartDocPrinter failed" }
[void][RawPrinter]::StartPagePrinter($h); $w = 0
$ok = [RawPrinter]::WritePrinter($h, $bytes, $bytes.Length, [ref]$w)
[void][RawPrinter]::EndPagePrinter($h); [void][RawPrinter]::EndDocPrinter($h); [void][RawPrinter]::ClosePrinter($h)
if (-not $ok -or $w -ne $bytes.Length) { throw "WritePrinter wrote $w of $($bytes.Length) bytes" }
`;
}

/** What is run to print on a Windows printer: the command line carries no part of its name. */
export function windowsCommand(printerName: string, env: NodeJS.ProcessEnv = process.env): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  return { command: 'powershell.exe', args: ['-NoProfile', '-NonInteractive', '-Command', windowsRawScript()], env: { ...env, [PRINTER_NAME_VARIABLE]: printerName } };
}

export function windowsTransport(options: { printerName: string; timeoutMs: number }): PrinterTransport {
  return {
    send: (bytes) => {
      const { command, args, env } = windowsCommand(options.printerName);
      return run(command, args, bytes, options.timeoutMs, env);
    },
    status: async () => null,
  };
}
