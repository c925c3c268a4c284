import { describe, expect, it } from 'vitest';
import { protocolVersion, type PushRequest } from '../../../../core/sync/wire';
import { createHubTransport, type FetchLike } from '../../../../renderer/sync/transport';

const request: PushRequest = { protocol: protocolVersion, kioskId: 'k', visits: [] };

function transportAnswering(answer: (url: string, init: RequestInit) => Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, init });
    return answer(url, init);
  };
  const transport = createHubTransport({
    hubUrl: 'http://hub.test:8440',
    headers: async () => ({ authorization: 'Bearer rk1_x' }),
    fetch,
    timeoutMs: 50,
  });
  return { transport, calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('hub transport', () => {
  it('posts the batch as JSON with the headers and answers the validated acknowledgement', async () => {
    const { transport, calls } = transportAnswering(async () =>
      json({ accepted: ['a'], rejected: [] }),
    );
    expect(await transport.push(request)).toEqual({
      ok: true,
      value: { accepted: ['a'], rejected: [] },
    });
    expect(calls[0]?.url).toBe('http://hub.test:8440/api/v1/visits');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.headers).toMatchObject({
      authorization: 'Bearer rk1_x',
      'content-type': 'application/json',
    });
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual(request);
  });

  it('answers every failure as a code, never throwing', async () => {
    const cases: [() => Promise<Response>, string][] = [
      [async () => json({}, 401), 'unauthorized'],
      [async () => json({}, 403), 'unauthorized'],
      [async () => json({}, 429), 'rate-limited'],
      [async () => json({}, 503), 'server-error'],
      [async () => json({}, 413), 'bad-request'],
      [async () => new Response('<html>', { status: 200 }), 'invalid-response'],
      [async () => json({ accepted: 'all' }), 'invalid-response'],
      [
        async () => json({ accepted: [], rejected: [{ id: 'a', reason: 'nope' }] }),
        'invalid-response',
      ],
      [async () => Promise.reject(new TypeError('fetch failed')), 'network'],
    ];
    for (const [answer, code] of cases) {
      const result = await transportAnswering(answer).transport.push(request);
      expect(result.ok ? 'ok' : result.error.code, code).toBe(code);
    }
  });

  it('gives up on a hub that does not answer in time', async () => {
    const { transport } = transportAnswering(
      (_url, init) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
    );
    const result = await transport.push(request);
    expect(result.ok ? 'ok' : result.error.code).toBe('timeout');
  });

  it('fetches content with If-None-Match and tells a new bundle, no change and none apart', async () => {
    const bundle = transportAnswering(
      async () => new Response('{"format":"rukn-signed-content"}', { headers: { etag: '"v2"' } }),
    );
    expect(await bundle.transport.fetchContent('"v1"')).toEqual({
      ok: true,
      value: { kind: 'bundle', etag: '"v2"', text: '{"format":"rukn-signed-content"}' },
    });
    expect(bundle.calls[0]?.url).toBe('http://hub.test:8440/api/v1/content/latest');
    expect(bundle.calls[0]?.init.headers).toMatchObject({ 'if-none-match': '"v1"' });
    const same = transportAnswering(async () => new Response(null, { status: 304 }));
    expect(await same.transport.fetchContent('"v2"')).toEqual({
      ok: true,
      value: { kind: 'not-modified' },
    });
    const none = transportAnswering(async () => new Response('', { status: 404 }));
    expect(await none.transport.fetchContent()).toEqual({ ok: true, value: { kind: 'none' } });
    const refused = transportAnswering(async () => new Response('', { status: 401 }));
    const result = await refused.transport.fetchContent();
    expect(result.ok ? 'ok' : result.error.code).toBe('unauthorized');
  });
});
