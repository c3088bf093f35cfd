import { z } from 'zod';
import { ID_PATTERN, id, isoDate, text, year } from './common.js';
import { PackSchema } from './pack.js';

export const REPORT_KINDS = ['so-ket', 'tong-ket', 'ke-hoach'] as const;

export const NARRATIVE_KEYS = [
  'purposes',
  'tasks',
  'situation',
  'leadership',
  'results',
  'strengths',
  'limitations',
  'causes',
  'lessons',
  'directions',
  'proposals',
] as const;

const ContentSchema = z
  .strictObject({
    id: id('Mã nội dung thi đua, ví dụ nd1'),
    name: text('Tên nội dung thi đua'),
    description: z.string().optional().describe('Mô tả thêm (Markdown)'),
  })
  .describe('Một nội dung của phong trào');

const MovementSchema = z.strictObject({
  name: text('Tên đầy đủ của phong trào thi đua'),
  short_name: z.string().optional().describe('Tên gọi tắt, ví dụ “Đoàn kết sáng tạo”'),
  launched_by: z.string().optional().describe('Cơ quan phát động'),
  basis: z.array(z.string()).optional().describe('Căn cứ: kế hoạch, đề án, quyết định'),
  contents: z.array(ContentSchema).optional().describe('Các nội dung thi đua'),
});

const PeriodBound = z.union([year('Năm'), isoDate('Ngày')]);

const PeriodSchema = z
  .strictObject({ from: PeriodBound.describe('Từ năm (hoặc ngày)'), to: PeriodBound.describe('Đến năm (hoặc ngày)') })
  .describe('Kỳ báo cáo');

/** One line, or the lines as they should print: ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "TỈNH VĨNH LONG"]. */
const lines = (description: string) => z.union([text(description), z.array(text(description)).min(1)]).describe(description);

const IssuerSchema = z.strictObject({
  parent: lines('Cơ quan chủ quản (chữ in hoa); một dòng hoặc danh sách các dòng').optional(),
  name: lines('Cơ quan ban hành (chữ in hoa); một dòng hoặc danh sách các dòng'),
  full_name: z.string().min(1, { error: 'EMPTY_TEXT' }).optional().describe('Tên cơ quan viết thường trong câu mở đầu, ví dụ “Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Trà Vinh”'),
  abbreviation: z.string().regex(/^[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/, { error: 'BAD_ABBREVIATION' }).describe('Chữ viết tắt tên cơ quan trong số ký hiệu, ví dụ MTTQ-BTT'),
});

const SignerSchema = z.strictObject({
  authority: z.string().optional().describe('Quyền hạn ký: TM., KT., TL., Q. …'),
  title: text('Chức vụ người ký'),
  name: text('Họ và tên người ký'),
});

const proseById = (description: string) => z.record(z.string().regex(ID_PATTERN, { error: 'BAD_ID' }), z.string()).optional().describe(description);

const NarrativeSchema = z
  .strictObject({
    ...(Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, z.string().optional()])) as Record<(typeof NARRATIVE_KEYS)[number], z.ZodOptional<z.ZodString>>),
    contents: proseById('Đoạn văn in dưới từng nội dung thi đua, theo mã nội dung'),
    units: proseById('Đoạn văn in dưới từng đơn vị (khi results_by: unit), theo mã đơn vị'),
  })
  .describe('Các đoạn văn (Markdown) mẫu báo cáo đặt vào đúng mục');

export const RESULTS_BY = ['content', 'unit'] as const;

/** `{ path: "khen-thuong/*.xlsx", kind: awards, unit: hoi-nong-dan, status: proposed }`: defaults for every row read. */
const DataEntrySchema = z.strictObject({
  path: text('Đường dẫn hoặc mẫu glob của tệp dữ liệu'),
  kind: z.enum(['units', 'models', 'model_counts', 'figures', 'indicators', 'ocop', 'awards', 'award_counts', 'award_forms']).optional().describe('Loại dữ liệu của mọi trang tính (khi tên trang không nói)'),
  unit: id('Mã đơn vị gán cho dòng không ghi đơn vị').optional(),
  status: z.enum(['proposed', 'granted']).optional().describe('Trạng thái gán cho dòng khen thưởng không ghi'),
});

/** `{ unit: hoi-nong-dan, path: "don-vi/hoi-nong-dan" }`, or a glob of folders named by their unit ids. */
const MemberSchema = z.strictObject({
  unit: id('Mã đơn vị thành viên (khai báo trong units)'),
  path: text('Thư mục dữ liệu của đơn vị, tính từ report.yaml'),
});

export const ReportSchema = z.strictObject({
  kind: z.enum(REPORT_KINDS).describe('Loại văn bản: so-ket (báo cáo sơ kết), tong-ket (báo cáo tổng kết), ke-hoach (kế hoạch phát động)'),
  title: text('Trích yếu nội dung báo cáo'),
  movement: MovementSchema.describe('Phong trào thi đua'),
  period: PeriodSchema,
  issuer: IssuerSchema.describe('Cơ quan ban hành'),
  number: z.union([z.string(), z.int().nonnegative()]).optional().describe('Số văn bản; bỏ trống khi chưa cấp số'),
  place: text('Địa danh'),
  date: isoDate('Ngày ban hành, dạng 2023-08-23').refine((d) => d >= '1980-01-01' && d <= '2107-12-31', { error: 'DATE_OUT_OF_RANGE' }),
  signer: SignerSchema.describe('Người ký'),
  recipients: z.array(z.string()).describe('Nơi nhận'),
  addressees: z.array(z.string()).optional().describe('Kính gửi (tuỳ chọn)'),
  narrative: NarrativeSchema.optional(),
  results_by: z.enum(RESULTS_BY).optional().describe('content (mặc định): kết quả theo nội dung thi đua; unit: theo từng đơn vị thành viên'),
  template: z.string().optional().describe('Mẫu: so-ket, tong-ket, hoặc thư mục mẫu riêng'),
  data: z.array(z.union([z.string(), DataEntrySchema])).optional().describe('Các tệp dữ liệu (đường dẫn hoặc mẫu glob), có thể kèm giá trị mặc định cho mọi dòng đọc được'),
  members: z.array(z.union([z.string(), MemberSchema])).optional().describe('Thư mục dữ liệu của các đơn vị thành viên (tổng hợp từ báo cáo của đơn vị)'),
  previous: z.string().min(1, { error: 'EMPTY_TEXT' }).optional().describe('Thư mục báo cáo kỳ trước (có report.yaml), để tính tăng giảm'),
  totals: z.boolean().optional().describe('true: in dòng “Tổng cộng” số khen thưởng dù nguồn không nêu'),
  pack: PackSchema.optional(),
});

export type Report = z.infer<typeof ReportSchema>;
export type Content = z.infer<typeof ContentSchema>;
