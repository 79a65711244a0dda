import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { ReportTree } from '@reportlint/parser';
import type { Rule, RuleContext, RuleMeta } from './types.js';

/** Where rule documentation is published; each rule's README lives at `rules/<id>/README.md`. */
export const DOCS_BASE = 'https://github.com/reportlint/reportlint/blob/main/rules/';

type OptionsOf<S> = S extends TSchema ? Static<S> : Record<string, never>;

export interface RuleDefinition<S extends TSchema | undefined> {
  id: string;
  meta: RuleMeta<S>;
  check(tree: ReportTree, ctx: RuleContext<OptionsOf<S>>): void;
}

/**
 * Stamps the docs URL and the option defaults (taken from the schema's `default`s) onto a rule,
 * so a rule module only declares what it checks and visits the tree.
 */
export function defineRule<S extends TSchema | undefined = undefined>(def: RuleDefinition<S>): Rule<OptionsOf<S>> {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*(\/[a-z][a-z0-9-]*)?$/.test(def.id)) {
    throw new Error(`rule id "${def.id}" must be kebab-case (plugins may prefix "name/")`);
  }
  const defaults = (def.meta.schema ? Value.Create(def.meta.schema) : {}) as OptionsOf<S>;
  return { id: def.id, meta: def.meta, url: `${DOCS_BASE}${def.id}/README.md`, defaults, check: def.check };
}
