import { lineStarts } from '@reportlint/parser';
import { lintDraft } from './lint-draft.js';
import type { DraftOptions, DraftResult, PageFinding } from './lint-draft.js';

function element<T extends HTMLElement>(doc: Document, id: string): T {
  const found = doc.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

/** UTF-16 offset of a 1-based line and column in the text of the box. */
function offsetOf(text: string, line: number, column: number): number {
  const start = lineStarts(text)[line - 1];
  return start === undefined ? text.length : Math.min(text.length, start + column - 1);
}

const SEVERITY: Record<PageFinding['severity'], string> = { error: '错误', warn: '警告' };

/**
 * Wires the page: a chosen file (.txt, .md, .docx, any encoding the CLI reads) or the text in the box is
 * linted on the spot; the findings are listed by line and column, and a click selects the finding's text in
 * the box. The file's text goes into the box, so a correction can be checked again at once.
 */
export function mountPage(doc: Document): void {
  const file = element<HTMLInputElement>(doc, 'file');
  const text = element<HTMLTextAreaElement>(doc, 'text');
  const format = element<HTMLSelectElement>(doc, 'format');
  const preset = element<HTMLSelectElement>(doc, 'preset');
  const locale = element<HTMLSelectElement>(doc, 'locale');
  const button = element<HTMLButtonElement>(doc, 'lint');
  const summary = element<HTMLParagraphElement>(doc, 'summary');
  const body = element<HTMLTableSectionElement>(doc, 'findings-body');

  const options = (): DraftOptions => ({
    preset: preset.value === 'strict' ? 'strict' : 'recommended',
    locale: locale.value === 'en' ? 'en' : 'zh-CN',
  });

  const select = (f: PageFinding) => {
    text.focus();
    text.setSelectionRange(offsetOf(text.value, f.line, f.column), offsetOf(text.value, f.endLine, f.endColumn));
  };

  const show = (result: DraftResult, name: string) => {
    body.replaceChildren();
    if (!result.ok) {
      summary.textContent = `${name}：无法读取（${result.cause}）`;
      return;
    }
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    summary.textContent = `${name}：${errors} 个错误，${result.findings.length - errors} 个警告`;
    for (const f of result.findings) {
      const row = doc.createElement('tr');
      row.className = f.severity;
      const cells = [`${f.line}:${f.column}`, SEVERITY[f.severity], f.message];
      for (const value of cells) {
        const cell = doc.createElement('td');
        cell.textContent = value;
        row.append(cell);
      }
      const rule = doc.createElement('td');
      const link = doc.createElement('a');
      link.href = f.url;
      link.target = '_blank';
      link.rel = 'noreferrer';
      link.textContent = f.ruleId;
      rule.append(link);
      row.append(rule);
      row.addEventListener('click', (event) => {
        if (event.target !== link) select(f);
      });
      body.append(row);
    }
  };

  const lintBox = () => {
    const name = format.value === 'md' ? '文稿.md' : '文稿.txt';
    show(lintDraft({ bytes: new TextEncoder().encode(text.value), name }, options()), name);
  };

  button.addEventListener('click', lintBox);
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const result = lintDraft({ bytes: new Uint8Array(await chosen.arrayBuffer()), name: chosen.name }, options());
    if (result.ok) {
      text.value = result.text;
      format.value = /\.(md|markdown)$/i.test(chosen.name) ? 'md' : 'txt';
    }
    show(result, chosen.name);
  });
}
