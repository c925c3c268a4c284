/**
 * Always-visible tools, at the bottom of the screen where every visitor (standing, seated or in
 * a wheelchair) can reach them: start over, language, text size, contrast.
 *
 * Policy: nothing moves under a finger. The language button keeps its physical place (the left
 * edge) in both languages, so the finger that switched finds it again to switch back; the text
 * size is three explicit choices, so a third tap never shrinks the text again.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/content/schema';
import { Icon } from '../ui/Icon';

export type TextSize = 1 | 2 | 3;

/** The text sizes offered, smallest first. */
export const textSizes: readonly TextSize[] = [1, 2, 3];

export type ToolbarProps = {
  readonly lang: Language;
  readonly textSize: TextSize;
  readonly isHighContrast: boolean;
  readonly onStartOver: () => void;
  readonly onSwitchLanguage: () => void;
  readonly onTextSize: (size: TextSize) => void;
  readonly onContrast: (isHighContrast: boolean) => void;
};

export function Toolbar(props: ToolbarProps) {
  const { t } = useTranslation();
  const other: Language = props.lang === 'ar' ? 'en' : 'ar';
  return (
    <nav className="toolbar" aria-label={t('toolbar.label')}>
      <button
        type="button"
        className="toolbar__button toolbar__restart"
        onClick={props.onStartOver}
      >
        <Icon name="restart" />
        <span>{t('toolbar.startOver')}</span>
      </button>
      <button
        type="button"
        className="toolbar__button toolbar__language"
        onClick={props.onSwitchLanguage}
        aria-label={t('toolbar.switchLanguage')}
      >
        <Icon name="globe" />
        <span lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
          {t(`lang.${other}`)}
        </span>
      </button>
      <div className="toolbar__sizes" role="group" aria-labelledby="toolbar-text-size">
        <span className="toolbar__sizes-label" id="toolbar-text-size">
          <Icon name="textSize" />
          {t('toolbar.textSize')}
        </span>
        <div className="toolbar__sizes-choices">
          {textSizes.map((size) => (
            <button
              key={size}
              type="button"
              className="toolbar__size"
              data-size={size}
              aria-pressed={props.textSize === size}
              onClick={() => {
                if (props.textSize !== size) props.onTextSize(size);
              }}
            >
              {t(`toolbar.sizes.${size}`)}
            </button>
          ))}
        </div>
      </div>
      <button
        type="button"
        className="toolbar__button toolbar__contrast"
        aria-pressed={props.isHighContrast}
        onClick={() => props.onContrast(!props.isHighContrast)}
      >
        <Icon name="contrast" />
        <span>{t('toolbar.contrast')}</span>
      </button>
    </nav>
  );
}
