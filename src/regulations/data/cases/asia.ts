import type { RegulationCaseInput } from '../../knowledge/case.model.ts';

/**
 * Product cases for South Korea and India, written from the sources the rules cite (rules/kr.ts,
 * in.ts): what must apply, what must not, the certifications asked for and the risk band.
 */

const TODAY = '2026-11-22';

export const cases: RegulationCaseInput[] = [
  // South Korea.
  {
    name: 'KR: a Bluetooth speaker needs KC radio conformity; not the mains-appliance KC procedure',
    market: 'KR',
    date: TODAY,
    product: {
      name: 'Portable Bluetooth speaker',
      category: 'wireless-audio',
      hsCode: '851822',
      origin: 'CN',
      facts: { 'radio.present': true, 'radio.functions': ['bluetooth'], 'mains.present': false },
    },
    expect: {
      rules: ['KR-RADIO-CONFORMITY'],
      notRules: ['KR-KC-ELECTRICAL', 'KR-CHILDREN-PRODUCTS-KC'],
      certifications: ['KR-KC-RADIO'],
      risk: 'medium',
    },
  },
  {
    name: 'KR: a lithium-ion power bank is a KC safety confirmation item',
    market: 'KR',
    date: TODAY,
    product: {
      name: '10,000 mAh power bank',
      category: 'power-bank',
      hsCode: '850760',
      origin: 'CN',
      facts: {
        'battery.present': true,
        'battery.chemistry': 'li-ion',
        'battery.wh': 37,
        'radio.present': false,
      },
    },
    expect: {
      rules: ['KR-KC-LITHIUM-BATTERY'],
      notRules: ['KR-RADIO-CONFORMITY'],
      certifications: ['KR-KC-SAFETY'],
      risk: 'high',
    },
  },
  {
    name: "KR: a plastic toy for 3-year-olds needs the children's products KC mark",
    market: 'KR',
    date: TODAY,
    product: {
      name: 'Plastic building blocks',
      category: 'toys',
      hsCode: '950349',
      origin: 'VN',
      facts: { 'age.min_months': 36, 'battery.present': false, 'radio.present': false },
    },
    expect: {
      rules: ['KR-CHILDREN-PRODUCTS-KC'],
      notRules: ['KR-RADIO-CONFORMITY', 'KR-KC-LITHIUM-BATTERY'],
      certifications: ['KR-KC-CHILDREN'],
      risk: 'medium',
    },
  },
  {
    name: 'KR: a lipstick is placed on the market by a registered responsible cosmetics seller',
    market: 'KR',
    date: TODAY,
    product: { name: 'Matte lipstick', category: 'cosmetics', hsCode: '330410', origin: 'FR' },
    expect: {
      rules: ['KR-COSMETICS-RESPONSIBLE-SELLER'],
      notRules: ['KR-CHILDREN-PRODUCTS-KC'],
      certifications: ['KR-MFDS-COSMETIC-SELLER'],
      risk: 'medium',
    },
  },
  // India.
  {
    name: 'IN: e-cigarettes are prohibited',
    market: 'IN',
    date: TODAY,
    product: {
      name: 'Disposable nicotine vape',
      category: 'e-cigarette',
      hsCode: '854340',
      origin: 'CN',
      facts: { 'nicotine.present': true, 'nicotine.mg_per_ml': 20, single_use: true },
    },
    expect: { rules: ['IN-ECIG-PROHIBITED'], risk: 'high' },
  },
  {
    name: 'IN: before 18 September 2019 the e-cigarette ban did not yet apply',
    market: 'IN',
    date: '2019-09-01',
    product: { name: 'Refillable vape kit', category: 'e-cigarette', hsCode: '854340', origin: 'CN' },
    expect: { notRules: ['IN-ECIG-PROHIBITED'] },
  },
  {
    name: 'IN: a toy needs the ISI mark under a BIS licence from 1 January 2021',
    market: 'IN',
    date: TODAY,
    product: {
      name: 'Wooden puzzle',
      category: 'toys',
      hsCode: '950349',
      origin: 'DE',
      facts: { 'age.min_months': 36, 'battery.present': false },
    },
    expect: {
      rules: ['IN-TOYS-QCO', 'IN-LEGAL-METROLOGY-PACKAGED'],
      notRules: ['IN-ECIG-PROHIBITED', 'IN-BIS-CRS-ELECTRONICS'],
      certifications: ['IN-BIS-ISI'],
      risk: 'medium',
    },
  },
  {
    name: 'IN: the toys QCO did not yet apply in December 2020',
    market: 'IN',
    date: '2020-12-15',
    product: { name: 'Wooden puzzle', category: 'toys', hsCode: '950349', origin: 'DE' },
    expect: { rules: ['IN-LEGAL-METROLOGY-PACKAGED'], notRules: ['IN-TOYS-QCO'] },
  },
  {
    name: 'IN: a lipstick needs a CDSCO import registration certificate and Legal Metrology labelling',
    market: 'IN',
    date: TODAY,
    product: { name: 'Matte lipstick', category: 'cosmetics', hsCode: '330410', origin: 'FR' },
    expect: {
      rules: ['IN-COSMETICS-IMPORT-REGISTRATION', 'IN-LEGAL-METROLOGY-PACKAGED'],
      notRules: ['IN-TOYS-QCO'],
      certifications: ['IN-CDSCO-COSMETIC'],
      risk: 'medium',
    },
  },
  {
    name: 'IN: a laptop adaptor is registered under the BIS Compulsory Registration Scheme',
    market: 'IN',
    date: TODAY,
    product: {
      name: '65 W laptop power adaptor',
      category: 'charger',
      hsCode: '850440',
      origin: 'CN',
      facts: {
        'mains.present': true,
        'mains.voltage': 230,
        'battery.present': false,
        'radio.present': false,
      },
    },
    expect: {
      rules: ['IN-BIS-CRS-ELECTRONICS'],
      notRules: ['IN-TOYS-QCO'],
      certifications: ['IN-BIS-CRS'],
      risk: 'medium',
    },
  },
];
