import type { RuleInput, Source } from '../../knowledge/knowledge.model.ts';

/**
 * Türkiye: in a customs union with the EU for industrial goods and aligned with EU product law (its technical
 * regulations take over the New Legislative Framework directives, with CE marking), but not an EU member: the
 * Product Safety and Technical Regulations Law, TAREKS import inspections, cosmetics notified in ÜTS with a
 * responsible person in Türkiye, drone registration with the civil aviation authority, IMEI registration of
 * phones brought from abroad, the import ban on e-cigarettes, the knife bans of Law 6136 and additional duties
 * on goods from countries without a free trade agreement.
 */

const mevzuat = (title: string, url: string, article?: string): Source =>
  article
    ? { title, article, url, publisher: 'Mevzuat Bilgi Sistemi (Presidency of Türkiye)' }
    : { title, url, publisher: 'Mevzuat Bilgi Sistemi (Presidency of Türkiye)' };

export const rules: RuleInput[] = [
  {
    id: 'TR-PRODUCT-SAFETY-CE',
    version: 1,
    jurisdiction: 'TR',
    topic: 'certification',
    effect: 'requirement',
    title: 'Products under a technical regulation must be safe, conform and carry the CE marking (Law 7223)',
    requirement:
      'The Law on Product Safety and Technical Regulations No. 7223, in force since 12 March 2021, requires products placed on the Turkish market to be safe and, where a technical regulation applies (Türkiye’s regulations take over the EU directives on low voltage, EMC, radio equipment, toys, machinery...), to undergo the conformity assessment it prescribes and carry the CE marking. Importers must place only conforming products on the market, put their name, registered trade name or mark and contact address on the product or its packaging, and keep the declaration of conformity and technical documentation for inspection.',
    scope: { categories: ['electronics', 'toys'] },
    certifications: ['CE'],
    documents: ['declaration_of_conformity', 'technical_documentation'],
    labelling: [
      'CE marking',
      'manufacturer name and contact address',
      'importer name, registered trade name or mark and contact address',
      'type, batch or serial number',
    ],
    advice:
      'An EU-conforming, CE-marked product with its EU declaration of conformity meets the Turkish technical regulations in most cases; add the Turkish importer’s details and Turkish-language instructions.',
    source: mevzuat(
      'Law No. 7223 on Product Safety and Technical Regulations (Ürün Güvenliği ve Teknik Düzenlemeler Kanunu)',
      'https://www.mevzuat.gov.tr/mevzuatmetin/1.5.7223.pdf',
    ),
    effectiveFrom: '2021-03-12',
  },
  {
    id: 'TR-TAREKS-TOYS',
    version: 1,
    jurisdiction: 'TR',
    topic: 'certification',
    effect: 'requirement',
    title: 'Imported toys are inspected through TAREKS before customs release',
    requirement:
      'Under the Regulation on Technical Regulations in Foreign Trade (Official Gazette of 16 August 2023, made under Law No. 7223 and Presidential Decree 2022/6038) and the Ministry of Trade’s yearly import inspection communiqué for toys, the importer registers the consignment in the Risk-Based Trade Control System (TAREKS); depending on the risk analysis the goods are inspected or tested before customs release. Unsafe or non-conforming toys are destroyed, returned to the country of origin or sent to a third country that accepts them.',
    scope: { categories: ['toys'] },
    certifications: ['CE', 'TR-TAREKS-CONTROL'],
    documents: ['declaration_of_conformity', 'test_report', 'commercial_invoice'],
    advice:
      'Have EN 71 test reports and the declaration of conformity ready before the goods arrive and register the importer in TAREKS; toys were the most rejected imports in the Ministry’s inspections.',
    source: {
      title: 'Product safety and quality control system on import and export in Türkiye (TAREKS)',
      url: 'https://www.trade.gov.tr/legislation/product-safety-and-technical-regulation/product-safety-and-quality-control-system-on-import-export-in-turkey',
      publisher: 'Ministry of Trade of Türkiye',
    },
    effectiveFrom: '2023-08-16',
  },
  {
    id: 'TR-COSMETICS-UTS',
    version: 1,
    jurisdiction: 'TR',
    topic: 'certification',
    effect: 'requirement',
    title:
      'Cosmetics must be notified in the Product Tracking System (ÜTS) by a responsible person in Türkiye',
    requirement:
      'The Turkish Cosmetic Products Regulation, harmonised with Regulation (EC) No 1223/2009, requires every cosmetic product to be notified in the Product Tracking System (ÜTS) of the Turkish Medicines and Medical Devices Agency (TİTCK) before it is placed on the market, by a responsible person established in Türkiye (the manufacturer or importer, with a qualified responsible technical staff member). A product information file with the safety assessment must be ready, the label must meet the regulation, and the annexes on prohibited and restricted substances — which take over Annexes II and III of the EU regulation — apply.',
    scope: { categories: ['cosmetics'] },
    certifications: ['TR-UTS-COSMETIC'],
    documents: ['product_information_file', 'cosmetic_safety_report'],
    labelling: [
      'name and address of the manufacturer and the responsible person as notified in ÜTS',
      'nominal content',
      'date of minimum durability or period after opening',
      'batch number',
      'list of ingredients',
      'precautions for use',
    ],
    substanceLists: ['eu_cosmetics_annex_ii', 'eu_cosmetics_annex_iii'],
    advice:
      'Appoint a Turkish importer acting as responsible person, register the company in ÜTS and notify each product; the EU PIF and safety report can be reused.',
    source: {
      title: 'Cosmetic Products Regulation (Kozmetik Ürünler Yönetmeliği) and ÜTS notification',
      url: 'https://www.titck.gov.tr/',
      publisher: 'Turkish Medicines and Medical Devices Agency (TİTCK)',
    },
    effectiveFrom: '2016-03-02',
  },
  {
    id: 'TR-ECIG-IMPORT-BAN',
    version: 1,
    jurisdiction: 'TR',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'E-cigarettes, electronic hookahs, their parts and liquids may not be imported',
    requirement:
      'A Presidential Decision published in the Official Gazette of 25 February 2020 prohibits the import of electronic cigarettes and electronic hookahs used to imitate tobacco products, whether or not they contain nicotine, and of their accessories, spare parts and solutions (liquids); their sale was already banned. The Ministry of Trade regulates what passengers may bring in.',
    scope: { categories: ['e-cigarette'] },
    advice: 'Do not ship e-cigarettes, pods or e-liquids to Türkiye, by any channel; they are seized.',
    source: {
      title: 'Presidential Decision prohibiting the import of electronic cigarettes and related products',
      url: 'https://www.resmigazete.gov.tr/eskiler/2020/02/20200225.htm',
      publisher: 'Resmî Gazete (Official Gazette of Türkiye)',
    },
    effectiveFrom: '2020-02-25',
  },
  {
    id: 'TR-KNIVES-6136',
    version: 1,
    jurisdiction: 'TR',
    topic: 'prohibited_restricted',
    effect: 'prohibited',
    title: 'Switchblades, daggers, swords and similar knives made for attack and defence may not be imported',
    requirement:
      'Law No. 6136 on Firearms, Knives and Other Tools prohibits bringing into the country, making, selling, buying, carrying or keeping daggers (kama, hançer), switchblade knives (sustalı çakı), swords, machetes (pala), bayonets, pointed and grooved knives, knuckle-dusters and similar tools made solely for attack and defence (Art. 4 and 5). Knives that are household utensils or needed for medicine, industry, agriculture, sport or a trade are outside the law.',
    scope: { categories: ['knives'], when: { fact: 'blade.automatic', op: 'eq', value: true } },
    advice:
      'Ship only kitchen, tool and trade knives; automatic knives and combat knives are seized and the importer prosecuted.',
    source: mevzuat(
      'Law No. 6136 on Firearms, Knives and Other Tools (Ateşli Silahlar ve Bıçaklar ile Diğer Aletler Hakkında Kanun) and its Regulation of 1 June 1991',
      'https://www.mevzuat.gov.tr/mevzuatmetin/1.3.6136.pdf',
      'Art. 4, 5',
    ),
    effectiveFrom: '1991-06-01',
  },
  {
    id: 'TR-UAS-REGISTRATION',
    version: 1,
    jurisdiction: 'TR',
    topic: 'certification',
    effect: 'requirement',
    title: 'Drones of 500 g or more must be registered with the civil aviation authority within three days',
    requirement:
      'Everyone who sells, buys, produces, imports or flies an unmanned aircraft with a maximum take-off weight of 500 g or more must register in the Directorate General of Civil Aviation’s (SHGM) UAS registration system: sellers enter the aircraft and the buyer’s identity the same day, and aircraft brought from abroad individually, imported or transferred must be entered within three days (Law No. 2920, Art. 144). Pilots must register and obtain approval before flying in Turkish airspace, and a flight permit outside the free (green) zones.',
    scope: { categories: ['drone'], when: { fact: 'drone.mass_g', op: 'gte', value: 500 } },
    certifications: ['TR-SHGM-UAS-REG'],
    advice:
      'Register the drone in the SHGM system within three days of import and pass the buyer’s details on sale; models under 500 g are outside the registration duty.',
    source: {
      title: 'UAS registration system (İHA Kayıt Sistemi)',
      article: 'Law No. 2920 (Turkish Civil Aviation Law), Art. 144',
      url: 'https://iha.shgm.gov.tr/public/index.aspx?language=2',
      publisher: 'Directorate General of Civil Aviation (SHGM)',
    },
    effectiveFrom: '2016-02-22',
  },
  {
    id: 'TR-IMEI-REGISTRATION',
    version: 1,
    jurisdiction: 'TR',
    topic: 'quantity_limits',
    effect: 'restricted',
    title: 'Mobile phones brought from abroad must be IMEI-registered, with a fee, or they are cut off',
    requirement:
      'Operators may not serve devices whose electronic identity (IMEI) is not registered in the Information and Communication Technologies Authority’s (BTK) central register. A phone or other SIM-card device brought in by an individual (not through a bulk commercial import) must be registered, after paying the registration fee set each year, within 120 days of entry; otherwise it is blocked from Turkish mobile networks. The number of devices one person may register in a period is limited.',
    scope: { categories: ['mobile-phone'], channels: ['personal_import', 'ecommerce_parcel'] },
    advice:
      'Sell phones into Türkiye through an importer whose devices are registered at import; a phone bought abroad costs the registration fee on top of its price.',
    source: {
      title: 'Registration of devices imported by individuals (Central Equipment Identity Register)',
      article: 'Law No. 5809 on Electronic Communications',
      url: 'https://mcks.gov.tr/en/registration-and-matching',
      publisher: 'Information and Communication Technologies Authority (BTK)',
    },
    effectiveFrom: '2008-11-10',
  },
  {
    id: 'TR-ADDITIONAL-CUSTOMS-DUTY',
    version: 1,
    jurisdiction: 'TR',
    topic: 'tariffs_de_minimis',
    effect: 'information',
    title:
      'Additional customs duties apply to many industrial goods from countries without a trade agreement',
    requirement:
      'On top of the common customs tariff, Türkiye levies additional customs duties (ilave gümrük vergisi) on several thousand industrial products — electronics, household appliances, textiles, footwear, toys, jewellery among them — unless they originate in the EU, the EFTA states or a country with which Türkiye has a free trade agreement. The lists and rates were consolidated by Presidential Decision No. 3351 of 31 December 2020 and are amended regularly; the importer must declare the origin correctly, with proof of preferential origin where claimed.',
    scope: { origins: ['CN', 'JP', 'US', 'IN', 'VN', 'TW', 'TH', 'ID', 'BD', 'PK'] },
    documents: ['certificate_of_origin'],
    advice:
      'Check the current additional duty for the HS code and origin before pricing; sourcing from the EU or an FTA partner with a proof of origin avoids it.',
    source: {
      title: 'Presidential Decision No. 3351 amending the Additional Decision on the Import Regime',
      url: 'https://www.resmigazete.gov.tr/eskiler/2020/12/20201231.htm',
      publisher: 'Resmî Gazete (Official Gazette of Türkiye)',
    },
    effectiveFrom: '2021-01-01',
  },
  {
    id: 'TR-KVKK-CONNECTED-DEVICES',
    version: 1,
    jurisdiction: 'TR',
    topic: 'data_security',
    effect: 'information',
    title: 'Connected devices that process personal data fall under the Personal Data Protection Law (KVKK)',
    requirement:
      'Law No. 6698 on the Protection of Personal Data applies to processing of personal data of persons in Türkiye, including by the apps and cloud services of connected devices: a legal basis or explicit consent, information of the data subjects, data security measures, registration with the data controllers’ registry (VERBIS) where required, and the rules on transfers abroad.',
    scope: { categories: ['electronics', 'toys'], when: { fact: 'connectable', op: 'eq', value: true } },
    advice:
      'Provide a Turkish privacy notice, collect explicit consent where no other legal basis applies and check the transfer rules for cloud services outside Türkiye.',
    source: mevzuat(
      'Law No. 6698 on the Protection of Personal Data (Kişisel Verilerin Korunması Kanunu)',
      'https://www.mevzuat.gov.tr/mevzuatmetin/1.5.6698.pdf',
    ),
    effectiveFrom: '2016-04-07',
  },
  {
    id: 'TR-IPR-CUSTOMS',
    version: 1,
    jurisdiction: 'TR',
    topic: 'prohibited_restricted',
    effect: 'restricted',
    title:
      'Customs suspend the release of goods suspected of infringing trademarks, on the right holder’s application',
    requirement:
      'Under the Customs Law No. 4458, customs authorities suspend the clearance of goods suspected of infringing intellectual property rights, on application by the right holder or on their own initiative, and the right holder then has a short period to start court proceedings; counterfeit goods are seized and destroyed. Goods under another owner’s trademark must be genuine and traceable.',
    scope: {
      categories: ['luxury-goods', 'jewellery', 'apparel', 'footwear', 'cosmetics', 'electronics'],
      when: { fact: 'brand.third_party', op: 'eq', value: true },
    },
    documents: ['authenticity_verification', 'supplier_qualification'],
    advice:
      'Buy third-party brands from the brand owner or an authorised distributor and keep the proof with the shipment.',
    source: mevzuat(
      'Customs Law No. 4458 (Gümrük Kanunu)',
      'https://www.mevzuat.gov.tr/mevzuatmetin/1.5.4458.pdf',
    ),
    effectiveFrom: '2000-02-05',
  },
];
