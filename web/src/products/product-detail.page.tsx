import { Button, Group, Loader, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../common/error-alert.tsx';
import { useCan } from '../session/use-session.ts';
import { IncidentsPanel } from './incidents-panel.tsx';
import { useProduct, useRequirements } from './product-queries.ts';
import { RequirementsView } from './requirements-view.tsx';

function Fact({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </div>
  );
}

/** A product and its requirement checklist per market, as of a day. */
export function ProductDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const canWrite = useCan('products:write');
  const product = useProduct(id);
  const [marketsText, setMarketsText] = useState<string | null>(null);
  const [date, setDate] = useState('');
  const markets = (marketsText ?? product.data?.targetMarkets.join(', ') ?? '')
    .split(/[,\s]+/)
    .map((m) => m.trim().toUpperCase())
    .filter(Boolean);
  const requirements = useRequirements(id, markets, /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined);

  if (product.isError) return <ErrorAlert error={product.error} title="The product could not be loaded" />;
  if (!product.data) return <Loader />;
  const p = product.data;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{p.name}</Title>
        {canWrite && (
          <Button variant="light" onClick={() => navigate(`/products/${p.id}/edit`)}>
            Edit
          </Button>
        )}
      </Group>
      <Paper withBorder p="md" radius="sm">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Fact label="SKU" value={p.sku} />
          <Fact label="Category" value={`${p.category}${p.categoryId ? ` → ${p.categoryId}` : ''}`} />
          <Fact label="HS code" value={p.hsCode} />
          <Fact label="Brand" value={p.brand} />
          <Fact label="Origin" value={p.origin} />
          <Fact label="Certifications held" value={p.certifications.join(', ')} />
          <Fact label="Ingredients" value={p.ingredients.join('; ')} />
          <Fact label="Specifications" value={p.specifications} />
        </SimpleGrid>
      </Paper>
      <Group align="end">
        <TextInput
          label="Markets"
          description="Country codes or EU, separated by commas"
          value={marketsText ?? p.targetMarkets.join(', ')}
          onChange={(event) => setMarketsText(event.currentTarget.value)}
          w={320}
        />
        <TextInput
          label="As of"
          description="YYYY-MM-DD; today when empty"
          placeholder="2027-01-01"
          value={date}
          onChange={(event) => setDate(event.currentTarget.value)}
          w={180}
        />
      </Group>
      {markets.length === 0 && <Text c="dimmed">Name a market to see what this product needs there.</Text>}
      {requirements.isError && (
        <ErrorAlert error={requirements.error} title="The requirements could not be checked" />
      )}
      {requirements.isFetching && <Loader size="sm" />}
      {requirements.data && <RequirementsView check={requirements.data} />}
      <IncidentsPanel productId={p.id} />
    </Stack>
  );
}
