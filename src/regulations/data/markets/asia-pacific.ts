import type { MarketInput } from '../../knowledge/knowledge.model.ts';
import { eu, market, ofac, source, uk, un } from './shared/common.ts';

/**
 * Asia and the Pacific: East Asia, South-East Asia, South Asia, Central Asia and Oceania. Rates in force on
 * 2026-11-22. Where a long-standing threshold is recorded with a start date, that date is the earliest day this
 * knowledge base vouches for, as the notes say.
 */

const inDepth: MarketInput[] = [
  market({
    code: 'CN',
    name: 'China',
    depth: 'in_depth',
    currency: 'CNY',
    importTax: {
      name: 'VAT (增值税)',
      standardRate: 13,
      notes:
        'The Value-Added Tax Law applies from 2026-01-01 with the same rates (13 %, 9 %, 6 %). Import VAT and consumption tax are collected by customs.',
      source: source(
        'Value-Added Tax Law of the People\u2019s Republic of China',
        'https://www.chinatax.gov.cn/',
        'State Taxation Administration',
      ),
    },
    deMinimis: [
      {
        effectiveFrom: '2019-01-01',
        duty: { amount: 5000, currency: 'CNY' },
        tax: null,
        notes:
          'Cross-border e-commerce retail imports of goods on the positive list through registered platforms: customs duty 0 % for a single transaction up to CNY 5,000 (annual CNY 26,000 per person); import VAT and consumption tax at 70 % of the statutory amount. Personal postal articles outside this channel: duty-free only where the tax payable is CNY 50 or less.',
        source: source(
          'Notice on improving the tax policy for cross-border e-commerce retail imports (Cai Guan Shui [2018] No. 49)',
          'https://www.customs.gov.cn/',
          'General Administration of Customs of China',
        ),
      },
    ],
    sanctions: [
      ofac(
        'Chinese Military Companies Sanctions',
        'chinese-military-companies-sanctions',
        'targeted',
        'Prohibits US persons from investing in publicly traded securities of listed Chinese military-industrial complex companies (EO 13959 as amended by EO 14032); not a trade embargo.',
      ),
    ],
    dataProtection: {
      law: 'Personal Information Protection Law (PIPL, 2021), with the Data Security Law and the Cybersecurity Law',
      source: source(
        'Personal Information Protection Law of the People\u2019s Republic of China',
        'https://www.npc.gov.cn/',
        'National People\u2019s Congress',
      ),
    },
  }),
  market({
    code: 'HK',
    name: 'Hong Kong',
    kind: 'territory',
    depth: 'in_depth',
    currency: 'HKD',
    importTax: {
      name: 'none (free port)',
      standardRate: 0,
      notes:
        'No VAT, GST or general customs tariff: duties apply only to four dutiable commodities (liquor above 30 % alcohol, tobacco, hydrocarbon oil, methyl alcohol), with no low-value relief. Hong Kong is a separate customs territory from mainland China.',
      source: source(
        'Dutiable commodities',
        'https://www.customs.gov.hk/',
        'Customs and Excise Department, Hong Kong',
      ),
    },
    sanctions: [
      ofac(
        'Hong Kong-Related Sanctions',
        'hong-kong-related-sanctions',
        'targeted',
        'Blocking of persons involved in undermining Hong Kong\u2019s autonomy (EO 13936, Hong Kong Autonomy Act).',
      ),
    ],
    dataProtection: {
      law: 'Personal Data (Privacy) Ordinance (Cap. 486)',
      source: source(
        'Personal Data (Privacy) Ordinance, Cap. 486',
        'https://www.elegislation.gov.hk/hk/cap486',
        'Hong Kong e-Legislation',
      ),
    },
  }),
  market({
    code: 'TW',
    name: 'Taiwan',
    depth: 'in_depth',
    currency: 'TWD',
    importTax: {
      name: 'business tax (VAT)',
      standardRate: 5,
      notes: 'Business tax (VAT) 5 % on imports, on the customs value plus duty and commodity tax.',
      source: source('Business Tax Act', 'https://www.mof.gov.tw/', 'Ministry of Finance, Taiwan'),
    },
    deMinimis: [
      {
        effectiveFrom: '2018-01-01',
        duty: { amount: 2000, currency: 'TWD' },
        tax: { amount: 2000, currency: 'TWD' },
        notes:
          'Postal and express consignments with a dutiable value up to TWD 2,000 are free of duty, commodity tax and business tax (lowered from TWD 3,000), at most 6 times per half-year per importer; from the 7th consignment every value is taxed. The Ministry of Finance said in 2025 it was reviewing the threshold.',
        source: source(
          'Regulations on the import of small-value goods by post and express',
          'https://web.customs.gov.tw/',
          'Customs Administration, Ministry of Finance, Taiwan',
        ),
      },
    ],
    dataProtection: {
      law: 'Personal Data Protection Act',
      source: source(
        'Personal Data Protection Act',
        'https://law.moj.gov.tw/ENG/LawClass/LawAll.aspx?pcode=I0050021',
        'Laws & Regulations Database (Ministry of Justice)',
      ),
    },
  }),
  market({
    code: 'JP',
    name: 'Japan',
    depth: 'in_depth',
    currency: 'JPY',
    importTax: {
      name: 'consumption tax',
      standardRate: 10,
      notes: '10 % (7.8 % national, 2.2 % local) from 2019-10-01; 8 % reduced rate for food and newspapers.',
      source: source('Consumption tax', 'https://www.nta.go.jp/english/', 'National Tax Agency Japan'),
    },
    deMinimis: [
      {
        effectiveFrom: '2019-10-01',
        duty: { amount: 10000, currency: 'JPY' },
        tax: { amount: 10000, currency: 'JPY' },
        notes:
          'Goods with a taxable (customs) value of JPY 10,000 or less are free of customs duty and consumption tax, except leather bags and gloves, knitted clothing, footwear and some other goods. The threshold is older than the start date recorded here. The FY2026 tax reform outline (December 2025) ends the consumption-tax exemption for cross-border mail-order sales from 2028-04-01; recorded as a period when the enacted text is cited.',
        source: source(
          'Small amount tax exemption for imported goods',
          'https://www.customs.go.jp/english/',
          'Japan Customs',
        ),
      },
    ],
    dataProtection: {
      law: 'Act on the Protection of Personal Information (APPI)',
      source: source(
        'Act on the Protection of Personal Information',
        'https://www.ppc.go.jp/en/',
        'Personal Information Protection Commission',
      ),
    },
  }),
  market({
    code: 'KR',
    name: 'South Korea',
    depth: 'in_depth',
    currency: 'KRW',
    importTax: {
      name: 'VAT',
      standardRate: 10,
      source: source('Value-added tax', 'https://www.nts.go.kr/english/', 'National Tax Service of Korea'),
    },
    deMinimis: [
      {
        effectiveFrom: '2026-01-01',
        duty: { amount: 150, currency: 'USD' },
        tax: { amount: 150, currency: 'USD' },
        notes:
          'Goods for personal use up to USD 150 clear by list without duty or VAT; USD 200 for goods shipped from the United States (KORUS FTA). Food, medicines, cosmetics and some other goods need general clearance. The threshold is older than the start date recorded here.',
        source: source(
          'Duty-free allowance for personal imports (list clearance)',
          'https://www.customs.go.kr/english/',
          'Korea Customs Service',
        ),
      },
    ],
    dataProtection: {
      law: 'Personal Information Protection Act (PIPA)',
      source: source(
        'Personal Information Protection Act',
        'https://www.pipc.go.kr/eng/',
        'Personal Information Protection Commission',
      ),
    },
  }),
  market({
    code: 'SG',
    name: 'Singapore',
    depth: 'in_depth',
    currency: 'SGD',
    importTax: {
      name: 'GST',
      standardRate: 9,
      notes: '9 % from 2024-01-01 (8 % in 2023, 7 % before).',
      source: source(
        'Goods and Services Tax (GST)',
        'https://www.iras.gov.sg/',
        'Inland Revenue Authority of Singapore',
      ),
    },
    deMinimis: [
      {
        effectiveFrom: '2023-01-01',
        duty: null,
        tax: { amount: 400, currency: 'SGD' },
        notes:
          'Import GST relief at the border for goods up to SGD 400 by air or post (not liquor and tobacco); since 2023-01-01 such low-value goods sold by overseas vendors registered under the OVR regime carry GST charged at sale. Customs duty applies only to liquor, tobacco, motor vehicles and petroleum, with no low-value relief.',
        source: source(
          'GST on low-value goods and import GST relief',
          'https://www.customs.gov.sg/',
          'Singapore Customs',
        ),
      },
    ],
    dataProtection: {
      law: 'Personal Data Protection Act 2012 (PDPA)',
      source: source(
        'Personal Data Protection Act 2012',
        'https://sso.agc.gov.sg/Act/PDPA2012',
        'Singapore Statutes Online',
      ),
    },
  }),
  market({
    code: 'MY',
    name: 'Malaysia',
    depth: 'in_depth',
    currency: 'MYR',
    importTax: {
      name: 'sales tax',
      standardRate: 10,
      notes:
        'Sales tax 10 % (5 % on some goods, exemptions for basic goods); service tax 8 %. No VAT/GST since 2018.',
      source: source(
        'Sales and Service Tax (SST)',
        'https://mysst.customs.gov.my/',
        'Royal Malaysian Customs Department',
      ),
    },
    deMinimis: [
      {
        effectiveFrom: '2024-01-01',
        duty: { amount: 500, currency: 'MYR' },
        tax: null,
        notes:
          'Low-value goods up to MYR 500 brought in by air: no import duty; sales tax 10 % charged at sale by registered sellers (Sales Tax (Low Value Goods) regime).',
        source: source(
          'Sales tax on low value goods',
          'https://www.customs.gov.my/',
          'Royal Malaysian Customs Department',
        ),
      },
    ],
    dataProtection: {
      law: 'Personal Data Protection Act 2010 (amended 2024)',
      source: source(
        'Personal Data Protection Act 2010',
        'https://www.pdp.gov.my/',
        'Personal Data Protection Department',
      ),
    },
  }),
  market({
    code: 'TH',
    name: 'Thailand',
    depth: 'in_depth',
    currency: 'THB',
    importTax: {
      name: 'VAT',
      standardRate: 7,
      notes: 'The statutory rate is 10 %; a royal decree renewed each year reduces it to 7 %.',
      source: source(
        'Value added tax',
        'https://www.rd.go.th/english/',
        'The Revenue Department of Thailand',
      ),
    },
    deMinimis: [
      {
        effectiveFrom: '2018-07-31',
        effectiveTo: '2024-07-04',
        duty: { amount: 1500, currency: 'THB' },
        tax: { amount: 1500, currency: 'THB' },
        notes:
          'Customs Notification 191/2561: goods up to THB 1,500 (CIF) free of duty and therefore of VAT. The start date is the notification\u2019s issue date.',
        source: source(
          'Customs Notification No. 191/2561',
          'https://www.customs.go.th/',
          'Thai Customs Department',
        ),
      },
      {
        effectiveFrom: '2024-07-05',
        duty: { amount: 1500, currency: 'THB' },
        tax: null,
        notes:
          'Customs Notification 116/2567 and its extensions: 7 % VAT collected on every imported consignment; duty exemption up to THB 1,500 kept.',
        source: source(
          'Customs Notification No. 116/2567',
          'https://www.customs.go.th/',
          'Thai Customs Department',
        ),
      },
    ],
    dataProtection: {
      law: 'Personal Data Protection Act B.E. 2562 (2019)',
      source: source(
        'Personal Data Protection Act B.E. 2562',
        'https://www.pdpc.or.th/',
        'Personal Data Protection Committee',
      ),
    },
  }),
  market({
    code: 'VN',
    name: 'Vietnam',
    depth: 'in_depth',
    currency: 'VND',
    importTax: {
      name: 'VAT',
      standardRate: 10,
      notes:
        'Temporarily 8 % for most goods and services at 10 % from 2025-07-01 to 2026-12-31 (National Assembly Resolution 204/2025/QH15); not for telecoms, finance, real estate, metals, mining products and goods under special consumption tax (except petrol).',
      source: source(
        'Law on Value-Added Tax No. 48/2024/QH15',
        'https://www.gdt.gov.vn/',
        'General Department of Taxation of Vietnam',
      ),
    },
    deMinimis: [
      {
        effectiveFrom: '2024-01-01',
        effectiveTo: '2025-02-17',
        duty: { amount: 1000000, currency: 'VND' },
        tax: { amount: 1000000, currency: 'VND' },
        notes:
          'Decision 78/2010/QD-TTg: express consignments up to VND 1,000,000 free of import duty and VAT. The threshold is older than the start date recorded here.',
        source: source(
          'Decision No. 78/2010/QD-TTg on the value of goods imported by express delivery exempt from tax',
          'https://chinhphu.vn/',
          'Government of Vietnam',
        ),
      },
      {
        effectiveFrom: '2025-02-18',
        duty: null,
        tax: null,
        notes:
          'Decision 01/2025/QD-TTg repealed Decision 78/2010: low-value express consignments pay import duty and VAT.',
        source: source(
          'Decision No. 01/2025/QD-TTg repealing Decision No. 78/2010/QD-TTg',
          'https://chinhphu.vn/',
          'Government of Vietnam',
        ),
      },
    ],
    dataProtection: {
      law: 'Law on Personal Data Protection No. 91/2025/QH15 (from 2026-01-01), succeeding Decree 13/2023/ND-CP',
      source: source('Law on Personal Data Protection', 'https://chinhphu.vn/', 'Government of Vietnam'),
    },
  }),
  market({
    code: 'ID',
    name: 'Indonesia',
    depth: 'in_depth',
    currency: 'IDR',
    importTax: {
      name: 'VAT (PPN)',
      standardRate: 12,
      notes:
        '12 % from 2025-01-01, but for goods other than luxury goods the tax base is 11/12 of the value, an effective 11 %.',
      source: source('Pajak Pertambahan Nilai', 'https://www.pajak.go.id/', 'Directorate General of Taxes'),
    },
    deMinimis: [
      {
        effectiveFrom: '2020-01-30',
        duty: { amount: 3, currency: 'USD' },
        tax: null,
        notes:
          'Consignments (e-commerce) up to USD 3 FOB free of import duty; VAT and income-tax withholding on every consignment; textiles, footwear and bags pay duty from the first dollar.',
        source: source(
          'Minister of Finance Regulation on consignment goods (PMK 199/2019, replaced by PMK 96/2023)',
          'https://www.beacukai.go.id/',
          'Directorate General of Customs and Excise',
        ),
      },
    ],
    dataProtection: {
      law: 'Law No. 27 of 2022 on Personal Data Protection (UU PDP)',
      source: source(
        'Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi',
        'https://peraturan.bpk.go.id/',
        'JDIH BPK (legal database)',
      ),
    },
  }),
  market({
    code: 'PH',
    name: 'Philippines',
    depth: 'in_depth',
    currency: 'PHP',
    importTax: {
      name: 'VAT',
      standardRate: 12,
      source: source('Value-added tax', 'https://www.bir.gov.ph/', 'Bureau of Internal Revenue'),
    },
    deMinimis: [
      {
        effectiveFrom: '2016-06-16',
        duty: { amount: 10000, currency: 'PHP' },
        tax: { amount: 10000, currency: 'PHP' },
        notes:
          'Customs Modernization and Tariff Act (RA 10863), Sec. 423: no duties and taxes on imports with an FOB value of PHP 10,000 or less (not agricultural goods, not for repeated importations).',
        source: source(
          'Republic Act No. 10863 (Customs Modernization and Tariff Act)',
          'https://www.officialgazette.gov.ph/2016/05/30/republic-act-no-10863/',
          'Official Gazette of the Philippines',
          'Sec. 423',
        ),
      },
    ],
    dataProtection: {
      law: 'Data Privacy Act of 2012 (Republic Act No. 10173)',
      source: source(
        'Data Privacy Act of 2012',
        'https://privacy.gov.ph/data-privacy-act/',
        'National Privacy Commission',
      ),
    },
  }),
  market({
    code: 'IN',
    name: 'India',
    depth: 'in_depth',
    currency: 'INR',
    importTax: {
      name: 'IGST',
      standardRate: 18,
      notes:
        'Integrated GST on imports at the GST rate of the goods: since 2025-09-22 mainly 5 % and 18 %, with 40 % for sin and luxury goods (the 12 % and 28 % slabs were merged); plus basic customs duty and social welfare surcharge. No general de minimis for commercial imports is recorded.',
      source: source('GST rates', 'https://cbic-gst.gov.in/', 'Central Board of Indirect Taxes and Customs'),
    },
    dataProtection: {
      law: 'Digital Personal Data Protection Act, 2023 (rules notified in 2025, applying in phases)',
      source: source(
        'Digital Personal Data Protection Act, 2023',
        'https://www.meity.gov.in/',
        'Ministry of Electronics and Information Technology',
      ),
    },
  }),
  market({
    code: 'AU',
    name: 'Australia',
    depth: 'in_depth',
    currency: 'AUD',
    importTax: {
      name: 'GST',
      standardRate: 10,
      source: source('Goods and services tax (GST)', 'https://www.ato.gov.au/', 'Australian Taxation Office'),
    },
    deMinimis: [
      {
        effectiveFrom: '2018-07-01',
        duty: { amount: 1000, currency: 'AUD' },
        tax: { amount: 1000, currency: 'AUD' },
        notes:
          'Goods with a customs value of AUD 1,000 or less are cleared without duty and import GST at the border (not tobacco and alcohol); since 2018-07-01 GST on these low-value goods sold to consumers is charged at sale by the vendor, electronic distribution platform or redeliverer.',
        source: source(
          'GST on low value imported goods',
          'https://www.ato.gov.au/',
          'Australian Taxation Office',
        ),
      },
    ],
    dataProtection: {
      law: 'Privacy Act 1988 (Australian Privacy Principles)',
      source: source(
        'Privacy Act 1988',
        'https://www.legislation.gov.au/C2004A03712/latest',
        'Federal Register of Legislation',
      ),
    },
  }),
  market({
    code: 'NZ',
    name: 'New Zealand',
    depth: 'in_depth',
    currency: 'NZD',
    importTax: {
      name: 'GST',
      standardRate: 15,
      notes:
        'Since 2019-12-01 offshore suppliers and marketplaces registered for GST charge 15 % on low-value goods (NZD 1,000 or less) sold to consumers. Customs do not collect duty and GST when the total payable is under NZD 60 (a threshold on the tax, not the value, so not recorded as a de minimis period).',
      source: source(
        'GST on low-value imported goods',
        'https://www.ird.govt.nz/gst',
        'Inland Revenue (Te Tari Taake)',
      ),
    },
    dataProtection: {
      law: 'Privacy Act 2020',
      source: source(
        'Privacy Act 2020',
        'https://www.legislation.govt.nz/act/public/2020/0031/latest/LMS23223.html',
        'New Zealand Legislation',
      ),
    },
  }),
];

const basic: MarketInput[] = [
  market({
    code: 'MO',
    name: 'Macao',
    kind: 'territory',
    currency: 'MOP',
    importTax: {
      name: 'none (free port)',
      standardRate: 0,
      notes: 'No VAT or general import duty; consumption tax on a few goods (tobacco, alcohol, fuel).',
      source: source(
        'Direcção dos Serviços de Finanças',
        'https://www.dsf.gov.mo/',
        'Financial Services Bureau of Macao',
      ),
    },
    dataProtection: {
      law: 'Personal Data Protection Act (Law No. 8/2005)',
      source: source(
        'Lei n.º 8/2005 — Lei da Protecção de Dados Pessoais',
        'https://www.io.gov.mo/',
        'Imprensa Oficial (Macao Official Gazette)',
      ),
    },
  }),
  market({
    code: 'KP',
    name: 'North Korea',
    currency: 'KPW',
    importTax: {
      name: 'not published',
      standardRate: null,
      notes: 'No official tax source; trade is largely prohibited by UN, US, EU and UK sanctions.',
      source: source(
        'UN Security Council Committee established pursuant to resolution 1718 (2006)',
        'https://main.un.org/securitycouncil/en/sanctions/1718',
        'United Nations Security Council',
      ),
    },
    sanctions: [
      un(
        '1718',
        'sectoral',
        'Arms embargo, bans on exports to the DPRK of luxury goods, machinery, vehicles, metals and refined petroleum above a cap, and on imports from it of coal, iron, textiles, seafood and more; asset freeze and travel ban.',
      ),
      ofac(
        'North Korea Sanctions',
        'north-korea-sanctions',
        'comprehensive',
        'Imports from and exports to North Korea and dealings with its government are prohibited (EO 13722, North Korea Sanctions Regulations 31 CFR part 510).',
      ),
      eu(
        'sectoral',
        'Implements and extends the UN measures: broad trade bans, investment and financial restrictions, asset freezes.',
        {
          title: 'Council Regulation (EU) 2017/1509 concerning restrictive measures against the DPRK',
          eli: 'reg/2017/1509',
        },
      ),
      uk('sectoral', 'Trade, financial and shipping restrictions and asset freezes.', {
        title: 'The Democratic People\u2019s Republic of Korea (Sanctions) (EU Exit) Regulations 2019',
        path: 'uksi/2019/411',
      }),
    ],
    dataProtection: null,
  }),
  market({
    code: 'MN',
    name: 'Mongolia',
    currency: 'MNT',
    importTax: {
      name: 'VAT',
      standardRate: 10,
      source: source('Value added tax', 'https://www.mta.mn/', 'Mongolian Tax Administration'),
    },
    dataProtection: {
      law: 'Law on Personal Data Protection (2021)',
      source: source(
        'Law on Personal Data Protection',
        'https://legalinfo.mn/',
        'Unified Legal Information System of Mongolia',
      ),
    },
  }),
  market({
    code: 'KH',
    name: 'Cambodia',
    currency: 'KHR',
    importTax: {
      name: 'VAT',
      standardRate: 10,
      source: source(
        'Value added tax',
        'https://www.tax.gov.kh/',
        'General Department of Taxation, Cambodia',
      ),
    },
    dataProtection: null,
  }),
  market({
    code: 'LA',
    name: 'Laos',
    currency: 'LAK',
    importTax: {
      name: 'VAT',
      standardRate: null,
      notes: 'The current standard rate (amended since 2021) could not be verified; left open.',
      source: source(
        'Ministry of Finance of the Lao PDR',
        'https://www.mof.gov.la/',
        'Ministry of Finance, Lao PDR',
      ),
    },
    dataProtection: null,
  }),
  market({
    code: 'MM',
    name: 'Myanmar',
    currency: 'MMK',
    importTax: {
      name: 'commercial tax',
      standardRate: 5,
      source: source('Commercial tax', 'https://www.ird.gov.mm/', 'Internal Revenue Department, Myanmar'),
    },
    sanctions: [
      ofac(
        'Burma-Related Sanctions',
        'burma-related-sanctions',
        'targeted',
        'Blocking of the military regime\u2019s officials, state-owned enterprises and sectors designated under EO 14014 (including jet fuel suppliers and the state oil and gas enterprise).',
      ),
      eu(
        'arms_embargo',
        'Arms embargo, export ban on dual-use and surveillance goods, asset freezes and travel bans, ban on dealings with state-owned enterprises designated.',
        {
          title:
            'Council Regulation (EU) No 401/2013 concerning restrictive measures in respect of Myanmar/Burma',
          eli: 'reg/2013/401',
        },
      ),
      uk('targeted', 'Asset freezes; arms embargo and restrictions on military goods and aviation fuel.', {
        title: 'The Myanmar (Sanctions) Regulations 2021',
        path: 'uksi/2021/496',
      }),
    ],
    dataProtection: null,
  }),
  market({
    code: 'PK',
    name: 'Pakistan',
    currency: 'PKR',
    importTax: {
      name: 'sales tax',
      standardRate: 18,
      source: source('Sales Tax Act, 1990', 'https://www.fbr.gov.pk/', 'Federal Board of Revenue'),
    },
    dataProtection: null,
  }),
  market({
    code: 'BD',
    name: 'Bangladesh',
    currency: 'BDT',
    importTax: {
      name: 'VAT',
      standardRate: 15,
      source: source(
        'Value Added Tax and Supplementary Duty Act, 2012',
        'https://nbr.gov.bd/',
        'National Board of Revenue',
      ),
    },
    dataProtection: {
      law: 'Personal Data Protection Ordinance, 2025',
      source: source(
        'Personal Data Protection Ordinance, 2025',
        'https://ictd.gov.bd/',
        'Information and Communication Technology Division, Bangladesh',
      ),
    },
  }),
  market({
    code: 'LK',
    name: 'Sri Lanka',
    currency: 'LKR',
    importTax: {
      name: 'VAT',
      standardRate: 18,
      notes: '18 % from 2024-01-01 (15 % before).',
      source: source('Value added tax', 'https://www.ird.gov.lk/', 'Inland Revenue Department'),
    },
    dataProtection: {
      law: 'Personal Data Protection Act, No. 9 of 2022',
      source: source(
        'Personal Data Protection Act, No. 9 of 2022',
        'https://www.dpa.gov.lk/',
        'Data Protection Authority of Sri Lanka',
      ),
    },
  }),
  market({
    code: 'NP',
    name: 'Nepal',
    currency: 'NPR',
    importTax: {
      name: 'VAT',
      standardRate: 13,
      source: source('Value added tax', 'https://ird.gov.np/', 'Inland Revenue Department, Nepal'),
    },
    dataProtection: {
      law: 'Individual Privacy Act, 2075 (2018)',
      source: source('The Privacy Act, 2075 (2018)', 'https://lawcommission.gov.np/', 'Nepal Law Commission'),
    },
  }),
  market({
    code: 'AF',
    name: 'Afghanistan',
    currency: 'AFN',
    importTax: {
      name: 'business receipts tax',
      standardRate: null,
      notes: 'No VAT; the rate applied by the de facto authorities could not be sourced.',
      source: source('Ministry of Finance', 'https://mof.gov.af/', 'Ministry of Finance, Afghanistan'),
    },
    sanctions: [
      un(
        '1988',
        'targeted',
        'Asset freeze, travel ban and arms embargo on individuals and entities associated with the Taliban.',
      ),
      eu(
        'targeted',
        'Implements the UN Taliban sanctions (asset freeze, travel ban, arms embargo on listed persons).',
      ),
    ],
    dataProtection: null,
  }),
  market({
    code: 'KZ',
    name: 'Kazakhstan',
    memberOf: ['EAEU'],
    currency: 'KZT',
    importTax: {
      name: 'VAT',
      standardRate: 16,
      notes: '16 % from 2026-01-01 under the new Tax Code (12 % before).',
      source: source(
        'Tax Code of the Republic of Kazakhstan (2026)',
        'https://kgd.gov.kz/',
        'State Revenue Committee of Kazakhstan',
      ),
    },
    dataProtection: {
      law: 'Law No. 94-V of 21 May 2013 on Personal Data and their Protection',
      source: source(
        'On Personal Data and their Protection',
        'https://adilet.zan.kz/eng/docs/Z1300000094',
        'Adilet (Ministry of Justice of Kazakhstan)',
      ),
    },
  }),
  market({
    code: 'UZ',
    name: 'Uzbekistan',
    currency: 'UZS',
    importTax: {
      name: 'VAT',
      standardRate: 12,
      source: source('Value added tax', 'https://soliq.uz/', 'State Tax Committee of Uzbekistan'),
    },
    dataProtection: {
      law: 'Law No. ZRU-547 of 2 July 2019 on Personal Data',
      source: source(
        'Law on Personal Data',
        'https://lex.uz/docs/4396419',
        'National Database of Legislation (Lex.uz)',
      ),
    },
  }),
];

export const markets: MarketInput[] = [...inDepth, ...basic];
