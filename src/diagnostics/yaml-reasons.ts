/** The `yaml` library's error codes in plain words, for YAML_SYNTAX messages. */
export const YAML_REASONS: Readonly<Record<string, { readonly vi: string; readonly en: string }>> = {
  MISSING_CHAR: { vi: 'thiếu dấu đóng (ngoặc kép, ngoặc nhọn } hoặc ngoặc vuông ])', en: 'a closing quote or bracket is missing' },
  MISSING_SPACE: { vi: 'thiếu dấu cách sau dấu hai chấm', en: 'a space missing after a colon' },
  COLON_IN_TEXT: { vi: 'văn bản có “: ” ở giữa mà không đặt trong ngoặc kép', en: 'a text with “: ” inside, not quoted' },
  BAD_INDENT: { vi: 'thụt lề không đúng', en: 'wrong indentation' },
  TAB_AS_INDENT: { vi: 'dùng phím tab để thụt lề', en: 'a tab used for indentation' },
  BLOCK_AS_IMPLICIT_KEY: { vi: 'một dòng bị hiểu nhầm là khoá (thường do thiếu dấu cách sau dấu hai chấm hoặc thụt lề sai)', en: 'a line taken for a key (often a missing space after a colon, or wrong indentation)' },
  MULTILINE_IMPLICIT_KEY: { vi: 'khoá kéo dài nhiều dòng (thường do thiếu dấu hai chấm)', en: 'a key spread over several lines (often a missing colon)' },
  UNEXPECTED_TOKEN: { vi: 'có ký tự không đúng chỗ', en: 'a character out of place' },
  MULTIPLE_DOCS: { vi: 'tệp có nhiều tài liệu (dòng ---); mỗi tệp chỉ một', en: 'several documents (--- lines) in one file' },
  BAD_DQ_ESCAPE: { vi: 'dấu \\ trong ngoặc kép không hợp lệ (viết \\\\ hoặc dùng ngoặc đơn)', en: 'an invalid \\ escape inside double quotes' },
  BAD_SCALAR_START: { vi: 'giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt trong ngoặc kép', en: 'a value starting with a special character; quote it' },
  BLOCK_IN_FLOW: { vi: 'danh sách nhiều dòng nằm trong ngoặc { } hoặc [ ]', en: 'a block collection inside { } or [ ]' },
};
