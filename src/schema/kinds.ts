import { z } from 'zod';
import { AwardCountSchema, AwardFormSchema, AwardSchema } from './award.js';
import { FigureSchema } from './figure.js';
import { IndicatorSchema, OcopSchema } from './indicator.js';
import { ModelCountSchema } from './model-count.js';
import { ModelSchema } from './model.js';
import { UnitSchema } from './unit.js';

/** The top-level keys a data file may hold, each a list of one entity. */
export const DATA_KINDS = {
  units: UnitSchema,
  models: ModelSchema,
  model_counts: ModelCountSchema,
  figures: FigureSchema,
  indicators: IndicatorSchema,
  ocop: OcopSchema,
  awards: AwardSchema,
  award_counts: AwardCountSchema,
  award_forms: AwardFormSchema,
} as const;

export type DataKind = keyof typeof DATA_KINDS;
export const DATA_KIND_NAMES = Object.keys(DATA_KINDS) as DataKind[];
export type EntityOf<K extends DataKind> = z.infer<(typeof DATA_KINDS)[K]>;

export const isDataKind = (key: string): key is DataKind => Object.hasOwn(DATA_KINDS, key);
