import { describeChange } from '../../compute/change.js';

type Helper = (...args: unknown[]) => string;
const args = (all: unknown[]) => all.slice(0, -1);

export const CHANGE_HELPERS: Record<string, Helper> = {
  /** {{change 20 "%"}} → tăng 20%; {{change -1.25 " điểm"}} → giảm 1,25 điểm; 0 → giữ nguyên */
  change: (...all) => {
    const [delta, suffix, decimals] = args(all);
    return describeChange(Number(delta), typeof suffix === 'string' ? suffix : '', typeof decimals === 'number' ? decimals : 2);
  },
  /** {{rankChange 3}} → tăng 3 bậc; {{rankChange -2}} → giảm 2 bậc */
  rankChange: (...all) => describeChange(Number(args(all)[0]), ' bậc', 0),
};
