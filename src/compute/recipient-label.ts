import type { Award } from '../schema/award.js';

/** `Ông` / `Bà` for an individual whose `gender` is given, else nothing. */
export const salutationOf = (award: Award) => (award.recipient === 'ca-nhan' && award.gender ? (award.gender === 'nam' ? 'Ông' : 'Bà') : '');

/** A recipient as lists print it: `Ông Trần Trí Dũng`, `Bà …`; a collective or household by its name. */
export function labelOf(award: Award): string {
  const salutation = salutationOf(award);
  return salutation ? `${salutation} ${award.name}` : award.name;
}
