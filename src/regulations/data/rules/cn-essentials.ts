import type { RuleInput } from '../../knowledge/knowledge.model.ts';

/**
 * China (imports): the essential rules for consumer goods (SAMR/CNCA, MIIT, NMPA, GACC, MOF, CAC, STMA, CAAC).
 */

const CCC_SOURCE = {
  title:
    'Administrative Provisions on Compulsory Product Certification; Catalogue of Products Subject to Compulsory Certification',
  url: 'https://www.cnca.gov.cn/',
  publisher: 'Certification and Accreditation Administration of China (CNCA)',
};

export const rules: RuleInput[] = [
  {
    id: 'CN-ESS-CCC-ELECTRICAL',
    version: 1,
    jurisdiction: 'CN',
    topic: 'certification',
    effect: 'requirement',
    title: 'Mains-powered electrical products in the CCC catalogue need CCC certification and the CCC mark',
    requirement:
      'Products in the compulsory certification catalogue (household and similar electrical appliances, audio-video equipment, information technology equipment, lighting, power adapters and chargers for them, telecommunication terminals and others) may not be imported, sold or used in business activities without CCC certification by a designated body (type testing, factory inspection, follow-up surveillance) and the CCC mark; customs checks the certificate at import.',
    scope: {
      categories: [
        'household-appliance',
        'lighting',
        'it-equipment',
        'charger',
        'wireless-audio',
        'mobile-phone',
      ],
      when: { fact: 'mains.present', op: 'eq', value: true },
    },
    certifications: ['CN-CCC'],
    documents: ['test_report', 'registration_certificate'],
    labelling: ['CCC mark', 'Chinese product name and manufacturer name and address'],
    advice:
      'Check the catalogue scope of the HS code; exemptions (CCC exemption certificate) exist for samples, repairs and research.',
    source: CCC_SOURCE,
    effectiveFrom: '2003-08-01',
  },
  {
    id: 'CN-ESS-CCC-LITHIUM-POWER-BANK',
    version: 1,
    jurisdiction: 'CN',
    topic: 'certification',
    effect: 'requirement',
    title: 'Lithium-ion batteries, battery packs and power banks need CCC certification from 1 August 2024',
    requirement:
      'Lithium-ion cells and batteries for portable electronic products and mobile power sources (power banks) were added to the CCC catalogue: from 1 August 2024 they may not be sold, imported or used in business without CCC certification and the CCC mark (GB 31241 and GB 4943.1).',
    scope: {
      categories: ['battery'],
      when: { fact: 'battery.chemistry', op: 'in', value: ['li-ion', 'li-polymer'] },
    },
    certifications: ['CN-CCC'],
    documents: ['test_report', 'un38_3_test_summary'],
    labelling: ['CCC mark', 'rated capacity and energy'],
    source: {
      title:
        'SAMR/CNCA announcement on compulsory certification of lithium-ion batteries, battery packs and mobile power sources',
      url: 'https://www.samr.gov.cn/',
      publisher: 'State Administration for Market Regulation',
    },
    effectiveFrom: '2024-08-01',
  },
  {
    id: 'CN-ESS-CCC-TOYS',
    version: 1,
    jurisdiction: 'CN',
    topic: 'certification',
    effect: 'requirement',
    title: 'Toys for children under 14 (plastic, metal, electric, ride-on, dolls) need CCC certification',
    requirement:
      'Toys in the CCC catalogue (strollers, electric toys, plastic toys, metal toys, dolls, ride-on toys for children under 14) are certified against the GB 6675 toy safety standards and carry the CCC mark and the Chinese warning and age labelling before import and sale.',
    scope: { categories: ['toys'] },
    certifications: ['CN-CCC'],
    documents: ['test_report'],
    labelling: [
      'CCC mark',
      'age grading and warnings in Chinese (GB 6675)',
      'manufacturer or importer name and address',
    ],
    source: CCC_SOURCE,
    effectiveFrom: '2007-06-01',
  },
  {
    id: 'CN-ESS-SRRC',
    version: 1,
    jurisdiction: 'CN',
    topic: 'certification',
    effect: 'requirement',
    title: 'Radio transmitters need MIIT type approval (SRRC) and the CMIIT ID',
    requirement:
      'Radio transmission equipment (Bluetooth, Wi-Fi, cellular and other transmitters other than micro-power short-range devices exempted by MIIT) produced or imported for sale or use in China is type-approved by MIIT and marked with the CMIIT ID.',
    scope: { categories: ['radio-equipment'], when: { fact: 'radio.present', op: 'eq', value: true } },
    certifications: ['CN-SRRC'],
    documents: ['test_report'],
    labelling: ['CMIIT ID type approval code'],
    source: {
      title: "Regulations of the People's Republic of China on Radio Administration (revised 2016)",
      article: 'Art. 44',
      url: 'https://www.miit.gov.cn/',
      publisher: 'Ministry of Industry and Information Technology',
    },
    effectiveFrom: '2016-12-01',
  },
  {
    id: 'CN-ESS-NAL',
    version: 1,
    jurisdiction: 'CN',
    topic: 'certification',
    effect: 'requirement',
    title: 'Mobile phones and other network terminals need a network access licence',
    requirement:
      'Telecommunication terminal equipment connected to the public telecommunication network (mobile phones, data terminals and listed equipment) needs a MIIT network access licence and its label before sale, in addition to SRRC and CCC.',
    scope: { categories: ['mobile-phone'] },
    certifications: ['CN-NAL', 'CN-SRRC', 'CN-CCC'],
    labelling: ['network access licence label'],
    source: {
      title: "Telecommunications Regulations of the People's Republic of China",
      url: 'https://www.miit.gov.cn/',
      publisher: 'Ministry of Industry and Information Technology',
    },
    effectiveFrom: '2000-09-25',
  },
  {
    id: 'CN-ESS-ROHS',
    version: 1,
    jurisdiction: 'CN',
    topic: 'substances',
    effect: 'requirement',
    title: 'Electrical and electronic products are labelled for hazardous substances (China RoHS)',
    requirement:
      'Electrical and electronic products sold in China are marked for the six restricted substances (lead, mercury, cadmium, hexavalent chromium, PBB, PBDE) with the environment-friendly use period mark and a hazardous substance table (SJ/T 11364); products in the compliance management catalogue must keep them below the limits of GB/T 26572.',
    scope: { categories: ['electronics'] },
    documents: ['test_report'],
    labelling: ['environment-friendly use period (EFUP) mark', 'hazardous substance table'],
    source: {
      title:
        'Administrative Measures for the Restriction of Hazardous Substances in Electrical and Electronic Products (MIIT Order No. 32)',
      url: 'https://www.miit.gov.cn/',
      publisher: 'Ministry of Industry and Information Technology',
    },
    effectiveFrom: '2016-07-01',
  },
  {
    id: 'CN-ESS-CHINESE-LABEL',
    version: 1,
    jurisdiction: 'CN',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Products sold in China carry Chinese labelling: name, manufacturer and address, specifications',
    requirement:
      "Products and their packaging carry the product name and the producer's name and address in Chinese, the specifications and grade, the main ingredients where needed, the certificate of inspection and, where use needs it, warnings and instructions in Chinese; imported goods name the importer or distributor in China.",
    scope: {
      categories: [
        'electronics',
        'toys',
        'childcare-articles',
        'textiles',
        'footwear',
        'food-contact',
        'jewellery',
        'furniture',
      ],
    },
    labelling: [
      'product name in Chinese',
      'producer or importer name and address in Chinese',
      'specifications and warnings in Chinese',
    ],
    source: {
      title: "Product Quality Law of the People's Republic of China",
      article: 'Art. 27',
      url: 'https://www.samr.gov.cn/',
      publisher: 'State Administration for Market Regulation',
    },
    effectiveFrom: '1993-09-01',
  },
  {
    id: 'CN-ESS-TEXTILE-SAFETY',
    version: 1,
    jurisdiction: 'CN',
    topic: 'substances',
    effect: 'requirement',
    title: "Textiles meet GB 18401 (formaldehyde, pH, azo dyes) and children's textiles GB 31701",
    requirement:
      'Textile products are classified A (infants), B (direct skin contact) or C and meet the basic safety limits of GB 18401 (formaldehyde, pH, colour fastness, odour, decomposable carcinogenic aromatic amine dyes); textiles for infants and children also meet GB 31701 (cords, small parts, heavy metals, phthalates). Labels give fibre content, size, care and the safety category (GB 5296.4).',
    scope: { categories: ['textiles'] },
    documents: ['test_report'],
    labelling: [
      'fibre content',
      'safety category (A, B or C)',
      'care instructions',
      'manufacturer name and address in Chinese',
    ],
    source: {
      title: 'GB 18401-2010 National general safety technical code for textile products',
      url: 'https://openstd.samr.gov.cn/',
      publisher: 'State Administration for Market Regulation (national standards)',
    },
    effectiveFrom: '2011-08-01',
  },
  {
    id: 'CN-ESS-COSMETICS-NMPA',
    version: 1,
    jurisdiction: 'CN',
    topic: 'certification',
    effect: 'requirement',
    title: 'Imported cosmetics are registered (special) or filed (general) with NMPA before import',
    requirement:
      'Under the Cosmetics Supervision and Administration Regulation (from 1 January 2021), imported special cosmetics (hair dye, perm, whitening/spot removal, sunscreen, anti-hair-loss, new efficacy) are registered and imported general cosmetics filed with NMPA by a domestic responsible person before import; ingredients follow the Safety and Technical Standards for Cosmetics and the labels are in Chinese with the registration or filing number.',
    scope: { categories: ['cosmetics'] },
    certifications: ['CN-NMPA-COSMETIC'],
    documents: ['registration_certificate', 'cosmetic_safety_report'],
    labelling: [
      'Chinese product name',
      'registration or filing number',
      'full ingredient list in Chinese',
      'domestic responsible person name and address',
    ],
    advice:
      'Cross-border e-commerce retail imports of cosmetics on the positive list can be sold without registration but under the personal-use limits.',
    source: {
      title: 'Cosmetics Supervision and Administration Regulation (State Council Decree No. 727)',
      url: 'https://www.nmpa.gov.cn/',
      publisher: 'National Medical Products Administration',
    },
    effectiveFrom: '2021-01-01',
  },
  {
    id: 'CN-ESS-MEDICAL-DEVICE',
    version: 1,
    jurisdiction: 'CN',
    topic: 'certification',
    effect: 'requirement',
    title: 'Imported medical devices are registered (class II, III) or filed (class I) with NMPA',
    requirement:
      'Imported class II and III medical devices are registered and class I devices filed with NMPA through a legal agent in China before import; instructions and labels are in Chinese.',
    scope: { categories: ['medical-device'] },
    certifications: ['CN-NMPA-DEVICE'],
    documents: ['registration_certificate', 'technical_documentation'],
    source: {
      title:
        'Regulations on the Supervision and Administration of Medical Devices (State Council Decree No. 739)',
      url: 'https://www.nmpa.gov.cn/',
      publisher: 'National Medical Products Administration',
    },
    effectiveFrom: '2021-06-01',
  },
  {
    id: 'CN-ESS-GACC-FOOD-MANUFACTURER',
    version: 1,
    jurisdiction: 'CN',
    topic: 'certification',
    effect: 'requirement',
    title: 'Overseas food manufacturers must be registered with GACC (Decree 248) from 1 January 2022',
    requirement:
      'Every overseas manufacturer, processor and storage facility of food exported to China (18 higher-risk categories through the competent authority of the exporting country, other food by the company itself) is registered with GACC; the Chinese registration number or the registration number approved by the exporting country is marked on the inner and outer packaging.',
    scope: { categories: ['food'] },
    certifications: ['CN-GACC-FOOD-MANUFACTURER'],
    labelling: ['GACC registration number on inner and outer packaging'],
    source: {
      title:
        'Administrative Provisions on Registration of Overseas Manufacturers of Imported Food (GACC Decree No. 248)',
      url: 'https://english.customs.gov.cn/',
      publisher: 'General Administration of Customs of China',
    },
    effectiveFrom: '2022-01-01',
  },
  {
    id: 'CN-ESS-FOOD-IMPORT-SAFETY',
    version: 1,
    jurisdiction: 'CN',
    topic: 'labelling',
    effect: 'requirement',
    title: 'Imported food meets Chinese food safety standards and carries a Chinese label (Decree 249)',
    requirement:
      'Imported food meets the Chinese national food safety standards, the importer files its record with customs, keeps an import and sales record, and the prepackaged food carries a Chinese label (GB 7718; GB 28050 nutrition labelling) before it is sold; supplements (health food) are additionally registered or filed with SAMR.',
    scope: { categories: ['food'] },
    documents: ['health_certificate', 'certificate_of_origin'],
    labelling: [
      'Chinese food name',
      'ingredients',
      'net content',
      'production date and shelf life',
      'country of origin',
      'domestic importer or agent name and address',
    ],
    source: {
      title: 'Administrative Measures on Import and Export Food Safety (GACC Decree No. 249)',
      url: 'https://english.customs.gov.cn/',
      publisher: 'General Administration of Customs of China',
    },
    effectiveFrom: '2022-01-01',
  },
  {
    id: 'CN-ESS-FOOD-CONTACT',
    version: 1,
    jurisdiction: 'CN',
    topic: 'substances',
    effect: 'requirement',
    title: 'Food-contact materials meet the GB 4806 national food safety standards',
    requirement:
      'Food-contact materials and articles (kitchenware, containers, tableware, packaging) meet GB 4806.1 (general safety requirements: only permitted substances, overall and specific migration limits, compliance declaration) and the material-specific GB 4806 standards; GB 9685 lists the permitted additives. The label states "for food contact use" (or the spoon-and-chopsticks symbol) and the product carries a compliance declaration.',
    scope: { categories: ['food-contact'] },
    documents: ['food_contact_declaration', 'test_report'],
    labelling: [
      '"for food contact use" wording or the spoon-and-chopsticks symbol',
      'material name',
      'manufacturer or importer name and address',
    ],
    source: {
      title:
        'GB 4806.1-2016 National food safety standard: general safety requirements for food contact materials and articles',
      url: 'https://www.nhc.gov.cn/',
      publisher: 'National Health Commission of the PRC',
    },
    effectiveFrom: '2017-10-19',
  },
  {
    id: 'CN-ESS-CBEC-RETAIL-LIMITS',
    version: 1,
    jurisdiction: 'CN',
    topic: 'quantity_limits',
    effect: 'restricted',
    title:
      'Cross-border e-commerce retail imports: RMB 5,000 per transaction and RMB 26,000 per person per year',
    requirement:
      'Goods on the positive list of cross-border e-commerce retail imports bought by individuals within RMB 5,000 per transaction and RMB 26,000 per year pay no customs duty and 70 % of the import VAT and consumption tax; above these limits the goods are taxed as general trade. The goods are for personal use and may not be resold.',
    scope: {
      categories: [
        'cosmetics',
        'food',
        'food-supplement',
        'electronics',
        'toys',
        'childcare-articles',
        'apparel',
        'footwear',
        'jewellery',
        'luxury-goods',
      ],
      channels: ['ecommerce_parcel'],
    },
    quantityLimit: { amount: 26000, unit: 'CNY', per: 'year' },
    source: {
      title:
        'Notice on Improving the Tax Policy for Cross-border E-commerce Retail Imports (Cai Guan Shui [2018] No. 49)',
      url: 'https://gss.mof.gov.cn/',
      publisher: 'Ministry of Finance of the PRC',
    },
    effectiveFrom: '2019-01-01',
  },
  {
    id: 'CN-ESS-PERSONAL-POSTAL',
    version: 1,
    jurisdiction: 'CN',
    topic: 'quantity_limits',
    effect: 'restricted',
    title: 'Personal postal items: RMB 1,000 per parcel; duty of RMB 50 or less is waived',
    requirement:
      'Personal postal items from abroad are limited to a reasonable quantity for personal use and RMB 1,000 in value per parcel (RMB 800 from Hong Kong, Macao and Taiwan); a single indivisible item above the limit may pass if it is clearly for personal use. Postal tax of RMB 50 or less is waived.',
    scope: {
      categories: [
        'cosmetics',
        'food',
        'food-supplement',
        'electronics',
        'toys',
        'apparel',
        'footwear',
        'jewellery',
        'luxury-goods',
      ],
      channels: ['personal_import'],
    },
    quantityLimit: { amount: 1000, unit: 'CNY', per: 'consignment' },
    source: {
      title: 'GACC Announcement No. 43 of 2010 on personal postal items',
      url: 'https://english.customs.gov.cn/',
      publisher: 'General Administration of Customs of China',
    },
    effectiveFrom: '2010-09-01',
  },
  {
    id: 'CN-ESS-USED-CLOTHING',
    version: 1,
    jurisdiction: 'CN',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Used clothing and textiles may not be imported (solid waste import ban)',
    requirement:
      'Solid waste, including used clothing and used textiles, may not be imported into China; from 1 January 2021 the import of all solid waste is banned.',
    scope: { categories: ['textiles', 'footwear'], when: { fact: 'used', op: 'eq', value: true } },
    source: {
      title:
        "Law of the People's Republic of China on the Prevention and Control of Environmental Pollution by Solid Wastes (revised 2020)",
      url: 'https://www.mee.gov.cn/',
      publisher: 'Ministry of Ecology and Environment',
    },
    effectiveFrom: '2021-01-01',
  },
  {
    id: 'CN-ESS-E-CIGARETTE',
    version: 1,
    jurisdiction: 'CN',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title:
      'E-cigarettes are under the tobacco monopoly: licensed import only, no flavours other than tobacco',
    requirement:
      'Since the 2021 amendment of the Tobacco Monopoly Law implementing regulations, e-cigarettes are managed like cigarettes: import, production and sale need tobacco monopoly licences, products meet GB 41700-2022 and are registered, and flavours other than tobacco are banned from 1 October 2022; online sales are not allowed.',
    scope: { categories: ['e-cigarette'] },
    documents: ['import_licence'],
    source: {
      title:
        'Measures for the Administration of Electronic Cigarettes (State Tobacco Monopoly Administration)',
      url: 'https://www.tobacco.gov.cn/',
      publisher: 'State Tobacco Monopoly Administration',
    },
    effectiveFrom: '2022-10-01',
  },
  {
    id: 'CN-ESS-DRONE-REAL-NAME',
    version: 1,
    jurisdiction: 'CN',
    topic: 'certification',
    effect: 'requirement',
    title: 'Civil drones above micro class are registered under real name with CAAC',
    requirement:
      'Under the Interim Regulations on the Flight Management of Unmanned Aircraft (from 1 January 2024), the owner of a civil unmanned aircraft other than a micro aircraft (under 250 g) registers it under real name with CAAC and marks it; manufacturers give each aircraft a unique product identification code.',
    scope: { categories: ['drone'], when: { fact: 'drone.mass_g', op: 'gte', value: 250 } },
    labelling: ['real-name registration mark', 'unique product identification code'],
    source: {
      title:
        'Interim Regulations on the Flight Management of Unmanned Aircraft (State Council Decree No. 761)',
      url: 'https://www.caac.gov.cn/',
      publisher: 'Civil Aviation Administration of China',
    },
    effectiveFrom: '2024-01-01',
  },
  {
    id: 'CN-ESS-PIPL',
    version: 1,
    jurisdiction: 'CN',
    topic: 'data_security',
    effect: 'information',
    title: 'Connected devices collecting personal information in China follow the PIPL',
    requirement:
      'Processing personal information of individuals in China (including by connected devices and apps) needs a legal basis (usually consent), notice, and security measures; transferring it abroad needs a CAC security assessment, standard contract or certification, separate consent and a personal information protection impact assessment.',
    scope: { categories: ['electronics'], when: { fact: 'connectable', op: 'eq', value: true } },
    source: {
      title: "Personal Information Protection Law of the People's Republic of China",
      article: 'Art. 38–39',
      url: 'https://www.cac.gov.cn/',
      publisher: 'Cyberspace Administration of China',
    },
    effectiveFrom: '2021-11-01',
  },
  {
    id: 'CN-ESS-COUNTERFEIT',
    version: 1,
    jurisdiction: 'CN',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Goods infringing IP rights recorded with customs are detained at import',
    requirement:
      "Import of goods infringing trademarks, copyrights and patents protected in China is prohibited; customs detains suspected infringing goods on the right holder's application or ex officio for rights recorded with GACC, and confiscates infringing goods.",
    scope: {
      categories: ['luxury-goods', 'jewellery', 'apparel', 'footwear', 'electronics', 'cosmetics', 'toys'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    documents: ['authenticity_verification'],
    source: {
      title:
        "Regulations of the People's Republic of China on Customs Protection of Intellectual Property Rights",
      url: 'https://english.customs.gov.cn/',
      publisher: 'General Administration of Customs of China',
    },
    effectiveFrom: '2018-03-19',
  },
];
