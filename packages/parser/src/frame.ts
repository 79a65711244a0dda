import vocabulary from './vocabulary.json' with { type: 'json' };
import { parseChineseNumeral } from './numbers.js';
import type { BlockRole, CalendarDate, YearSpan } from './types.js';

/** What recognizes the frame around the outline: title, web-page residue, sign-off, date. */
const FRONT_MATTER = new RegExp([...vocabulary.frontMatterCues, ...vocabulary.siteFurnitureCues].map((cue) => cue.replaceAll('{crumb}', vocabulary.crumbSeparator)).join('|'));
/** What separates the crumbs of a breadcrumb (“首页 > 政务公开 > 工作报告”, “首页/ 公开 / 正文”): see vocabulary.json#crumbSeparator. */
export const CRUMB_SEPARATOR = new RegExp(String.raw`\s*${vocabulary.crumbSeparator}\s*`);
const TITLE_CUE = new RegExp(vocabulary.titleCues.join('|'));
const SIGN_OFF = new RegExp(vocabulary.signOff);
const SIGNATURE = new RegExp(`(${vocabulary.signatureSuffixes.join('|')})$`);
const SIGNATURE_STAMP = new RegExp(vocabulary.signatureStamp);
const SIGNATURE_OTHER_NAME = new RegExp(vocabulary.signatureOtherName);
const SENTENCE_PUNCTUATION = /[。，,；;：:！!？?]/;
const ATTACHMENT_NOTE = new RegExp(vocabulary.attachmentNote);
const ATTACHMENT_ITEM = new RegExp(vocabulary.attachmentItem);
const ANNEX_MARKER = new RegExp(vocabulary.annexMarker);
const SENDING_VERB = new RegExp(vocabulary.sendingVerb);
const COVER_LETTER_TITLE = new RegExp(vocabulary.coverLetterTitle.replaceAll('{sendingVerb}', vocabulary.sendingVerb));
const NOTATIONS = vocabulary.notations.map((s) => new RegExp(s));
const DATA_NOTE = new RegExp(vocabulary.dataNote);
const CLOSING_WORDS = new RegExp(vocabulary.closingWords);
const PREFACE_WORDS = new RegExp(vocabulary.prefaceWords);
const PAGE_END = new RegExp([...vocabulary.pageEndCues, ...vocabulary.siteFurnitureCues].join('|'));
const PAGE_NUMBER = new RegExp(vocabulary.pageNumber);
const CONTENTS_HEADING = new RegExp(vocabulary.contentsHeading);
const CONTENTS_ENTRY = new RegExp(vocabulary.contentsEntry);

// ○ (U+25CB) is a common stand-in for 〇 in typed dates.
const CN_DIGIT = '[〇○零一二三四五六七八九]';
// 号 for 日 (2026年1月23号) is a slip date-format reports; the line is the closing date all the same.
const DATE_ARABIC = /^(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|[-./](\d{1,2})[-./](\d{1,2}))$/;
const DATE_CHINESE = new RegExp(`^(${CN_DIGIT}{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})[日号]$`);

export function isTitle(text: string): boolean {
  return text.length <= 60 && !SENTENCE_PUNCTUATION.test(text.replace(/[,，]/g, '')) && TITLE_CUE.test(text) && !/。/.test(text);
}

/** A line that may be part of a title spread over several lines: short, no sentence punctuation. */
export function isTitleFragment(text: string): boolean {
  return /\p{Script=Han}/u.test(text) && text.length <= 40 && !SENTENCE_PUNCTUATION.test(text) && !/。/.test(text) && !isFrontMatter(text);
}

/** Spaces a page pads a field's label with to align the fields (“发 布 机 构：”, “标      题：”). */
const PADDING = String.raw`[ \t\u3000]`;
const LABEL_PADDING = new RegExp(String.raw`(?<=\p{Script=Han})${PADDING}+(?=\p{Script=Han})`, 'gu');
const HAS_PADDING = new RegExp(PADDING);

export function isFrontMatter(text: string): boolean {
  if (text.length > 200) return false;
  if (FRONT_MATTER.test(text)) return true;
  // Most lines hold no blank at all: LABEL_PADDING, a look behind over the Han script, is not run over them.
  if (!HAS_PADDING.test(text)) return false;
  const closed = text.replace(LABEL_PADDING, '');
  return closed !== text && FRONT_MATTER.test(closed);
}

/** A field's label with its value on the next line (“- 公开方式：” over “- 主动公开”). */
export function isBareLabel(text: string): boolean {
  return text.length <= 12 && /[:：]$/.test(text) && isFrontMatter(text);
}

/** A line of the web page after the text: print and close links, related links, the site's footer. */
export function isPageEnd(text: string): boolean {
  return text.length <= 200 && PAGE_END.test(text);
}

/** A page number alone on a line (“— 3 —”, “第 3 页 共 8 页”): what a Word or PDF export leaves between pages. */
export function isPageNumber(text: string): boolean {
  return text.length <= 20 && PAGE_NUMBER.test(text);
}

/** The line “目录” above a table of contents. */
export function isContentsHeading(text: string): boolean {
  return CONTENTS_HEADING.test(text);
}

/** A line of a table of contents: a heading, a dot leader or a tab, its page number. */
export function isContentsEntry(text: string): boolean {
  return text.length <= 80 && CONTENTS_ENTRY.test(text);
}

/**
 * A short line with no sentence punctuation: what a link under “相关链接” (another page's title) or
 * a running header looks like. Only its place makes it one.
 */
export function isBareLine(text: string): boolean {
  return text.length <= 60 && !SENTENCE_PUNCTUATION.test(text) && !/。/.test(text);
}

/** The addressee above the text (主送机关, GB/T 9704): “市人民政府：”, “中共安平县委、安平县人民政府：”. */
const ADDRESSEE = /^[^\s。,;:!?]{2,40}:$/;
/**
 * Bodies named one after another, each ending in a word for a body (委, 政府, 委员会 …), and nothing
 * else on the line: an addressee whose colon was dropped (“宣州区委、区政府”), or one that names a Party
 * committee and a government with a comma between them, as GB/T 9704 separates addressees of different
 * kinds (“中共将乐县委员会，将乐县人民政府：”).
 */
const BODY = String.raw`[^\s。,;:!?、]{1,20}(?:委|政府|委员会|人大常委会|局|厅)`;
const BARE_ADDRESSEE = new RegExp(String.raw`^${BODY}(?:[、,]${BODY})*:?$`);

/**
 * Whether a line (normalized, trimmed) is the addressee, which is no opening of the text. A
 * reporting sentence alone on its line (“现将我局2024年度……情况报告如下：”) ends with a colon too,
 * and is the opening.
 */
export function isAddressee(text: string): boolean {
  return (ADDRESSEE.test(text) && !REPORTING_SENTENCE.test(text)) || (text.length <= 40 && BARE_ADDRESSEE.test(text));
}

/** A date written alone on a line: 2023年1月9日 or 二〇二三年一月九日 (its 日 typed 号 or left out: date-format's to report). */
export function parseDateLine(text: string, start: number): CalendarDate | undefined {
  const arabic = DATE_ARABIC.exec(text);
  if (arabic) {
    const [, year, month, day, isoMonth, isoDay] = arabic;
    return { year: Number(year), month: Number(month ?? isoMonth), day: Number(day ?? isoDay), start, end: start + text.length };
  }
  const chinese = DATE_CHINESE.exec(text);
  if (chinese) {
    const year = Number([...chinese[1]!].map((d) => ('〇○零'.includes(d) ? 0 : parseChineseNumeral(d))).join(''));
    return { year, month: parseChineseNumeral(chinese[2]!), day: parseChineseNumeral(chinese[3]!), start, end: start + text.length };
  }
  return undefined;
}

/**
 * The date a web page's fields give the report (“发布日期：2023-02-08”, “[ 成文日期 ] 2023-03-03”,
 * “发 文 日 期: 2023-03-30”, “时间:2023-03-28 来源:……”, “成文日期：2023年3月3日”): a date right after a
 * label of 日期 or 时间, the label's padding and brackets allowed. Only the lines of page residue are read. No
 * space is allowed inside the year, the month or the day, nor a digit after the day (2023-03-2 8 is no date).
 */
const PAGE_DATE = /(?:日\s*期|时\s*间)\s*(?:[:|\]]\s*){0,2}((\d{4})\s*(?:[-./]|年)\s*(\d{1,2})\s*(?:[-./]|月)\s*(\d{1,2})(?!\d)(?:\s*日)?)/g;

/**
 * The dates a line of page residue gives after its labels (“[ 成文日期 ] 2023-03-03 [ 发布日期 ] 2023-03-09” gives
 * two), each spanning the date alone (2023-02-08, 2023年2月8日; offsets within the normalized text): invalid-date
 * points there when the page gives a day that does not exist.
 */
export function pageDatesOf(line: string, start: number): CalendarDate[] {
  return [...line.matchAll(PAGE_DATE)].map((m) => {
    const [whole, date, year, month, day] = m as unknown as [string, string, string, string, string];
    const at = start + m.index + whole.length - date.length;
    return { year: Number(year), month: Number(month), day: Number(day), start: at, end: at + date.length };
  });
}

/** The first date a line of page residue gives after a label, or undefined. */
export function pageDateOf(line: string, start: number): CalendarDate | undefined {
  return pageDatesOf(line, start)[0];
}

/**
 * The 发文字号 of the document itself: the 版头's line above the title (“晋川政报〔2026〕3号”, its 签发人
 * after it or not) or a web page's field (“文号：松林〔2025〕9号”). Its year is the year it was issued in.
 */
const DOC_NUMBER = /^\S{2,16}?〔(\d{4})〕\d{1,4}号/;

/** The year of the document's own 发文字号 on a line of front matter and where its digits are, or undefined. */
export function docNumberOf(line: string, start: number): YearSpan | undefined {
  const indent = line.length - line.trimStart().length;
  const m = DOC_NUMBER.exec(line.slice(indent));
  if (!m) return undefined;
  const at = start + indent + m[0].indexOf('〔') + 1;
  return { year: Number(m[1]), start: at, end: at + 4 };
}

/**
 * The frame of a report delivered as a speech to the 人大常委会, between its title and its opening:
 * see vocabulary.json#speechFrame.
 */
const DELIVERY_LINE = new RegExp(vocabulary.speechFrame.deliveryLine);
const DATED_LINE = new RegExp(vocabulary.speechFrame.datedLine);
const SPEAKER = new RegExp(`^[^\\s。,;:!?]{0,30}?(?:${vocabulary.speechFrame.speakerPosts.join('|')})\\s*[\\u4e00-\\u9fa5·]{2,4}$`);
const SALUTATION_WORD = `(?:${vocabulary.speechFrame.salutationWords.join('|')})`;
const SALUTATION = new RegExp(`^${SALUTATION_WORD}(?:[、,]${SALUTATION_WORD})*:?$`);

/**
 * The line saying when and where the report was delivered (“——2026年3月17日在……会议上”), or only when, the day
 * alone in brackets under the title (“（2026年2月10日）”): a report printed in full dates itself there, not below.
 */
export function isDeliveryLine(text: string): boolean {
  return text.length <= 80 && (DELIVERY_LINE.test(text) || DATED_LINE.test(text));
}

/** Whether a line is only the day in brackets (“（2026年2月10日）”), the one frame line that names no meeting. */
export function isDatedLine(text: string): boolean {
  return DATED_LINE.test(text);
}

/** Who delivers the report: body, post and name (“某县人民政府副县长　张某某”), on a line of its own. */
export function isSpeaker(text: string): boolean {
  return text.length <= 40 && SPEAKER.test(text);
}

/** Whom the speech addresses: “主任、各位副主任、各位委员：”, “各位代表：”. */
export function isSalutation(text: string): boolean {
  return text.length <= 40 && SALUTATION.test(text);
}

/** The date a delivery line gives (offsets within the normalized text), or undefined when it has none. */
export function deliveryDateOf(line: string, start: number): CalendarDate | undefined {
  const m = DELIVERY_LINE.exec(line) ?? DATED_LINE.exec(line);
  const date = m?.[1] ?? m?.[2];
  if (!m || date === undefined) return undefined;
  return parseDateLine(date, start + m.index + m[0].indexOf(date));
}

/** Whether a heading's title (its marker and closing colon left out) heads the closing words: 结束语, 结语. */
export function isClosingWords(title: string): boolean {
  return CLOSING_WORDS.test(title);
}

/** Whether a heading's title (its marker and closing colon left out) heads a preface: 前言, 引言. */
export function isPreface(title: string): boolean {
  return PREFACE_WORDS.test(title);
}

/** Role of a trailing block, or undefined when it is ordinary content. */
export function closingRole(text: string): BlockRole | undefined {
  if (SIGN_OFF.test(text)) return 'closing';
  if (parseDateLine(text, 0)) return 'date';
  if (signatureName(text) !== undefined) return 'signature';
  if (text.length <= 200 && NOTATIONS.some((re) => re.test(text))) return 'notation';
  if (ATTACHMENT_NOTE.test(text)) return 'attachment';
  return undefined;
}

/**
 * The body a signature line names, its stamp note (“（盖章）”) left out, its other name in brackets kept
 * (“某县烟草专卖局（营销部）”); undefined when the line is no signature.
 */
export function signatureName(text: string): string | undefined {
  const name = text.replace(SIGNATURE_STAMP, '').trimEnd();
  return name.length <= 30 && !SENTENCE_PUNCTUATION.test(name) && SIGNATURE.test(name.replace(SIGNATURE_OTHER_NAME, '')) ? name : undefined;
}

/** Every year a title states, to be read past (restatesTitle). */
const TITLE_YEARS = new RegExp(vocabulary.titleYear, 'g');

/**
 * Whether `copy` is the title `title` printed again, as a web page prints it twice (its own title and the
 * article's) and a 公文 under a title with its document number: the same words, their years aside — a copy
 * on another year is the same title with one of the two years left stale, which the reader of the years
 * weighs (ReportMeta.titleCopy) —, or a title that states its year with a body's name over it on one side only
 * (the article's “杨陵区人民政府” / “关于2025年……的报告” under the page's “关于2025年……的报告”).
 */
export function restatesTitle(copy: string, title: string): boolean {
  const a = copy.replace(TITLE_YEARS, '#');
  const b = title.replace(TITLE_YEARS, '#');
  if (a === b) return a.length > 0;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return short.includes('#') && long.endsWith(short) && signatureName(long.slice(0, -short.length)) !== undefined;
}

/**
 * “附件”, “附件1” or “附表” alone on a line, a colon after it or not (附表：): the heading of an attachment
 * printed after the date (GB/T 9704—2012 8.1); a table of figures is often headed 附表. Drafters also put
 * the attachment's title on the same line (“附件：2025年行政执法情况统计表”): a short title with no
 * sentence mark, not a numbered list (“附件：1．……”, the attachment note, is frame).
 */
export function isAnnexMarker(text: string): boolean {
  return ANNEX_MARKER.test(text);
}

/** Whether a line is a cover letter's title (“关于报送……年度报告的函”): see vocabulary.json#coverLetterTitle. */
export function isCoverLetterTitle(text: string): boolean {
  return text.length <= 80 && COVER_LETTER_TITLE.test(text);
}

/** Whether a sentence sends what it names to the level above (“……报告（见附件），现呈上，请审阅”): see vocabulary.json#sendingVerb. */
export function isSendingSentence(text: string): boolean {
  return SENDING_VERB.test(text);
}

/**
 * The one document an attachment note names (“附件：某局2025年法治政府建设年度报告”, its book-title marks left
 * out); undefined for a line that is no attachment note, or whose note lists numbered documents (“附件：1．……”).
 */
export function attachmentNamed(text: string): string | undefined {
  const note = ATTACHMENT_NOTE.exec(text);
  if (!note) return undefined;
  const named = text.slice(note[0].length).trim().replace(/^《(.*)》$/, '$1');
  return named === '' || ATTACHMENT_ITEM.test(named) ? undefined : named;
}

/**
 * A further line of the attachment note, “2．……统计表” under “附件：1．……”: numbered, short, no
 * sentence punctuation. Only an attachment note above it makes it one.
 */
export function isAttachmentItem(text: string): boolean {
  return text.length <= 60 && ATTACHMENT_ITEM.test(text) && !SENTENCE_PUNCTUATION.test(text.replace(/^\d{1,2}[.、]/, '')) && !/。/.test(text);
}

/**
 * A note on the figures' source and period (“注：1．本报告中……统计时间为……”): frame only below the date —
 * above it, “说明：本年度无……” is the text of a part.
 */
export function isDataNote(text: string): boolean {
  return DATA_NOTE.test(text);
}

/**
 * A further line of a data note, “2．……数据来源于……平台。” under “注：1．……”: numbered and short, a
 * sentence this time. Only a data note above it makes it one.
 */
export function isNoteItem(text: string): boolean {
  return text.length <= 200 && ATTACHMENT_ITEM.test(text);
}

/**
 * A pattern of vocabulary.json with {bodyWord} standing for the words a body's name ends with, longest
 * first, and {selfReference} for a body naming itself (本局, 我院).
 */
function withBodyWord(source: string): RegExp {
  const words = [...vocabulary.bodyWords].sort((a, b) => b.length - a.length);
  return new RegExp(source.replaceAll('{bodyWord}', `(?:${words.join('|')})`).replaceAll('{selfReference}', `(?:${vocabulary.selfReference})`));
}

export const OPENING_BODY = withBodyWord(vocabulary.openingBody);
export const REPORTING_SENTENCE = new RegExp(vocabulary.reportingSentence);
/** Words by which an opening announces the report below it, with or without its year (现将有关情况报告如下, 请予审议). */
export const ANNOUNCEMENT = new RegExp(vocabulary.announcement);
/** A body naming itself (我委, 我局, 我县): see vocabulary.json#selfReference. */
export const SELF_REFERENCE = new RegExp(vocabulary.selfReference);
export const TITLE_YEAR = new RegExp(vocabulary.titleYear);
const SELF_REFERENCE_WHOLE = new RegExp(`^(?:${vocabulary.selfReference})$`);
const BODY_AFTER_YEAR = withBodyWord(vocabulary.bodyAfterYear);
/** The first year of a range the title's year closes (“2021-2025年度”, “2021至2025年”). */
const YEAR_RANGE_START = /\d{4} ?[-—–~至到]\s*$/;
const LIST_MARK = /^[•·*\-\s]+/;
/** The 发文字号 a site prints in brackets before a document's title (“[天政发〔2026〕7号]某市人民政府关于……”): no part of the name. */
const DOC_NUMBER_PREFIX = /^\[[^\]]{0,20}〔\d{4}〕\d{1,4}号\]/;
/** A news page's headline names the body as the one that publishes: “某部发布2023年……报告”. */
const NEWS_VERB = /(?:发布|公布|印发)$/;

/** A body named by its level alone (“现将街道2025年度……”); 镇江市 and 乡宁县 are names. */
const LEVEL_ONLY = /^(?:街道|街道办事处|乡|镇|乡政府|镇政府|乡人民政府|镇人民政府)$/;

/** Whether a body is only how the body names itself (我局, 本委): it says what kind of body, not which. */
export function isSelfReference(body: string): boolean {
  return SELF_REFERENCE_WHOLE.test(body);
}

/**
 * Whether a body's name leaves out its place: 我局, or the level's short name for it (县政府,
 * 市公安局, 街道). A signature with the full name says better which body it is.
 */
export function namesNoPlace(body: string): boolean {
  return isSelfReference(body) || /^[省市县区]/.test(body) || LEVEL_ONLY.test(body);
}

/** The body named right after a year, before the subject (“山西省法治政府建设年度报告” → 山西省). */
export function bodyAfterYear(text: string): string | undefined {
  return BODY_AFTER_YEAR.exec(text)?.[1];
}

/**
 * The body a title names before its year (or before 关于), given its lines and where that is. The
 * year's own line has it when it has words before the year other than 关于 (a web page's category line above the title, “法治政府建设”,
 * is not part of the name); a title wrapped before its year (“江南省人民政府关于” / “2025年……”) has it
 * on the lines above. 关于 separates 发文机关 and 事由 (GB/T 9704); a title that is all 事由
 * (“关于东湖区2024年度……的报告”) names its place after it. The start of a year range is not a name,
 * nor the verb of a news headline (“某部发布2023年……”).
 */
export function bodyBeforeYear(lines: readonly string[], end: number): string {
  let before = '';
  let at = 0;
  for (const line of lines) {
    if (end < at + line.length) {
      const own = line.slice(0, end - at).replace(LIST_MARK, '').replace(DOC_NUMBER_PREFIX, '');
      before = own.replace('关于', '').trim().length >= 2 ? own : before + own;
      break;
    }
    before += line;
    at += line.length;
  }
  before = before.replace(YEAR_RANGE_START, '').trim().replace(NEWS_VERB, '');
  const about = before.indexOf('关于');
  // A title may leave a blank between the organ and 关于 (“某县司法局 关于……”): not part of the name.
  return about > 0 ? before.slice(0, about).trimEnd() : about === 0 ? before.slice(2) : before;
}

/** The place above a district, county or town that a signature may write first: 重庆市 in 重庆市石溪区人民政府. */
const HIGHER_PLACE = /^\p{Script=Han}{1,8}?(?:省|市|自治区|自治州|州|盟|地区|县|区|旗)$/u;

/**
 * The signature when it names the government of the place the title names (白沙县 signed
 * 白沙县人民政府, 石溪区 signed 重庆市石溪区人民政府): that government is the reporting body. Any other
 * signature (a bureau, two bodies) does not say who the place's report is from, and the place stays.
 */
export function placeGovernment(place: string, signature: string): string | undefined {
  const at = signature.indexOf(place);
  if (at < 0 || (at > 0 && !HIGHER_PLACE.test(signature.slice(0, at)))) return undefined;
  return vocabulary.placeGovernments.includes(signature.slice(at + place.length)) ? signature : undefined;
}

/**
 * The signature when the title names the body by its short name (柳湾区文广旅体局 signed
 * 柳湾区文化广电旅游体育局, 市发改委 for 市发展和改革委员会): a 简称 keeps some characters of the full
 * name, in their order, from its first. The full name is the reporting body. A name the signature
 * only goes on from (白沙县人民政府 signed 白沙县人民政府办公室) is another body, and stays.
 */
export function fullName(short: string, signature: string): string | undefined {
  if (!SIGNATURE.test(short) || signature.startsWith(short) || short[0] !== signature[0]) return undefined;
  let at = 0;
  for (const c of short) {
    at = signature.indexOf(c, at) + 1;
    if (at === 0) return undefined;
  }
  return signature;
}
