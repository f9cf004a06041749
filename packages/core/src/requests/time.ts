/**
 * Calendar days and months as they are meant in China (UTC+8): deadlines, overdue, and the
 * months of the trend. Times are stored as UTC instants.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The date (YYYY-MM-DD) in China at an instant. */
export const chinaDate = (at: Date | string) =>
  new Date(new Date(at).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/** The month (YYYY-MM) in China at an instant. */
export const chinaMonth = (at: Date | string) => chinaDate(at).slice(0, 7);

/** The months from `from` to `to` (YYYY-MM), both included, oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const m = `${year}-${String(month).padStart(2, '0')}`;
    if (m > to) break;
    months.push(m);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * Buckets of the time-to-resolve histogram, by upper bound in hours (the last is open). Finer
 * where most requests fall (hours and days), coarser beyond a month.
 */
export const RESOLVE_BUCKET_HOURS = [
  1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 240, 336, 504, 720, 1080, 1440, 2160,
] as const;

export interface ResolveBucket {
  /** Counter suffix: the upper bound in hours, or `more` for the last. */
  key: string;
  fromHours: number;
  /** Exclusive; null for the last bucket. */
  toHours: number | null;
}

export const RESOLVE_BUCKETS: readonly ResolveBucket[] = [
  ...RESOLVE_BUCKET_HOURS.map((to, i) => ({
    key: String(to),
    fromHours: i === 0 ? 0 : (RESOLVE_BUCKET_HOURS[i - 1] as number),
    toHours: to,
  })),
  {
    key: 'more',
    fromHours: RESOLVE_BUCKET_HOURS[RESOLVE_BUCKET_HOURS.length - 1] as number,
    toHours: null,
  },
];

export const hoursBetween = (from: string, to: string) =>
  (Date.parse(to) - Date.parse(from)) / 3_600_000;

/** The bucket a time to resolve falls in: from ≤ hours < to. */
export const resolveBucketOf = (hours: number): ResolveBucket =>
  RESOLVE_BUCKETS.find((b) => b.toHours === null || hours < b.toHours) as ResolveBucket;

export interface Median {
  /** The bucket that holds the median (the ⌈n/2⌉-th smallest time). */
  bucket: ResolveBucket;
  /** An estimate inside that bucket, interpolating as if its times were spread evenly. */
  estimateHours: number;
}

/** The median time to resolve, read from the histogram; null when nothing was resolved. */
export function medianOf(counts: { bucket: ResolveBucket; count: number }[]): Median | null {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) return null;
  const rank = Math.ceil(total / 2);
  let before = 0;
  for (const { bucket, count } of counts) {
    if (count > 0 && before + count >= rank) {
      const share = (rank - before) / count;
      const estimateHours =
        bucket.toHours === null
          ? bucket.fromHours
          : bucket.fromHours + (bucket.toHours - bucket.fromHours) * share;
      return { bucket, estimateHours };
    }
    before += count;
  }
  return null;
}
