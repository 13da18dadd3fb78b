import { apiRequest } from './http-client.ts';
import type { ListQuery, Page } from './list.types.ts';
import type {
  DecisionInput,
  MatchFilters,
  MatchRequest,
  MatchResponse,
  PartyScreening,
  ScreeningMatch,
} from './screening.types.ts';

/** Ad-hoc screening of one or more parties against the lists in force. */
export function matchEntities(request: MatchRequest): Promise<MatchResponse> {
  return apiRequest('POST', '/api/v1/match', { body: request });
}

export function listScreeningMatches(query: MatchFilters & ListQuery): Promise<Page<ScreeningMatch>> {
  return apiRequest('GET', '/api/screening/matches', { query: { ...query } });
}

export function getScreeningMatch(id: string): Promise<ScreeningMatch> {
  return apiRequest('GET', `/api/screening/matches/${encodeURIComponent(id)}`);
}

/** A true match suspends the party; the answer says so with `partySuspended`. 409 for cleared or delisted items. */
export function decideScreeningMatch(
  id: string,
  input: DecisionInput,
): Promise<ScreeningMatch & { partySuspended: boolean }> {
  return apiRequest('POST', `/api/screening/matches/${encodeURIComponent(id)}/decision`, { body: input });
}

export function getSupplierScreening(supplierId: string): Promise<PartyScreening> {
  return apiRequest('GET', `/api/suppliers/${encodeURIComponent(supplierId)}/screening`);
}

/** Queues a screening of the supplier now; the runner takes it up within moments. */
export function screenSupplierAgain(supplierId: string): Promise<{ jobId: string }> {
  return apiRequest('POST', `/api/suppliers/${encodeURIComponent(supplierId)}/screening`);
}
