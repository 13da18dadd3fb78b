import { describe, expect, it } from 'vitest';
import { ListFormatError } from '../list-entity.model.ts';
import { EntityBuilder } from './entity-builder.ts';
import { createParseStats } from './list-file.ts';

describe('building list entities', () => {
  it('removes duplicate names, keeping the stronger kind, and puts the primary name first', () => {
    const entity = new EntityBuilder('un_sc', ' QDi.001 ', 'Person');
    entity.addName('  ABU  ALI ', 'weak_alias');
    entity.addName('Abu Ali', 'weak_alias');
    entity.addName('ABU ALI', 'alias');
    entity.addName('SADDAM HUSSEIN', 'primary');
    expect(entity.build('f', 'r').names).toEqual([
      { value: 'SADDAM HUSSEIN', kind: 'primary', lang: null },
      { value: 'ABU ALI', kind: 'alias', lang: null },
      { value: 'Abu Ali', kind: 'weak_alias', lang: null },
    ]);
    expect(entity.id).toBe('un_sc:QDi.001');
  });

  it('promotes the strongest name when no primary name is given, and refuses a party without names', () => {
    const aliasesOnly = new EntityBuilder('gb_hmt', 'X1', 'Organization');
    aliasesOnly.addName('Weak', 'weak_alias');
    aliasesOnly.addName('Strong', 'alias');
    expect(aliasesOnly.build('f', 'r').names[0]).toEqual({ value: 'Strong', kind: 'primary', lang: null });
    expect(() => new EntityBuilder('gb_hmt', 'X2', 'Organization').build('uk.xml', 'record 2')).toThrow(
      new ListFormatError('uk.xml', 'record 2', 'the record has no name'),
    );
  });

  it('counts unresolved countries, ignores "unknown" markers, and drops prose posing as identifiers', () => {
    const stats = createParseStats();
    const entity = new EntityBuilder('us_ofac_sdn', '1', 'Person', stats);
    entity.addName('X', 'primary');
    entity.addCountryName('Atlantis');
    entity.addCountryName('undetermined');
    entity.addCountryIso('00');
    entity.addCountryName('Iran');
    entity.addIdentifier('passport', 'A123.', 'IR');
    entity.addIdentifier('passport', 'A123', null);
    entity.addIdentifier('other', 'x'.repeat(300));
    const built = entity.build('f', 'r');
    expect(built.countries).toEqual(['IR']);
    expect(built.identifiers).toEqual([{ type: 'passport', value: 'A123', country: 'IR' }]);
    expect([...stats.unmappedCountries]).toEqual([['Atlantis', 1]]);
  });

  it('refuses what the model does not allow, naming the field', () => {
    const entity = new EntityBuilder('senzing', 'D:1', 'Person');
    entity.addName('x'.repeat(1001), 'primary');
    expect(() => entity.build('s.json', 'line 1')).toThrow(/^s\.json, line 1: invalid names\.0\.value: /);
  });
});
