import { defineRule, Type } from '@reportlint/core';
import type { PartOccurrence, ReportTree } from '@reportlint/parser';
import { oncePer } from '../shared/memo.js';
import { occurrenceSpan, partData } from '../shared/parts.js';
import { foldEntries, inRanges, literalAlternation, ownRanges, quotedRanges } from '../shared/ranges.js';
import type { Range } from '../shared/ranges.js';
import { reportingBody } from '../shared/reporting-body.js';
import vocabulary from './leaders.json' with { type: 'json' };

const list = (description: string) => Type.Array(Type.String({ minLength: 1 }), { default: [], description });

const schema = Type.Object(
  {
    extraPartyOrgans: list('Party organs added to leaders.json#partyOrgans (e.g. "工委"): organ + 书记 or a leader noun names the Party side.'),
    extraPartyTitles: list('Party titles added to leaders.json#partyTitles: after an organ, or alone unless another committee precedes them.'),
    extraGovernmentOrgans: list('Government organs added to leaders.json#governmentOrgans: organ + leader noun names the government side.'),
    extraGovernmentTitles: list('Government titles that name the government side on their own (e.g. "盟长", "主任").'),
    extraJointOrgans: list('Words that name both leaders at once when a leader noun follows (like 党政).'),
    extraLeaderNouns: list('Leader nouns added to leaders.json#leaderNouns (主要负责人, 主要负责同志 …).'),
    extraSubordinates: list('Words that, written just before a title, make it a lower unit\'s leader (like 副, 各, 部门).'),
  },
  { additionalProperties: false },
);

type Options = {
  extraPartyOrgans: string[];
  extraPartyTitles: string[];
  extraGovernmentOrgans: string[];
  extraGovernmentTitles: string[];
  extraJointOrgans: string[];
  extraLeaderNouns: string[];
  extraSubordinates: string[];
};

/** 'deputy': a principal leader's title after 副 (副局长, 党组副书记), which names no principal leader. */
type Side = 'party' | 'government' | 'joint' | 'deputy';

interface BodyKind {
  endings: string[];
  party: string;
  government: string;
  partyEn: string;
  governmentEn: string;
  /** A department's or institution's, led by an administrative head rather than a government's (leaders.json#askFor). */
  administrative?: boolean;
}

/** What the government side is called in a finding: a government's principal leader, or a department's or institution's administrative one. */
const SIDE_NAMES = {
  government: { side: '政府主要负责人', sideEn: "the government's principal leader" },
  administrative: { side: '行政主要负责人', sideEn: 'the administrative principal leader' },
} as const;

interface Mention {
  side: Side;
  start: number;
  end: number;
}

interface Compiled {
  pattern: RegExp;
  /**
   * For each title of leaders.json#bodyTitles (government side) and #partyBodyTitles (Party side),
   * its side and the endings of the body names whose leader it is.
   */
  bodyTitles: Map<string, { side: Side; endings: string[] }>;
  subordinates: string[];
  levels: string[];
  /** leaders.json#selfNamedLevels: the levels of one body, which a report not naming its body may call itself by. */
  selfNamedLevels: string[];
  /** How a territory's leaders are written (区委书记, 区长 …). */
  territorialStarts: string[];
  territorialTitles: Set<string>;
  /** The titles of a department's head (局长, 厅长), who in a territory's report leads a department under its government. */
  departmentTitles: Set<string>;
  /** The kinds of body that are not a territory (leaders.json#askFor), with their own leaders' titles. */
  kinds: BodyKind[];
  /** The levels of territory (省, 市, 县 …), with the titles of their leaders. */
  territories: BodyKind[];
  /** Party and government organs, longest first: what ends a body named by its organ. */
  organs: string[];
  bareNotAfter: string[];
  bareNotFollowedBy: string[];
  notFollowedBy: string[];
  maxBefore: number;
}

/**
 * One regular expression of literal alternations: linear in the text. At a given position the
 * joint forms are tried first, so "区委、区政府主要负责同志" is one joint mention, not a Party organ
 * followed later by a government one.
 */
const compile = oncePer((options: Options): Compiled => {
  const v = vocabulary;
  const nouns = literalAlternation(foldEntries([...v.leaderNouns, ...options.extraLeaderNouns]));
  const partyOrgans = literalAlternation(foldEntries([...v.partyOrgans, ...options.extraPartyOrgans]));
  const partyTitles = literalAlternation(foldEntries([...v.partyTitles, ...options.extraPartyTitles]));
  const govOrgans = literalAlternation(foldEntries([...v.governmentOrgans, ...options.extraGovernmentOrgans]));
  const govTitles = literalAlternation(foldEntries([...v.governmentTitles, ...options.extraGovernmentTitles]));
  const jointOrgans = literalAlternation(foldEntries([...v.jointOrgans, ...options.extraJointOrgans]));
  const joiners = literalAlternation(foldEntries(v.joiners));
  const levels = foldEntries(v.levels);
  // A body names its own government organ with its place or level word after its Party organ:
  // 市委、市人民政府主要负责同志, 林区党委、林区人民政府主要负责同志, 镇党委、镇政府主要负责同志.
  const ownPlace = literalAlternation([...levels, ...foldEntries(v.ownPlaces)]);
  const joint = `(?:${jointOrgans})(?:${nouns})|(?:${partyOrgans})(?:${joiners})?(?:${ownPlace})?(?:${govOrgans})(?:${nouns})`;
  const ownOrgans = literalAlternation(foldEntries(v.ownBodyOrgans.organs));
  // Also a leader noun with no organ at all, after no other character (“主要领导切实履行……”): in a department's,
  // a township's or a zone's own report, its own principal leaders.
  const ownBody = `(?:(?:${literalAlternation(v.ownBodyOrgans.pronouns)})(?:${ownOrgans})|(?<![\\u4e00-\\u9fff])(?:${ownOrgans})|(?<![\\u4e00-\\u9fff]))(?:${nouns})`;
  const party = `(?:${partyOrgans})(?:${partyTitles}|${nouns})`;
  const bare = `(?:${partyTitles})`;
  const government = `(?:${govTitles})|(?:${govOrgans})(?:${nouns})`;
  const titlesOf = (side: Side, titles: Record<string, string | string[]>) =>
    Object.entries(titles).flatMap(([title, bodies]) => (Array.isArray(bodies) ? [[foldEntries([title])[0]!, { side, endings: foldEntries(bodies) }] as const] : []));
  const bodyTitles = new Map([...titlesOf('government', v.bodyTitles), ...titlesOf('party', v.partyBodyTitles)]);
  const subordinates = foldEntries([...v.subordinates, ...options.extraSubordinates]);
  return {
    // Tried last: 管委会主任 is a government title wherever it is written.
    pattern: new RegExp(`(?<joint>${joint})|(?<ownBody>${ownBody})|(?<party>${party})|(?<bare>${bare})|(?<government>${government})|(?<own>${literalAlternation([...bodyTitles.keys()])})`, 'g'),
    bodyTitles,
    subordinates,
    levels,
    selfNamedLevels: foldEntries(v.selfNamedLevels),
    territorialStarts: foldEntries(v.territorial.starts),
    territorialTitles: new Set(foldEntries(v.territorial.titles)),
    departmentTitles: new Set(foldEntries(v.departmentTitles)),
    kinds: v.askFor.bodies.map((b) => ({ ...b, endings: foldEntries(b.endings) })),
    territories: v.askFor.territories.map((b) => ({ ...b, endings: foldEntries(b.endings) })),
    organs: foldEntries([...v.governmentOrgans, ...v.partyOrgans, ...options.extraGovernmentOrgans, ...options.extraPartyOrgans]).sort((a, b) => b.length - a.length),
    bareNotAfter: foldEntries(v.bareTitleNotAfter),
    bareNotFollowedBy: foldEntries(v.bareTitleNotFollowedBy),
    notFollowedBy: foldEntries(v.notFollowedBy),
    maxBefore: Math.max(1, ...subordinates.map((s) => s.length), ...levels.map((s) => s.length), ...v.bareTitleNotAfter.map((s) => s.length)),
  };
});

/** The body's name without the organ that ends it: 东门街道办事处 → 东门街道, 青石镇人民政府 → 青石镇. */
function withoutOrgan(body: string, organs: string[]): string {
  const organ = organs.find((o) => body.length > o.length && body.endsWith(o));
  return organ ? body.slice(0, body.length - organ.length) : body;
}

/**
 * The kind of the reporting body (a 街道, a 镇, a 局 …), by the ending of its name or of its place
 * (青石镇人民政府 → 青石镇); none for a territory (a county, a city …) or an unknown body.
 */
function bodyKind(body: string, c: Compiled, kinds = c.kinds): BodyKind | undefined {
  const place = withoutOrgan(body, c.organs);
  return kinds.find((k) => k.endings.some((e) => body.endsWith(e) || place.endsWith(e)));
}

/** The secretaries of a body too small for a 党委, as leaders.json#partyBodyTitles lists them: 党总支书记, 党支部书记. */
const BRANCH_SECRETARIES = ['党总支书记', '党支部书记'] as const;
const SECRETARY = '书记';

/**
 * The secretary to ask a body for when the report itself names the body's 党总支 or 党支部 (“支队党支部”,
 * “大队党总支”) and the body is of a kind led so (leaders.json#partyBodyTitles: 支队, 大队, 中心, 站): the
 * report shows which Party organization the body has, where its kind's title (支队党委书记) may not be it.
 */
function branchSecretary(text: string, body: string): string | undefined {
  for (const title of BRANCH_SECRETARIES) {
    const ending = vocabulary.partyBodyTitles[title].find((e) => body.endsWith(e));
    if (ending && text.includes(ending + title.slice(0, -SECRETARY.length))) return ending + title;
  }
  return undefined;
}

/** What the Party side is called in a finding for a government, a township, a subdistrict or a zone: its Party committee's (or working committee's) principal leader. */
const PARTY_COMMITTEE_SIDE = { partySide: '党委主要负责人', partySideEn: "the Party committee's principal leader" };

/**
 * What the Party side is called in a finding: a department's or institution's Party organ is most often a
 * 党组, not a 党委, so it is named after the organ its secretary's title names (局党组（党委）书记 →
 * 党组（党委）主要负责人, 中心党总支书记 → 党总支主要负责人); a government's side is its 党委.
 */
function partySideNames(administrative: boolean, party: string, partyEn: string): typeof PARTY_COMMITTEE_SIDE {
  if (!administrative) return PARTY_COMMITTEE_SIDE;
  const organ = party.slice(party.indexOf('党'), party.indexOf(SECRETARY));
  const organEn = partyEn.slice(partyEn.indexOf('Party'), partyEn.lastIndexOf(' secretary'));
  return { partySide: organ + '主要负责人', partySideEn: `the principal leader of the ${organEn}` };
}

/** The word that makes a principal leader's title a deputy's (副局长, 党组副书记). */
const DEPUTY = '副';

/** A deputy's mention: the title with its 副. */
const deputyOf = (start: number, end: number): Mention => ({ side: 'deputy', start: start - DEPUTY.length, end });

/** The clause after a leader's title, up to its first mark. */
const CLAUSE_AFTER = /[^,;。:]{0,30}/y;

/** Whether the clause after a title at `end` says its holder fulfils the duty of first responsible person (履行……第一责任人职责). */
function takesTheDuty(text: string, end: number): boolean {
  CLAUSE_AFTER.lastIndex = end;
  return CLAUSE_AFTER.exec(text)![0].includes('第一责任人');
}

/**
 * Whether the words right before a mention make it a lower unit's leader: a subordinate or lower level word
 * (副区长, 各部门主要负责人, 街道党工委书记), also inside parentheses closed right before it — the other kinds of
 * unit named with the first (“镇（街道）党政主要负责人”, “部门（单位）主要负责人”).
 */
function lowerUnit(before: string, subordinates: string[], lower: string[]): boolean {
  const inner = before.endsWith(')') ? before.slice(0, -1) : undefined;
  return [before, inner].some((words) => words !== undefined && (subordinates.some((w) => words.endsWith(w)) || lower.some((w) => words.endsWith(w))));
}

/** How a report calls its own body by its level word (本镇, 全镇, 我乡). */
const SELF_WORDS = ['本', '全', '我'] as const;

/** What a body administering a unit is named with after the unit's word (园区管理局, 园区管委会). */
const ADMINISTRATIONS = ['管理局', '管理委员会', '管委会'] as const;

/** The title of an occurrence that is a section, as a range; none for a paragraph. */
function titleRange(o: PartOccurrence): Range[] {
  return o.node.type === 'section' ? [{ start: o.node.titleStart, end: o.node.titleEnd }] : [];
}

const GOVERNMENT_DUTIES = foldEntries(vocabulary.governmentDuties);

/**
 * Whether a duties part's heading names the duty of building the rule-of-law government (leaders.json#governmentDuties:
 * “切实履行法治政府建设工作职责”), the government's own; a part found without a heading names none.
 */
function namesGovernmentDuty(tree: ReportTree, o: PartOccurrence): boolean {
  return titleRange(o).some((r) => GOVERNMENT_DUTIES.some((w) => tree.normalized.slice(r.start, r.end).includes(w)));
}

/** What tells the reporting body's own leaders from others in its report: worked out once per report. */
interface Reader {
  c: Compiled;
  text: string;
  body: string;
  /** The body's name without its organ (青石镇人民政府 → 青石镇). */
  place: string;
  /** Level words that name a lower level than the body's own. */
  lower: string[];
  /** Subordinate words that name a lower unit in this body's report. */
  subordinates: string[];
  /** The body is a territory (a county, a city …) or unknown, not a department, township or zone. */
  territory: boolean;
  /** The body is a territory whose level its name shows. */
  namedTerritory: boolean;
}

function leaderReader(tree: ReportTree, options: Options): Reader {
  const c = compile(options);
  const text = tree.normalized;
  // A level word is not a lower level when the reporting body is of that level (a 镇 names its own
  // 镇长), whether the body is named by its place or by its organ (东门街道办事处, 青石镇人民政府).
  const body = reportingBody(tree);
  const place = withoutOrgan(body, c.organs);
  // A report that does not name its body but calls itself 本镇 or 全镇 is a 镇's own: its 镇党委书记 leads it.
  const selfNamed = place === '' ? c.selfNamedLevels.filter((l) => SELF_WORDS.some((w) => text.includes(w + l))) : [];
  const lower = c.levels.filter((l) => !place.endsWith(l) && !selfNamed.includes(l));
  const kind = bodyKind(body, c);
  // Nor is a unit word the body is itself the administration of (椰湾产业园区管理局 names its own 园区党工委书记),
  // or one naming the body's own kind (a 中学's report names its own 学校党委书记).
  const subordinates = c.subordinates.filter((w) => !ADMINISTRATIONS.some((a) => body.includes(w + a)) && !kind?.endings.includes(w));
  // A department, a township or subdistrict, a development zone: a 区委书记 or 县长 its report names
  // leads the level above, not the body (“在区委书记主持召开的述法评议会上述法”).
  const territory = kind === undefined;
  // A county's or city's government is led by its 县长 or 市长: a 局长 its report names heads a department
  // under it (“副州长、州公安局局长王某某”). A report that does not name its body may be a 局's own.
  const namedTerritory = territory && bodyKind(body, c, c.territories) !== undefined;
  return { c, text, body, place, lower, subordinates, territory, namedTerritory };
}

/** Principal leaders named in `ranges` of the normalized text, outside quotations and document titles; deputies too, as such. */
function leaderMentions(reader: Reader, ranges: Range[]): Mention[] {
  const { c, text, body, place, lower, subordinates, territory, namedTerritory } = reader;
  const mentions: Mention[] = [];
  for (const range of ranges) {
    const quoted = quotedRanges(text, range.start, range.end);
    const slice = text.slice(range.start, range.end);
    // exec on the compiled pattern: matchAll would copy it for every range.
    c.pattern.lastIndex = 0;
    for (let m = c.pattern.exec(slice); m; m = c.pattern.exec(slice)) {
      const start = range.start + m.index;
      const end = start + m[0].length;
      if (inRanges(quoted, start)) continue;
      const before = text.slice(Math.max(range.start, start - c.maxBefore), start);
      const after = text.slice(end, end + 4);
      // 分管副局长, 党组副书记: kept as a deputy, which the check needs when no principal leader is named.
      const deputy = before.endsWith(DEPUTY);
      if (!deputy && lowerUnit(before, subordinates, lower)) continue;
      if (c.notFollowedBy.some((w) => after.startsWith(w))) continue;
      if (!territory && (c.territorialTitles.has(m[0]) || c.territorialStarts.some((w) => m[0].startsWith(w)))) continue;
      if (namedTerritory && c.departmentTitles.has(m[0])) continue;
      const g = m.groups!;
      if (g.own !== undefined) {
        // 主任 heads the reporting body only when the body is a 委员会, an 办公室 …; 教导员 leads a 大队's Party branch.
        // The body may be named by its organ (白音苏木人民政府): its place tells its kind.
        const own = c.bodyTitles.get(g.own)!;
        if (own.endings.some((w) => body.endsWith(w) || place.endsWith(w))) mentions.push(deputy ? deputyOf(start, end) : { side: own.side, start, end });
      } else if (g.ownBody !== undefined) {
        // 局主要领导, 我委主要负责同志: a department's own principal leaders, its Party leading group's
        // secretary and its head alike; a territory's report names no body so.
        if (!territory && !deputy) mentions.push({ side: 'joint', start, end });
      } else if (g.bare !== undefined) {
        // 政法委书记, 纪委书记, 社区党组织书记 are other committees' secretaries; 书记员 is a clerk.
        if (c.bareNotAfter.some((w) => before.endsWith(w)) || c.bareNotFollowedBy.some((w) => after.startsWith(w))) continue;
        mentions.push(deputy ? deputyOf(start, end) : { side: 'party', start, end });
      } else if (g.joint === undefined || !deputy) {
        mentions.push(deputy ? deputyOf(start, end) : { side: g.joint !== undefined ? 'joint' : g.party !== undefined ? 'party' : 'government', start, end });
      }
    }
  }
  return mentions;
}

export const rule = defineRule({
  id: 'duty-leaders',
  meta: {
    severity: 'warn',
    family: 'substance',
    fixable: false,
    description: {
      'zh-CN': '第一责任人职责部分应写明党委和政府两位主要负责人各自的履职情况',
      en: "The duties part should say what both the Party committee's and the government's principal leaders did",
    },
    messages: {
      missingGovernment: {
        'zh-CN': '“{part}”只写了{partySide}（{found}）的履职情况，未写{side}：请补写{missing}履行推进法治建设第一责任人职责的情况',
        en: '"{partEn}" says what {partySideEn} ({found}) did but not what {sideEn} did: add what {missingEn} did as first responsible person',
      },
      onlyDeputy: {
        'zh-CN': '“{part}”只写了副职（{found}）的履职情况，未写党政主要负责人：请补写{party}和{government}履行推进法治建设第一责任人职责的情况',
        en: '"{partEn}" says what a deputy ({found}) did but names neither principal leader: add what {partyEn} and {governmentEn} did as first responsible persons',
      },
      missingParty: {
        'zh-CN': '“{part}”只写了{side}（{found}）的履职情况，未写{partySide}：请补写{missing}履行推进法治建设第一责任人职责的情况',
        en: '"{partEn}" says what {sideEn} ({found}) did but not what {partySideEn} did: add what {missingEn} did as first responsible person',
      },
    },
    schema,
  },
  check(tree, ctx) {
    // A sentence that mentions the duties in passing (kind 'mention') is no account of them that should name both leaders.
    const occurrences = tree.parts.filter((o) => o.part === 'duties' && o.kind !== 'mention');
    if (occurrences.length === 0) return;
    // The heading is the prescribed title "党政主要负责人履行…职责情况": it names both leaders whatever
    // the body says, so only the body can show that one of them was left out.
    const ranges = occurrences.flatMap((o) => ownRanges(tree, o));
    // Both calls below read the report alike: its body and levels are worked out once.
    const reader = leaderReader(tree, ctx.options);
    const mentions = leaderMentions(reader, ranges);
    // A body that names no leader (主持召开党委会研究法治议题5次……) tells what the leaders its heading names
    // did: a heading naming the Party's alone (镇党委书记履行……职责情况) leaves the government's out. One
    // naming the government's alone (区政府主要负责同志履行……职责情况) is left alone: a government's own
    // report scopes the part so, on purpose, as often as it forgets the Party's.
    const heading = leaderMentions(reader, occurrences.flatMap(titleRange));
    if (mentions.length === 0 && heading.every((m) => m.side === 'party')) mentions.push(...heading);
    // So scoped, a body that names the government's head as its heading does tells of him alone, as asked; and so does
    // one under a heading naming no leader but the government's own duty (切实履行法治政府建设工作职责).
    const governmentHeading = heading.length > 0 ? heading.every((m) => m.side === 'government') : occurrences.some((o) => namesGovernmentDuty(tree, o));
    // A joint mention (党政主要负责人, 区委、区政府主要负责同志) speaks of both; a body that names
    // neither speaks through its heading, which names both — unless it has a deputy fulfil the duty of
    // first responsible person itself (“分管副局长认真履行推进法治建设第一责任人职责”): a deputy in charge of
    // the daily work (分管副局长具体负责) is named beside a silent heading as often, and is left alone.
    if (mentions.some((m) => m.side === 'joint')) return;
    const party = mentions.find((m) => m.side === 'party');
    const government = mentions.find((m) => m.side === 'government');
    const deputy = party || government ? undefined : mentions.find((m) => m.side === 'deputy' && takesTheDuty(tree.normalized, m.end));
    if (Boolean(party) === Boolean(government) && !deputy) return;
    if (government && !party && governmentHeading) return;
    // Asked for in the body's own titles: a 街道's report lacks its 街道办事处主任, not a 区长; a
    // province's its 省长. A report that does not name its body is asked for 区长（县长、市长等）.
    const { body, c } = reader;
    const kind = (body && (bodyKind(body, c) ?? bodyKind(body, c, c.territories))) || vocabulary.askFor;
    const titles = body ? { ...kind, party: branchSecretary(tree.normalized, body) ?? kind.party } : kind;
    if (deputy) {
      ctx.report({
        messageId: 'onlyDeputy',
        data: { ...partData(tree.profile, 'duties'), found: tree.source.text.slice(deputy.start, deputy.end), party: titles.party, government: titles.government, partyEn: titles.partyEn, governmentEn: titles.governmentEn },
        ...occurrenceSpan(tree, occurrences[0]!),
      });
      return;
    }
    const found = (party ?? government)!;
    const administrative = 'administrative' in kind && kind.administrative === true;
    ctx.report({
      messageId: party ? 'missingGovernment' : 'missingParty',
      data: {
        ...partData(tree.profile, 'duties'),
        ...SIDE_NAMES[administrative ? 'administrative' : 'government'],
        ...partySideNames(administrative, titles.party, titles.partyEn),
        found: tree.source.text.slice(found.start, found.end),
        missing: party ? titles.government : titles.party,
        missingEn: party ? titles.governmentEn : titles.partyEn,
      },
      ...occurrenceSpan(tree, occurrences[0]!),
    });
  },
});
