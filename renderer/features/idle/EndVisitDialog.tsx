/**
 * "Do you want to end your visit?": asked before start over wipes a visit, so one stray tap never
 * loses a visitor's place. Yes ends the visit; No, Escape, or a touch outside the question keeps
 * it. "No" has the focus, so a keypad's Enter never ends a visit by surprise.
 */
import { useTranslation } from 'react-i18next';
import { ModalQuestion } from './ModalQuestion';
import { dialogAction, initialFocus, isDialogAction, swallowClickOf } from './useModalDialog';

export type EndVisitDialogProps = {
  /** End the visit now (start over). */
  readonly onConfirm: () => void;
  /** Keep the visit exactly where it was. */
  readonly onCancel: () => void;
};

/** True when a point lies outside the dialog's box, i.e. on its backdrop. */
function isOnBackdrop(dialog: HTMLDialogElement, x: number, y: number): boolean {
  const box = dialog.getBoundingClientRect();
  return x < box.left || x > box.right || y < box.top || y > box.bottom;
}

export function EndVisitDialog({ onConfirm, onCancel }: EndVisitDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalQuestion
      id="end-visit"
      icon="restart"
      role="alertdialog"
      title={t('endVisit.title')}
      body={t('endVisit.body')}
      onEscape={onCancel}
      onPointerDown={(event, dialog) => {
        if (isDialogAction(event.target)) return;
        if (!isOnBackdrop(dialog, event.clientX, event.clientY)) return;
        swallowClickOf(event.pointerId);
        onCancel();
      }}
    >
      <div className="dialog-actions">
        {/* Carrying on is the main answer: a stray tap on Start over must not wipe a visit. */}
        <button
          type="button"
          className="button button--primary button--huge"
          {...initialFocus}
          onClick={onCancel}
          {...dialogAction}
        >
          {t('endVisit.cancel')}
        </button>
        <button
          type="button"
          className="button button--secondary button--huge"
          onClick={onConfirm}
          {...dialogAction}
        >
          {t('endVisit.confirm')}
        </button>
      </div>
    </ModalQuestion>
  );
}
