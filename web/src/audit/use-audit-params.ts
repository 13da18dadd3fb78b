import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const auditFilterKeys = ['entityType', 'entityId', 'action', 'actorId', 'from', 'to'] as const;
export type AuditFilterKey = (typeof auditFilterKeys)[number];

export interface AuditParams {
  /** `from` and `to` are calendar dates (YYYY-MM-DD) as typed in the form. */
  filters: Partial<Record<AuditFilterKey, string>>;
  page: number;
  pageSize: number;
}

function readPositiveInt(value: string | null, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? Math.min(parsed, 200) : fallback;
}

/** Filters live in the URL, so a supplier page can link to its own history. */
export function useAuditParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo<AuditParams>(() => {
    const filters: AuditParams['filters'] = {};
    for (const key of auditFilterKeys) {
      const value = searchParams.get(key);
      if (value) filters[key] = value;
    }
    return {
      filters,
      page: readPositiveInt(searchParams.get('page'), 1),
      pageSize: readPositiveInt(searchParams.get('pageSize'), 50),
    };
  }, [searchParams]);

  const update = useCallback(
    (changes: Partial<Record<AuditFilterKey | 'page' | 'pageSize', string | number | undefined>>) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  return { params, update };
}

/** A calendar date from the form becomes the start (from) or the end (to) of that day, local time, in ISO. */
export function toIsoBound(date: string | undefined, bound: 'start' | 'end'): string | undefined {
  if (!date) return undefined;
  const parsed = new Date(`${date}T${bound === 'start' ? '00:00:00.000' : '23:59:59.999'}`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString();
}
