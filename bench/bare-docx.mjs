// The bare docx library: one table of N rows x 7 cells, packed. The yardstick for `report build`.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
const n = Number(process.argv[2]);
const cell = (text) => new TableCell({ children: [new Paragraph(text)] });
const rows = Array.from({ length: n }, (_, i) => new TableRow({ children: [String(i + 1), `Nguyễn Văn ${i}`, 'Chủ tịch', 'Hội Nông dân', 'Bằng khen', '1/QĐ', 'Thành tích'].map(cell) }));
await Packer.toBuffer(new Document({ sections: [{ children: [new Table({ rows })] }] }));
