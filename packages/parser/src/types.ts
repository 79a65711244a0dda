import type { Paragraph, Root, RootContent } from 'mdast';

export type SourceFormat = 'txt' | 'md';
export type Eol = '\n' | '\r\n' | '\r';

/** A draft as read: decoded text (BOM removed, line endings kept) plus what is needed to write it back. */
export interface Source {
  path?: string;
  text: string;
  format: SourceFormat;
  /** WHATWG encoding label of the bytes: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030'. */
  encoding: string;
  bom: boolean;
  /** Dominant line ending, kept when text is written back. */
  eol: Eol;
  /**
   * Set when the text was extracted from a Word document rather than read as text: the file's bytes
   * are a zip archive, not this text, so fixes are never written back to it.
   */
  origin?: 'docx';
}

/** How a section is numbered, recognized in the normalized text. */
export type MarkerKind =
  | 'part' // 第一部分 (above 一、: reports that group their sections into parts)
  | 'chinese' // 一、
  | 'paren-chinese' // （一）
  | 'arabic' // 1.
  | 'paren-arabic' // （1）
  | 'circled' // ①
  | 'heading'; // a Markdown heading without a Chinese marker

export interface Marker {
  kind: MarkerKind;
  /** 1-based number the marker states (0 for 'heading'). */
  ordinal: number;
  /** The marker as written in the original text, separator included. */
  raw: string;
  start: number;
  end: number;
  /** The separator after the ordinal as written ('、', '.', '．', ')', '）、' …); '' when none. */
  separator: string;
  /** Text glued after the marker that belongs to an inline enumeration, like 是 in "（三）是注重…". */
  stray?: { start: number; end: number; text: string };
  /**
   * The numeral is lost, its separator left (“、坚持党的全面领导”): `raw` is the separator alone, and the
   * kind and ordinal are those the headings around it make due (see lostNumeralAt).
   */
  lost?: true;
}

export type PartId = string;

/**
 * The ways reports number the items of a list inside the text:
 * - 'shi': 一是……二是……三是…… (the usual one);
 * - 'di': 第一，……第二，……第三，…… (also 第一：, 第一是);
 * - 'paren': ……：（1）……；（2）……, 'parenHan': ……：（一）……；（二）……, 'circled': ……：①……；②……, 'halfParen': ……：1）……；2）……
 *   and 'letterParen': ……：a）……；b）……, inside a paragraph.
 * They are separate lists: a 一是 list may hold a 第一，第二 list and the other way round, and
 * neither continues or closes the other.
 */
export type EnumerationKind = 'shi' | 'di' | 'paren' | 'parenHan' | 'circled' | 'halfParen' | 'letterParen';

/** An inline lead of an enumeration: 二是, 第二 (before its ，/：/是), （2）, ②. */
export interface EnumerationItem {
  kind: EnumerationKind;
  /** 1 for 一是, 第一, （1）, ①, 1） and a） … 19 for 十九是 and 第十九. */
  ordinal: number;
  /** Offsets of the lead in the original text: "N是", "第N" without the pause or 是 after it, "（N）", "（二）", "②", "N）", "b）". */
  start: number;
  end: number;
}

/**
 * How a part is there: a top-level section; a subsection of another part's section (nested); a paragraph whose
 * first sentence opens it (paragraph); or only a sentence inside a measure that reports it in passing (mention:
 * “……局党组书记、局长切实履行推进法治建设第一责任人职责，……”), which says the report has the part, not where it stands.
 */
export type OccurrenceKind = 'section' | 'nested' | 'paragraph' | 'mention';

/** Where a part of the outline was found. */
export interface PartOccurrence {
  part: PartId;
  kind: OccurrenceKind;
  /**
   * The section (for 'section'/'nested') or paragraph that carries the part; for a later part of a
   * section whose heading names several, the subsection that opens it (“（二）2025年工作安排”) if one does;
   * for a 'mention', the paragraph or run-in subsection whose sentence mentions it.
   */
  node: Section | Paragraph;
  /**
   * Span of the part's content in the original text: from its heading to the next part or section
   * at its level. Of a section whose heading names several parts, each part's own stretch: a later
   * part from where its text opens (“下一步，我局将……”), the part before it up to there.
   */
  start: number;
  end: number;
}

export interface Section {
  type: 'section';
  /** 1 for 一、, 2 for （一）, 3 for 1., 4 for （1）, 5 for ①; Markdown depth for bare headings. */
  depth: number;
  marker: Marker | null;
  /** Title as written (original script), without the marker and the closing 。 */
  title: string;
  titleStart: number;
  titleEnd: number;
  /** True when the title was cut from a paragraph ("（一）标题。正文…"). */
  inline: boolean;
  children: Array<Section | RootContent>;
  position: NonNullable<Paragraph['position']>;
  data?: { parts?: PartId[] };
}

/**
 * Role of a top-level paragraph outside the outline. After the body, GB/T 9704 places the
 * attachment note (附件：1．……, its list), the signature, the date, the notation ((此件公开发布),
 * contact line) and the distribution line (抄送：……): 'attachment' and 'notation'. A report
 * delivered as a speech to the 人大常委会 has, between its title and its opening, the line saying
 * when and where (——2026年3月17日在……会议上), the speaker and the salutation (主任、各位副主任、各位委员：):
 * 'speech'.
 */
export type BlockRole = 'title' | 'front-matter' | 'opening' | 'closing' | 'signature' | 'date' | 'attachment' | 'notation' | 'speech';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  start: number;
  end: number;
}

/**
 * A name the report gives the body it is from, and where it is written: the title's (白沙县, before
 * its year), the opening's (its subject, “2025年，白沙县坚持……”, or its reporting sentence, “现将白沙县……报告如下”)
 * and the signature's. Offsets are the name's in the text.
 */
export interface BodyName {
  name: string;
  where: 'title' | 'opening' | 'signature';
  start: number;
  end: number;
}

/** A year and where its digits are written. */
export interface YearSpan {
  year: number;
  start: number;
  end: number;
}

export interface ReportMeta {
  title?: string;
  /** Reporting body, e.g. 阳江市阳东区 (normalized script). */
  body?: string;
  /** Every name the title, the opening and the signature give the reporting body, in text order. */
  bodyNames: BodyName[];
  /** The year reported on. */
  year?: number;
  /**
   * Where `year` comes from: the title; the opening, when the title states none; or the body, when
   * the title states a year that the opening, the part headings and the closing date all contradict
   * (a title left from last year's report).
   */
  yearSource?: 'title' | 'opening' | 'body';
  /** The year the title states and where it is written (its digits and 年), even when the body overrules it. */
  titleYear?: YearSpan;
  /**
   * The year another copy of the title states and where, when it is not titleYear's: a page that prints the
   * title twice (its own and the article's, “下陆区2025年……报告” over “下陆区2024年……报告”) left one of them
   * stale. The body decides which (see titleCopiesYear); when it says nothing, the report year is not known.
   */
  titleCopy?: YearSpan;
  /**
   * The year of the document's own 发文字号, printed above the title (晋川政报〔2026〕3号) or in a web page's
   * fields (文号：……), and where its digits are: the year the document was issued in.
   */
  docNumber?: YearSpan;
  /**
   * The date below the text (2026年1月15日); failing one, the date a report delivered as a speech was
   * delivered on (see deliveryDate): the day it was made public, and the only day the text gives.
   */
  closingDate?: CalendarDate;
  /** The date a report delivered as a speech gives in its delivery line (——2026年3月17日在……会议上). */
  deliveryDate?: CalendarDate;
  /**
   * With a deliveryDate, whether the frame under the title shows a speech: a delivery line naming the meeting,
   * a speaker or a salutation. The day alone in brackets (（2026年2月10日）) does not: a report printed in full
   * dates itself so.
   */
  speech?: boolean;
  /**
   * The date the fields of a web page copied with the report give it (发布日期, 成文日期 …): when the
   * report was issued, as its closing date says when there is one.
   */
  pageDate?: CalendarDate;
  /** 特此报告 present. */
  signOff: boolean;
  /**
   * The part the whole report is, when its title names that part alone (its reportTitles): a
   * 述法 report is the duties. That part is not looked for as a section: every heading of the
   * report is about it (“一、履职情况”, “（三）严格履行第一责任人职责”), none of them is where it is.
   */
  subject?: PartId;
}

/** A sentence of a paragraph, with offsets in the original text. */
export interface Sentence {
  start: number;
  end: number;
  /** Normalized (Simplified, half-width) text of the sentence; same length as the original span. */
  text: string;
}

/** A unit of running text: a paragraph, or the body of an inline section. */
export interface Block {
  node: Paragraph | Section;
  start: number;
  end: number;
  /** The nearest enclosing section, if any. */
  section?: Section;
  role?: BlockRole;
}

export interface OutlinePart {
  id: PartId;
  name: { 'zh-CN': string; en: string };
  required: boolean;
  /** Regular expressions (source strings) matched against a heading title, normalized to Simplified. */
  headings: string[];
  /** Headings that mention the part's words but are about something else (e.g. 整改 for shortcomings). */
  excludeHeadings?: string[];
  /**
   * Patterns of a paragraph's first sentence that start the part without a heading; inside a
   * section whose heading names this part after another, of any sentence: it starts this part's half.
   */
  paragraphCues?: string[];
  /**
   * Patterns of any sentence of the default part's text that reports the part in passing (“……局党组书记、局长切实
   * 履行推进法治建设第一责任人职责，全年4次主持……” in a measure's body): looked for only when nothing else
   * opens the part, which is then there as body text, so that a report that has it is not said to lack it.
   */
  sentenceCues?: string[];
  /**
   * Patterns of the first sentence of a point's body that make a point titled by the part a measure about it, not the
   * part: “一是压实法治建设第一责任人职责。督促各村（社区）、镇属单位主要负责人落实……” gives the duty to the units below.
   * Read after a run-in point's title (一是……。), a run-in subsection's and a subsection's, and, past a first clause that
   * carries out the part's regulation or list (“严格落实《……职责清单》，”: vocabulary.json#carriedOutClause), after that
   * clause; a sentence that reports the part only by such a clause is a measure when its rest or the next sentence gives
   * the part to others so. Absent: the title decides.
   */
  delegationCues?: string[];
  /**
   * Stricter patterns for a subsection title inside the default part (e.g. duties written as
   * "（二）践行党政主要负责人…第一责任人职责" under a measures section), or inside a section whose
   * heading names this part after another (“（二）下一步工作打算”), where it starts this part's half.
   * Absent: never nested.
   */
  nestedHeadings?: string[];
  /**
   * Patterns of a report's title (normalized to Simplified) that make the whole report this part
   * alone: a 述法 report (关于履行推进法治建设第一责任人职责情况的报告) is the duties, all of it. The part is
   * then the report itself, not a section to look for (see ReportMeta.subject).
   */
  reportTitles?: string[];
}

/** An outline profile: the required parts of a report type. Data, not code. */
export interface OutlineProfile {
  id: string;
  name: { 'zh-CN': string; en: string };
  basis: { 'zh-CN': string; en: string };
  parts: OutlinePart[];
  /** Part that topical top-level sections ("一、加强组织领导…") count as. */
  defaultPart?: PartId;
}

export interface ReportTree {
  source: Source;
  /** Traditional→Simplified and full→half width, same length as source.text, so offsets are shared. */
  normalized: string;
  root: Root;
  meta: ReportMeta;
  profile: OutlineProfile;
  /** Top-level sections in order. */
  sections: Section[];
  /** Every section, depth-first. */
  allSections: Section[];
  /** Every run of text in document order, including section titles' bodies. */
  blocks: Block[];
  /** The parts found, in document order (by start). */
  parts: PartOccurrence[];
  /** Offset → 1-based line/column in the original text. */
  point(offset: number): { line: number; column: number };
  /** Sentences of the original text between two offsets. */
  sentences(start: number, end: number): Sentence[];
  /** The outline part an offset belongs to, if any. */
  partAt(offset: number): PartOccurrence | undefined;
}

declare module 'mdast' {
  interface RootContentMap {
    section: Section;
  }
  interface ParagraphData {
    /** Inline 一是…二是… and 第一，第二，… items of the paragraph, in text order. */
    enumeration?: EnumerationItem[];
    /** Parts this unheaded paragraph opens. */
    parts?: PartId[];
  }
  interface RootData {
    report?: ReportMeta;
  }
}
