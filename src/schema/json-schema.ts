import { z } from 'zod';
import { DATA_KINDS } from './kinds.js';
import { ReportSchema } from './report.js';

/**
 * One JSON Schema for every file of a report folder (report.yaml and data files):
 * all keys optional, none unknown, so editors complete and flag typos everywhere.
 */
export function jsonSchema(): object {
  const dataLists = Object.fromEntries(Object.entries(DATA_KINDS).map(([key, schema]) => [key, z.array(schema).optional()]));
  const file = ReportSchema.partial().extend(dataLists).strict().describe('Tệp dữ liệu báo cáo thi đua (report.yaml hoặc tệp dữ liệu)');
  return { ...z.toJSONSchema(file, { io: 'input', unrepresentable: 'any' }), title: 'report: báo cáo sơ kết / tổng kết phong trào thi đua' };
}
