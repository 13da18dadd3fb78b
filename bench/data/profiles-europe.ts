import {
  asciiFold,
  type CountryProfile,
  germanFold,
  independentParts,
  type Pair,
  placeFrom,
} from './profile.ts';
import type { Rng } from './rng.ts';

// European suppliers, in Latin letters with their accents: Müller Präzisionstechnik GmbH, Établissements
// Lefèvre SARL, Zakłady Mięsne Wójcik Sp. z o.o., Yılmaz Tekstil Sanayi ve Ticaret A.Ş.

function person(given: readonly string[], surnames: readonly string[], fold = asciiFold) {
  return (r: Rng) => {
    const first = r.pick(given);
    const last = r.pick(surnames);
    return { name: `${first} ${last}`, first: fold(first), last: fold(last) };
  };
}

/** Sometimes a short form of the name (brand, acronym) among the other names, as Latin-script files have. */
function shortForm(r: Rng, legalName: string, brand: string): string[] {
  if (!r.chance(0.25)) return [];
  if (r.chance(0.5)) return [brand];
  const initials = legalName
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return initials.length >= 2 ? [initials] : [brand];
}

const DE_NAMES = [
  'Müller',
  'Schröder',
  'Weiß',
  'Groß',
  'Jäger',
  'Köhler',
  'Fuchs',
  'Schäfer',
  'Krüger',
  'Böhm',
];
const DE_MORE = ['Hoffmann', 'Lührs', 'Wagner', 'Becker', 'Günther', 'Bäumer', 'Schulze', 'Meißner'];
export const GERMANY: CountryProfile = {
  code: 'DE',
  spellings: ['DE', 'DE', 'DE', 'Germany'],
  weight: 8,
  domains: ['de', 'com'],
  supplier: independentParts({
    company: (r) => {
      const name = r.pick([...DE_NAMES, ...DE_MORE]);
      const trade = r.pick([
        'Präzisionstechnik',
        'Maschinenbau',
        'Kunststofftechnik',
        'Elektronik',
        'Textilwerke',
        'Verpackungen',
        'Stahlbau',
        'Spielwaren',
        'Möbelwerk',
        'Gießerei',
        'Lichttechnik',
      ]);
      const form = r.pick(['GmbH', 'GmbH', 'GmbH & Co. KG', 'AG', 'KG', 'e.K.']);
      const legalName = r.chance(0.2)
        ? `${name} & ${r.pick(['Söhne', r.pick(DE_NAMES)])} ${trade} ${form}`
        : `${name} ${trade} ${form}`;
      return { legalName, latin: germanFold(legalName), otherNames: shortForm(r, legalName, name) };
    },
    place: (r) =>
      placeFrom(
        r,
        [
          ['München', '80'],
          ['Köln', '50'],
          ['Düsseldorf', '40'],
          ['Nürnberg', '90'],
          ['Stuttgart', '70'],
          ['Hamburg', '20'],
          ['Lübeck', '23'],
          ['Göttingen', '37'],
          ['Würzburg', '97'],
        ],
        (prefix) => `${prefix}${r.digits(3, true)}`,
      ),
    street: (r) =>
      `${r.pick(['Hauptstraße', 'Königsallee', 'Mühlenweg', 'Bahnhofstraße', 'Schloßstraße', 'Industriestraße', 'Am Mühlbach'])} ${r.between(1, 180)}${r.chance(0.1) ? 'a' : ''}`,
    registration: (r) =>
      r.chance(0.75)
        ? { type: 'hrb', number: `HRB ${r.digits(r.between(4, 6))}` }
        : { type: 'vat', number: `DE${r.digits(9)}` },
  }),
  person: person(
    ['Jürgen', 'Jörg', 'Björn', 'Sören', 'Anja', 'Sabine', 'Uwe', 'Hans-Peter', 'Bärbel', 'Stefanie'],
    DE_NAMES,
    germanFold,
  ),
};

const FR_NAMES = [
  'Lefèvre',
  'Girard',
  'Bérard',
  'Mercier',
  'Fournier',
  'Lemaître',
  'Gauthier',
  'Noël',
  'Dupré',
];
export const FRANCE: CountryProfile = {
  code: 'FR',
  spellings: ['FR', 'FR', 'France'],
  weight: 5,
  domains: ['fr', 'com'],
  supplier: independentParts({
    company: (r) => {
      const name = r.pick(FR_NAMES);
      const lead = r.pick([
        'Établissements',
        'Société',
        'Ateliers',
        'Manufacture',
        'Textiles',
        'Emballages',
        'Céramiques',
      ]);
      const form = r.pick(['SARL', 'SAS', 'SA', 'SASU']);
      const legalName = r.chance(0.2)
        ? `${name} ${r.pick(['et Fils', 'Frères'])} ${form}`
        : `${lead} ${name} ${form}`;
      return { legalName, latin: asciiFold(legalName), otherNames: shortForm(r, legalName, name) };
    },
    place: (r) =>
      placeFrom(
        r,
        [
          ['Paris', '75'],
          ['Lyon', '69'],
          ['Marseille', '13'],
          ['Orléans', '45'],
          ['Besançon', '25'],
          ['Nîmes', '30'],
          ['Saint-Étienne', '42'],
          ['Châlons-en-Champagne', '51'],
        ],
        (prefix) => `${prefix}${r.digits(3, true)}`,
      ),
    street: (r) =>
      `${r.between(1, 120)} ${r.pick(['rue de la Paix', 'avenue Émile Zola', 'boulevard Haussmann', 'chemin des Prés', "place de l'Église", 'allée des Châtaigniers'])}`,
    registration: (r) =>
      r.chance(0.8)
        ? { type: 'siren', number: `${r.digits(3)} ${r.digits(3, true)} ${r.digits(3, true)}` }
        : { type: 'vat', number: `FR${r.digits(11, true)}` },
  }),
  person: person(
    [
      'Hélène',
      'François',
      'Frédéric',
      'Émilie',
      'Jérôme',
      'Céline',
      'Stéphane',
      'Geneviève',
      'Benoît',
      'Chloé',
    ],
    FR_NAMES,
  ),
};

const ES_NAMES = ['García', 'Núñez', 'Peña', 'Muñoz', 'Ibáñez', 'Martínez', 'Gómez', 'Domínguez', 'Ordóñez'];
export const SPAIN: CountryProfile = {
  code: 'ES',
  spellings: ['ES', 'ES', 'Spain'],
  weight: 4,
  domains: ['es', 'com'],
  supplier: independentParts({
    company: (r) => {
      const name = r.pick(ES_NAMES);
      const lead = r.pick(['Hermanos', 'Industrias', 'Comercial', 'Talleres', 'Distribuciones', 'Cerámicas']);
      const tail = r.chance(0.2) ? ` y ${r.pick(ES_NAMES)}` : '';
      const legalName = `${lead} ${name}${tail} ${r.pick(['S.L.', 'S.A.', 'S.L.U.'])}`;
      return { legalName, latin: asciiFold(legalName), otherNames: shortForm(r, legalName, name) };
    },
    place: (r) =>
      placeFrom(
        r,
        [
          ['Madrid', '28'],
          ['Barcelona', '08'],
          ['València', '46'],
          ['Málaga', '29'],
          ['Bilbao', '48'],
          ['A Coruña', '15'],
          ['Córdoba', '14'],
          ['Logroño', '26'],
        ],
        (prefix) => `${prefix}${r.digits(3, true)}`,
      ),
    street: (r) =>
      r.chance(0.3)
        ? `Polígono Industrial ${r.pick(['San Martín', 'El Señorío', 'Cañada'])}, nave ${r.between(1, 60)}`
        : `Calle ${r.pick(['Alcalá', 'Mayor', 'Real', 'de la Constitución', 'del Carmen', 'Peñalver'])}, ${r.between(1, 200)}`,
    registration: (r) => ({ type: 'vat', number: `ES${r.pick(['A', 'B', 'B', 'W'])}${r.digits(8, true)}` }),
  }),
  person: person(
    ['José', 'María', 'Begoña', 'Íñigo', 'Jesús', 'Ángela', 'Raúl', 'Lucía', 'Sofía', 'Martín'],
    ES_NAMES,
  ),
};

const PL_NAMES = ['Wójcik', 'Kowalczyk', 'Woźniak', 'Nowak', 'Żak', 'Łukaszewicz', 'Dąbrowski', 'Zieliński'];
export const POLAND: CountryProfile = {
  code: 'PL',
  spellings: ['PL', 'PL', 'Poland'],
  weight: 3,
  domains: ['pl', 'com.pl'],
  supplier: independentParts({
    company: (r) => {
      const name = r.pick(PL_NAMES);
      const trade = r.pick([
        'Zakłady Mięsne',
        'Fabryka Mebli',
        'Przedsiębiorstwo Handlowe',
        'Zakład Tworzyw Sztucznych',
        'Hurtownia Elektryczna',
        'Odlewnia Żeliwa',
      ]);
      const legalName = `${trade} ${name} ${r.pick(['Sp. z o.o.', 'Sp. z o.o.', 'S.A.', 'Sp. j.', 'Sp.k.'])}`;
      return { legalName, latin: asciiFold(legalName), otherNames: shortForm(r, legalName, name) };
    },
    place: (r) =>
      placeFrom(
        r,
        [
          ['Kraków', '30'],
          ['Łódź', '90'],
          ['Gdańsk', '80'],
          ['Wrocław', '50'],
          ['Poznań', '60'],
          ['Białystok', '15'],
          ['Rzeszów', '35'],
          ['Bielsko-Biała', '43'],
        ],
        (prefix) => `${prefix}-${r.digits(3, true)}`,
      ),
    street: (r) =>
      `ul. ${r.pick(['Długa', 'Świętokrzyska', 'Piłsudskiego', 'Mickiewicza', 'Żeromskiego', 'Przemysłowa', 'Łąkowa'])} ${r.between(1, 150)}`,
    registration: (r) =>
      r.chance(0.7)
        ? { type: 'vat', number: `PL${r.digits(10)}` }
        : { type: 'other', number: `KRS ${r.digits(10, true)}` },
  }),
  person: person(
    ['Łukasz', 'Paweł', 'Małgorzata', 'Grażyna', 'Krzysztof', 'Agnieszka', 'Wojciech', 'Michał'],
    ['Wójcik', 'Kowalczyk', 'Woźniak', 'Nowak', 'Żak', 'Łukaszewicz'],
  ),
};

const TR_NAMES = ['Yılmaz', 'Öztürk', 'Çelik', 'Şahin', 'Aydın', 'Doğan', 'Kılıç', 'Güneş', 'Özdemir', 'Koç'];
const TR_TRADES: readonly Pair[] = [
  ['Tekstil', 'Textile'],
  ['Makine', 'Machinery'],
  ['Plastik', 'Plastics'],
  ['Gıda', 'Food'],
  ['Kimya', 'Chemicals'],
  ['Mobilya', 'Furniture'],
  ['Otomotiv', 'Automotive'],
  ['Ambalaj', 'Packaging'],
  ['Örme', 'Knitwear'],
];
const TR_FORMS: readonly Pair[] = [
  ['Sanayi ve Ticaret A.Ş.', 'Industry and Trade Inc.'],
  ['Sanayi ve Ticaret Ltd. Şti.', 'Industry and Trade Ltd.'],
  ['Dış Ticaret Ltd. Şti.', 'Foreign Trade Ltd.'],
  ['İthalat İhracat A.Ş.', 'Import Export Inc.'],
];
export const TURKIYE: CountryProfile = {
  code: 'TR',
  spellings: ['TR', 'TR', 'Türkiye', 'Turkey'],
  weight: 5,
  domains: ['com.tr', 'com'],
  supplier: independentParts({
    company: (r) => {
      const name = r.pick(TR_NAMES);
      const [trade, tradeEn] = r.pick(TR_TRADES);
      const [form, formEn] = r.pick(TR_FORMS);
      const latin = `${asciiFold(name)} ${tradeEn} ${formEn}`;
      return { legalName: `${name} ${trade} ${form}`, latin, otherNames: r.chance(0.3) ? [latin] : [] };
    },
    place: (r) =>
      placeFrom(
        r,
        [
          ['İstanbul', '34'],
          ['İzmir', '35'],
          ['Bursa', '16'],
          ['Gaziantep', '27'],
          ['Denizli', '20'],
          ['Eskişehir', '26'],
          ['Muğla', '48'],
        ],
        (prefix) => `${prefix}${r.digits(3, true)}`,
      ),
    street: (r) =>
      `${r.pick(['Atatürk', 'İstiklal', 'Cumhuriyet', 'Gazi', 'Güzelyalı', 'Çınar'])} ${r.pick(['Cad.', 'Sok.'])} No: ${r.between(1, 250)}`,
    // Vergi kimlik numarası: 10 digits.
    registration: (r) => ({ type: 'other', number: r.digits(10, true) }),
  }),
  person: person(
    ['Mehmet', 'Ayşe', 'Mustafa', 'Fatma', 'Hüseyin', 'Zeynep', 'Emre', 'Gülşen', 'Oğuz', 'Şükrü'],
    TR_NAMES,
  ),
};
