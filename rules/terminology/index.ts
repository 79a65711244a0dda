import { defineRule, Type } from '@reportlint/core';
import type { TextEdit } from '@reportlint/core';
import { normalizeText, partitionPoint, writtenAlikeInTraditional } from '@reportlint/parser';
import type { ReportTree } from '@reportlint/parser';
import { chineseNumeral } from '../shared/numerals.js';
import { escapeRegExp } from '../shared/ranges.js';
import { documentTraditional, guardedSpans, overlapsSpans, proseSpans, writtenTraditional } from '../shared/prose.js';
import type { Range } from '../shared/ranges.js';
import periods from '../shared/periods.json' with { type: 'json' };
import { periodYearEntries } from './period-years.js';
import type { Period } from './period-years.js';
import dictionary from './terms.json' with { type: 'json' };

const entrySchema = Type.Object(
  {
    find: Type.Optional(Type.String({ minLength: 1, description: 'Literal text to look for (either script, either width).' })),
    pattern: Type.Optional(Type.String({ minLength: 1, description: 'Regular expression on the normalized text (Simplified, half-width).' })),
    replace: Type.Optional(Type.String({ description: 'What the whole match becomes; $1 … are its groups as written.' })),
    replaceTraditional: Type.Optional(Type.String({ description: 'The same for a report in Traditional characters.' })),
    replaceMap: Type.Optional(Type.Record(Type.String({ minLength: 1 }), Type.String(), { description: 'Characters of the match replaced one by one.' })),
    numerals: Type.Optional(Type.Boolean({ description: 'Arabic numbers in the match become Chinese numerals.' })),
    skipSentence: Type.Optional(Type.String({ description: 'Leave the match alone when its sentence matches this pattern.' })),
    notInQuotes: Type.Optional(Type.Boolean({ description: 'Leave the match alone inside “…”.' })),
    reason: Type.Optional(Type.String({ description: 'Why, shown after the suggestion.' })),
  },
  { additionalProperties: false },
);

const schema = Type.Object(
  {
    extra: Type.Array(entrySchema, { default: [], description: 'Entries added to the built-in dictionary (terms.json).' }),
    disable: Type.Array(Type.String(), { default: [], description: 'Ids of built-in entries to turn off.' }),
  },
  { additionalProperties: false },
);

type Localized = { 'zh-CN': string; en: string };

export interface Entry {
  id: string;
  pattern: string;
  replace?: string;
  replaceTraditional?: string;
  replaceMap?: Record<string, string>;
  numerals?: boolean;
  skipSentence?: string;
  notInQuotes?: boolean;
  reason?: Localized;
  /**
   * Built-in entries only: the first report year the wording asked for applies to. A report on an
   * earlier year keeps the wording of its time (the 2021 纲要's goal is not asked of a report on 2020).
   */
  fromYear?: number;
  /**
   * Built-in entries only: the wording is certainly wrong but which one was meant is not (a name
   * garbled from two names); the finding names the likelier one and offers no fix.
   */
  noFix?: boolean;
  /**
   * Built-in entries only: groups 1 and 2 are years, and the match stands only when the second
   * follows the first by this many years, least and greatest (two years run together are a period
   * with its dash lost only when they span a plan's five years; 20222023年 may be a list).
   */
  yearSpan?: [number, number];
  /** Built-in entries only, for speed: every match has this text at `anchorOffsets` from its start. */
  anchor?: string;
  /** Least and greatest offset of the anchor from the start of a match (in a lookahead or not). */
  anchorOffsets?: [number, number];
}

interface Compiled extends Entry {
  re: RegExp;
  /** The pattern, sticky: tried at the offsets an anchor allows. */
  sticky?: RegExp;
  skip?: RegExp;
  /** The pattern can neither match nor look at a line break (see {@link lineSafe}). */
  lineSafe: boolean;
}

type Problem = { messageId: 'badPattern'; pattern: string } | { messageId: 'incompleteEntry'; missing: string };

function compile(entry: Entry): Compiled | Problem {
  if (entry.replace === undefined && entry.replaceMap === undefined && !entry.numerals) {
    return { messageId: 'incompleteEntry', missing: 'replace / replaceMap / numerals' };
  }
  let re: RegExp;
  try {
    re = new RegExp(entry.pattern, 'gdu');
  } catch {
    return { messageId: 'badPattern', pattern: entry.pattern };
  }
  const sticky = entry.anchor !== undefined && entry.anchorOffsets !== undefined ? { sticky: new RegExp(entry.pattern, 'ydu') } : {};
  if (entry.skipSentence === undefined) return { ...entry, re, ...sticky, lineSafe: lineSafe(entry.pattern) };
  try {
    return { ...entry, re, ...sticky, skip: new RegExp(entry.skipSentence, 'u'), lineSafe: lineSafe(entry.pattern) };
  } catch {
    return { messageId: 'badPattern', pattern: entry.skipSentence };
  }
}

/** The built-in entries: terms.json's, then those made from the five-year periods (shared/periods.json). */
export const builtinEntries: readonly Entry[] = [...(dictionary.entries as unknown as Entry[]), ...periodYearEntries(periods.periods as Period[])];

const builtin: Compiled[] = builtinEntries.map((e) => {
  const c = compile(e);
  if ('messageId' in c) throw new Error(`terminology: built-in entry ${e.id} is broken (${c.messageId})`);
  return c;
});

/**
 * True when a pattern can neither match a line break nor tell one from the end of the text (in a
 * lookaround), so running it once over the prose spans joined by line breaks finds what running
 * it over each span alone finds. Conservative: ^ $ \s \S \D \W \b \B \p \P [^…], control
 * characters and escapes other than \d \w \uXXXX (from U+0020), escaped punctuation and
 * back-references answer false. Without those, every class and range starts at U+0020 or above.
 */
function lineSafe(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 0x20 || code === 0x5e /* ^ */ || code === 0x24 /* $ */) return false;
    if (code !== 0x5c /* \ */) continue;
    const escaped = source[i + 1] ?? '';
    if (escaped === 'u') {
      const hex = source.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex) || parseInt(hex, 16) < 0x20) return false;
      i += 5;
    } else if (escaped === 'd' || escaped === 'w' || /^[1-9]$/.test(escaped) || /^[!-/:-@[-`{-~]$/.test(escaped)) i++;
    else return false;
  }
  return true;
}

const SENTENCE_END = /[。！？!?\n\r]/;
const SENTENCE_REACH = 200;

export const rule = defineRule({
  id: 'terminology',
  meta: {
    severity: 'warn',
    family: 'style',
    fixable: true,
    description: {
      'zh-CN': '使用规范的提法、名称和发文字号写法，不用过时或写错的表述',
      en: 'Use the current official formulations, names and document-number brackets, not outdated or misspelled ones',
    },
    messages: {
      replace: {
        'zh-CN': '“{actual}”应为“{expected}”：{reason}',
        en: '"{actual}" should be "{expected}": {reasonEn}',
      },
      replacePlain: {
        'zh-CN': '“{actual}”应为“{expected}”',
        en: '"{actual}" should be "{expected}"',
      },
      badPattern: {
        'zh-CN': 'terminology 规则的自定义词条 extra[{index}] 的正则表达式“{pattern}”无法编译：请改正，或用 find 写字面文字',
        en: 'The pattern "{pattern}" of custom entry extra[{index}] of the terminology rule does not compile: correct it, or use find for literal text',
      },
      incompleteEntry: {
        'zh-CN': 'terminology 规则的自定义词条 extra[{index}] 缺少 {missing}',
        en: 'Custom entry extra[{index}] of the terminology rule lacks {missing}',
      },
    },
    schema,
  },
  check(tree, ctx) {
    const disabled = new Set(ctx.options.disable);
    const year = tree.meta.year;
    const entries: Compiled[] = builtin.filter((e) => !disabled.has(e.id) && !(year !== undefined && e.fromYear !== undefined && year < e.fromYear));
    ctx.options.extra.forEach((raw, index) => {
      const pattern = raw.pattern ?? (raw.find !== undefined ? escapeRegExp(normalizeText(raw.find)) : undefined);
      if (pattern === undefined) {
        ctx.report({ messageId: 'incompleteEntry', data: { index, missing: 'find / pattern' }, start: 0, end: 0 });
        return;
      }
      const { find: _find, reason, ...rest } = raw;
      const entry: Entry = { ...rest, id: `extra[${index}]`, pattern, ...(reason ? { reason: { 'zh-CN': reason, en: reason } } : {}) };
      const c = compile(entry);
      if ('messageId' in c) {
        const { messageId, ...data } = c;
        ctx.report({ messageId, data: { index, ...data }, start: 0, end: 0 });
      } else entries.push(c);
    });
    if (entries.length === 0) return;

    const text = tree.source.text;
    const normalized = tree.normalized;
    const spans = proseSpans(tree);
    const matches = findMatches(normalized, spans, entries);

    // In the order of a scan span by span, entry by entry.
    for (let k = 0; k < matches.length; ) {
      const { span: s, entry } = matches[k]!;
      const span = spans[s]!;
      const quotes = entry.notInQuotes ? quoteDepth(normalized, span) : undefined;
      for (; k < matches.length && matches[k]!.span === s && matches[k]!.entry === entry; k++) {
        const { m, start } = matches[k]!;
        const end = start + m[0].length;
        if (overlapsSpans(guardedSpans(tree, s), start, end)) continue;
        if (quotes && quotes(start) > 0) continue;
        if (entry.skip && entry.skip.test(sentenceAround(normalized, start, end))) continue;
        if (entry.yearSpan && !spansYears(m, entry.yearSpan)) continue;
        const edits = editsFor(tree, entry, m, start);
        if (edits === null) continue; // nothing to change (e.g. a number too large to write in words)
        const actual = text.slice(start, end);
        const expected = edits.ok ? apply(text, start, end, edits.edits) : edits.preview;
        if (expected === actual) continue;
        const data = { actual, expected, reason: entry.reason?.['zh-CN'] ?? '', reasonEn: entry.reason?.en ?? '' };
        ctx.report({
          messageId: entry.reason ? 'replace' : 'replacePlain',
          data,
          start,
          end,
          ...(edits.ok && edits.edits.length && !entry.noFix ? { fix: edits.edits } : {}),
        });
      }
    }
  },
});

interface Match {
  /** Index of the prose span. */
  span: number;
  entry: Compiled;
  /** Index of the entry, for the order of findings. */
  order: number;
  m: RegExpExecArray;
  /** Offset of the match in the text. */
  start: number;
}

/** The offsets of no anchor: an entry without one is not tried at offsets, and a span without it has none. */
const NO_OFFSETS: readonly number[] = [];

/** The prose spans joined by line breaks, and where the built-in entries' anchors occur in the result. */
interface Joined {
  text: string;
  /** Where each span starts in `text`. */
  starts: number[];
  /** The offsets of each anchor in `text`, in order, by its index in ANCHORS (see {@link findAnchors}). */
  anchors: number[][];
}

function joinSpans(normalized: string, spans: readonly Range[]): Joined {
  const starts = new Array<number>(spans.length);
  let at = 0;
  for (let s = 0; s < spans.length; s++) {
    starts[s] = at;
    at += spans[s]!.end - spans[s]!.start + 1;
  }
  const text = spans.map((span) => normalized.slice(span.start, span.end)).join('\n');
  return { text, starts, anchors: findAnchors(text) };
}

/**
 * Non-empty matches of the entries, each inside one prose span as if the span were the whole
 * text, ordered by span, then entry. A line-safe pattern runs once over the spans joined by line
 * breaks (one scan per report instead of one per span: most spans match nothing); another runs
 * over each span — an anchored one only over the spans its anchor occurs in, found in the one
 * pass over the joined text that finds every anchor.
 */
function findMatches(normalized: string, spans: readonly Range[], entries: Compiled[]): Match[] {
  const matches: Match[] = [];
  let joined: Joined | undefined;
  const spanTexts = new Array<string | undefined>(spans.length);
  const spanText = (s: number) => (spanTexts[s] ??= normalized.slice(spans[s]!.start, spans[s]!.end));
  entries.forEach((entry, order) => {
    if (!entry.lineSafe && entry.anchor === undefined) {
      for (let s = 0; s < spans.length; s++) {
        for (const m of execAll(entry, spanText(s), NO_OFFSETS)) matches.push({ span: s, entry, order, m, start: spans[s]!.start + m.index });
      }
      return;
    }
    joined ??= joinSpans(normalized, spans);
    const { starts } = joined;
    const anchors = entry.anchor === undefined ? NO_OFFSETS : joined.anchors[ANCHOR_INDEX.get(entry.anchor)!]!;
    if (!entry.lineSafe) {
      // An anchor holds no line break, so each occurrence lies inside one span: the spans without one are skipped.
      for (let i = 0; i < anchors.length; ) {
        const s = spanAt(starts, anchors[i]!);
        const next = s + 1 < starts.length ? starts[s + 1]! : Infinity;
        const offsets: number[] = [];
        for (; i < anchors.length && anchors[i]! < next; i++) offsets.push(anchors[i]! - starts[s]!);
        for (const m of execAll(entry, spanText(s), offsets)) matches.push({ span: s, entry, order, m, start: spans[s]!.start + m.index });
      }
      return;
    }
    let s = 0;
    for (const m of execAll(entry, joined.text, anchors)) {
      // Matches come in order, and none crosses a line break: the span is the last starting at or before it.
      while (s + 1 < spans.length && starts[s + 1]! <= m.index) s++;
      matches.push({ span: s, entry, order, m, start: spans[s]!.start + m.index - starts[s]! });
    }
  });
  // Stable: the matches of one entry in one span stay in order.
  return matches.sort((a, b) => a.span - b.span || a.order - b.order);
}

/** The index of the last of the sorted `starts` at or before `offset`. */
function spanAt(starts: readonly number[], offset: number): number {
  return partitionPoint(starts.length, (i) => starts[i]! <= offset) - 1;
}

/** The built-in entries' anchors, and the index of each. */
const ANCHORS = [...new Set(builtin.flatMap((e) => (e.anchor === undefined ? [] : [e.anchor])))];
const ANCHOR_INDEX = new Map(ANCHORS.map((anchor, a) => [anchor, a]));
/** For each character, 1 + the index in ANCHOR_GROUPS of the anchors it starts (0: none); 16 bits, room for any number of anchors. */
const FIRST_GROUP = new Uint16Array(0x10000);
/** The anchors with one first character, a group for each: their indexes in ANCHORS, and the second character of each (-1: none). */
const ANCHOR_GROUPS: Array<{ anchors: number[]; seconds: number[] }> = [];
ANCHORS.forEach((anchor, a) => {
  const first = anchor.charCodeAt(0);
  if (FIRST_GROUP[first] === 0) FIRST_GROUP[first] = ANCHOR_GROUPS.push({ anchors: [], seconds: [] });
  const group = ANCHOR_GROUPS[FIRST_GROUP[first]! - 1]!;
  group.anchors.push(a);
  group.seconds.push(anchor.length > 1 ? anchor.charCodeAt(1) : -1);
});

/**
 * Where each anchor occurs in `text` (the prose spans joined, which every anchored entry is tried
 * on or in), in order: all of them in one pass by first character, the second compared before the
 * rest (an anchor of two characters is then found without reading it again). An indexOf pass per
 * anchor took twice as long (cold, over the benchmark corpus: 117 against 54 ms).
 */
function findAnchors(text: string): number[][] {
  const found = ANCHORS.map((): number[] => []);
  for (let i = 0; i < text.length; i++) {
    const group = FIRST_GROUP[text.charCodeAt(i)]!;
    if (group === 0) continue;
    const { anchors, seconds } = ANCHOR_GROUPS[group - 1]!;
    const second = text.charCodeAt(i + 1);
    for (let k = 0; k < anchors.length; k++) {
      if (seconds[k] !== -1 && seconds[k] !== second) continue;
      const a = anchors[k]!;
      if (ANCHORS[a]!.length <= 2 || text.startsWith(ANCHORS[a]!, i)) found[a]!.push(i);
    }
  }
  return found;
}

/**
 * The non-empty matches of an entry in `text`, in order, as a global scan finds them. An entry
 * with an anchor is tried only at the offsets its anchor allows before each of the anchor's
 * occurrences in the text (`anchorsAt`, in order), in increasing order: the first that matches is
 * the leftmost, as in a global scan.
 */
function execAll(entry: Compiled, text: string, anchorsAt: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const { sticky, anchor, anchorOffsets } = entry;
  if (sticky && anchor !== undefined && anchorOffsets) {
    const [least, greatest] = anchorOffsets;
    let next = 0; // the first offset not tried yet
    for (const at of anchorsAt) {
      for (let x = Math.max(next, at - greatest); x <= at - least; x++) {
        next = x + 1;
        // A global scan with the u flag never starts inside a surrogate pair.
        if (isTrailSurrogate(text.charCodeAt(x)) && isLeadSurrogate(text.charCodeAt(x - 1))) continue;
        sticky.lastIndex = x;
        const m = sticky.exec(text);
        if (!m || m.index !== x || m[0].length === 0) continue;
        out.push(m);
        next = x + m[0].length;
        x = next - 1;
      }
    }
    return out;
  }
  const re = entry.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(m);
  }
  return out;
}

const isLeadSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isTrailSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

type Edits = { ok: true; edits: TextEdit[] } | { ok: false; preview: string };

/** The edits that turn the match into the entry's wording, touching only what differs. */
function editsFor(tree: ReportTree, entry: Compiled, m: RegExpExecArray, start: number): Edits | null {
  const text = tree.source.text;
  const normalized = tree.normalized;
  const end = start + m[0].length;
  if (entry.numerals) {
    const edits: TextEdit[] = [];
    for (const d of normalized.slice(start, end).matchAll(/\d+/g)) {
      const words = chineseNumeral(Number(d[0]));
      if (words === String(Number(d[0]))) return null;
      const at = start + d.index!;
      edits.push({ range: [at, at + d[0].length], text: words });
    }
    return edits.length ? { ok: true, edits } : null;
  }
  if (entry.replaceMap) {
    const edits: TextEdit[] = [];
    for (let i = start; i < end; i++) {
      const to = entry.replaceMap[normalized[i]!];
      if (to !== undefined) edits.push({ range: [i, i + 1], text: to });
    }
    return edits.length ? { ok: true, edits } : null;
  }
  // Only a replacement asks which script to write: the whole document is read for it at most once.
  const traditional = writtenTraditional(tree, start, end) || documentTraditional(tree);
  const template = traditional ? (entry.replaceTraditional ?? entry.replace!) : entry.replace!;
  // Groups are taken as written, so a Traditional or full-width group stays as it is.
  const indices = m.indices ?? [];
  const wanted = template.replace(/\$(\d)/g, (whole, n: string) => {
    const range = indices[Number(n)];
    return range ? text.slice(start + range[0] - m.index, start + range[1] - m.index) : whole;
  });
  const literal = template.replace(/\$\d/g, '');
  // A replacement written alike in both scripts (截至, 年度) suits a Traditional report as it is.
  if (traditional && entry.replaceTraditional === undefined && !writtenAlikeInTraditional(literal)) return { ok: false, preview: wanted };
  const actual = text.slice(start, end);
  let head = 0;
  while (head < actual.length && head < wanted.length && actual[head] === wanted[head]) head++;
  let tail = 0;
  while (tail < actual.length - head && tail < wanted.length - head && actual[actual.length - 1 - tail] === wanted[wanted.length - 1 - tail]) tail++;
  if (head === actual.length && head === wanted.length) return null;
  return { ok: true, edits: [{ range: [start + head, end - tail], text: wanted.slice(head, wanted.length - tail) }] };
}

function apply(text: string, start: number, end: number, edits: TextEdit[]): string {
  let out = '';
  let at = start;
  for (const e of edits) {
    out += text.slice(at, e.range[0]) + e.text;
    at = e.range[1];
  }
  return out + text.slice(at, end);
}

/** True when the match's second year (group 2) follows its first (group 1) by `least` to `greatest` years. */
function spansYears(m: RegExpExecArray, [least, greatest]: [number, number]): boolean {
  const span = Number(m[2]) - Number(m[1]);
  return span >= least && span <= greatest;
}

/** The sentence around a match, at most a few hundred characters either side. */
function sentenceAround(normalized: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && !SENTENCE_END.test(normalized[from - 1]!)) from--;
  let to = end;
  while (to < normalized.length && to - end < SENTENCE_REACH && !SENTENCE_END.test(normalized[to]!)) to++;
  return normalized.slice(from, to);
}

/** How many “ are open at an offset of the span; offsets must be asked in increasing order. */
function quoteDepth(normalized: string, span: Range): (offset: number) => number {
  let at = span.start;
  let depth = 0;
  return (offset) => {
    for (; at < offset; at++) {
      const c = normalized[at];
      if (c === '“') depth++;
      else if (c === '”' && depth > 0) depth--;
    }
    return depth;
  };
}
