import { describe, expect, it } from 'vitest';
import { builtinOutlines, parseChineseNumeral, matchMarker, normalizeText, openingYears, pageDatesOf, parseReport, splitSentences } from '@reportlint/parser';
import type { ReportTree } from '@reportlint/parser';
import { seedFiles, seedText, textSource } from './support/seeds.js';

const profile = builtinOutlines[0]!;
const parse = (text: string, format: 'txt' | 'md' = 'txt') => parseReport(textSource(text, format), profile);
const outline = (tree: ReportTree) => tree.parts.map((p) => `${p.part}:${p.kind}@${tree.point(p.start).line}`);

describe('normalized view', () => {
  it('has the length of the original, so offsets are shared', () => {
    for (const id of Object.keys(seedFiles)) {
      const text = seedText(id);
      expect(normalizeText(text).length).toBe(text.length);
    }
  });
  it('converts Traditional to Simplified and folds full-width forms', () => {
    expect(normalizeText('懷柔區（一）主要舉措，１２３ＡＢ　')).toBe('怀柔区(一)主要举措,123AB ');
  });
  it("converts OpenCC's phrases as well as its characters in a Traditional text", () => {
    expect(normalizeText('反覆實施，一目瞭然')).toBe('反复实施,一目了然');
    // 㑮's Simplified form is outside the BMP: it is kept, so offsets stay shared.
    expect(normalizeText('㑮實施𠮷')).toBe('㑮实施𠮷');
  });
  it('converts the passages of a text with Traditional characters, whatever the line endings, and leaves the lines far from them as written', () => {
    const simplified = '依法行政，全面推进。'.repeat(30);
    const text = `${simplified}\r\n懷柔區反覆實施\r\n一目瞭然\r\n實施\r${simplified}\n一目瞭然\n${simplified}\n於是`;
    const expected = `${simplified}\r\n怀柔区反复实施\r\n一目了然\r\n实施\r${simplified}\n一目瞭然\n${simplified}\n于是`;
    expect(normalizeText(text)).toBe(expected.replaceAll('，', ','));
  });
});

describe('numbering markers', () => {
  const marker = (s: string) => {
    const m = matchMarker(normalizeText(s), s, 0, s.length);
    return m && { kind: m.kind, ordinal: m.ordinal, raw: m.raw, separator: m.separator, stray: m.stray?.text };
  };
  it.each([
    ['一、主要举措', { kind: 'chinese', ordinal: 1, raw: '一、', separator: '、' }],
    ['十二、其他', { kind: 'chinese', ordinal: 12, raw: '十二、', separator: '、' }],
    ['二.存在不足', { kind: 'chinese', ordinal: 2, raw: '二.', separator: '.' }],
    ['（三）标题', { kind: 'paren-chinese', ordinal: 3, raw: '（三）', separator: '' }],
    ['(四)标题', { kind: 'paren-chinese', ordinal: 4, raw: '(四)', separator: '' }],
    ['（一）、标题', { kind: 'paren-chinese', ordinal: 1, raw: '（一）、', separator: '、' }],
    ['1.标题', { kind: 'arabic', ordinal: 1, raw: '1.', separator: '.' }],
    ['2．标题', { kind: 'arabic', ordinal: 2, raw: '2．', separator: '．' }],
    ['3、标题', { kind: 'arabic', ordinal: 3, raw: '3、', separator: '、' }],
    ['4、2025年工作安排', { kind: 'arabic', ordinal: 4, raw: '4、', separator: '、' }],
    ['2.2025年重点任务', { kind: 'arabic', ordinal: 2, raw: '2.', separator: '.' }],
    // A Word heading whose outline number is followed by a tab, before a year.
    ['4\t2026年工作打算', { kind: 'arabic', ordinal: 4, raw: '4\t', separator: '' }],
    // The full-width stop of a 公文 list before a half-width number: item 4, not 4.12328.
    ['4．12328热线办结率99.3%', { kind: 'arabic', ordinal: 4, raw: '4．', separator: '．' }],
    ['（1）标题', { kind: 'paren-arabic', ordinal: 1, raw: '（1）', separator: '' }],
    ['②标题', { kind: 'circled', ordinal: 2, raw: '②', separator: '' }],
    // Parts above 一、: 第二部分, or a chapter (第三章) numbered the same way.
    ['第二部分　存在的不足和原因', { kind: 'part', ordinal: 2, raw: '第二部分　', separator: '' }],
    ['第三章：履职情况', { kind: 'part', ordinal: 3, raw: '第三章：', separator: '：' }],
    // A report in two halves: 上篇 and 下篇, above 一、 or （一）.
    ['上篇　2025年工作总结', { kind: 'part', ordinal: 1, raw: '上篇　', separator: '' }],
    ['下篇：2026年工作计划', { kind: 'part', ordinal: 2, raw: '下篇：', separator: '：' }],
    // Or three: a 中篇 between (heading-numbering counts the 下篇 after it third).
    ['中篇　党政主要负责人履职情况', { kind: 'part', ordinal: 2, raw: '中篇　', separator: '' }],
    // Parts numbered in capital numerals, as some bodies do (Traditional 參 reads 参 once normalized).
    ['贰、存在的不足和原因', { kind: 'part', ordinal: 2, raw: '贰、', separator: '、' }],
    ['參、履職情況', { kind: 'part', ordinal: 3, raw: '參、', separator: '、' }],
    ['拾壹、其他', { kind: 'part', ordinal: 11, raw: '拾壹、', separator: '、' }],
    ['（三）是注重督促考核', { kind: 'paren-chinese', ordinal: 3, raw: '（三）', separator: '', stray: '是' }],
    // A stray blank inside the marker (heading-numbering asks for it to go).
    ['一 、主要举措', { kind: 'chinese', ordinal: 1, raw: '一 、', separator: '、' }],
    ['（一 ）依法履职', { kind: 'paren-chinese', ordinal: 1, raw: '（一 ）', separator: '' }],
  ])('%s', (text, expected) => {
    expect(marker(text)).toEqual(expected);
  });
  it.each(['一是调整权责清单', '2023年，我区', '3.96万户', '３．９６万户', '3、4月份', '1.2025万元', '12345热线', '1+3+X', '第一，', '统一部署', '上篇文章', '中篇小说', '下半年', '陆　某某', '伍某某', '壹基金'])('%s is not a marker', (text) => {
    expect(marker(text)).toBeNull();
  });
  it('reads Chinese numerals up to 99', () => {
    expect([parseChineseNumeral('一'), parseChineseNumeral('十'), parseChineseNumeral('十九'), parseChineseNumeral('二十'), parseChineseNumeral('九十九')]).toEqual([1, 10, 19, 20, 99]);
    expect(parseChineseNumeral('百')).toBeNaN();
  });
});

describe('a heading that lost its numeral, its separator left', () => {
  const headings = (text: string) => parse(text).allSections.map((s) => `${s.marker?.kind}:${s.marker?.ordinal}${s.marker?.lost ? ' lost' : ''} ${s.title}`);
  it('is the heading its siblings make due: the first 一、 after the opening, or the one between two', () => {
    expect(headings('2024年，我市坚持依法行政，现将有关情况报告如下。\n\n、坚持党的全面领导，确保正确方向\n\n市委常委会研究法治工作4次。\n')).toEqual([
      'chinese:1 lost 坚持党的全面领导，确保正确方向',
    ]);
    expect(headings('一、加强组织领导\n召开会议3次。\n、完善制度体系\n制定文件5件。\n三、强化执法监督\n检查12次。')).toEqual([
      'chinese:1 加强组织领导',
      'chinese:2 lost 完善制度体系',
      'chinese:3 强化执法监督',
    ]);
    // A list numbered 1、 2、 under （一）: the lost one is of that list.
    expect(headings('（一）加强组织领导\n1、成立领导小组\n召开会议2次。\n、完善制度体系\n制定文件5件。\n3、强化执法监督\n检查12次。').slice(2)).toEqual([
      'arabic:2 lost 完善制度体系',
      'arabic:3 强化执法监督',
    ]);
  });
  it('is text in a sentence a line break cut before 、, in a sentence, or over no body text, or where the next heading is the number it would take', () => {
    expect(headings('一、主要举措\n\n全年开展工作，市委\n\n、市政府领导班子坚持学习\n\n习近平法治思想。')).toHaveLength(1);
    expect(headings('一、主要举措\n\n全年开展工作。\n\n、市政府领导班子坚持学习习近平法治思想。\n\n召开会议4次。')).toHaveLength(1);
    expect(headings('一、主要举措\n\n全年开展工作。\n\n、完善制度体系\n\n二、存在的不足\n\n力量不足。')).toHaveLength(2);
    expect(headings('一、主要举措\n\n全年开展工作。\n\n、完善制度体系\n\n制定文件5件。\n\n二、存在的不足\n\n力量不足。')).toHaveLength(2);
  });
});

describe('sentences', () => {
  it('end after 。！？ and a closing quote, and never cross a line', () => {
    const text = normalizeText('他说：“好。”然后走了！真的？\n下一行');
    expect(splitSentences(text, 0, text.length).map((s) => s.text)).toEqual(['他说:“好。”', '然后走了!', '真的?', '下一行']);
  });
});

describe('report outline of the seeds', () => {
  it('000 中原区: duties first, then measures, shortcomings, plans; sign-off', () => {
    const tree = parse(seedText('000'));
    expect(outline(tree)).toEqual(['duties:section@2', 'measures:section@4', 'shortcomings:section@13', 'plans:section@15']);
    expect(tree.meta).toMatchObject({ year: 2024, body: '中原区', signOff: true });
  });
  it('001 懷柔區 (Traditional): all four parts', () => {
    const tree = parse(seedText('001'));
    expect(outline(tree)).toEqual(['measures:section@2', 'shortcomings:section@12', 'duties:section@14', 'plans:section@16']);
    expect(tree.meta).toMatchObject({ year: 2024, body: '怀柔区' });
    expect(tree.allSections.filter((s) => s.depth === 2)).toHaveLength(13);
  });
  it('002 阳东区 (web page): title and header line are not content; eight top-level sections', () => {
    const tree = parse(seedText('002'));
    expect(tree.meta).toMatchObject({ title: '阳江市阳东区2023年法治政府建设年度报告', year: 2023, yearSource: 'title', body: '阳江市阳东区' });
    expect(tree.blocks.filter((b) => b.role).map((b) => `${b.role}@${tree.point(b.start).line}`)).toEqual(['title@1', 'front-matter@2', 'opening@4']);
    expect(tree.sections.map((s) => s.marker?.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(tree.sections.map((s) => s.data?.parts?.join('+'))).toEqual([
      'measures', 'measures', 'measures', 'measures', 'duties', 'measures', 'shortcomings', 'plans',
    ]);
    // Indented headings: positions point past the indentation, into the user's file.
    expect(tree.point(tree.sections[0]!.marker!.start)).toEqual({ line: 6, column: 8 });
  });
  it('003 郑州高新区: duties nested, shortcomings and plans as paragraphs, closing date', () => {
    const tree = parse(seedText('003'));
    expect(outline(tree).filter((o) => !o.startsWith('measures'))).toEqual(['duties:nested@4', 'shortcomings:paragraph@18', 'plans:paragraph@19']);
    expect(tree.meta.closingDate).toMatchObject({ year: 2023, month: 1, day: 9 });
    expect(tree.partAt(tree.blocks.find((b) => tree.point(b.start).line === 19)!.start)?.part).toBe('plans');
  });
  it('a paragraph that speaks of the duties is no unheaded duties part: a list item, the duty as object, a plan', () => {
    const report = (shortcoming: string, plan: string) =>
      `青川县2024年度法治政府建设情况报告\n\n一、主要举措和成效\n\n全县办理行政复议案件186件。\n\n二、存在的不足和原因\n\n${shortcoming}\n\n` +
      `三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n县委书记、县长带头学法4次。\n\n四、2025年工作安排\n\n${plan}\n`;
    const tree = parse(report('一是党政主要负责人履行推进法治建设第一责任人职责的压力传导还不够，原因在于考核不严。', '二要健全工作机制，压实党政主要负责人第一责任人职责；'));
    expect(outline(tree)).toEqual(['measures:section@3', 'shortcomings:section@7', 'duties:section@11', 'plans:section@15']);
    // Opening words of the part still open it, also in the shortcomings before it.
    const unheaded = parse(report('个别部门重业务、轻法治，原因在于考核不严。\n\n我县党政主要负责人认真履行推进法治建设第一责任人职责，带头述法。', '一是深化执法改革。'));
    expect(outline(unheaded)).toContain('duties:paragraph@11');
  });
  it('004 城阳区: the stray 是 after （三）', () => {
    const tree = parse(seedText('004'));
    const stray = tree.allSections.filter((s) => s.marker?.stray);
    expect(stray.map((s) => tree.point(s.marker!.stray!.start))).toEqual([{ line: 12, column: 4 }]);
  });
  it('CRLF gives the same lines and columns', () => {
    for (const id of Object.keys(seedFiles)) {
      const lf = parse(seedText(id));
      const crlf = parse(seedText(id).replace(/\n/g, '\r\n'));
      const where = (t: ReportTree) => t.allSections.map((s) => t.point(s.titleStart));
      expect(where(crlf)).toEqual(where(lf));
      expect(outline(crlf)).toEqual(outline(lf));
    }
  });
});

describe('a plans heading nested in the measures', () => {
  // The measures of a 2024 report with one subsection of the given title; the plans are nowhere else.
  const nested = (title: string) =>
    outline(parse(`青川县2024年度法治政府建设情况报告\n\n一、主要举措和成效\n\n（一）规范行政执法。办理案件186件。\n\n${title}\n\n一是加强培训。\n`)).filter(
      (o) => o.startsWith('plans'),
    );
  it.each(['（二）2025年工作安排', '4、2025年工作安排', '（二）下一步工作打算', '（二）明年工作思路', '（二）今后一个时期工作安排', '（二）关于下一步工作的打算', '（二）2025年工作思路和举措', '（二）下步工作', '（二）2025年工作设想'])(
    '%s is the plans part',
    (title) => expect(nested(title)).toEqual(['plans:nested@7']),
  );
  // A measure of the year that names next year, or a plan sentence used as a title, is no heading of the part.
  it.each(['（二）统筹推进2025年法治宣传', '（二）编制2025年执法检查计划', '（二）谋划明年工作思路', '4. 下一步将加强执法培训。全年培训4期。', '（二）下一步将制定工作计划', '（二）2024年工作计划'])(
    '%s is not',
    (title) => expect(nested(title)).toEqual([]),
  );
});

describe('a top-level heading in a drafter’s own words', () => {
  // The second section of a 2024 report, under the given heading.
  const partsOf = (heading: string) =>
    parse(`青川县2024年度法治政府建设情况报告\n\n一、主要举措和成效\n\n办理案件186件。\n\n二、${heading}\n\n一是加强培训。\n`).sections[1]?.data?.parts;
  it.each([
    ['短板弱项', 'shortcomings'],
    ['短板和弱项', 'shortcomings'],
    ['问题和差距', 'shortcomings'],
    ['问题与短板', 'shortcomings'],
    ['正视问题，查找差距', 'shortcomings'],
    ['局党组书记、局长履职情况', 'duties'],
    ['党工委书记、管委会主任履职情况', 'duties'],
    ['镇党委书记、镇长履行推进法治建设职责情况', 'duties'],
    ['党政“一把手”履职情况', 'duties'],
    ['下阶段工作重点', 'plans'],
    ['下一阶段工作打算', 'plans'],
    ['2025年工作设想', 'plans'],
    ['2025年工作谋划', 'plans'],
    ['其他需报告事项', 'other'],
    ['其他事项说明', 'other'],
    ['其他情况说明', 'other'],
    ['工作短板', 'shortcomings'],
    ['当前面临的问题', 'shortcomings'],
    ['查摆出的问题', 'shortcomings'],
    ['主要负责人述法情况', 'duties'],
    ['党组书记、局长抓法治建设情况', 'duties'],
    ['镇党政主要负责人推进法治建设情况', 'duties'],
    ['“一把手”抓法治情况', 'duties'],
    ['来年打算', 'plans'],
    ['有待改进之处', 'shortcomings'],
    ['“短板”与“病因”', 'shortcomings'],
  ])('%s is the %s', (heading, part) => expect(partsOf(heading)).toEqual([part]));
  // A measure that takes the parts' words: what was done, not the part.
  // Kept silent too: the leaders in general, a challenge and what needs strengthening head measures as often as the parts.
  it.each([
    '补齐短板弱项，提升执法水平',
    '聚焦问题短板，推进整改落实',
    '为下一阶段发展提供法治保障',
    '强化主要负责人责任，健全工作机制',
    '深入整治群众身边突出问题',
    '领导干部带头尊法学法守法用法情况',
    '问题与挑战',
    '需要加强的方面',
  ])(
    '%s is the measures',
    (heading) => expect(partsOf(heading)).toEqual(['measures']),
  );
});

describe('a heading that names two parts (存在的问题及下一步打算)', () => {
  // A 2024 report whose third section is the shortcomings and the plans under one heading.
  const combined = (body: string, heading = '三、存在的问题及下一步打算') =>
    parse(`某县2024年度法治政府建设情况报告\n\n一、主要举措和成效\n\n办理案件186件。\n\n二、党政主要负责人履行推进法治建设第一责任人职责情况\n\n局长带头学法。\n\n${heading}\n\n${body}\n`);
  const combinedParts = (tree: ReportTree) => tree.parts.filter((p) => p.part === 'shortcomings' || p.part === 'plans');
  /** Each part of the combined section, with the text it covers. */
  const halves = (tree: ReportTree) => combinedParts(tree).map((p) => `${p.part}: ${tree.normalized.slice(p.start, p.end).trim()}`);

  it('the plans start at the paragraph that opens them', () => {
    const tree = combined('执法力量不足，原因是编制少。\n\n下一步，我局将加强培训。');
    expect(halves(tree)).toEqual(['shortcomings: 三、存在的问题及下一步打算\n\n执法力量不足,原因是编制少。', 'plans: 下一步,我局将加强培训。']);
    // Both halves keep the combined heading as theirs.
    for (const half of combinedParts(tree)) expect(half.node).toBe(tree.sections[2]);
  });
  it('or at the sentence, within the shortcomings’ paragraph', () => {
    expect(halves(combined('一是执法力量不足；二是培训不够。2025年，我局将加强培训。'))).toEqual([
      'shortcomings: 三、存在的问题及下一步打算\n\n一是执法力量不足;二是培训不够。',
      'plans: 2025年,我局将加强培训。',
    ]);
  });
  it('or after the words that tie them to the problems (针对上述问题，下一步……)', () => {
    expect(halves(combined('执法力量不足。针对上述问题，下一步我局将加强培训。'))[1]).toBe('plans: 针对上述问题,下一步我局将加强培训。');
  });
  it('or at a subsection named for them, which is then their heading', () => {
    const tree = combined('（一）存在的不足\n\n执法力量不足。\n\n（二）2025年工作安排\n\n一是加强培训。', '三、存在的不足和2025年工作安排');
    expect(halves(tree)).toEqual(['shortcomings: 三、存在的不足和2025年工作安排\n\n(一)存在的不足\n\n执法力量不足。', 'plans: (二)2025年工作安排\n\n一是加强培训。']);
    const plans = combinedParts(tree)[1]!;
    expect(plans.node.type === 'section' && plans.node.title).toBe('2025年工作安排');
    expect(plans.node.data?.parts).toEqual(['plans']);
  });
  it('without an opening for the plans, both parts are the whole section (as before)', () => {
    // 2024年 is the report year: it opens no plans (2025年 would).
    const tree = combined('执法力量不足，原因是编制少。\n\n2024年，我局将加强培训。');
    const [shortcomings, plans] = combinedParts(tree);
    expect([plans!.start, plans!.end]).toEqual([shortcomings!.start, shortcomings!.end]);
  });
  it.each(['下一步，我局将加强培训。', '针对上述问题，下一步我局将加强培训。'])('a section of one part is not split by %s', (plans) => {
    // A paragraph that opens the plans in a shortcomings section is an unheaded plans paragraph.
    expect(outline(combined(`执法力量不足。\n\n${plans}`, '三、存在的问题及原因'))).toEqual([
      'measures:section@3',
      'duties:section@7',
      'shortcomings:section@11',
      'plans:paragraph@15',
    ]);
  });
});

describe('a paragraph that opens a part without a heading', () => {
  // A 2024 report of a bureau whose first section holds the given paragraph.
  const paragraphParts = (paragraph: string) =>
    outline(parse(`某市农业农村局2024年法治政府建设工作报告\n\n一、压实普法责任\n\n${paragraph}\n\n二、存在的不足和原因\n\n培训不足。\n`)).filter((o) => o.startsWith('duties'));
  it('opens the duties in its own words', () => {
    expect(paragraphParts('局党组书记、局长等党政主要负责人切实履行推进法治建设第一责任人职责，带头述法。')).toEqual(['duties:paragraph@5']);
  });
  it('but not by the title of a document it says was issued (印发《……第一责任人职责清单》)', () => {
    expect(paragraphParts('2024年3月，局办公室印发了《某市农业农村局2024年度工作要点》《某市农业农村局2024年度党政主要负责人履行推进法治建设第一责任人职责清单》等文件，明确年度任务。')).toEqual([]);
    expect(paragraphParts('局党组制定《党政主要负责人履行推进法治建设第一责任人职责任务清单》，逐项抓好落实。')).toEqual([]);
  });
  it.each([
    '镇党委书记、镇长切实履行推进法治建设第一责任人职责，带头学法。',
    '局党组书记、局长带头履行推进法治建设第一责任人职责，主持召开党组会议4次。',
    '街道党工委书记、办事处主任认真落实第一责任人职责，带头述法。',
  ])('opens the duties by the leaders’ titles: %s', (paragraph) => {
    expect(paragraphParts(paragraph)).toEqual(['duties:paragraph@5']);
  });
  // Pressing leaders to the duty (a measure or a plan), or other bodies' leaders, is no report on the duties.
  it.each([
    '压实局党组书记、局长第一责任人职责，层层传导压力。', '一是督促党组书记履行第一责任人职责。', '各乡镇党委书记切实履行第一责任人职责，全年述法17人次。',
    // A list issued among other documents, its title not in 《》: a measure about the duty.
    '制定印发年度工作要点、以及党政主要负责人履行推进法治建设第一责任人职责清单等文件。',
  ])(
    'but not %s',
    (paragraph) => expect(paragraphParts(paragraph)).toEqual([]),
  );
  it('a title it says was carried out (落实《……规定》) is what it reports on', () => {
    expect(paragraphParts('我局严格落实《党政主要负责人履行推进法治建设第一责任人职责规定》，局长带头述法。')).toEqual(['duties:paragraph@5']);
  });
});

describe('a part reported in passing, in a sentence of a measure', () => {
  // The same bureau's first section, its paragraph opening on a measure: a later sentence may report the duties.
  const mentioned = (paragraph: string) =>
    outline(parse(`某市农业农村局2024年法治政府建设工作报告\n\n一、压实普法责任\n\n局党组年初印发年度普法工作要点。${paragraph}\n\n二、存在的不足和原因\n\n培训不足。\n`)).filter((o) => o.startsWith('duties'));
  it.each([
    '局党组书记、局长王某某同志认真履行推进法治建设第一责任人职责，全年4次主持召开党组会议。',
    '“一把手”局长扎实履行推进法治建设第一责任人职责，带头研究部署法治工作。',
    '局主要负责同志带头学习习近平法治思想，将法治建设摆在突出位置，切实履行推进法治建设第一责任人责任。',
    '一是局党政主要负责人切实履行推进法治建设第一责任人职责，带头述法。',
    // Pressing the principal leaders as such, with no units below named, takes in the body's own.
    '一是推动党政主要负责人切实履行推进法治建设第一责任人职责。',
    '进一步压实党政主要负责人履行推进法治建设第一责任人责任，局主要负责同志带头述法。',
    // A run-in point titled by the duty, as a subsection heading would be (its leaders named in the next sentence).
    '二是扛牢法治建设第一责任人职责。局党组书记、局长先后主持召开党组会议4次。',
    // The last clause of a sentence, and the duty carried out with 履行 left out or by its regulation's title.
    '局党组调整法治建设领导小组，印发年度工作要点，落实党政主要负责人履行推进法治建设第一责任人职责。',
    '严格落实党政主要负责人推进法治政府建设第一责任人职责要求，全年召开党组会议专题研究法治工作5次。',
    '我局全面贯彻落实《党政主要负责人履行推进法治建设第一责任人职责规定》《法治政府建设与责任落实督察工作规定》，局长带头述法。',
    // The duty in the regulation's words for the leaders' role.
    '局党组书记、局长切实履行法治建设重要组织者、推动者和实践者职责，全年主持召开专题会议4次。',
    // A disciplined unit's commanders (主官), and the regulation carried out by its words rather than its title.
    '二是支队主官作为推进法治建设第一责任人，切实履行法治建设重要组织者、推动者和实践者职责。',
    '我局严格执行党政主要负责人是法治建设第一责任人的规定，由局长任领导小组组长。',
    // 的 before 职责, the duty carried out with no words between, 落实了.
    '一是扛牢主体责任。局主要领导认真履行推进法治建设第一责任人的职责，每季度专题研究法治工作。',
    '全面落实党政主要负责人第一责任人职责，每季度专题研究法治工作。',
    '持续健全落实了党政主要负责人履行推动法治政府建设第一责任人职责，每季度召开联席会议。',
    // A clause with no subject reports the duty fulfilled: only the principal leaders bear it.
    '工作中亲自过问重大执法案件，认真履行推进法治建设第一责任人职责。',
    '日常工作中亲自部署依法治局工作，切实履行依法治局重要组织者、推动者和实践者的职责。',
    // The four 亲自 of the regulation, said of the body's own leaders.
    '局主要负责同志对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。',
    '局党组书记、局长带头践行“四个亲自”要求，全年主持专题会议5次。',
    // The duty as a system carried out, in its short form 首责, and a point titled by the duty of building the rule of law.
    '严格落实法治建设第一责任人制度，成立由局主要负责同志任组长的领导小组。',
    '严格落实党政主要负责人法治首责，全年专题研究法治工作5次。',
    '二是积极履行推进法治政府建设职责。局党组书记、局长多次主持召开党组会议专题研究法治工作。',
    // Quotation marks set a term off and change nothing; 明确 the duty as 落实 it.
    '局党政主要负责人带头履行推进法治建设“第一责任人”职责，全年主持专题会议6次。',
    '一是明确领导责任。明确党政主要负责人履行法治政府建设第一责任人职责，局党组会议研究法治工作3次。',
    '二是组织领导更加有力。强化落实“第一责任人”职责，局主要负责同志多次主持召开专题会议。',
    // The duty carried out as one of a list of systems (……、年度述法等制度).
    '推动落实主要负责同志法治建设第一责任人、重大事项请示报告等制度，全年召开专题会议5次。',
  ])('is there as a mention: %s', (sentence) => {
    expect(mentioned(sentence)).toEqual(['duties:mention@5']);
  });
  // Measures about the duty, the units below, a shortcoming: no report that the body's leaders fulfilled it.
  it.each([
    '压实局党组书记、局长第一责任人职责，层层传导压力。',
    '一是督促党组书记履行第一责任人职责。',
    '督促各区县农业农村局主要负责人履行推进法治建设第一责任人职责。',
    '推动各级党政主要负责人切实履行推进法治建设第一责任人职责。',
    '压实所属单位主要负责人履行第一责任人职责。',
    '二是压实下属单位第一责任人职责。',
    '二是开展第一责任人职责述职评议。',
    // Pressing the duty with no word that it was fulfilled, or a list carried out: measures about it.
    '局党组压实党政主要负责人推进法治建设第一责任人职责，全年调处矛盾纠纷187件。',
    '全局审查规范性文件22件，落实党政主要负责人履行推进法治建设第一责任人职责清单。',
    '督促各区县主要负责人切实履行法治建设重要组织者、推动者和实践者职责。',
    '要求各科室负责人认真履行推进法治建设第一责任人职责。',
    '各乡镇党委书记对法治建设重要工作亲自部署、重大问题亲自过问。',
    '严格落实安全生产第一责任人职责，全年开展安全检查12次。',
    '各县区主要负责人切实履行第一责任人职责，全年述法17人次。',
    '将党政主要负责人履行第一责任人职责情况纳入年终述职内容。',
    '印发《局党组书记、局长履行推进法治建设第一责任人职责清单》。',
    // A list named with words between 职责 and 清单 is a list all the same.
    '县林业局严格落实《党政主要负责人履行推进法治建设第一责任人职责任务清单》，健全执法协调机制。',
    '落实党政主要负责人履行推进法治建设第一责任人职责2026年工作清单。',
  ])('but not %s', (sentence) => {
    expect(mentioned(sentence)).toEqual([]);
  });
});

describe('a part reported by a run-in measure’s title', () => {
  const outlineOf = (lines: string[]) =>
    outline(parse(['某街道2025年法治政府建设年度报告', '一、主要举措和成效', '（一）坚持党的领导', ...lines, '二、存在的不足和原因', '培训不足，原因是人手紧张。'].join('\n'))).filter((o) => o.startsWith('duties'));
  it('a measure written whole in one long sentence (no body after its title, too long to be a heading) may be the one', () => {
    expect(outlineOf(['1.坚持将党的领导贯穿法治建设全过程。', '2.落实党政主要负责人法治建设第一责任人职责，由党政班子领导牵头，年初对法治政府建设年度重点工作作出具体部署，明确专人负责，不断完善工作机制。'])).toEqual(['duties:mention@5']);
  });
  it('a subsection titled by the duty’s short form (第一责任, 法治首责) is the duties, nested', () => {
    expect(outlineOf(['（二）落实法治政府建设第一责任。街道党工委书记、主任带头述法。'])).toEqual(['duties:nested@4']);
    expect(outlineOf(['（二）强化党政主要负责人第一责任，夯实法治政府建设基础。街道党工委书记、主任带头述法。'])).toEqual(['duties:nested@4']);
    expect(outlineOf(['（二）扛牢法治首责。街道党工委书记、主任带头述法。'])).toEqual(['duties:nested@4']);
    // Another duty's first responsibility is a measure of its own.
    expect(outlineOf(['（二）落实安全生产第一责任。全年开展安全检查12次。'])).toEqual([]);
  });
});

describe('a report that is one part alone (its title names it)', () => {
  // A leader's own report on the duties (述法), in the two shapes its title takes.
  const duty = (title: string) =>
    parse([title, '2024年，我认真履行推进法治建设第一责任人职责，现将有关情况报告如下：', '一、履职情况',
      '（一）带头学法用法', '全年主持专题学法6次。', '（二）严格履行第一责任人职责', '主持召开专题会议4次。',
      '二、存在的问题', '学法深度不够，原因在于工作繁忙。', '三、下一步打算', '2025年，我将继续带头学法。'].join('\n'));
  it('is the duties when its title is the duties report or a 述法 report: no section is looked for as the duties', () => {
    for (const title of ['某镇党委书记2024年度履行推进法治建设第一责任人职责情况的报告', '某县交通运输局局长2024年述法报告']) {
      const tree = duty(title);
      expect(tree.meta.subject).toBe('duties');
      expect(outline(tree)).toEqual(['measures:section@3', 'shortcomings:section@8', 'plans:section@10']);
    }
  });
  it('is an ordinary report when its title names the year’s rule-of-law building with the duties', () => {
    const tree = duty('某县2024年度法治政府建设暨党政主要负责人履行推进法治建设第一责任人职责情况报告');
    expect(tree.meta.subject).toBeUndefined();
    expect(outline(tree)).toContain('duties:nested@6');
    expect(duty('某镇2024年法治建设工作和述法情况报告').meta.subject).toBeUndefined();
    expect(duty('某县2024年法治政府建设情况报告').meta.subject).toBeUndefined();
  });
});

describe('a report without numbered headings', () => {
  it('its body after the opening is the measures up to the first part its words open; each such part runs to the next', () => {
    const tree = parse([
      '某县2024年法治政府建设情况报告', '2024年，全县扎实推进法治政府建设。', '坚持高位推动 责任不断压实', '县政府常务会议会前学法12次。',
      '同时也存在一些不足，主要是执法力量薄弱，原因在于编制不足。', '下一步，我县将加强执法人员培训。', '某县人民政府', '2025年2月10日',
    ].join('\n'));
    expect(outline(tree)).toEqual(['measures:paragraph@3', 'shortcomings:paragraph@5', 'plans:paragraph@6']);
    expect(tree.parts.map((p) => tree.point(p.end).line)).toEqual([5, 6, 6]);
  });
  it('a body that opens with another part has no measures before it, and an opening alone has no body', () => {
    expect(outline(parse('2024年，全县扎实推进法治政府建设。\n存在的不足和原因是执法力量薄弱，编制不足。\n'))).toEqual(['shortcomings:paragraph@2']);
    expect(outline(parse('某县2024年法治政府建设情况报告\n2024年，全县扎实推进法治政府建设，全年办理案件12件。\n'))).toEqual([]);
  });
});

describe('Markdown drafts', () => {
  const md = [
    '# 某区2024年法治政府建设年度报告',
    '',
    '2024年，某区坚持以习近平法治思想为指导。',
    '',
    '## 一、主要举措和成效',
    '',
    '（一）规范执法。一是开展评查。二是加强培训。',
    '',
    '## 二、存在的不足和原因',
    '',
    '培训不足导致执法不规范。',
    '',
    '## 三、党政主要负责人履行推进法治建设第一责任人职责情况',
    '',
    '主要负责人带头述法。',
    '',
    '## 四、2025年主要安排',
    '',
    '1. 加强统筹',
    '',
    '特此报告。',
    '',
    '2025年1月20日',
    '',
  ].join('\n');
  it('reads Chinese markers inside # headings and at paragraph starts', () => {
    const tree = parse(md, 'md');
    expect(tree.meta).toMatchObject({ title: '某区2024年法治政府建设年度报告', year: 2024, signOff: true });
    expect(tree.allSections.map((s) => `${s.depth}:${s.title}`)).toEqual([
      '1:主要举措和成效', '2:规范执法', '1:存在的不足和原因', '1:党政主要负责人履行推进法治建设第一责任人职责情况', '1:2025年主要安排',
    ]);
    expect(tree.point(tree.allSections[0]!.titleStart)).toEqual({ line: 5, column: 6 });
    expect(tree.blocks.some((b) => tree.source.text.slice(b.start, b.end) === '加强统筹')).toBe(true);
  });
  it('reads a YAML front matter (Typora, Obsidian) as blank lines, and setext headings as headings', () => {
    const front = ['---', 'title: 某区2023年法治政府建设年度报告', 'date: 2025-01-20', 'tags: [法治政府]', '---', ''];
    const setext = md.replace('# 某区2024年法治政府建设年度报告', '某区2024年法治政府建设年度报告\n==============').replace('## 一、主要举措和成效', '一、主要举措和成效\n------------');
    const tree = parse([...front, setext].join('\n'), 'md');
    expect(tree.meta).toMatchObject({ title: '某区2024年法治政府建设年度报告', year: 2024 });
    expect(tree.allSections[0]!.title).toBe('主要举措和成效');
    expect(tree.point(tree.allSections[0]!.titleStart)).toEqual({ line: 12, column: 3 });
    expect(tree.normalized.slice(0, tree.source.text.indexOf('某区2024'))).toMatch(/^\s*$/);
  });
  it('does not take a thematic break over a paragraph for front matter', () => {
    const tree = parse(['---', '', '2024年，某区坚持以习近平法治思想为指导。', '', '---', '', md].join('\n'), 'md');
    expect(tree.normalized).toContain('2024年，某区坚持以习近平法治思想为指导。'.replace('，', ','));
  });
  it('leaves a thematic break over a list that no fence closes as written', () => {
    // 40 lines each readable as a list item or an indented line: one regular expression over the
    // block backtracked through 2^40 ways of reading them before giving up.
    const items = Array.from({ length: 40 }, (_, i) => `  - 第${i + 1}项`);
    const tree = parse(['---', ...items, '', md].join('\n'), 'md');
    expect(tree.normalized).toContain('- 第40项');
  });
});

describe('a title spread over lines (GB/T 9704)', () => {
  it('joins 发文机关 and 关于……的报告 into one title; the body is what comes before 关于', () => {
    const tree = parse('江岭市人民政府\n关于2025年度法治政府建设情况的报告\n\n省人民政府：\n\n2025年，我市扎实推进法治政府建设。\n\n一、主要举措和成效\n\n全年办理案件12件。\n', 'txt');
    expect(tree.meta).toMatchObject({ title: '江岭市人民政府关于2025年度法治政府建设情况的报告', year: 2025, yearSource: 'title', body: '江岭市人民政府' });
    // The addressee (省人民政府：) states neither year nor body: the opening is the paragraph below it.
    expect(tree.blocks.filter((b) => b.role).map((b) => `${b.role}@${tree.point(b.start).line}`)).toEqual(['title@1', 'title@2', 'opening@6']);
  });
  it('takes a reporting sentence alone on its line for the opening, though it ends with a colon like an addressee', () => {
    const tree = parse('法治政府建设情况报告\n现将我局2024年度法治政府建设工作情况报告如下：\n一、主要举措和成效\n全年办理案件12件。\n', 'txt');
    expect(tree.meta).toMatchObject({ year: 2024 });
    expect(tree.blocks.filter((b) => b.role).map((b) => `${b.role}@${tree.point(b.start).line}`)).toEqual(['title@1', 'opening@2']);
  });
  it('does not join web-page residue or a sentence to the title', () => {
    // The residue is skipped, not joined: the title below it is found on its own.
    expect(parse('发布日期 2025-03-28\n某区2024年法治政府建设年度报告\n', 'txt').meta.title).toBe('某区2024年法治政府建设年度报告');
    expect(parse('2024年，我区全面推进法治政府建设\n某区2024年法治政府建设年度报告\n', 'txt').meta.title).toBeUndefined();
  });
});

describe('a report delivered as a speech to the 人大常委会', () => {
  const roles = (tree: ReportTree) => tree.blocks.filter((b) => b.role).map((b) => `${b.role}@${tree.point(b.start).line}`);
  const body = '\n2025年，县政府扎实推进法治政府建设。\n一、主要举措和成效\n全年办理案件12件。\n';
  const speech = (frame: string, opening = '我受县人民政府委托，向会议报告2025年度法治政府建设情况，请予审议。') =>
    `南岭县人民政府关于2025年度法治政府建设情况的报告\n${frame}\n${opening}${body}`;

  it('reads the delivery line, the speaker and the salutation as its frame; the opening is the paragraph below them', () => {
    const tree = parse(speech('——2026年3月17日在南岭县第十八届人民代表大会常务委员会第二十六次会议上\n南岭县人民政府副县长　周立言\n\n主任、各位副主任、各位委员：'));
    expect(roles(tree)).toEqual(['title@1', 'speech@2', 'speech@3', 'speech@5', 'opening@6']);
    expect(tree.meta).toMatchObject({ year: 2025, yearSource: 'title', body: '南岭县人民政府' });
  });
  it('takes the date it was delivered on for the closing date when no date is written below the text', () => {
    const tree = parse(speech('——2026年3月17日在南岭县第十八届人民代表大会常务委员会第二十六次会议上\n主任、各位副主任、各位委员：'));
    expect(tree.meta.deliveryDate).toMatchObject({ year: 2026, month: 3, day: 17 });
    expect(tree.meta.closingDate).toEqual(tree.meta.deliveryDate);
    const { start, end } = tree.meta.closingDate!;
    expect(tree.source.text.slice(start, end)).toBe('2026年3月17日');
  });
  it('keeps the date written below the text as the closing date; the delivery date is kept apart', () => {
    const tree = parse(`${speech('——2026年3月17日在南岭县第十八届人民代表大会常务委员会第二十六次会议上\n主任、各位副主任、各位委员：')}南岭县人民政府\n2026年2月10日\n`);
    expect(tree.meta.closingDate).toMatchObject({ year: 2026, month: 2, day: 10 });
    expect(tree.meta.deliveryDate).toMatchObject({ year: 2026, month: 3, day: 17 });
  });
  it('reads the day alone in brackets under the title as the date the report gives itself; the opening is below it', () => {
    const tree = parse(speech('（2026年2月10日）', '2025年，南岭县坚持依法行政，现将有关情况报告如下。'));
    expect(roles(tree)).toEqual(['title@1', 'speech@2', 'opening@3']);
    expect(tree.meta.closingDate).toMatchObject({ year: 2026, month: 2, day: 10 });
    const { start, end } = tree.meta.closingDate!;
    expect(tree.source.text.slice(start, end)).toBe('2026年2月10日');
    // A bracketed line that says more than the day is no such line.
    expect(parse(speech('（2025年12月31日数据）', '2025年，南岭县坚持依法行政。')).meta.closingDate).toBeUndefined();
  });
  it('shows a speech by a meeting, a speaker or a salutation in the frame, not by the day in brackets alone', () => {
    expect(parse(speech('（2026年2月10日）', '2025年，南岭县坚持依法行政。')).meta.speech).toBe(false);
    expect(parse(speech('（2025年11月20日）\n主任、各位副主任、各位委员：')).meta.speech).toBe(true);
    expect(parse(speech('——2026年3月17日在南岭县第十八届人民代表大会常务委员会第二十六次会议上\n主任、各位副主任、各位委员：')).meta.speech).toBe(true);
  });
  it('reads a delivery line without its dash, broken in two by a narrow page, and a salutation naming 委员 without 各位', () => {
    const tree = parse(speech('2026年3月17日在南岭县第十八届人民代表大会\n常务委员会第二十六次会议上\n主任、各位副主任、委员：', '根据会议安排，现将我县2025年法治政府建设情况报告如下：'));
    expect(roles(tree)).toEqual(['title@1', 'speech@2', 'speech@3', 'speech@4', 'opening@5']);
    const { start, end } = tree.meta.deliveryDate!;
    expect(tree.source.text.slice(start, end)).toBe('2026年3月17日');
  });
  it('reads a delivery line with the date after the meeting, in Chinese numerals, and other salutations', () => {
    const tree = parse(speech('——在南岭县第十八届人民代表大会常务委员会第二十六次会议上（二〇二六年三月十七日）\n主任、副主任、秘书长、各位委员：'));
    expect(roles(tree)).toEqual(['title@1', 'speech@2', 'speech@3', 'opening@4']);
    expect(tree.meta.deliveryDate).toMatchObject({ year: 2026, month: 3, day: 17 });
    expect(roles(parse(speech('各位代表：')))).toEqual(['title@1', 'speech@2', 'opening@3']);
    const bracketed = parse(speech('（2026年3月17日在南岭县第十八届人民代表大会常务委员会第二十六次会议上）\n各位代表：'));
    expect(roles(bracketed)).toEqual(['title@1', 'speech@2', 'speech@3', 'opening@4']);
    expect(bracketed.meta.deliveryDate).toMatchObject({ year: 2026, month: 3, day: 17 });
  });
  it('reads a delivery line with no date: there is no date to take', () => {
    const tree = parse(speech('——在南岭县第十八届人民代表大会常务委员会第二十六次会议上\n南岭县人民政府县长　陈启明'));
    expect(roles(tree)).toEqual(['title@1', 'speech@2', 'speech@3', 'opening@4']);
    expect(tree.meta.closingDate).toBeUndefined();
  });
  it('reads the frame held in one Markdown paragraph, one line each', () => {
    const md = `# 南岭县人民政府关于2025年度法治政府建设情况的报告\n\n——2026年3月17日在南岭县第十八届人民代表大会常务委员会第二十六次会议上\n南岭县人民政府副县长　周立言\n\n主任、各位副主任、各位委员：\n\n我受县人民政府委托，向会议报告2025年度法治政府建设情况，请予审议。\n\n## 一、主要举措和成效\n\n全年办理案件12件。\n`;
    const tree = parse(md, 'md');
    // The title is a heading, no paragraph.
    expect(roles(tree)).toEqual(['speech@3', 'speech@6', 'opening@8']);
    expect(tree.meta.title).toBe('南岭县人民政府关于2025年度法治政府建设情况的报告');
    expect(tree.meta.closingDate).toMatchObject({ year: 2026, month: 3, day: 17 });
  });
  it('takes the year of 我受……委托（or 我代表……），向会议报告……请予审议 as the reporting sentence states it', () => {
    const tree = parse(speech('主任、各位副主任、各位委员：').replace('关于2025年度法治政府建设情况的报告', '关于法治政府建设情况的报告').replace(body, '\n一、主要举措和成效\n全年办理案件12件。\n'));
    expect(tree.meta).toMatchObject({ year: 2025, yearSource: 'opening' });
    for (const sentence of ['受县人民政府委托，我向县人大常委会报告2024年度法治政府建设情况，请予审议。', '受县人民政府委托，现就2024年度法治政府建设情况作如下报告，请予审议。', '我代表县人民政府向会议报告2024年度法治政府建设情况，请予审议。']) {
      expect(openingYears(normalizeText(sentence)).map((s) => s.year)).toEqual([2024]);
    }
  });
  it('does not take a speaker\'s line alone for a speech\'s frame (it is a byline), nor a sentence about a meeting', () => {
    expect(roles(parse(speech('南岭县人民政府县长　陈启明')))).toEqual(['title@1', 'front-matter@2', 'opening@3']);
    expect(roles(parse(speech('2026年3月17日，在县人大常委会会议上报告了法治政府建设情况。')))).toEqual(['title@1', 'opening@2']);
  });
});

describe('the report year', () => {
  /** A report whose title, opening, plans heading and closing date each state a year of their own. */
  const report = (title: number, opening: number, plans: string, date: string) =>
    `某县${title}年法治政府建设年度报告\n${opening}年，某县扎实推进法治政府建设。\n一、主要举措和成效\n全年办理案件12件。\n` +
    `二、存在的不足和原因\n培训不足。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n带头学法。\n四、${plans}\n加强培训。\n某县人民政府\n${date}\n`;

  it('is the body\'s when the title is the only place that states another; the title year is kept with its place', () => {
    const tree = parse(report(2022, 2023, '2024年工作安排', '2024年2月20日'));
    expect(tree.meta).toMatchObject({ year: 2023, yearSource: 'body', titleYear: { year: 2022, start: 2, end: 7 } });
    expect(tree.source.text.slice(2, 7)).toBe('2022年');
    expect(outline(tree)).toEqual(['measures:section@3', 'shortcomings:section@5', 'duties:section@7', 'plans:section@9']);
  });
  it('is the body\'s when the title states none and the opening is the only place that states another', () => {
    const withoutYear = (opening: number, plans: string, date: string) => report(2024, opening, plans, date).replace('某县2024年法治政府建设年度报告', '某县法治政府建设情况报告');
    expect(parse(withoutYear(2023, '2025年工作安排', '2025年1月27日')).meta).toMatchObject({ year: 2024, yearSource: 'body' });
    // One place against the opening does not overrule it: with nothing else to say which, the year is not known.
    expect(parse(withoutYear(2023, '2025年工作安排', '')).meta).toMatchObject({ year: undefined, yearSource: undefined });
  });
  it('weighs an opening against the one heading that states a year by what else the opening and the heading\'s part state', () => {
    const measures = (opening: string, body: string) => parse(`某区自然资源分局法治政府建设情况报告\n${opening}\n一、2024年度推进法治政府建设的主要举措和成效\n${body}\n`).meta;
    // A plan of the heading's year made in its part, or a lead of its year in the opening or the part: the heading's year.
    expect(measures('2023年，我局全面推进依法行政。', '认真制定《2024年度法治工作要点》，组织专题学法12次。')).toMatchObject({ year: 2024, yearSource: 'body' });
    expect(measures('2023年，我局全面推进依法行政。2024年是全面深化改革的关键之年。', '组织专题学法12次。')).toMatchObject({ year: 2024, yearSource: 'body' });
    expect(measures('2023年，我局全面推进依法行政。', '（一）加强学法。2024年，组织专题学法12次。')).toMatchObject({ year: 2024, yearSource: 'body' });
    // Of the opening's year: the opening's. Of both, of neither, or only about another period on purpose (被评为): not known.
    expect(measures('2023年，我局全面推进依法行政。', '认真落实《2023年度法治工作要点》，组织专题学法12次。')).toMatchObject({ year: 2023, yearSource: 'opening' });
    expect(measures('2023年，我局全面推进依法行政。', '落实《2023年度法治工作要点》。2024年，组织专题学法12次。')).toMatchObject({ year: undefined });
    expect(measures('2023年，我局全面推进依法行政。2024年，分局被评为先进单位。', '组织专题学法12次。')).toMatchObject({ year: undefined });
    // A plan in the plans' part states the year before it: “四、2025年工作安排” and 《2025年度法治工作要点》 there, a report on 2024.
    const plans = parse('某区自然资源分局法治政府建设情况报告\n2023年，我局全面推进依法行政。\n一、主要举措和成效\n组织专题学法12次。\n二、2025年工作安排\n制定《2025年度法治工作要点》。\n').meta;
    expect(plans).toMatchObject({ year: 2024, yearSource: 'body' });
  });
  it('reads the measures heading of the year the title calls next as the measures, and counts it', () => {
    // Title 2022: “2023年……主要举措和成效” names results, so it is the measures part (not the plans) and says 2023.
    const tree = parse(report(2022, 2023, '下一年度工作安排', '2023年2月20日').replace('一、主要举措和成效', '一、2023年主要举措和成效'));
    expect(tree.meta).toMatchObject({ year: 2022, yearSource: 'title' });
    const withoutDate = parse(report(2022, 2023, '下一年度工作安排', '').replace('一、主要举措和成效', '一、2023年主要举措和成效'));
    expect(withoutDate.meta).toMatchObject({ year: 2023, yearSource: 'body' });
  });
  it('stays the title\'s when the body is divided or states another year in one place only', () => {
    expect(parse(report(2022, 2023, '2023年工作安排', '2024年2月20日')).meta).toMatchObject({ year: 2022, yearSource: 'title' });
    expect(parse(report(2022, 2023, '下一年度工作安排', '')).meta).toMatchObject({ year: 2022, yearSource: 'title' });
    expect(parse(report(2023, 2022, '2024年工作安排', '2024年2月20日')).meta).toMatchObject({ year: 2023, yearSource: 'title' });
  });
  it('is the one the body bears out when the page’s two copies of the title state two years, else unknown', () => {
    const copies = (page: number, article: number, rest: string) => parse(`某县${page}年法治政府建设年度报告\n某县${article}年法治政府建设年度报告\n${rest}`);
    const dated = '2025年，某县扎实推进法治政府建设。\n一、主要举措和成效\n全年办理案件12件。';
    expect(copies(2025, 2024, dated).meta).toMatchObject({ year: 2025, yearSource: 'title', titleYear: { year: 2025, start: 2 }, titleCopy: { year: 2024, start: 20, end: 25 } });
    expect(copies(2024, 2025, dated).meta).toMatchObject({ year: 2025, yearSource: 'body', titleYear: { year: 2024 }, titleCopy: { year: 2025 } });
    const undated = copies(2025, 2024, '今年以来，某县扎实推进法治政府建设。\n一、主要举措和成效\n全年办理案件12件。');
    expect(undated.meta.year).toBeUndefined();
    expect(undated.blocks.find((b) => b.role === 'opening')?.start).toBe(undated.normalized.indexOf('今年以来'));
  });
  it('takes no heading whose part depends on its year as evidence', () => {
    // “2024年主要措施”: the plans of a report on 2023, the measures of one on 2024; with the opening alone, the title stands.
    expect(parse(report(2022, 2023, '2024年主要措施', '')).meta).toMatchObject({ year: 2022, yearSource: 'title' });
  });
});

describe('the reporting body', () => {
  const report = (title: string, signature: string) => `${title}\n\n一、主要举措和成效\n\n全年办理案件12件。\n\n${signature}\n2025年2月20日\n`;
  it('is the place a title all 事由 names, without 关于', () => {
    expect(parse(report('关于东湖区2024年度法治政府建设情况的报告', '特此报告。')).meta.body).toBe('东湖区');
  });
  it('is the signature when it is the government of the place the title names', () => {
    expect(parse(report('白沙县2024年法治政府建设年度报告', '白沙县人民政府')).meta.body).toBe('白沙县人民政府');
    expect(parse(report('东门街道2024年法治政府建设工作报告', '东门街道办事处')).meta.body).toBe('东门街道办事处');
    // A signature may write the province or city above the place first (重庆市石溪区人民政府).
    expect(parse(report('石溪区2025年法治政府建设年度报告', '重庆市石溪区人民政府')).meta.body).toBe('重庆市石溪区人民政府');
    expect(parse(report('城关镇2025年法治政府建设工作报告', '白沙县城关镇人民政府')).meta.body).toBe('白沙县城关镇人民政府');
    expect(parse('# 清河区2024年法治政府建设年度报告\n\n## 一、主要举措和成效\n\n全年办理案件12件。\n\n清河区人民政府<br>\n2025年2月18日\n', 'md').meta.body).toBe('清河区人民政府');
  });
  it('stays the place when another body signs (a bureau, the Party committee and government together)', () => {
    expect(parse(report('白沙县2024年法治政府建设年度报告', '白沙县司法局')).meta.body).toBe('白沙县');
    expect(parse(report('白沙县2024年法治政府建设年度报告', '中共白沙县委　白沙县人民政府')).meta.body).toBe('白沙县');
    expect(parse(report('石溪区2025年法治政府建设年度报告', '中共重庆市石溪区委员会')).meta.body).toBe('石溪区');
  });
  it('is the signature\'s full name when the title names the body by its 简称', () => {
    expect(parse(report('柳湾区文广旅体局2025年度法治政府建设年度报告', '柳湾区文化广电旅游体育局')).meta.body).toBe('柳湾区文化广电旅游体育局');
    expect(parse(report('白沙县发改委2024年法治政府建设年度报告', '白沙县发展和改革委员会')).meta.body).toBe('白沙县发展和改革委员会');
    // A body the signature's name only goes on from is another body (its office), and the title's stays.
    expect(parse(report('白沙县人民政府2024年法治政府建设年度报告', '白沙县人民政府办公室')).meta.body).toBe('白沙县人民政府');
    expect(parse(report('白沙县司法局2024年法治政府建设年度报告', '白沙县人力资源和社会保障局')).meta.body).toBe('白沙县司法局');
  });
  it('leaves out the stamp note after the signature, which may come below the date', () => {
    const tree = parse('某市退役军人事务局关于2025年度法治政府建设情况的报告\n\n一、主要举措和成效\n\n全年办理案件12件。\n\n（此页无正文）\n\n2026年2月3日\n某市退役军人事务局（盖章）\n');
    expect(tree.meta).toMatchObject({ body: '某市退役军人事务局', closingDate: { year: 2026, month: 2, day: 3 } });
    expect(tree.blocks.filter((b) => b.role).map((b) => `${b.role}@${tree.point(b.start).line}`)).toEqual(['title@1', 'notation@7', 'date@9', 'signature@10']);
  });
});

describe('the frame after the body (GB/T 9704)', () => {
  const text = [
    '某县2025年法治政府建设情况报告', '', '一、主要举措和成效', '', '全年办理案件12件。', '', '特此报告。', '',
    '附件：1.某县2025年度行政执法统计表', '2.某县2025年度行政复议统计表', '', '某县人民政府', '2026年2月10日', '',
    '（此件公开发布）', '', '（联系人：王某某；联系电话：0573-82012345）', '', '抄送：县委办公室，县人大常委会办公室。', '',
    '某县人民政府办公室　　　　　　　　2026年2月12日印发', '',
  ].join('\n');
  it('reads the attachment note and its list, the notation and the distribution line as frame, so the sign-off and date are found', () => {
    const tree = parse(text);
    expect(tree.meta).toMatchObject({ signOff: true, closingDate: { year: 2026, month: 2, day: 10 } });
    expect(tree.blocks.filter((b) => b.role).map((b) => `${b.role}@${tree.point(b.start).line}`)).toEqual([
      'title@1', 'closing@7', 'attachment@9', 'attachment@10', 'signature@12', 'date@13', 'notation@15', 'notation@17', 'notation@19', 'notation@21',
    ]);
    expect(tree.allSections.map((s) => s.title)).toEqual(['主要举措和成效']);
  });
  it('finds the sign-off and date above the attachments printed after the date (“附件” alone, a title, a table)', () => {
    const tree = parse([
      '某县2025年法治政府建设情况报告', '', '一、主要举措和成效', '', '全年办理案件12件。', '', '特此报告。', '',
      '附件：某县2025年度行政执法统计表', '', '某县人民政府', '2026年1月9日', '', '附件', '', '某县2025年度行政执法统计表', '',
      '行政处罚决定312件，其中简易程序204件。', '',
    ].join('\n'));
    expect(tree.meta).toMatchObject({ signOff: true, closingDate: { year: 2026, month: 1, day: 9 } });
    expect(tree.blocks.filter((b) => b.role).map((b) => `${b.role}@${tree.point(b.start).line}`)).toEqual([
      'title@1', 'closing@7', 'attachment@9', 'signature@11', 'date@12',
    ]);
  });
  it('finds the sign-off and date above an attachment note listed after the date, the attachments printed below it', () => {
    const tree = parse([
      '某县2025年法治政府建设情况报告', '', '一、主要举措和成效', '', '全年办理案件12件。', '', '特此报告。', '',
      '某县人民政府', '2026年2月6日', '', '附件：1.某县2025年度行政执法数据统计表', '　　　2.某县2025年度重大行政决策事项目录', '',
      '附件1', '', '某县2025年度行政执法数据统计表', '', '执法部门\t立案（件）', '县市场监督管理局\t312', '合计\t312', '',
      '附件2', '', '某县2025年度重大行政决策事项目录', '', '1.某县城区停车收费管理办法', '2.某县城乡公交一体化实施方案', '',
    ].join('\n'));
    expect(tree.meta).toMatchObject({ signOff: true, body: '某县人民政府', closingDate: { year: 2026, month: 2, day: 6 } });
    expect(tree.blocks.filter((b) => b.role).map((b) => `${b.role}@${tree.point(b.start).line}`)).toEqual([
      'title@1', 'closing@7', 'signature@9', 'date@10', 'attachment@12', 'attachment@13',
    ]);
    // The note's second item is no heading “2.” of the text, numbered out of turn.
    expect(tree.allSections.map((s) => s.title)).toEqual(['主要举措和成效', '某县城区停车收费管理办法', '某县城乡公交一体化实施方案']);
  });
  it('reads a data note below the date (注：1．…… / 2．……) as frame, its numbered lines with it, so the date is found', () => {
    for (const head of ['注：', '说明：', '备注：']) {
      const tree = parse([
        '某省文化和旅游厅2026年度法治政府建设情况报告', '', '一、主要举措和成效', '', '全年办理案件12件。', '', '某省文化和旅游厅', '2027年2月26日', '',
        `${head}1.本报告中执法数据由省执法总队汇总，统计时间为2026年1月1日至12月31日。`, '2.投诉数据来源于省投诉受理平台。', '',
      ].join('\n'));
      expect(tree.meta.closingDate).toMatchObject({ year: 2027, month: 2, day: 26 });
      expect(tree.blocks.filter((b) => b.role).map((b) => `${b.role}@${tree.point(b.start).line}`)).toEqual([
        'title@1', 'signature@7', 'date@8', 'notation@10', 'notation@11',
      ]);
      // The note's second line is no heading “2.” of the text, numbered out of turn.
      expect(tree.allSections.map((s) => s.title)).toEqual(['主要举措和成效']);
    }
  });
  it('leaves a “说明：” above the signature in the text: the content of the last part, not a note', () => {
    const tree = parse('一、主要举措和成效\n\n全年办理案件12件。\n\n二、其他需要报告的事项\n\n说明：本年度无其他需要报告的事项。\n\n某县人民政府\n2027年1月5日\n');
    expect(tree.blocks.filter((b) => b.role).map((b) => `${b.role}@${tree.point(b.start).line}`)).toEqual(['signature@9', 'date@10']);
  });
  it('leaves numbered sentences below the date with no note above them in the text', () => {
    const tree = parse('一、主要举措和成效\n\n全年办理案件12件。\n\n某区人民政府\n2027年1月9日\n\n1.全年培训执法人员3期。\n2.全年办理复议案件5件。\n');
    expect(tree.blocks.filter((b) => b.role === 'notation')).toEqual([]);
  });
  it('finds the date above a 附表 and, in Markdown, above the footnotes pandoc writes at the end ([^1]: ……)', () => {
    const body = ['# 一、主要举措和成效', '', '全年办理案件12件，结案11件[^1]。', '', '特此报告。', '', '某县水利局', '', '2026年2月5日', ''];
    const annex = ['附表', '', '某县水利局2025年度执法数据', '', '| 指标 | 2025年 |', '|---|---|', '| 立案（件） | 12 |', ''];
    // Without spaces a footnote's text is read by remark-parse as a link reference definition.
    const notes = ['[^1]: 未结的1件为跨年度案件。', '', '[^2]: 依据《某县水行政执法办法》（某水发〔2025〕3号）第 12 条。', ''];
    for (const lines of [[...body, ...annex, ...notes], [...body, ...notes]]) {
      const tree = parse(lines.join('\n'), 'md');
      expect(tree.meta).toMatchObject({ signOff: true, closingDate: { year: 2026, month: 2, day: 5 } });
    }
  });
  it('finds the date above “附表：” or “附件：” with its colon, the attachment title and its table below', () => {
    const body = ['# 一、主要举措和成效', '', '全年立案1431件，结案1397件（详见附表）。', '', '某州人民政府', '', '2026年1月28日', ''];
    for (const marker of ['附表：', '附件:', '附件1：']) {
      const annex = [marker, '', '**2025年州直部门行政执法情况统计表**', '', '| 部门 | 立案（件） |', '|---|---|', '| 合计 | 1,431 |', ''];
      expect(parse([...body, ...annex].join('\n'), 'md').meta.closingDate).toMatchObject({ year: 2026, month: 1, day: 28 });
    }
  });
  it('reads a date line whose 日 is left out (2026年1月28) as the closing date, as one written 号; a month alone is no date', () => {
    for (const [line, day] of [['2026年1月28', 28], ['2026年1月28号', 28], ['2026年1月', undefined]] as const) {
      const tree = parse(`一、主要举措和成效\n\n全年办理案件12件。\n\n某区人民政府\n${line}\n`);
      expect(tree.meta.closingDate?.day).toBe(day);
    }
  });
  it('a line “附件” in the text, not below the date, is no attachment', () => {
    const tree = parse('一、主要举措和成效\n\n全年办理案件12件。\n\n附件\n\n某县人民政府\n2026年1月9日\n');
    expect(tree.meta.closingDate).toMatchObject({ year: 2026, month: 1, day: 9 });
  });
  describe('a letter with no title of its own that only sends the report printed after its date', () => {
    const letter = [
      '区法治政府建设工作领导小组办公室：', '根据工作要求，我局拟就了《某区城市管理局2025年度法治政府建设情况的报告》（见附件），现呈上，请审阅。', '特此报告。',
      '附件：某区城市管理局2025年度法治政府建设情况的报告', '某区城市管理局', '2026年1月19日', '附件',
    ];
    const report = ['2025年，区城市管理局坚持依法行政，现将有关情况报告如下：', '一、主要举措和成效', '全局办理行政处罚案件231件。', '二、存在的不足和原因', '执法力量不足，原因在于编制偏少。'];
    it('is front matter: the report is read from its title below “附件”, or from its opening when it has none', () => {
      for (const title of [['某区城市管理局', '2025年度法治政府建设情况的报告'], []]) {
        const tree = parse([...letter, ...title, ...report].join('\n'));
        const opening = letter.length + title.length + 1;
        expect(tree.blocks.filter((b) => b.role).map((b) => `${b.role}@${tree.point(b.start).line}`)).toEqual([
          ...letter.map((_, k) => `front-matter@${k + 1}`), ...title.map((_, k) => `title@${letter.length + k + 1}`), `opening@${opening}`,
        ]);
        expect(tree.meta).toMatchObject({ year: 2025 });
        expect(tree.parts.map((p) => `${p.part}@${tree.point(p.start).line}`)).toEqual([`measures@${opening + 1}`, `shortcomings@${opening + 3}`]);
      }
    });
    it('is not read past when it sends no report (a table), or has parts of its own: the attachment stays one', () => {
      const table = ['区司法局：', '现将我局2025年度行政执法统计表报送你局，请审阅。', '附件：2025年度行政执法情况统计表', '某区城市管理局', '2026年1月19日', '附件', '2025年度行政执法情况统计表', '项目\t数量'];
      expect(parse(table.join('\n')).blocks.filter((b) => b.role === 'front-matter')).toEqual([]);
      const parts = ['区法治政府建设工作领导小组办公室：', ...report, ...letter.slice(3), '某区城市管理局2025年度行政执法情况的报告', '全年办理案件231件，现报送备案。'];
      const tree = parse(parts.join('\n'));
      expect(tree.blocks.filter((b) => b.role === 'front-matter')).toEqual([]);
      expect(tree.meta.closingDate).toMatchObject({ year: 2026, month: 1, day: 19 });
    });
  });
  it('numbered lines without an attachment note above them stay in the body', () => {
    const tree = parse('一、主要举措和成效\n\n1.深化改革\n\n2.规范执法\n\n某县人民政府\n2026年2月10日\n');
    expect(tree.allSections.map((s) => s.title)).toEqual(['主要举措和成效', '深化改革', '规范执法']);
  });
});

describe('the residue of web pages, Word and PDF exports and CMS Markdown', () => {
  const roles = (tree: ReportTree) => tree.blocks.filter((b) => b.role).map((b) => `${b.role}@${tree.point(b.start).line}`);
  it('skips a breadcrumb, 【字体】, the source line and a repeated title around the title, and the page after the sign-off', () => {
    const tree = parse([
      '首页 > 政务公开 > 法治政府建设', '某县2024年法治政府建设年度报告', '【字体：大 中 小】', '某县2024年法治政府建设年度报告',
      '来源：某县司法局　发布时间：2025-03-28 10:20', '\u00a0\u00a02024年，某县扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。',
      '特此报告。', '某县人民政府', '2025年2月20日', '打印本页　关闭窗口', '相关链接', '某县2023年法治政府建设年度报告',
      '主办单位：某县人民政府办公室', 'ICP备12345678号　网站标识码：4601230001',
    ].join('\n'));
    expect(tree.meta).toMatchObject({ title: '某县2024年法治政府建设年度报告', year: 2024, signOff: true, closingDate: { year: 2025, month: 2, day: 20 } });
    expect(roles(tree)).toEqual([
      'front-matter@1', 'title@2', 'front-matter@3', 'front-matter@4', 'front-matter@5', 'opening@6', 'closing@9', 'signature@10', 'date@11',
      'front-matter@12', 'front-matter@13', 'front-matter@14', 'front-matter@15', 'front-matter@16',
    ]);
  });
  it('skips a footer whose labels have no 单位 (主办：…… 承办：……) below the print links: the date above is the closing date', () => {
    const tree = parse([
      '某街道2024年法治政府建设情况报告', '2024年，某街道扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。',
      '　　某街道办事处', '　　2025年1月24日', '【打印本页】　【关闭窗口】', '扫一扫在手机打开当前页', '主办：某区人民政府办公室　　承办：某区大数据中心',
    ].join('\n'));
    expect(tree.meta.closingDate).toMatchObject({ year: 2025, month: 1, day: 24 });
    expect(roles(tree).slice(-5)).toEqual(['signature@5', 'date@6', 'front-matter@7', 'front-matter@8', 'front-matter@9']);
  });
  it('skips a back-to-top link and a disclosure table above the title: neither is joined to it', () => {
    const tree = parse([
      '返回顶部', '', '索引号：113400000/2025-00012', '发布机构：某县司法局', '发布日期：2025-03-06',
      '某县2024年法治政府建设年度报告', '2024年，某县扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。',
    ].join('\n'));
    expect(tree.meta).toMatchObject({ title: '某县2024年法治政府建设年度报告', year: 2024 });
    expect(roles(tree).slice(0, 6)).toEqual(['front-matter@1', 'front-matter@3', 'front-matter@4', 'front-matter@5', 'title@6', 'opening@7']);
  });
  it('skips a page’s furniture over the opening when no title is there, if its last line is one a cue names', () => {
    const tree = parse([
      '站群导航', '', 'AQI', '  • 轻度污染', '  • 中度污染', '', '2025-03-15来源:', '', '2024年，某市人民政府扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。',
    ].join('\n'));
    expect(roles(tree).slice(0, 6)).toEqual(['front-matter@1', 'front-matter@3', 'front-matter@4', 'front-matter@5', 'front-matter@7', 'opening@9']);
    // Short lines with no such cue right above the opening are not passed over: they may be the report's.
    const plain = parse(['站群导航', 'AQI', '2024年，某市人民政府扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。'].join('\n'));
    expect(roles(plain).filter((r) => r.startsWith('front-matter'))).toEqual([]);
  });
  it('passes over a line that reads as a title but has no year when a dated title follows: the page’s column, not the report’s title', () => {
    const tree = parse(['落实情况公开', '您现在的位置 首页 > 结果公开 > 落实情况公开', '某区司法局关于2024年度法治政府建设工作情况的报告', '2024年，我局扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。'].join('\n'));
    expect(tree.meta).toMatchObject({ title: '某区司法局关于2024年度法治政府建设工作情况的报告', year: 2024 });
    expect(roles(tree).slice(0, 4)).toEqual(['front-matter@1', 'front-matter@2', 'title@3', 'opening@4']);
    // A subtitle is no title of its own: the title without a year stays the title.
    const subtitled = parse(['某县法治政府建设工作报告', '——2024年度工作情况的报告', '2024年，某县扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。'].join('\n'));
    expect(roles(subtitled)[0]).toBe('title@1');
  });
  it('skips a WeChat article’s residue: 点击上方蓝字关注我们, the account line, and after the date its credits, 往期推荐, 阅读原文 and buttons', () => {
    const tree = parse([
      '点击上方蓝字关注我们', '某市城市管理局2024年度法治政府建设情况报告', '原创 某市城管 某市城管 2025年03月18日 17:30 浙江',
      '2024年，市城市管理局扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。', '某市城市管理局', '2025年3月10日',
      '来源：某市城市管理局', '编辑：沈佳怡', '审核：钱文博', '往期推荐', '某市城管开展法治宣传活动', '阅读原文', '阅读 2356', '分享 收藏 点赞 在看',
    ].join('\n'));
    expect(tree.meta).toMatchObject({ title: '某市城市管理局2024年度法治政府建设情况报告', year: 2024, closingDate: { year: 2025, month: 3, day: 10 } });
    expect(roles(tree)).toEqual([
      'front-matter@1', 'title@2', 'front-matter@3', 'opening@4', 'signature@7', 'date@8',
      ...[9, 10, 11, 12, 13, 14, 15, 16].map((line) => `front-matter@${line}`),
    ]);
  });
  it('skips a site header dated with its weekday and the script switches above the title: the title and its year are the report\'s', () => {
    const tree = parse([
      '某市某区人民政府 2022年11月8日星期二', '', '无障碍 简体| 繁体', '', '某区2024年度法治政府建设情况报告', '来源 : 某区司法局 发布时间:2025-03-20 09:30',
      '某区2024年度法治政府建设情况报告', '2024年，某区扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。',
    ].join('\n'));
    expect(tree.meta).toMatchObject({ title: '某区2024年度法治政府建设情况报告', year: 2024, body: '某区' });
    expect(roles(tree).slice(0, 6)).toEqual(['front-matter@1', 'front-matter@3', 'title@5', 'front-matter@6', 'front-matter@7', 'opening@8']);
  });
  it('skips the fields a page lists under its own title (site suffix after _): the article\'s title restated, 【字号, 所属类目, 体裁, 发文字号 …', () => {
    const tree = parse([
      '某镇2024年法治政府建设情况报告_镇街文件_某区人民政府门户网站', '', '某镇2024年法治政府建设情况报告', '', '信息来源: 某镇 发布时间 2025-02-10', '【字号',
      '  • 所属类目: 镇街文件', '  • 主题分类: 政务公开', '  • 体       裁: 报告', '  • 发布日期: 2025-02-10', '  • 发文字号:', '  • 公开类别: 主动公开',
      '  • 机构名称: 某镇', '', '2024年，某镇扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。',
    ].join('\n'));
    expect(tree.meta).toMatchObject({ year: 2024, body: '某镇' });
    const residue = [3, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((line) => `front-matter@${line}`);
    expect(roles(tree).slice(0, 12)).toEqual(['title@1', ...residue, 'opening@15']);
  });
  it('skips a disclosure table of bracketed fields, the font-size control broken over lines and a bulleted title with its index number', () => {
    const title = '某乡人民政府2025年法治政府建设情况报告';
    const table = parse([
      '您当前所在位置:首页>政务公开>乡镇街道', '- [ 索引号 ] 11500231234567890X/2026-00003', '- [ 发文字号 ]', '- [ 发布机构 ] 某乡人民政府', '- [ 有效性 ] 有效', title,
      '- 日期:2026-02-12', '-', '大', '中', '小', '- 分享到 :', title, '2025年，某乡扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。',
    ].join('\n'));
    expect(table.meta).toMatchObject({ title, year: 2025 });
    expect(roles(table).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@6', 'opening@14']);
    const listed = parse([
      '关怀版 网站支持IPv6', '当前位置 : 首页', '> 某县动态 > 政务公告', '• 123456789/2025-000321', `• ${title}`, title,
      '日期:2026-03-04 15:06 来源:某县司法局 访问量:', '【字体:', '2025年，某乡扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。',
    ].join('\n'));
    expect(listed.meta).toMatchObject({ year: 2025 });
    expect(roles(listed)).toEqual([...[1, 2, 3, 4].map((line) => `front-matter@${line}`), 'title@5', ...[6, 7, 8].map((line) => `front-matter@${line}`), 'opening@9']);
  });
  it('skips a header of bulleted switches, padded fields and a field on two lines: 无障碍, 登录 | 注册, IPv6, 标 题, 时效, a label over its value', () => {
    const title = '某县水务局2023年度法治政府建设工作报告';
    const bulleted = parse([
      '• 无障碍阅读 |', '  • 登录 | 注册', '  • 本站支持IPv6访问', `  • ${title}`,
      '    时间:2024-02-01      信息来源: 某县水务局     浏览次数:     【字体:', '2023年，县水务局扎实推进依法行政。', '一、主要举措和成效', '全年查处水事案件9件。',
    ].join('\n'));
    expect(bulleted.meta).toMatchObject({ year: 2023 });
    expect(roles(bulleted).slice(0, 6)).toEqual(['front-matter@1', 'front-matter@2', 'front-matter@3', 'title@4', 'front-matter@5', 'opening@6']);
    const padded = parse([
      '索   引   号: 001/2024-00031 分          类: 部门文件', '发 布 机 构: 某县水务局 发 文 日 期: 2024-02-01', `标          题: ${title}`,
      '内 容 概 述: 年度报告', '时          效:', title, '| | | |', '2023年，县水务局扎实推进依法行政。', '一、主要举措和成效', '全年查处水事案件9件。',
    ].join('\n'));
    expect(padded.meta).toMatchObject({ title, year: 2023 });
    expect(roles(padded).slice(0, 8)).toEqual([...[1, 2, 3, 4, 5].map((line) => `front-matter@${line}`), 'title@6', 'front-matter@7', 'opening@8']);
    const split = parse([
      '- 索引号:', '- 001234567/2024-00031', '- 公开方式:', '- 主动公开', '- 文号:', '- 某水〔2024〕3号', '- 发布单位:', '- 某县水务局', title,
      '2023年，县水务局扎实推进依法行政。', '一、主要举措和成效', '全年查处水事案件9件。',
    ].join('\n'));
    expect(split.meta).toMatchObject({ title, year: 2023, body: '某县水务局' });
    expect(roles(split).slice(0, 10)).toEqual([...[1, 2, 3, 4, 5, 6, 7, 8].map((line) => `front-matter@${line}`), 'title@9', 'opening@10']);
    // Fields of other sites' tables: 公文时效, 关键词, a banner's 中文域名.
    const more = parse([
      '中文域名:某县人民政府.政务', title, '- 索引号:001234567/2024-00031', '- 关键词:法治政府', '- 公文时效:', '- 发布日期:2024-02-01',
      '2023年，县水务局扎实推进依法行政。', '一、主要举措和成效', '全年查处水事案件9件。',
    ].join('\n'));
    expect(roles(more).slice(0, 7)).toEqual(['front-matter@1', 'title@2', ...[3, 4, 5, 6].map((line) => `front-matter@${line}`), 'opening@7']);
  });
  it('skips a site’s name above its fields, a fields table with rules, and a counter, font control and share link under the title; a 工作总结 is a title', () => {
    const title = '某区民政局关于2022年度法治政府建设工作的报告';
    const table = parse([
      '某区人民政府', '索引号 | 001/2023-0042 | 发布机构 | 某区民政局 |', '---|---|---|---|', '信息类别 | 综合政务 | 公开范围 | 全部公开 |',
      title, '2022年，我局扎实推进依法行政。', '一、主要举措和成效', '全年办理救助申请300件。',
    ].join('\n'));
    expect(table.meta).toMatchObject({ title, year: 2022 });
    expect(roles(table).slice(0, 6)).toEqual(['front-matter@1', 'front-matter@2', 'front-matter@3', 'front-matter@4', 'title@5', 'opening@6']);
    const summary = '某区2025年度法治政府建设工作总结';
    const counters = parse([
      '本网站支持IPv6', '长者模式', '正文', summary, '时间:2026-02-01', '来源:某区司法局', '阅读:0', '• 浏览量:', '• 字体【      】', '字体:[] [] []', '打印', '分享',
      '2025年，某区扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。',
    ].join('\n'));
    expect(counters.meta).toMatchObject({ title: summary, year: 2025 });
    expect(roles(counters).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@4', 'opening@13']);
  });
  it('skips more disclosure fields, a breadcrumb under any label, a greeting, a field’s value without its label, a date alone and the print links', () => {
    const title = '某区2024年度法治政府建设情况报告';
    const text = ['2024年，某区坚持依法行政。', '一、主要举措和成效', '全年办理案件12件。'];
    const above = parse(['欢迎访问某区人民政府网站！', '当前所在:首页 > 政务公开 > 法治政府建设', '  • 公文种类:', '  • 发文机构:某区司法局', '- 题裁分类:', '政府信息公开', title, ...text].join('\n'));
    expect(roles(above).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@7', 'opening@8']);
    const under = parse([title, '1101050006/2025-6637169', '某区人民政府', '2025-02-28', title, '字号:', '打印整页 打印内容 分享', ...text].join('\n'));
    expect(roles(under).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@1', 'opening@8']);
  });
  it('skips a breadcrumb whose crumbs are joined by ->', () => {
    const title = '青山县2019年法治政府建设情况报告';
    const tree = parse(['首页 -> 信息公开 -> 工作报告', title, '2019年，青山县坚持依法行政。', '一、主要举措和成效', '全年办理案件12件。'].join('\n'));
    expect(tree.meta).toMatchObject({ title, year: 2019 });
    expect(roles(tree).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@2', 'opening@3']);
  });
  it('skips disclosure fields written without colons, and a leader’s byline under the title of a 述法 report', () => {
    const title = '某县林业局2025年度法治政府建设工作报告';
    const text = ['2025年，县林业局坚持依法行政。', '一、主要举措和成效', '全年查处林业案件12件。'];
    const fields = parse(['索引号 /2026-00317 生成日期 2026-02-05', '发布机构 县林业局 文号', '组配分类 法治政府建设报告 主题分类', title, ...text].join('\n'));
    expect(roles(fields).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@4', 'opening@5']);
    const report = '某县自然资源局局长2025年度述法报告';
    const byline = parse([report, '县自然资源局党组书记、局长 王某某', '2026年1月', '2025年，我认真履行推进法治建设第一责任人职责。现将本人2025年度述法情况报告如下：', '一、履职情况', '全年主持党组会议研究法治工作6次。'].join('\n'));
    expect(byline.meta).toMatchObject({ title: report, year: 2025 });
    expect(roles(byline)[1]).toBe('front-matter@2');
  });
  it('skips a menu in bullets, bars drawn with 丨, more disclosure fields, share buttons, a validity alone and a time in 时 and 分', () => {
    const title = '某镇2025年度法治政府建设情况报告';
    const text = ['2025年，某镇扎实推进法治政府建设。', '一、主要举措和成效', '全年调处矛盾纠纷56件。'];
    const menu = parse([
      '繁体丨 简体 丨 无障碍丨 网站地图', '  • 首页', '  • 政务公开', '  • 政民互动', '当前位置: 信息公开首页 > 政务公开 > 镇街 >',
      '  • 索 引 号:001/2026-00156', '  • 成文时间:2026年01月28日', '  • 文  号:无', '  • 发文时间:2026年01月28日', '- 标 题:某镇2025年度法治政府建设情况报告',
      '- 效力状态:有效', '体裁分类: 报告 有效性: 有效', title, ...text,
    ].join('\n'));
    expect(menu.meta).toMatchObject({ title, year: 2025 });
    expect(roles(menu).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@13', 'opening@14']);
    const under = parse([title, '发布于:2026-01-06 09:04:54', '2026年01月06日 09时04分', '分享 微信', '头条', '微博 空间 qq', '保护视力色:', '有效', ...text].join('\n'));
    expect(roles(under).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@1', 'opening@9']);
  });
  it('skips a font-size control in square brackets under the title and reads the date the page gives the report', () => {
    const title = '某省人民政府关于2023年法治政府建设情况的报告';
    const tree = parse([title, '访问次数: 147        作者: admin                发布时间:2024-03-28', '[字体: ]', '2023年，全省政府系统扎实推进依法行政。', '一、主要举措和成效', '全年办理行政复议案件12件。'].join('\n'));
    expect(roles(tree).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@1', 'opening@4']);
    expect(tree.meta.pageDate).toMatchObject({ year: 2024, month: 3, day: 28 });
    for (const [field, date] of [
      ['发 文 日 期: 2023-03-30', { year: 2023, month: 3, day: 30 }],
      ['[ 成文日期 ] 2023-03-03 [ 发布日期 ] 2023-03-09', { year: 2023, month: 3, day: 3 }],
      ['发布日期: 2023年02月08日', { year: 2023, month: 2, day: 8 }],
      ['发文日期 | 2022-03-18 |', { year: 2022, month: 3, day: 18 }],
    ] as const) {
      const page = parse(['索引号: 001/2023-00027', field, title, '2023年，全省政府系统扎实推进依法行政。', '一、主要举措和成效', '全年办理行政复议案件12件。'].join('\n'));
      expect(page.meta.pageDate, field).toMatchObject(date);
    }
    // Each labelled date of a line, spanning the date alone; a time after it is not read into the day.
    const line = '[ 成文日期 ] 2023年3月3日 [ 发布时间 ] 2023-3-9 20:13';
    expect(pageDatesOf(line, 100).map((d) => [line.slice(d.start - 100, d.end - 100), d.day])).toEqual([['2023年3月3日', 3], ['2023-3-9', 9]]);
    // A date in the text, or a page field without a label of 日期 or 时间, is no date of the page.
    const plain = parse(['索引号: 001/2024-00027', title, '2024年1月，省政府召开常务会议。', '一、主要举措和成效', '全年办理行政复议案件12件。'].join('\n'));
    expect(plain.meta.pageDate).toBeUndefined();
  });
  it('skips a column’s name beside the breadcrumb that names it, and the fields 名称, 作者 and 分享 with nothing after them', () => {
    const title = '某区2024年法治政府建设情况报告';
    const text = ['2024年，某区扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。'];
    // “工作报告” reads like a title, but the breadcrumb under it ends in it: it is the column's name.
    const over = parse(['今天是：2025年3月1日 星期六', '工作报告', '您所在的位置：政务公开 > 工作报告', title, '文章来源：某区司法局 更新时间：2025/03/28 11:30:01', title, ...text].join('\n'));
    expect(over.meta).toMatchObject({ title, year: 2024 });
    expect(roles(over).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@4', 'opening@7']);
    const under = parse(['首页 > 政务资讯 > 区内新闻 > 正文', '', '区内新闻', '', title, '稿件来源：某区人民政府办公室 作者： 发布时间： 2025-03-28 | 打印 |', ...text].join('\n'));
    expect(under.meta).toMatchObject({ title, body: '某区' });
    const fields = parse(['当前位置：首页 > 政务信息 > 部门信息', title, '来源：区司法局', '作者：', '发布时间：2025-02-26', '【字号：', '分享：', ...text].join('\n'));
    expect(roles(fields).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@2', 'opening@8']);
    const table = parse(['| 索引号: | 001/2025-00031 | 分类: | |', '| 发文机关: | 某区应急管理局 | 发文日期: | |', '| 名称: | |||', '| 文号 : | |||', '名  称：', title, ...text].join('\n'));
    expect(roles(table).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@6', 'opening@7']);
    // A title the breadcrumb ends in is still the title: it states its year.
    const crumb = parse([`首页 > 通知公告 > ${title}`, title, ...text].join('\n'));
    expect(roles(crumb).slice(0, 2)).toEqual(['front-matter@1', 'title@2']);
  });
  it('skips bracketed fields as table cells, the fields 分类 and 有效性/截止日期, a breadcrumb joined by >>, and a search box under the page\'s default name', () => {
    const title = '某区卫生健康局2025年度法治政府建设情况报告';
    const text = ['2025年，某区卫生健康局扎实推进法治政府建设。', '一、主要举措和成效', '全年办理行政审批事项1260件。'];
    const cells = parse(['各区县局', '| [ 索引号 ] | 001/2026-00028 | [ 发文字号 ] | 无 |', '| [ 主题分类 ] | 卫生健康 | [ 体裁分类 ] | 公告公示 |', '| [ 发布机构 ] | 某区卫生健康局 | ||', title, ...text].join('\n'));
    expect(cells.meta).toMatchObject({ title, year: 2025 });
    const bullets = parse(['首页', '>政府信息公开>法治政府建设', '  • 索引号:001/2026-00027', '  • 有效性/截止日期:', '  • 文号:', title, ...text].join('\n'));
    expect(roles(bullets).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@6', 'opening@7']);
    const crumbs = parse(['某区人民政府信息公开专栏 >> 某区人民政府办公室 >> 政府信息公开基础平台', '分      类: 其他 ; 报告', '发文机关: 某区人民政府', title, ...text].join('\n'));
    expect(crumbs.meta).toMatchObject({ title, year: 2025 });
    const search = parse(['Document', '', '某区卫生健康局', '', '搜索位置', '匹配度', '排序', '', title, ...text].join('\n'));
    expect(roles(search).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@9', 'opening@10']);
  });
  it('skips short lines no cue names above a title that states its year (• 文号, a field value, >, • 政务微信), and a publishing time under it', () => {
    const title = '某县卫生健康局2025年法治政府建设年度报告';
    const text = ['2025年，某县卫生健康局扎实推进法治政府建设。', '一、主要举措和成效', '全年办理行政审批事项1260件。'];
    const fields = parse(['• 文号', '• 索引号', '• abc12/2026-00001', '• 主题分类', '• 法治政府建设', '• 服务对象', title, '发布日期:2026-01-29 浏览次数:', ...text].join('\n'));
    expect(fields.meta).toMatchObject({ title, year: 2025, body: '某县卫生健康局' });
    expect(roles(fields).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@7', 'opening@9']);
    const page = parse(['>', '• 政务微信', '您现在所在的位置 : 首页 > 专题专栏 > 法治政府建设年度报告', '分享到:', title, '• 2026-01-29 09:57', '• 来源: 县卫生健康局', ...text].join('\n'));
    expect(roles(page).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@5', 'opening@8']);
    // A body's name over the rest of the title is its first line; a field's label above it is not.
    const broken = parse(['>', '• 2026-01-29 09:57', '某县人民政府', '关于2025年度法治政府建设情况的报告', ...text].join('\n'));
    expect(broken.meta).toMatchObject({ title: '某县人民政府关于2025年度法治政府建设情况的报告' });
    const label = parse(['发布机构 某县卫生健康局 组配分类 法治政府建设年报', '成文日期 2026-01-21 废止日期', '有效性', title, ...text].join('\n'));
    expect(label.meta).toMatchObject({ title });
  });
  it('reads a page header without its date, a bar of site links and a publishing time with its publisher as residue above the title', () => {
    const title = '市交通运输局2025年度法治政府建设情况报告';
    const text = ['2025年，我局扎实推进法治政府建设。', '一、主要举措和成效', '全年办理行政许可事项860件。'];
    const page = parse(['今天是:', '', '中国政府网|省政府网|繁体|无障碍', '', '2026-01-20 17:01  |  某市交通运输局', '', title, '', ...text].join('\n'));
    expect(page.meta).toMatchObject({ title, year: 2025 });
    expect(roles(page).filter((r) => !r.startsWith('front-matter'))).toEqual(['title@7', 'opening@9']);
    // A sentence with a bar in it is no link bar, and a time followed by a sentence no publishing line.
    const prose = parse(['繁体字与简体字的转换工作已完成。', title, ...text].join('\n'));
    expect(prose.meta.title).toBeUndefined();
    const timed = parse(['2026-01-20 17:01 | 局长主持召开专题会议，研究部署法治政府建设工作。', title, ...text].join('\n'));
    expect(timed.meta.title).toBeUndefined();
  });
  it('passes over no sentence or heading to find a title: a report without one keeps its opening', () => {
    const tree = parse(['市委、市政府：', '2025年，县卫生健康局扎实推进法治政府建设。', '一、主要举措和成效', '全年办理行政审批事项1260件。', '县卫生健康局2025年法治政府建设年度报告已报送。'].join('\n'));
    expect(tree.meta.title).toBeUndefined();
    expect(roles(tree)).toContain('opening@2');
    const headed = parse(['工作概况', '一、2025年工作情况总结', '全年办理行政审批事项1260件。'].join('\n'));
    expect(headed.meta.title).toBeUndefined();
  });
  it('a short line above a title, or a label over a title, is no residue: the title keeps its first line, the label its title', () => {
    const tree = parse('某县人民政府\n关于2024年度法治政府建设情况的报告\n2024年，某县扎实推进法治政府建设。\n一、主要举措和成效\n全年办理案件12件。\n');
    expect(tree.meta).toMatchObject({ title: '某县人民政府关于2024年度法治政府建设情况的报告', body: '某县人民政府' });
    const labelled = parse('发布机构:\n某县2024年法治政府建设年度报告\n2024年，某县扎实推进法治政府建设。\n一、主要举措和成效\n全年办理案件12件。\n');
    expect(roles(labelled).slice(0, 3)).toEqual(['front-matter@1', 'title@2', 'opening@3']);
  });
  /** A report that opens with `opening`, has one part and, after it, `after` (a signature, a date). */
  const opened = (opening: string, after = '') => parse(`${opening}\n一、主要举措和成效\n全年办理案件12件。\n${after}`);
  it('reads the body from how the opening names itself when nothing else names it (我委, 我局), never from a body it follows (根据……市委, 按照县委)', () => {
    const self = opened('市委、市政府：\n2025年以来，在市委、市政府的领导下，我委围绕建设法治机关开展各项工作。');
    expect(self.meta.body).toBe('我委');
    const following = opened('2021年，我局按照县委全面依法治县委员会办公室的要求推进民政法治建设。');
    expect(following.meta.body).toBe('我局');
    // The body the reporting sentence names after the year, never the one cited before it.
    const cited = opened('根据中共某市委全面依法治市委员会办公室的通知，现将2023年度某市教育局法治政府建设情况报告如下。');
    expect(cited.meta.body).toBe('某市教育局');
  });
  it('prefers a name to how a body names itself: the opening\'s subject, then the signature, over 我局', () => {
    const subject = opened('2024年，市住建局扎实推进依法行政。现将我局2024年法治政府建设情况报告如下。');
    expect(subject.meta.body).toBe('市住建局');
    const signed = opened('2024年，我局扎实推进依法行政。', '\n某县住房和城乡建设局\n2025年1月20日\n');
    expect(signed.meta.body).toBe('某县住房和城乡建设局');
    // 县政府 is the level's short name, without the place: the signature names it in full.
    const level = opened('2024年，县政府扎实推进依法行政。', '\n青峰县人民政府\n2025年1月20日\n');
    expect(level.meta.body).toBe('青峰县人民政府');
    // 2024 年 (a space before 年), a 街道办事处 or 总署 after the leadership it works under, a short name in parentheses.
    for (const [opening, body] of [
      ['2024 年，青石乡在县委、县政府的领导下，扎实推进法治建设。', '青石乡'],
      ['2024年，在区委、区政府的领导下，东门街道办事处坚持依法行政。', '东门街道办事处'],
      ['2024年，滨江新区（以下简称“新区”）坚持依法行政。', '滨江新区'],
      ['2024年，省政府坚持依法行政。', '省政府'],
      ['2024年，东门街道在区委的领导下推进依法行政。现将街道2024年度法治政府建设工作情况报告如下。', '东门街道'],
      ['2024年，清河区商务局法治政府建设工作稳步推进。', '清河区商务局'],
      // “以来” after the year, and the body's own Party organ after its name: the bureau reports, not its 党委.
      ['2025年以来，青河区应急管理局在区委、区政府的领导下，扎实推进依法行政。现将本年度工作情况报告如下。', '青河区应急管理局'],
      ['今年以来，东湖区卫生健康局坚持以习近平法治思想为指导。', '东湖区卫生健康局'],
      ['2025年，区水利局党委深入贯彻习近平法治思想。', '区水利局'],
      ['2024年，市统计局党组认真落实法治建设部署。', '市统计局'],
    ] as Array<[string, string]>) expect(opened(opening).meta.body).toBe(body);
  });
  it('reads the body a title names after its year, and not a line above the title, a year range, a news verb, a bracketed 文号 or a blank as part of it', () => {
    const body = (title: string) => parse(`${title}\n2024年，全市扎实推进法治政府建设。\n一、主要举措和成效\n全年办理案件12件。\n`).meta.body;
    expect(body('2024年度江南省法治政府建设年度报告')).toBe('江南省');
    expect(body('• 2024年度青州市法治政府建设年度报告')).toBe('青州市');
    expect(body('某部发布2024年法治政府建设年度报告')).toBe('某部');
    expect(body('某县司法局关于2021-2025年度行政复议工作的总结报告')).toBe('某县司法局');
    expect(body('某乡人民政府\n关于法治政府建设的情况报告')).toBe('某乡人民政府');
    // Nor the 发文字号 a site prints before the title, nor a blank before 关于.
    expect(body('[某政发〔2025〕7号]某市人民政府关于2024年法治政府建设情况的报告')).toBe('某市人民政府');
    expect(body('某县司法局 关于2024年度法治政府建设情况的报告')).toBe('某县司法局');
  });
  it('a first line of the text that speaks of 有效性 or of a date is the opening, not residue', () => {
    const tree = parse('某县司法局2024年法治政府建设年度报告\n有效性审查全面开展，2024年，县司法局扎实推进法治政府建设。\n一、主要举措和成效\n全年办理案件12件。\n');
    expect(roles(tree)).toEqual(['title@1', 'opening@2']);
  });
  it('finds the date above an online editor\'s link list: a rule (---), then “相关链接” or “附：相关链接” and a list', () => {
    for (const cue of ['**相关链接**', '附：相关链接']) {
      const tree = parse(
        ['# 某市生态环境局2024年法治政府建设年度报告', '一、主要举措和成效', '全年办理案件12件。', '某市生态环境局', '2025年1月20日', '---', cue, '- [某市生态环境局2023年法治政府建设年度报告](https://example.gov.cn/1.html)'].join('\n\n'),
        'md',
      );
      expect(tree.meta).toMatchObject({ closingDate: { year: 2025, month: 1, day: 20 } });
    }
  });
  it('a short line after the date is no link without a cue above it', () => {
    const tree = parse('某县2024年法治政府建设年度报告\n一、主要举措和成效\n全年办理案件12件。\n某县人民政府\n2025年2月20日\n某县司法局\n');
    expect(roles(tree).filter((r) => r.startsWith('front-matter'))).toEqual([]);
  });
  it('drops page numbers and the running header under them, keeps the section around them, finds the frame behind the last', () => {
    const tree = parse([
      '某县人民政府文件', '某政〔2025〕6号', '某县人民政府', '关于2024年度法治政府建设情况的报告', '一、主要举措和成效', '全年办理案件12件。',
      '— 2 —', '某县人民政府文件', '全年调解纠纷30件。', '第 3 页 共 4 页', '二、存在的不足和原因', '特此报告。', '某县人民政府', '2025年1月20日',
      '[1] 合法性审核由县司法局负责。', '- 4 -',
    ].join('\n'));
    expect(tree.meta).toMatchObject({ year: 2024, signOff: true, closingDate: { year: 2025, month: 1, day: 20 } });
    expect(roles(tree)).toEqual(['front-matter@1', 'front-matter@2', 'title@3', 'title@4', 'closing@12', 'signature@13', 'date@14', 'notation@15']);
    expect(tree.blocks.some((b) => tree.point(b.start).line === 8)).toBe(false);
    const first = tree.allSections[0]!;
    expect(first.children.length).toBe(2);
  });
  it('drops the 签发人 of an upward document, on the 文号\'s line or on its own: the title under them keeps its year', () => {
    const cases: Array<[string[], string[]]> = [
      [['某发〔2024〕3号　　　　签发人：林志远　陈卫东'], ['front-matter@1', 'front-matter@2', 'title@3', 'title@4']],
      [['某发〔2024〕3号', '签发人：林志远'], ['front-matter@1', 'front-matter@2', 'front-matter@3', 'title@4', 'title@5']],
    ];
    for (const [signers, expected] of cases) {
      const tree = parse([
        '中共某县委员会文件', ...signers, '中共某县委　某县人民政府', '关于2023年度法治政府建设情况的报告', '一、主要举措和成效', '全年办理案件12件。',
      ].join('\n'));
      expect(tree.meta).toMatchObject({ title: '中共某县委 某县人民政府关于2023年度法治政府建设情况的报告', year: 2023 });
      expect(roles(tree)).toEqual(expected);
    }
  });
  it('reads the year of the document\'s own 文号 above the title (签发人 after it or not) or in a page\'s fields, not of one quoted in the text', () => {
    const docNumber = (lines: string[]) => {
      const tree = parse([...lines, '2025年，县政府认真落实《某县法治政府建设实施方案》（某政发〔2022〕7号）。', '一、主要举措和成效', '全年办理案件12件。'].join('\n'));
      const n = tree.meta.docNumber;
      return n && `${n.year}@${tree.point(n.start).line}:${tree.point(n.start).column}`;
    };
    expect(docNumber(['某政报〔2026〕3号', '某县人民政府', '关于2025年度法治政府建设情况的报告'])).toBe('2026@1:5');
    expect(docNumber(['某县人民政府文件', '　　某政报〔2026〕3号　　　　签发人：林志远', '某县人民政府关于2025年度法治政府建设情况的报告'])).toBe('2026@2:7');
    expect(docNumber(['索引号：001/2026-00031', '文号：某政〔2026〕3号', '发布日期：2026-02-06', '某县人民政府关于2025年度法治政府建设情况的报告'])).toBe('2026@2:7');
    expect(docNumber(['某县人民政府关于2025年度法治政府建设情况的报告'])).toBeUndefined();
  });
  it('skips a cover page a Word file prints before a page break (title, body, month): the title over the text is the title, the date below it the closing date', () => {
    const cover = ['某省药品监督管理局', '2024年度法治政府建设情况报告', '', '', '某省药品监督管理局', '2025年1月'];
    const text = ['某省药品监督管理局关于2024年度法治政府建设情况的报告', '省人民政府：', '2024年，省药监局扎实推进法治政府建设。', '一、主要举措和成效', '全年办理案件12件。', '某省药品监督管理局', '2025年1月22日'];
    // The form feed at the start of the title's line (Word's plain text) or at the end of the cover's last.
    const breakBefore = [...cover, '\f' + text[0], ...text.slice(1)];
    const breakAfter = [...cover.slice(0, -1), '2025年1月\f', ...text];
    for (const lines of [breakBefore, breakAfter]) {
      const tree = parse(lines.join('\r\n'));
      expect(tree.meta).toMatchObject({ title: text[0], year: 2024, closingDate: { year: 2025, month: 1, day: 22 } });
      expect(roles(tree).slice(0, 5)).toEqual(['front-matter@1', 'front-matter@2', 'front-matter@5', 'front-matter@6', 'title@7']);
    }
    // Without a page break the lines under the title are no cover: the title stays the first line's.
    const tree = parse([...cover, ...text].join('\n'));
    expect(tree.meta.title).toBe('某省药品监督管理局2024年度法治政府建设情况报告');
  });
  it('drops the running header above the title on the first page, as WPS prints it on every page', () => {
    const tree = parse([
      '某县住房和城乡建设局', '某县住房和城乡建设局2024年法治政府建设年度报告', '一、主要举措和成效', '全年办理案件12件。',
      '第 1 页 共 3 页', '某县住房和城乡建设局', '全年调解纠纷30件。', '第 2 页 共 3 页', '某县住房和城乡建设局', '二、存在的不足和原因',
      '某县住房和城乡建设局', '2025年1月20日', '第 3 页 共 3 页',
    ].join('\n'));
    expect(tree.meta).toMatchObject({ title: '某县住房和城乡建设局2024年法治政府建设年度报告', body: '某县住房和城乡建设局' });
    expect(roles(tree)).toEqual(['title@2', 'signature@11', 'date@12']);
  });
  it('a line after one page number that does not recur is the text', () => {
    const tree = parse('某县2024年法治政府建设年度报告\n一、主要举措和成效\n全年办理案件12件。\n— 2 —\n全年调解纠纷30件\n');
    expect(tree.blocks.some((b) => tree.point(b.start).line === 5)).toBe(true);
  });
  it('skips a table of contents under the title: “目录” and its entries with dot leaders or tabs and page numbers', () => {
    const tree = parse([
      '某省林业局2024年度法治政府建设情况报告', '目　　录', '一、主要举措和成效……………………1', '　（一）依法全面履行职能…………1',
      '二、存在的不足和原因\t4', '三、党政主要负责人履行推进法治建设第一责任人职责情况……5', '省人民政府：', '2024年，省林业局扎实推进法治政府建设。',
      '一、主要举措和成效', '（一）依法全面履行职能', '全年办理案件12件。', '二、存在的不足和原因', '执法力量不足，主要原因是人员未配齐。',
    ].join('\n'));
    expect(roles(tree)).toEqual(['title@1', ...[2, 3, 4, 5, 6].map((line) => `front-matter@${line}`), 'opening@8']);
    expect(tree.allSections.map((s) => `${s.title}@${tree.point(s.marker!.start).line}`)).toEqual([
      '主要举措和成效@9', '依法全面履行职能@10', '存在的不足和原因@12',
    ]);
  });
  it('keeps a title the running header repeats, and the title restated after the table of contents is front matter', () => {
    const title = '某县档案局2025年度法治政府建设情况报告';
    const tree = parse([
      title, '目　　录', '一、主要举措和成效\t1', '二、存在的不足和原因\t2', title, '2025年，县档案局扎实推进法治政府建设。',
      '一、主要举措和成效', '全年办理案件12件。', '－ 1 －', title, '全年调解纠纷30件。', '－ 2 －', title,
      '二、存在的不足和原因', '执法力量不足，主要原因是人员未配齐。', '某县档案局', '2026年1月20日', '－ 3 －',
    ].join('\n'));
    expect(tree.meta).toMatchObject({ title, year: 2025, body: '某县档案局' });
    expect(roles(tree)).toEqual(['title@1', ...[2, 3, 4, 5].map((line) => `front-matter@${line}`), 'opening@6', 'signature@16', 'date@17']);
    expect(tree.allSections.map((s) => s.title)).toEqual(['主要举措和成效', '存在的不足和原因']);
  });
  it('reads a breadcrumb of slashes as the page’s, and the title printed again with the body’s name over it as the title', () => {
    const tree = parse([
      '首页/ 公开 / 区政府文件 / 正文', '关于2025年法治政府建设情况的报告', '来源：某区人民政府 发布时间：2026-03-16 17:46', '某区人民政府',
      '关于2025年法治政府建设情况的报告', '区人大常委会：', '2024年，区政府坚持依法行政。现将有关情况报告如下。', '一、加强法治政府建设组织领导', '全年审查合同56份。',
    ].join('\n'));
    expect(tree.meta).toMatchObject({ title: '关于2025年法治政府建设情况的报告', year: 2025, yearSource: 'title' });
    expect(tree.meta.titleCopy).toBeUndefined();
    expect(roles(tree).slice(0, 6)).toEqual(['front-matter@1', 'title@2', 'front-matter@3', 'front-matter@4', 'front-matter@5', 'opening@7']);
  });
  it('splits a line that runs a repost’s banner, the title and the opening together, at the places of the user’s file', () => {
    const banner = '某某资料网—每日更新www.example.com';
    const title = '某省人民政府关于2022年度法治政府建设情况的报告';
    const tree = parse(`${banner}${title}2023年，省政府坚持依法行政。现将有关情况报告如下。\n一、主要举措和成效\n全年审查合同56份。`);
    expect(tree.meta).toMatchObject({ title, year: 2022, body: '某省人民政府' });
    expect(roles(tree)).toEqual(['front-matter@1', 'title@1', 'opening@1']);
    const opening = tree.blocks.find((b) => b.role === 'opening')!;
    expect(tree.point(opening.start)).toMatchObject({ line: 1, column: banner.length + title.length + 1 });
    // What comes before 报告 must be a title and no more: a clause (with its comma) is the opening's own.
    expect(roles(parse('2023年，县政府向县人大报告2022年，县政府……。\n一、主要举措和成效\n全年审查合同56份。'))).toEqual(['opening@1']);
  });
  it('a line “目录” within the text is no table of contents', () => {
    const tree = parse('某县2024年法治政府建设年度报告\n2024年，某县扎实推进法治政府建设。\n一、主要举措和成效\n目录\n全年公布权责清单目录2份。\n');
    expect(roles(tree).filter((r) => r.startsWith('front-matter'))).toEqual([]);
  });
  it('Markdown from a CMS: &nbsp; indentation, bold headings, <p> paragraphs, a signature and date in one paragraph', () => {
    const tree = parse([
      '# 某区2024年法治政府建设年度报告', '', '<p style="text-indent:2em">2024年，某区扎实推进法治政府建设。</p>', '',
      '**一、主要举措和成效**', '', '&nbsp;&nbsp;（一）依法履职。全年办理案件12件。', '', '特此报告。', '', '某区人民政府<br>', '2025年2月18日', '',
    ].join('\n'), 'md');
    expect(tree.allSections.map((s) => s.title)).toEqual(['主要举措和成效', '依法履职']);
    expect(tree.normalized.slice(tree.normalized.indexOf('(一)') - 12, tree.normalized.indexOf('(一)'))).toBe(' '.repeat(12));
    expect(tree.meta).toMatchObject({ signOff: true, closingDate: { year: 2025, month: 2, day: 18 } });
    expect(roles(tree)).toContain('opening@3');
  });
});

it('a <br> inside a CMS paragraph breaks its line: the signature and the date after it are found', () => {
  const tree = parse('# 某市审计局2025年法治政府建设年度报告\n\n<p>一、主要举措和成效</p>\n\n<p>全年完成审计项目58个。</p>\n\n<p style="text-align:right;">某市审计局<br>2026年1月16日</p>\n', 'md');
  expect(tree.meta).toMatchObject({ body: '某市审计局', closingDate: { year: 2026, month: 1, day: 16 } });
});

describe('Markdown a Word converter writes (mammoth, pandoc)', () => {
  it('reads a heading set in bold after a bookmark, and a run-in heading in bold CommonMark leaves open (“__（一）标题。__正文”)', () => {
    const tree = parse(['__某局2024年度法治政府建设情况报告__', '', '<a id="_Toc1"></a>__一、主要举措和成效__', '', '__（一）依法全面履行职能。__一是动态调整权责清单。', '', '**（二）完善制度体系。**全年制定规范性文件6件。', ''].join('\n'), 'md');
    expect(tree.allSections.map((s) => `${s.marker?.raw} ${s.title}`)).toEqual(['一、 主要举措和成效', '（一） 依法全面履行职能', '（二） 完善制度体系']);
  });

  it('blanks the backslash of an escape in the normalized view, offsets kept', () => {
    const tree = parse('某局2024年度报告\n\n1\\.严格规范性文件管理，对标注“\\*”的事项实行承诺制。\n', 'md');
    expect(tree.normalized.slice(tree.normalized.indexOf('1'), tree.normalized.indexOf('严'))).toBe('1 .');
    expect(tree.normalized.length).toBe(tree.source.text.length);
  });
});

describe('zero-width spaces a web page leaves', () => {
  it('are blank margins of a line, and a heading they fall inside is still a part (U+200B before 二、 and inside 存在的不足)', () => {
    const tree = parse(['某区2024年法治政府建设年度报告', '\u200b一、主要举措和成效', '全年办理案件12件。', '\u200b二、存在的\u200b不足和原因', '执法人员不足，主要原因是编制少。', ''].join('\n'));
    expect(tree.sections.map((s) => s.marker?.raw)).toEqual(['一、', '二、']);
    expect(outline(tree)).toEqual(['measures:section@2', 'shortcomings:section@4']);
  });
});

describe('a Markdown draft with a paragraph on each line', () => {
  const lines = ['一、主要举措和成效', '全年办理行政处罚案件190件', '二、存在的不足和原因', '执法人员专业素质不高，主要原因是缺乏系统培训。', '三、党政主要负责人履行推进法治建设第一责任人职责情况', '县委书记、县长带头学法述法。', '四、2025年工作安排', '一是加强执法培训。二是深化矛盾纠纷化解。'];

  it('reads each line as a paragraph when hardly any blank line separates them (a text draft saved as .md)', () => {
    const tree = parse(['# 某县2024年法治政府建设年度报告', '', '2024年，某县扎实推进法治政府建设。', '', ...lines, ''].join('\n'), 'md');
    expect(tree.sections.map((s) => s.title)).toEqual(['主要举措和成效', '存在的不足和原因', '党政主要负责人履行推进法治建设第一责任人职责情况', '2025年工作安排']);
    expect(new Set(tree.parts.map((p) => p.part))).toEqual(new Set(['measures', 'shortcomings', 'duties', 'plans']));
  });

  it('keeps Markdown\'s paragraphs when blank lines separate them: lines of one paragraph stay one', () => {
    const wrapped = ['# 某县2024年法治政府建设年度报告', '', '2024年，某县扎实推进法治政府建设。', '', '一、主要举措和成效', '', '全年办理行政处罚案件190件，', '二、三季度集中开展执法检查。', '', '二、存在的不足和原因', '', '执法人员专业素质不高，', '主要原因是缺乏系统培训。', ''].join('\n');
    const tree = parse(wrapped, 'md');
    expect(tree.sections.map((s) => s.title)).toEqual(['主要举措和成效', '存在的不足和原因']);
  });
});

describe('a copied page whose paragraphs were joined by blanks', () => {
  it('splits a joined line where its paragraphs began: before each section marker after blanks, and after a heading the blanks end', () => {
    const line = '2024年，某区扎实推进法治政府建设。现将有关情况报告如下：　一、主要举措和成效　（一）规范行政执法。全年办理案件126件。　（二）推进“全员办案” 工作模式。全年培训执法人员80人次。　二、存在的不足和原因　一是执法人员培训不足，原因是经费有限。';
    const tree = parse(['某区2024年法治政府建设年度报告', line, ''].join('\n'));
    expect(tree.allSections.map((s) => s.title)).toEqual(['主要举措和成效', '规范行政执法', '推进“全员办案” 工作模式', '存在的不足和原因']);
    expect(outline(tree)).toEqual(['measures:section@2', 'shortcomings:section@2']);
    // Each heading is found at its column of the joined line.
    const second = tree.sections[1]!;
    expect(tree.point(second.marker!.start)).toEqual({ line: 2, column: line.indexOf('二、') + 1 });
    expect(tree.meta.year).toBe(2024);
  });
  it('leaves a line alone when no sentence ends before blanks and a section marker: blanks inside a sentence, or before an item 1., are text', () => {
    const tree = parse(['某区2024年法治政府建设年度报告', '一、主要举措和成效 （一）规范行政执法', '全年办理案件126件。 1.推行执法全过程记录。', ''].join('\n'));
    expect(tree.allSections.map((s) => s.title)).toEqual(['主要举措和成效 （一）规范行政执法']);
  });
});

describe('subsections numbered at their parent\'s level', () => {
  const tree = (lines: string[]) => parse(['某县司法局2023年法治政府建设年度报告', ...lines, ''].join('\n'));
  // Each section as its title's first characters, nested by indentation.
  const shape = (t: ReportTree) => {
    const out: string[] = [];
    const walk = (list: ReportTree['sections'], indent: string) => {
      for (const s of list) {
        out.push(indent + s.title.slice(0, 6));
        walk(s.children.filter((c): c is ReportTree['sections'][number] => c.type === 'section'), `${indent}  `);
      }
    };
    walk(t.sections, '');
    return out;
  };

  it('nest under the empty heading just above them, up to a heading that names another part', () => {
    const t = tree([
      '一、2023年主要举措和成效',
      '一、强化组织领导。局党组书记、局长带头学法4次。',
      '（一）完善学法制度。制定学法清单。',
      '二、规范行政执法。全年办理行政处罚案件26件。',
      '二、存在的不足和原因',
      '一、执法人员专业能力不足，原因在于培训不够。',
      '二、普法宣传形式单一，原因在于投入不足。',
      '三、党政主要负责人履行推进法治建设第一责任人职责情况',
      '局党组书记、局长主持召开专题会议2次。',
    ]);
    expect(shape(t)).toEqual(['2023年主', '  强化组织领导', '    完善学法制度', '  规范行政执法', '存在的不足和', '  执法人员专业', '  普法宣传形式', '党政主要负责']);
    expect(outline(t)).toEqual(['measures:section@2', 'shortcomings:section@6', 'duties:section@9']);
  });

  it('nest only under a heading line with nothing under it, from one: not under an item that is a sentence, nor the same heading printed twice', () => {
    const t = tree([
      '一、2023年主要举措和成效',
      '全年办理行政处罚案件26件。',
      '一、强化组织领导。局党组书记、局长带头学法4次。',
      '二、存在的不足和原因',
      '二、普法宣传形式单一，原因在于投入不足。',
      '三、2024年工作安排',
      '三、2024年工作安排',
      '全年组织执法培训4次。',
      '四、其他需要报告的情况',
      '（一）个别执法案卷不规范，主要原因是培训不足。',
      '（一）行政复议纠错率偏高，原因在于审核把关不严。',
    ]);
    expect(shape(t)).toEqual(['2023年主', '强化组织领导', '存在的不足和', '普法宣传形式', '2024年工', '2024年工', '其他需要报告', '  个别执法案卷', '  行政复议纠错']);
  });
});

describe('a Markdown title that names nothing', () => {
  const body = '\n\n一、主要举措和成效\n\n全年办理行政复议案件12件。\n\n二、存在的不足和原因\n\n复议力量不足，原因在于专职人员偏少。\n';
  it('is the title above the parts, not a part of its own', () => {
    for (const title of ['测试', '草稿', '无标题', '某县司法局']) {
      const tree = parse(`# ${title}${body}`, 'md');
      expect(tree.meta.title).toBe(title);
      expect(outline(tree)).toEqual(['measures:section@3', 'shortcomings:section@7']);
    }
  });

  it('is still a part when it names one, heads text of its own, or is a paragraph of sentences marked as a heading', () => {
    expect(outline(parse(`# 主要举措和成效${body}`, 'md'))[0]).toBe('measures:section@1');
    expect(outline(parse('# 测试\n\n全年办理行政复议案件12件。\n', 'md'))).toEqual(['measures:section@1']);
    // An opening marked as a heading (a web page's export) is no title: its sentences are read as before.
    const opening = parse(`# 2025年，我局坚持依法行政，现将有关情况报告如下：${body}`, 'md');
    expect(opening.meta.title).toBeUndefined();
  });
});
