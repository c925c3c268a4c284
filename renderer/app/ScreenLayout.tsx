/**
 * The frame of every screen in a visit: Back, the title (focused on arrival so screen readers
 * announce the new screen), an optional line of introduction, then the content. While it is
 * shown, it keeps the reach of the pinned bars up to date (see pinnedReach.ts), so no control
 * stays hidden under them.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../ui/Icon';
import { useKiosk } from '../visit/context';
import { usePinnedReach } from './pinnedReach';

export type ScreenLayoutProps = {
  readonly title: string;
  readonly intro?: string;
  readonly children: ReactNode;
  /** Small line above the title, e.g. the category of an answer. */
  readonly eyebrow?: string;
  /** False when the screen puts focus elsewhere on arrival (the search field). */
  readonly focusTitle?: boolean;
};

export function ScreenLayout({
  title,
  intro,
  eyebrow,
  focusTitle = true,
  children,
}: ScreenLayoutProps) {
  const { t } = useTranslation();
  const { back, canGoBack } = useKiosk();
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  usePinnedReach(section);

  // On arrival only (each screen mounts afresh): a language switch changes the title but must
  // leave focus and scroll where the visitor is.
  useEffect(() => {
    window.scrollTo({ top: 0 });
    if (focusTitle) heading.current?.focus({ preventScroll: true });
  }, [focusTitle]);

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
