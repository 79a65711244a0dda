import {
  attachmentNamed,
  closingRole,
  CRUMB_SEPARATOR,
  isAddressee,
  isAnnexMarker,
  isAttachmentItem,
  isCoverLetterTitle,
  isDataNote,
  isNoteItem,
  isBareLine,
  isContentsEntry,
  isContentsHeading,
  isBareLabel,
  isDeliveryLine,
  isFrontMatter,
  isPageEnd,
  isPageNumber,
  isSalutation,
  isSendingSentence,
  isSpeaker,
  isTitle,
  isTitleFragment,
  restatesTitle,
  signatureName,
  TITLE_YEAR,
} from './frame.js';
import { HAN, textParagraph } from './blocks.js';
import type { Flat, Pos } from './blocks.js';
import { splitLines } from './lines.js';
import { matchMarker } from './markers.js';
import { openingLead, YEAR_LEAD } from './report-year.js';
import type { BlockRole } from './types.js';

/**
 * Page furniture a Word or PDF export leaves between paragraphs: a page number alone on a line
 * (“— 3 —”, “第 3 页 共 8 页”) and the running header printed under it on every page (a line that
 * recurs after page numbers, or repeats the document's first line, “××县人民政府文件”; the first line
 * itself when it recurs so). It is no part of the report, not even of its frame: dropped, so the
 * section around a page break stays one and the frame after the text is found behind a last page number.
 */
export function dropPageFurniture(flat: Flat[], normalized: string): Flat[] {
  const textOf = (f: Flat) => (f.kind === 'paragraph' ? normalized.slice(f.start, f.end).trim() : '');
  const isNumber = flat.map((f) => f.kind === 'paragraph' && isPageNumber(textOf(f)));
  if (!isNumber.includes(true)) return flat;
  const afterNumber = new Map<string, number>();
  for (let i = 0; i + 1 < flat.length; i++) {
    if (!isNumber[i] || isNumber[i + 1]) continue;
    const t = textOf(flat[i + 1]!);
    afterNumber.set(t, (afterNumber.get(t) ?? 0) + 1);
  }
  const first = flat.length > 0 ? textOf(flat[0]!) : '';
  const recurs = (t: string) => (afterNumber.get(t) ?? 0) >= 2;
  const isHeader = (t: string) => t !== '' && isBareLine(t) && (recurs(t) || t === first);
  // The running header is printed on the first page too, above the title: a first line that recurs
  // after page numbers is that header (WPS's “××局” over “××局2024年……报告”), not part of the title —
  // unless it is a whole title itself, which a header that repeats the title recurs as.
  const firstIsHeader = isHeader(first) && recurs(first) && !isTitle(first);
  const out: Flat[] = [];
  for (let i = 0; i < flat.length; i++) {
    if (i === 0 && firstIsHeader) continue;
    if (!isNumber[i]) out.push(flat[i]!);
    else if (i + 1 < flat.length && !isNumber[i + 1] && isHeader(textOf(flat[i + 1]!))) i++;
  }
  return out;
}

/**
 * Lines of web-page residue (breadcrumb, 【字体：大 中 小】, 来源/发布时间, a repeated title) looked for
 * around the title: a government page's information-disclosure table (索引号, 发布机构, 组配分类, 文号,
 * 发布日期 …) takes up to a line a field, and some pages print it twice (once as a table, once as a
 * list) or under the title after the font-size control broken over four lines (【字号 / 大 / 中 / 小).
 */
const LEADING_RESIDUE = 16;

/** Where a site's address begins (“www.mishuzj.com”, “https://……”): the end of the banner a repost prints before the title. */
const SITE_ADDRESS = /https?:\/\/|www\./gi;
/** The word a report's title ends in, where a repost runs the opening on after it. */
const TITLE_END = '报告';
/** How far into a line the end of a title glued to the opening is looked for: a title's length and a site's banner. */
const GLUED_TITLE_REACH = 120;

/**
 * A repost that runs the site's banner, the title and the opening together on one line (“秘书之家—全网资源每日更新
 * www.mishuzj.com湖北省人民政府关于2022年度……的报告2023年,省政府坚持……”): the line is split into its blocks where
 * the opening's year and its comma (2023年,) follow a title that ends in 报告 and states its year — the banner, up
 * to the site's address and past it, marked front matter. Only the first line above the text that is more than a
 * short line of the page's, and only when no title stands on a line of its own above it: a line of the text that
 * names a report is no title. The blocks keep the offsets of the user's file.
 */
export function unglueTitle(flat: Flat[], text: string, normalized: string, pos: Pos): Flat[] {
  for (let i = 0; i < Math.min(flat.length, LEADING_RESIDUE); i++) {
    const f = flat[i]!;
    if (f.kind !== 'paragraph' || matchMarker(normalized, normalized, f.start, f.end)) return flat;
    const line = normalized.slice(f.start, f.end).trim();
    if (isFrontMatter(line)) continue;
    // A title on a line of its own has nothing glued to it; other short lines above the text are the page's.
    if (isTitle(line)) return flat;
    if (isBareLine(line)) continue;
    const spans = gluedTitle(normalized, f.start, f.end);
    if (!spans) return flat;
    const blocks = spans.map(([from, to]): Flat => ({ node: textParagraph(text, from, to, pos), start: from, end: to, kind: 'paragraph' }));
    if (spans.length === 3) blocks[0]!.role = 'front-matter';
    return [...flat.slice(0, i), ...blocks, ...flat.slice(i + 1)];
  }
  return flat;
}

/** The spans of a line that glues a title to the opening (see unglueTitle): the banner if any, the title, the opening. */
function gluedTitle(normalized: string, start: number, end: number): Array<[number, number]> | undefined {
  const line = normalized.slice(start, end);
  if (line.includes('\n')) return undefined;
  for (let at = line.indexOf(TITLE_END); at !== -1 && at < GLUED_TITLE_REACH; at = line.indexOf(TITLE_END, at + 1)) {
    const cut = at + TITLE_END.length;
    const lead = YEAR_LEAD.exec(line.slice(cut));
    // The opening's own year at once (2023年,), not an enumerator's (一是2023年,).
    if (!lead || !lead[0].startsWith(lead[1]!)) continue;
    const from = titleStart(line.slice(0, cut));
    const title = line.slice(from, cut);
    // A title and no more: a line with no comma, stating its year (“……关于2022年度……的报告”).
    if (!isTitle(title) || !isBareLine(title) || !TITLE_YEAR.test(title)) return undefined;
    const banner = line.slice(0, from).trimEnd().length;
    const spans: Array<[number, number]> = [[start + from, start + cut], [start + cut, end]];
    return banner > 0 ? [[start, start + banner], ...spans] : spans;
  }
  return undefined;
}

/** Where the title begins in what comes before its end: at the first Han character after the last site address, else at once. */
function titleStart(lead: string): number {
  const address = [...lead.matchAll(SITE_ADDRESS)].at(-1);
  if (!address) return 0;
  const han = lead.slice(address.index).search(HAN);
  return han === -1 ? lead.length : address.index + han;
}

/** Title, web-page residue around it, the sign-off block after the text and the web page after that. */
export function markFrame(flat: Flat[], normalized: string): void {
  const textOf = (f: Flat) => normalized.slice(f.start, f.end).trim();
  const residue = (from: number, title?: string) => {
    let i = from;
    while (i < Math.min(flat.length, from + LEADING_RESIDUE)) {
      const f = flat[i]!;
      if (f.kind !== 'paragraph') break;
      const cued = cuedResidue(flat, i, textOf);
      // A page shows the title twice: as the page's title and as the article's, either over lines of its own.
      const copy = cued || !title ? 0 : restatedTitle(flat, i, title, textOf);
      const n = cued || copy || (siteHeader(flat, i, textOf) && !isDeliveryLine(textOf(f)) ? 1 : 0);
      if (n === 0) break;
      for (const line of flat.slice(i, i + n)) {
        line.role = 'front-matter';
        if (copy > 0) line.titleCopy = true;
      }
      i += n;
    }
    return i;
  };
  let i = coverLetter(flat, coverPage(flat, residue(0), normalized, textOf), normalized, textOf);
  const first = titleLines(flat, i, normalized, textOf);
  // A title without its year may be the page's column or a genre line over the report's own, dated title.
  if (first === 0 || !/\d{4}/.test(flat.slice(i, i + first).map(textOf).join(''))) i = furnitureAboveTitle(flat, i, normalized, textOf, first === 0);
  const n = titleLines(flat, i, normalized, textOf);
  for (let k = i; k < i + n; k++) flat[k]!.role = 'title';
  const title = n > 0 ? flat.slice(i, i + n).map(textOf).join('') : undefined;
  // A table of contents on a page of its own is followed by the title again, over the text.
  i = residue(contents(flat, residue(i + n, title), normalized, textOf), title);
  if (n > 0) i = speechFrame(flat, i, textOf);
  const last = annexStart(flat, i, pageEnd(flat, i, textOf), textOf);
  // The frame after the body, read backwards. Numbered lines are the attachment note's list, or a
  // data note's, only if its “附件：1．……” or “注：1．……” line comes above them; otherwise they are
  // the body and the frame ends.
  let items: Flat[] = [];
  // Until the date or the signature is met, reading upwards: a data note is frame below them only.
  let belowDate = true;
  for (let j = last - 1; j > i; j--) {
    const f = flat[j]!;
    const text = f.kind === 'paragraph' ? textOf(f) : '';
    const role = f.kind === 'paragraph' ? (frameRole(text) ?? (belowDate && isDataNote(text) ? 'notation' : undefined)) : undefined;
    if (role === undefined && f.kind === 'paragraph' && (isAttachmentItem(text) || isNoteItem(text))) {
      items.push(f);
      continue;
    }
    if (!role || (items.length > 0 && !headsItems(role, text, items, textOf))) break;
    f.role = role;
    for (const item of items) item.role = role;
    items = [];
    if (role === 'date' || role === 'signature') belowDate = false;
  }
}

/** How many lines a cover letter takes at most: its title, addressee, a sentence or two, the attachment note, signature and date. */
const COVER_LETTER_LINES = 12;

/**
 * Past a cover letter that sends the report as its attachment (“关于报送……年度报告的函”, its addressee, a
 * sentence, its attachment note, signature and date, then “附件” over the report's own title): the letter
 * is front matter and the report starts at its title. Only under a cover letter's title, or under the
 * addressee of a letter that only sends the report (sendsReport), and only when an annex marker right below
 * the letter's date heads the report: an attachment after a report's date stays one.
 */
function coverLetter(flat: Flat[], from: number, normalized: string, textOf: (f: Flat) => string): number {
  const first = flat[from];
  if (first?.kind !== 'paragraph') return from;
  const titled = isCoverLetterTitle(textOf(first));
  if (!titled && !isAddressee(textOf(first))) return from;
  for (let j = from + 2; j < Math.min(flat.length - 1, from + COVER_LETTER_LINES); j++) {
    const f = flat[j]!;
    if (f.kind !== 'paragraph') return from;
    // The letter's own attachment note (“附件：……年度报告”) above its signature is no marker of this kind.
    if (!isAnnexMarker(textOf(f)) || roleAbove(flat, from, j - 1, textOf) !== 'date') continue;
    const report = titled ? titleLines(flat, j + 1, normalized, textOf) > 0 : sendsReport(flat, from + 1, j, normalized, textOf);
    if (!report) return from;
    for (const line of flat.slice(from, j + 1)) line.role = 'front-matter';
    return j + 1;
  }
  return from;
}

/**
 * Whether a letter with no title of its own, its lines from `from` (below the addressee) to the annex marker
 * at `marker`, only sends the report printed below that marker, as a bureau sends its report to a leading
 * group's office (“……拟就了《……的报告》（见附件），现呈上，请审阅。”, “特此报告。”, “附件：……的报告”, signature,
 * date, then “附件”): no heading among its lines, a sentence that sends (isSendingSentence), an attachment note
 * naming one report (a title ending in 报告), and below the marker a title or the report's own text (a heading,
 * or an opening stating its year). A report's own attachments (“附件：1．2025年度……统计表”) name no report so.
 */
function sendsReport(flat: Flat[], from: number, marker: number, normalized: string, textOf: (f: Flat) => string): boolean {
  const letter = flat.slice(from, marker);
  if (letter.some((f) => f.kind !== 'paragraph' || matchMarker(normalized, normalized, f.start, f.end))) return false;
  const lines = letter.map(textOf);
  const named = lines.map(attachmentNamed).find((name) => name !== undefined);
  // The sending verb in a sentence of the letter's own, not in a frame line (the note may name “关于报送……的报告”).
  const sends = lines.some((line) => frameRole(line) === undefined && isSendingSentence(line));
  if (named === undefined || !named.endsWith(TITLE_END) || !isTitle(named) || !sends) return false;
  const next = flat[marker + 1];
  if (next?.kind !== 'paragraph') return false;
  if (titleLines(flat, marker + 1, normalized, textOf) > 0) return true;
  return matchMarker(normalized, normalized, next.start, next.end) !== null || openingLead(textOf(next)) !== undefined;
}

/** Whether a line of the frame heads the numbered lines below it: an attachment note its list, a data note its notes. */
function headsItems(role: BlockRole, text: string, items: readonly Flat[], textOf: (f: Flat) => string): boolean {
  if (role === 'attachment') return items.every((f) => isAttachmentItem(textOf(f)));
  return role === 'notation' && isDataNote(text);
}

/**
 * Past the short lines of a page above its title that no cue names (“>”, “• 政务微信”, a field's label or
 * value without its colon: “• 文号”, “• lsx31/2025-00001”, “• 法治政府建设”), when a line that is a title by
 * itself and states its year comes within the lines residue is looked for in: they are the page's, not the
 * report's. Each line up to the title must be a short one with no sentence punctuation, or residue a cue
 * names; a numbered heading, a sentence or a table stops the search, so the text of a report without a
 * title is never passed over. A page copied without the title has the same furniture over the opening
 * (“站群导航”, “• 轻度污染”, “2024-03-15来源:”, then “2023年，……”): passed over when its last line is
 * one a cue names and the opening states the year (`untitled`: no title was found at `from`). A line that
 * reads as a title but has no year is passed over the same way when a dated title follows: the page's column
 * (“落实情况公开”, “法治政府部门建设工作报告”) over the report's own; a subtitle (“——……2024年……报告”) is the
 * title's second line, not the title. A body's name on the line right above is the title's first line (“某县人民政府”
 * over “关于2024年……的报告”); other lines above are not joined to it (“有效性”, a field's label).
 */
const SUBTITLE = /^\s*(?:[—–-]|[（(])/;

function furnitureAboveTitle(flat: Flat[], from: number, normalized: string, textOf: (f: Flat) => string, untitled: boolean): number {
  for (let k = from; k < Math.min(flat.length, from + LEADING_RESIDUE); k++) {
    const f = flat[k]!;
    const text = f.kind === 'paragraph' ? textOf(f) : '';
    if (k > from && isTitle(text) && /\d{4}/.test(text) && !SUBTITLE.test(text) && !isFrontMatter(text)) {
      const named = signatureName(textOf(flat[k - 1]!)) !== undefined && titleLines(flat, k - 1, normalized, textOf) === 2;
      const start = named ? k - 1 : k;
      for (const line of flat.slice(from, start)) line.role = 'front-matter';
      return start;
    }
    if (f.kind !== 'paragraph' || matchMarker(normalized, normalized, f.start, f.end)) return from;
    if (isBareLine(text) || isFrontMatter(text)) continue;
    // A page without the title: its furniture ends with a line a cue names right above the opening.
    if (untitled && k > from && isFrontMatter(textOf(flat[k - 1]!)) && openingLead(text)) {
      for (const line of flat.slice(from, k)) line.role = 'front-matter';
      return k;
    }
    return from;
  }
  return from;
}

/** A day or a month alone on a line (2025年2月, 2025年2月18日, 二〇二五年二月): when a report was written. */
const WRITING_DATE = /^(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)$/;

/** Blocks the frame of a speech may take: the delivery line over two lines, the speaker, the salutation. */
const MAX_SPEECH_BLOCKS = 4;

/**
 * Past the frame of a report delivered as a speech to the 人大常委会, if there is one, its blocks
 * marked 'speech': under the title, the line saying when and where it was delivered (“——2026年3月17日
 * 在……会议上”, which a narrow page may break before 常务委员会), the speaker and the salutation, in any
 * order; a Markdown paragraph may hold several of them, one a line. The salutation is the frame's last
 * line: the opening comes next. A speaker's line alone is no such frame: the delivery line, the
 * salutation or a date right under the speaker (a leader's 述法 report: “……主任　某某” over “2025年2月”; the
 * speaker's line may have been taken as the page's byline already) must be there.
 */
function speechFrame(flat: Flat[], from: number, textOf: (f: Flat) => string): number {
  const lines: Array<{ text: string; block: number }> = [];
  for (let k = from; k < Math.min(flat.length, from + MAX_SPEECH_BLOCKS) && flat[k]!.kind !== 'other'; k++) {
    for (const line of textOf(flat[k]!).split('\n')) lines.push({ text: line.trim(), block: k });
  }
  let n = 0;
  let anchored = false;
  while (n < lines.length) {
    const line = lines[n]!.text;
    if (isDeliveryLine(line)) n += 1;
    else if (n + 1 < lines.length && isBareLine(line) && isDeliveryLine(line + lines[n + 1]!.text)) n += 2;
    else if (isSpeaker(line)) {
      n += 1;
      continue;
    } else if (isSalutation(line)) {
      n += 1;
      anchored = true;
      break;
    } else if (isSpeaker(n > 0 ? lines[n - 1]!.text : from > 0 ? textOf(flat[from - 1]!) : '') && WRITING_DATE.test(line)) {
      // A leader's own report (述法) dates itself under the name: “2025年2月” is the day of writing, not the opening.
      n += 1;
    } else break;
    anchored = true;
  }
  if (!anchored) return from;
  // A block counts only when all its lines are the frame's.
  const end = n < lines.length ? lines[n]!.block : lines.length > 0 ? lines[lines.length - 1]!.block + 1 : from;
  for (let k = from; k < end; k++) flat[k]!.role = 'speech';
  return end;
}

/** Lines a cover page may hold: the title over up to three lines, the body's name, a date, a note such as 2025年1月. */
const MAX_COVER_LINES = 6;

/**
 * Past a cover page (封面) that a Word file prints before the text, if there is one: the title, the body's
 * name and a date (often only a month, 2025年1月) on short lines of their own, then a page break — a form
 * feed in Word's plain text and in what the .docx reader gives — and the title again, in full, over the
 * text. The cover is marked front matter: its date is not the closing date, its short title not the one
 * the text goes by. Without a page break right after such lines there is no cover.
 */
function coverPage(flat: Flat[], from: number, normalized: string, textOf: (f: Flat) => string): number {
  const last = Math.min(flat.length - 1, from + MAX_COVER_LINES);
  for (let k = from + 1; k <= last; k++) {
    const f = flat[k - 1]!;
    if (f.kind === 'other' || !isBareLine(textOf(f))) return from;
    if (!pageBreakBetween(f, flat[k]!, normalized)) continue;
    if (titleLines(flat, from, normalized, textOf) === 0 || titleLines(flat, k, normalized, textOf) === 0) return from;
    for (const line of flat.slice(from, k)) line.role = 'front-matter';
    return k;
  }
  return from;
}

/** Whether a form feed (a page break) stands between the text of two blocks, at the end of the first or the start of the second. */
function pageBreakBetween(before: Flat, after: Flat, normalized: string): boolean {
  const end = before.start + normalized.slice(before.start, before.end).trimEnd().length;
  const next = normalized.slice(after.start, after.end);
  const start = after.start + next.length - next.trimStart().length;
  return normalized.slice(end, start).includes('\f');
}

/**
 * How many blocks from `i` are residue by a cue or by their place, 0 when none: a line split off a glued one
 * as furniture already (unglueTitle), a line a cue names with the value under it when it is a bare label,
 * a column's name beside its breadcrumb.
 */
function cuedResidue(flat: Flat[], i: number, textOf: (f: Flat) => string): number {
  const f = flat[i]!;
  if (f.role === 'front-matter') return 1;
  if (isFrontMatter(textOf(f))) return 1 + labelValue(flat, i, textOf);
  return columnName(flat, i, textOf) ? 1 : 0;
}

/**
 * 1 when the field at `i` is a label whose value is the next line (“- 文号：” over “- 某建〔2022〕4号”,
 * “- 成文日期：” over “- 2022-01-10”), a short line that is no title; else 0.
 */
function labelValue(flat: Flat[], i: number, textOf: (f: Flat) => string): number {
  const next = flat[i + 1];
  if (!next || next.kind !== 'paragraph' || !isBareLabel(textOf(flat[i]!).replace(TITLE_BULLET, ''))) return 0;
  const value = textOf(next);
  return value.length <= 40 && isBareLine(value) && !isTitle(value) ? 1 : 0;
}

/**
 * A site's name or slogan printed above its fields (“某县人民政府”, then “索引号：……”), or a field's value
 * printed without its label under the title (“某区人民政府”, then “2025-02-28”): a short line with no
 * punctuation that is no title, right above a line of residue. Above a title it would be the title's
 * first line (“某县人民政府” over “关于2024年度……的报告”), and is left to the title.
 */
function siteHeader(flat: Flat[], i: number, textOf: (f: Flat) => string): boolean {
  const [f, next] = [flat[i]!, flat[i + 1]];
  const text = textOf(f);
  return next?.kind === 'paragraph' && text.length <= 30 && isBareLine(text) && !isTitle(text) && isFrontMatter(textOf(next));
}

/**
 * A column's name printed next to the breadcrumb that names it (“工作报告” over “您所在的位置:政务公开 >
 * 工作报告”, “区内新闻” under “首页 > 审计资讯 > 区内新闻 > 正文”): page residue, though 工作报告 reads
 * like a title. A report's own title states its year, so a line with a digit is never taken for one.
 */
function columnName(flat: Flat[], i: number, textOf: (f: Flat) => string): boolean {
  const text = textOf(flat[i]!);
  if (text.length > 12 || /\d/.test(text) || !isBareLine(text)) return false;
  return [flat[i - 1], flat[i + 1]].some((f) => {
    if (f?.kind !== 'paragraph') return false;
    const line = textOf(f);
    return isFrontMatter(line) && line.split(CRUMB_SEPARATOR).includes(text);
  });
}

/**
 * Past the table of contents below the title, if there is one: “目录” and the entries under it
 * (one a line, or one a line of a Markdown paragraph), marked as front matter. The entries repeat
 * the headings of the text — read as headings, each part would be found twice, the first time empty.
 * An entry ends in its page number, or, in a contents typed or pasted without them (none of its entries
 * has one), is a numbered heading line (“二、存在的不足和原因”) the contents has not listed yet: the
 * text's own first heading repeats the first entry, and ends the contents there.
 */
function contents(flat: Flat[], from: number, normalized: string, textOf: (f: Flat) => string): number {
  const f = flat[from];
  // “目录” may be a Markdown heading (“## 目录”); its entries are paragraphs.
  if (!f || f.kind === 'other' || !isContentsHeading(textOf(f))) return from;
  f.role = 'front-matter';
  const listed = new Set<string>();
  let paged = false;
  const isEntry = (line: string, start: number) => {
    if (isContentsEntry(line)) return (paged = true);
    if (paged || listed.has(line) || !isBareLine(line) || !matchMarker(normalized, normalized, start, start + line.length)) return false;
    listed.add(line);
    return true;
  };
  let i = from + 1;
  for (; i < flat.length; i++) {
    const entry = flat[i]!;
    if (entry.kind !== 'paragraph' || !linesOf(normalized, entry).every(([line, start]) => isEntry(line, start))) break;
    entry.role = 'front-matter';
  }
  return i;
}

/** The lines of a block, trimmed (splitLines), each with the offset it starts at. */
function linesOf(normalized: string, f: Flat): Array<[string, number]> {
  const block = normalized.slice(f.start, f.end);
  return splitLines(block).map((line) => [block.slice(line.start, line.end), f.start + line.start]);
}

/**
 * Where the attachments printed after the date begin, or `end` when there are none. GB/T 9704 puts
 * each on a page of its own under “附件” or “附件1” (a table of figures often under “附表”), with its
 * title and content below, so the sign-off block is above them, not at the end. A marker counts only right below the date
 * or a notation, or below the attachment note that follows them (“附件：1．……” / “2．……”, listed after
 * the date rather than above the signature): a line “附件” within the text is not one. The attachments
 * stay content (their tables are read like the text's); only the frame is looked for above them.
 */
function annexStart(flat: Flat[], from: number, end: number, textOf: (f: Flat) => string): number {
  for (let j = from + 2; j < end; j++) {
    const f = flat[j]!;
    if (f.kind !== 'paragraph' || !isAnnexMarker(textOf(f))) continue;
    const role = roleAbove(flat, from, j - 1, textOf);
    if (role === 'date' || role === 'notation') return j;
  }
  return end;
}

/**
 * The frame role of the block at `k`, or of the block above the attachment note there (its numbered
 * items under it included): what an attachment printed below the note follows.
 */
function roleAbove(flat: Flat[], from: number, k: number, textOf: (f: Flat) => string): BlockRole | undefined {
  const text = (i: number) => (flat[i]!.kind === 'paragraph' ? textOf(flat[i]!) : '');
  let i = k;
  while (i > from && frameRole(text(i)) === undefined && isAttachmentItem(text(i))) i--;
  const role = frameRole(text(i));
  if (role === 'attachment') return i > from ? frameRole(text(i - 1)) : undefined;
  return i === k ? role : undefined;
}

/**
 * The frame role of a paragraph after the text. A Markdown paragraph may hold several frame lines
 * (“清河区人民政府<br>” / “2025年2月18日”): it is frame when each of its lines is, and takes the
 * role of its last, so the date below a signature is found.
 */
function frameRole(text: string): BlockRole | undefined {
  const lines = text.split('\n');
  if (lines.length === 1) return closingRole(text);
  let role: BlockRole | undefined;
  for (const line of lines) {
    role = closingRole(line.trim());
    if (!role) return undefined;
  }
  return role;
}

/**
 * Where the web page after the text begins (flat.length when it has none), its blocks marked as
 * residue: read backwards, the footer (主办单位, ICP备…号), the list under 相关链接 and the print and
 * close links. Short lines count only when a cue comes above them, so a signature and a date
 * below the text are never taken for links.
 */
function pageEnd(flat: Flat[], from: number, textOf: (f: Flat) => string): number {
  let last = flat.length;
  let pending: Flat[] = [];
  for (let j = flat.length - 1; j > from; j--) {
    const f = flat[j]!;
    const text = f.kind === 'paragraph' ? textOf(f) : '';
    if (f.kind === 'paragraph' && isPageEnd(text)) {
      for (const p of [...pending, f]) p.role = 'front-matter';
      pending = [];
      last = j;
      // An online editor's export (飞书, 语雀, 腾讯文档) draws a rule (“---”) between the date and the
      // links below it: the rule goes with the links, so the sign-off block is found above it.
      while (last - 1 > from && flat[last - 1]!.node.type === 'thematicBreak') last--;
    } else if ((f.kind === 'paragraph' && isBareLine(text)) || f.node.type === 'list') pending.push(f);
    else break;
  }
  return last;
}

/** How many paragraphs from `from` restate `title` (restatesTitle), split over as many lines as a title may be; 0 when they do not. */
function restatedTitle(flat: Flat[], from: number, title: string, textOf: (f: Flat) => string): number {
  const own = pageTitleCore(title);
  let joined = '';
  for (let n = 0; n < Math.min(flat.length - from, MAX_TITLE_LINES); n++) {
    const f = flat[from + n]!;
    if (f.kind !== 'paragraph') return 0;
    joined += textOf(f);
    if (restatesTitle(joined, own)) return n + 1;
  }
  return 0;
}

/** A list bullet before a title the page prints in its list of fields (“• 某厅关于……的报告”). */
const TITLE_BULLET = /^[-•·]\s*/;
/** Where a page's own title appends its section and site (“……情况报告_街镇园区文件_某区人民政府门户网站”). */
const SITE_SUFFIX = /[_|]/;

/**
 * The title as the article restates it: a page's title may carry a bullet before it or its section
 * and site after it, which the article's own title line, printed under it, does not.
 */
function pageTitleCore(title: string): string {
  const bare = title.replace(TITLE_BULLET, '');
  const suffix = SITE_SUFFIX.exec(bare);
  return suffix ? bare.slice(0, suffix.index) : bare;
}

/** Lines a title may be spread over (GB/T 9704 breaks a long title: “江岭市人民政府” / “关于2025年度……的报告”). */
const MAX_TITLE_LINES = 3;

/**
 * How many leading blocks make up the title: the first one alone, or the first two or three
 * together when only their joined text reads as a title (each a short line with no sentence
 * punctuation and no numbering marker). 0 when the text has no title.
 */
function titleLines(flat: Flat[], from: number, normalized: string, textOf: (f: Flat) => string): number {
  let joined = '';
  for (let n = 0; n < Math.min(flat.length - from, MAX_TITLE_LINES); n++) {
    const f = flat[from + n]!;
    if (f.kind === 'other' || matchMarker(normalized, normalized, f.start, f.end)) return 0;
    const line = textOf(f);
    // A line that is not a title on its own must be a title's fragment to be joined: short, no punctuation.
    if (n > 0 && !isTitleFragment(line)) return 0;
    joined += line;
    if (isTitle(joined)) return n + 1;
    if (!isTitleFragment(line)) return 0;
  }
  return 0;
}

