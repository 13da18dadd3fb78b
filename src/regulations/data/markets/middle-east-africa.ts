import type { MarketInput } from '../../knowledge/knowledge.model.ts';
import { eu, market, ofac, source, uk, un } from './shared/common.ts';

/**
 * The Middle East and Africa: the Gulf Cooperation Council, the Levant, North Africa and Sub-Saharan Africa
 * (ECOWAS, EAC, SACU). Rates in force on 2026-11-22. Sanctions regimes named by their official pages.
 */

const inDepth: MarketInput[] = [
  market({
    code: 'AE',
    name: 'United Arab Emirates',
    depth: 'in_depth',
    memberOf: ['GCC'],
    currency: 'AED',
    importTax: {
      name: 'VAT',
      standardRate: 5,
      notes:
        '5 % since 2018-01-01 (Federal Decree-Law No. 8 of 2017), due on every import. Customs duty under the GCC common tariff (mostly 5 %).',
      source: source('Value Added Tax', 'https://tax.gov.ae/', 'Federal Tax Authority, UAE'),
    },
    deMinimis: [
      {
        effectiveFrom: '2023-03-01',
        duty: { amount: 1000, currency: 'AED' },
        tax: null,
        notes:
          'Dubai Customs: consignments up to AED 1,000 are exempt from customs duty (not tobacco, e-cigarettes, alcohol), the threshold reinstated from 2023-03-01 "until further notice" after a short reduction to AED 300 in January–February 2023 (Customs Notice 5/2022); VAT 5 % on every import. Other emirates\u2019 customs and the status after 2023 were not verified.',
        source: source(
          'Customs Notice No. 5/2022 and its suspension',
          'https://www.dubaicustoms.gov.ae/',
          'Dubai Customs',
        ),
      },
    ],
    dataProtection: {
      law: 'Federal Decree-Law No. 45 of 2021 on the Protection of Personal Data (PDPL); DIFC and ADGM have their own laws',
      source: source(
        'Data protection laws',
        'https://u.ae/en/about-the-uae/digital-uae/data/data-protection-laws',
        'The UAE Government portal (u.ae)',
      ),
    },
  }),
  market({
    code: 'SA',
    name: 'Saudi Arabia',
    depth: 'in_depth',
    memberOf: ['GCC'],
    currency: 'SAR',
    importTax: {
      name: 'VAT',
      standardRate: 15,
      notes:
        '15 % from 2020-07-01 (5 % from 2018). VAT is due on all imports; ZATCA has stated that personal shipments under SAR 1,000 are exempt from customs duty — not recorded as a dated period because its start and current status were not verified against ZATCA\u2019s own text.',
      source: source('Value Added Tax', 'https://zatca.gov.sa/', 'Zakat, Tax and Customs Authority (ZATCA)'),
    },
    dataProtection: {
      law: 'Personal Data Protection Law (Royal Decree M/19 of 9/2/1443H, in force from 2023-09-14)',
      source: source(
        'Personal Data Protection Law',
        'https://sdaia.gov.sa/',
        'Saudi Data and AI Authority (SDAIA)',
      ),
    },
  }),
  market({
    code: 'IL',
    name: 'Israel',
    depth: 'in_depth',
    currency: 'ILS',
    importTax: {
      name: 'VAT',
      standardRate: 18,
      notes: '18 % from 2025-01-01 (17 % before). Purchase tax applies to some goods in addition.',
      source: source(
        'Value Added Tax',
        'https://www.gov.il/en/departments/israel_tax_authority',
        'Israel Tax Authority',
      ),
    },
    deMinimis: [
      {
        effectiveFrom: '2015-01-01',
        effectiveTo: '2025-12-23',
        duty: { amount: 500, currency: 'USD' },
        tax: { amount: 75, currency: 'USD' },
        notes:
          'Personal imports by post or air for own use: no VAT, customs or purchase tax up to USD 75; no customs duty up to USD 500 (order of November 2014); not alcohol and tobacco. The start date is the earliest this knowledge base vouches for.',
        source: source(
          'Personal import — tax exemptions',
          'https://www.gov.il/en/departments/israel_tax_authority',
          'Israel Tax Authority',
        ),
      },
      {
        effectiveFrom: '2025-12-24',
        duty: { amount: 500, currency: 'USD' },
        tax: { amount: 150, currency: 'USD' },
        notes:
          'The Finance Minister\u2019s order of 2025-12-23 raised the VAT exemption for personal imports to USD 150, in force the next day; business groups petitioned the High Court against it — check for later changes.',
        source: source(
          'Personal import — tax exemptions',
          'https://www.gov.il/en/departments/israel_tax_authority',
          'Israel Tax Authority',
        ),
      },
    ],
    dataProtection: {
      law: 'Protection of Privacy Law, 5741-1981 (Amendment No. 13 in force from 2025-08-14)',
      source: source(
        'Protection of Privacy Law',
        'https://www.gov.il/en/departments/the_privacy_protection_authority',
        'Privacy Protection Authority',
      ),
    },
  }),
  market({
    code: 'EG',
    name: 'Egypt',
    depth: 'in_depth',
    currency: 'EGP',
    importTax: {
      name: 'VAT',
      standardRate: 14,
      notes: '14 % since 2017-07-01 (VAT Law No. 67 of 2016).',
      source: source(
        'Value Added Tax Law No. 67 of 2016',
        'https://www.eta.gov.eg/',
        'Egyptian Tax Authority',
      ),
    },
    dataProtection: {
      law: 'Personal Data Protection Law No. 151 of 2020',
      source: source(
        'Personal Data Protection Law No. 151 of 2020',
        'https://www.mcit.gov.eg/',
        'Ministry of Communications and Information Technology',
      ),
    },
  }),
  market({
    code: 'ZA',
    name: 'South Africa',
    depth: 'in_depth',
    memberOf: ['SACU'],
    currency: 'ZAR',
    importTax: {
      name: 'VAT',
      standardRate: 15,
      notes:
        '15 % since 2018-04-01; the increase to 15.5 % proposed in the 2025 budget was withdrawn. Import VAT is levied on the customs value plus 10 %.',
      source: source('Value-Added Tax', 'https://www.sars.gov.za/', 'South African Revenue Service'),
    },
    deMinimis: [
      {
        effectiveFrom: '2024-01-01',
        effectiveTo: '2024-08-31',
        duty: null,
        tax: { amount: 500, currency: 'ZAR' },
        notes:
          'Low-value consignment concession (SARS concession list of 2007): imports valued at ZAR 500 or less paid a flat 20 % in lieu of customs duty and no VAT. The concession is older than the start date recorded here.',
        source: source(
          'SARS media release of 8 August 2024: changes to the customs import system for e-commerce',
          'https://www.sars.gov.za/',
          'South African Revenue Service',
        ),
      },
      {
        effectiveFrom: '2024-09-01',
        duty: null,
        tax: null,
        notes:
          'VAT levied on every import in addition to the flat rate; from 2024-11-01 the flat-rate categories were reconfigured in line with the WCO immediate-release guidelines.',
        source: source(
          'SARS media release of 8 August 2024: changes to the customs import system for e-commerce',
          'https://www.sars.gov.za/',
          'South African Revenue Service',
        ),
      },
    ],
    dataProtection: {
      law: 'Protection of Personal Information Act 4 of 2013 (POPIA)',
      source: source(
        'Protection of Personal Information Act, 2013',
        'https://inforegulator.org.za/',
        'Information Regulator (South Africa)',
      ),
    },
  }),
  market({
    code: 'NG',
    name: 'Nigeria',
    depth: 'in_depth',
    memberOf: ['ECOWAS'],
    currency: 'NGN',
    importTax: {
      name: 'VAT',
      standardRate: 7.5,
      notes:
        '7.5 % since 2020-02-01 (Finance Act 2019), kept by the Nigeria Tax Act 2025 in force from 2026-01-01.',
      source: source(
        'Nigeria Tax Act, 2025 — value added tax',
        'https://www.firs.gov.ng/',
        'Nigeria Revenue Service (formerly FIRS)',
      ),
    },
    dataProtection: {
      law: 'Nigeria Data Protection Act, 2023',
      source: source(
        'Nigeria Data Protection Act, 2023',
        'https://ndpc.gov.ng/',
        'Nigeria Data Protection Commission',
      ),
    },
  }),
  market({
    code: 'KE',
    name: 'Kenya',
    depth: 'in_depth',
    memberOf: ['EAC'],
    currency: 'KES',
    importTax: {
      name: 'VAT',
      standardRate: 16,
      notes:
        'Imports also pay the Import Declaration Fee and the Railway Development Levy; EAC Common External Tariff for duty.',
      source: source('Value Added Tax', 'https://www.kra.go.ke/', 'Kenya Revenue Authority'),
    },
    dataProtection: {
      law: 'Data Protection Act, 2019',
      source: source(
        'Data Protection Act, 2019',
        'https://www.odpc.go.ke/',
        'Office of the Data Protection Commissioner',
      ),
    },
  }),
];

const IRAN_SANCTIONS = [
  un(
    '1737',
    'sectoral',
    'Re-applied on 2025-09-28 (snapback under resolution 2231): arms embargo, bans on nuclear- and missile-related transfers, asset freeze and travel ban on listed persons.',
  ),
  ofac(
    'Iran Sanctions',
    'iran-sanctions',
    'comprehensive',
    'Imports from and exports to Iran and most dealings with it are prohibited for US persons (Iranian Transactions and Sanctions Regulations, 31 CFR part 560); secondary sanctions on energy, shipping, metals and finance.',
  ),
  eu(
    'sectoral',
    'Nuclear-related restrictive measures re-imposed after the UN snapback (trade in oil, petrochemicals, metals, dual-use goods, financial restrictions), plus measures on drones and missiles and human rights.',
    {
      title: 'Council Regulation (EU) No 267/2012 concerning restrictive measures against Iran',
      eli: 'reg/2012/267',
    },
  ),
  uk(
    'sectoral',
    'Nuclear-related trade and financial restrictions and asset freezes; separate regime on Iran\u2019s hostile activity.',
    { title: 'The Iran (Sanctions) (Nuclear) (EU Exit) Regulations 2019', path: 'uksi/2019/461' },
  ),
];

const basic: MarketInput[] = [
  market({
    code: 'QA',
    name: 'Qatar',
    memberOf: ['GCC'],
    currency: 'QAR',
    importTax: {
      name: 'none (no VAT)',
      standardRate: 0,
      notes: 'Qatar has not introduced VAT; customs duty under the GCC common tariff.',
      source: source('General Tax Authority', 'https://www.gta.gov.qa/', 'General Tax Authority, Qatar'),
    },
    dataProtection: {
      law: 'Law No. 13 of 2016 on Personal Data Privacy Protection',
      source: source('Law No. 13 of 2016', 'https://www.almeezan.qa/', 'Al Meezan (Qatar Legal Portal)'),
    },
  }),
  market({
    code: 'KW',
    name: 'Kuwait',
    memberOf: ['GCC'],
    currency: 'KWD',
    importTax: {
      name: 'none (no VAT)',
      standardRate: 0,
      notes: 'Kuwait has not introduced VAT; customs duty under the GCC common tariff.',
      source: source('Ministry of Finance', 'https://www.mof.gov.kw/', 'Ministry of Finance, Kuwait'),
    },
    dataProtection: null,
  }),
  market({
    code: 'BH',
    name: 'Bahrain',
    memberOf: ['GCC'],
    currency: 'BHD',
    importTax: {
      name: 'VAT',
      standardRate: 10,
      notes: '10 % from 2022-01-01 (5 % before).',
      source: source('Value Added Tax', 'https://www.nbr.gov.bh/', 'National Bureau for Revenue, Bahrain'),
    },
    dataProtection: {
      law: 'Law No. 30 of 2018 on Personal Data Protection',
      source: source(
        'Personal Data Protection Law',
        'https://www.pdp.gov.bh/',
        'Personal Data Protection Authority, Bahrain',
      ),
    },
  }),
  market({
    code: 'OM',
    name: 'Oman',
    memberOf: ['GCC'],
    currency: 'OMR',
    importTax: {
      name: 'VAT',
      standardRate: 5,
      notes: '5 % since 2021-04-16.',
      source: source('Value Added Tax', 'https://tms.taxoman.gov.om/', 'Oman Tax Authority'),
    },
    dataProtection: {
      law: 'Personal Data Protection Law (Royal Decree No. 6/2022)',
      source: source(
        'Personal Data Protection Law',
        'https://www.mtcit.gov.om/',
        'Ministry of Transport, Communications and IT, Oman',
      ),
    },
  }),
  market({
    code: 'JO',
    name: 'Jordan',
    currency: 'JOD',
    importTax: {
      name: 'general sales tax',
      standardRate: 16,
      source: source('General Sales Tax', 'https://istd.gov.jo/', 'Income and Sales Tax Department, Jordan'),
    },
    dataProtection: {
      law: 'Personal Data Protection Law No. 24 of 2023',
      source: source(
        'Personal Data Protection Law No. 24 of 2023',
        'https://www.modee.gov.jo/',
        'Ministry of Digital Economy and Entrepreneurship',
      ),
    },
  }),
  market({
    code: 'LB',
    name: 'Lebanon',
    currency: 'LBP',
    importTax: {
      name: 'VAT',
      standardRate: 11,
      source: source('Value Added Tax', 'https://www.finance.gov.lb/', 'Ministry of Finance, Lebanon'),
    },
    sanctions: [
      ofac(
        'Lebanon-Related Sanctions',
        'lebanon-related-sanctions',
        'targeted',
        'Blocking of persons undermining Lebanon\u2019s sovereignty or contributing to the breakdown of the rule of law (EO 13441); Hizballah is designated under terrorism programmes.',
      ),
    ],
    dataProtection: null,
  }),
  market({
    code: 'IR',
    name: 'Iran',
    currency: 'IRR',
    importTax: {
      name: 'VAT',
      standardRate: null,
      notes: 'The rate in force after the 2025 budget changes could not be verified; left open.',
      source: source(
        'Iranian National Tax Administration',
        'https://www.intamedia.ir/',
        'Iranian National Tax Administration (INTA)',
      ),
    },
    sanctions: IRAN_SANCTIONS,
    dataProtection: null,
  }),
  market({
    code: 'IQ',
    name: 'Iraq',
    currency: 'IQD',
    importTax: {
      name: 'sales tax (no VAT)',
      standardRate: null,
      notes: 'Iraq has no VAT; sales taxes on specific goods and services are not recorded.',
      source: source('Ministry of Finance', 'https://www.mof.gov.iq/', 'Ministry of Finance, Iraq'),
    },
    sanctions: [
      un(
        '1518',
        'targeted',
        'Asset freeze on funds of the former Iraqi government and senior officials of the former regime.',
      ),
      ofac(
        'Iraq-Related Sanctions',
        'iraq-related-sanctions',
        'targeted',
        'Blocking of persons threatening Iraq\u2019s stability and of former regime assets.',
      ),
    ],
    dataProtection: null,
  }),
  market({
    code: 'SY',
    name: 'Syria',
    currency: 'SYP',
    importTax: {
      name: 'not verified',
      standardRate: null,
      notes: 'No import tax rate could be sourced.',
      source: source('Ministry of Finance', 'https://www.mof.gov.sy/', 'Ministry of Finance, Syria'),
    },
    sanctions: [
      ofac(
        'Syria Sanctions (programme revoked 2025-07-01)',
        'syria-sanctions',
        'targeted',
        'EO 14312 terminated the comprehensive Syria programme from 2025-07-01; sanctions remain on Bashar al-Assad, his associates and others under EO 13894 as amended, and under terrorism authorities.',
      ),
      eu(
        'targeted',
        'Economic sanctions lifted in May 2025; arms embargo, export bans on equipment for repression and chemical weapons precursors, and asset freezes on persons linked to the former regime remain.',
        {
          title:
            'Council Regulation (EU) No 36/2012 concerning restrictive measures in view of the situation in Syria',
          eli: 'reg/2012/36',
        },
      ),
      uk(
        'targeted',
        'Most trade and financial restrictions lifted in 2025; asset freezes on persons linked to the former regime and restrictions on arms and chemical-weapons goods remain.',
        {
          title: 'The Syria (Sanctions) (EU Exit) Regulations 2019',
          path: 'uksi/2019/792',
        },
      ),
    ],
    dataProtection: null,
  }),
  market({
    code: 'YE',
    name: 'Yemen',
    currency: 'YER',
    importTax: {
      name: 'general sales tax',
      standardRate: null,
      notes: 'The rate applied could not be sourced (divided administration).',
      source: source(
        'UN Security Council Committee established pursuant to resolution 2140 (2014)',
        'https://main.un.org/securitycouncil/en/sanctions/2140',
        'United Nations Security Council',
      ),
    },
    sanctions: [
      un(
        '2140',
        'targeted',
        'Asset freeze and travel ban on listed persons; targeted arms embargo on the Houthis and listed persons.',
      ),
      ofac(
        'Yemen-Related Sanctions',
        'yemen-related-sanctions',
        'targeted',
        'Blocking of persons threatening the peace, security or stability of Yemen (EO 13611); Ansarallah is designated a Foreign Terrorist Organization.',
      ),
      eu('targeted', 'Implements the UN measures: targeted arms embargo, asset freezes and travel bans.'),
    ],
    dataProtection: null,
  }),
  market({
    code: 'LY',
    name: 'Libya',
    currency: 'LYD',
    importTax: {
      name: 'none (no VAT)',
      standardRate: 0,
      notes: 'Libya has no VAT; other import levies are not recorded.',
      source: source('Ministry of Finance', 'https://mof.gov.ly/', 'Ministry of Finance, Libya'),
    },
    sanctions: [
      un(
        '1970',
        'arms_embargo',
        'Arms embargo, asset freeze and travel ban on listed persons, measures against illicit petroleum exports.',
      ),
      ofac(
        'Libya Sanctions',
        'libya-sanctions',
        'targeted',
        'Blocking of persons threatening Libya\u2019s peace and stability and of former Qadhafi-regime assets.',
      ),
      eu('arms_embargo', 'Arms embargo, asset freezes and travel bans.', {
        title:
          'Council Regulation (EU) 2016/44 concerning restrictive measures in view of the situation in Libya',
        eli: 'reg/2016/44',
      }),
      uk('arms_embargo', 'Arms embargo, asset freezes and travel bans.'),
    ],
    dataProtection: null,
  }),
  market({
    code: 'SD',
    name: 'Sudan',
    currency: 'SDG',
    importTax: {
      name: 'VAT',
      standardRate: 17,
      source: source('Taxation Chamber', 'https://www.taxes.gov.sd/', 'Sudan Taxation Chamber'),
    },
    sanctions: [
      un('1591', 'arms_embargo', 'Arms embargo on Darfur, asset freeze and travel ban on listed persons.'),
      ofac(
        'Sudan and Darfur Sanctions',
        'sudan-and-darfur-sanctions',
        'targeted',
        'Blocking of persons destabilising Sudan (EO 14098) and of Darfur-related persons; the comprehensive embargo ended in 2017.',
      ),
      eu(
        'arms_embargo',
        'Arms embargo, asset freezes and travel bans on persons undermining stability and the political transition.',
      ),
      uk('targeted', 'Asset freezes and arms embargo.'),
    ],
    dataProtection: null,
  }),
  market({
    code: 'SS',
    name: 'South Sudan',
    memberOf: ['EAC'],
    currency: 'SSP',
    importTax: {
      name: 'sales tax / VAT',
      standardRate: null,
      notes: 'The rate in force could not be verified; left open.',
      source: source(
        'National Revenue Authority',
        'https://www.nra.gov.ss/',
        'National Revenue Authority, South Sudan',
      ),
    },
    sanctions: [
      un('2206', 'arms_embargo', 'Arms embargo, asset freeze and travel ban on listed persons.'),
      ofac(
        'South Sudan-Related Sanctions',
        'south-sudan-related-sanctions',
        'targeted',
        'Blocking of persons threatening the peace, security or stability of South Sudan (EO 13664).',
      ),
      eu('arms_embargo', 'Arms embargo, asset freezes and travel bans.'),
    ],
    dataProtection: null,
  }),
  market({
    code: 'SO',
    name: 'Somalia',
    memberOf: ['EAC'],
    currency: 'SOS',
    importTax: {
      name: 'sales tax',
      standardRate: null,
      notes: 'The rate in force could not be verified; left open.',
      source: source(
        'Ministry of Finance',
        'https://mof.gov.so/',
        'Ministry of Finance, Federal Government of Somalia',
      ),
    },
    sanctions: [
      un(
        '2713',
        'targeted',
        'Arms embargo on Al-Shabaab, asset freeze and travel ban on listed persons, ban on charcoal exports.',
      ),
      ofac(
        'Somalia Sanctions',
        'somalia-sanctions',
        'targeted',
        'Blocking of persons threatening Somalia\u2019s peace and stability, including Al-Shabaab (EO 13536).',
      ),
      eu(
        'targeted',
        'Implements the UN measures: arms embargo on Al-Shabaab, asset freezes, charcoal import ban.',
      ),
    ],
    dataProtection: null,
  }),
  market({
    code: 'MA',
    name: 'Morocco',
    currency: 'MAD',
    importTax: {
      name: 'VAT (TVA)',
      standardRate: 20,
      source: source(
        'Taxe sur la valeur ajoutée',
        'https://www.tax.gov.ma/',
        'Direction Générale des Impôts, Maroc',
      ),
    },
    dataProtection: {
      law: 'Law No. 09-08 on the protection of individuals with regard to the processing of personal data',
      source: source(
        'Loi n° 09-08',
        'https://www.cndp.ma/',
        'Commission Nationale de contrôle de la protection des Données à caractère Personnel (CNDP)',
      ),
    },
  }),
  market({
    code: 'DZ',
    name: 'Algeria',
    currency: 'DZD',
    importTax: {
      name: 'VAT (TVA)',
      standardRate: 19,
      source: source(
        'Taxe sur la valeur ajoutée',
        'https://www.mfdgi.gov.dz/',
        'Direction Générale des Impôts, Algérie',
      ),
    },
    dataProtection: {
      law: 'Law No. 18-07 of 10 June 2018 on the protection of natural persons in the processing of personal data',
      source: source(
        'Loi n° 18-07',
        'https://www.joradp.dz/',
        'Journal Officiel de la République Algérienne',
      ),
    },
  }),
  market({
    code: 'TN',
    name: 'Tunisia',
    currency: 'TND',
    importTax: {
      name: 'VAT (TVA)',
      standardRate: 19,
      source: source(
        'Taxe sur la valeur ajoutée',
        'https://www.finances.gov.tn/',
        'Ministère des Finances, Tunisie',
      ),
    },
    dataProtection: {
      law: 'Organic Law No. 2004-63 on the protection of personal data',
      source: source(
        'Loi organique n° 2004-63',
        'https://www.inpdp.nat.tn/',
        'Instance Nationale de Protection des Données Personnelles',
      ),
    },
  }),
  market({
    code: 'GH',
    name: 'Ghana',
    memberOf: ['ECOWAS'],
    currency: 'GHS',
    importTax: {
      name: 'VAT',
      standardRate: 15,
      notes: 'Plus the NHIL and GETFund levies (2.5 % each) on imports.',
      source: source('Value Added Tax', 'https://gra.gov.gh/', 'Ghana Revenue Authority'),
    },
    dataProtection: {
      law: 'Data Protection Act, 2012 (Act 843)',
      source: source(
        'Data Protection Act, 2012 (Act 843)',
        'https://dataprotection.org.gh/',
        'Data Protection Commission, Ghana',
      ),
    },
  }),
  market({
    code: 'CI',
    name: "Côte d'Ivoire",
    memberOf: ['ECOWAS', 'WAEMU'],
    currency: 'XOF',
    importTax: {
      name: 'VAT (TVA)',
      standardRate: 18,
      source: source(
        'Taxe sur la valeur ajoutée',
        'https://www.dgi.gouv.ci/',
        'Direction Générale des Impôts, Côte d\u2019Ivoire',
      ),
    },
    dataProtection: {
      law: 'Law No. 2013-450 on the protection of personal data',
      source: source('Loi n° 2013-450', 'https://www.artci.ci/', 'ARTCI'),
    },
  }),
  market({
    code: 'SN',
    name: 'Senegal',
    memberOf: ['ECOWAS', 'WAEMU'],
    currency: 'XOF',
    importTax: {
      name: 'VAT (TVA)',
      standardRate: 18,
      source: source(
        'Taxe sur la valeur ajoutée',
        'https://www.impotsetdomaines.gouv.sn/',
        'Direction Générale des Impôts et des Domaines, Sénégal',
      ),
    },
    dataProtection: {
      law: 'Law No. 2008-12 on the protection of personal data',
      source: source(
        'Loi n° 2008-12',
        'https://www.cdp.sn/',
        'Commission de Protection des Données Personnelles',
      ),
    },
  }),
  market({
    code: 'ML',
    name: 'Mali',
    memberOf: ['WAEMU'],
    currency: 'XOF',
    importTax: {
      name: 'VAT (TVA)',
      standardRate: 18,
      notes: 'WAEMU VAT framework; Mali left ECOWAS in January 2025.',
      source: source(
        'Taxe sur la valeur ajoutée',
        'https://www.dgi.gouv.ml/',
        'Direction Générale des Impôts, Mali',
      ),
    },
    sanctions: [
      ofac(
        'Mali-Related Sanctions',
        'mali-related-sanctions',
        'targeted',
        'Blocking of persons obstructing the peace agreement or involved in violence in Mali (EO 13882).',
      ),
      eu(
        'targeted',
        'Asset freezes and travel bans on persons threatening peace, security or stability in Mali.',
      ),
    ],
    dataProtection: {
      law: 'Law No. 2013-015 on the protection of personal data',
      source: source(
        'Loi n° 2013-015',
        'https://www.apdp.ml/',
        'Autorité de Protection des Données à caractère Personnel, Mali',
      ),
    },
  }),
  market({
    code: 'ET',
    name: 'Ethiopia',
    currency: 'ETB',
    importTax: {
      name: 'VAT',
      standardRate: 15,
      source: source(
        'Value Added Tax Proclamation No. 1341/2024',
        'https://www.mor.gov.et/',
        'Ministry of Revenues, Ethiopia',
      ),
    },
    dataProtection: {
      law: 'Personal Data Protection Proclamation No. 1321/2024',
      source: source(
        'Personal Data Protection Proclamation No. 1321/2024',
        'https://eca.et/',
        'Ethiopian Communications Authority',
      ),
    },
  }),
  market({
    code: 'TZ',
    name: 'Tanzania',
    memberOf: ['EAC'],
    currency: 'TZS',
    importTax: {
      name: 'VAT',
      standardRate: 18,
      source: source('Value Added Tax', 'https://www.tra.go.tz/', 'Tanzania Revenue Authority'),
    },
    dataProtection: {
      law: 'Personal Data Protection Act, 2022',
      source: source(
        'Personal Data Protection Act, 2022',
        'https://www.pdpc.go.tz/',
        'Personal Data Protection Commission, Tanzania',
      ),
    },
  }),
  market({
    code: 'UG',
    name: 'Uganda',
    memberOf: ['EAC'],
    currency: 'UGX',
    importTax: {
      name: 'VAT',
      standardRate: 18,
      source: source('Value Added Tax', 'https://ura.go.ug/', 'Uganda Revenue Authority'),
    },
    dataProtection: {
      law: 'Data Protection and Privacy Act, 2019',
      source: source(
        'Data Protection and Privacy Act, 2019',
        'https://pdpo.go.ug/',
        'Personal Data Protection Office, Uganda',
      ),
    },
  }),
  market({
    code: 'RW',
    name: 'Rwanda',
    memberOf: ['EAC'],
    currency: 'RWF',
    importTax: {
      name: 'VAT',
      standardRate: 18,
      source: source('Value Added Tax', 'https://www.rra.gov.rw/', 'Rwanda Revenue Authority'),
    },
    dataProtection: {
      law: 'Law No. 058/2021 of 13 October 2021 relating to the protection of personal data and privacy',
      source: source(
        'Law No. 058/2021',
        'https://cyber.gov.rw/',
        'National Cyber Security Authority, Rwanda',
      ),
    },
  }),
  market({
    code: 'CF',
    name: 'Central African Republic',
    memberOf: ['CEMAC'],
    currency: 'XAF',
    importTax: {
      name: 'VAT (TVA)',
      standardRate: null,
      notes: 'The CEMAC framework sets VAT between bounds; the national rate could not be sourced.',
      source: source(
        'UN Security Council Committee established pursuant to resolution 2127 (2013)',
        'https://main.un.org/securitycouncil/en/sanctions/2127',
        'United Nations Security Council',
      ),
    },
    sanctions: [
      un(
        '2127',
        'arms_embargo',
        'Arms embargo on armed groups (lifted for the government forces in 2024), asset freeze and travel ban on listed persons.',
      ),
      ofac(
        'Central African Republic Sanctions',
        'central-african-republic-sanctions',
        'targeted',
        'Blocking of persons contributing to the conflict in the Central African Republic (EO 13667).',
      ),
      eu('arms_embargo', 'Arms embargo on non-state armed groups, asset freezes and travel bans.'),
    ],
    dataProtection: null,
  }),
  market({
    code: 'CD',
    name: 'Democratic Republic of the Congo',
    memberOf: ['EAC'],
    currency: 'CDF',
    importTax: {
      name: 'VAT (TVA)',
      standardRate: 16,
      source: source(
        'Taxe sur la valeur ajoutée',
        'https://www.dgi.gouv.cd/',
        'Direction Générale des Impôts, RDC',
      ),
    },
    sanctions: [
      un(
        '1533',
        'arms_embargo',
        'Arms embargo on non-governmental armed groups, asset freeze and travel ban on listed persons.',
      ),
      ofac(
        'Democratic Republic of the Congo-Related Sanctions',
        'democratic-republic-of-the-congo-related-sanctions',
        'targeted',
        'Blocking of persons contributing to the conflict in the DRC (EO 13413, EO 13671).',
      ),
      eu('arms_embargo', 'Arms embargo on non-governmental entities, asset freezes and travel bans.'),
    ],
    dataProtection: null,
  }),
  market({
    code: 'ZW',
    name: 'Zimbabwe',
    currency: 'ZWG',
    importTax: {
      name: 'VAT',
      standardRate: 15.5,
      notes:
        '15.5 % from 2025-01-01 (15 % before). Zimbabwe Gold (ZWG) since 2024; the US dollar is widely used.',
      source: source('Value Added Tax', 'https://www.zimra.co.zw/', 'Zimbabwe Revenue Authority'),
    },
    sanctions: [
      eu(
        'arms_embargo',
        'Arms embargo and an asset freeze on Zimbabwe Defence Industries. The US Zimbabwe sanctions programme ended on 2024-03-04 (persons re-designated under Global Magnitsky).',
      ),
    ],
    dataProtection: {
      law: 'Cyber and Data Protection Act, 2021 [Chapter 12:07]',
      source: source(
        'Cyber and Data Protection Act',
        'https://www.potraz.gov.zw/',
        'POTRAZ (Data Protection Authority)',
      ),
    },
  }),
  market({
    code: 'AO',
    name: 'Angola',
    currency: 'AOA',
    importTax: {
      name: 'VAT (IVA)',
      standardRate: 14,
      source: source(
        'Imposto sobre o Valor Acrescentado',
        'https://agt.minfin.gov.ao/',
        'Administração Geral Tributária',
      ),
    },
    dataProtection: {
      law: 'Law No. 22/11 on the Protection of Personal Data',
      source: source(
        'Lei n.º 22/11 da Protecção de Dados Pessoais',
        'https://www.apd.ao/',
        'Agência de Protecção de Dados, Angola',
      ),
    },
  }),
  market({
    code: 'MZ',
    name: 'Mozambique',
    currency: 'MZN',
    importTax: {
      name: 'VAT (IVA)',
      standardRate: 16,
      source: source(
        'Imposto sobre o Valor Acrescentado',
        'https://www.at.gov.mz/',
        'Autoridade Tributária de Moçambique',
      ),
    },
    dataProtection: null,
  }),
  market({
    code: 'BW',
    name: 'Botswana',
    memberOf: ['SACU'],
    currency: 'BWP',
    importTax: {
      name: 'VAT',
      standardRate: 14,
      notes: '14 % from 2022-04-01 (12 % before).',
      source: source('Value Added Tax', 'https://www.burs.org.bw/', 'Botswana Unified Revenue Service'),
    },
    dataProtection: null,
  }),
  market({
    code: 'NA',
    name: 'Namibia',
    memberOf: ['SACU'],
    currency: 'NAD',
    importTax: {
      name: 'VAT',
      standardRate: 15,
      source: source('Value Added Tax', 'https://www.namra.org.na/', 'Namibia Revenue Agency'),
    },
    dataProtection: null,
  }),
];

export const markets: MarketInput[] = [...inDepth, ...basic];
