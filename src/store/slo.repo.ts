/**
 * SLI counts per service, SLO and UTC day (`schema/slo.ts`). A day's minutes are packed as unsigned
 * LEB128 varints, two per minute: `valid + 1` (0 for a minute without a sample, then nothing follows)
 * and `valid - good`. Typical per-minute counts take three bytes a minute, about 4 KB a day, so a quarter
 * of per-minute data for 500 services stays near 200 MB. Writes merge with what is stored (a minute a
 * batch gives replaces the stored one; the others stay), in one transaction.
 */
import {
  createSliMinutes,
  MINUTES_PER_DAY,
  type SliBulk,
  type SliDay,
  type SliMinutes,
  type SliSeries,
  totalMinutes,
} from '../metrics/slo/series.js';
import type { StoreSession } from './store.js';

const DAY_MS = 86_400_000;
const COLUMNS = [
  'service',
  'slo',
  'day',
  'good',
  'valid',
  'present_minutes',
  'last_minute',
  'minutes',
] as const;

export interface SliKey {
  /** Full service reference. */
  service: string;
  slo: string;
}

/** Packs one day's minutes (see the header for the layout). */
export function encodeSliMinutes(minutes: SliMinutes): Buffer {
  const bytes = Buffer.allocUnsafe(MINUTES_PER_DAY * 20);
  let offset = 0;
  const write = (value: number) => {
    let rest = value;
    while (rest >= 0x80) {
      bytes[offset++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    bytes[offset++] = rest;
  };
  for (let minute = 0; minute < MINUTES_PER_DAY; minute += 1) {
    if (minutes.present[minute] === 0) {
      write(0);
      continue;
    }
    const valid = minutes.valid[minute] ?? 0;
    write(valid + 1);
    write(valid - (minutes.good[minute] ?? 0));
  }
  return bytes.subarray(0, offset);
}

export function decodeSliMinutes(bytes: Uint8Array): SliMinutes {
  const minutes = createSliMinutes();
  let offset = 0;
  const read = () => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[offset++];
      if (byte === undefined) throw new Error('SLI minutes cut short');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  };
  for (let minute = 0; minute < MINUTES_PER_DAY; minute += 1) {
    const validPlusOne = read();
    if (validPlusOne === 0) continue;
    const valid = validPlusOne - 1;
    minutes.present[minute] = 1;
    minutes.valid[minute] = valid;
    minutes.good[minute] = valid - read();
  }
  return minutes;
}

const toDayText = (dayStart: number) => new Date(dayStart).toISOString().slice(0, 10);

/**
 * Merges a batch of days into what is stored for one SLO, in one transaction (joining the caller's).
 * Returns how many day rows were written.
 */
export async function writeSliDays(
  store: StoreSession,
  key: SliKey,
  days: ReadonlyMap<number, SliMinutes>,
): Promise<number> {
  if (days.size === 0) return 0;
  const dayTexts = [...days.keys()].map(toDayText);
  return store.transaction(async (tx) => {
    const stored = await tx.query<{ day_number: number; minutes: string }>(
      "select (day - date '1970-01-01') as day_number, encode(minutes, 'base64') as minutes " +
        'from slo_sli_days where service = $1 and slo = $2 and day = any($3::date[])',
      [key.service, key.slo, dayTexts],
    );
    const merged = new Map(days);
    for (const row of stored) {
      const dayStart = Number(row.day_number) * DAY_MS;
      const incoming = days.get(dayStart);
      if (!incoming) continue;
      const kept = decodeSliMinutes(Buffer.from(row.minutes, 'base64'));
      for (let minute = 0; minute < MINUTES_PER_DAY; minute += 1) {
        if (incoming.present[minute] === 1 || kept.present[minute] === 0) continue;
        incoming.present[minute] = 1;
        incoming.good[minute] = kept.good[minute] ?? 0;
        incoming.valid[minute] = kept.valid[minute] ?? 0;
      }
      merged.set(dayStart, incoming);
    }
    await tx.query('delete from slo_sli_days where service = $1 and slo = $2 and day = any($3::date[])', [
      key.service,
      key.slo,
      dayTexts,
    ]);
    const rows = [...merged].map(([dayStart, minutes]) => {
      const totals = totalMinutes(minutes);
      return [
        key.service,
        key.slo,
        toDayText(dayStart),
        totals.good,
        totals.valid,
        totals.presentMinutes,
        minutes.present.lastIndexOf(1),
        `\\x${encodeSliMinutes(minutes).toString('hex')}`,
      ];
    });
    return tx.copyRows('slo_sli_days', COLUMNS, rows);
  });
}

/**
 * What to read for one SLO's status: the whole days `[bulkFrom, bulkTo)` summed into one figure, the days
 * `[detailFrom, detailTo]` (and `extraDay`) one by one, and the minutes of `minuteDays` only. All are epoch
 * milliseconds of UTC midnights.
 */
export interface SliReadRequest extends SliKey {
  bulkFrom: number;
  bulkTo: number;
  detailFrom: number;
  detailTo: number;
  extraDay: number | null;
  minuteDays: readonly number[];
}

/** Each SLO's series, read in two queries whatever the number of SLOs; keyed by `service slo`. */
export async function readSliSeries(
  store: StoreSession,
  requests: readonly SliReadRequest[],
): Promise<Map<string, SliSeries>> {
  const result = new Map<string, { days: Map<number, SliDay>; bulk?: SliBulk }>();
  for (const request of requests) result.set(`${request.service} ${request.slo}`, { days: new Map() });
  if (requests.length === 0) return result;
  const column = <T>(pick: (request: SliReadRequest) => T) => requests.map(pick);
  const sums = await store.query<Record<string, unknown>>(
    'select w.service, w.slo, sum(d.good) as good, sum(d.valid) as valid, sum(d.present_minutes)::int as present ' +
      'from unnest($1::text[], $2::text[], $3::date[], $4::date[]) as w(service, slo, from_day, to_day) ' +
      'join slo_sli_days d on d.service = w.service and d.slo = w.slo and d.day >= w.from_day and d.day < w.to_day ' +
      'group by w.service, w.slo',
    [
      column((r) => r.service),
      column((r) => r.slo),
      column((r) => toDayText(r.bulkFrom)),
      column((r) => toDayText(r.bulkTo)),
    ],
  );
  const sumsByKey = new Map(sums.map((row) => [`${row.service} ${row.slo}`, row]));
  for (const request of requests) {
    const row = sumsByKey.get(`${request.service} ${request.slo}`);
    const series = result.get(`${request.service} ${request.slo}`);
    if (!series || request.bulkTo <= request.bulkFrom) continue;
    series.bulk = {
      from: request.bulkFrom,
      to: request.bulkTo,
      good: Number(row?.good ?? 0),
      valid: Number(row?.valid ?? 0),
      presentMinutes: Number(row?.present ?? 0),
    };
  }
  const rows = await store.query<Record<string, unknown>>(
    "select d.service, d.slo, (d.day - date '1970-01-01') as day_number, d.good, d.valid, d.present_minutes, " +
      "case when d.day::text = any(string_to_array(w.minute_days, ',')) then encode(d.minutes, 'base64') end as minutes " +
      'from unnest($1::text[], $2::text[], $3::date[], $4::date[], $5::date[], $6::text[]) ' +
      'as w(service, slo, detail_from, detail_to, extra_day, minute_days) ' +
      'join slo_sli_days d on d.service = w.service and d.slo = w.slo ' +
      'and (d.day between w.detail_from and w.detail_to or d.day = w.extra_day)',
    [
      column((r) => r.service),
      column((r) => r.slo),
      column((r) => toDayText(r.detailFrom)),
      column((r) => toDayText(r.detailTo)),
      column((r) => (r.extraDay === null ? null : toDayText(r.extraDay))),
      column((r) => r.minuteDays.map(toDayText).join(',')),
    ],
  );
  for (const row of rows) {
    const dayStart = Number(row.day_number) * DAY_MS;
    const day: SliDay = {
      day: dayStart,
      good: Number(row.good),
      valid: Number(row.valid),
      presentMinutes: Number(row.present_minutes),
    };
    if (typeof row.minutes === 'string') day.minutes = decodeSliMinutes(Buffer.from(row.minutes, 'base64'));
    result.get(`${row.service} ${row.slo}`)?.days.set(dayStart, day);
  }
  return result;
}

/** One SLO's day totals in `[fromDay, toDay]`, without minutes, oldest first. */
export async function readSliDayTotals(
  store: StoreSession,
  key: SliKey,
  fromDay: number,
  toDay: number,
): Promise<Omit<SliDay, 'minutes'>[]> {
  const rows = await store.query<Record<string, unknown>>(
    "select (day - date '1970-01-01') as day_number, good, valid, present_minutes from slo_sli_days " +
      'where service = $1 and slo = $2 and day between $3 and $4 order by day',
    [key.service, key.slo, toDayText(fromDay), toDayText(toDay)],
  );
  return rows.map((row) => ({
    day: Number(row.day_number) * DAY_MS,
    good: Number(row.good),
    valid: Number(row.valid),
    presentMinutes: Number(row.present_minutes),
  }));
}

export interface SliCoverage extends SliKey {
  firstDay: number;
  /** The end of the latest minute with a sample, epoch milliseconds. */
  end: number;
  days: number;
}

/** For each SLO with data: its first day and the end of its latest sample. */
export async function readSliCoverage(store: StoreSession): Promise<SliCoverage[]> {
  const rows = await store.query<Record<string, unknown>>(
    "select service, slo, (min(day) - date '1970-01-01') as first_day, count(*)::int as days, " +
      "max((day - date '1970-01-01') * 1440 + last_minute) as last_minute from slo_sli_days group by service, slo",
  );
  return rows.map((row) => ({
    service: String(row.service),
    slo: String(row.slo),
    firstDay: Number(row.first_day) * DAY_MS,
    end: (Number(row.last_minute) + 1) * 60_000,
    days: Number(row.days),
  }));
}

/** The digest an SLI file had when it was last imported, if it was. */
export async function readSliFileDigest(
  store: StoreSession,
  key: SliKey,
  file: string,
): Promise<string | undefined> {
  const [row] = await store.query<{ digest: string }>(
    'select digest from slo_sli_files where service = $1 and slo = $2 and file = $3',
    [key.service, key.slo, file],
  );
  return row?.digest;
}

export async function recordSliFile(
  store: StoreSession,
  key: SliKey,
  file: string,
  digest: string,
  at: Date,
): Promise<void> {
  await store.query(
    'insert into slo_sli_files (service, slo, file, digest, imported_at) values ($1, $2, $3, $4, $5) ' +
      'on conflict (service, slo, file) do update set digest = excluded.digest, imported_at = excluded.imported_at',
    [key.service, key.slo, file, digest, at],
  );
}
