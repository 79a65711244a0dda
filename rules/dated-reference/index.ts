import { defineRule } from '@reportlint/core';
import type { ReportTree } from '@reportlint/parser';
import { inRanges, ownRanges, quotedRanges } from '../shared/ranges.js';
import type { Range } from '../shared/ranges.js';
import lookBacks from '../shared/look-backs.json' with { type: 'json' };
import data from './references.json' with { type: 'json' };

type Kind = 'stale' | 'early';

interface Reference {
  id: string;
  kind: Kind;
  /** stale: the last report year the reference may be current in. */
  until?: number;
  /** early: the first report year that may name it. */
  since?: number;
  anchor: string;
  /** Whether the rest of the clause may look back at the mention (总结, 验收, 评估 …: rules/shared/look-backs.json). */
  lookBack?: boolean;
  /** Global, with indices: its group `ref` is what is reported. */
  re: RegExp;
  note: { 'zh-CN': string; en: string };
}

const REFERENCES: Reference[] = data.references.map((r) => ({ ...r, kind: r.kind as Kind, re: new RegExp(r.pattern, 'dg') }));

/** The rest of the clause after `end`: up to its punctuation, at most a few words. */
const CLAUSE_REST = /[^,.。;!?\n]{0,20}/y;

/** Whether the clause goes on to look back at the mention (开展“七五”普法总结验收): no current task then. */
function looksBack(r: Reference, text: string, end: number): boolean {
  if (!r.lookBack) return false;
  CLAUSE_REST.lastIndex = end;
  const rest = CLAUSE_REST.exec(text)![0];
  return lookBacks.words.some((w) => rest.includes(w));
}

/**
 * Whether a quotation opened before `at` is still open there. A match may itself open with the quotation mark
 * of the plan's name (“八五”普法启动): that quotation is the name, not a title the match is in.
 */
function insideQuotation(quoted: readonly Range[], at: number): boolean {
  return quoted.some((r) => r.start < at && at < r.end);
}

/** Whether a report on `year` may not hold the reference. */
function outOfTime(r: Reference, year: number): boolean {
  return r.kind === 'stale' ? year > r.until! : year < r.since!;
}

/** The text of the plans part: its tasks are the next year's. */
function planRanges(tree: ReportTree): Range[] {
  return tree.parts.filter((o) => o.part === 'plans').flatMap((o) => ownRanges(tree, o));
}

export const rule = defineRule({
  id: 'dated-reference',
  meta: {
    severity: 'warn',
    strictSeverity: 'error',
    family: 'substance',
    fixable: false,
    description: {
      'zh-CN': '提及的会议、规划和纲要应与报告年度相符：不把已过期的当作现行任务（2023年度仍写“学习贯彻党的十九大精神”），也不提报告年度时尚未召开或印发的',
      en: 'Meetings, plans and outlines mentioned must fit the report year: none past its time stated as a current task, none that did not exist yet',
    },
    messages: {
      stale: {
        'zh-CN': '{year}年度报告仍写“{ref}”：{note}',
        en: 'A report on {year} still says "{ref}": {noteEn}',
      },
      stalePlan: {
        'zh-CN': '{next}年的工作安排仍写“{ref}”：{note}',
        en: 'The plans for {next} still say "{ref}": {noteEn}',
      },
      early: {
        'zh-CN': '{year}年度报告提到“{ref}”，但{note}：请核对报告年度',
        en: 'A report on {year} mentions "{ref}", but {noteEn}: check the report year',
      },
    },
  },
  check(tree, ctx) {
    const year = tree.meta.year;
    if (year === undefined) return;
    const text = tree.normalized;
    let quoted: ReturnType<typeof quotedRanges> | undefined;
    let plans: Range[] | undefined;
    for (const r of REFERENCES) {
      // A task still current in the report year may be stale in its plans, which are the next year's
      // (贯彻落实《纲要（2015—2020年）》 among the plans for 2022 of a report on 2021).
      const inPlansOnly = !outOfTime(r, year);
      if ((inPlansOnly && (r.kind !== 'stale' || !outOfTime(r, year + 1))) || !text.includes(r.anchor)) continue;
      r.re.lastIndex = 0;
      for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
        // A stale task quoted (《关于深入学习贯彻党的十九大精神的实施意见》) is the title of its time's document, not this year's task.
        if (r.kind === 'stale' && insideQuotation((quoted ??= quotedRanges(text, 0, text.length)), m.index)) continue;
        if (inPlansOnly && !inRanges((plans ??= planRanges(tree)), m.index)) continue;
        const [start, end] = m.indices!.groups!.ref!;
        if (looksBack(r, text, m.index + m[0].length)) continue;
        ctx.report({
          messageId: inPlansOnly ? 'stalePlan' : r.kind,
          // Shown inside “…”: inner double quotes become single ones, as nested quotations are written.
          data: { year, next: year + 1, ref: tree.source.text.slice(start, end).replaceAll('“', '‘').replaceAll('”', '’'), note: r.note['zh-CN'], noteEn: r.note.en },
          start,
          end,
        });
      }
    }
  },
});
