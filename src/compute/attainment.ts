/** Result against target as a percentage: 58.782 of 52.020 → 113. Undefined without a target. */
export function attainment(value: number, target: number | undefined): number | undefined {
  if (target === undefined || target === 0) return undefined;
  return (value / target) * 100;
}
