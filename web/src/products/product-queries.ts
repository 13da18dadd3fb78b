import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListQuery } from '../api/list.types.ts';
import {
  createProduct,
  getProduct,
  getRequirements,
  listProducts,
  updateProduct,
} from '../api/products.api.ts';
import type { ProductInput } from '../api/products.types.ts';

export const productsQueryKey = ['products'] as const;

export function useProducts(query: { q?: string; category?: string; market?: string } & ListQuery) {
  return useQuery({
    queryKey: [...productsQueryKey, 'list', query],
    queryFn: () => listProducts(query),
    placeholderData: keepPreviousData,
  });
}

export function useProduct(id: string) {
  return useQuery({ queryKey: [...productsQueryKey, 'detail', id], queryFn: () => getProduct(id) });
}

export function useRequirements(id: string, markets: string[], date: string | undefined) {
  return useQuery({
    queryKey: [...productsQueryKey, 'requirements', id, markets, date],
    queryFn: () => getRequirements(id, markets, date),
    enabled: markets.length > 0,
  });
}

export function useSaveProduct(id?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProductInput & { version?: number }) =>
      id ? updateProduct(id, { ...input, version: input.version ?? 1 }) : createProduct(input),
    onSuccess: () => client.invalidateQueries({ queryKey: productsQueryKey }),
  });
}
