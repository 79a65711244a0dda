import { defineRule } from '@reportlint/core';
import { RUN_IN_POINT } from '@reportlint/parser';
import { guardedSpans, overlapsSpans, proseSpans, SAID_AGAIN } from '../shared/prose.js';
import { inRanges, isHan, isWhiteSpace, quotedRanges } from '../shared/ranges.js';
import type { Range } from '../shared/ranges.js';
import vocabulary from './words.json' with { type: 'json' };

/** Longest stretch looked for written twice in a row: a word or a short name (行政执法监督, 法治政府建设). */
const LONGEST = 6;
/** Two-character verbs a speaker doubles on purpose (研究研究, 学习学习再学习). */
const REDUPLICATED = new Set(vocabulary.reduplicated);
/** Single characters after which a clause's verb starts as after a comma (共组织组织, 并加强加强). */
const CLAUSE_LEADS = new Set(vocabulary.clauseLeads);
/** Adverbs of two characters or more after which a verb starts as after 共 (积极配合配合, 认真落实落实). */
const ADVERB_LEADS: readonly string[] = vocabulary.adverbLeads;
/**
 * Verbs and prepositions of the genre that no word ends with right before the same verb begins again: written twice
 * they are a slip after any character (督促各镇街按月报送报送, 制定出台出台, 根据根据).
 */
const VERBS = new Set(vocabulary.verbs);
/**
 * Words that open a noun's scope (各级, 有关, 全县) that no word ends with: written twice they are a slip after any
 * character, as the verbs are (督促各级各级行政机关, 组织有关有关部门); no verb, so 研究研究有关问题 stays said on purpose.
 */
const SCOPES = new Set(vocabulary.scopes);
/**
 * Nouns for people that close a compound (领导干部, 人民群众, 执法人员) and that no word of the genre begins with again
 * right after them: written twice they are a slip after any character (领导干部干部, 工作人员人员).
 */
const PEOPLE = new Set(vocabulary.people);
/**
 * Demonstratives and personal pronouns (这个, 这些, 这一, 我们) that no word ends with and that begin no longer word
 * again right after themselves: written twice they are a slip after any character (领导干部这个这个关键少数), 这一这一 too,
 * which is no one-by-one pattern of 一.
 */
const DEMONSTRATIVES = new Set(vocabulary.demonstratives);
/**
 * Marks that end a clause, in the normalized view (，；：！？ folded to , ; : ! ?): a word right before one begins no
 * longer word with what follows.
 */
const CLAUSE_END = new Set('、,;:。!?');
/** Words that make the clause's doer someone named before the verb (由党组织组织，): its noun may end with the verb. */
const AGENT_MARKS = new Set(vocabulary.agentMarks);
/** How far back a clause-ending pair's clause is read for one of AGENT_MARKS. */
const AGENT_REACH = 10;
/** A point of a run-in list (一是, 二是 …): the word after it begins a clause. */
const POINT = new RegExp(`${RUN_IN_POINT}$`);
/**
 * Single characters a drafter types twice (的的, 和和, 与与, 在在, 对对 …), and the characters that make the pair two
 * words: the first ends a word (目的的, 缓和和化解, 参与与监督, 现在在) or the second begins one (的的确确, 调解和和解,
 * 和和美美, 与与会代表, 在在线平台). A word-end ends the particle's word only where it stands as that word's first
 * character: not as the last of a longer word (项目的的, 协调和和配合, 实施与与监督, 体现在在: longerWords), and, for the
 * words said alone (好的, 是的, 有的 …: saidAlone), only where it opens its clause (营造良好的的, 认真的的 are slips). A
 * word-start begins the particle's word only where it stands as that word's last character: not as the first of a
 * longer word (在在建项目 is two words, 在在建设 a slip: longerStarts). A particle that ends many words and begins many
 * (对, 将, 把, 为, 并: opensClause) is reported only where its first copy opens a clause (，对对全县……, 一是将将……).
 */
const PARTICLES = new Map<string, Particle>(
  Object.entries(vocabulary.particles).map(([c, g]: [string, ParticleEntry]) => [
    c,
    {
      twice: c + c,
      opensClause: g.opensClause ?? false,
      wordEnds: new Set(g.wordEnds ?? ''),
      saidAlone: new Set(g.saidAlone ?? ''),
      longerWords: g.longerWords ?? [],
      wordStarts: new Set(g.wordStarts),
      longerStarts: g.longerStarts ?? [],
    },
  ]),
);
/** Middles of the mirrored words (面对面, 手把手, 点对点) that a word opening with the same character may follow: 面对面对接. */
const MIRRORED_MIDDLES = new Set(vocabulary.mirroredMiddles);
/** Characters that make the second copy of a verb the start of a longer word, its object: 规范规范性文件. */
const LONGER_WORD_ENDINGS = new Set(vocabulary.longerWordEndings);
const ONE = '一'.charCodeAt(0);

/** A particle's table as words.json writes it: the fields a particle does not need are left out. */
interface ParticleEntry {
  opensClause?: boolean;
  wordEnds?: string;
  saidAlone?: string;
  longerWords?: string[];
  wordStarts: string;
  longerStarts?: string[];
}

/** A particle's table in words.json: what it is typed twice as, and the characters that make the pair two words. */
interface Particle {
  twice: string;
  opensClause: boolean;
  wordEnds: Set<string>;
  saidAlone: Set<string>;
  longerWords: readonly string[];
  wordStarts: Set<string>;
  longerStarts: readonly string[];
}

/** A word written twice in a row: `start` is the first copy's, each copy `length` long. */
interface Doubling {
  start: number;
  length: number;
}

/** An item of a list written again right after itself: the second copy `[start, end)`, its 、 at `mark`. */
interface ItemAgain {
  mark: number;
  start: number;
  end: number;
}

/**
 * What may stand before a clause or an item of a 、 list, in the normalized view (，；：！？（ folded to , ; : ! ? (): a
 * mark, a list's 、 or a number's dot, an opening bracket (and a blank). Not a closing quote or bracket (“放管服”改革、
 * 改革: the item is “放管服”改革; “法律明白人”将将: a quoted subject) nor a digit (2项制度、制度).
 */
const OPENING_MARKS = new Set('、,;:。!?(.');
/** What may stand after an item of a 、 list (and a blank): a mark that ends a clause, the list's next 、, a closing bracket. */
const ITEM_AFTER = new Set([...CLAUSE_END, ')']);

export const rule = defineRule({
  id: 'repeated-word',
  meta: {
    severity: 'warn',
    family: 'style',
    fixable: true,
    description: {
      'zh-CN': '同一个词不应连写两次（“进一步进一步”“组织组织”）',
      en: 'No word written twice in a row (进一步进一步, 组织组织)',
    },
    messages: {
      twice: {
        'zh-CN': '“{actual}”把“{word}”连写了两次，应删去重复的“{word}”',
        en: '"{actual}" has "{word}" twice in a row; delete the repeated one',
      },
      itemTwice: {
        'zh-CN': '“{actual}”把并列的“{item}”连写了两次，应删去重复的一项',
        en: '"{actual}" lists "{item}" twice in a row; delete the repeated item',
      },
    },
  },
  check(tree, ctx) {
    const text = tree.source.text;
    // Sorted for overlapsSpans: the title's name may be found after the opening's (a title under a web page's clutter).
    const names: Range[] = [...tree.meta.bodyNames].sort((a, b) => a.start - b.start);
    proseSpans(tree).forEach((span, index) => {
      let quoted: Range[] | undefined;
      for (const { start, length } of [...doublings(tree.normalized, span), ...particlesTwice(tree.normalized, span)]) {
        const end = start + 2 * length;
        // A quoted slogan or title is quoted as written; URLs and code are no prose; the body's own name
        // in the title, opening and signature is name-consistency's (it reports 民政局民政局 there).
        quoted ??= quotedRanges(tree.normalized, span.start, span.end);
        if (inRanges(quoted, start) || overlapsSpans(guardedSpans(tree, index), start, end) || overlapsSpans(names, start, end)) continue;
        const word = text.slice(start, start + length);
        ctx.report({ messageId: 'twice', data: { actual: text.slice(start, end), word }, start, end, fix: { range: [start + length, end], text: '' } });
      }
      for (const { mark, start, end } of itemsAgain(tree.normalized, span)) {
        quoted ??= quotedRanges(tree.normalized, span.start, span.end);
        const first = mark - (end - start);
        if (inRanges(quoted, first) || inRanges(quoted, start) || overlapsSpans(guardedSpans(tree, index), first, end)) continue;
        // Reported at the second copy; the fix deletes it with the 、 before it.
        const data = { actual: text.slice(first, end), item: text.slice(start, end) };
        ctx.report({ messageId: 'itemTwice', data, start, end, fix: { range: [mark, end], text: '' } });
      }
    });
  },
});

/**
 * Where each character (by code) was last seen in the run being read, as its offset in the run plus
 * `seenBase`; one table for every run, never cleared: each run moves `seenBase` past the last, so what an
 * earlier run left is always too far back. A word written twice is found at its second copy, whose first
 * character was last seen one word back: one table look-up per character instead of a comparison with
 * each of the next LONGEST characters (six times cheaper on the benchmark corpus).
 */
const lastSeen = new Int32Array(0x10000);
let seenBase = LONGEST + 1;

/**
 * The words of Han characters written twice in a row in `normalized[span)`, in order, none inside another.
 * Three characters or more (进一步进一步, 民政局民政局) are a slip wherever they stand. Never a stretch that
 * begins with 一: 一步一步, 一个村一个村 say one by one. Two characters (组织组织) only where a word must
 * begin — see {@link startsWord} — and not when the pair is a verb said twice on purpose (研究研究), ends
 * with 一 (一案一卷一审; not the demonstrative 这一) or is a verb whose object opens with it (规范规范性文件):
 * two characters written twice also span two words (构建共建共享, 党组织组织开展).
 * A word whose first character comes again inside it (面对面面对面) is not looked for.
 */
function doublings(normalized: string, span: Readonly<Range>): Doubling[] {
  if (seenBase > 0x3fffffff) {
    lastSeen.fill(0);
    seenBase = LONGEST + 1;
  }
  const found: Doubling[] = [];
  const base = seenBase - span.start;
  for (let at = span.start; at < span.end; at++) {
    const code = normalized.charCodeAt(at);
    const length = at + base - lastSeen[code]!;
    lastSeen[code] = at + base;
    if (length < 2 || length > LONGEST || at + length > span.end || code === ONE || !isHan(code)) continue;
    const start = at - length;
    if (found.length > 0 && start < found.at(-1)!.start + 2 * found.at(-1)!.length) continue;
    if (!hanTwice(normalized, start, length) || (length === 2 && !pairTwice(normalized, start))) continue;
    found.push({ start, length });
  }
  seenBase = base + span.end + LONGEST + 1;
  return found;
}

/** Whether `normalized[at, at + length)` is Han, not one character over and over (哈哈哈), and written again right after. */
function hanTwice(normalized: string, at: number, length: number): boolean {
  let same = true;
  for (let k = 0; k < length; k++) {
    const code = normalized.charCodeAt(at + k);
    if (!isHan(code) || code !== normalized.charCodeAt(at + length + k)) return false;
    if (code !== normalized.charCodeAt(at)) same = false;
  }
  return !same;
}

/** Whether two characters written twice at `at` are a word typed twice: see {@link doublings}. */
function pairTwice(normalized: string, at: number): boolean {
  const pair = normalized.slice(at, at + 2);
  if ((pair.charCodeAt(1) === ONE && !DEMONSTRATIVES.has(pair)) || LONGER_WORD_ENDINGS.has(normalized[at + 4]!)) return false;
  // 研究研究 is said on purpose; before another verb (学习学习贯彻) it is one verb typed twice.
  if (REDUPLICATED.has(pair) && !VERBS.has(normalized.slice(at + 4, at + 6))) return false;
  return startsWord(normalized, at, pair) && !MIRRORED_MIDDLES.has(pair[1]!);
}

/**
 * Whether the pair written twice at `at` must begin a word: after a mark, a digit, a blank or the run's start
 * (，组织组织……), after an adverb that stands alone before a verb (共组织组织, 积极配合配合) or a point of a run-in
 * list (三是完善完善), or wherever when it is one of the verbs or scope words no word ends with (按月报送报送,
 * 督促各级各级), the nouns for people (领导干部干部), the demonstratives and pronouns (干部这个这个关键少数) or one of the
 * adverbs (认真认真落实). After another Han character the first copy may end a word (党组织 / 组织开展), as the verb
 * of a slogan may (谁执法谁普法 / 普法责任制).
 */
function startsWord(normalized: string, at: number, pair: string): boolean {
  const before = normalized.charCodeAt(at - 1);
  if (Number.isNaN(before) || !isHan(before) || CLAUSE_LEADS.has(normalized[at - 1]!) || ADVERB_LEADS.some((a) => normalized.endsWith(a, at))) return true;
  if (VERBS.has(pair) || SCOPES.has(pair) || PEOPLE.has(pair) || DEMONSTRATIVES.has(pair) || ADVERB_LEADS.includes(pair)) return true;
  return POINT.test(normalized.slice(at - 2, at)) || endsClause(normalized, at);
}

/**
 * Two adjacent items of a 、 list that are the same words, at least two Han characters each (同部署、同推进、同推进、
 * 同考核): each item runs from one of OPENING_MARKS to one of ITEM_AFTER, with Han characters only between. Not an item
 * opening with 一 (一次、一次: one by one, as doublings), nor a slogan's item said once more after them (学习、学习、
 * 再学习).
 */
function itemsAgain(normalized: string, span: Readonly<Range>): ItemAgain[] {
  const found: ItemAgain[] = [];
  const text = normalized.slice(span.start, span.end);
  for (let i = text.indexOf('、'); i !== -1; i = text.indexOf('、', i + 1)) {
    const mark = span.start + i;
    let end = mark + 1;
    while (end < span.end && isHan(normalized.charCodeAt(end))) end++;
    const length = end - mark - 1;
    const first = mark - length;
    if (length < 2 || first < span.start || normalized.charCodeAt(mark + 1) === ONE) continue;
    if (!itemBounded(normalized, first, end, span) || !normalized.startsWith(normalized.slice(first, mark), mark + 1)) continue;
    if (SAID_AGAIN.has(normalized[end + 1]!) && normalized.startsWith(normalized.slice(mark + 1, end), end + 2)) continue;
    found.push({ mark, start: mark + 1, end });
  }
  return found;
}

/** Whether Han characters `normalized[first, end)` around a 、 are two whole items: nothing of an item before or after. */
function itemBounded(normalized: string, first: number, end: number, span: Readonly<Range>): boolean {
  for (let k = first; k < end; k++) if (normalized[k] !== '、' && !isHan(normalized.charCodeAt(k))) return false;
  const before = first === span.start ? ' ' : normalized[first - 1]!;
  const after = end === span.end ? ' ' : normalized[end]!;
  return opensAfter(before) && (ITEM_AFTER.has(after) || isWhiteSpace(after.charCodeAt(0)));
}

/** Whether a clause or an item begins after `c` (the character before it; a blank at the run's start): see OPENING_MARKS. */
function opensAfter(c: string): boolean {
  return OPENING_MARKS.has(c) || isWhiteSpace(c.charCodeAt(0));
}

/** Whether a clause begins at `at`: at the run's start, after one of OPENING_MARKS, or after a point of a run-in list (一是). */
function opensClause(normalized: string, at: number, span: Readonly<Range>): boolean {
  return at === span.start || opensAfter(normalized[at - 1]!) || POINT.test(normalized.slice(at - 2, at));
}

/**
 * Whether the pair written twice at `at` ends its clause (抓好整改整改，), with no doer named before it: the second
 * copy begins no longer word, and the first ends one only as the noun of a doer (由基层党组织组织，).
 */
function endsClause(normalized: string, at: number): boolean {
  if (!CLAUSE_END.has(normalized[at + 4]!)) return false;
  for (let k = at - 1; k >= Math.max(0, at - AGENT_REACH); k--) {
    const c = normalized[k]!;
    if (AGENT_MARKS.has(c)) return false;
    if (!isHan(c.charCodeAt(0))) break;
  }
  return true;
}

/**
 * One character typed twice (的的, 和和, 与与, 在在 …) in `normalized[span)`, unless the first ends a word (目的的,
 * 缓和和, 现在在) or the second begins one (的的确确, 和和解, 在在线); the particles marked opensClause only where the
 * first copy opens a clause.
 */
function particlesTwice(normalized: string, span: Readonly<Range>): Doubling[] {
  const found: Doubling[] = [];
  // Searched in the span's slice (which shares the text's characters): a search from the span's start through the
  // whole text, once per span and particle, was most of the rule's time.
  const text = normalized.slice(span.start, span.end);
  for (const [particle, table] of PARTICLES) {
    const { twice } = table;
    for (let i = text.indexOf(twice); i !== -1; i = text.indexOf(twice, i + 2)) {
      const at = span.start + i;
      if (table.opensClause && !opensClause(normalized, at, span)) continue;
      if (endsWordBefore(normalized, at, span, table) || startsWordAfter(normalized, at, table) || normalized[at + 2] === particle) continue;
      found.push({ start: at, length: 1 });
    }
  }
  return found;
}

/**
 * Whether the first of a particle typed twice at `at` ends a word with the character before it (目的 / 的, 缓和 / 和,
 * 参与 / 与, 现在 / 在): that character must stand as the word's first, not close a longer word (项目, 协调, 实施, 体现),
 * and a word said alone (好的, 是的, 好在) must open its clause.
 */
function endsWordBefore(normalized: string, at: number, span: Readonly<Range>, table: Particle): boolean {
  const end = normalized[at - 1]!;
  if (table.saidAlone.has(end)) return opensClause(normalized, at - 1, span);
  return table.wordEnds.has(end) && !table.longerWords.some((w) => normalized.endsWith(w, at));
}

/**
 * Whether the second of a particle typed twice at `at` begins a word with the character after it (的确, 和解, 在线 / 在建):
 * that character must stand as the word's last, not open a longer word (在在建设, 在在管理 are slips).
 */
function startsWordAfter(normalized: string, at: number, table: Particle): boolean {
  return table.wordStarts.has(normalized[at + 2]!) && !table.longerStarts.some((w) => normalized.startsWith(w, at + 2));
}
