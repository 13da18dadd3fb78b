import { today } from '../../products/compliance.service.ts';
import { resolveCategory } from '../../regulations/evaluate/resolve-category.ts';
import {
  isInForce,
  jurisdictionsOf,
  ruleConcernsCategory,
} from '../../regulations/evaluate/rule-applicability.ts';
import { addDays } from '../../regulations/evaluate/validate-product.ts';
import { type Rule, TOPICS, type Topic } from '../../regulations/knowledge/knowledge.model.ts';
import { loadKnowledgeBase } from '../../regulations/knowledge/knowledge-base.ts';
import { EXIT, UsageError } from '../cli-errors.ts';
import { type Command, stringOption } from '../command.ts';

function concerns(rule: Rule, category: string | undefined) {
  return !category || ruleConcernsCategory(rule, category);
}

export const regulationsShowCommand: Command = {
  path: ['regulations', 'show'],
  summary: 'Show what a market requires, for a product category, as of a day',
  usage: `Usage: tradeguard regulations show --market JP [--category power-bank] [--topic certification] [--date YYYY-MM-DD]

Prints the market's import tax, de minimis and sanctions, then every rule in force on the day (today by
default) for the category ("power bank" in your own words, or a taxonomy id; all categories when absent),
grouped by topic: its id and version, what it requires, the certifications, documents and labels it asks for,
and its legal source; then the rules that take effect or change within 90 days. A member state shows its union's
rules too (DE shows the EU's).`,
  options: {
    market: { type: 'string', short: 'm' },
    category: { type: 'string', short: 'c' },
    topic: { type: 'string', short: 't' },
    date: { type: 'string' },
  },
  positionals: 0,
  async run(values) {
    const code = stringOption(values, 'market')?.toUpperCase();
    if (!code) throw new UsageError('Name the market with --market (an ISO country code or EU)');
    const date = stringOption(values, 'date') ?? today();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
      throw new UsageError('--date must be YYYY-MM-DD');
    const topic = stringOption(values, 'topic');
    if (topic && !(TOPICS as readonly string[]).includes(topic))
      throw new UsageError(`--topic must be one of ${TOPICS.join(', ')}`);
    const kb = await loadKnowledgeBase();
    const market = kb.markets.find((m) => m.code === code);
    if (!market)
      throw new UsageError(`--market: no market ${code}; the markets are ISO country codes and EU`);
    const categoryText = stringOption(values, 'category');
    const category = categoryText ? resolveCategory(categoryText)?.id : undefined;
    if (categoryText && !category)
      throw new UsageError(`--category: "${categoryText}" is no category Tradeguard knows`);

    const out: string[] = [];
    const taxRate =
      market.importTax.standardRate === null
        ? 'set by each member state'
        : `${market.importTax.standardRate} %`;
    out.push(`${market.name} (${market.code}) as of ${date}${category ? `, category ${category}` : ''}`);
    out.push(`  ${market.importTax.name}: ${taxRate}  [${market.importTax.source.url}]`);
    const deMinimis = market.deMinimis.find((p) => isInForce(p, date));
    if (deMinimis) {
      const money = (m: { amount: number; currency: string } | null) =>
        m ? `${m.amount} ${m.currency}` : 'none';
      out.push(
        `  De minimis: duty ${money(deMinimis.duty)}, tax ${money(deMinimis.tax)}${deMinimis.notes ? ` (${deMinimis.notes})` : ''}`,
      );
    }
    for (const s of market.sanctions) out.push(`  Sanctions (${s.by}, ${s.scope}): ${s.summary}`);
    if (market.dataProtection) out.push(`  Data protection: ${market.dataProtection.law}`);

    const jurisdictions = jurisdictionsOf(market);
    const inMarket = kb.rules.filter(
      (r) => jurisdictions.includes(r.jurisdiction) && concerns(r, category) && (!topic || r.topic === topic),
    );
    const inForce = inMarket.filter((r) => isInForce(r, date));
    for (const t of TOPICS as readonly Topic[]) {
      const rules = inForce.filter((r) => r.topic === t);
      if (rules.length === 0) continue;
      out.push('', `${t.replaceAll('_', ' ')} (${rules.length})`);
      for (const rule of rules) {
        out.push(`  ${rule.id} v${rule.version} [${rule.effect}] ${rule.title}`);
        out.push(`    ${rule.requirement}`);
        if (rule.certifications.length > 0) out.push(`    certifications: ${rule.certifications.join(', ')}`);
        if (rule.documents.length > 0) out.push(`    documents: ${rule.documents.join(', ')}`);
        if (rule.labelling.length > 0) out.push(`    labels: ${rule.labelling.join('; ')}`);
        out.push(
          `    source: ${rule.source.title}${rule.source.article ? `, ${rule.source.article}` : ''} — ${rule.source.url}`,
        );
      }
    }
    const until = addDays(date, 90);
    const soon = inMarket.filter((r) => r.effectiveFrom > date && r.effectiveFrom <= until);
    if (soon.length > 0) {
      out.push('', 'Changes within 90 days');
      for (const rule of soon) out.push(`  ${rule.effectiveFrom}: ${rule.id} v${rule.version} ${rule.title}`);
    }
    if (inForce.length === 0) out.push('', 'No rule in force for this selection.');
    process.stdout.write(`${out.join('\n')}\n`);
    return EXIT.ok;
  },
};
