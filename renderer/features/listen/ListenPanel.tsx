/**
 * While listen mode is on, a panel at the top of the screen (in the page's flow, never pinned over
 * it) says so, offers pause and repeat while a text is read, the speaking speed, and Stop. Where
 * the displayed language has no voice, it says why nothing is spoken and offers the staff member.
 */
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { useListen } from './ListenProvider';
import { ReadingControls } from './ReadingControls';
import { speechRates } from './speaker';
import './listen.css';

export function ListenPanel() {
  const { t } = useTranslation();
  const listen = useListen();
  if (!listen.isOn) return null;
  const atMin = listen.rate <= speechRates.min;
  const atMax = listen.rate >= speechRates.max;
  return (
    <section className="listen-panel" aria-labelledby="listen-panel-title">
      <h2 id="listen-panel-title" className="listen-panel__title">
        <Icon name="speaker" />
        {t('listen.panelTitle')}
      </h2>
      {!listen.hasVoice && (
        <p className="notice notice--warning listen-panel__note" id="listen-unavailable">
          <Icon name="alert" />
          <span>{t(listen.hasAnyVoice ? 'listen.unavailable' : 'listen.noSpeech')}</span>
        </p>
      )}
      <div className="listen-panel__actions">
        {listen.reading && (
          <ReadingControls
            reading={listen.reading}
            onPause={listen.pause}
            onResume={listen.resume}
            onRepeat={listen.resume}
          />
        )}
        <div className="listen-panel__rate" role="group" aria-labelledby="listen-rate-label">
          <span id="listen-rate-label" className="listen-panel__rate-label">
            {t('listen.rateGroup')}
          </span>
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={atMin}
            onClick={() => {
              if (!atMin) listen.changeRate(-1);
            }}
          >
            {t('listen.slower')}
          </button>
          <span className="listen-panel__rate-value">
            {t('listen.rateValue', { percent: Math.round(listen.rate * 100) })}
          </span>
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={atMax}
            onClick={() => {
              if (!atMax) listen.changeRate(1);
            }}
          >
            {t('listen.faster')}
          </button>
        </div>
        <button type="button" className="button button--secondary" onClick={listen.stop}>
          <Icon name="stop" />
          {t('listen.stop')}
        </button>
      </div>
    </section>
  );
}
