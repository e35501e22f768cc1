/**
 * The time zone of a person's `location` in people.yaml, read without guessing: the location is an IANA
 * zone itself (`Europe/Berlin`), or its first comma-separated part is the city of exactly one IANA zone
 * (`Berlin, Germany` → `Europe/Berlin`, `São Paulo` → `America/Sao_Paulo`). Anything else (a city with no
 * zone of its own, a region, a typo) has no zone, and the caller falls back to the workspace's.
 */

const normalize = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('_', ' ').trim().toLowerCase();

let cityIndex: Map<string, string[]> | undefined;

function listZones(): string[] {
  return [...Intl.supportedValuesOf('timeZone'), 'UTC'];
}

function indexCities(): Map<string, string[]> {
  if (cityIndex) return cityIndex;
  cityIndex = new Map();
  for (const zone of listZones()) {
    const city = normalize(zone.split('/').at(-1) ?? zone);
    cityIndex.set(city, [...(cityIndex.get(city) ?? []), zone]);
  }
  return cityIndex;
}

export function resolveLocationTimeZone(location: string | null | undefined): string | undefined {
  if (!location?.trim()) return undefined;
  const text = location.trim();
  const exact = listZones().find((zone) => zone.toLowerCase() === text.toLowerCase());
  if (exact) return exact;
  const zones = indexCities().get(normalize(text.split(',')[0] ?? ''));
  return zones?.length === 1 ? zones[0] : undefined;
}
