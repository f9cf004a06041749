/**
 * Masks personal numbers for display: a mobile shows its first three and last four digits
 * (138****5678), a landline its area code and last four, an ID number its region and last
 * four (150402********123X). Anything else shows only its last two characters.
 */
export function maskPersonalNumber(value: string): string {
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(7)}`;
  const landline = /^(0\d{2,3})-?(\d{3,4})(\d{4})$/.exec(value);
  if (landline) return `${landline[1]}-${'*'.repeat((landline[2] ?? '').length)}${landline[3]}`;
  if (/^\d{17}[\dXx]$/.test(value)) return `${value.slice(0, 6)}********${value.slice(14)}`;
  return `${'*'.repeat(Math.max(0, value.length - 2))}${value.slice(-2)}`;
}

/** Whether `sent` is the masked form of `stored`: a form sending back what it showed changes nothing. */
export const isMaskOf = (sent: string | null | undefined, stored: string | null | undefined) =>
  Boolean(sent && stored && sent !== stored && maskPersonalNumber(stored) === sent);

/** Masks a person's name for display: the first character stays (张三 → 张*, 欧阳娜娜 → 欧***). */
export const maskName = (name: string): string => {
  const chars = [...name];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
};
