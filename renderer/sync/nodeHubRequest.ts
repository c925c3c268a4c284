/**
 * The hub request function for Node scripts (the chaos run and the sync benchmark): the same shape
 * as the bridge's `hubRequest`, made with global fetch and the kiosk's token held by the script.
 * Policy: the same checks and the same two fixed requests as main's (core/sync/hubExchange.ts);
 * the token goes only in `Authorization`. No DOM.
 */
import { exchangeWithHub, type HubFetch, validateHubRequest } from '../../core/sync/hubExchange';
import type { HubRequestFunction } from './transport';

export type FetchHubRequestOptions = {
  /** The hub's origin, or a proxy in front of it. */
  readonly hubUrl: string;
  readonly token: string;
  /** Global fetch unless given (a test, or a script counting requests). */
  readonly fetch?: HubFetch;
  /** Longest wait for the whole answer; 30 s unless given. */
  readonly timeoutMs?: number;
};

/** A hub request function that fetches from Node (or any runtime with fetch). */
export function createFetchHubRequest(options: FetchHubRequestOptions): HubRequestFunction {
  const fetchImpl: HubFetch = options.fetch ?? ((url, init) => fetch(url, init));
  return async (request) => {
    const valid = validateHubRequest(request);
    if (!valid.ok) return valid;
    return exchangeWithHub(
      valid.value,
      { hubUrl: options.hubUrl, token: options.token },
      {
        fetch: fetchImpl,
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      },
    );
  };
}
