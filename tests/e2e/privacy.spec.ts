/**
 * Nothing personal typed into search is kept: not in any IndexedDB database (read raw, whatever
 * the storage format), and not in the page's memory once the visit has ended (a heap snapshot
 * after garbage collection). The full hostile-input corpus is checked by the unit test
 * (tests/unit/core/privacySearchText.test.ts); these are a representative twenty of it, typed
 * through the kiosk itself.
 */
import { expect, test, type Page } from '@playwright/test';
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

/**
 * Every record of every object store of every IndexedDB database, as text. Values that are not
 * plain JSON (binary, blobs, maps) are written out as text too, so the check does not depend on
 * how the kiosk stores its records.
 */
async function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const asText = async (value: unknown): Promise<unknown> => {
      if (value instanceof Blob) return value.text();
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        const bytes =
          value instanceof ArrayBuffer
            ? new Uint8Array(value)
            : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        return [new TextDecoder('utf-8').decode(bytes), new TextDecoder('utf-16le').decode(bytes)];
      }
      if (value instanceof Map) return asText([...value.entries()]);
      if (value instanceof Set) return asText([...value]);
      if (value instanceof Date) return value.toISOString();
      if (Array.isArray(value)) return Promise.all(value.map(asText));
      if (value !== null && typeof value === 'object') {
        const entries = await Promise.all(
          Object.entries(value).map(async ([key, item]) => [key, await asText(item)] as const),
        );
        return Object.fromEntries(entries);
      }
      return value;
    };
    const dump: Record<string, Record<string, unknown>> = {};
    for (const { name } of await indexedDB.databases()) {
      if (name === undefined) continue;
      const database = await request(indexedDB.open(name));
      dump[name] = {};
      for (const store of database.objectStoreNames) {
        const objectStore = database.transaction(store).objectStore(store);
        const [keys, values] = await Promise.all([
          request(objectStore.getAllKeys()),
          request(objectStore.getAll()),
        ]);
        dump[name][store] = await asText({ keys, values });
      }
      database.close();
    }
    return JSON.stringify(dump);
  });
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

type HeapSnapshot = {
  snapshot: {
    meta: { node_fields: string[]; edge_fields: string[]; node_types: unknown[][] };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
};

async function heapSnapshot(page: Page): Promise<HeapSnapshot> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.enable');
  for (let round = 0; round < 3; round += 1) await session.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await session.detach();
  return JSON.parse(chunks.join('')) as HeapSnapshot;
}

/**
 * For each heap string containing `marker`, the chain of objects holding it (shortest first
 * found, up to 12 steps), so a failure says what keeps it alive.
 */
function retainersOf(heap: HeapSnapshot, marker: string): string[] {
  const {
    node_fields: nodeFields,
    edge_fields: edgeFields,
    node_types: nodeTypes,
  } = heap.snapshot.meta;
  const nodeSize = nodeFields.length;
  const edgeSize = edgeFields.length;
  const nameField = nodeFields.indexOf('name');
  const typeField = nodeFields.indexOf('type');
  const edgeCountField = nodeFields.indexOf('edge_count');
  const edgeNameField = edgeFields.indexOf('name_or_index');
  const edgeTypeField = edgeFields.indexOf('type');
  const edgeToField = edgeFields.indexOf('to_node');
  const typeNames = nodeTypes[0] as string[];
  const edgeTypeNames = (heap.snapshot.meta as unknown as { edge_types: string[][] })
    .edge_types[0] as string[];
  const nodeCount = heap.nodes.length / nodeSize;
  const retainers = new Map<number, { from: number; edge: string }[]>();
  let edgeIndex = 0;
  for (let node = 0; node < nodeCount; node += 1) {
    const count = heap.nodes[node * nodeSize + edgeCountField] ?? 0;
    for (let edge = 0; edge < count; edge += 1, edgeIndex += edgeSize) {
      const to = (heap.edges[edgeIndex + edgeToField] ?? 0) / nodeSize;
      const type = edgeTypeNames[heap.edges[edgeIndex + edgeTypeField] ?? 0] ?? '';
      if (type === 'weak') continue;
      const nameOrIndex = heap.edges[edgeIndex + edgeNameField] ?? 0;
      const name =
        type === 'element' || type === 'hidden' ? `[${nameOrIndex}]` : heap.strings[nameOrIndex];
      const list = retainers.get(to) ?? [];
      list.push({ from: node, edge: name ?? '?' });
      retainers.set(to, list);
    }
  }
  const describe = (node: number) => {
    const type = typeNames[heap.nodes[node * nodeSize + typeField] ?? 0] ?? '?';
    const name = heap.strings[heap.nodes[node * nodeSize + nameField] ?? 0] ?? '';
    return `${type}:${name.slice(0, 40)}`;
  };
  const found: string[] = [];
  for (let node = 0; node < nodeCount; node += 1) {
    const type = typeNames[heap.nodes[node * nodeSize + typeField] ?? 0];
    if (type !== 'string' && type !== 'concatenated string' && type !== 'sliced string') continue;
    const name = heap.strings[heap.nodes[node * nodeSize + nameField] ?? 0] ?? '';
    if (!name.includes(marker)) continue;
    // Breadth-first towards a root, to show one retaining path.
    const seen = new Map<number, { from: number; edge: string } | undefined>([[node, undefined]]);
    let frontier = [node];
    let end = node;
    for (let depth = 0; depth < 12 && frontier.length > 0; depth += 1) {
      const next: number[] = [];
      for (const current of frontier) {
        for (const retainer of retainers.get(current) ?? []) {
          if (seen.has(retainer.from)) continue;
          seen.set(retainer.from, { from: current, edge: retainer.edge });
          next.push(retainer.from);
          end = retainer.from;
        }
      }
      frontier = next;
    }
    const path: string[] = [];
    for (let at: number | undefined = end; at !== undefined;) {
      const step = seen.get(at);
      path.push(step ? `${describe(at)} -${step.edge}->` : describe(at));
      at = step?.from;
    }
    found.push(`${JSON.stringify(name.slice(0, 60))} held by: ${path.join(' ')}`);
  }
  return found;
}
