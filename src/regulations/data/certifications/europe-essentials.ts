import type { CertificationInput } from '../../knowledge/knowledge.model.ts';

/**
 * Certifications, marks, registrations and notifications of the European Union and Great Britain that the
 * essentials rules (rules/eu-essentials.ts, rules/gb-essentials.ts) ask for. `CE` and `UKCA` are defined here
 * because no other certifications file defined them when this one was written.
 */
export const certifications: CertificationInput[] = [
  {
    id: 'CE',
    name: 'CE marking',
    kind: 'marking',
    jurisdictions: ['EU'],
    issuedBy:
      'the manufacturer, after the conformity assessment the applicable Union harmonisation act requires (self-declaration or with a notified body)',
    description:
      'The mark by which the manufacturer declares that the product conforms to all Union harmonisation legislation providing for its affixing (radio equipment, low-voltage and EMC, RoHS, toys, medical devices, batteries...). Affixed visibly, legibly and indelibly before the product is placed on the market, backed by an EU declaration of conformity and technical documentation.',
    source: {
      title:
        'Regulation (EC) No 765/2008 setting out the requirements for accreditation and market surveillance',
      article: 'Art. 30',
      url: 'https://eur-lex.europa.eu/eli/reg/2008/765/oj',
      publisher: 'EUR-Lex',
    },
  },
  {
    id: 'UKCA',
    name: 'UK Conformity Assessed (UKCA) marking',
    kind: 'marking',
    jurisdictions: ['GB'],
    issuedBy:
      'the manufacturer, after the conformity assessment the GB regulations require (self-declaration or a UK approved body)',
    description:
      'The Great Britain product marking that replaced CE marking for goods placed on the GB market under the UK product safety regulations. For most goods (electrical equipment, radio equipment, EMC, toys and others) the government also continues to recognise the CE marking; either mark may be used.',
    source: {
      title: 'Using the UKCA marking (Department for Business and Trade guidance)',
      url: 'https://www.gov.uk/guidance/using-the-ukca-marking',
      publisher: 'GOV.UK',
    },
  },
  {
    id: 'EU-CPNP',
    name: 'Cosmetic Products Notification Portal (CPNP) notification',
    kind: 'notification',
    jurisdictions: ['EU'],
    issuedBy: 'the responsible person established in the EU, through the European Commission portal',
    description:
      'Before a cosmetic product is placed on the EU market, the responsible person notifies the Commission through the CPNP of the category, the name, the responsible person, the country of origin when imported, the member state of placing, the frame formulation and nanomaterials, CMR substances and the original label.',
    source: {
      title: 'Regulation (EC) No 1223/2009 on cosmetic products',
      article: 'Art. 13',
      url: 'https://eur-lex.europa.eu/eli/reg/2009/1223/oj',
      publisher: 'EUR-Lex',
    },
  },
  {
    id: 'GB-SCPN',
    name: 'Submit Cosmetic Product Notification (SCPN)',
    kind: 'notification',
    jurisdictions: ['GB'],
    issuedBy:
      'the responsible person established in the UK, through the Office for Product Safety and Standards service',
    description:
      'Cosmetic products placed on the Great Britain market must be notified by the UK responsible person through the SCPN service before they are placed on the market.',
    source: {
      title: 'Make cosmetic products available to consumers in Great Britain',
      url: 'https://www.gov.uk/guidance/make-cosmetic-products-available-to-consumers-in-great-britain',
      publisher: 'GOV.UK',
    },
  },
  {
    id: 'EU-TPD-NOTIFICATION',
    name: 'E-cigarette and refill container notification (EU-CEG)',
    kind: 'notification',
    jurisdictions: ['EU'],
    issuedBy:
      'the manufacturer or importer, to the competent authority of each member state where it will be sold',
    description:
      'Manufacturers and importers of electronic cigarettes and refill containers notify the competent authorities six months before placing a new product on the market, with the ingredients, emissions, nicotine dose and uptake data, and product description.',
    source: {
      title: 'Directive 2014/40/EU (Tobacco Products Directive)',
      article: 'Art. 20(2)',
      url: 'https://eur-lex.europa.eu/eli/dir/2014/40/oj',
      publisher: 'EUR-Lex',
    },
  },
  {
    id: 'GB-MHRA-VAPE-NOTIFICATION',
    name: 'MHRA notification of e-cigarettes and refill containers',
    kind: 'notification',
    jurisdictions: ['GB'],
    issuedBy: 'the producer, to the Medicines and Healthcare products Regulatory Agency',
    description:
      'Nicotine-containing e-cigarettes and refill containers must be notified to the MHRA before they are supplied in the UK; the MHRA publishes the list of notified products.',
    source: {
      title: 'The Tobacco and Related Products Regulations 2016',
      url: 'https://www.legislation.gov.uk/uksi/2016/507/contents',
      publisher: 'legislation.gov.uk',
    },
  },
  {
    id: 'EU-MDR-NB-CERT',
    name: 'EU MDR notified body certificate',
    kind: 'certificate',
    jurisdictions: ['EU'],
    issuedBy: 'a notified body designated under Regulation (EU) 2017/745',
    description:
      'For medical devices other than class I (non-sterile, non-measuring, non-reusable surgical), the conformity assessment involves a notified body, whose certificate the manufacturer holds before affixing the CE marking with the notified body number.',
    source: {
      title: 'Regulation (EU) 2017/745 on medical devices',
      article: 'Art. 52, 56',
      url: 'https://eur-lex.europa.eu/eli/reg/2017/745/oj',
      publisher: 'EUR-Lex',
    },
  },
  {
    id: 'GB-MHRA-DEVICE-REG',
    name: 'MHRA medical device registration',
    kind: 'registration',
    jurisdictions: ['GB'],
    issuedBy: 'the manufacturer or its UK responsible person, to the MHRA',
    description:
      'All medical devices placed on the Great Britain market must be registered with the MHRA; a manufacturer outside the UK appoints a UK responsible person who registers the devices.',
    source: {
      title: 'Regulating medical devices in the UK',
      url: 'https://www.gov.uk/guidance/regulating-medical-devices-in-the-uk',
      publisher: 'GOV.UK',
    },
  },
  {
    id: 'EU-UAS-CLASS-LABEL',
    name: 'Unmanned aircraft class identification label (C0–C6)',
    kind: 'marking',
    jurisdictions: ['EU'],
    issuedBy:
      'the manufacturer, after the conformity assessment of Delegated Regulation (EU) 2019/945 (a notified body from class C1)',
    description:
      'Drones intended to be operated in the open category carry a class identification label (C0 to C4) with the CE marking; the class sets where and how the drone may be flown.',
    source: {
      title: 'Commission Delegated Regulation (EU) 2019/945 on unmanned aircraft systems',
      url: 'https://eur-lex.europa.eu/eli/reg_del/2019/945/oj',
      publisher: 'EUR-Lex',
    },
  },
  {
    id: 'EU-BATT-PRODUCER-REG',
    name: 'Battery producer registration (extended producer responsibility)',
    kind: 'registration',
    jurisdictions: ['EU'],
    issuedBy: 'the competent authority of each member state where batteries are first made available',
    description:
      'Producers of batteries, including batteries incorporated in products, register in each member state where they first make them available, directly or through an authorised representative for extended producer responsibility.',
    source: {
      title: 'Regulation (EU) 2023/1542 concerning batteries and waste batteries',
      article: 'Art. 55',
      url: 'https://eur-lex.europa.eu/eli/reg/2023/1542/oj',
      publisher: 'EUR-Lex',
    },
  },
  {
    id: 'EU-WEEE-PRODUCER-REG',
    name: 'WEEE producer registration',
    kind: 'registration',
    jurisdictions: ['EU'],
    issuedBy: 'the national register of each member state',
    description:
      'Producers of electrical and electronic equipment, including distance sellers to end users in another member state, register in the national producer register of each member state where they sell.',
    source: {
      title: 'Directive 2012/19/EU on waste electrical and electronic equipment (WEEE)',
      article: 'Art. 16',
      url: 'https://eur-lex.europa.eu/eli/dir/2012/19/oj',
      publisher: 'EUR-Lex',
    },
  },
  {
    id: 'EU-CUSTOMS-AFA',
    name: 'Application for customs action (intellectual property rights)',
    kind: 'registration',
    jurisdictions: ['EU'],
    issuedBy: 'the customs authority, on application by the right-holder',
    description:
      'A right-holder files an application for action so that customs detain goods suspected of infringing its trade mark, design or other intellectual property right.',
    source: {
      title: 'Regulation (EU) No 608/2013 concerning customs enforcement of intellectual property rights',
      article: 'Art. 5, 6',
      url: 'https://eur-lex.europa.eu/eli/reg/2013/608/oj',
      publisher: 'EUR-Lex',
    },
  },
];
