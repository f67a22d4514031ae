// A manager's approval typed in place at a cashier's screen (冲正, 滞纳金减免, 投库/解款): their
// 工号 and PIN, the same two fields wherever the counter asks for them. The hall checks them
// (another person than the cashier, a manager, the guessing guard); the screen only collects.
import { useTranslation } from 'react-i18next';

export interface ManagerApproval {
  managerCode: string;
  managerPin: string;
}

export const NO_APPROVAL: ManagerApproval = { managerCode: '', managerPin: '' };

/** Both fields filled (the number without its stray spaces). */
export function approvalFilled(a: ManagerApproval): boolean {
  return a.managerCode.trim() !== '' && a.managerPin !== '';
}

/** As it is sent: the number trimmed, the PIN exactly as typed. */
export function approvalToSend(a: ManagerApproval): ManagerApproval {
  return { managerCode: a.managerCode.trim(), managerPin: a.managerPin };
}

/** The two fields, as two cells of the form's grid; `testId` names them `<testId>-manager` and `<testId>-pin`. */
export function ManagerApprovalFields({ value, onChange, testId, autoFocus = false }: { value: ManagerApproval; onChange: (next: ManagerApproval) => void; testId: string; autoFocus?: boolean }) {
  const { t } = useTranslation('counter');
  return (
    <>
      <label>
        {t('approval.managerCode')}
        <input autoFocus={autoFocus} inputMode="numeric" value={value.managerCode} onChange={(e) => onChange({ ...value, managerCode: e.target.value })} data-testid={`${testId}-manager`} />
      </label>
      <label>
        {t('approval.managerPin')}
        <input type="password" inputMode="numeric" autoComplete="off" value={value.managerPin} onChange={(e) => onChange({ ...value, managerPin: e.target.value })} data-testid={`${testId}-pin`} />
      </label>
    </>
  );
}
