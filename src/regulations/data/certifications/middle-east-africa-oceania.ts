import type { CertificationInput } from '../../knowledge/knowledge.model.ts';

/**
 * Certifications, marks, registrations and licences of the Middle East, Africa and Oceania: the United Arab
 * Emirates, Saudi Arabia, Israel, South Africa, Nigeria, Kenya, Egypt, Australia and New Zealand. Each names the
 * body that grants it and the act or regulator it comes from.
 */
export const certifications: CertificationInput[] = [
  // United Arab Emirates and the GCC.
  {
    id: 'AE-ECAS',
    name: 'Emirates Conformity Assessment Scheme (ECAS) certificate of conformity',
    kind: 'certificate',
    jurisdictions: ['AE'],
    issuedBy:
      'Ministry of Industry and Advanced Technology (MoIAT), on test reports from a notified body or accredited laboratory',
    description:
      'Mandatory product registration and certificate of conformity for regulated products placed on the UAE market (low-voltage electrical equipment, toys, cosmetics and personal care products, lithium batteries, electronic cigarettes, RoHS for electrical and electronic equipment and others listed in the UAE technical regulations). The product is registered per model and the certificate renewed yearly; the ECAS or EQM logo with the certificate number goes on the product or packaging where the technical regulation requires.',
    source: {
      title:
        'Federal Law No. 28 of 2001 establishing the Emirates Authority for Standardization and Metrology; UAE conformity assessment scheme',
      url: 'https://moiat.gov.ae/en/',
      publisher: 'UAE Ministry of Industry and Advanced Technology',
    },
  },
  {
    id: 'AE-EQM',
    name: 'Emirates Quality Mark (EQM)',
    kind: 'marking',
    jurisdictions: ['AE'],
    issuedBy: 'Ministry of Industry and Advanced Technology (MoIAT)',
    description:
      'A product certification mark granted after testing and a factory quality audit. Voluntary for most goods, it is the route some UAE technical regulations name for higher-risk products (for example food-contact and halal products) and is accepted in place of an ECAS registration where the regulation allows.',
    source: {
      title: 'Emirates Quality Mark scheme',
      url: 'https://moiat.gov.ae/en/',
      publisher: 'UAE Ministry of Industry and Advanced Technology',
    },
  },
  {
    id: 'AE-TDRA-TA',
    name: 'TDRA type approval (telecommunications and radio terminal equipment)',
    kind: 'registration',
    jurisdictions: ['AE'],
    issuedBy: 'Telecommunications and Digital Government Regulatory Authority (TDRA)',
    description:
      'Radio and telecommunications terminal equipment (Wi-Fi, Bluetooth, cellular, short-range devices) must be type-approved and registered with the TDRA before import and sale; the dealer must also be registered with the TDRA. The TDRA label with the dealer and equipment registration numbers is applied to the product or its packaging.',
    source: {
      title:
        'Federal Law by Decree No. 3 of 2003 regarding the organization of the telecommunications sector; TDRA Type Approval Regulations',
      url: 'https://tdra.gov.ae/en/',
      publisher: 'UAE TDRA',
    },
  },
  {
    id: 'AE-EDE-MD',
    name: 'UAE medical device registration',
    kind: 'registration',
    jurisdictions: ['AE'],
    issuedBy:
      'Emirates Drug Establishment (formerly the Ministry of Health and Prevention registration of medical products)',
    description:
      'Medical devices must be registered federally by a UAE-licensed local agent or distributor before import and sale; imports are released against an import permit for registered devices.',
    source: {
      title:
        'Federal Law No. 8 of 2019 on medical products, the profession of pharmacy and pharmaceutical establishments',
      url: 'https://www.ede.gov.ae/en',
      publisher: 'Emirates Drug Establishment',
    },
  },
  {
    id: 'G-MARK',
    name: 'GCC Conformity Tracking Symbol (G-mark)',
    kind: 'marking',
    jurisdictions: ['AE', 'SA'],
    issuedBy:
      'a GSO-notified body, after EU-type examination style assessment against the GCC technical regulation',
    description:
      'Low-voltage electrical appliances listed in the GCC Technical Regulation for Low Voltage Electrical Equipment and Appliances (BD-131704-01), such as kettles, irons, hair dryers, toasters, blenders, heaters and extension cords, must carry the GCC conformity tracking symbol (G-mark with its QR code) and a GCC technical file before being placed on the market of the GCC member states (UAE, Saudi Arabia, Bahrain, Kuwait, Oman, Qatar; Yemen).',
    source: {
      title: 'GCC Technical Regulation for Low Voltage Electrical Equipment and Appliances (BD-131704-01)',
      url: 'https://www.gso.org.sa/en/',
      publisher: 'GCC Standardization Organization (GSO)',
    },
  },
  // Saudi Arabia.
  {
    id: 'SA-SABER-PCOC',
    name: 'SABER Product Certificate of Conformity (PCoC)',
    kind: 'certificate',
    jurisdictions: ['SA'],
    issuedBy: 'a SASO-approved conformity assessment body, through the SABER platform',
    description:
      'For products regulated by a Saudi technical regulation, the importer registers the product on SABER and a SASO-approved conformity assessment body issues a Product Certificate of Conformity (validity up to one year) after reviewing test reports (and for some regulations a factory audit). The PCoC is the precondition for the shipment certificate. Products of low risk under the general product safety regulation need only a supplier self-declaration on SABER.',
    source: {
      title:
        'Technical regulations of the Saudi Standards, Metrology and Quality Organization; SABER conformity platform',
      url: 'https://saber.sa/',
      publisher: 'SASO (SABER)',
    },
  },
  {
    id: 'SA-SABER-SC',
    name: 'SABER Shipment Certificate (SC)',
    kind: 'certificate',
    jurisdictions: ['SA'],
    issuedBy: 'a SASO-approved conformity assessment body, through the SABER platform',
    description:
      'Each consignment of a regulated product needs a Shipment Certificate issued on SABER against a valid Product Certificate of Conformity; Saudi customs (ZATCA) checks it at clearance.',
    source: {
      title: 'SABER conformity platform: shipment certificate',
      url: 'https://saber.sa/',
      publisher: 'SASO (SABER)',
    },
  },
  {
    id: 'SA-SQM',
    name: 'Saudi Quality Mark (SASO Quality Mark)',
    kind: 'marking',
    jurisdictions: ['SA'],
    issuedBy: 'Saudi Standards, Metrology and Quality Organization (SASO)',
    description:
      'A product certification mark granted after testing and a factory audit; mandatory for products whose technical regulation requires it (for example certain cables, plugs and sockets, and some construction products) and voluntary otherwise.',
    source: {
      title: 'SASO Quality Mark regulation',
      url: 'https://www.saso.gov.sa/en/',
      publisher: 'SASO',
    },
  },
  {
    id: 'SA-SFDA-COSMETIC',
    name: 'SFDA cosmetic product listing (eCosma)',
    kind: 'listing',
    jurisdictions: ['SA'],
    issuedBy: 'Saudi Food and Drug Authority (SFDA)',
    description:
      'Cosmetic products must be listed with the SFDA (eCosma) by a Saudi-registered establishment before import and sale; the listing follows the SFDA cosmetics regulation and the GSO cosmetic standards (prohibited and restricted substances, Arabic labelling).',
    source: {
      title: 'Cosmetic Products Law (Royal Decree M/38 of 1442H) and its implementing regulation',
      url: 'https://www.sfda.gov.sa/en',
      publisher: 'Saudi Food and Drug Authority',
    },
  },
  {
    id: 'SA-SFDA-MDMA',
    name: 'SFDA Medical Device Marketing Authorization (MDMA)',
    kind: 'registration',
    jurisdictions: ['SA'],
    issuedBy: 'Saudi Food and Drug Authority (SFDA), Medical Devices Sector',
    description:
      'Medical devices need a Medical Device Marketing Authorization from the SFDA, applied for by the manufacturer through a Saudi authorized representative, and the importer needs an establishment licence; devices are listed on the SFDA GHAD/MDNR systems before import.',
    source: {
      title: 'Medical Devices Law (Royal Decree M/54 of 1442H) and its implementing regulation',
      url: 'https://www.sfda.gov.sa/en',
      publisher: 'Saudi Food and Drug Authority',
    },
  },
  {
    id: 'SA-SFDA-FOOD',
    name: 'SFDA food product registration and importer registration',
    kind: 'registration',
    jurisdictions: ['SA'],
    issuedBy: 'Saudi Food and Drug Authority (SFDA)',
    description:
      'Food importers must be registered with the SFDA and food products, food supplements and food-contact materials are registered or notified before import; consignments are cleared through the SFDA electronic system with a health certificate (and a halal certificate for meat and meat products).',
    source: {
      title: 'Food Law (Royal Decree M/1 of 1436H) and its implementing regulation',
      url: 'https://www.sfda.gov.sa/en',
      publisher: 'Saudi Food and Drug Authority',
    },
  },
  {
    id: 'SA-CST-TA',
    name: 'CST type approval (formerly CITC) for telecommunications and radio equipment',
    kind: 'registration',
    jurisdictions: ['SA'],
    issuedBy: 'Communications, Space and Technology Commission (CST)',
    description:
      'Radio and telecommunications equipment (mobile phones, Wi-Fi and Bluetooth devices, short-range devices) must be type-approved by the CST, and the conformity certificate registered, before import and sale; the CST conformity mark is applied where required.',
    source: {
      title:
        'Telecommunications and Information Technology Act; CST equipment conformity (type approval) regulation',
      url: 'https://www.cst.gov.sa/en',
      publisher: 'Communications, Space and Technology Commission',
    },
  },
  // Israel.
  {
    id: 'IL-SII-CERT',
    name: 'Standards Institution of Israel (SII) type test / compliance certificate',
    kind: 'certificate',
    jurisdictions: ['IL'],
    issuedBy:
      'the Standards Institution of Israel or another laboratory recognised by the Commissioner of Standardization',
    description:
      'Products subject to an Israeli mandatory (official) standard in import group 1 or 2 need a type approval from a recognised laboratory (SII or another approved lab); group 1 goods also need shipment tests. The Commissioner of Standardization keeps the list of mandatory standards and their import groups.',
    source: {
      title: 'Standards Law 5713-1953; Import and Export Order (Import Groups) 5782-2022',
      url: 'https://www.sii.org.il/en/',
      publisher: 'Standards Institution of Israel',
    },
  },
  {
    id: 'IL-IMPORTER-DOC',
    name: "Importer's declaration of conformity (Israeli mandatory standards)",
    kind: 'declaration',
    jurisdictions: ['IL'],
    issuedBy: 'the importer, filed with the Standardization Commissioner through the customs system',
    description:
      'For goods subject to an Israeli mandatory standard in import groups 2 and 3, the importer declares conformity for each shipment and keeps a product file (technical documentation, test reports) for market surveillance.',
    source: {
      title: 'Import and Export Order (Import Groups) 5782-2022; Free Import Order',
      url: 'https://www.gov.il/en/departments/ministry_of_economy',
      publisher: 'Israel Ministry of Economy and Industry',
    },
  },
  {
    id: 'IL-MOE-IMPORT-LICENCE',
    name: 'Israel import licence (Free Import Order schedules)',
    kind: 'licence',
    jurisdictions: ['IL'],
    issuedBy:
      'the competent ministry named in the Free Import Order schedules (Economy, Health, Agriculture, Communications, Defence...)',
    description:
      'Goods listed in the schedules of the Free Import Order may be imported only with a licence or confirmation from the ministry named for them (for example wireless equipment by the Ministry of Communications, medicines and cosmetics by the Ministry of Health, weapons by the Ministry of Defence or Public Security).',
    source: {
      title: 'Free Import Order 5774-2014',
      url: 'https://www.gov.il/en/departments/ministry_of_economy',
      publisher: 'Israel Ministry of Economy and Industry',
    },
  },
  {
    id: 'IL-MOC-APPROVAL',
    name: 'Ministry of Communications wireless equipment approval (type approval or trade approval)',
    kind: 'registration',
    jurisdictions: ['IL'],
    issuedBy: 'Israel Ministry of Communications, Spectrum and Frequency Licensing Division',
    description:
      'Wireless equipment (Wi-Fi, Bluetooth, cellular, short-range devices) needs a Ministry of Communications approval before import: a type approval for equipment that is not exempt, or a trade approval/declaration for equipment that meets the exemption orders (generally on the basis of European or US conformity).',
    source: {
      title: 'Wireless Telegraphy Ordinance [New Version] 5732-1972 and its exemption orders',
      url: 'https://www.gov.il/en/departments/ministry_of_communications',
      publisher: 'Israel Ministry of Communications',
    },
  },
  {
    id: 'IL-MOH-COSMETIC',
    name: 'Ministry of Health cosmetics notification',
    kind: 'notification',
    jurisdictions: ['IL'],
    issuedBy: 'Israel Ministry of Health, Cosmetics Department',
    description:
      'Cosmetic products are notified to the Ministry of Health by a responsible importer or manufacturer before they are placed on the market; higher-risk products (for example products for babies and children and oral hygiene products) remain under the stricter track.',
    source: {
      title: 'Pharmacists Ordinance [New Version] 5741-1981, chapter on cosmetic preparations',
      url: 'https://www.gov.il/en/departments/ministry_of_health',
      publisher: 'Israel Ministry of Health',
    },
  },
  {
    id: 'IL-AMAR',
    name: 'AMAR medical device registration',
    kind: 'registration',
    jurisdictions: ['IL'],
    issuedBy: 'Israel Ministry of Health, Medical Devices Division (AMAR)',
    description:
      'Medical devices must be registered in the AMAR register by an Israeli registration holder before marketing; registration relies largely on approvals in recognised jurisdictions (CE, FDA, and others).',
    source: {
      title: 'Medical Equipment Law 5772-2012',
      url: 'https://www.gov.il/en/departments/ministry_of_health',
      publisher: 'Israel Ministry of Health',
    },
  },
  // South Africa.
  {
    id: 'ZA-NRCS-LOA',
    name: 'NRCS Letter of Authority (LOA)',
    kind: 'certificate',
    jurisdictions: ['ZA'],
    issuedBy: 'National Regulator for Compulsory Specifications (NRCS)',
    description:
      'Products covered by a compulsory specification (for example VC 8055 for electrical and electronic apparatus, VC 8043 for lamps, the compulsory specifications for plugs, socket-outlets and cords) need a Letter of Authority from the NRCS before sale; the application is supported by test reports (IECEE CB reports are accepted with national differences). Consignments are checked at the border against the LOA.',
    source: {
      title: 'National Regulator for Compulsory Specifications Act 5 of 2008',
      url: 'https://www.nrcs.org.za/',
      publisher: 'NRCS',
    },
  },
  {
    id: 'ZA-ICASA-TA',
    name: 'ICASA type approval',
    kind: 'certificate',
    jurisdictions: ['ZA'],
    issuedBy: 'Independent Communications Authority of South Africa (ICASA)',
    description:
      'Electronic communications equipment and radio apparatus (including Wi-Fi and Bluetooth devices) must be type-approved by ICASA, on test reports and through a local applicant, before it is sold, used or connected; approved equipment carries the ICASA label with the approval number.',
    source: {
      title: 'Electronic Communications Act 36 of 2005, section 35; Type Approval Regulations',
      url: 'https://www.icasa.org.za/',
      publisher: 'ICASA',
    },
  },
  {
    id: 'ZA-SAHPRA-LICENCE',
    name: 'SAHPRA medical device establishment licence and registration',
    kind: 'licence',
    jurisdictions: ['ZA'],
    issuedBy: 'South African Health Products Regulatory Authority (SAHPRA)',
    description:
      'Manufacturers, distributors and wholesalers (including importers) of medical devices and IVDs need a SAHPRA establishment licence; devices are listed with SAHPRA and will be registered as the registration calls take effect.',
    source: {
      title:
        'Medicines and Related Substances Act 101 of 1965; Regulations relating to medical devices and IVDs (2016)',
      url: 'https://www.sahpra.org.za/',
      publisher: 'SAHPRA',
    },
  },
  {
    id: 'ZA-EPR-REG',
    name: 'Extended producer responsibility registration (DFFE)',
    kind: 'registration',
    jurisdictions: ['ZA'],
    issuedBy:
      'Department of Forestry, Fisheries and the Environment (DFFE), through the South African Waste Information System',
    description:
      'Producers (manufacturers, brand owners and importers) of identified products — electrical and electronic equipment including batteries, lighting, paper and packaging and some single-use products — must register with the DFFE and join or run an extended producer responsibility scheme.',
    source: {
      title:
        'Extended Producer Responsibility Regulations, 2020 (GN 1184 of 2020, as amended by GN 400 of 2021)',
      url: 'https://www.dffe.gov.za/event/deptactivity/extendedproducerresponsibility_regulations2020registration',
      publisher: 'South Africa DFFE',
    },
  },
  // Nigeria.
  {
    id: 'NG-SONCAP-PC',
    name: 'SONCAP Product Certificate (PC)',
    kind: 'certificate',
    jurisdictions: ['NG'],
    issuedBy: 'a SON-accredited independent certification body, on the SONCAP portal',
    description:
      'Regulated products imported into Nigeria need a SONCAP Product Certificate (valid up to one year, depending on the route: test reports, or test reports and a factory audit) showing conformity with Nigerian Industrial Standards or approved international standards.',
    source: {
      title:
        'Standards Organisation of Nigeria Act 2015; Standards Organisation of Nigeria Conformity Assessment Programme (SONCAP)',
      url: 'https://son.gov.ng/',
      publisher: 'Standards Organisation of Nigeria',
    },
  },
  {
    id: 'NG-SONCAP-SC',
    name: 'SONCAP Certificate (SC), per shipment',
    kind: 'certificate',
    jurisdictions: ['NG'],
    issuedBy: 'Standards Organisation of Nigeria (SON), on the SONCAP portal',
    description:
      'Each shipment of a regulated product needs a SONCAP Certificate, issued by SON against a valid Product Certificate and declared with the Form M; customs will not release regulated goods without it.',
    source: {
      title: 'Standards Organisation of Nigeria Act 2015; SONCAP',
      url: 'https://son.gov.ng/',
      publisher: 'Standards Organisation of Nigeria',
    },
  },
  {
    id: 'NG-NAFDAC',
    name: 'NAFDAC product registration',
    kind: 'registration',
    jurisdictions: ['NG'],
    issuedBy: 'National Agency for Food and Drug Administration and Control (NAFDAC)',
    description:
      'Food, drugs, cosmetics, medical devices, chemicals, detergents and packaged water must be registered with NAFDAC (through a Nigerian company or authorised representative) before they are imported, advertised or sold; the NAFDAC registration number appears on the label and imports need a NAFDAC permit.',
    source: {
      title: 'National Agency for Food and Drug Administration and Control Act (Cap N1 LFN 2004)',
      url: 'https://www.nafdac.gov.ng/',
      publisher: 'NAFDAC',
    },
  },
  {
    id: 'NG-NCC-TA',
    name: 'NCC type approval',
    kind: 'certificate',
    jurisdictions: ['NG'],
    issuedBy: 'Nigerian Communications Commission (NCC)',
    description:
      'Communications and radio equipment (mobile phones, Wi-Fi and Bluetooth devices, routers) must be type-approved by the NCC before import, sale or connection to a network in Nigeria.',
    source: {
      title: 'Nigerian Communications Act 2003; NCC Type Approval Regulations',
      url: 'https://www.ncc.gov.ng/',
      publisher: 'Nigerian Communications Commission',
    },
  },
  // Kenya.
  {
    id: 'KE-PVOC-COC',
    name: 'KEBS PVoC Certificate of Conformity (CoC)',
    kind: 'certificate',
    jurisdictions: ['KE'],
    issuedBy: 'a KEBS-appointed PVoC agent in the exporting country',
    description:
      'Regulated products must be inspected and tested in the country of supply under the Pre-Export Verification of Conformity (PVoC) programme and shipped with a Certificate of Conformity; goods arriving without one are subject to destination inspection and a penalty on their value, or rejected.',
    source: {
      title:
        'Standards Act (Cap. 496); Standards (Verification of Conformity to Standards and Other Applicable Regulations) Order, 2020 (Legal Notice 127 of 2020)',
      url: 'https://www.kebs.org/',
      publisher: 'Kenya Bureau of Standards',
    },
  },
  {
    id: 'KE-ISM',
    name: 'KEBS Import Standardization Mark (ISM)',
    kind: 'marking',
    jurisdictions: ['KE'],
    issuedBy: 'Kenya Bureau of Standards (KEBS)',
    description:
      'Imported products in scope of the ISM scheme must carry a KEBS Import Standardization Mark sticker, bought by the importer from KEBS and applied before sale, as proof that the consignment was verified.',
    source: {
      title: 'Standards (Import Standardization Mark) Order',
      url: 'https://www.kebs.org/',
      publisher: 'Kenya Bureau of Standards',
    },
  },
  {
    id: 'KE-CA-TA',
    name: 'Communications Authority of Kenya type approval',
    kind: 'certificate',
    jurisdictions: ['KE'],
    issuedBy: 'Communications Authority of Kenya (CA)',
    description:
      'Communications and radio equipment (mobile phones, Wi-Fi and Bluetooth devices, radios) must be type-approved by the Communications Authority before import, sale or use in Kenya.',
    source: {
      title:
        'Kenya Information and Communications Act 1998; Kenya Information and Communications (Importation, Type Approval and Distribution of Communications Equipment) Regulations',
      url: 'https://www.ca.go.ke/',
      publisher: 'Communications Authority of Kenya',
    },
  },
  {
    id: 'KE-ACA-RECORDATION',
    name: 'Anti-Counterfeit Authority recordation of intellectual property rights',
    kind: 'registration',
    jurisdictions: ['KE'],
    issuedBy: 'Anti-Counterfeit Authority (ACA)',
    description:
      'Owners of trade marks and other IP rights on goods imported into Kenya must record those rights with the ACA (renewed yearly), and importers other than the owner must notify the ACA of the goods; goods without a recordation are liable to seizure.',
    source: {
      title:
        'Anti-Counterfeit Act 2008, section 34B; Anti-Counterfeit (Recordation) Regulations, 2021 (Legal Notice 118 of 2021)',
      url: 'https://www.aca.go.ke/',
      publisher: 'Anti-Counterfeit Authority',
    },
  },
  {
    id: 'KE-PPB',
    name: 'Pharmacy and Poisons Board registration and import permit',
    kind: 'registration',
    jurisdictions: ['KE'],
    issuedBy: 'Pharmacy and Poisons Board (PPB)',
    description:
      'Medicines, medical devices and IVDs must be registered (or listed) with the Pharmacy and Poisons Board by a local technical representative, and each import needs a PPB import permit.',
    source: {
      title: 'Pharmacy and Poisons Act (Cap. 244)',
      url: 'https://web.pharmacyboardkenya.org/',
      publisher: 'Pharmacy and Poisons Board',
    },
  },
  // Egypt.
  {
    id: 'EG-GOEIC-REG',
    name: 'GOEIC registration of factories and trade-mark owners (Decree 43/2016)',
    kind: 'registration',
    jurisdictions: ['EG'],
    issuedBy:
      'General Organization for Export and Import Control (GOEIC), by decree of the Minister of Trade and Industry',
    description:
      'Products on the list of Ministerial Decree 43/2016 imported for trade are released only if made by a factory, or imported from a trade-mark owner or its distribution centre, registered with GOEIC; registration needs a quality-management certificate from an ILAC/IAF-recognised body and is kept up to date.',
    source: {
      title:
        'Minister of Trade and Industry Decree No. 43 of 2016 on the registration of factories qualified to export to Egypt',
      article: 'Art. 1–2',
      url: 'https://www.goeic.gov.eg/',
      publisher: 'GOEIC',
    },
  },
  {
    id: 'EG-NTRA-TA',
    name: 'NTRA type approval',
    kind: 'certificate',
    jurisdictions: ['EG'],
    issuedBy: 'National Telecom Regulatory Authority (NTRA)',
    description:
      'Telecommunications and radio equipment (mobile phones, Wi-Fi and Bluetooth devices, routers) may be imported, manufactured or sold in Egypt only after NTRA type approval; imports need NTRA release approval.',
    source: {
      title: 'Telecommunication Regulation Law No. 10 of 2003',
      url: 'https://www.tra.gov.eg/en/',
      publisher: 'National Telecom Regulatory Authority',
    },
  },
  {
    id: 'EG-EDA-REG',
    name: 'Egyptian Drug Authority registration or notification',
    kind: 'registration',
    jurisdictions: ['EG'],
    issuedBy: 'Egyptian Drug Authority (EDA)',
    description:
      'Medicines, medical devices and cosmetics must be registered or notified with the Egyptian Drug Authority by a local company before import and sale; each import is released against EDA approval.',
    source: {
      title: 'Law No. 151 of 2019 establishing the Egyptian Drug Authority',
      url: 'https://www.edaegypt.gov.eg/',
      publisher: 'Egyptian Drug Authority',
    },
  },
  // Australia and New Zealand.
  {
    id: 'RCM',
    name: 'Regulatory Compliance Mark (RCM)',
    kind: 'marking',
    jurisdictions: ['AU', 'NZ'],
    issuedBy: 'the responsible supplier (self-declaration), registered on the national EESS database',
    description:
      'The single compliance mark of Australia and New Zealand for electrical safety (EESS), EMC, radiocommunications and telecommunications. A responsible supplier in Australia or New Zealand registers on the national database, keeps a declaration of conformity and compliance records, and applies the RCM to the product.',
    source: {
      title:
        'Radiocommunications Labelling (Electromagnetic Compatibility) Notice 2017; AS/NZS 4417; Electrical Equipment Safety System',
      url: 'https://www.acma.gov.au/',
      publisher: 'Australian Communications and Media Authority',
    },
  },
  {
    id: 'AU-EESS-REG',
    name: 'EESS responsible supplier and equipment registration (national database)',
    kind: 'registration',
    jurisdictions: ['AU', 'NZ'],
    issuedBy:
      'the Electrical Regulatory Authorities Council (ERAC) national database, administered by the state regulators',
    description:
      'A responsible supplier of in-scope electrical equipment (designed for low-voltage mains supply, 50–1000 V AC) registers itself on the EESS national database; level 2 equipment is registered by the supplier, and level 3 (declared, higher-risk) equipment is registered with a certificate of conformity.',
    source: {
      title: 'Electrical Equipment Safety System (AS/NZS 4417.2); state electrical safety legislation',
      url: 'https://www.eess.gov.au/registration/registration-in-scope-electrical-equipment/',
      publisher: 'Electrical Equipment Safety System (EESS)',
    },
  },
  {
    id: 'AU-EESS-COC',
    name: 'EESS certificate of conformity (level 3 declared equipment)',
    kind: 'certificate',
    jurisdictions: ['AU', 'NZ'],
    issuedBy: 'a JAS-ANZ accredited or state-recognised certifier',
    description:
      'Level 3 (declared, higher-risk) in-scope electrical equipment — for example power supplies and chargers, portable appliances, heaters, hair dryers, irons, kettles — needs a certificate of conformity from a recognised certifier before it is registered and sold.',
    source: {
      title: 'Electrical Equipment Safety System: in-scope electrical equipment levels (AS/NZS 4417.2)',
      url: 'https://www.eess.gov.au/registration/registration-in-scope-electrical-equipment/',
      publisher: 'Electrical Equipment Safety System (EESS)',
    },
  },
  {
    id: 'AU-TGA-ARTG',
    name: 'Australian Register of Therapeutic Goods (ARTG) inclusion',
    kind: 'registration',
    jurisdictions: ['AU'],
    issuedBy: 'Therapeutic Goods Administration (TGA), on application by an Australian sponsor',
    description:
      'Therapeutic goods — medical devices (including IVDs), medicines and primary sunscreens — must be included in the ARTG by an Australian sponsor before import and supply, unless exempt; medical devices are included on the basis of conformity assessment evidence (often an EU or MDSAP certificate).',
    source: {
      title: 'Therapeutic Goods Act 1989',
      url: 'https://www.legislation.gov.au/C2004A03952/latest/text',
      publisher: 'Federal Register of Legislation (Australia)',
    },
  },
  {
    id: 'AU-AICIS',
    name: 'AICIS registration of an industrial chemical importer',
    kind: 'registration',
    jurisdictions: ['AU'],
    issuedBy: 'Australian Industrial Chemicals Introduction Scheme (AICIS)',
    description:
      'A business that imports industrial chemicals — including chemicals in cosmetics, inks, paints and cleaning products — must register with AICIS each year and categorise each introduction before importing.',
    source: {
      title: 'Industrial Chemicals Act 2019',
      url: 'https://www.industrialchemicals.gov.au/',
      publisher: 'Australian Industrial Chemicals Introduction Scheme',
    },
  },
  {
    id: 'AU-GEMS',
    name: 'GEMS registration (energy efficiency)',
    kind: 'registration',
    jurisdictions: ['AU', 'NZ'],
    issuedBy:
      'the GEMS Regulator (Australia) / EECA (New Zealand), on the energy rating registration database',
    description:
      'Products covered by a GEMS determination (for example air conditioners, refrigerators, televisions, computer monitors, lighting, external power supplies) must be registered and meet the minimum energy performance standard, with the energy rating label where required, before supply.',
    source: {
      title: 'Greenhouse and Energy Minimum Standards Act 2012',
      url: 'https://www.energyrating.gov.au/',
      publisher: 'Australian Government Energy Rating',
    },
  },
  {
    id: 'AU-SMART-DEVICE-SOC',
    name: 'Smart device statement of compliance (Cyber Security Act 2024)',
    kind: 'declaration',
    jurisdictions: ['AU'],
    issuedBy: 'the manufacturer (or the supplier on its behalf)',
    description:
      'A consumer smart (connectable) device supplied in Australia must be accompanied by a statement of compliance with the Security Standards for Smart Devices (no universal default passwords, a vulnerability reporting channel, a published security-update support period), kept for five years.',
    source: {
      title: 'Cyber Security (Security Standards for Smart Devices) Rules 2025',
      url: 'https://www.homeaffairs.gov.au/about-us/our-portfolios/cyber-security/security-standards-for-smart-devices',
      publisher: 'Australian Department of Home Affairs',
    },
  },
  {
    id: 'AU-ODC-VAPE-PERMIT',
    name: 'Office of Drug Control licence and permit to import vaping goods',
    kind: 'licence',
    jurisdictions: ['AU'],
    issuedBy: 'Office of Drug Control (Department of Health), with a TGA notification of the product',
    description:
      'Vaping goods (devices, accessories and substances, with or without nicotine) may be imported only by a holder of an ODC licence and permit, for products notified to the TGA as meeting the product standard, for supply through pharmacies.',
    source: {
      title: 'Customs (Prohibited Imports) Regulations 1956 (vaping goods); Therapeutic Goods Act 1989',
      url: 'https://www.tga.gov.au/products/unapproved-therapeutic-goods/vaping-hub',
      publisher: 'Therapeutic Goods Administration',
    },
  },
  {
    id: 'AU-B709-PERMIT',
    name: 'Permission to import a prohibited weapon or article (police or Attorney-General certification, form B709)',
    kind: 'licence',
    jurisdictions: ['AU'],
    issuedBy:
      'the Minister or an authorised person, on certification by state police or the Attorney-General’s Department',
    description:
      'Weapons and weapon-like goods listed in the Customs (Prohibited Imports) Regulations 1956 (flick and gravity knives, knuckle-dusters, pepper spray, electric shock devices, hand-held laser pointers over 1 mW and others) may be imported only with written permission obtained under the applicable test (e.g. the official purposes or specified purposes test).',
    source: {
      title: 'Customs (Prohibited Imports) Regulations 1956',
      url: 'https://www.abf.gov.au/importing-exporting-and-manufacturing/prohibited-goods',
      publisher: 'Australian Border Force',
    },
  },
  {
    id: 'NZ-EESS-SDOC',
    name: 'New Zealand supplier declaration of conformity (electrical fittings and appliances)',
    kind: 'declaration',
    jurisdictions: ['NZ'],
    issuedBy: 'the New Zealand importer or manufacturer (responsible supplier)',
    description:
      'Electrical appliances and fittings supplied in New Zealand must be electrically safe; declared (high-risk) articles need a supplier declaration of conformity and registration on the EESS database, and medium-risk articles evidence of compliance on request.',
    source: {
      title: 'Electricity (Safety) Regulations 2010',
      url: 'https://www.legislation.govt.nz/regulation/public/2010/0036/latest/whole.html',
      publisher: 'New Zealand Legislation',
    },
  },
  {
    id: 'NZ-WAND',
    name: 'Medsafe WAND notification of a medical device',
    kind: 'notification',
    jurisdictions: ['NZ'],
    issuedBy: 'Medsafe (Ministry of Health), Web Assisted Notification of Devices database',
    description:
      'A New Zealand sponsor must notify a medical device to the WAND database within 30 working days of first importing or supplying it.',
    source: {
      title: 'Medicines (Database of Medical Devices) Regulations 2003',
      url: 'https://www.medsafe.govt.nz/',
      publisher: 'Medsafe',
    },
  },
  {
    id: 'NZ-HPLP-CONSENT',
    name: 'Director-General of Health consent to import high-power laser pointers',
    kind: 'licence',
    jurisdictions: ['NZ'],
    issuedBy: 'Director-General of Health (Ministry of Health)',
    description:
      'Consent of the Director-General of Health, specifying quantity and frequency, to import hand-held battery-operated laser pointers with a power output over 1 mW.',
    source: {
      title: 'Customs Import Prohibition (High-power Laser Pointers) Order 2019',
      article: 'cl. 4',
      url: 'https://www.legislation.govt.nz/regulation/public/2019/0294/latest/whole.html',
      publisher: 'New Zealand Legislation',
    },
  },
  {
    id: 'NZ-VAPE-NOTIFICATION',
    name: 'Notification of a notifiable product (vaping products)',
    kind: 'notification',
    jurisdictions: ['NZ'],
    issuedBy: 'the manufacturer or importer, to the Ministry of Health (Vaping Regulatory Authority)',
    description:
      'Vaping products and heated tobacco products must be notified to the Ministry of Health by the manufacturer or importer before they are sold in New Zealand, and must meet the product safety requirements.',
    source: {
      title: 'Smokefree Environments and Regulated Products Act 1990',
      url: 'https://www.legislation.govt.nz/act/public/1990/0108/latest/whole.html',
      publisher: 'New Zealand Legislation',
    },
  },
  {
    id: 'NZ-MPI-FOOD-IMPORTER',
    name: 'MPI registered food importer',
    kind: 'registration',
    jurisdictions: ['NZ'],
    issuedBy: 'Ministry for Primary Industries (MPI)',
    description:
      'A business importing food for sale in New Zealand must be registered with MPI as a food importer (or use a registered importer), and high-regulatory-interest foods need clearance against MPI import requirements.',
    source: {
      title: 'Food Act 2014 (importers of food for sale)',
      url: 'https://www.mpi.govt.nz/',
      publisher: 'New Zealand Ministry for Primary Industries',
    },
  },
];
