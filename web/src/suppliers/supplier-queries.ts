import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getSupplier, listSuppliers, type SupplierListQuery } from '../api/suppliers.api.ts';

export const suppliersQueryKey = ['suppliers'] as const;

export function useSupplierList(query: SupplierListQuery) {
  return useQuery({
    queryKey: [...suppliersQueryKey, 'list', query],
    queryFn: () => listSuppliers(query),
    placeholderData: keepPreviousData,
  });
}

export function useSupplier(id: string) {
  return useQuery({
    queryKey: [...suppliersQueryKey, 'detail', id],
    queryFn: () => getSupplier(id),
  });
}
