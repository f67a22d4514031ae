// First run of a real installation: the branch's name, its counter windows and the first
// manager, who chooses their own PIN here. Shown by the manager screen while the hall says
// setup is needed; afterwards the manager signs in as usual.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHall } from '../../ui/hall-context.tsx';
import { ApiCallError } from '../../client/client.ts';

export function FirstRunSetup({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('staff');
  const client = useHall();
  const [form, setForm] = useState({ branchName: '', companyName: '', windowCount: 3, code: '', name: '', pin: '', pinAgain: '' });
  const [error, setError] = useState<string | null>(null);
  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: key === 'windowCount' ? Number(e.target.value) : e.target.value }),
    'data-testid': `setup-${key}`,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (form.pin !== form.pinAgain) return setError(t('setup.mismatch'));
    setError(null);
    client
      .call('staff.completeSetup', {
        branchName: form.branchName,
        ...(form.companyName.trim() ? { companyName: form.companyName } : {}),
        windowCount: form.windowCount,
        manager: { code: form.code, name: form.name, pin: form.pin },
      })
      .then(onDone)
      .catch((err: unknown) => setError(err instanceof ApiCallError ? err.message : String(err)));
  };
  return (
    <form className="panel sign-in setup" onSubmit={submit} data-testid="first-run-setup">
      <h2>{t('setup.title')}</h2>
      <p className="setup__hint">{t('setup.hint')}</p>
      <label>
        {t('setup.branchName')}
        <input autoFocus placeholder={t('setup.branchNamePlaceholder')} {...field('branchName')} />
      </label>
      <label>
        {t('setup.companyName')}
        <input {...field('companyName')} />
      </label>
      <label>
        {t('setup.windowCount')}
        <input type="number" min={1} max={99} {...field('windowCount')} />
      </label>
      <label>
        {t('setup.managerCode')}
        <input inputMode="numeric" autoComplete="username" {...field('code')} />
      </label>
      <label>
        {t('setup.managerName')}
        <input {...field('name')} />
      </label>
      <label>
        {t('setup.managerPin')}
        <input type="password" inputMode="numeric" autoComplete="new-password" {...field('pin')} />
      </label>
      <label>
        {t('setup.managerPinAgain')}
        <input type="password" inputMode="numeric" autoComplete="new-password" {...field('pinAgain')} />
      </label>
      {error ? (
        <p className="error-text" role="alert" data-testid="setup-error">
          {error}
        </p>
      ) : null}
      <button className="button" type="submit" data-testid="setup-submit">
        {t('setup.submit')}
      </button>
    </form>
  );
}
