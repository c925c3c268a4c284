/**
 * The office hub as an office runs it: the API (hub/app.ts) joined with the office dashboard, the
 * cross-kiosk reports and manager accounts. The command line, the end-to-end tests and the chaos
 * run all start the hub through `createOfficeHub`, so they serve the same thing.
 */
import type { FastifyInstance } from 'fastify';
import { createHub, type HubOptions } from './app';
import type { HubExtensions } from './cli/commands';
import { addManager } from './dashboard/managers';
import { dashboard } from './dashboard/plugin';
import { managerFromRequest } from './dashboard/session';
import { hubReport } from './reports';

/** The dashboard's parts, as the hub and its command line use them. */
export const officeExtensions: HubExtensions = {
  plugins: [dashboard],
  hubReport,
  managerOfRequest: managerFromRequest,
  addManager,
};

/** A hub with the dashboard and reports; options as `createHub`'s. */
export function createOfficeHub(
  options: Omit<HubOptions, 'plugins' | 'hubReport' | 'managerOfRequest'>,
): Promise<FastifyInstance> {
  const { plugins, hubReport: report, managerOfRequest } = officeExtensions;
  return createHub({
    ...options,
    plugins,
    ...(report === undefined ? {} : { hubReport: report }),
    ...(managerOfRequest === undefined ? {} : { managerOfRequest }),
  });
}
