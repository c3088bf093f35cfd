import { deflateSync } from 'node:zlib';
import { crc32 } from '../deterministic-zip.js';

/** Pixels per millimetre of the calibration grid: fine enough for 1 mm lines, small enough to stay light. */
export const PX_PER_MM = 5;

/** Digits 0–9 of a 3×5 pixel font, row by row, for the centimetre numbers along the edges. */
const DIGITS = ['111101101101111', '010110010010111', '111001111100111', '111001111001111', '101101111001001', '111100111001111', '111100111101111', '111001001001001', '111101111101111', '111101111001111'];

/**
 * A millimetre grid as a greyscale PNG the size of the sheet: light lines every
 * millimetre, darker every 5, black every 10 with the centimetre number beside it.
 * Printed on plain paper and laid over a pre-printed form, it shows where each box falls.
 */
export function gridPng(widthMm: number, heightMm: number): Uint8Array {
  const width = Math.round(widthMm * PX_PER_MM);
  const height = Math.round(heightMm * PX_PER_MM);
  const pixels = new Uint8Array(width * height).fill(255);
  const shade = (mm: number) => (mm % 10 === 0 ? 0 : mm % 5 === 0 ? 120 : 200);
  for (let mm = 0; mm * PX_PER_MM < width; mm++) {
    const x = mm * PX_PER_MM;
    for (let y = 0; y < height; y++) pixels[y * width + x] = Math.min(pixels[y * width + x], shade(mm));
  }
  for (let mm = 0; mm * PX_PER_MM < height; mm++) {
    const row = mm * PX_PER_MM * width;
    for (let x = 0; x < width; x++) pixels[row + x] = Math.min(pixels[row + x], shade(mm));
  }
  const scale = 2; // each font pixel 2×2: digits 3 mm tall
  const digits = (text: string, left: number, top: number) => {
    [...text].forEach((d, i) => {
      const glyph = DIGITS[Number(d)];
      for (let gy = 0; gy < 5; gy++)
        for (let gx = 0; gx < 3; gx++) {
          if (glyph[gy * 3 + gx] !== '1') continue;
          for (let sy = 0; sy < scale; sy++)
            for (let sx = 0; sx < scale; sx++) {
              const x = left + i * 4 * scale + gx * scale + sx;
              const y = top + gy * scale + sy;
              if (x < width && y < height) pixels[y * width + x] = 0;
            }
        }
    });
  };
  for (let cm = 1; cm * 10 * PX_PER_MM < width; cm++) digits(String(cm * 10), cm * 10 * PX_PER_MM + 3, 3 * PX_PER_MM);
  for (let cm = 1; cm * 10 * PX_PER_MM < height; cm++) digits(String(cm * 10), 3 * PX_PER_MM, cm * 10 * PX_PER_MM + 3);
  return encodePng(width, height, pixels);
}

/** Greyscale 8-bit PNG: filter byte 0 on each row, one IDAT. */
function encodePng(width: number, height: number, pixels: Uint8Array): Uint8Array {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
