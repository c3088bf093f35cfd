#!/usr/bin/env node
// Writes a valid report folder of realistic size: N awards, N/10 models, N/100 units,
// indicators over several years, figures and OCOP. Deterministic from --seed.
//   node bench/generate.js --awards 10000 [--models 1000] --seed 1 --out bench/data/10k
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { awards: { type: 'string', default: '1000' }, models: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
const N = Number(values.awards);
const MODELS = values.models ? Number(values.models) : Math.floor(N / 10);
const out = values.out ?? join('bench', 'data', `${N}`);

/** mulberry32: a small, good-enough PRNG so the same seed gives the same folder. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(Number(values.seed));
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Thạch', 'Kim', 'Sơn'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Thị Mỹ', 'Đức', 'Hoàng', 'Xuân', 'Thu'];
const GIVEN = ['An', 'Anh', 'Ánh', 'Bình', 'Bính', 'Châu', 'Dũng', 'Đức', 'Hà', 'Hạnh', 'Hiếu', 'Hùng', 'Hương', 'Khoa', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Nhung', 'Phúc', 'Quân', 'Sang', 'Tâm', 'Thảo', 'Trí', 'Tú', 'Uyên', 'Vy', 'Xuân', 'Yến'];
const PLACES = ['Càng Long', 'Cầu Kè', 'Tiểu Cần', 'Châu Thành', 'Cầu Ngang', 'Trà Cú', 'Duyên Hải', 'Long Đức', 'Hòa Thuận', 'Phước Hưng', 'Đại Phước', 'Mỹ Long'];
const ORGS = ['Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Đoàn Thanh niên', 'Hội Cựu chiến binh', 'Ủy ban MTTQ Việt Nam', 'Công đoàn', 'Trường Tiểu học', 'Trạm Y tế', 'Hợp tác xã'];
const POSITIONS = ['Chủ tịch', 'Phó Chủ tịch', 'Bí thư', 'Trưởng ấp', 'Hội viên', 'Cán bộ', 'Giáo viên', 'Tổ trưởng'];
const ACHIEVEMENTS = ['Có thành tích xuất sắc trong phong trào thi đua “Đoàn kết sáng tạo”', 'Hoàn thành xuất sắc nhiệm vụ năm', 'Có nhiều đóng góp trong xây dựng nông thôn mới', 'Tích cực tham gia công tác an sinh xã hội'];
const FORMS = [
  ['bang-khen-ubmttq-tinh', ['tap-the', 'ca-nhan', 'ho-gia-dinh']],
  ['giay-khen', ['tap-the', 'ca-nhan', 'ho-gia-dinh']],
  ['bang-khen-tinh', ['tap-the', 'ca-nhan']],
  ['co-thi-dua-ubmttq-tinh', ['tap-the']],
  ['chien-si-thi-dua-co-so', ['ca-nhan']],
  ['bang-khen-thu-tuong', ['tap-the', 'ca-nhan']],
];
const q = (text) => JSON.stringify(text);

mkdirSync(out, { recursive: true });
const unitCount = Math.max(3, Math.floor(N / 100));
const units = ['units:', '  - { id: ubmttq-tinh, name: "Ủy ban MTTQ Việt Nam tỉnh", type: mttq }'];
for (let i = 1; i < unitCount; i++) units.push(`  - { id: dv-${i}, name: ${q(`${pick(ORGS)} ${i % 3 === 0 ? 'xã' : 'huyện'} ${pick(PLACES)} ${i}`)}, type: to-chuc-ctxh, parent: ubmttq-tinh }`);
writeFileSync(join(out, 'units.yaml'), units.join('\n') + '\n');
const unitId = () => (random() < 0.1 ? 'ubmttq-tinh' : `dv-${int(1, unitCount - 1)}`);

const awards = ['awards:'];
// A real list names each recipient once per decision: random picks that would repeat a row are drawn again.
const seen = new Set();
for (let i = 0; i < N; i++) {
  const [form, kinds] = pick(FORMS);
  const recipient = pick(kinds);
  const name = recipient === 'ca-nhan' ? `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}` : recipient === 'tap-the' ? `${pick(ORGS)} ${pick(PLACES)}` : `Hộ ông ${pick(FAMILY)} Văn ${pick(GIVEN)}`;
  const unit = unitId();
  const decision = `${int(1, 999)}/QĐ-MTTQ-BTT`;
  const key = [form, recipient, name, unit, decision].join('|');
  if (seen.has(key)) {
    i--;
    continue;
  }
  seen.add(key);
  const position = recipient === 'ca-nhan' ? `, position: ${q(`${pick(POSITIONS)} ${pick(ORGS)}`)}` : '';
  awards.push(`  - { form: ${form}, recipient: ${recipient}, name: ${q(name)}${position}, unit: ${unit}, decision: "${decision}", decision_date: 2023-0${int(1, 9)}-1${int(0, 9)}, achievement: ${q(pick(ACHIEVEMENTS))} }`);
}
writeFileSync(join(out, 'awards.yaml'), awards.join('\n') + '\n');

const models = ['models:'];
for (let i = 0; i < MODELS; i++) {
  models.push(`  - { id: mh-${i}, name: ${q(`Mô hình “${pick(['Dân vận khéo', 'Khu dân cư tự quản', 'Tổ hợp tác', 'Nhà nhân ái', 'Chi hội 5 có 3 sạch'])}” ${pick(PLACES)} ${i}`)}, type: ${pick(['mo-hinh', 'dien-hinh', 'sang-kien'])}, unit: ${unitId()}, content: nd${int(1, 5)}, year: ${int(2018, 2023)}, replicated: ${random() < 0.4} }`);
}
writeFileSync(join(out, 'models.yaml'), models.join('\n') + '\n');

const indicators = ['indicators:'];
for (const year of [2019, 2020, 2021, 2022, 2023]) {
  indicators.push(`  - { code: PAPI, year: ${year}, score: ${(38 + random() * 6).toFixed(2)}, rank: ${int(20, 60)}, of: 63 }`);
  indicators.push(`  - { code: SIPAS, year: ${year}, score: ${(75 + random() * 15).toFixed(2)}, rank: ${int(5, 60)}, of: 63 }`);
  indicators.push(`  - { code: PAR_INDEX, year: ${year}, score: ${(80 + random() * 10).toFixed(2)}, rank: ${int(5, 60)}, of: 63 }`);
}
indicators.push('ocop:', '  - { year: 2023, subjects: 118, three_star: 141, four_star: 38, five_star: 3, potential_five_star: 6 }');
writeFileSync(join(out, 'indicators.yaml'), indicators.join('\n') + '\n');
writeFileSync(join(out, 'figures.yaml'), 'figures:\n  - { id: ho-sxkd-gioi, label: "Hộ sản xuất, kinh doanh giỏi", value: 58782, measure: "hộ", target: 52020, previous: 51200, content: nd2 }\n');

writeFileSync(join(out, 'report.yaml'), `kind: so-ket
title: "Sơ kết phong trào thi đua “Đoàn kết sáng tạo” (dữ liệu thử tải ${N} khen thưởng)"
movement:
  name: "Đoàn kết sáng tạo, nâng cao năng suất, chất lượng, hiệu quả, hội nhập quốc tế"
  short_name: "Đoàn kết sáng tạo"
  contents:
${[1, 2, 3, 4, 5].map((i) => `    - { id: nd${i}, name: "Nội dung thi đua số ${i}" }`).join('\n')}
period: { from: 2018, to: 2023 }
issuer: { parent: "ỦY BAN MTTQ VIỆT NAM TỈNH", name: "BAN THƯỜNG TRỰC", abbreviation: "MTTQ-BTT" }
place: "Trà Vinh"
date: 2023-08-23
signer: { authority: "TM. BAN THƯỜNG TRỰC", title: "CHỦ TỊCH", name: "Nguyễn Văn A" }
recipients: ["Lưu: VT"]
narrative:
  situation: "Dữ liệu sinh tự động để đo hiệu năng."
  directions: "Tiếp tục đo."
`);
console.log(`wrote ${out}: ${N} awards, ${MODELS} models, ${unitCount} units`);
