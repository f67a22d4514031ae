// The row a form ends with: the button that does it (Enter submits the form) and the one that
// backs out. One component, so every dialog's buttons sit, read and behave alike.

export interface FormButtonsProps {
  submit: string;
  submitTestId?: string;
  /** `warn` for an action that takes a window out of service, `danger` for one that undoes money */
  tone?: 'normal' | 'warn' | 'danger';
  /** the form is not complete yet (or is being sent) */
  disabled?: boolean;
  cancel: string;
  onCancel: () => void;
  /** where the row sits in its form's grid */
  className?: string;
  /** the cancel button on a dark panel */
  onDark?: boolean;
}

export function FormButtons({ submit, submitTestId, tone = 'normal', disabled = false, cancel, onCancel, className = 'dialog__buttons', onDark = false }: FormButtonsProps) {
  return (
    <div className={className}>
      <button type="submit" className={tone === 'normal' ? 'button' : `button button--${tone}`} disabled={disabled} data-testid={submitTestId}>
        {submit}
      </button>
      <button type="button" className={onDark ? 'button button--quiet-dark' : 'button button--quiet'} onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
