/**
 * "Do you want to end your visit?": asked before start over wipes a visit, so one stray tap never
 * loses a visitor's place. Yes ends the visit; No, Escape, or a touch outside the question keeps
 * it. "No" has the focus, so a keypad's Enter never ends a visit by surprise.
 */
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import {
  dialogActionAttribute,
  initialFocusAttribute,
  isDialogAction,
  swallowClickOf,
  useModalDialog,
} from './useModalDialog';
import './idle.css';

export type EndVisitDialogProps = {
  /** End the visit now (start over). */
  readonly onConfirm: () => void;
  /** Keep the visit exactly where it was. */
  readonly onCancel: () => void;
};

const action = { [dialogActionAttribute]: '' };
const firstFocus = { [initialFocusAttribute]: '' };

/** True when a point lies outside the dialog's box, i.e. on its backdrop. */
function isOnBackdrop(dialog: HTMLDialogElement, x: number, y: number): boolean {
  const box = dialog.getBoundingClientRect();
  return x < box.left || x > box.right || y < box.top || y > box.bottom;
}

export function EndVisitDialog({ onConfirm, onCancel }: EndVisitDialogProps) {
  const { t } = useTranslation();
  const dialog = useModalDialog();

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-modal="true"
      className="idle-dialog"
      aria-labelledby="end-visit-title"
      aria-describedby="end-visit-body"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onPointerDown={(event) => {
        const element = dialog.current;
        if (!element || isDialogAction(event.target)) return;
        if (!isOnBackdrop(element, event.clientX, event.clientY)) return;
        swallowClickOf(event.pointerId);
        onCancel();
      }}
    >
      <Icon name="restart" className="idle-dialog__icon" />
      <h2 id="end-visit-title" className="idle-dialog__title">
        {t('endVisit.title')}
      </h2>
      <p id="end-visit-body" className="idle-dialog__body">
        {t('endVisit.body')}
      </p>
      <div className="dialog-actions">
        {/* Carrying on is the main answer: a stray tap on Start over must not wipe a visit. */}
        <button
          type="button"
          className="button button--primary button--huge"
          {...firstFocus}
          onClick={onCancel}
          {...action}
        >
          {t('endVisit.cancel')}
        </button>
        <button
          type="button"
          className="button button--secondary button--huge"
          onClick={onConfirm}
          {...action}
        >
          {t('endVisit.confirm')}
        </button>
      </div>
    </dialog>
  );
}
