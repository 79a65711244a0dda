import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '@reportlint/rules';

const root = join(import.meta.dirname, '..');
// The bundled executable, as `reportlint` runs (pnpm build makes it).
const bin = join(root, 'packages', 'cli', 'dist', 'bundle', 'bin.js');

interface FileResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; severity: number; line: number; message: string }>;
  errorCount: number;
}

/** Runs the real CLI with JSON output; exit 1 (lint errors) is expected for the problem drafts. */
function cli(args: string[], input?: string): { results: FileResult[]; status: number } {
  try {
    const out = execFileSync(process.execPath, [bin, '--format', 'json', ...args], { cwd: root, encoding: 'utf8', ...(input ? { input } : {}) });
    return { results: JSON.parse(out) as FileResult[], status: 0 };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { results: JSON.parse(e.stdout) as FileResult[], status: e.status };
  }
}

const byName = (results: FileResult[], name: string) => results.find((r) => r.filePath.endsWith(name))!;

describe('examples/drafts', () => {
  const { results, status } = cli(['examples/drafts']);

  it('lints every draft and exits 1 for their errors', () => {
    expect(results.map((r) => r.filePath.split('/').pop()).sort()).toEqual([
      'clean.md', 'copied-report.txt', 'figures.txt', 'numbering-and-years.txt', 'outline-problems.txt', 'wording.md',
    ]);
    expect(status).toBe(1);
  });

  it('clean.md is a complete report with no finding under strict', () => {
    expect(byName(results, 'clean.md').messages).toEqual([]);
  });

  it('every built-in rule fires in at least one draft', () => {
    const fired = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(rules.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});

describe('examples/configs', () => {
  it('with-plugin: the plugin rule from npm fires', () => {
    const { results, status } = cli(['examples/configs/with-plugin/draft.txt']);
    expect(results[0]!.messages.map((m) => `${m.ruleId} ${m.message}`)).toEqual([
      'example/sign-off 报告末尾缺少“特此报告。”',
      'example/sign-off 报告末尾缺少成文日期',
    ]);
    expect(status).toBe(1);
  });

  it('guangdong-8-part: all eight parts of the 阳东区 report are found, in order', () => {
    const { results } = cli(['examples/configs/guangdong-8-part/yangdong-2023.txt']);
    const outline = results[0]!.messages.filter((m) => ['required-part', 'part-order', 'part-heading', 'empty-part'].includes(m.ruleId ?? ''));
    expect(outline).toEqual([]);
    const printed = JSON.parse(
      execFileSync(process.execPath, [bin, '--print-config', 'examples/configs/guangdong-8-part/yangdong-2023.txt'], { cwd: root, encoding: 'utf8' }),
    ) as { outline: string };
    expect(JSON.stringify(printed)).toContain('guangdong-8-part');
  });

  it('guangdong-8-part: a draft without the inspection part is told so, in the template\'s words', () => {
    const report = readFileSync(join(root, 'examples/configs/guangdong-8-part/yangdong-2023.txt'), 'utf8');
    const lines = report.split('\n');
    const from = lines.findIndex((l) => l.includes('四、深入推进法治专项督察情况'));
    const to = lines.findIndex((l) => l.includes('五、2023年度党政主要负责人'));
    const draft = [...lines.slice(0, from), ...lines.slice(to)].join('\n');
    const { results, status } = cli(['--stdin-filename', 'examples/configs/guangdong-8-part/draft.txt', '-'], draft);
    expect(results[0]!.messages.filter((m) => m.ruleId === 'required-part').map((m) => m.message)).toEqual([
      '缺少必备部分“法治专项督察情况”（依据：省委依法治省办年度报告提纲（八部分），在厅字〔2019〕28号第二十五条基础上增列学习贯彻、考评整改和专项督察情况）',
    ]);
    expect(status).toBe(1);
  });
});
