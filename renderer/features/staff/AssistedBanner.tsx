/**
 * Shown on every screen of an assisted visit: whose help it is, a short note, and the end (which
 * asks for the outcome). Policy: an assisted visit cannot end without an outcome; notes keep only
 * the words the kiosk knows (the same filter as search text), so names and numbers never stay.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentBundle } from '../../../core/content/schema';
import { searchVocabularyFor, toStoredSearchText } from '../../../core/privacy/searchText';
import type { VisitRecorder } from '../../visit/recorder';
import { NoteDialog } from './NoteDialog';

export type AssistedBannerProps = {
  readonly staffName: string;
  readonly recorder: VisitRecorder;
  readonly content: ContentBundle;
  /** Asks to end the visit: the shell then asks for the outcome (`OutcomeDialog`). */
  readonly onEndRequest: () => void;
};

/** The note as it will be stored: only the words the kiosk knows (pure). */
export function storedNote(text: string, content: ContentBundle): string {
  return text.trim() === '' ? '' : toStoredSearchText(text, searchVocabularyFor(content));
}

export function AssistedBanner({
  staffName,
  recorder,
  content,
  onEndRequest,
}: AssistedBannerProps) {
  const { t } = useTranslation();
  const [isNoting, setIsNoting] = useState(false);
  const [status, setStatus] = useState('');
  return (
    <>
      <aside className="assisted-banner" aria-label={t('staff.banner.label')}>
        <p className="assisted-banner__text">{t('staff.banner.text', { name: staffName })}</p>
        <p className="visually-hidden" role="status">
          {status}
        </p>
        <div className="assisted-banner__actions">
          <button type="button" className="button" onClick={() => setIsNoting(true)}>
            {t('staff.banner.addNote')}
          </button>
          <button type="button" className="button" onClick={onEndRequest}>
            {t('staff.banner.end')}
          </button>
        </div>
      </aside>
      {isNoting && (
        <NoteDialog
          keep={(text) => storedNote(text, content)}
          onSave={(kept) => {
            if (kept !== '') recorder.record('staff-note', { text: kept });
            setStatus(t('staff.note.saved'));
            setIsNoting(false);
          }}
          onCancel={() => setIsNoting(false)}
        />
      )}
    </>
  );
}
