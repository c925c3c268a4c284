import { describe, expect, it, vi } from 'vitest';
import { swallowClickOf } from '../../../renderer/features/idle/useModalDialog';

/** A window stand-in: events and timers, as much of `Window` as the guard uses. */
function fakeWindow() {
  const target = new EventTarget();
  return Object.assign(target, {
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
  }) as unknown as Window;
}

function pointer(type: string, pointerId: number): Event {
  return Object.assign(new Event(type, { cancelable: true }), { pointerId });
}

/** Dispatches a click the way a page's own handler would see it; true if the handler ran. */
function click(win: Window): boolean {
  const handler = vi.fn();
  win.addEventListener('click', handler);
  win.dispatchEvent(new Event('click', { cancelable: true }));
  win.removeEventListener('click', handler);
  return handler.mock.calls.length > 0;
}

describe('a touch that closes a kiosk question', () => {
  it('presses nothing underneath: the click that ends the same touch is swallowed', () => {
    const win = fakeWindow();
    swallowClickOf(7, win);
    win.dispatchEvent(pointer('pointerup', 7));
    expect(click(win)).toBe(false);
  });

  it('never swallows a later tap', async () => {
    const win = fakeWindow();
    swallowClickOf(7, win);
    win.dispatchEvent(pointer('pointerup', 7));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(click(win)).toBe(true);
  });

  it('leaves another finger’s tap alone, and waits for this touch to end', () => {
    const win = fakeWindow();
    swallowClickOf(7, win);
    win.dispatchEvent(pointer('pointerup', 8));
    expect(click(win)).toBe(true);
    win.dispatchEvent(pointer('pointerup', 7));
    expect(click(win)).toBe(false);
  });
});
