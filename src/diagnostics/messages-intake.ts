import type { Entry } from './messages.js';

/** The messages of the units' own files (workbooks, CSV) and of the roll-up of members. */
export const INTAKE_MESSAGES: Readonly<Record<string, Entry>> = {
  XLS_FILE: {
    message: { vi: 'Tệp {name} là sổ Excel 97–2003 (.xls): không đọc được', en: '{name} is an Excel 97–2003 workbook (.xls): it cannot be read' },
    hint: { vi: 'Mở tệp trong Excel, chọn Tệp › Lưu thành › Sổ làm việc Excel (*.xlsx), rồi dùng tệp .xlsx.', en: 'Open it in Excel, File › Save As › Excel Workbook (*.xlsx), and use the .xlsx file.' },
  },
  WORKBOOK_ENCRYPTED: {
    message: { vi: 'Sổ Excel {name} được đặt mật khẩu: không đọc được', en: 'The workbook {name} is password-protected: it cannot be read' },
    hint: { vi: 'Mở tệp trong Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hoá bằng mật khẩu, xoá mật khẩu) rồi lưu lại.', en: 'Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it) and save.' },
  },
  WORKBOOK_UNREADABLE: {
    message: { vi: 'Không mở được sổ Excel {name} (tệp hỏng hoặc không phải .xlsx): {reason}', en: 'Cannot open the workbook {name} (damaged or not .xlsx): {reason}' },
    hint: { vi: 'Mở tệp bằng Excel và lưu lại dạng .xlsx; nếu Excel cũng không mở được, xin đơn vị gửi lại tệp.', en: 'Open it in Excel and save it again as .xlsx; if Excel cannot open it either, ask the unit to send it again.' },
  },
  CSV_NOT_UTF8: {
    message: { vi: 'Tệp CSV {name} không được lưu bằng mã hoá UTF-8', en: 'The CSV file {name} is not saved as UTF-8' },
    hint: { vi: 'Trong Excel: Lưu thành › CSV UTF-8 (Comma delimited) (*.csv).', en: 'In Excel: Save As › CSV UTF-8 (Comma delimited) (*.csv).' },
  },
  SHEET_NOT_READ: {
    message: { vi: 'Trang tính “{sheet}” không được đọc: tên trang không cho biết nó chứa gì', en: 'Sheet “{sheet}” is not read: its name does not say what it holds' },
    hint: { vi: 'Đặt tên trang theo dữ liệu (Khen thưởng, Đơn vị, Chỉ tiêu, Mô hình, Số lượng khen thưởng), hoặc ghi `kind:` trong mục `data:` của report.yaml.', en: 'Name the sheet by its data (Khen thưởng, Đơn vị, Chỉ tiêu, Mô hình, Số lượng khen thưởng), or give `kind:` in its `data:` entry.' },
  },
  SHEET_SAME_KIND: {
    message: { vi: 'Trang tính “{sheet}” chứa cùng loại dữ liệu ({kind}) với một trang trước: không đọc', en: 'Sheet “{sheet}” holds the same kind of data ({kind}) as an earlier sheet: not read' },
    hint: { vi: 'Gộp hai trang làm một, hoặc tách trang này ra một tệp riêng.', en: 'Merge the two sheets, or move this one to a file of its own.' },
  },
  TABLE_NO_HEADER: {
    message: { vi: 'Trang “{sheet}” không có dòng tiêu đề cột trong 20 dòng đầu', en: 'Sheet “{sheet}” has no header row in its first 20 rows' },
    hint: { vi: 'Thêm một dòng tiêu đề với ít nhất hai cột có tên quen thuộc, ví dụ: {labels}.', en: 'Add a header row naming at least two known columns, e.g. {labels}.' },
  },
  TABLE_UNKNOWN_COLUMN: {
    message: { vi: 'Cột “{label}” không được đọc: không rõ cột này ghi gì', en: 'Column “{label}” is not read: it is not a known column' },
    hint: { vi: 'Có phải ý bạn là “{suggestion}”? Đổi tên cột cho đúng để cột được đọc.', en: 'Did you mean “{suggestion}”? Rename the column so that it is read.' },
    plainHint: { vi: 'Đổi tên cột theo danh sách tên cột trong docs/data-format.md nếu cần đọc cột này; nếu không, có thể để nguyên.', en: 'Rename it after the column names in docs/data-format.md if it should be read; otherwise it can stay.' },
  },
  TABLE_TOTAL_DIFFERS: {
    message: { vi: 'Dòng tổng ghi {stated}, nhưng danh sách có {counted} dòng', en: 'The total row says {stated}, but the list has {counted} rows' },
    hint: { vi: 'Kiểm tra lại danh sách hoặc sửa con số ở dòng tổng thành {counted}.', en: 'Check the list, or correct the total to {counted}.' },
  },
  FORMULA_NO_CACHED_VALUE: {
    message: { vi: 'Ô có công thức nhưng chưa có giá trị đã tính ({field})', en: 'The cell holds a formula without a computed value ({field})' },
    hint: { vi: 'Mở tệp trong Excel (để Excel tính công thức) rồi lưu lại; hoặc gõ giá trị thay cho công thức.', en: 'Open the file in Excel (so that it computes the formula) and save it; or type the value instead.' },
  },
  CELL_ERROR: {
    message: { vi: 'Ô ghi lỗi {value} của Excel ({field})', en: 'The cell holds the Excel error {value} ({field})' },
    hint: { vi: 'Sửa công thức hoặc gõ giá trị đúng vào ô.', en: 'Fix the formula or type the right value.' },
  },
  BAD_CELL_DATE: {
    message: { vi: '“{value}” không phải một ngày ({field})', en: '“{value}” is not a date ({field})' },
    hint: { vi: 'Gõ ngày theo thứ tự ngày/tháng/năm, ví dụ 20/12/2024, hoặc định dạng ô là Ngày.', en: 'Type the date as day/month/year, e.g. 20/12/2024, or format the cell as a Date.' },
  },
  IMPOSSIBLE_CELL_DATE: {
    message: { vi: 'Ngày {value} không có trên lịch ({field})', en: 'The date {value} does not exist ({field})' },
    hint: { vi: 'Có phải là {suggestion}? Ngày gõ theo thứ tự ngày/tháng/năm.', en: 'Did you mean {suggestion}? Dates are typed day/month/year.' },
  },
  MEMBER_MISSING: {
    message: { vi: 'Đơn vị thành viên {unit} chưa gửi dữ liệu ({dir})', en: 'Member {unit} has sent no data ({dir})' },
    hint: { vi: 'Các số cộng dồn chỉ gồm những gì đã gửi; phụ lục ghi “chưa báo cáo” ở cột của đơn vị này. Chép tệp của đơn vị vào {dir} rồi chạy lại.', en: 'The sums hold only what was sent; the annex reads “chưa báo cáo” in this member’s column. Copy the member’s files into {dir} and run again.' },
  },
  MEMBER_UNDECLARED: {
    message: { vi: 'Đơn vị thành viên “{unit}” chưa được khai báo trong units', en: 'Member unit “{unit}” is not declared in units' },
    hint: { vi: 'Thêm `- { id: {unit}, name: "…" }` vào units, hoặc sửa tên thư mục / mã đơn vị cho đúng.{also}', en: 'Add `- { id: {unit}, name: "…" }` to units, or correct the folder name / unit id.{also}' },
  },
  MEMBER_FIGURE_SUM_DIFFERS: {
    message: { vi: 'Chỉ tiêu “{id}”: báo cáo ghi {stated}, tổng số các đơn vị gửi là {sum}', en: 'Figure “{id}”: the report states {stated}, the members’ sum is {sum}' },
    hint: { vi: 'Báo cáo in số {stated} như đã ghi; phụ lục tổng hợp vẫn cộng số các đơn vị gửi. Kiểm tra lại nếu hai số phải bằng nhau.', en: 'The report prints {stated} as given; the annex still totals what the members sent. Check if the two should agree.' },
  },
  MEMBER_MEASURE_DIFFERS: {
    message: { vi: 'Chỉ tiêu “{id}”: đơn vị {unit} tính bằng “{measure}”, đơn vị khác bằng “{other}”: không cộng', en: 'Figure “{id}”: {unit} counts in “{measure}”, another member in “{other}”: not summed' },
    hint: { vi: 'Thống nhất đơn vị tính của chỉ tiêu này giữa các đơn vị.', en: 'Use one measure for this figure across the members.' },
  },
  PREVIOUS_NOT_REPORT: {
    message: { vi: 'Thư mục kỳ trước “{path}” không có report.yaml', en: 'The previous period’s folder “{path}” holds no report.yaml' },
    hint: { vi: 'Ghi `previous:` là thư mục báo cáo kỳ trước (chứa report.yaml), tính từ thư mục này, ví dụ "../2023".', en: 'Give `previous:` the folder of the previous report (with its report.yaml), relative to this folder, e.g. "../2023".' },
  },
  PREVIOUS_INVALID: {
    message: { vi: 'Báo cáo kỳ trước “{path}” có {errors} lỗi: không tính tăng giảm so với kỳ trước', en: 'The previous report “{path}” has {errors} error(s): no change against it is computed' },
    hint: { vi: 'Chạy `report validate {path}` và sửa các lỗi đó.', en: 'Run `report validate {path}` and fix those errors.' },
  },
  PREVIOUS_MEASURE_DIFFERS: {
    message: { vi: 'Chỉ tiêu “{id}” kỳ này tính bằng “{measure}”, kỳ trước bằng “{other}”: không tính tăng giảm', en: 'Figure “{id}” is in “{measure}” now and was in “{other}”: no change computed' },
    hint: { vi: 'Dùng cùng đơn vị tính ở hai kỳ, hoặc ghi mức tăng giảm như nguồn nêu (`change`).', en: 'Use the same measure in both periods, or state the change as the source does (`change`).' },
  },
};
