import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini (a fraction of full zod's start-up cost) ships without messages of its own: give
// it the English ones, for the rare input no check below words itself (e.g. a number for a string).
z.config(en());

// Control characters break CSV exports, logs and terminals; line breaks only where asked.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const LINE_BREAK = /[\n\r\t]/;
const MARKUP = /[<>]/;

/** Trimmed, non-empty text of at most `max` characters without control characters. */
export const text = (max: number, { multiline = false } = {}) =>
  z.string().check(
    z.trim(),
    z.minLength(1, 'Must not be empty.'),
    z.maxLength(max, `At most ${max} characters.`),
    z.refine(
      (s) => !CONTROL.test(s) && (multiline || !LINE_BREAK.test(s)),
      multiline
        ? 'Must not contain control characters.'
        : 'Must be a single line without control characters.',
    ),
    // markup has no place in a name or a note; 《》 are the Chinese title marks
    z.refine((s) => !MARKUP.test(s), 'Must not contain < or > (use 《》 for titles).'),
  );

/** A record's id as the API hands it out. */
export const id = z.string().check(z.minLength(1, 'Must not be empty.'));

/** Mainland mobile (11 digits from 13x-19x) or landline with area code (0xx-xxxxxxxx). */
export const phone = z
  .string()
  .check(
    z.trim(),
    z.regex(
      /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/,
      'Enter a mainland mobile number (11 digits, e.g. 13812345678) or a landline with area code (e.g. 0473-1234567).',
    ),
  );

// GB/T 2260 province-level prefixes (省级行政区划代码).
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

/** Six-digit administrative division code (GB/T 2260), e.g. 150400 for 赤峰市. */
export const divisionCode = z.string().check(
  z.trim(),
  z.regex(/^\d{6}$/, 'Enter the six-digit administrative division code (GB/T 2260), e.g. 150400.'),
  z.refine(
    (code) => PROVINCES.has(code.slice(0, 2)),
    'The first two digits must be a province-level code of GB/T 2260 (e.g. 15 for 内蒙古).',
  ),
);

/** Calendar date as YYYY-MM-DD that exists (no 2月30日). */
export const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD.'),
  z.refine(
    (s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'This date does not exist.',
  ),
);

/** Amount in yuan with at most two decimals (fen), returned as integer fen. */
export const yuanToFen = z.pipe(
  z.number().check(
    z.gte(0, 'Must not be negative.'),
    z.lte(1e12, 'At most 1,000,000,000,000 yuan.'),
    z.refine((y) => Math.abs(y * 100 - Math.round(y * 100)) < 1e-6, 'At most two decimals (fen).'),
  ),
  z.transform((y) => Math.round(y * 100)),
);

/** A whole number from `min` to `max`, each bound with its own message. */
export const wholeNumber = (
  what: string,
  [min, minMessage]: [number, string],
  [max, maxMessage]: [number, string],
) => z.number().check(z.int(what), z.gte(min, minMessage), z.lte(max, maxMessage));

export const count = (max: number) =>
  wholeNumber('Must be a whole number.', [0, 'Must not be negative.'], [max, `At most ${max}.`]);

/**
 * Text to search for. Values never reach an expression unescaped (they are placeholders),
 * but `#` and `:` are the placeholder sigils, so a search with them is refused outright.
 */
export const searchText = text(100).check(
  z.refine((s) => !/[#:]/.test(s), 'Search text must not contain # or :.'),
);

/** Absent or null in, `fallback` out: what an optional field of a create input stores. */
export const absentIs = <T extends z.ZodMiniType, F>(schema: T, fallback: F) =>
  z.pipe(
    z.optional(schema),
    z.transform((v) => (v ?? fallback) as NonNullable<z.output<T>> | F),
  );

export const absentIsNull = <T extends z.ZodMiniType>(schema: T) => absentIs(schema, null);
