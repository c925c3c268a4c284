/**
 * A hub for end-to-end tests and screenshots: the office hub as `npm run hub -- serve` runs it
 * (hub/office.ts: API, dashboard and reports) on in-memory PGlite, on a free loopback port.
 */
import type { FastifyInstance } from 'fastify';
import { openHubDatabase, type HubDatabase } from '../../../hub/db/database';
import { createOfficeHub } from '../../../hub/office';

export type TestHub = {
  readonly url: string;
  readonly db: HubDatabase;
  readonly app: FastifyInstance;
  readonly close: () => Promise<void>;
};

/** Starts a hub on 127.0.0.1 at a port the system picks; `now` fixes its clock. */
export async function startTestHub(
  options: { readonly now?: () => number } = {},
): Promise<TestHub> {
  const db = await openHubDatabase({});
  const app = await createOfficeHub({ db, now: options.now ?? Date.now });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    app,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

export { seedOffice, seededManager } from '../../hub/officeSeed';
