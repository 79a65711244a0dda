import type { Element } from '@xmldom/xmldom';
import { attr, child, childVal, children, isOn } from './ooxml.js';
import { CAPITAL_DIGITS, CAPITAL_UNITS, writeChineseNumeral } from './numbers.js';

/**
 * Word's automatic numbering (numbering.xml), rendered as Word shows it in front of a paragraph:
 * the label of `<w:lvlText w:val="（%2）"/>` with each %N replaced by level N's counter in its
 * format. Reports number their sections 一、（一）1.（1）, and the outline and heading-numbering read
 * those markers, so a heading Word numbers must read as it shows.
 *
 * Counters follow Word: they belong to the abstract definition, so two lists (w:num) sharing one
 * continue each other's count unless a list restarts a level with w:startOverride; a level restarts
 * when a level above it is used (or as w:lvlRestart says).
 */

interface Level {
  start: number;
  format: string;
  text: string;
  /** What follows the label: a tab (Word's default), a space or nothing. */
  suffix: string;
  /** w:lvlRestart: restart after a use of a level above this 1-based level; 0 never. */
  restart?: number;
  /** w:isLgl: the other levels' counters shown as Arabic numbers (1.1 under 一、). */
  legal: boolean;
  /** The paragraph style this level is linked to (Heading 1 → level 0). */
  style?: string;
}

interface List {
  abstractId: string;
  /** Per level: a restart value (w:startOverride) and/or a level replacing the abstract's. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

/** A paragraph's numbering: its list and level, from its own w:numPr or its style's. */
export interface NumberingRef {
  numId: string;
  ilvl?: number;
}

const SUFFIXES: Record<string, string> = { tab: '\t', space: ' ', nothing: '' };

function int(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

function readLevel(lvl: Element): Level {
  const restart = int(childVal(lvl, 'lvlRestart'));
  const style = childVal(lvl, 'pStyle');
  return {
    start: int(childVal(lvl, 'start')) ?? 0,
    format: childVal(lvl, 'numFmt') ?? 'decimal',
    // An absent w:lvlText shows nothing; `<w:lvlText w:val=""/>` too.
    text: attr(child(lvl, 'lvlText'), 'val') ?? '',
    suffix: SUFFIXES[childVal(lvl, 'suff') ?? 'tab'] ?? '\t',
    legal: isOn(child(lvl, 'isLgl')),
    ...(restart !== undefined ? { restart } : {}),
    ...(style !== undefined ? { style } : {}),
  };
}

function readLevels(parent: Element): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of children(parent, 'lvl')) levels.set(int(attr(lvl, 'ilvl')) ?? 0, readLevel(lvl));
  return levels;
}

/** A paragraph style's numbering and the style it is based on (styles.xml). */
export interface StyleNumbering {
  basedOn?: string;
  numbering?: NumberingRef;
}

export function numberingRef(numPr: Element | undefined): NumberingRef | undefined {
  const numId = childVal(numPr, 'numId');
  if (numId === undefined) return undefined;
  const ilvl = int(childVal(numPr, 'ilvl'));
  return ilvl === undefined ? { numId } : { numId, ilvl };
}

/** Paragraph and numbering styles by id, with what numbering each carries; the default paragraph style under ''. */
export function readStyles(styles: Element | undefined): Map<string, StyleNumbering> {
  const out = new Map<string, StyleNumbering>();
  if (!styles) return out;
  for (const style of children(styles, 'style')) {
    const id = attr(style, 'styleId');
    if (id === undefined) continue;
    const basedOn = childVal(style, 'basedOn');
    const numbering = numberingRef(child(child(style, 'pPr'), 'numPr'));
    const entry: StyleNumbering = { ...(basedOn !== undefined ? { basedOn } : {}), ...(numbering ? { numbering } : {}) };
    out.set(id, entry);
    if (attr(style, 'type') === 'paragraph' && ['1', 'true', 'on'].includes(attr(style, 'default') ?? '')) out.set('', entry);
  }
  return out;
}

/** The numbering a paragraph shows: its own w:numPr, else its style's (following w:basedOn). */
export function paragraphNumbering(
  own: NumberingRef | undefined,
  styleId: string | undefined,
  styles: Map<string, StyleNumbering>,
): (NumberingRef & { style?: string }) | undefined {
  // A paragraph's own w:numId without w:ilvl keeps the style's level (and the reverse).
  // The style that carries the numbering is the one a level may be linked to (w:pStyle in w:lvl).
  let fromStyle: NumberingRef | undefined;
  let style = styleId;
  const seen = new Set<string>();
  for (let id: string | undefined = styleId ?? ''; id !== undefined && !seen.has(id); id = styles.get(id)?.basedOn) {
    seen.add(id);
    fromStyle = styles.get(id)?.numbering;
    if (fromStyle) {
      if (id !== '') style = id;
      break;
    }
  }
  const numId = own?.numId ?? fromStyle?.numId;
  if (numId === undefined) return undefined;
  const ilvl = own?.ilvl ?? fromStyle?.ilvl;
  return { numId, ...(ilvl !== undefined ? { ilvl } : {}), ...(style !== undefined ? { style } : {}) };
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESIZED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

function fromTable(n: number, table: string): string {
  return n >= 1 && n <= table.length ? [...table][n - 1]! : String(n);
}

function letters(n: number, a: number): string {
  if (n <= 0) return String(n);
  // Word repeats the letter past z: aa, bb …
  return String.fromCharCode(a + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

const ROMAN: Array<[number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  for (const [value, numeral] of ROMAN) for (; n >= value; n -= value) out += numeral;
  return out;
}

/**
 * A counter in one of w:numFmt's formats; undefined for a format not rendered here (bullets, whose
 * glyph is a symbol-font character, and the rarer scripts), whose label is then left out.
 */
function formatCounter(n: number, format: string): string | undefined {
  switch (format) {
    case 'decimal':
    case 'decimalHalfWidth':
      return String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return fromTable(n, CIRCLED);
    case 'decimalEnclosedParen':
      return fromTable(n, PARENTHESIZED);
    case 'decimalEnclosedFullstop':
      return fromTable(n, FULL_STOP);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return writeChineseNumeral(n);
    case 'chineseLegalSimplified':
      return writeChineseNumeral(n, CAPITAL_DIGITS, CAPITAL_UNITS);
    case 'ideographLegalTraditional':
      return writeChineseNumeral(n, '零壹貳參肆伍陸柒捌玖', '拾佰仟');
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
    case 'ideographTraditional':
      return fromTable(n, HEAVENLY_STEMS);
    case 'ideographZodiac':
      return fromTable(n, EARTHLY_BRANCHES);
    case 'lowerLetter':
      return letters(n, 97);
    case 'upperLetter':
      return letters(n, 65);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'none':
      return '';
    default:
      return undefined;
  }
}

/** The lists of one document and the counters Word keeps while it lays the paragraphs out in order. */
export class Numbering {
  private readonly abstracts = new Map<string, { levels: Map<number, Level>; styleLink?: string }>();
  private readonly lists = new Map<string, List>();
  /** Counter by abstract definition, then level; a level absent has not been used since it last restarted. */
  private readonly counters = new Map<string, Map<number, number>>();
  /** Lists whose w:startOverride for a level has been applied (`numId:ilvl`). */
  private readonly restarted = new Set<string>();

  constructor(
    numbering: Element | undefined,
    private readonly styles: Map<string, StyleNumbering>,
  ) {
    if (!numbering) return;
    for (const abstract of children(numbering, 'abstractNum')) {
      const id = attr(abstract, 'abstractNumId');
      if (id === undefined) continue;
      const styleLink = childVal(abstract, 'numStyleLink');
      this.abstracts.set(id, { levels: readLevels(abstract), ...(styleLink !== undefined ? { styleLink } : {}) });
    }
    for (const num of children(numbering, 'num')) {
      const id = attr(num, 'numId');
      const abstractId = childVal(num, 'abstractNumId');
      if (id === undefined || abstractId === undefined) continue;
      const overrides: List['overrides'] = new Map();
      for (const override of children(num, 'lvlOverride')) {
        const start = int(childVal(override, 'startOverride'));
        const lvl = child(override, 'lvl');
        overrides.set(int(attr(override, 'ilvl')) ?? 0, {
          ...(start !== undefined ? { start } : {}),
          ...(lvl ? { level: readLevel(lvl) } : {}),
        });
      }
      this.lists.set(id, { abstractId, overrides });
    }
    // Resolved once every list is known: the list a numbering style names may come later in the part.
    for (const list of this.lists.values()) list.abstractId = this.resolveLink(list.abstractId);
  }

  /** A definition that only points at a numbering style (w:numStyleLink) stands for that style's list's definition. */
  private resolveLink(abstractId: string): string {
    const link = this.abstracts.get(abstractId)?.styleLink;
    const numId = link === undefined ? undefined : this.styles.get(link)?.numbering?.numId;
    const target = numId === undefined ? undefined : this.lists.get(numId)?.abstractId;
    return target !== undefined && this.abstracts.get(target)?.styleLink === undefined ? target : abstractId;
  }

  private level(list: List, ilvl: number): Level | undefined {
    return list.overrides.get(ilvl)?.level ?? this.abstracts.get(list.abstractId)?.levels.get(ilvl);
  }

  /** The level of a paragraph whose numbering gives none: the level linked to its style, else the first. */
  private levelOf(list: List, style: string | undefined): number {
    if (style !== undefined) {
      for (const [ilvl, level] of this.abstracts.get(list.abstractId)?.levels ?? []) if (level.style === style) return ilvl;
    }
    return 0;
  }

  /**
   * Counts the paragraph and returns its label with its suffix ('一、', '（1）\t'); '' when the
   * paragraph is not numbered, its list is unknown or its format is not rendered (see `formatCounter`).
   */
  next(ref: (NumberingRef & { style?: string }) | undefined): string {
    if (!ref || ref.numId === '0') return '';
    const list = this.lists.get(ref.numId);
    if (!list) return '';
    const ilvl = ref.ilvl ?? this.levelOf(list, ref.style);
    const level = this.level(list, ilvl);
    if (!level) return '';
    const counters = this.counters.get(list.abstractId) ?? new Map<number, number>();
    this.counters.set(list.abstractId, counters);
    const key = `${ref.numId}:${ilvl}`;
    const restart = list.overrides.get(ilvl)?.start;
    if (restart !== undefined && !this.restarted.has(key)) {
      this.restarted.add(key);
      counters.set(ilvl, restart);
    } else {
      counters.set(ilvl, (counters.get(ilvl) ?? level.start - 1) + 1);
    }
    for (const deeper of [...counters.keys()]) {
      if (deeper <= ilvl) continue;
      const after = this.level(list, deeper)?.restart ?? deeper;
      if (after !== 0 && ilvl < after) counters.delete(deeper);
    }
    return this.label(list, level, counters);
  }

  private label(list: List, level: Level, counters: Map<number, number>): string {
    if (level.format === 'bullet') return '';
    let rendered = true;
    const text = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const ilvl = Number(n) - 1;
      const other = this.level(list, ilvl);
      const value = counters.get(ilvl) ?? other?.start ?? 1;
      const format = level.legal && other?.format !== 'decimalZero' ? 'decimal' : (other?.format ?? 'decimal');
      const shown = formatCounter(value, format);
      if (shown === undefined) rendered = false;
      return shown ?? '';
    });
    return rendered && text !== '' ? text + level.suffix : '';
  }
}
