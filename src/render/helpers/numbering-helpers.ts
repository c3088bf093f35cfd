import { pointLetter, roman } from '../../format/numbering.js';

type Helper = (...args: unknown[]) => string;

/**
 * Headings that number themselves as the template runs: a section left out by
 * `{{#if}}` never calls its helper, so the numbering of the next one closes up.
 */
export function numberingHelpers(): Record<string, Helper> {
  let part = 0;
  let section = 0;
  let sub = 0;
  let point = 0;
  const title = (all: unknown[]) => String(all[0]);
  return {
    /** {{part "KẾT QUẢ THỰC HIỆN"}} → Phần I, with its title under it */
    part: (...all) => {
      part++;
      section = sub = point = 0;
      return `# PHẦN ${roman(part)}\n\n# ${title(all)}`;
    },
    /** {{section "ĐẶC ĐIỂM TÌNH HÌNH"}} → ## I. ĐẶC ĐIỂM TÌNH HÌNH */
    section: (...all) => {
      section++;
      sub = point = 0;
      return `## ${roman(section)}. ${title(all)}`;
    },
    /** {{sub "Ưu điểm"}} → ### 1. Ưu điểm */
    sub: (...all) => {
      sub++;
      point = 0;
      return `### ${sub}. ${title(all)}`;
    },
    /** {{point "Chỉ số PAPI"}} → #### a) Chỉ số PAPI */
    point: (...all) => {
      point++;
      return `#### ${pointLetter(point)}) ${title(all)}`;
    },
  };
}
