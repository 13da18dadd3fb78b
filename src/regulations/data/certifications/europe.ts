import type { CertificationInput } from '../../knowledge/knowledge.model.ts';

/**
 * Conformity marks, registrations and notifications of Switzerland, Norway and Türkiye that differ from the EU's.
 * CE, UKCA, EU-CPNP and the other EU and UK ones are defined in europe-essentials.ts and referenced from here.
 */
export const certifications: CertificationInput[] = [
  {
    id: 'CH-MEDDO-CHREP',
    name: 'Swiss authorised representative (CH-REP) for medical devices',
    kind: 'registration',
    jurisdictions: ['CH'],
    issuedBy:
      'the manufacturer, by written mandate to a natural or legal person established in Switzerland; the CH-REP is named on the device labelling',
    description:
      'A manufacturer without a registered place of business in Switzerland may place medical devices on the Swiss market only after appointing a Swiss authorised representative (Art. 51 MedDO). Because the Switzerland–EU mutual recognition agreement was not updated for the MDR, this applies to EU manufacturers too. The CH-REP keeps the technical documentation and declaration of conformity available to Swissmedic, cooperates on vigilance and is jointly liable for defective devices.',
    source: {
      title: 'Medical Devices Ordinance (MedDO), SR 812.213',
      article: 'Art. 51',
      url: 'https://www.fedlex.admin.ch/eli/cc/2020/552/en',
      publisher: 'Fedlex',
    },
  },
  {
    id: 'CH-FOPH-TOBACCO-NOTIFICATION',
    name: 'Notification of e-cigarettes and tobacco products to the Federal Office of Public Health',
    kind: 'notification',
    jurisdictions: ['CH'],
    issuedBy: 'the manufacturer or importer, to the Federal Office of Public Health (FOPH/BAG)',
    description:
      'Under the Tobacco Products Act and its ordinance, in force since 1 October 2024, manufacturers and importers report the e-cigarettes, refill liquids and tobacco products they supply in Switzerland, with their ingredients and product information, to the FOPH, which coordinates enforcement by the cantons.',
    source: {
      title: 'Ordinance on Tobacco Products and Electronic Cigarettes (TabPV), SR 818.321',
      url: 'https://www.fedlex.admin.ch/eli/cc/2024/491/de',
      publisher: 'Fedlex',
    },
  },
  {
    id: 'CH-FOCA-UAS-OPERATOR',
    name: 'Drone operator registration with FOCA (dLIS)',
    kind: 'registration',
    jurisdictions: ['CH'],
    issuedBy: 'the Federal Office of Civil Aviation (FOCA), online and free of charge',
    description:
      'Since Switzerland adopted the EU drone regulations on 1 January 2023, operators of drones of 250 g or more, or of lighter drones with a camera or a sensor capturing personal data, register in the Swiss drone portal and mark their drones with the UAS operator number; pilots of drones of 250 g or more also pass an online test.',
    source: {
      title: 'Drones in the open category up to 250 g: marking and registration',
      url: 'https://www.bazl.admin.ch/bazl/de/home/drohnen/open1/bis_250.html',
      publisher: 'Federal Office of Civil Aviation (FOCA)',
    },
  },
  {
    id: 'CH-INOBAT-REG',
    name: 'Battery reporting and advance disposal fee (INOBAT)',
    kind: 'registration',
    jurisdictions: ['CH', 'LI'],
    issuedBy: 'INOBAT, the organisation mandated by the federal government to collect and manage the fee',
    description:
      'Manufacturers and importers who first place batteries on the Swiss and Liechtenstein market, alone or inside vehicles and devices, register with INOBAT, report the batteries and pay the advance disposal fee set by weight and chemistry (ChemRRV Annex 2.15). Vehicle and industrial batteries may be exempted from the fee, not from reporting.',
    source: {
      title: 'Chemical Risk Reduction Ordinance (ChemRRV), SR 814.81',
      article: 'Annex 2.15',
      url: 'https://www.fedlex.admin.ch/eli/cc/2005/478/de',
      publisher: 'Fedlex',
    },
  },
  {
    id: 'NO-NKOM-IMPORTER-REG',
    name: 'Registration of importers of electronic communications equipment with Nkom',
    kind: 'registration',
    jurisdictions: ['NO'],
    issuedBy: 'the Norwegian Communications Authority (Nkom)',
    description:
      'Businesses that manufacture or import radio, telecommunications terminal or network equipment into Norway for resale must register with Nkom before selling it. Registration comes on top of the CE marking and EEA conformity the radio equipment regulation requires.',
    source: {
      title: 'Import og salg av elektronisk kommunikasjonsutstyr',
      url: 'https://www.nkom.no/teknisk/ekomutstyr/import-og-salg/import-og-salg-av-elektronisk-kommunikasjonsutstyr',
      publisher: 'Norwegian Communications Authority (Nkom)',
    },
  },
  {
    id: 'NO-MATTILSYNET-COSMETICS-REG',
    name: 'Registration of cosmetics manufacturers and importers with Mattilsynet',
    kind: 'registration',
    jurisdictions: ['NO'],
    issuedBy: 'the Norwegian Food Safety Authority (Mattilsynet)',
    description:
      'Manufacturers of cosmetics, importers from countries outside the EEA and businesses bringing cosmetics in from the EEA for wholesale must register with Mattilsynet before starting (kosmetikkforskriften § 6); distributors selling EEA products only to consumers need not register. The products themselves are notified in the EU CPNP by the responsible person.',
    source: {
      title: 'Registrering og melding når du produserer eller importerer kosmetikk',
      article: 'kosmetikkforskriften § 6',
      url: 'https://www.mattilsynet.no/kosmetikk-og-kroppspleieprodukter/registrering-og-melding',
      publisher: 'Norwegian Food Safety Authority (Mattilsynet)',
    },
  },
  {
    id: 'TR-TAREKS-CONTROL',
    name: 'TAREKS import inspection (Risk-Based Trade Control System)',
    kind: 'certificate',
    jurisdictions: ['TR'],
    issuedBy: 'the Ministry of Trade of Türkiye, after a risk-based documentary check, inspection or test',
    description:
      'For products listed in the Ministry of Trade’s import inspection communiqués (toys among them), the importer applies through TAREKS; after the risk analysis the goods are released, inspected or tested, and a control document allows customs clearance. Non-conforming goods are destroyed, re-exported or sent to an accepting third country.',
    source: {
      title: 'Product safety and quality control system on import and export in Türkiye',
      url: 'https://www.trade.gov.tr/legislation/product-safety-and-technical-regulation/product-safety-and-quality-control-system-on-import-export-in-turkey',
      publisher: 'Ministry of Trade of Türkiye',
    },
  },
  {
    id: 'TR-UTS-COSMETIC',
    name: 'Cosmetic product notification in the Product Tracking System (ÜTS)',
    kind: 'notification',
    jurisdictions: ['TR'],
    issuedBy:
      'the responsible person established in Türkiye (manufacturer or importer), in the ÜTS of the Turkish Medicines and Medical Devices Agency (TİTCK)',
    description:
      'Every cosmetic product placed on the Turkish market is notified in ÜTS before sale, after the company and its responsible person and responsible technical staff are registered; the notification is updated when the formula, label, responsible person or other notified data change.',
    source: {
      title: 'Cosmetic products: ÜTS company registration and product notification',
      url: 'https://www.titck.gov.tr/',
      publisher: 'Turkish Medicines and Medical Devices Agency (TİTCK)',
    },
  },
  {
    id: 'TR-SHGM-UAS-REG',
    name: 'Drone registration with the Directorate General of Civil Aviation (SHGM)',
    kind: 'registration',
    jurisdictions: ['TR'],
    issuedBy: 'the Directorate General of Civil Aviation (SHGM), in its UAS registration system',
    description:
      'Unmanned aircraft with a maximum take-off weight of 500 g or more are registered with their owner in the SHGM system: by the seller on the day of sale, and within three days when brought from abroad, imported or transferred. Pilots register and obtain approval before flying.',
    source: {
      title: 'UAS registration system (İHA Kayıt Sistemi)',
      url: 'https://iha.shgm.gov.tr/public/index.aspx?language=2',
      publisher: 'Directorate General of Civil Aviation (SHGM)',
    },
  },
];
