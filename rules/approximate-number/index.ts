import { defineRule } from '@reportlint/core';
import { approximateWordBefore, approximationOf, figuresOf, isChineseNumeralCode, joinedText, parseChineseNumeral, tablesOf } from '@reportlint/parser';
import type { Approximation, Figure, TableCell } from '@reportlint/parser';

/**
 * Words before a number that already make it approximate (about, nearly, over): another approximate word
 * with the same number says it twice (约200余件, 超过30%以上). Bounds and levels (不足, 至少, 达, 高达) are
 * left out: 达200余件 and 高达95%以上 are written that way on purpose.
 */
const APPROXIMATE_BEFORE = new Set(['约', '大约', '约计', '约有', '将近', '接近', '近', '超过', '超', '逾']);
/** Words inside or after a figure that make it approximate too. */
const APPROXIMATE_INSIDE = new Set(['余', '多', '来', '许']);
const APPROXIMATE_AFTER = new Set(['左右', '上下', '以上', '有余', '开外']);
/** Upper bounds after a figure (5个工作日以内, 3%以下) that an estimate before it (约, 近) makes vague twice: not after 超过. */
const BOUNDS_AFTER = new Set(['以内', '以下']);
const ESTIMATES_BEFORE = new Set(['约', '大约', '约计', '约有', '将近', '接近', '近']);
/** 余 and 多 stand for what is left over a round number: 10余次, 1.2万余人, never 12余次. */
const REMAINDER = new Set(['余', '多']);
/**
 * 百, 千 and 万 standing alone before 余 or 多 make a round number by their word (百余人, 千余家, 万余人次). By character
 * code: read before every 多 of a report (多元, 多措并举), where a one-character string each time would cost more.
 */
const LONE_ROUND = new Set([...'百千万'].map((c) => c.charCodeAt(0)));
/** 余 and 多 written one after the other (120余多场, 80多余场次): each makes the number approximate. */
const STACKED_REMAINDERS = ['余多', '多余'];
/** Arabic digits as written, with thousands commas and a decimal point. */
const DIGITS = /^\d[\d,.]*$/;

export const rule = defineRule({
  id: 'approximate-number',
  meta: {
    severity: 'warn',
    family: 'style',
    fixable: false,
    description: {
      'zh-CN': '概数的写法应规范：“余”“多”只接在末位为0的整数或“万”“亿”之后，约数词不应重复使用（“约200余件”）',
      en: 'Approximate numbers written the standard way: 余/多 only after a round number or 万/亿, and one approximate word per number (not 约200余件)',
    },
    messages: {
      notRound: {
        'zh-CN': '“{actual}”写法不当：“{word}”表示概数，只能接在末位为0的整数或“万”“亿”之后；应写确数，或写作整数概数（如“10余次”）',
        en: '"{actual}": {word} makes a number approximate and only follows a round number (ending in 0) or 万/亿; write the exact number or a round one (10余次)',
      },
      twice: {
        'zh-CN': '“{actual}”中“{before}”和“{after}”都表示约数，重复使用，应删去其一',
        en: '"{actual}": {before} and {after} both make the number approximate; keep one of them',
      },
    },
  },
  check(tree, ctx) {
    const text = tree.normalized;
    const joined = joinedText(tree);
    for (const sentence of figuresOf(tree)) {
      for (const figure of sentence.figures) {
        if (!figure.approximate) continue;
        const found = approximationOf(text, figure);
        const twice = approximateTwice(text, figure, found);
        const span = twice ?? notRound(text, figure, found);
        if (!span) continue;
        const actual = joined.slice(span.start, span.end, tree.source.text);
        if (twice) ctx.report({ messageId: 'twice', data: { actual, before: twice.before, after: twice.after }, start: span.start, end: span.end });
        else ctx.report({ messageId: 'notRound', data: { actual, word: found.inside!.word }, start: span.start, end: span.end });
      }
    }
    for (const twice of [...loneRoundTwice(text), ...remaindersStacked(text)]) {
      ctx.report({ messageId: 'twice', data: { actual: tree.source.text.slice(twice.start, twice.end), before: twice.before, after: twice.after }, start: twice.start, end: twice.end });
    }
    for (const table of tablesOf(tree)) {
      for (const row of table.rows) {
        for (const cell of row.cells) {
          const word = cellNotRound(cell);
          if (word) ctx.report({ messageId: 'notRound', data: { actual: tree.source.text.slice(cell.start, cell.end), word }, start: cell.start, end: cell.end });
        }
      }
    }
  },
});

/**
 * The span from the approximate word before a figure to the end of the figure or of the word after it (约200余件,
 * 约95%左右), or from a second such word stacked before the first (超过近50%) to the end of the figure.
 */
function approximateTwice(text: string, figure: Figure, found: Approximation): { start: number; end: number; before: string; after: string } | undefined {
  const { before, inside, after } = found;
  if (!before || !APPROXIMATE_BEFORE.has(before.word)) return undefined;
  const stacked = approximateWordBefore(text, before.start, false);
  if (stacked && APPROXIMATE_BEFORE.has(stacked.word)) return { start: stacked.start, end: figure.end, before: stacked.word, after: before.word };
  if (inside && APPROXIMATE_INSIDE.has(inside.word)) return { start: before.start, end: figure.end, before: before.word, after: inside.word };
  if (after && (APPROXIMATE_AFTER.has(after.word) || (BOUNDS_AFTER.has(after.word) && ESTIMATES_BEFORE.has(before.word)))) {
    return { start: before.start, end: after.end, before: before.word, after: after.word };
  }
  return undefined;
}

/**
 * 近百余人, 约千余家, 超万余人次: a lone 百, 千 or 万 before 余 or 多 — no figure to the figure reader, a
 * round number by its word — with an approximate word before it as well. The span runs from that word to
 * 余 or 多. Found with indexOf: 余 and 多 are few in a report, and only those after a lone 百千万 are read on.
 */
function* loneRoundTwice(text: string): Generator<{ start: number; end: number; before: string; after: string }> {
  for (const after of REMAINDER) {
    for (let at = text.indexOf(after, 2); at !== -1; at = text.indexOf(after, at + 1)) {
      const round = at - 1;
      if (!LONE_ROUND.has(text.charCodeAt(round))) continue;
      const previous = text.charCodeAt(round - 1);
      // 三百余人, 1.2万余人: a figure, read with its number.
      if (isChineseNumeralCode(previous) || (previous >= 48 && previous <= 57)) continue;
      const before = approximateWordBefore(text, round, true);
      if (before && APPROXIMATE_BEFORE.has(before.word)) yield { start: before.start, end: at + 1, before: before.word, after };
    }
  }
}

/**
 * 120余多场, 80多余场次, 3万余多人, 三十余多人: 余 and 多 stacked after a number — no figure to the figure reader,
 * which finds no unit after the first. The span runs from the number to the second word. Found with indexOf:
 * both pairs are rare, and 多余 after no number (精简多余材料) is the adjective.
 */
function* remaindersStacked(text: string): Generator<{ start: number; end: number; before: string; after: string }> {
  for (const pair of STACKED_REMAINDERS) {
    for (let at = text.indexOf(pair, 1); at !== -1; at = text.indexOf(pair, at + 2)) {
      const start = numberStart(text, at);
      if (start < at) yield { start, end: at + 2, before: pair[0]!, after: pair[1]! };
    }
  }
}

/**
 * Where the number that ends at `at` starts: digits with the multiplier after them (120, 3万), a Chinese numeral
 * (三十, 一百二十) or a lone 十, 百, 千 or 万; `at` when none ends there. A single Chinese digit is left out: 三余,
 * and 一 ends words (统一, 唯一).
 */
function numberStart(text: string, at: number): number {
  let chinese = at;
  while (chinese > 0 && isChineseNumeralCode(text.charCodeAt(chinese - 1))) chinese--;
  let digits = chinese;
  while (digits > 0 && /[\d.,]/.test(text[digits - 1]!)) digits--;
  // 活动,120余多场: the comma before the digits is the clause's (the normalized view writes ， as ,).
  while (digits < chinese && !/\d/.test(text[digits]!)) digits++;
  if (digits < chinese) return digits;
  const numeral = text.slice(chinese, at);
  const number = numeral.length === 1 ? '十百千万'.includes(numeral) : numeral.length > 1 && Number.isFinite(parseChineseNumeral(numeral));
  return number ? chinese : at;
}

/**
 * The figure when 余 or 多 follows its number and the number is not round: 12余次, 30299余条, 2.5余万元, 二十三余场.
 * After a multiplier (1.2万余人) the number is round by its word; a Chinese numeral is round when it ends with a
 * place word (十余家, 三百五十余人). A single Chinese digit (三余) is left alone: see {@link numberStart}.
 */
function notRound(text: string, figure: Figure, found: Approximation): { start: number; end: number } | undefined {
  const { inside } = found;
  if (!inside || !REMAINDER.has(inside.word)) return undefined;
  const number = text.slice(figure.start, inside.start);
  const round = inside.afterDigits ? isRound(number) : !chineseNotRound(number);
  return round ? undefined : { start: figure.start, end: figure.end };
}

/** Whether a Chinese numeral of two characters or more is a whole number whose last digit is not 0 (二十三, 十二). */
function chineseNotRound(numeral: string): boolean {
  if (numeral.length < 2 || ![...numeral].every((c) => isChineseNumeralCode(c.charCodeAt(0)))) return false;
  const value = parseChineseNumeral(numeral);
  return Number.isInteger(value) && value % 10 !== 0;
}

/**
 * The word (余 or 多) of a table cell of digits and that word alone, its unit in the heading (1286余 under
 * 检查（家次）), when the number is not round. The table reader reads only plain numbers: such a cell is no figure.
 */
function cellNotRound(cell: TableCell): string | undefined {
  const word = cell.text.slice(-1);
  // Most cells end with no such word: their digits are not cut out.
  if (!REMAINDER.has(word)) return undefined;
  const digits = cell.text.slice(0, -1);
  return DIGITS.test(digits) && !isRound(digits) ? word : undefined;
}

/** Whether digits as written are a whole number ending in 0 (10, 1,200), which 余 and 多 may follow. */
const isRound = (digits: string): boolean => !digits.includes('.') && digits.endsWith('0');
