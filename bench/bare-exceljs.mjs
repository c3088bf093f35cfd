// The bare exceljs streaming writer: N rows x 7 cells to a file. The yardstick for `report export awards`.
import ExcelJS from 'exceljs';
const [n, file] = [Number(process.argv[2]), process.argv[3]];
const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
const sheet = workbook.addWorksheet('Danh sách');
for (let i = 0; i < n; i++) sheet.addRow([i + 1, `Nguyễn Văn ${i}`, 'Chủ tịch', 'Hội Nông dân', 'Bằng khen', '1/QĐ ngày 1/1/2023', 'Thành tích xuất sắc']).commit();
sheet.commit();
await workbook.commit();
