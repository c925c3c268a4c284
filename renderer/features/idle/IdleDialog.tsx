/**
 * "Do you need more time?": a modal question with a visible countdown. Any touch, anywhere on the
 * screen, keeps the visit (someone touching the screen is still there); «انتهيت» ends it at once.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalQuestion } from './ModalQuestion';
import { dialogAction, initialFocus, isDialogAction, swallowClickOf } from './useModalDialog';

export type IdleDialogProps = {
  readonly secondsLeft: number;
  /** The visitor is still there: close the question, keep everything. */
  readonly onKeepVisit: () => void;
  /** The visitor has finished: end the visit now. «انتهيت» shows only when this is given. */
  readonly onDone?: () => void;
};

const announcedSeconds = [30, 20, 10, 5];

/** The last announcement point reached, so the live region changes only at those moments. */
function spokenSeconds(secondsLeft: number): number | undefined {
  return announcedSeconds.find((mark) => secondsLeft <= mark && secondsLeft > mark - 5);
}

export function IdleDialog({ secondsLeft, onKeepVisit, onDone }: IdleDialogProps) {
  const { t } = useTranslation();
  const keepVisit = useRef(onKeepVisit);
  useEffect(() => {
    keepVisit.current = onKeepVisit;
  });

  // A touch anywhere but on the two answers keeps the visit, on the touch itself (pointerdown),
  // and the rest of that touch is swallowed so it presses nothing underneath.
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (isDialogAction(event.target)) return;
      swallowClickOf(event.pointerId);
      keepVisit.current();
    };
    window.addEventListener('pointerdown', onPointerDown, { capture: true });
    return () => window.removeEventListener('pointerdown', onPointerDown, { capture: true });
  }, []);

  return (
    <ModalQuestion
      id="idle"
      icon="clock"
      title={t('idle.title')}
      body={t('idle.body')}
      onEscape={onKeepVisit}
    >
      <p className="idle-dialog__countdown" aria-hidden="true">
        {t('idle.seconds', { count: secondsLeft })}
      </p>
      {/* Screen readers hear the time left at a few moments, not every second. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {spokenSeconds(secondsLeft) !== undefined &&
          t('idle.seconds', { count: spokenSeconds(secondsLeft) })}
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          className="button button--primary button--huge"
          {...initialFocus}
          onClick={onKeepVisit}
          {...dialogAction}
        >
          {t('idle.moreTime')}
        </button>
        {onDone !== undefined && (
          <button
            type="button"
            className="button button--secondary dialog-actions__second"
            onClick={onDone}
            {...dialogAction}
          >
            {t('idle.done')}
          </button>
        )}
      </div>
      <p className="idle-dialog__hint">{t('idle.touchAnywhere')}</p>
    </ModalQuestion>
  );
}
