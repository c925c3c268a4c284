/**
 * A visitor at the kiosk's USB keypad (EZ Access) or keyboard, with no touch at all: Up and Down
 * move the focus, Enter presses what has it, Backspace is Back (see renderer/app/keypad.ts).
 * Every key press is counted, so a test can say how many presses a task takes. The driver only
 * presses keys and reads the page; it never clicks, taps, fills or focuses anything itself.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

/** The keypad's keys, and the keyboard's Escape. */
export type KeypadKey = 'ArrowUp' | 'ArrowDown' | 'Enter' | 'Backspace' | 'Escape' | 'F1';

/**
 * How many presses of Up or Down a visitor makes looking for a control before giving up. The
 * longest screen (the search with its keyboard and results) has fewer than 80 stops.
 */
const patience = 120;

/** The focus ring a visitor must see: any line style, at least this wide. */
const minimumRingWidth = 4;

/**
 * Where the focus went, each stop once in a row ("button «q» ×3"), and once round the screen
 * only: a stop met again ends the list.
 */
function describeTrail(stops: readonly string[]): string {
  const runs: { stop: string; times: number }[] = [];
  for (const stop of stops) {
    const last = runs[runs.length - 1];
    if (last?.stop === stop) {
      last.times += 1;
    } else if (runs.some((earlier) => earlier.stop === stop)) {
      return `${describeRuns(runs)} → ${stop} (round again)`;
    } else {
      runs.push({ stop, times: 1 });
    }
  }
  return describeRuns(runs);
}

function describeRuns(runs: readonly { stop: string; times: number }[]): string {
  return runs.map(({ stop, times }) => (times > 1 ? `${stop} ×${times}` : stop)).join(' → ');
}

export function keysDriver(page: Page) {
  let presses = 0;
  const heading = page.getByRole('heading', { level: 1 });

  /** True when the focused element is one of `target`'s matches, and what has the focus. */
  const focusOn = (target: Locator) =>
    target.evaluateAll((matches) => {
      const active = document.activeElement;
      const isOn = matches.some((match) => match === active);
      if (active === null || active === document.body) return { isOn, now: 'nothing' };
      const label = active instanceof HTMLInputElement ? active.labels?.[0]?.textContent : null;
      const name = active.getAttribute('aria-label') ?? label ?? active.textContent ?? '';
      const text = name.replace(/\s+/g, ' ').trim().slice(0, 40);
      return { isOn, now: `${active.tagName.toLowerCase()} «${text}»` };
    });

  /**
   * What keeps the visitor from seeing the focus on `target`, or '' when nothing does: it must be
   * on screen, its centre not covered by anything else, and ringed (a radio's ring is drawn on
   * the row that labels it).
   */
  const focusProblem = (target: Locator) =>
    target.evaluateAll((matches, minimumWidth) => {
      const focused = matches.find((match) => match === document.activeElement);
      if (!focused) return 'it has lost the focus';
      const box = focused.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) {
        return 'it is off screen';
      }
      const hit = document.elementFromPoint(x, y);
      const label = focused instanceof HTMLInputElement ? focused.labels?.[0] : undefined;
      if (hit === null || !(focused.contains(hit) || label?.contains(hit) === true)) {
        return `it is covered by <${hit?.tagName.toLowerCase() ?? 'nothing'}>`;
      }
      const rings = [focused, label].flatMap((element) => {
        if (!element) return [];
        const style = getComputedStyle(element);
        return style.outlineStyle === 'none'
          ? []
          : [
              {
                element,
                width: parseFloat(style.outlineWidth),
                reach:
                  parseFloat(style.outlineWidth) + Math.max(0, parseFloat(style.outlineOffset)),
              },
            ];
      });
      const seen = rings.filter((candidate) => candidate.width >= minimumWidth);
      if (seen.length === 0) return 'it has no visible focus ring';
      // Every ring is seen whole: its top and bottom edges are not under a bar pinned to the
      // screen (a radio's row, which carries its ring, as much as the radio itself).
      const pinnedAt = (y: number) => {
        let node = document.elementFromPoint(x, y);
        while (node && node !== document.documentElement) {
          const position = getComputedStyle(node).position;
          if ((position === 'fixed' || position === 'sticky') && !node.contains(focused)) {
            return node;
          }
          node = node.parentElement;
        }
        return null;
      };
      for (const ring of seen) {
        const ringBox = ring.element.getBoundingClientRect();
        for (const y of [ringBox.top - ring.reach + 2, ringBox.bottom + ring.reach - 2]) {
          if (y < 0 || y >= window.innerHeight) return 'its focus ring runs off the screen';
          const bar = pinnedAt(y);
          if (bar) return `its focus ring is under a pinned <${bar.tagName.toLowerCase()}>`;
        }
      }
      return '';
    }, minimumRingWidth);

  const keys = {
    /** Presses so far in this test. */
    get presses() {
      return presses;
    },

    async press(key: KeypadKey) {
      await page.keyboard.press(key);
      presses += 1;
    },

    /** Types on a physical keyboard: one press per character. */
    async type(text: string) {
      await page.keyboard.type(text);
      presses += [...text].length;
    },

    /**
     * Presses `key` (Up or Down) until `target` has the focus, as a visitor watching the focus
     * ring would; fails, naming the controls passed, when it never comes.
     */
    async walkTo(key: 'ArrowUp' | 'ArrowDown', target: Locator) {
      const passed: string[] = [];
      for (let count = 0; ; count += 1) {
        const focus = await focusOn(target);
        if (focus.isOn) break;
        passed.push(focus.now);
        if (count === patience) {
          throw new Error(
            `${key} pressed ${patience} times without reaching ${target.toString()}; ` +
              `the focus was on: ${describeTrail(passed)}`,
          );
        }
        await keys.press(key);
      }
      await expect(target).toBeFocused();
      // The visitor sees where the focus is: on screen, not under the pinned bars, ringed.
      await expect
        .poll(() => focusProblem(target), { message: `the focus on ${target.toString()}` })
        .toBe('');
    },

    /** Down until `target` has the focus (wrapping past the last control if need be). */
    async downTo(target: Locator) {
      await keys.walkTo('ArrowDown', target);
    },

    /**
     * Up or Down to `target`, whichever way it lies on the screen from the focus, as a visitor
     * who sees the key they want does.
     */
    async moveTo(target: Locator) {
      const isAbove = await target
        .first()
        .evaluate(
          (element) =>
            document.activeElement !== null &&
            document.activeElement !== document.body &&
            (element.compareDocumentPosition(document.activeElement) &
              Node.DOCUMENT_POSITION_FOLLOWING) !==
              0,
        );
      await keys.walkTo(isAbove ? 'ArrowUp' : 'ArrowDown', target);
    },

    /** Moves to `target` and presses Enter on it. */
    async activate(target: Locator) {
      await keys.moveTo(target);
      await keys.press('Enter');
    },

    /**
     * Types `text` on an on-screen keyboard or keypad with keys alone: for each character, to its
     * key, then Enter; `field` then shows `shows(typed so far)`.
     */
    async typeOn(
      keyboard: Locator,
      text: string,
      field: Locator,
      shows: (typed: string) => string = (typed) => typed,
    ) {
      let typed = '';
      for (const char of text) {
        const key = keyboard.getByRole('button', { name: char, exact: true });
        await keys.activate(key);
        typed += char;
        await expect(field).toHaveValue(shows(typed));
        await expect(key).toBeFocused();
      }
    },

    /**
     * A new screen has come: its heading reads `title`, has the focus (where a keypad starts),
     * is on screen, and shows a focus ring.
     */
    async expectScreen(title: string | RegExp) {
      await expect(heading).toHaveText(title);
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
      const ring = await heading.evaluate((element) => {
        const style = getComputedStyle(element);
        return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      expect(ring.style, `focus ring of «${String(title)}»`).not.toBe('none');
      expect(ring.width, `focus ring of «${String(title)}»`).toBeGreaterThanOrEqual(
        minimumRingWidth,
      );
    },

    /** Attaches the presses so far to the test: "<flow> (<lang>): <n>". */
    report(flow: string, lang: string) {
      test.info().annotations.push({
        type: 'key presses',
        description: `${flow} (${lang}): ${presses}`,
      });
    },
  };
  return keys;
}
