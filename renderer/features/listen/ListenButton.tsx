/**
 * "استمع / Listen" on the home screen: starts listen mode. Without a voice for the language it
 * stays focusable (aria-disabled) and its note says why, and offers the staff member.
 */
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import { useListen } from './ListenProvider';
import './listen.css';

export function ListenButton() {
  const { t } = useTranslation();
  const listen = useListen();
  if (listen.isOn) return null;
  const noteId = 'listen-button-note';
  return (
    <div className="listen-start">
      <button
        type="button"
        className="button button--secondary button--huge listen-start__button"
        aria-disabled={!listen.hasVoice}
        aria-describedby={listen.hasVoice ? undefined : noteId}
        onClick={() => {
          if (listen.hasVoice) listen.start();
        }}
      >
        <Icon name="speaker" />
        <span>{t('listen.start')}</span>
      </button>
      {listen.hasVoice ? (
        <p className="listen-start__hint">{t('listen.startHint')}</p>
      ) : (
        <p className="listen-start__hint" id={noteId}>
          {t(listen.hasAnyVoice ? 'listen.unavailable' : 'listen.noSpeech')}
        </p>
      )}
    </div>
  );
}
