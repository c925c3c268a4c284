/**
 * A seeded office for the dashboard's tests, its end-to-end tests and its screenshots: three
 * kiosks (one not heard from for two days) with a week of synthetic visits, a manager, and a
 * second office the manager must not see. Written straight into the hub's tables.
 */
import { catalogFor, syntheticDay } from '../../core/report/synthetic';
import { addDays, kioskDay } from '../../core/report/options';
import type { HubDatabase } from '../../hub/db/database';
import { addManager } from '../../hub/dashboard/managers';
import { shippedContent } from '../../hub/reports/content';
import { addKiosk, addOffice, storeVisits } from './reportsSeed';

/** The manager the seeded office signs in with. */
export const seededManager = { name: 'manager.riyadh', password: 'correct horse battery' } as const;

/**
 * An office with three kiosks (one not heard from for two days), a manager, and a week of
 * synthetic visits ending on `now`'s Saudi day; a second office the manager must not see.
 */
export async function seedOffice(
  db: HubDatabase,
  now: number,
): Promise<{ readonly today: string }> {
  const today = kioskDay(now);
  const catalog = catalogFor(shippedContent());
  await addOffice(db, 'office-riyadh', 'مكتب الضمان الاجتماعي بالرياض');
  await addOffice(db, 'office-jeddah', 'Jeddah office');
  const status = {
    pending: 0,
    rejected: 0,
    contentVersion: shippedContent().version,
    appVersion: '0.1.0',
    storage: 'ok',
  } as const;
  const kiosks = [
    {
      id: 'kiosk-hall',
      name: 'جهاز قاعة الانتظار',
      lastContactAt: now - 4 * 60_000,
      status,
      visits: 46,
    },
    {
      id: 'kiosk-entrance',
      name: 'جهاز المدخل الرئيسي',
      lastContactAt: now - 2 * 3_600_000,
      status: { ...status, pending: 3, rejected: 1, storage: 'degraded' as const },
      visits: 31,
    },
    {
      id: 'kiosk-annex',
      name: 'جهاز المبنى الملحق',
      lastContactAt: now - 50 * 3_600_000,
      status: { ...status, pending: 12 },
      visits: 9,
    },
  ];
  for (const kiosk of kiosks) {
    await addKiosk(db, { ...kiosk, officeId: 'office-riyadh' });
    for (let back = 0; back < 7; back += 1) {
      const day = addDays(today, -back);
      const data = syntheticDay(catalog, {
        day,
        visits: Math.max(1, kiosk.visits - back * 3),
        seed: `${kiosk.id}-${day}`,
        kioskId: kiosk.id,
      });
      // Only visits that had ended by `now`.
      const ended = data.visits.filter((visit) => (visit.endedAt ?? Infinity) <= now);
      await storeVisits(db, { id: kiosk.id, officeId: 'office-riyadh' }, ended, data.events, now);
    }
  }
  await addKiosk(db, {
    id: 'kiosk-jeddah',
    officeId: 'office-jeddah',
    name: 'Jeddah kiosk',
    lastContactAt: now,
  });
  const added = await addManager(db, { ...seededManager, officeId: 'office-riyadh' });
  if (!added.ok) throw new Error(added.error.message);
  return { today };
}
