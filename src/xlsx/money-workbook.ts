import type ExcelJS from 'exceljs';
import type { DecisionView } from '../compute/pack-view.js';
import { moneyToWords } from '../format/words.js';
import { RECIPIENT_LABELS } from '../schema/award-catalogue.js';
import type { CellValue } from './cell-values.js';
import type { ColumnDef } from './layout.js';
import { writeSheet, type SheetItem } from './sheet-writer.js';

const COLUMNS: ColumnDef[] = [
  { header: 'STT', key: 'stt', align: 'center', width: 5 },
  { header: 'Hình thức khen thưởng', key: 'form', width: 34 },
  { header: 'Quyết định', key: 'decision', width: 16 },
  { header: 'Đối tượng', key: 'kind', width: 12 },
  { header: 'Số lượng', key: 'count', format: '#,##0', width: 9 },
  { header: 'Hệ số', key: 'coefficient', format: '0.0##', width: 7 },
  { header: 'Mức lương cơ sở (đồng)', key: 'base', format: '#,##0', width: 14 },
  { header: 'Mức thưởng mỗi suất (đồng)', key: 'amount', format: '#,##0', width: 14 },
  { header: 'Thành tiền (đồng)', key: 'subtotal', format: '#,##0', width: 16 },
];

/**
 * Bảng tổng hợp tiền thưởng: form × kind × count × coefficient × base amount, as live
 * formulas (the amount of one award, the line, the total) with the values cached, so a
 * reader that does not recalculate shows the same sums a recalculation gives.
 */
export function fillMoneyWorkbook(workbook: ExcelJS.stream.xlsx.WorkbookWriter, decisions: readonly DecisionView[], title: readonly string[]): void {
  const withMoney = decisions.filter((d) => d.money);
  const headerRow = title.length + 2;
  const first = headerRow + 1;
  const items: SheetItem[] = [];
  let row = first - 1;
  let stt = 0;
  for (const decision of withMoney) {
    const money = decision.money!;
    for (const line of money.lines) {
      row++;
      const amountFormula = money.roundUpTo ? `ROUNDUP(F${row}*G${row}/${money.roundUpTo},0)*${money.roundUpTo}` : `ROUND(F${row}*G${row},0)`;
      const values: CellValue[] = [
        ++stt,
        decision.formName,
        decision.frame.number === undefined ? null : decision.number,
        RECIPIENT_LABELS[line.kind],
        line.count,
        line.coefficient,
        money.base,
        { formula: amountFormula, result: line.amount },
        { formula: `E${row}*H${row}`, result: line.subtotal },
      ];
      items.push({ kind: 'row', values });
    }
  }
  const total = withMoney.reduce((sum, d) => sum + d.money!.total, 0);
  const count = withMoney.reduce((sum, d) => sum + d.money!.lines.reduce((n, l) => n + l.count, 0), 0);
  items.push({
    kind: 'total',
    values: [null, 'Tổng cộng', null, null, { formula: `SUM(E${first}:E${row})`, result: count }, null, null, null, { formula: `SUM(I${first}:I${row})`, result: total }],
  });
  items.push({ kind: 'group', text: `Bằng chữ: ${moneyToWords(total)}.`, level: 2 });
  writeSheet(workbook, { name: 'Tiền thưởng', title, columns: COLUMNS, items, sample: items, landscape: true });
}
