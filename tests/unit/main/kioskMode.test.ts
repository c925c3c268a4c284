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

function key(name: string, modifiers: Keys = {}, type = 'keyDown') {
  return { type, key: name, control: false, meta: false, alt: false, shift: false, ...modifiers };
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
      key('Escape'),
      key('F11'),
      key('ArrowLeft', { alt: true }),
    ];
    for (const input of blocked) expect(isBlockedShortcut(input), JSON.stringify(input)).toBe(true);
  });

  it('lets ordinary typing and editing through', () => {
    const allowed = [
      key('a'),
      key('ب'),
      key('R', { shift: true }),
      key('Enter'),
      key('Backspace'),
      key('ArrowLeft'),
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
