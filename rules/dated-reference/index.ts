import { defineRule } from '@reportlint/core';
import { parseChineseNumeral } from '@reportlint/parser';
import type { ReportTree } from '@reportlint/parser';
import { readYear, YEAR } from '../shared/dates.js';
import { inRanges, ownRanges, quotedRanges } from '../shared/ranges.js';
import type { Range } from '../shared/ranges.js';
import lookBacks from '../shared/look-backs.json' with { type: 'json' };
import data from './references.json' with { type: 'json' };
import anniversaryData from './anniversaries.json' with { type: 'json' };

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

/** A pattern with its shared pieces ({ISSUER}, {MEETINGS} …: references.json's fragments) written out. */
function withFragments(pattern: string): string {
  return pattern.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
    const fragment = (data.fragments as Record<string, string>)[name];
    if (fragment === undefined) throw new Error(`dated-reference: no fragment ${name}`);
    return fragment;
  });
}

const REFERENCES: Reference[] = data.references.map((r) => ({ ...r, kind: r.kind as Kind, re: new RegExp(withFragments(r.pattern), 'dg') }));

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

/** The founding each name in anniversaries.json stands for. */
const FOUNDINGS = new Map(anniversaryData.anniversaries.flatMap((a) => a.names.map((name) => [name, a] as const)));
/** The names, longest first: 中国共产党建党 before 建党. */
const FOUNDING_NAME = [...FOUNDINGS.keys()].sort((a, b) => b.length - a.length).join('|');
/** The anniversary: its founding's name right before it, then the count (75周年, 一百周年). */
const ANNIVERSARY = `(?:庆祝|纪念)?(?<ref>(?<name>${FOUNDING_NAME})(?<count>\\d{1,3}|[一二三四五六七八九十百零]{1,5})周年)`;
/** The year a sentence or clause opens with, as the time its words are about (not 截至2024年, 自2021年). */
const YEAR_OPENING = `(?<![^\\n。;!?:,\\s])(?<year>${YEAR})年`;
/** Between the year and its anniversary, a few words of the same sentence. */
const GAP = (n: number): string => `[^。;!?\\n]{0,${n}}?`;
/**
 * The three ways a sentence says the year and the anniversary are one: the year is it (2024年是新中国成立75周年, also
 * after a first clause: 2018年是……开局之年，是改革开放40周年), the year reaches it (2021年，……迎来建党100周年, 适逢, 恰逢,
 * 正值: not 即将迎来 nor 为迎来, what is ahead), or it is the occasion of what the year's sentence tells (2024年10月，
 * 在新中国成立75周年之际……).
 */
const ANNIVERSARY_FRAMES = [
  `${YEAR_OPENING},?(?:${GAP(40)},(?:也|又|还|更)?)?是${ANNIVERSARY}`,
  `${YEAR_OPENING}${GAP(40)}(?<![将要为])(?:迎来了?|适逢|恰逢|正值)${ANNIVERSARY}`,
  `${YEAR_OPENING}(?:\\d{1,2}月(?:\\d{1,2}日)?)?${GAP(20)}在${ANNIVERSARY}(?=之际)`,
].map((frame) => new RegExp(frame, 'dg'));
/** A year named between the sentence's year and its anniversary (明年是建党100周年): the anniversary may be that year's. */
const OTHER_YEAR = new RegExp(`(?:${YEAR})年|[明次来后去前翌今上]年|下一?年`);

interface AnniversaryMismatch {
  year: number;
  expected: number;
  count: number;
  founding: (typeof anniversaryData.anniversaries)[number];
  start: number;
  end: number;
  /** The end of the founding's name, before its count. */
  nameEnd: number;
}

/** The anniversaries whose count is not the years from their founding to the year the same sentence states. */
function anniversaryMismatches(text: string): AnniversaryMismatch[] {
  const found: AnniversaryMismatch[] = [];
  if (!text.includes('周年')) return found;
  for (const frame of ANNIVERSARY_FRAMES) {
    frame.lastIndex = 0;
    for (let m = frame.exec(text); m; m = frame.exec(text)) {
      const groups = m.groups!;
      const spans = m.indices!.groups!;
      const [start, end] = spans.ref!;
      if (OTHER_YEAR.test(text.slice(spans.year![1], start))) continue;
      const founding = FOUNDINGS.get(groups.name!)!;
      const year = readYear(groups.year!);
      const count = /^\d+$/.test(groups.count!) ? Number(groups.count) : parseChineseNumeral(groups.count!);
      const expected = year - founding.year;
      if (!Number.isFinite(count) || expected <= 0 || count === expected) continue;
      found.push({ year, expected, count, founding, start, end, nameEnd: spans.name![1] });
    }
  }
  return found;
}

export const rule = defineRule({
  id: 'dated-reference',
  meta: {
    severity: 'warn',
    strictSeverity: 'error',
    family: 'substance',
    fixable: false,
    description: {
      'zh-CN': '提及的会议、规划和纲要应与报告年度相符：不把已过期的当作现行任务（2023年度仍写“学习贯彻党的十九大精神”），也不提报告年度时尚未召开或印发的；与年份同句写出的周年数应与事件的年份相符（2025年是中国共产党成立104周年）',
      en: 'Meetings, plans and outlines mentioned must fit the report year: none past its time stated as a current task, none that did not exist yet; an anniversary stated with its year must fit the year of the event',
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
      anniversary: {
        'zh-CN': '{year}年是{event}{expected}周年（{since}），文中为{count}周年：请核对年份或周年数',
        en: '{year} is {expected} years after "{event}" ({sinceEn}), the text says {count}: check the year or the anniversary',
      },
    },
  },
  check(tree, ctx) {
    const text = tree.normalized;
    // An anniversary is held to the year its own sentence states, whatever year the report is on.
    for (const a of anniversaryMismatches(text)) {
      ctx.report({
        messageId: 'anniversary',
        data: { year: a.year, event: tree.source.text.slice(a.start, a.nameEnd), expected: a.expected, since: a.founding.since['zh-CN'], sinceEn: a.founding.since.en, count: a.count },
        start: a.start,
        end: a.end,
      });
    }
    const year = tree.meta.year;
    if (year === undefined) return;
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
