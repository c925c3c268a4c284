/**
 * Always-visible tools, at the bottom of the screen where every visitor (standing, seated or in
 * a wheelchair) can reach them: start over, language, text size, contrast.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/content/schema';
import { Icon } from '../ui/Icon';

export type TextSize = 1 | 2 | 3;

export type ToolbarProps = {
  readonly lang: Language;
  readonly textSize: TextSize;
  readonly isHighContrast: boolean;
  readonly onStartOver: () => void;
  readonly onSwitchLanguage: () => void;
  readonly onTextSize: (size: TextSize) => void;
  readonly onContrast: (isHighContrast: boolean) => void;
};

export function nextTextSize(size: TextSize): TextSize {
  return size === 3 ? 1 : ((size + 1) as TextSize);
}

export function Toolbar(props: ToolbarProps) {
  const { t } = useTranslation();
  const other: Language = props.lang === 'ar' ? 'en' : 'ar';
  return (
    <nav className="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" className="toolbar__button" onClick={props.onStartOver}>
        <Icon name="restart" />
        <span>{t('toolbar.startOver')}</span>
      </button>
      <button
        type="button"
        className="toolbar__button"
        onClick={props.onSwitchLanguage}
        aria-label={t('toolbar.switchLanguage')}
      >
        <Icon name="globe" />
        <span lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
          {t(`lang.${other}`)}
        </span>
      </button>
      <button
        type="button"
        className="toolbar__button"
        onClick={() => props.onTextSize(nextTextSize(props.textSize))}
      >
        <Icon name="textSize" />
        <span>{t('toolbar.textSize', { size: t(`toolbar.sizes.${props.textSize}`) })}</span>
      </button>
      <button
        type="button"
        className="toolbar__button"
        aria-pressed={props.isHighContrast}
        onClick={() => props.onContrast(!props.isHighContrast)}
      >
        <Icon name="contrast" />
        <span>{t('toolbar.contrast')}</span>
      </button>
    </nav>
  );
}
