/**
 * "Open this on my phone": a button that reveals a QR code to an official page. The code is shown
 * only when asked for, so each `qr-shown` hand-off is a visitor who wanted it, not a page view.
 * A code drawn below the fold is no use: once shown, it is scrolled into view (instantly where
 * the visitor asked for reduced motion).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../visit/context';
import { Icon } from '../../ui/Icon';
import { QrCode } from '../../ui/QrCode';
import type { HandoffContext } from './useHandoff';
import './handoff.css';

export type QrRevealProps = {
  readonly url: string;
  readonly context: HandoffContext;
  /** Unique within the page, for the button's aria-controls. */
  readonly id: string;
  readonly size?: number;
};

export function QrReveal({ url, context, id, size = 320 }: QrRevealProps) {
  const { t } = useTranslation();
  const { recorder } = useKiosk();
  const [isShown, setIsShown] = useState(false);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!isShown) return;
    const isReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    panel.current?.scrollIntoView({ block: 'center', behavior: isReduced ? 'auto' : 'smooth' });
  }, [isShown]);

  const toggle = () => {
    if (!isShown) recorder.record('handoff', { kind: 'qr-shown', context });
    setIsShown(!isShown);
  };

  return (
    <>
      <button
        type="button"
        className="button button--secondary handoff__button"
        aria-expanded={isShown}
        aria-controls={id}
        onClick={toggle}
      >
        <Icon name="phoneScan" />
        {isShown ? t('handoff.hideQr') : t('handoff.showQr')}
      </button>
      <div id={id} ref={panel} className="handoff__qr" hidden={!isShown}>
        {isShown && (
          <>
            <QrCode value={url} label={t('handoff.qrCaption')} size={size} />
            <p className="handoff__address">
              {t('handoff.qrAddress')} <bdi>{new URL(url).host}</bdi>
            </p>
          </>
        )}
      </div>
    </>
  );
}
