import { z } from 'zod';
import { id, isoDate, text } from './common.js';

/**
 * `pack:` in report.yaml: what `report pack` needs beyond the awards themselves. Everything
 * is optional: without it the pack is drafted for the report's own issuer, numbers left blank.
 */

const lines = (description: string) => z.union([text(description), z.array(text(description)).min(1)]).describe(description);

const SignerSchema = z.strictObject({
  authority: z.string().optional().describe('Quyền hạn ký: TM., KT., TL., Q. …'),
  title: text('Chức vụ người ký'),
  name: text('Họ và tên người ký'),
});

/** The id that names the report's own issuer among the deciding bodies. */
export const ISSUER = 'issuer';

/** The body that decides a form: the report's issuer (`id: issuer`) or a higher one (UBND tỉnh). */
const AuthoritySchema = z.strictObject({
  id: id('Mã cơ quan quyết định; `issuer` là cơ quan ban hành báo cáo'),
  parent: lines('Cơ quan chủ quản (chữ in hoa)').optional(),
  name: lines('Tên cơ quan (chữ in hoa), như ở góc trái văn bản').optional(),
  abbreviation: z.string().regex(/^[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/, { error: 'BAD_ABBREVIATION' }).optional().describe('Chữ viết tắt trong số ký hiệu: UBND'),
  decider: text('Thẩm quyền quyết định, in hoa dưới tên loại: CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH').optional(),
  addressee: text('Kính gửi trong tờ trình: Chủ tịch Ủy ban nhân dân tỉnh Trà Vinh').optional(),
  basis: z.array(text('Một căn cứ riêng của cơ quan')).optional().describe('Căn cứ riêng (luật tổ chức, quy chế), in trước căn cứ chung của khen thưởng'),
  proposer: text('Sau “Xét đề nghị của”: Trưởng Ban Phong trào; mặc định cơ quan ban hành báo cáo').optional(),
  executors: text('Điều thi hành: các cơ quan chịu trách nhiệm thi hành').optional(),
  place: text('Địa danh, nếu khác báo cáo').optional(),
  signer: SignerSchema.optional().describe('Người ký quyết định'),
  recipients: z.array(z.string()).optional().describe('Nơi nhận của quyết định'),
});

const CoefficientsSchema = z
  .strictObject({
    'tap-the': z.number().positive().optional(),
    'ca-nhan': z.number().positive().optional(),
    'ho-gia-dinh': z.number().positive().optional(),
  })
  .describe('Hệ số tiền thưởng theo đối tượng, nhân với mức lương cơ sở');

/** One form's decision: who decides, its number, who presents it at the ceremony, its money. */
const DecisionSchema = z.strictObject({
  form: id('Mã hình thức khen thưởng'),
  authority: id('Mã cơ quan quyết định (trong pack.authorities); mặc định: issuer').optional(),
  number: z.union([z.string(), z.int().nonnegative()]).optional().describe('Số quyết định; bỏ trống khi chưa cấp số'),
  date: isoDate('Ngày quyết định').optional(),
  presenter: text('Người trao trong lễ: đồng chí …, Chủ tịch …').optional(),
  coefficients: CoefficientsSchema.optional(),
});

export const PackSchema = z
  .strictObject({
    achievement: text('Cụm thành tích in ở Điều 1 và trên bằng: đã có thành tích xuất sắc trong …').optional(),
    basis: z.array(text('Một căn cứ')).optional().describe('Căn cứ chung về khen thưởng; mặc định Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP'),
    proposal: z
      .strictObject({
        number: z.union([z.string(), z.int().nonnegative()]).optional().describe('Số tờ trình'),
        date: isoDate('Ngày tờ trình; mặc định ngày báo cáo').optional(),
      })
      .optional()
      .describe('Tờ trình đề nghị khen thưởng'),
    authorities: z.array(AuthoritySchema).optional().describe('Các cơ quan quyết định khen thưởng'),
    decisions: z.array(DecisionSchema).optional().describe('Quyết định theo từng hình thức'),
    base_amount: z.int().positive().optional().describe('Mức lương cơ sở (đồng) để tính tiền thưởng'),
    round_up_to: z.int().positive().optional().describe('Làm tròn lên mức thưởng mỗi suất, ví dụ 1000 (đồng); mặc định không làm tròn'),
    funding: text('Nguồn kinh phí khen thưởng').optional(),
    per_trip: z.int().min(1).max(100).optional().describe('Số người mỗi lượt lên nhận khen thưởng; mặc định 10'),
    certificates: z.array(id('Mã hình thức')).optional().describe('Các hình thức in bằng, giấy khen; mặc định mọi hình thức có danh sách'),
  })
  .describe('Hồ sơ khen thưởng cho `report pack`');

export type Pack = z.infer<typeof PackSchema>;
export type PackAuthority = z.infer<typeof AuthoritySchema>;
export type PackDecision = z.infer<typeof DecisionSchema>;
