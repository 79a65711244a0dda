import { defineRule } from '@reportlint/core';
import { isClosingWords, partsOfWords } from '@reportlint/parser';
import type { PartOccurrence, ReportTree, Section } from '@reportlint/parser';
import { headingSpan, occurrenceSpan, partData } from '../shared/parts.js';

/** Marks of a sentence or clause, full- and half-width: a line with none of them is no body text. */
const CLAUSE_MARK = /[,.;:!?，。；：！？、]/;

/** Characters above which a line without marks is a run-on sentence rather than a title. */
const TITLE_LINE_MAX = 30;

/**
 * Whether an unheaded part of a report without numbered headings opens with a title on a line of its
 * own (“存在的不足和原因” over its body): the report heads its parts, only without numbers. In a report
 * that numbers its headings, such a line is a heading that lost its number, and is still reported.
 */
function opensWithTitleLine(tree: ReportTree, occ: PartOccurrence): boolean {
  if (tree.sections.length > 0) return false;
  const line = tree.normalized.slice(occ.node.position!.start.offset!, occ.node.position!.end.offset!).trim();
  return line.length <= TITLE_LINE_MAX && !line.includes('\n') && !CLAUSE_MARK.test(line);
}

/**
 * Whether a top-level section wraps parts rather than being one: its first subsection names the part
 * its own heading was read as (“一、2025年工作总结” over “（一）主要举措和成效” “（二）存在的不足及原因”
 * “（三）……第一责任人职责情况”, then “二、2026年工作计划”, as a summary that is also next year's plan
 * lays it out). The parts under it are each headed, one level down for the whole year's account; a part
 * nested among the measures' own items (“（四）压实第一责任人职责” under “一、主要举措和成效”) is still reported.
 */
function wrapsParts(tree: ReportTree, parent: Section): boolean {
  const own = tree.parts.find((o) => o.kind === 'section' && o.node === parent)?.part;
  const first = parent.children.find((c): c is Section => c.type === 'section');
  return own !== undefined && first !== undefined && partsOfWords(tree, tree.normalized.slice(first.titleStart, first.titleEnd)).includes(own);
}

/**
 * Whether an unheaded part opens the text of a top-level section whose heading names no part, after a
 * heading that named a part other than the measures: a slogan (“四、锚定目标，推动法治政府建设再上新台阶”
 * over “2025年，一是……”, after “二、正视差距，查找不足”). Past the shortcomings or the duties, a heading
 * naming nothing is no further measures heading: it is the part's own, worded as the report words its
 * headings. Among the measures' headings (“四、多措并举，优化营商环境” after three others like it), or
 * further down a section, the part is still reported; so is one that opens the closing words (结语: no part's heading).
 */
function opensSloganSection(tree: ReportTree, occ: PartOccurrence, parent: Section | undefined): boolean {
  if (!parent || occ.kind !== 'paragraph' || parent.children[0]?.position?.start.offset !== occ.start) return false;
  const named = (s: Section) => partsOfWords(tree, tree.normalized.slice(s.titleStart, s.titleEnd));
  if (named(parent).length > 0 || isClosingWords(tree.normalized.slice(parent.titleStart, parent.titleEnd))) return false;
  const measures = tree.profile.defaultPart;
  const before = tree.sections.slice(0, tree.sections.indexOf(parent));
  return before.some((s) => named(s).some((id) => id !== measures));
}

/** A topic of an outline's item list: its title ends with 情况. */
const TOPIC_END = /情况$/;
/**
 * Three topics or more in a list, as a template's item lists them: “……、……、……等情况” (or with commas between, as
 * Gansu's outline writes them: “……，……，……等情况”), or the same list without
 * 等情况 (a drafter who copied the item's topics as the heading). Without 等情况, each topic is a phrase of six
 * characters or more: “加强领导、压实责任、履行职责” is a heading of the drafter's own.
 */
const TOPIC_LIST = /^(?:[^、,]+(?:[、,][^、,]+){2,}等(?:方面)?(?:的)?(?:工作)?情况|[^、]{6,}(?:、[^、]{6,}){2,})$/;
/**
 * Guangdong's outline joins the study of the guiding thought and the duties in one item: “（二）学习宣传贯彻习近平法治思想
 * 及党政主要负责人履行推进法治建设第一责任人职责情况”.
 */
const THOUGHT_AND_DUTIES = /习近平法治思想(?:及|和|以及|、)[^、]*第一责任人[^、]*情况$/;
/**
 * An item of Guangdong's outline for the year's work (2022–2024), which lists the duties after the study of the
 * Party congress (“（一）深入学习贯彻党的二十大精神和习近平法治思想情况”, or as its towns word it: “1.深入贯彻落实党的二十大和
 * 二十届三中全会精神”, “1.深入贯彻落实党中央和省市关于法治建设的重要决策部署”) and the province's plan (“（二）紧密围绕省委
 * “1310”具体部署推动法治建设”). A study of the guiding thought alone (“（一）深入学习贯彻习近平法治思想”) is a heading of
 * any drafter's, and the duties beside it are still asked to stand on their own.
 */
const OUTLINE_ITEM = /^深入?(?:学习(?:宣传)?贯彻|贯彻落实).*党的二十大|^深入?贯彻落实党中央.*关于法治建设的重[大要](?:决策)?部署|1310/;
/**
 * The duties worded as that outline words them, on their own or with the government's building (、加强法治政府建设), or
 * as a drafter shortens them (切实履行推进法治建设第一责任人职责, 落实党政主要负责人推进法治建设第一责任人职责), or carried out
 * as its towns word them, 推进 left out (严格落实党政主要负责人法治建设第一责任人职责, 切实落实法治建设第一责任人职责). Fulfilled
 * without 推进 (“（二）认真履行法治建设第一责任人职责” beside “（一）深入学习贯彻习近平法治思想和党的二十大精神”, in
 * Chongqing) is a drafter's own heading, and still reported.
 */
const DUTIES_ITEM = /^(?:切实|认真|全面|严格)?(?:落实(?:党政主要负责人)?(?:履行)?(?:推进)?|(?:履行)?(?:党政主要负责人)?(?:履行)?推进)法治建设第一责任人职责/;

/**
 * The second item of Xinjiang's outline for the measures (2022–2024), the region's security: “（二）树牢总体国家安全观，保持社会
 * 大局持续稳定长期稳定情况”. Its first joins the guiding thought to the duties (“（一）深入贯彻习近平法治思想，切实履行法治建设
 * 第一责任人职责”), or to the Party's leadership with the duties under it (“㈠学习贯彻习近平法治思想，加强党对法治政府建设领导”
 * over “2.履行党政主要负责人推进法治建设第一责任人职责”) — as drafters elsewhere word a first item of their own (Tianjin's
 * “（一）学思践悟习近平法治思想，履行推进法治建设第一责任人职责”): the item after it tells the outline.
 */
const REGION_SECURITY_ITEM = /总体国家安全观.*社会大局持续稳定长期稳定/;

/**
 * Whether a nested part is (or sits in) the first item of its measures section, and the item after it is the region's
 * security: Xinjiang's outline puts the duties there.
 */
function inRegionFirstItem(tree: ReportTree, node: Section): boolean {
  const at = node.position.start.offset!;
  const within = (s: Section) => s.position.start.offset! <= at && at < s.position.end.offset!;
  const top = tree.sections.find(within);
  const [first, second] = top ? top.children.filter((c): c is Section => c.type === 'section') : [];
  return first !== undefined && second !== undefined && within(first) && REGION_SECURITY_ITEM.test(tree.normalized.slice(second.titleStart, second.titleEnd));
}

/** Two topics or more, each a phrase of six characters or more. */
const TOPICS = /^[^、]{6,}(?:、[^、]{6,})+$/;

/**
 * Whether a nested part's subsection lists it among other topics of the year's work, as a province's
 * outline prescribes the measures' first item (Anhui's “（一）深入学习贯彻习近平法治思想、党政主要负责人履行推进法治建设
 * 第一责任人职责、加强法治政府建设等情况”, then “（二）推进政府机构职能优化……等情况”): the drafter follows an outline
 * that puts the part there, and is not asked to move it. So when the part's subsection and another of its siblings
 * are each a topic “……情况”, as Guangxi's outline writes the measures' items; and when it names two topics beside a
 * sibling that lists three.
 */
function listedAmongTopics(tree: ReportTree, occ: PartOccurrence): boolean {
  if (occ.kind !== 'nested' || occ.node.type !== 'section') return false;
  const node = occ.node;
  const title = (s: Section) => tree.normalized.slice(s.titleStart, s.titleEnd);
  if (TOPIC_LIST.test(title(node)) || THOUGHT_AND_DUTIES.test(title(node))) return true;
  const parent = tree.allSections.find((s) => s.children.includes(node));
  const siblings = parent ? parent.children.filter((c): c is Section => c !== node && c.type === 'section') : [];
  // Two topics without 等情况, beside an item of the same outline listing three (“（二）推进政府机构职能优化、推进“放管服”
  // 改革、优化法治化营商环境”): the outline's first item, shortened by the drafter.
  if (TOPICS.test(title(node)) && siblings.some((c) => TOPIC_LIST.test(title(c)))) return true;
  // Guangdong's outline: the duties beside (or under) its items on the Party congress and the guiding thought, or 1310.
  if (DUTIES_ITEM.test(title(node)) && (siblings.some((c) => OUTLINE_ITEM.test(title(c))) || (parent !== undefined && OUTLINE_ITEM.test(title(parent))))) return true;
  // Xinjiang's outline: the duties in the measures' first item, before the region's security.
  if (inRegionFirstItem(tree, node)) return true;
  // Guangxi's outline: the measures' items are topics, each “……情况” (“（一）深入学习贯彻习近平法治思想情况”, “（二）党政主要
  // 负责人履行推进法治建设第一责任人职责情况”): the part is one of them, as the outline puts it.
  return TOPIC_END.test(title(node)) && siblings.some((c) => TOPIC_END.test(title(c)));
}

/** Whether two headings state the same number (“二、” twice): a heading pasted whole, which heading-numbering reports. */
function sameNumber(a: Section, b: Section): boolean {
  return a.marker !== null && b.marker !== null && a.marker.ordinal > 0 && a.marker.kind === b.marker.kind && a.marker.ordinal === b.marker.ordinal;
}

/**
 * The top-level part headings that repeat an earlier one word for word (“四、党政主要负责人履行……职责情况”
 * after “三、党政主要负责人履行……职责情况”): a heading copied and left unchanged over what should be the
 * next part, whose text then sits under it unheaded. Compared on the normalized view, so that a
 * full-width and a half-width parenthesis are the same heading; a different wording of the same part
 * (“三、存在的问题” then “四、存在问题的原因”) is the writer's choice and is left alone, and so is a heading
 * pasted whole, its number too (“二、” twice), which heading-numbering reports.
 */
function repeatedHeadings(tree: ReportTree): Section[] {
  // A heading that names several parts (“四、存在的不足和下一步工作安排”) is an occurrence of each.
  const headings = new Set(tree.parts.flatMap((o) => (o.kind === 'section' && o.node.type === 'section' ? [o.node] : [])));
  const seen = new Map<string, Section>();
  const repeated: Section[] = [];
  for (const section of headings) {
    const title = tree.normalized.slice(section.titleStart, section.titleEnd);
    const earlier = seen.get(title);
    if (earlier && !sameNumber(earlier, section)) repeated.push(section);
    seen.set(title, section);
  }
  return repeated;
}

/**
 * The subheadings that repeat an earlier sibling word for word (“（三）严格规范公正文明执法” after “（二）严格规范
 * 公正文明执法” under one part, “2. 加强队伍建设” after “1. 加强队伍建设”): a heading copied, its number changed and
 * its words left, over text of its own. Siblings of one level only — each part may have its own “（一）总体情况” — and not
 * a heading pasted whole, its number too, which heading-numbering reports. Top-level headings are
 * repeatedHeadings'.
 */
function repeatedSubheadings(tree: ReportTree): Section[] {
  const repeated: Section[] = [];
  const visit = (parent: Section) => {
    const seen = new Map<string, Section>();
    for (const child of parent.children) {
      if (child.type !== 'section') continue;
      const title = tree.normalized.slice(child.titleStart, child.titleEnd);
      const earlier = seen.get(title);
      if (earlier && earlier.depth === child.depth && !sameNumber(earlier, child)) repeated.push(child);
      if (title) seen.set(title, child);
      visit(child);
    }
  };
  for (const section of tree.sections) visit(section);
  return repeated;
}

export const rule = defineRule({
  id: 'part-heading',
  meta: {
    severity: 'warn',
    family: 'outline',
    fixable: false,
    description: {
      'zh-CN': '每个部分应有自己的一级标题，不应只见于正文段落或嵌套在其他部分之下',
      en: 'Each part should have its own top-level heading, not live in body text or inside another part',
    },
    messages: {
      nested: {
        'zh-CN': '“{part}”嵌套在“{parent}”之下，应单列为一级标题',
        en: '"{partEn}" is nested inside "{parent}"; give it a top-level heading of its own',
      },
      paragraph: {
        'zh-CN': '“{part}”只见于正文段落，没有标题，应单列为一级标题',
        en: '"{partEn}" appears only as body text without a heading; give it a top-level heading of its own',
      },
      repeated: {
        'zh-CN': '一级标题“{title}”与前面的一级标题重复，应检查是否误写了其他部分的标题',
        en: 'the top-level heading "{title}" repeats an earlier one word for word: check whether it should head another part',
      },
      repeatedSubheading: {
        'zh-CN': '标题“{title}”与同一上级标题下前面的同级标题重复，应检查是否误写了本节的标题',
        en: 'the heading "{title}" repeats an earlier one under the same heading word for word: check whether it should name what its own section is about',
      },
    },
  },
  check(tree, ctx) {
    for (const part of tree.profile.parts) {
      const found = tree.parts.filter((o) => o.part === part.id);
      if (found.length === 0 || found.some((o) => o.kind === 'section')) continue;
      for (const occ of found) {
        if (occ.kind === 'paragraph' && opensWithTitleLine(tree, occ)) continue;
        const parent = tree.sections.find((s) => s.position.start.offset! <= occ.start && occ.start < s.position.end.offset!);
        if (occ.kind === 'nested' && parent && wrapsParts(tree, parent)) continue;
        if (listedAmongTopics(tree, occ)) continue;
        if (opensSloganSection(tree, occ, parent)) continue;
        ctx.report({
          messageId: occ.kind === 'nested' ? 'nested' : 'paragraph',
          data: { ...partData(tree.profile, part.id), parent: parent ? `${parent.marker?.raw ?? ''}${parent.title}` : '' },
          ...occurrenceSpan(tree, occ),
        });
      }
    }
    for (const section of repeatedHeadings(tree)) {
      ctx.report({ messageId: 'repeated', data: { title: section.title }, ...headingSpan(section) });
    }
    for (const section of repeatedSubheadings(tree)) {
      ctx.report({ messageId: 'repeatedSubheading', data: { title: section.title }, ...headingSpan(section) });
    }
  },
});
