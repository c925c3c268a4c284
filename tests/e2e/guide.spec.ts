import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { installStoreReader, kioskDriver, testOffice } from './support/kiosk';

/** What a visitor reads and taps in the registration guide, in each language. */
const words = {
  ar: {
    guide: /التسجيل في الضمان الاجتماعي المطور خطوة بخطوة/,
    startTitle: 'التسجيل في الضمان الاجتماعي المطور',
    start: 'ابدأ',
    stepsTitle: 'التسجيل خطوة بخطوة',
    getReady: /جهّز ما تحتاجه/,
    getReadyTask: 'التأكد أن عنوانك الوطني مسجّل.',
    logIn: /ادخل إلى المنصة بنفاذ/,
    results: /انتظر النتيجة والصرف/,
    mayChange: 'هذه المواعيد والمبالغ قد تتغير',
    back: 'رجوع',
    unconfirmed: 'لم نتأكد منه من مصدر رسمي',
    showQr: 'اعرض رمز QR لموقع المنصة',
    qr: 'امسح هذا الرمز بكاميرا جوالك لتفتح المنصة.',
    whatDoIHave: /ماذا عندي؟/,
    checklistTitle: 'ماذا عندي؟',
    nafath: /^حساب في نفاذ/,
    iban: /^آيبان حساب بنكي باسمك/,
    showMissing: 'أظهر ما ينقصني',
    missingTitle: 'ما ينقصك',
    missingCount: 'ينقصك 4 أشياء. وهذا من أين يمكن الحصول على كل واحد.',
    housing: 'إثبات السكن',
    onlyIf: 'فقط إذا كان في أسرتك أشخاص آخرون يسكنون معك.',
    change: 'غيّر ما عندي',
    print: 'اطبع قائمتي',
    printed: 'قائمتك تُطبع الآن. خذها من الطابعة من فضلك.',
    printFailed: 'Printing failed.',
  },
  en: {
    guide: /Register in the updated social security — step by step/,
    startTitle: 'Register for the updated social security',
    start: 'Start',
    stepsTitle: 'Register step by step',
    getReady: /Get ready/,
    getReadyTask: 'Make sure your national address is registered.',
    logIn: /Log in with Nafath/,
    results: /Wait for the result and the payment/,
    mayChange: 'These dates and amounts may change',
    back: 'Back',
    unconfirmed: 'could not confirm it from an official source',
    showQr: "Show a QR code for the platform's website",
    qr: 'Scan this code with your phone camera to open the platform.',
    whatDoIHave: /What do I have\?/,
    checklistTitle: 'What do I have?',
    nafath: /^A Nafath account/,
    iban: /^The IBAN of a bank account/,
    showMissing: 'Show what I still need',
    missingTitle: 'What you still need',
    missingCount: 'You still need 4 things. Here is where to get each one.',
    housing: 'Proof of housing',
    onlyIf: 'Only if other people live in your home.',
    change: 'Change what I have',
    print: 'Print my checklist',
    printed: 'Your checklist is printing. Please take it from the printer.',
    printFailed: 'Printing failed.',
  },
} as const;

declare global {
  // Counted by the print stub below.
  var printCalls: number;
}

/** Replaces the browser's print dialog with a counter (the web bridge calls window.print). */
async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    globalThis.printCalls = 0;
    window.print = () => {
      globalThis.printCalls += 1;
    };
  });
}

/** The page as printed: headless Chromium's print PDF, as text. */
async function printedText(page: Page): Promise<{ text: string; pages: number }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
  return { text, pages: text.split('\f').filter((part) => part.trim() !== '').length };
}

test.beforeEach(async ({ page }) => {
  await installStoreReader(page);
  await stubPrint(page);
});

for (const lang of ['ar', 'en'] as const) {
  const w = words[lang];

  test(`a visitor follows the registration guide, ticks what they have and prints (${lang})`, async ({
    page,
  }) => {
    const kiosk = kioskDriver(page);
    await kiosk.open();
    await kiosk.setOffice(testOffice);
    await kiosk.start(lang);
    await kiosk.tap(w.guide);

    // Start page: take it with you, what this is, how long, what you need, other help, Start.
    await expect(kiosk.heading()).toHaveText(w.startTitle);
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(4);
    await kiosk.expectAccessible();
    await page.getByRole('button', { name: w.start, exact: true }).click();

    // Steps open in place; opening records the step.
    await expect(kiosk.heading()).toHaveText(w.stepsTitle);
    const getReady = page.getByRole('button', { name: w.getReady });
    await expect(getReady).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByText(w.getReadyTask, { exact: true })).toBeHidden();
    await kiosk.expectAccessible();
    await getReady.click();
    await expect(getReady).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText(w.getReadyTask, { exact: true })).toBeVisible();
    await getReady.click();
    await expect(getReady).toHaveAttribute('aria-expanded', 'false');
    await getReady.click();

    // A time-sensitive step says it may change.
    const results = page.getByRole('button', { name: w.results });
    await results.click();
    await expect(page.getByRole('heading', { name: w.mayChange })).toBeVisible();
    await kiosk.expectAccessible();

    // "Questions about this step" opens the FAQ answer; Back finds the step still open.
    const logIn = page.getByRole('button', { name: w.logIn });
    await logIn.click();
    const panel = page.locator(`#${await logIn.getAttribute('aria-controls')}`);
    const problem = panel.getByRole('button').first();
    const question = (await problem.textContent()) ?? '';
    await problem.click();
    await expect(kiosk.heading()).toHaveText(question);
    await kiosk.tap(w.back);
    await expect(kiosk.heading()).toHaveText(w.stepsTitle);
    await expect(page.getByRole('button', { name: w.logIn })).toHaveAttribute(
      'aria-expanded',
      'true',
    );

    // The unconfirmed phone number carries a warning; the number is isolated.
    const unconfirmed = page.locator('#root .notice--warning', { hasText: '19911' });
    await expect(unconfirmed).toBeVisible();
    await expect(unconfirmed).toContainText(w.unconfirmed);
    await expect(unconfirmed.locator('bdi', { hasText: '19911' })).toBeVisible();

    // Hand-off: the QR code appears only when asked for.
    await expect(page.getByRole('img', { name: w.qr })).toHaveCount(0);
    await page.getByRole('button', { name: w.showQr }).click();
    await expect(page.getByRole('img', { name: w.qr })).toBeVisible();
    await kiosk.expectAccessible();

    // "What do I have?": big toggle rows.
    await kiosk.tap(w.whatDoIHave);
    await expect(kiosk.heading()).toHaveText(w.checklistTitle);
    const boxes = page.getByRole('checkbox');
    await expect(boxes).toHaveCount(6);
    for (const box of await boxes.all()) {
      expect((await box.boundingBox())?.height).toBeGreaterThanOrEqual(64);
    }
    await expect(page.getByText(w.onlyIf)).toBeVisible();
    await page.getByRole('checkbox', { name: w.nafath }).click();
    await page.getByRole('checkbox', { name: w.iban }).click();
    await page.getByRole('checkbox', { name: w.iban }).click();
    await page.getByRole('checkbox', { name: w.iban }).click();
    await expect(page.getByRole('checkbox', { name: w.nafath })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await kiosk.expectAccessible();
    await kiosk.tap(w.showMissing);

    await expect(kiosk.heading()).toHaveText(w.missingTitle);
    await expect(page.getByText(w.missingCount)).toBeVisible();
    const missing = page.getByRole('heading', { level: 2 });
    await expect(missing.filter({ hasText: w.housing })).toBeVisible();
    await expect(page.getByRole('heading', { name: w.nafath })).toHaveCount(0);
    await kiosk.expectAccessible();

    // Change keeps the ticks.
    await kiosk.tap(w.change);
    await expect(page.getByRole('checkbox', { name: w.iban })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await kiosk.tap(w.showMissing);

    // Print: one call, one page, what is still needed, nothing of what the visitor has. The
    // browser's dialog is its own feedback: the kiosk claims no printout it cannot know about.
    await kiosk.tap(w.print);
    await expect.poll(() => page.evaluate(() => globalThis.printCalls)).toBe(1);
    await expect(page.getByText(w.printed)).toHaveCount(0);
    const printed = await printedText(page);
    expect(printed.pages).toBe(1);
    expect(printed.text).toContain('sbis.hrsd.gov.sa');
    // The unconfirmed unified number is shown on screen with a warning, never printed.
    expect(printed.text).not.toContain('19911');
    if (lang === 'en') {
      for (const item of [
        'A registered national address',
        'Proof of housing',
        'Nafath accounts for your dependents',
        'Income papers',
        'Where to get it:',
        'Log in with Nafath',
        'Qatif Social Security Office',
        testOffice.officeHours.en,
      ]) {
        // The help column is narrow: a line may wrap anywhere.
        expect(printed.text.replace(/\s+/g, ' ')).toContain(item);
      }
      expect(printed.text).not.toContain('A Nafath account\n');
      expect(printed.text).not.toContain('The IBAN of a bank account in your own name');
    } else {
      // pdftotext reads Arabic glyph by glyph; these words come back intact.
      expect(printed.text).toContain('إثبات السكن');
      expect(printed.text).toContain('أوراق الدخل');
      expect(printed.text).not.toContain('آيبان حساب');
    }

    const events = await kiosk.storedEvents();
    const payloads = events.map((event) => [event.type, event.payload]);
    const stepIds = events
      .filter((event) => event.type === 'guide-step')
      .map((event) => event.payload.stepId);
    // Once per step per visit (get-ready was opened twice); IndexedDB returns events by id.
    expect(stepIds.sort()).toEqual(['get-ready', 'log-in', 'results-payment']);
    expect(payloads).toContainEqual(['faq-view', expect.objectContaining({ via: 'guide' })]);
    expect(payloads).toContainEqual(['handoff', { kind: 'qr-shown', context: 'guide' }]);
    // A print dialog is not a printout: counting it would be a guess.
    expect(payloads).not.toContainEqual(['handoff', expect.objectContaining({ kind: 'printed' })]);
    // What the citizen has or lacks is never stored: the event only says the checklist was used.
    const completed = events.filter((event) => event.type === 'checklist-completed');
    expect(completed.length).toBeGreaterThan(0);
    expect(completed.every((event) => Object.keys(event.payload).length === 0)).toBe(true);
    const screens = events
      .filter((event) => event.type === 'screen')
      .map((event) => event.payload.screen);
    expect(screens).toEqual(
      expect.arrayContaining(['guide-start', 'guide-steps', 'guide-checklist']),
    );

    // The visit's guide progress follows the steps opened, in order.
    await expect
      .poll(async () => {
        const sessions = await page.evaluate(() =>
          readStore<{ guideProgress: string[] }>('sessions'),
        );
        return sessions[0]?.guideProgress;
      })
      .toEqual(['get-ready', 'results-payment', 'log-in']);
  });
}

test('the printout lists everything to bring when the checklist was not used', async ({ page }) => {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start('en');
  await kiosk.tap(words.en.guide);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await kiosk.tap(words.en.print);
  await expect.poll(() => page.evaluate(() => globalThis.printCalls)).toBe(1);
  const printed = await printedText(page);
  expect(printed.pages).toBe(1);
  expect(printed.text).toContain('What you will need');
  expect(printed.text).toContain('A Nafath account');
  expect(printed.text).toContain('The IBAN of a bank account in your own name');
});

test('a failed print says so calmly, in the visitor’s language, and records nothing', async ({
  page,
}) => {
  // Electron's bridge reporting a printer that refused the page.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'kiosk', {
      value: {
        getAppInfo: async () => ({ ok: false, error: { code: 'unsupported', message: '' } }),
        saveFile: async () => ({ ok: false, error: { code: 'unsupported', message: '' } }),
        print: async () => ({ ok: false, error: { code: 'print-failed', message: 'offline' } }),
      },
    });
  });
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start('ar');
  await kiosk.tap(words.ar.guide);
  await page.getByRole('button', { name: words.ar.start, exact: true }).click();
  await kiosk.tap(words.ar.print);
  await expect(page.getByRole('status')).toContainText('تعذّرت الطباعة');
  await expect(page.getByRole('status')).toContainText('اطلب نسخة ورقية من الموظف');
  await kiosk.expectAccessible();
  const events = await kiosk.storedEvents();
  expect(events.filter((event) => event.type === 'handoff')).toEqual([]);
});

/** Stands in for Electron's preload: a bridge whose print reports `result`. */
async function fakeElectronBridge(page: Page, result: { outcome: string }): Promise<void> {
  await page.addInitScript((printResult) => {
    Object.defineProperty(window, 'kiosk', {
      value: Object.freeze({
        getAppInfo: async () => ({
          ok: true,
          value: { version: 't', shell: 'electron', isKiosk: true, platform: 'linux' },
        }),
        saveFile: async () => ({ ok: false, error: { code: 'unsupported', message: '' } }),
        print: async () => ({ ok: true, value: printResult }),
      }),
    });
  }, result);
}

const confirmedPrints = [
  {
    name: 'a print the printer accepted is confirmed calmly and recorded',
    outcome: 'printed',
    lang: 'en',
    message: words.en.printed,
  },
  {
    name: 'a checklist saved as a PDF for the office sends the visitor to the staff, and is recorded',
    outcome: 'saved-pdf',
    lang: 'ar',
    message: 'حُفظت قائمتك ليطبعها الموظف. اطلبها منه من فضلك.',
  },
] as const;

for (const { name, outcome, lang, message } of confirmedPrints) {
  test(name, async ({ page }) => {
    await fakeElectronBridge(page, { outcome });
    const kiosk = kioskDriver(page);
    await kiosk.open();
    await kiosk.start(lang);
    await kiosk.tap(words[lang].guide);
    await page.getByRole('button', { name: words[lang].start, exact: true }).click();
    await kiosk.tap(words[lang].print);
    const status = page.getByRole('status');
    await expect(status).toHaveText(message);
    await expect(status.locator('.notice--calm')).toBeVisible();
    await kiosk.expectAccessible();
    expect(await page.evaluate(() => globalThis.printCalls)).toBe(0);
    await expect
      .poll(async () =>
        (await kiosk.storedEvents())
          .filter((event) => event.type === 'handoff')
          .map((event) => event.payload),
      )
      .toEqual([{ kind: 'printed', context: 'guide' }]);
  });
}

test('"Take it with you" comes first on the guide’s start and steps pages, once each', async ({
  page,
}) => {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start('en');
  await kiosk.tap(words.en.guide);
  const handoff = page.getByRole('region', { name: 'Take it with you' });
  const top = async (locator: ReturnType<typeof page.locator>) =>
    (await locator.boundingBox())?.y ?? Number.NaN;

  await expect(handoff).toHaveCount(1);
  await expect(handoff).toBeInViewport();
  const start = page.getByRole('button', { name: 'Start', exact: true });
  expect(await top(handoff)).toBeLessThan(
    await top(page.getByRole('region', { name: 'How long it takes' })),
  );
  expect(await top(handoff)).toBeLessThan(await top(start));
  await start.click();

  await expect(kiosk.heading()).toHaveText(words.en.stepsTitle);
  await expect(handoff).toHaveCount(1);
  await expect(handoff).toBeInViewport();
  expect(await top(handoff)).toBeLessThan(
    await top(page.getByRole('button', { name: words.en.getReady })),
  );
  await expect(handoff.getByRole('button', { name: words.en.print })).toBeVisible();
  await expect(handoff.getByRole('button', { name: words.en.showQr })).toBeVisible();
  await kiosk.expectAccessible();
});

for (const viewport of [
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
]) {
  test(`Back from a linked question returns to the same step, open, where it was (${viewport.width}x${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const kiosk = kioskDriver(page);
    await kiosk.open();
    await kiosk.start('ar');
    await kiosk.tap(words.ar.guide);
    await page.getByRole('button', { name: words.ar.start, exact: true }).click();
    const lastStep = page.getByRole('button', { name: /بعد التسجيل/ });
    await lastStep.click();
    await expect(lastStep).toHaveAttribute('aria-expanded', 'true');

    // The step's labels say what they hold: its tasks, and questions about it.
    const panel = page.locator(`#${await lastStep.getAttribute('aria-controls')}`);
    await expect(panel.getByRole('heading', { name: 'ماذا تفعل' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'أسئلة عن هذه الخطوة' })).toBeVisible();

    const question = panel.getByRole('button').last();
    await question.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(300);
    const questionText = (await question.textContent()) ?? '';
    await question.click();
    await expect(kiosk.heading()).toHaveText(questionText);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await kiosk.tap(words.ar.back);
    await expect(kiosk.heading()).toHaveText(words.ar.stepsTitle);
    await expect(lastStep).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
    await expect(lastStep).toBeFocused();
    await expect(question).toBeInViewport();

    // Arriving afresh by Start begins at the top.
    await kiosk.tap(words.ar.back);
    await page.getByRole('button', { name: words.ar.start, exact: true }).click();
    await expect(kiosk.heading()).toHaveText(words.ar.stepsTitle);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
}

test('a visit prints at most twice, one print at a time; then the staff member has copies', async ({
  page,
}) => {
  await page.clock.install();
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start('ar');
  await kiosk.tap(words.ar.guide);
  await page.getByRole('button', { name: words.ar.start, exact: true }).click();
  const print = page.getByRole('button', { name: words.ar.print });
  const status = page.getByRole('status');
  const printCalls = () => page.evaluate(() => globalThis.printCalls);

  await print.click();
  await expect.poll(printCalls).toBe(1);
  // A second tap straight away prints nothing and says why.
  await print.click();
  await expect(status).toHaveText('ورقتك تُطبع الآن. انتظر قليلًا، ثم اطبع مرة أخرى إذا احتجت.');
  expect(await printCalls()).toBe(1);

  await page.clock.fastForward('00:11');
  await print.click();
  await expect.poll(printCalls).toBe(2);

  await page.clock.fastForward('00:11');
  await print.click();
  await expect(status).toHaveText('طبعت هذه الورقة مرتين. إذا احتجت نسخة أخرى، اطلبها من الموظف.');
  await kiosk.expectAccessible();
  expect(await printCalls()).toBe(2);

  // The limit is the visit's, not the screen's.
  await kiosk.tap(/ماذا عندي؟/);
  await kiosk.tap('أظهر ما ينقصني');
  await page.clock.fastForward('00:11');
  await page.getByRole('button', { name: words.ar.print }).click();
  await expect(page.getByRole('status')).toContainText('طبعت هذه الورقة مرتين');
  expect(await printCalls()).toBe(2);

  // The next visitor starts with a fresh allowance (this visit ends by inactivity).
  await page.clock.fastForward('01:01');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.clock.fastForward('00:31');
  await kiosk.start('ar');
  await kiosk.tap(words.ar.guide);
  await page.getByRole('button', { name: words.ar.print }).click();
  await expect.poll(printCalls).toBe(3);
});

test('the printout: 14 pt text, the platform’s QR code, the steps in order, on one A4 page it fills', async ({
  page,
}) => {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start('en');
  await kiosk.tap(words.en.guide);
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.print-sheet');
  const fontSizes = await sheet
    .locator('li, p:not(.print-sheet__office, .print-sheet__footer)')
    .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).fontSize));
  // 14 pt is 18.67 CSS px.
  expect(new Set(fontSizes)).toEqual(new Set(['18.6667px']));
  const qr = sheet.getByRole('img', { name: 'Scan with your phone camera' });
  await expect(qr).toHaveCount(1);
  // 30 mm is 113.4 CSS px.
  const qrWidth = await qr.evaluate((element) => getComputedStyle(element).width);
  expect(Number.parseFloat(qrWidth)).toBeCloseTo(113.4, 0);

  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const layout = execFileSync('pdftotext', ['-bbox', '-', '-'], { input: pdf }).toString();
  const pages = [...layout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">/g)];
  expect(pages).toHaveLength(1);
  expect(Math.round(Number(pages[0]?.[1]))).toBe(595);
  expect(Math.round(Number(pages[0]?.[2]))).toBe(842);
  // The page is used: the last line of text sits in the bottom fifth of the paper.
  const lowest = Math.max(
    ...[...layout.matchAll(/yMax="([\d.]+)"/g)].map((match) => Number(match[1])),
  );
  expect(lowest / Number(pages[0]?.[2])).toBeGreaterThan(0.8);

  const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
  const stepTitles = [
    '1. Get ready',
    '2. Log in with Nafath',
    '3. Complete the unified file',
    '4. Add your dependents',
    '5. Attach proof of housing',
    '6. Enter your IBAN',
    '7. Give consent and submit',
    '8. Wait for the result and the payment',
    '9. After you register',
  ];
  const positions = stepTitles.map((title) => text.replace(/\s+/g, ' ').indexOf(title));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
});
