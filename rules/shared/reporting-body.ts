import { normalizeText } from '@reportlint/parser';
import type { ReportTree } from '@reportlint/parser';

/**
 * The reporting body's name as the normalized view spells it, without the enterprise it also is,
 * named in parentheses after it: 临川市烟草专卖局（公司） is a 局, led by its 局长 (局长、经理).
 */
export function reportingBody(tree: ReportTree): string {
  return normalizeText(tree.meta.body ?? '').replace(/\([^()]*\)$/, '');
}
