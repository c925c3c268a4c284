/**
 * A labelled text field with the kiosk's on-screen keyboard under it (the kiosk has no physical
 * keyboard; one attached for staff works too). Used by the staff screens for names, notes and the
 * office's details.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../core/content/schema';
import { OnScreenKeyboard } from '../../ui/OnScreenKeyboard';
import { applyKey, type KeyboardLayoutId } from '../../ui/keyboardLayouts';
import { keyboardLabels } from '../../i18n/keyboardLabels';

export type TextEntryProps = {
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength: number;
  /** The keyboard layout shown first. */
  readonly layout: Language;
  readonly isMultiline?: boolean;
  /** Shows the keyboard; several fields on one screen show it for the one being edited. */
  readonly hasKeyboard?: boolean;
  readonly onFocus?: () => void;
  readonly error?: string;
  /** `dir` of the field: Arabic text right to left, English and phone numbers left to right. */
  readonly dir?: 'rtl' | 'ltr' | 'auto';
  /** Shown between the field and the keyboard (what is kept, the answers), so they stay in view. */
  readonly children?: ReactNode;
};

export function TextEntry({
  label,
  hint,
  value,
  onChange,
  maxLength,
  layout: firstLayout,
  isMultiline = false,
  hasKeyboard = true,
  onFocus,
  error,
  dir = 'auto',
  children,
}: TextEntryProps) {
  const { t } = useTranslation();
  const id = useId();
  const [layout, setLayout] = useState<KeyboardLayoutId>(firstLayout);
  const describedBy =
    [hint === undefined ? '' : `${id}-hint`, error === undefined ? '' : `${id}-error`]
      .filter(Boolean)
      .join(' ') || undefined;
  const fieldProps = {
    id,
    value,
    dir,
    maxLength,
    'aria-describedby': describedBy,
    'aria-invalid': error === undefined ? undefined : true,
    onFocus,
    className: 'text-entry__field',
    autoComplete: 'off',
    spellCheck: false,
  } as const;
  return (
    <div className="text-entry">
      <label className="text-entry__label" htmlFor={id}>
        {label}
      </label>
      {hint !== undefined && (
        <p className="text-entry__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {isMultiline ? (
        <textarea {...fieldProps} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...fieldProps} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
      {error !== undefined && (
        <p className="text-entry__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
      {children}
      {hasKeyboard && (
        <OnScreenKeyboard
          layout={layout}
          onLayoutChange={setLayout}
          onKey={(key) => onChange(applyKey(value, key).slice(0, maxLength))}
          labels={keyboardLabels(t)}
        />
      )}
    </div>
  );
}
