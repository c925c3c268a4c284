/**
 * The kiosk's on-screen keyboard (the kiosk has no physical one): big keys, one layer per language,
 * a digits layer, and labelled keys for space, delete, clear and the language switch.
 *
 * Keys never take focus from the text field (pointerdown is cancelled), so the field keeps its
 * focus and caret; each key acts on click, like any button, so a finger that slides off a key
 * before lifting does not type. No key repeat on long press: elderly users often press long.
 */
import { useState, type ReactNode } from 'react';
import { keepFocus } from './keepFocus';
import { BackspaceGlyph, DigitFace, digitKeyAttributes } from './NumericKeypad';
import {
  digitRows,
  letterRows,
  otherLayout,
  type KeyboardKey,
  type KeyboardLayoutId,
  type KeyRows,
  type TextKey,
} from './keyboardLayouts';
import './keyboard.css';

/** Every visible word on the keyboard, already translated into the UI language. */
export type OnScreenKeyboardLabels = {
  readonly space: string;
  readonly backspace: string;
  readonly clear: string;
  /** On the letters ⇄ digits key while letters are shown, e.g. "١٢٣ أرقام". */
  readonly digits: string;
  /** On the same key while digits are shown, e.g. "حروف". */
  readonly letters: string;
  readonly switchToArabic: string;
  readonly switchToEnglish: string;
  /** Accessible name of the whole keyboard group. */
  readonly keyboard: string;
};

export type OnScreenKeyboardProps = {
  readonly layout: KeyboardLayoutId;
  /**
   * Called for keys that change the text (`char`, `space`, `backspace`, `clear`); pass them to
   * `applyKey`. The digits key is handled inside, the language key through `onLayoutChange`.
   */
  readonly onKey: (key: KeyboardKey) => void;
  readonly onLayoutChange: (layout: KeyboardLayoutId) => void;
  readonly labels: OnScreenKeyboardLabels;
  /** The field the keys type into, for listen mode to say what a key did. */
  readonly fieldId?: string;
};

type KeyButtonProps = {
  readonly className: string;
  readonly onPress: () => void;
  readonly ariaLabel?: string;
  /** Data attributes saying what the key types (see `keyEcho` in listen mode). */
  readonly marks?: Readonly<Record<string, string | number>>;
  readonly children: ReactNode;
};

function KeyButton({ className, onPress, ariaLabel, marks, children }: KeyButtonProps) {
  return (
    <button
      type="button"
      className={className}
      aria-label={ariaLabel}
      {...marks}
      onPointerDown={keepFocus}
      onClick={onPress}
    >
      {children}
    </button>
  );
}

function widestRow(rows: KeyRows): number {
  return Math.max(...rows.map((row) => row.length));
}

/**
 * The on-screen keyboard as a block the screen places (in normal flow, above the toolbar). About
 * 500 px tall on a 1080 px wide screen: five rows of 84 px keys. Arabic is laid out right to left.
 */
export function OnScreenKeyboard({
  layout,
  onKey,
  onLayoutChange,
  labels,
  fieldId,
}: OnScreenKeyboardProps) {
  const [isDigits, setIsDigits] = useState(false);
  const rows = isDigits ? digitRows : letterRows(layout);
  const press = (key: TextKey) => () => onKey(key);

  return (
    <div
      className="osk"
      role="group"
      aria-label={labels.keyboard}
      dir={layout === 'ar' ? 'rtl' : 'ltr'}
      data-layout={layout}
      data-field={fieldId}
    >
      <div
        className={`osk__keys${isDigits ? ' osk__keys--digits' : ''}`}
        data-columns={widestRow(rows)}
        // Digits read 1 2 3 left to right in Arabic too, as on every phone keypad.
        dir={isDigits ? 'ltr' : undefined}
        lang={isDigits ? undefined : layout}
      >
        {rows.map((row, rowIndex) => (
          <div className="osk__row" key={row.join('')}>
            {row.map((char, columnIndex) =>
              isDigits ? (
                <KeyButton
                  key={char}
                  className="osk__key osk__key--digit"
                  ariaLabel={char}
                  marks={digitKeyAttributes({ row: rowIndex + 1, column: columnIndex + 1 })}
                  onPress={press({ kind: 'char', char })}
                >
                  <DigitFace digit={char} />
                </KeyButton>
              ) : (
                <KeyButton
                  key={char}
                  className="osk__key osk__key--char"
                  marks={{ 'data-key': 'char' }}
                  onPress={press({ kind: 'char', char })}
                >
                  {char}
                </KeyButton>
              ),
            )}
          </div>
        ))}
      </div>

      <div className="osk__actions">
        <KeyButton
          className="osk__key osk__key--special osk__key--mode"
          onPress={() => setIsDigits((current) => !current)}
        >
          {isDigits ? labels.letters : labels.digits}
        </KeyButton>
        <KeyButton
          className="osk__key osk__key--special osk__key--language"
          onPress={() => {
            // Someone switching language wants letters, whatever layer was showing.
            setIsDigits(false);
            onLayoutChange(otherLayout(layout));
          }}
        >
          {/* Letters, not a globe: the toolbar's globe changes the whole screen's language. */}
          <span>{layout === 'ar' ? labels.switchToEnglish : labels.switchToArabic}</span>
        </KeyButton>
        <KeyButton
          className="osk__key osk__key--space"
          marks={{ 'data-key': 'space' }}
          onPress={press({ kind: 'space' })}
        >
          {labels.space}
        </KeyButton>
        <KeyButton
          className="osk__key osk__key--special osk__key--clear"
          marks={{ 'data-key': 'clear' }}
          onPress={press({ kind: 'clear' })}
        >
          {labels.clear}
        </KeyButton>
        <KeyButton
          className="osk__key osk__key--special osk__key--backspace"
          marks={{ 'data-key': 'backspace' }}
          onPress={press({ kind: 'backspace' })}
        >
          <BackspaceGlyph />
          <span>{labels.backspace}</span>
        </KeyButton>
      </div>
    </div>
  );
}
