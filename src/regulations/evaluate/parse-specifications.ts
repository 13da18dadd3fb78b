import {
  FACT_PATHS,
  FACT_TYPES,
  type FactPath,
  type FactValue,
  type ProductFacts,
} from '../knowledge/product-facts.ts';
import { lineageOf } from '../knowledge/taxonomy.ts';

/**
 * Reads the facts rules look at from specifications written as people write them in product files:
 * "Li-ion 3.7 V 10000 mAh (37 Wh); Bluetooth 5.3; input 100–240 V AC; ages 3+; laser class 2, 1 mW".
 * Explicit `fact.path=value` pairs ("battery.wh=37") win over what the words say. What is read is reported
 * with the words it came from, so that a user can see (and correct) what the validator understood.
 */
export type ParsedSpecifications = {
  facts: ProductFacts;
  /** fact → the words it was read from. */
  readFrom: Partial<Record<FactPath, string>>;
};

const CHEMISTRIES: [RegExp, string][] = [
  [/\b(?:li[- ]?po(?:ly(?:mer)?)?|lipo|lithium[- ]polymer)\b/i, 'li-polymer'],
  [/\b(?:li[- ]?ion|lithium[- ]ion|lifepo4|lithium iron phosphate|18650|21700)\b/i, 'li-ion'],
  [/\b(?:lithium[- ]metal|li[- ]metal|cr\d{4}|lithium coin|lithium button)\b/i, 'li-metal'],
  [/\bni[- ]?mh\b/i, 'nimh'],
  [/\bni[- ]?cd\b/i, 'nicd'],
  [/\blead[- ]acid\b|\bsla\b|\bagm\b/i, 'lead-acid'],
  [/\balkaline\b/i, 'alkaline'],
];

const RADIO: [RegExp, string][] = [
  [/\bbluetooth\b|\bble\b|\bbt ?\d\.\d\b/i, 'bluetooth'],
  [/\bwi[- ]?fi\b|\bwlan\b|\b802\.11/i, 'wifi'],
  [/\b(?:[2345]g|lte|gsm|umts|cellular|nb-iot)\b/i, 'cellular'],
  [/\bnfc\b/i, 'nfc'],
  [/\bzigbee\b/i, 'zigbee'],
  [/\blora(?:wan)?\b/i, 'lora'],
  [/\brfid\b/i, 'rfid'],
  [/\b(?:gps|gnss|glonass|galileo|beidou)\b/i, 'gnss'],
];

export function parseSpecifications(text: string, category?: string): ParsedSpecifications {
  const facts: ProductFacts = {};
  const readFrom: Partial<Record<FactPath, string>> = {};
  const set = (path: FactPath, value: FactValue, words: string) => {
    if (facts[path] !== undefined) return;
    facts[path] = value;
    readFrom[path] = words.trim();
  };
  const lineage = category ? lineageOf(category) : [];
  const spec = text.normalize('NFKC').slice(0, 5000);

  for (const [path, raw] of explicitPairs(spec)) {
    const value = typedValue(path, raw);
    if (value !== undefined) set(path, value, `${path}=${raw}`);
  }

  for (const [pattern, chemistry] of CHEMISTRIES) {
    const match = pattern.exec(spec);
    if (match) {
      set('battery.chemistry', chemistry, match[0]);
      break;
    }
  }
  const wh = /(\d+(?:[.,]\d+)?)\s*wh\b/i.exec(spec);
  if (wh?.[1]) set('battery.wh', toNumber(wh[1]), wh[0]);
  const mah = /(\d+(?:[.,]\d+)?)\s*mah\b/i.exec(spec);
  // A cell's nominal voltage (1.2–4.5 V), not a USB output's 5 V: 10,000 mAh at 3.7 V is 37 Wh, the figure
  // transport and product rules use.
  const cellVolts = [...spec.matchAll(/(\d(?:[.,]\d{1,2})?)\s*v\b/gi)].find((m) => {
    const volts = toNumber(m[1] ?? '0');
    return volts >= 1 && volts <= 4.5;
  });
  if (mah?.[1] && cellVolts?.[1] && facts['battery.wh'] === undefined) {
    const value = Math.round(((toNumber(mah[1]) * toNumber(cellVolts[1])) / 1000) * 100) / 100;
    set('battery.wh', value, `${mah[0]} at ${cellVolts[0]}`);
  }
  const lithiumGrams = /(\d+(?:[.,]\d+)?)\s*g\s+(?:of\s+)?lithium/i.exec(spec);
  if (lithiumGrams?.[1]) set('battery.lithium_g', toNumber(lithiumGrams[1]), lithiumGrams[0]);
  if (
    facts['battery.chemistry'] !== undefined ||
    facts['battery.wh'] !== undefined ||
    mah ||
    /\bbatter(?:y|ies)\b/i.test(spec)
  ) {
    set('battery.present', !/\bno batter(?:y|ies)\b|\bbattery[- ]free\b/i.test(spec), 'battery');
  } else if (lineage.includes('battery')) set('battery.present', true, `category ${category}`);

  const radios = RADIO.filter(([pattern]) => pattern.test(spec)).map(([, fn]) => fn);
  if (radios.length > 0) {
    set('radio.functions', radios, radios.join(', '));
    set('radio.present', true, radios.join(', '));
  } else if (/\b(?:no wireless|not wireless|wired only)\b/i.test(spec))
    set('radio.present', false, 'wired only');

  const mains =
    /(\d{2,3})\s*(?:v\s*)?(?:-|–|~|to|\/)\s*(\d{2,3})\s*v(?:\s*(?:ac|~))?\b/i.exec(spec) ??
    /\b(\d{3})\s*v\s*(?:ac|~)/i.exec(spec);
  if (mains) {
    const volts = Math.max(...mains.slice(1).filter(Boolean).map(toNumber));
    set('mains.voltage', volts, mains[0]);
    set('mains.present', true, mains[0]);
  } else if (/\bmains[- ]powered\b|\bplugs? into (?:the )?mains\b/i.test(spec))
    set('mains.present', true, 'mains');

  const childish =
    lineage.includes('toys') ||
    lineage.includes('childcare-articles') ||
    /\b(?:age|kid|child|toddler|baby|infant|year)/i.test(spec);
  const age = childish ? readAge(spec) : undefined;
  if (age) set('age.min_months', age.months, age.words);

  const laserClass =
    /\bclass\s*(1m|2m|3r|3b|1|2|4|iiia|iiib|iii?a?)\b(?=[^.;]*laser)|\blaser[^.;]*?\bclass\s*(1m|2m|3r|3b|1|2|4|iiia|iiib|iii?a?)\b/i.exec(
      spec,
    );
  const laserValue = laserClass?.[1] ?? laserClass?.[2];
  if (laserClass && laserValue) set('laser.class', laserClassOf(laserValue), laserClass[0]);
  const milliwatts = /(\d+(?:[.,]\d+)?)\s*mw\b/i.exec(spec);
  if (milliwatts?.[1] && (lineage.includes('laser-product') || /laser/i.test(spec))) {
    set('laser.power_mw', toNumber(milliwatts[1]), milliwatts[0]);
  }

  if (lineage.includes('drone') || /\bdrone\b|\bquadcopter\b/i.test(spec)) {
    const mass = /(\d+(?:[.,]\d+)?)\s*(kg|g)\b/i.exec(spec);
    if (mass?.[1] && mass[2])
      set('drone.mass_g', toNumber(mass[1]) * (mass[2].toLowerCase() === 'kg' ? 1000 : 1), mass[0]);
    if (/\bcamera\b|\b\d+k\b|\bmegapixel|\bmp\b/i.test(spec)) set('drone.camera', true, 'camera');
  }

  const blade =
    /blade(?:\s+length)?[:\s]*(\d+(?:[.,]\d+)?)\s*(cm|mm|in(?:ch(?:es)?)?|")|(\d+(?:[.,]\d+)?)\s*(cm|mm|in(?:ch(?:es)?)?|")\s+blade/i.exec(
      spec,
    );
  if (blade) {
    const amount = toNumber(blade[1] ?? blade[3] ?? '0');
    const unit = (blade[2] ?? blade[4] ?? 'cm').toLowerCase();
    const cm = unit === 'mm' ? amount / 10 : unit.startsWith('in') || unit === '"' ? amount * 2.54 : amount;
    set('blade.length_cm', Math.round(cm * 10) / 10, blade[0]);
  }
  if (/\bfolding\b|\bfolder\b|\bpocket ?knife\b/i.test(spec)) set('blade.folding', true, 'folding');
  if (
    /\block(?:ing|back|able)?\b|\bliner lock\b|\bframe lock\b/i.test(spec) &&
    (lineage.includes('knives') || /knife|blade/i.test(spec))
  ) {
    set('blade.locking', true, 'locking');
  }
  if (
    /\b(?:switchblade|automatic|spring[- ]assisted|flick|gravity knife|out[- ]the[- ]front|otf)\b/i.test(
      spec,
    ) &&
    (lineage.includes('knives') || /knife|blade/i.test(spec))
  ) {
    set('blade.automatic', true, 'automatic');
  }

  const nicotine = /(\d+(?:[.,]\d+)?)\s*mg\s*\/\s*ml/i.exec(spec);
  if (nicotine?.[1]) {
    set('nicotine.mg_per_ml', toNumber(nicotine[1]), nicotine[0]);
    set('nicotine.present', toNumber(nicotine[1]) > 0, nicotine[0]);
  } else if (/\bnicotine[- ]free\b|\b0\s*mg\b/i.test(spec)) set('nicotine.present', false, 'nicotine-free');
  else if (/\bnicotine\b/i.test(spec)) set('nicotine.present', true, 'nicotine');
  const volume = /(\d+(?:[.,]\d+)?)\s*ml\b(?!\s*\/)/i.exec(
    spec.replace(/\d+(?:[.,]\d+)?\s*mg\s*\/\s*ml/gi, ''),
  );
  if (volume?.[1]) set('liquid.volume_ml', toNumber(volume[1]), volume[0]);

  if (/\bfood[- ](?:contact|safe|grade)\b/i.test(spec)) set('food_contact', true, 'food contact');
  const button = /\b(?:button|coin)[- ]?(?:cell|batter(?:y|ies))\b|\b(?:cr|lr|sr|ag)\d{2,4}\b/i.exec(spec);
  if (button) {
    set('battery.button_cell', true, button[0]);
    set('battery.present', true, button[0]);
  }
  const connectable =
    /\b(?:internet|app[- ]controlled|smart ?phone app|cloud|wi[- ]?fi|iot|smart home|ethernet|4g|5g|lte)\b/i.exec(
      spec,
    );
  if (connectable) set('connectable', true, connectable[0]);
  const single = /\b(?:disposable|single[- ]use|one[- ]time use)\b/i.exec(spec);
  if (single) set('single_use', true, single[0]);
  const used = /\b(?:used|second[- ]hand|pre[- ]owned|refurbished)\b/i.exec(spec);
  if (used) set('used', true, used[0]);
  const magnets = /\bmagnet(?:s|ic)?\b/i.exec(spec);
  if (magnets) set('magnets', true, magnets[0]);
  const abv = /(\d+(?:[.,]\d+)?)\s*%\s*(?:abv|vol|alc)/i.exec(spec);
  if (abv?.[1]) set('alcohol.abv', toNumber(abv[1]), abv[0]);
  const quantity = /\b(?:qty|quantity)[:\s]*(\d+)\b|\b(\d+)\s*(?:pcs|pieces|units)\b/i.exec(spec);
  if (quantity) set('quantity', toNumber(quantity[1] ?? quantity[2] ?? '0'), quantity[0]);
  return { facts, readFrom };
}

function explicitPairs(spec: string): [FactPath, string][] {
  const pairs: [FactPath, string][] = [];
  for (const match of spec.matchAll(/\b([a-z_]+(?:\.[a-z_0-9]+)?)\s*[=:]\s*([^;,\n]+)/gi)) {
    const path = match[1]?.toLowerCase();
    if (path && (FACT_PATHS as string[]).includes(path) && match[2])
      pairs.push([path as FactPath, match[2].trim()]);
  }
  return pairs;
}

function typedValue(path: FactPath, raw: string): FactValue | undefined {
  const type = FACT_TYPES[path];
  if (type === 'number') {
    const number = Number(raw.replace(',', '.').replace(/[^\d.]/g, ''));
    return Number.isFinite(number) && raw.trim() !== '' ? number : undefined;
  }
  if (type === 'boolean')
    return /^(?:true|yes|y|1)$/i.test(raw.trim())
      ? true
      : /^(?:false|no|n|0)$/i.test(raw.trim())
        ? false
        : undefined;
  if (type === 'enum-list')
    return raw
      .split(/[|/ ]+/)
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean);
  return raw.trim();
}

function readAge(spec: string): { months: number; words: string } | undefined {
  const birth = /\b(?:from birth|0\s*\+|0\s*(?:m|months)\s*\+)/i.exec(spec);
  if (birth) return { months: 0, words: birth[0] };
  const months = /\b(\d{1,2})\s*(?:m|months?)\s*\+|\b(?:ages?|from)\s*(\d{1,2})\s*months?\b/i.exec(spec);
  if (months) return { months: toNumber(months[1] ?? months[2] ?? '0'), words: months[0] };
  const years =
    /\bages?\s*(\d{1,2})\s*(?:\+|and up|years?\s*(?:\+|and (?:up|over)))|\b(\d{1,2})\s*\+\s*(?:years?|yrs?)?\b(?!\s*(?:wh|mah|v|w|mm|cm|g))|\b(\d{1,2})\s*years?\s*(?:and (?:up|over)|\+)/i.exec(
      spec,
    );
  if (years) return { months: toNumber(years[1] ?? years[2] ?? years[3] ?? '0') * 12, words: years[0] };
  const under = /\bunder\s*(\d{1,2})\s*(?:years|yrs)/i.exec(spec);
  if (under) return { months: 0, words: under[0] };
  return undefined;
}

function laserClassOf(value: string): string {
  const upper = value.toUpperCase();
  // US FDA classes: IIIa is close to 3R, IIIb to 3B (21 CFR 1040.10 vs IEC 60825-1).
  if (upper === 'IIIA' || upper === 'IIA') return '3R';
  if (upper === 'IIIB') return '3B';
  if (upper === 'II') return '2';
  if (upper === 'I') return '1';
  return upper;
}

function toNumber(value: string): number {
  return Number(value.replace(',', '.'));
}
