/**
 * The built-in award forms (shared/reference/awards.md), highest precedence first.
 * Recipients: tap-the (collective), ca-nhan (individual), ho-gia-dinh (household).
 */
export type RecipientKind = 'tap-the' | 'ca-nhan' | 'ho-gia-dinh';
export const RECIPIENT_KINDS: readonly RecipientKind[] = ['tap-the', 'ca-nhan', 'ho-gia-dinh'];
/** How lists and tables name each kind of recipient. */
export const RECIPIENT_LABELS: Readonly<Record<RecipientKind, string>> = { 'tap-the': 'Tập thể', 'ca-nhan': 'Cá nhân', 'ho-gia-dinh': 'Hộ gia đình' };

export interface AwardFormDef {
  readonly id: string;
  readonly name: string;
  readonly precedence: number;
  readonly recipients: readonly RecipientKind[];
}

const TC: readonly RecipientKind[] = ['tap-the', 'ca-nhan'];
const TCH: readonly RecipientKind[] = ['tap-the', 'ca-nhan', 'ho-gia-dinh'];
const T: readonly RecipientKind[] = ['tap-the'];
const C: readonly RecipientKind[] = ['ca-nhan'];

const form = (precedence: number, id: string, name: string, recipients: readonly RecipientKind[]): AwardFormDef => ({
  id,
  name,
  precedence,
  recipients,
});

/** Three classes (hạng Nhất / Nhì / Ba) of one order, at consecutive precedences. */
const classes = (precedence: number, id: string, name: string): AwardFormDef[] =>
  (['Nhất', 'Nhì', 'Ba'] as const).map((cls, i) =>
    form(precedence + i, `${id}-hang-${['nhat', 'nhi', 'ba'][i]}`, `${name} hạng ${cls}`, TC),
  );

export const AWARD_CATALOGUE: readonly AwardFormDef[] = [
  form(10, 'huan-chuong-sao-vang', 'Huân chương Sao vàng', TC),
  form(20, 'huan-chuong-ho-chi-minh', 'Huân chương Hồ Chí Minh', TC),
  ...classes(30, 'huan-chuong-doc-lap', 'Huân chương Độc lập'),
  ...classes(40, 'huan-chuong-quan-cong', 'Huân chương Quân công'),
  ...classes(50, 'huan-chuong-lao-dong', 'Huân chương Lao động'),
  ...classes(60, 'huan-chuong-bao-ve-to-quoc', 'Huân chương Bảo vệ Tổ quốc'),
  ...classes(70, 'huan-chuong-chien-cong', 'Huân chương Chiến công'),
  form(80, 'huan-chuong-dai-doan-ket-dan-toc', 'Huân chương Đại đoàn kết dân tộc', TC),
  form(85, 'huan-chuong-dung-cam', 'Huân chương Dũng cảm', C),
  form(90, 'huan-chuong-huu-nghi', 'Huân chương Hữu nghị', TC),
  form(100, 'anh-hung-lao-dong', 'Danh hiệu Anh hùng Lao động', TC),
  form(101, 'anh-hung-llvtnd', 'Danh hiệu Anh hùng Lực lượng vũ trang nhân dân', TC),
  form(200, 'co-thi-dua-chinh-phu', 'Cờ thi đua của Chính phủ', T),
  form(210, 'bang-khen-thu-tuong', 'Bằng khen của Thủ tướng Chính phủ', TCH),
  form(220, 'chien-si-thi-dua-toan-quoc', 'Chiến sĩ thi đua toàn quốc', C),
  form(300, 'co-thi-dua-ubtw-mttq', 'Cờ thi đua của Ủy ban Trung ương MTTQ Việt Nam', T),
  form(305, 'co-thi-dua-bo-nganh', 'Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương', T),
  form(310, 'co-thi-dua-tinh', 'Cờ thi đua của tỉnh', T),
  form(320, 'chien-si-thi-dua-tinh', 'Chiến sĩ thi đua cấp tỉnh', C),
  form(330, 'bang-khen-ubtw-mttq', 'Bằng khen của Ủy ban Trung ương MTTQ Việt Nam', TCH),
  form(335, 'bang-khen-bo-nganh', 'Bằng khen của bộ, ban, ngành, đoàn thể Trung ương', TCH),
  form(340, 'bang-khen-tinh', 'Bằng khen của Chủ tịch UBND tỉnh', TCH),
  form(350, 'co-thi-dua-ubmttq-tinh', 'Cờ thi đua của Ủy ban MTTQ Việt Nam tỉnh', T),
  form(360, 'bang-khen-ubmttq-tinh', 'Bằng khen của Ủy ban MTTQ Việt Nam tỉnh', TCH),
  form(400, 'tap-the-lao-dong-xuat-sac', 'Tập thể lao động xuất sắc', T),
  form(410, 'chien-si-thi-dua-co-so', 'Chiến sĩ thi đua cơ sở', C),
  form(420, 'giay-khen', 'Giấy khen', TCH),
  form(430, 'tap-the-lao-dong-tien-tien', 'Tập thể lao động tiên tiến', T),
  form(440, 'lao-dong-tien-tien', 'Lao động tiên tiến', C),
  form(500, 'ky-niem-chuong-dai-doan-ket', 'Kỷ niệm chương "Vì sự nghiệp Đại đoàn kết dân tộc"', C),
];
