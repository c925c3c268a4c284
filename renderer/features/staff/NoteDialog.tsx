/**
 * A staff member's note on an assisted visit, typed on the on-screen keyboard. The dialog shows,
 * as it is typed, exactly what will be kept, so the staff member sees names and numbers go.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/content/schema';
import { capSearchField } from '../../../core/privacy/searchText';
import { ModalQuestion, dialogAction } from '../idle';
import { TextEntry } from './TextEntry';

export type NoteDialogProps = {
  /** What would be stored of a text. */
  readonly keep: (text: string) => string;
  readonly onSave: (kept: string) => void;
  readonly onCancel: () => void;
};

export function NoteDialog({ keep, onSave, onCancel }: NoteDialogProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const kept = keep(text);
  return (
    <ModalQuestion
      id="staff-note"
      icon="info"
      title={t('staff.note.title')}
      body={t('staff.note.intro')}
      onEscape={onCancel}
    >
      <div className="note-dialog">
        <TextEntry
          label={t('staff.note.field')}
          value={text}
          onChange={(value) => setText(capSearchField(value))}
          maxLength={80}
          layout={(i18n.language === 'en' ? 'en' : 'ar') as Language}
        >
          <p className="note-kept" aria-live="polite">
            <strong>{t('staff.note.kept')}: </strong>
            {kept === '' ? t('staff.note.nothingKept') : kept}
          </p>
          <div className="dialog-actions">
            <button
              type="button"
              className="button button--primary"
              {...dialogAction}
              disabled={kept === ''}
              onClick={() => onSave(kept)}
            >
              {t('staff.note.save')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              {...dialogAction}
              onClick={onCancel}
            >
              {t('staff.note.cancel')}
            </button>
          </div>
        </TextEntry>
      </div>
    </ModalQuestion>
  );
}
