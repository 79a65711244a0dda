import { defineRule, Type } from '@reportlint/core';
import { partsOfWords } from '@reportlint/parser';
import type { ReportTree, Section } from '@reportlint/parser';
import { claimsNoShortcomings, headingSpan, partData } from '../shared/parts.js';
import { oncePer } from '../shared/memo.js';
import { foldEntries, isWhiteSpace } from '../shared/ranges.js';
import { copyAfter } from '../shared/headings.js';
import { LEAD_IN } from '../shared/prose.js';

const schema = Type.Object(
  {
    placeholders: Type.Array(Type.String(), {
      default: ['无', '略', '暂无', '此处略', '同上', '待补充', '待填写', '待完善', '待定', 'TODO', 'TBD', '……', '...', '…'],
      description: 'Texts that count as no content when a part holds nothing else (compared after trimming punctuation and enclosing brackets: “（略）” and “【略】” are “略”).',
    }),
  },
  { additionalProperties: false },
);

/**
 * “无” under an optional part (“五、其他需要报告的情况　无。”) answers the heading: there is nothing
 * else to report. Under a required part it stands in for content that must be there.
 */
const NIL_ANSWERS = new Set(['无', '暂无']);

/** What may stand before a nil answer to say when or what it is for (“本年度暂无”, “目前无”): still a nil answer. */
const NIL_SCOPES = ['本年度', '本年', '今年', '全年', '年内', '目前', '此项', '该项'];

/** What may follow a nil answer to say what there is none of (“暂无相关情况”, “无相关内容”): still a nil answer. */
const NIL_OBJECTS = ['相关情况', '相关内容', '有关情况', '有关内容', '此类情况', '需要报告的情况', '需要报告的内容', '需报告的情况'];

/** Other words for 无 that a nil answer opens with (“不存在需要报告的情况”, “没有相关情况”): the same answer. */
const NIL_SYNONYMS = new Map([
  ['没有', '无'],
  ['不存在', '无'],
]);

/**
 * `word` as the nil answer it is once its scope and its object are left out (“本年度暂无” and
 * “暂无相关情况” are “暂无”), or else as it is.
 */
function asNilAnswer(word: string): string {
  const object = NIL_OBJECTS.find((o) => word.endsWith(o));
  const answer = object ? word.slice(0, -object.length) : word;
  const asAnswer = (w: string) => (object ? (NIL_SYNONYMS.get(w) ?? w) : w);
  if (NIL_ANSWERS.has(asAnswer(answer))) return asAnswer(answer);
  for (const scope of NIL_SCOPES) {
    const rest = asAnswer(answer.slice(scope.length));
    if (answer.startsWith(scope) && NIL_ANSWERS.has(rest)) return rest;
  }
  return word;
}
/**
 * A required part whose one sentence says its content is reported elsewhere (“……第一责任人职责情况另行专题报告。”,
 * “此部分另文报送”): the report holds none of it. Only the whole of a part: a deferral among content
 * (“全年办理案件43件，具体清单另行报送”: a clause before it) leaves the part written.
 */
const DEFERRAL = /^[^。;；,，]{0,40}(?:另行|另文|单独)(?:专题|专项)?(?:报告|报送|上报|呈报)。?$/;

/**
 * A line of a table's column titles and nothing else (“序号⇥存在问题⇥原因分析⇥整改措施”): a form's
 * header kept and no row filled in. Its cells are separated as a pasted table's are (a tab, or two
 * spaces or more); a cell with a digit or a sentence's punctuation is a row's content, not a title.
 */
const COLUMN_GAP = /[ \t]*\t[ \t]*| {2,}|\u3000+/;
const COLUMN_TITLE = /^[^\d０-９。，,；;：:！？]{1,8}$/;
const MIN_COLUMNS = 3;

const longestOf = (words: Iterable<string>) => Math.max(...[...words].map((w) => w.length));
const LONGEST_NIL = longestOf(NIL_SCOPES) + longestOf([...NIL_ANSWERS, ...NIL_SYNONYMS.keys()]) + longestOf(NIL_OBJECTS);

/**
 * The placeholders as the text is read, once per options object: in its normalized view (half-width parentheses …),
 * so that a placeholder configured in full width (“（待定）”) meets “(待定)” as read; and the length of the longest,
 * beyond which a text is content, whatever it says (no need to cut it out of the report).
 */
const placeholdersOf = oncePer((options: { placeholders: string[] }): { placeholders: Set<string>; longest: number } => {
  const placeholders = new Set(foldEntries(options.placeholders).map(trim));
  let longest = LONGEST_NIL;
  for (const p of placeholders) longest = Math.max(longest, p.length);
  return { placeholders, longest };
});

export const rule = defineRule({
  id: 'empty-part',
  meta: {
    severity: 'error',
    family: 'outline',
    fixable: false,
    description: {
      'zh-CN': '部分的标题之下必须有内容，不能为空或只有占位文字',
      en: 'A part heading must be followed by content, not nothing or a placeholder',
    },
    messages: {
      empty: {
        'zh-CN': '“{part}”标题下没有内容',
        en: '"{partEn}" has a heading but no content',
      },
      deferred: {
        'zh-CN': '“{part}”标题下只说明另行报告，报告中应写明实际情况',
        en: '"{partEn}" only says it is reported elsewhere; write what actually happened',
      },
      announced: {
        'zh-CN': '“{part}”标题下只写了“……如下”的引导语，没有写出具体内容',
        en: '"{partEn}" only announces its content ("……如下") and gives none',
      },
      headerOnly: {
        'zh-CN': '“{part}”标题下只有表头“{text}”，没有填写内容',
        en: '"{partEn}" holds only a table header ("{text}") with no rows filled in',
      },
      noShortcomings: {
        'zh-CN': '“{part}”标题下只写了“{text}”，应如实写明存在的不足及其原因',
        en: '"{partEn}" only says "{text}"; state the actual shortcomings and their causes',
      },
      placeholder: {
        'zh-CN': '“{part}”标题下只有占位文字“{text}”，应写明实际情况',
        en: '"{partEn}" holds only the placeholder "{text}"; write what actually happened',
      },
    },
    schema,
  },
  check(tree, ctx) {
    const { placeholders, longest } = placeholdersOf(ctx.options);
    const normalized = tree.normalized;
    for (const occ of tree.parts) {
      // A part mentioned in passing is a sentence of text: what holds it is the measure's, whatever it holds.
      if (occ.node.type !== 'section' || occ.kind === 'mention') continue;
      const section = occ.node as Section;
      if (itemWrittenWhole(tree, section)) continue;
      // 一、强化党的领导 written twice in a row: the copy is heading-numbering's finding, the content is under it.
      if (copyAfter(tree, section)) continue;
      const optional = tree.profile.parts.find((p) => p.id === occ.part)?.required === false;
      const words: string[] = [];
      // Stops at the first text that is content: usually the first paragraph.
      const content = !everySpan(section, (a, b) => {
        const [from, to] = trimmed(normalized, a, b);
        if (from === to) return true;
        const word = to - from > longest ? undefined : normalized.slice(from, to);
        if (word === undefined) return false;
        const bare = asNilAnswer(word);
        if (!placeholders.has(bare) || (optional && NIL_ANSWERS.has(bare))) return false;
        words.push(word);
        return true;
      });
      if (content) {
        if (!optional && deferredOnly(normalized, section)) ctx.report({ messageId: 'deferred', data: partData(tree.profile, occ.part), ...headingSpan(section) });
        else if (!optional && announcedOnly(normalized, section)) ctx.report({ messageId: 'announced', data: partData(tree.profile, occ.part), ...headingSpan(section) });
        else if (!optional) {
          const header = headerOnly(tree.source.text, normalized, section);
          if (header) ctx.report({ messageId: 'headerOnly', data: { ...partData(tree.profile, occ.part), text: header }, ...headingSpan(section) });
        }
        const denial = occ.part === 'shortcomings' ? onlyDenial(tree.source.text, normalized, section) : undefined;
        if (denial) ctx.report({ messageId: 'noShortcomings', data: { ...partData(tree.profile, occ.part), text: denial }, ...headingSpan(section) });
        continue;
      }
      if (words.length === 0) {
        ctx.report({ messageId: 'empty', data: partData(tree.profile, occ.part), ...headingSpan(section) });
      } else {
        ctx.report({ messageId: 'placeholder', data: { ...partData(tree.profile, occ.part), text: words.join('') }, ...headingSpan(section) });
      }
    }
  },
});

/**
 * Whether a section with nothing under it is an item written whole on its numbered line: a sentence
 * ending in 。 that names no part (“一、推动乡镇配备专职合法性审查人员。” in a list numbered 一、二、 after
 * “2026年，我县将重点做好以下工作：”). It is read as a part only by default; it has no body to lack.
 * A part's own heading with nothing under it (“四、2026年工作打算。”) names its part and is still reported.
 */
function itemWrittenWhole(tree: ReportTree, section: Section): boolean {
  if (section.children.length > 0 || tree.normalized[section.titleEnd] !== '。') return false;
  return partsOfWords(tree, tree.normalized.slice(section.titleStart, section.titleEnd)).length === 0;
}

/** The span of the one paragraph that is everything under a section, trimmed; undefined when there is more or less. */
function onlyParagraph(normalized: string, section: Section): [number, number] | undefined {
  const [only, ...more] = section.children;
  if (!only || more.length > 0 || only.type === 'section' || !only.position) return undefined;
  return trimmed(normalized, only.position.start.offset!, only.position.end.offset!);
}

/** Whether everything under a section is one paragraph that defers the part to another report. */
function deferredOnly(normalized: string, section: Section): boolean {
  const only = onlyParagraph(normalized, section);
  return only !== undefined && DEFERRAL.test(normalized.slice(...only));
}

/** The table header row (COLUMN_TITLE cells) that is everything under a section, its cells as written in `source`. */
function headerOnly(source: string, normalized: string, section: Section): string | undefined {
  const only = onlyParagraph(normalized, section);
  if (!only) return undefined;
  const line = normalized.slice(...only);
  if (line.includes('\n')) return undefined;
  const cells = line.split(COLUMN_GAP);
  if (cells.length < MIN_COLUMNS || !cells.every((c) => COLUMN_TITLE.test(c))) return undefined;
  // Quoted with its cells set apart by ｜: a tab does not show in a message.
  return source.slice(...only).split(COLUMN_GAP).join('｜');
}

/**
 * Whether everything under a section is one paragraph that only announces the part's content (a LEAD_IN: the
 * drafter kept the lead-in and wrote nothing after it) and closes with a 。: a lead-in ending with a colon
 * (“报告如下：”) may have its content in the sections after it, numbered at its own level by a slip.
 */
function announcedOnly(normalized: string, section: Section): boolean {
  const only = onlyParagraph(normalized, section);
  return only !== undefined && normalized[only[1]] === '。' && LEAD_IN.test(normalized.slice(...only));
}

/**
 * The claim that there are no shortcomings (“本年度暂无明显不足”), as written in `source`, when it is
 * everything under a shortcomings section: the part then states none of what it must.
 */
function onlyDenial(source: string, normalized: string, section: Section): string | undefined {
  const only = onlyParagraph(normalized, section);
  return only !== undefined && claimsNoShortcomings(normalized, ...only) ? source.slice(...only) : undefined;
}

/**
 * Whether `test` holds for the spans of everything under a section, in order (nested titles count
 * as content, the section's own title does not); stops at the first span it fails on.
 */
function everySpan(section: Section, test: (start: number, end: number) => boolean): boolean {
  for (const child of section.children) {
    if (child.type === 'section') {
      if (!test(child.titleStart, child.titleEnd) || !everySpan(child, test)) return false;
    } else if (child.position && !test(child.position.start.offset!, child.position.end.offset!)) return false;
  }
  return true;
}

// What trim() strips: blanks (as \s) and these marks at both edges, and brackets around what is left.
const EDGE_MARKS = '。.,，:：;；';
const isEdge = (c: number) => isWhiteSpace(c) || EDGE_MARKS.includes(String.fromCharCode(c));
// Templates bracket their placeholders with any of these, in either width: （略）, 【略】, 〔略〕, [略].
const OPENING = '(（[［【〔';
const CLOSING = ')）]］】〕';
const encloses = (open: number, close: number) => {
  const at = OPENING.indexOf(String.fromCharCode(open));
  return at >= 0 && CLOSING.charCodeAt(at) === close;
};

function trim(text: string): string {
  const [from, to] = trimmed(text, 0, text.length);
  return text.slice(from, to);
}

/**
 * `text[start, end)` without blanks and marks at its edges and without the brackets that enclose
 * it: “（略）。” and “【略】” are “略”. A bracket without its pair stays (“略）” and “（略】” are not
 * placeholders).
 */
function trimmed(text: string, start: number, end: number): [number, number] {
  for (;;) {
    while (start < end && isEdge(text.charCodeAt(start))) start++;
    while (end > start && isEdge(text.charCodeAt(end - 1))) end--;
    if (end - start < 2 || !encloses(text.charCodeAt(start), text.charCodeAt(end - 1))) return [start, end];
    start++;
    end--;
  }
}
