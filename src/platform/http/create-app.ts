import { createRequire } from 'node:module';
import type { Logger } from 'pino';
import { productRoutes } from '../../products/products.routes.ts';
import { regulationChangeRoutes } from '../../regulations/changes/regulation-changes.routes.ts';
import { regulationRoutes } from '../../regulations/regulations.routes.ts';
import { listVersionRoutes } from '../../screening/list-versions.routes.ts';
import { reviewRoutes } from '../../screening/review/review.routes.ts';
import { screeningRoutes } from '../../screening/screening.routes.ts';
import { importRoutes } from '../../suppliers/import/imports.routes.ts';
import { supplierRoutes } from '../../suppliers/suppliers.routes.ts';
import { apiKeyRoutes } from '../api-keys/api-keys.routes.ts';
import { auditRoutes } from '../audit/audit.routes.ts';
import { authRoutes } from '../auth/auth.routes.ts';
import { type BackgroundWork, createBackgroundWork } from '../background-work.ts';
import type { AppConfig } from '../config.ts';
import type { Db } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { userRoutes } from '../users/users.routes.ts';
import { mountApiDocs } from './api-docs.ts';
import { authenticate } from './authenticate.ts';
import { errorResponse, handleError } from './error-handler.ts';
import { requestContext } from './request-context.ts';
import { createRouter } from './router.ts';
import { serveSpa } from './static-files.ts';

const { version } = createRequire(import.meta.url)('../../../package.json') as { version: string };

export interface AppDeps {
  db: Db;
  databaseKind: 'pglite' | 'postgres';
  logger: Logger;
  config: Pick<AppConfig, 'secureCookies'>;
  /** The built web app (web/dist); absent in API-only tests. */
  webDir?: string | undefined;
  /** The process's screening index and job runner; made (not started) from the database when not given. */
  background?: BackgroundWork;
}

/** Paths that need a signed-in caller; everything else under /api is public (health, sign-in, docs). */
const PROTECTED = [
  '/api/users',
  '/api/api-keys',
  '/api/audit',
  '/api/suppliers',
  '/api/v1',
  '/api/screening',
  '/api/products',
  '/api/regulations',
];

export function createApp(deps: AppDeps) {
  const app = createRouter();
  app.use('*', requestContext(deps.logger));
  app.onError(handleError);

  // `/api/users/*` also matches `/api/users` itself: one registration per prefix, so one lookup per request.
  for (const prefix of PROTECTED) app.use(`${prefix}/*`, authenticate(deps.db));

  const api = createRouter();
  api.get('/health', (c) => c.json({ status: 'ok', database: deps.databaseKind, version }));
  api.route('/', authRoutes(deps.db, deps.config));
  api.route('/', userRoutes(deps.db));
  api.route('/', apiKeyRoutes(deps.db));
  api.route('/', auditRoutes(deps.db));
  api.route('/', importRoutes(deps.db));
  api.route('/', supplierRoutes(deps.db));
  const background = deps.background ?? createBackgroundWork(deps.db, deps.logger);
  api.route('/', screeningRoutes(background.screening));
  api.route('/', reviewRoutes(deps.db, background.parties));
  api.route('/', listVersionRoutes(deps.db));
  api.route('/', productRoutes(deps.db));
  api.route('/', regulationRoutes());
  api.route('/', regulationChangeRoutes(deps.db));
  app.route('/api', api);

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'tg_session',
    description: 'Browser session; unsafe methods also need the x-csrf-token header',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer' });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Tradeguard API',
      version,
      description:
        'Compliance and risk control for cross-border trade. Errors: { error: { code, message, requestId, details } }.',
    },
    security: [{ session: [] }, { apiKey: [] }],
  });
  mountApiDocs(app);

  app.all('/api/*', (c) =>
    errorResponse(c, new AppError('not_found', `No API route ${c.req.method} ${c.req.path}`)),
  );
  const webDir = deps.webDir;
  if (webDir) app.get('*', (c) => serveSpa(c, webDir));
  return app;
}

export type App = ReturnType<typeof createApp>;
