/**
 * How far the bars pinned to the screen's edges (the toolbar, the search keyboard, a sticky
 * Continue bar, a sticky masthead) reach into it, measured while a screen is shown.
 *
 * Policy: nothing the visitor can touch stays hidden under a pinned bar. The reach is published on
 * <html> as CSS custom properties; kiosk.css turns them into scroll padding (so the browser
 * scrolls a control, or the focused field, clear of the bars) and into space at the end of the
 * page (so the last control can be scrolled above them). Measured, not assumed: the bars' heights
 * change with the text size, the language and the orientation.
 */
import { useLayoutEffect, type RefObject } from 'react';

/** How far bars pinned to the screen's top and bottom edges reach into it, in CSS pixels. */
export type PinnedReach = {
  /** Fixed or sticky bars at the top (a sticky masthead). */
  readonly blockStart: number;
  /** Fixed or sticky bars at the bottom (toolbar, keyboard, sticky Continue bar). */
  readonly blockEnd: number;
  /** Fixed bars at the bottom only: out of the page's flow, the page must leave room for them. */
  readonly fixedBlockEnd: number;
  /**
   * The fixed bar on the bottom edge itself (the toolbar), as tall as its words make it: the
   * keyboard and sticky bars stand on it.
   */
  readonly edgeBlockEnd: number;
};

/**
 * A pinned bar as the layout sees it: `position`, its `top` and `bottom` insets (`auto` when
 * unset), its box, and whether it sits over the screen's content column (a keyboard panel beside
 * the content in landscape does not).
 */
export type PinnedBox = {
  readonly position: string;
  readonly top: string;
  readonly bottom: string;
  readonly height: number;
  readonly overlapsContent: boolean;
};

/** The reach of every bar pinned over the content; pure, so it can be tested without a screen. */
export function pinnedReach(boxes: readonly PinnedBox[]): PinnedReach {
  let blockStart = 0;
  let blockEnd = 0;
  let fixedBlockEnd = 0;
  let edgeBlockEnd = 0;
  for (const box of boxes) {
    const isFixed = box.position === 'fixed';
    if ((!isFixed && box.position !== 'sticky') || !box.overlapsContent) continue;
    if (box.bottom !== 'auto') {
      const reach = (parseFloat(box.bottom) || 0) + box.height;
      blockEnd = Math.max(blockEnd, reach);
      if (isFixed) fixedBlockEnd = Math.max(fixedBlockEnd, reach);
      if (isFixed && reach === box.height) edgeBlockEnd = Math.max(edgeBlockEnd, box.height);
    } else if (box.top !== 'auto') {
      blockStart = Math.max(blockStart, (parseFloat(box.top) || 0) + box.height);
    }
  }
  return { blockStart, blockEnd, fixedBlockEnd, edgeBlockEnd };
}

/** Every fixed or sticky element on the page, outside dialogs (a modal covers all on purpose). */
function measurePinned(content: DOMRect): { boxes: PinnedBox[]; elements: Element[] } {
  const boxes: PinnedBox[] = [];
  const elements: Element[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(element);
    if (style.position !== 'fixed' && style.position !== 'sticky') continue;
    if (element.closest('dialog') !== null) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    elements.push(element);
    boxes.push({
      position: style.position,
      top: style.top,
      bottom: style.bottom,
      height: box.height,
      overlapsContent: box.left < content.right && box.right > content.left,
    });
  }
  return { boxes, elements };
}

const reachProperties = {
  blockStart: '--pinned-block-start',
  blockEnd: '--pinned-block-end',
  fixedBlockEnd: '--fixed-block-end',
  edgeBlockEnd: '--toolbar-block-size',
} as const satisfies Record<keyof PinnedReach, string>;

/**
 * Keeps the reach of the pinned bars (`reachProperties`) on <html> up to date while the screen is
 * shown: on arrival, when the screen or a bar changes size (text size, a keyboard layer, an
 * error) and when the screen turns.
 */
export function usePinnedReach(screen: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const observed = new Set<Element>();
    let last = '';
    const update = () => {
      const section = screen.current;
      if (!section) return;
      const { boxes, elements } = measurePinned(section.getBoundingClientRect());
      const reach = pinnedReach(boxes);
      const next = JSON.stringify(reach);
      if (next !== last) {
        last = next;
        for (const [key, name] of Object.entries(reachProperties)) {
          const value = reach[key as keyof PinnedReach];
          // No bar on the bottom edge (yet): the stylesheet's planned toolbar height stands.
          if (key === 'edgeBlockEnd' && value === 0) root.style.removeProperty(name);
          else root.style.setProperty(name, `${value}px`);
        }
      }
      for (const element of elements) {
        if (observed.has(element)) continue;
        observed.add(element);
        observer.observe(element);
      }
    };
    const observer = new ResizeObserver(update);
    if (screen.current) observer.observe(screen.current);
    window.addEventListener('resize', update);
    update();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
      for (const name of Object.values(reachProperties)) root.style.removeProperty(name);
    };
  }, [screen]);
}
