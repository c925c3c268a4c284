/**
 * Kiosk lockdown inside the app. Policy: in kiosk builds a citizen with a stray keyboard cannot
 * reload, open devtools, close or quit, zoom, print dialogs or leave fullscreen; there is no menu;
 * the display never sleeps. (OS lockdown is the OS's job: see the README.)
 */
import { type Input, type WebContents, Menu, powerSaveBlocker } from 'electron';

/** The parts of a keyboard event the shortcut policy looks at. */
export type ShortcutInput = Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'alt' | 'shift'>;

/** Keys blocked with no modifier: reload, fullscreen toggle, devtools, leaving fullscreen. */
const blockedBareKeys = new Set(['f5', 'f11', 'f12', 'escape', 'browserback', 'browserforward']);

/** Keys blocked with Ctrl or Cmd: reload, close, quit, new window, print, find, zoom, hide. */
const blockedCommandKeys = new Set([
  'r',
  'w',
  'q',
  'n',
  't',
  'p',
  'o',
  's',
  'f',
  'h',
  'm',
  '+',
  '=',
  '-',
  '_',
  '0',
  'f4',
  'f5',
]);

/** Keys blocked with Ctrl/Cmd+Shift (or Cmd+Alt on macOS): devtools and inspector. */
const blockedDevtoolsKeys = new Set(['i', 'j', 'c']);

/** True when a keyboard event must not reach the page or Electron's default handlers (pure). */
export function isBlockedShortcut(input: ShortcutInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  const key = input.key.toLowerCase();
  const isCommand = input.control || input.meta;
  if (blockedBareKeys.has(key)) return true;
  // Alt+F4 closes the window; Alt+Left/Right navigate history.
  if (input.alt && (key === 'f4' || key === 'arrowleft' || key === 'arrowright')) return true;
  if (isCommand && blockedCommandKeys.has(key)) return true;
  if (isCommand && (input.shift || input.alt) && blockedDevtoolsKeys.has(key)) return true;
  return false;
}

/** Blocks the shortcuts above for one window's contents, and pinch zoom on the touch screen. */
export function setupKioskShortcuts(contents: WebContents): void {
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
  // Text size is an in-app setting; pinch zoom would only strand a citizen on a zoomed page.
  void contents.setVisualZoomLevelLimits(1, 1);
}

/** Removes the application menu, and with it every accelerator it would carry (kiosk builds). */
export function setupKioskMenu(): void {
  Menu.setApplicationMenu(null);
}

/** Keeps the display awake for the life of the app; returns the blocker id. */
export function setupDisplayAwake(): number {
  return powerSaveBlocker.start('prevent-display-sleep');
}
