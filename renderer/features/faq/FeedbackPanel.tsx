/**
 * "Was this helpful?": yes or no, and on no one tap for why (from a short list, never free text,
 * so nothing personal can be typed into it). One answer per entry per visit.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackReasons, type FeedbackReason } from '../../../core/visit/types';
import { useKiosk } from '../../visit/context';
import { Icon } from '../../ui/Icon';

type Step = 'ask' | 'why' | 'thanks';

export function FeedbackPanel({ entryId }: { readonly entryId: string }) {
  const { t } = useTranslation();
  const { recorder } = useKiosk();
  const [step, setStep] = useState<Step>('ask');
  const heading = useRef<HTMLElement | null>(null);
  const setHeading = (element: HTMLElement | null) => {
    heading.current = element;
  };
  const isFirstStep = useRef(true);

  // The button just pressed disappears: move focus to what replaced it, not to the page body.
  useEffect(() => {
    if (isFirstStep.current) {
      isFirstStep.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const send = (isHelpful: boolean, reason?: FeedbackReason) => {
    recorder.record('feedback', { entryId, isHelpful, ...(reason ? { reason } : {}) });
    setStep('thanks');
  };

  return (
    <section className="feedback" aria-labelledby="feedback-title" aria-live="polite">
      {step === 'ask' && (
        <>
          <h2 id="feedback-title" className="feedback__title">
            {t('faq.feedback.question')}
          </h2>
          <div className="feedback__buttons">
            <button type="button" className="button button--secondary" onClick={() => send(true)}>
              {t('faq.feedback.yes')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setStep('why')}
            >
              {t('faq.feedback.no')}
            </button>
          </div>
        </>
      )}
      {step === 'why' && (
        <>
          <h2 id="feedback-title" className="feedback__title" tabIndex={-1} ref={setHeading}>
            {t('faq.feedback.why')}
          </h2>
          <div className="feedback__reasons">
            {feedbackReasons.map((reason) => (
              <button
                key={reason}
                type="button"
                className="button button--secondary"
                onClick={() => send(false, reason)}
              >
                {t(`faq.feedback.reasons.${reason}`)}
              </button>
            ))}
          </div>
        </>
      )}
      {step === 'thanks' && (
        <p id="feedback-title" className="feedback__thanks" tabIndex={-1} ref={setHeading}>
          <Icon name="checkCircle" />
          {t('faq.feedback.thanks')}
        </p>
      )}
    </section>
  );
}
