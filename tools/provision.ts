/**
 * npm run provision -- --site <url> [--user owner] [--version N]
 *
 * Creates or upgrades the GITS Statusrapport lists on a site through the same code the web
 * part uses (src/data/provisioning). Against the local SharePoint, --user picks the local user
 * (default owner). Against SharePoint Online, pass --token <bearer token> (e.g. from
 * `az account get-access-token --resource https://<tenant>.sharepoint.com`); no user header is sent then.
 */
import { provisionSite } from '../src/data/provisioning/provision';
import { createNodeSpfi, type LocalUser } from '../src/data/repository/createNodeSpfi';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const site = arg('site');
  if (!site) {
    console.error('Usage: npm run provision -- --site <site url> [--user owner|editor|approver|reader] [--token <bearer>] [--version N]');
    process.exit(2);
  }
  const token = arg('token');
  const user = (arg('user') ?? (token ? undefined : 'owner')) as LocalUser | undefined;
  const version = arg('version') ? Number(arg('version')) : undefined;
  const sp = createNodeSpfi(site, { user, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const result = await provisionSite(sp, { version, log: (m) => console.log(`  ${m}`) });
  console.log(
    result.changes.length === 0
      ? `Up to date: schema version ${result.version} (no changes).`
      : `Provisioned schema version ${result.version} (was ${result.previousVersion}): ${result.changes.length} changes.`
  );
  result.warnings.forEach((w) => console.warn(`Warning: ${w}`));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
