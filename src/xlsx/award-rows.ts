import { awardSummary, type AwardSummaryRow } from '../compute/award-summary.js';
import { inListOrder } from '../compute/award-order.js';
import { RECIPIENT_KINDS, RECIPIENT_LABELS, type RecipientKind } from '../schema/award-catalogue.js';
import type { Award } from '../schema/award.js';
import { resolveForms } from '../schema/resolve-forms.js';
import type { ReportData } from '../schema/report-data.js';

export interface AwardFilters {
  readonly forms?: readonly string[];
  readonly units?: readonly string[];
  readonly recipients?: readonly RecipientKind[];
  readonly status?: 'proposed' | 'granted';
}


/** What a row of the award list shows. */
export interface AwardRow {
  readonly stt: number;
  readonly name: string;
  readonly position: string | null;
  readonly unitName: string | null;
  readonly formName: string;
  readonly recipient: RecipientKind;
  readonly recipientLabel: string;
  readonly decision: string | null;
  readonly decisionDate: string | null; // ISO, for text such as "ngày {{dateShort decisionDate}}"
  readonly decisionDay: Date | null; // the same day as a date, for a date column
  readonly achievement: string | null;
  readonly status: string;
}

export type AwardListItem =
  | { readonly type: 'form'; readonly index: number; readonly name: string }
  | { readonly type: 'recipient'; readonly index: number; readonly label: string }
  | { readonly type: 'award'; readonly row: AwardRow };

/** A decision's day as a date cell; one Date per distinct day (a list of 100k awards has a few hundred). */
const days = new Map<string, Date>();
function dayOf(iso: string): Date {
  let day = days.get(iso);
  if (!day) days.set(iso, (day = new Date(`${iso}T00:00:00Z`)));
  return day;
}

export function filterAwards(awards: readonly Award[], filters: AwardFilters): Award[] {
  return awards.filter(
    (a) =>
      (!filters.forms?.length || filters.forms.includes(a.form)) &&
      (!filters.units?.length || (a.unit !== undefined && filters.units.includes(a.unit))) &&
      (!filters.recipients?.length || filters.recipients.includes(a.recipient)) &&
      (!filters.status || a.status === filters.status),
  );
}

/**
 * The award list as printed: by form in precedence order, inside a form collectives,
 * then individuals, then households; inside a group by unit, then by name
 * (people by given name, the Vietnamese way).
 */
export function awardList(data: ReportData, filters: AwardFilters): { items: AwardListItem[]; summary: AwardSummaryRow[] } {
  const forms = resolveForms(data.award_forms);
  const unitName = new Map(data.units.map((u) => [u.id, u.name]));
  const awards = filterAwards(data.awards, filters);
  // Counts without a list (`award_counts`) belong in the summary, unless a filter asks for what they cannot tell.
  const countsApply = !filters.units?.length && !filters.recipients?.length && filters.status !== 'proposed';
  const counts = countsApply ? data.award_counts.filter((c) => !filters.forms?.length || (c.form !== undefined && filters.forms.includes(c.form))) : [];
  const listedSummary = awardSummary(awards, [], forms);
  const summary = awardSummary(awards, counts, forms);
  const byForm = new Map<string, Award[]>();
  for (const a of awards) {
    const list = byForm.get(a.form);
    if (list) list.push(a);
    else byForm.set(a.form, [a]);
  }
  const items: AwardListItem[] = [];
  listedSummary.forEach((formRow, f) => {
    items.push({ type: 'form', index: f + 1, name: formRow.name ?? '' });
    const ofForm = byForm.get(formRow.form ?? '') ?? [];
    let groupIndex = 0;
    for (const recipient of RECIPIENT_KINDS) {
      const group = ofForm.filter((a) => a.recipient === recipient);
      if (group.length === 0) continue;
      items.push({ type: 'recipient', index: ++groupIndex, label: RECIPIENT_LABELS[recipient] });
      inListOrder(group, (a) => (a.unit ? unitName.get(a.unit) ?? a.unit : ''))
        .forEach(({ award: a, unit }, i) =>
          items.push({
            type: 'award',
            row: {
              stt: i + 1,
              name: a.name,
              position: a.position ?? null,
              unitName: unit || null,
              formName: formRow.name ?? '',
              recipient: a.recipient,
              recipientLabel: RECIPIENT_LABELS[a.recipient],
              decision: a.decision ?? null,
              decisionDate: a.decision_date ?? null,
              decisionDay: a.decision_date ? dayOf(a.decision_date) : null,
              achievement: a.achievement ?? null,
              status: a.status === 'proposed' ? 'Đề nghị' : 'Đã khen thưởng',
            },
          }),
        );
    }
  });
  return { items, summary };
}
