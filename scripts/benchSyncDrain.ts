/**
 * The second half of `npm run --silent bench:sync`: one kiosk draining 10,000 pending visits
 * (18 events each) through the kiosk's own outbox, sync client and transport (fake-indexeddb in
 * this process) to a hub started as `npm run hub -- serve` runs it, in a process of its own on
 * loopback (PGlite in a fresh data folder). Answers the lines to print; the goal is ≤ 10 s.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openHubDatabase } from '../hub/db/database';
import { addKiosk, addOffice } from '../hub/kiosks/store';
import { openDatabase } from '../renderer/db/database';
import { drainToHub, seedPendingVisits } from '../renderer/sync/drainHarness';
import { serveHub } from './hubProcess';

export async function drainFigures(visits = 10_000): Promise<string[]> {
  const data = mkdtempSync(join(tmpdir(), 'rukn-drain-'));
  try {
    const setup = await openHubDatabase({ dataDir: data });
    const office = await addOffice(setup, 'Drain office', Date.now());
    if (!office.ok) throw new Error(office.error.message);
    const added = await addKiosk(setup, { officeId: office.value.id, name: 'Drain' }, Date.now());
    if (!added.ok) throw new Error(added.error.message);
    await setup.close();
    const { kiosk, token } = added.value;

    const db = openDatabase(`drain-${Date.now()}`);
    const seedStarted = performance.now();
    await seedPendingVisits(db, visits, { kioskId: kiosk.id, eventsPerVisit: 18 });
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const hub = await serveHub({ data });
    try {
      const result = await drainToHub({ db, hubUrl: hub.origin, token, kioskId: kiosk.id });
      return [
        `drain_visits=${visits} drain_synced=${result.synced} drain_pending=${result.pending} drain_pushes=${result.pushes} seed_s=${seedSeconds.toFixed(1)}`,
        `drain_${visits}_visits_s=${(result.milliseconds / 1000).toFixed(1)}`,
      ];
    } finally {
      db.close();
      await hub.stop();
    }
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
}
