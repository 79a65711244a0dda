import { defineRule, Type } from '@reportlint/core';
import { isAddressee } from '@reportlint/parser';
import type { ReportTree } from '@reportlint/parser';
import { lostCharactersEnd, pinyinGlosses } from '../shared/prose.js';
import { inRanges } from '../shared/ranges.js';
import type { Range } from '../shared/ranges.js';
import data from './patterns.json' with { type: 'json' };

const schema = Type.Object(
  {
    allow: Type.Array(Type.String(), {
      default: [],
      description: 'Texts that are not template residue in your drafts (e.g. a programme named "XX计划"); compared with the residue as written.',
    }),
  },
  { additionalProperties: false },
);

type Kind = 'placeholder' | 'note' | 'lost' | 'gloss';

interface Compiled {
  kind: Kind;
  /** Global, or sticky when `first` is given. */
  re: RegExp;
  /** Characters every match starts with (see patterns.json). */
  first?: string;
  contentCues: boolean;
  formats?: string[];
  /** Frame roles of the blocks it is looked for in (see patterns.json). */
  roles?: string[];
}

const PATTERNS: Compiled[] = data.patterns.map((p) => ({
  kind: p.kind as Kind,
  re: new RegExp(p.source, 'first' in p ? 'y' : 'g'),
  ...('first' in p ? { first: p.first } : {}),
  contentCues: 'contentCues' in p && p.contentCues === true,
  ...('formats' in p ? { formats: p.formats } : {}),
  ...('roles' in p ? { roles: p.roles } : {}),
}));

/** For each character code, the indexes in PATTERNS of the patterns with `first` whose matches may start with it. */
const PATTERNS_BY_FIRST = new Map<number, number[]>();
PATTERNS.forEach((pattern, p) => {
  for (const c of pattern.first ?? '') PATTERNS_BY_FIRST.set(c.charCodeAt(0), [...(PATTERNS_BY_FIRST.get(c.charCodeAt(0)) ?? []), p]);
});
/** 1 at the character codes of PATTERNS_BY_FIRST. */
const IS_FIRST = new Uint8Array(0x10000);
for (const code of PATTERNS_BY_FIRST.keys()) IS_FIRST[code] = 1;

/**
 * Where the matches of each pattern with `first` may start, in order, by the pattern's index in
 * PATTERNS: one pass over the text for all of them (an indexOf scan for each of their characters
 * took longer).
 */
function startsOf(text: string): number[][] {
  const starts = PATTERNS.map((): number[] => []);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (IS_FIRST[code] === 0) continue;
    for (const p of PATTERNS_BY_FIRST.get(code)!) starts[p]!.push(i);
  }
  return starts;
}

/**
 * The matches of a pattern, in order, as a global scan finds them. With `first`, the sticky
 * pattern is tried only at `starts`, where one of those characters occurs, in increasing order: a
 * match can start nowhere else, so the first that succeeds is the leftmost.
 */
function matchesOf(pattern: Compiled, text: string, starts: readonly number[]): RegExpExecArray[] {
  const re = pattern.re;
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  if (pattern.first === undefined) {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  }
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) out.push(m);
    from = m ? at + Math.max(m[0].length, 1) : at + 1;
  }
  return out;
}
const CONTENT_CUE = new RegExp(data.contentCues.join('|'));

/** Longest residue quoted in a message. */
const QUOTE_MAX = 20;

interface Residue extends Range {
  kind: Kind;
}

export const rule = defineRule({
  id: 'placeholder-text',
  meta: {
    severity: 'error',
    family: 'substance',
    fixable: false,
    description: {
      'zh-CN': '报告中不得残留模板占位符或编写说明（××、XX区、X件、待补充、【请填写…】、（此处…）、TODO）',
      en: 'No template placeholders or drafting notes may remain in the report (××, XX区, X件, 待补充, 【请填写…】, （此处…）, TODO)',
    },
    messages: {
      placeholder: {
        'zh-CN': '模板占位符“{text}”未替换，应填写实际内容',
        en: 'Template placeholder "{text}" left in the text; fill in the actual content',
      },
      note: {
        'zh-CN': '编写说明“{text}”未删除，应按说明补全内容后删去',
        en: 'Drafting note "{text}" left in the text; act on it and delete it',
      },
      lost: {
        'zh-CN': '“{text}”处疑有文字在转换编码时丢失（问号不会出现在这里），应对照原文补全',
        en: '"{text}" seems to stand for characters lost in an encoding conversion (no question ends here); restore them from the original',
      },
      gloss: {
        'zh-CN': '“{text}”是转换时残留的拼音注音，应删去',
        en: '"{text}" is a pinyin reading left by a conversion; delete it',
      },
    },
    schema,
  },
  check(tree, ctx) {
    const text = tree.normalized;
    const allow = new Set(ctx.options.allow);
    const skipped = skippedRanges(tree.normalized, tree.blocks);
    const found: Residue[] = [];
    const starts = startsOf(text);
    PATTERNS.forEach((pattern, p) => {
      if (pattern.formats && !pattern.formats.includes(tree.source.format)) return;
      for (const m of matchesOf(pattern, text, starts[p]!)) {
        const start = m.index;
        const end = start + m[0].length;
        if (pattern.contentCues && !CONTENT_CUE.test(m[0].slice(1, -1))) continue;
        if (inRanges(skipped, start)) continue;
        if (pattern.roles && !withinRoles(tree, pattern.roles, start, end)) continue;
        found.push({ start, end, kind: pattern.kind });
      }
    });
    for (let at = text.indexOf('?'); at !== -1; at = text.indexOf('?', at + 1)) {
      const end = lostCharactersEnd(text, at);
      if (end === -1 || inRanges(skipped, at)) continue;
      found.push({ start: at, end, kind: 'lost' });
      at = end;
    }
    // 建設(shè): a web mirror's converter wrote each character's reading after it.
    for (const gloss of pinyinGlosses(text)) if (!inRanges(skipped, gloss.start)) found.push({ ...gloss, kind: 'gloss' });
    // Each residue once: "XX年XX月XX日" or "【请填写XX】" is one finding, not three or two; a
    // placeholder right before a note ("X次（此处填写数据）") stays two, as each asks for something else.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged: Residue[] = [];
    for (const span of found) {
      const last = merged[merged.length - 1];
      if (last && (span.start < last.end || (span.start === last.end && span.kind === last.kind))) last.end = Math.max(last.end, span.end);
      else merged.push({ ...span });
    }
    for (const span of merged) {
      const original = tree.source.text.slice(span.start, span.end);
      if (allow.has(original) || allow.has(text.slice(span.start, span.end))) continue;
      const quoted = original.length > QUOTE_MAX ? `${original.slice(0, QUOTE_MAX)}…` : original;
      ctx.report({ messageId: span.kind, data: { text: quoted }, start: span.start, end: span.end });
    }
  },
});

/**
 * Whether [start, end) lies in a block of one of the frame `roles` (the title, the signature), or in the addressee
 * line above the opening when `roles` lists `addressee` (the parser gives that line no role of its own).
 */
function withinRoles(tree: ReportTree, roles: string[], start: number, end: number): boolean {
  return tree.blocks.some(
    (b) => b.start <= start && end <= b.end && (b.role !== undefined ? roles.includes(b.role) : roles.includes('addressee') && isAddresseeLine(tree, b)),
  );
}

/** Whether a block without a frame role is the addressee: an addressee's line above the opening. */
function isAddresseeLine(tree: ReportTree, block: { start: number; end: number }): boolean {
  const opening = tree.blocks.find((b) => b.role === 'opening');
  return opening !== undefined && block.end <= opening.start && isAddressee(tree.normalized.slice(block.start, block.end).trim());
}

/**
 * The 版头 of a report sent up as a 公文, above its title: its document number and its signer (某府呈〔2025〕3号
 * 签发人：×××). The drafter's own lines, not a web page's, though the parser gives them the page's front-matter role.
 */
const DRAFTERS_HEADER = /〔\d{4}〕|签发人\s*:/;

/** Web-page residue before the text (not content), but for a 公文's own header, and reportlint directives in HTML comments. */
function skippedRanges(text: string, blocks: ReadonlyArray<{ start: number; end: number; role?: string }>): Range[] {
  const ranges: Range[] = [];
  for (const b of blocks) if (b.role === 'front-matter' && !DRAFTERS_HEADER.test(text.slice(b.start, b.end))) ranges.push({ start: b.start, end: b.end });
  for (let at = text.indexOf('<!--'); at !== -1; ) {
    const close = text.indexOf('-->', at + 4);
    if (close === -1) break;
    ranges.push({ start: at, end: close + 3 });
    at = text.indexOf('<!--', close + 3);
  }
  return ranges.sort((a, b) => a.start - b.start);
}
