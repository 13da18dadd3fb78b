/** The page every list endpoint answers: `{ items, page, pageSize, total }`. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface ListQuery {
  page?: number;
  pageSize?: number;
  /** A field name, prefixed with `-` for descending order. */
  sort?: string;
}

export const pageSizeOptions = ['10', '25', '50', '100', '200'] as const;
