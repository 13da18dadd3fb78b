import { Badge } from '@mantine/core';
import type { RiskLevel } from '../api/products.types.ts';

const COLORS: Record<RiskLevel, string> = { low: 'green', medium: 'yellow', high: 'red' };

export function RiskBadge({ risk, market }: { risk: RiskLevel; market?: string }) {
  return (
    <Badge
      color={COLORS[risk]}
      variant="light"
      size="sm"
      aria-label={`${market ? `${market}: ` : ''}${risk} risk`}
    >
      {market ? `${market} · ` : ''}
      {risk}
    </Badge>
  );
}
