import { z } from 'zod';

/**
 * Where the text of a certificate goes on the pre-printed form (`pack/certificate.yaml`):
 * millimetres from the top-left corner of the sheet, each field a box its text must fit.
 */
const FieldSchema = z.strictObject({
  name: z.string().min(1),
  /** Handlebars over the recipient: {{label}}, {{positionAndUnit}}, {{achievement}}, {{decision}}, {{placeAndDate}} … */
  text: z.string(),
  x: z.number().min(0),
  y: z.number().min(0),
  width: z.number().positive(),
  height: z.number().positive(),
  /** Points; the text is set smaller, down to `min_size`, until it fits its box. */
  size: z.number().min(4).max(72).default(14),
  min_size: z.number().min(4).max(72).default(9),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  align: z.enum(['left', 'center', 'right']).default('center'),
});

export const CertificateLayoutSchema = z
  .strictObject({
    page: z.strictObject({ width: z.number().min(50).max(600), height: z.number().min(50).max(600) }),
    font: z.string().default('Times New Roman'),
    fields: z.array(FieldSchema).min(1),
  })
  .refine((l) => l.fields.every((f) => f.x + f.width <= l.page.width && f.y + f.height <= l.page.height), { message: 'một ô nằm ngoài trang giấy (a field box runs off the page)' });

export type CertificateLayout = z.infer<typeof CertificateLayoutSchema>;
export type CertificateField = CertificateLayout['fields'][number];
