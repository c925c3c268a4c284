/**
 * "Ask a staff member": a ticket from home (number 1, very large; the next visit gets 2), asking
 * again in the same visit shows the same number, the ticket printed without personal data, a
 * callback request typed with Arabic-Indic digits stored only sealed (not in any IndexedDB record,
 * event, console line, or the heap once the visit has ended), mistakes refused with a plain
 * message, every new screen accessible in both languages, and the ask button wherever a citizen
 * may need a person.
 */
import { expect, test, type Page } from '@playwright/test';
import { shippedContentBundle } from '../../scripts/contentFiles';
import { heapSnapshot, retainersOf } from './support/heap';
import { dumpIndexedDb } from './support/indexedDbDump';
import {
  coveredControls,
  installStoreReader,
  kioskDriver,
  orientations,
  textSizes,
  viewports,
  type TextSizeValue,
} from './support/kiosk';

type Lang = 'ar' | 'en';

/** The kiosk's words for what a visitor taps and reads, in each language. */
const words = {
  ar: {
    ask: 'اطلب مساعدة موظف',
    introTitle: 'طلب مساعدة من موظف',
    take: 'خذ رقم انتظار',
    ticketTitle: 'رقم انتظارك',
    print: 'اطبع رقمي',
    callback: 'اطلب أن يتصل بك الموظف',
    callbackTitle: 'طلب اتصال من الموظف',
    consent: /أوافق على حفظ اسمي ورقم جوالي/,
    name: 'اسمك',
    continue: 'متابعة',
    mobileTitle: 'رقم جوالك',
    mobile: 'رقم الجوال',
    send: 'أرسل الطلب',
    doneTitle: 'سيتصل بك الموظف',
    keyboard: 'لوحة المفاتيح',
    keypad: 'أزرار الأرقام',
    typedName: 'نورة',
    nameEmpty: 'اكتب اسمك بلوحة المفاتيح',
    mobileInvalid: 'هذا ليس رقم جوال سعوديًا.',
    kept: 'يُحذفان بعد 30 يومًا.',
    start: 'ابدأ بالعربية',
  },
  en: {
    ask: 'Ask a staff member',
    introTitle: 'Ask a staff member',
    take: 'Take a ticket',
    ticketTitle: 'Your ticket number',
    print: 'Print my ticket',
    callback: 'Ask to be called back instead',
    callbackTitle: 'Ask to be called back',
    consent: /I agree that my name and mobile number are kept/,
    name: 'Your name',
    continue: 'Continue',
    mobileTitle: 'Your mobile number',
    mobile: 'Mobile number',
    send: 'Send my request',
    doneTitle: 'A staff member will call you',
    keyboard: 'Keyboard',
    keypad: 'Number keys',
    typedName: 'sara',
    nameEmpty: 'Type your name with the keyboard below.',
    mobileInvalid: 'This is not a Saudi mobile number.',
    kept: 'They are deleted after 30 days.',
    start: 'Start in English',
  },
} as const;

test.beforeEach(async ({ page }) => {
  await installStoreReader(page);
});

/** What a visitor does on the help screens, in `lang`. */
function helpDriver(page: Page, lang: Lang) {
  const w = words[lang];
  return {
    /** The ask button: home's choice card, or the button under a page. */
    askButton() {
      return page.getByRole('button', { name: new RegExp(`^${w.ask}`) });
    },
    async ask() {
      await this.askButton().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.introTitle);
    },
    async takeTicket(): Promise<string> {
      await page.getByRole('button', { name: w.take }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.ticketTitle);
      return (await page.locator('.ticket__number').innerText()).trim();
    },
    async openCallback() {
      await page.getByRole('button', { name: w.callback }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.callbackTitle);
    },
    async consent() {
      await page.getByRole('checkbox', { name: w.consent }).check();
      await expect(page.getByRole('textbox', { name: w.name })).toBeFocused();
    },
    /** Types on the on-screen keyboard, key by key. */
    async typeName(text: string) {
      const keyboard = page.getByRole('group', { name: w.keyboard });
      for (const char of text) {
        await keyboard.getByRole('button', { name: char, exact: true }).click();
      }
    },
    async pressDigits(digits: string) {
      const keypad = page.getByRole('group', { name: w.keypad });
      for (const digit of digits) {
        await keypad.getByRole('button', { name: digit, exact: true }).click();
      }
    },
    async toMobile(name: string) {
      await this.openCallback();
      await this.consent();
      await this.typeName(name);
      await page.getByRole('button', { name: w.continue }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.mobileTitle);
    },
    async send() {
      await page.getByRole('button', { name: w.send }).click();
    },
    error() {
      return page.getByRole('alert');
    },
  };
}

/** A visit in `lang` that has just asked for a staff member: the "what happens" screen. */
async function visitAsking(page: Page, lang: Lang) {
  const kiosk = kioskDriver(page);
  const help = helpDriver(page, lang);
  await kiosk.open();
  await kiosk.start(lang);
  await help.ask();
  return { kiosk, help, w: words[lang] };
}

type StoredTicket = {
  id: string;
  day: string;
  number: number;
  status: string;
  lang: string;
  hasCallback: boolean;
  callback?: { alg: string; iv: string; data: string };
  purgeAfter?: number;
  createdAt: number;
};

async function storedTickets(page: Page): Promise<StoredTicket[]> {
  return page.evaluate(() => readStore<StoredTicket>('helpTickets'));
}

test('a ticket from home: number 1, very large; the same number when asked again; the next visit gets 2', async ({
  page,
}) => {
  const kiosk = kioskDriver(page);
  const help = helpDriver(page, 'en');
  await kiosk.open();
  await kiosk.start('en');

  await help.ask();
  // Nothing is taken before the visitor chooses to.
  expect(await storedTickets(page)).toEqual([]);
  expect(await help.takeTicket()).toBe('1');
  const number = page.locator('.ticket__number');
  const size = await number.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(size).toBeGreaterThanOrEqual(200);
  await expect(page.locator('.ticket__time')).toContainText(/Taken at \d{1,2}:\d{2} (am|pm)/);

  const [ticket] = await storedTickets(page);
  expect(ticket).toMatchObject({ number: 1, status: 'waiting', lang: 'en', hasCallback: false });
  expect(ticket && 'callback' in ticket).toBe(false);
  await expect
    .poll(async () => (await kiosk.storedEvents()).filter((event) => event.type === 'help-request'))
    .toEqual([
      expect.objectContaining({
        payload: { ticketNumber: 1, hasCallback: false, from: 'home' },
      }),
    ]);

  // Asking again from an answer in the same visit shows the same ticket: no second number.
  await page.getByRole('button', { name: 'Home', exact: true }).click();
  await page.getByRole('button', { name: /Questions about social security/ }).click();
  await page
    .getByRole('button', { name: /Payment dates and amounts/ })
    .first()
    .click();
  await page.locator('.question-list__item').first().click();
  await help.askButton().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.en.ticketTitle);
  await expect(number).toHaveText('1');
  expect(await storedTickets(page)).toHaveLength(1);

  await kiosk.endVisit();
  await kiosk.start('ar');
  const arabic = helpDriver(page, 'ar');
  await arabic.ask();
  expect(await arabic.takeTicket()).toBe('2');
  const byNumber = (await storedTickets(page)).sort((a, b) => a.number - b.number);
  expect(byNumber.map((stored) => [stored.number, stored.lang])).toEqual([
    [1, 'en'],
    [2, 'ar'],
  ]);
});

test('the printed ticket carries the number and no personal data', async ({ page }) => {
  await page.addInitScript('window.print = () => undefined;');
  const { help, w } = await visitAsking(page, 'en');
  await help.takeTicket();
  await help.toMobile('zubairqwx');
  await page.getByRole('textbox', { name: words.en.mobile }).fill('0551234567');
  await help.send();
  // Sealing and storing take a moment: "Back" on the number screen would leave without saving.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.doneTitle);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByText('You asked to be called back.')).toBeVisible();

  await page.getByRole('button', { name: words.en.print }).click();
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.ticket-sheet');
  await expect(sheet).toBeVisible();
  await expect(page.locator('#root')).toBeHidden();
  await expect(sheet.locator('.ticket-sheet__number')).toHaveText('1');
  await expect(sheet).toContainText('Please stay near this corner.');
  const printed = await sheet.innerText();
  expect(printed).not.toMatch(/zubairqwx|0551234567|055 123 4567/i);
});

for (const lang of ['en', 'ar'] as const) {
  test(`a callback with Arabic-Indic digits is accepted and stored only sealed (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));
    const name = lang === 'en' ? 'zubairqwx' : 'زبيرقوص';
    const { kiosk, help, w } = await visitAsking(page, lang);
    await help.takeTicket();
    await help.openCallback();

    // Nothing is asked before consent; withdrawing it clears what was typed.
    await expect(page.getByRole('textbox', { name: w.name })).toHaveCount(0);
    await help.consent();
    await help.typeName(name.slice(0, 3));
    await page.getByRole('checkbox', { name: w.consent }).uncheck();
    await expect(page.getByRole('textbox', { name: w.name })).toHaveCount(0);
    await help.consent();
    await expect(page.getByRole('textbox', { name: w.name })).toHaveValue('');

    await help.typeName(name);
    await page.getByRole('button', { name: w.continue }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.mobileTitle);
    // Typed on a phone or pasted in Arabic-Indic digits, spaced as people write them.
    const mobile = page.getByRole('textbox', { name: w.mobile });
    await mobile.fill('٠٥٥ ٩٨٧ ٦٥٤٣');
    await help.send();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.doneTitle);
    await expect(page.locator('.help-done')).toContainText(lang === 'en' ? '30 days' : '30 يومًا');
    // The confirmation names neither the person nor the number.
    await expect(page.locator('main')).not.toContainText(name);
    await expect(page.locator('main')).not.toContainText(/987|٩٨٧/);

    const [ticket] = await storedTickets(page);
    expect(ticket).toMatchObject({ number: 1, hasCallback: true, status: 'waiting' });
    expect(ticket?.callback?.alg).toBe('AES-GCM');
    expect(ticket?.purgeAfter).toBe((ticket?.createdAt ?? 0) + 30 * 24 * 60 * 60 * 1000);
    await expect
      .poll(async () =>
        (await kiosk.storedEvents())
          .filter((event) => event.type === 'help-request')
          .map((event) => event.payload),
      )
      .toEqual([{ ticketNumber: 1, hasCallback: true, from: 'home' }]);

    await kiosk.endVisit();
    await expect
      .poll(async () => (await kiosk.storedSessions()).every((session) => session.endedAt))
      .toBe(true);
    const secrets = [name, '0559876543', '559876543', '٠٥٥٩٨٧٦٥٤٣', '٩٨٧', '9876543', '987 6543'];
    const dump = await dumpIndexedDb(page);
    expect(dump).toContain('"helpTickets"');
    const events = JSON.stringify(await kiosk.storedEvents());
    for (const secret of secrets) {
      expect(dump).not.toContain(secret);
      expect(events).not.toContain(secret);
      expect(consoleLines.join('\n')).not.toContain(secret);
    }

    // Once the visit has ended, the page's memory no longer holds what was typed.
    const heap = await heapSnapshot(page);
    // (The name was typed key by key; the number as the kiosk normalised it. The digits filled
    // in above were handed to the page by the test itself, so they are not looked for here.)
    expect([name, '0559876543'].flatMap((marker) => retainersOf(heap, marker))).toEqual([]);
  });
}

test('mistakes are refused with a plain message, and nothing is stored', async ({ page }) => {
  const { help } = await visitAsking(page, 'en');
  await help.takeTicket();
  await help.openCallback();
  await help.consent();

  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(help.error()).toContainText(words.en.nameEmpty);
  await expect(help.error()).toBeFocused();
  await help.typeName('sara');
  await page
    .getByRole('group', { name: 'Keyboard' })
    .getByRole('button', { name: 'Numbers' })
    .click();
  await help.typeName('2');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(help.error()).toContainText('without numbers');
  await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.en.mobileTitle);
  await expect(page.locator('.help-summary')).toContainText('Name: sara');

  await help.send();
  await expect(help.error()).toContainText('Type your mobile number');
  // A landline, then a number one digit short: neither is a Saudi mobile number.
  for (const digits of ['0138001234', '055123456']) {
    await help.pressDigits(digits);
    await help.send();
    await expect(help.error()).toContainText(words.en.mobileInvalid);
    await expect(page.getByRole('textbox', { name: words.en.mobile })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
  }
  // The leading zero is kept, and the keypad stops once the number is complete.
  await help.pressDigits('0551234567');
  await expect(page.getByRole('textbox', { name: words.en.mobile })).toHaveValue('055 123 4567');
  await expect(
    page.getByRole('group', { name: 'Number keys' }).getByRole('button', { name: '8' }),
  ).toBeDisabled();
  expect((await storedTickets(page)).map((ticket) => ticket.hasCallback)).toEqual([false]);
});

for (const lang of ['ar', 'en'] as const) {
  test(`every help screen is accessible (${lang})`, async ({ page }) => {
    test.setTimeout(90_000);
    const { kiosk, help, w } = await visitAsking(page, lang);
    await kiosk.expectAccessible();
    await help.takeTicket();
    await kiosk.expectAccessible();
    await help.openCallback();
    await expect(page.getByText(w.kept)).toBeVisible();
    await kiosk.expectAccessible();
    await help.consent();
    await kiosk.expectAccessible();
    await page.getByRole('button', { name: w.continue }).click();
    await expect(help.error()).toContainText(w.nameEmpty);
    await kiosk.expectAccessible();
    await help.typeName(w.typedName);
    await page.getByRole('button', { name: w.continue }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.mobileTitle);
    await kiosk.expectAccessible();
    await help.pressDigits('0138');
    await help.send();
    await expect(help.error()).toContainText(w.mobileInvalid);
    await kiosk.expectAccessible();
    await page
      .getByRole('button', { name: lang === 'ar' ? 'امسح الكل' : 'Clear', exact: true })
      .click();
    await help.pressDigits('0551234567');
    await help.send();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.doneTitle);
    await kiosk.expectAccessible();
  });
}

/**
 * Every control of the screen shown is checked uncovered: Arabic at every text size, English at
 * the largest (where space is least), both orientations; then back to portrait at the first size.
 */
async function expectNothingCovered(page: Page, lang: Lang, screen: string): Promise<void> {
  const sizes: readonly TextSizeValue[] = lang === 'ar' ? textSizes : [3];
  const found: string[] = [];
  for (const orientation of orientations) {
    for (const size of sizes) {
      const { checked, covered } = await coveredControls(page, { screen, orientation, size });
      expect(checked, `${screen}: controls checked`).toBeGreaterThan(0);
      found.push(...covered);
    }
  }
  await page.setViewportSize(viewports.portrait);
  await page.evaluate(() => {
    document.documentElement.dataset.textSize = '1';
  });
  expect(found).toEqual([]);
}

for (const lang of ['ar', 'en'] as const) {
  test(`no control of the help screens is ever covered (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const { help, w } = await visitAsking(page, lang);
    await expectNothingCovered(page, lang, 'what happens');
    await help.takeTicket();
    await expectNothingCovered(page, lang, 'ticket');
    await help.openCallback();
    await help.consent();
    await expectNothingCovered(page, lang, 'callback name with the keyboard');
    await help.typeName(w.typedName);
    await page.getByRole('button', { name: w.continue }).click();
    await help.pressDigits('055');
    await expectNothingCovered(page, lang, 'callback mobile with the keypad');
    await help.pressDigits('1234567');
    await help.send();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.doneTitle);
    await expectNothingCovered(page, lang, 'callback sent');
  });
}

const { dontKnow } = shippedContentBundle().eligibility.texts;

test('the ask button is on home, an empty search, an answer, guide pages and the eligibility result', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const kiosk = kioskDriver(page);
  const help = helpDriver(page, 'en');
  await kiosk.open();
  await kiosk.start('en');
  const home = page.getByRole('button', { name: 'Home', exact: true });
  const opensHelp = async (where: string) => {
    await expect(help.askButton(), where).toBeVisible();
    await help.ask();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
  };

  await opensHelp('home');

  await page.getByRole('button', { name: /Questions about social security/ }).click();
  await page.getByRole('button', { name: /Type your question/ }).click();
  await page.getByRole('searchbox').fill('qqzx wvvk');
  await expect(
    page.getByRole('heading', { name: 'We found no answer for what you typed' }),
  ).toBeVisible();
  await opensHelp('an empty search');

  await home.click();
  await page.getByRole('button', { name: /Questions about social security/ }).click();
  await page
    .getByRole('button', { name: /Payment dates and amounts/ })
    .first()
    .click();
  await page.locator('.question-list__item').first().click();
  await opensHelp('an answer');

  await home.click();
  await page.getByRole('button', { name: /Register in the updated social security/ }).click();
  await opensHelp('the guide start page');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await opensHelp('the guide steps');
  await page
    .getByRole('button', { name: /What do I have/ })
    .first()
    .click();
  await opensHelp('the checklist');
  await page.getByRole('button', { name: 'Show what I still need' }).click();
  await opensHelp('the checklist result');

  await home.click();
  await page.getByRole('button', { name: /Check if you may qualify/ }).click();
  for (let index = 0; index < 3; index += 1) {
    await page.getByRole('radio', { name: dontKnow.en, exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  for (let index = 0; index < 2; index += 1) {
    await page.getByRole('button', { name: dontKnow.en, exact: true }).click();
  }
  await page.getByRole('button', { name: 'See the result' }).click();
  await opensHelp('the eligibility result');

  // Asked from the result, the ticket says so.
  await help.ask();
  await help.takeTicket();
  await expect
    .poll(async () =>
      (await kiosk.storedEvents())
        .filter((event) => event.type === 'help-request')
        .map((event) => event.payload.from),
    )
    .toEqual(['eligibility']);
});
