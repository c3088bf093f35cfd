import { z } from 'zod';
import { amount, count, id, text, year } from './common.js';

export const MODEL_TYPES = ['mo-hinh', 'dien-hinh', 'sang-kien'] as const;

export const ModelSchema = z.strictObject({
  id: id('Mã mô hình'),
  name: text('Tên mô hình, điển hình, sáng kiến'),
  type: z.enum(MODEL_TYPES).describe('mo-hinh | dien-hinh | sang-kien'),
  unit: id('Mã đơn vị thực hiện'),
  content: id('Mã nội dung thi đua').optional(),
  year: year('Năm').optional(),
  participants: count('Số người tham gia').optional(),
  replicated: z.boolean().optional().describe('Đã được nhân rộng'),
  benefit: amount('Giá trị làm lợi (đồng)').optional(),
  description: z.string().optional().describe('Mô tả (Markdown)'),
});

export type Model = z.infer<typeof ModelSchema>;
