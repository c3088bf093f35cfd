import { z } from 'zod';
import { id, stated, year } from './common.js';
import { MODEL_TYPES } from './model.js';

/** Models counted but not listed: "206 mô hình, điển hình". */
export const ModelCountSchema = z.strictObject({
  type: z.enum(MODEL_TYPES).describe('mo-hinh | dien-hinh | sang-kien'),
  count: stated('Số lượng', { whole: true, nonnegative: true }),
  label: z.string().min(1, { error: 'EMPTY_TEXT' }).optional().describe('Lời in kèm số lượng, ví dụ “mô hình, điển hình”; mặc định tên loại'),
  replicated: stated('Số được nhân rộng', { whole: true, nonnegative: true }).optional(),
  content: id('Mã nội dung thi đua').optional(),
  unit: id('Mã đơn vị').optional(),
  year: year('Năm').optional(),
});

export type ModelCount = z.infer<typeof ModelCountSchema>;
