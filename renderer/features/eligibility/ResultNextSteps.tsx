/**
 * "What you can do now" on the eligibility result: each next step in words, with a button where
 * the kiosk can take the visitor further. Each button names where it leads, so no two buttons on
 * one result say the same thing.
 */
import { useTranslation } from 'react-i18next';
import type { NextStepCode } from '../../../core/eligibility/rules';
import { useKiosk } from '../../visit/context';
import { Icon } from '../../ui/Icon';
import { useEligibilityContent } from './answerText';

/** Next steps that an FAQ answer explains: a button takes the visitor straight there. */
const answerForStep: Partial<Record<NextStepCode, string>> = {
  'explore-empowerment': 'empowerment-programs',
  'explore-productive-families': 'productive-families-financing',
  'ask-staff': 'staff-help',
  'ask-office-about-exceptions': 'non-saudi-family',
};

export type ResultNextStepsProps = {
  readonly codes: readonly NextStepCode[];
};

export function ResultNextSteps({ codes }: ResultNextStepsProps) {
  const { lang } = useKiosk();
  const { texts } = useEligibilityContent();
  return (
    <ol className="result-steps">
      {codes.map((code) => (
        <li key={code}>
          <p>{texts.nextSteps[code][lang]}</p>
          <NextStepAction code={code} />
        </li>
      ))}
    </ol>
  );
}

function NextStepAction({ code }: { readonly code: NextStepCode }) {
  const { t } = useTranslation();
  const { navigate } = useKiosk();
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
      {t(`eligibility.result.readAbout.${code}`)}
      <Icon name="forward" isDirectional />
    </button>
  );
}
