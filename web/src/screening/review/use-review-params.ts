import { useMemo } from 'react';
import type { ListSource, MatchStatus } from '../../api/screening.types.ts';
import { readPositiveInt, useUrlParams } from '../../common/url-params.ts';
import { isListSource } from '../list-sources.ts';
import { isMatchStatus } from '../match-status.ts';

export interface ReviewParams {
  status?: MatchStatus;
  source?: ListSource;
  partyId?: string;
  page: number;
  pageSize: number;
}

/** The queue's filters and page live in the URL, so a supplier page can link to its own items. */
export function useReviewParams() {
  const { searchParams, update } = useUrlParams();
  const params = useMemo<ReviewParams>(() => {
    const status = searchParams.get('status');
    const source = searchParams.get('source');
    return {
      status: isMatchStatus(status) ? status : undefined,
      source: isListSource(source) ? source : undefined,
      partyId: searchParams.get('partyId') ?? undefined,
      page: readPositiveInt(searchParams.get('page'), 1),
      pageSize: readPositiveInt(searchParams.get('pageSize'), 25, 200),
    };
  }, [searchParams]);
  return { params, update };
}
