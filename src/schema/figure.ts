import { z } from 'zod';
import { id, text, year } from './common.js';

export const FigureSchema = z.strictObject({
  id: id('Mã chỉ tiêu'),
  label: text('Tên chỉ tiêu'),
  value: z.number().describe('Kết quả đạt được'),
  measure: z.string().optional().describe('Đơn vị tính: hộ, sản phẩm, đồng, tỷ đồng, % …'),
  target: z.number().optional().describe('Chỉ tiêu giao'),
  previous: z.number().optional().describe('Cùng kỳ năm trước'),
  unit: id('Mã đơn vị').optional(),
  content: id('Mã nội dung thi đua').optional(),
  year: year('Năm').optional(),
});

export type Figure = z.infer<typeof FigureSchema>;
