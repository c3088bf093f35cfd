/** What the report knows of each built-in indicator (shared/reference/indicators.md). */
export interface IndicatorInfo {
  readonly name: string;
  readonly shortName: string;
  /** Ranks the provinces: `of` is at most 63. */
  readonly provincial: boolean;
  /** The score is a percentage (printed 81,93%). */
  readonly percent: boolean;
  /** How a score prints after the number: `%` (81,93%) or ` điểm` (40,73 điểm). */
  readonly suffix: '%' | ' điểm';
  readonly maxScore?: number;
}

export const INDICATOR_INFO: Readonly<Record<string, IndicatorInfo>> = {
  PAPI: { name: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh', shortName: 'PAPI', provincial: true, percent: false, suffix: ' điểm', maxScore: 80 },
  PAR_INDEX: { name: 'Chỉ số cải cách hành chính', shortName: 'PAR Index', provincial: true, percent: true, suffix: ' điểm' },
  SIPAS: { name: 'Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước', shortName: 'SIPAS', provincial: true, percent: true, suffix: '%' },
  PCI: { name: 'Chỉ số năng lực cạnh tranh cấp tỉnh', shortName: 'PCI', provincial: true, percent: false, suffix: ' điểm', maxScore: 100 },
  PGI: { name: 'Chỉ số Xanh cấp tỉnh', shortName: 'PGI', provincial: true, percent: false, suffix: ' điểm' },
  DDCI: { name: 'Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương', shortName: 'DDCI', provincial: false, percent: false, suffix: ' điểm', maxScore: 100 },
};
