import type { ConfigObject, Plugin, Rule, RuleSetting } from '@reportlint/core';
import { builtinOutlines } from '@reportlint/parser';
import { allRules } from './all.js';

/** Every built-in rule, in the order `reportlint rules` lists them. */
export const rules: Rule<any>[] = allRules;

function preset(pick: (rule: Rule<any>) => RuleSetting): ConfigObject {
  return { rules: Object.fromEntries(rules.map((r) => [r.id, pick(r)])) };
}

/** `recommended`: each rule at its documented default severity. */
export const recommended: ConfigObject = preset((r) => r.meta.severity);
/** `strict`: also the rules a demanding reviewer wants (part order, evidence …). */
export const strict: ConfigObject = preset((r) => r.meta.strictSeverity ?? r.meta.severity);

export const builtinPlugin: Plugin = { rules, outlines: builtinOutlines, presets: { recommended, strict } };
