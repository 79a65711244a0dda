import type { LintMessage } from '@reportlint/core';
import { shownPath } from '../paths.js';
import { plural } from '../plural.js';
import type { FileResult } from '../results.js';
import type { StreamFormatter } from './types.js';

/** XML 1.0 text: the five entities, and no control characters XML cannot carry at all. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const line = (m: LintMessage): string => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity === 2 ? 'error' : 'warn'} ${m.message}`;

interface Case {
  name: string;
  failure?: { message: string; body: string };
  error?: { message: string; body: string };
  out?: string;
}

/**
 * The cases of one report: one per rule enabled in the run, so every report shows the same list and
 * review systems can follow a rule across runs. A rule with errors fails (every finding in the body);
 * one with warnings only passes and lists them as output, as the exit code does. A file that could
 * not be linted, or a rule that crashed, is a JUnit `error`: the check could not run.
 */
function cases(result: FileResult, ruleIds: string[]): Case[] {
  const byRule = new Map<string, LintMessage[]>();
  const fatal: LintMessage[] = [];
  const notices: LintMessage[] = [];
  for (const m of result.messages) {
    if (m.fatal) fatal.push(m);
    else if (m.ruleId === null) notices.push(m);
    else {
      const found = byRule.get(m.ruleId);
      if (found) found.push(m);
      else byRule.set(m.ruleId, [m]);
    }
  }
  const ids = [...new Set([...ruleIds, ...byRule.keys()])].sort();
  const list: Case[] = [];
  if (fatal.some((m) => m.ruleId === null) || notices.length > 0 || result.report === undefined) {
    const problems = [...fatal.filter((m) => m.ruleId === null), ...notices];
    const first = problems[0];
    const errors = problems.filter((m) => m.severity === 2);
    list.push({
      name: 'reportlint',
      ...(errors.length > 0 ? { error: { message: errors[0]!.message, body: problems.map(line).join('\n') } } : {}),
      ...(errors.length === 0 && first ? { out: problems.map(line).join('\n') } : {}),
    });
    // Nothing was checked in a file that could not be read.
    if (result.report === undefined) return list;
  }
  for (const id of ids) {
    const crashed = fatal.find((m) => m.ruleId === id);
    const found = byRule.get(id) ?? [];
    const errors = found.filter((m) => m.severity === 2);
    const body = found.map(line).join('\n');
    if (crashed) list.push({ name: id, error: { message: crashed.message, body: crashed.message } });
    else if (errors.length > 0) list.push({ name: id, failure: { message: `${plural(errors.length, 'error')}: ${errors[0]!.message}`, body } });
    else list.push({ name: id, ...(found.length > 0 ? { out: body } : {}) });
  }
  return list;
}

/**
 * JUnit XML (the Ant/Jenkins dialect GitLab, Jenkins and Azure DevOps read): a test suite per report,
 * written as each report is done; the totals are on each suite (the root element has none, since the
 * root is written before the first report is linted).
 */
export const junit: StreamFormatter = ({ cwd, rules }) => {
  let started = false;
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="reportlint">\n';
  return {
    file: (result) => {
      const name = escapeXml(shownPath(result.filePath, cwd));
      const list = cases(result, [...(rules?.keys() ?? [])]);
      const failures = list.filter((c) => c.failure).length;
      const errors = list.filter((c) => c.error).length;
      const body = list.map((c) => {
        const open = `    <testcase name="${escapeXml(c.name)}" classname="${name}" time="0"`;
        const inner = [
          c.failure ? `      <failure message="${escapeXml(c.failure.message)}" type="error">${escapeXml(c.failure.body)}</failure>` : '',
          c.error ? `      <error message="${escapeXml(c.error.message)}" type="fatal">${escapeXml(c.error.body)}</error>` : '',
          c.out ? `      <system-out>${escapeXml(c.out)}</system-out>` : '',
        ].filter(Boolean);
        return inner.length === 0 ? `${open}/>` : `${open}>\n${inner.join('\n')}\n    </testcase>`;
      });
      const suite = [`  <testsuite name="${name}" tests="${list.length}" failures="${failures}" errors="${errors}" skipped="0" time="0">`, ...body, '  </testsuite>\n'].join('\n');
      const text = (started ? '' : head) + suite;
      started = true;
      return text;
    },
    end: () => `${started ? '' : head}</testsuites>`,
  };
};
