import type { LintMessage } from '@reportlint/core';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, Position } from 'vscode-languageserver/node';
import type { Analysis } from './analysis.js';
import { t } from './i18n.js';
import type { Engine } from './load-engine.js';
import { explainRate } from './rates.js';
import { readmeSection, ruleReadme } from './rule-docs.js';

/** A finding covers the characters of its range; an empty one (1:1 for the whole report) covers the character it sits on. */
function covers(m: LintMessage, offset: number): boolean {
  return m.offset <= offset && offset < Math.max(m.endOffset, m.offset + 1);
}

async function findingSection(m: LintMessage, analysis: Analysis): Promise<string> {
  const rule = m.ruleId === null ? undefined : analysis.loaded?.registry.rules.get(m.ruleId);
  const severity = m.severity === 2 ? 'error' : 'warn';
  const lines = [`**reportlint** \`${m.ruleId ?? 'fatal'}\` (${severity})`, '', m.message];
  if (rule) {
    const readme = await ruleReadme(rule.id);
    lines.push('', '---', '', readme ? readmeSection(readme) : rule.meta.description[analysis.locale]);
    lines.push('', `[${t(analysis.locale, 'docs')}](${rule.url})`);
  }
  return lines.join('\n');
}

function rateSection(engine: Engine, analysis: Analysis, offset: number): string | undefined {
  const { tree, loaded, locale } = analysis;
  if (!tree || !loaded) return undefined;
  const hit = engine.figureAt(tree, offset);
  if (!hit || hit.figure.kind !== 'rate') return undefined;
  const figure = hit.figure;
  const stated = tree.source.text.slice(figure.start, figure.end);
  const name = figure.name ? tree.source.text.slice(figure.name.start, figure.name.end) : '';
  const lines = [`**${t(locale, 'rate')}** ${name}${name ? ' ' : ''}${stated}`, ''];
  if (figure.approximate) lines.push(t(locale, 'rateApproximate'));
  else {
    const explained = explainRate(engine, tree, loaded, figure);
    if (!explained) lines.push(t(locale, 'rateNoCounts'));
    else {
      const verdict = explained.agrees ? t(locale, 'rateAgrees') : t(locale, 'rateDiffers', { actual: stated });
      const computed = t(locale, 'rateComputed', { division: explained.division, expected: explained.expected });
      lines.push(locale === 'en' ? `${computed} (${verdict})` : `${computed}（${verdict}）`);
    }
  }
  return lines.join('\n');
}

/** Hover: the findings under the cursor with their rule's documentation, and a rate's arithmetic. */
export async function hover(engine: Engine, analysis: Analysis, doc: TextDocument, position: Position, markdown: boolean): Promise<Hover | null> {
  // Positions first: the document may change while the README is read.
  const offset = doc.offsetAt(position);
  const findings = (analysis.result?.messages ?? []).filter((m) => covers(m, offset));
  const first = findings[0];
  const range = first ? { start: doc.positionAt(first.offset), end: doc.positionAt(first.endOffset) } : undefined;
  const rate = rateSection(engine, analysis, offset);
  const sections = await Promise.all(findings.map((m) => findingSection(m, analysis)));
  if (rate) sections.push(rate);
  if (sections.length === 0) return null;
  const value = sections.join('\n\n---\n\n');
  return {
    contents: markdown ? { kind: 'markdown', value } : { kind: 'plaintext', value: value.replace(/\*\*|`/g, '') },
    ...(range ? { range } : {}),
  };
}
