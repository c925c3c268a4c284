/** Starting an assisted visit: the staff member chooses the citizen's language. */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/content/schema';

export type AssistPanelProps = {
  readonly onStart: (lang: Language) => void;
  /** True when a citizen's own visit is open: starting ends it first. */
  readonly hasOpenVisit: boolean;
};

export function AssistPanel({ onStart, hasOpenVisit }: AssistPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="staff-panel" aria-labelledby="staff-panel-title">
      <h2 id="staff-panel-title" className="staff-panel__title" tabIndex={-1}>
        {t('staff.assist.title')}
      </h2>
      <p className="staff-panel__intro">{t('staff.assist.intro')}</p>
      {hasOpenVisit && <p className="notice notice--info">{t('staff.assist.endsOpenVisit')}</p>}
      <div className="staff-panel__actions">
        <button
          type="button"
          className="button button--primary button--huge"
          onClick={() => onStart('ar')}
        >
          {t('staff.assist.startAr')}
        </button>
        <button
          type="button"
          className="button button--secondary button--huge"
          onClick={() => onStart('en')}
        >
          {t('staff.assist.startEn')}
        </button>
      </div>
    </section>
  );
}
