import { CYRILLIC_TO_LATIN } from '../../src/suppliers/search-key.ts';
import { type CountryProfile, independentParts, type Pair, placeFrom } from './profile.ts';
import type { Rng } from './rng.ts';

// Russian and Ukrainian suppliers: ООО «Уралснаб» with "Uralsnab LLC" as the name used abroad.

// The registry's own romanisation (ICAO Doc 9303), so generated Latin forms are the ones search expects.
const ROMAN: Record<string, string> = { ...CYRILLIC_TO_LATIN, ъ: '', "'": '' };

export function romanize(value: string): string {
  let out = '';
  for (const char of value) {
    const lower = char.toLowerCase();
    const roman = ROMAN[lower];
    if (roman === undefined) out += char;
    else out += char === lower ? roman : `${roman.slice(0, 1).toUpperCase()}${roman.slice(1)}`;
  }
  return out;
}

function companyFrom(
  forms: readonly (readonly [string, string])[],
  first: readonly string[],
  second: readonly string[],
) {
  return (r: Rng) => {
    const [form, formEn] = r.pick(forms);
    const core = `${r.pick(first)}${r.pick(second)}${r.chance(0.2) ? ` ${r.pick(['Плюс', 'Групп', 'Трейд'])}` : ''}`;
    const latin = `${romanize(core)} ${formEn}`;
    const otherNames = r.chance(0.7) ? [latin] : [];
    if (r.chance(0.1)) otherNames.push(romanize(core).toUpperCase());
    return { legalName: `${form} «${core}»`, latin, otherNames };
  };
}

function personFrom(people: readonly string[], surnames: readonly Pair[]) {
  return (r: Rng) => {
    const given = r.pick(people);
    const [family, familyFemale] = r.pick(surnames);
    const last = given.endsWith('а') || given.endsWith('я') ? familyFemale : family;
    return {
      name: r.chance(0.5) ? `${given} ${last}` : `${last} ${given}`,
      first: romanize(given),
      last: romanize(last),
    };
  };
}

export const RUSSIA: CountryProfile = {
  code: 'RU',
  spellings: ['RU', 'RU', 'RU', 'Russia', 'Russian Federation'],
  weight: 5,
  domains: ['ru', 'com'],
  supplier: independentParts({
    company: companyFrom(
      [
        ['ООО', 'LLC'],
        ['ООО', 'LLC'],
        ['АО', 'JSC'],
        ['ПАО', 'PJSC'],
      ],
      ['Техно', 'Агро', 'Строй', 'Металл', 'Энерго', 'Хим', 'Сиб', 'Урал', 'Волга', 'Север', 'Балт', 'Пром'],
      ['пром', 'снаб', 'строй', 'торг', 'сервис', 'комплект', 'маш', 'импорт', 'экспорт', 'лайн', 'тех'],
    ),
    place: (r) =>
      placeFrom(
        r,
        [
          ['Москва', '101'],
          ['Санкт-Петербург', '190'],
          ['Екатеринбург', '620'],
          ['Новосибирск', '630'],
          ['Казань', '420'],
          ['Нижний Новгород', '603'],
          ['Самара', '443'],
          ['Владивосток', '690'],
          ['Ростов-на-Дону', '344'],
        ],
        (prefix) => `${prefix}${r.digits(3, true)}`,
      ),
    street: (r) =>
      `${r.pick(['ул.', 'ул.', 'пр-т', 'пер.'])} ${r.pick(['Ленина', 'Гагарина', 'Мира', 'Советская', 'Пушкина', 'Садовая', 'Заводская', 'Промышленная'])}, д. ${r.between(1, 150)}`,
    registration: (r) =>
      r.chance(0.6)
        ? { type: 'ogrn', number: `${r.pick(['1', '5'])}${r.digits(12, true)}` }
        : { type: 'inn', number: r.digits(10) },
  }),
  person: personFrom(
    ['Сергей', 'Анна', 'Дмитрий', 'Елена', 'Алексей', 'Ольга', 'Юрий', 'Татьяна'],
    [
      ['Иванов', 'Иванова'],
      ['Смирнов', 'Смирнова'],
      ['Кузнецов', 'Кузнецова'],
      ['Попов', 'Попова'],
      ['Соколов', 'Соколова'],
      ['Лебедев', 'Лебедева'],
      ['Волков', 'Волкова'],
    ],
  ),
};

export const UKRAINE: CountryProfile = {
  code: 'UA',
  spellings: ['UA', 'UA', 'Ukraine'],
  weight: 2,
  domains: ['ua', 'com.ua'],
  supplier: independentParts({
    company: companyFrom(
      [
        ['ТОВ', 'LLC'],
        ['ТОВ', 'LLC'],
        ['ПрАТ', 'PrJSC'],
      ],
      ['Укр', 'Київ', 'Дніпро', 'Галич', 'Поділ', 'Агро', 'Техно', 'Буд', 'Енерго', 'Сіль'],
      ['пром', 'торг', 'буд', 'сервіс', 'постач', 'експорт', 'маш', 'трейд', 'хім'],
    ),
    place: (r) =>
      placeFrom(
        r,
        [
          ['Київ', '01'],
          ['Харків', '61'],
          ['Одеса', '65'],
          ['Львів', '79'],
          ['Дніпро', '49'],
          ['Запоріжжя', '69'],
        ],
        (prefix) => `${prefix}${r.digits(3, true)}`,
      ),
    street: (r) =>
      `вул. ${r.pick(['Хрещатик', 'Шевченка', 'Франка', 'Грушевського', 'Сагайдачного', 'Соборна'])}, ${r.between(1, 120)}`,
    // EDRPOU: 8 digits (no code of its own in the importer).
    registration: (r) => ({ type: 'other', number: r.digits(8, true) }),
  }),
  person: personFrom(
    ['Олександр', 'Олена', 'Андрій', 'Наталія', 'Тарас', 'Оксана'],
    [
      ['Шевченко', 'Шевченко'],
      ['Коваленко', 'Коваленко'],
      ['Бондаренко', 'Бондаренко'],
      ['Ткаченко', 'Ткаченко'],
      ['Кравчук', 'Кравчук'],
      ['Мельник', 'Мельник'],
    ],
  ),
};
