/**
 * Blaming language in a postmortem: sentences that make an individual the cause of an incident. A review
 * that names a person as the cause teaches people to hide mistakes; the fix is to name the system that
 * let the mistake through. A line is flagged when a declared person (display name, first name, workspace
 * name or a login) is the subject of a causal verb ("Dana forgot to…", "caused by dana-k"), when anyone's
 * mistake is spelled out as a possessive ("Sam's mistake"), or when "human error" is given as a cause.
 * People merely mentioned (a timeline entry saying who paged whom) are not flagged.
 */

export interface PersonNames {
  ref: string;
  displayName: string;
  /** Handles: the workspace name and logins from the identities. */
  handles: readonly string[];
}

export interface BlameFlag {
  line: number;
  /** The line as written, trimmed. */
  quote: string;
  /** The person named, when the flag is about a declared person. */
  person?: string;
  reason: string;
}

/** Verbs and phrases that make their subject the cause, allowing one adverb in between. */
const CAUSAL_AFTER =
  "(?:\\w+\\s+)?(?:caused|forgot|failed\\s+to|should\\s+have|shouldn't\\s+have|broke|neglected|ignored|did\\s+not|didn't|made\\s+(?:a|an|the)\\s+(?:mistake|error))\\b";
const CAUSAL_BEFORE =
  '(?:[Cc]aused|[Bb]roken|[Tt]riggered|[Ii]ntroduced)\\s+by\\s+|[Bb]lame[sd]?\\s+(?:on\\s+)?';
const FAULT_NOUNS = '(?:mistake|fault|error|oversight|negligence|carelessness|slip)';

const POSSESSIVE_FAULT = new RegExp(`\\b([A-Z][\\p{L}-]+)['’]s\\s+(?:\\w+\\s+)?${FAULT_NOUNS}\\b`, 'u');
const HUMAN_ERROR = /\bhuman\s+error\b/i;

function escapePattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The people's names in three combined patterns, strongest first, and who each name belongs to. */
export interface BlamePatterns {
  /** Full display names (with their capital) and handles (in any case), then first names. */
  tiers: { pattern: RegExp | undefined; owners: Map<string, string[]>; caseless: boolean }[];
}

function causalPattern(name: string, flags: string): RegExp {
  // The name is captured three times over (one group per way of blaming); whichever matched names the person.
  return new RegExp(
    `(?<![\\w-])(?:(${name})(?:['’]s)?\\s+${CAUSAL_AFTER}|(${name})['’]s\\s+(?:\\w+\\s+)?${FAULT_NOUNS}\\b|(?:${CAUSAL_BEFORE})(${name})(?![\\w-]))`,
    flags,
  );
}

function buildTier(entries: { name: string; ref: string }[], caseless: boolean) {
  const owners = new Map<string, string[]>();
  for (const { name, ref } of entries) {
    const key = caseless ? name.toLowerCase() : name;
    const refs = owners.get(key) ?? [];
    if (!refs.includes(ref)) refs.push(ref);
    owners.set(key, refs);
  }
  // Longest first, so "Dana Kim" wins over "Dana" inside one alternation.
  const names = [...owners.keys()].sort((a, b) => b.length - a.length).map(escapePattern);
  const pattern =
    names.length > 0 ? causalPattern(`(?:${names.join('|')})`, caseless ? 'iu' : 'u') : undefined;
  return { pattern, owners, caseless };
}

/**
 * Display and first names are matched with their capital (a first name can be an ordinary word); handles,
 * which are never ordinary words, in any case. A first name shared by several people names none of them.
 */
export function buildBlamePatterns(people: readonly PersonNames[]): BlamePatterns {
  const full = people
    .filter((p) => p.displayName.length > 1)
    .map((p) => ({ name: p.displayName, ref: p.ref }));
  const handles = people.flatMap((p) =>
    p.handles.filter((h) => h.length > 2).map((name) => ({ name, ref: p.ref })),
  );
  const first = people
    .map((p) => ({ name: p.displayName.split(/\s+/)[0] ?? '', ref: p.ref }))
    .filter((entry) => entry.name.length > 1);
  return { tiers: [buildTier(full, false), buildTier(handles, true), buildTier(first, false)] };
}

/** Who a line blames by name: the person, or undefined when the name is shared; false when nobody is named. */
function findNamed(text: string, patterns: BlamePatterns): string | undefined | false {
  for (const tier of patterns.tiers) {
    const match = tier.pattern?.exec(text);
    if (!match) continue;
    const name = match[1] ?? match[2] ?? match[3] ?? '';
    const refs = tier.owners.get(tier.caseless ? name.toLowerCase() : name) ?? [];
    return refs.length === 1 ? refs[0] : undefined;
  }
  return false;
}

/** The lines of `body` that blame an individual, in order. */
export function findBlame(
  body: readonly { line: number; text: string }[],
  patterns: BlamePatterns,
): BlameFlag[] {
  const flags: BlameFlag[] = [];
  for (const { line, text } of body) {
    const quote = text.trim();
    if (quote === '') continue;
    const named = findNamed(text, patterns);
    if (named !== false) {
      flags.push({ line, quote, ...(named ? { person: named } : {}), reason: 'names a person as the cause' });
      continue;
    }
    const possessive = POSSESSIVE_FAULT.exec(text);
    if (possessive) {
      flags.push({ line, quote, reason: `blames "${possessive[1]}" for a mistake` });
      continue;
    }
    if (HUMAN_ERROR.test(text)) flags.push({ line, quote, reason: 'gives human error as a cause' });
  }
  return flags;
}
