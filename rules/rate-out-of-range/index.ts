import { defineRule } from '@reportlint/core';
import type { RuleContext } from '@reportlint/core';
import { figuresOf, joinedText, tablesOf } from '@reportlint/parser';
import type { Figure, JoinedText, ReportTree } from '@reportlint/parser';
import { CHANGE_CONNECT, CHANGE_FROM, namedBeforeList, opensChange, rateEntry, rateName } from '../shared/figures.js';
import { cellFigure, isDerivedRow, shortRateName } from '../shared/tables.js';

type Ctx = RuleContext<Record<string, never>>;

export const rule = defineRule({
  id: 'rate-out-of-range',
  meta: {
    severity: 'error',
    family: 'figures',
    fixable: false,
    description: {
      'zh-CN': '办结率、成功率等比率不能超过100%，也不能为负数',
      en: 'A completion or success rate can be neither above 100% nor negative',
    },
    messages: {
      above: {
        'zh-CN': '{name}不应超过100%，文中为{actual}；请核对分子和分母',
        en: '{name} cannot exceed 100%, the text says {actual}; check the counts it is computed from',
      },
      negative: {
        'zh-CN': '{name}不应为负数，文中为{actual}；比率应在0%至100%之间，请核对',
        en: '{name} cannot be negative, the text says {actual}; a rate lies between 0% and 100%',
      },
    },
  },
  check(tree, ctx) {
    const joined = joinedText(tree);
    for (const sentence of figuresOf(tree)) {
      // A rate named once may have several values, listed (调解成功率分别为100%、98.7%、97.9%) or
      // changed (网办率由上年的92.4%提高到95.1%, named before 由): each is held to the rate's bounds.
      let named: NamedRate | undefined;
      let previous: Figure | undefined;
      for (const rate of sentence.figures) {
        // Growth and decline (同比增长150%, 下降12.5%) are changes, not rates of this kind.
        if (rate.kind !== 'rate' || rate.change) named = undefined;
        else if (rate.name) named = withKnown(rate.name);
        else if (!previous || !sameRateNext(joined, previous, rate)) named = changedFrom(rate);
        const listed = namedBeforeList(rate, previous);
        previous = rate;
        const messageId = named && outOfRange(rate, named.known.entry.bounded);
        if (!named || !messageId) continue;
        // The name and the text as written only for a finding: most rates are in range.
        // A figure may run through a line break that cuts its sentence: it is quoted without it.
        const actual = joined.slice(rate.start, rate.end, tree.source.text);
        const name = rateName(tree, named.name, named.known.display);
        ctx.report({ messageId, data: { name: name.text, actual }, start: rate.name && !listed ? name.start : rate.start, end: rate.end });
      }
    }
    checkTables(tree, ctx);
  },
});

/** A rate's name as written, with its vocabulary entry. */
interface NamedRate {
  name: NonNullable<Figure['name']>;
  known: NonNullable<ReturnType<typeof rateEntry>>;
}

/** The rate named before the earlier value of a change (网办率由上年的92.4%提高到95.1% → 网办率), if known. */
function changedFrom(rate: Figure): NamedRate | undefined {
  const from = CHANGE_FROM.exec(rate.label);
  if (!from || from.index === 0) return undefined;
  // The finding spans the value alone: the name is quoted, not pointed to.
  return withKnown({ text: rate.label.slice(0, from.index), start: rate.start, end: rate.start });
}

/** Whether `next` is another value of the rate `previous` is one of: 100%、108.7%, or 由上年的92.4%提高到95.1%. */
function sameRateNext(joined: JoinedText, previous: Figure, next: Figure): boolean {
  const gap = joined.slice(previous.end, next.start);
  if (gap === '、') return true;
  return CHANGE_CONNECT.test(gap) && opensChange(joined, previous);
}

/** A rate's name with its vocabulary entry, when it is a rate the vocabulary knows. */
function withKnown(name: NamedRate['name']): NamedRate | undefined {
  const known = rateEntry(name.text);
  return known && { name, known };
}

/** Which message a rate's value calls for, if any. */
function outOfRange(rate: Figure, bounded: boolean): 'above' | 'negative' | undefined {
  const percent = rate.unit === '‰' ? rate.value / 10 : rate.value;
  return percent < 0 ? 'negative' : bounded && percent > 100 ? 'above' : undefined;
}

/** | 项目 | 办结率 |: every cell of a column named by a rate, but in a row of changes or averages (增减 -2.2%). */
function checkTables(tree: ReportTree, ctx: Ctx): void {
  for (const table of tablesOf(tree)) {
    table.columns.forEach((heading, c) => {
      const known = c > 0 ? rateEntry(heading.name) : undefined;
      if (!known) return;
      table.rows.forEach(({ heading: rowHeading }, row) => {
        const rate = cellFigure(table, row, c);
        if (!rate || rate.kind !== 'rate' || rate.change || isDerivedRow(rowHeading.name)) return;
        const messageId = outOfRange(rate, known.entry.bounded);
        if (!messageId) return;
        const name = shortRateName(heading.name, known.display);
        ctx.report({ messageId, data: { name, actual: tree.source.text.slice(rate.start, rate.end) }, start: rate.start, end: rate.end });
      });
    });
  }
}
