# openpyxl's write_only mode, N rows x 7 cells: what a Python tool would do.
import sys, openpyxl
n, path = int(sys.argv[1]), sys.argv[2]
wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet('Danh sach')
for i in range(n):
    ws.append([i + 1, f'Nguyễn Văn {i}', 'Chủ tịch', 'Hội Nông dân', 'Bằng khen', '1/QĐ ngày 1/1/2023', 'Thành tích xuất sắc'])
wb.save(path)
