import { defineRule, Type } from '@reportlint/core';
import type { ReportTree } from '@reportlint/parser';
import { foldEntries, isHan, literalAlternation, quotedRanges } from '../shared/ranges.js';
import type { Range } from '../shared/ranges.js';
import vocabulary from './clauses.json' with { type: 'json' };

const schema = Type.Object(
  {
    minHan: Type.Integer({
      minimum: 2,
      default: 8,
      description: 'Han characters (outside quotations) a clause needs before its repetition is reported.',
    }),
    extraLeads: Type.Array(Type.String({ minLength: 1 }), {
      default: [],
      description: 'Words added to clauses.json#leads: stripped from the start of a clause before clauses are compared.',
    }),
  },
  { additionalProperties: false },
);

type Options = { minHan: number; extraLeads: string[] };

interface Compiled {
  /** Character codes that end a clause (one-character entries of the vocabulary). */
  separators: Set<number>;
  lead: RegExp;
}

const cache = new WeakMap<object, Compiled>();

function compile(options: Options): Compiled {
  let c = cache.get(options);
  if (!c) {
    const numerals = literalAlternation(foldEntries(vocabulary.enumerationNumerals));
    const suffixes = literalAlternation(foldEntries(vocabulary.enumerationSuffixes));
    const ordinals = literalAlternation(foldEntries(vocabulary.ordinalPrefixes));
    const leads = literalAlternation(foldEntries([...vocabulary.leads, ...options.extraLeads]));
    // Anchored alternation of literals: constant work per clause start.
    c = {
      separators: new Set(foldEntries(vocabulary.separators).map((s) => s.charCodeAt(0))),
      lead: new RegExp(`^\\s*(?:(?:${numerals})(?:${suffixes})(?!否)|(?:${ordinals})(?:${numerals})|${leads})`),
    };
    cache.set(options, c);
  }
  return c;
}

const CLAUSE_SHOWN = 30;

export const rule = defineRule({
  id: 'repeated-phrase',
  meta: {
    severity: 'warn',
    family: 'style',
    fixable: false,
    description: {
      'zh-CN': '同一段内不应重复出现相同的分句',
      en: 'The same clause should not appear twice in one paragraph',
    },
    messages: {
      repeated: {
        'zh-CN': '分句“{clause}”在本段第{firstLine}行第{firstColumn}列已出现过，此处重复：请删去重复的一处，或改写为不同的内容',
        en: 'The clause "{clause}" already appears in this paragraph at {firstLine}:{firstColumn}: delete the repetition or say something different',
      },
    },
    schema,
  },
  check(tree, ctx) {
    const c = compile(ctx.options);
    for (const block of tree.blocks) {
      const seen = new Map<string, number>();
      for (const clause of clauses(tree, block.start, block.end, c, ctx.options.minHan)) {
        const first = seen.get(clause.key);
        if (first === undefined) {
          seen.set(clause.key, clause.start);
          continue;
        }
        const at = tree.point(first);
        // Shown inside “…”: inner double quotes become single ones, as nested quotations are written.
        const text = tree.source.text.slice(clause.start, clause.end).replaceAll('“', '‘').replaceAll('”', '’');
        ctx.report({
          messageId: 'repeated',
          data: { clause: text.length > CLAUSE_SHOWN ? `${text.slice(0, CLAUSE_SHOWN)}…` : text, firstLine: at.line, firstColumn: at.column },
          start: clause.start,
          end: clause.end,
        });
      }
    }
  },
});

interface Clause extends Range {
  /** The clause as compared: normalized, without blanks. */
  key: string;
}

/** Clauses of `normalized[start, end)` long enough to report, leads stripped. Linear in the length of the block. */
function clauses(tree: ReportTree, start: number, end: number, c: Compiled, minHan: number): Clause[] {
  const text = tree.normalized;
  const quoted = quotedRanges(text, start, end);
  const out: Clause[] = [];
  let q = 0;
  let from = start;
  const emit = (a: number, b: number, quotes: Range[]) => {
    for (let round = 0; round < 3; round++) {
      while (a < b && /\s/.test(text[a]!)) a++;
      const lead = c.lead.exec(text.slice(a, Math.min(b, a + 16)));
      if (!lead || lead[0].length === 0) break;
      a += lead[0].length;
    }
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b <= a) return;
    // Only the clause's own words count: a quotation is a name or a slogan, not the drafter's clause.
    let han = 0;
    let k = 0;
    for (let i = a; i < b; i++) {
      while (k < quotes.length && quotes[k]!.end <= i) k++;
      if (k < quotes.length && quotes[k]!.start <= i) continue;
      if (isHan(text.charCodeAt(i))) han++;
    }
    if (han < minHan) return;
    out.push({ start: a, end: b, key: text.slice(a, b).replace(/\s+/g, '') });
  };
  let firstQuote = 0;
  for (let i = start; i < end; i++) {
    while (q < quoted.length && quoted[q]!.end <= i) q++;
    const inQuote = q < quoted.length && quoted[q]!.start <= i;
    if (inQuote) {
      i = quoted[q]!.end - 1;
      continue;
    }
    const code = text.charCodeAt(i);
    if (c.separators.has(code) || code === 10 || code === 13) {
      emit(from, i, quoted.slice(firstQuote, q));
      from = i + 1;
      firstQuote = q;
    }
  }
  emit(from, end, quoted.slice(firstQuote));
  return out;
}
