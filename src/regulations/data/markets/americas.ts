import type { MarketInput } from '../../knowledge/knowledge.model.ts';
import { eu, market, ofac, source, uk } from './shared/common.ts';

/**
 * The Americas: North America in depth (US, Canada, Mexico), South America's main markets (Brazil, Argentina,
 * Chile in depth), the Andean Community, MERCOSUR, Central America and the Caribbean. Rates in force on 2026-11-22.
 */

const US_19_USC_1321 = source(
  '19 U.S.C. 1321 — Administrative exemptions (de minimis)',
  'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title19-section1321&num=0&edition=prelim',
  'Office of the Law Revision Counsel, US House of Representatives',
  '19 U.S.C. 1321(a)(2)(C)',
);

const inDepth: MarketInput[] = [
  market({
    code: 'US',
    name: 'United States',
    depth: 'in_depth',
    currency: 'USD',
    importTax: {
      name: 'sales and use tax (state and local)',
      standardRate: null,
      notes:
        'No federal VAT or sales tax on imports: states and localities levy sales/use taxes at their own rates. Customs duties follow the Harmonized Tariff Schedule, with additional duties under Sections 232 and 301 and other authorities (the IEEPA tariffs ended after the Supreme Court ruling of February 2026).',
      source: source(
        'Harmonized Tariff Schedule of the United States',
        'https://hts.usitc.gov/',
        'US International Trade Commission',
      ),
    },
    deMinimis: [
      {
        effectiveFrom: '2016-03-10',
        effectiveTo: '2025-08-28',
        duty: { amount: 800, currency: 'USD' },
        tax: { amount: 800, currency: 'USD' },
        notes:
          'Section 321: goods imported by one person on one day with a fair retail value up to USD 800 entered free of duty and tax (raised from USD 200 by the Trade Facilitation and Trade Enforcement Act of 2015). Goods of China and Hong Kong lost this treatment from 2025-05-02 (EO 14256). There is no federal import VAT in any period.',
        source: US_19_USC_1321,
      },
      {
        effectiveFrom: '2025-08-29',
        effectiveTo: '2026-06-23',
        duty: null,
        tax: null,
        notes:
          'Executive Order 14324 suspended duty-free de minimis treatment for low-value shipments from all countries from 2025-08-29: every shipment is entered and pays the applicable duties (postal shipments under a special duty regime). The suspension was kept after the Supreme Court\u2019s February 2026 ruling on IEEPA tariffs. There is no federal import VAT.',
        source: source(
          'Executive Order 14324 — Suspending Duty-Free De Minimis Treatment for All Countries',
          'https://www.whitehouse.gov/presidential-actions/2025/07/suspending-duty-free-de-minimis-treatment-for-all-countries/',
          'The White House',
        ),
      },
      {
        effectiveFrom: '2026-06-24',
        duty: null,
        tax: null,
        notes:
          'CBP interim final rules (91 FR 37789, non-postal; 91 FR 37801, postal) suspend the Section 321 de minimis indefinitely under CBP\u2019s own authority (19 U.S.C. 1321(b); 19 CFR 10.151 and 145.31), independently of the executive orders. The statutory de minimis for commercial shipments is repealed from 2027-07-01 (Public Law 119-21, sec. 70308). There is no federal import VAT.',
        source: source(
          'CBP interim final rule suspending de minimis treatment (following Executive Order 14324), FR Doc. 2026-12670',
          'https://www.federalregister.gov/d/2026-12670',
          'Federal Register',
        ),
      },
    ],
    dataProtection: {
      law: 'No comprehensive federal law: the FTC Act (s. 5) and sectoral federal laws (COPPA, HIPAA, GLBA), and state laws such as the California Consumer Privacy Act',
      source: source(
        'Privacy and security guidance for business',
        'https://www.ftc.gov/business-guidance/privacy-security',
        'US Federal Trade Commission',
      ),
    },
  }),
  market({
    code: 'CA',
    name: 'Canada',
    depth: 'in_depth',
    currency: 'CAD',
    importTax: {
      name: 'GST (federal)',
      standardRate: 5,
      notes:
        'GST 5 % on imports; the participating provinces levy HST instead (13 % Ontario, 14 % Nova Scotia from 2025-04-01, 15 % New Brunswick, Newfoundland and Labrador, Prince Edward Island); other provinces levy their own sales taxes.',
      source: source(
        'GST/HST rates',
        'https://www.canada.ca/en/revenue-agency/services/tax/businesses/topics/gst-hst-businesses/charge-collect-which-rate/calculator.html',
        'Canada Revenue Agency',
      ),
    },
    deMinimis: [
      {
        effectiveFrom: '2020-07-01',
        duty: { amount: 20, currency: 'CAD' },
        tax: { amount: 20, currency: 'CAD' },
        notes:
          'Value for duty. By post from any country, and by courier from countries other than the US and Mexico: duty and tax free up to CAD 20. By courier from the US or Mexico (CUSMA, from 2020-07-01): duty and tax free up to CAD 40, duty free but taxed from CAD 40 to 150, both above CAD 150. The CAD 20 threshold is older than the start date recorded here.',
        source: source(
          'Increase to low-value shipment thresholds (CUSMA)',
          'https://www.cbsa-asfc.gc.ca/services/cusma-aceum/lvs-efv-eng.html',
          'Canada Border Services Agency',
        ),
      },
    ],
    dataProtection: {
      law: 'Personal Information Protection and Electronic Documents Act (PIPEDA); Quebec\u2019s Law 25 and other provincial laws',
      source: source(
        'Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5)',
        'https://laws-lois.justice.gc.ca/eng/acts/P-8.6/',
        'Justice Laws Website (Government of Canada)',
      ),
    },
  }),
  market({
    code: 'MX',
    name: 'Mexico',
    depth: 'in_depth',
    currency: 'MXN',
    importTax: {
      name: 'VAT (IVA)',
      standardRate: 16,
      notes:
        '8 % in the northern and southern border regions under a decree for residents there; 16 % on imports in general.',
      source: source(
        'Ley del Impuesto al Valor Agregado',
        'https://www.diputados.gob.mx/LeyesBiblio/pdf/LIVA.pdf',
        'Cámara de Diputados (federal legislation)',
        'Art. 1, 24–28',
      ),
    },
    deMinimis: [
      {
        effectiveFrom: '2020-07-01',
        effectiveTo: '2024-12-31',
        duty: { amount: 50, currency: 'USD' },
        tax: { amount: 50, currency: 'USD' },
        notes:
          'Courier shipments: no duty or taxes up to USD 50; for goods from the United States and Canada the USMCA commitment (Art. 7.8) raised the duty-free amount to USD 117 (taxes above USD 50).',
        source: source(
          'United States-Mexico-Canada Agreement',
          'https://ustr.gov/usmca',
          'Office of the US Trade Representative',
          'Chapter 7, Art. 7.8',
        ),
      },
      {
        effectiveFrom: '2025-01-01',
        duty: null,
        tax: null,
        notes:
          'Courier simplified procedure: goods from countries without a trade agreement pay a global rate (duty and IVA together) from the first dollar: 19 %, 33.5 % from 2025-08-15. Goods from the United States or Canada: up to USD 50 no IGI or IVA (processing fee only), USD 50–117 a global rate of 17 %, above USD 117 19 %; from Panama, CPTPP and Pacific Alliance members only up to USD 1 is exempt. Recorded from the rules for 2025; the rules for 2026 (DOF 2025-12-27) were not checked for changes to rule 3.7.35.',
        source: source(
          'Reglas Generales de Comercio Exterior para 2025, rule 3.7.35 (and amending resolutions)',
          'https://www.dof.gob.mx/',
          'Diario Oficial de la Federación',
        ),
      },
    ],
    dataProtection: {
      law: 'Ley Federal de Protección de Datos Personales en Posesión de los Particulares (2025)',
      source: source(
        'Ley Federal de Protección de Datos Personales en Posesión de los Particulares',
        'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFPDPPP.pdf',
        'Cámara de Diputados (federal legislation)',
      ),
    },
  }),
  market({
    code: 'BR',
    name: 'Brazil',
    depth: 'in_depth',
    memberOf: ['MERCOSUR'],
    currency: 'BRL',
    importTax: {
      name: 'ICMS (state) with federal II, IPI and PIS/COFINS-Import',
      standardRate: null,
      notes:
        'No single national VAT: the states set ICMS (17–23 % standard, 17–20 % on Remessa Conforme parcels); federal import duty (II), IPI and PIS/COFINS-Import add to it. The consumption-tax reform (CBS and IBS, Constitutional Amendment 132/2023) runs a test phase from 2026 and replaces these taxes by 2033.',
      source: source(
        'Receita Federal — tributos sobre importação',
        'https://www.gov.br/receitafederal/',
        'Receita Federal do Brasil',
      ),
    },
    deMinimis: [
      {
        effectiveFrom: '2023-08-01',
        effectiveTo: '2024-07-31',
        duty: { amount: 50, currency: 'USD' },
        tax: null,
        notes:
          'Import duty 0 % on parcels up to USD 50 sold by e-commerce companies certified in the Remessa Conforme programme; ICMS (17 %) on all.',
        source: source(
          'Programa Remessa Conforme',
          'https://www.gov.br/receitafederal/pt-br/assuntos/aduana-e-comercio-exterior/remessas-postal-e-expressa/remessa-conforme',
          'Receita Federal do Brasil',
        ),
      },
      {
        effectiveFrom: '2024-08-01',
        duty: null,
        tax: null,
        notes:
          'Law 14.902/2024: import duty of 20 % on international purchases up to USD 50 and 60 % above (less USD 20); ICMS on all.',
        source: source(
          'Lei nº 14.902, de 27 de junho de 2024',
          'https://www.planalto.gov.br/ccivil_03/_ato2023-2026/2024/lei/l14902.htm',
          'Presidência da República (Planalto)',
        ),
      },
    ],
    dataProtection: {
      law: 'Lei Geral de Proteção de Dados Pessoais (LGPD), Lei nº 13.709/2018',
      source: source(
        'Lei nº 13.709, de 14 de agosto de 2018 (LGPD)',
        'https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm',
        'Presidência da República (Planalto)',
      ),
    },
  }),
  market({
    code: 'AR',
    name: 'Argentina',
    depth: 'in_depth',
    memberOf: ['MERCOSUR'],
    currency: 'ARS',
    importTax: {
      name: 'VAT (IVA)',
      standardRate: 21,
      notes: 'Imports also bear IVA perceptions and income-tax advance payments collected by customs.',
      source: source(
        'Impuesto al Valor Agregado',
        'https://www.arca.gob.ar/',
        'Agencia de Recaudación y Control Aduanero (ARCA)',
      ),
    },
    deMinimis: [
      {
        effectiveFrom: '2024-12-01',
        duty: { amount: 400, currency: 'USD' },
        tax: null,
        notes:
          'Courier regime for personal use (RG ARCA 5608/2024): import duty and statistics fee waived up to USD 400 FOB per shipment, up to 5 shipments a year; IVA 21 % on every shipment. Shipments up to USD 3,000.',
        source: source(
          'Resolución General ARCA 5608/2024 (régimen de envíos courier)',
          'https://www.boletinoficial.gob.ar/',
          'Boletín Oficial de la República Argentina',
        ),
      },
    ],
    dataProtection: {
      law: 'Ley 25.326 de Protección de los Datos Personales',
      source: source(
        'Ley 25.326 — Protección de los datos personales',
        'https://www.argentina.gob.ar/normativa/nacional/ley-25326-64790',
        'Argentina.gob.ar',
      ),
    },
  }),
  market({
    code: 'CL',
    name: 'Chile',
    depth: 'in_depth',
    currency: 'CLP',
    importTax: {
      name: 'VAT (IVA)',
      standardRate: 19,
      source: source('Impuesto al Valor Agregado', 'https://www.sii.cl/', 'Servicio de Impuestos Internos'),
    },
    deMinimis: [
      {
        effectiveFrom: '2024-10-24',
        effectiveTo: '2025-10-24',
        duty: { amount: 41, currency: 'USD' },
        tax: { amount: 41, currency: 'USD' },
        notes:
          'Occasional postal and courier shipments to natural persons up to USD 41 (tariff position 0023) were free of duty and IVA. The start date is the earliest day this knowledge base vouches for (the threshold is older).',
        source: source(
          'Envíos de bajo valor — franquicia USD 41',
          'https://www.aduana.cl/',
          'Servicio Nacional de Aduanas',
        ),
      },
      {
        effectiveFrom: '2025-10-25',
        duty: { amount: 500, currency: 'USD' },
        tax: null,
        notes:
          'Law 21.713: IVA 19 % on every remote purchase of goods; foreign platforms registered with the SII charge it at sale for goods up to USD 500 (otherwise paid at customs). Goods up to USD 500 are free of the 6 % customs duty (the duty-free limit may have applied earlier).',
        source: source(
          'Ley 21.713 — IVA en compras de bienes en el extranjero',
          'https://www.sii.cl/',
          'Servicio de Impuestos Internos',
        ),
      },
    ],
    dataProtection: {
      law: 'Ley 19.628 sobre Protección de la Vida Privada; Ley 21.719 (new data protection law, applying from 2026-12-01)',
      source: source(
        'Ley 19.628 sobre protección de la vida privada',
        'https://www.bcn.cl/leychile/navegar?idNorma=141599',
        'Biblioteca del Congreso Nacional de Chile',
      ),
    },
  }),
];

const basic: MarketInput[] = [
  market({
    code: 'PE',
    name: 'Peru',
    memberOf: ['CAN'],
    currency: 'PEN',
    importTax: {
      name: 'IGV (with IPM)',
      standardRate: 18,
      notes: 'IGV 16 % plus the municipal promotion tax (IPM) 2 %.',
      source: source('Impuesto General a las Ventas', 'https://www.sunat.gob.pe/', 'SUNAT'),
    },
    dataProtection: {
      law: 'Ley 29733 de Protección de Datos Personales',
      source: source(
        'Ley 29733 de Protección de Datos Personales',
        'https://www.gob.pe/anpd',
        'Autoridad Nacional de Protección de Datos Personales',
      ),
    },
  }),
  market({
    code: 'CO',
    name: 'Colombia',
    memberOf: ['CAN'],
    currency: 'COP',
    importTax: {
      name: 'VAT (IVA)',
      standardRate: 19,
      source: source('Impuesto sobre las Ventas (IVA)', 'https://www.dian.gov.co/', 'DIAN'),
    },
    dataProtection: {
      law: 'Ley Estatutaria 1581 de 2012 (protección de datos personales)',
      source: source(
        'Ley 1581 de 2012',
        'https://www.sic.gov.co/',
        'Superintendencia de Industria y Comercio',
      ),
    },
  }),
  market({
    code: 'EC',
    name: 'Ecuador',
    memberOf: ['CAN'],
    currency: 'USD',
    importTax: {
      name: 'VAT (IVA)',
      standardRate: 15,
      notes: '15 % from 2024-04-01 (12 % before).',
      source: source('Impuesto al Valor Agregado', 'https://www.sri.gob.ec/', 'Servicio de Rentas Internas'),
    },
    dataProtection: {
      law: 'Ley Orgánica de Protección de Datos Personales (2021)',
      source: source(
        'Ley Orgánica de Protección de Datos Personales',
        'https://www.spdp.gob.ec/',
        'Superintendencia de Protección de Datos Personales',
      ),
    },
  }),
  market({
    code: 'UY',
    name: 'Uruguay',
    memberOf: ['MERCOSUR'],
    currency: 'UYU',
    importTax: {
      name: 'VAT (IVA)',
      standardRate: 22,
      source: source(
        'Impuesto al Valor Agregado',
        'https://www.gub.uy/direccion-general-impositiva/',
        'Dirección General Impositiva',
      ),
    },
    dataProtection: {
      law: 'Ley 18.331 de Protección de Datos Personales',
      source: source(
        'Ley 18.331',
        'https://www.impo.com.uy/bases/leyes/18331-2008',
        'IMPO (official publications)',
      ),
    },
  }),
  market({
    code: 'PY',
    name: 'Paraguay',
    memberOf: ['MERCOSUR'],
    currency: 'PYG',
    importTax: {
      name: 'VAT (IVA)',
      standardRate: 10,
      source: source(
        'Impuesto al Valor Agregado',
        'https://www.dnit.gov.py/',
        'Dirección Nacional de Ingresos Tributarios',
      ),
    },
    dataProtection: {
      law: 'Ley 7593/2025 de Protección de Datos Personales (promulgated 2025-11-27, applies 24 months later); Ley 6534/2020 on credit data meanwhile',
      source: source(
        'Ley N° 7593/2025 De Protección de Datos Personales en la República del Paraguay',
        'https://www.bacn.gov.py/',
        'Biblioteca y Archivo Central del Congreso Nacional',
      ),
    },
  }),
  market({
    code: 'BO',
    name: 'Bolivia',
    memberOf: ['CAN'],
    currency: 'BOB',
    importTax: {
      name: 'VAT (IVA)',
      standardRate: 13,
      source: source(
        'Impuesto al Valor Agregado',
        'https://www.impuestos.gob.bo/',
        'Servicio de Impuestos Nacionales',
      ),
    },
    dataProtection: null,
  }),
  market({
    code: 'PA',
    name: 'Panama',
    currency: 'USD',
    importTax: {
      name: 'ITBMS',
      standardRate: 7,
      notes: 'The US dollar circulates as legal tender beside the balboa (PAB).',
      source: source(
        'Impuesto de Transferencia de Bienes Muebles y Servicios',
        'https://dgi.mef.gob.pa/',
        'Dirección General de Ingresos',
      ),
    },
    dataProtection: {
      law: 'Ley 81 de 2019 sobre Protección de Datos Personales',
      source: source('Ley 81 de 2019', 'https://www.antai.gob.pa/', 'ANTAI'),
    },
  }),
  market({
    code: 'CR',
    name: 'Costa Rica',
    currency: 'CRC',
    importTax: {
      name: 'VAT (IVA)',
      standardRate: 13,
      source: source('Impuesto al Valor Agregado', 'https://www.hacienda.go.cr/', 'Ministerio de Hacienda'),
    },
    dataProtection: {
      law: 'Ley 8968 de Protección de la Persona frente al Tratamiento de sus Datos Personales',
      source: source('Ley 8968', 'https://www.prodhab.go.cr/', 'PRODHAB'),
    },
  }),
  market({
    code: 'GT',
    name: 'Guatemala',
    currency: 'GTQ',
    importTax: {
      name: 'VAT (IVA)',
      standardRate: 12,
      source: source(
        'Impuesto al Valor Agregado',
        'https://portal.sat.gob.gt/',
        'Superintendencia de Administración Tributaria',
      ),
    },
    dataProtection: null,
  }),
  market({
    code: 'DO',
    name: 'Dominican Republic',
    currency: 'DOP',
    importTax: {
      name: 'ITBIS',
      standardRate: 18,
      source: source(
        'Impuesto sobre las Transferencias de Bienes Industrializados y Servicios',
        'https://dgii.gov.do/',
        'Dirección General de Impuestos Internos',
      ),
    },
    dataProtection: {
      law: 'Ley 172-13 sobre protección integral de los datos personales',
      source: source(
        'Ley núm. 172-13',
        'https://www.consultoria.gov.do/',
        'Consultoría Jurídica del Poder Ejecutivo',
      ),
    },
  }),
  market({
    code: 'JM',
    name: 'Jamaica',
    memberOf: ['CARICOM'],
    currency: 'JMD',
    importTax: {
      name: 'GCT',
      standardRate: 15,
      source: source(
        'General Consumption Tax',
        'https://www.jamaicatax.gov.jm/',
        'Tax Administration Jamaica',
      ),
    },
    dataProtection: {
      law: 'Data Protection Act, 2020',
      source: source(
        'Data Protection Act, 2020',
        'https://oic.gov.jm/',
        'Office of the Information Commissioner',
      ),
    },
  }),
  market({
    code: 'CU',
    name: 'Cuba',
    currency: 'CUP',
    importTax: {
      name: 'sales and customs taxes',
      standardRate: null,
      notes: 'No single import VAT rate could be sourced; left open.',
      source: source('Oficina Nacional de Administración Tributaria', 'https://www.onat.gob.cu/', 'ONAT'),
    },
    sanctions: [
      ofac(
        'Cuba Sanctions',
        'cuba-sanctions',
        'comprehensive',
        'Embargo: trade, financial and travel transactions with Cuba are prohibited for US persons except as authorised (Cuban Assets Control Regulations, 31 CFR part 515).',
      ),
    ],
    dataProtection: {
      law: 'Ley 149/2022 de Protección de Datos Personales',
      source: source(
        'Ley 149 de Protección de Datos Personales',
        'https://www.gacetaoficial.gob.cu/',
        'Gaceta Oficial de la República de Cuba',
      ),
    },
  }),
  market({
    code: 'VE',
    name: 'Venezuela',
    currency: 'VES',
    importTax: {
      name: 'VAT (IVA)',
      standardRate: 16,
      source: source('Impuesto al Valor Agregado', 'https://www.seniat.gob.ve/', 'SENIAT'),
    },
    sanctions: [
      ofac(
        'Venezuela-Related Sanctions',
        'venezuela-related-sanctions',
        'sectoral',
        'Blocking of the Government of Venezuela (EO 13884), PdVSA and the oil, gold and financial sectors. After January 2026 OFAC general licences (GL 46–50A) authorise defined oil-sector transactions; the rest stays blocked.',
      ),
      eu(
        'arms_embargo',
        'Arms embargo, ban on equipment for internal repression, asset freezes and travel bans.',
        {
          title:
            'Council Regulation (EU) 2017/2063 concerning restrictive measures in view of the situation in Venezuela',
          eli: 'reg/2017/2063',
        },
      ),
      uk('targeted', 'Asset freezes and travel bans; arms embargo.', {
        title: 'The Venezuela (Sanctions) (EU Exit) Regulations 2019',
        path: 'uksi/2019/135',
      }),
    ],
    dataProtection: null,
  }),
  market({
    code: 'NI',
    name: 'Nicaragua',
    currency: 'NIO',
    importTax: {
      name: 'VAT (IVA)',
      standardRate: 15,
      source: source(
        'Impuesto al Valor Agregado',
        'https://www.dgi.gob.ni/',
        'Dirección General de Ingresos',
      ),
    },
    sanctions: [
      ofac(
        'Nicaragua-Related Sanctions',
        'nicaragua-related-sanctions',
        'targeted',
        'Blocking of officials and entities of the Ortega-Murillo government (EO 13851, EO 14088).',
      ),
      eu(
        'targeted',
        'Asset freezes and travel bans on persons responsible for human-rights violations and undermining democracy.',
      ),
    ],
    dataProtection: null,
  }),
];

export const markets: MarketInput[] = [...inDepth, ...basic];
