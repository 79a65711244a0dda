import { defineRule } from '@reportlint/core';
import type { RuleContext } from '@reportlint/core';
import { figuresOf } from '@reportlint/parser';
import type { Figure } from '@reportlint/parser';
import { clausesOf, exactCount, findTotal, hasTotalWord, labelNames, PARTS, RECEIVED, sameThings, shown, tolerance } from '../shared/figures.js';
import type { Clause } from '../shared/figures.js';

const EPSILON = 1e-9;
/** Longest stretch of words allowed between a total and 其中, or between two parts. */
const MAX_GAP = 40;
const LIST_GLUE = /^[、,，和及与\s]*$/;

type Ctx = RuleContext<Record<string, never>>;

/** The sum as the parts write it: 3.9万 for 2.1万+1.8万, 14 for 5+9. */
function sumText(parts: Figure[]): string {
  const sum = parts.reduce((s, f) => s + f.value, 0);
  const multiplier = (f: Figure) => (f.scale > 1 && /\d/.test(f.written) ? f.written.replace(/^[\d.,]+/, '') : '');
  const m = multiplier(parts[0]!);
  if (m && parts.every((f) => f.scale === parts[0]!.scale && multiplier(f) === m)) {
    const decimals = Math.max(...parts.map((f) => f.precision));
    return `${Number((sum / parts[0]!.scale).toFixed(decimals))}${m}`;
  }
  return String(Number(sum.toFixed(6)));
}

function exceeds(total: Figure, parts: Figure[]): boolean {
  const low = parts.reduce((s, f) => s + f.value - tolerance(f), 0);
  return low > total.value + tolerance(total) + EPSILON;
}

function reportParts(ctx: Ctx, total: Figure, parts: Figure[], reported: Set<Figure>): void {
  if (parts.length === 0 || !exceeds(total, parts)) return;
  for (const p of parts) reported.add(p);
  ctx.report({
    messageId: parts.length === 1 ? 'partExceeds' : 'partsExceed',
    data: {
      sum: sumText(parts) + total.unit,
      parts: parts.map(shown).join('+'),
      part: shown(parts[0]!) + parts[0]!.unit,
      total: shown(total) + total.unit,
    },
    start: total.start,
    end: parts[parts.length - 1]!.end,
  });
}

/** 共8件，其中今年新报来3件，结转5件: the parts listed after 其中/包括, until the list visibly ends. */
function afterMarker(text: string, clause: Clause, marker: number): { total: Figure; parts: Figure[] } | undefined {
  const before = clause.figures.filter((f) => f.end <= marker && !f.parenthetical);
  const total = before[before.length - 1];
  if (!total || !exactCount(total) || marker - total.end > MAX_GAP) return undefined;
  const word = PARTS.markers.find((m) => text.startsWith(m, marker))!;
  const parts: Figure[] = [];
  let prevEnd = marker + word.length;
  for (const f of clause.figures) {
    if (f.start < prevEnd || f.parenthetical) continue;
    if (f.start - prevEnd > MAX_GAP || clause.markers.some((m) => m >= prevEnd && m < f.start)) break;
    if (f.kind === 'rate' || f.change || !sameThings(f, total)) break;
    const label = f.label.replace(/^其中/, '');
    if (parts.length > 0 && (PARTS.stops.some((w) => label.startsWith(w)) || PARTS.statuses.some((w) => label.includes(w)) || hasTotalWord(f))) break;
    if (parts.length === 0 && ['另', '此外', '同时', '占', '较', '同比', '比'].some((w) => label.startsWith(w))) break;
    if (!exactCount(f)) return undefined;
    parts.push(f);
    prevEnd = f.end;
  }
  return { total, parts };
}

/** 受理网民来信323件(含上级指派77件): the parts inside the parentheses right after a total. */
function inParentheses(text: string, clause: Clause, total: Figure): Figure[] | undefined {
  if (!/^\((含|其中|包括)/.test(text.slice(total.end, total.end + 4))) return undefined;
  let close = total.end + 1;
  const limit = Math.min(clause.end, total.end + 200);
  while (close < limit && text[close] !== ')') close++;
  if (text[close] !== ')') return undefined;
  const parts = clause.figures.filter((f) => f.start > total.end && f.end <= close);
  if (parts.length === 0 || parts.some((f) => !exactCount(f) || !sameThings(f, total))) return undefined;
  return parts;
}

/** 共受理100件，行政复议、行政诉讼分别为60件、50件: as many values as names listed before 分别. */
function respectively(text: string, clause: Clause, at: number): { total: Figure; parts: Figure[] } | undefined {
  const word = PARTS.respectively.find((w) => text.startsWith(w, at))!;
  const after = clause.figures.filter((f) => f.start >= at + word.length && !f.parenthetical);
  const first = after[0];
  if (!first || text.slice(at + word.length, first.start).trim() !== '') return undefined;
  const parts = [first];
  for (const f of after.slice(1)) {
    if (!LIST_GLUE.test(text.slice(parts[parts.length - 1]!.end, f.start))) break;
    parts.push(f);
  }
  const before = clause.figures.filter((f) => f.end <= at && !f.parenthetical);
  const total = before[before.length - 1];
  if (!total || !exactCount(total)) return undefined;
  const names = text.slice(total.end, at).replace(/^[,，\s]+/, '').replace(/(同比|均)$/, '');
  if (names.length === 0 || names.length > MAX_GAP || /[,，。:：()]/.test(names)) return undefined;
  const count = names.split(/[、和及与]/).filter((n) => n.trim() !== '').length;
  if (count < 2 || count !== parts.length) return undefined;
  if (parts.some((f) => !exactCount(f) || f.kind === 'rate' || !sameThings(f, total))) return undefined;
  return { total, parts };
}

export const rule = defineRule({
  id: 'parts-exceed-total',
  meta: {
    severity: 'error',
    family: 'figures',
    fixable: false,
    description: {
      'zh-CN': '“其中”“分别”“包括”列出的分项之和不能超过总数，办结数不能超过受理数',
      en: 'Parts listed after 其中/分别/包括 cannot add up to more than their total, nor can cases done exceed cases received',
    },
    messages: {
      partsExceed: {
        'zh-CN': '各分项之和为{sum}（{parts}），超过总数{total}；请核对总数或各分项',
        en: 'The parts add up to {sum} ({parts}), more than the total {total}; check the total or the parts',
      },
      partExceeds: {
        'zh-CN': '分项{part}超过总数{total}；请核对总数或分项',
        en: 'The part {part} is more than the total {total}; check the total or the part',
      },
      doneExceeds: {
        'zh-CN': '{done}{doneCount}多于{received}{total}；{done}数不应超过{received}数，请核对',
        en: '{done} {doneCount} is more than {received} {total}; the count done cannot exceed the count received',
      },
    },
  },
  check(tree, ctx) {
    const text = tree.normalized;
    for (const sentence of figuresOf(tree)) {
      for (const clause of clausesOf(sentence, text)) {
        const reported = new Set<Figure>();
        for (const marker of clause.markers) {
          const found = afterMarker(text, clause, marker);
          if (found) reportParts(ctx, found.total, found.parts, reported);
        }
        for (const total of clause.figures) {
          if (total.parenthetical || !exactCount(total)) continue;
          const parts = inParentheses(text, clause, total);
          if (parts) reportParts(ctx, total, parts, reported);
        }
        for (let at = text.indexOf('分别', clause.start); at !== -1 && at < clause.end; at = text.indexOf('分别', at + 2)) {
          const found = respectively(text, clause, at);
          if (found) reportParts(ctx, found.total, found.parts, reported);
        }
        doneExceedsReceived(ctx, text, clause, reported);
      }
    }
  },
});

/** 受理300件，办结322件: a count of done beyond the count received, unless carry-over is in play. */
function doneExceedsReceived(ctx: Ctx, text: string, clause: Clause, reported: Set<Figure>): void {
  const words = text.slice(clause.start, clause.end);
  if (RECEIVED.carryOver.some((w) => words.includes(w))) return;
  clause.figures.forEach((f, i) => {
    if (reported.has(f) || f.parenthetical || !exactCount(f)) return;
    const done = RECEIVED.done.find((t) => labelNames(f.label, t, ''));
    if (!done) return;
    const total = findTotal(clause, i);
    if (!total || !sameThings(f, total)) return;
    const received = RECEIVED.totals.find((w) => total.label.includes(w));
    if (!received || f.value <= total.value + tolerance(total) + tolerance(f) + EPSILON) return;
    ctx.report({
      messageId: 'doneExceeds',
      data: { done, doneCount: shown(f) + f.unit, received, total: shown(total) + total.unit },
      start: f.labelStart + f.label.lastIndexOf(done),
      end: f.end,
    });
  });
}
