import { basename, resolve } from 'node:path';

/** Outputs are named after the report folder: `tra-vinh-so-ket-2023.docx`, `…-phu-luc.xlsx`, `…-khen-thuong.xlsx`. */
export const outputName = (dir: string) => basename(resolve(dir)) || 'bao-cao';
