import { asciiFold, type CountryProfile, independentParts, type Pair, placeFrom } from './profile.ts';
import type { Rng } from './rng.ts';

// Suppliers from the UK, the Americas, India and Vietnam.

function person(given: readonly string[], surnames: readonly string[]) {
  return (r: Rng) => {
    const first = r.pick(given);
    const last = r.pick(surnames);
    return { name: `${first} ${last}`, first: asciiFold(first), last: asciiFold(last).replace(/'/g, '') };
  };
}

function englishCompany(words: readonly string[], trades: readonly string[], forms: readonly string[]) {
  return (r: Rng) => {
    const word = r.pick(words);
    const legalName = `${word} ${r.pick(trades)} ${r.pick(forms)}`;
    return { legalName, latin: legalName, otherNames: r.chance(0.15) ? [word] : [] };
  };
}

const EN_GIVEN = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'Michael',
  'Jennifer',
  'David',
  'Linda',
  'Sarah',
  'Tom',
];
const EN_SURNAMES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Wilson',
  "O'Brien",
];

export const UNITED_KINGDOM: CountryProfile = {
  code: 'GB',
  spellings: ['GB', 'GB', 'UK', 'United Kingdom', 'Great Britain'],
  weight: 6,
  domains: ['co.uk', 'com'],
  supplier: independentParts({
    company: englishCompany(
      ['Albion', 'Britannia', 'Thames', 'Pennine', 'Highland', 'Sterling', 'Windsor', 'Mersey', 'Cotswold'],
      ['Engineering', 'Trading', 'Textiles', 'Components', 'Foods', 'Packaging', 'Plastics', 'Electronics'],
      ['Ltd', 'Limited', 'PLC', 'LLP'],
    ),
    place: (r) => {
      const [city, outwards] = r.pick([
        ['London', ['EC1A', 'SW1A', 'E14', 'N1', 'SE1']],
        ['Manchester', ['M1', 'M4', 'M50']],
        ['Birmingham', ['B1', 'B5']],
        ['Leeds', ['LS1', 'LS11']],
        ['Glasgow', ['G1', 'G2']],
        ['Bristol', ['BS1', 'BS2']],
      ] as const);
      return {
        city,
        postalCode: `${r.pick(outwards)} ${r.digits(1, true)}${r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`,
      };
    },
    street: (r) =>
      `${r.between(1, 300)} ${r.pick(['High Street', 'Station Road', 'Church Lane', 'Mill Road', "King's Road", 'Queen Street'])}`,
    registration: (r) =>
      r.chance(0.8)
        ? { type: 'crn', number: r.chance(0.9) ? `0${r.digits(7, true)}` : `SC${r.digits(6, true)}` }
        : { type: 'vat', number: `GB${r.digits(9)}` },
  }),
  person: person(EN_GIVEN, EN_SURNAMES),
};

export const UNITED_STATES: CountryProfile = {
  code: 'US',
  spellings: ['US', 'US', 'US', 'USA', 'United States'],
  weight: 10,
  domains: ['com', 'us'],
  supplier: independentParts({
    company: englishCompany(
      [
        'Pacific',
        'Atlantic',
        'Summit',
        'Liberty',
        'Eagle',
        'Midwest',
        'Blue Ridge',
        'Lone Star',
        'Great Lakes',
      ],
      [
        'Industries',
        'Manufacturing',
        'Supply',
        'Components',
        'Plastics',
        'Electronics',
        'Packaging',
        'Foods',
      ],
      ['Inc.', 'LLC', 'Corp.', 'Co.'],
    ),
    place: (r) =>
      placeFrom(
        r,
        [
          ['New York', '100'],
          ['Chicago', '606'],
          ['Los Angeles', '900'],
          ['Houston', '770'],
          ['Newark', '071'],
          ['Atlanta', '303'],
          ['Seattle', '981'],
          ['Detroit', '482'],
        ],
        (prefix) => `${prefix}${r.digits(2, true)}`,
      ),
    street: (r) =>
      `${r.between(1, 9999)} ${r.pick(['Main', 'Oak', 'Industrial', 'Commerce', 'Market', 'Lakeview'])} ${r.pick(['St', 'Ave', 'Blvd', 'Rd'])}${r.chance(0.2) ? `, Suite ${r.between(100, 900)}` : ''}`,
    registration: (r) => ({ type: 'ein', number: `${r.digits(2)}-${r.digits(7, true)}` }),
  }),
  person: person(EN_GIVEN, [...EN_SURNAMES, 'Garcia', 'Rodriguez', 'Nguyen']),
};

const BR_BRANDS = ['São João', 'Três Irmãos', 'Boa Esperança', 'Santa Luzia', 'Estrela', 'Ipiranga', 'União'];
export const BRAZIL: CountryProfile = {
  code: 'BR',
  spellings: ['BR', 'BR', 'Brazil'],
  weight: 4,
  domains: ['com.br'],
  supplier: independentParts({
    company: (r) => {
      const brand = r.pick(BR_BRANDS);
      const product = r.pick([
        'Calçados',
        'Plásticos',
        'Alimentos',
        'Têxteis',
        'Máquinas',
        'Embalagens',
        'Autopeças',
      ]);
      const legalName = r.chance(0.5)
        ? `${brand} Indústria e Comércio de ${product} ${r.pick(['Ltda.', 'S.A.'])}`
        : `${product} ${brand} ${r.pick(['Ltda.', 'EIRELI', 'ME'])}`;
      return { legalName, latin: asciiFold(legalName), otherNames: r.chance(0.3) ? [brand] : [] };
    },
    place: (r) =>
      placeFrom(
        r,
        [
          ['São Paulo', '01'],
          ['Rio de Janeiro', '20'],
          ['Belo Horizonte', '30'],
          ['Curitiba', '80'],
          ['Porto Alegre', '90'],
          ['Joinville', '89'],
          ['Franca', '14'],
        ],
        (prefix) => `${prefix}${r.digits(3, true)}-${r.digits(3, true)}`,
      ),
    street: (r) =>
      `${r.pick(['Rua', 'Avenida'])} ${r.pick(['das Indústrias', 'Sete de Setembro', 'Dom Pedro II', 'São Bento', 'Tiradentes'])}, ${r.between(1, 3000)}`,
    registration: (r) => ({
      type: 'cnpj',
      number: `${r.digits(2)}.${r.digits(3, true)}.${r.digits(3, true)}/0001-${r.digits(2, true)}`,
    }),
  }),
  person: person(
    ['João', 'Maria', 'José', 'Ana', 'Antônio', 'Luíza', 'Sebastião', 'Conceição'],
    ['Silva', 'Oliveira', 'Santos', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida'],
  ),
};

const IN_STATES: readonly Pair[] = [
  ['Mumbai', '27'],
  ['New Delhi', '07'],
  ['Ahmedabad', '24'],
  ['Surat', '24'],
  ['Tiruppur', '33'],
  ['Chennai', '33'],
  ['Ludhiana', '03'],
  ['Bengaluru', '29'],
];
const IN_PIN: Record<string, string> = {
  Mumbai: '400',
  'New Delhi': '110',
  Ahmedabad: '380',
  Surat: '395',
  Tiruppur: '641',
  Chennai: '600',
  Ludhiana: '141',
  Bengaluru: '560',
};
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const INDIA: CountryProfile = {
  code: 'IN',
  spellings: ['IN', 'IN', 'India'],
  weight: 6,
  domains: ['in', 'co.in', 'com'],
  supplier: (r) => {
    const company = englishCompany(
      ['Shree', 'Sri', 'Bharat', 'Ganesh', 'Lakshmi', 'Sai', 'Krishna', 'Balaji', 'Mahalaxmi'],
      [
        'Textiles',
        'Exports',
        'Industries',
        'Chemicals',
        'Engineering Works',
        'Pharma',
        'Handicrafts',
        'Polymers',
      ],
      ['Pvt. Ltd.', 'Private Limited', 'Ltd.', 'LLP'],
    )(r);
    const [city, state] = r.pick(IN_STATES);
    // GSTIN: state code, the PAN (5 letters, 4 digits, 1 letter), entity number, "Z", check character.
    const pan = `${r.chars(LETTERS, 5)}${r.digits(4, true)}${r.chars(LETTERS, 1)}`;
    return {
      company,
      city,
      postalCode: `${IN_PIN[city] ?? '110'}${r.digits(3, true)}`,
      street: `Plot No. ${r.between(1, 400)}, ${r.pick(['MIDC Industrial Area', 'GIDC Estate', 'Ring Road', 'Phase II Industrial Area'])}`,
      registration: {
        type: 'gstin',
        number: `${state}${pan}${r.between(1, 9)}Z${r.chars(`${LETTERS}0123456789`, 1)}`,
      },
    };
  },
  person: person(
    ['Rajesh', 'Priya', 'Amit', 'Sunita', 'Vikram', 'Anjali', 'Suresh', 'Deepak'],
    ['Kumar', 'Sharma', 'Patel', 'Gupta', 'Singh', 'Mehta', 'Reddy', 'Jain'],
  ),
};

const VN_TRADES: readonly Pair[] = [
  ['Dệt may', 'Garment'],
  ['Điện tử', 'Electronics'],
  ['Thực phẩm', 'Food'],
  ['Gỗ', 'Wood'],
  ['Nhựa', 'Plastics'],
  ['Cơ khí', 'Mechanical'],
  ['Giày da', 'Footwear'],
  ['Thủy sản', 'Seafood'],
];
const VN_FORMS: readonly Pair[] = [
  ['Công ty TNHH', 'Co., Ltd.'],
  ['Công ty Cổ phần', 'Joint Stock Company'],
  ['Công ty TNHH MTV', 'One Member Co., Ltd.'],
];
export const VIETNAM: CountryProfile = {
  code: 'VN',
  spellings: ['VN', 'VN', 'Vietnam', 'Viet Nam'],
  weight: 5,
  domains: ['com.vn', 'vn'],
  supplier: independentParts({
    company: (r) => {
      const [trade, tradeEn] = r.pick(VN_TRADES);
      const [form, formEn] = r.pick(VN_FORMS);
      const brand = r.pick([
        'Hưng Thịnh',
        'Phú Quý',
        'Thành Đạt',
        'Việt Tiến',
        'Hòa Bình',
        'Minh Long',
        'Đại Phát',
      ]);
      const latin = `${asciiFold(brand)} ${tradeEn} ${formEn}`;
      return { legalName: `${form} ${trade} ${brand}`, latin, otherNames: r.chance(0.8) ? [latin] : [] };
    },
    place: (r) =>
      placeFrom(
        r,
        [
          ['Hà Nội', '10'],
          ['Thành phố Hồ Chí Minh', '70'],
          ['Hải Phòng', '18'],
          ['Đà Nẵng', '55'],
          ['Bình Dương', '82'],
          ['Bắc Ninh', '16'],
        ],
        (prefix) => `${prefix}${r.digits(4, true)}`,
      ),
    street: (r) =>
      r.chance(0.3)
        ? `Lô ${r.chars('ABCDE', 1)}${r.between(1, 40)}, Khu công nghiệp ${r.pick(['Sóng Thần', 'VSIP', 'Tân Tạo'])}`
        : `Số ${r.between(1, 300)} đường ${r.pick(['Nguyễn Huệ', 'Lê Lợi', 'Trần Hưng Đạo', 'Hai Bà Trưng', 'Lý Thường Kiệt'])}`,
    // Mã số thuế: 10 digits.
    registration: (r) => ({ type: 'other', number: r.digits(10, true) }),
  }),
  person: (r) => {
    const last = r.pick(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng']);
    const first = r.pick(['Anh', 'Hùng', 'Lan', 'Dũng', 'Hương', 'Tuấn', 'Thảo', 'Quang']);
    return {
      name: `${last} ${r.pick(['Văn', 'Thị', 'Minh', 'Đức', 'Ngọc'])} ${first}`,
      first: asciiFold(first),
      last: asciiFold(last),
    };
  },
};
