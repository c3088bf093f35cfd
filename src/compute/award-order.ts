import { personKey, rankTexts, textKey } from '../format/sort-names.js';
import type { Award } from '../schema/award.js';

/**
 * The order of one group of a list (one form, one kind of recipient): by unit, then by
 * name, people by given name the Vietnamese way. Every list the tool prints uses it, so
 * the award list, the tờ trình, the quyết định and the ceremony read alike.
 */
export function inListOrder<A extends Award>(group: readonly A[], unitName: (award: A) => string): { award: A; unit: string }[] {
  if (group.length === 0) return [];
  const nameKey = group[0].recipient === 'ca-nhan' ? personKey : textKey;
  // Collation is the expensive part: rank the distinct units and names once, then sort on numbers.
  const unitRank = rankTexts(group.map(unitName), textKey);
  const nameRank = rankTexts(group.map((a) => a.name), nameKey);
  return group
    .map((award) => ({ award, unit: unitName(award), byUnit: unitRank.get(unitName(award))!, byName: nameRank.get(award.name)! }))
    .sort((x, y) => x.byUnit - y.byUnit || x.byName - y.byName)
    .map(({ award, unit }) => ({ award, unit }));
}
