// Generates the checked-in artefacts that derive from the rules: the rule table of the root
// README (between <!-- rules:start --> and <!-- rules:end -->) and the config JSON Schema
// (packages/config/reportlintrc.schema.json). `--check` fails when either is stale (CI runs it
// through test/generated.test.ts). Needs the built packages (`pnpm build`).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRegistry } from '@reportlint/core';
import { configJsonSchema } from '@reportlint/config';
import { builtinPlugin, rules } from '@reportlint/rules';

const root = join(import.meta.dirname, '..', '..');
const readme = join(root, 'README.md');
const schemaFile = join(root, 'packages', 'config', 'reportlintrc.schema.json');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

export function renderRuleTable() {
  const order = ['outline', 'numbering', 'figures', 'substance', 'style'];
  const sorted = [...rules].sort((a, b) => order.indexOf(a.meta.family) - order.indexOf(b.meta.family) || a.id.localeCompare(b.id));
  const rows = sorted.map((r) => {
    const strict = r.meta.strictSeverity ?? r.meta.severity;
    return `| [\`${r.id}\`](rules/${r.id}/README.md) | ${r.meta.family} | ${r.meta.severity} | ${strict} | ${r.meta.fixable ? '✔' : ''} | ${r.meta.description['zh-CN']} |`;
  });
  return ['| rule | family | recommended | strict | fix | 检查内容 |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

export function renderSchema() {
  return `${JSON.stringify(configJsonSchema(createRegistry([builtinPlugin])), null, 2)}\n`;
}

export function withTable(text) {
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a === -1 || b === -1) throw new Error(`README.md lacks ${START} … ${END}`);
  return `${text.slice(0, a + START.length)}\n${renderRuleTable()}\n${text.slice(b)}`;
}

if (process.argv[1] === import.meta.filename) {
  const check = process.argv.includes('--check');
  const current = readFileSync(readme, 'utf8');
  const nextReadme = withTable(current);
  const nextSchema = renderSchema();
  const currentSchema = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : '';
  if (check) {
    const stale = [nextReadme !== current && 'README.md rule table', nextSchema !== currentSchema && 'reportlintrc.schema.json'].filter(Boolean);
    if (stale.length) {
      console.error(`stale: ${stale.join(', ')} — run \`pnpm run docs\``);
      process.exit(1);
    }
  } else {
    if (nextReadme !== current) writeFileSync(readme, nextReadme);
    if (nextSchema !== currentSchema) writeFileSync(schemaFile, nextSchema);
  }
}
