import { defineRule, Type } from '@reportlint/core';
import type { ReportTree } from '@reportlint/parser';
import { codeTable } from '../shared/code-table.js';
import { oncePer } from '../shared/memo.js';
import { SAID_AGAIN } from '../shared/prose.js';
import { foldEntries, isHan, isWhiteSpace, literalAlternation, quotedRanges } from '../shared/ranges.js';
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
  /** 1 at the character codes that end a clause (one-character entries of the vocabulary, line breaks). */
  separators: Uint8Array;
  /** A lead, anchored: matched on the clause's first characters (see `clauses`). */
  lead: RegExp;
  /** A list lead that opens an item (一是, 第二), not a connective (同时, 其中); sticky. */
  enumeration: RegExp;
  /** 1 at the characters a lead can start with: a clause starting with any other has no lead. */
  leadFirsts: Uint8Array;
  /** A distributive adverb opening a clause (均, 全部): the clause speaks of the one before it; sticky. */
  backReference: RegExp;
  backReferenceFirsts: Uint8Array;
}

const compile = oncePer((options: Options): Compiled => {
  const numeralList = foldEntries(vocabulary.enumerationNumerals);
  const suffixList = foldEntries(vocabulary.enumerationSuffixes);
  const ordinalList = foldEntries(vocabulary.ordinalPrefixes);
  const leadList = foldEntries([...vocabulary.leads, ...options.extraLeads]);
  const numerals = literalAlternation(numeralList);
  const suffixes = literalAlternation(suffixList);
  const ordinals = literalAlternation(ordinalList);
  const leads = literalAlternation(leadList);
  const backReferences = foldEntries(vocabulary.backReferences);
  const codes = [...foldEntries(vocabulary.separators).map((s) => s.charCodeAt(0)), 10, 13];
  const separators = new Uint8Array(Math.max(...codes) + 1);
  for (const code of codes) separators[code] = 1;
  // The first character of each alternative below (an empty list lets the next one lead).
  const firsts = (...lists: string[][]) => (lists.find((l) => l.length > 0) ?? []).map((e) => e.charCodeAt(0));
  const enumeration = `(?:${numerals})(?:${suffixes})(?!否)|(?:${ordinals})(?:${numerals})`;
  // Anchored alternations of literals (sticky ones matched in the text itself): constant work per clause start.
  return {
    separators,
    lead: new RegExp(`^\\s*(?:${enumeration}|${leads})`),
    enumeration: new RegExp(`(?:${enumeration})`, 'y'),
    leadFirsts: codeTable([...firsts(numeralList, suffixList), ...firsts(ordinalList, numeralList), ...firsts(leadList)]),
    backReference: new RegExp(`(?:${literalAlternation(backReferences)})`, 'y'),
    backReferenceFirsts: codeTable(firsts(backReferences)),
  };
});

const CLAUSE_SHOWN = 30;
/** Whether a separator ends a sentence, in the normalized view (！？ folded to ! ?): comparisons, as it is asked at every separator. */
const endsSentence = (code: number) => code === 0x3002 /* 。 */ || code === 33 /* ! */ || code === 63; /* ? */

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
    const seen = new SeenClauses();
    for (let b = 0; b < tree.blocks.length; b++) {
      const block = tree.blocks[b]!;
      for (const clause of clauses(tree, block.start, block.end, b, c, ctx.options.minHan)) {
        // A short clause is compared only with the one right before it (see `clauses`).
        const first = clause.copyOf ?? seen.firstLike(clause);
        if (first === undefined) continue;
        if (parallel(tree.normalized, first, clause, ctx.options.minHan)) continue;
        // “三是统筹推进法治政府建设。……，统筹推进法治政府建设。”: an item that closes on its own
        // title says what the item was for, as the title of a section “（三）标题。正文” may be restated.
        if (first.title && first.item === clause.item) continue;
        const at = tree.point(first.start);
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
  /** The index of its block in `tree.blocks`: clauses are compared within one block. */
  block: number;
  /** The clause before it, as cut (empty at the start of the block): its start and end. */
  previousStart: number;
  previousEnd: number;
  /** How many items (一是, 第二 …) the block has opened up to this clause. */
  item: number;
  /** The clause is the whole sentence of an item's lead, “三是统筹推进法治政府建设。”: the item's title. */
  title: boolean;
  /** For a clause shorter than `minHan`: the same clause right before it, joined by a comma or a semicolon. */
  copyOf?: Clause;
}

/** Han characters of its own a short clause needs to be reported when written again right after itself (同推进，同推进). */
const MIN_HAN_AGAIN = 2;
/** Marks, in the normalized view, that join the items of a list of short clauses (同部署，同推进，同考核). */
const LIST_JOINS = new Set([0x2c /* , */, 0x3b /* ; */]);
const ONE = '一'.charCodeAt(0);

/**
 * The clauses seen so far in their block, by key. Keys are first told apart by their length and last
 * character, a number: most clauses of a block differ in those, and a Map of numbers is cheaper than
 * one of strings, whose every key must be hashed. Only keys alike in those are compared as strings.
 * One pair of maps serves every block of a report (a report has hundreds of paragraphs, and a Map made
 * for each cost more than the look-ups): an entry left by an earlier block is as good as none.
 */
class SeenClauses {
  /** The first clause of each shape in its block. */
  private readonly byShape = new Map<number, Clause>();
  /** The first clause of each key in its block, for the shapes that came more than once there. */
  private readonly byKey = new Map<string, Clause>();

  /** The first clause of the block of `clause` with its key; undefined when there was none, and `clause` is remembered. */
  firstLike(clause: Clause): Clause | undefined {
    const key = clause.key;
    // Keys are never empty (a clause has Han characters); a small integer, kept apart from heap numbers.
    const shape = ((key.length & 0x3fff) << 16) | key.charCodeAt(key.length - 1);
    const prior = this.byShape.get(shape);
    if (prior === undefined || prior.block !== clause.block) {
      this.byShape.set(shape, clause);
      return undefined;
    }
    // The first clause of a shape is the first of its key too: it is entered when its shape comes again.
    const priorEntry = this.byKey.get(prior.key);
    if (priorEntry === undefined || priorEntry.block !== clause.block) this.byKey.set(prior.key, prior);
    const first = this.byKey.get(key);
    if (first === undefined || first.block !== clause.block) {
      this.byKey.set(key, clause);
      return undefined;
    }
    return first;
  }
}

/** Clauses of `normalized[start, end)` long enough to report, leads stripped. Linear in the length of the block. */
function clauses(tree: ReportTree, start: number, end: number, block: number, c: Compiled, minHan: number): Clause[] {
  const text = tree.normalized;
  const quoted = quotedRanges(text, start, end);
  const out: Clause[] = [];
  // The clause before the one being emitted, as cut (for clauses opening with 均, 全部 …).
  let previousStart = start;
  let previousEnd = start;
  let item = 0;
  // The clause being cut opens a sentence (the block's start or after 。！？).
  let opensSentence = true;
  // The clause before the one being cut, leads stripped (lastEnd 0 when it was empty), and the mark after it.
  let lastStart = 0;
  let lastEnd = 0;
  let join = 0;
  // The clause text[a, b), which holds the quotations quoted[firstQuote, lastQuote) and `han` Han
  // characters outside them; `blank` is false only if it has no white space.
  const emit = (a: number, b: number, firstQuote: number, lastQuote: number, han: number, blank: boolean) => {
    const from = a;
    let lead = a;
    while (lead < b && isWhiteSpace(text.charCodeAt(lead))) lead++;
    // In place, not on a copy of the next eight characters as before: the vocabulary's enumerations and
    // the character their (?!否) reads take fewer.
    const enumerated = c.leadFirsts[text.charCodeAt(lead)] === 1 && matchesAt(c.enumeration, text, lead);
    if (enumerated) item++;
    for (let round = 0; round < 3; round++) {
      while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
      // Only a clause starting with a lead's first character can have one: skip the regex otherwise.
      if (a >= b || c.leadFirsts[text.charCodeAt(a)] !== 1) break;
      // On a copy: a lead is read within the clause and its first sixteen characters.
      const lead = c.lead.exec(text.slice(a, Math.min(b, a + 16)));
      if (!lead || lead[0].length === 0) break;
      a += lead[0].length;
    }
    while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
    const beforeStart = lastStart;
    const beforeEnd = lastEnd;
    lastEnd = 0;
    if (b <= a) return;
    lastStart = a;
    lastEnd = b;
    // Only the clause's own words count: a quotation is a name or a slogan, not the drafter's
    // clause. The Han characters of the leads stripped above are taken off.
    let k = firstQuote;
    for (let i = from; i < a; i++) {
      while (k < lastQuote && quoted[k]!.end <= i) k++;
      if (k < lastQuote && quoted[k]!.start <= i) continue;
      if (isHan(text.charCodeAt(i))) han--;
    }
    if (han < minHan) {
      // Too short to be compared with the whole paragraph: a formula (办结率100%). Written again right
      // after itself as the next item of a list, it is one item pasted twice (同部署，同推进，同推进，同考核).
      if (han >= MIN_HAN_AGAIN && beforeEnd > 0 && LIST_JOINS.has(join) && again(text, beforeStart, beforeEnd, a, b)) {
        const copyOf = { start: beforeStart, end: beforeEnd, key: '', block, previousStart, previousEnd, item, title: false };
        out.push({ start: a, end: b, key: '', block, previousStart, previousEnd, item, title: false, copyOf });
      }
      return;
    }
    const clause = text.slice(a, b);
    let key = blank ? clause.replace(/\s+/g, '') : clause;
    // “……1294件，均在法定期限内答复；……38件，均在法定期限内答复”: the same outcome of two
    // different counts. Such a clause repeats only together with the clause it speaks of.
    if (c.backReferenceFirsts[text.charCodeAt(a)] === 1 && matchesAt(c.backReference, text, a)) {
      key = `${text.slice(previousStart, previousEnd).replace(/\s+/g, '')}\u0000${key}`;
    }
    const title = enumerated && opensSentence && endsSentence(text.charCodeAt(b));
    out.push({ start: a, end: b, key, block, previousStart, previousEnd, item, title });
  };
  const separators = c.separators;
  let q = 0;
  // Where the next quotation starts (`end` when none is left): one comparison per character.
  let nextQuote = quoted.length > 0 ? quoted[0]!.start : end;
  let from = start;
  let firstQuote = 0;
  let han = 0;
  let blank = false;
  // hot: runs per character of every paragraph.
  for (let i = start; i < end; i++) {
    if (i === nextQuote) {
      // Quotations are never cut: jump to their end (they are sorted, disjoint and inside the block).
      i = quoted[q]!.end - 1;
      q++;
      nextQuote = q < quoted.length ? quoted[q]!.start : end;
      blank = true; // not scanned: the key's replace looks for blanks in it
      continue;
    }
    const code = text.charCodeAt(i);
    if (isHan(code)) {
      han++;
      continue;
    }
    if (code < separators.length && separators[code] === 1) {
      emit(from, i, firstQuote, q, han, blank);
      join = code;
      opensSentence = endsSentence(code) || code === 10 || code === 13;
      previousStart = from;
      previousEnd = i;
      from = i + 1;
      firstQuote = q;
      han = 0;
      blank = false;
    } else if (!blank && isWhiteSpace(code)) blank = true;
  }
  emit(from, end, firstQuote, quoted.length, han, blank);
  return out;
}

/**
 * Whether the short clause `text[a, b)` is the one at `text[start, end)` written again, not one by one (一次，一次) nor
 * a slogan's clause said once more after the pair (学习，学习，再学习).
 */
function again(text: string, start: number, end: number, a: number, b: number): boolean {
  if (b - a !== end - start || text.charCodeAt(a) === ONE) return false;
  const clause = text.slice(a, b);
  if (!text.startsWith(clause, start)) return false;
  return !(LIST_JOINS.has(text.charCodeAt(b)) && SAID_AGAIN.has(text[b + 1]!) && text.startsWith(clause, b + 2));
}

/** Whether the sticky `pattern` matches `text` at `at` (the enumerations and adverbs it is used for are a few characters long). */
function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/**
 * The same clause under two different scenes is parallel reporting: “上半年，组织开展……培训；下半年，
 * 组织开展……培训”, “召开常务会议6次，专题研究……；召开党委会议48次，专题研究……”. A scene is the
 * clause before, when it holds a figure or is a short adverbial (“2024年3月”, “上半年”). Only looked
 * at once a clause repeats.
 */
function parallel(text: string, first: Clause, again: Clause, minHan: number): boolean {
  // Right after its first occurrence, a clause has itself for a scene: it was pasted twice
  // (“共排查出……5起，排查出……5起”).
  if (again.previousStart <= first.start && first.end <= again.previousEnd) return false;
  const a = sceneOf(text, first.previousStart, first.previousEnd, minHan);
  const b = sceneOf(text, again.previousStart, again.previousEnd, minHan);
  return a !== undefined && b !== undefined && a !== b;
}

/** The clause as a scene for the next one, without blanks: it holds a digit or has fewer than `minHan` Han characters. */
function sceneOf(text: string, start: number, end: number, minHan: number): string | undefined {
  if (end <= start) return undefined;
  let han = 0;
  let digit = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isHan(code)) han++;
    else if (code >= 0x30 && code <= 0x39) digit = true;
  }
  return digit || han < minHan ? text.slice(start, end).replace(/\s+/g, '') : undefined;
}
