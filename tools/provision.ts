/**
 * npm run provision -- --site <url> [--user owner] [--version N] [--check] [--lang sv|en]
 *
 * Creates or upgrades the GITS Statusrapport lists and their permissions on a site through the
 * same code the web part uses (src/data/provisioning). With --check it writes nothing: it reads
 * the site back and prints every difference from the schema and the security table (exit code
 * 1 when there is one). Against the local SharePoint, --user picks the local user (default
 * owner). Against SharePoint Online, pass --token <bearer token> (e.g. from
 * `az account get-access-token --resource https://<tenant>.sharepoint.com`); no user header is sent then.
 */
import { checkSite } from '../src/data/provisioning/check';
import { describeDifference, type ReportLanguage } from '../src/data/provisioning/describe';
import { provisionSite } from '../src/data/provisioning/provision';
import { createNodeSpfi, type LocalUser } from '../src/data/repository/createNodeSpfi';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const site = arg('site');
  if (!site) {
    console.error('Usage: npm run provision -- --site <site url> [--check] [--lang sv|en] [--user owner|editor|approver|reader] [--token <bearer>] [--version N] [--approvers <group>]');
    process.exit(2);
  }
  const token = arg('token');
  const user = (arg('user') ?? (token ? undefined : 'owner')) as LocalUser | undefined;
  const version = arg('version') ? Number(arg('version')) : undefined;
  const approversGroup = arg('approvers');
  const lang: ReportLanguage = arg('lang') === 'en' ? 'en' : 'sv';
  const sp = createNodeSpfi(site, { user, headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (process.argv.indexOf('--check') >= 0) {
    const differences = await checkSite(sp, { version, approversGroup });
    differences.forEach((d) => console.log(`  ${describeDifference(d, lang)}`));
    console.log(
      differences.length === 0
        ? lang === 'sv' ? 'Inga skillnader mot schemat och behörighetsmodellen.' : 'No differences from the schema and the security table.'
        : lang === 'sv' ? `${differences.length} skillnader.` : `${differences.length} differences.`
    );
    process.exit(differences.length === 0 ? 0 : 1);
  }
  const result = await provisionSite(sp, { version, approversGroup, log: (m) => console.log(`  ${m}`) });
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
