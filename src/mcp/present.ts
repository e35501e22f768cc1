/**
 * What leaves the MCP server beyond the services' own presentation. An assistant reads every byte of a
 * result into a context of limited size, and a figure over a quarter can stand on a thousand records, so
 * record id lists are cut to their first MAX_RECORDS with the full count beside them; the assistant asks
 * `explain-metric` for the records of one figure.
 */
export const MAX_RECORDS = 20;

/** The value with every `recordIds` list cut to its first ids; a cut list gets its length as `recordCount`. */
export function limitRecordIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(limitRecordIds);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const limited: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'recordIds' && Array.isArray(inner)) {
      limited.recordIds = inner.slice(0, MAX_RECORDS);
      if (inner.length > MAX_RECORDS) limited.recordCount = inner.length;
    } else {
      limited[key] = limitRecordIds(inner);
    }
  }
  return limited;
}
