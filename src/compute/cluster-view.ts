import type { Unit } from '../schema/unit.js';

/**
 * The emulation cluster (cụm / khối thi đua) the members' roles belong to, with
 * the word the data uses for it: "Cụm" or "Khối", from the cluster unit's name.
 */
export function clusterView(units: readonly Unit[]) {
  const members = units.filter((u) => u.role);
  if (members.length === 0) return null;
  const parentIds = new Set(members.map((u) => u.parent).filter(Boolean));
  const cluster = units.find((u) => parentIds.has(u.id)) ?? units.find((u) => u.type === 'cum-thi-dua');
  const first = cluster?.name.trim().split(/\s+/)[0]?.toLocaleLowerCase('vi');
  const word = first === 'cụm' ? 'Cụm' : 'Khối';
  return {
    name: cluster?.name ?? null,
    /** `Cụm` or `Khối`, capitalised; the templates lower it after "Trưởng". */
    word,
    wordLower: word.toLocaleLowerCase('vi'),
    members: members.map((u) => u.name),
    leaders: members.filter((u) => u.role === 'truong-khoi').map((u) => u.name),
    deputies: members.filter((u) => u.role === 'pho-khoi').map((u) => u.name),
  };
}
