import { Locale } from 'opencc-js/t2cn';
import { stringOfUnits } from './units.js';

/**
 * OpenCC's Traditional → Simplified table (`t` to `cn`: TSCharacters, then TSPhrases), read into
 * flat lookups. OpenCC's own converter walks a trie of Maps at every character and was the
 * parser's hottest function on Traditional drafts; this gives the same output (the longest key
 * that starts at a position wins, a later entry replaces an earlier one with the same key).
 */
interface Table {
  /** Per BMP code unit: the bits below. */
  bmp: Uint8Array;
  /** Per BMP code unit: the code unit it becomes, converted (when one-to-one) and width-folded. */
  simple: Uint16Array;
  /** The same bits for code points above U+FFFF. */
  astral: Map<number, number>;
  /** One-character keys. */
  single: Map<number, string>;
  /** Longer keys by their first code point, longest first. */
  phrases: Map<number, Phrase[]>;
}

interface Phrase {
  key: string;
  value: string;
  /** The key's code unit after its first character: most candidates fail on it, before startsWith. */
  second: number;
}

/** A one-character key. */
const SINGLE = 2;
/** The first character of a longer key. */
const PHRASE = 4;
/** A one-character key whose value is not one BMP code unit. */
const ODD = 8;
/** A high surrogate: the code point it starts may be a key. */
const HIGH = 16;
/** A low surrogate: met on its own, it is a lone one (a pair is read from its high surrogate). */
const LOW = 32;
/** What `simple` alone cannot convert. */
const ATTENTION = PHRASE | ODD | HIGH | LOW;

let table: Table | undefined;

/** The keys of TSCharacters, whose presence makes a text Traditional: BMP ones by code unit. */
let traditionalBmp: Uint8Array | undefined;
let traditionalAstral: Set<number> | undefined;

/** Built for the first Traditional draft only: reading OpenCC's whole table takes some 20 ms. */
function buildTable(): Table {
  const [characters, phrases] = Locale.to.cn as [string, string];
  // Later entries replace earlier ones, as in OpenCC's trie.
  const entries = new Map<string, string | undefined>();
  for (const dict of [characters, phrases]) {
    for (const entry of dict.split('|')) {
      const [key, value] = entry.split(' ');
      if (key) entries.set(key, value);
    }
  }
  const t: Table = { bmp: new Uint8Array(0x10000), simple: new Uint16Array(0x10000), astral: new Map(), single: new Map(), phrases: new Map() };
  for (let code = 0; code < 0x10000; code++) t.simple[code] = foldCode(code);
  for (let code = 0xd800; code < 0xdc00; code++) t.bmp[code] = HIGH;
  for (let code = 0xdc00; code < 0xe000; code++) t.bmp[code] = LOW;
  const flag = (code: number, bit: number) => {
    if (code > 0xffff) t.astral.set(code, (t.astral.get(code) ?? 0) | bit);
    else t.bmp[code]! |= bit;
  };
  for (const [key, value] of entries) {
    if (value === undefined) continue; // OpenCC's trie treats a key without a value as no key.
    const first = key.codePointAt(0)!;
    if (key.length === (first > 0xffff ? 2 : 1)) {
      t.single.set(first, value);
      flag(first, SINGLE);
      if (first <= 0xffff && value.length === 1) t.simple[first] = foldCode(value.charCodeAt(0));
      else flag(first, ODD);
    } else {
      let list = t.phrases.get(first);
      if (!list) t.phrases.set(first, (list = []));
      list.push({ key, value, second: key.charCodeAt(first > 0xffff ? 2 : 1) });
      flag(first, PHRASE);
    }
  }
  for (const list of t.phrases.values()) list.sort((a, b) => b.key.length - a.key.length);
  return t;
}

/** The longest key of more than one character at `i`, where the text has the code point `code`. */
function phraseAt(t: Table, text: string, i: number, code: number): Phrase | undefined {
  const second = text.charCodeAt(i + (code > 0xffff ? 2 : 1));
  for (const phrase of t.phrases.get(code)!) if (phrase.second === second && text.startsWith(phrase.key, i)) return phrase;
  return undefined;
}

const bitsOf = (t: Table, code: number): number => (code > 0xffff ? (t.astral.get(code) ?? 0) : t.bmp[code]!);

/**
 * Whether the text has a character OpenCC would convert. Most drafts are Simplified; a lookup
 * table over the code points is several times cheaper than running the converter over them.
 */
function hasTraditional(text: string): boolean {
  if (!traditionalBmp) {
    traditionalBmp = new Uint8Array(0x10000);
    traditionalAstral = new Set();
    for (const entry of (Locale.to.cn[0] as string).split('|')) {
      const code = entry.codePointAt(0)!;
      if (code > 0xffff) traditionalAstral.add(code);
      else traditionalBmp[code] = 1;
    }
  }
  // hot: runs over every character of every Simplified draft.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (traditionalBmp[code]) return true;
    if (code >= 0xd800 && code < 0xdc00 && traditionalAstral!.has(text.codePointAt(i)!)) return true;
  }
  return false;
}

/** OpenCC's t→cn conversion: at each position the longest key that starts there, else the character. */
function convert(t: Table, text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const bits = bitsOf(t, code);
    let matched = 0;
    let value = '';
    const phrase = bits & PHRASE ? phraseAt(t, text, i, code) : undefined;
    if (phrase) {
      matched = phrase.key.length;
      value = phrase.value;
    }
    if (matched === 0 && bits & SINGLE) {
      matched = width;
      value = t.single.get(code)!;
    }
    if (matched === 0) {
      i += width;
      continue;
    }
    out += text.slice(from, i) + value;
    i += matched;
    from = i;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Character by character, keeping a character whose conversion has another length. */
function convertKeepingLength(t: Table, text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const value = bitsOf(t, code) & SINGLE ? t.single.get(code)! : undefined;
    if (value !== undefined && value.length === width) {
      out += text.slice(from, i) + value;
      from = i + width;
    }
    i += width;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Full-width ASCII forms (！ to ～) map to ASCII by a fixed distance; U+3000 is the ideographic space. */
const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_SHIFT = 0xfee0;
const WIDE = /[\uff01-\uff5e\u3000\u00a0]/g;

const foldCode = (code: number): number =>
  code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST ? code - FULLWIDTH_SHIFT : code === 0x3000 || code === 0xa0 ? 0x20 : code;

// A native replace is several times faster than a loop that concatenates around every ，
const foldMatch = (ch: string): string => String.fromCharCode(foldCode(ch.charCodeAt(0)));

function foldWidth(text: string): string {
  return text.replace(WIDE, foldMatch);
}

/** Output code units of `simplifyAndFold`, reused from draft to draft. */
let buffer = new Uint16Array(1 << 16);

/**
 * `foldWidth(convert(text))` in one pass over code units, for the usual case where every
 * conversion keeps the length (undefined otherwise: the caller takes the exact, slower path).
 * hot: a Traditional draft converts about a third of its characters.
 */
function simplifyAndFold(t: Table, text: string): string | undefined {
  const n = text.length;
  if (buffer.length < n) buffer = new Uint16Array(n * 2);
  const out = buffer;
  const { bmp, simple } = t;
  let lone = false;
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    const bits = bmp[code]!;
    if ((bits & ATTENTION) === 0) {
      out[i++] = simple[code]!;
      continue;
    }
    if (bits & (HIGH | LOW)) {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) {
        // A key above U+FFFF (most change length): the exact path.
        if (bitsOf(t, point) !== 0) return undefined;
        out[i] = code;
        out[i + 1] = text.charCodeAt(i + 1);
        i += 2;
      } else {
        lone = true; // kept as it is
        out[i++] = code;
      }
      continue;
    }
    const phrase = bits & PHRASE ? phraseAt(t, text, i, code) : undefined;
    if (phrase) {
      const { key, value } = phrase;
      if (value.length !== key.length) return undefined;
      for (let k = 0; k < value.length; k++) out[i + k] = foldCode(value.charCodeAt(k));
      i += key.length;
      continue;
    }
    if (bits & ODD) return undefined;
    out[i++] = simple[code]!;
  }
  return stringOfUnits(out, n, !lone);
}

/**
 * Converts Traditional characters to Simplified with OpenCC's character table (not phrase
 * idioms: 程式 stays 程式), keeping every UTF-16 offset: where a conversion would change the
 * length, the original character is kept. The exact path, for drafts `simplifyAndFold` leaves.
 */
function simplify(t: Table, text: string): string {
  const converted = convert(t, text);
  return converted.length === text.length ? converted : convertKeepingLength(t, text);
}

/**
 * The normalized view every rule matches on: Simplified script, half-width ASCII punctuation and
 * digits. It has exactly the length of the input, so an offset in one is the same offset in the other.
 */
export function normalizeText(text: string): string {
  if (!hasTraditional(text)) return foldWidth(text);
  table ??= buildTable();
  return simplifyAndFold(table, text) ?? foldWidth(simplify(table, text));
}
