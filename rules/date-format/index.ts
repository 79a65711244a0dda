import { defineRule, Type } from '@reportlint/core';
import type { Block, ReportTree } from '@reportlint/parser';
import { CN_SMALL, dateExists, readMonthOrDay, readYear, YEAR } from '../shared/dates.js';

const schema = Type.Object(
  {
    allowChineseNumerals: Type.Boolean({
      default: false,
      description: 'Accept a closing date in Chinese numerals (二〇二三年一月九日), as Party documents wrote it before GB/T 9704-2012.',
    }),
  },
  { additionalProperties: false },
);

// Matched on the normalized text, where full-width digits, Ｏ and ０ are already ASCII.
const DATE = new RegExp(
  `^(${YEAR}|\\d{2})\\s*年\\s*(\\d{1,2}|${CN_SMALL}|元)\\s*月\\s*(\\d{1,2}|${CN_SMALL})\\s*([日号]?)$`,
);
const SEPARATED = /^(\d{4})\s*([.\-/])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
/** A line that may stand between the date and the end: a signature, 特此报告, （此件公开发布）. */
const SENTENCE_PUNCTUATION = /[。，,；;！!？?]/;

interface Parsed {
  year: number;
  month: number;
  day: number;
  /** Which way of writing it breaks GB/T 9704, most serious first. */
  problem: 'chinese' | 'shortYear' | 'separators' | 'dayMark' | 'noDayMark' | 'padded' | null;
}

function parseClosingDate(text: string): Parsed | undefined {
  const sep = SEPARATED.exec(text);
  if (sep) return valid({ year: Number(sep[1]), month: Number(sep[3]), day: Number(sep[4]), problem: 'separators' });
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, mark] = m as unknown as [string, string, string, string, string];
  return valid({ year: readYear(y), month: readMonthOrDay(mo), day: readMonthOrDay(d), problem: problemOf(y, mo, d, mark) });
}

/** The most serious way a date written 年月日 breaks GB/T 9704, from its year, month, day and day mark as written. */
function problemOf(y: string, mo: string, d: string, mark: string): Parsed['problem'] {
  if (!/^\d+$/.test(y) || !/^\d+$/.test(mo) || !/^\d+$/.test(d)) return 'chinese';
  if (y.length === 2) return 'shortYear';
  if (mark === '号') return 'dayMark';
  if (mark === '') return 'noDayMark';
  if (mo.startsWith('0') || d.startsWith('0')) return 'padded';
  return null;
}

/** A date that cannot exist (2023年2月30日) is not rewritten: invalid-date reports it, and only the writer knows the date meant. */
function valid(p: Parsed): Parsed | undefined {
  return Number.isInteger(p.year) && dateExists(p.year, p.month, p.day) ? p : undefined;
}

/** A stretch of the text that may hold the closing date. */
interface Span {
  start: number;
  end: number;
}

/**
 * Where the closing date is: the parser's date block, or a date line among the last lines of the
 * report. The parser's date block counts wherever it is — a 公文's 版记 (抄送, 印发) may follow it —
 * and only its last line (a Markdown paragraph may put the signature above the date).
 */
function closingSpans(tree: ReportTree): Span[] {
  const found: Span[] = [];
  const blocks = tree.blocks;
  for (let i = blocks.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const b = blocks[i]!;
    const text = tree.normalized.slice(b.start, b.end).trim();
    if (b.role === 'date' || parseClosingDate(text)) {
      found.push(b.role === 'date' ? lastLine(tree, b) : b);
      continue;
    }
    if (b.role === 'closing' || b.role === 'signature') continue;
    if (text.length <= 30 && !SENTENCE_PUNCTUATION.test(text)) continue;
    break;
  }
  for (const b of blocks) {
    if (b.role === 'date' && !found.some((f) => f.end === b.end)) found.push(lastLine(tree, b));
  }
  return found;
}

/** The last line of a block. */
function lastLine(tree: ReportTree, b: Block): Span {
  const line = tree.normalized.lastIndexOf('\n', b.end - 1);
  return { start: line >= b.start ? line + 1 : b.start, end: b.end };
}

export const rule = defineRule({
  id: 'date-format',
  meta: {
    severity: 'warn',
    family: 'style',
    fixable: true,
    description: {
      'zh-CN': '成文日期用阿拉伯数字将年、月、日标全，年份标全称，月、日不编虚位',
      en: 'The closing date is written in Arabic numerals with the full year and without leading zeros',
    },
    messages: {
      chinese: {
        'zh-CN': '成文日期应使用阿拉伯数字：应为“{expected}”，文中为“{actual}”',
        en: 'Write the closing date in Arabic numerals: "{expected}", not "{actual}"',
      },
      shortYear: {
        'zh-CN': '成文日期的年份应标全称：应为“{expected}”，文中为“{actual}”',
        en: 'Write the full year in the closing date: "{expected}", not "{actual}"',
      },
      separators: {
        'zh-CN': '成文日期应以“年”“月”“日”标注：应为“{expected}”，文中为“{actual}”',
        en: 'Write the closing date with 年, 月 and 日: "{expected}", not "{actual}"',
      },
      dayMark: {
        'zh-CN': '成文日期的日应标“日”，不用口语的“号”：应为“{expected}”，文中为“{actual}”',
        en: 'Mark the day of the closing date with 日, not the colloquial 号: "{expected}", not "{actual}"',
      },
      noDayMark: {
        'zh-CN': '成文日期缺少“日”：应为“{expected}”，文中为“{actual}”',
        en: 'The closing date lacks its 日: "{expected}", not "{actual}"',
      },
      padded: {
        'zh-CN': '成文日期的月、日不编虚位：应为“{expected}”，文中为“{actual}”',
        en: 'No leading zeros in the closing date\'s month and day: "{expected}", not "{actual}"',
      },
    },
    schema,
  },
  check(tree, ctx) {
    for (const block of closingSpans(tree)) {
      let start = block.start;
      let end = block.end;
      const text = tree.source.text;
      while (start < end && /\s/.test(tree.normalized[start]!)) start++;
      while (end > start && /\s/.test(tree.normalized[end - 1]!)) end--;
      const parsed = parseClosingDate(tree.normalized.slice(start, end));
      if (!parsed || !parsed.problem) continue;
      if (parsed.problem === 'chinese' && ctx.options.allowChineseNumerals) continue;
      let year = parsed.year;
      let fixable = true;
      if (parsed.problem === 'shortYear') {
        year = 2000 + parsed.year;
        // Only when the report says which year it is can the century be taken as certain.
        const reportYear = tree.meta.year;
        fixable = reportYear !== undefined && (year === reportYear || year === reportYear + 1);
      }
      const expected = `${year}年${parsed.month}月${parsed.day}日`;
      const actual = text.slice(start, end);
      ctx.report({
        messageId: parsed.problem,
        data: { expected, actual },
        start,
        end,
        ...(fixable ? { fix: { range: [start, end] as [number, number], text: expected } } : {}),
      });
    }
  },
});
