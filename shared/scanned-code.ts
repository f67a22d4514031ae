// What a bill's barcode or QR code carries, as a handheld scanner types it into the search
// box (it "types" the code and presses Enter). Accepted formats — docs/accounts-import.md:
//   CDACC:10000001  or  CD:ACC:10000001           (CounterDesk bills)
//   https://…/pay?acc=10000001  (also account= / accountNo= / 户号=)   (head office QR)
//   ]C110000001 / ]Q110000001                      (AIM symbology prefix some scanners add)
export function accountNoFromScan(text: string): string | null {
  const trimmed = text.trim().replace(/^\][A-Za-z]\d/, '');
  const tagged = /^CD:?ACC:([0-9A-Za-z-]{4,20})$/i.exec(trimmed);
  if (tagged?.[1]) return tagged[1];
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      const url = new URL(trimmed);
      for (const key of ['acc', 'account', 'accountNo', '户号']) {
        const value = url.searchParams.get(key);
        if (value && /^[0-9A-Za-z-]{4,20}$/.test(value)) return value;
      }
    } catch {
      return null;
    }
  }
  return null;
}
