/**
 * A fault-injecting HTTP proxy on loopback, between simulated kiosks and a real hub, for the chaos
 * run. Policy: every request meets at most one fault, chosen with a seeded random so a failing run
 * can be repeated: the request dropped before the hub sees it, the answer dropped after the hub has
 * committed, a 503 or 502 from the proxy itself, a delay, or a connection reset mid-body. Counts
 * what it did, so the run can say how hard it was.
 */
import { createServer, request as forward, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What can happen to one request. */
export const faultKinds = [
  'drop-request',
  'drop-response',
  'server-error',
  'bad-gateway',
  'delay',
  'reset-mid-body',
] as const;
export type FaultKind = (typeof faultKinds)[number];

export type FaultProxy = {
  /** The proxy's origin, to give the kiosks as their hub address. */
  readonly origin: string;
  /** How many requests met each fault, and how many passed untouched. */
  readonly counts: Readonly<Record<FaultKind | 'passed', number>>;
  readonly close: () => Promise<void>;
};

export type FaultProxyOptions = {
  /** The hub's origin, e.g. `http://127.0.0.1:8440`. */
  readonly target: string;
  /** Share of requests that meet a fault, 0 to 1. */
  readonly faultRate: number;
  /** Random in [0, 1), seeded by the caller. */
  readonly random: () => number;
  /** Longest injected delay in milliseconds. */
  readonly maxDelayMs?: number;
};

async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Starts the proxy on a free loopback port. */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.target);
  const counts: Record<FaultKind | 'passed', number> = {
    'drop-request': 0,
    'drop-response': 0,
    'server-error': 0,
    'bad-gateway': 0,
    delay: 0,
    'reset-mid-body': 0,
    passed: 0,
  };
  const pickFault = (): FaultKind | undefined => {
    if (options.random() >= options.faultRate) return undefined;
    return faultKinds[Math.floor(options.random() * faultKinds.length)];
  };
  const server: Server = createServer((incoming, outgoing) => {
    void (async () => {
      const body = await readBody(incoming);
      const fault = pickFault();
      counts[fault ?? 'passed'] += 1;
      if (fault === 'drop-request') {
        incoming.socket.destroy();
        return;
      }
      if (fault === 'server-error' || fault === 'bad-gateway') {
        outgoing.writeHead(fault === 'server-error' ? 503 : 502).end();
        return;
      }
      if (fault === 'delay') {
        const wait = Math.floor(options.random() * (options.maxDelayMs ?? 800));
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
      const upstream = forward(
        {
          host: target.hostname,
          port: target.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, host: target.host },
        },
        (answer) => {
          void (async () => {
            const answerBody = await readBody(answer);
            // The hub has answered, so whatever it stored is committed: the kiosk never hears.
            if (fault === 'drop-response') {
              incoming.socket.destroy();
              return;
            }
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
            if (fault === 'reset-mid-body' && answerBody.length > 1) {
              outgoing.write(answerBody.subarray(0, Math.floor(answerBody.length / 2)));
              incoming.socket.destroy();
              return;
            }
            outgoing.end(answerBody);
          })();
        },
      );
      upstream.on('error', () => {
        if (!outgoing.headersSent) outgoing.writeHead(502);
        outgoing.end();
      });
      upstream.end(body);
    })().catch(() => incoming.socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
