import type { RegulationCaseInput } from '../../knowledge/case.model.ts';

/**
 * Real product cases for the European Union and Great Britain essentials, written from the acts the rules
 * cite: what must apply, what must not (a neighbouring product), the certifications asked for and the risk
 * band; some on both sides of an effective date.
 */

const TODAY = '2026-11-22';

export const cases: RegulationCaseInput[] = [
  // European Union.
  {
    name: 'EU: a Bluetooth speaker needs RED conformity, CE, USB-C charging, RoHS and WEEE, and not the EMC Directive',
    market: 'EU',
    date: TODAY,
    product: {
      name: 'Portable Bluetooth speaker with built-in battery',
      category: 'wireless-audio',
      hsCode: '851821',
      origin: 'CN',
      facts: {
        'radio.present': true,
        'radio.functions': ['bluetooth'],
        connectable: false,
        'battery.present': true,
        'battery.chemistry': 'li-ion',
        'battery.wh': 7.4,
        'mains.present': false,
        'brand.third_party': false,
      },
    },
    expect: {
      rules: [
        'EU-ESS-RED-CE',
        'EU-ESS-COMMON-CHARGER',
        'EU-ESS-ROHS',
        'EU-ESS-WEEE',
        'EU-ESS-GPSR',
        'EU-ESS-BATT-EPR',
      ],
      notRules: ['EU-ESS-EMC-CE', 'EU-ESS-RED-CYBERSECURITY', 'EU-ESS-LVD-CE', 'EU-ESS-IPR-CUSTOMS'],
      certifications: ['CE', 'EU-WEEE-PRODUCER-REG'],
      risk: 'high',
    },
  },
  {
    name: 'EU: a mains Wi-Fi smart speaker is under the RED (not the LVD) and the RED cybersecurity act from 1 August 2025',
    market: 'EU',
    date: TODAY,
    product: {
      name: 'Wi-Fi smart speaker with voice assistant',
      category: 'wireless-audio',
      hsCode: '851822',
      facts: {
        'radio.present': true,
        'radio.functions': ['wifi', 'bluetooth'],
        connectable: true,
        'battery.present': false,
        'mains.present': true,
        'mains.voltage': 230,
      },
    },
    expect: {
      rules: ['EU-ESS-RED-CE', 'EU-ESS-RED-CYBERSECURITY', 'EU-ESS-GDPR-CONNECTED', 'EU-ESS-ROHS'],
      notRules: ['EU-ESS-COMMON-CHARGER', 'EU-ESS-EMC-CE', 'EU-ESS-LVD-CE'],
      certifications: ['CE'],
      risk: 'medium',
    },
  },
  {
    name: 'EU: the same Wi-Fi speaker on 31 July 2025 is not yet under the RED cybersecurity act',
    market: 'EU',
    date: '2025-07-31',
    product: {
      name: 'Wi-Fi smart speaker with voice assistant',
      category: 'wireless-audio',
      hsCode: '851822',
      facts: { 'radio.present': true, connectable: true, 'battery.present': false, 'mains.voltage': 230 },
    },
    expect: { rules: ['EU-ESS-RED-CE'], notRules: ['EU-ESS-RED-CYBERSECURITY'], certifications: ['CE'] },
  },
  {
    name: 'EU: a 20,000 mAh power bank is a battery: CE, substances, EPR and the batteries label',
    market: 'EU',
    date: TODAY,
    product: {
      name: '20000 mAh USB-C power bank',
      category: 'power-bank',
      hsCode: '850760',
      origin: 'CN',
      facts: {
        'battery.present': true,
        'battery.chemistry': 'li-ion',
        'battery.wh': 74,
        'radio.present': false,
        'mains.present': false,
      },
    },
    expect: {
      rules: [
        'EU-ESS-BATT-CE',
        'EU-ESS-BATT-SUBSTANCES',
        'EU-ESS-BATT-LABEL',
        'EU-ESS-BATT-EPR',
        'EU-ESS-EMC-CE',
      ],
      notRules: ['EU-ESS-RED-CE', 'EU-ESS-LVD-CE', 'EU-ESS-BATT-REMOVABLE'],
      certifications: ['CE', 'EU-BATT-PRODUCER-REG'],
      risk: 'high',
    },
  },
  {
    name: 'EU: a mains USB charger falls under the LVD and EMC Directive, not under the RED',
    market: 'EU',
    date: TODAY,
    product: {
      name: '65 W USB-C wall charger',
      category: 'charger',
      hsCode: '850440',
      facts: {
        'mains.present': true,
        'mains.voltage': 230,
        'radio.present': false,
        'battery.present': false,
      },
    },
    expect: {
      rules: ['EU-ESS-LVD-CE', 'EU-ESS-EMC-CE', 'EU-ESS-ROHS', 'EU-ESS-WEEE'],
      notRules: ['EU-ESS-RED-CE', 'EU-ESS-BATT-CE', 'EU-ESS-BATT-EPR'],
      certifications: ['CE'],
      risk: 'medium',
    },
  },
  {
    name: 'EU: a lipstick needs an EU responsible person, CPNP, Art. 19 labelling and the Annex II/III check',
    market: 'EU',
    date: TODAY,
    product: {
      name: 'Matte lipstick',
      category: 'cosmetics',
      hsCode: '330410',
      origin: 'KR',
      ingredients: ['Ricinus Communis Seed Oil', 'Cera Alba', 'CI 77491', 'Tocopherol'],
      facts: { 'brand.third_party': false },
    },
    expect: {
      rules: ['EU-ESS-COSM-RP-CPNP', 'EU-ESS-COSM-LABEL', 'EU-ESS-COSM-SUBSTANCES', 'EU-ESS-GPSR'],
      notRules: ['EU-ESS-IPR-CUSTOMS', 'EU-ESS-TOY-CE'],
      certifications: ['EU-CPNP'],
      risk: 'medium',
    },
  },
  {
    name: 'EU: a stacking toy for babies needs the TSD, CE and the small-parts rule for under 36 months',
    market: 'EU',
    date: TODAY,
    product: {
      name: 'Plastic stacking rings for babies (6 months+)',
      category: 'toys',
      hsCode: '950300',
      facts: { 'age.min_months': 6, 'battery.present': false, magnets: false },
    },
    expect: {
      rules: ['EU-ESS-TOY-CE', 'EU-ESS-TOY-UNDER-36M', 'EU-ESS-REACH-XVII', 'EU-ESS-GPSR'],
      notRules: ['EU-ESS-BATT-EPR', 'EU-ESS-RED-CE'],
      certifications: ['CE'],
      risk: 'medium',
    },
  },
  {
    name: 'EU: a 30 ml bottle of 50 mg/ml nicotine e-liquid is prohibited (strength and volume)',
    market: 'EU',
    date: TODAY,
    product: {
      name: 'Nicotine salt e-liquid 50 mg/ml, 30 ml',
      category: 'e-cigarette',
      hsCode: '240412',
      facts: { 'nicotine.present': true, 'nicotine.mg_per_ml': 50, 'liquid.volume_ml': 30 },
    },
    expect: {
      rules: ['EU-ESS-TPD-ECIG', 'EU-ESS-TPD-ECIG-STRENGTH', 'EU-ESS-TPD-REFILL-VOLUME'],
      certifications: ['EU-TPD-NOTIFICATION'],
      risk: 'high',
    },
  },
  {
    name: 'EU: a 10 ml, 18 mg/ml nicotine refill is allowed with notification, not prohibited',
    market: 'EU',
    date: TODAY,
    product: {
      name: 'E-liquid 18 mg/ml, 10 ml',
      category: 'e-cigarette',
      hsCode: '240412',
      facts: { 'nicotine.present': true, 'nicotine.mg_per_ml': 18, 'liquid.volume_ml': 10 },
    },
    expect: {
      rules: ['EU-ESS-TPD-ECIG'],
      notRules: ['EU-ESS-TPD-ECIG-STRENGTH', 'EU-ESS-TPD-REFILL-VOLUME'],
      certifications: ['EU-TPD-NOTIFICATION'],
      risk: 'high',
    },
  },
  {
    name: 'EU: a third-party-branded handbag may be detained by customs as a suspected counterfeit',
    market: 'EU',
    date: TODAY,
    product: {
      name: 'Designer-brand leather handbag (bought from a wholesaler)',
      category: 'luxury-goods',
      hsCode: '420221',
      origin: 'CN',
      facts: { 'brand.third_party': true },
    },
    expect: { rules: ['EU-ESS-IPR-CUSTOMS'], risk: 'high' },
  },
  {
    name: 'EU: a cotton T-shirt needs fibre-content labelling',
    market: 'EU',
    date: TODAY,
    product: {
      name: "Men's cotton T-shirt",
      category: 'apparel',
      hsCode: '610910',
      origin: 'BD',
      facts: { 'brand.third_party': false },
    },
    expect: {
      rules: ['EU-ESS-TEXTILE-FIBRE', 'EU-ESS-REACH-XVII', 'EU-ESS-GPSR'],
      notRules: ['EU-ESS-IPR-CUSTOMS', 'EU-ESS-FOOTWEAR-LABEL'],
      risk: 'medium',
    },
  },
  {
    name: 'EU: the batteries label changes on 18 August 2026 (version 1 the day before, version 2 from that day)',
    market: 'EU',
    date: '2026-08-17',
    product: {
      name: 'AA alkaline batteries, pack of 4',
      category: 'battery',
      hsCode: '850610',
      facts: { 'battery.present': true, 'battery.chemistry': 'alkaline' },
    },
    expect: {
      rules: ['EU-ESS-BATT-LABEL', 'EU-ESS-BATT-CE', 'EU-ESS-BATT-SUBSTANCES'],
      certifications: ['CE'],
    },
  },
  {
    name: 'EU: a 249 g camera drone needs CE and the class label; operator registration applies because of the camera',
    market: 'EU',
    date: TODAY,
    product: {
      name: 'Mini camera drone 249 g',
      category: 'drone',
      hsCode: '880621',
      facts: {
        'drone.mass_g': 249,
        'drone.camera': true,
        'radio.present': true,
        'battery.present': true,
        'battery.chemistry': 'li-polymer',
      },
    },
    expect: {
      rules: ['EU-ESS-DRONE-CLASS', 'EU-ESS-DRONE-OPERATOR-REG', 'EU-ESS-RED-CE'],
      certifications: ['CE', 'EU-UAS-CLASS-LABEL'],
    },
  },
  // Great Britain.
  {
    name: 'GB: a plush toy for toddlers needs the Toys (Safety) Regulations and UKCA or CE',
    market: 'GB',
    date: TODAY,
    product: {
      name: 'Plush teddy bear (12 months+)',
      category: 'toys',
      hsCode: '950300',
      origin: 'CN',
      facts: { 'age.min_months': 12, 'battery.present': false },
    },
    expect: {
      rules: ['GB-ESS-TOYS', 'GB-ESS-TOYS-UNDER-36M', 'GB-ESS-GPSR', 'GB-ESS-UKCA-OR-CE'],
      notRules: ['GB-ESS-RADIO', 'GB-ESS-PSTI'],
      certifications: ['UKCA'],
      risk: 'medium',
    },
  },
  {
    name: 'GB: a Wi-Fi security camera needs the Radio Equipment Regulations and the PSTI security requirements',
    market: 'GB',
    date: TODAY,
    product: {
      name: 'Wi-Fi indoor security camera',
      category: 'radio-equipment',
      hsCode: '852589',
      facts: {
        'radio.present': true,
        'radio.functions': ['wifi'],
        connectable: true,
        'mains.present': false,
      },
    },
    expect: {
      rules: ['GB-ESS-RADIO', 'GB-ESS-PSTI', 'GB-ESS-UK-GDPR', 'GB-ESS-ROHS', 'GB-ESS-WEEE'],
      notRules: ['GB-ESS-EMC'],
      certifications: ['UKCA'],
      risk: 'medium',
    },
  },
  {
    name: 'GB: the same camera on 28 April 2024 is not yet under the PSTI regime',
    market: 'GB',
    date: '2024-04-28',
    product: {
      name: 'Wi-Fi indoor security camera',
      category: 'radio-equipment',
      hsCode: '852589',
      facts: { 'radio.present': true, connectable: true },
    },
    expect: { rules: ['GB-ESS-RADIO'], notRules: ['GB-ESS-PSTI'], certifications: ['UKCA'] },
  },
  {
    name: 'GB: a disposable nicotine vape may not be supplied from 1 June 2025',
    market: 'GB',
    date: TODAY,
    product: {
      name: 'Disposable vape 600 puffs, 20 mg/ml, 2 ml',
      category: 'e-cigarette',
      hsCode: '854340',
      facts: {
        single_use: true,
        'nicotine.present': true,
        'nicotine.mg_per_ml': 20,
        'liquid.volume_ml': 2,
        'battery.present': true,
      },
    },
    expect: {
      rules: ['GB-ESS-SINGLE-USE-VAPES', 'GB-ESS-VAPES'],
      notRules: ['GB-ESS-VAPE-LIMITS'],
      certifications: ['GB-MHRA-VAPE-NOTIFICATION'],
      risk: 'high',
    },
  },
  {
    name: 'GB: a rechargeable, refillable pod vape is not caught by the single-use ban',
    market: 'GB',
    date: TODAY,
    product: {
      name: 'Refillable pod vape kit',
      category: 'e-cigarette',
      hsCode: '854340',
      facts: { single_use: false, 'nicotine.present': true, 'nicotine.mg_per_ml': 12, 'liquid.volume_ml': 2 },
    },
    expect: {
      rules: ['GB-ESS-VAPES'],
      notRules: ['GB-ESS-SINGLE-USE-VAPES', 'GB-ESS-VAPE-LIMITS'],
      certifications: ['GB-MHRA-VAPE-NOTIFICATION'],
      risk: 'high',
    },
  },
  {
    name: 'GB: a flick knife (button-opening) may not be imported or sold',
    market: 'GB',
    date: TODAY,
    product: {
      name: 'Automatic (button-opening) folding knife',
      category: 'knives',
      hsCode: '821193',
      facts: { 'blade.automatic': true, 'blade.folding': true, 'blade.length_cm': 8 },
    },
    expect: { rules: ['GB-ESS-FLICK-KNIVES'], risk: 'high' },
  },
  {
    name: 'GB: a manual folding pocket knife is outside the flick-knife ban',
    market: 'GB',
    date: TODAY,
    product: {
      name: 'Manual folding pocket knife, 6 cm blade',
      category: 'knives',
      hsCode: '821193',
      facts: {
        'blade.automatic': false,
        'blade.folding': true,
        'blade.locking': false,
        'blade.length_cm': 6,
      },
    },
    expect: { rules: ['GB-ESS-GPSR'], notRules: ['GB-ESS-FLICK-KNIVES', 'GB-ESS-OFFENSIVE-WEAPONS'] },
  },
  {
    name: 'GB: a face cream needs a UK responsible person and an SCPN notification',
    market: 'GB',
    date: TODAY,
    product: {
      name: 'Moisturising face cream',
      category: 'cosmetics',
      hsCode: '330499',
      origin: 'FR',
      ingredients: ['Aqua', 'Glycerin', 'Butyrospermum Parkii Butter', 'Phenoxyethanol'],
      facts: { 'brand.third_party': false },
    },
    expect: {
      rules: ['GB-ESS-COSMETICS', 'GB-ESS-GPSR'],
      notRules: ['GB-ESS-IPR-CUSTOMS'],
      certifications: ['GB-SCPN'],
      risk: 'medium',
    },
  },
];
