import { z } from 'zod';
import { id, stated, text, year } from './common.js';
import { APPROX_WORDS, fromNumber, parseNumberText, type ApproxCode, type Stated } from './stated-number.js';

/** Attainment stated in words, printed before the basis: "đạt và vượt kế hoạch". */
export const ATTAINMENT_WORDS = ['đạt', 'vượt', 'đạt và vượt'] as const;

/** The plan a target belongs to: `đạt 59,5% dự toán`. Any other text prints as written. */
export const TARGET_BASES = { 'chi-tieu': 'chỉ tiêu', 'ke-hoach': 'kế hoạch', 'du-toan': 'dự toán', 'nghi-quyet': 'Nghị quyết' } as const;

export type Attainment = { readonly percent: Stated } | { readonly words: (typeof ATTAINMENT_WORDS)[number] };

const AttainmentSchema = z
  .union([z.number(), z.string()])
  .transform((input, ctx): Attainment => {
    if (typeof input === 'string' && (ATTAINMENT_WORDS as readonly string[]).includes(input.trim().toLocaleLowerCase('vi'))) {
      return { words: input.trim().toLocaleLowerCase('vi') as (typeof ATTAINMENT_WORDS)[number] };
    }
    const percent = typeof input === 'number' ? fromNumber(input) : parseNumberText(input);
    if (typeof percent === 'string') {
      ctx.issues.push({ code: 'custom', message: 'BAD_ATTAINMENT', input });
      return z.NEVER;
    }
    return { percent };
  })
  .describe('Tỷ lệ % so với kế hoạch như nguồn ghi (59.5), hoặc chữ: đạt | vượt | đạt và vượt');

export const FigureSchema = z.strictObject({
  id: id('Mã chỉ tiêu'),
  label: text('Tên chỉ tiêu'),
  value: stated('Kết quả đạt được: số, hoặc chữ số kiểu Việt Nam trong ngoặc kép ("58.782", "hơn 140")').optional(),
  measure: z.string().optional().describe('Đơn vị tính: hộ, sản phẩm, đồng, tỷ đồng, % …'),
  approx: z.enum(Object.keys(APPROX_WORDS) as [ApproxCode, ...ApproxCode[]]).optional().describe('hon | gan | khoang | tren | duoi | uoc: in trước số (hơn, gần, khoảng, trên, dưới, ước)'),
  target: stated('Chỉ tiêu, kế hoạch, dự toán giao').optional(),
  attainment: AttainmentSchema.optional(),
  target_basis: z.string().min(1, { error: 'EMPTY_TEXT' }).optional().describe('chi-tieu (mặc định) | ke-hoach | du-toan | nghi-quyet | chữ tự viết'),
  previous: stated('Giá trị kỳ trước (cùng kỳ)').optional(),
  change: stated('Mức tăng (giảm nếu âm) như nguồn ghi, cùng đơn vị tính').optional(),
  change_percent: stated('Mức tăng (giảm nếu âm) như nguồn ghi, tính bằng %').optional(),
  compared_to: z.string().min(1, { error: 'EMPTY_TEXT' }).optional().describe('So với gì; mặc định “cùng kỳ”'),
  period: z.string().min(1, { error: 'EMPTY_TEXT' }).optional().describe('Phần của năm mà số liệu tính: “6 tháng đầu năm”'),
  unit: id('Mã đơn vị').optional(),
  content: id('Mã nội dung thi đua').optional(),
  year: year('Năm').optional(),
});

export type Figure = z.infer<typeof FigureSchema>;
