import { defineRule } from '@reportlint/core';
import type { BodyName } from '@reportlint/parser';

/** What a body's name may lead with before its place: a Party committee's 中共, a tax bureau's vertical head. */
const BODY_HEAD = '(?:中共|中国共产党|国家税务总局)?';

/**
 * A place at the head of a body's name and its level: 白沙县, 江南省, 黔东南苗族侗族自治州, 金沙街道.
 * The name of the place is at least two characters (全县, 我市 name none), at most nine (the
 * ethnic names of autonomous areas); a Party committee's name leads with 中共, a tax bureau's with its
 * vertical head (国家税务总局白沙县税务局), which is no place.
 */
const PLACE = new RegExp(`^${BODY_HEAD}([\u4e00-\u9fff]{2,9}?)(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|街道|省|市|州|盟|县|旗|区|镇|乡)`);

/**
 * A body of a vertical system named after its place with no level (江岭海事局, 南京海关, 江岭海事局临川海事处):
 * the place is the words before the body's kind, two to four characters (连云港, 天津新港).
 */
const VERTICAL_PLACE = /^(?:中华人民共和国)?([\u4e00-\u9fff]{2,4}?)(海事局|海事处|海关)/;

/** Words that make a vertical body's “place” a description of it: 各海事处, 部海事局, 局属海事处. */
const NOT_A_PLACE = /[和与及某各全本我该部局厅处属直]/;

/**
 * A 直辖市 written without 市 at the head of a name (天津海河湾经济技术开发区, 上海浦东新区): the city is a place
 * of its own, and the name after it another (天津 and 海河湾, not 天津海河湾), so that two zones or districts
 * within the same city are told apart.
 */
const MUNICIPALITY = new RegExp(`^${BODY_HEAD}(北京|天津|上海|重庆)(?!市)`);

/**
 * The words a zone's kind leads with (北京经济技术开发区, 重庆高新区, 上海自由贸易试验区): they name no place
 * of their own. After a 直辖市 the city with them stays the place (its short form 北京经开区 keeps 北京); a
 * zone named by its kind alone (经济技术开发区管理委员会 over an opening's 经开区: a site that prints no
 * city) names none, and is not compared.
 */
const ZONE_WORD = /^(?:经济|经开|高新|高技|自由|自贸|保税|综合|综保|出口|开发|工业|产业|国家|国际)/;

/** A name taken apart: its places, the widest first, the level of the narrowest ('' for a vertical body's), and the body after them. */
interface ParsedName {
  places: string[];
  level: string;
  body: string;
}

/**
 * The places a name leads with, the widest first (江南省白沙县 → 江南, 白沙), and the body after them
 * (司法局). A word that joins two things (住房和城乡建设局) is a department's, not a place's; 某某县 stands
 * in for a name (a template's, or a report made anonymous), and is none.
 */
function parseName(name: string): ParsedName {
  const places: string[] = [];
  let level = '';
  let rest = name.replace(/^关于/, '');
  const city = MUNICIPALITY.exec(rest);
  const next = city && placeAt(rest.slice(city[0].length));
  if (city && next) {
    places.push(city[1]!);
    rest = rest.slice(city[0].length);
  }
  for (;;) {
    const m = placeAt(rest);
    if (m) {
      places.push(m[1]!);
      level = m[2]!;
      rest = rest.slice(m[0].length);
      continue;
    }
    const v = VERTICAL_PLACE.exec(rest);
    if (!v || NOT_A_PLACE.test(v[1]!) || ZONE_WORD.test(v[1]!)) break;
    places.push(v[1]!);
    level = '';
    const after = rest.slice(v[0].length);
    // A branch under it (江岭海事局临川海事处) names the narrower place; else the kind is the body.
    if (!VERTICAL_PLACE.test(after)) {
      rest = rest.slice(v[0].length - v[2]!.length);
      break;
    }
    rest = after;
  }
  return { places, level, body: rest };
}

const placesOf = (name: string): string[] => parseName(name).places;

/**
 * The place `text` leads with (PLACE's match), unless its name joins two things, stands in for one, or
 * is a zone's kind (经济技术开发区, 高新区).
 */
function placeAt(text: string): RegExpExecArray | undefined {
  const m = PLACE.exec(text);
  return m && !/[和与及某]/.test(m[1]!) && !ZONE_WORD.test(m[1]!) && !PARTY_ORGAN_END.test(m[1]!) ? m : undefined;
}

/**
 * A place's words never end with a Party organ: in 区委区政府, 县委县政府, 镇党委镇政府 (the body's own Party committee
 * and government, written without 、) 区委 is no place of level 区 — the joint organ names none.
 */
const PARTY_ORGAN_END = /委$/;

/**
 * Whether two names may be of the same body: the narrowest place either names is written in the
 * other (白沙县 and 江南省白沙县人民政府; 黔东南州 and 黔东南苗族侗族自治州). Two characters of a place
 * are enough to tell: abbreviations keep the first two (经开区 for 经济技术开发区), and two places of
 * the same two first characters are rare enough to let pass.
 */
function samePlace(a: string, b: string): boolean {
  const pa = placesOf(a).at(-1);
  const pb = placesOf(b).at(-1);
  if (pa === undefined || pb === undefined) return true;
  return a.includes(pb.slice(0, 2)) || b.includes(pa.slice(0, 2));
}

/** The level's word a body names itself by without its place (县司法局, 市政府), for each level of a place. */
const SHORT_LEVEL: Record<string, string> = { 省: '省', 市: '市', 州: '州', 县: '县', 区: '区', 旗: '旗', 盟: '盟', 镇: '镇', 乡: '乡', 自治州: '州', 自治县: '县', 自治旗: '旗', 自治区: '区' };

/** A body named by its level's word alone, no place (市税务局, 县市场监管局, 区政府): the word and the body after it. */
const LEVEL_NAME = /^([省市县区州旗盟镇乡])(.{2,})$/;

/**
 * The kinds of body a vertical system gives the same name in every place, and no local office bears:
 * a report of one that names another kind (县市场监管局 in a 税务局's) is another body's, and so is one of
 * a local office that names one of them.
 */
const VERTICAL_KINDS = ['税务局', '海事局', '海事处', '海关', '气象局', '烟草专卖局', '邮政管理局'];

/** A body's name without another name in brackets after it (烟草专卖局（营销部）) nor its Party organ (司法局党组). */
const bareBody = (body: string) => body.replace(/[（(][^）)]*[）)]$/, '').replace(/(?:党组|党委|党工委)$/, '');

/** Whether `a`'s characters come in `b` in order: 市场监管局 in 市场监督管理局, 政府 in 人民政府, 住建局 in 住房和城乡建设局. */
function within(a: string, b: string): boolean {
  let at = 0;
  for (const c of a) {
    at = b.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Whether two bodies are of one kind, one perhaps the other's short form (市场监管局, 市场监督管理局). */
const sameKind = (a: string, b: string) => within(a, b) || within(b, a);

/** The words of an office that say what it is, not what it does: 局, 委员会, 办公室 …. */
const OFFICE_WORDS = /[局委员会厅办公室处署政府人民]/g;

/**
 * Whether two bodies are of other kinds for sure: one of them is a vertical system's (VERTICAL_KINDS), and
 * their names share no character but the words of an office (税务局 and 市场监管局; not 税务局 and 地税局,
 * an old name, nor 海事局 and 海关).
 */
function otherKind(a: string, b: string): boolean {
  if (!VERTICAL_KINDS.some((k) => a.endsWith(k) || b.endsWith(k))) return false;
  const words = new Set(a.replace(OFFICE_WORDS, ''));
  return ![...b.replace(OFFICE_WORDS, '')].some((c) => words.has(c));
}

/**
 * Whether a name the report gives itself without its place (市税务局, 县市场监管局) is another body than the
 * title's: of the title's kind at another level (市税务局 in the report of 白沙县税务局, the superior's report
 * a template), or of another kind where one is a vertical system's (县市场监管局 in the report of a 县税务局).
 * A kind's name alone (市场监管局, whose 市 is no level) and 我局 name none; a title whose body is one
 * office under another (公安局青山分局), or whose place has no level's word (江岭海事局), says no level.
 */
function otherBodyUnplaced(own: ParsedName, name: string): boolean {
  const m = LEVEL_NAME.exec(name);
  if (!m || own.places.length === 0) return false;
  // The title's body, a government's when it names its place alone (白沙县2025年……报告).
  const ownBody = bareBody(own.body) || '人民政府';
  const body = bareBody(m[2]!);
  if (within(bareBody(name), ownBody)) return false;
  if (!sameKind(body, ownBody)) return otherKind(ownBody, body);
  const level = SHORT_LEVEL[own.level];
  return level !== undefined && level !== m[1] && !/局.|分局|支队|大队/.test(ownBody);
}

/**
 * The word a name ends with twice in a row (廉江市民政局民政局 → 民政局): the slip of a name pasted after
 * the one a template already printed. No body's name ends with the same word twice; a word of one
 * character is not asked about (区区 is a word).
 */
function doubledEnding(name: string): string | undefined {
  for (let length = Math.floor(name.length / 2); length >= 2; length--) {
    const word = name.slice(name.length - length);
    if (name.endsWith(word + word)) return word;
  }
  return undefined;
}

const WHERE = {
  title: { 'zh-CN': '标题', en: 'title' },
  opening: { 'zh-CN': '开头', en: 'opening' },
  signature: { 'zh-CN': '落款', en: 'signature' },
} as const;

export const rule = defineRule({
  id: 'name-consistency',
  meta: {
    severity: 'error',
    family: 'substance',
    fixable: false,
    description: {
      'zh-CN': '标题、开头和落款所写的报告单位应为同一单位',
      en: 'The title, the opening and the signature must name the same reporting body',
    },
    messages: {
      other: {
        'zh-CN': '{where}所写的“{name}”与标题中的“{title}”不是同一单位：是否沿用了其他单位的报告？',
        en: 'The {whereEn} names "{name}", not the body the title names ("{title}"): left over from another body\'s report?',
      },
      title: {
        'zh-CN': '标题中的“{name}”与开头和落款所写的“{other}”不是同一单位：是否沿用了其他单位的报告？',
        en: 'The title names "{name}", but the opening and the signature name "{other}": left over from another body\'s report?',
      },
      doubled: {
        'zh-CN': '{where}所写的单位名称“{name}”把“{word}”写了两遍：请删去重复的“{word}”',
        en: 'The body\'s name in the {whereEn} ("{name}") has "{word}" twice: delete the repeated one',
      },
    },
  },
  check(tree, ctx) {
    const names = tree.meta.bodyNames;
    // Names are compared in the normalized script, shown as written (雲山縣).
    const written = (n: BodyName) => tree.source.text.slice(n.start, n.end);
    for (const n of names) {
      const word = doubledEnding(n.name);
      if (word === undefined) continue;
      const where = WHERE[n.where as keyof typeof WHERE];
      const start = n.end - word.length;
      ctx.report({ messageId: 'doubled', data: { name: written(n), word: tree.source.text.slice(start, n.end), where: where['zh-CN'], whereEn: where.en }, start, end: n.end });
    }
    const title = names.find((n) => n.where === 'title');
    if (title === undefined) return;
    const report = (n: BodyName) => {
      const where = WHERE[n.where as keyof typeof WHERE];
      ctx.report({ messageId: 'other', data: { name: written(n), title: written(title), where: where['zh-CN'], whereEn: where.en }, start: n.start, end: n.end });
    };
    const own = parseName(title.name);
    const others: BodyName[] = [];
    for (const n of names) {
      if (n.where === 'title') continue;
      const parsed = parseName(n.name);
      if (parsed.places.length > 0) others.push(n);
      // A body of the title's place of another kind for sure (白沙县市场监督管理局 in 白沙县税务局's report)
      // is compared with the places below: one that differs is reported there.
      if (parsed.places.length > 0 ? samePlace(title.name, n.name) && own.places.length > 0 && otherKind(bareBody(own.body) || '人民政府', bareBody(parsed.body)) : otherBodyUnplaced(own, n.name)) report(n);
    }
    const differ = others.filter((n) => !samePlace(title.name, n.name));
    if (differ.length === 0) return;
    // When the opening and the signature agree with each other and not with the title, the title is
    // the one left from another report (“白沙县” over a text all about 青山县).
    const wheres = new Set(others.map((n) => n.where));
    if (differ.length === others.length && wheres.size > 1 && differ.every((n) => samePlace(n.name, differ[0]!.name))) {
      ctx.report({ messageId: 'title', data: { name: written(title), other: written(differ[0]!) }, start: title.start, end: title.end });
      return;
    }
    for (const n of differ) report(n);
  },
});
