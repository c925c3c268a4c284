/** Ending an assisted visit: the staff member must choose one outcome first. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assistedOutcomes, type AssistedOutcome } from '../../../core/visit/types';
import { ModalQuestion, dialogAction, initialFocus } from '../idle';

export type OutcomeDialogProps = {
  readonly onConfirm: (outcome: AssistedOutcome) => void;
  readonly onCancel: () => void;
};

export function OutcomeDialog({ onConfirm, onCancel }: OutcomeDialogProps) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<AssistedOutcome | undefined>();
  const [isMissing, setIsMissing] = useState(false);
  return (
    <ModalQuestion
      id="staff-outcome"
      icon="info"
      title={t('staff.outcome.title')}
      body={t('staff.outcome.intro')}
      role="alertdialog"
      onEscape={onCancel}
    >
      <fieldset className="outcome-choices" aria-labelledby="staff-outcome-title">
        {assistedOutcomes.map((id) => (
          <label key={id} className="outcome-choice">
            <input
              type="radio"
              name="assisted-outcome"
              value={id}
              checked={outcome === id}
              onChange={() => {
                setOutcome(id);
                setIsMissing(false);
              }}
            />
            <span>{t(`staff.outcome.${id}`)}</span>
          </label>
        ))}
      </fieldset>
      {isMissing && (
        <p className="text-entry__error" role="alert">
          {t('staff.outcome.choose')}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button button--primary"
          {...dialogAction}
          onClick={() => (outcome === undefined ? setIsMissing(true) : onConfirm(outcome))}
        >
          {t('staff.outcome.confirm')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          {...dialogAction}
          {...initialFocus}
          onClick={onCancel}
        >
          {t('staff.outcome.cancel')}
        </button>
      </div>
    </ModalQuestion>
  );
}
