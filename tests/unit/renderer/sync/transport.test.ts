import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../../core/result';
import { protocolVersion, type PushRequest } from '../../../../core/sync/wire';
import type { HubAnswer, HubRequest, HubRequestResult } from '../../../../main/contract';
import { createHubTransport } from '../../../../renderer/sync/transport';

const request: PushRequest = { protocol: protocolVersion, kioskId: 'k', visits: [] };

/** A transport whose bridge answers `answer` to every request, and the requests it got. */
function transportAnswering(answer: (request: HubRequest) => Promise<HubRequestResult>) {
  const calls: HubRequest[] = [];
  const transport = createHubTransport({
    hubUrl: 'http://hub.test:8440',
    request: (hubRequest) => {
      calls.push(hubRequest);
      return answer(hubRequest);
    },
  });
  return { transport, calls };
}

const answered =
  (status: number, body = '', etag?: string) =>
  async () =>
    ok<HubAnswer>({ status, body, ...(etag === undefined ? {} : { etag }) });
const json = (body: unknown, status = 200) => answered(status, JSON.stringify(body));

describe('hub transport', () => {
  it('sends the batch as a push and answers the validated acknowledgement', async () => {
    const { transport, calls } = transportAnswering(json({ accepted: ['a'], rejected: [] }));
    expect(await transport.push(request)).toEqual({
      ok: true,
      value: { accepted: ['a'], rejected: [] },
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.kind).toBe('push');
    expect(calls[0]?.kind === 'push' && JSON.parse(calls[0].body)).toEqual(request);
  });

  it('answers every failure as a code, never throwing', async () => {
    const cases: [() => Promise<HubRequestResult>, string][] = [
      [json({}, 401), 'unauthorized'],
      [json({}, 403), 'unauthorized'],
      [json({}, 429), 'rate-limited'],
      [json({}, 503), 'server-error'],
      [json({}, 413), 'bad-request'],
      [answered(200, '<html>'), 'invalid-response'],
      [json({ accepted: 'all' }), 'invalid-response'],
      [json({ accepted: [], rejected: [{ id: 'a', reason: 'nope' }] }), 'invalid-response'],
      [async () => err('network', 'fetch failed'), 'network'],
      [async () => err('timeout', 'no answer'), 'timeout'],
      [async () => err('too-large', 'too long'), 'invalid-response'],
      [async () => err('not-configured', 'no hub'), 'unauthorized'],
      [async () => err('invalid-request', 'too big'), 'bad-request'],
      [async () => err('untrusted-sender', 'no'), 'network'],
      [() => Promise.reject(new Error('bridge gone')), 'network'],
    ];
    for (const [answer, code] of cases) {
      const result = await transportAnswering(answer).transport.push(request);
      expect(result.ok ? 'ok' : result.error.code, code).toBe(code);
    }
  });

  it('asks for content with the ETag and tells a new bundle, no change and none apart', async () => {
    const bundle = transportAnswering(answered(200, '{"format":"rukn-signed-content"}', '"v2"'));
    expect(await bundle.transport.fetchContent('"v1"')).toEqual({
      ok: true,
      value: { kind: 'bundle', etag: '"v2"', text: '{"format":"rukn-signed-content"}' },
    });
    expect(bundle.calls).toEqual([{ kind: 'content', etag: '"v1"' }]);
    const same = transportAnswering(answered(304));
    expect(await same.transport.fetchContent('"v2"')).toEqual({
      ok: true,
      value: { kind: 'not-modified' },
    });
    const none = transportAnswering(answered(404));
    expect(await none.transport.fetchContent()).toEqual({ ok: true, value: { kind: 'none' } });
    expect(none.calls).toEqual([{ kind: 'content' }]);
    const empty = transportAnswering(answered(204));
    expect(await empty.transport.fetchContent()).toEqual({ ok: true, value: { kind: 'none' } });
    const refused = transportAnswering(answered(401));
    const result = await refused.transport.fetchContent();
    expect(result.ok ? 'ok' : result.error.code).toBe('unauthorized');
    const failed = await transportAnswering(async () =>
      err('timeout', 'slow'),
    ).transport.fetchContent();
    expect(failed.ok ? 'ok' : failed.error.code).toBe('timeout');
  });
});
