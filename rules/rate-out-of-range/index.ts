import { defineRule } from '@reportlint/core';
import type { RuleContext } from '@reportlint/core';
import { figuresOf, joinedText, tablesOf } from '@reportlint/parser';
import type { Figure, ReportTree } from '@reportlint/parser';
import { rateEntry, rateName } from '../shared/figures.js';
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
      // A rate named once with its values listed (调解成功率分别为100%、98.7%、97.9%): the values joined
      // by 、 to the one before are of the same rate.
      let named: { name: NonNullable<Figure['name']>; known: KnownRate } | undefined;
      let previous: Figure | undefined;
      for (const rate of sentence.figures) {
        // Growth and decline (同比增长150%, 下降12.5%) are changes, not rates of this kind.
        if (rate.kind !== 'rate' || rate.change) named = undefined;
        else if (rate.name) named = withKnown(rate.name);
        else if (!previous || joined.slice(previous.end, rate.start) !== '、') named = undefined;
        previous = rate;
        const messageId = named && outOfRange(rate, named.known.entry.bounded);
        if (!named || !messageId) continue;
        // The name and the text as written only for a finding: most rates are in range.
        // A figure may run through a line break that cuts its sentence: it is quoted without it.
        const actual = joined.slice(rate.start, rate.end, tree.source.text);
        const name = rateName(tree, named.name, named.known.display);
        ctx.report({ messageId, data: { name: name.text, actual }, start: rate.name ? name.start : rate.start, end: rate.end });
      }
    }
    checkTables(tree, ctx);
  },
});

type KnownRate = NonNullable<ReturnType<typeof rateEntry>>;

/** A rate's name with its vocabulary entry, when it is a rate the vocabulary knows. */
function withKnown(name: NonNullable<Figure['name']>): { name: NonNullable<Figure['name']>; known: KnownRate } | undefined {
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
