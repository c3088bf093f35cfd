import { z } from 'zod';
import { id, stated, text, year } from './common.js';

export const MODEL_TYPES = ['mo-hinh', 'dien-hinh', 'sang-kien'] as const;
export type ModelType = (typeof MODEL_TYPES)[number];

export const ModelSchema = z.strictObject({
  id: id('Mã mô hình'),
  name: text('Tên mô hình, điển hình, sáng kiến'),
  type: z.enum(MODEL_TYPES).describe('mo-hinh | dien-hinh | sang-kien'),
  unit: id('Mã đơn vị thực hiện'),
  content: id('Mã nội dung thi đua').optional(),
  year: year('Năm').optional(),
  participants: stated('Số người tham gia', { whole: true, nonnegative: true }).optional(),
  replicated: z.boolean().optional().describe('Đã được nhân rộng'),
  benefit: stated('Giá trị làm lợi (đồng)', { nonnegative: true }).optional(),
  description: z.string().optional().describe('Mô tả (Markdown)'),
});

export type Model = z.infer<typeof ModelSchema>;
