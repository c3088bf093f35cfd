import type { Diagnostic } from './diagnostic.js';
import type { Lang } from './lang.js';
import { YAML_REASONS } from './yaml-reasons.js';
import { INTAKE_MESSAGES } from './messages-intake.js';

export interface Text {
  readonly vi: string;
  readonly en: string;
}
export interface Entry {
  readonly message: Text;
  readonly hint?: Text;
  /** Used instead of `hint` when the diagnostic has no `suggestion` arg. */
  readonly plainHint?: Text;
  /** A hint chosen by the value of one arg (`*`: any value), used before the others when that arg is present. */
  readonly hintBy?: { readonly arg: string; readonly values: Readonly<Record<string, Text>> };
}

/** One entry per stable code. `{name}` is replaced by the diagnostic's args. */
export const MESSAGES: Readonly<Record<string, Entry>> = {
  MISSING_REPORT: {
    message: { vi: 'Không tìm thấy tệp report.yaml (hoặc report.yml) trong thư mục {dir}', en: 'No report.yaml (or report.yml) in folder {dir}' },
    hint: { vi: 'Đặt tên tệp mô tả báo cáo là report.yaml; nếu chưa có, chạy `report init {dir}` để tạo một thư mục báo cáo mẫu.', en: 'Name the file that describes the report report.yaml; if there is none, run `report init {dir}` to create a sample folder.' },
  },
  NOT_A_FOLDER: {
    message: { vi: 'Không có thư mục {dir}', en: 'There is no folder {dir}' },
    hint: { vi: 'Kiểm tra lại đường dẫn (tính từ thư mục đang đứng), hoặc chạy `report init {dir}` để tạo mới.', en: 'Check the path (from the current folder), or run `report init {dir}` to create one.' },
  },
  FILE_NOT_FOLDER: {
    message: { vi: '{dir} là một tệp, không phải thư mục báo cáo', en: '{dir} is a file, not a report folder' },
    hint: { vi: 'Đưa vào thư mục chứa report.yaml, ví dụ `report validate {parent}`.', en: 'Give the folder that holds report.yaml, e.g. `report validate {parent}`.' },
  },
  UNREAD_DATA_FILE: {
    message: { vi: 'Tệp {name} không được đọc: báo cáo sẽ không có dữ liệu trong tệp này', en: '{name} is not read: the report will not hold its data' },
    hint: { vi: 'Đổi tên tệp thành một trong {files}, hoặc liệt kê nó trong `data:` của report.yaml.', en: 'Rename it to one of {files}, or list it under `data:` in report.yaml.' },
  },
  UTF16_FILE: {
    message: { vi: 'Tệp được lưu bằng mã hoá {encoding} (Notepad gọi là “Unicode”), không phải UTF-8', en: 'The file is saved as {encoding} (“Unicode” in Notepad), not UTF-8' },
    hint: { vi: 'Lưu lại tệp với mã hoá UTF-8: Notepad: Tệp → Lưu thành… → Mã hoá: UTF-8; VS Code: bấm “{encoding}” ở góc dưới bên phải → Lưu với mã hoá (Save with Encoding) → UTF-8.', en: 'Save it again as UTF-8: Notepad: File → Save As… → Encoding: UTF-8; VS Code: click “{encoding}” at the bottom right → Save with Encoding → UTF-8.' },
  },
  COMMENT_CUTS_VALUE: {
    message: { vi: 'Giá trị “{value}” bị cắt: YAML hiểu “{cut}” là chú thích', en: 'The value “{value}” is cut short: YAML reads “{cut}” as a comment' },
    hint: { vi: 'Đặt cả giá trị trong ngoặc kép: {quoted}', en: 'Quote the whole value: {quoted}' },
  },
  REFS_NOT_CHECKED: {
    message: { vi: '{count} tham chiếu chưa được kiểm tra vì không đọc được {files}', en: '{count} reference(s) were not checked because {files} could not be read' },
    hint: { vi: 'Sửa lỗi của tệp đó trước; các tham chiếu sẽ được kiểm tra ở lần chạy sau.', en: 'Fix that file first; the references are checked on the next run.' },
  },
  FILE_UNREADABLE: {
    message: { vi: 'Không đọc được tệp: {reason}', en: 'Cannot read the file: {reason}' },
    hint: { vi: 'Kiểm tra quyền đọc của tệp.', en: 'Check the file permissions.' },
  },
  DATA_GLOB_EMPTY: {
    message: { vi: 'Mục `data` “{pattern}” không khớp với tệp nào', en: '`data` entry “{pattern}” matches no file' },
    hint: { vi: 'Sửa đường dẫn, tính từ thư mục chứa report.yaml.', en: 'Fix the path, relative to the folder of report.yaml.' },
  },
  EMPTY_FILE: {
    message: { vi: 'Tệp rỗng, không có dữ liệu', en: 'The file is empty' },
    hint: { vi: 'Thêm dữ liệu hoặc xoá tệp này.', en: 'Add data or delete the file.' },
  },
  NOT_UTF8: {
    message: { vi: 'Tệp không được mã hoá UTF-8 (byte lạ ở vị trí này)', en: 'The file is not UTF-8 (invalid byte here)' },
    hint: { vi: 'Lưu lại tệp với mã hoá UTF-8 (Unicode).', en: 'Save the file again as UTF-8 (Unicode).' },
  },
  LEGACY_ENCODING: {
    message: { vi: 'Văn bản “{text}” có vẻ gõ bằng bảng mã cũ ({encoding}), không phải Unicode', en: 'Text “{text}” looks like a legacy encoding ({encoding}), not Unicode' },
    hint: { vi: 'Chuyển sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã) rồi dán lại.', en: 'Convert it to Unicode (e.g. with Unikey’s converter) and paste it again.' },
  },
  YAML_SYNTAX: {
    message: { vi: 'Lỗi cú pháp YAML: {detail}', en: 'YAML syntax error: {detail}' },
    hint: { vi: 'Kiểm tra thụt lề (dùng dấu cách, không dùng tab), dấu hai chấm và dấu ngoặc kép.', en: 'Check indentation (spaces, not tabs), colons and quotes.' },
    hintBy: {
      arg: 'cause',
      values: {
        tab: { vi: 'Dòng này thụt lề bằng phím tab: xoá tab, thụt lề bằng dấu cách (2 dấu cách mỗi cấp).', en: 'This line is indented with a tab: indent with spaces instead (2 per level).' },
        space_after_colon: { vi: 'Thiếu dấu cách sau dấu hai chấm: viết `{fixed}`.', en: 'A space is missing after the colon: write `{fixed}`.' },
        quote_colon: { vi: 'Giá trị có “: ” ở giữa phải đặt trong ngoặc kép: `{fixed}`.', en: 'A value with “: ” inside must be quoted: `{fixed}`.' },
        indent: { vi: 'Dòng {row} thụt vào {indent} dấu cách, không khớp với các dòng cùng mục ({expected} dấu cách): sửa thụt lề của dòng này.', en: 'Line {row} is indented {indent} spaces, which matches none of the lines of its block ({expected}): fix its indentation.' },
      },
    },
  },
  DUPLICATE_KEY: {
    message: { vi: 'Khoá “{key}” bị lặp lại trong cùng một mục (đã có ở dòng {first})', en: 'Key “{key}” appears twice in the same mapping (first at line {first})' },
    hint: { vi: 'Xoá một trong hai dòng (dòng {first} hoặc dòng này).', en: 'Delete one of the two lines (line {first} or this one).' },
    hintBy: {
      arg: 'block',
      values: {
        '*': {
          vi: 'Dòng này đứng sau các dòng của mục “{block}” nhưng không thụt vào: nếu nó thuộc “{block}”, hãy thụt vào thẳng hàng với các dòng đó.',
          en: 'This line follows the lines of “{block}” without their indentation: if it belongs to “{block}”, indent it like them.',
        },
      },
    },
  },
  ALIAS_LIMIT: {
    message: { vi: 'Tệp dùng quá nhiều tham chiếu YAML (alias *…), có thể gây tràn bộ nhớ', en: 'Too many YAML aliases (*…): the file would blow up in memory' },
    hint: { vi: 'Viết dữ liệu trực tiếp, không dùng &neo / *tham-chiếu lồng nhau.', en: 'Write the data out; do not nest &anchors / *aliases.' },
  },
  ALIAS_CYCLE: {
    message: { vi: 'Tham chiếu YAML (*…) trỏ về chính mục đang chứa nó: dữ liệu không có điểm dừng', en: 'A YAML alias (*…) refers to the entry that contains it: the data never ends' },
    hint: { vi: 'Viết dữ liệu ra trực tiếp, không dùng &neo / *tham-chiếu vòng.', en: 'Write the data out; do not let an *alias point into its own &anchor.' },
  },
  TOP_LEVEL_NOT_MAP: {
    message: { vi: 'Tệp phải là một danh sách khoá: giá trị (ví dụ `awards:`), không phải {got}', en: 'The file must be a mapping (e.g. `awards:`), not {got}' },
    hint: { vi: 'Bắt đầu tệp bằng một khoá như `units:`, `awards:`, `figures:`.', en: 'Start the file with a key such as `units:`, `awards:`, `figures:`.' },
  },
  UNKNOWN_KEY: {
    message: { vi: 'Khoá “{key}” không có trong định dạng', en: 'Unknown key “{key}”' },
    hint: { vi: 'Có phải ý bạn là “{suggestion}”?', en: 'Did you mean “{suggestion}”?' },
    plainHint: { vi: 'Các khoá hợp lệ ở đây: {allowed}.', en: 'Keys allowed here: {allowed}.' },
  },
  MISSING_FIELD: {
    message: { vi: 'Thiếu trường bắt buộc “{field}”', en: 'Missing required field “{field}”' },
    hint: { vi: 'Thêm dòng `{field}: …` vào mục này.', en: 'Add a `{field}: …` line to this entry.' },
  },
  WRONG_TYPE: {
    message: { vi: 'Trường “{field}” phải là {expected}, ở đây là {got}', en: 'Field “{field}” must be {expected}, got {got}' },
    hint: { vi: 'Sửa giá trị cho đúng kiểu.', en: 'Fix the value’s type.' },
    hintBy: { arg: 'example', values: { '*': { vi: 'Viết theo mẫu: `{example}`', en: 'Write it like this: `{example}`' } } },
  },
  BAD_VALUE: {
    message: { vi: 'Giá trị “{value}” của “{field}” không hợp lệ', en: 'Invalid value “{value}” for “{field}”' },
    hint: { vi: 'Viết mã `{suggestion}`. Các mã hợp lệ: {choices}.', en: 'Write the code `{suggestion}`. Valid codes: {choices}.' },
    plainHint: { vi: 'Viết một trong các mã: {choices}.', en: 'Write one of the codes: {choices}.' },
  },
  BAD_ID: {
    message: { vi: 'Mã “{value}” không hợp lệ', en: 'Invalid id “{value}”' },
    hint: { vi: 'Mã viết thường, không dấu, nối bằng gạch ngang, ví dụ `hoi-nong-dan`.', en: 'Ids are lowercase ASCII words joined by hyphens, e.g. `hoi-nong-dan`.' },
  },
  BAD_CODE: {
    message: { vi: 'Mã chỉ số “{value}” không hợp lệ', en: 'Invalid indicator code “{value}”' },
    hint: { vi: 'Mã chỉ số viết hoa, ví dụ `PAPI`, `PAR_INDEX`.', en: 'Indicator codes are uppercase, e.g. `PAPI`, `PAR_INDEX`.' },
  },
  BAD_DATE: {
    message: { vi: 'Ngày “{value}” không đúng dạng NĂM-THÁNG-NGÀY', en: 'Date “{value}” is not YYYY-MM-DD' },
    hint: { vi: 'Viết `{suggestion}` (năm-tháng-ngày).', en: 'Write `{suggestion}` (year-month-day).' },
    plainHint: { vi: 'Viết ngày dạng `2023-08-23`.', en: 'Write dates as `2023-08-23`.' },
  },
  IMPOSSIBLE_DATE: {
    message: { vi: 'Ngày {value} không có trên lịch', en: 'Date {value} does not exist' },
    hint: { vi: 'Kiểm tra lại ngày và tháng.', en: 'Check the day and month.' },
  },
  NEGATIVE: {
    message: { vi: '“{field}” không được là số âm ({value})', en: '“{field}” cannot be negative ({value})' },
    hint: { vi: 'Nhập số từ 0 trở lên.', en: 'Enter a number of 0 or more.' },
  },
  NOT_INTEGER: {
    message: { vi: '“{field}” phải là số nguyên ({value})', en: '“{field}” must be a whole number ({value})' },
    hint: { vi: 'Bỏ phần thập phân.', en: 'Remove the decimals.' },
  },
  EMPTY_TEXT: {
    message: { vi: '“{field}” không được để trống', en: '“{field}” cannot be empty' },
    hint: { vi: 'Nhập nội dung cho trường này, hoặc xoá dòng nếu trường không bắt buộc.', en: 'Fill it in, or delete the line if the field is optional.' },
  },
  BAD_ABBREVIATION: {
    message: { vi: 'Chữ viết tắt “{value}” không hợp lệ', en: 'Invalid abbreviation “{value}”' },
    hint: { vi: 'Viết hoa, nối bằng gạch ngang, không dấu cách, ví dụ `MTTQ-BTT`.', en: 'Capitals joined by hyphens, no spaces, e.g. `MTTQ-BTT`.' },
  },
  BAD_NUMBER_TEXT: {
    message: { vi: '“{value}” không đọc được thành số', en: '“{value}” cannot be read as a number' },
    hint: { vi: 'Viết số như `58782`, hoặc trong ngoặc kép theo kiểu Việt Nam: `"58.782"`, `"39,381"`, `"hơn 140"`.', en: 'Write `58782`, or quoted the Vietnamese way: `"58.782"`, `"39,381"`, `"hơn 140"`.' },
  },
  BAD_QUALIFIER: {
    message: { vi: 'Từ đứng trước số trong “{value}” không phải từ chỉ mức độ được hỗ trợ', en: 'The word before the number in “{value}” is not a supported qualifier' },
    hint: { vi: 'Dùng một trong: hơn, gần, khoảng, trên, dưới, ước (ví dụ `"hơn 140"`).', en: 'Use one of: hơn, gần, khoảng, trên, dưới, ước (e.g. `"hơn 140"`).' },
  },
  DOT_DECIMAL_TEXT: {
    message: { vi: 'Trong “{value}” dấu chấm không phải dấu phân cách hàng nghìn', en: 'In “{value}” the dot is not a thousands separator' },
    hint: { vi: 'Trong ngoặc kép, phần thập phân viết bằng dấu phẩy: `"{suggestion}"`; hoặc bỏ ngoặc kép để viết số kiểu máy.', en: 'Inside quotes the decimal mark is a comma: `"{suggestion}"`; or drop the quotes for a plain number.' },
  },
  NOT_WHOLE_COUNT: {
    message: { vi: '“{field}” đếm số lượng nên phải là số nguyên, ở đây là {value}', en: '“{field}” counts things and must be a whole number, not {value}' },
    hint: { vi: 'YAML đọc `8.400` thành 8,4. Viết `{suggestion}` hoặc trong ngoặc kép `"{grouped}"`.', en: 'YAML reads `8.400` as 8.4. Write `{suggestion}` or quoted `"{grouped}"`.' },
    plainHint: { vi: 'Bỏ phần thập phân; nếu đây không phải số đếm, sửa `measure` cho đúng đơn vị tính.', en: 'Remove the decimals; if this is not a count, fix `measure`.' },
    hintBy: {
      arg: 'comma',
      values: {
        '*': {
          vi: 'Trong số kiểu Việt Nam dấu phẩy là dấu thập phân. Nếu ý là số nguyên, viết `{suggestion}` hoặc `"{grouped}"` (dấu chấm ngăn hàng nghìn).',
          en: 'In Vietnamese numbers the comma is the decimal mark. For a whole number write `{suggestion}` or `"{grouped}"` (dots group thousands).',
        },
      },
    },
  },
  DECIMAL_COMMA: {
    message: { vi: '“{field}: {before},{key}” bị YAML tách làm hai ở dấu phẩy', en: '“{field}: {before},{key}” is split in two by YAML at the comma' },
    hint: {
      vi: 'Trong { … } dấu phẩy ngăn cách các mục. Viết số kiểu máy tính với dấu chấm (`{field}: {before}.{key}`) hoặc đặt trong ngoặc kép (`{field}: "{before},{key}"`).',
      en: 'Inside { … } a comma separates entries. Write the number with a dot (`{field}: {before}.{key}`) or quote it (`{field}: "{before},{key}"`).',
    },
  },
  QUALIFIER_NOT_ALLOWED: {
    message: { vi: '“{field}” là số được cộng dồn, không nhận từ “{value}”', en: '“{field}” is added up and takes no qualifier (“{value}”)' },
    hint: { vi: 'Ghi số chính xác; ước lượng thì ghi ở chỉ tiêu (`figures`) với `approx`.', en: 'Give the exact number; put estimates in `figures` with `approx`.' },
  },
  BAD_ATTAINMENT: {
    message: { vi: '`attainment` “{value}” không hợp lệ', en: 'Invalid `attainment` “{value}”' },
    hint: { vi: 'Ghi tỷ lệ % như nguồn (ví dụ `59.5` hoặc `"59,5"`), hoặc chữ: `đạt`, `vượt`, `đạt và vượt`.', en: 'Give the percentage as stated (e.g. `59.5` or `"59,5"`), or words: `đạt`, `vượt`, `đạt và vượt`.' },
  },
  NUMBER_TOO_LARGE: {
    message: { vi: 'Số {value} quá lớn để giữ đúng từng chữ số', en: 'The number {value} is too large to keep every digit' },
    hint: { vi: 'Kiểm tra lại số (có thừa chữ số không?); số lớn hơn 9.007.199.254.740.991 không ghi được chính xác.', en: 'Check the number (extra digits?); numbers above 9,007,199,254,740,991 cannot be kept exactly.' },
  },
  DATE_OUT_OF_RANGE: {
    message: { vi: 'Ngày ban hành {value} nằm ngoài khoảng 1980 - 2107 mà tệp DOCX/XLSX ghi được', en: 'The date {value} is outside 1980 - 2107, which DOCX/XLSX files can store' },
    hint: { vi: 'Kiểm tra năm (gõ nhầm 2124 thay cho 2024?).', en: 'Check the year (2124 typed for 2024?).' },
  },
  FIGURE_SAYS_NOTHING: {
    message: { vi: 'Chỉ tiêu “{id}” không có số liệu nào', en: 'Figure “{id}” states nothing' },
    hint: { vi: 'Thêm `value`, hoặc `attainment`, `change`, `change_percent`, `target`.', en: 'Add `value`, or `attainment`, `change`, `change_percent`, `target`.' },
  },
  STATED_DISAGREES: {
    message: { vi: '`{field}` ghi {stated}, nhưng tính từ các số của chỉ tiêu được {computed}', en: '`{field}` says {stated}, but the figure’s own numbers give {computed}' },
    hint: { vi: 'Báo cáo in đúng số đã ghi; kiểm tra lại với nguồn.', en: 'The report prints the stated number; check it against the source.' },
  },
  DUPLICATE_AWARD: {
    message: { vi: '“{name}” đã có cùng hình thức, đối tượng và quyết định ở {other}', en: '“{name}” is already listed with the same form, kind and decision at {other}' },
    hint: { vi: 'Xoá dòng lặp, nếu không người này được đếm hai lần.', en: 'Delete the repeated row, or it is counted twice.' },
  },
  AWARD_TOTAL_MISMATCH: {
    message: { vi: '`total` ghi {total} nhưng tập thể/cá nhân/hộ cộng lại là {sum} ({split})', en: '`total` says {total} but the split adds up to {sum} ({split})' },
    hint: { vi: 'Báo cáo dùng số theo từng loại; sửa `total` hoặc bỏ nó.', en: 'The report uses the split; fix `total` or drop it.' },
  },
  DATED_BEFORE_PERIOD_END: {
    message: { vi: 'Báo cáo ngày {date} trước năm cuối của kỳ báo cáo ({year})', en: 'The report is dated {date}, before the last year of its period ({year})' },
    hint: { vi: 'Kiểm tra `date` và `period`.', en: 'Check `date` and `period`.' },
  },
  OUT_OF_RANGE: {
    message: { vi: 'Giá trị {value} của “{field}” nằm ngoài khoảng cho phép', en: 'Value {value} of “{field}” is out of range' },
    hint: { vi: 'Giá trị nhỏ nhất: {min}; lớn nhất: {max}.', en: 'Minimum: {min}; maximum: {max}.' },
  },
  DUPLICATE_ID: {
    message: { vi: 'Mã “{id}” bị trùng: đã dùng cho {kind} khác tại {other}', en: 'Duplicate id “{id}”: already used by another {kind} at {other}' },
    hint: { vi: 'Đặt một mã khác cho một trong hai mục.', en: 'Give one of them another id.' },
  },
  UNKNOWN_REF: {
    message: { vi: 'Không có {kind} nào mã “{id}”', en: 'No {kind} with id “{id}”' },
    hint: { vi: 'Có phải ý bạn là “{suggestion}”?', en: 'Did you mean “{suggestion}”?' },
    plainHint: { vi: 'Khai báo {kind} này trước, hoặc sửa lại mã.', en: 'Declare this {kind} first, or fix the id.' },
  },
  UNIT_CYCLE: {
    message: { vi: 'Đơn vị cấp trên tạo thành vòng lặp: {cycle}', en: 'Unit parents form a cycle: {cycle}' },
    hint: { vi: 'Một đơn vị không thể là cấp trên của chính nó; sửa `parent`.', en: 'A unit cannot be its own ancestor; fix `parent`.' },
  },
  RANK_OVER_OF: {
    message: { vi: 'Thứ hạng {rank} lớn hơn tổng số {of}', en: 'Rank {rank} is greater than the total {of}' },
    hint: { vi: 'Kiểm tra `rank` và `of`.', en: 'Check `rank` and `of`.' },
  },
  OF_OVER_PROVINCES: {
    message: { vi: '{code} xếp hạng các tỉnh, thành phố: `of` = {of} vượt quá 63', en: '{code} ranks provinces: `of` = {of} exceeds 63' },
    hint: { vi: 'Trước 2025 có 63 tỉnh, thành phố; từ 2025 có 34.', en: 'There were 63 provinces before 2025, 34 since.' },
  },
  PERCENT_OVER_100: {
    message: { vi: '{code} tính theo phần trăm: {score} vượt quá 100', en: '{code} is a percentage: {score} exceeds 100' },
    hint: { vi: 'Nhập tỷ lệ từ 0 đến 100, ví dụ `81.93`.', en: 'Enter a percentage from 0 to 100, e.g. `81.93`.' },
  },
  SCORE_OVER_MAX: {
    message: { vi: 'Điểm {code} {score} vượt quá thang điểm {max}', en: '{code} score {score} exceeds the scale maximum {max}' },
    hint: { vi: 'Kiểm tra lại điểm.', en: 'Check the score.' },
  },
  DUPLICATE_INDICATOR: {
    message: { vi: 'Chỉ số {code} năm {year} đã có ở {other}', en: '{code} for {year} already given at {other}' },
    hint: { vi: 'Mỗi chỉ số chỉ một mục cho mỗi năm; xoá mục thừa.', en: 'One entry per indicator and year; delete the extra one.' },
  },
  INDICATOR_NAME_REQUIRED: {
    message: { vi: 'Chỉ số “{code}” không có sẵn: cần thêm `name`', en: 'Indicator “{code}” is not built in: add `name`' },
    hint: { vi: 'Các mã có sẵn: PAPI, PAR_INDEX, SIPAS, PCI, PGI, DDCI.', en: 'Built-in codes: PAPI, PAR_INDEX, SIPAS, PCI, PGI, DDCI.' },
  },
  DUPLICATE_OCOP_YEAR: {
    message: { vi: 'Số liệu OCOP năm {year} đã có ở {other}', en: 'OCOP figures for {year} already given at {other}' },
    hint: { vi: 'Mỗi năm một mục OCOP.', en: 'One OCOP entry per year.' },
  },
  PERIOD_REVERSED: {
    message: { vi: 'Kỳ báo cáo bắt đầu ({from}) sau khi kết thúc ({to})', en: 'The period starts ({from}) after it ends ({to})' },
    hint: { vi: 'Đổi chỗ `from` và `to`.', en: 'Swap `from` and `to`.' },
  },
  RECIPIENT_NOT_ADMITTED: {
    message: { vi: '“{form}” không tặng cho {recipient}', en: '“{form}” is not given to {recipient}' },
    hint: { vi: 'Hình thức này chỉ dành cho: {choices}.', en: 'This form is only for: {choices}.' },
  },
  AWARD_COUNT_MISMATCH: {
    message: { vi: '`award_counts` ghi {form}: {counted} (tập thể/cá nhân/hộ), nhưng danh sách có {listed}', en: '`award_counts` says {form}: {counted} (collectives/individuals/households), but the list has {listed}' },
    hint: { vi: 'Báo cáo dùng số theo danh sách; sửa số đếm hoặc bổ sung danh sách.', en: 'The report uses the list; fix the count or complete the list.' },
  },
  DUPLICATE_FORM: {
    message: { vi: 'Hình thức “{id}” khai báo hai lần (lần đầu tại {other})', en: 'Form “{id}” declared twice (first at {other})' },
    hint: { vi: 'Gộp hai mục làm một.', en: 'Merge the two entries.' },
  },
  TEXT_TOO_LONG: {
    message: { vi: '{cells} ô có văn bản dài hơn {max} ký tự, giới hạn của Excel: đã cắt bớt', en: '{cells} cell(s) held more than {max} characters, Excel’s limit: cut short' },
    hint: { vi: 'Rút gọn nội dung trong dữ liệu nếu cần giữ đủ.', en: 'Shorten the text in the data to keep all of it.' },
  },
  FOLDER_UNREADABLE: {
    message: { vi: 'Không đọc được thư mục {folder} (nằm trong phạm vi của `data:`)', en: 'Cannot read the folder {folder} (under a `data:` pattern)' },
    hint: { vi: 'Cấp quyền đọc cho thư mục, hoặc sửa mẫu `data:` cho hẹp lại.', en: 'Make the folder readable, or narrow the `data:` pattern.' },
  },
  DATA_OUTSIDE_FOLDER: {
    message: { vi: 'Mục `data` “{pattern}” trỏ ra ngoài thư mục báo cáo', en: '`data` entry “{pattern}” points outside the report folder' },
    hint: { vi: 'Tệp dữ liệu phải nằm trong thư mục báo cáo (chép chúng vào đó); đường dẫn tính từ thư mục chứa report.yaml.', en: 'Data files must be inside the report folder (copy them there); paths are relative to report.yaml.' },
  },
  DATA_NOT_YAML: {
    message: { vi: 'Mục `data` “{pattern}” không phải tệp dữ liệu (.yaml, .yml, .xlsx, .csv)', en: '`data` entry “{pattern}” is not a data file (.yaml, .yml, .xlsx, .csv)' },
    hint: { vi: 'Chỉ liệt kê tệp YAML, sổ Excel (.xlsx) hoặc CSV trong `data:`.', en: 'List only YAML, Excel (.xlsx) or CSV files under `data:`.' },
  },
  NOT_A_REGULAR_FILE: {
    message: { vi: 'Đây không phải một tệp bình thường (thư mục, FIFO hay thiết bị): không đọc', en: 'Not a regular file (a folder, a FIFO or a device): not read' },
    hint: { vi: 'Thay bằng một tệp văn bản bình thường, hoặc bỏ nó ra khỏi thư mục báo cáo.', en: 'Put a plain text file there, or move it out of the report folder.' },
  },
  DANGLING_LINK: {
    message: { vi: 'Liên kết (symlink) này trỏ tới một tệp không còn', en: 'This symbolic link points to a file that does not exist' },
    hint: { vi: 'Sửa liên kết cho đúng tệp, hoặc xoá nó.', en: 'Point the link at the right file, or delete it.' },
  },
  LINK_LOOP: {
    message: { vi: 'Liên kết (symlink) này trỏ vòng về chính nó', en: 'This symbolic link loops back on itself' },
    hint: { vi: 'Sửa liên kết cho trỏ tới một tệp thật, hoặc xoá nó.', en: 'Point the link at a real file, or delete it.' },
  },
  TEMPLATE_OUTSIDE_FOLDER: {
    message: { vi: 'Mẫu “{template}” nằm ngoài thư mục báo cáo', en: 'Template “{template}” is outside the report folder' },
    hint: { vi: 'Chép thư mục mẫu vào trong thư mục báo cáo (`report templates eject so-ket <thư mục báo cáo>/mau`) rồi ghi `template: mau`.', en: 'Copy the template folder into the report folder (`report templates eject so-ket <report>/mau`) and set `template: mau`.' },
  },
  TEMPLATE_NOT_A_TEMPLATE: {
    message: { vi: '“{template}” không phải thư mục mẫu (không có report.hbs, partials/ hay workbooks/)', en: '“{template}” is not a template folder (no report.hbs, partials/ or workbooks/)' },
    hint: { vi: 'Tạo thư mục mẫu bằng `report templates eject`, hoặc bỏ dòng `template:`.', en: 'Create one with `report templates eject`, or remove the `template:` line.' },
  },
  TEMPLATE_NOT_FOUND: {
    message: { vi: 'Không tìm thấy mẫu “{template}”', en: 'Template “{template}” not found' },
    hint: { vi: 'Dùng `so-ket`, `tong-ket` hoặc đường dẫn tới thư mục mẫu (xem `report templates list`).', en: 'Use `so-ket`, `tong-ket` or a template folder path (see `report templates list`).' },
  },
  TEMPLATE_SYNTAX: {
    message: { vi: 'Mẫu có lỗi cú pháp Handlebars: {detail}', en: 'Handlebars syntax error in template: {detail}' },
    hint: { vi: 'Kiểm tra các cặp {{…}} và {{#…}}…{{/…}}.', en: 'Check the {{…}} and {{#…}}…{{/…}} pairs.' },
  },
  TEMPLATE_MISSING_FIELD: {
    message: { vi: 'Mẫu dùng “{field}” nhưng không có trường hay helper nào tên đó', en: 'The template uses “{field}”, which is neither a field nor a helper' },
    hint: { vi: 'Có phải ý bạn là “{suggestion}”? (các trường và helper: docs/templates.md)', en: 'Did you mean “{suggestion}”? (fields and helpers: docs/templates.md)' },
    plainHint: { vi: 'Xem tên các trường và helper trong docs/templates.md; trường có thể trống thì bọc trong {{#if …}}.', en: 'See the fields and helpers in docs/templates.md; wrap a field that may be empty in {{#if …}}.' },
  },
  TEMPLATE_HELPER: {
    message: { vi: 'Helper “{helper}” không dùng được với giá trị này: {detail}', en: 'Helper “{helper}” cannot take this value: {detail}' },
    hint: { vi: 'Xem helper “{helper}” cần gì trong docs/templates.md.', en: 'See what “{helper}” takes in docs/templates.md.' },
  },
  TEMPLATE_TOO_LARGE: {
    message: { vi: 'Mẫu sinh ra quá nhiều nội dung (vòng lặp {{#each}} không có điểm dừng hợp lý)', en: 'The template produces far too much text (an {{#each}} without a sensible bound)' },
    hint: { vi: 'Kiểm tra các vòng {{#each}} lồng nhau; báo cáo chỉ cần vài chục trang.', en: 'Check nested {{#each}} loops; a report is a few dozen pages.' },
  },
  TEMPLATE_PRINTS_OBJECT: {
    message: { vi: 'Mẫu in “{field}” là cả một nhóm dữ liệu, sẽ ra “[object Object]”', en: 'The template prints “{field}”, a whole group of data, which would read “[object Object]”' },
    hint: { vi: 'In từng trường của nó (ví dụ `{{{field}.name}}`), hoặc dùng {{#each}} / {{#with}}.', en: 'Print its fields (e.g. `{{{field}.name}}`), or use {{#each}} / {{#with}}.' },
  },
  TEMPLATE_ERROR: {
    message: { vi: 'Lỗi khi dựng mẫu: {detail}', en: 'Error while rendering the template: {detail}' },
    hint: { vi: 'Kiểm tra tên helper và tham số.', en: 'Check helper names and arguments.' },
  },
  OUTPUT_NOT_WRITABLE: {
    message: { vi: 'Không ghi được {target}: {reason}; tệp cũ (nếu có) vẫn giữ nguyên', en: 'Cannot write {target}: {reason}; any earlier file is unchanged' },
    hint: { vi: 'Chọn thư mục ghi khác bằng -o, hoặc kiểm tra quyền ghi và dung lượng đĩa.', en: 'Choose another folder with -o, or check permissions and free space.' },
    hintBy: {
      arg: 'reason',
      values: {
        EBUSY: { vi: 'Tệp đang mở trong một chương trình khác: đóng tệp trong Word (hoặc Excel) rồi chạy lại.', en: 'The file is open in another program: close it in Word (or Excel) and run again.' },
        EPERM: { vi: 'Nếu tệp đang mở trong Word (hoặc Excel), đóng tệp trong Word rồi chạy lại; nếu không, kiểm tra quyền ghi vào thư mục.', en: 'If the file is open in Word (or Excel), close it and run again; otherwise check the folder’s permissions.' },
        ENOTDIR: { vi: 'Một phần của đường dẫn là tệp chứ không phải thư mục: chọn đường dẫn khác.', en: 'Part of the path is a file, not a folder: choose another path.' },
        EACCES: { vi: 'Không có quyền ghi vào đó: chọn thư mục khác bằng -o, hoặc xin quyền ghi.', en: 'No permission to write there: choose another folder with -o, or get write access.' },
        EISDIR: { vi: 'Ở chỗ tệp cần ghi đang có một thư mục cùng tên: đổi tên hoặc xoá thư mục đó.', en: 'A folder of that name stands where the file goes: rename or remove it.' },
      },
    },
  },
  USAGE: {
    message: { vi: '{text}', en: '{text}' },
  },
  LAYOUT_INVALID: {
    message: { vi: 'Tệp khai báo bảng tính không hợp lệ: {detail}', en: 'Invalid workbook layout: {detail}' },
    hint: { vi: 'So sánh với tệp mẫu trong templates/workbooks của gói.', en: 'Compare with the built-in file in templates/workbooks.' },
  },
  NO_AWARD_LIST: {
    message: { vi: 'Báo cáo không có danh sách khen thưởng (`awards`): danh sách để trống, bảng Tổng hợp có số lượng theo `award_counts`', en: 'The report has no award list (`awards`): the list is empty; the Summary sheet holds the `award_counts`' },
    hint: { vi: 'Thêm danh sách người, tập thể được khen vào `awards` để có danh sách.', en: 'Add the recipients to `awards` to get a list.' },
  },
  PACK_NO_AWARDS: {
    message: { vi: 'Không có danh sách khen thưởng (`awards`) để lập hồ sơ khen thưởng', en: 'There is no award list (`awards`) to make the award pack from' },
    hint: { vi: 'Tờ trình, quyết định và bằng khen cần tên từng tập thể, cá nhân: thêm họ vào `awards` (mỗi người một dòng, với `form`, `recipient`, `name`).', en: 'Proposals, decisions and certificates need each recipient by name: add them to `awards` (one entry each, with `form`, `recipient`, `name`).' },
  },
  PACK_COUNTED_ONLY: {
    message: { vi: 'Các hình thức {forms} chỉ có số lượng (`award_counts`), không có danh sách: hồ sơ khen thưởng không gồm các hình thức này', en: 'The forms {forms} have counts only (`award_counts`), no list: the award pack leaves them out' },
    hint: { vi: 'Muốn có tờ trình, quyết định, bằng cho các hình thức này, ghi từng tập thể, cá nhân vào `awards`.', en: 'To get proposals, decisions and certificates for them, list each recipient in `awards`.' },
  },
  PACK_NO_COEFFICIENT: {
    message: { vi: 'Hình thức {form} có {kinds} nhưng `pack.decisions` không cho hệ số tiền thưởng của đối tượng này: không tính tiền thưởng cho họ', en: 'Form {form} has {kinds} but `pack.decisions` gives no money coefficient for them: no money is computed for them' },
    hint: { vi: 'Thêm hệ số vào `coefficients` của hình thức, ví dụ `coefficients: { tap-the: 2, ca-nhan: 1 }`.', en: 'Add the coefficient under the form\'s `coefficients`, e.g. `coefficients: { tap-the: 2, ca-nhan: 1 }`.' },
  },
  CERTIFICATE_TEXT_OVERFLOW: {
    message: { vi: 'Ô “{field}” trên bằng ({form}) của {name} không chứa hết chữ, kể cả ở cỡ chữ nhỏ nhất', en: 'Box “{field}” of the certificate ({form}) of {name} cannot hold its text, even at the smallest size' },
    hint: { vi: 'Nới rộng ô (width, height) hoặc giảm min_size trong pack/certificate.yaml của mẫu, hoặc rút gọn nội dung.', en: 'Make the box larger (width, height) or lower min_size in the template\'s pack/certificate.yaml, or shorten the text.' },
  },
  PACK_AUTHORITY_INCOMPLETE: {
    message: { vi: 'Cơ quan quyết định “{id}” thiếu {missing}', en: 'Deciding body “{id}” lacks {missing}' },
    hint: { vi: 'Một cơ quan khác cơ quan ban hành báo cáo cần `name` (tên in hoa), `abbreviation` (viết tắt trong số ký hiệu) và `signer` (người ký).', en: 'A body other than the report\'s issuer needs `name` (in capitals), `abbreviation` (for the số ký hiệu) and `signer`.' },
  },
  NO_DATA_TO_EXPORT: {
    message: { vi: 'Không có khen thưởng nào khớp bộ lọc', en: 'No award matches the filters' },
    hint: { vi: 'Bỏ bớt bộ lọc `--form`, `--unit`, `--recipient`, `--status`.', en: 'Loosen `--form`, `--unit`, `--recipient`, `--status`.' },
  },
  ...INTAKE_MESSAGES,
};

/** Words that args carry in English and that print in the reader's language. */
const TERMS: Readonly<Record<string, Text>> = {
  unit: { vi: 'đơn vị', en: 'unit' },
  content: { vi: 'nội dung thi đua', en: 'movement content' },
  form: { vi: 'hình thức khen thưởng', en: 'award form' },
  authority: { vi: 'cơ quan quyết định (pack.authorities)', en: 'deciding body (pack.authorities)' },
  model: { vi: 'mô hình', en: 'model' },
  figure: { vi: 'chỉ tiêu', en: 'figure' },
  'tap-the': { vi: 'tập thể', en: 'a collective' },
  'ca-nhan': { vi: 'cá nhân', en: 'an individual' },
  'ho-gia-dinh': { vi: 'hộ gia đình', en: 'a household' },
  string: { vi: 'chuỗi văn bản', en: 'text' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  array: { vi: 'danh sách (các dòng `- …`)', en: 'a list (`- …` lines)' },
  object: { vi: 'mục khoá: giá trị', en: 'a mapping (key: value)' },
  null: { vi: 'để trống', en: 'empty' },
  'a list': { vi: 'một danh sách', en: 'a list' },
  TEMPLATE_INTERNAL: { vi: 'mẫu dùng một giá trị không có (kiểm tra tên trường và tham số)', en: 'the template uses a value that is not there (check field names and arguments)' },
  ENOTDIR: { vi: 'một phần của đường dẫn là tệp, không phải thư mục', en: 'part of the path is a file, not a folder' },
  EACCES: { vi: 'không có quyền ghi', en: 'permission denied' },
  EPERM: { vi: 'không được phép ghi (tệp có thể đang mở trong Word)', en: 'not permitted (the file may be open in Word)' },
  EBUSY: { vi: 'tệp đang được một chương trình khác mở (Word?)', en: 'the file is open in another program (Word?)' },
  ENOSPC: { vi: 'hết dung lượng đĩa', en: 'the disk is full' },
  EROFS: { vi: 'ổ đĩa chỉ cho đọc', en: 'the disk is read-only' },
  EISDIR: { vi: 'ở đó là một thư mục', en: 'a folder stands there' },
  EEXIST: { vi: 'đã có tệp cùng tên', en: 'a file of that name exists' },
  ENOENT: { vi: 'không có thư mục chứa', en: 'the folder does not exist' },
  'a text': { vi: 'một chuỗi văn bản', en: 'a text' },
};
/** What the codes of the format's enumerations mean, shown beside them in hints: `ca-nhan (cá nhân)`. */
const CODE_MEANINGS: Readonly<Record<string, Text>> = {
  'tap-the': { vi: 'tập thể', en: 'collective' },
  'ca-nhan': { vi: 'cá nhân', en: 'individual' },
  'ho-gia-dinh': { vi: 'hộ gia đình', en: 'household' },
  proposed: { vi: 'đề nghị', en: 'proposed' },
  granted: { vi: 'đã khen thưởng', en: 'granted' },
  'mo-hinh': { vi: 'mô hình', en: 'model' },
  'dien-hinh': { vi: 'điển hình', en: 'typical example' },
  'sang-kien': { vi: 'sáng kiến', en: 'initiative' },
  'truong-khoi': { vi: 'trưởng khối, cụm', en: 'cluster head' },
  'pho-khoi': { vi: 'phó khối, cụm', en: 'deputy head' },
  'thanh-vien': { vi: 'thành viên', en: 'member' },
  'so-ket': { vi: 'sơ kết', en: 'interim review' },
  'tong-ket': { vi: 'tổng kết', en: 'final review' },
  'ke-hoach': { vi: 'kế hoạch', en: 'plan' },
  content: { vi: 'theo nội dung thi đua', en: 'by content' },
  unit: { vi: 'theo đơn vị', en: 'by unit' },
  nam: { vi: 'Ông', en: 'Mr' },
  nu: { vi: 'Bà', en: 'Ms' },
  hon: { vi: 'hơn', en: 'more than' },
  gan: { vi: 'gần', en: 'nearly' },
  khoang: { vi: 'khoảng', en: 'about' },
  tren: { vi: 'trên', en: 'over' },
  duoi: { vi: 'dưới', en: 'under' },
  uoc: { vi: 'ước', en: 'estimated' },
};

/** `tap-the (tập thể), ca-nhan (cá nhân)`: the codes to write, each with what it means. */
function choices(value: string, lang: Lang): string {
  return value
    .split(', ')
    .map((code) => (CODE_MEANINGS[code] ? `${code} (${CODE_MEANINGS[code][lang]})` : code))
    .join(', ');
}

/** The code whose meaning was written instead of it (`cá nhân` → `ca-nhan`). */
export function codeForMeaning(value: string, codes: readonly string[]): string | undefined {
  const wanted = value.trim().toLowerCase();
  return codes.find((code) => CODE_MEANINGS[code]?.vi.toLowerCase() === wanted || CODE_MEANINGS[code]?.en.toLowerCase() === wanted);
}

const TRANSLATED_ARGS = new Set(['kind', 'recipient', 'expected', 'got', 'detail', 'reason']);

function term(value: string, lang: Lang): string {
  return value
    .split(', ')
    .map((part) => (TERMS[part] ?? YAML_REASONS[part])?.[lang] ?? part)
    .join(', ');
}

function fill(text: string, args: Diagnostic['args'], lang: Lang): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!(key in args)) return whole;
    const raw = args[key];
    // 181.93 reads 181,93 in Vietnamese; whole numbers (years, ranks) are left as written.
    const value = typeof raw === 'number' && !Number.isInteger(raw) && lang === 'vi' ? String(raw).replace('.', ',') : String(raw);
    if (key === 'choices') return choices(value, lang);
    return TRANSLATED_ARGS.has(key) ? term(value, lang) : value;
  });
}

export function messageOf(d: Diagnostic, lang: Lang): string {
  const entry = MESSAGES[d.code];
  return entry ? fill(entry.message[lang], d.args, lang) : d.code;
}

export function hintOf(d: Diagnostic, lang: Lang): string | undefined {
  const entry = MESSAGES[d.code];
  const by = entry?.hintBy && d.args[entry.hintBy.arg] !== undefined ? entry.hintBy.values[String(d.args[entry.hintBy.arg])] ?? entry.hintBy.values['*'] : undefined;
  const hint = by ?? (entry?.plainHint && !('suggestion' in d.args) ? entry.plainHint : entry?.hint);
  const text = hint ? fill(hint[lang], d.args, lang) : undefined;
  return text ? text : undefined;
}
