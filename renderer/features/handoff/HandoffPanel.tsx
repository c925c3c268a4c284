/**
 * "Take it with you": a QR code that opens the platform on the citizen's phone, and a button that
 * prints the one-page checklist. Shown on the guide's steps page, after the checklist, and on the
 * eligibility result.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kioskContext';
import { Icon } from '../../ui/Icon';
import { QrCode } from '../../ui/QrCode';
import { platformUrl } from '../guide/guideContent';
import { PrintableChecklist } from './PrintableChecklist';
import { usePrintChecklist, type HandoffContext } from './useHandoff';
import './handoff.css';

export type HandoffPanelProps = {
  readonly context: HandoffContext;
};

export function HandoffPanel({ context }: HandoffPanelProps) {
  const { t } = useTranslation();
  const { recorder } = useKiosk();
  const [isQrShown, setIsQrShown] = useState(false);
  const { status, print } = usePrintChecklist(context);
  const titleId = `handoff-title-${context}`;

  const toggleQr = () => {
    if (!isQrShown) recorder.record('handoff', { kind: 'qr-shown', context });
    setIsQrShown(!isQrShown);
  };

  return (
    <section className="handoff" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {t('handoff.title')}
      </h2>
      <p className="handoff__intro">{t('handoff.intro')}</p>
      <div className="handoff__actions">
        <button
          type="button"
          className="button button--secondary handoff__button"
          aria-expanded={isQrShown}
          aria-controls={`handoff-qr-${context}`}
          onClick={toggleQr}
        >
          <Icon name="phone" />
          {isQrShown ? t('handoff.hideQr') : t('handoff.showQr')}
        </button>
        <button
          type="button"
          className="button button--secondary handoff__button"
          disabled={status.kind === 'printing'}
          onClick={() => void print()}
        >
          <Icon name="checklist" />
          {t('handoff.print')}
        </button>
      </div>
      <div id={`handoff-qr-${context}`} className="handoff__qr" hidden={!isQrShown}>
        {isQrShown && (
          <>
            <QrCode value={platformUrl} label={t('handoff.qrCaption')} size={320} />
            <p className="handoff__address">
              {t('handoff.qrAddress')} <bdi>{platformUrl.replace('https://', '')}</bdi>
            </p>
          </>
        )}
      </div>
      <div role="status" className="handoff__status">
        {status.kind === 'printed' && (
          <p className="notice notice--info notice--calm">
            <Icon name="checklist" />
            <span>{t('handoff.printed')}</span>
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
