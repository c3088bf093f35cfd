// Writes a danh sách đề nghị khen thưởng the way a member unit makes it in Excel: its own header
// block, a merged title, STT | Họ và tên | Chức vụ, đơn vị | Hình thức khen thưởng | Thành tích,
// section rows, a Tổng cộng row. Used for the roll-up example and the intake bench.
import ExcelJS from 'exceljs';

export async function memberWorkbook(path, { unit, rows, section = 'I. TẬP THỂ' }) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.mergeCells('A1:C1');
  ws.getCell('A1').value = unit.toUpperCase();
  ws.mergeCells('D1:E1');
  ws.getCell('D1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  ws.mergeCells('D2:E2');
  ws.getCell('D2').value = 'Độc lập - Tự do - Hạnh phúc';
  ws.mergeCells('A4:E4');
  ws.getCell('A4').value = 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2023';
  ws.getRow(6).values = ['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Hình thức khen thưởng', 'Thành tích'];
  ws.getRow(7).values = ['(1)', '(2)', '(3)', '(4)', '(5)'];
  ws.getRow(8).values = [section];
  ws.mergeCells('A8:E8');
  let n = 9;
  rows.forEach((r, i) => (ws.getRow(n++).values = [i + 1, r.name, r.position ?? null, r.form, r.achievement ?? null]));
  ws.getRow(n).values = [null, `Tổng cộng: ${String(rows.length).padStart(2, '0')} tập thể, cá nhân`];
  [6, 22, 30, 34, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  await wb.xlsx.writeFile(path);
}
