import type { Code, Heading, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { readFileSync } from 'node:fs';

/** An example of a rule's README: input, options, and the exact findings an ❌ example expects. */
export interface DocExample {
  title: string;
  valid: boolean;
  format: 'txt' | 'md';
  code: string;
  options?: Record<string, unknown>;
  /** `line:column-endLine:endColumn severity message`, one per finding of the rule. */
  findings: string[];
  /** Line of the example's input in the README, for failure messages. */
  line: number;
}

const INPUT_LANGS = new Set(['txt', 'text', 'md', 'markdown']);

/**
 * Reads the ✅/❌ examples of a rule README: a `###` heading starting with ✅ or ❌, then
 * optionally a ```json options block, the input in a ```txt or ```md block, and for ❌ a
 * ```findings block.
 */
export function readExamples(file: string): DocExample[] {
  const tree = unified().use(remarkParse).parse(readFileSync(file, 'utf8')) as Root;
  const examples: DocExample[] = [];
  let current: DocExample | undefined;
  let options: Record<string, unknown> | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = headingText(node);
      current = undefined;
      options = undefined;
      if (/^[✅❌]/u.test(text)) {
        current = { title: text, valid: text.startsWith('✅'), format: 'txt', code: '', findings: [], line: node.position!.start.line };
        examples.push(current);
      }
      continue;
    }
    if (node.type !== 'code' || !current) continue;
    const code = node as Code;
    const lang = code.lang ?? '';
    if (lang === 'json' && code.meta === 'options') options = JSON.parse(code.value) as Record<string, unknown>;
    else if (INPUT_LANGS.has(lang) && current.code === '') {
      current.code = code.value + '\n';
      current.format = lang.startsWith('m') ? 'md' : 'txt';
      current.line = code.position!.start.line + 1;
      if (options) current.options = options;
    } else if (lang === 'findings') current.findings = code.value.split('\n').filter((l) => l.trim() !== '');
  }
  return examples.filter((e) => e.code !== '');
}

function headingText(node: Heading): string {
  return node.children.map((c) => ('value' in c ? c.value : '')).join('').trim();
}
