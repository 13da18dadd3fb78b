import type { RuleInput, Source } from '../../knowledge/knowledge.model.ts';

/**
 * Norway: an EEA member, so EU internal-market product law applies through Norwegian regulations that take it
 * over (radio equipment, cosmetics...), with CE marking; the knowledge base does not inherit EU rules for EEA
 * members, so the ones importers meet most are written here with the Norwegian act. What is Norwegian only:
 * the ban on nicotine e-cigarettes and the flavour ban, strong laser pointers under licence, spirits over 60 %,
 * the strict personal-import rules for medicines, the knife bans of the weapons law and the Transparency Act.
 */

const lovdata = (title: string, url: string, article?: string): Source =>
  article ? { title, article, url, publisher: 'Lovdata' } : { title, url, publisher: 'Lovdata' };

const toll = (title: string, url: string, article?: string): Source =>
  article
    ? { title, article, url, publisher: 'Norwegian Customs (Tolletaten)' }
    : { title, url, publisher: 'Norwegian Customs (Tolletaten)' };

const NICOTINE_PRODUCTS_PAGE = toll(
  'New tobacco and nicotine products',
  'https://www.toll.no/en/goods/new-tobacco-and-nicotine-products/',
);

/** Consumer goods under EU-harmonised product law taken over through the EEA Agreement. */
const CONSUMER_CATEGORIES = [
  'electronics',
  'toys',
  'childcare-articles',
  'cosmetics',
  'food-contact',
  'textiles',
  'footwear',
  'jewellery',
];

export const rules: RuleInput[] = [
  {
    id: 'NO-EEA-PRODUCT-LAW',
    version: 1,
    jurisdiction: 'NO',
    topic: 'certification',
    effect: 'information',
    title: 'EU product law applies in Norway through the EEA Agreement; CE-marked goods circulate freely',
    requirement:
      'Under the EEA Agreement Norway takes over the EU internal-market legislation on goods (Annex II: technical regulations, standards, testing and certification), so the EU harmonised requirements — radio equipment, low voltage and EMC, toys, cosmetics, chemicals (REACH), medical devices — apply in Norway through Norwegian regulations, usually with the EU content and, once incorporated, the same dates. A CE-marked product conforming to the EU acts may be placed on the Norwegian market; an act applies in Norway only once the EEA Joint Committee has incorporated it.',
    scope: { categories: CONSUMER_CATEGORIES },
    advice:
      'Treat Norway like an EU member for product compliance, but check the EEA incorporation date of recent EU acts (it can lag the EU date) and the Norwegian specific rules below.',
    source: {
      title: 'Agreement on the European Economic Area',
      article: 'Annex II',
      url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:21994A0103(01)',
      publisher: 'EUR-Lex',
    },
    effectiveFrom: '1994-01-01',
  },
  {
    id: 'NO-RADIO-EQUIPMENT-CE',
    version: 1,
    jurisdiction: 'NO',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Radio equipment must meet the EEA requirements, carry the CE marking and be imported by a registered importer',
    requirement:
      'The Regulation on EEA requirements for radio equipment (FOR-2016-04-15-377) takes over the Radio Equipment Directive 2014/53/EU from 13 June 2016: radio equipment must meet the essential requirements (safety, EMC, efficient use of spectrum), carry the CE marking, a type or serial number and the names and postal addresses of the manufacturer and the importer, and come with the declaration of conformity (or a simplified one) and instructions. Businesses that import electronic communications equipment for resale must register with the Norwegian Communications Authority (Nkom).',
    scope: { categories: ['radio-equipment'], when: { fact: 'radio.present', op: 'eq', value: true } },
    certifications: ['CE', 'NO-NKOM-IMPORTER-REG'],
    documents: ['declaration_of_conformity', 'technical_documentation', 'test_report'],
    labelling: [
      'CE marking',
      'type, batch or serial number',
      'manufacturer name and postal address',
      'importer name and postal address',
    ],
    advice:
      'A RED-compliant product with an EU declaration of conformity meets the technical requirements; register the importing company with Nkom before the first sale.',
    source: lovdata(
      'Forskrift om EØS-krav til radioutstyr (Regulation on EEA requirements for radio equipment)',
      'https://lovdata.no/dokument/SF/forskrift/2016-04-15-377',
    ),
    effectiveFrom: '2016-06-13',
  },
  {
    id: 'NO-COSMETICS-REGISTRATION',
    version: 1,
    jurisdiction: 'NO',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Cosmetics importers from outside the EEA must register with Mattilsynet; products are notified in the CPNP',
    requirement:
      'The Norwegian Cosmetics Regulation takes over Regulation (EC) No 1223/2009: every cosmetic product needs a responsible person in the EEA who ensures its safety, keeps the product information file and safety report, labels it under Art. 19 and notifies it in the EU cosmetic products notification portal (CPNP) before it is placed on the market. In addition, manufacturers, importers from third countries and wholesalers bringing cosmetics in from the EEA must register their business with the Norwegian Food Safety Authority (Mattilsynet) before starting (kosmetikkforskriften § 6). Annex II substances are prohibited and Annex III substances restricted.',
    scope: { categories: ['cosmetics'] },
    certifications: ['EU-CPNP', 'NO-MATTILSYNET-COSMETICS-REG'],
    documents: ['product_information_file', 'cosmetic_safety_report'],
    labelling: [
      'name and address of the responsible person',
      'nominal content',
      'date of minimum durability or period after opening',
      'precautions for use',
      'batch number',
      'function of the product',
      'list of ingredients',
    ],
    substanceLists: ['eu_cosmetics_annex_ii', 'eu_cosmetics_annex_iii'],
    advice:
      'Use the EU responsible person and CPNP notification you have for the EU; register the Norwegian importing company with Mattilsynet and check the Norwegian-language labelling rules.',
    source: {
      title:
        'Registrering og melding når du produserer eller importerer kosmetikk (kosmetikkforskriften § 6)',
      article: 'kosmetikkforskriften § 6',
      url: 'https://www.mattilsynet.no/kosmetikk-og-kroppspleieprodukter/registrering-og-melding',
      publisher: 'Norwegian Food Safety Authority (Mattilsynet)',
    },
    effectiveFrom: '2013-07-11',
  },
  {
    id: 'NO-ECIG-NICOTINE-BAN',
    version: 1,
    jurisdiction: 'NO',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Nicotine e-cigarettes and e-liquids may not be imported or sold commercially',
    requirement:
      'Importing, manufacturing and selling e-cigarettes containing nicotine, including the e-liquid, is prohibited in Norway under the rules on new tobacco and nicotine products; e-cigarettes were left out of the approval scheme that entered into force on 1 July 2021 and await a separate registration scheme. Importers may apply to the Norwegian Directorate of Health for a dispensation. Private individuals may import nicotine e-cigarettes for their own use as a smoking-cessation product (treated as a medicine), up to three months’ use, and customs may ask for a prescription or a doctor’s statement.',
    scope: {
      categories: ['e-cigarette'],
      when: { fact: 'nicotine.present', op: 'eq', value: true },
    },
    advice:
      'Do not ship nicotine e-liquids or pods to Norwegian consumers as a retailer; nicotine-free liquids may be sold (age limit 18, display and advertising bans). Parliament repealed the sales ban in 2016 but the Directorate of Health gives no date for the registration scheme: check before relying on this rule.',
    source: NICOTINE_PRODUCTS_PAGE,
    effectiveFrom: '2021-07-01',
  },
  {
    id: 'NO-ECIG-FLAVOUR-BAN',
    version: 1,
    jurisdiction: 'NO',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title: 'E-cigarettes and refills may have no characterising flavour other than tobacco',
    requirement:
      'From 1 July 2024 the Tobacco Control Act (tobakksskadeloven § 32 a) prohibits e-cigarettes and refill containers, with and without nicotine, with a characterising flavour other than tobacco. Only tobacco-flavoured and unflavoured products may be sold.',
    scope: { categories: ['e-cigarette'] },
    advice: 'Sell only tobacco-flavoured or unflavoured liquids and devices in Norway.',
    source: {
      title:
        'E-sigaretter, fordampere og e-væske: forbud mot karakteristisk aroma (tobakksskadeloven § 32 a)',
      article: 'tobakksskadeloven § 32 a',
      url: 'https://www.helsedirektoratet.no/tema/tobakk-royk-og-snus/e-sigaretter-elektroniske-sigaretter-og-regelverk',
      publisher: 'Norwegian Directorate of Health (Helsedirektoratet)',
    },
    effectiveFrom: '2024-07-01',
  },
  {
    id: 'NO-LASER-POINTER-LICENCE',
    version: 1,
    jurisdiction: 'NO',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title:
      'Strong laser pointers (class 3R, 3B and 4) may be imported only with a radiation authority licence',
    requirement:
      'Owning, possessing, manufacturing, importing, selling and using powerful laser pointers of class 3R, 3B and 4 requires a licence from the Norwegian Radiation and Nuclear Safety Authority (DSA), granted only for a legitimate need (medicine, industry, research, astronomy guides...). Class 3B and 4 pointers must have a visible and audible signal when on and a lock that physically stops the beam.',
    scope: {
      categories: ['laser-product'],
      when: { fact: 'laser.class', op: 'in', value: ['3R', '3B', '4'] },
    },
    documents: ['import_licence'],
    advice:
      'Sell class 1 or 2 pointers (under 1 mW) to consumers in Norway; stronger pointers are seized without a DSA licence.',
    source: toll('Laser pointers', 'https://toll.no/en/goods/laser-pointers/'),
    effectiveFrom: '2017-01-01',
  },
  {
    id: 'NO-ALCOHOL-OVER-60',
    version: 1,
    jurisdiction: 'NO',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Alcoholic beverages over 60 % ABV may not be imported without a permit',
    requirement:
      'Importing alcoholic beverages containing more than 60 % alcohol by volume is prohibited without a permit, for travellers and consignments alike (Movement of Goods Regulation § 4-1-7).',
    scope: { categories: ['alcohol'], when: { fact: 'alcohol.abv', op: 'gt', value: 60 } },
    documents: ['import_permit'],
    advice:
      'Ship spirits of at most 60 % ABV; stronger products need a permit from the Norwegian authorities.',
    source: toll(
      'Simplified customs declaration of alcohol and tobacco',
      'https://www.toll.no/en/goods/alcohol-and-tobacco/simplified-customs-declaration/',
      'vareførselsforskriften § 4-1-7',
    ),
    effectiveFrom: '2023-01-01',
  },
  {
    id: 'NO-ALCOHOL-TRAVELLER-QUOTA',
    version: 1,
    jurisdiction: 'NO',
    topic: 'quantity_limits',
    effect: 'information',
    title: 'Travellers’ duty-free alcohol quota: 1 litre of spirits, 1.5 litres of wine and 2 litres of beer',
    requirement:
      'Residents returning to Norway (18 or older, 20 for drinks over 22 %) may bring duty- and tax-free 1 litre of spirits (over 22 % up to 60 %), 1.5 litres of wine (over 2.5 % up to 22 %) and 2 litres of beer or alcopops (over 2.5 %), with exchange rules between them, plus the tobacco quota. Above the quota, up to 4 litres of spirits and 27 litres of beer or wine can be declared under the simplified scheme at fixed rates; larger quantities pay ordinary duties.',
    scope: { categories: ['alcohol'], channels: ['personal_import'] },
    quantityLimit: { amount: 1, unit: 'litre of spirits', per: 'person' },
    advice: 'Declare anything above the quota in the Norwegian Customs app or in the red channel.',
    source: toll('Alcohol and tobacco quotas', 'https://toll.no/en/goods/alcohol-and-tobacco/quotas'),
    effectiveFrom: '2023-01-01',
  },
  {
    id: 'NO-MEDICINES-PERSONAL-IMPORT',
    version: 1,
    jurisdiction: 'NO',
    topic: 'quantity_limits',
    effect: 'restricted',
    title:
      'Medicines by post: only non-prescription medicines approved in Norway, from the EEA, up to three months’ use',
    requirement:
      'Private individuals may import medicines by post or courier only if the product is an over-the-counter medicine approved in Norway (with Norwegian labelling and leaflet), bought legally in an EEA country, for their own medical use and not more than three months’ use. Prescription medicines, medicines from outside the EEA and larger quantities are seized and may be destroyed. Travellers may carry up to one year’s use from the EEA and three months’ from elsewhere, with documentation.',
    scope: { categories: ['medicine'], channels: ['personal_import', 'ecommerce_parcel'] },
    quantityLimit: { amount: 3, unit: "months' supply", per: 'person' },
    advice:
      'Do not mail medicines to Norwegian consumers from outside the EEA; sell through a Norwegian pharmacy.',
    source: {
      title: 'Introduction to personal import of medicinal products',
      url: 'https://legemiddelverket.no/english/import-wholesaling-and-retailing/personal-import/introduction-to-personal-import-of-medicinal-products',
      publisher: 'Norwegian Medical Products Agency (DMP)',
    },
    effectiveFrom: '2015-10-01',
  },
  {
    id: 'NO-WEAPONS-KNIVES',
    version: 1,
    jurisdiction: 'NO',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Switchblades (spring knives), butterfly knives and stilettos may not be acquired or imported',
    requirement:
      'The Weapons Act of 2018 and the Weapons Regulation, in force from 1 June 2021, prohibit acquiring, possessing, making, importing or selling particularly dangerous articles without a lawful use, among them spring (switchblade) knives, butterfly (batanga) knives and stilettos. Customs seize such knives, including those ordered online, and report the buyer to the police.',
    scope: { categories: ['knives'], when: { fact: 'blade.automatic', op: 'eq', value: true } },
    advice:
      'Do not offer automatic or butterfly knives to Norway; carrying any knife in public without a legitimate reason is also an offence.',
    source: lovdata(
      'Lov om våpen, skytevåpen, våpendelar og ammunisjon (våpenlova), with våpenforskrifta',
      'https://lovdata.no/dokument/NL/lov/2018-04-20-7',
    ),
    effectiveFrom: '2021-06-01',
  },
  {
    id: 'NO-TRANSPARENCY-ACT',
    version: 1,
    jurisdiction: 'NO',
    topic: 'labour',
    effect: 'information',
    title:
      'Larger enterprises selling goods in Norway must carry out human-rights due diligence (Transparency Act)',
    requirement:
      'The Transparency Act (åpenhetsloven), in force since 1 July 2022, requires larger enterprises resident in Norway, and larger foreign enterprises offering goods and services in Norway that are taxable there, to carry out due diligence on fundamental human rights and decent working conditions in their supply chains in line with the OECD Guidelines, publish an account of it, and answer information requests from the public. Larger means covered by § 1-5 of the Accounting Act or exceeding two of: sales revenue NOK 70 million, balance sheet NOK 35 million, 50 full-time employees.',
    scope: {
      categories: [
        'electronics',
        'toys',
        'textiles',
        'footwear',
        'jewellery',
        'luxury-goods',
        'food',
        'furniture',
      ],
    },
    advice:
      'Map suppliers, assess forced-labour and child-labour risks (origin, sector, raw materials), ask suppliers for audits and keep the published account up to date by 30 June each year.',
    source: lovdata(
      'Lov om virksomheters åpenhet og arbeid med grunnleggende menneskerettigheter og anstendige arbeidsforhold (Transparency Act)',
      'https://lovdata.no/dokument/NL/lov/2021-06-18-99',
      '§§ 3–5',
    ),
    effectiveFrom: '2022-07-01',
  },
];
