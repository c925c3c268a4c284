import { describe, expect, it } from 'vitest';
import { pinnedReach, type PinnedBox } from '../../../renderer/app/pinnedReach';

const toolbar: PinnedBox = {
  position: 'fixed',
  top: 'auto',
  bottom: '0px',
  height: 133,
  overlapsContent: true,
};

describe('pinnedReach', () => {
  it('a toolbar alone reaches its own height, and is the bar on the edge', () => {
    expect(pinnedReach([toolbar])).toEqual({
      blockStart: 0,
      blockEnd: 133,
      fixedBlockEnd: 133,
      edgeBlockEnd: 133,
    });
  });

  it('a keyboard standing on the toolbar reaches past it, and the page leaves room for both', () => {
    const keyboard = { ...toolbar, bottom: '133px', height: 560 };
    expect(pinnedReach([toolbar, keyboard])).toMatchObject({
      blockEnd: 693,
      fixedBlockEnd: 693,
      edgeBlockEnd: 133,
    });
  });

  it('a sticky Continue bar needs scroll padding but no end space (it rests in the page)', () => {
    const actions = { ...toolbar, position: 'sticky', bottom: '145px', height: 128 };
    expect(pinnedReach([toolbar, actions])).toMatchObject({ blockEnd: 273, fixedBlockEnd: 133 });
  });

  it('a keyboard panel beside the content (landscape) covers nothing to scroll clear of', () => {
    const panel = { ...toolbar, bottom: '100px', height: 700, overlapsContent: false };
    expect(pinnedReach([toolbar, panel])).toMatchObject({ blockEnd: 133, fixedBlockEnd: 133 });
  });

  it('a sticky masthead reaches down from the top; static and relative boxes are ignored', () => {
    const masthead = { ...toolbar, position: 'sticky', top: '0px', bottom: 'auto', height: 90 };
    const card = { ...toolbar, position: 'relative' };
    expect(pinnedReach([masthead, card])).toEqual({
      blockStart: 90,
      blockEnd: 0,
      fixedBlockEnd: 0,
      edgeBlockEnd: 0,
    });
  });
});
