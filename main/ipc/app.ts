/** The app domain's handler: tells the renderer what it runs in. */
import { ok } from '../../core/result';
import type { AppHandlers, AppInfo } from '../contract/app';

export type AppDeps = { readonly appInfo: AppInfo };

export function createAppHandlers(deps: AppDeps): AppHandlers {
  return { getAppInfo: async () => ok(deps.appInfo) };
}
