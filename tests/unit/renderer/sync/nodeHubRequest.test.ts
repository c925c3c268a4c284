import { describe, expect, it, vi } from 'vitest';
import type { HubFetch, HubFetchInit } from '../../../../core/sync/hubExchange';
import type { KioskBridge } from '../../../../main/contract';
import { createFetchHubRequest } from '../../../../renderer/sync/nodeHubRequest';

const token = `rk1_${'C'.repeat(43)}`;

describe('hub requests from Node scripts', () => {
  it('has the bridge call shape and makes the same two requests with the token', async () => {
    const calls: { url: string; init: HubFetchInit }[] = [];
    const fetch: HubFetch = vi.fn(async (url: string, init: HubFetchInit) => {
      calls.push({ url, init });
      return new Response('{"accepted":[],"rejected":[]}');
    });
    const request: KioskBridge['hubRequest'] = createFetchHubRequest({
      hubUrl: 'http://127.0.0.1:4191',
      token,
      fetch,
    });
    const answer = await request({ kind: 'push', body: '{}' });
    expect(answer).toEqual({
      ok: true,
      value: { status: 200, body: '{"accepted":[],"rejected":[]}' },
    });
    expect(calls[0]?.url).toBe('http://127.0.0.1:4191/api/v1/visits');
    expect(calls[0]?.init.headers).toMatchObject({ authorization: `Bearer ${token}` });
    const refused = await request({ kind: 'push', body: 1 } as never);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('invalid-request');
    expect(calls).toHaveLength(1);
  });

  it('gives up after its timeout', async () => {
    const request = createFetchHubRequest({
      hubUrl: 'http://127.0.0.1:4191',
      token,
      timeoutMs: 20,
      fetch: () => new Promise(() => undefined),
    });
    const answer = await request({ kind: 'content' });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('timeout');
  });
});
