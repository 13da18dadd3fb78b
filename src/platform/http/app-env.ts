import type { Logger } from 'pino';
import type { SessionUser } from '../auth/auth.service.ts';
import type { Actor } from '../tenancy/actor.ts';

export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    /** Set by the authentication middleware on every route that needs a signed-in caller. */
    actor: Actor;
    sessionUser: SessionUser | null;
    csrfToken: string | null;
  };
}
