/**
 * The frame of every screen in a visit: Back, the title (focused on arrival so screen readers
 * announce the new screen, and so a keypad starts there), an optional line of introduction, then
 * the content. In listen mode it says the title and the screen's purpose when it opens (and again
 * in the other language after a switch). While it is shown, it keeps the reach of the pinned bars
 * up to date (see pinnedReach.ts), so no control stays hidden under them.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useListen } from '../features/listen';
import { Icon } from '../ui/Icon';
import { isUsingKeys } from '../ui/inputModality';
import { useKiosk } from '../visit/context';
import { usePinnedReach } from './pinnedReach';

export type ScreenLayoutProps = {
  readonly title: string;
  readonly intro?: string;
  readonly children: ReactNode;
  /** Small line above the title, e.g. the category of an answer. */
  readonly eyebrow?: string;
  /**
   * False when the screen puts a touch user's focus elsewhere on arrival (the search field); a
   * keypad user always starts at the title.
   */
  readonly focusTitle?: boolean;
  /** What listen mode says the screen is for; by default the intro, or the route's purpose. */
  readonly purpose?: string;
  /** Text listen mode reads after the purpose, paragraph by paragraph (an answer). */
  readonly read?: readonly string[];
};

export function ScreenLayout({
  title,
  intro,
  eyebrow,
  focusTitle = true,
  purpose,
  read,
  children,
}: ScreenLayoutProps) {
  const { t } = useTranslation();
  const { back, canGoBack, route } = useKiosk();
  const { announceScreen } = useListen();
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  usePinnedReach(section);

  // On arrival only (each screen mounts afresh): a language switch changes the title but must
  // leave focus and scroll where the visitor is.
  useEffect(() => {
    window.scrollTo({ top: 0 });
    if (focusTitle || isUsingKeys()) heading.current?.focus({ preventScroll: true });
  }, [focusTitle]);

  // Listen mode's own sentence on what the screen is for suits a listener better than the intro.
  const spokenPurpose =
    purpose ?? (t(`listen.purpose.${route.name}`, { defaultValue: '' }) || intro || '');
  const readText = read?.join('\n');
  useEffect(() => {
    announceScreen({
      title,
      purpose: spokenPurpose,
      ...(readText === undefined ? {} : { read: readText.split('\n') }),
    });
  }, [announceScreen, title, spokenPurpose, readText]);

  return (
    <section className="screen" aria-labelledby="screen-title" ref={section}>
      {canGoBack && (
        <button type="button" className="button button--back" onClick={back}>
          <Icon name="back" isDirectional />
          {t('nav.back')}
        </button>
      )}
      {eyebrow !== undefined && <p className="screen__eyebrow">{eyebrow}</p>}
      <h1 id="screen-title" className="screen__title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {intro !== undefined && <p className="screen__intro">{intro}</p>}
      {children}
    </section>
  );
}
