/**
 * The compact stored form of events gives back exactly what was recorded (every field the daily
 * report needs), and version 1 databases are migrated without losing an event.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  decodeBatch,
  encodeBatch,
  visitIdFromKey,
  visitKey,
  type EventDraft,
} from '../../../core/visit/eventCodec';
import { openDatabase } from '../../../renderer/db/database';
import { createSessionRepository } from '../../../renderer/db/sessionRepository';
import type { VisitEvent } from '../../../core/visit/types';

/** One of every event type, with every optional field both present and absent. */
const everyEvent: EventDraft[] = [
  { at: 1_000, type: 'screen', payload: { screen: 'home' } },
  { at: 1_010, type: 'screen', payload: { screen: 'faq-category', ref: 'payments' } },
  { at: 1_020, type: 'faq-view', payload: { entryId: 'payment-date', via: 'search' } },
  { at: 1_030, type: 'language-switch', payload: { from: 'ar', to: 'en' } },
  { at: 1_040, type: 'display', payload: { textSize: 3, isHighContrast: true } },
  { at: 1_050, type: 'idle-prompt', payload: { answered: false } },
  {
    at: 1_060,
    type: 'search',
    payload: { text: 'متى ينزل الضمان', lang: 'ar', resultCount: 5, topIds: ['a', 'b', 'c'] },
  },
  { at: 1_070, type: 'search', payload: { text: 'x', lang: 'en', resultCount: 0, topIds: [] } },
  { at: 1_080, type: 'search-no-results', payload: { text: 'بطاقة', lang: 'ar' } },
  { at: 1_090, type: 'feedback', payload: { entryId: 'appeal', isHelpful: true } },
  {
    at: 1_100,
    type: 'feedback',
    payload: { entryId: 'appeal', isHelpful: false, reason: 'hard-to-understand' },
  },
  { at: 1_110, type: 'guide-step', payload: { stepId: 'log-in' } },
  { at: 1_120, type: 'checklist-completed', payload: {} },
  { at: 1_130, type: 'eligibility-result', payload: { band: 'may-be-eligible' } },
  { at: 1_140, type: 'handoff', payload: { kind: 'qr-shown', context: 'eligibility' } },
  { at: 1_150, type: 'handoff', payload: { kind: 'printed', context: 'faq' } },
];

const withIds = (sessionId: string, firstSeq: number, drafts: readonly EventDraft[]) =>
  drafts.map((draft, index) => ({ id: `${sessionId}:${firstSeq + index}`, sessionId, ...draft }));

describe('compact event batches', () => {
  it('give back every event type and field as recorded', () => {
    const stored = encodeBatch(everyEvent);
    expect(decodeBatch('visit-1', 4, stored)).toEqual(withIds('visit-1', 4, everyEvent));
  });

  it('keep values and fields they do not know, whole', () => {
    const unusual = [
      { at: 5, type: 'screen', payload: { screen: 'staff-menu' } },
      { at: 6, type: 'faq-view', payload: { entryId: 'a', via: 'category', rank: 2 } },
      { at: 7, type: 'print-refused', payload: { limit: 2 } },
    ] as unknown as EventDraft[];
    expect(decodeBatch('v', 0, encodeBatch(unusual))).toEqual(withIds('v', 0, unusual));
  });

  it('store no ids, no visit and no field names', () => {
    const stored = JSON.stringify(encodeBatch(everyEvent.slice(0, 3)));
    expect(stored).toBe('[1000,[0,0,0],[10,0,2,"payments"],[20,1,"payment-date",2]]');
  });
});

describe('database version 2', () => {
  it('migrates version 1 visits and events, in order, without losing one', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({
      sessions: '&id, startedAt, endedAt, syncState',
      events: '&id, sessionId, at, type, [sessionId+at]',
      settings: '&key',
    });
    const session = {
      id: 'visit-1',
      kioskId: 'k',
      startedAt: 900,
      endedAt: 2_000,
      endReason: 'idle',
      lang: 'ar',
      mode: 'self',
      guideProgress: ['log-in'],
      syncState: 'pending',
    };
    await v1.table('sessions').add(session);
    await v1.table('settings').add({ key: 'kioskId', value: 'k' });
    // Stored out of order, with random ids, as version 1 did.
    const rows: VisitEvent[] = [...everyEvent]
      .reverse()
      .map((draft, index) => ({ id: `uuid-${index}`, sessionId: 'visit-1', ...draft }));
    await v1.table('events').bulkAdd(rows);
    await v1.table('events').add({
      id: 'other',
      sessionId: 'visit-2',
      at: 3_000,
      type: 'screen',
      payload: { screen: 'home' },
    });
    v1.close();

    const db = openDatabase(name);
    const repository = createSessionRepository({ db });
    expect(await repository.getSession('visit-1')).toEqual(session);
    expect(await repository.listSessions(0, 10_000)).toEqual([session]);
    expect((await repository.listVisitSummaries('pending')).map((visit) => visit.id)).toEqual([
      'visit-1',
    ]);
    expect(await repository.listEvents('visit-1')).toEqual(withIds('visit-1', 0, everyEvent));
    expect(await repository.listEvents('visit-2')).toHaveLength(1);
    expect(db.verno).toBe(4);
    // Version 1's event rows are gone; version 3 adds the staff side's tables, 4 the sync side's.
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'auditLog',
      'contentBundles',
      'deadLetters',
      'helpTickets',
      'secrets',
      'sessions',
      'settings',
      'staff',
      'visitEvents',
    ]);
    expect((await db.settings.get('kioskId'))?.value).toBe('k');
    // New events follow the migrated ones.
    await repository.recordEvent('visit-2', 'screen', { screen: 'faq-search' });
    expect((await repository.listEvents('visit-2')).map((event) => event.id)).toEqual([
      'visit-2:0',
      'visit-2:1',
    ]);
    db.close();
    await db.delete();
  });
});

describe('batch keys', () => {
  it('hold a UUID visit id as its 16 bytes and give it back', () => {
    const id = crypto.randomUUID();
    const key = visitKey(id);
    expect(key).toBeInstanceOf(Uint8Array);
    expect((key as Uint8Array).byteLength).toBe(16);
    expect(visitIdFromKey(key)).toBe(id);
    expect(visitIdFromKey((key as Uint8Array).slice().buffer)).toBe(id);
  });

  it('keep any other id as it is', () => {
    expect(visitKey('visit-1')).toBe('visit-1');
    expect(visitKey('0F0E2D3C-1111-4222-8333-944455556666')).toBe(
      '0F0E2D3C-1111-4222-8333-944455556666',
    );
    expect(visitIdFromKey('visit-1')).toBe('visit-1');
  });

  it('keep each visit apart in a real database', async () => {
    const db = openDatabase(`keys-${crypto.randomUUID()}`);
    const repository = createSessionRepository({ db, now: () => 5 });
    const [first, second] = [crypto.randomUUID(), crypto.randomUUID()];
    await repository.recordEvent(first, 'screen', { screen: 'home' });
    await repository.recordEvent(second, 'screen', { screen: 'faq-search' });
    await repository.recordEvent(first, 'guide-step', { stepId: 'log-in' });
    expect((await repository.listEvents(first)).map((event) => [event.id, event.type])).toEqual([
      [`${first}:0`, 'screen'],
      [`${first}:1`, 'guide-step'],
    ]);
    expect(await repository.listEvents(second)).toHaveLength(1);
    await repository.deleteVisits([first]);
    expect(await repository.listEvents(first)).toEqual([]);
    expect(await repository.listEvents(second)).toHaveLength(1);
    db.close();
    await db.delete();
  });
});
