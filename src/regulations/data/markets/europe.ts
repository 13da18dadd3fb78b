import type { MarketInput } from '../../knowledge/knowledge.model.ts';
import {
  EC_VAT_RATES,
  EU_DE_MINIMIS,
  eu,
  GDPR,
  market,
  ofac,
  source,
  uk,
  VAT_DIRECTIVE,
} from './shared/common.ts';

/**
 * Europe: the European Union (as a union and its 27 member states), the EEA/EFTA states, the United Kingdom,
 * Turkey, the Western Balkans and Eastern Europe. Member states' standard VAT rates as published by the European
 * Commission, in force on 2026-11-22; the customs de minimis is the Union's own.
 */

/** A member state: its standard VAT rate (the Commission's table), the Union's de minimis and the GDPR. */
function member(code: string, name: string, currency: string, rate: number, notes?: string): MarketInput {
  return market({
    code,
    name,
    memberOf: ['EU'],
    currency,
    importTax: { name: 'VAT', standardRate: rate, ...(notes ? { notes } : {}), source: EC_VAT_RATES },
    deMinimis: EU_DE_MINIMIS,
    dataProtection: GDPR,
  });
}

const euMembers: MarketInput[] = [
  member('AT', 'Austria', 'EUR', 20),
  member('BE', 'Belgium', 'EUR', 21),
  member('BG', 'Bulgaria', 'EUR', 20, 'Bulgaria adopted the euro on 2026-01-01 (lev before).'),
  member('HR', 'Croatia', 'EUR', 25),
  member('CY', 'Cyprus', 'EUR', 19),
  member('CZ', 'Czechia', 'CZK', 21),
  member('DK', 'Denmark', 'DKK', 25),
  member('EE', 'Estonia', 'EUR', 24, '24 % from 2025-07-01 (22 % from 2024-01-01, 20 % before).'),
  member('FI', 'Finland', 'EUR', 25.5, '25.5 % from 2024-09-01 (24 % before).'),
  member('FR', 'France', 'EUR', 20),
  member('DE', 'Germany', 'EUR', 19),
  member('GR', 'Greece', 'EUR', 24),
  member('HU', 'Hungary', 'HUF', 27),
  member('IE', 'Ireland', 'EUR', 23),
  member('IT', 'Italy', 'EUR', 22),
  member('LV', 'Latvia', 'EUR', 21),
  member('LT', 'Lithuania', 'EUR', 21),
  member('LU', 'Luxembourg', 'EUR', 17, '17 % again from 2024-01-01 (16 % in 2023).'),
  member('MT', 'Malta', 'EUR', 18),
  member('NL', 'Netherlands', 'EUR', 21),
  member('PL', 'Poland', 'PLN', 23),
  member('PT', 'Portugal', 'EUR', 23, 'Mainland rate; the Azores and Madeira apply lower rates.'),
  member('RO', 'Romania', 'RON', 21, '21 % from 2025-08-01 (19 % before).'),
  member('SK', 'Slovakia', 'EUR', 23, '23 % from 2025-01-01 (20 % before).'),
  member('SI', 'Slovenia', 'EUR', 22),
  member(
    'ES',
    'Spain',
    'EUR',
    21,
    'Peninsula and Balearics; the Canary Islands, Ceuta and Melilla are outside the EU VAT area.',
  ),
  member('SE', 'Sweden', 'SEK', 25),
];

const union: MarketInput = market({
  code: 'EU',
  name: 'European Union',
  kind: 'union',
  depth: 'in_depth',
  currency: 'EUR',
  importTax: {
    name: 'VAT',
    standardRate: null,
    notes:
      'The common VAT system (Directive 2006/112/EC) requires a standard rate of at least 15 %; each member state sets its own rate (see the member states). Import VAT is due in the member state of importation.',
    source: VAT_DIRECTIVE,
  },
  deMinimis: EU_DE_MINIMIS,
  dataProtection: GDPR,
});

const TOLL_350_LIMIT = source(
  'Abolishment of the NOK 350 limit for duty-free allowance',
  'https://www.toll.no/en/online-shopping/350-limit/',
  'Norwegian Customs (Tolletaten)',
);

const others: MarketInput[] = [
  market({
    code: 'GB',
    name: 'United Kingdom',
    depth: 'in_depth',
    currency: 'GBP',
    importTax: {
      name: 'VAT',
      standardRate: 20,
      notes: 'Northern Ireland applies EU VAT and customs rules for goods under the Windsor Framework.',
      source: source('VAT rates', 'https://www.gov.uk/vat-rates', 'GOV.UK (HMRC)'),
    },
    deMinimis: [
      {
        effectiveFrom: '2021-01-01',
        duty: { amount: 135, currency: 'GBP' },
        tax: null,
        notes:
          'Customs duty relief for consignments of GBP 135 or less (not excise goods: alcohol, tobacco). The low value consignment relief from VAT was abolished: the seller or online marketplace charges UK VAT at the point of sale on goods up to GBP 135; above it, import VAT at the border. Gifts between private persons: relief up to GBP 39. The government announced in 2025 that the GBP 135 duty relief will end by March 2029 at the latest; no date is enacted yet.',
        source: source(
          'VAT and overseas goods sold directly to customers in the UK',
          'https://www.gov.uk/guidance/vat-and-overseas-goods-sold-directly-to-customers-in-the-uk',
          'GOV.UK (HMRC)',
        ),
      },
    ],
    dataProtection: {
      law: 'UK GDPR and the Data Protection Act 2018 (as amended by the Data (Use and Access) Act 2025)',
      source: source(
        'Data Protection Act 2018',
        'https://www.legislation.gov.uk/ukpga/2018/12/contents',
        'legislation.gov.uk',
      ),
    },
  }),
  market({
    code: 'CH',
    name: 'Switzerland',
    depth: 'in_depth',
    currency: 'CHF',
    importTax: {
      name: 'VAT (Mehrwertsteuer)',
      standardRate: 8.1,
      notes:
        '8.1 % from 2024-01-01 (7.7 % before). Import VAT is not collected where it amounts to CHF 5 or less (a threshold on the tax, not on the value, so not recorded as a de minimis). Customs duties on industrial products were abolished from 2024-01-01; agricultural goods still pay duty.',
      source: source(
        'VAT rates in Switzerland',
        'https://www.estv.admin.ch/estv/en/home/value-added-tax/vat-rates-switzerland.html',
        'Swiss Federal Tax Administration (ESTV)',
      ),
    },
    dataProtection: {
      law: 'Federal Act on Data Protection (FADP, revised, in force from 2023-09-01)',
      source: source(
        'Federal Act on Data Protection (FADP), SR 235.1',
        'https://www.fedlex.admin.ch/eli/cc/2022/491/en',
        'Fedlex',
      ),
    },
  }),
  market({
    code: 'NO',
    name: 'Norway',
    depth: 'in_depth',
    memberOf: ['EEA'],
    currency: 'NOK',
    importTax: {
      name: 'VAT (merverdiavgift)',
      standardRate: 25,
      notes:
        'Since 2020-04-01 online shops and marketplaces registered in the VOEC scheme charge Norwegian VAT at sale on goods under NOK 3,000 sold to consumers; such goods pass with simplified clearance and no further duty.',
      source: source(
        'Value added tax',
        'https://www.skatteetaten.no/en/business-and-organisation/vat-and-duties/vat/',
        'Norwegian Tax Administration (Skatteetaten)',
      ),
    },
    deMinimis: [
      {
        effectiveFrom: '2020-01-01',
        effectiveTo: '2020-03-31',
        duty: { amount: 350, currency: 'NOK' },
        tax: { amount: 350, currency: 'NOK' },
        notes:
          'Shipments up to NOK 350 including shipping and insurance free of duty and VAT; from 2020-01-01 not for food, drinks, excise goods and restricted goods. The limit is older than the start date recorded here.',
        source: TOLL_350_LIMIT,
      },
      {
        effectiveFrom: '2020-04-01',
        effectiveTo: '2023-12-31',
        duty: { amount: 350, currency: 'NOK' },
        tax: { amount: 350, currency: 'NOK' },
        notes:
          'The NOK 350 limit was abolished with the VOEC scheme, but a transitional declaration exemption kept shipments under NOK 350 from sellers outside VOEC free of duty and VAT (not food, excise or restricted goods). VOEC goods under NOK 3,000 carry VAT charged at sale.',
        source: source(
          'Transitional arrangement from 1 April for private individuals',
          'https://www.toll.no/en/online-shopping/e-commerce---what-changed-on-1-april/transitional-arrangement-from-1-april-for-private-individuals/',
          'Norwegian Customs (Tolletaten)',
        ),
      },
      {
        effectiveFrom: '2024-01-01',
        duty: null,
        tax: null,
        notes:
          'The transitional exemption ended: goods outside the VOEC scheme pay VAT and duty from the first krone. Goods under NOK 3,000 sold by VOEC-registered sellers carry VAT charged at sale and no further duty at the border.',
        source: TOLL_350_LIMIT,
      },
    ],
    dataProtection: {
      law: 'Personal Data Act (personopplysningsloven) of 15 June 2018 No. 38, implementing the GDPR through the EEA Agreement',
      source: source(
        'Lov om behandling av personopplysninger (personopplysningsloven)',
        'https://lovdata.no/dokument/NL/lov/2018-06-15-38',
        'Lovdata',
      ),
    },
  }),
  market({
    code: 'IS',
    name: 'Iceland',
    memberOf: ['EEA'],
    currency: 'ISK',
    importTax: {
      name: 'VAT',
      standardRate: 24,
      source: source(
        'Value added tax — rates',
        'https://www.skatturinn.is/english/companies/value-added-tax/',
        'Iceland Revenue and Customs (Skatturinn)',
      ),
    },
    dataProtection: {
      law: 'Act No. 90/2018 on Data Protection and the Processing of Personal Data (GDPR through the EEA Agreement)',
      source: source(
        'Act on Data Protection and the Processing of Personal Data No. 90/2018',
        'https://www.personuvernd.is/',
        'Icelandic Data Protection Authority (Persónuvernd)',
      ),
    },
  }),
  market({
    code: 'LI',
    name: 'Liechtenstein',
    memberOf: ['EEA'],
    currency: 'CHF',
    importTax: {
      name: 'VAT (Mehrwertsteuer)',
      standardRate: 8.1,
      notes:
        'Liechtenstein forms a customs and VAT area with Switzerland (Customs Treaty of 1923); Swiss rates apply.',
      source: source(
        'Mehrwertsteuer',
        'https://www.llv.li/',
        'Liechtenstein National Administration (Steuerverwaltung)',
      ),
    },
    dataProtection: {
      law: 'Data Protection Act (Datenschutzgesetz, DSG) of 4 October 2018, with the GDPR through the EEA Agreement',
      source: source(
        'Datenschutzgesetz (DSG)',
        'https://www.datenschutzstelle.li/',
        'Datenschutzstelle Liechtenstein',
      ),
    },
  }),
  market({
    code: 'TR',
    name: 'Türkiye',
    depth: 'in_depth',
    currency: 'TRY',
    importTax: {
      name: 'VAT (KDV)',
      standardRate: 20,
      notes:
        '20 % from 2023-07-10 (18 % before). Türkiye is in a customs union with the EU for industrial goods (common external tariff) but does not apply EU product law as a member; it is therefore not marked as a member of the EU here.',
      source: source(
        'Katma Değer Vergisi (Value Added Tax)',
        'https://www.gib.gov.tr/',
        'Revenue Administration of Türkiye (GİB)',
      ),
    },
    deMinimis: [
      {
        effectiveFrom: '2026-02-06',
        duty: null,
        tax: null,
        notes:
          'The Presidential Decision published in the Official Gazette of 2026-01-07 (in force 30 days later) removed the EUR 30 limit for postal and express shipments; non-commercial shipments pay a single flat-rate tax (30 % from the EU, 60 % from elsewhere, plus 20 % for goods on ÖTV list IV). Only medicines and supplements on prescription up to EUR 1,500 keep a special regime. Earlier periods are not recorded here.',
        source: source(
          'Presidential Decision amending the Decision on the implementation of certain articles of the Customs Law No. 4458',
          'https://www.resmigazete.gov.tr/eskiler/2026/01/20260107-3.pdf',
          'Resmî Gazete (Official Gazette of Türkiye)',
        ),
      },
    ],
    dataProtection: {
      law: 'Law No. 6698 on the Protection of Personal Data (KVKK)',
      source: source(
        'Law on the Protection of Personal Data No. 6698',
        'https://www.kvkk.gov.tr/',
        'Personal Data Protection Authority (KVKK)',
      ),
    },
  }),
  market({
    code: 'RS',
    name: 'Serbia',
    currency: 'RSD',
    importTax: {
      name: 'VAT (PDV)',
      standardRate: 20,
      source: source('Porez na dodatu vrednost', 'https://www.purs.gov.rs/', 'Tax Administration of Serbia'),
    },
    dataProtection: {
      law: 'Law on Personal Data Protection (Official Gazette RS No. 87/2018)',
      source: source(
        'Law on Personal Data Protection',
        'https://www.poverenik.rs/',
        'Commissioner for Information of Public Importance and Personal Data Protection',
      ),
    },
  }),
  market({
    code: 'BA',
    name: 'Bosnia and Herzegovina',
    currency: 'BAM',
    importTax: {
      name: 'VAT (PDV)',
      standardRate: 17,
      source: source(
        'Indirect taxes — VAT',
        'https://www.uino.gov.ba/',
        'Indirect Taxation Authority of Bosnia and Herzegovina',
      ),
    },
    sanctions: [
      ofac(
        'Balkans-Related Sanctions',
        'balkans-related-sanctions',
        'targeted',
        'Blocking of persons undermining the Dayton Peace Agreement and stability in the Western Balkans.',
      ),
      eu(
        'targeted',
        'Asset freeze and travel ban on persons undermining the sovereignty, territorial integrity and constitutional order of Bosnia and Herzegovina.',
      ),
    ],
    dataProtection: {
      law: 'Law on Personal Data Protection of Bosnia and Herzegovina',
      source: source(
        'Law on Personal Data Protection',
        'https://www.azlp.ba/',
        'Personal Data Protection Agency of Bosnia and Herzegovina',
      ),
    },
  }),
  market({
    code: 'ME',
    name: 'Montenegro',
    currency: 'EUR',
    importTax: {
      name: 'VAT (PDV)',
      standardRate: 21,
      source: source(
        'Porez na dodatu vrijednost',
        'https://www.gov.me/poreska-uprava',
        'Tax Administration of Montenegro',
      ),
    },
    dataProtection: {
      law: 'Law on Personal Data Protection of Montenegro',
      source: source(
        'Law on Personal Data Protection',
        'https://www.azlp.me/',
        'Agency for Personal Data Protection and Free Access to Information',
      ),
    },
  }),
  market({
    code: 'MK',
    name: 'North Macedonia',
    currency: 'MKD',
    importTax: {
      name: 'VAT (DDV)',
      standardRate: 18,
      source: source(
        'Value added tax',
        'https://www.ujp.gov.mk/',
        'Public Revenue Office of North Macedonia',
      ),
    },
    dataProtection: {
      law: 'Law on Personal Data Protection (Official Gazette No. 42/2020)',
      source: source(
        'Law on Personal Data Protection',
        'https://dzlp.mk/',
        'Personal Data Protection Agency',
      ),
    },
  }),
  market({
    code: 'AL',
    name: 'Albania',
    currency: 'ALL',
    importTax: {
      name: 'VAT (TVSH)',
      standardRate: 20,
      source: source(
        'Tatimi mbi vlerën e shtuar',
        'https://www.tatime.gov.al/',
        'General Directorate of Taxation of Albania',
      ),
    },
    dataProtection: {
      law: 'Law No. 124/2024 on Personal Data Protection',
      source: source(
        'Law on Personal Data Protection',
        'https://www.idp.al/',
        'Information and Data Protection Commissioner',
      ),
    },
  }),
  market({
    code: 'MD',
    name: 'Moldova',
    currency: 'MDL',
    importTax: {
      name: 'VAT (TVA)',
      standardRate: 20,
      source: source('Taxa pe valoarea adăugată', 'https://www.sfs.md/', 'State Tax Service of Moldova'),
    },
    sanctions: [
      eu(
        'targeted',
        'Asset freeze and travel ban on persons destabilising, undermining or threatening the sovereignty and independence of the Republic of Moldova.',
      ),
    ],
    dataProtection: {
      law: 'Law No. 133/2011 on Personal Data Protection',
      source: source(
        'Law on Personal Data Protection No. 133/2011',
        'https://datepersonale.md/',
        'National Center for Personal Data Protection',
      ),
    },
  }),
  market({
    code: 'UA',
    name: 'Ukraine',
    currency: 'UAH',
    importTax: {
      name: 'VAT (PDV)',
      standardRate: 20,
      source: source('Податок на додану вартість', 'https://tax.gov.ua/', 'State Tax Service of Ukraine'),
    },
    sanctions: [
      ofac(
        'Ukraine-/Russia-Related Sanctions',
        'ukraine-russia-related-sanctions',
        'comprehensive',
        'Regional embargo: new investment, imports, exports and services involving Crimea and the so-called DNR and LNR regions are prohibited (EO 13685, EO 14065); the rest of Ukraine is not sanctioned.',
      ),
      eu(
        'comprehensive',
        'Regional: import of goods originating in, and trade and investment with, Crimea and Sevastopol and the non-government-controlled areas of Donetsk, Kherson, Luhansk and Zaporizhzhia are prohibited; not Ukraine as a whole.',
        {
          title: 'Council Regulation (EU) 2022/263 (non-government controlled areas of Ukraine)',
          eli: 'reg/2022/263',
        },
      ),
      uk(
        'comprehensive',
        'Regional trade restrictions on Crimea and the non-government-controlled areas of Donetsk, Kherson, Luhansk and Zaporizhzhia under the Russia regulations.',
        {
          title: 'The Russia (Sanctions) (EU Exit) Regulations 2019',
          path: 'uksi/2019/855',
        },
      ),
    ],
    dataProtection: {
      law: 'Law of Ukraine No. 2297-VI on Personal Data Protection',
      source: source(
        'Про захист персональних даних',
        'https://zakon.rada.gov.ua/laws/show/2297-17',
        'Verkhovna Rada of Ukraine',
      ),
    },
  }),
  market({
    code: 'BY',
    name: 'Belarus',
    memberOf: ['EAEU'],
    currency: 'BYN',
    importTax: {
      name: 'VAT (НДС)',
      standardRate: 20,
      source: source(
        'Налог на добавленную стоимость',
        'https://www.nalog.gov.by/',
        'Ministry of Taxes and Duties of Belarus',
      ),
    },
    sanctions: [
      ofac(
        'Belarus Sanctions',
        'belarus-sanctions',
        'targeted',
        'Blocking of the Lukashenka government, state-owned enterprises and sectors (EO 13405, EO 14038); export controls aligned with Russia.',
      ),
      eu(
        'sectoral',
        'Wide import and export bans (potash, petroleum products, wood, steel, dual-use and advanced technology goods, firearms), financial restrictions, asset freezes and travel bans.',
        {
          title:
            'Council Regulation (EC) No 765/2006 concerning restrictive measures in view of the situation in Belarus',
          eli: 'reg/2006/765',
        },
      ),
      uk('sectoral', 'Trade, financial and transport restrictions and asset freezes on Belarus.', {
        title: 'The Republic of Belarus (Sanctions) (EU Exit) Regulations 2019',
        path: 'uksi/2019/600',
      }),
    ],
    dataProtection: {
      law: 'Law No. 99-Z of 7 May 2021 on Personal Data Protection',
      source: source(
        'Закон о защите персональных данных',
        'https://cpd.by/',
        'National Personal Data Protection Center of Belarus',
      ),
    },
  }),
  market({
    code: 'RU',
    name: 'Russia',
    memberOf: ['EAEU'],
    currency: 'RUB',
    importTax: {
      name: 'VAT (НДС)',
      standardRate: 22,
      notes:
        '22 % from 2026-01-01 (20 % before), under the Tax Code amendments signed on 2025-11-28; 10 % reduced rate for food, medicines and children\u2019s goods kept.',
      source: source(
        'Налог на добавленную стоимость',
        'https://www.nalog.gov.ru/',
        'Federal Tax Service of Russia',
      ),
    },
    sanctions: [
      ofac(
        'Russian Harmful Foreign Activities Sanctions',
        'russian-harmful-foreign-activities-sanctions',
        'sectoral',
        'Blocking of major banks, energy, defence and technology companies; bans on new investment, on many services and on imports of Russian oil, gold, diamonds and seafood (EO 14024, EO 14066, EO 14068, EO 14071); wide export controls.',
      ),
      eu(
        'sectoral',
        'Import bans (crude oil and products, coal, steel, gold, diamonds, wood, cement and more), export bans (dual-use, advanced technology, luxury and industrial goods), service, transport and financial restrictions, anti-circumvention rules.',
        {
          title:
            'Council Regulation (EU) No 833/2014 concerning restrictive measures in view of Russia\u2019s actions destabilising the situation in Ukraine',
          eli: 'reg/2014/833',
        },
      ),
      uk(
        'sectoral',
        'Trade (import and export bans), financial, transport and professional-services restrictions and asset freezes.',
        {
          title: 'The Russia (Sanctions) (EU Exit) Regulations 2019',
          path: 'uksi/2019/855',
        },
      ),
    ],
    dataProtection: {
      law: 'Federal Law No. 152-FZ of 27 July 2006 on Personal Data (with data-localisation requirements)',
      source: source('Federal Law No. 152-FZ on Personal Data', 'https://rkn.gov.ru/', 'Roskomnadzor'),
    },
  }),
  market({
    code: 'GE',
    name: 'Georgia',
    currency: 'GEL',
    importTax: {
      name: 'VAT',
      standardRate: 18,
      source: source('Value added tax', 'https://www.rs.ge/', 'Revenue Service of Georgia'),
    },
    dataProtection: {
      law: 'Law of Georgia on Personal Data Protection (2023)',
      source: source(
        'Law on Personal Data Protection',
        'https://pdps.ge/',
        'Personal Data Protection Service of Georgia',
      ),
    },
  }),
  market({
    code: 'AM',
    name: 'Armenia',
    memberOf: ['EAEU'],
    currency: 'AMD',
    importTax: {
      name: 'VAT',
      standardRate: 20,
      source: source('Value added tax', 'https://www.src.am/', 'State Revenue Committee of Armenia'),
    },
    dataProtection: {
      law: 'Law of the Republic of Armenia on Protection of Personal Data (2015)',
      source: source(
        'Law on Protection of Personal Data',
        'https://www.arlis.am/',
        'Armenian Legal Information System (ARLIS)',
      ),
    },
  }),
  market({
    code: 'AZ',
    name: 'Azerbaijan',
    currency: 'AZN',
    importTax: {
      name: 'VAT (ƏDV)',
      standardRate: 18,
      source: source('Əlavə dəyər vergisi', 'https://www.taxes.gov.az/', 'State Tax Service of Azerbaijan'),
    },
    dataProtection: {
      law: 'Law of the Republic of Azerbaijan on Personal Data (2010)',
      source: source(
        'Law on Personal Data',
        'https://e-qanun.az/',
        'e-qanun (Ministry of Justice of Azerbaijan)',
      ),
    },
  }),
];

export const markets: MarketInput[] = [union, ...euMembers, ...others];
