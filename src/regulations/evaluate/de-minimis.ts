import type { Market } from '../knowledge/knowledge.model.ts';
import type { ProductProfile } from './product-profile.ts';
import type { Finding } from './report.model.ts';

/**
 * Whether a consignment's declared value is under the market's de minimis for duty and for tax on the day.
 * Values in another currency are not converted here (customs use their own published rates): the finding then
 * states the thresholds for the user to compare.
 */
export function deMinimisFinding(market: Market, product: ProductProfile, date: string): Finding | undefined {
  const period = market.deMinimis.find(
    (p) => p.effectiveFrom <= date && (!p.effectiveTo || date <= p.effectiveTo),
  );
  if (!period) return undefined;
  const value = product.value;
  const describe = (what: string, threshold: { amount: number; currency: string } | null) => {
    if (!threshold) return `no ${what} exemption: every consignment is liable`;
    if (!value || value.currency !== threshold.currency)
      return `${what} exempt up to ${threshold.amount} ${threshold.currency}`;
    return value.amount <= threshold.amount
      ? `${value.amount} ${value.currency} is within the ${what} exemption (up to ${threshold.amount} ${threshold.currency})`
      : `${value.amount} ${value.currency} is over the ${what} exemption (${threshold.amount} ${threshold.currency})`;
  };
  const notes = period.notes ? ` ${period.notes}` : '';
  return {
    kind: 'de_minimis',
    severity: 'info',
    message: `De minimis in ${market.name} from ${period.effectiveFrom}: ${describe('duty', period.duty)}; ${describe('import tax', period.tax)}.${notes}`,
    source: period.source,
  };
}
