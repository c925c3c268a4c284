/**
 * Kiosk lockdown inside the app. Policy: in kiosk builds a citizen with a stray keyboard cannot
 * reload, open devtools, close or quit, zoom, print dialogs or leave fullscreen (F11); there is no menu;
 * the display never sleeps. (OS lockdown is the OS's job: see the README.)
 */
import { type Input, type WebContents, Menu, powerSaveBlocker } from 'electron';

/** The parts of a keyboard event the shortcut policy looks at. */
export type ShortcutInput = Pick<
  Input,
  'type' | 'key' | 'code' | 'control' | 'meta' | 'alt' | 'shift'
>;

/**
 * Keys blocked with no modifier: reload, fullscreen toggle, devtools, the browser keys. Listed as
 * physical keys (`input.code`); the same names serve as `input.key`. Escape is not among them: a
 * kiosk window (BrowserWindow `kiosk`/`fullscreen`) does not leave full screen on it, and the page
 * needs it (a keyboard user answers the kiosk's questions with it, as on any web page).
 */
const blockedBareKeys = new Set([
  'F5',
  'F11',
  'F12',
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
]);

/**
 * Physical keys blocked with Ctrl or Cmd: reload, close, quit, new window or tab, print, open,
 * save, find, hide, minimise, zoom in, out and reset (main row and number pad).
 */
const blockedCommandCodes = new Set([
  'KeyR',
  'KeyW',
  'KeyQ',
  'KeyN',
  'KeyT',
  'KeyP',
  'KeyO',
  'KeyS',
  'KeyF',
  'KeyH',
  'KeyM',
  'Equal',
  'Minus',
  'Digit0',
  'NumpadAdd',
  'NumpadSubtract',
  'Numpad0',
  'F4',
  'F5',
]);

/** The same shortcuts as characters, for layouts that put them on other physical keys. */
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
  'F4',
  'F5',
]);

/** Physical keys blocked with Ctrl/Cmd+Shift (or Cmd+Alt on macOS): devtools and inspector. */
const blockedDevtoolsCodes = new Set(['KeyI', 'KeyJ', 'KeyC']);
const blockedDevtoolsKeys = new Set(['i', 'j', 'c']);

/** Physical keys blocked with Alt: close the window, history back and forward. */
const blockedAltCodes = new Set(['F4', 'ArrowLeft', 'ArrowRight']);

/** `input.key` with letters lower-cased (`R` with Shift is still R); named keys kept as they are. */
function characterOf(key: string): string {
  return key.length === 1 ? key.toLowerCase() : key;
}

/**
 * True when a keyboard event must not reach the page or Electron's default handlers (pure).
 * Matched on the physical key (`input.code`), so a layout that types another character on it
 * (Arabic: Ctrl+R types «ق») cannot get past; the character (`input.key`) is blocked too, for
 * layouts that move the shortcut's letter to another key.
 */
export function isBlockedShortcut(input: ShortcutInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  const { code } = input;
  const key = characterOf(input.key);
  const isCommand = input.control || input.meta;
  if (blockedBareKeys.has(code) || blockedBareKeys.has(key)) return true;
  if (input.alt && (blockedAltCodes.has(code) || blockedAltCodes.has(key))) return true;
  if (isCommand && (blockedCommandCodes.has(code) || blockedCommandKeys.has(key))) return true;
  if (
    isCommand &&
    (input.shift || input.alt) &&
    (blockedDevtoolsCodes.has(code) || blockedDevtoolsKeys.has(key))
  ) {
    return true;
  }
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
