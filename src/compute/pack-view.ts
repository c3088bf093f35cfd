import { capitalise } from '../format/capitalise.js';
import { longDate, periodPhrase } from '../format/dates.js';
import { documentNumber } from '../format/document-number.js';
import { roman } from '../format/numbering.js';
import { recipientsText } from '../format/recipients-text.js';
import { RECIPIENT_KINDS, RECIPIENT_LABELS, type AwardFormDef, type RecipientKind } from '../schema/award-catalogue.js';
import type { Award } from '../schema/award.js';
import type { DocumentFrame } from '../schema/document-types.js';
import { ISSUER, type PackAuthority, type PackDecision } from '../schema/pack.js';
import type { ReportData } from '../schema/report-data.js';
import { resolveForms } from '../schema/resolve-forms.js';
import { inListOrder } from './award-order.js';
import { issuerSubject, joinLines, runningText } from './issuer-subject.js';
import { labelOf, salutationOf } from './recipient-label.js';
import { rewardMoney, type MoneyView } from './reward-money.js';

/** The law and decree in force for commendation (shared/reference/awards.md); `pack.basis` replaces them. */
export const DEFAULT_BASIS = [
  'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
  'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
];
const DEFAULT_PER_TRIP = 10;


/** One recipient as every list of the pack prints it. */
export interface PackPerson {
  readonly stt: number;
  readonly name: string;
  /** `Ông Trần Trí Dũng` / `Bà …` when `gender` is given; a collective or household by its name. */
  readonly label: string;
  readonly salutation: string;
  readonly kind: RecipientKind;
  readonly position: string;
  readonly unit: string;
  /** `Chủ tịch, Hội Nông dân tỉnh`: what the list's second column and the certificate print. */
  readonly positionAndUnit: string;
  readonly achievement: string;
  /** The achievement as a line of its own (a certificate's): `Đã có thành tích …`. */
  readonly achievementLine: string;
}

export interface ListGroup {
  /** `I` and `TẬP THỂ` in a one-form list; `1` and `Tập thể` under a form's heading. */
  readonly numeral: string;
  readonly label: string;
  readonly kind: RecipientKind;
  readonly people: readonly PackPerson[];
}

export interface ListForm {
  /** `I` and `BẰNG KHEN CỦA …` when a list holds several forms; null for one. */
  readonly numeral: string | null;
  readonly label: string | null;
  readonly name: string;
  readonly groups: readonly ListGroup[];
}

export interface Counts {
  readonly collectives: number;
  readonly individuals: number;
  readonly households: number;
  readonly total: number;
  /** `05 tập thể, 12 cá nhân, 02 hộ gia đình`, as the report words it. */
  readonly text: string;
}

export interface AuthorityView {
  readonly id: string;
  readonly issuer: DocumentFrame['issuer'];
  /** `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH`, under the title of a quyết định. */
  readonly decider: string;
  readonly addressee: string | null;
  readonly basis: readonly string[];
  readonly proposer: string | null;
  readonly executors: string;
  readonly place: string;
  readonly signer: NonNullable<DocumentFrame['signer']>;
  readonly recipients: readonly string[] | null;
}

export interface DecisionView {
  /** File name part: the form's id, with the decision number when a form has several. */
  readonly slug: string;
  readonly form: string;
  readonly formName: string;
  readonly status: 'proposed' | 'granted';
  readonly authority: AuthorityView;
  readonly frame: DocumentFrame;
  /** `12/QĐ-UBND ngày 20/8/2023`, or blanks for a draft, as certificates and captions print it. */
  readonly reference: string;
  /** `12/QĐ-UBND`, or the blank of a draft (`      /QĐ-UBND`). */
  readonly number: string;
  readonly counts: Counts;
  readonly achievement: string;
  readonly people: readonly PackPerson[];
  readonly list: ListView;
  readonly money: MoneyView | null;
  readonly presenter: string | null;
  /** The tờ trình that proposed it, when the pack holds one. */
  readonly proposal: string | null;
}

/** A list as printed: its title lines, its forms and groups, and whether any row has a position or unit to show. */
export interface ListView {
  readonly forms: readonly ListForm[];
  readonly caption: string;
  readonly subtitle: string;
  /** False when no row has a position or unit: the list prints without that column. */
  readonly hasPositions: boolean;
}

function listView(parts: readonly { name: string; groups: readonly ListGroup[] }[], subtitle: string, caption: string): ListView {
  const forms = listForms(parts);
  return { forms, hasPositions: forms.some((f) => f.groups.some((g) => g.people.some((p) => p.positionAndUnit !== ''))), subtitle, caption };
}

/** The awards one decision covers, with its lists in order (computed once for the tờ trình and the quyết định). */
interface AwardGroup {
  readonly form: string;
  readonly status: 'proposed' | 'granted';
  readonly decision: string;
  readonly awards: Award[];
  lists: ListGroup[];
}

export interface ProposalView {
  readonly slug: string;
  readonly authority: AuthorityView;
  readonly frame: DocumentFrame;
  readonly forms: readonly { readonly name: string; readonly counts: Counts }[];
  readonly counts: Counts;
  readonly list: ListView;
}

export interface CeremonyForm {
  readonly name: string;
  readonly presenter: string | null;
  readonly counts: Counts;
  readonly trips: readonly { readonly trip: number; readonly invitees: string; readonly hasPositions: boolean; readonly people: readonly PackPerson[] }[];
}

export interface PackView {
  readonly movement: string;
  readonly period: string;
  readonly issuerSubject: string;
  readonly basis: readonly string[];
  readonly movementBasis: readonly string[];
  readonly proposals: readonly ProposalView[];
  readonly decisions: readonly DecisionView[];
  readonly ceremony: { readonly frame: DocumentFrame; readonly perTrip: number; readonly forms: readonly CeremonyForm[] };
  /** Forms whose certificates are printed, each with its decision. */
  readonly certificates: readonly DecisionView[];
  /** Forms counted in `award_counts` without a list: nothing of the pack can name them. */
  readonly countedOnly: readonly string[];
}

export function counts(people: readonly { kind: RecipientKind }[]): Counts {
  const n = (kind: RecipientKind) => people.filter((p) => p.kind === kind).length;
  const c = { collectives: n('tap-the'), individuals: n('ca-nhan'), households: n('ho-gia-dinh') };
  // The report's own wording (`02 tập thể, 03 cá nhân, 01 hộ gia đình`): the pack and the report read alike.
  return { ...c, total: c.collectives + c.individuals + c.households, text: recipientsText(c) };
}

/** Who is called to the stage: `đại diện các tập thể`, `các cá nhân`, or both. */
function invitees(people: readonly PackPerson[]): string {
  const has = (kind: RecipientKind) => people.some((p) => p.kind === kind);
  const parts = [has('tap-the') && 'đại diện các tập thể', has('ho-gia-dinh') && 'đại diện các hộ gia đình', has('ca-nhan') && 'các cá nhân'].filter((p): p is string => Boolean(p));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}` : parts[0];
}


/** The authorities of the pack: the report's issuer (overridable as `id: issuer`) and those declared. */
function authorities(data: ReportData, subject: string): Map<string, AuthorityView> {
  const report = data.report;
  const declared = report.pack?.authorities ?? [];
  const own = declared.find((a) => a.id === ISSUER);
  const issuerView = (a: PackAuthority | undefined): AuthorityView => ({
    id: ISSUER,
    issuer: { parent: a?.parent ?? report.issuer.parent, name: a?.name ?? report.issuer.name, abbreviation: a?.abbreviation ?? report.issuer.abbreviation },
    decider: a?.decider ?? `${joinLines(a?.name ?? report.issuer.name)} ${joinLines(a?.parent ?? report.issuer.parent)}`.trim().toLocaleUpperCase('vi'),
    addressee: a?.addressee ?? null,
    basis: a?.basis ?? [],
    proposer: a?.proposer ?? null,
    executors: a?.executors ?? 'Các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1',
    place: a?.place ?? report.place,
    signer: a?.signer ?? report.signer,
    recipients: a?.recipients ?? null,
  });
  const map = new Map<string, AuthorityView>([[ISSUER, issuerView(own)]]);
  for (const a of declared) {
    if (a.id === ISSUER) continue;
    const name = a.name ?? '';
    map.set(a.id, {
      id: a.id,
      issuer: { parent: a.parent, name, abbreviation: a.abbreviation ?? '' },
      decider: a.decider ?? `${joinLines(name)}`.toLocaleUpperCase('vi'),
      addressee: a.addressee ?? null,
      basis: a.basis ?? [],
      // A higher body decides on the issuer's proposal.
      proposer: a.proposer ?? subject,
      executors: a.executors ?? `${capitalise(subject)}, các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1`,
      place: a.place ?? report.place,
      signer: a.signer ?? report.signer,
      recipients: a.recipients ?? null,
    });
  }
  return map;
}

function person(award: Award, unit: string, stt: number, achievement: string): PackPerson {
  const position = award.position ?? '';
  return {
    stt,
    name: award.name,
    label: labelOf(award),
    salutation: salutationOf(award),
    kind: award.recipient,
    position,
    unit,
    // A collective that is its own unit ("Hội Nông dân tỉnh", unit Hội Nông dân tỉnh) does not repeat its name.
    positionAndUnit: [position, unit === award.name ? '' : unit].filter(Boolean).join(', '),
    achievement: award.achievement ?? achievement,
    achievementLine: capitalise(award.achievement ?? achievement),
  };
}

/** Recipients of one list in order: by kind (collectives, individuals, households), then by unit and name. */
function ordered(awards: readonly Award[], unitName: (a: Award) => string, achievement: string): ListGroup[] {
  const groups: ListGroup[] = [];
  for (const kind of RECIPIENT_KINDS) {
    const sorted = inListOrder(awards.filter((a) => a.recipient === kind), unitName);
    if (sorted.length) groups.push({ numeral: '', label: RECIPIENT_LABELS[kind], kind, people: sorted.map(({ award, unit }, i) => person(award, unit, i + 1, achievement)) });
  }
  return groups;
}

/** One form alone: I. TẬP THỂ, II. CÁ NHÂN; several: I. FORM, then 1. Tập thể, 2. Cá nhân under each. */
function listForms(parts: readonly { name: string; groups: readonly ListGroup[] }[]): ListForm[] {
  if (parts.length === 1) {
    return [{ numeral: null, label: null, name: parts[0].name, groups: parts[0].groups.map((g, i) => ({ ...g, numeral: roman(i + 1), label: g.label.toLocaleUpperCase('vi') })) }];
  }
  return parts.map((p, f) => ({ numeral: roman(f + 1), label: p.name.toLocaleUpperCase('vi'), name: p.name, groups: p.groups.map((g, i) => ({ ...g, numeral: String(i + 1) })) }));
}

/** `số 12/QĐ-UBND ngày 20 tháng 8 năm 2023`; a draft keeps the blank of its number. */
const referenceOf = (frame: DocumentFrame) => `${documentNumber(frame).replace(/^Số: /, 'số ')} ${longDate(frame.date)}`;

/** Everything the pack prints, computed once from the report's awards: every count comes from the lists. */
export function packView(data: ReportData): PackView {
  const report = data.report;
  const pack = report.pack ?? {};
  const forms: ReadonlyMap<string, AwardFormDef> = resolveForms(data.award_forms);
  const subject = issuerSubject(report, data.units);
  const units = new Map(data.units.map((u) => [u.id, u.name]));
  const unitName = (a: Award) => (a.unit ? units.get(a.unit) ?? a.unit : '');
  const period = periodPhrase(report.period.from, report.period.to);
  const achievement = pack.achievement ?? `đã có thành tích xuất sắc trong phong trào thi đua “${report.movement.name}” ${period}`;
  const basis = pack.basis ?? DEFAULT_BASIS;
  const settings = new Map<string, PackDecision>((pack.decisions ?? []).map((d) => [d.form, d]));
  const bodies = authorities(data, subject);
  const precedence = (form: string) => forms.get(form)?.precedence ?? Number.MAX_SAFE_INTEGER;
  const formName = (form: string) => forms.get(form)?.name ?? form;

  // A decision: one form, one status, one decision number; a form granted by two decisions makes two.
  const byKey = new Map<string, AwardGroup>();
  for (const award of data.awards) {
    const key = `${award.form}\u0000${award.status}\u0000${award.decision ?? ''}`;
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { form: award.form, status: award.status, decision: award.decision ?? '', awards: [], lists: [] }));
    group.awards.push(award);
  }
  const groups = [...byKey.values()].sort(
    (a, b) => precedence(a.form) - precedence(b.form) || a.form.localeCompare(b.form) || a.status.localeCompare(b.status) || a.decision.localeCompare(b.decision),
  );
  const perForm = new Map<string, number>();
  for (const group of groups) {
    group.lists = ordered(group.awards, unitName, achievement);
    perForm.set(group.form, (perForm.get(group.form) ?? 0) + 1);
  }

  // Tờ trình first: a quyết định refers to the tờ trình that proposed it.
  const authorityOf = (form: string) => bodies.get(settings.get(form)?.authority ?? ISSUER) ?? bodies.get(ISSUER)!;
  const byAuthority = new Map<string, AwardGroup[]>();
  for (const group of groups) {
    if (group.status !== 'proposed') continue;
    const id = authorityOf(group.form).id;
    byAuthority.set(id, [...(byAuthority.get(id) ?? []), group]);
  }
  const proposalOf = new Map<AwardGroup, string>();
  const proposals: ProposalView[] = [...byAuthority].map(([id, ofAuthority]) => {
    const authority = bodies.get(id)!;
    const frame: DocumentFrame = {
      kind: 'to-trinh',
      issuer: report.issuer,
      number: pack.proposal?.number,
      place: report.place,
      date: pack.proposal?.date ?? report.date,
      title: `Về việc đề nghị khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua “${report.movement.name}” ${period}`,
      addressees: authority.addressee ? [authority.addressee] : undefined,
      signer: report.signer,
      recipients: [...(authority.addressee ? ['Như trên'] : []), 'Lưu: VT'],
    };
    const parts = ofAuthority.map((group) => ({ name: formName(group.form), groups: group.lists }));
    const reference = referenceOf(frame);
    for (const group of ofAuthority) proposalOf.set(group, `Tờ trình ${reference}`);
    return {
      slug: byAuthority.size > 1 ? `to-trinh-de-nghi-khen-thuong-${id}` : 'to-trinh-de-nghi-khen-thuong',
      authority,
      frame,
      forms: parts.map((p) => ({ name: p.name, counts: counts(p.groups.flatMap((g) => g.people)) })),
      counts: counts(parts.flatMap((p) => p.groups.flatMap((g) => g.people))),
      list: listView(parts, `Tập thể, cá nhân đề nghị khen thưởng trong phong trào thi đua “${report.movement.name}” ${period}`, `(Kèm theo Tờ trình ${reference} của ${subject})`),
    };
  });

  const decisions: DecisionView[] = groups.map((group) => {
    const { form, status, decision } = group;
    const setting = settings.get(form);
    const authority = authorityOf(form);
    const dated = group.awards.find((a) => a.decision_date !== undefined)?.decision_date;
    const money = rewardMoney(group.awards.map((a) => ({ kind: a.recipient })), setting?.coefficients, pack.base_amount, pack.round_up_to);
    const frame: DocumentFrame = {
      kind: 'quyet-dinh',
      issuer: authority.issuer,
      number: decision || setting?.number,
      place: authority.place,
      date: (decision ? dated : undefined) ?? setting?.date ?? report.date,
      title: `Về việc tặng ${formName(form)}`,
      signer: authority.signer,
      recipients: authority.recipients ?? [`Như Điều ${money ? 3 : 2}`, 'Lưu: VT'],
    };
    const people = group.lists.flatMap((g) => g.people);
    const reference = referenceOf(frame);
    const several = (perForm.get(form) ?? 0) > 1;
    return {
      slug: several ? `${form}-${(decision || status).replace(/Đ/g, 'D').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase()}` : form,
      form,
      formName: formName(form),
      status,
      authority,
      frame,
      reference,
      number: documentNumber(frame).replace(/^Số: /, ''),
      counts: counts(people),
      achievement,
      people,
      list: listView([{ name: formName(form), groups: group.lists }], `Tập thể, cá nhân được tặng ${formName(form)}`, `(Kèm theo Quyết định ${reference} của ${authority.addressee ?? runningText(authority.decider)})`),
      money,
      presenter: setting?.presenter ?? null,
      proposal: proposalOf.get(group) ?? null,
    };
  });

  const perTrip = pack.per_trip ?? DEFAULT_PER_TRIP;
  const ceremonyForms: CeremonyForm[] = decisions.map((d) => ({
    name: d.formName,
    presenter: d.presenter,
    counts: d.counts,
    // Called in list order, numbered through the form (a list numbers each kind from 1).
    trips: Array.from({ length: Math.ceil(d.people.length / perTrip) }, (_, i) => {
      const called = d.people.slice(i * perTrip, (i + 1) * perTrip);
      return { trip: i + 1, invitees: invitees(called), hasPositions: called.some((p) => p.positionAndUnit !== ''), people: called.map((p, j) => ({ ...p, stt: i * perTrip + j + 1 })) };
    }),
  }));
  const listed = new Set(data.awards.map((a) => a.form));
  const chosen = pack.certificates ? new Set(pack.certificates) : undefined;
  return {
    movement: report.movement.name,
    period,
    issuerSubject: subject,
    basis,
    movementBasis: report.movement.basis ?? [],
    proposals,
    decisions,
    ceremony: {
      frame: { kind: 'kich-ban', issuer: report.issuer, place: report.place, date: report.date, title: `Trao khen thưởng phong trào thi đua “${report.movement.name}” ${period}` },
      perTrip,
      forms: ceremonyForms,
    },
    certificates: decisions.filter((d) => !chosen || chosen.has(d.form)),
    countedOnly: [...new Set(data.award_counts.map((c) => c.form).filter((f): f is string => f !== undefined && !listed.has(f)))],
  };
}
