/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { Window } from 'happy-dom';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { DraftResult, lintDraft as LintDraft } from '../src/index.js';

const root = join(import.meta.dirname, '..', '..', '..');
const html = readFileSync(join(root, 'packages', 'web', 'dist', 'reportlint.html'), 'utf8');
const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!;
const cli = join(root, 'packages', 'cli', 'dist', 'bundle', 'bin.js');

/**
 * The page as a browser opens it: its markup in happy-dom, then its one script run with only what a page
 * has for it (the document, TextDecoder, TextEncoder) — no require, no process, no file system, no network.
 */
function openPage() {
  const window = new Window();
  window.document.write(html.replace(/<script>[\s\S]*<\/script>/, ''));
  const document = window.document as unknown as Document;
  const context: Record<string, unknown> = { document, TextDecoder, TextEncoder };
  runInNewContext(script, context);
  return { document, lintDraft: (context.reportlint as { lintDraft: typeof LintDraft }).lintDraft };
}

interface CliMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** What `reportlint` itself says about the files (JSON), in the page's terms. */
function cliFindings(files: string[], args: string[]): Map<string, string[]> {
  let out: string;
  try {
    out = execFileSync(process.execPath, [cli, '--format', 'json', ...args, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    out = (error as { stdout: string }).stdout;
  }
  const results = JSON.parse(out) as Array<{ filePath: string; messages: CliMessage[] }>;
  return new Map(
    results.map((r) => [r.filePath, r.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity === 2 ? 'error' : 'warn'} ${m.ruleId} ${m.message}`)]),
  );
}

function pageFindings(result: DraftResult): string[] {
  if (!result.ok) throw new Error(result.cause);
  return result.findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.ruleId} ${f.message}`);
}

const seeds = join(root, 'test', 'fixtures', 'seeds');
const docx = join(root, 'test', 'fixtures', 'docx');
const drafts = [
  ...readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => join(seeds, f)),
  join(docx, 'report.docx'),
  join(docx, 'numbered.docx'),
  join(root, 'test', 'fixtures', 'drafts-unseen', '168-city-government-offices-administration-markdown.md'),
];

describe('the in-browser page (packages/web/dist/reportlint.html)', () => {
  it('is one self-contained file whose Content-Security-Policy forbids every request', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">`);
    // No resource from elsewhere: every script and style is inline.
    expect(html).not.toMatch(/<(?:script|img|iframe|link)\b[^>]*\b(?:src|href)=/i);
    expect(html.match(/<script\b/gi)).toHaveLength(1);
  });

  const { lintDraft } = openPage();

  it.each([
    ['recommended', ['--no-config']],
    ['strict', ['-c', join(root, 'examples', 'drafts', '.reportlintrc.json')]],
  ] as const)('gives the findings the CLI gives, at the same lines and columns (%s)', (preset, args) => {
    const expected = cliFindings(drafts, [...args]);
    let compared = 0;
    for (const path of drafts) {
      const got = pageFindings(lintDraft({ bytes: readFileSync(path), name: path }, { preset, locale: 'zh-CN' }));
      expect(expected.has(path), path).toBe(true);
      expect(got, path).toEqual(expected.get(path));
      compared += got.length;
    }
    // The seeds and the Word documents have findings of most rules: no comparison of empty lists.
    expect(compared).toBeGreaterThan(100);
  });

  it('reads a GB18030 draft and gives its findings in English on request', () => {
    const path = drafts[0]!;
    const text = readFileSync(path, 'utf8');
    const zh = lintDraft({ bytes: readFileSync(path), name: 'a.txt' }, { preset: 'recommended', locale: 'zh-CN' });
    const gbk = lintDraft({ bytes: iconv.encode(text, 'gb18030'), name: 'a.txt' }, { preset: 'recommended', locale: 'zh-CN' });
    expect(pageFindings(gbk)).toEqual(pageFindings(zh));
    const en = lintDraft({ bytes: readFileSync(path), name: 'a.txt' }, { preset: 'recommended', locale: 'en' });
    expect(pageFindings(en).map((f) => f.split(' ').slice(0, 3).join(' '))).toEqual(pageFindings(zh).map((f) => f.split(' ').slice(0, 3).join(' ')));
    expect(pageFindings(en).join('\n')).not.toMatch(/应为|缺少/);
  });

  it('says why a file cannot be read', () => {
    const result = lintDraft({ bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]), name: '报告.doc' }, { preset: 'recommended', locale: 'zh-CN' });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.cause).toMatch(/\.doc/);
  });
});

describe('the page in a browser (happy-dom)', () => {
  const page = () => openPage().document;

  it('lints the text in the box and lists each finding by line and column', () => {
    const document = page();
    const box = document.getElementById('text') as HTMLTextAreaElement;
    box.value = '某县2024年法治政府建设年度报告\n一、主要举措和成效\n全年受理行政复议案件200件，，办结150件，办结率95%。\n';
    (document.getElementById('lint') as HTMLButtonElement).click();
    const rows = [...document.querySelectorAll('#findings-body tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toContainEqual(['3:24', '错误', '办结率应为75%（150÷200），文中为95%', 'rate-mismatch']);
    expect(rows).toContainEqual(['3:15', '警告', '“，，”重复输入，应只保留一个“，”', 'repeated-punctuation']);
    expect(document.getElementById('summary')!.textContent).toMatch(/^文稿\.txt：\d+ 个错误，\d+ 个警告$/);
  });

  it('selects a finding’s text in the box when its row is clicked', () => {
    const document = page();
    const box = document.getElementById('text') as HTMLTextAreaElement;
    box.value = '某县2024年法治政府建设年度报告\r\n一、主要举措和成效\r\n全年受理行政复议案件200件，，办结150件。\r\n';
    (document.getElementById('lint') as HTMLButtonElement).click();
    const row = [...document.querySelectorAll('#findings-body tr')].find((tr) => tr.textContent!.includes('repeated-punctuation')) as HTMLTableRowElement;
    row.click();
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe('，，');
  });
});
