import {
  type EntitySchema,
  type IdentifierType,
  type ListEntity,
  ListFormatError,
  type ListSource,
  listEntitySchema,
  type NameKind,
} from '../list-entity.model.ts';
import {
  countryFromCode,
  countryFromCodeOrName,
  countryFromName,
  isUnknownCountry,
} from './list-countries.ts';
import type { ParseStats } from './list-file.ts';

type Name = ListEntity['names'][number];
type Identifier = ListEntity['identifiers'][number];

/** When one spelling is given twice, the stronger kind is kept ("primary" over "alias" over "weak_alias"). */
const KIND_RANK: Record<NameKind, number> = {
  primary: 0,
  alias: 1,
  original_script: 2,
  former: 3,
  weak_alias: 4,
};

const MAX_REMARKS = 20_000;
const MAX_ADDRESS = 2_000;
const MAX_IDENTIFIER = 200;

/** Collapses runs of white space (line breaks inside XML text, double spaces in CSV cells) and trims. */
export function cleanText(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Collects what an importer reads about one listed party and turns it into a validated ListEntity: it removes
 * duplicates, resolves countries, and refuses (with a ListFormatError naming the record) what the model
 * does not allow, such as a party without any name.
 */
export class EntityBuilder {
  readonly id: string;
  readonly source: ListSource;
  schema: EntitySchema;
  gender: 'male' | 'female' | null = null;
  listedOn: string | null = null;
  private readonly names: Name[] = [];
  private readonly birthDates = new Set<string>();
  private readonly countries = new Set<string>();
  private readonly identifiers = new Map<string, Identifier>();
  private readonly programs = new Set<string>();
  private readonly addresses = new Set<string>();
  private readonly remarks: string[] = [];
  private readonly stats: ParseStats | undefined;

  constructor(source: ListSource, localId: string, schema: EntitySchema, stats?: ParseStats) {
    this.source = source;
    this.id = `${source}:${localId.trim()}`;
    this.schema = schema;
    this.stats = stats;
  }

  addName(value: string | null | undefined, kind: NameKind, lang: string | null = null): void {
    const text = cleanText(value);
    if (!text) return;
    const existing = this.names.find((name) => name.value === text);
    if (!existing) {
      this.names.push({ value: text, kind, lang: lang ? lang.toLowerCase() : null });
    } else if (KIND_RANK[kind] < KIND_RANK[existing.kind]) {
      existing.kind = kind;
    }
  }

  hasName(kind?: NameKind): boolean {
    return kind ? this.names.some((name) => name.kind === kind) : this.names.length > 0;
  }

  /** Partial ISO dates only; callers convert the publisher's format first. */
  addBirthDates(dates: Iterable<string | undefined>): void {
    for (const date of dates) if (date) this.birthDates.add(date);
  }

  addCountryCode(code: string | undefined): void {
    if (code) this.countries.add(code);
  }

  /** A country given by name (nationality "Iran", address country "Korea, North"). */
  addCountryName(value: string | null | undefined): string | undefined {
    return this.resolveCountry(value, countryFromName);
  }

  /** A country given as an ISO code ("ir", "IR"); "00" and other non-codes are counted as unmapped. */
  addCountryIso(value: string | null | undefined): string | undefined {
    return this.resolveCountry(value, countryFromCode);
  }

  addCountryCodeOrName(value: string | null | undefined): string | undefined {
    return this.resolveCountry(value, countryFromCodeOrName);
  }

  /** Resolves without adding: for countries of identifiers. */
  countryOf(value: string | null | undefined, resolve = countryFromName): string | null {
    const text = cleanText(value);
    if (!text) return null;
    const code = resolve(text);
    if (!code) this.noteUnmapped(text);
    return code ?? null;
  }

  addIdentifier(type: IdentifierType, value: string | null | undefined, country: string | null = null): void {
    const text = cleanText(value).replace(/[.;,]$/, '');
    // Longer values are prose, not numbers; the remarks keep them.
    if (!text || text.length > MAX_IDENTIFIER) return;
    const key = `${type}\u0000${text}`;
    const existing = this.identifiers.get(key);
    if (!existing) this.identifiers.set(key, { type, value: text, country });
    else if (!existing.country && country) existing.country = country;
  }

  addProgram(value: string | null | undefined): void {
    const text = cleanText(value);
    if (text) this.programs.add(text.slice(0, 200));
  }

  addAddress(parts: ReadonlyArray<string | null | undefined>): void {
    const text = parts.map(cleanText).filter(Boolean).join(', ');
    if (text) this.addresses.add(text.slice(0, MAX_ADDRESS));
  }

  addRemark(value: string | null | undefined): void {
    const text = (value ?? '').trim();
    if (text && !this.remarks.includes(text)) this.remarks.push(text);
  }

  setGender(value: string | null | undefined): void {
    const text = cleanText(value).toLowerCase();
    if (text === 'male' || text === 'm') this.gender = 'male';
    else if (text === 'female' || text === 'f') this.gender = 'female';
  }

  /**
   * The validated entity. Without a primary name the first other name is promoted (some records give only
   * aliases); without any name the record is refused.
   */
  build(file: string, record: string): ListEntity {
    if (this.names.length === 0) throw new ListFormatError(file, record, 'the record has no name');
    if (!this.hasName('primary')) {
      const promoted = [...this.names].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind])[0];
      if (promoted) promoted.kind = 'primary';
    }
    const primaryFirst = [...this.names].sort(
      (a, b) => Number(b.kind === 'primary') - Number(a.kind === 'primary'),
    );
    const remarks = this.remarks.join('\n');
    const result = listEntitySchema.safeParse({
      id: this.id,
      source: this.source,
      schema: this.schema,
      names: primaryFirst,
      birthDates: [...this.birthDates].sort(),
      countries: [...this.countries].sort(),
      identifiers: [...this.identifiers.values()],
      gender: this.gender,
      programs: [...this.programs],
      addresses: [...this.addresses],
      listedOn: this.listedOn,
      remarks: remarks ? remarks.slice(0, MAX_REMARKS) : null,
    });
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.join('.') ?? '';
      throw new ListFormatError(file, record, `invalid ${where || 'entity'}: ${issue?.message ?? 'invalid'}`);
    }
    if (this.stats) this.stats.entities++;
    return result.data;
  }

  private resolveCountry(value: string | null | undefined, resolve: (text: string) => string | undefined) {
    const text = cleanText(value);
    if (!text) return undefined;
    const code = resolve(text);
    if (code) this.countries.add(code);
    else this.noteUnmapped(text);
    return code;
  }

  private noteUnmapped(text: string): void {
    if (!this.stats || isUnknownCountry(text)) return;
    this.stats.unmappedCountries.set(text, (this.stats.unmappedCountries.get(text) ?? 0) + 1);
  }
}
