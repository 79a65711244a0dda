import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import type { LintMessage } from '@reportlint/core';
import { builtinPlugin, rules } from '@reportlint/rules';
import { readExamples } from './support/rule-docs.js';

const RULES_DIR = join(import.meta.dirname, '..', 'rules');
const registry = createRegistry([builtinPlugin]);

export function formatFinding(m: LintMessage): string {
  return `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity === 2 ? 'error' : 'warn'} ${m.message}`;
}

describe('every rule is documented', () => {
  it('each rule folder holds a README and each built-in rule has a folder', () => {
    const folders = readdirSync(RULES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(RULES_DIR, d.name, 'index.ts')))
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual(rules.map((r) => r.id).sort());
  });
});

for (const rule of rules) {
  describe(`rules/${rule.id}/README.md`, () => {
    const examples = readExamples(join(RULES_DIR, rule.id, 'README.md'));
    it('has both ✅ and ❌ examples, every ❌ with expected findings', () => {
      expect(examples.some((e) => e.valid)).toBe(true);
      expect(examples.some((e) => !e.valid)).toBe(true);
      for (const e of examples.filter((x) => !x.valid)) expect(e.findings.length, e.title).toBeGreaterThan(0);
    });
    const severity = (rule.meta.strictSeverity ?? rule.meta.severity) === 'off' ? 'warn' : (rule.meta.strictSeverity ?? rule.meta.severity);
    for (const example of examples) {
      it(`${example.title} (README line ${example.line})`, () => {
        const setting = example.options ? [severity, example.options] : severity;
        const { config, problems } = resolveConfig({ rules: { [rule.id]: setting as never } }, registry);
        expect(problems).toEqual([]);
        const result = lint({ text: example.code, format: example.format, encoding: 'utf-8', bom: false, eol: '\n' }, config);
        const got = result.messages.filter((m) => m.ruleId === rule.id).map(formatFinding);
        expect(got).toEqual(example.valid ? [] : example.findings);
      });
    }
  });
}
