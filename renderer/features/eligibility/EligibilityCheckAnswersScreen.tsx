/**
 * "Check your answers": every question asked, the answer given and a Change button that opens the
 * question and comes back here. Then the result.
 */
import { useTranslation } from 'react-i18next';
import { relevantAnswers, visibleQuestions } from '../../../core/eligibility/rules';
import { ScreenLayout } from '../../app/ScreenLayout';
import { useKiosk } from '../../visit/context';
import { useScreenView } from '../../visit/useScreenView';
import { Icon } from '../../ui/Icon';
import { answerText, useEligibilityContent } from './answerText';
import { useEligibility } from './EligibilityProvider';
import { IsolatedNumbers } from '../../ui/IsolatedNumbers';
import './eligibility.css';

export function EligibilityCheckAnswersScreen() {
  const { t } = useTranslation();
  const { lang, navigate } = useKiosk();
  useScreenView('eligibility-check-answers');
  const eligibility = useEligibilityContent();
  const { answers } = useEligibility();
  const given = relevantAnswers(answers);
  const questions = visibleQuestions(given);
  const firstUnanswered = questions.find((question) => given[question.id] === undefined);

  return (
    <ScreenLayout
      title={t('eligibility.checkAnswers.title')}
      intro={t('eligibility.checkAnswers.intro')}
    >
      <dl className="summary-list">
        {questions.map((question) => {
          const title = eligibility.texts.questions[question.id].title[lang];
          const shown = answerText(eligibility, question, given, lang);
          return (
            <div key={question.id} className="summary-list__row">
              <dt className="summary-list__question">{title}</dt>
              <dd className="summary-list__answer">
                {shown === undefined ? (
                  t('eligibility.checkAnswers.notAnswered')
                ) : (
                  <IsolatedNumbers text={shown} />
                )}
              </dd>
              <dd className="summary-list__action">
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`${t('eligibility.checkAnswers.change')}: ${title}`}
                  onClick={() =>
                    navigate({
                      name: 'eligibility-question',
                      questionId: question.id,
                      changeDepth: 1,
                    })
                  }
                >
                  {t('eligibility.checkAnswers.change')}
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      <aside className="notice notice--info">
        <Icon name="shield" />
        <p>{t('eligibility.question.notKept')}</p>
      </aside>
      <button
        type="button"
        className="button button--primary button--huge"
        onClick={() =>
          firstUnanswered
            ? navigate({
                name: 'eligibility-question',
                questionId: firstUnanswered.id,
                changeDepth: 1,
              })
            : navigate({ name: 'eligibility-result' })
        }
      >
        {t('eligibility.checkAnswers.seeResult')}
        <Icon name="forward" isDirectional />
      </button>
    </ScreenLayout>
  );
}
