/**
 * The result of the informal check: a cautious band title (never a bare "no"), why, what to do
 * next, and always the notice that social security makes the final decision; a notice about unconfirmed figures when
 * the estimate used one. Records `eligibility-result` with the band only, never the answers.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EligibilityContent, Language } from '../../../core/content/schema';
import {
  evaluateEligibility,
  type EligibilityResult,
  type NextStepCode,
  type ReasonCode,
} from '../../../core/eligibility/rules';
import { ScreenLayout } from '../../app/ScreenLayout';
import { useKiosk } from '../../app/kioskContext';
import { Icon, type IconName } from '../../ui/Icon';
import { HandoffPanel } from '../handoff/HandoffPanel';
import { countText, monthsLimit, useEligibilityContent } from './answerText';
import { useEligibility } from './EligibilityProvider';
import { fillPlaceholders, IsolatedNumbers } from './IsolatedNumbers';
import './eligibility.css';

const bandIcons: Readonly<Record<EligibilityResult['band'], IconName>> = {
  'likely-eligible': 'checkCircle',
  'may-be-eligible': 'scales',
  'likely-not-eligible': 'signpost',
};

function reasonText(
  content: EligibilityContent,
  code: ReasonCode,
  result: EligibilityResult,
  lang: Language,
): string {
  return fillPlaceholders(content.texts.reasons[code][lang], {
    months: monthsLimit(content, lang),
    threshold:
      result.estimatedThreshold === undefined
        ? ''
        : countText(content, 'sar', lang, result.estimatedThreshold),
  });
}

/** Next steps that an FAQ answer explains: a button takes the visitor straight there. */
const answerForStep: Partial<Record<NextStepCode, string>> = {
  'explore-empowerment': 'empowerment-programs',
  'explore-productive-families': 'productive-families-financing',
  'ask-staff': 'staff-help',
  'ask-office-about-exceptions': 'non-saudi-family',
};

export function EligibilityResultScreen() {
  const { t } = useTranslation();
  const { lang, recorder, navigate, back } = useKiosk();
  const { answers } = useEligibility();
  const eligibility = useEligibilityContent();
  const { texts } = eligibility;
  const result = useMemo(
    () => evaluateEligibility(answers, eligibility.rules),
    [answers, eligibility.rules],
  );
  const isRecorded = useRef(false);

  useEffect(() => {
    if (isRecorded.current) return;
    isRecorded.current = true;
    recorder.record('eligibility-result', { band: result.band });
  }, [recorder, result.band]);

  const band = texts.bands[result.band];
  const stepAction = (code: NextStepCode) => {
    if (code === 'follow-registration-guide') {
      return (
        <button
          type="button"
          className="button button--secondary result-steps__action"
          onClick={() => navigate({ name: 'guide-start' })}
        >
          {t('eligibility.result.openGuide')}
          <Icon name="forward" isDirectional />
        </button>
      );
    }
    const entryId = answerForStep[code];
    if (entryId === undefined) return null;
    return (
      <button
        type="button"
        className="button button--secondary result-steps__action"
        onClick={() => navigate({ name: 'faq-answer', entryId, via: 'guide' })}
      >
        {t('eligibility.result.readMore')}
        <Icon name="forward" isDirectional />
      </button>
    );
  };

  return (
    <ScreenLayout title={band.title[lang]} eyebrow={t('eligibility.result.eyebrow')}>
      {/* Each band's text says who makes the final decision: said once, where the result is read. */}
      <div className={`result-band result-band--${result.band}`}>
        <Icon name={bandIcons[result.band]} />
        <p>{band.body[lang]}</p>
      </div>

      <section className="result-section" aria-labelledby="result-why">
        <h2 id="result-why" className="section-title">
          {t('eligibility.result.why')}
        </h2>
        <ul className="result-reasons">
          {result.reasons.map((code) => (
            <li key={code}>
              <IsolatedNumbers text={reasonText(eligibility, code, result, lang)} />
            </li>
          ))}
        </ul>
        <p className="result-section__note">{texts.notices.incomeCounting[lang]}</p>
      </section>

      {(result.usesUnconfirmedFigures || result.estimatedThreshold !== undefined) && (
        <aside className="notice notice--warning" aria-labelledby="result-figures">
          <Icon name="alert" />
          <div>
            <h2 id="result-figures" className="notice__title">
              {t('eligibility.result.figuresTitle')}
            </h2>
            {result.usesUnconfirmedFigures && <p>{texts.notices.unconfirmedFigures[lang]}</p>}
            {result.estimatedThreshold !== undefined && (
              <p>{texts.notices.amountsMayChange[lang]}</p>
            )}
          </div>
        </aside>
      )}

      <section className="result-section" aria-labelledby="result-next">
        <h2 id="result-next" className="section-title">
          {t('eligibility.result.next')}
        </h2>
        <ol className="result-steps">
          {result.nextSteps.map((code) => (
            <li key={code}>
              <p>{texts.nextSteps[code][lang]}</p>
              {stepAction(code)}
            </li>
          ))}
        </ol>
      </section>

      <HandoffPanel context="eligibility" />

      <button type="button" className="button button--secondary result-change" onClick={back}>
        <Icon name="back" isDirectional />
        {t('eligibility.result.changeAnswers')}
      </button>
    </ScreenLayout>
  );
}
