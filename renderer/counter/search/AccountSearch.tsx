// The one search box: 户号, phone (or its last 4 digits), name, pinyin initials, address, or a
// scanned bill (the scanner types the code and Enter: that opens the account at once). Results
// by keyboard: ↑↓ and Enter. Typing searches after a short pause; Enter searches at once.
import { forwardRef, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/api/index.ts';
import { accountNoFromScan } from '../../../shared/scanned-code.ts';
import { useHall } from '../../ui/hall-context.tsx';
import { useCall } from '../../ui/use-call.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';

type Found = Output<'accounts.search'>;
const LIMIT = 20;
const PAUSE_MS = 150;

export const AccountSearch = forwardRef<HTMLInputElement, { onOpen: (accountNo: string) => void }>(function AccountSearch({ onOpen }, inputRef) {
  const { t } = useTranslation('counter');
  const client = useHall();
  const { error, run } = useCall('staff');
  const [text, setText] = useState('');
  const [found, setFound] = useState<(Found & { text: string }) | null>(null);
  const [searching, setSearching] = useState(false);
  const [active, setActive] = useState(0);
  const latest = useRef('');

  const search = useCallback(
    async (q: string): Promise<(Found & { text: string }) | null> => {
      latest.current = q;
      setSearching(true);
      const r = await run(() => client.call('accounts.search', { text: q, limit: LIMIT }));
      if (latest.current !== q) return null; // a later keystroke owns the list
      setSearching(false);
      if (!r) return null;
      const result = { ...r, text: q };
      setFound(result);
      setActive(0);
      return result;
    },
    [client, run],
  );

  useEffect(() => {
    const q = text.trim();
    if (!q) {
      latest.current = '';
      setFound(null);
      return;
    }
    if (found?.text === q) return;
    const timer = setTimeout(() => void search(q), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, found, search]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const rows = found?.results ?? [];
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (rows.length) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : rows.length - 1)) % rows.length);
      return;
    }
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const q = text.trim();
    if (!q) return;
    const scanned = accountNoFromScan(q);
    if (scanned) return onOpen(scanned);
    if (found?.text === q && rows[active]) return onOpen(rows[active].accountNo);
    void search(q).then((r) => {
      const first = r?.results[0];
      // an exact 户号 (typed or scanned) or a single match opens directly
      if (first && (r.results.length === 1 || first.match === 'accountNo' || first.match === 'scan')) onOpen(first.accountNo);
    });
  };

  const rows = found?.results ?? [];
  return (
    <section className="panel account-search" data-testid="account-search">
      <label className="account-search__label">
        <span>
          <kbd>{t('search.key')}</kbd> {t('search.label')}
        </span>
        <input
          ref={inputRef}
          autoFocus
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder={t('search.placeholder')}
          aria-controls="account-results"
          data-testid="search-input"
        />
      </label>
      <ErrorText error={error} />
      {!text.trim() ? (
        <p className="account-search__empty" data-testid="search-empty">
          {t('search.empty')}
        </p>
      ) : null}
      {found && found.text === text.trim() && rows.length === 0 ? <p className="account-search__empty">{t('search.noResults', { text: found.text })}</p> : null}
      {searching && !found ? <p className="muted">{t('search.searching')}</p> : null}
      {rows.length > 0 ? (
        <>
          <ul id="account-results" className="account-search__results" role="listbox" data-testid="search-results">
            {rows.map((r, i) => (
              <li
                key={r.accountNo}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'is-active' : ''}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => onOpen(r.accountNo)}
                data-testid="search-result"
              >
                <span className="account-search__no">{r.accountNo}</span>
                <strong>{r.name}</strong>
                <span className="account-search__address">{r.address}</span>
                <span className="account-search__phone">{r.phone.length >= 4 ? `*${r.phone.slice(-4)}` : r.phone}</span>
                <span className="tag">{t(`search.matches.${r.match}`)}</span>
              </li>
            ))}
          </ul>
          <p className="muted">
            {t('search.hint')}
            {found?.more ? ` · ${t('search.more', { n: rows.length })}` : ''}
          </p>
        </>
      ) : null}
    </section>
  );
});
