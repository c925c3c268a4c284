/**
 * `data-ready` is what tests and the office's tools wait on at start-up: it must mean the first
 * screen is in the page and drawn in its own typeface, not merely that rendering was asked for.
 */
import { expect, test } from '@playwright/test';

type ReadyState = { readonly hasAttractScreen: boolean; readonly fonts: string };

test('data-ready is set once the attract screen is in the page with its fonts loaded', async ({
  page,
}) => {
  // Notes what the page holds at the moment the flag appears.
  await page.addInitScript(() => {
    const state = window as unknown as { readyState?: ReadyState };
    new MutationObserver(() => {
      if (state.readyState || document.documentElement.dataset.ready !== 'true') return;
      const title = document.querySelector('.attract h1');
      state.readyState = {
        hasAttractScreen: title !== null && title.checkVisibility(),
        fonts: document.fonts.status,
      };
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] });
  });
  await page.goto('/');
  await expect(page.locator('html[data-ready="true"]')).toBeAttached();
  const state = await page.evaluate(
    () => (window as unknown as { readyState?: ReadyState }).readyState,
  );
  expect(state).toEqual({ hasAttractScreen: true, fonts: 'loaded' });
});
