/**
 * Vulnerability findings: an idempotent upsert and the reads the service filters further. A row is
 * rewritten only when its content changed; `opened_at` keeps the earliest instant any import saw, so a
 * later scan that reports an old finding again does not make it look new.
 */
import { and, asc, inArray, type SQL, sql } from 'drizzle-orm';
import type { Vulnerability, VulnerabilitySeverity, VulnerabilityState } from '../domain/vulnerability.js';
import { vulnerabilities } from './schema/vulnerabilities.js';
import type { StoreSession } from './store.js';

/** Rows per INSERT statement: 15 parameters each stays far below PostgreSQL's 65,535. */
const BATCH_SIZE = 1_000;

export interface VulnerabilityUpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

const DATA_COLUMNS = [
  'repository',
  'service',
  'package',
  'ecosystem',
  'advisory',
  'title',
  'severity',
  'state',
  'fixed_at',
  'dismissed_at',
  'url',
] as const;

/** Writes all findings in one transaction (the caller's, when it has one); a repeated id counts once. */
export async function upsertVulnerabilities(
  store: StoreSession,
  findings: readonly Vulnerability[],
): Promise<VulnerabilityUpsertCounts> {
  const unique = [
    ...new Map(findings.map((finding) => [`${finding.source}:${finding.key}`, finding])).values(),
  ];
  const counts: VulnerabilityUpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  await store.transaction(async (tx) => {
    for (let start = 0; start < unique.length; start += BATCH_SIZE) {
      const batch = unique.slice(start, start + BATCH_SIZE);
      const changed = sql.join(
        DATA_COLUMNS.map(
          (column) =>
            sql`"vulnerabilities".${sql.identifier(column)} is distinct from excluded.${sql.identifier(column)}`,
        ),
        sql` or `,
      );
      const rows = await tx.db
        .insert(vulnerabilities)
        .values(batch.map(toRow))
        .onConflictDoUpdate({
          target: vulnerabilities.id,
          set: {
            ...Object.fromEntries(
              DATA_COLUMNS.map((column) => [toProperty(column), sql.raw(`excluded.${column}`)]),
            ),
            openedAt: sql`least(${vulnerabilities.openedAt}, excluded.opened_at)`,
            updatedAt: sql`now()`,
          },
          setWhere: sql`${changed} or excluded.opened_at < ${vulnerabilities.openedAt}`,
        })
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      const inserted = rows.filter((row) => row.inserted).length;
      counts.inserted += inserted;
      counts.updated += rows.length - inserted;
      counts.unchanged += batch.length - rows.length;
    }
  });
  return counts;
}

function toProperty(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function toRow(finding: Vulnerability): typeof vulnerabilities.$inferInsert {
  return {
    id: `${finding.source}:${finding.key}`,
    source: finding.source,
    key: finding.key,
    repository: finding.repository,
    service: finding.service,
    package: finding.package,
    ecosystem: finding.ecosystem,
    advisory: finding.advisory,
    title: finding.title,
    severity: finding.severity,
    state: finding.state,
    openedAt: new Date(finding.openedAt),
    fixedAt: finding.fixedAt === null ? null : new Date(finding.fixedAt),
    dismissedAt: finding.dismissedAt === null ? null : new Date(finding.dismissedAt),
    url: finding.url,
  };
}

export interface VulnerabilityFilter {
  severities?: readonly VulnerabilitySeverity[];
  states?: readonly VulnerabilityState[];
}

/** A stored finding, with its id and instants as `Date`. */
export type StoredVulnerability = typeof vulnerabilities.$inferSelect;

/** Findings matching the filter, oldest first. */
export async function listVulnerabilities(
  store: StoreSession,
  filter: VulnerabilityFilter = {},
): Promise<StoredVulnerability[]> {
  const conditions: SQL[] = [];
  if (filter.severities) conditions.push(inArray(vulnerabilities.severity, [...filter.severities]));
  if (filter.states) conditions.push(inArray(vulnerabilities.state, [...filter.states]));
  return store.db
    .select()
    .from(vulnerabilities)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(vulnerabilities.openedAt), asc(vulnerabilities.id));
}

/** How many findings are stored; for status output and tests. */
export async function countVulnerabilities(store: StoreSession): Promise<number> {
  const [row] = await store.db.select({ n: sql<number>`count(*)::int` }).from(vulnerabilities);
  return row?.n ?? 0;
}
