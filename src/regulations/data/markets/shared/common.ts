import type { MarketInput, Source } from '../../../knowledge/knowledge.model.ts';

/**
 * Building blocks the market files share: sources cited by many markets (EUR-Lex, OFAC, the UN, GOV.UK) and
 * the EU's de minimis, which every member state applies. This folder is not loaded as market data (the loader
 * reads only the `.ts` files directly in markets/).
 */

type Sanction = NonNullable<MarketInput['sanctions']>[number];
type DeMinimisPeriod = NonNullable<MarketInput['deMinimis']>[number];
type Scope = Sanction['scope'];

export function source(title: string, url: string, publisher: string, article?: string): Source {
  return article ? { title, article, url, publisher } : { title, url, publisher };
}

/** A market with the defaults most of them share: a basic country, no sanctions, no de minimis known. */
export function market(
  entry: Omit<MarketInput, 'kind' | 'depth'> & Partial<Pick<MarketInput, 'kind' | 'depth'>>,
): MarketInput {
  return { kind: 'country', depth: 'basic', ...entry };
}

export const GDPR = {
  law: 'Regulation (EU) 2016/679 (General Data Protection Regulation)',
  source: source(
    'Regulation (EU) 2016/679 (General Data Protection Regulation)',
    'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    'EUR-Lex',
  ),
};

export const EC_VAT_RATES = source(
  'VAT rates applied in the Member States of the European Union',
  'https://taxation-customs.ec.europa.eu/taxation/vat/vat-directive/vat-rates_en',
  'European Commission (DG TAXUD)',
);

export const VAT_DIRECTIVE = source(
  'Council Directive 2006/112/EC on the common system of value added tax',
  'https://eur-lex.europa.eu/eli/dir/2006/112/oj',
  'EUR-Lex',
  'Art. 96–99 (rates), Art. 143 (exempt importations)',
);

/**
 * The EU's relief thresholds for consignments sent directly from a third country to a consignee in the Union:
 * duty relief up to EUR 150 (Regulation 1186/2009, Art. 23) and, until 30 June 2021, import VAT relief up to
 * EUR 22 (Directive 2009/132/EC, Art. 23, abolished by Directive 2017/2455). Council Regulation (EU) 2026/382
 * eliminated the duty relief from 1 July 2026.
 */
export const EU_DE_MINIMIS: DeMinimisPeriod[] = [
  {
    effectiveFrom: '2010-01-01',
    effectiveTo: '2021-06-30',
    duty: { amount: 150, currency: 'EUR' },
    tax: { amount: 22, currency: 'EUR' },
    notes:
      'Intrinsic value of a consignment sent directly from a third country; duty relief excluded alcohol, tobacco, perfumes and toilet waters. The start date is the earliest day this knowledge base vouches for (both acts applied by then), not the day the thresholds began.',
    source: source(
      'Council Regulation (EC) No 1186/2009 setting up a Community system of reliefs from customs duty; Council Directive 2009/132/EC',
      'https://eur-lex.europa.eu/eli/reg/2009/1186/oj',
      'EUR-Lex',
      'Reg. 1186/2009 Art. 23–24; Dir. 2009/132/EC Art. 23',
    ),
  },
  {
    effectiveFrom: '2021-07-01',
    effectiveTo: '2026-06-30',
    duty: { amount: 150, currency: 'EUR' },
    tax: null,
    notes:
      'Customs duty relief up to EUR 150 intrinsic value (not alcohol, tobacco, perfumes); import VAT due on every consignment since Directive (EU) 2017/2455 abolished the EUR 22 exemption — collected at sale through the Import One-Stop Shop (IOSS) for consignments up to EUR 150.',
    source: source(
      'Council Directive (EU) 2017/2455 amending Directive 2006/112/EC and Directive 2009/132/EC (VAT e-commerce package)',
      'https://eur-lex.europa.eu/eli/dir/2017/2455/oj',
      'EUR-Lex',
      'Art. 3 (deletion of the EUR 22 exemption), applicable from 1 July 2021',
    ),
  },
  {
    effectiveFrom: '2026-07-01',
    duty: null,
    tax: null,
    notes:
      'Threshold-based duty relief eliminated. Until 1 July 2028 (extendable), distance sales in consignments up to EUR 150 pay a flat customs duty of EUR 3 per item (per distinct tariff subheading in the consignment), afterwards the normal tariff; import VAT as before (IOSS up to EUR 150).',
    source: source(
      'Council Regulation (EU) 2026/382 of 11 February 2026 amending Regulation (EC) No 1186/2009 as regards the elimination of the threshold-based customs duty relief',
      'https://eur-lex.europa.eu/eli/reg/2026/382/oj',
      'EUR-Lex',
    ),
  },
];

const OFAC_BASE = 'https://ofac.treasury.gov/sanctions-programs-and-country-information/';

/** A US sanctions programme, cited by its OFAC programme page. */
export function ofac(programme: string, slug: string, scope: Scope, summary: string): Sanction {
  return {
    by: 'US',
    scope,
    summary,
    source: source(`OFAC — ${programme}`, `${OFAC_BASE}${slug}`, 'US Department of the Treasury (OFAC)'),
  };
}

/** An EU restrictive measure, cited by its regulation on EUR-Lex, or the EU Sanctions Map. */
export function eu(scope: Scope, summary: string, act?: { title: string; eli: string }): Sanction {
  return {
    by: 'EU',
    scope,
    summary,
    source: act
      ? source(act.title, `https://eur-lex.europa.eu/eli/${act.eli}/oj`, 'EUR-Lex')
      : source(
          'EU Sanctions Map (restrictive measures in force)',
          'https://www.sanctionsmap.eu/',
          'Council of the EU',
        ),
  };
}

/** A UK sanctions regime, cited by its regulations on legislation.gov.uk or the GOV.UK collection of regimes. */
export function uk(scope: Scope, summary: string, act?: { title: string; path: string }): Sanction {
  return {
    by: 'UK',
    scope,
    summary,
    source: act
      ? source(act.title, `https://www.legislation.gov.uk/${act.path}`, 'legislation.gov.uk')
      : source(
          'UK sanctions regimes under the Sanctions and Anti-Money Laundering Act 2018',
          'https://www.gov.uk/government/collections/uk-sanctions-regimes-under-the-sanctions-act',
          'GOV.UK (FCDO)',
        ),
  };
}

/** A UN Security Council sanctions regime, cited by its committee's page. */
export function un(committee: string, scope: Scope, summary: string): Sanction {
  return {
    by: 'UN',
    scope,
    summary,
    source: source(
      `UN Security Council Committee established pursuant to resolution ${committee}`,
      `https://main.un.org/securitycouncil/en/sanctions/${committee}`,
      'United Nations Security Council',
    ),
  };
}
