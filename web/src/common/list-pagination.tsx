import { Group, Pagination, Select, Text } from '@mantine/core';
import { pageSizeOptions } from '../api/list.types.ts';
import { formatCount } from './format.ts';

interface ListPaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

export function ListPagination({
  page,
  pageSize,
  total,
  onPageChange,
  onPageSizeChange,
}: ListPaginationProps) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {total === 0 ? 'No results' : `${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}`}
      </Text>
      <Group gap="md">
        <Select
          label="Rows per page"
          size="xs"
          w={120}
          data={[...pageSizeOptions]}
          value={String(pageSize)}
          allowDeselect={false}
          onChange={(value) => value && onPageSizeChange(Number(value))}
        />
        <Pagination
          total={pageCount}
          value={Math.min(page, pageCount)}
          onChange={onPageChange}
          size="sm"
          mt="lg"
          getControlProps={(control) => ({ 'aria-label': `${control} page` })}
        />
      </Group>
    </Group>
  );
}
