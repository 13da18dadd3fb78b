import { verifyAuditChain } from '../../platform/audit/audit.service.ts';
import { listOrganizations } from '../../platform/tenancy/organizations.service.ts';
import { withDatabase } from '../cli-context.ts';
import { type Command, stringOption } from '../command.ts';

export const auditVerifyCommand: Command = {
  path: ['audit', 'verify'],
  summary: "Check every organisation's audit hash chain",
  usage: `Usage: tradeguard audit verify [--org SLUG]

Recomputes every link; exits 1 and names the first broken entry if a row was edited or deleted.`,
  options: { org: { type: 'string' } },
  positionals: 0,
  async run(values) {
    return withDatabase(async ({ database }) => {
      const slug = stringOption(values, 'org');
      const organizations = (await listOrganizations(database.db)).filter((o) => !slug || o.slug === slug);
      if (slug && organizations.length === 0) {
        process.stderr.write(`No organisation with the slug "${slug}"\n`);
        return 2;
      }
      let broken = 0;
      for (const organization of organizations) {
        const report = await verifyAuditChain(database.db, organization.id);
        if (report.ok) {
          process.stdout.write(`${organization.slug}: OK, ${report.checked} entries verified\n`);
        } else {
          broken += 1;
          process.stdout.write(
            `${organization.slug}: BROKEN at entry ${report.firstBroken?.seq}: ${report.firstBroken?.reason} ` +
              `(${report.checked} entries verified before it)\n`,
          );
        }
      }
      return broken === 0 ? 0 : 1;
    });
  },
};
