/** "Do you need more time?": a modal question with one big answer and a visible countdown. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';

export type IdleDialogProps = {
  readonly secondsLeft: number;
  readonly onKeepVisit: () => void;
};

const announcedSeconds = [30, 20, 10, 5];

/** The last announcement point reached, so the live region changes only at those moments. */
function spokenSeconds(secondsLeft: number): number | undefined {
  return announcedSeconds.find((mark) => secondsLeft <= mark && secondsLeft > mark - 5);
}

export function IdleDialog({ secondsLeft, onKeepVisit }: IdleDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="idle-dialog"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
      onCancel={(event) => {
        event.preventDefault();
        onKeepVisit();
      }}
    >
      <Icon name="clock" className="idle-dialog__icon" />
      <h2 id="idle-title" className="idle-dialog__title">
        {t('idle.title')}
      </h2>
      <p id="idle-body" className="idle-dialog__body">
        {t('idle.body')}
      </p>
      <p className="idle-dialog__countdown" aria-hidden="true">
        {t('idle.seconds', { count: secondsLeft })}
      </p>
      {/* Screen readers hear the time left at a few moments, not every second. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {spokenSeconds(secondsLeft) !== undefined &&
          t('idle.seconds', { count: spokenSeconds(secondsLeft) })}
      </p>
      <button
        type="button"
        className="button button--primary button--huge"
        autoFocus
        onClick={onKeepVisit}
      >
        {t('idle.moreTime')}
      </button>
    </dialog>
  );
}
