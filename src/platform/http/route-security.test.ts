import { it } from 'vitest';
import { createTestApp } from '../testing/test-app.ts';
it('dump', async () => {
  let t = performance.now();
  const t0 = await createTestApp('pglite');
  console.log('create', performance.now() - t); t = performance.now();
  const r = await t0.raw('/api/openapi.json');
  const doc = r.body as { paths: Record<string, Record<string, unknown>> };
  for (const [p, ops] of Object.entries(doc.paths)) console.log(p, Object.keys(ops).join(','), JSON.stringify(Object.values(ops).map((o: any) => o.security)));
  const a = await t0.signIn('admin@a.test');
  console.log('signin', performance.now() - t); t = performance.now();
  await t0.close();
});
