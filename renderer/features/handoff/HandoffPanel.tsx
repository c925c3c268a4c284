/**
 * "Take it with you": a QR code that opens the platform on the citizen's phone, and a button that
 * prints the one-page checklist. Shown at the top of the guide's start and steps pages (compact, so
 * the page's own content still starts near the top), after the checklist, and on the eligibility
 * result.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { usePlatformUrl } from '../guide';
import { PrintableChecklist } from './PrintableChecklist';
import { QrReveal } from './QrReveal';
import { usePrintChecklist, type HandoffContext } from './useHandoff';
import './handoff.css';

export type HandoffPanelProps = {
  readonly context: HandoffContext;
  /** `top`: first thing on the page, in a compact card; `end` (default): after the content. */
  readonly placement?: 'top' | 'end';
};

export function HandoffPanel({ context, placement = 'end' }: HandoffPanelProps) {
  const { t } = useTranslation();
  const { status, print } = usePrintChecklist(context);
  const platformUrl = usePlatformUrl();
  const titleId = `handoff-title-${context}`;
  const statusArea = useRef<HTMLDivElement>(null);

  // What printing said appears under the buttons, which may sit at the screen's lower edge:
  // brought into view, clear of the toolbar (the page's scroll padding keeps it so).
  useEffect(() => {
    if (status.kind === 'idle' || status.kind === 'printing') return;
    const isReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    statusArea.current?.scrollIntoView({
      block: 'nearest',
      behavior: isReduced ? 'auto' : 'smooth',
    });
  }, [status]);

  return (
    <section
      className={placement === 'top' ? 'handoff handoff--top' : 'handoff'}
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="section-title">
        {t('handoff.title')}
      </h2>
      <p className="handoff__intro">{t('handoff.intro')}</p>
      <div className="handoff__actions">
        <QrReveal url={platformUrl} context={context} id={`handoff-qr-${context}`} />
        <button
          type="button"
          className="button button--secondary handoff__button"
          disabled={status.kind === 'printing'}
          onClick={() => void print()}
        >
          <Icon name="printer" />
          {t('handoff.print')}
        </button>
      </div>
      <div role="status" className="handoff__status" ref={statusArea}>
        {status.kind === 'printed' && (
          <p className="notice notice--info notice--calm">
            <Icon name="printer" />
            <span>{t('handoff.printed')}</span>
          </p>
        )}
        {status.kind === 'saved' && (
          // Saved as a PDF for the office: the staff hand over the paper copy.
          <p className="notice notice--info notice--calm">
            <Icon name="printer" />
            <span>{t('handoff.savedForStaff')}</span>
          </p>
        )}
        {status.kind === 'visit-limit' && (
          // The limit is the office's, not the visitor's fault: the staff member has more copies.
          <p className="notice notice--info notice--calm">
            <Icon name="person" />
            <span>{t('handoff.printLimit', { count: status.maxPrints })}</span>
          </p>
        )}
        {status.kind === 'too-soon' && (
          <p className="notice notice--info notice--calm">
            <Icon name="clock" />
            <span>{t('handoff.printTooSoon')}</span>
          </p>
        )}
        {status.kind === 'failed' && (
          <p className="notice notice--warning">
            <Icon name="alert" />
            <span>
              {t(`errors.${status.code}`)} {t('handoff.printFailed')}
            </span>
          </p>
        )}
      </div>
      <PrintableChecklist />
    </section>
  );
}
