// The floor of `report export awards` (issue 13): js-yaml load of the folder's files plus exceljs's
// streaming writer of the same award rows (7 cells each), nothing else: no validation, no sorting, no styles.
import ExcelJS from 'exceljs';
import { load } from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const [dir, file] = process.argv.slice(2);
const data = {};
for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) Object.assign(data, load(readFileSync(join(dir, f), 'utf8')));
const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
const sheet = workbook.addWorksheet('Danh sách');
for (const [i, a] of (data.awards ?? []).entries()) {
  sheet.addRow([i + 1, a.name, a.position ?? null, a.unit ?? null, a.form, `${a.decision ?? ''} ${a.decision_date ?? ''}`, a.achievement ?? null]).commit();
}
sheet.commit();
await workbook.commit();
