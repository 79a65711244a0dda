import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import type { ResolvedConfig } from '@reportlint/core';
import { builtinPlugin } from '@reportlint/rules';
import { textSource } from './seeds.js';

const registry = createRegistry([builtinPlugin]);

/**
 * One built-in rule alone, at `warn`: its configuration, its findings on a text as
 * “line:column-endLine:endColumn message”, and its severity in a preset.
 */
export function oneRule(id: string): {
  config: ResolvedConfig;
  findings: (text: string, format?: 'txt' | 'md') => string[];
  severityIn: (preset: 'recommended' | 'strict') => string | undefined;
} {
  const { config } = resolveConfig({ rules: { [id]: 'warn' } }, registry);
  return {
    config,
    findings: (text, format = 'txt') =>
      lint(textSource(text, format), config).messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`),
    severityIn: (preset) => resolveConfig({ extends: preset }, registry).config.rules.find((r) => r.rule.id === id)?.severity,
  };
}
