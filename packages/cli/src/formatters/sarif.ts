import { pathToFileURL } from 'node:url';
import type { LintMessage, Rule } from '@reportlint/core';
import { isPseudoPath, shownPath } from '../paths.js';
import type { FileResult } from '../results.js';
import type { FormatContext, StreamFormatter } from './types.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/reportlint/reportlint';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'none';

const level = (severity: 1 | 2): Level => (severity === 2 ? 'error' : 'warning');
const defaultLevel = (rule: Rule<any>): Level => (rule.meta.severity === 'error' ? 'error' : rule.meta.severity === 'warn' ? 'warning' : 'none');

/** A relative URI reference: each path segment percent-encoded, so Chinese file names stay valid URIs. */
function artifactLocation(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  const shown = shownPath(path, cwd);
  if (shown === path) return { uri: pathToFileURL(path).href };
  return { uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(m: LintMessage) {
  return { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
}

function fixDescription(text: string, context: FormatContext): string {
  if (context.locale === 'en') return text === '' ? 'Delete' : `Replace with "${text}"`;
  return text === '' ? '删除' : `改为“${text}”`;
}

function driverRule(rule: Rule<any>, context: FormatContext) {
  const locale = context.locale ?? 'zh-CN';
  const { description, family, fixable } = rule.meta;
  return {
    id: rule.id,
    shortDescription: { text: description[locale] },
    fullDescription: { text: `${description['zh-CN']} · ${description.en}` },
    helpUri: rule.url,
    help: { text: `${description[locale]} ${rule.url}` },
    defaultConfiguration: { level: defaultLevel(rule) },
    properties: { family, fixable },
  };
}

/**
 * SARIF 2.1.0, as code-scanning services read it: one run, the enabled rules in `tool.driver.rules`,
 * one result per finding with its region (1-based lines, UTF-16 columns, end exclusive) and its fix.
 * Files that could not be linted (and rules that crashed) are tool execution notifications, not results.
 * Written as files finish: the results come first in the run object, the rules (indexed in the order
 * they first occur) after them.
 */
export const sarif: StreamFormatter = (context) => {
  const { cwd } = context;
  const index = new Map<string, number>();
  const notifications: unknown[] = [];
  let first = true;
  let fatal = false;

  const ruleIndex = (id: string): number | undefined => {
    if (!index.has(id) && context.rules?.has(id)) index.set(id, index.size);
    return index.get(id);
  };

  const file = (result: FileResult): string => {
    const located = !isPseudoPath(result.filePath);
    const where = located ? artifactLocation(result.filePath, cwd) : undefined;
    const out: string[] = [];
    for (const m of result.messages) {
      const physicalLocation = where ? { artifactLocation: where, region: region(m) } : undefined;
      if (m.fatal) fatal = true;
      if (m.fatal || m.ruleId === null) {
        notifications.push({
          level: level(m.severity),
          message: { text: m.message },
          ...(physicalLocation ? { locations: [{ physicalLocation }] } : {}),
          ...(m.ruleId !== null ? { associatedRule: { id: m.ruleId } } : {}),
        });
        continue;
      }
      const i = ruleIndex(m.ruleId);
      const sarifResult = {
        ruleId: m.ruleId,
        ...(i !== undefined ? { ruleIndex: i } : {}),
        level: level(m.severity),
        message: { text: m.message },
        ...(physicalLocation ? { locations: [{ physicalLocation }] } : {}),
        ...(m.fix && where
          ? {
              fixes: [
                {
                  description: { text: fixDescription(m.fix.text, context) },
                  artifactChanges: [
                    {
                      artifactLocation: where,
                      replacements: [
                        {
                          // Offsets count UTF-16 code units of the decoded text, byte-order mark excluded.
                          deletedRegion: { charOffset: m.fix.range[0], charLength: m.fix.range[1] - m.fix.range[0] },
                          insertedContent: { text: m.fix.text },
                        },
                      ],
                    },
                  ],
                },
              ],
            }
          : {}),
      };
      out.push(`${first ? '\n        ' : ',\n        '}${JSON.stringify(sarifResult)}`);
      first = false;
    }
    return out.join('');
  };

  const head = `{\n  "$schema": "${SCHEMA}",\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [`;
  let started = false;
  return {
    file: (result) => {
      const text = file(result);
      if (started) return text;
      started = true;
      return head + text;
    },
    end: () => {
      for (const id of [...(context.rules?.keys() ?? [])].sort()) ruleIndex(id);
      const rules = [...index.keys()].map((id) => driverRule(context.rules!.get(id)!, context));
      const rest = {
        tool: {
          driver: {
            name: 'reportlint',
            ...(context.version ? { version: context.version, semanticVersion: context.version } : {}),
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        invocations: [{ executionSuccessful: !fatal, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
      };
      const tail = JSON.stringify(rest, null, 2).slice(1, -2).replace(/\n/g, '\n    ');
      return `${started ? '' : head}${first ? '' : '\n      '}],${tail}\n    }\n  ]\n}`;
    },
  };
};
