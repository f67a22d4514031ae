// The day report to take away: the PDF (in the manager's language) and the Excel workbook, for
// the X report while the day is open and the Z report once it is closed. The hall writes the
// file; the screen only hands it to the browser's (or the shell's) download.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHall } from '../../ui/hall-context.tsx';

type File = { fileName: string; contentType: string; base64: string };

function save(file: File) {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000); // the download has its bytes long before
}

export function ReportDownloads({ date, run }: { date: string; run: <T>(call: () => Promise<T>) => Promise<T | undefined> }) {
  const { t } = useTranslation('dayclose');
  const client = useHall();
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | null>(null);
  const fetch = (kind: 'pdf' | 'xlsx') => {
    setBusy(kind);
    void run(async () => save(await client.call(kind === 'pdf' ? 'dayclose.reportPdf' : 'dayclose.workbook', { date }))).finally(() => setBusy(null));
  };
  return (
    <div className="day-close__downloads">
      <button className="button button--quiet" onClick={() => fetch('pdf')} disabled={busy !== null} data-testid="download-pdf">
        {t('wizard.downloadPdf')}
      </button>
      <button className="button button--quiet" onClick={() => fetch('xlsx')} disabled={busy !== null} data-testid="download-xlsx">
        {t('wizard.downloadXlsx')}
      </button>
    </div>
  );
}
