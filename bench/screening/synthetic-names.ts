import type { ListEntity } from '../../src/screening/list-entity.model.ts';
import type { Rng } from '../data/rng.ts';
import { commonCompanyName, commonPersonName } from './common-names.ts';
import { toArabicCompany, toChineseCompany } from './script-variants.ts';
import { toArabic, toCyrillic } from './variants.ts';

// Names for a synthetic list of any size, the same for the same seed: persons and companies of several
// cultures, with made-up family names and brands built from syllables (so that the vocabulary grows with the
// list as real lists' does, instead of repeating a few hundred words), aliases, and forms in Cyrillic, Arabic
// and Chinese script.

const SYLLABLES: Record<string, string[]> = {
  slavic: [
    'ko',
    'va',
    'lev',
    'mir',
    'dan',
    'bor',
    'gor',
    'stan',
    'slav',
    'pet',
    'ros',
    'mak',
    'zar',
    'tom',
    'vol',
  ],
  arabic: [
    'ha',
    'mid',
    'ra',
    'shid',
    'ka',
    'rim',
    'sa',
    'lim',
    'na',
    'sir',
    'ja',
    'bar',
    'fa',
    'rouk',
    'ta',
    'hir',
  ],
  chinese: [
    'zhang',
    'hua',
    'wei',
    'long',
    'xin',
    'tai',
    'feng',
    'ming',
    'jia',
    'hong',
    'sheng',
    'kang',
    'rui',
  ],
  latin: ['mar', 'tin', 'ber', 'gen', 'ral', 'dor', 'vel', 'lan', 'ric', 'son', 'ter', 'cas', 'mon', 'les'],
};
const ENDINGS: Record<string, string[]> = {
  slavic: ['ov', 'ev', 'enko', 'sky', 'in', 'uk'],
  arabic: ['i', 'an', 'a', ''],
  chinese: [''],
  latin: ['ez', 'es', 'er', 'man', 'ini', 'o'],
};
const CULTURES = Object.keys(SYLLABLES);

function invented(rng: Rng, culture: string, syllables: number): string {
  const parts = SYLLABLES[culture] ?? [];
  let word = '';
  for (let i = 0; i < syllables; i++) word += rng.pick(parts);
  word += rng.pick(ENDINGS[culture] ?? ['']);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function person(rng: Rng): { names: string[]; culture: string } {
  const culture = rng.pick(CULTURES);
  const common = commonPersonName(rng).split(' ');
  const given = common[0] ?? 'Ali';
  const family = invented(rng, culture, rng.between(2, 3));
  const primary = `${family.toUpperCase()}, ${given}${rng.chance(0.4) ? ` ${invented(rng, culture, 2)}` : ''}`;
  const names = [primary];
  if (rng.chance(0.5)) names.push(`${given} ${invented(rng, culture, 2)} ${family}`);
  if (culture === 'slavic' && rng.chance(0.3)) names.push(toCyrillic(`${given} ${family}`) ?? primary);
  if (culture === 'arabic' && rng.chance(0.3)) names.push(toArabic(`${given} ${family}`) ?? primary);
  return { names, culture };
}

function company(rng: Rng): { names: string[]; culture: string } {
  const culture = rng.pick(CULTURES);
  const brand = `${invented(rng, culture, 2)}${rng.chance(0.4) ? ` ${invented(rng, culture, 2)}` : ''}`;
  const trade = commonCompanyName(rng).split(' ');
  const rest = trade.slice(-2).join(' ');
  const primary = `${brand} ${rest}`;
  const names = [primary];
  if (rng.chance(0.3)) names.push(`${brand} ${trade[0] ?? ''}`.trim());
  if (culture === 'chinese' && rng.chance(0.4)) {
    const chinese = toChineseCompany(`${brand} Trading Co Ltd`, rng);
    if (chinese) names.push(chinese);
  }
  if (culture === 'arabic' && rng.chance(0.3)) names.push(toArabicCompany(`${brand} Trading LLC`) ?? primary);
  return { names, culture };
}

/** One synthetic listed entity: a person (60 %) or a company, with one to four names. */
export function syntheticEntity(rng: Rng, id: number): ListEntity {
  const isPerson = rng.chance(0.6);
  const { names } = isPerson ? person(rng) : company(rng);
  return {
    id: `synthetic:${id}`,
    source: 'opensanctions',
    schema: isPerson ? 'Person' : 'Company',
    names: names.map((value, i) => ({ value, kind: i === 0 ? 'primary' : 'alias', lang: null })),
    birthDates:
      isPerson && rng.chance(0.5)
        ? [`19${rng.between(40, 99)}-0${rng.between(1, 9)}-1${rng.between(0, 9)}`]
        : [],
    countries: [],
    identifiers: [],
    gender: null,
    programs: ['SYNTHETIC'],
    addresses: [],
    listedOn: null,
    remarks: null,
  };
}
