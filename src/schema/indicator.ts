import { z } from 'zod';
import { CODE_PATTERN, count, id, stated, year } from './common.js';

export const IndicatorSchema = z.strictObject({
  code: z.string().regex(CODE_PATTERN, { error: 'BAD_CODE' }).describe('PAPI, PAR_INDEX, SIPAS, PCI, PGI, DDCI hoặc mã riêng'),
  name: z.string().optional().describe('Tên chỉ số (bắt buộc với mã không có sẵn)'),
  year: year('Năm công bố số liệu'),
  score: stated('Điểm số hoặc tỷ lệ %', { nonnegative: true }).optional(),
  rank: z.int().min(1).optional().describe('Thứ hạng'),
  of: z.int().min(1).optional().describe('Trên tổng số (tuỳ chọn)'),
  among: z.string().min(1, { error: 'EMPTY_TEXT' }).optional().describe('Xếp hạng trong số những gì: mặc định “tỉnh, thành phố”'),
  content: id('Mã nội dung thi đua: in chỉ số dưới nội dung này').optional(),
});

export const OcopSchema = z.strictObject({
  year: year('Năm'),
  subjects: count('Số chủ thể').optional(),
  three_star: count('Số sản phẩm 3 sao').optional(),
  four_star: count('Số sản phẩm 4 sao').optional(),
  five_star: count('Số sản phẩm 5 sao').optional(),
  potential_five_star: count('Số sản phẩm tiềm năng 5 sao').optional(),
  content: id('Mã nội dung thi đua: in OCOP dưới nội dung này').optional(),
});

export type Indicator = z.infer<typeof IndicatorSchema>;
export type Ocop = z.infer<typeof OcopSchema>;
