import type { Rng } from '../data/rng.ts';

// Frequent given names and surnames of many cultures, for names of people who are on no list: the honest test
// of false positives is the common name that shares words with listed ones ("Mohammed Ali", "Jose Garcia").
// Written for the benchmark from general knowledge of name frequencies; the engine has no copy of it.

const CULTURES: { given: string[]; family: string[]; order?: 'family-first' }[] = [
  {
    given: ['James', 'John', 'Robert', 'Michael', 'David', 'Mary', 'Jennifer', 'Linda', 'Sarah', 'Thomas'],
    family: [
      'Smith',
      'Johnson',
      'Williams',
      'Brown',
      'Jones',
      'Miller',
      'Davis',
      'Wilson',
      'Taylor',
      'Clark',
    ],
  },
  {
    given: ['Jose', 'Juan', 'Carlos', 'Luis', 'Maria', 'Ana', 'Jorge', 'Miguel', 'Carmen', 'Pedro'],
    family: ['Garcia', 'Rodriguez', 'Martinez', 'Lopez', 'Gonzalez', 'Perez', 'Sanchez', 'Ramirez', 'Torres'],
  },
  {
    given: [
      'Mohammed',
      'Ahmed',
      'Ali',
      'Omar',
      'Hassan',
      'Fatima',
      'Khalid',
      'Youssef',
      'Ibrahim',
      'Mustafa',
    ],
    family: [
      'Hassan',
      'Ali',
      'Ahmed',
      'Mahmoud',
      'Ibrahim',
      'Abdullah',
      'Saleh',
      'Nasser',
      'Khalil',
      'Haddad',
    ],
  },
  {
    given: ['Reza', 'Mehdi', 'Hossein', 'Zahra', 'Maryam', 'Amir', 'Ali', 'Hamid', 'Saeed', 'Mohammad'],
    family: ['Hosseini', 'Mohammadi', 'Ahmadi', 'Rezaei', 'Karimi', 'Moradi', 'Jafari', 'Rahimi', 'Kazemi'],
  },
  {
    given: [
      'Sergei',
      'Alexander',
      'Dmitry',
      'Andrei',
      'Olga',
      'Elena',
      'Ivan',
      'Natalia',
      'Vladimir',
      'Igor',
    ],
    family: ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Sokolov', 'Lebedev', 'Kozlov', 'Novikov', 'Morozov'],
  },
  {
    given: ['Wei', 'Fang', 'Li', 'Jun', 'Lei', 'Jing', 'Yan', 'Ming', 'Hui', 'Xin'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou'],
    order: 'family-first',
  },
  {
    given: ['Rahul', 'Amit', 'Priya', 'Sunil', 'Anil', 'Deepak', 'Pooja', 'Rajesh', 'Suresh', 'Neha'],
    family: ['Sharma', 'Patel', 'Singh', 'Kumar', 'Gupta', 'Shah', 'Reddy', 'Mehta', 'Joshi', 'Nair'],
  },
  {
    given: ['Thomas', 'Michael', 'Andreas', 'Stefan', 'Anna', 'Julia', 'Peter', 'Klaus', 'Sabine', 'Markus'],
    family: ['Muller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann'],
  },
  {
    given: ['Mehmet', 'Mustafa', 'Ahmet', 'Ayse', 'Fatma', 'Emine', 'Huseyin', 'Hasan', 'Ibrahim', 'Murat'],
    family: ['Yilmaz', 'Kaya', 'Demir', 'Sahin', 'Celik', 'Yildiz', 'Yildirim', 'Ozturk', 'Aydin', 'Ozdemir'],
  },
  {
    given: ['Minh', 'Anh', 'Hung', 'Linh', 'Tuan', 'Huong', 'Thanh', 'Dung', 'Hoa', 'Nam'],
    family: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Phan', 'Vu', 'Dang', 'Bui', 'Do'],
    order: 'family-first',
  },
  {
    given: ['Min-jun', 'Seo-yeon', 'Ji-hoon', 'Ji-woo', 'Hyun-woo', 'Soo-jin', 'Young-ho', 'Eun-ji'],
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim'],
    order: 'family-first',
  },
  {
    given: ['Jean', 'Pierre', 'Marie', 'Nathalie', 'Philippe', 'Isabelle', 'Michel', 'Sophie', 'Nicolas'],
    family: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy'],
  },
  {
    given: ['Joao', 'Antonio', 'Francisco', 'Paulo', 'Lucas', 'Ana', 'Mariana', 'Rafael', 'Gabriel'],
    family: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Ferreira', 'Almeida', 'Carvalho'],
  },
];

/** A common name of a random culture, sometimes with a second given name, in that culture's order. */
export function commonPersonName(rng: Rng): string {
  const culture = rng.pick(CULTURES);
  const given = rng.chance(0.25)
    ? `${rng.pick(culture.given)} ${rng.pick(culture.given)}`
    : rng.pick(culture.given);
  const family = rng.pick(culture.family);
  return culture.order === 'family-first' ? `${family} ${given}` : `${given} ${family}`;
}

const COMPANY_WORDS = [
  'Global',
  'Star',
  'Golden',
  'Eagle',
  'Pacific',
  'Atlantic',
  'United',
  'Royal',
  'Silver',
  'Ocean',
  'Sun',
  'Green',
  'Blue',
  'Alpha',
  'Delta',
  'Prime',
  'Nova',
  'Asia',
  'Euro',
  'Orient',
  'Crescent',
  'Falcon',
  'Summit',
  'Pioneer',
  'Horizon',
  'Phoenix',
  'Victory',
  'Unity',
  'Al Noor',
  'Al Amal',
  'Sino',
  'Trans',
];
const COMPANY_TRADES = [
  'Trading',
  'General Trading',
  'Shipping',
  'Industries',
  'Logistics',
  'Electronics',
  'Technology',
  'Investment',
  'Holdings',
  'Engineering',
  'Import Export',
  'Petroleum',
  'Chemicals',
  'Marine Services',
  'Construction',
];
const COMPANY_FORMS = ['LLC', 'Ltd', 'Co., Ltd.', 'Inc.', 'GmbH', 'S.A.', 'FZE', 'Corp.', 'JSC', 'Limited'];

/** A made-up company of common words ("Golden Star Shipping LLC"): it shares words with many listed ones. */
export function commonCompanyName(rng: Rng): string {
  const first = rng.pick(COMPANY_WORDS);
  const second = rng.chance(0.6) ? ` ${rng.pick(COMPANY_WORDS)}` : '';
  return `${first}${second} ${rng.pick(COMPANY_TRADES)} ${rng.pick(COMPANY_FORMS)}`;
}
