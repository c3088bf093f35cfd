import { z } from 'zod';
import { count, id, isoDate, text } from './common.js';
import { RECIPIENT_KINDS } from './award-catalogue.js';

const Recipient = z.enum(RECIPIENT_KINDS as ['tap-the', 'ca-nhan', 'ho-gia-dinh']);

export const AWARD_STATUSES = ['proposed', 'granted'] as const;

export const AwardSchema = z.strictObject({
  form: id('Mã hình thức khen thưởng'),
  recipient: Recipient.describe('tap-the | ca-nhan | ho-gia-dinh'),
  name: text('Họ và tên, hoặc tên tập thể'),
  position: z.string().optional().describe('Chức vụ'),
  unit: id('Mã đơn vị').optional(),
  decision: z.string().optional().describe('Số quyết định, ví dụ 1234/QĐ-TTg'),
  decision_date: isoDate('Ngày quyết định').optional(),
  status: z.enum(AWARD_STATUSES).default('granted').describe('proposed (đề nghị) | granted (đã tặng)'),
  achievement: z.string().optional().describe('Thành tích'),
  gender: z.enum(['nam', 'nu']).optional().describe('nam | nu: Ông / Bà trong danh sách'),
  note: z.string().optional().describe('Ghi chú'),
});

export const AwardCountSchema = z.strictObject({
  form: id('Mã hình thức khen thưởng; bỏ trống khi nguồn không nói hình thức').optional(),
  total: count('Tổng số tập thể, cá nhân khi nguồn không tách').optional(),
  note: z.string().min(1, { error: 'EMPTY_TEXT' }).optional().describe('Chú thích in sau tên hình thức: “ngành Giáo dục”'),
  collectives: count('Số tập thể').optional(),
  individuals: count('Số cá nhân').optional(),
  households: count('Số hộ gia đình').optional(),
  unit: id('Mã đơn vị (trong tổng hợp: đơn vị thành viên gửi số liệu)').optional(),
});

export const AwardFormSchema = z.strictObject({
  id: id('Mã hình thức'),
  name: text('Tên in trong báo cáo'),
  precedence: z.number().describe('Thứ tự ưu tiên: số nhỏ đứng trước'),
  recipients: z.array(Recipient).min(1).optional().describe('Đối tượng được tặng; mặc định cả ba'),
});

export type Award = z.infer<typeof AwardSchema>;
export type AwardCount = z.infer<typeof AwardCountSchema>;
export type AwardForm = z.infer<typeof AwardFormSchema>;
