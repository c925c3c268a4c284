/**
 * One answer, for reading with glasses on: large short paragraphs, numbered steps, a clear note
 * when something is not officially confirmed, when it was last checked (Hijri and Gregorian),
 * where it comes from, and related questions.
 */
import { useTranslation } from 'react-i18next';
import { ScreenLayout } from '../../app/ScreenLayout';
import { KioskOffice } from '../../app/KioskOffice';
import { useKiosk, type KioskContextValue } from '../../visit/context';
import type { VisitEventPayloads } from '../../../core/visit/types';
import { useOpenedEvent, useScreenView } from '../../visit/useScreenView';
import type { Language } from '../../../core/content/schema';
import { formatDualDate } from '../../i18n/dates';
import { DualDate } from '../../ui/DualDate';
import { Icon } from '../../ui/Icon';
import { QrReveal } from '../handoff';
import { AskStaffButton } from '../help';
import { ReadingControls, useListen } from '../listen';
import { AnswerSources } from './AnswerSources';
import { FeedbackPanel } from './FeedbackPanel';
import './faq.css';

export type FaqAnswerScreenProps = {
  readonly entryId: string;
  /** How the visitor got here, recorded with the answer's `faq-view`. */
  readonly via: VisitEventPayloads['faq-view']['via'];
};

/** The office's details as read aloud with the answer that shows them. */
function officeLines(office: KioskContextValue['office'], lang: Language): string[] {
  return [office.name?.[lang], office.address?.[lang], office.hours?.[lang], office.phone].filter(
    (line) => line !== undefined,
  );
}

export function FaqAnswerScreen({ entryId, via }: FaqAnswerScreenProps) {
  const { t } = useTranslation();
  const { content, office, lang, navigate, recorder } = useKiosk();
  useOpenedEvent(() => recorder.record('faq-view', { entryId, via }));
  useScreenView('faq-answer', { ref: entryId });
  const listen = useListen();
  const entry = content.faq.find((candidate) => candidate.id === entryId);
  if (!entry) throw new Error(`unknown FAQ entry ${entryId}`);
  // Read paragraph by paragraph: each can be paused and repeated on its own.
  const paragraphs = [
    ...entry.answer[lang],
    ...(entry.steps?.[lang].map((step, index) => `${index + 1}. ${step}`) ?? []),
    ...(entry.panel === 'office-details' ? officeLines(office, lang) : []),
    ...(entry.isUnconfirmed ? [t('faq.unconfirmedTitle'), t('faq.unconfirmedBody')] : []),
  ];
  const category = content.categories.find((candidate) => candidate.id === entry.category);
  const reviewed = formatDualDate(entry.reviewedAt, lang);
  const related = entry.related
    .map((id) => content.faq.find((candidate) => candidate.id === id))
    .filter((candidate) => candidate !== undefined);

  return (
    <ScreenLayout title={entry.question[lang]} eyebrow={category?.title[lang]} read={paragraphs}>
      {/* In listen mode the answer is read on arrival and the listening panel holds its controls. */}
      {!listen.isOn && (
        <div className="answer__tools">
          {listen.reading ? (
            <>
              <ReadingControls
                reading={listen.reading}
                onPause={listen.pause}
                onResume={listen.resume}
                onRepeat={listen.resume}
              />
              <button
                type="button"
                className="button button--secondary"
                onClick={listen.stopReading}
              >
                <Icon name="stop" />
                {t('faq.stopReading')}
              </button>
            </>
          ) : (
            // Without a voice the button stays focusable (aria-disabled, not disabled) so a keypad
            // or screen-reader user reaches it and hears why, in the note it points to.
            <button
              type="button"
              className="button button--secondary answer__read-aloud"
              aria-disabled={!listen.hasVoice}
              aria-describedby={listen.hasVoice ? undefined : 'read-aloud-note'}
              onClick={() => {
                if (listen.hasVoice) listen.read([entry.question[lang], ...paragraphs]);
              }}
            >
              <Icon name="speaker" />
              {t('faq.readAloud')}
            </button>
          )}
          {!listen.hasVoice && (
            <p id="read-aloud-note" className="answer__tools-note">
              {t('faq.readAloudUnavailable')}
            </p>
          )}
        </div>
      )}
      <div className="answer">
        {entry.answer[lang].map((paragraph, index) => (
          <p key={index} className={index === 0 ? 'answer__lead' : undefined}>
            {paragraph}
          </p>
        ))}
        {entry.steps && (
          <section aria-labelledby="answer-steps" className="answer__steps">
            <h2 id="answer-steps">{t('faq.steps')}</h2>
            <ol className="steps">
              {entry.steps[lang].map((step, index) => (
                <li key={index}>{step}</li>
              ))}
            </ol>
          </section>
        )}
        {entry.panel === 'office-details' && <KioskOffice />}
        {entry.isUnconfirmed && (
          <aside className="notice notice--warning" aria-labelledby="answer-unconfirmed">
            <Icon name="alert" />
            <div>
              <h2 id="answer-unconfirmed" className="notice__title">
                {t('faq.unconfirmedTitle')}
              </h2>
              <p>{t('faq.unconfirmedBody')}</p>
            </div>
          </aside>
        )}
      </div>

      <AnswerSources sourceKeys={entry.sources} />

      <FeedbackPanel key={entry.id} entryId={entry.id} />

      <AskStaffButton from="answer" />

      {entry.officialUrl && (
        <section className="answer__qr" aria-labelledby="answer-qr-title">
          <h2 id="answer-qr-title" className="section-title">
            {t('faq.qrTitle')}
          </h2>
          <QrReveal url={entry.officialUrl} context="faq" id={`answer-qr-${entry.id}`} />
        </section>
      )}

      <dl className="answer__meta">
        <div>
          <dt>{t('faq.lastReviewed')}</dt>
          <dd>
            <DualDate date={reviewed} />
          </dd>
        </div>
      </dl>

      {related.length > 0 && (
        <section aria-labelledby="answer-related" className="answer__related">
          <h2 id="answer-related">{t('faq.related')}</h2>
          <ul className="question-list">
            {related.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className="question-list__item"
                  onClick={() => navigate({ name: 'faq-answer', entryId: item.id })}
                >
                  <span>{item.question[lang]}</span>
                  <Icon name="forward" isDirectional />
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </ScreenLayout>
  );
}
