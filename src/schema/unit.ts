import { z } from 'zod';
import { id, text } from './common.js';

export const UNIT_ROLES = ['truong-khoi', 'pho-khoi', 'thanh-vien'] as const;

export const UnitSchema = z.strictObject({
  id: id('Mã đơn vị, ví dụ hoi-nong-dan'),
  name: text('Tên đơn vị'),
  short_name: z.string().optional().describe('Tên viết tắt'),
  type: id('Loại đơn vị: tinh, huyen, xa, so-nganh, mttq, to-chuc-ctxh, cum-thi-dua …').optional(),
  parent: id('Mã đơn vị cấp trên hoặc cụm thi đua').optional(),
  role: z.enum(UNIT_ROLES).optional().describe('Vai trò trong cụm, khối thi đua'),
});

export type Unit = z.infer<typeof UnitSchema>;
