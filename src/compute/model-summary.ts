import { pad2 } from '../format/numbers.js';
import type { ModelCount } from '../schema/model-count.js';
import type { Model, ModelType } from '../schema/model.js';

export const MODEL_TYPE_LABELS: Readonly<Record<ModelType, string>> = { 'mo-hinh': 'mô hình', 'dien-hinh': 'điển hình', 'sang-kien': 'sáng kiến' };

/** One part of a model summary: `206 mô hình, điển hình`, `hơn 10 sáng kiến`. */
interface Part {
  label: string;
  count: number;
  approx?: string;
}

/**
 * Listed models and `model_counts` added up by the words they print with, in the
 * order first met; parts that are zero are left out, so no "00 điển hình".
 */
export function modelSummary(models: readonly Model[], counts: readonly ModelCount[]) {
  const parts = new Map<string, Part>();
  const add = (label: string, count: number, approx?: string) => {
    const part = parts.get(label) ?? { label, count: 0 };
    part.count += count;
    if (approx) part.approx = approx;
    parts.set(label, part);
  };
  for (const model of models) add(MODEL_TYPE_LABELS[model.type], 1);
  for (const count of counts) add(`${count.label ?? MODEL_TYPE_LABELS[count.type]}${count.year !== undefined ? ` (năm ${count.year})` : ''}`, count.count.value, count.count.approx);
  const replicated = models.filter((m) => m.replicated).length + counts.reduce((n, c) => n + (c.replicated?.value ?? 0), 0);
  const shown = [...parts.values()].filter((p) => p.count > 0).map((p) => `${p.approx ? `${p.approx} ` : ''}${pad2(p.count)} ${p.label}`);
  return {
    total: [...parts.values()].reduce((n, p) => n + p.count, 0),
    replicated,
    /** `02 mô hình; 10 sáng kiến, ý tưởng mới`: labels may hold commas, so parts join with semicolons then. */
    partsText: joinParts(shown),
  };
}

export function joinParts(parts: readonly string[]): string {
  if (parts.some((p) => p.includes(','))) return parts.join('; ');
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/** A counted entry as the report prints it: `206 mô hình, điển hình, trong đó 05 được nhân rộng`. */
export function modelCountText(count: ModelCount, unitName?: string): string {
  const n = `${count.count.approx ? `${count.count.approx} ` : ''}${pad2(count.count.value)}`;
  const replicated = count.replicated ? `, trong đó ${pad2(count.replicated.value)} được nhân rộng` : '';
  const about = [unitName, count.year !== undefined ? `năm ${count.year}` : undefined].filter(Boolean).join(', ');
  return `${n} ${count.label ?? MODEL_TYPE_LABELS[count.type]}${about ? ` (${about})` : ''}${replicated}`;
}
