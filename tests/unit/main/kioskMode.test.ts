import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  isBlockedShortcut,
  setupDisplayAwake,
  setupKioskMenu,
  setupKioskShortcuts,
} from '../../../main/kioskMode';

const electron = vi.hoisted(() => ({
  Menu: { setApplicationMenu: vi.fn() },
  powerSaveBlocker: { start: vi.fn(() => 42) },
}));
vi.mock('electron', () => electron);

type Keys = { control?: boolean; meta?: boolean; alt?: boolean; shift?: boolean };

/** The physical key a US layout types `name` with: `KeyR` for r, `Equal` for + and =. */
function usCode(name: string): string {
  if (/^[a-z]$/iu.test(name)) return `Key${name.toUpperCase()}`;
  if (/^[0-9]$/u.test(name)) return `Digit${name}`;
  const punctuation: Record<string, string> = {
    '+': 'Equal',
    '=': 'Equal',
    '-': 'Minus',
    _: 'Minus',
  };
  return punctuation[name] ?? name;
}

function key(name: string, modifiers: Keys = {}, type = 'keyDown', code = usCode(name)) {
  return {
    type,
    key: name,
    code,
    control: false,
    meta: false,
    alt: false,
    shift: false,
    ...modifiers,
  };
}

/** What the Arabic (101) layout types on a physical key: Ctrl+R arrives as key «ق», code KeyR. */
function arabic(character: string, code: string, modifiers: Keys = {}) {
  return key(character, modifiers, 'keyDown', code);
}

describe('isBlockedShortcut', () => {
  it('blocks reload, devtools, close, quit, zoom and leaving fullscreen', () => {
    const blocked = [
      key('F5'),
      key('r', { control: true }),
      key('R', { control: true, shift: true }),
      key('r', { meta: true }),
      key('F12'),
      key('I', { control: true, shift: true }),
      key('J', { control: true, shift: true }),
      key('C', { control: true, shift: true }),
      key('i', { meta: true, alt: true }),
      key('w', { control: true }),
      key('W', { control: true, shift: true }),
      key('q', { control: true }),
      key('q', { meta: true }),
      key('F4', { alt: true }),
      key('+', { control: true }),
      key('=', { control: true }),
      key('-', { control: true }),
      key('0', { control: true }),
      key('F11'),
      key('ArrowLeft', { alt: true }),
    ];
    for (const input of blocked) expect(isBlockedShortcut(input), JSON.stringify(input)).toBe(true);
  });

  it('blocks the same shortcuts typed on an Arabic keyboard layout', () => {
    const blocked = [
      arabic('ق', 'KeyR', { control: true }),
      arabic('ق', 'KeyR', { meta: true }),
      arabic('ص', 'KeyW', { control: true }),
      arabic('ض', 'KeyQ', { control: true }),
      arabic('ى', 'KeyN', { control: true }),
      arabic('ف', 'KeyT', { control: true }),
      arabic('ح', 'KeyP', { control: true }),
      arabic('خ', 'KeyO', { control: true }),
      arabic('س', 'KeyS', { control: true }),
      arabic('ب', 'KeyF', { control: true }),
      arabic('ا', 'KeyH', { control: true }),
      arabic('ة', 'KeyM', { control: true }),
      arabic('ه', 'KeyI', { control: true, shift: true }),
      arabic('ت', 'KeyJ', { control: true, shift: true }),
      arabic('ؤ', 'KeyC', { control: true, shift: true }),
      arabic('ه', 'KeyI', { meta: true, alt: true }),
      arabic('٠', 'Digit0', { control: true }),
      arabic('+', 'NumpadAdd', { control: true }),
      arabic('-', 'NumpadSubtract', { control: true }),
    ];
    for (const input of blocked) expect(isBlockedShortcut(input), JSON.stringify(input)).toBe(true);
  });

  it('lets Arabic typing through, and editing shortcuts on an Arabic layout', () => {
    const allowed = [
      arabic('ق', 'KeyR'),
      arabic('ب', 'KeyF'),
      arabic('ه', 'KeyI', { shift: true }),
      arabic('ؤ', 'KeyC', { control: true }),
      arabic('ر', 'KeyV', { control: true }),
      arabic('ش', 'KeyA', { control: true }),
      arabic('ه', 'KeyI', { control: true }),
    ];
    for (const input of allowed)
      expect(isBlockedShortcut(input), JSON.stringify(input)).toBe(false);
  });

  it('lets ordinary typing and editing through', () => {
    const allowed = [
      key('a'),
      key('ب'),
      key('R', { shift: true }),
      key('Enter'),
      key('Backspace'),
      key('ArrowLeft'),
      // The keypad's keys and Escape reach the page: the kiosk is used from keys alone.
      key('ArrowUp'),
      key('ArrowDown'),
      key('F1'),
      key('Escape'),
      key('Tab'),
      key('c', { control: true }),
      key('v', { control: true }),
      key('a', { control: true }),
      key('i', { control: true }),
      key('F5', {}, 'keyUp'),
    ];
    for (const input of allowed)
      expect(isBlockedShortcut(input), JSON.stringify(input)).toBe(false);
  });
});

describe('kiosk wiring', () => {
  it('prevents blocked keys on the window contents and disables pinch zoom', () => {
    const contents = Object.assign(new EventEmitter(), {
      setVisualZoomLevelLimits: vi.fn(async () => undefined),
    });
    setupKioskShortcuts(contents as never);
    const reload = { preventDefault: vi.fn() };
    contents.emit('before-input-event', reload, key('r', { control: true }));
    expect(reload.preventDefault).toHaveBeenCalledOnce();
    const typing = { preventDefault: vi.fn() };
    contents.emit('before-input-event', typing, key('a'));
    expect(typing.preventDefault).not.toHaveBeenCalled();
    expect(contents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
  });

  it('removes the menu and keeps the display awake', () => {
    setupKioskMenu();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(setupDisplayAwake()).toBe(42);
    expect(electron.powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
  });
});
