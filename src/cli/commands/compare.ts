import { ENTITY_SCHEMAS, type EntitySchema } from '../../screening/list-entity.model.ts';
import { entityQuerySchema } from '../../screening/match-query.model.ts';
import { compareParties } from '../../screening/screening.service.ts';
import { UsageError } from '../cli-errors.ts';
import { type Command, stringOption } from '../command.ts';

export const compareCommand: Command = {
  path: ['compare'],
  summary: 'Compare two names and explain the score',
  usage: `Usage: tradeguard compare "NAME ONE" "NAME TWO" [--schema Person|Organization|Company|LegalEntity|Vessel|Aircraft]

Prints the score in [0, 1], whether it is a match at the default threshold, and why.`,
  options: { schema: { type: 'string' } },
  positionals: 2,
  async run(values, positionals) {
    const [left, right] = positionals;
    if (!left || !right) throw new UsageError('Give two names to compare');
    const schema = stringOption(values, 'schema') ?? 'LegalEntity';
    if (!(ENTITY_SCHEMAS as readonly string[]).includes(schema)) {
      throw new UsageError(`--schema must be one of ${ENTITY_SCHEMAS.join(', ')}`);
    }
    const party = (name: string) =>
      entityQuerySchema.parse({ schema: schema as EntitySchema, properties: { name: [name] } });
    const result = compareParties(party(left), party(right));
    process.stdout.write(`score ${result.score.toFixed(3)}  match ${result.match}\n${result.explanation}\n`);
    return 0;
  },
};
