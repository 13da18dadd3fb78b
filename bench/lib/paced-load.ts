import { Agent, request } from 'node:http';

export interface LoadResult {
  /** Latencies in ms, sorted. */
  latencies: number[];
  ok: number;
  non2xx: number;
  errors: number;
  /** Planned requests not sent because too many were already waiting for an answer (the server fell behind). */
  skipped: number;
  seconds: number;
}

/**
 * An open-loop load at an even pace: request i leaves at start + i / rate whatever happened to the ones before
 * (autocannon's overallRate instead lets each connection send its share back to back at the start of every
 * second). Latency counts from the planned departure, so a client held up behind a slow server is not
 * hidden (no coordinated omission).
 */
export async function runPacedLoad(options: {
  url: string;
  headers: Record<string, string>;
  rate: number;
  seconds: number;
  timeoutMs?: number;
  /** Most requests waiting for an answer; past it, planned requests are skipped. Default: 2 s worth. */
  maxOutstanding?: number;
}): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.max(1, Math.round(options.rate * options.seconds));
  const interval = 1000 / options.rate;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const latencies: number[] = [];
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  let sent = 0;
  let finished = 0;
  let skipped = 0;
  const maxOutstanding = options.maxOutstanding ?? Math.ceil(options.rate * 2);
  const start = performance.now() + 20;

  return new Promise<LoadResult>((resolve) => {
    const finish = () => {
      agent.destroy();
      latencies.sort((a, b) => a - b);
      resolve({ latencies, ok, non2xx, errors, skipped, seconds: (performance.now() - start) / 1000 });
    };
    // Bound in time too: whatever is still out when the time is up counts as an error.
    const hardStop = setTimeout(
      () => {
        errors += sent - finished;
        finish();
      },
      options.seconds * 1000 + timeoutMs + 1000,
    );
    const settle = () => {
      finished += 1;
      if (finished === total) {
        clearTimeout(hardStop);
        finish();
      }
    };
    const fire = (planned: number) => {
      const req = request(options.url, { agent, headers: options.headers, timeout: timeoutMs }, (res) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) {
            ok += 1;
            latencies.push(performance.now() - planned);
          } else non2xx += 1;
          settle();
        });
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        errors += 1;
        settle();
      });
      req.end();
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * interval <= now) {
        // A server that has fallen this far behind is overloaded; more requests would only lengthen the queue.
        if (sent - finished >= maxOutstanding) {
          skipped += 1;
          settle();
        } else fire(start + sent * interval);
        sent += 1;
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
    };
    setTimeout(tick, 20);
  });
}
