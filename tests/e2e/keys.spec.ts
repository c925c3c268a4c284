/**
 * The kiosk from a keypad alone (EZ Access: Up, Down, Enter, Back) or a keyboard, never a touch,
 * in Arabic and in English: an answer found by topic, by search typed on a physical keyboard and
 * on the on-screen keyboard, the registration guide to a ticked checklist item, the eligibility
 * check to a result, and a help ticket. Every new screen gives the focus to its heading, with a
 * ring the visitor can see; Backspace is Back (and deletes a character in a text field); Down
 * from the last control comes round to the first; Start over's question is answered with keys.
 * Each flow attaches the number of key presses it took as a "key presses" annotation.
 */
import { expect, test, type Page } from '@playwright/test';
import { shippedContentBundle } from '../../scripts/contentFiles';
import { kioskDriver } from './support/kiosk';
import { keysDriver } from './support/keys';
import { installFakeSpeech } from './support/speech';

type Lang = 'ar' | 'en';

const content = shippedContentBundle();
const eligibility = content.eligibility.texts;

/** A question of the shipped content, by id. */
function faqEntry(id: string) {
  const entry = content.faq.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no question "${id}" in the content`);
  return entry;
}

/** A topic of the shipped content, by id. */
function faqCategory(id: string) {
  const category = content.categories.find((candidate) => candidate.id === id);
  if (!category) throw new Error(`no topic "${id}" in the content`);
  return category;
}

/** The kiosk's words for what a visitor reaches and reads, in each language. */
const words = {
  ar: {
    start: 'ابدأ بالعربية',
    homeTitle: 'كيف يمكننا مساعدتك؟',
    questions: 'أسئلة عن الضمان',
    faqTitle: 'الأسئلة الشائعة',
    sources: 'من أين جاءت هذه المعلومة',
    typeQuestion: 'اكتب سؤالك',
    searchTitle: 'ابحث عن سؤالك',
    keyboard: 'لوحة المفاتيح',
    /** Typed on a physical keyboard, one letter too many, put right with Backspace. */
    slip: 'الدعمم',
    typed: 'الدعم',
    /** Typed on the on-screen keyboard. */
    short: 'دعم',
    guide: 'التسجيل في الضمان الاجتماعي المطور خطوة بخطوة',
    guideStart: 'ابدأ',
    stepsTitle: 'التسجيل خطوة بخطوة',
    whatDoIHave: 'ماذا عندي؟',
    eligibility: 'تحقق مبدئي من أهليتك',
    continue: 'متابعة',
    upToLimit: '3 أشهر أو أقل',
    keypad: 'أزرار الأرقام',
    people: 'عدد الأشخاص',
    income: 'ريال في الشهر',
    checkTitle: 'راجع إجاباتك',
    seeResult: 'اعرض النتيجة',
    ask: 'اطلب مساعدة موظف',
    askTitle: 'طلب مساعدة من موظف',
    takeTicket: 'خذ رقم انتظار',
    ticketTitle: 'رقم انتظارك',
    home: 'الرئيسية',
    startOver: 'البدء من جديد',
    lastTool: 'ألوان أوضح',
    endTitle: 'هل تريد إنهاء زيارتك؟',
    keepVisit: 'لا، أكمل',
    endVisit: 'نعم، أنهِ الزيارة',
  },
  en: {
    start: 'Start in English',
    homeTitle: 'How can we help you?',
    questions: 'Questions about social security',
    faqTitle: 'Common questions',
    sources: 'Where this comes from',
    typeQuestion: 'Type your question',
    searchTitle: 'Search for your question',
    keyboard: 'Keyboard',
    slip: 'paymentt',
    typed: 'payment',
    short: 'pay',
    guide: 'Register in the updated social security — step by step',
    guideStart: 'Start',
    stepsTitle: 'Register step by step',
    whatDoIHave: 'What do I have?',
    eligibility: 'Check if you may qualify',
    continue: 'Continue',
    upToLimit: '3 months or less',
    keypad: 'Number keys',
    people: 'Number of people',
    income: 'SAR a month',
    checkTitle: 'Check your answers',
    seeResult: 'See the result',
    ask: 'Ask a staff member',
    askTitle: 'Ask a staff member',
    takeTicket: 'Take a ticket',
    ticketTitle: 'Your ticket number',
    home: 'Home',
    startOver: 'Start over',
    lastTool: 'Stronger colours',
    endTitle: 'Do you want to end your visit?',
    keepVisit: 'No, carry on',
    endVisit: 'Yes, end my visit',
  },
} as const;

/** What each search finds first, in each language (see assets/content/faq.json). */
const searchFinds = { ar: faqEntry('support-platform-what'), en: faqEntry('payment-date') };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A visit started with keys from the attract screen: Down to «ابدأ بالعربية» or "Start in
 * English", Enter, and the home screen's heading has the focus.
 */
async function startWithKeys(page: Page, lang: Lang) {
  const w = words[lang];
  await kioskDriver(page).open();
  const keys = keysDriver(page);
  await keys.activate(page.getByRole('button', { name: w.start }));
  await keys.expectScreen(w.homeTitle);
  return {
    keys,
    w,
    button: (name: string | RegExp, exact = false) => page.getByRole('button', { name, exact }),
    heading: page.getByRole('heading', { level: 1 }),
  };
}

/**
 * Home → the questions → the payments topic → "When is social security paid?", with keys: the
 * answer's heading has the focus and its first paragraph shows.
 */
async function answerByTopic(page: Page, lang: Lang) {
  const visit = await startWithKeys(page, lang);
  const { keys, w, button } = visit;
  const topic = faqCategory('payments');
  const entry = faqEntry('payment-date');
  await keys.activate(button(w.questions));
  await keys.expectScreen(w.faqTitle);
  await keys.activate(button(topic.title[lang]));
  await keys.expectScreen(topic.title[lang]);
  await keys.activate(button(entry.question[lang], true));
  await keys.expectScreen(entry.question[lang]);
  await expect(page.getByText(entry.answer[lang][0] ?? '')).toBeVisible();
  return visit;
}

for (const lang of ['ar', 'en'] as const) {
  test(`an answer found by topic, with keys only (${lang})`, async ({ page }) => {
    const { keys } = await answerByTopic(page, lang);
    keys.report('answer by topic', lang);
  });

  test(`an answer's sources open with keys (${lang})`, async ({ page }) => {
    const { keys, w } = await answerByTopic(page, lang);
    // "Where this comes from" folds the list of sources away; Tab stops on it, so must Down.
    const [sourceKey = ''] = faqEntry('payment-date').sources;
    const source = page
      .getByRole('listitem')
      .filter({ hasText: content.sources[sourceKey]?.site ?? sourceKey });
    await expect(source).toBeHidden();
    await keys.downTo(page.getByText(w.sources, { exact: true }));
    await keys.press('Enter');
    await expect(source).toBeVisible();
  });

  test(`an answer found by search typed on a physical keyboard (${lang})`, async ({ page }) => {
    const { keys, w, button, heading } = await startWithKeys(page, lang);
    const found = searchFinds[lang].question[lang];

    await keys.activate(button(w.questions));
    await keys.expectScreen(w.faqTitle);
    await keys.activate(button(w.typeQuestion));
    // A keypad user starts at the heading, as on every screen, not in the field.
    await keys.expectScreen(w.searchTitle);

    const field = page.getByRole('searchbox');
    await keys.downTo(field);
    await keys.type(w.slip);
    await expect(field).toHaveValue(w.slip);
    // In a text field Backspace deletes the last character; it is not Back.
    await keys.press('Backspace');
    await expect(field).toHaveValue(w.typed);
    await expect(heading).toHaveText(w.searchTitle);
    await expect(field).toBeFocused();

    // Enter in the search field goes on to the first result.
    const result = button(found, true);
    await expect(result).toBeVisible();
    await keys.press('Enter');
    await expect(result).toBeFocused();
    await keys.press('Enter');
    await keys.expectScreen(found);
    keys.report('answer by search, physical keyboard', lang);

    // Back is Backspace: the search again, with the words typed kept.
    await keys.press('Backspace');
    await keys.expectScreen(w.searchTitle);
    await expect(field).toHaveValue(w.typed);
    await keys.press('Backspace');
    await keys.expectScreen(w.faqTitle);
  });

  test(`an answer found by search typed on the on-screen keyboard with keys (${lang})`, async ({
    page,
  }) => {
    const { keys, w, button } = await startWithKeys(page, lang);
    const found = searchFinds[lang].question[lang];

    await keys.activate(button(w.questions));
    await keys.expectScreen(w.faqTitle);
    await keys.activate(button(w.typeQuestion));
    await keys.expectScreen(w.searchTitle);

    // Each letter: to its key with Up or Down, then Enter; the focus stays on the key.
    const keyboard = page.getByRole('group', { name: w.keyboard });
    await keys.typeOn(keyboard, w.short, page.getByRole('searchbox'));
    await keys.activate(button(found, true));
    await keys.expectScreen(found);
    keys.report('answer by search, on-screen keyboard', lang);
  });

  test(`the registration guide, every step opened and an item ticked, with keys (${lang})`, async ({
    page,
  }) => {
    const { keys, w, button, heading } = await startWithKeys(page, lang);
    const guide = content.guide;

    await keys.activate(button(w.guide));
    await keys.expectScreen(guide.start.title[lang]);
    await keys.activate(button(w.guideStart, true));
    await keys.expectScreen(w.stepsTitle);

    // Each step opens in place with Enter; the focus stays on it, and Down goes on through the
    // opened step's own questions to the next step.
    for (const step of guide.steps) {
      const toggle = button(new RegExp(`^${step.number}\\s*${escapeRegExp(step.title[lang])}`));
      await keys.downTo(toggle);
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await keys.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(toggle).toBeFocused();
    }
    await expect(page.getByRole('button', { expanded: true })).toHaveCount(guide.steps.length);

    await keys.downTo(button(w.whatDoIHave));
    await keys.press('Enter');
    await keys.expectScreen(w.whatDoIHave);
    const [first] = guide.checklist;
    const item = page.getByRole('checkbox', {
      name: new RegExp(`^${escapeRegExp(first?.label[lang] ?? '')}`),
    });
    await keys.downTo(item);
    await expect(item).not.toBeChecked();
    await keys.press('Enter');
    await expect(item).toBeChecked();
    await expect(item).toBeFocused();
    await expect(heading).toHaveText(w.whatDoIHave);
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
    keys.report('registration guide', lang);
  });

  // Landscape too: there the sticky Continue bar stands close over the answers.
  for (const orientation of ['portrait', 'landscape'] as const) {
    test(`the eligibility check to a result, with keys only (${lang}, ${orientation})`, async ({
      page,
    }) => {
      if (orientation === 'landscape') {
        await page.setViewportSize({ width: 1920, height: 1080 });
        await installFakeSpeech(page);
      }
      const { keys, w, button, heading } = await startWithKeys(page, lang);
      if (orientation === 'landscape') {
        // Help starts listen mode: its panel pushes the answers down towards the sticky bar.
        await keys.press('F1');
        await expect(page.locator('.listen-panel')).toBeVisible();
      }
      const q = eligibility.questions;

      /**
       * Down to an answer and Enter: the answer is chosen and the question stays (Enter on a
       * radio must not send the form); on the way to Continue the other answers stay unchosen.
       */
      const answer = async (title: string, option: string, next: string) => {
        const radio = page.getByRole('radio', { name: option, exact: true });
        await keys.downTo(radio);
        await keys.press('Enter');
        await expect(radio).toBeChecked();
        await expect(radio).toBeFocused();
        await expect(heading).toHaveText(title);
        await expect(page.getByRole('alert')).toHaveCount(0);
        await keys.downTo(button(w.continue, true));
        await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
        await expect(radio).toBeChecked();
        await keys.press('Enter');
        await keys.expectScreen(next);
      };

      await keys.activate(button(w.eligibility));
      await keys.expectScreen(q.nationality.title[lang]);
      await answer(
        q.nationality.title[lang],
        q.nationality.options.saudi[lang],
        q.residence.title[lang],
      );
      await answer(q.residence.title[lang], w.upToLimit, q.applyingAs.title[lang]);
      await answer(
        q.applyingAs.title[lang],
        q.applyingAs.options.family[lang],
        q.householdSize.title[lang],
      );

      // Numbers on the on-screen keypad: Down to each digit, Enter.
      const keypad = page.getByRole('group', { name: w.keypad });
      await keys.typeOn(keypad, '4', page.getByRole('textbox', { name: w.people }));
      await keys.activate(button(w.continue, true));
      await keys.expectScreen(q.monthlyIncome.title[lang]);
      await keys.typeOn(keypad, '1000', page.getByRole('textbox', { name: w.income }), (typed) =>
        Number(typed).toLocaleString('en-US'),
      );
      await keys.activate(button(w.continue, true));

      await keys.expectScreen(w.checkTitle);
      await keys.activate(button(w.seeResult));
      await keys.expectScreen(eligibility.bands['likely-eligible'].title[lang]);
      if (orientation === 'portrait') keys.report('eligibility check', lang);
    });
  }

  test(`a help ticket, with keys only (${lang})`, async ({ page }) => {
    const { keys, w, button } = await startWithKeys(page, lang);

    await keys.activate(button(w.ask));
    await keys.expectScreen(w.askTitle);
    await keys.activate(button(w.takeTicket));
    await keys.expectScreen(w.ticketTitle);
    await expect(page.locator('.ticket__number')).toHaveText('1');
    keys.report('help ticket', lang);
  });

  test(`Back, the way round the screen and Start over's question, with keys (${lang})`, async ({
    page,
  }) => {
    const { keys, w, button, heading } = await startWithKeys(page, lang);

    // On the first screen of a visit Back has nowhere to go: the visit stays where it is.
    await keys.press('Backspace');
    await expect(heading).toHaveText(w.homeTitle);
    await expect(page.getByRole('navigation')).toBeVisible();

    // Down from the last control (the toolbar's last button, at the foot of the screen) comes
    // round to the first (Home, at its head); Up from there goes back round.
    await keys.activate(button(w.questions));
    await keys.expectScreen(w.faqTitle);
    const lastTool = button(w.lastTool, true);
    const home = button(w.home, true);
    await keys.downTo(lastTool);
    await keys.press('ArrowDown');
    await expect(home).toBeFocused();
    await keys.press('ArrowUp');
    await expect(lastTool).toBeFocused();

    // Backspace is Back: home again, its heading focused.
    await keys.press('Backspace');
    await keys.expectScreen(w.homeTitle);

    // Start over asks first, with the safe answer focused; Down stays inside the question.
    const startOver = button(w.startOver, true);
    const question = page.getByRole('alertdialog', { name: w.endTitle });
    const keepVisit = question.getByRole('button', { name: w.keepVisit });
    const endVisit = question.getByRole('button', { name: w.endVisit });
    await keys.activate(startOver);
    await expect(question).toBeVisible();
    await expect(keepVisit).toBeFocused();
    await keys.press('ArrowDown');
    await expect(endVisit).toBeFocused();
    await keys.press('ArrowDown');
    await expect(keepVisit).toBeFocused();

    // Back keeps the visit, and the focus returns to Start over.
    await keys.press('Backspace');
    await expect(question).toBeHidden();
    await expect(startOver).toBeFocused();
    await expect(heading).toHaveText(w.homeTitle);

    // So do Escape, and Enter on the answer that has the focus.
    await keys.press('Enter');
    await expect(keepVisit).toBeFocused();
    await keys.press('Escape');
    await expect(question).toBeHidden();
    await expect(startOver).toBeFocused();
    await keys.press('Enter');
    await expect(keepVisit).toBeFocused();
    await keys.press('Enter');
    await expect(question).toBeHidden();
    await expect(heading).toHaveText(w.homeTitle);

    // Yes ends the visit: the attract screen, where the next visitor starts with keys too.
    await keys.activate(startOver);
    await keys.downTo(endVisit);
    await keys.press('Enter');
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await keys.activate(button(w.start));
    await keys.expectScreen(w.homeTitle);
    keys.report('Back, round the screen and Start over', lang);
  });
}
