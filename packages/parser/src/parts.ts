import { findEnumeration } from './enumeration.js';
import { ANNOUNCEMENT, isClosingWords, isPreface } from './frame.js';
import { partitionPoint } from './search.js';
import { firstSentence, splitSentences } from './sentences.js';
import vocabulary from './vocabulary.json' with { type: 'json' };
import type { Block, OutlinePart, OutlineProfile, PartId, PartOccurrence, ReportTree, Section, Sentence } from './types.js';

type Compiled = {
  part: OutlinePart;
  headings: RegExp[];
  exclude: RegExp[];
  nested: RegExp[];
  cues: RegExp[];
  mentions: RegExp[];
  delegation: RegExp[];
  reportTitles: RegExp[];
  /** Heading words already read, and whether they name the part (see namesHeading). */
  named: Map<string, boolean>;
};

/** Compiled patterns by profile, then by "next year": a profile is compiled once, not per document. */
const cache = new WeakMap<OutlineProfile, Map<string, Compiled[]>>();

/** Profile patterns compiled once per profile and year ({nextYear} is the year after the report year). */
function compile(profile: OutlineProfile, year: number | undefined): Compiled[] {
  // Without a report year "the next year" is unknown: such patterns must not match any year.
  const next = year === undefined ? '(?!)' : String(year + 1);
  let byYear = cache.get(profile);
  if (!byYear) cache.set(profile, (byYear = new Map()));
  let compiled = byYear.get(next);
  if (!compiled) {
    const re = (list: string[] | undefined) => joined((list ?? []).map((s) => s.replaceAll('{nextYear}', next)));
    compiled = profile.parts.map((part) => ({
      part,
      headings: re(part.headings),
      exclude: re(part.excludeHeadings),
      nested: re(part.nestedHeadings),
      cues: re(part.paragraphCues),
      mentions: re(part.sentenceCues),
      delegation: re(part.delegationCues),
      reportTitles: re(part.reportTitles),
      named: new Map(),
    }));
    if (byYear.size > 64) byYear.clear();
    byYear.set(next, compiled);
  }
  return compiled;
}

/** A numbered or named backreference, or a named group: what would change meaning in a pattern joined with others. */
const SELF_REFERENCE = /\\[1-9]|\\k<|\(\?<[^=!]/;

/**
 * A part's patterns of one kind, for `any`: joined into one alternation when that keeps their
 * meaning, so a title or sentence takes one test instead of one per pattern (calling a test costs
 * more than running it on a short title).
 */
function joined(sources: string[]): RegExp[] {
  if (sources.length < 2 || sources.some((s) => SELF_REFERENCE.test(s))) return sources.map((s) => new RegExp(s));
  return [new RegExp(sources.map((s) => `(?:${s})`).join('|'))];
}

const any = (patterns: RegExp[], text: string) => patterns.some((p) => p.test(text));

/** How many headings' words a compiled part remembers before it starts over. */
const MAX_NAMED = 1000;

/**
 * Whether a heading's words name `c`'s part: one of its heading patterns matches them and none of its
 * exclusions. Remembered: a parse reads a title several times (while the outline is built, for the
 * report year, for the parts), rules read it again, and an editor parses the same headings at each edit.
 */
function namesHeading(c: Compiled, words: string): boolean {
  let named = c.named.get(words);
  if (named === undefined) {
    named = any(c.headings, words) && !any(c.exclude, words);
    if (c.named.size >= MAX_NAMED) c.named.clear();
    c.named.set(words, named);
  }
  return named;
}

const ISSUED_TITLE = new RegExp(vocabulary.issuedTitle, 'g');

/** Quotation marks, which set a term off (履行……“第一责任人”职责) and change nothing of what a sentence says. */
const QUOTE_MARKS = /[“”‘’"]/g;

/**
 * A sentence as the parts' cues read it: with the titles of the documents it says were issued emptied
 * (《》 kept) — “印发《……职责清单》” names a list drawn up that year, it does not report on the duties
 * (vocabulary.json#issuedTitle) — and without quotation marks.
 */
export function cueText(sentence: string): string {
  const text = sentence.includes('《') ? sentence.replace(ISSUED_TITLE, (m) => m.replace(/《[^《》]*》/g, '《》')) : sentence;
  return text.replace(QUOTE_MARKS, '');
}

/** Whether a sentence, read as cues read it (its cueText), opens `part` by its paragraph cues. */
const cued = (part: Compiled, words: string) => any(part.cues, words);

const CARRIED_OUT = new RegExp(vocabulary.carriedOutClause);

/**
 * What a sentence (read as cues read it) says after a first clause that carries out a document or its rules (“严格落实
 * 《……职责清单》，组织……”: vocabulary.json#carriedOutClause), or undefined when it opens otherwise.
 */
function afterCarriedOut(words: string): string | undefined {
  const clause = CARRIED_OUT.exec(words);
  return clause ? words.slice(clause[0].length) : undefined;
}

/**
 * Whether words give `part` to others by its delegationCues: from their start, or from the clause after one that carries
 * out the part's regulation or list, which names what was followed and not whose work it was (“严格落实《……职责清单》，
 * 组织全县76家单位开展……述职评议”).
 */
function handsOver(part: Compiled, words: string): boolean {
  if (any(part.delegation, words)) return true;
  const rest = afterCarriedOut(words);
  return rest !== undefined && any(part.delegation, rest);
}

/**
 * Whether a point titled by `part` is a measure about it: the first sentence of its body gives the part to others (its
 * delegationCues, see handsOver). “一是压实法治建设第一责任人职责。督促各村（社区）、镇属单位主要负责人落实……” presses the
 * duty on the units below, whose leaders are not the report's own: the title says no more than what the point is about.
 */
const delegates = (part: Compiled, lead: string | undefined) => lead !== undefined && handsOver(part, cueText(lead));

/**
 * Whether a sentence that reports `part` in passing only by carrying out its regulation (“认真贯彻落实《……职责规定》，”,
 * “严格执行……职责规定，”) is a measure about it: what it says after that clause reports nothing of the part itself, and it
 * goes on — in its own words or in the next sentence — to give the part to others (“组织全区各部门、各单位进行述职述法”,
 * “组织召开全县专题述法会议”). Carrying out the regulation for the units below is a measure, as a point titled by the
 * part and given to them is.
 */
function carriesOutForOthers(part: Compiled, sentence: string, next: string | undefined): boolean {
  const rest = afterCarriedOut(cueText(sentence));
  if (rest === undefined || any(part.mentions, rest)) return false;
  return any(part.delegation, rest) || delegates(part, next);
}

/** The parts a top-level heading names (the default part when it names none) in a report on `year`. */
export function headingParts(tree: ReportTree, section: Section, year: number): PartId[] {
  return partsNamed(compile(tree.profile, year), tree.profile.defaultPart, tree.normalized.slice(section.titleStart, section.titleEnd));
}

/**
 * The first part a heading's title names by the profile's heading patterns, or undefined when it names
 * none. Read while the outline is built, before the report's year is known: a {nextYear} pattern then
 * matches no year.
 */
export function partNamed(profile: OutlineProfile, title: string): PartId | undefined {
  const words = unquoted(title);
  for (const c of compile(profile, undefined)) if (namesHeading(c, words)) return c.part.id;
  return undefined;
}

const QUOTE_MARK = /[“”‘’"]/g;

/**
 * A heading's words without the quotation marks a drafter puts around its key words (“二、“短板”与“病因””,
 * “四、2026年“任务书””): they stress the words, they do not change what the heading names.
 */
function unquoted(title: string): string {
  return title.includes('“') || title.includes('"') || title.includes('‘') ? title.replace(QUOTE_MARK, '') : title;
}

/** The parts some words of a heading name, none when they name none (no default part): a part of a heading that names several. */
export function partsOfWords(tree: ReportTree, words: string): PartId[] {
  return partsNamed(compile(tree.profile, tree.meta.year), undefined, words);
}

// Pushed into one array literal: the arrays filter and map made, and [fallback], came in different
// element kinds, and the code reading a section's parts was compiled again for each (two of the
// run's deoptimizations, and their recompilations, measured on the benchmark corpus).
function partsNamed(compiled: Compiled[], fallback: PartId | undefined, title: string): PartId[] {
  const parts: PartId[] = [];
  const words = unquoted(title);
  for (const c of compiled) if (namesHeading(c, words)) parts.push(c.part.id);
  if (parts.length === 0 && fallback) parts.push(fallback);
  return parts;
}

/** The part a report's title makes the whole report (its reportTitles): a 述法 report is the duties. */
export function reportSubject(tree: ReportTree): PartId | undefined {
  const title = tree.meta.title;
  return title === undefined ? undefined : compile(tree.profile, tree.meta.year).find((c) => any(c.reportTitles, title))?.part.id;
}

/**
 * Finds where each part of the outline is: as a top-level section, as a subsection nested in
 * another part's section, or as an unheaded paragraph whose first sentence opens the part. The part
 * the whole report is (ReportMeta.subject) is not looked for: a 述法 report's headings that name the
 * duties (“一、认真履行第一责任人职责”) are its topics, as any other heading of it is.
 */
export function classifyParts(tree: ReportTree): PartOccurrence[] {
  const subject = tree.meta.subject;
  const compiled = compile(tree.profile, tree.meta.year).filter((c) => c.part.id !== subject);
  const fallback = tree.profile.defaultPart;
  const annex = annexStart(tree);
  const occurrences = topLevelOccurrences(tree, compiled, fallback, annex);
  const nested = nestedOccurrences(tree, compiled, fallback, (c, title, sub) => namesNested(c, title) && !delegates(c, bodyLead(tree, sub)?.text));
  occurrences.push(...nested, ...paragraphOccurrences(tree, compiled, fallback, nested, annex));
  // A run-in measure's body often speaks of a part as a measure (“2.落实述法制度。制定党政主要负责人履行……职责清单，
  // ……”): only a part found nowhere else is looked for there (“（一）加强党的领导。县委书记……；县长……，切实履行……
  // 第一责任人职责。”), as a paragraph under a heading of its own line would open it.
  const missing = compiled.filter((c) => c.cues.length > 0 && !occurrences.some((o) => o.part === c.part.id));
  if (missing.length > 0) occurrences.push(...nestedOccurrences(tree, missing, fallback, (c, _title, sub) => sub.inline && opensBody(tree, c, sub)));
  // Still missing, a part may be reported in passing, in a sentence of a measure (“……局党组书记、局长切实履行推进法治
  // 建设第一责任人职责，全年4次主持……”): it is there, as body text only, and the report does not lack it.
  const unfound = compiled.filter((c) => c.mentions.length > 0 && !occurrences.some((o) => o.part === c.part.id));
  for (const c of unfound) {
    const mention = mentionOf(tree, c, fallback, occurrences);
    if (mention) occurrences.push(mention);
  }
  return occurrences.sort((a, b) => a.start - b.start || kindRank(a) - kindRank(b));
}

/**
 * The first sentence of the default part's text (a block or a run-in title no other part's occurrence
 * holds) that reports `part` by its sentence cues, as an occurrence of body text from that sentence to
 * the end of its block (or title).
 */
function mentionOf(tree: ReportTree, part: Compiled, fallback: PartId | undefined, occurrences: PartOccurrence[]): PartOccurrence | undefined {
  if (!fallback) return undefined;
  const holds = (o: PartOccurrence, at: number) => o.start <= at && at < o.end;
  for (const span of runningText(tree)) {
    if (!occurrences.some((o) => o.part === fallback && holds(o, span.start)) || occurrences.some((o) => o.part !== fallback && holds(o, span.start))) continue;
    const sentences = splitSentences(tree.normalized, span.start, span.end);
    const sentence = sentences.find((s, i) => {
      const next = sentences[i + 1]?.text;
      return any(part.mentions, cueText(s.text)) && !(delegates(part, next) && opensPoint(tree, s, span)) && !carriesOutForOthers(part, s.text, next);
    });
    if (sentence) return { part: part.part.id, kind: 'mention', node: span.node, start: sentence.start, end: span.end };
  }
  return undefined;
}

/**
 * Whether a sentence of running text is a point's title: it opens with an inline lead (“二是落实……职责。”) or is the title
 * a run-in subsection's span starts with.
 */
function opensPoint(tree: ReportTree, sentence: Sentence, span: { node: Block['node']; start: number }): boolean {
  return (sentence.start === span.start && span.node.type === 'section') || findEnumeration(tree.normalized, sentence.start, sentence.end)[0]?.start === sentence.start;
}

/**
 * The report's running text in document order: its content blocks, a run-in measure's title with its
 * body (its title is its first sentence: “2.落实党政主要负责人……职责，由……。”), and the title of one
 * that has no body after it.
 */
function runningText(tree: ReportTree): Array<{ node: Block['node']; start: number; end: number }> {
  const spans: Array<{ node: Block['node']; start: number; end: number }> = [];
  const bodied = new Set<Section>();
  for (const block of tree.blocks) {
    if (block.role) continue;
    const inline = block.node.type === 'section' && block.node.inline ? block.node : undefined;
    if (inline) bodied.add(inline);
    spans.push({ node: block.node, start: inline ? inline.titleStart : block.start, end: block.end });
  }
  const visit = (section: Section) => {
    if (section.inline && !bodied.has(section)) spans.push({ node: section, start: section.titleStart, end: section.titleEnd });
    for (const child of section.children) if (child.type === 'section') visit(child);
  };
  tree.sections.forEach(visit);
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Where the attachments printed after the closing date begin (GB/T 9704 puts each on a page of its
 * own below the date: an indicator list, a table, a work plan): the report's outline ends with its
 * date, so their headings (“1．……报备率100%。”) are no part of it. Infinity when no date closes the text.
 */
function annexStart(tree: ReportTree): number {
  return tree.blocks.findLast((b) => b.role === 'date')?.end ?? Infinity;
}

/**
 * The parts each top-level section is, over its text; a section of the attachments, of the closing words
 * (结束语) or of a preface (一、前言, over the opening), is none.
 */
function topLevelOccurrences(tree: ReportTree, compiled: Compiled[], fallback: PartId | undefined, annex: number): PartOccurrence[] {
  const occurrences: PartOccurrence[] = [];
  // Sections come fresh from buildSections and only this module gives them data: set, not merged.
  for (const section of tree.sections) {
    const title = titleOf(tree, section);
    const parts = section.position.start.offset! < annex && !isClosingWords(title) && !isPreface(title) ? partsNamed(compiled, fallback, title) : [];
    section.data = { parts };
    occurrences.push(...sectionOccurrences(tree, compiled, section, parts));
  }
  return occurrences;
}

/**
 * Subsections that are another part by `names` (their title, or a run-in body), in document order; not
 * below one already read as a part. Only inside sections of the default (topical) part: a plan's
 * subsection about duties is a plan.
 */
function nestedOccurrences(tree: ReportTree, compiled: Compiled[], fallback: PartId | undefined, names: (c: Compiled, title: string, sub: Section) => boolean): PartOccurrence[] {
  const found: PartOccurrence[] = [];
  const visitNested = (section: Section) => {
    for (const sub of section.children) {
      if (sub.type !== 'section' || sub.data?.parts) continue;
      const title = titleOf(tree, sub);
      const hit = compiled.find((c) => c.part.id !== fallback && names(c, title, sub));
      if (hit) {
        sub.data = { parts: [hit.part.id] };
        found.push({ part: hit.part.id, kind: 'nested', node: sub, start: sub.position.start.offset!, end: end(sub) });
      } else visitNested(sub);
    }
  };
  const isTopical = (s: Section) => !!fallback && s.data?.parts?.length === 1 && s.data.parts[0] === fallback;
  for (const top of tree.sections) if (isTopical(top)) visitNested(top);
  return found;
}

/** The first sentence of a subsection's body (its first paragraph: for a run-in one, its text after the title). */
function bodyLead(tree: ReportTree, sub: Section): Sentence | undefined {
  const body = sub.children[0];
  const start = body?.type === 'paragraph' ? body.position?.start.offset : undefined;
  return start === undefined ? undefined : firstSentence(tree.normalized, start, Math.min(end(sub), start + 400));
}

/**
 * Whether a run-in subsection's body opens `part` by the paragraph cues of its first sentence, one that does not carry out
 * the part's regulation for others.
 */
function opensBody(tree: ReportTree, part: Compiled, sub: Section): boolean {
  const first = bodyLead(tree, sub);
  return first !== undefined && cued(part, cueText(first.text)) && !carriesOutForOthers(part, first.text, sentenceAfter(tree, first, end(sub)));
}

/** The text of the sentence after `sentence`, before `limit`: read with it when it carries out a regulation (carriesOutForOthers). */
const sentenceAfter = (tree: ReportTree, sentence: Sentence, limit: number) => firstSentence(tree.normalized, sentence.end, Math.min(limit, sentence.end + 400))?.text;

/**
 * Unheaded parts: paragraphs of a section whose first sentence opens another part (its paragraph
 * cues), outside the subsections `claimed` by a part already and above the attachments (`annex`).
 * Each runs until the next one in the same section, or to its section's end.
 */
function paragraphOccurrences(tree: ReportTree, compiled: Compiled[], fallback: PartId | undefined, claimed: PartOccurrence[], annex: number): PartOccurrence[] {
  const rank = (id: string) => compiled.findIndex((c) => c.part.id === id);
  // An optional part (the other matters) holds whatever is left to say: a part opened in its own
  // words there is that part, unheaded (“三、其他工作情况” over the duties), not the optional part's subject.
  const optional = (id: string) => compiled[rank(id)]?.part.required === false;
  const opensAfter = (cue: Compiled, section: Section | undefined) =>
    !section?.data?.parts?.some((id) => id !== fallback && !optional(id) && rank(id) >= rank(cue.part.id));

  // Blocks, top-level sections and claimed subsections are all in document order: walk them together.
  const paragraphs: PartOccurrence[] = [];
  // A report without numbered headings (paragraphs under unnumbered lines, as a news page prints it)
  // has its body after the opening; its parts are its cued paragraphs, each running to the next.
  const headless = tree.sections.length === 0;
  const body = headless ? headlessBody(tree, annex) : undefined;
  const firstSection = body ? body.start : (tree.sections[0]?.position.start.offset ?? Infinity);
  let t = 0;
  let c = 0;
  for (const block of tree.blocks) {
    while (t < tree.sections.length && end(tree.sections[t]!) <= block.start) t++;
    const candidate = tree.sections[t];
    const top = candidate && candidate.position.start.offset! <= block.start ? candidate : undefined;
    while (c < claimed.length && claimed[c]!.end <= block.start) c++;
    if (block.role || block.node.type !== 'paragraph' || block.start < firstSection || block.start >= annex) continue;
    if (claimed[c] && claimed[c]!.start <= block.start) continue;
    const first = firstSentence(tree.normalized, block.start, Math.min(block.end, block.start + 400));
    if (!first) continue;
    // Read as cues read it once, for all the parts.
    const words = cueText(first.text);
    // A cue inside a section that already is that part says nothing new; one for a part the outline
    // puts before the section's own part is that part's subject, not its start: in the plans, “压实
    // 党政主要负责人第一责任人职责” is a plan about the duties.
    const hit = compiled.find((p) => p.part.id !== fallback && opensAfter(p, top) && cued(p, words) && !carriesOutForOthers(p, first.text, sentenceAfter(tree, first, block.end)));
    if (!hit) continue;
    block.node.data = { ...block.node.data, parts: [hit.part.id] };
    paragraphs.push({ part: hit.part.id, kind: 'paragraph', node: block.node, start: block.start, end: top ? end(top) : (body?.end ?? block.end) });
  }
  // An unheaded part runs until the next unheaded part in the same section.
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const here = paragraphs[i]!;
    const next = paragraphs[i + 1]!;
    if (next.start < here.end) here.end = next.start;
  }
  // What such a body says before its first cued part is the report of the year: the topical part.
  const lead = body && fallback ? (leadingContent(tree, body.start, paragraphs[0]?.start ?? body.end) ?? openingAsMeasures(tree)) : undefined;
  if (lead) paragraphs.unshift({ part: fallback!, kind: 'paragraph', node: lead.node, start: lead.start, end: paragraphs[0]?.start ?? body!.end });
  return paragraphs;
}

/**
 * The body of a report without numbered headings: from the end of its opening to the end of its last
 * content paragraph above the attachments. Undefined without an opening, or with nothing after it.
 */
function headlessBody(tree: ReportTree, annex: number): { start: number; end: number } | undefined {
  const opening = tree.blocks.find((b) => b.role === 'opening');
  const last = tree.blocks.findLast((b) => !b.role && b.end <= annex);
  return opening && last && last.start >= opening.end ? { start: opening.end, end: last.end } : undefined;
}

/** The first content paragraph from `start` that begins before `limit`. */
function leadingContent(tree: ReportTree, start: number, limit: number): ReportTree['blocks'][number] | undefined {
  return tree.blocks.find((b) => !b.role && b.start >= start && b.start < limit && b.node.type === 'paragraph');
}

const SENTENCE = /[,。]/;

/**
 * The opening of a report without numbered headings when it is the year's work itself: a short report
 * may go from its title straight to it (“一年来，我镇……”) and on to its next part (“但也存在……”). So
 * when nothing comes between the opening and the first part its words open, an opening of sentences
 * (a comma or a 。: not a date line under the title) under a title that does not announce the report
 * (“现将有关情况报告如下”) is the measures.
 */
function openingAsMeasures(tree: ReportTree): ReportTree['blocks'][number] | undefined {
  const opening = tree.blocks.find((b) => b.role === 'opening');
  if (!opening || tree.meta.title === undefined) return undefined;
  const text = tree.normalized.slice(opening.start, opening.end);
  return SENTENCE.test(text) && !ANNOUNCEMENT.test(text) ? opening : undefined;
}

const end = (s: Section) => s.position.end.offset ?? s.titleEnd;
const titleOf = (tree: ReportTree, s: Section) => tree.normalized.slice(s.titleStart, s.titleEnd);

/** Where a later part of a section opens: a sentence of its body, or a subsection named for the part. */
interface PartOpening {
  start: number;
  heading?: Section;
}

/**
 * The parts a top-level section is, each over its own text. A heading that names several parts
 * (“存在的问题及下一步打算”) marks no border between them in its body: each later part starts
 * where its text opens (see openingOf), and the part before ends there. A part opened by a
 * subsection (“（二）2025年工作安排”) has that subsection for its heading. A part whose opening is
 * not found shares the text of the part before it, as the whole section did before any was found.
 */
function sectionOccurrences(tree: ReportTree, compiled: Compiled[], section: Section, parts: PartId[]): PartOccurrence[] {
  const openings: PartOpening[] = [{ start: section.position.start.offset!, heading: section }];
  for (const id of parts.slice(1)) {
    const previous = openings[openings.length - 1]!;
    openings.push(openingOf(tree, compiled.find((c) => c.part.id === id)!, section, previous.start) ?? previous);
  }
  return parts.map((part, i) => {
    const { start, heading = section } = openings[i]!;
    // The subsection is then this part's heading, as a top-level one is (year-consistency reads its year).
    if (heading !== section) heading.data = { parts: [...(heading.data?.parts ?? []), part] };
    const next = openings.find((o) => o.start > start);
    return { part, kind: 'section', node: heading, start, end: next ? next.start : end(section) };
  });
}

/**
 * Where `part` opens inside a section after `from`: at the first sentence that opens it (its
 * paragraph cues: “下一步，我局将……”, “2025年，我们将……”) or the first subsection named for it
 * (its nested headings: “（二）下一步工作打算”), whichever comes first; undefined when neither is there.
 */
function openingOf(tree: ReportTree, part: Compiled, section: Section, from: number): PartOpening | undefined {
  const heading = firstSubsection(section, (s) => s.position.start.offset! > from && namesNested(part, titleOf(tree, s)));
  const limit = heading?.position.start.offset ?? end(section);
  const blocks = tree.blocks;
  for (let i = partitionPoint(blocks.length, (k) => blocks[k]!.end <= from); i < blocks.length && blocks[i]!.start < limit; i++) {
    const block = blocks[i]!;
    if (block.role) continue;
    const opening = splitSentences(tree.normalized, Math.max(block.start, from), block.end).find((s) => s.start > from && cued(part, cueText(s.text)));
    if (opening) return { start: opening.start };
  }
  return heading && { start: limit, heading };
}

/**
 * The longest subsection title read as naming a part. A title is a phrase of a few short clauses
 * (“（二）压实责任，切实履行推进法治建设第一责任人职责”, seldom past 45 characters); a first sentence far
 * longer is a run-in heading that lost its 。 (bold in the original, pasted as plain text) and runs on
 * into its body, which may name a part's words in passing (……第一责任人职责规定, ……的不足): the part
 * it belongs to is not sure.
 */
const MAX_NESTED_TITLE = 60;

const namesNested = (part: Compiled, title: string) =>
  title.length <= MAX_NESTED_TITLE && any(part.nested, title) && !any(part.exclude, title);

/** The first subsection (at any depth, in document order) that `test` accepts. */
function firstSubsection(section: Section, test: (s: Section) => boolean): Section | undefined {
  for (const child of section.children) {
    if (child.type !== 'section') continue;
    const found = test(child) ? child : firstSubsection(child, test);
    if (found) return found;
  }
  return undefined;
}

const kindRank = (o: PartOccurrence) => (o.kind === 'section' ? 0 : o.kind === 'nested' ? 1 : o.kind === 'paragraph' ? 2 : 3);
