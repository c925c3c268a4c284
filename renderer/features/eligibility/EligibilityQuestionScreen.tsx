/**
 * One question of the informal eligibility check per page, GOV.UK style: the question as the
 * heading, a hint, large radio options (or a big number display with the keypad), "I don't know",
 * Back and Continue. A missing or impossible answer shows a plain error above the field and moves
 * focus to it.
 *
 * Continue goes to the next question `visibleQuestions` shows, then to check answers. A question
 * opened with "Change" returns to check answers instead, after any question the change revealed.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dontKnow,
  eligibilityQuestions,
  isValidAnswer,
  visibleQuestions,
  type EligibilityAnswers,
  type EligibilityQuestion,
  type QuestionId,
} from '../../../core/eligibility/rules';
import { ScreenLayout } from '../../app/ScreenLayout';
import { useKiosk } from '../../visit/context';
import { useScreenView } from '../../visit/useScreenView';
import { Icon } from '../../ui/Icon';
import { formatAmount, normalizeDigits, NumericKeypad } from '../../ui/NumericKeypad';
import { optionLabel, useEligibilityContent } from './answerText';
import { useEligibility } from './EligibilityProvider';
import './eligibility.css';

export type EligibilityQuestionScreenProps = {
  readonly questionId: QuestionId;
  /** Set when opened with "Change": screens above the check-answers page (see routes.ts). */
  readonly changeDepth?: number;
};

type ErrorKind = 'choose' | 'empty' | 'range';

/** The first question the check asks. */
export const firstQuestionId: QuestionId = visibleQuestions({})[0]?.id ?? 'nationality';

function findQuestion(id: QuestionId): EligibilityQuestion {
  const question = eligibilityQuestions.find((candidate) => candidate.id === id);
  if (!question) throw new Error(`unknown eligibility question ${id}`);
  return question;
}

function initialDraft(question: EligibilityQuestion, answers: EligibilityAnswers): string {
  const value = answers[question.id];
  if (value === undefined) return '';
  if (question.kind === 'number') return value === dontKnow ? '' : String(value);
  return String(value);
}

/** Where Continue leads after answering: the next question to show, or undefined when done. */
function nextQuestion(
  current: QuestionId,
  answers: EligibilityAnswers,
  isChanging: boolean,
): EligibilityQuestion | undefined {
  const shown = visibleQuestions(answers);
  const after = shown.slice(shown.findIndex((question) => question.id === current) + 1);
  // Changing one answer asks only what the change made newly relevant.
  return isChanging ? after.find((question) => answers[question.id] === undefined) : after[0];
}

export function EligibilityQuestionScreen({
  questionId,
  changeDepth,
}: EligibilityQuestionScreenProps) {
  const { t } = useTranslation();
  const { lang, navigate, back } = useKiosk();
  // The questions asked depend on the answers: counted once per visit, never which ones.
  useScreenView('eligibility-question', { oncePerVisit: true });
  const { answers, setAnswer } = useEligibility();
  const question = findQuestion(questionId);
  const eligibility = useEligibilityContent();
  const texts = eligibility.texts.questions[questionId];
  const [draft, setDraft] = useState(() => initialDraft(question, answers));
  const [error, setError] = useState<{ kind: ErrorKind; attempt: number } | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const showError = (kind: ErrorKind) =>
    setError((current) => ({ kind, attempt: (current?.attempt ?? 0) + 1 }));

  const answer = (value: EligibilityAnswers[QuestionId]) => {
    const next: EligibilityAnswers = { ...answers, [questionId]: value };
    setAnswer(questionId, value);
    const following = nextQuestion(questionId, next, changeDepth !== undefined);
    if (following) {
      navigate({
        name: 'eligibility-question',
        questionId: following.id,
        ...(changeDepth === undefined ? {} : { changeDepth: changeDepth + 1 }),
      });
    } else if (changeDepth !== undefined) {
      for (let step = 0; step < changeDepth; step += 1) back();
    } else {
      navigate({ name: 'eligibility-check-answers' });
    }
  };

  const onContinue = (event: FormEvent) => {
    event.preventDefault();
    if (question.kind === 'choice') {
      if (draft === '' || !isValidAnswer(question, draft)) {
        showError('choose');
        return;
      }
      answer(draft as EligibilityAnswers[QuestionId]);
      return;
    }
    const digits = normalizeDigits(draft);
    if (digits === '') {
      showError('empty');
      return;
    }
    const value = Number(digits);
    if (!isValidAnswer(question, value)) {
      showError('range');
      return;
    }
    answer(value);
  };

  const errorMessage =
    error === null
      ? undefined
      : error.kind === 'range' && question.kind === 'number'
        ? t('eligibility.error.range', {
            min: formatAmount(String(question.min), lang),
            max: formatAmount(String(question.max), lang),
          })
        : t(`eligibility.error.${error.kind}`);
  const describedBy = ['question-hint', ...(error ? ['question-error'] : [])].join(' ');
  // The unit agrees with the number typed («1 شخص», «2 شخصان», «3 أشخاص»); before a digit is
  // typed there is no number, so it shows the plain form («أشخاص», "people").
  const unitText = (unit: 'people' | 'sar', typed: string) => {
    const digits = normalizeDigits(typed);
    return digits === ''
      ? t(`eligibility.number.${unit}Unit`)
      : t(`eligibility.number.${unit}Unit`, { count: Number(digits) });
  };

  return (
    <ScreenLayout
      title={texts.title[lang]}
      eyebrow={t('eligibility.question.eyebrow')}
      purpose={texts.hint[lang]}
    >
      <p id="question-hint" className="screen__intro">
        {texts.hint[lang]}
      </p>
      {questionId === firstQuestionId && changeDepth === undefined && (
        <aside className="notice notice--info" aria-label={t('eligibility.question.aboutLabel')}>
          <Icon name="shield" />
          <div>
            <p>{eligibility.texts.notices.informal[lang]}</p>
            <p>{t('eligibility.question.notKept')}</p>
          </div>
        </aside>
      )}
      <form className="question-form" onSubmit={onContinue} noValidate>
        {error && errorMessage && (
          <div
            id="question-error"
            className="field-error"
            role="alert"
            tabIndex={-1}
            ref={errorRef}
            key={error.attempt}
          >
            <Icon name="alert" />
            <div>
              <p className="field-error__title">{t('eligibility.error.title')}</p>
              <p>{errorMessage}</p>
            </div>
          </div>
        )}
        {question.kind === 'choice' ? (
          <div
            role="radiogroup"
            aria-labelledby="screen-title"
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            className={`radios${error ? ' radios--error' : ''}`}
          >
            {question.options.map((option) => (
              <label key={option} className="radio">
                <input
                  type="radio"
                  name={questionId}
                  value={option}
                  checked={draft === option}
                  onChange={() => setDraft(option)}
                />
                <span className="radio__label">
                  {optionLabel(eligibility, questionId, option, lang)}
                </span>
              </label>
            ))}
            {question.allowsDontKnow && (
              <>
                <p className="radios__or" aria-hidden="true">
                  {t('eligibility.question.or')}
                </p>
                <label className="radio">
                  <input
                    type="radio"
                    name={questionId}
                    value={dontKnow}
                    checked={draft === dontKnow}
                    onChange={() => setDraft(dontKnow)}
                  />
                  <span className="radio__label">{eligibility.texts.dontKnow[lang]}</span>
                </label>
              </>
            )}
          </div>
        ) : (
          <div className={`number-field${error ? ' number-field--error' : ''}`}>
            <label htmlFor="question-number" className="number-field__label">
              {t(`eligibility.number.${question.unit}`)}
            </label>
            <div className="number-field__display">
              <input
                id="question-number"
                data-speech="amount"
                className="number-field__input"
                type="text"
                inputMode="none"
                autoComplete="off"
                dir="ltr"
                value={formatAmount(draft, lang)}
                aria-describedby={describedBy}
                aria-invalid={error ? true : undefined}
                onChange={(event) =>
                  setDraft(
                    normalizeDigits(event.target.value).slice(0, String(question.max).length),
                  )
                }
              />
              <span className="number-field__unit" aria-hidden="true">
                {unitText(question.unit, draft)}
              </span>
            </div>
            <NumericKeypad
              fieldId="question-number"
              value={draft}
              onChange={setDraft}
              maxLength={String(question.max).length}
              labels={{
                backspace: t('eligibility.keypad.backspace'),
                clear: t('eligibility.keypad.clear'),
                keypad: t('eligibility.keypad.label'),
                full: t('keyboard.keypadFull', { count: String(question.max).length }),
              }}
            />
          </div>
        )}
        <div className="question-form__actions">
          <button type="submit" className="button button--primary button--huge">
            {t('eligibility.question.continue')}
            <Icon name="forward" isDirectional />
          </button>
          {question.kind === 'number' && question.allowsDontKnow && (
            <button
              type="button"
              className="button button--secondary question-form__dont-know"
              onClick={() => answer(dontKnow)}
            >
              {eligibility.texts.dontKnow[lang]}
            </button>
          )}
        </div>
      </form>
    </ScreenLayout>
  );
}
