// The figure-extraction API of the parser (packages/parser/src/figures.ts, numbers.ts): what a
// quantity is, what is not one, and how each figure is bound to its label.
import { describe, expect, it } from 'vitest';
import {
  approximationOf,
  builtinOutlines,
  extractFigures,
  figureAt,
  figuresIn,
  figuresOf,
  formatDecimal,
  normalizeText,
  parseChineseNumeral,
  joinedText,
  parseReport,
  sentenceBreaks,
} from '@reportlint/parser';
import type { Figure } from '@reportlint/parser';
import { seedText, textSource } from './support/seeds.js';

function seedTree(prefix: string) {
  return parseReport(textSource(seedText(prefix)), builtinOutlines[0]!);
}

/** Figures of a text, read on its normalized view as the parser does. */
function figures(text: string): Figure[] {
  return extractFigures(normalizeText(text));
}

/** A compact view: the figure as written, its value and unit, and ~ when approximate. */
function brief(text: string): string[] {
  const normalized = normalizeText(text);
  return extractFigures(normalized).map((f) => `${normalized.slice(f.start, f.end)}=${f.value}${f.unit}${f.approximate ? '~' : ''}`);
}

describe('numbers', () => {
  it('reads Chinese numerals with place words', () => {
    expect(parseChineseNumeral('一百二十')).toBe(120);
    expect(parseChineseNumeral('两千')).toBe(2000);
    expect(parseChineseNumeral('十二')).toBe(12);
    expect(parseChineseNumeral('一百零五')).toBe(105);
    expect(parseChineseNumeral('三万五千')).toBe(35000);
    expect(parseChineseNumeral('一千九百')).toBe(1900);
    expect(parseChineseNumeral('十万')).toBe(100000);
  });

  it('rejects digit strings and ambiguous runs', () => {
    expect(parseChineseNumeral('二〇二三')).toBeNaN();
    expect(parseChineseNumeral('十四五')).toBeNaN();
    expect(parseChineseNumeral('三四')).toBeNaN();
    expect(parseChineseNumeral('')).toBeNaN();
  });

  it('formats rates rounded or truncated', () => {
    expect(formatDecimal((13649 / 13785) * 100, 2)).toBe('99.01');
    expect(formatDecimal((657 / 664) * 100, 2)).toBe('98.95');
    expect(formatDecimal((657 / 664) * 100, 2, 'truncate')).toBe('98.94');
    expect(formatDecimal((28 / 30) * 100, 1)).toBe('93.3');
    expect(formatDecimal(100, 0)).toBe('100');
  });
});

describe('each kind of number', () => {
  it('Arabic numbers with decimals and thousands separators', () => {
    expect(brief('证照签发1738个，平均办结天数3.84天，处理群众诉求8,765件，共1,234,567元')).toEqual([
      '1738个=1738个',
      '3.84天=3.84天',
      '8,765件=8765件',
      '1,234,567元=1234567元',
    ]);
  });

  it('full-width digits, folded by the normalized view', () => {
    const [f] = figures('受理１３７８５宗');
    expect(f).toMatchObject({ value: 13785, unit: '宗', kind: 'count', written: '13785', start: 2, end: 8 });
  });

  it('万 and 亿 multipliers', () => {
    expect(brief('新设市场主体3.96万户，提供315.49万条信用数据，挽回经济损失1652.1万元，为企业挽回经济损失8亿余元')).toEqual([
      '3.96万户=39600户',
      '315.49万条=3154900条',
      '1652.1万元=16521000元',
      '8亿余元=800000000元~',
    ]);
    const [f] = figures('新设市场主体3.96万户');
    expect(f).toMatchObject({ scale: 1e4, precision: 2, written: '3.96万', kind: 'count' });
  });

  it('Chinese numerals', () => {
    expect(brief('受理一百二十件，全区两千余人参加，十余家企业，三项制度')).toEqual([
      '一百二十件=120件',
      '两千余人=2000人~',
      '十余家=10家~',
      '三项=3项',
    ]);
  });

  it('percentages, 百分之 and permille', () => {
    const got = figures('办结率99.02%，合格率百分之九十五点五，差错率3‰，满意率百分之百');
    expect(got.map((f) => [f.value, f.unit, f.kind, f.precision, f.name?.text])).toEqual([
      [99.02, '%', 'rate', 2, '办结率'],
      [95.5, '%', 'rate', 1, '合格率'],
      [3, '‰', 'rate', 0, '差错率'],
      [100, '%', 'rate', 0, '满意率'],
    ]);
  });

  it('units and measure words, longest first', () => {
    expect(figures('免费解答群众咨询7.3万人次，开展活动1805场次，历时3个月，提高5个百分点，是同期的2.4倍').map((f) => [f.unit, f.kind])).toEqual([
      ['人次', 'count'],
      ['场次', 'count'],
      ['个月', 'measure'],
      ['个百分点', 'measure'],
      ['倍', 'multiple'],
    ]);
  });

  it('negative percentages', () => {
    const [f] = figures('利润率-2%');
    expect(f).toMatchObject({ value: -2, unit: '%', start: 3 });
  });
});

describe('approximate markers', () => {
  it.each([
    ['整改问题300余项', '余'],
    ['全年主动公开政府信息约7929条', '约'],
    ['近两年', '近'],
    ['满意率均超过96%', '超过'],
    ['审核工作涉及经济总金额约20多亿元', '多'],
    ['参训100人以上', '以上'],
    ['每场50人左右', '左右'],
    ['群内居民去重数量达39.51万人', '达'],
    ['解决率达100%', '达'],
    ['开展培训3-5次', '-'],
    ['数十家企业', '数'],
    ['办结率约为95%', '约'],
    ['占比大约为40%', '大约'],
  ])('%s', (text, marker) => {
    const got = figures(text);
    expect(got).toHaveLength(1);
    expect(got[0]!.approximate).toBe(true);
    expect(got[0]!.marker).toBe(marker);
  });

  it('exact figures stay exact, and 送达 is not 达', () => {
    for (const text of ['办结13649宗', '送达文书3份', '目前29个单位', '最近3次']) {
      expect(figures(text).map((f) => f.approximate), text).toEqual([false]);
    }
  });

  it('per-unit figures are averages', () => {
    expect(figures('确定基本事项平均119项，人均办案量12件，每月2次').map((f) => f.average)).toEqual([true, true, true]);
  });

  it('a value per unit is one figure, written with both units, an average whatever its label', () => {
    expect(brief('平均申请材料由3.13个/件压减至1.96个/件，日处理能力600吨／日，时限2.5天/户')).toEqual(['3.13个/件=3.13个/件', '1.96个/件=1.96个/件', '600吨/日=600吨/日', '2.5天/户=2.5天/户']);
    const [from, to] = figures('平均申请材料由3.13个/件压减至1.96个/件');
    expect([from!.average, to!.average, to!.label]).toEqual([true, true, '压减至']);
    // A slash before no unit leaves the figure as it is: 120件 and a date or a fraction after it.
    expect(brief('受理120件/2024年，3/4')).toEqual(['120件=120件']);
  });

  it('an average word anywhere in the label makes an average, but not the figures after it', () => {
    const averages = (text: string) => figures(text).map((f) => f.average);
    expect(averages('日均受理群众来电由1200件增加到1500件')).toEqual([true, false]);
    expect(averages('全市人均公园绿地面积14.2平方米，新增绿地120万平方米')).toEqual([true, false]);
    expect(averages('人均绿地14.2平方米新增绿地120万平方米')).toEqual([true, false]);
  });

  it('words that only hold an average word are no average', () => {
    const averages = (text: string) => figures(text).map((f) => f.average);
    expect(averages('全年受理的行政复议案件均在法定期限内办结的有128件')).toEqual([false]);
    expect(averages('资金平均分配到乡镇的有12个，分布不平均的有3个')).toEqual([false, false]);
    expect(averages('近年均保持在95%以上')).toEqual([false]);
    expect(averages('开展“每月一题”专项治理17个，“一件事”平均办理时限压缩至3个工作日')).toEqual([false, true]);
  });
});

describe('what is not a quantity', () => {
  it.each([
    ['years', '2023年，阳东区坚持……2024年度'],
    ['dates', '区委书记于9月30日主持召开会议，2023年1月至10月，截至11月'],
    ['a date and time', '发布时间: 2024-01-12 10:27'],
    ['ordinals', '区委九届第71次常委会会议，区政府九届七十七次常务会议，第二批，第六次会议'],
    ['document numbers', '厅字〔2019〕28号文件'],
    ['hotlines and codes', '12345热线，12345市长热线，“1+3+X”述法工作格局，“4321+X”品牌，5G网络'],
    ['versions', '上线“爱山东”城阳分厅5.0版本'],
    ['quoted names and slogans', '“十四五”规划，“八五”普法，“三项制度”，“一办四组”，《2023年度法治中原建设考核情况报告》'],
    ['words made of numerals', '一是统一思想，二是一件事，一次性告知，三中全会，二十大，万人助万企，千家万户，十分重视'],
    ['political formulae', '增强四个意识，做到两个维护'],
    ['outline markers', '（一）聚焦政治统领\n1.压实领导责任\n（2）加强监督'],
    ['ranks', '营商环境评价排名全省前10位，办件量居前5位的事项，进入全市前3名'],
  ])('%s', (_, text) => {
    expect(brief(text)).toEqual([]);
  });

  it('a rank (居前10位) is no count and leaves the count after it alone; 目前 before a count makes no rank', () => {
    expect(brief('其中办件量居前10位的事项办件3,126件')).toEqual(brief('其中高频事项办件3,126件'));
    expect(brief('目前在岗网格员10名').length).toBe(1);
  });

  it('370兆 is a frequency, not a count; 3部门 is a word', () => {
    expect(brief('建设覆盖城区的370兆指挥通信网，3部门联合')).toEqual([]);
  });
});

describe('labels', () => {
  it('binds each figure to the words before it in its clause', () => {
    const got = figures('通过12345平台分转的话务工单13785宗，办结13649宗，办结率99.02%，满意率99.33%。');
    expect(got.map((f) => f.label)).toEqual(['通过12345平台分转的话务工单', '办结', '办结率', '满意率']);
  });

  it("runs a label through a hotline's number, which names the service, not through a count or an ordinal", () => {
    expect(figures('全年承办12345政务服务便民热线工单2,408件，办结2,389件').map((f) => f.label)).toEqual(['全年承办12345政务服务便民热线工单', '办结']);
    expect(figures('受理群众通过110报警平台反映的纠纷326起').map((f) => f.label)).toEqual(['受理群众通过110报警平台反映的纠纷']);
    expect(figures('受理“12348”热线咨询1,200人次').map((f) => f.label)).toEqual(['热线咨询']);
    expect(figures('第120次常务会议审议议题3项').map((f) => f.label)).toEqual(['次常务会议审议议题']);
    expect(figures('受理投诉12315、举报326件').map((f) => f.label)).toEqual(['举报']);
  });

  it('leaves out an enumeration lead, an approximate marker and link words', () => {
    const [a, b] = figures('二是组织全区805名执法人员，办结率达到100%');
    expect(a!.label).toBe('组织全区');
    expect(b!.label).toBe('办结率');
    expect(b!.name).toMatchObject({ text: '办结率' });
  });

  it("runs a count's label back through names joined with 、, not through a list of counts nor before 分别", () => {
    expect(figures('全年收到社保经办业务投诉、信访事项218件，按期办结214件').map((f) => f.label)).toEqual(['全年收到社保经办业务投诉、信访事项', '按期办结']);
    expect(figures('受理投诉、举报、咨询事项150件').map((f) => f.label)).toEqual(['受理投诉、举报、咨询事项']);
    expect(figures('收到投诉120件、信访、咨询事项98件').map((f) => f.label)).toEqual(['收到投诉', '信访、咨询事项']);
    expect(figures('受理投诉、举报分别为120件、98件').map((f) => f.label)).toEqual(['举报分别为', '']);
    // A rate's label keeps to its own name: rates named together are paired with their values apart.
    expect(figures('办结率、满意率分别为100%、98.7%').map((f) => f.name?.text)).toEqual(['办结率', '满意率']);
  });

  it("runs a count's label back over a bracket right before it that only says what it takes in, not one that takes in another period", () => {
    expect(figures('审结312件，其中纠错（含撤销、确认违法）38件').map((f) => f.label)).toEqual(['审结', '其中纠错']);
    expect(figures('受理126件，办结（含上年结转）130件').map((f) => f.label)).toEqual(['受理', '']);
    // A rate's bracket (合格率（含优秀）) is read by the rules with the rate.
    expect(figures('合格率（含优秀）95%').map((f) => f.label)).toEqual(['']);
  });

  it('names an actual value after a colon by the rate before it, never the target stated first', () => {
    const names = (text: string) => figures(text).map((f) => f.name?.text);
    expect(names('出庭应诉率：目标95%，实际97.6%')).toEqual([undefined, '出庭应诉率']);
    expect(names('出庭应诉率：实际完成97.6%')).toEqual(['出庭应诉率']);
    expect(names('出庭应诉率：上级下达目标95%，实际97.6%')).toEqual([undefined, undefined]);
    expect(names('年度任务：完成95%')).toEqual([undefined]);
  });

  it('takes the words after a count as its tail', () => {
    const got = figures('新收行政复议案件30件，2宗正在办理，尚有1件在办理中');
    expect(got.map((f) => [f.label, f.tail])).toEqual([
      ['新收行政复议案件', ''],
      ['', '正在办理'],
      ['尚有', '在办理中'],
    ]);
  });

  it('marks counts in parentheses', () => {
    const got = figures('受理网民来信323件（含上级指派77件），其中领导信箱162件');
    expect(got.map((f) => [f.value, f.parenthetical])).toEqual([
      [323, false],
      [77, true],
      [162, false],
    ]);
  });

  it('tells growth and decline from levels', () => {
    const got = figures('行政机关败诉率下降8.4%，接待咨询量同比增长50%，电诈发案、损失金额同比分别下降63.4%、67.5%，办结率提升至99%，拟由原有18家缩减为13家');
    expect(got.map((f) => [f.value, f.change, f.name?.text])).toEqual([
      [8.4, 'decrease', undefined],
      [50, 'increase', undefined],
      [63.4, 'decrease', undefined],
      [67.5, 'decrease', undefined],
      [99, undefined, '办结率'],
      [18, undefined, undefined],
      [13, undefined, undefined],
    ]);
  });

  it('joins a label across a colon', () => {
    const got = figures('受理数：13785件，办结率：99.02%');
    expect(got.map((f) => f.label)).toEqual(['受理数', '办结率']);
    expect(got[1]!.name?.text).toBe('办结率');
  });

  it('reads a count after 的有 or 的共有 as after 的: 有 only says there are so many', () => {
    expect(figures('评为优秀的有68卷，群众满意的有1,102件，已办结的共有118件').map((f) => f.label)).toEqual(['评为优秀的', '群众满意的', '已办结的']);
    expect(figures('评为优秀的有近70卷').map((f) => [f.label, f.marker])).toEqual([['评为优秀的', '近']]);
    // 有 or 共有 not right after a 的 is a verb of its own, kept.
    expect(figures('全县共有执法人员1,260名，全市共有126个，其中有执法证件的1,210名').map((f) => f.label)).toEqual(['全县共有执法人员', '全市共有', '其中有执法证件的']);
  });
});

describe('figures through the characters that show nothing', () => {
  const report = (body: string, format: 'txt' | 'md' = 'txt') =>
    parseReport(textSource(`某区2024年法治政府建设年度报告\n\n一、主要举措和成效\n\n${body}\n`, format), builtinOutlines[0]!);
  const read = (tree: ReturnType<typeof report>) =>
    figuresOf(tree).flatMap((s) => s.figures.map((f) => `${tree.source.text.slice(f.start, f.end)}=${f.value}`));

  it('reads a number a web page split with a zero-width space or a word joiner, at its place in the file', () => {
    expect(read(report('保留权责事项12\u200b86项，新增经营主体6\u2060312户。'))).toEqual(['12\u200b86项=1286', '6\u2060312户=6312']);
  });

  it('reads a decimal a Word converter escaped in Markdown (81\\.1%), and keeps the backslash as written in plain text', () => {
    expect(read(report('网上办理10\\.43万件，网办率81\\.1%。', 'md'))).toEqual(['10\\.43万件=104300', '81\\.1%=81.1']);
    expect(read(report('网办率81\\.1%。'))).not.toContain('81\\.1%=81.1');
  });
});

describe('figures of a report', () => {
  it('computes once per tree, sentence by sentence', () => {
    const tree = seedTree('002');
    const sentences = figuresOf(tree);
    expect(figuresOf(tree)).toBe(sentences);
    const call = sentences.find((s) => s.text.includes('话务工单'))!;
    expect(call.figures.map((f) => tree.source.text.slice(f.start, f.end))).toEqual(['13785宗', '13649宗', '99.02%', '99.33%']);
    for (const s of sentences) for (const f of s.figures) expect(f.start >= s.start && f.end <= s.end).toBe(true);
  });

  it('groups figures by the sentences tree.sentences gives, with LF and CRLF line ends (joined across a hard wrap)', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      for (const eol of ['\n', '\r\n'] as const) {
        const lf = seedText(prefix);
        const text = eol === '\n' ? lf : lf.replace(/\n/g, '\r\n');
        const tree = parseReport(textSource(text), builtinOutlines[0]!);
        const all = tree.sentences(0, text.length).map((s) => `${s.start}-${s.end}`);
        const withFigures = figuresOf(tree);
        expect(withFigures.length, prefix).toBeGreaterThan(10);
        const starts = all.map((s) => s.split('-')[0]);
        const ends = all.map((s) => s.split('-')[1]);
        for (const s of withFigures) {
          // A sentence a line break cuts runs from where one of tree.sentences starts to where a later one ends.
          if (/[\r\n]/.test(s.text)) expect([starts.includes(String(s.start)), ends.includes(String(s.end))], s.text).toEqual([true, true]);
          else expect(all, `${prefix} ${s.text}`).toContain(`${s.start}-${s.end}`);
        }
      }
    }
  });

  it('offsets point into the original text, Traditional script included', () => {
    const tree = seedTree('001');
    const all = figuresOf(tree).flatMap((s) => s.figures);
    const money = all.find((f) => f.value === 17440000)!;
    expect(tree.source.text.slice(money.start, money.end)).toBe('1744萬餘元');
    expect(money).toMatchObject({ unit: '元', approximate: true, marker: '余' });
    const ratio = all.find((f) => f.name?.text === '精简比例')!;
    expect(tree.source.text.slice(ratio.name!.start, ratio.end)).toBe('精簡比例62.5%');
  });

  it('finds the figure at an offset and the figures in a span', () => {
    const tree = seedTree('002');
    const at = tree.source.text.indexOf('办结率99.02%') + 5;
    const hit = figureAt(tree, at)!;
    expect(hit.figure).toMatchObject({ value: 99.02, unit: '%' });
    expect(hit.sentence.figures).toContain(hit.figure);
    expect(figureAt(tree, 0)).toBeUndefined();
    const start = tree.source.text.indexOf('话务工单');
    expect(figuresIn(tree, start, start + 40).map((f) => f.value)).toEqual([13785, 13649, 99.02, 99.33]);
  });

  it('reads every seed without a date, year or ordinal among its figures', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const tree = seedTree(prefix);
      for (const s of figuresOf(tree)) {
        for (const f of s.figures) {
          const written = tree.normalized.slice(f.start, f.end);
          expect(written, prefix).not.toMatch(/^\d{4}年|^\d{1,2}[月日]|号$/);
          expect(tree.normalized.slice(Math.max(0, f.start - 1), f.start), prefix).not.toBe('第');
        }
      }
    }
  });

  it('never throws on odd text', () => {
    const odd = ['', '%', '百分之', '1,', '1,2345', '１．', '.5%', '--5%', '第', '〔〕号', '万亿', '十百千万亿', '(((((1件', '1.2.3.4.5件', '“一二三四五六七八九十”'];
    for (const text of odd) expect(() => figures(text)).not.toThrow();
    expect(brief('1.2.3.4.5件')).toEqual([]);
  });
});

describe('a sentence cut by a hard line wrap', () => {
  const report = (body: string, format: 'txt' | 'md' = 'txt') => parseReport(textSource(body, format), builtinOutlines[0]!);
  /** Each figure sentence's rates: name as read, and the original text from the name to the rate. */
  const rates = (tree: ReturnType<typeof report>) =>
    figuresOf(tree).flatMap((s) => s.figures.filter((f) => f.name).map((f) => `${f.name!.text} ${JSON.stringify(tree.source.text.slice(f.name!.start, f.end))}`));

  it('reads figures, labels and names through the break, at their offsets in the original text', () => {
    // The second line is long enough not to be an unnumbered heading (more than 40 characters).
    const text = '一、主要举措和成效\r\n（一）加强行政复议。受理行政复议案件1\r\n　　20件，依法办结115件，调解和解率持续提高，群众满意度不断提升，行政复议公信力稳步增强，办 \r\n结率为98.3%。\r\n';
    const tree = report(text);
    expect(sentenceBreaks(tree).map((b) => text.slice(b.line.end, b.next.start))).toEqual(['\r\n　　', ' \r\n']);
    const [sentence] = figuresOf(tree);
    expect(sentence!.figures.map((f) => `${f.label}|${f.written}${f.unit}|${JSON.stringify(text.slice(f.start, f.end))}`)).toEqual([
      '受理行政复议案件|120件|"1\\r\\n　　20件"',
      '依法办结|115件|"115件"',
      '办结率为|98.3%|"98.3%"',
    ]);
    expect(rates(tree)).toEqual(['办结率 "办 \\r\\n结率为98.3%"']);
    expect(sentence!.text).toBe(tree.normalized.slice(sentence!.start, sentence!.end));
    // The joined text maps back: a quoted span without the break, and offsets counted through it.
    const joined = joinedText(tree);
    const rate = sentence!.figures[2]!;
    expect(joined.slice(rate.name!.start, rate.end, text)).toBe('办结率为98.3%');
    expect(joined.move(rate.name!.start, 1)).toBe(text.indexOf('结率'));
    expect(joined.move(text.indexOf('结率'), -1)).toBe(rate.name!.start);
  });

  it('does not join a heading line, a line ending its sentence, a new item or a paragraph\'s first line to the next', () => {
    const tree = report(
      [
        '一、主要举措和成效',
        '（一）全年受理行政复议案件200件',
        '办结115件，办结率95.8%。',
        '全年受理行政复议案件200件。',
        '办结115件，办结率95.8%。',
        '一是全年受理行政复议案件200件',
        '二是办结115件，办结率95.8%。',
        '全年受理行政复议案件200件，依法办结190件，办结',
        '率95%，群众满意度持续提升，行政复议公信力不断增强。',
      ].join('\n'),
    );
    expect(sentenceBreaks(tree)).toEqual([]);
    expect(figuresOf(tree).every((s) => !s.text.includes('\n'))).toBe(true);
  });

  it('in plain text that puts a blank line between its paragraphs, reads through one blank line as through a line break', () => {
    const paragraphs = ['一、主要举措和成效', '（一）加强行政复议。全年受理行政复议案件1286件，依法办结1215件，办', '结率为94.5%。', '（二）规范行政执法。全年办理行政处罚案件186件。'];
    const spaced = report(paragraphs.join('\n\n'));
    expect(sentenceBreaks(spaced).map((b) => [spaced.point(b.line.end).line, spaced.point(b.next.start).line, b.page])).toEqual([[3, 5, false]]);
    expect(rates(spaced)).toEqual(['办结率 "办\\n\\n结率为94.5%"']);
    // A draft without blank lines between its paragraphs: a blank line there still ends a paragraph.
    const unspaced = report([...paragraphs.slice(0, 2), '', ...paragraphs.slice(2)].join('\n'));
    expect(sentenceBreaks(unspaced)).toEqual([]);
  });

  it('takes a line whose end the next line repeats as going on, and says how much is repeated', () => {
    const text = [
      '一、主要举措和成效',
      '全年开展专项监督检查6次，下一步将进一步',
      '进一步加强行政执法监督。',
      '全面落实行政执法公示制度，群众的',
      '的知情权得到有效保障。',
      '坚持依法行政',
      '依法行政水平持续提升，全年办理行政复议案件86件。',
      '坚持处罚与教育相结合，在实现行政管理目的',
      '的同时，最大限度减少对企业正常经营的影响。',
    ].join('\n');
    const tree = report(text);
    // A heading restated by its paragraph (no clause mark before the words) and 目的 / 的同时 repeat nothing,
    // and without a full stop on the line, the break after 目的 is not certain either.
    expect(sentenceBreaks(tree).map((b) => [tree.point(b.line.end).line, b.repeated])).toEqual([
      [2, 3],
      [4, 1],
    ]);
  });

  it('reads a number whose digits go on in the next line of running text as one, but not after 表1 or before a year', () => {
    const text = [
      '一、主要举措和成效',
      '推行包容审慎监管，对轻微违法行为依法不予处罚案件1',
      '26件，免罚金额86.3万元。',
      '附表1',
      '2024年度行政执法情况统计。',
      '全年开展执法检查，截至20',
      '24年底发现问题38个。',
    ].join('\n');
    const tree = report(text);
    expect(sentenceBreaks(tree).map((b) => tree.point(b.line.end).line)).toEqual([2, 6]);
    expect(brief(joinedText(tree).text)).toContain('126件=126件');
  });

  it('takes a short next line that goes on itself for running text, not for a heading', () => {
    const text = ['一、主要举措和成效', '（三）发挥行政复议主渠道作用。全年收到行政复议申请612件，受理', '573件，审结548件，其中维持361件、变更6件、', '确认违法21件、驳回58件。'].join('\n');
    const tree = report(text);
    expect(sentenceBreaks(tree).map((b) => tree.point(b.line.end).line)).toEqual([2, 3]);
  });

  it('in Markdown, joins the lines of a paragraph only, as plain text would be judged', () => {
    const text = [
      '## 一、主要举措和成效',
      '受理群众投诉1286件，依法办结1215件，',
      '办结率为97.5%。',
      '',
      '受理群众投诉1286件，依法办结1215件，',
      '',
      '办结率为97.5%。',
    ].join('\n');
    const tree = report(text, 'md');
    expect(sentenceBreaks(tree).map((b) => tree.point(b.line.end).line)).toEqual([2]);
    expect(rates(tree)).toEqual(['办结率 "办结率为97.5%"', '办结率 "办结率为97.5%"']);
    expect(figuresOf(tree).map((s) => s.figures.length)).toEqual([3, 2, 1]);
  });
});

describe('numbers grouped by a space, and numbers a blank or a line break cut', () => {
  it('reads digits grouped by threes with a space (GB/T 15835) as one number, as with commas', () => {
    expect(brief('作出处罚决定书12 406份，共计203 518份，罚没款1 250.6万元。')).toEqual(['12 406份=12406份', '203 518份=203518份', '1 250.6万元=12506000元']);
    // The normalized view has a plain space for a no-break one.
    expect(brief('收到申请3\u2009275件，办结2\u202f904件，合计6\u00a0179件。')).toEqual(['3\u2009275件=3275件', '2\u202f904件=2904件', '6 179件=6179件']);
    expect(brief('培训执法人员约1 200余人次。')).toEqual(['1 200余人次=1200人次~']);
    const text = '培训执法人员1 200余人次。';
    expect(approximationOf(text, extractFigures(text)[0]!).inside).toEqual({ word: '余', start: text.indexOf('余'), afterDigits: true });
  });

  it('reads no figure where the digits are not grouped by threes: a list, or a number cut by a blank', () => {
    expect(brief('共参加行政应诉案件3 6起。')).toEqual([]);
    expect(brief('序号 1 2 3 件')).toEqual([]);
    expect(brief('受理投诉1 2345件，另有1,234 567件。')).toEqual([]);
  });

  it('never groups across a tab, a line break, a year or a date', () => {
    expect(brief('行政复议\t52\t318件')).toEqual(['318件=318件']);
    expect(brief('2024 年受理复议申请600件。')).toEqual(['600件=600件']);
    expect(brief('共2 024年。')).toEqual([]);
  });

  const report = (body: string) => parseReport(textSource(`某县2024年法治政府建设年度报告\n\n一、主要举措和成效\n\n${body}\n`), builtinOutlines[0]!);
  const read = (tree: ReturnType<typeof report>) => figuresOf(tree).flatMap((s) => s.figures.map((f) => `${f.written}${f.unit}=${f.value}`));

  it('reads a count a hard wrap cut whole where the sentence is read through the break', () => {
    const body = '全县深入开展矛盾纠纷排查化解。受理各类调解申请62\n7件，调解成功603件，调解成功率96.2%，群众满意度稳步提升，基层治理效能不断增强。';
    expect(read(report(body))).toEqual(['627件=627', '603件=603', '96.2%=96.2']);
  });

  it('reads no figure from the tail of a count cut by a line break the sentence is not read through', () => {
    const body = '受理各类调解申请62\n7件，调解成功603件。';
    expect(read(report(body))).toEqual(['603件=603']);
  });
});

describe('a list of key figures', () => {
  const report = (body: string) => parseReport(textSource(`某区2024年法治政府建设年度报告\n\n一、主要举措和成效\n\n${body}\n`), builtinOutlines[0]!);
  /** Each figure sentence: its figures as written. */
  const sentences = (tree: ReturnType<typeof report>) => figuresOf(tree).map((s) => s.figures.map((f) => tree.source.text.slice(f.start, f.end)).join(' '));

  it('reads key-value lines one under the other as one sentence, a heading line or a blank line ending it', () => {
    const body = ['主要数据：', '受理信访事项：176件', '办结信访事项：174件', '信访事项办结率：98.9%', '', '衔接资金项目：612个'].join('\n');
    expect(sentences(report(body))).toEqual(['176件 174件 98.9%', '612个']);
  });

  it('keeps a line with more than its name and figure, and CRLF lines, as such', () => {
    expect(sentences(report('受理信访事项：176件，同比增长5%\n办结信访事项：174件'))).toEqual(['176件 5%', '174件']);
    expect(sentences(report('受理信访事项：176件\r\n办结信访事项：174件'))).toEqual(['176件 174件']);
  });
});
