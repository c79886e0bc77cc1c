/**
 * KPI definitions: stable keys for the KPIs every GITS report shares, so that values of
 * different quarters (and reports that word the label slightly differently) form one history.
 */
import type { IKpiDefinition, IKpiEntry, IStatusReport, KpiCategory } from '../model';

/** Keys of the well-known KPIs; derived-figure checks and charts look these up. */
export const KPI_KEYS = {
  registeredUsers: 'registered-users',
  activeUsers: 'active-users',
  shareActiveUsers: 'share-active-users',
  activeUsersChange: 'active-users-change',
  activeUsersByOrganisation: 'active-users-by-organisation',
  attachedFiles: 'attached-files',
  guidelineRevisions: 'guideline-revisions',
  processStatisticsReports: 'process-statistics-reports',
  newsletterRecipients: 'newsletter-recipients',
  operationalNotices: 'operational-notices',
  websiteVisitors: 'website-visitors',
  mailboxCases: 'mailbox-cases',
  instructionVideos: 'instruction-videos'
} as const;

interface IWellKnownKpi {
  readonly pattern: RegExp;
  readonly key: string;
  readonly unit: string;
  readonly category: KpiCategory;
}

// Matched against the lower-cased label start, so product names after the words
// ("... i SAMSA IT-tjänst") and small wording differences map to the same key.
// Order matters: the share and change rows mention "aktiva användare" too.
const WELL_KNOWN_KPIS: readonly IWellKnownKpi[] = [
  { pattern: /^andel aktiva användare av registrerade/, key: KPI_KEYS.shareActiveUsers, unit: '%', category: 'users' },
  { pattern: /^(procentuell )?(ökning|förändring) (av )?(antal(et)? )?aktiva användare/, key: KPI_KEYS.activeUsersChange, unit: '%', category: 'users' },
  { pattern: /^andel kommun\s*\/\s*sjukhus av aktiva/, key: KPI_KEYS.activeUsersByOrganisation, unit: '%', category: 'users' },
  { pattern: /^(totalt |antal(et)? )?registrerade användare/, key: KPI_KEYS.registeredUsers, unit: 'st', category: 'users' },
  { pattern: /^(antal(et)? )?aktiva användare/, key: KPI_KEYS.activeUsers, unit: 'st', category: 'users' },
  { pattern: /^(antal(et)? )?bifogade filer/, key: KPI_KEYS.attachedFiles, unit: 'st', category: 'usage' },
  { pattern: /^uppdatering\s*\/\s*revidering av riktlinjer/, key: KPI_KEYS.guidelineRevisions, unit: '', category: 'documentation' },
  { pattern: /^(antal(et)? )?rapporter om processtatistik/, key: KPI_KEYS.processStatisticsReports, unit: 'st', category: 'communication' },
  { pattern: /^(antal(et)? )?mottagare av nyhetsbrev/, key: KPI_KEYS.newsletterRecipients, unit: 'st', category: 'communication' },
  { pattern: /^(antal(et)? )?meddelanden? om driftinformation/, key: KPI_KEYS.operationalNotices, unit: 'st', category: 'communication' },
  { pattern: /^(antal(et)? )?besökare (på )?hemsidan/, key: KPI_KEYS.websiteVisitors, unit: '', category: 'communication' },
  { pattern: /^(antal(et)? )?ärenden i funktionsbrevlådan/, key: KPI_KEYS.mailboxCases, unit: 'st', category: 'support' },
  // "Intruktionsfilmer" is how the seed spells it.
  { pattern: /^(antal(et)? )?in(s)?truktionsfilmer/, key: KPI_KEYS.instructionVideos, unit: 'st', category: 'training' }
];

const MAX_SLUG_LENGTH = 60;

/** ASCII key from any label: "Rensning av filer i Alfresco" → "rensning-av-filer-i-alfresco". */
export function slugifyKpiLabel(label: string): string {
  const ascii = (label || '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = ascii;
  if (slug.length > MAX_SLUG_LENGTH) {
    slug = slug.slice(0, MAX_SLUG_LENGTH);
    const lastDash = slug.lastIndexOf('-');
    slug = (lastDash > 0 ? slug.slice(0, lastDash) : slug).replace(/-+$/, '');
  }
  return slug || 'kpi';
}

function normalizeLabel(label: string): string {
  return (label || '').replace(/[\s\u00A0\u202F\u2009]+/g, ' ').trim().toLowerCase();
}

/** The definition a label stands for: a well-known key, unit and category, or a slug with category "other". */
export function kpiDefinitionForLabel(label: string): IKpiDefinition {
  const normalized = normalizeLabel(label);
  for (const known of WELL_KNOWN_KPIS) {
    if (known.pattern.test(normalized)) {
      return { key: known.key, label, unit: known.unit, category: known.category };
    }
  }
  return { key: slugifyKpiLabel(label), label, unit: '', category: 'other' };
}

/** Key pattern the validation enforces: lower-case ASCII words joined by single dashes. */
export const KPI_KEY_PATTERN: RegExp = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** At most this many headline figures lead the card. */
export const MAX_HEADLINE_KPIS: number = 4;

/**
 * The default headline figures: numeric "users" KPIs with a value this quarter (registered,
 * active, share active in the seed), else the first numeric KPIs; at most three.
 */
export function defaultHeadlineKpis(report: IStatusReport, max: number = 3): readonly IKpiEntry[] {
  const category = (key: string): KpiCategory | undefined => {
    const definition = report.kpiDefinitions.filter((d) => d.key === key)[0];
    return definition ? definition.category : undefined;
  };
  const numeric = report.kpis.filter((entry) => entry.current !== undefined && entry.current.number !== undefined);
  const users = numeric.filter((entry) => category(entry.definitionKey) === 'users');
  return (users.length ? users : numeric).slice(0, max);
}

/** The headline figures of a report: the team's choice in its order when it made one, else the default. */
export function headlineKpis(report: IStatusReport): readonly IKpiEntry[] {
  if (!report.headlineKpis) {
    return defaultHeadlineKpis(report);
  }
  return report.headlineKpis
    .map((key) => report.kpis.filter((entry) => entry.definitionKey === key)[0])
    .filter((entry): entry is IKpiEntry => entry !== undefined)
    .slice(0, MAX_HEADLINE_KPIS);
}
