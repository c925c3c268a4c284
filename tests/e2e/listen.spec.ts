/**
 * Listen mode as a citizen who cannot see the screen meets it: started from the attract screen,
 * by the Help key or by holding a finger on the screen; each screen says its heading first, in
 * the displayed language; the focused control says its name, role, state and place; answers are
 * read paragraph by paragraph; what is typed is echoed only where it cannot identify anyone; and
 * nothing is said once the visit is over. Speech is the recording stand-in of support/speech.ts.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { spokenText } from '../../core/speech/spokenText';
import { kioskDriver, writeSettings } from './support/kiosk';
import { staffDriver } from './support/staff';
import {
  arabicVoice,
  englishVoice,
  installFakeSpeech,
  spoken,
  spokenCount,
  spokenSince,
  type SpokenEntry,
} from './support/speech';

type Lang = 'ar' | 'en';

const words = {
  ar: {
    listenPanel: 'الاستماع يعمل',
    started: 'الاستماع يعمل.',
    home: 'كيف يمكننا مساعدتك؟',
    faq: /أسئلة عن الضمان/,
    topic: /مواعيد الصرف|المواعيد والمبالغ/,
    eligibility: /تحقق مبدئي من أهليتك/,
    nationality: 'هل تحمل الجنسية السعودية؟',
    yes: 'نعم',
    ask: 'اطلب مساعدة موظف',
    take: 'خذ رقم انتظار',
    ticketTitle: 'رقم انتظارك',
    startOver: 'البدء من جديد',
    keepVisit: 'لا، أكمل',
    endVisit: 'نعم، أنهِ الزيارة',
    slower: 'أبطأ',
    guide: /التسجيل في الضمان الاجتماعي المطور/,
    guideStart: 'ابدأ',
    checklist: 'ماذا عندي؟',
    search: /اكتب سؤالك/,
    query: 'الدعم',
    dontKnow: 'لا أعرف',
    continue: 'متابعة',
    seeResult: 'اعرض النتيجة',
    pause: 'إيقاف مؤقت',
    repeat: 'أعد الفقرة',
  },
  en: {
    listenPanel: 'Listening is on',
    started: 'Listening is on.',
    home: 'How can we help you?',
    faq: /Questions about social security/,
    topic: /Payment dates and amounts/,
    eligibility: /Check if you may qualify/,
    nationality: 'Do you hold Saudi citizenship?',
    yes: 'Yes',
    ask: /Ask a staff member/,
    take: 'Take a ticket',
    ticketTitle: 'Your ticket number',
    startOver: 'Start over',
    keepVisit: 'No, carry on',
    endVisit: 'Yes, end my visit',
    slower: 'Slower',
    guide: /Register in the updated social security/,
    guideStart: 'Start',
    checklist: 'What do I have?',
    search: /Type your question/,
    query: 'payment',
    dontKnow: "I don't know",
    continue: 'Continue',
    seeResult: 'See the result',
    pause: 'Pause',
    repeat: 'Repeat paragraph',
  },
} as const;

const speechLang = { ar: 'ar-SA', en: 'en-GB' } as const;

/** The accessible name of the focused element, as listen mode and a screen reader name it. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return '';
    const label =
      active.getAttribute('aria-label') ??
      (active instanceof HTMLInputElement
        ? [...(active.labels ?? [])].map((item) => item.innerText).join(' ')
        : active.innerText);
    // A control's first line (a choice's title) is what is said first.
    return (label.trim().split('\n')[0] ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Down until the focused control's name matches (as a keypad user would). */
async function downTo(page: Page, name: string | RegExp): Promise<void> {
  for (let press = 0; press < 150; press += 1) {
    const current = await focusedName(page);
    if (typeof name === 'string' ? current.includes(name) : name.test(current)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no control named ${String(name)} within 150 presses of Down`);
}

/** Presses Down until `target` has the focus. */
async function downToElement(page: Page, target: Locator): Promise<void> {
  for (let press = 0; press < 150; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error('the control was not reached within 150 presses of Down');
}

/** Starts a visit in listen mode: the attract screen's Listen (Arabic), or English then Help. */
async function startListening(page: Page, lang: Lang): Promise<void> {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  if (lang === 'ar') {
    await page.keyboard.press('ArrowDown');
    await downTo(page, 'استمع');
    await page.keyboard.press('Enter');
  } else {
    await downTo(page, 'Start in English');
    await page.keyboard.press('Enter');
    await expect(kiosk.heading()).toBeFocused();
    await page.keyboard.press('F1');
  }
  await expect(page.getByRole('heading', { name: words[lang].listenPanel })).toBeVisible();
  await spokenSince(page, 0, words[lang].home);
}

/** Waits until the focused control has been said (what a listener hears before pressing on). */
async function hearFocused(page: Page): Promise<void> {
  const name = await focusedName(page);
  if (name === '') return;
  const lang = (await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'ar';
  const start = spokenText(name, lang).slice(0, 12);
  await expect
    .poll(
      async () => (await spoken(page)).slice(-3).some((entry) => entry.text.startsWith(start)),
      { message: `the focused control (${start}…) has been said` },
    )
    .toBe(true);
}

/** Goes by keys to a screen and returns what it said on arrival, from its first sentence. */
async function arriveBy(page: Page, key: 'Enter' | 'Backspace'): Promise<string[]> {
  if (key === 'Enter') await hearFocused(page);
  const mark = await spokenCount(page);
  const heading = page.getByRole('heading', { level: 1 });
  const before = await heading.textContent();
  await page.keyboard.press(key);
  await expect(heading).not.toHaveText(before ?? '');
  await expect(heading).toBeFocused();
  const lang = (await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'ar';
  const title = spokenText(((await heading.textContent()) ?? '').trim(), lang);
  const said = await spokenSince(page, mark, title);
  return said.map((entry) => entry.text);
}

for (const lang of ['ar', 'en'] as const) {
  const w = words[lang];

  test(`listen mode starts with how to use it, then the screen, in ${lang}`, async ({ page }) => {
    await installFakeSpeech(page);
    await startListening(page, lang);
    const said = await spoken(page);
    const startedAt = said.findIndex((entry) => entry.text === w.started);
    expect(startedAt).toBeGreaterThanOrEqual(0);
    const opening = said.slice(startedAt);
    // Listening, privacy, the keys, the other language's own words, then the home screen.
    expect(opening.map((entry) => entry.lang)).toEqual([
      speechLang[lang],
      speechLang[lang],
      speechLang[lang],
      speechLang[lang === 'ar' ? 'en' : 'ar'],
      speechLang[lang],
      speechLang[lang],
    ]);
    expect(opening[4]?.text).toBe(w.home);
    // A slower voice than the system's, for older listeners.
    expect(new Set(opening.map((entry) => entry.rate))).toEqual(new Set([0.8]));
    await kioskDriver(page).expectAccessible();
  });

  test(`each screen of a topic's answer says its heading first, in ${lang}`, async ({ page }) => {
    await installFakeSpeech(page);
    await startListening(page, lang);
    await downTo(page, w.faq);
    const categories = await arriveBy(page, 'Enter');
    noteArrival(categories);
    expect(categories[0]).toBe(
      spokenText((await kioskDriver(page).heading().textContent()) ?? '', lang),
    );
    await downTo(page, w.topic);
    const topic = await arriveBy(page, 'Enter');
    noteArrival(topic);
    expect(topic[0]).toMatch(w.topic);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const question = spokenText(await focusedName(page), lang);
    const mark = await spokenCount(page);
    const answer = await arriveBy(page, 'Enter');
    noteArrival(answer);
    expect(answer[0]).toBe(question);
    // Then the answer itself, paragraph by paragraph, each its own utterance in the language.
    const firstParagraph = await page.locator('.answer p').first().innerText();
    const read = await spokenSince(page, mark, spokenText(firstParagraph, lang));
    expect(read.every((entry) => entry.lang === speechLang[lang])).toBe(true);
    // Back says the topic's heading again.
    const back = await arriveBy(page, 'Backspace');
    expect(back[0]).toMatch(w.topic);
  });

  test(`a choice says its name, place and state; Enter chooses it, in ${lang}`, async ({
    page,
  }) => {
    await installFakeSpeech(page);
    await startListening(page, lang);
    await downTo(page, w.eligibility);
    const question = await arriveBy(page, 'Enter');
    expect(question[0]).toBe(w.nationality);
    const mark = await spokenCount(page);
    await downTo(page, w.yes);
    const options = await page.getByRole('radio').count();
    const unchosen =
      lang === 'ar'
        ? `${w.yes}، الخيار 1 من ${options}، غير محدد`
        : `${w.yes}, option 1 of ${options}, not selected`;
    await spokenSince(page, mark, spokenText(unchosen, lang));
    const chosenMark = await spokenCount(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('radio', { name: w.yes })).toBeChecked();
    const chosen =
      lang === 'ar'
        ? `${w.yes}، الخيار 1 من ${options}، محدد`
        : `${w.yes}, option 1 of ${options}, selected`;
    await spokenSince(page, chosenMark, spokenText(chosen, lang));
  });

  test(`a ticket is said with its number, and nothing is said once the visit ends, in ${lang}`, async ({
    page,
  }) => {
    await installFakeSpeech(page);
    await startListening(page, lang);
    await downTo(page, w.ask);
    noteArrival(await arriveBy(page, 'Enter'));
    await downTo(page, w.take);
    const ticket = await arriveBy(page, 'Enter');
    noteArrival(ticket);
    expect(ticket[0]).toBe(w.ticketTitle);
    const number = (await page.locator('.ticket__number').innerText()).trim();
    expect(ticket.join(' ')).toContain(spokenText(number, lang));

    // Start over, Yes: the visit ends.
    await downTo(page, w.startOver);
    await page.keyboard.press('Enter');
    await downTo(page, w.endVisit);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation')).toHaveCount(0);
    const atEnd = await page.evaluate(() => window.spokenLog.length);
    // Keys and touches on the attract screen, then a visit without listening: still silence.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('button', { name: 'Start in English' }).click();
    await page.getByRole('button', { name: words.en.faq }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Common questions');
    const after: SpokenEntry[] = await page.evaluate((from) => window.spokenLog.slice(from), atEnd);
    expect(after.filter((entry) => entry.kind === 'say')).toEqual([]);
    // What was queued when the visit ended was cut off with it.
    const log: SpokenEntry[] = await page.evaluate(() => window.spokenLog);
    const lastSay = log.map((entry) => entry.kind).lastIndexOf('say');
    expect(log.slice(lastSay + 1).some((entry) => entry.kind === 'cancel')).toBe(true);
  });
}

/** Notes the first sentence a screen said on arrival (for the record of each flow). */
function noteArrival(said: readonly string[]): void {
  test.info().annotations.push({ type: 'first sentence', description: said[0] ?? '' });
}

for (const lang of ['ar', 'en'] as const) {
  const w = words[lang];

  test(`search by keys and by the on-screen keyboard, said as it goes, in ${lang}`, async ({
    page,
  }) => {
    await installFakeSpeech(page);
    await startListening(page, lang);
    await downTo(page, w.faq);
    noteArrival(await arriveBy(page, 'Enter'));
    await downTo(page, w.search);
    const search = await arriveBy(page, 'Enter');
    noteArrival(search);
    expect(search[0]).toBe(spokenText(await kioskDriver(page).heading().innerText(), lang));
    // The on-screen keyboard from the keys: each key says its letter, then what it typed.
    const letter = lang === 'ar' ? 'د' : 'p';
    await downTo(page, new RegExp(`^${letter}$`));
    const typedMark = await spokenCount(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('searchbox')).toHaveValue(letter);
    const typed = await spokenSince(page, typedMark, letter);
    expect(typed.at(-1)).toEqual({ text: letter, lang: speechLang[lang], rate: 0.8 });
    // A physical keyboard: the field says what it holds.
    await downToElement(page, page.getByRole('searchbox'));
    await page.keyboard.press('Backspace');
    await page.keyboard.type(w.query);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.search__results button').first()).toBeFocused();
    const answer = await arriveBy(page, 'Enter');
    noteArrival(answer);
    expect(answer[0]).toBe(spokenText(await kioskDriver(page).heading().innerText(), lang));
  });

  test(`the registration guide by keys: steps read when opened, a tick said, in ${lang}`, async ({
    page,
  }) => {
    await installFakeSpeech(page);
    await startListening(page, lang);
    await downTo(page, w.guide);
    noteArrival(await arriveBy(page, 'Enter'));
    await downTo(page, new RegExp(`^${w.guideStart}$`));
    noteArrival(await arriveBy(page, 'Enter'));
    // Each step opens in place and its text is read, paragraph by paragraph.
    const toggles = page.locator('.guide-step__toggle');
    await downToElement(page, toggles.first());
    const openMark = await spokenCount(page);
    await page.keyboard.press('Enter');
    await expect(toggles.first()).toHaveAttribute('aria-expanded', 'true');
    const firstParagraph = await page.locator('.guide-step__panel p').first().innerText();
    await spokenSince(page, openMark, spokenText(firstParagraph, lang));
    await downTo(page, w.checklist);
    noteArrival(await arriveBy(page, 'Enter'));
    const box = page.getByRole('checkbox').first();
    await downToElement(page, box);
    const tickMark = await spokenCount(page);
    await page.keyboard.press('Enter');
    await expect(box).toBeChecked();
    const ticked = await spokenSince(page, tickMark, lang === 'ar' ? 'عليه علامة' : 'ticked');
    expect(ticked.at(-1)?.text).toMatch(lang === 'ar' ? /، عليه علامة/ : /, ticked/);
  });

  test(`the eligibility check to a result by keys, each question said, in ${lang}`, async ({
    page,
  }) => {
    await installFakeSpeech(page);
    await startListening(page, lang);
    await downTo(page, w.eligibility);
    noteArrival(await arriveBy(page, 'Enter'));
    // "I don't know" to every question, as a radio or as the number question's button.
    while ((await page.getByRole('button', { name: w.seeResult }).count()) === 0) {
      await downTo(page, w.dontKnow);
      const isRadio = await page.evaluate(
        () => (document.activeElement as HTMLInputElement).type === 'radio',
      );
      if (isRadio) {
        await page.keyboard.press('Enter');
        await downTo(page, w.continue);
      }
      noteArrival(await arriveBy(page, 'Enter'));
    }
    await downTo(page, w.seeResult);
    const result = await arriveBy(page, 'Enter');
    noteArrival(result);
    // The result's heading, what it is, then the result itself read out.
    const body = await page.locator('.result-band p').innerText();
    await spokenSince(page, 0, spokenText(body, lang));
  });
}

test('a first touch says a control, a second touch chooses it', async ({ page }) => {
  await installFakeSpeech(page);
  await startListening(page, 'en');
  const faq = page.getByRole('button', { name: words.en.faq });
  const mark = await spokenCount(page);
  await faq.click();
  await spokenSince(page, mark, /^Questions about social security.*button$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.en.home);
  await expect(faq).toBeFocused();
  await faq.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Common questions');
});

test('holding a finger still on empty space for three seconds starts listen mode', async ({
  page,
}) => {
  await installFakeSpeech(page);
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start('en');
  const title = await kiosk.heading().boundingBox();
  if (!title) throw new Error('no heading');
  // Beside the heading, where nothing can be touched.
  await page.mouse.move(title.x + 4, title.y + title.height + 8);
  await page.mouse.down();
  await expect(page.getByRole('heading', { name: words.en.listenPanel })).toBeVisible({
    timeout: 6000,
  });
  await page.mouse.up();
  await spokenSince(page, 0, words.en.started);
  // The touch that started it did nothing else.
  await expect(kiosk.heading()).toHaveText(words.en.home);
});

test('the rate is slower by default and can be changed', async ({ page }) => {
  await installFakeSpeech(page);
  await startListening(page, 'en');
  await downTo(page, words.en.slower);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Speed 65%')).toBeVisible();
  const mark = await spokenCount(page);
  await page.keyboard.press('ArrowDown');
  const said = await spokenSince(page, mark, /./);
  expect(said.at(-1)?.rate).toBe(0.65);
});

test('in listen mode, moving pauses an answer, and Carry on reads its paragraph again', async ({
  page,
}) => {
  // Each sentence takes a while to say, as a real voice does, so the reading is still going.
  await installFakeSpeech(page, undefined, 400);
  await startListening(page, 'en');
  await downTo(page, words.en.topic);
  await arriveBy(page, 'Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await arriveBy(page, 'Enter');
  const paragraphs = (await page.locator('.answer p, .answer li').allInnerTexts()).map((text) =>
    spokenText(text, 'en'),
  );
  await spokenSince(page, 0, paragraphs[0] ?? '');
  // One set of reading controls, the panel's: the answer's own button is not offered twice.
  await expect(page.getByRole('button', { name: 'Listen to the answer' })).toHaveCount(0);
  // Going up to the listening panel pauses the reading where it was.
  await page.keyboard.press('ArrowUp');
  const carryOn = page.getByRole('button', { name: 'Carry on reading' });
  await expect(carryOn).toBeVisible();
  const place = await page.locator('.reading-controls__place').innerText();
  const index = Number(/\d+/.exec(place)?.[0]) - 1;
  await downTo(page, 'Carry on reading');
  await hearFocused(page);
  const mark = await spokenCount(page);
  await page.keyboard.press('Enter');
  const again = await spokenSince(page, mark, paragraphs[index] ?? '');
  expect(again[0]?.text).toBe(paragraphs[index]);
  await kioskDriver(page).expectAccessible();
});

test('an answer read without listen mode can be paused, carried on and repeated', async ({
  page,
}) => {
  await installFakeSpeech(page, undefined, 400);
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start('en');
  await kiosk.tap(words.en.faq);
  await kiosk.tap(words.en.topic);
  await page.locator('.question-list__item').first().click();
  const paragraphs = (await page.locator('.answer p, .answer li').allInnerTexts()).map((text) =>
    spokenText(text, 'en'),
  );
  await kiosk.tap('Listen to the answer');
  await spokenSince(page, 0, paragraphs[0] ?? '');
  await kiosk.tap(words.en.pause);
  await expect(page.getByRole('button', { name: 'Carry on reading' })).toBeVisible();
  const log: SpokenEntry[] = await page.evaluate(() => window.spokenLog);
  expect(log.at(-1)?.kind).toBe('cancel');
  let mark = await spokenCount(page);
  await kiosk.tap('Carry on reading');
  await spokenSince(page, mark, /./);
  mark = await spokenCount(page);
  await kiosk.tap(words.en.repeat);
  const repeated = await spokenSince(page, mark, /./);
  const question = spokenText(await kioskDriver(page).heading().innerText(), 'en');
  expect([question, ...paragraphs]).toContain(repeated[0]?.text);
  // Leaving the screen stops the reading.
  await kiosk.tap('Stop reading');
  await expect(page.getByRole('button', { name: 'Listen to the answer' })).toBeVisible();
});

test('without a voice for the language, it is said once in the other and shown', async ({
  page,
}) => {
  await installFakeSpeech(page, [englishVoice]);
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await page.getByRole('button', { name: /استمع/ }).click();
  await expect(page.getByRole('heading', { name: words.ar.listenPanel })).toBeVisible();
  const note =
    'الاستماع غير متاح بالعربية على هذا الجهاز، لأنه لا يوجد فيه صوت عربي. يمكن للموظف أن يساعدك.';
  await expect(page.getByText(note)).toBeVisible();
  const said = await spokenSince(page, 0, 'Listening in Arabic is not available');
  expect(said).toEqual([
    {
      text: 'Listening in Arabic is not available on this kiosk. Please ask the staff member near you.',
      lang: 'en-GB',
      rate: 0.8,
    },
  ]);
  // Moving about says nothing more: there is no Arabic voice to say it with.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.getByRole('button', { name: words.ar.faq }).click();
  await expect(kiosk.heading()).toHaveText('الأسئلة الشائعة');
  expect(await spokenCount(page)).toBe(1);
  await kiosk.expectAccessible();
});

test('an ID number typed into the search is never read out', async ({ page }) => {
  await installFakeSpeech(page);
  await startListening(page, 'en');
  await downTo(page, words.en.faq);
  await arriveBy(page, 'Enter');
  await downTo(page, /Type your question/);
  await arriveBy(page, 'Enter');
  await downTo(page, /Your question/);
  await page.keyboard.type('1012345678');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  const said = await spokenSince(page, 0, /a 10-digit number|a ten-digit number/);
  const texts = said.map((entry) => entry.text).join(' ');
  expect(texts).not.toMatch(/1012345678|one, zero, one|ten billion|one billion/);
});

/** Answers each choice question with its first option until the household-size keypad shows. */
async function toHouseholdSize(page: Page): Promise<void> {
  await downTo(page, words.en.eligibility);
  await arriveBy(page, 'Enter');
  while ((await page.locator('#question-number').count()) === 0) {
    for (let press = 0; press < 40; press += 1) {
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement).type === 'radio'))
        break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await downTo(page, 'Continue');
    await arriveBy(page, 'Enter');
  }
}

for (const output of ['aloud', 'headphones'] as const) {
  test(`a digit key is said ${output === 'aloud' ? 'by its place, aloud' : 'by its digit, in headphones'}; typed digits are not`, async ({
    page,
  }) => {
    await installFakeSpeech(page);
    await kioskDriver(page).open();
    await writeSettings(page, { speechOutput: output });
    await page.reload();
    await expect(page.locator('html[data-ready="true"]')).toBeAttached();
    await startListening(page, 'en');
    const said = (await spoken(page)).map((entry) => entry.text);
    expect(said).toContain(
      output === 'aloud'
        ? 'Note: people near you can hear what is said, and the numbers you type are not read out.'
        : 'Speech comes only from the headphones.',
    );
    await toHouseholdSize(page);
    const mark = await spokenCount(page);
    await downTo(page, /^3$/);
    const key =
      output === 'aloud'
        ? spokenText('digit key, row 1, column 3, button', 'en')
        : spokenText('3, button', 'en');
    await spokenSince(page, mark, key);
    const typed = await spokenCount(page);
    await page.keyboard.press('Enter');
    await expect(page.locator('#question-number')).toHaveValue('3');
    const echo = await spokenSince(page, typed, output === 'aloud' ? 'digit' : 'three');
    expect(echo.at(-1)?.text).toBe(output === 'aloud' ? 'digit' : 'three');
  });
}

test('the staff see which voice each language uses, and set where speech is heard', async ({
  page,
}) => {
  await installFakeSpeech(page, [arabicVoice]);
  await kioskDriver(page).open();
  const staff = staffDriver(page);
  await staff.openEntrance();
  await staff.createAdmin();
  await staff.openSection('حالة الجهاز');
  const fact = (label: string) =>
    page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
  await expect(fact('صوت الاستماع بالعربية')).toHaveText('Hoda (ar-SA) (ar-SA، على الجهاز)');
  await expect(fact('صوت الاستماع بالإنجليزية')).toHaveText(
    'لا يوجد: لا يستطيع وضع الاستماع الكلام بهذه اللغة. ثبّت لها صوتًا يعمل على الجهاز دون شبكة.',
  );
  await expect(fact('أين يُسمع كلام الاستماع')).toHaveText('بصوت مسموع (سماعات الجهاز)');

  await staff.openSection('الإعدادات');
  const headphones = page.getByRole('button', { name: 'سماعة الرأس فقط' });
  await headphones.click();
  await expect(headphones).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'احفظ الإعدادات' }).click();
  await expect(page.getByText('تم الحفظ. يعمل الجهاز بالإعدادات الجديدة الآن.')).toBeVisible();
  await staff.openSection('حالة الجهاز');
  await expect(fact('أين يُسمع كلام الاستماع')).toHaveText('سماعة الرأس فقط');
});
