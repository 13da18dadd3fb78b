import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export function readPositiveInt(
  value: string | null,
  fallback: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? Math.min(parsed, max) : fallback;
}

export type UrlParamChanges = Record<string, string | number | undefined>;

/**
 * The URL's search parameters and a function that changes some of them in place (no new history entry);
 * changing anything but `page` goes back to page 1.
 */
export function useUrlParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const update = useCallback(
    (changes: UrlParamChanges) => {
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
  return { searchParams, update };
}
