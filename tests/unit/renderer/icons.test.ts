import { describe, expect, it } from 'vitest';
import { isIconName } from '../../../renderer/ui/Icon';
import { loadShippedContent } from '../../../renderer/content/loadContent';

// Each icon means one thing (see Icon.tsx): the topics a visitor chooses from must not share one,
// and each must name a drawing the kiosk has (an unknown name falls back to the questions icon).
describe('category icons', () => {
  const categories = loadShippedContent(() => undefined).categories;

  it('every topic names a known icon', () => {
    expect(categories.filter((category) => !isIconName(category.icon))).toEqual([]);
  });

  it('no two topics share an icon', () => {
    const icons = categories.map((category) => category.icon);
    expect(icons.filter((icon, index) => icons.indexOf(icon) !== index)).toEqual([]);
  });

  it('no topic borrows the warning sign', () => {
    expect(categories.filter((category) => category.icon === 'alert')).toEqual([]);
  });
});
