import type { CountryProfile, Pair, SupplierBasics } from './profile.ts';
import type { Rng } from './rng.ts';

// Suppliers from the Gulf and Egypt: شركة النور للتجارة ذ.م.م with "Al Noor Trading LLC" as the other name.

const CORES: readonly Pair[] = [
  ['النور', 'Al Noor'],
  ['الأمل', 'Al Amal'],
  ['الخليج', 'Al Khaleej'],
  ['الصحراء', 'Al Sahraa'],
  ['الفجر', 'Al Fajr'],
  ['الرواد', 'Al Rowad'],
  ['النخبة', 'Al Nokhba'],
  ['الشرق', 'Al Sharq'],
  ['الريادة', 'Al Riyada'],
  ['المستقبل', 'Al Mustaqbal'],
  ['الهلال', 'Al Hilal'],
  ['الواحة', 'Al Waha'],
  ['البركة', 'Al Baraka'],
  ['السلام', 'Al Salam'],
];
const ACTIVITIES: readonly Pair[] = [
  ['للتجارة', 'Trading'],
  ['للصناعات', 'Industries'],
  ['للمقاولات', 'Contracting'],
  ['للإلكترونيات', 'Electronics'],
  ['للمواد الغذائية', 'Foodstuff'],
  ['للمنسوجات', 'Textiles'],
  ['للكيماويات', 'Chemicals'],
  ['للتجارة العامة', 'General Trading'],
  ['للاستيراد والتصدير', 'Import & Export'],
  ['للبلاستيك', 'Plastics'],
];
const STREETS: readonly Pair[] = [
  ['الملك فهد', 'King Fahd'],
  ['الشيخ زايد', 'Sheikh Zayed'],
  ['التحرير', 'Tahrir'],
  ['الجمهورية', 'Al Gomhoria'],
  ['الملك عبدالعزيز', 'King Abdulaziz'],
  ['العليا', 'Olaya'],
  ['الكورنيش', 'Corniche'],
];
const GIVEN: readonly Pair[] = [
  ['محمد', 'Mohammed'],
  ['أحمد', 'Ahmed'],
  ['فاطمة', 'Fatima'],
  ['عبدالله', 'Abdullah'],
  ['خالد', 'Khalid'],
  ['نورة', 'Noura'],
  ['يوسف', 'Youssef'],
  ['مريم', 'Maryam'],
  ['عمر', 'Omar'],
  ['سارة', 'Sara'],
];
const FAMILY: readonly Pair[] = [
  ['الهاشمي', 'Al Hashimi'],
  ['العتيبي', 'Al Otaibi'],
  ['المنصوري', 'Al Mansouri'],
  ['حسن', 'Hassan'],
  ['إبراهيم', 'Ibrahim'],
  ['الشمري', 'Al Shammari'],
  ['عبدالرحمن', 'Abdelrahman'],
  ['السيد', 'El Sayed'],
];

type City = readonly [string, string, string];

function arabicSupplier(
  forms: readonly Pair[],
  cities: readonly City[],
  postalCode: (r: Rng, prefix: string) => string,
  registration: (r: Rng) => { type: string; number: string },
): (r: Rng) => SupplierBasics {
  return (r) => {
    const [core, coreEn] = r.pick(CORES);
    const [activity, activityEn] = r.pick(ACTIVITIES);
    const [form, formEn] = r.pick(forms);
    const latin = `${coreEn} ${activityEn} ${formEn}`;
    const [city, cityEn, prefix] = r.pick(cities);
    const [street, streetEn] = r.pick(STREETS);
    const number = r.between(1, 400);
    return {
      company: {
        legalName: `شركة ${core} ${activity} ${form}`.trim(),
        latin,
        otherNames: r.chance(0.85) ? [latin] : [],
      },
      city: r.chance(0.5) ? city : cityEn,
      postalCode: postalCode(r, prefix),
      street: r.chance(0.6) ? `شارع ${street}، ${number}` : `${number} ${streetEn} Street`,
      registration: registration(r),
    };
  };
}

function arabicPerson(r: Rng) {
  const [given, first] = r.pick(GIVEN);
  const [family, last] = r.pick(FAMILY);
  return { name: `${given} ${family}`, first, last: last.replace(/\s+/g, '') };
}

export const EMIRATES: CountryProfile = {
  code: 'AE',
  spellings: ['AE', 'AE', 'UAE', 'United Arab Emirates'],
  weight: 4,
  domains: ['ae', 'com'],
  supplier: arabicSupplier(
    [
      ['ذ.م.م', 'LLC'],
      ['ذ.م.م', 'L.L.C.'],
      ['م.د.م.س', 'DMCC'],
    ],
    [
      ['دبي', 'Dubai', ''],
      ['أبوظبي', 'Abu Dhabi', ''],
      ['الشارقة', 'Sharjah', ''],
      ['عجمان', 'Ajman', ''],
    ],
    // No postal codes in the Emirates: files carry the P.O. box.
    (r) => `P.O. Box ${r.digits(r.between(4, 6))}`,
    // Tax registration number: 15 digits starting 100.
    (r) => ({ type: 'vat', number: `100${r.digits(12, true)}` }),
  ),
  person: arabicPerson,
};

export const SAUDI_ARABIA: CountryProfile = {
  code: 'SA',
  spellings: ['SA', 'SA', 'Saudi Arabia'],
  weight: 3,
  domains: ['sa', 'com.sa', 'com'],
  supplier: arabicSupplier(
    [
      ['المحدودة', 'Co. Ltd.'],
      ['', 'Co.'],
    ],
    [
      ['الرياض', 'Riyadh', '11'],
      ['جدة', 'Jeddah', '21'],
      ['الدمام', 'Dammam', '32'],
      ['مكة المكرمة', 'Makkah', '24'],
    ],
    (r, prefix) => `${prefix}${r.digits(3, true)}`,
    // VAT number: 15 digits, starting and ending with 3.
    (r) => ({ type: 'vat', number: `3${r.digits(13, true)}3` }),
  ),
  person: arabicPerson,
};

export const EGYPT: CountryProfile = {
  code: 'EG',
  spellings: ['EG', 'EG', 'Egypt'],
  weight: 2,
  domains: ['com.eg', 'eg', 'com'],
  supplier: arabicSupplier(
    [
      ['ش.ذ.م.م', 'LLC'],
      ['ش.م.م', 'S.A.E.'],
    ],
    [
      ['القاهرة', 'Cairo', '11'],
      ['الإسكندرية', 'Alexandria', '21'],
      ['الجيزة', 'Giza', '12'],
      ['بورسعيد', 'Port Said', '42'],
    ],
    (r, prefix) => `${prefix}${r.digits(3, true)}`,
    // Tax card number, written 123-456-789.
    (r) => ({ type: 'other', number: `${r.digits(3)}-${r.digits(3, true)}-${r.digits(3, true)}` }),
  ),
  person: arabicPerson,
};
