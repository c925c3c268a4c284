/**
 * Nothing personal typed into search is kept: not in any IndexedDB database (read raw, whatever
 * the storage format), and not in the page's memory once the visit has ended (a heap snapshot
 * after garbage collection). The full hostile-input corpus is checked by the unit test
 * (tests/unit/core/privacySearchText.test.ts); these are a representative twenty of it, typed
 * through the kiosk itself.
 */
import { expect, test, type Page } from '@playwright/test';
import { heapSnapshot, retainersOf } from './support/heap';
import { dumpIndexedDb } from './support/indexedDbDump';
import { installStoreReader, kioskDriver, type StoredEvent } from './support/kiosk';

type Hostile = {
  readonly text: string;
  /** Words and numbers from `text` that must not be stored. */
  readonly secrets: readonly string[];
  /** `paste`: arrives in one piece, as a paste does; otherwise filled in. */
  readonly how?: 'paste';
};

const hostileInputs: readonly Hostile[] = [
  { text: 'اسمي محمد بن عبدالله الحربي', secrets: ['محمد', 'عبدالله', 'الحربي'] },
  { text: 'كم مبلغ الدعم لمحمد الحربي', secrets: ['لمحمد', 'الحربي'] },
  { text: 'ahmed.alharbi@example.com', secrets: ['ahmed', 'alharbi', 'ahmed.alharbi@example.com'] },
  { text: 'my name is Hope Alshehri', secrets: ['Hope', 'Alshehri'] },
  {
    text: 'Mohammed Abdullah Al-Qahtani 1098765432',
    secrets: ['Mohammed', 'Qahtani', '1098765432'],
  },
  { text: 'رقم هويتي ١٠٩٨٧٦٥٤٣٢ متى ينزل', secrets: ['١٠٩٨٧٦٥٤٣٢'] },
  { text: 'جوالي ۰۵۵۱۲۳۴۵۶۷', secrets: ['۰۵۵۱۲۳۴۵۶۷'] },
  { text: 'الايبان SA03 8000 0000 6080 1016 7519', secrets: ['SA03 8000 0000 6080 1016 7519'] },
  { text: '10a12b34c56d78', secrets: ['10a12b34c56d78'] },
  { text: '10:12:34:56:78', secrets: ['10:12:34:56:78'] },
  { text: '1+0+9+8+7+6+5+4+3+2', secrets: ['1+0+9+8+7+6+5+4+3+2'] },
  { text: 'هويتي ¹⁰⁹⁸⁷⁶⁵⁴³²', secrets: ['¹⁰⁹⁸⁷⁶⁵⁴³²'] },
  { text: 'my id ①⓪⑨⑧⑦⑥⑤④③②', secrets: ['①⓪⑨⑧⑦⑥⑤④③②'] },
  { text: 'رقمي １０９８７６５４３２', secrets: ['１０９８７６５４３２'] },
  { text: 'call me +966 55 123 4567', secrets: ['+966 55 123 4567'] },
  { text: '\u202Eيبرحلا دمحم\u202C', secrets: ['يبرحلا', 'دمحم'] },
  { text: 'محمد\u0000الحربي\u2066نورة\u2069', secrets: ['محمد', 'الحربي', 'نورة'] },
  {
    text: 'Saeed Alzahrani 2234567890 '.repeat(8000),
    secrets: ['Saeed', 'Alzahrani', '2234567890'],
    how: 'paste',
  },
  { text: 'Fatimah Al-Otaibi sara.alshehri@yahoo.com', secrets: ['Fatimah', 'Otaibi', 'sara'] },
  {
    text: 'أنا سعيد الغامدي وأبغى أعرف راتبي 0551234567',
    secrets: ['سعيد', 'الغامدي', '0551234567'],
  },
];

test.beforeEach(async ({ page }) => {
  await installStoreReader(page);
});

async function openSearch(page: Page) {
  await page.getByRole('button', { name: /Questions about social security/ }).click();
  await page.getByRole('button', { name: /Type your question/ }).click();
  await expect(page.getByRole('searchbox')).toBeFocused();
}

/** Digits in any script, as ASCII (NFKC folds fullwidth, superscript and circled digits). */
function asciiDigits(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0));
}

/** Runs of three or more digits of a secret, as written and as ASCII. */
function digitRuns(secret: string): string[] {
  const runs = [secret, asciiDigits(secret)].flatMap((text) => text.match(/\p{N}{3,}/gu) ?? []);
  return [...new Set(runs)];
}

/** Stored text without ids and timestamps, whose digits mean nothing. */
function withoutIdsAndTimes(dump: string): string {
  return (
    dump
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '')
      .replace(/"(?:at|startedAt|endedAt|createdAt|updatedAt)":\d+/g, '')
      .replace(/:\d{10,}(?=[,}\]])/g, ':0')
      // Compact event records start with their time in epoch milliseconds (2023 to 2030).
      .replace(/(?<![\p{L}\p{N}])1[78]\d{11}(?![\p{L}\p{N}])/gu, '0')
  );
}

/**
 * The dump with the compact event batches read back as events (as the office's tools read them),
 * so each number is checked as what it is: the times, and the time offsets inside a batch, are
 * `at` fields (left out below); everything else of every event, and every string in the raw
 * batches, stays in.
 */
function withEventsDecoded(dump: string, events: readonly StoredEvent[]): string {
  const databases = JSON.parse(dump) as Record<string, Record<string, unknown>>;
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const stores of Object.values(databases)) {
    if (!('visitEvents' in stores)) continue;
    collect(stores.visitEvents);
    delete stores.visitEvents;
  }
  return JSON.stringify({ databases, events, batchStrings: strings });
}

/** The dump's record values without their keys, as JSON. */
function storedValues(dump: string): string {
  const databases = JSON.parse(dump) as Record<string, Record<string, { values: unknown }>>;
  return JSON.stringify(
    Object.values(databases).flatMap((stores) =>
      Object.values(stores).map((store) => store.values),
    ),
  );
}

function hasWord(haystack: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(haystack);
}

test('nothing typed into search is stored: no name, number, address or hidden character', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start('en');
  await openSearch(page);
  const field = page.getByRole('searchbox');

  for (const [index, hostile] of hostileInputs.entries()) {
    const before = (await kiosk.storedEvents()).filter((event) => event.type === 'search').length;
    if (hostile.how === 'paste') {
      await field.fill('');
      await page.keyboard.insertText(hostile.text);
    } else {
      await field.fill(hostile.text);
    }
    // The field keeps at most 80 characters, however the text arrived.
    expect((await field.inputValue()).length).toBeLessThanOrEqual(80);
    if (index % 2 === 0) {
      // Typing pauses: the search settles after 2 s.
      await expect
        .poll(
          async () =>
            (await kiosk.storedEvents()).filter((event) => event.type === 'search').length,
          { timeout: 5000 },
        )
        .toBeGreaterThan(before);
    } else {
      // Leaving the screen settles it at once.
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.getByRole('button', { name: /Type your question/ }).click();
    }
  }
  await field.fill('متى ينزل الضمان 1098765432');
  await kioskDriver(page).endVisit();

  await expect
    .poll(async () => (await kiosk.storedSessions()).some((session) => session.endedAt))
    .toBe(true);
  const events = await kiosk.storedEvents();
  const texts = events
    .filter((event) => event.type === 'search' || event.type === 'search-no-results')
    .map((event) => String(event.payload.text));
  // A search is one event from its first letter until it settles, so fast typing makes fewer.
  expect(texts.length).toBeGreaterThanOrEqual(hostileInputs.length / 2);
  // The last search, pending when the visit ended, was recorded with its words and no number.
  expect(texts).toContain('متى ينزل الضمان #');

  const dump = await dumpIndexedDb(page);
  expect(dump).toContain('"rukn"');
  const haystack = withoutIdsAndTimes(withEventsDecoded(dump, events));
  const found: string[] = [];
  for (const { text, secrets } of hostileInputs) {
    for (const secret of [...secrets, text.slice(0, 80)]) {
      for (const run of digitRuns(secret)) if (haystack.includes(run)) found.push(run);
      const letters = secret.replace(/\p{N}+/gu, ' ').trim();
      if (letters.length >= 3 && !/\s/u.test(secret) && hasWord(haystack, secret)) {
        found.push(secret);
      }
    }
  }
  expect(found).toEqual([]);
  // Control characters (written as \u00XX escapes in JSON), bidi and zero-width characters, in
  // what is stored: the record keys are left out, as a visit's id is kept there as raw bytes.
  expect(storedValues(dump)).not.toMatch(
    /\\u00[01][0-9a-f]|[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/iu,
  );
});

test('the search field holds at most 80 characters, however the text arrives', async ({ page }) => {
  const kiosk = kioskDriver(page);
  await kiosk.open();
  await kiosk.start('en');
  await openSearch(page);
  const field = page.getByRole('searchbox');

  // Pasted: a 200,000-character paste arrives in one piece.
  await page.keyboard.insertText('payment '.repeat(25_000));
  await expect(field).toHaveValue('payment '.repeat(10));
  // Typed on a keyboard, past the limit.
  await field.fill('');
  await page.keyboard.type(`${'when '.repeat(16)}paid`);
  await expect(field).toHaveValue('when '.repeat(16));
  // The on-screen keyboard writes through the same state: a key on a full field changes nothing.
  await page
    .getByRole('group', { name: 'Keyboard' })
    .getByRole('button', { name: 'q', exact: true })
    .click();
  await expect(field).toHaveValue('when '.repeat(16));
  // The query kept for Back is the capped one.
  await field.fill('');
  await page.keyboard.insertText(`iban ${'x'.repeat(200)}`);
  const kept = await field.inputValue();
  expect(kept).toHaveLength(80);
  await field.fill(`iban ${'bank '.repeat(40)}`);
  await expect(field).toHaveValue(`iban ${'bank '.repeat(40)}`.slice(0, 80));
  await page.locator('.search__results .question-list__item').first().click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(field).toHaveValue(`iban ${'bank '.repeat(40)}`.slice(0, 80));
});

/**
 * React keeps a component's previous render (its state and the closures it created) on the
 * fiber's alternate until the component renders again. The component that owns the visit's route
 * stack must therefore render once more after a visit ends, or the last route stack (and the
 * search query in it) stays reachable. A failure prints the chain of objects holding the marker.
 */
for (const where of ['on the search screen', 'on an answer opened from the results'] as const) {
  test(`at the end of a visit the raw query is gone from memory too: ended ${where}`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const kiosk = kioskDriver(page);
    await kiosk.open();
    await kiosk.start('en');
    await openSearch(page);

    // Typed key by key (never passed to the page as one string), once settled and once pending.
    await page.keyboard.type('payment Zubairqwx 1098765432');
    await expect
      .poll(async () => (await kiosk.storedEvents()).some((event) => event.type === 'search'))
      .toBe(true);
    await page.keyboard.type(' Qadirzyv 2098765431');
    if (where === 'on an answer opened from the results') {
      await page.locator('.search__results .question-list__item').first().click();
      await expect(page.getByRole('searchbox')).toHaveCount(0);
    }
    await kioskDriver(page).endVisit();

    const snapshot = await heapSnapshot(page);
    const markers = ['Zubairqwx', '1098765432', 'Qadirzyv', '2098765431'];
    const retained = markers.flatMap((marker) => retainersOf(snapshot, marker));
    expect(retained).toEqual([]);
  });
}
