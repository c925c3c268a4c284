import { describe, expect, it } from 'vitest';
import { keypadMap, nextControl } from '../../../renderer/app/keypad';

describe('the keypad map', () => {
  it('is the EZ Access set: Up, Down, Enter, Back and Help', () => {
    expect(keypadMap).toEqual({
      ArrowUp: 'previous',
      ArrowDown: 'next',
      Enter: 'activate',
      Backspace: 'back',
      F1: 'help',
    });
  });
});

describe('nextControl', () => {
  const controls = ['back', 'title', 'yes', 'no', 'continue'];

  it('moves one control on or back in reading order', () => {
    expect(nextControl(controls, 'yes', 1)).toEqual({ target: 'no', hasWrapped: false });
    expect(nextControl(controls, 'yes', -1)).toEqual({ target: 'title', hasWrapped: false });
  });

  it('goes round from the last to the first, and back, saying that it did', () => {
    expect(nextControl(controls, 'continue', 1)).toEqual({ target: 'back', hasWrapped: true });
    expect(nextControl(controls, 'back', -1)).toEqual({ target: 'continue', hasWrapped: true });
  });

  it('starts at the top going down, at the bottom going up, when nothing has the focus', () => {
    expect(nextControl(controls, undefined, 1)).toEqual({ target: 'back', hasWrapped: false });
    expect(nextControl(controls, 'body', -1)).toEqual({ target: 'continue', hasWrapped: false });
  });

  it('has nowhere to go on a screen without controls', () => {
    expect(nextControl([], undefined, 1)).toBeUndefined();
  });
});
