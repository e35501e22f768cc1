/**
 * A page: one person called to one incident. However many times a source notifies, reassigns or escalates
 * to the same person for the same incident, that is one page, at the first time they were called; the
 * burden on a person is how many incidents interrupted them, not how many messages their phone received.
 */

/** How the source told us the person was called. */
export const PAGE_VIAS = ['notification', 'assignment', 'acknowledgement', 'responder'] as const;
export type PageVia = (typeof PAGE_VIAS)[number];

export interface OncallPage {
  /** Stable: `<incident record id>#<system>:<actor>`, one page per person and incident. */
  id: string;
  /** The incident record id, `source:key`. */
  incidentId: string;
  /** The source that reported the page (`pagerduty`, `opsgenie`, or the incident record's source). */
  source: string;
  /** The identity system the actor id belongs to, as in people.yaml identities. */
  system: string;
  /** The person's id in that system (a PagerDuty user id, an Opsgenie user id). */
  actor: string;
  /** The display name the source gave, for listing people nobody has matched yet. */
  actorName: string | null;
  at: Date;
  via: PageVia;
  /** The escalation policy or team rotation the page came through, when the source says. */
  rotation: string | null;
}

export function pageId(incidentId: string, system: string, actor: string): string {
  return `${incidentId}#${system}:${actor}`;
}

/**
 * One page per person and incident: the earliest call wins, and keeps its rotation and name when a later
 * call of the same person is the only one that names them.
 */
export function dedupePages(pages: readonly OncallPage[]): OncallPage[] {
  const byId = new Map<string, OncallPage>();
  for (const page of pages) {
    const seen = byId.get(page.id);
    if (!seen) {
      byId.set(page.id, page);
      continue;
    }
    const [first, later] = page.at < seen.at ? [page, seen] : [seen, page];
    byId.set(page.id, {
      ...first,
      actorName: first.actorName ?? later.actorName,
      rotation: first.rotation ?? later.rotation,
    });
  }
  return [...byId.values()];
}
