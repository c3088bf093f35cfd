import type { Model } from '../schema/model.js';

export interface ModelCounts {
  readonly total: number;
  readonly replicated: number;
  readonly byType: Readonly<Record<'mo-hinh' | 'dien-hinh' | 'sang-kien', number>>;
  readonly byContent: ReadonlyMap<string, number>;
  readonly byUnit: ReadonlyMap<string, number>;
}

export function modelCounts(models: readonly Model[]): ModelCounts {
  const byType = { 'mo-hinh': 0, 'dien-hinh': 0, 'sang-kien': 0 };
  const byContent = new Map<string, number>();
  const byUnit = new Map<string, number>();
  let replicated = 0;
  for (const model of models) {
    byType[model.type]++;
    if (model.replicated) replicated++;
    if (model.content) byContent.set(model.content, (byContent.get(model.content) ?? 0) + 1);
    byUnit.set(model.unit, (byUnit.get(model.unit) ?? 0) + 1);
  }
  return { total: models.length, replicated, byType, byContent, byUnit };
}
