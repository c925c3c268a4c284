/**
 * The one-page checklist a citizen takes home: the platform's address and its QR code, what they
 * still need (or all they will need, if they did not use "What do I have?"), where to get each
 * thing, the steps in order, and the office's contacts. Printed at 14 pt on one A4 page.
 *
 * Policy: nothing personal is ever printed: no eligibility answers or result, no ticks of what the
 * citizen has, only what they still need. The sheet is rendered outside the app's root and shown
 * only in print (`handoff.css`); while it exists, printing hides the rest of the app.
 */
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../visit/context';
import { formatDualDate } from '../../i18n/dates';
import { IsolatedNumbers } from '../../ui/IsolatedNumbers';
import { QrCode } from '../../ui/QrCode';
import { usePlatformUrl, useGuide, useGuideVisit } from '../guide';

export function PrintableChecklist() {
  const { t } = useTranslation();
  const { lang, office } = useKiosk();
  const guide = useGuide();
  const { checklist } = useGuideVisit();
  const items = checklist.isCompleted
    ? guide.checklist.filter((item) => !checklist.haveIds.includes(item.id))
    : guide.checklist;
  const reviewed = formatDualDate(guide.reviewedAt, lang);
  const platformUrl = usePlatformUrl();

  return createPortal(
    <div className="print-sheet" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <header className="print-sheet__header">
        <div>
          <p className="print-sheet__office">
            {t('app.title')} · {office.name?.[lang] ?? t('app.office')}
          </p>
          <h1 className="print-sheet__title">{t('handoff.sheet.title')}</h1>
          <p>
            {t('handoff.sheet.platform')}{' '}
            <strong>
              <bdi>{new URL(platformUrl).host}</bdi>
            </strong>
          </p>
        </div>
        {/* Paper carries the link too: the camera opens the platform without typing. */}
        <QrCode value={platformUrl} label={t('handoff.sheet.scan')} size={128} />
      </header>

      <section>
        <h2>
          {checklist.isCompleted ? t('handoff.sheet.stillNeed') : t('handoff.sheet.youWillNeed')}
        </h2>
        {items.length === 0 ? (
          <p>{t('handoff.sheet.nothingMissing')}</p>
        ) : (
          <ul className="print-sheet__items">
            {items.map((item) => (
              <li key={item.id}>
                <strong>{item.label[lang]}</strong>
                {item.onlyIf && (
                  <span className="print-sheet__only-if"> ({item.onlyIf[lang]})</span>
                )}
                <span className="print-sheet__where">
                  {t('handoff.sheet.whereToGet')} {item.whereToGet[lang]}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {/* Two boxes side by side (the steps, then help), each read top to bottom. */}
      <div className="print-sheet__columns">
        <section>
          <h2>{t('handoff.sheet.steps')}</h2>
          <ol className="print-sheet__steps">
            {guide.steps.map((step) => (
              <li key={step.id}>{step.title[lang]}</li>
            ))}
          </ol>
        </section>

        <section>
          <h2>{t('handoff.sheet.help')}</h2>
          <p>
            <strong>{office.name?.[lang] ?? t('app.office')}</strong>
            {[office.address?.[lang], office.hours?.[lang]]
              .filter((line) => line !== undefined)
              .map((line) => ` · ${line}`)}
            {office.phone && (
              <>
                {' · '}
                <bdi dir="ltr">{office.phone}</bdi>
              </>
            )}
          </p>
          <ul className="print-sheet__contacts">
            {/* Paper outlives corrections: an unconfirmed number is never printed. */}
            {guide.office.contact
              .filter((channel) => !channel.isUnconfirmed)
              .map((channel) => (
                <li key={channel.id}>
                  <strong>{channel.label[lang]}</strong>
                  {channel.value !== undefined && (
                    <>
                      {': '}
                      <bdi>{channel.value}</bdi>
                    </>
                  )}
                  {channel.note && <span> · {channel.note[lang]}</span>}
                </li>
              ))}
          </ul>
        </section>
      </div>

      <p className="print-sheet__footer">
        {t('handoff.sheet.informal')}{' '}
        <IsolatedNumbers
          text={t('handoff.sheet.checked', {
            hijri: reviewed.hijri,
            gregorian: reviewed.gregorian,
          })}
        />
      </p>
    </div>,
    document.body,
  );
}
