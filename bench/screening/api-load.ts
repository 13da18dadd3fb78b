import { Agent, request } from 'node:http';

export interface PostLoadResult {
  /** Exact latencies of the 2xx answers in ms, sorted. */
  latencies: number[];
  ok: number;
  failed: number;
  /** The first failure's status and body, to print. */
  firstFailure: string | null;
  seconds: number;
}

function post(agent: Agent, url: string, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-type': 'application/json' }, timeout: 30_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * A closed-loop load: `concurrency` clients each send the next body as soon as their previous answer is in,
 * over kept-alive connections, for `requests` requests in all (bodies taken in turn). Latency is exact per
 * request, from sending to the last byte of the answer.
 */
export async function runPostLoad(options: {
  url: string;
  headers: Record<string, string>;
  bodies: readonly string[];
  requests: number;
  concurrency: number;
}): Promise<PostLoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  let firstFailure: string | null = null;
  const started = performance.now();
  const client = async () => {
    while (next < options.requests) {
      const body = options.bodies[next % options.bodies.length] ?? '{}';
      next += 1;
      const sent = performance.now();
      try {
        const answer = await post(agent, options.url, options.headers, body);
        if (answer.status >= 200 && answer.status < 300) latencies.push(performance.now() - sent);
        else {
          failed += 1;
          firstFailure ??= `${answer.status} ${answer.text.slice(0, 300)}`;
        }
      } catch (error) {
        failed += 1;
        firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    latencies,
    ok: latencies.length,
    failed,
    firstFailure,
    seconds: (performance.now() - started) / 1000,
  };
}
