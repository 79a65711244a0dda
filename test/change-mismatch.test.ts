import { describe, expect, it } from 'vitest';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import { builtinPlugin } from '@reportlint/rules';

/**
 * change-mismatch: a stated increase or decrease against its own two counts (the README's examples
 * cover the main cases). Findings as “column-endColumn message” on the line of the sentence.
 */
const registry = createRegistry([builtinPlugin]);
const { config } = resolveConfig({ rules: { 'change-mismatch': 'error' } }, registry);
const en = resolveConfig({ rules: { 'change-mismatch': 'error' }, locale: 'en' }, registry).config;

function findings(sentence: string, cfg = config): string[] {
  const text = ['2024年，我区扎实推进法治政府建设。', '一、主要举措和成效', sentence].join('\n');
  return lint({ text, format: 'txt', encoding: 'utf-8', bom: false, eol: '\n' }, cfg).messages.map((m) => `${m.column}-${m.endColumn} ${m.message}`);
}
const messages = (sentence: string) => findings(sentence).map((f) => f.replace(/^\S+ /, ''));

describe('change-mismatch: the three ways a change is stated', () => {
  it('较上年的A / 比上年同期A / 较2023年的A after the current count', () => {
    expect(findings('全年办理行政复议案件120件，较上年的100件增长25%。')).toEqual(['26-29 增幅应为20%（(120-100)÷100），文中为25%']);
    expect(messages('受理投诉120件，比上年同期100件增加25%。')).toEqual(['增幅应为20%（(120-100)÷100），文中为25%']);
    expect(messages('受理投诉120件，较2023年的100件增长25%。')).toEqual(['增幅应为20%（(120-100)÷100），文中为25%']);
    expect(messages('受理投诉120件，较上年的100件增长20%。')).toEqual([]);
  });
  it('从A到B, 由上年的A减少至B, 由A降至B', () => {
    expect(messages('行政诉讼案件从80件下降到60件，下降20%。')).toEqual(['降幅应为25%（(80-60)÷80），文中为20%']);
    expect(messages('由上年的45件减少至36件，同比下降25%。')).toEqual(['降幅应为20%（(45-36)÷45），文中为25%']);
    expect(messages('涉企检查由500次降至400次，降幅25%。')).toEqual(['降幅应为20%（(500-400)÷500），文中为25%']);
    expect(messages('涉企检查由500次降至400次，降幅20%。')).toEqual([]);
    expect(messages('信访总量从2023年的150件到180件，增长20%。')).toEqual([]);
    // The later count with its year: 从2023年的A增长到2024年的B.
    expect(messages('办案数量从2023年的150件增长到2024年的180件，增幅25%。')).toEqual(['增幅应为20%（(180-150)÷150），文中为25%']);
    expect(messages('办案数量从2023年的150件增长到2024年的180件，增幅20%。')).toEqual([]);
  });
  it('the earlier count on its own: 上年同期为A, （上年A）', () => {
    expect(messages('共办理120件，上年同期为100件，同比增长25%。')).toEqual(['增幅应为20%（(120-100)÷100），文中为25%']);
    expect(messages('共办理120件（上年100件），增长25%。')).toEqual(['增幅应为20%（(120-100)÷100），文中为25%']);
    expect(messages('共办理120件，上年同期为100件，同比增长20%。')).toEqual([]);
  });
  it('the earlier count after the percent, in a clause of its own: ，上年为A', () => {
    expect(messages('受教育群众3600人次，比上年减少了10%，上年为4200人次。')).toEqual(['降幅应为14%（(4200-3600)÷4200），文中为10%']);
    expect(messages('受理复议案件186件，同比增长30%，上年同期为150件，增幅居全市第一。')).toEqual(['增幅应为24%（(186-150)÷150），文中为30%']);
    expect(messages('受理复议案件186件，比上年增加26件，2024年为150件。')).toEqual(['增加量应为36件（186-150），文中为26件']);
    expect(messages('受理复议案件186件，同比增长24%，去年为150件；审结172件。')).toEqual([]);
    // Not the earlier count: another unit, or the clause goes on about something else.
    expect(messages('受理复议案件186件，同比增长30%，上年为150人次。')).toEqual([]);
    expect(messages('受理复议案件186件，同比增长30%，上年为150件的1.2倍。')).toEqual([]);
  });
});

describe('change-mismatch: rounding at the stated decimals', () => {
  it('accepts the value rounded or truncated, nothing else', () => {
    // 350÷300 − 1 = 16.666…%
    expect(messages('新登记市场主体350户，较上年的300户增长16.7%。')).toEqual([]);
    expect(messages('新登记市场主体350户，较上年的300户增长16.6%。')).toEqual([]);
    expect(messages('新登记市场主体350户，较上年的300户增长16.8%。')).toEqual(['增幅应为16.7%（(350-300)÷300），文中为16.8%']);
    expect(messages('新登记市场主体350户，较上年的300户增长17%。')).toEqual([]);
    expect(messages('新登记市场主体350户，较上年的300户增长16.67%。')).toEqual([]);
    expect(messages('新登记市场主体350户，较上年的300户增长16.68%。')).toEqual(['增幅应为16.67%（(350-300)÷300），文中为16.68%']);
  });
  it('exact halves and zeros', () => {
    expect(messages('办理1235件，较上年的1000件增长23.5%。')).toEqual([]);
    expect(messages('办理1235件，较上年的1000件增长23.4%。')).toEqual(['增幅应为23.5%（(1235-1000)÷1000），文中为23.4%']);
    expect(messages('办理100件，较上年的100件增长0%。')).toEqual([]);
  });
  it('万 and 亿: counts stand for the interval they round; 万元 and 亿元 compare in yuan', () => {
    expect(messages('罚没款1.2亿元，较上年8000万元增长50%。')).toEqual([]);
    expect(messages('罚没款1.2亿元，较上年8000万元增长40%。')).toEqual(['增幅应为50%（(1.2亿-8000万)÷8000万），文中为40%']);
    // 3.955万÷3.55万 − 1 = 11.4% … 3.965万÷3.45万 − 1 = 14.9%
    expect(messages('受理群众诉求3.96万件，较上年的3.5万件增长13%。')).toEqual([]);
    expect(messages('受理群众诉求3.96万件，较上年的3.5万件增长18%。')).toEqual(['增幅应为13%（(3.96万-3.5万)÷3.5万），文中为18%']);
  });
});

describe('change-mismatch: direction', () => {
  it('counts that go the other way are reported, with the right direction', () => {
    expect(messages('全年办理120件，较上年的100件下降20%。')).toEqual(['从100件到120件是增长，增幅为20%（(120-100)÷100），文中写作下降20%']);
    expect(messages('案件数由上年的80件减少至100件，同比增长25%。')).toEqual([]);
    expect(messages('全年办理60件，较上年的80件增长25%。')).toEqual(['从80件到60件是下降，降幅为25%（(80-60)÷80），文中写作增长25%']);
  });
  it('verbs that disagree with each other are a wording slip the rule does not read', () => {
    expect(messages('执法检查从80次增加到60次，下降25%。')).toEqual([]);
    expect(messages('执法检查从80次增加到60次，下降20%。')).toEqual([]);
  });
  it('speaks English', () => {
    expect(findings('全年办理120件，较上年的100件增长25%。', en)).toEqual(['20-23 The increase should be 20% ((120-100)÷100), the text says 25%']);
    expect(findings('全年办理120件，较上年的100件下降20%。', en)).toEqual([
      '20-23 From 100件 to 120件 is an increase of 20% ((120-100)÷100), the text says a decrease of 20%',
    ]);
  });
});

describe('change-mismatch: a difference stated as a count', () => {
  it('in every frame a percent is read in', () => {
    expect(messages('受理行政复议申请156件，较上年的165件减少12件。')).toEqual(['减少量应为9件（165-156），文中为12件']);
    expect(messages('受理行政复议申请156件，较上年的165件减少9件。')).toEqual([]);
    expect(messages('执业律师由上年的48名增加至60名，增加15名。')).toEqual(['增加量应为12名（60-48），文中为15名']);
    expect(messages('共办理96件，上年同期为80件，同比增加18件。')).toEqual(['增加量应为16件（96-80），文中为18件']);
    expect(messages('2023年受理214件，2024年受理168件，减少64件。')).toEqual(['减少量应为46件（214-168），文中为64件']);
    expect(messages('查处案件156起，同比减少12起（上年165起）。')).toEqual(['减少量应为9起（165-156），文中为12起']);
    expect(messages('受理286件（上年242件），审结271件（上年236件），同比分别增加44件和25件。')).toEqual(['增加量应为35件（271-236），文中为25件']);
  });
  it('万 and 亿, and counts above a round number, stand for every value they round from', () => {
    expect(messages('罚没款1.2亿元，较上年8000万元增加3000万元。')).toEqual(['增加量应为4000万元（1.2亿-8000万），文中为3000万元']);
    // 1.5万 − 1.2万 is 2000 to 4000.
    expect(messages('全年收案1.5万件，较上年的1.2万件增加2800件。')).toEqual([]);
    expect(messages('全年收案1.5万件，较上年的1.2万件增加4800件。')).toEqual(['增加量应为3000件（1.5万-1.2万），文中为4800件']);
    // 4200余 is 4200 to 4300.
    expect(messages('全年收案4200余件，较上年的3800件增加450件。')).toEqual([]);
    expect(messages('全年收案4200余件，较上年的3800件增加200件。')).toEqual(['增加量应为400至500件（4200余-3800），文中为200件']);
    expect(messages('全年收案4200件，较上年的3800件增加200余件。')).toEqual(['增加量应为400件（4200-3800），文中为200余件']);
  });
  it('a direction the counts contradict', () => {
    expect(messages('受理行政复议申请156件，较上年的165件增加9件。')).toEqual(['从165件到156件是减少9件（165-156），文中写作增加9件']);
    expect(findings('受理156件，较上年的165件增加9件。', en)).toEqual([
      '18-20 From 165件 to 156件 is a decrease of 9件 (165-156), the text says an increase of 9件',
    ]);
    expect(findings('受理156件，较上年的165件减少12件。', en)).toEqual(['18-21 The decrease should be 9件 (165-156), the text says 12件']);
  });
  it.each([
    ['points after counts', '受理156件，较上年的165件减少9个百分点。'],
    ['a difference in another unit', '受理156件，较上年的165件减少9家。'],
    ['a net difference', '受理156件，较上年的165件净减少12件。'],
    ['new ones, not a difference', '受理156件，较上年的165件，新增12件。'],
    ['an approximate count', '受理约156件，较上年的165件减少12件。'],
    ['an approximate difference', '受理156件，较上年的165件减少近12件。'],
    ['another figure between', '受理156件，较上年的165件，办结150件，减少12件。'],
    ['the difference of a part', '受理156件，较上年的165件，其中网上受理减少12件。'],
  ])('silent: %s', (_, sentence) => {
    expect(messages(sentence)).toEqual([]);
  });
});

describe('change-mismatch: a change against the first of a run of years', () => {
  it('reads the count stated for the year named', () => {
    expect(messages('2022年受理120件，2023年受理110件，2024年受理99件，较2022年下降12.5%。')).toEqual(['降幅应为17.5%（(120-99)÷120），文中为12.5%']);
    expect(messages('2022年受理120件，2023年受理110件，2024年受理99件，较2022年下降17.5%。')).toEqual([]);
    expect(messages('2022年受理120件，2023年受理110件，2024年受理99件，与2022年相比减少21件。')).toEqual([]);
    expect(messages('2022年受理120件，2023年受理110件，2024年受理99件，较2022年减少11件。')).toEqual(['减少量应为21件（120-99），文中为11件']);
  });
  it.each([
    ['a year not stated', '2022年受理120件，2023年受理110件，2024年受理99件，较2021年下降12.5%。'],
    ['a year stated in other words', '2022年办结120件，2023年受理110件，2024年受理99件，较2022年下降12.5%。'],
    ['another figure in the run', '2022年受理120件，其中网上受理80件，2023年受理110件，2024年受理99件，较2022年下降12.5%。'],
  ])('silent: %s', (_, sentence) => {
    expect(messages(sentence)).toEqual([]);
  });
});

describe('change-mismatch: areas, weights, lengths and volumes', () => {
  it('a measure stands for its rounding at its last decimal, in 万 or not', () => {
    expect(messages('违法占地面积由上年的86.4亩减少到52.7亩，减少33.6亩。')).toEqual([]);
    expect(messages('违法占地面积由上年的86.4亩减少到52.7亩，减少33.9亩。')).toEqual(['减少量应为33.7亩（86.4-52.7），文中为33.9亩']);
    // 240亩 is 239.5 to 240.5: a fall from 24.6% to 25.4%, truncated or rounded.
    expect(messages('违法占地面积由上年的240亩下降到180亩，下降24.6%。')).toEqual([]);
    expect(messages('违法占地面积由上年的240亩下降到180亩，下降24.5%。')).toEqual(['降幅应为25.0%（(240-180)÷240），文中为24.5%']);
  });
  it('a time limit compared with an earlier period\'s, as from … to', () => {
    expect(messages('进口整体通关时间32.6小时，较上年的38.1小时压缩14.4%。')).toEqual([]);
    expect(messages('进口整体通关时间32.6小时，较上年的38.1小时压缩16.4%。')).toEqual(['降幅应为14.4%（(38.1-32.6)÷38.1），文中为16.4%']);
    expect(messages('办理时限压缩至4个工作日，较上年的8个工作日压缩60%。')).toEqual(['降幅应为50%（(8-4)÷8），文中为60%']);
    expect(messages('平均候检时间12分钟，上年同期为18分钟，缩短40%。')).toEqual(['降幅应为33%（(18-12)÷18），文中为40%']);
  });
  it('values per unit, from … to or against last year\'s: a value like any other', () => {
    expect(messages('垃圾处理能力由600吨/日提高到900吨/日，提高60%。')).toEqual(['增幅应为50%（(900-600)÷600），文中为60%']);
    expect(messages('污水处理能力由8.0万立方米／日提高到10.0万立方米／日，提高30%。')).toEqual(['增幅应为25%（(10.0万-8.0万)÷8.0万），文中为30%']);
    expect(messages('政务服务事项平均申请材料由3.13个/件压减至1.96个/件，压减47.4%。')).toEqual(['降幅应为37.4%（(3.13-1.96)÷3.13），文中为47.4%']);
    expect(messages('企业开办平均时间0.5天/户，较上年的2.5天/户压缩60%。')).toEqual(['降幅应为80%（(2.5-0.5)÷2.5），文中为60%']);
    // Each value with decimals is an average rounded there: 3.13 and 1.96 allow 37.2% to 37.5%.
    expect(messages('政务服务事项平均申请材料由3.13个/件压减至1.96个/件，压减37.5%。')).toEqual([]);
    expect(messages('不动产登记平均申请材料由12份/件精简至7份/件，精简41.7%。')).toEqual([]);
  });
  it('in the frames of counts: 分别 pairs and a table row', () => {
    expect(messages('清运生活垃圾12.6万吨（上年11.8万吨），建筑垃圾3.2万吨（上年2.9万吨），同比分别增长6.8%和15.3%。')).toEqual([
      '增幅应为10.3%（(3.2万-2.9万)÷2.9万），文中为15.3%',
    ]);
    const table = ['项目\t2023年\t2024年\t同比', '违法占地面积（亩）\t240\t180\t-33.3%', '拆除违法建设（万平方米）\t4.2\t6.3\t50%'].join('\n');
    expect(messages(table)).toEqual(['降幅应为25.0%（(240-180)÷240），文中为-33.3%']);
  });
  it.each([
    ['亩 and 公顷', '复垦土地320亩，较上年的25公顷增长28%。'],
    ['公里 and 千米', '新建农村公路120公里，较上年的100千米增长25%。'],
    ['a difference in another unit', '违法占地240亩，较上年的300亩减少6公顷。'],
    ['points after measures', '违法占地240亩，较上年的300亩减少3个百分点。'],
    ['values per unit within the rounding of 万', '污水处理能力由8万立方米／日提高到10万立方米／日，提高30%。'],
    ['values per different units', '平均申请材料由3.1个/件压减至1.9个/人，压减38.7%。'],
    ['a value per unit and a total', '平均办理时限由5个工作日/件压缩至2个工作日，压缩60%。'],
    ['an average', '人均绿地12.5平方米，较上年的11平方米增加2.5平方米。'],
    ['约', '造林约1500亩，较上年的1200亩增长40%。'],
    ['余', '造林1500余亩，较上年的1200亩增加500亩。'],
    ['以上', '造林1500亩以上，较上年的1200亩增长40%。'],
    ['a time limit compared with the statutory one', '办理时限压缩至4个工作日，较法定时限8个工作日压缩60%。'],
  ])('silent: %s', (_, sentence) => {
    expect(messages(sentence)).toEqual([]);
  });
});

describe('change-mismatch: silences', () => {
  it.each([
    ['no earlier count', '受理行政复议申请120件，较上年增长25%，其中纠错15件。'],
    ['a difference in 亿, not the earlier count', '罚没款1.2亿元，比上年增加0.2亿元，增长25%。'],
    ['the growth of something else', '全年受理120件，较上年的100件增长20%，其中行政复议下降25%。'],
    ['a part between the counts and the percent', '由上年的45件减少至36件，其中复议案件下降25%。'],
    ['percentage points', '群众满意率由92%提高到96%，提高4个百分点。'],
    ['a percent of rates', '办结率从90%提高到95%，提高5%。'],
    ['倍', '全年办理120件，较上年的100件增长1.2倍。'],
    ['an approximate current count', '受理案件约120件，较上年的100件增长25%。'],
    ['an approximate earlier count', '受理案件120件，较上年的近100件增长25%。'],
    ['an approximate percent', '受理案件120件，较上年的100件增长近25%。'],
    ['different things', '培训执法人员120人，较上年的100场增长25%。'],
    ['an average', '人均办理案件12件，较上年的10件增长25%。'],
    ['an earlier count of zero', '办理0件，上年为0件，增长25%。'],
    ['a semicolon between counts and percent', '由上年的45件减少至36件；同比下降25%。'],
    ['a percent with no direction word', '由上年的45件减少至36件，同比25%。'],
    ['months, not the year before', '信访量从1月的80件下降到12月的60件，下降20%。'],
  ])('%s', (_, sentence) => {
    expect(messages(sentence)).toEqual([]);
  });
});

describe('change-mismatch: a percent after a difference, the earlier count unstated', () => {
  it('holds the percent to the count less the difference', () => {
    expect(messages('全年受理120件，比上年增加20件，增长25%。')).toEqual(['增幅应为20%（20÷(120-20)），文中为25%']);
    expect(messages('全年受理120件，比上年增加20件，增长20%。')).toEqual([]);
    expect(messages('全年受理80件，较上年减少20件，下降25%。')).toEqual(['降幅应为20%（20÷(80+20)），文中为25%']);
  });
  it('says nothing without a comparison word before the difference, or after another period\'s count', () => {
    expect(messages('全年受理120件，增加20件，增长25%。')).toEqual([]);
    expect(messages('全年受理120件，上年同期为100件，同比增加20件，增长20%。')).toEqual([]);
  });
});

describe('change-mismatch: the change stated before its two values', () => {
  it('checks points or a percent against the from … to after them', () => {
    expect(messages('合格率提高12.2个百分点，由85.1%提升至95.3%。')).toEqual(['增幅应为10.2个百分点（95.3%-85.1%），文中为12.2个百分点']);
    expect(messages('合格率提高10.2个百分点，由85.1%提升至95.3%。')).toEqual([]);
    expect(messages('旁听庭审人次增长25%，由1200人次增加至1440人次。')).toEqual(['增幅应为20%（(1440-1200)÷1200），文中为25%']);
  });
  it('says nothing of values another subject is between, or of verbs that disagree', () => {
    expect(messages('满意度提升3.2个百分点，平均办理时限由10天压缩至5天。')).toEqual([]);
    expect(messages('合格率提高12.2个百分点，由95.3%下降至85.1%。')).toEqual([]);
  });
});
