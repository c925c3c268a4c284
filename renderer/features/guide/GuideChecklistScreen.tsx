/**
 * "What do I have?": the citizen ticks what they already have (big toggle rows), then "Show what
 * I still need" lists the rest, each with where to get it. Items only some people need say so.
 * Finishing records `checklist-completed` with item ids only.
 */
import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../app/ScreenLayout';
import { useKiosk } from '../../visit/context';
import { useScreenView } from '../../visit/useScreenView';
import { Icon } from '../../ui/Icon';
import { HandoffPanel } from '../handoff';
import { AskStaffButton } from '../help';
import { useGuide } from './guideContent';
import { useGuideVisit } from './GuideVisitProvider';
import './guide.css';

function TickMark() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M4.5 12.5l5 5 10-11" />
    </svg>
  );
}

export function GuideChecklistScreen() {
  const { t } = useTranslation();
  const { lang, navigate } = useKiosk();
  useScreenView('guide-checklist');
  const guide = useGuide();
  const { checklist, setHave, completeChecklist, reopenChecklist } = useGuideVisit();
  const allIds = guide.checklist.map((item) => item.id);

  if (!checklist.isCompleted) {
    return (
      <ScreenLayout title={t('guide.checklist.title')} intro={t('guide.checklist.intro')}>
        <ul className="check-rows">
          {guide.checklist.map((item) => {
            const has = checklist.haveIds.includes(item.id);
            return (
              <li key={item.id}>
                <button
                  type="button"
                  role="checkbox"
                  aria-checked={has}
                  className="check-row"
                  onClick={() => setHave(item.id, !has)}
                >
                  <span className="check-row__box">{has && <TickMark />}</span>
                  <span className="check-row__text">
                    <span className="check-row__label">{item.label[lang]}</span>
                    {item.onlyIf && <span className="check-row__only-if">{item.onlyIf[lang]}</span>}
                  </span>
                  <span className="check-row__state" aria-hidden="true">
                    {has ? t('guide.checklist.have') : t('guide.checklist.notYet')}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        <button
          type="button"
          className="button button--primary button--huge"
          onClick={() => completeChecklist(allIds)}
        >
          {t('guide.checklist.showMissing')}
        </button>
        <AskStaffButton from="guide" />
      </ScreenLayout>
    );
  }

  const missing = guide.checklist.filter((item) => !checklist.haveIds.includes(item.id));
  return (
    <ScreenLayout
      title={t('guide.checklist.resultTitle')}
      intro={
        missing.length === 0
          ? t('guide.checklist.nothingMissing')
          : t('guide.checklist.missingCount', { count: missing.length })
      }
    >
      {missing.length > 0 && (
        <ul className="missing-items">
          {missing.map((item) => (
            <li key={item.id} className="missing-item">
              <h2 className="missing-item__label">{item.label[lang]}</h2>
              {item.onlyIf && (
                <p className="missing-item__only-if">
                  <Icon name="info" />
                  <span>{item.onlyIf[lang]}</span>
                </p>
              )}
              <p>
                <strong>{t('guide.checklist.whereToGet')}</strong> {item.whereToGet[lang]}
              </p>
            </li>
          ))}
        </ul>
      )}
      <div className="guide-actions">
        <button
          type="button"
          className="button button--primary button--huge"
          onClick={() => navigate({ name: 'guide-steps' })}
        >
          {t('guide.checklist.toSteps')}
          <Icon name="forward" isDirectional />
        </button>
        <button
          type="button"
          className="button button--secondary guide-actions__secondary"
          onClick={reopenChecklist}
        >
          {t('guide.checklist.change')}
        </button>
      </div>
      <HandoffPanel context="guide" />
      <AskStaffButton from="guide" />
    </ScreenLayout>
  );
}
