import { ROLES } from '../../platform/auth/roles.ts';
import { createUserSchema } from '../../platform/users/users.model.ts';
import { createUser } from '../../platform/users/users.service.ts';
import { resolveActor, withDatabase } from '../cli-context.ts';
import { UsageError } from '../cli-errors.ts';
import { type Command, stringOption } from '../command.ts';

export const userCreateCommand: Command = {
  path: ['user', 'create'],
  summary: 'Create a user in an organisation',
  usage: `Usage: tradeguard user create --email EMAIL --name NAME --role ROLE [--org SLUG] [--supplier ID]

The password is read from the TRADEGUARD_PASSWORD environment variable (at least 12 characters), so that it
does not appear in the shell history or the process list.
Roles: ${ROLES.join(', ')}`,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    org: { type: 'string' },
    supplier: { type: 'string' },
  },
  positionals: 0,
  async run(values) {
    const parsed = createUserSchema.safeParse({
      email: stringOption(values, 'email'),
      name: stringOption(values, 'name'),
      role: stringOption(values, 'role'),
      password: process.env.TRADEGUARD_PASSWORD,
      supplierId: stringOption(values, 'supplier'),
    });
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => {
        if (issue.path.join('.') === 'password') {
          return process.env.TRADEGUARD_PASSWORD === undefined
            ? "TRADEGUARD_PASSWORD: set it to the new user's password (at least 12 characters)"
            : `TRADEGUARD_PASSWORD: ${issue.message}`;
        }
        return `--${issue.path.join('.')}: ${issue.message}`;
      });
      throw new UsageError(problems.join('\n'));
    }
    return withDatabase(async (context) => {
      const actor = await resolveActor(context, stringOption(values, 'org'), 'cli: user create');
      const user = await createUser(context.database.db, actor, parsed.data);
      process.stdout.write(`Created ${user.role} ${user.email} (${user.id})\n`);
      return 0;
    });
  },
};
