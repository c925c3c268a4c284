/**
 * Pause and repeat for a text being read paragraph by paragraph; once paused, Carry on, which
 * starts again at the beginning of the paragraph where it stopped (a voice cannot resume in the
 * middle of a sentence on every system). In listen mode any move of the focus pauses the reading,
 * so a listener mostly meets Carry on.
 */
import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';
import type { Reading } from './ListenProvider';

export type ReadingControlsProps = {
  readonly reading: Reading;
  readonly onPause: () => void;
  readonly onResume: () => void;
  /** Reads the current paragraph again from its start. */
  readonly onRepeat: () => void;
};

export function ReadingControls({ reading, onPause, onResume, onRepeat }: ReadingControlsProps) {
  const { t } = useTranslation();
  const place = t('listen.readingPlace', {
    index: reading.index + 1,
    total: reading.lines.length,
  });
  return (
    <div className="reading-controls" role="group" aria-label={place}>
      <p className="reading-controls__place" aria-hidden="true">
        {place}
      </p>
      {reading.isPaused ? (
        <button type="button" className="button button--secondary" onClick={onResume}>
          <Icon name="speaker" />
          {t('listen.resume')}
        </button>
      ) : (
        <>
          <button type="button" className="button button--secondary" onClick={onPause}>
            <Icon name="stop" />
            {t('listen.pause')}
          </button>
          <button type="button" className="button button--secondary" onClick={onRepeat}>
            <Icon name="restart" />
            {t('listen.repeat')}
          </button>
        </>
      )}
    </div>
  );
}
