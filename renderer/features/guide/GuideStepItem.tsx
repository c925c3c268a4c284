/**
 * One step of the guide: a large button with the step's number, title and summary that opens the
 * step in place (GOV.UK's step-by-step accordion), showing what to do, what you need, cautions,
 * and "Questions about this step": links to the FAQ answers about it.
 */
import { useTranslation } from 'react-i18next';
import type { GuideStep } from '../../../core/guide/schema';
import { useKiosk } from '../../visit/context';
import type { Route } from '../../visit/routes';
import { formatDualDate } from '../../i18n/dates';
import { DualDate } from '../../ui/DualDate';
import { Icon } from '../../ui/Icon';
import { useGuide } from './guideContent';

export type GuideStepItemProps = {
  readonly step: GuideStep;
  readonly isOpen: boolean;
  readonly onToggle: () => void;
  /** Leaves the steps page for a linked question or the checklist (the page remembers its place). */
  readonly onLeave: (route: Route) => void;
};

/** The id of a step's open/close button, so the page can focus it again on return. */
export function stepToggleId(stepId: string): string {
  return `guide-step-toggle-${stepId}`;
}

export function GuideStepItem({ step, isOpen, onToggle, onLeave }: GuideStepItemProps) {
  const { t } = useTranslation();
  const { content, lang } = useKiosk();
  const guide = useGuide();
  const panelId = `guide-step-${step.id}`;
  const needs = (step.checklistIds ?? [])
    .map((id) => guide.checklist.find((item) => item.id === id))
    .filter((item) => item !== undefined);
  const problems = step.faqIds
    .map((id) => content.faq.find((entry) => entry.id === id))
    .filter((entry) => entry !== undefined);
  const reviewed = formatDualDate(step.reviewedAt, lang);
  // A step that needs everything on the checklist (getting ready) lists it as its tasks already:
  // offer "What do I have?" instead of the same list twice.
  const needsWholeChecklist = needs.length === guide.checklist.length;

  return (
    <li className={`guide-step${isOpen ? ' guide-step--open' : ''}`}>
      <h2 className="guide-step__heading">
        <button
          type="button"
          id={stepToggleId(step.id)}
          className="guide-step__toggle"
          aria-expanded={isOpen}
          aria-controls={panelId}
          onClick={onToggle}
        >
          <span className="guide-step__number">
            <bdi>{step.number}</bdi>
          </span>
          <span className="guide-step__text">
            <span className="guide-step__title">{step.title[lang]}</span>
            <span className="guide-step__summary">{step.summary[lang]}</span>
          </span>
          <span className="guide-step__state">
            {isOpen ? t('guide.steps.hide') : t('guide.steps.show')}
          </span>
        </button>
      </h2>
      <div id={panelId} className="guide-step__panel" hidden={!isOpen}>
        {isOpen && (
          <>
            {step.body[lang].map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
            {step.isTimeSensitive && (
              <aside className="notice notice--warning">
                <Icon name="calendar" />
                <div>
                  <h3 className="notice__title">{t('guide.steps.mayChangeTitle')}</h3>
                  <p>{t('guide.steps.mayChangeBody')}</p>
                </div>
              </aside>
            )}
            {step.isUnconfirmed && (
              <aside className="notice notice--warning">
                <Icon name="alert" />
                <div>
                  <h3 className="notice__title">{t('guide.steps.unconfirmedTitle')}</h3>
                  <p>{t('guide.steps.unconfirmedBody')}</p>
                </div>
              </aside>
            )}
            {step.tasks && (
              <>
                <h3 className="guide-step__subtitle">{t('guide.steps.whatToDo')}</h3>
                <ol className="guide-tasks">
                  {step.tasks[lang].map((task, index) => (
                    <li key={index}>{task}</li>
                  ))}
                </ol>
              </>
            )}
            {needsWholeChecklist ? (
              <button
                type="button"
                className="button button--secondary guide-step__checklist"
                onClick={() => onLeave({ name: 'guide-checklist' })}
              >
                <Icon name="checklist" />
                {t('guide.start.checkWhatIHave')}
              </button>
            ) : (
              needs.length > 0 && (
                <>
                  <h3 className="guide-step__subtitle">{t('guide.steps.youNeed')}</h3>
                  <ul className="guide-bullets">
                    {needs.map((item) => (
                      <li key={item.id}>
                        {item.label[lang]}
                        {item.onlyIf && (
                          <span className="guide-only-if"> ({item.onlyIf[lang]})</span>
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )
            )}
            {problems.length > 0 && (
              <>
                <h3 className="guide-step__subtitle">{t('guide.steps.problems')}</h3>
                <ul className="question-list">
                  {problems.map((entry) => (
                    <li key={entry.id}>
                      <button
                        type="button"
                        className="question-list__item"
                        onClick={() =>
                          onLeave({ name: 'faq-answer', entryId: entry.id, via: 'guide' })
                        }
                      >
                        <span>{entry.question[lang]}</span>
                        <Icon name="forward" isDirectional />
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p className="guide-step__reviewed">
              {t('guide.steps.lastChecked')} <DualDate date={reviewed} />
            </p>
          </>
        )}
      </div>
    </li>
  );
}
