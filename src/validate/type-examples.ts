/**
 * A line of the right shape for a field given the wrong type, shown in the hint:
 * `period: 2024` is answered with `period: { from: 2024, to: 2024 }`.
 */
const BY_FIELD: Readonly<Record<string, string>> = {
  period: 'period: { from: 2024, to: 2024 }',
  issuer: 'issuer: { name: "BAN THƯỜNG TRỰC", abbreviation: "MTTQ-BTT" }',
  signer: 'signer: { title: "CHỦ TỊCH", name: "Nguyễn Văn A" }',
  movement: 'movement: { name: "Đoàn kết sáng tạo …" }',
  narrative: 'narrative: { situation: "…" }',
  recipients: 'recipients: ["Lưu: VT"]',
  addressees: 'addressees: ["Ban Thường trực …"]',
  basis: 'basis: ["Kế hoạch số 17/KH-… ngày …"]',
  contents: 'contents: [{ id: nd1, name: "…" }]',
  data: 'data: ["du-lieu/*.yaml"]',
  units: 'units: [{ id: hoi-nong-dan, name: "Hội Nông dân tỉnh" }]',
  models: 'models: [{ id: mh1, name: "…", type: mo-hinh, unit: hoi-nong-dan }]',
  model_counts: 'model_counts: [{ type: mo-hinh, count: 206 }]',
  figures: 'figures: [{ id: ho-sxkd, label: "…", value: 58782, measure: "hộ" }]',
  indicators: 'indicators: [{ code: PAPI, year: 2022, score: 40.73, rank: 48, of: 61 }]',
  ocop: 'ocop: [{ year: 2023, three_star: 141 }]',
  awards: 'awards: [{ form: giay-khen, recipient: tap-the, name: "…" }]',
  award_counts: 'award_counts: [{ form: bang-khen-tinh, collectives: 44 }]',
  award_forms: 'award_forms: [{ id: …, name: "…", precedence: 365 }]',
};

const BY_TYPE: Readonly<Record<string, (field: string) => string>> = {
  number: (f) => `${f}: 58782`,
  int: (f) => `${f}: 12`,
  string: (f) => `${f}: "…"`,
  boolean: (f) => `${f}: true`,
  array: (f) => `${f}: ["…"]`,
  object: (f) => `${f}: { … }`,
};

export function typeExample(field: string, expected: string): string {
  return BY_FIELD[field] ?? BY_TYPE[expected]?.(field) ?? `${field}: …`;
}
