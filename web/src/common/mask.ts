/**
 * A phone number as the API shows it elsewhere (138****5678; a landline keeps its area code
 * and last four). The audit trail carries numbers as they were stored, and the console
 * shows them the way it shows them everywhere else: revealing one is an audited act.
 */
export function maskPhone(value: string): string {
  if (/^1\d{10}$/.test(value)) return `${value.slice(0, 3)}****${value.slice(7)}`;
  const landline = /^(0\d{2,3})-?(\d{3,4})(\d{4})$/.exec(value);
  if (landline) return `${landline[1]}-${'*'.repeat((landline[2] ?? '').length)}${landline[3]}`;
  return `${'*'.repeat(Math.max(0, value.length - 2))}${value.slice(-2)}`;
}
