import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { SupplierListQuery } from '../api/suppliers.api.ts';
import { isSupplierStatus } from './supplier-status.ts';

const defaultPageSize = 25;
const defaultSort = 'legalName';

export type SupplierListParams = Required<Pick<SupplierListQuery, 'page' | 'pageSize' | 'sort'>> &
  Pick<SupplierListQuery, 'q' | 'country' | 'status' | 'tag'>;

function readPositiveInt(value: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? Math.min(parsed, max) : fallback;
}

/** The list's filters, sort and page live in the URL, so a link or the back button restores them. */
export function useSupplierListParams() {
  const [searchParams, setSearchParams] = useSearchParams();

  const params = useMemo<SupplierListParams>(() => {
    const status = searchParams.get('status');
    return {
      q: searchParams.get('q') ?? undefined,
      country: searchParams.get('country') ?? undefined,
      status: isSupplierStatus(status) ? status : undefined,
      tag: searchParams.get('tag') ?? undefined,
      page: readPositiveInt(searchParams.get('page'), 1),
      pageSize: readPositiveInt(searchParams.get('pageSize'), defaultPageSize, 200),
      sort: searchParams.get('sort') ?? defaultSort,
    };
  }, [searchParams]);

  /** Changing anything but the page goes back to page 1. */
  const update = useCallback(
    (changes: Partial<Record<keyof SupplierListParams, string | number | undefined>>) => {
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
