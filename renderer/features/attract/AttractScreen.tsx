/**
 * The attract screen: what the kiosk is, in both languages, for someone walking past. A touch
 * anywhere starts a visit in Arabic; the English button starts one in English. «استمع · Listen»,
 * the keypad's Help key, or holding a finger still on the screen for three seconds starts a visit
 * in listen mode.
 */
import { useEffect, type HTMLAttributes } from 'react';
import type { Language, Localized } from '../../../core/content/schema';
import { Icon } from '../../ui/Icon';
import { useTranslation } from 'react-i18next';
import { useLongPress, useVoices } from '../listen';

export type AttractScreenProps = {
  readonly onStart: (lang: Language) => void;
  /** Starts a visit in listen mode. */
  readonly onListen: () => void;
  /** The office's name from the kiosk settings; a general name when the office has set none. */
  readonly officeName?: Localized<string>;
  /** The staff's way in: a long press on the logo (see the staff feature). */
  readonly logoPress?: HTMLAttributes<HTMLElement>;
};

/** Resolves once the next frame has been painted (a task queued from its animation frame). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Tests and the office's tools wait on `data-ready` instead of guessing how long start-up takes:
 * it is set once the first screen is painted, with its own typeface (fonts start loading with
 * the first layout, so their arrival is awaited after that first paint).
 */
function useReadyWhenPainted(): void {
  useEffect(() => {
    void afterNextPaint()
      .then(() => document.fonts.ready)
      .then(afterNextPaint)
      .then(() => {
        document.documentElement.dataset.ready = 'true';
      });
  }, []);
}

export function AttractScreen({ onStart, onListen, officeName, logoPress }: AttractScreenProps) {
  useReadyWhenPainted();
  useLongPress(onListen, '.attract');
  const voices = useVoices();
  const canListen = voices.ar !== undefined || voices.en !== undefined;
  // The attract screen speaks both languages at once, whatever the current one is.
  const { i18n } = useTranslation();
  const tAr = i18n.getFixedT('ar');
  const tEn = i18n.getFixedT('en');
  return (
    <main className="attract" onClick={() => onStart('ar')}>
      <div className="attract__brand">
        <span
          className="brand-mark brand-mark--large"
          aria-hidden="true"
          data-logo=""
          {...logoPress}
        >
          {tAr('app.brand')}
        </span>
        <p className="attract__office">{officeName?.ar ?? tAr('app.office')}</p>
      </div>
      <div className="attract__welcome">
        <h1 className="attract__title">
          {tAr('attract.welcome')}
          <span lang="en" dir="ltr" className="attract__title-en">
            {tEn('attract.welcome')}
          </span>
        </h1>
        <p className="attract__headline">{tAr('attract.headline')}</p>
        <p className="attract__headline attract__headline--en" lang="en" dir="ltr">
          {tEn('attract.headline')}
        </p>
      </div>
      <div className="attract__touch" aria-hidden="true">
        <Icon name="hand" className="attract__hand" />
        <span>{tAr('attract.touchToStart')}</span>
        <span lang="en" dir="ltr">
          {tEn('attract.touchToStart')}
        </span>
      </div>
      <div
        className="attract__languages"
        role="group"
        aria-label={`${tAr('attract.chooseLanguage')} / ${tEn('attract.chooseLanguage')}`}
      >
        <button
          type="button"
          className="button button--primary button--huge"
          lang="ar"
          onClick={(event) => {
            event.stopPropagation();
            onStart('ar');
          }}
        >
          {tAr('attract.startArabic')}
        </button>
        <button
          type="button"
          className="button button--secondary button--huge"
          lang="en"
          dir="ltr"
          onClick={(event) => {
            event.stopPropagation();
            onStart('en');
          }}
        >
          {tEn('attract.startEnglish')}
        </button>
        <button
          type="button"
          className="button button--secondary button--huge attract__listen-button"
          aria-disabled={!canListen}
          aria-describedby={canListen ? undefined : 'attract-listen-note'}
          onClick={(event) => {
            event.stopPropagation();
            if (canListen) onListen();
          }}
        >
          <Icon name="speaker" />
          <span>{tAr('listen.start')}</span>
          <span aria-hidden="true">·</span>
          <span lang="en" dir="ltr">
            {tEn('listen.start')}
          </span>
        </button>
      </div>
      {!canListen && (
        <p className="attract__listen-note" id="attract-listen-note">
          <span>{tAr('listen.noSpeech')}</span>
          <span lang="en" dir="ltr">
            {tEn('listen.noSpeech')}
          </span>
        </p>
      )}
      <p className="attract__privacy">
        <Icon name="shield" />
        <span>{tAr('attract.privacy')}</span>
        <span lang="en" dir="ltr">
          {tEn('attract.privacy')}
        </span>
      </p>
    </main>
  );
}
