import { capitalise } from '../format/capitalise.js';
import type { Report } from '../schema/report.js';
import type { Unit } from '../schema/unit.js';

/** Words that name an administrative level: a place name follows them. */
export const LEVEL_WORDS = ['TỈNH', 'THÀNH PHỐ', 'HUYỆN', 'QUẬN', 'THỊ XÃ', 'THỊ TRẤN', 'XÃ', 'PHƯỜNG'] as const;

const ACRONYMS = new Set(['MTTQ', 'UBMTTQ', 'UBND', 'HĐND', 'UBTW', 'TW', 'CT-XH', 'LĐLĐ', 'CCB', 'LHPN', 'TNCS', 'HTX', 'VN']);
/** Parts of organisation names that keep their capitals in running text. */
const PROPER = ['Việt Nam', 'Mặt trận Tổ quốc', 'Tổ quốc', 'Thường trực', 'Thường vụ', 'Chấp hành', 'Nông dân', 'Phụ nữ', 'Cựu chiến binh', 'Lao động', 'Liên hiệp', 'Hồ Chí Minh', 'Chữ thập đỏ', 'Trung ương', 'Đảng'];

export const joinLines = (value: string | readonly string[] | undefined) => (value === undefined ? '' : typeof value === 'string' ? value : value.join(' '));

/**
 * The issuer as the subject of the opening sentence, in running-text capitals:
 * `full_name` when given, else a unit of the same name, else the header lines
 * turned from capitals ("BAN THƯỜNG TRỰC" of "ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH"
 * → "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Trà Vinh").
 */
export function issuerSubject(report: Report, units: readonly Unit[]): string {
  if (report.issuer.full_name) return report.issuer.full_name;
  const name = joinLines(report.issuer.name);
  const parent = joinLines(report.issuer.parent);
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  const hasLevel = LEVEL_WORDS.some((w) => new RegExp(`(^|\\s)${w}(\\s|$)`, 'u').test(upper(name)));
  const whole = hasLevel || !parent ? name : `${name} ${parent}`;
  const unit = units.find((u) => upper(u.name) === upper(whole) || upper(u.name) === upper(name));
  if (unit) return unit.name;
  // Each body's name starts with a capital: "Ban Thường trực" + "Ủy ban MTTQ Việt Nam tỉnh Trà Vinh".
  return hasLevel || !parent ? runningText(name) : `${runningText(name)} ${runningText(parent)}`;
}

/** Capitals to running text: first word and place names capitalised, acronyms and known proper parts kept. */
export function runningText(capitals: string): string {
  const words = capitals.split(/\s+/).filter(Boolean);
  let placeFollows = false;
  const out = words.map((word, i) => {
    if (ACRONYMS.has(word)) return word;
    const lower = word.toLocaleLowerCase('vi');
    const isLevel = LEVEL_WORDS.some((w) => w.split(' ').at(-1) === word);
    const capital = i === 0 || (placeFollows && !isLevel);
    if (isLevel) placeFollows = true;
    return capital ? capitalise(lower) : lower;
  });
  let text = out.join(' ');
  for (const proper of PROPER) text = text.replace(new RegExp(`(^|\\s)${proper.toLocaleLowerCase('vi')}(?=\\s|$)`, 'gu'), (_, space: string) => `${space}${proper}`);
  return text;
}
