/**
 * The result of the informal check: a cautious band title (never a bare "no"), why, what to do
 * next, and always the notice that social security makes the final decision; a notice about
 * unconfirmed figures when the estimate used one. When every answer was "I don't know" the title
 * says plainly that the check could not tell, rather than a hopeful "you may qualify". Records
 * `eligibility-result` with the band only, never the answers.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EligibilityContent, Language } from '../../../core/content/schema';
import {
  evaluateEligibility,
  type EligibilityResult,
  type ReasonCode,
} from '../../../core/eligibility/rules';
import { ScreenLayout } from '../../app/ScreenLayout';
import { useKiosk } from '../../visit/context';
import { useScreenView } from '../../visit/useScreenView';
import { Icon, type IconName } from '../../ui/Icon';
import { HandoffPanel } from '../handoff';
import { AskStaffButton } from '../help';
import { countText, hasOnlyDontKnow, monthsLimit, useEligibilityContent } from './answerText';
import { useEligibility } from './EligibilityProvider';
import { fillPlaceholders, IsolatedNumbers } from '../../ui/IsolatedNumbers';
import { ResultNextSteps } from './ResultNextSteps';
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

export function EligibilityResultScreen() {
  const { t } = useTranslation();
  const { lang, recorder, back } = useKiosk();
  useScreenView('eligibility-result');
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
  const cannotTell = hasOnlyDontKnow(answers);
  const title = cannotTell ? t('eligibility.result.cannotTell.title') : band.title[lang];
  const body = cannotTell ? t('eligibility.result.cannotTell.body') : band.body[lang];
  return (
    <ScreenLayout
      title={title}
      eyebrow={t('eligibility.result.eyebrow')}
      read={[
        body,
        ...(cannotTell
          ? []
          : result.reasons.map((code) => reasonText(eligibility, code, result, lang))),
      ]}
    >
      {/* Each band's text says who makes the final decision: said once, where the result is read. */}
      <div className={`result-band result-band--${result.band}`}>
        <Icon name={bandIcons[result.band]} />
        <p>{body}</p>
      </div>

      {/* When every answer was «لا أعرف» the text above already says why: no list of the same line. */}
      {!cannotTell && (
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
      )}

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
        <ResultNextSteps codes={result.nextSteps} />
      </section>

      <AskStaffButton from="eligibility" />

      <HandoffPanel context="eligibility" />

      <button type="button" className="button button--secondary result-change" onClick={back}>
        <Icon name="back" isDirectional />
        {t('eligibility.result.changeAnswers')}
      </button>
    </ScreenLayout>
  );
}
