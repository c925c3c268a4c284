/**
 * A driver for the staff side that reads like the staff member's hands: open the staff entrance,
 * type a PIN on the keypad, open a section.
 */
import { expect, type Page } from '@playwright/test';

export const adminName = 'Office manager';
export const adminPin = '4826';

const text = {
  ar: {
    signInTitle: 'دخول الموظفين',
    setupTitle: 'إعداد جهة الموظفين',
    submit: 'دخول',
    next: 'متابعة',
    create: 'إنشاء حساب المسؤول',
    signOut: 'خروج',
  },
  en: {
    signInTitle: 'Staff sign-in',
    setupTitle: 'Set up the staff side',
    submit: 'Sign in',
    next: 'Continue',
    create: 'Create the administrator',
    signOut: 'Sign out',
  },
} as const;

async function uiLang(page: Page): Promise<'ar' | 'en'> {
  return (await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'ar';
}

export function staffDriver(page: Page) {
  const driver = {
    /** The keyboard way in (Ctrl+Alt+K). */
    async openEntrance() {
      await page.keyboard.press('Control+Alt+KeyK');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        /دخول الموظفين|إعداد جهة الموظفين|Staff sign-in|Set up the staff side/,
      );
    },
    /** Types digits on the on-screen keypad (each key is named by its Western digit). */
    async typePin(pin: string) {
      const keypad = page.getByRole('group', { name: /Number pad|لوحة الأرقام/ });
      for (const digit of pin)
        await keypad.getByRole('button', { name: digit, exact: true }).click();
    },
    /** First run: creates the administrator and lands on the staff screen. */
    async createAdmin(name = adminName, pin = adminPin) {
      const t = text[await uiLang(page)];
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.setupTitle);
      await page.getByRole('textbox').fill(name);
      await page.getByRole('button', { name: t.next }).click();
      await driver.typePin(pin);
      await page.getByRole('button', { name: t.next }).click();
      await driver.typePin(pin);
      await page.getByRole('button', { name: t.create }).click();
      await expect(page.getByRole('button', { name: t.signOut })).toBeVisible();
    },
    /** Chooses an account and types its PIN. */
    async signIn(name = adminName, pin = adminPin) {
      const t = text[await uiLang(page)];
      await page.getByRole('button', { name, exact: true }).click();
      await driver.typePin(pin);
      await page.getByRole('button', { name: t.submit, exact: true }).click();
    },
    /** Opens a section of the staff screen by its name. */
    async openSection(name: string | RegExp) {
      await page.getByRole('navigation').getByRole('button', { name }).click();
      await expect(page.locator('#staff-panel-title')).toBeFocused();
    },
    async signOut() {
      const t = text[await uiLang(page)];
      await page.getByRole('button', { name: t.signOut }).click();
    },
  };
  return driver;
}
