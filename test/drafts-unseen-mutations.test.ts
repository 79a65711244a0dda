// Recall on the unseen drafts: each draft is correct, so a mistake planted into it — one at a time,
// the kind a drafter really makes — must bring exactly the findings listed here (recommended preset).
// The drafts with artifacts (17 web scrape, 18 Word export, 19 PDF paste, 20 CMS Markdown) take the
// same mistakes: the artifact handling must not hide them. The silences at the end are mutations the
// rules are right not to report, each with the reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import type { LintMessage } from '@reportlint/core';
import { decodeSource } from '@reportlint/parser';
import type { Source } from '@reportlint/parser';
import { builtinPlugin } from '@reportlint/rules';

const DIR = join(import.meta.dirname, 'fixtures', 'drafts-unseen');
const registry = createRegistry([builtinPlugin]);
const { config, problems } = resolveConfig({ extends: 'recommended' }, registry);
/** For the silences that only the strict preset's rules break. */
const strict = resolveConfig({ extends: 'strict' }, registry).config;

const show = (m: LintMessage) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`;
const key = (m: LintMessage) => `${m.ruleId} ${m.message}`;

const sources = new Map<string, Source>();
/** The draft as the CLI reads it (GB18030, CRLF, Traditional …), decoded once. */
function draft(file: string): Source {
  let source = sources.get(file);
  if (!source) sources.set(file, (source = decodeSource(readFileSync(join(DIR, file)), { path: file })));
  return source;
}

/** The findings that appear when `from` (once in the draft) is replaced by `to`, and were not there before. */
function newFindings(file: string, from: string, to: string, preset = config): string[] {
  const source = draft(file);
  expect(source.text.split(from).length - 1, `"${from}" is once in ${file}`).toBe(1);
  const before = new Set(lint(source, preset).messages.map(key));
  return lint({ ...source, text: source.text.replace(from, to) }, preset)
    .messages.filter((m) => !before.has(key(m)))
    .map(show);
}

interface Mutation {
  mistake: string;
  from: string;
  to: string;
  findings: string[];
}

const MUTATIONS: Record<string, Mutation[]> = {
  "01-province-eco-dept.txt": [
    {
      mistake: "a word of three characters typed twice",
      from: "，进一步发挥行政复议化解",
      to: "，进一步进一步发挥行政复议化解",
      findings: ["17:24-17:30 repeated-word “进一步进一步”把“进一步”连写了两次，应删去重复的“进一步”"],
    },
    {
      mistake: "last year's title on this year's report",
      from: "省生态环境厅2024年度",
      to: "省生态环境厅2023年度",
      findings: ["1:7-1:12 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "the earlier amount added, the percent of another year kept",
      from: "罚没款2.37亿元，同比下降8.6%",
      to: "罚没款由上年的2.54亿元减少至2.37亿元，同比下降8.6%",
      findings: ["13:65-13:69 change-mismatch 降幅应为6.7%（(2.54亿-2.37亿)÷2.54亿），文中为8.6%"],
    },
    {
      mistake: "a 其中 part raised beyond the cases closed",
      from: "其中维持9件、确认违法1件",
      to: "其中维持19件、确认违法1件",
      findings: ["15:35-15:61 parts-exceed-total 各分项之和为22件（19+1+2），超过总数12件；请核对总数或各分项"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "四、2025年推进法治政府建设的主要安排",
      to: "四、2024年推进法治政府建设的主要安排",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "a figure left as ××",
      from: "分值占比10%",
      to: "分值占比××%",
      findings: ["7:156-7:158 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年2月18日",
      to: "2025年4月5日",
      findings: ["38:1-38:10 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月5日"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "一是部分市县生态环境执法力量与执法任务不相适应，基层执法人员平均年龄47岁，35岁以下人员占比不足两成，主要原因是近年来专业人才补充渠道不畅。二是行政规范性文件后评估工作开展不够，原因在于评估标准和程序尚未细化。三是运用法治思维化解环境信访矛盾的能力仍有差距，究其原因，个别干部重业务、轻法治的观念尚未根本扭转。",
      to: "一是部分市县生态环境执法力量与执法任务不相适应，基层执法人员平均年龄47岁，35岁以下人员占比不足两成。二是行政规范性文件后评估工作开展不够。三是运用法治思维化解环境信访矛盾的能力仍有差距。",
      findings: ["21:1-21:24 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "an outcome raised so that three listed with 、 exceed the cases closed, the first two making them up exactly",
      from: "其中维持9件、确认违法1件",
      to: "其中维持11件、确认违法1件",
      findings: ["15:35-15:61 parts-exceed-total 各分项之和为14件（11+1+2），超过总数12件；请核对总数或各分项"],
    },
    {
      mistake: "余 between a decimal and its multiplier",
      from: "覆盖群众约4.2万人次",
      to: "覆盖群众4.2余万人次",
      findings: ["19:63-19:70 approximate-number “4.2余万人次”写法不当：“余”表示概数，只能接在末位为0的整数或“万”“亿”之后；应写确数，或写作整数概数（如“10余次”）"],
    },
    {
      mistake: "多 after an exact count",
      from: "开展立法调研12次",
      to: "开展立法调研12多次",
      findings: ["9:65-9:69 approximate-number “12多次”写法不当：“多”表示概数，只能接在末位为0的整数或“万”“亿”之后；应写确数，或写作整数概数（如“10余次”）"],
    },
  ],
  "02-township.txt": [
    {
      mistake: "the signature of another town's report",
      from: "青石镇人民政府\n2025年1月15日",
      to: "白马镇人民政府\n2025年1月15日",
      findings: ["35:1-35:8 name-consistency 落款所写的“白马镇人民政府”与标题中的“青石镇”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a comma typed twice",
      from: "工作领导小组，由镇党委书记任组长",
      to: "工作领导小组，，由镇党委书记任组长",
      findings: ["7:28-7:30 repeated-punctuation “，，”重复输入，应只保留一个“，”"],
    },
    {
      mistake: "a full stop left before a comma",
      from: "（一）强化组织保障。",
      to: "（一）强化组织保障。，",
      findings: ["7:10-7:12 repeated-punctuation 标点“。，”连用，应只保留其中一个"],
    },
    {
      mistake: "a quoted name whose closing quotation mark is lost",
      from: "“法律明白人”186名",
      to: "“法律明白人186名",
      findings: ["15:46-15:47 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "今年以来 in a report dated in the next year",
      from: "2024年以来，青石镇在县委",
      to: "今年以来，青石镇在县委",
      findings: ["3:1-3:3 year-consistency “今年”从成文之年（2025年）算是2025年，从报告年度（2024年）算是2024年：应写明年份"],
    },
    {
      mistake: "a meeting day that February does not have",
      from: "在2025年1月召开",
      to: "在2025年2月30日召开",
      findings: ["23:53-23:63 invalid-date 日期不存在：2025年没有2月30日，2月只有28天"],
    },
    {
      mistake: "the reporting sentence keeps last year",
      from: "现将2024年度法治政府建设工作情况报告如下",
      to: "现将2023年度法治政府建设工作情况报告如下",
      findings: ["3:128-3:133 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "the Party secretary's sentence dropped",
      from: "镇党委书记切实履行第一责任人职责，主持召开镇党委会议专题研究法治建设工作3次，带头讲法治专题党课1次，在2025年1月召开的全县乡镇党政主要负责人述法会议上现场述法。",
      to: "",
      findings: ["21:1-21:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（镇长）的履职情况，未写党委主要负责人：请补写镇党委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the county template's 县委书记 left for the 镇党委书记",
      from: "镇党委书记切实履行第一责任人职责，主持召开镇党委会议专题研究法治建设工作3次，带头讲法治专题党课1次，在2025年1月召开的全县乡镇党政主要负责人述法会议上现场述法。",
      to: "县委书记切实履行第一责任人职责，主持召开县委常委会会议专题研究法治建设工作3次。",
      findings: ["21:1-21:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（镇长）的履职情况，未写党委主要负责人：请补写镇党委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a count changed, its rate not",
      from: "调解成功305件",
      to: "调解成功295件",
      findings: ["13:62-13:72 rate-mismatch 调解成功率应为94.6%（295÷312），文中为97.8%"],
    },
    {
      mistake: "the plans reduced to one statement of intent",
      from: "（一）加强法治队伍建设。争取县级支持，力争新增法律专业执法人员1至2名，开展执法人员轮训2期。\n\n（二）提升基层治理法治化水平。推进“法律明白人”培育工程，每个村（社区）新增“法律明白人”2—3名，重点吸纳35岁以下返乡青年。\n\n（三）深化矛盾纠纷排查化解。坚持和发展新时代“枫桥经验”，矛盾纠纷就地化解率力争达到90%—95%。",
      to: "2025年，我镇将继续深入学习贯彻习近平法治思想，不断提高依法行政水平，为全镇经济社会高质量发展提供有力法治保障。",
      findings: ["25:1-25:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "法制政府 for 法治政府",
      from: "现将2024年度法治政府建设工作情况报告如下",
      to: "现将2024年度法制政府建设工作情况报告如下",
      findings: ["3:134-3:138 terminology “法制政府”应为“法治政府”：党的十八大以来的规范提法是“法治政府”"],
    },
    {
      mistake: "a half-width comma",
      from: "罚没款12.6万元，无一起",
      to: "罚没款12.6万元,无一起",
      findings: ["11:80-11:81 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
  ],
  "03-city-sublevels.txt": [
    {
      mistake: "较去年 for the year before the report year, in a report dated in the next year",
      from: "败诉率3.2%，较上年下降",
      to: "败诉率3.2%，较去年下降",
      findings: ["39:56-39:58 year-consistency “去年”从成文之年（2025年）算是2024年，从报告年度（2024年）算是2023年：应写明年份"],
    },
    {
      mistake: "closing date on February 29 of a common year",
      from: "2025年3月10日",
      to: "2025年2月29日",
      findings: ["72:1-72:11 invalid-date 日期不存在：2025年没有2月29日，2025年不是闰年，2月只有28天"],
    },
    {
      mistake: "（二） skipped",
      from: "（二）市政府主要负责同志履职情况",
      to: "（三）市政府主要负责同志履职情况",
      findings: ["55:1-55:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”"],
    },
    {
      mistake: "三、 repeated",
      from: "四、2025年推进法治政府建设的主要安排",
      to: "三、2025年推进法治政府建设的主要安排",
      findings: [
        "57:1-57:3 heading-numbering 标题序号重复：“三、”与上一个同级标题相同，此处应为“四、”",
      ],
    },
    {
      mistake: "a rate over 100%",
      from: "参考率100%",
      to: "参考率103%",
      findings: ["11:66-11:73 rate-out-of-range 参考率不应超过100%，文中为103%；请核对分子和分母"],
    },
    {
      mistake: "the optional part left as 待补充",
      from: "五、其他需要报告的事项\n\n2023年度法治政府建设年度报告中提出的3项问题，已全部整改完毕。",
      to: "五、其他需要报告的事项\n\n待补充。",
      findings: [
        "67:1-67:12 empty-part “其他需要报告的情况”标题下只有占位文字“待补充”，应写明实际情况",
        "69:1-69:4 placeholder-text 模板占位符“待补充”未替换，应填写实际内容",
      ],
    },
    {
      mistake: "a hard break mid-sentence",
      from: "市政府常务会议会前学法11次。",
      to: "市政府常务会议会前学\n法11次。",
      findings: ["9:65-9:66 line-break-in-sentence 句子在此处被换行截断（“…府常务会议会前学”后接下一行“法11次。”），应删去换行，与下一行连成一段"],
    },
    {
      mistake: "the cause cut from the second shortcoming subsection",
      from: "，原因在于执法人员培训体系尚不健全。",
      to: "。",
      findings: ["49:1-49:14 shortcoming-causes 第二项不足（“（二）基层执法能力有待提……”）没有分析原因：请写明原因，或统一在各项之后分析"],
    },
  ],
  "04-county-figures.txt": [
    {
      mistake: "a verb typed twice at a clause's start",
      from: "，组织法治宣传活动68",
      to: "，组织组织法治宣传活动68",
      findings: ["17:35-17:39 repeated-word “组织组织”把“组织”连写了两次，应删去重复的“组织”"],
    },
    {
      mistake: "a neighbouring county's name left in the opening",
      from: "2024年，南川县坚持",
      to: "2024年，东川县坚持",
      findings: ["3:7-3:10 name-consistency 开头所写的“东川县”与标题中的“南川县”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a count changed under a rate stated as approximate (约)",
      from: "审结195件，审结率96.1%",
      to: "审结165件，审结率约96%",
      // The share of the 审结 count after it no longer holds either.
      findings: [
        "15:59-15:66 rate-mismatch 审结率应为81%（165÷203），文中为96%",
        "15:84-15:89 rate-mismatch 占比应为41.2%（68÷165），文中为34.9%",
      ],
    },
    {
      mistake: "a count changed under a rate stated as nearly reached (近)",
      from: "按期办结1352件，按期办结率98.8%",
      to: "按期办结1152件，按期办结率近98%",
      findings: ["15:296-15:305 rate-mismatch 按期办结率应为84%（1152÷1368），文中为98%"],
    },
    {
      mistake: "a share of the cases closed (68÷195 = 34.9%) with two digits swapped",
      from: "占审结数的34.9%",
      to: "占审结数的43.9%",
      findings: ["15:85-15:90 rate-mismatch 占比应为34.9%（68÷195），文中为43.9%"],
    },
    {
      mistake: "last year's count added beside a percent it does not give",
      from: "新增经营主体6843户，同比增长12.7%",
      to: "新增经营主体6843户，较上年的6172户增长12.7%",
      findings: ["7:118-7:123 change-mismatch 增幅应为10.9%（(6843-6172)÷6172），文中为12.7%"],
    },
    {
      mistake: "二是 repeated",
      from: "二是行政执法规范化水平有待提高，案卷评查中发现问题57个，主要原因在于基层执法人员法律素养参差不齐。三是",
      to: "二是行政执法规范化水平有待提高，案卷评查中发现问题57个，主要原因在于基层执法人员法律素养参差不齐。二是",
      findings: ["21:105-21:107 enumeration-sequence 列举序号重复：前面已有“二是”，此处应为“三是”"],
    },
    {
      mistake: "二是 skipped",
      from: "二是深化行政执法规范化建设",
      to: "三是深化行政执法规范化建设",
      findings: [
        "29:34-29:36 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”",
      ],
    },
    {
      mistake: "a stated rate changed",
      from: "审结率96.1%",
      to: "审结率95.1%",
      findings: ["15:59-15:67 rate-mismatch 审结率应为96.1%（195÷203），文中为95.1%"],
    },
    {
      mistake: "a 其中 part raised beyond the total",
      from: "婚姻家庭纠纷1320件",
      to: "婚姻家庭纠纷3320件",
      findings: ["15:204-15:251 parts-exceed-total 各分项之和为7240件（3320+2104+986+830），既超过5187件，也超过其所出自的总数5240件（分项可能是两者中任一个的）；请核对总数或各分项"],
    },
    {
      mistake: "dated before the year's end",
      from: "2025年3月5日",
      to: "2024年11月20日",
      findings: ["34:1-34:12 publish-date 成文日期早于2024年12月1日，2024年度尚未结束：应在2024年12月1日至2025年3月31日之间成文，文中为2024年11月20日"],
    },
    {
      mistake: "the county head's sentence dropped",
      from: "县长认真履行法治政府建设第一责任人职责，一是带头学法，开展县政府常务会议会前学法12次；二是带头依法决策，主持召开县政府常务会议专题研究法治政府建设4次；三是带头出庭应诉行政诉讼案件3件。",
      to: "",
      findings: ["23:1-23:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "余 after a count that is not round",
      from: "组织法治宣传活动680余场次",
      to: "组织法治宣传活动685余场次",
      findings: ["17:43-17:49 approximate-number “685余场次”写法不当：“余”表示概数，只能接在末位为0的整数或“万”“亿”之后；应写确数，或写作整数概数（如“10余次”）"],
    },
    {
      mistake: "近 before a lone 千 with 余",
      from: "组织法治宣传活动680余场次",
      to: "组织法治宣传活动近千余场次",
      // A documented silence until a lone 百, 千 or 万 with 余 or 多 was read with the approximate word before it.
      findings: ["17:43-17:46 approximate-number “近千余”中“近”和“余”都表示约数，重复使用，应删去其一"],
    },
    {
      mistake: "the closed count moved into brackets after a 审结率 it no longer gives",
      from: "审结195件，审结率96.1%",
      to: "审结率95.1%（审结195件）",
      findings: ["15:52-15:60 rate-mismatch 审结率应为96.1%（195÷203），文中为95.1%"],
    },
  ],
  "05-district-variant-headings.txt": [
    {
      mistake: "a plenary session named after the congress (二十大三中全会)",
      from: "党的二十届三中全会精神，紧紧",
      to: "党的二十大三中全会精神，紧紧",
      findings: ["5:66-5:73 terminology “二十大三中全会”应为“二十届三中全会”：中央委员会全体会议按中央委员会的届次称“××届×中全会”（如“二十届四中全会”），“××大”是党的全国代表大会"],
    },
    {
      mistake: "the plans open with the report year",
      from: "2025年，我区将坚持以习近平法治思想为指导",
      to: "2024年，我区将坚持以习近平法治思想为指导",
      findings: ["41:1-41:6 year-consistency “下一年度主要安排”应写2025年的安排，文中为2024年"],
    },
    {
      mistake: "both causes sentences stripped",
      from: "群众参与度不高。主要原因：普法工作统筹不够，“谁执法谁普法”责任制落实还有差距。二是基层法治力量较为薄弱。街道综合执法队伍中具有法律职业资格的人员偏少。主要原因：基层岗位待遇和晋升空间有限，专业人才引进难、留住难。",
      to: "群众参与度不高。二是基层法治力量较为薄弱。街道综合执法队伍中具有法律职业资格的人员偏少。",
      findings: ["31:1-31:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a 纠错率 no total of the sentence gives",
      from: "纠错率12.5%",
      to: "纠错率15.2%",
      findings: ["29:75-29:83 rate-mismatch 纠错率应为12.5%（11÷88），文中为15.2%"],
    },
    {
      mistake: "an age band raised beyond the total",
      from: "其中35岁以下412名",
      to: "其中35岁以下612名",
      findings: ["25:22-25:60 parts-exceed-total 各分项之和为1483名（612+598+273），超过总数1283名；请核对总数或各分项"],
    },
    {
      mistake: "a closing date with leading zeros",
      from: "2025年1月22日",
      to: "2025年01月22日",
      findings: ["44:1-44:12 date-format 成文日期的月、日不编虚位：应为“2025年1月22日”，文中为“2025年01月22日”"],
    },
  ],
  "06-market-bureau.md": [
    {
      mistake: "another city's bureau in the signature",
      from: "西陵市市场监督管理局\n\n2025年2月26日",
      to: "东陵市市场监督管理局\n\n2025年2月26日",
      findings: ["50:1-50:11 name-consistency 落款所写的“东陵市市场监督管理局”与标题中的“西陵市市场监督管理局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "the table's 合计 row below the sum of its rows",
      from: "| 合计 | 900 |",
      to: "| 合计 | 890 |",
      findings: ["21:8-21:11 parts-exceed-total 各分项之和为900件（612+143+87+58），超过总数890件；请核对总数或各分项"],
    },
    {
      mistake: "the duties part left as （略）",
      from: "局党组书记、局长切实履行推进法治建设第一责任人职责，年初召开局党组会议研究部署年度法治建设工作，全年主持召开局党组理论学习中心组专题学法4次，带头出庭应诉行政诉讼案件1件，年底在全局干部大会上专题述法。",
      to: "（略）",
      findings: ["39:4-39:35 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下只有占位文字“略”，应写明实际情况"],
    },
    {
      mistake: "a 其中 part raised beyond the total",
      from: "其中不予处罚131件、减轻处罚83件",
      to: "其中不予处罚151件、减轻处罚83件",
      findings: ["23:86-23:109 parts-exceed-total 各分项之和为234件（151+83），超过总数214件；请核对总数或各分项"],
    },
    {
      mistake: "the plans cut to one item",
      from: "2. 加强基层执法力量，推动执法力量向市场监管所倾斜。\n3. 强化网络交易监管执法，开展新业态监管执法专题培训不少于2期。\n4. 深化“八五”普法，做好市场监管领域普法规划总结评估。",
      to: "",
      findings: ["43:4-43:24 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "a ### subsection skips （三）",
      from: "### （三）强化执法监督和队伍建设",
      to: "### （四）强化执法监督和队伍建设",
      findings: [
        "25:5-25:8 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”",
      ],
    },
    {
      mistake: "党组书记 dropped from “局党组书记、局长”",
      from: "局党组书记、局长切实履行",
      to: "局长切实履行",
      findings: ["39:4-39:35 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a closing date in ISO form",
      from: "2025年2月26日",
      to: "2025-02-26",
      findings: ["52:1-52:11 date-format 成文日期应以“年”“月”“日”标注：应为“2025年2月26日”，文中为“2025-02-26”"],
    },
    {
      mistake: "法制政府 for 法治政府",
      from: "关于法治政府建设的工作部署",
      to: "关于法制政府建设的工作部署",
      findings: ["3:69-3:73 terminology “法制政府”应为“法治政府”：党的十八大以来的规范提法是“法治政府”"],
    },
  ],
  "07-traditional.txt": [
    {
      mistake: "a verb typed twice in a Traditional draft",
      from: "。開展行政執法案卷",
      to: "。開展開展行政執法案卷",
      findings: ["9:62-9:66 repeated-word “開展開展”把“開展”连写了两次，应删去重复的“開展”"],
    },
    {
      mistake: "the title of another county's report over this one's text",
      from: "雲山縣2024年法治政府建設年度報告\n",
      to: "霧山縣2024年法治政府建設年度報告\n",
      findings: ["1:1-1:4 name-consistency 标题中的“霧山縣”与开头和落款所写的“雲山縣”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "last year's title on this year's report (Traditional script)",
      from: "雲山縣2024年法治政府建設年度報告",
      to: "雲山縣2023年法治政府建設年度報告",
      findings: ["1:4-1:9 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a stated rate changed",
      from: "調解成功率99.0%",
      to: "調解成功率98.0%",
      findings: ["13:78-13:88 rate-mismatch 调解成功率应为99.0%（2906÷2935），文中为98.0%"],
    },
    {
      mistake: "the 縣委書記's sentence dropped",
      from: "縣委書記認真履行推進法治建設第一責任人職責，主持召開縣委全面依法治縣委員會會議2次，專題聽取法治政府建設工作彙報，帶頭在縣委常委會會議上述法。",
      to: "",
      findings: ["21:1-21:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（縣長）的履职情况，未写党委主要负责人：请补写县委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a figure left as XX",
      from: "權重為5%",
      to: "權重為XX%",
      findings: ["7:95-7:97 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width comma",
      from: "對輕微違法行為免予處罰197件",
      to: "對輕微違法行為免予處罰197件,",
      // Typed before the full stop: also two clause marks in a row.
      findings: [
        "9:127-9:128 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”",
        "9:127-9:129 repeated-punctuation 标点“,。”连用，应只保留其中一个",
      ],
    },
    {
      mistake: "shortcomings without their causes",
      from: "一是部分鄉鎮法治審核力量不足，合法性審核把關不嚴，主要原因是鄉鎮缺乏法律專業人員。二是行政執法數位化水準不高，原因在於執法平臺建設滯後，部門間數據共享不暢。",
      to: "一是部分鄉鎮法治審核力量不足，合法性審核把關不嚴。二是行政執法數位化水準不高，執法平臺建設滯後，部門間數據共享不暢。",
      findings: ["17:1-17:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "習近平法制思想",
      from: "深入學習貫徹習近平法治思想",
      to: "深入學習貫徹習近平法制思想",
      findings: ["3:62-3:69 terminology “習近平法制思想”应为“習近平法治思想”：中央全面依法治国工作会议确立的名称是“习近平法治思想”（法治，不是法制）"],
    },
    {
      mistake: "余 after an exact count (Traditional script)",
      from: "發現問題64個",
      to: "發現問題64餘個",
      findings: ["9:86-9:90 approximate-number “64餘個”写法不当：“余”表示概数，只能接在末位为0的整数或“万”“亿”之后；应写确数，或写作整数概数（如“10余次”）"],
    },
  ],
  "08-commission.txt": [
    {
      mistake: "the provision's 法治建设 dropped (履行推进第一责任人职责)",
      from: "主任认真履行推进法治建设第一责任人职责",
      to: "主任认真履行推进第一责任人职责",
      findings: ["23:11-23:15 terminology “履行推进”应为“履行推进法治建设”：《党政主要负责人履行推进法治建设第一责任人职责规定》的提法是“履行推进法治建设第一责任人职责”，漏了“法治建设”"],
    },
    {
      mistake: "the opening keeps last year",
      from: "2024年，市发展改革委坚持",
      to: "2023年，市发展改革委坚持",
      findings: ["3:1-3:6 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "the duties heading dropped, its paragraph run on",
      from: "三、党政主要负责同志履行推进法治建设第一责任人职责情况\n\n委党组书记、主任认真履行",
      to: "此外，委党组书记、主任认真履行",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "23:1-23:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”",
      ],
    },
    {
      mistake: "the shortcomings part deleted",
      from: "二、工作中存在的差距和短板\n\n一是法治思维在日常工作中的运用还不够充分，个别干部重经济、轻法治，主要原因是法治学习培训与业务工作结合不够紧密。二是价格执法力量不足，全委具有执法资格的人员仅9名，原因在于机构改革后执法职能调整、人员划转，执法队伍未能及时补充。\n\n三、",
      to: "三、",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "17:1-17:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”",
      ],
    },
    {
      mistake: "a clause pasted twice",
      from: "落实市场准入负面清单制度，清理",
      to: "落实市场准入负面清单制度，落实市场准入负面清单制度，清理",
      findings: ["7:81-7:93 repeated-phrase 分句“落实市场准入负面清单制度”在本段第7行第68列已出现过，此处重复：请删去重复的一处，或改写为不同的内容"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年2月10日",
      to: "2025年4月5日",
      findings: ["38:1-38:10 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月5日"],
    },
    {
      mistake: "the plans left as the template's 【请填写】",
      from: "（一）深入学习贯彻习近平法治思想，将法治学习纳入委党组理论学习中心组年度学习计划。\n\n（二）严格落实重大行政决策程序，做好“十五五”规划编制中的公众参与和合法性审查。\n\n（三）加强价格和节能执法队伍建设，组织执法人员参加专业培训不少于2次。",
      to: "【请填写】",
      findings: [
        "25:1-25:18 plan-specificity “下一年度主要安排”只分出0项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排",
        "27:1-27:6 placeholder-text 编写说明“【请填写】”未删除，应按说明补全内容后删去",
      ],
    },
  ],
  "09-city-government.txt": [
    {
      mistake: "a title without its closing 》",
      from: "《江岭市城市绿化管理办法》",
      to: "《江岭市城市绿化管理办法",
      findings: ["18:43-18:44 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "a 31st of a 30-day month",
      from: "自2025年3月1日起施行",
      to: "自2025年4月31日起施行",
      findings: ["18:57-18:67 invalid-date 日期不存在：2025年没有4月31日，4月只有30天"],
    },
    {
      mistake: "a rate over counts in 万 changed",
      from: "按期办结率98.4%",
      to: "按期办结率99.4%",
      findings: ["14:111-14:121 rate-mismatch 按期办结率应为98.4%（1.25万÷1.27万），文中为99.4%"],
    },
    {
      mistake: "a 其中 part raised beyond the total",
      from: "市直部门27件",
      to: "市直部门37件",
      findings: ["20:28-20:57 parts-exceed-total 各分项之和为57件（11+9+37），超过总数47件；请核对总数或各分项"],
    },
    {
      mistake: "a measures paragraph opening with last year",
      from: "　　修订《江岭市突发事件总体应急预案》",
      to: "　　2024年，修订《江岭市突发事件总体应急预案》",
      findings: ["36:3-36:8 year-consistency “主要举措和成效”应写2025年的情况，文中为2024年"],
    },
    {
      mistake: "（八） skipped",
      from: "　　（八）推进数字法治政府建设",
      to: "　　（九）推进数字法治政府建设",
      findings: ["50:3-50:6 heading-numbering 标题序号跳号：此处应为“（八）”，文中为“（九）”"],
    },
    {
      mistake: "the 市委书记's paragraph dropped",
      from: "　　市委书记认真履行推进法治建设第一责任人职责，主持召开市委常委会会议7次、市委全面依法治市委员会会议2次，研究部署法治建设重点任务；带头在市委全会上述法，对县（市、区）党政主要负责人述法进行点评。",
      to: "",
      findings: ["58:3-58:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（市长）的履职情况，未写党委主要负责人：请补写市委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "二是 skipped in the plans",
      from: "二是深化提升行政执法质量三年行动",
      to: "三是深化提升行政执法质量三年行动",
      findings: [
        "64:105-64:107 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”",
      ],
    },
    {
      mistake: "the 纲要's period with its dash lost (20212025年)",
      from: "纲要（2021—2025年）》确",
      to: "纲要（20212025年）》确",
      findings: ["6:96-6:104 terminology “20212025”应为“2021—2025”：两个年份连写，期间的连接号“—”漏了（如五年规划、实施纲要的起止年份）"],
    },
  ],
  "10-municipal-district.md": [
    {
      mistake: "a 占比 after a 其中 part (1386÷1421 = 97.5%) with two digits swapped",
      from: "占比97.5%",
      to: "占比95.7%",
      findings: ["15:55-15:60 rate-mismatch 占比应为97.5%（1386÷1421），文中为95.7%"],
    },
    {
      mistake: "a figure of the table's 合计 row mistyped",
      from: "| 合计 | 5,259 |",
      to: "| 合计 | 5,159 |",
      findings: ["29:8-29:13 parts-exceed-total 各分项之和为5259件（1208+236+2874+941），超过总数5159件；请核对总数或各分项"],
    },
    {
      mistake: "a 败诉率 over the cases closed changed",
      from: "败诉率6.09%",
      to: "败诉率6.90%",
      findings: ["36:28-36:36 rate-mismatch 败诉率应为6.09%（19÷312），文中为6.90%"],
    },
    {
      mistake: "a 其中 part raised beyond the total",
      from: "其中维持241件",
      to: "其中维持261件",
      findings: ["35:31-35:79 parts-exceed-total 各分项之和为405件（261+37+22+9+21+55），超过总数385件；请核对总数或各分项"],
    },
    {
      mistake: "list items without their causes",
      from: "- 部分执法人员“重实体、轻程序”，主要原因是执法培训针对性不强、以案释法不够。\n- 行政复议纠错率仍然偏高，根源在于部分行政机关合法性审查把关不严。",
      to: "- 部分执法人员“重实体、轻程序”，执法培训针对性不强、以案释法不够。\n- 行政复议纠错率仍然偏高，部分行政机关合法性审查把关不严。",
      findings: ["43:4-43:14 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the plans heading names the report year",
      from: "## 四、2026年主要安排",
      to: "## 四、2025年主要安排",
      findings: ["54:6-54:11 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a count left as XX",
      from: "区级政务服务事项1421项全部接入平台",
      to: "区级政务服务事项XX项全部接入平台",
      findings: ["15:25-15:27 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "the duties part deleted",
      from: "## 三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n区委书记带头学习贯彻习近平法治思想，主持召开区委全面依法治区委员会会议2次，听取法治政府建设情况汇报，协调解决重大问题5个。区长主持召开区政府常务会议专题研究法治政府建设4次，带头出庭应诉行政诉讼案件1件，带头开展述法。\n\n## 四、2026年主要安排",
      to: "## 三、2026年主要安排",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）"],
    },
  ],
  "11-subdistrict-gb18030.txt": [
    {
      mistake: "a verb typed twice after a heading's number (GB18030, CRLF)",
      from: "（一）加强组织领导。",
      to: "（一）加强加强组织领导。",
      findings: ["9:4-9:8 repeated-word “加强加强”把“加强”连写了两次，应删去重复的“加强”"],
    },
    {
      mistake: "a stated rate changed",
      from: "化解率98.6%",
      to: "化解率96.8%",
      findings: ["13:66-13:74 rate-mismatch 化解率应为98.6%（1031÷1046），文中为96.8%"],
    },
    {
      mistake: "a 其中 part raised beyond the total",
      from: "其中城市管理领域52项",
      to: "其中城市管理领域62项",
      findings: ["11:23-11:58 parts-exceed-total 各分项之和为99项（62+21+16），超过总数89项；请核对总数或各分项"],
    },
    {
      mistake: "dated after March 31",
      from: "2024年1月12日",
      to: "2024年4月5日",
      findings: ["34:1-34:10 publish-date 成文日期晚于次年3月31日的公开期限：2023年度报告应在2024年3月31日前成文公开，文中为2024年4月5日"],
    },
    {
      mistake: "the plans reduced to one 下一步 sentence",
      from: "一是深入学习贯彻习近平法治思想，把法治建设纳入街道年度工作考核，考核权重不低于5%。二是提升综合行政执法规范化水平，2024年执法人员法律知识培训不少于40学时。三是深化“民主法治示范社区”创建，力争新增区级示范社区2个。",
      to: "下一步，街道将继续深入贯彻落实习近平法治思想，不断推进基层法治建设再上新台阶。",
      findings: ["29:1-29:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "a half-width comma",
      from: "全部持证上岗。全年",
      to: "全部持证上岗,全年",
      findings: ["11:84-11:85 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
  ],
  "12-autonomous-prefecture.txt": [
    {
      mistake: "第二部分 repeated",
      from: "第三部分　党政主要负责人履行推进法治建设第一责任人职责情况",
      to: "第二部分　党政主要负责人履行推进法治建设第一责任人职责情况",
      findings: [
        "41:1-41:5 heading-numbering 标题序号重复：“第二部分”与上一个同级标题相同，此处应为“第三部分”",
      ],
    },
    {
      mistake: "a 纠错率 after the 审结率 changed",
      from: "纠错率16.3%",
      to: "纠错率13.6%",
      findings: ["23:53-23:61 rate-mismatch 纠错率应为16.3%（31÷190），文中为13.6%"],
    },
    {
      mistake: "a 其中 part after the rate raised beyond the total",
      from: "其中草场纠纷1046件",
      to: "其中草场纠纷1246件",
      findings: ["25:55-25:104 parts-exceed-total 各分项之和为3431件（1246+832+1353），既超过3231件，也超过其所出自的总数3275件（分项可能是两者中任一个的）；请核对总数或各分项"],
    },
    {
      mistake: "二是 skipped",
      from: "二是带头到县（市）督导法治建设",
      to: "三是带头到县（市）督导法治建设",
      findings: [
        "43:52-43:54 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”",
      ],
    },
    {
      mistake: "the 州长's sentence dropped",
      from: "州长履行法治政府建设第一责任人职责：一是主持州政府常务会议会前学法12次；二是组织重大行政决策合法性审查11件；三是带头出庭应诉行政诉讼案件1件。",
      to: "",
      findings: ["41:1-41:30 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（州委书记）的履职情况，未写政府主要负责人：请补写州长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the shortcomings left as 待补充",
      from: "一是基层法治力量薄弱，119个乡镇中有37个未配备专职法制审核人员，主要原因是高海拔地区人才引进难、留人难。二是群众法治意识有待提升，部分牧区仍存在“信访不信法”现象，原因在于地广人稀、普法覆盖不均衡。三是数字法治政府建设相对滞后，根源在于网络基础设施薄弱。",
      to: "待补充。",
      findings: [
        "37:1-37:14 empty-part “存在的不足和原因”标题下只有占位文字“待补充”，应写明实际情况",
        "39:1-39:4 placeholder-text 模板占位符“待补充”未替换，应填写实际内容",
      ],
    },
  ],
  "13-tax-bureau.txt": [
    {
      mistake: "a rise written as a fall",
      from: "32.4亿元，同比增长11.5%",
      to: "32.4亿元，较上年的29.1亿元下降11.3%",
      findings: ["19:146-19:151 change-mismatch 从29.1亿元到32.4亿元是增长，增幅为11.3%（(32.4亿-29.1亿)÷29.1亿），文中写作下降11.3%"],
    },
    {
      mistake: "a stated rate changed",
      from: "结案率93.7%",
      to: "结案率97.3%",
      findings: ["15:149-15:157 rate-mismatch 结案率应为93.7%（119÷127），文中为97.3%"],
    },
    {
      mistake: "a part in 万元 raised beyond the total in 亿元",
      from: "其中查补税款8600万元",
      to: "其中查补税款9600万元",
      findings: ["15:169-15:208 parts-exceed-total 各分项之和为13000万元（9600万+1900万+1500万），超过总数1.2亿元；请核对总数或各分项"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "第一，基层税务执法人员法治素养参差不齐，原因在于近年新入职人员较多、执法经验不足。第二，涉税争议源头化解机制还不够完善，主要原因是部门间涉税信息共享不充分。",
      to: "第一，基层税务执法人员法治素养参差不齐，近年新入职人员较多、执法经验不足。第二，涉税争议源头化解机制还不够完善，部门间涉税信息共享不充分。",
      findings: ["29:1-29:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the closing date's year not updated",
      from: "2024年1月20日",
      to: "2023年1月20日",
      findings: ["42:1-42:11 publish-date 成文日期不在2023年12月1日至2024年3月31日之间，文中为2023年1月20日，是否应为2024年1月20日？"],
    },
    {
      mistake: "a 第一，第二， list skips a number",
      from: "第二，压实工作责任。",
      to: "第三，压实工作责任。",
      findings: ["11:72-11:74 enumeration-sequence 列举序号跳号：此处应为“第二”，文中为“第三”"],
    },
    {
      mistake: "a 第一，第二， list repeats a number (the plans)",
      from: "第三，加强法治人才培养",
      to: "第二，加强法治人才培养",
      findings: ["39:63-39:65 enumeration-sequence 列举序号重复：前面已有“第二”，此处应为“第三”"],
    },
    {
      mistake: "党委书记 dropped from “局党委书记、局长”",
      from: "局党委书记、局长认真履行",
      to: "局长认真履行",
      findings: ["33:1-33:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
  ],
  "14-dev-zone-hard-wrapped.txt": [
    {
      mistake: "last year's title on this year's report (the title under the issuing body)",
      from: "2025年法治政府建设情况报告",
      to: "2024年法治政府建设情况报告",
      findings: ["2:1-2:6 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a stated rate changed (its total on the line above)",
      from: "采纳率95.9%",
      to: "采纳率96.9%",
      findings: ["24:18-24:26 rate-mismatch 采纳率应为95.9%（398÷415），文中为96.9%"],
    },
    {
      mistake: "a 其中 part raised across a hard wrap (行政许可 / 事项118项): the sentence is read through the break",
      from: "其中行政许可\n事项98项",
      to: "其中行政许可\n事项118项",
      findings: [
        "12:30-13:29 parts-exceed-total 各分项之和为176项（118+21+37），超过总数156项；请核对总数或各分项",
        "12:40-12:41 line-break-in-sentence 句子在此处被换行截断（“…项，其中行政许可”后接下一行“事项118项、行…”），应删去换行，与下一行连成一段",
      ],
    },
    {
      mistake: "the 党工委书记's sentence dropped",
      from: "开发区党工委书记履行推进法治建设第一责任人职责，主持召开党工委会议专题研究法治建\n设3次，带头开展述法。",
      to: "",
      findings: ["40:1-40:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（管委会主任）的履职情况，未写党委主要负责人：请补写党工委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年2月6日",
      to: "2026年4月5日",
      findings: ["53:1-53:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月5日"],
    },
    {
      mistake: "a count left as ×",
      from: "管委会法制机构仅有工作人员3名",
      to: "管委会法制机构仅有工作人员×名",
      findings: ["36:25-36:27 placeholder-text 模板占位符“×名”未替换，应填写实际内容"],
    },
    // The break's own finding (a wrap the drafter left in) quotes the changed words.
    {
      mistake: "约 and 左右 around a count cut by the hard wrap",
      from: "抽查1120户\n次，",
      to: "抽查约1120户\n次左右，",
      findings: [
        "26:36-27:4 approximate-number “约1120户次左右”中“约”和“左右”都表示约数，重复使用，应删去其一",
        "26:41-26:42 line-break-in-sentence 句子在此处被换行截断（“…抽查约1120户”后接下一行“次左右，办理行政…”），应删去换行，与下一行连成一段",
      ],
    },
    // The break's own finding (a wrap the drafter left in) quotes the changed words.
    {
      mistake: "余 after a count that is not round, cut by the hard wrap",
      from: "抽查1120户\n次，",
      to: "抽查1125余户\n次，",
      findings: [
        "26:36-27:2 approximate-number “1125余户次”写法不当：“余”表示概数，只能接在末位为0的整数或“万”“亿”之后；应写确数，或写作整数概数（如“10余次”）",
        "26:41-26:42 line-break-in-sentence 句子在此处被换行截断（“…抽查1125余户”后接下一行“次，办理行政处罚…”），应删去换行，与下一行连成一段",
      ],
    },
    {
      mistake: "约 and 左右 around an amount whose unit the wrap put on the next line",
      from: "追发工资2140万\n元。",
      to: "追发约2140万\n元左右。",
      // Missed until a line ending on a number whose unit opens the next line was read as cut (the
      // sentence begins on that line).
      findings: [
        "31:34-32:4 approximate-number “约2140万元左右”中“约”和“左右”都表示约数，重复使用，应删去其一",
        "31:39-31:40 line-break-in-sentence 句子在此处被换行截断（“…追发约2140万”后接下一行“元左右。发生行政…”），应删去换行，与下一行连成一段",
      ],
    },
  ],
  "15-province-government.txt": [
    {
      mistake: "the plenary sessions named after the congress (二十大历次全会)",
      from: "贯彻党的二十大和二十届历次全会精神",
      to: "贯彻党的二十大历次全会精神",
      findings: ["5:57-5:64 terminology “二十大历次全会”应为“二十届历次全会”：中央委员会的全会按届次称“××届历次全会”，“××大”是党的全国代表大会"],
    },
    {
      mistake: "a 其中 part raised beyond the total",
      from: "其中制定5件、修改6件、废止3件",
      to: "其中制定5件、修改8件、废止3件",
      findings: ["17:49-17:69 parts-exceed-total 各分项之和为16件（5+8+3），超过总数14件；请核对总数或各分项"],
    },
    {
      mistake: "（六） repeated",
      from: "（七）推进数字法治政府建设",
      to: "（六）推进数字法治政府建设",
      findings: ["49:1-49:4 heading-numbering 标题序号重复：“（六）”与上一个同级标题相同，此处应为“（七）”"],
    },
    {
      mistake: "二是 skipped in the plans",
      from: "二是推进第二批全国法治政府建设示范创建",
      to: "三是推进第二批全国法治政府建设示范创建",
      findings: [
        "63:51-63:53 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”",
      ],
    },
    {
      mistake: "a rate over 100%",
      from: "行政机关败诉率4.12%",
      to: "行政机关败诉率104.12%",
      findings: ["41:36-41:50 rate-out-of-range 行政机关败诉率不应超过100%，文中为104.12%；请核对分子和分母"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "一是区域发展不平衡，部分县（市、区）法治政府建设推进较慢，原因在于基层法治工作力量较弱；二是涉企行政执法不规范问题仍有发生，根源在于部分执法人员“重处罚、轻服务”的观念尚未根本扭转。",
      to: "一是区域发展不平衡，部分县（市、区）法治政府建设推进较慢；二是涉企行政执法不规范问题仍有发生，部分执法人员“重处罚、轻服务”的观念尚未根本扭转。",
      findings: ["53:1-53:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the 2015 纲要's goal formula",
      from: "高质量完成《法治政府建设实施纲要（2021—2025年）》",
      to: "加快建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府，高质量完成《法治政府建设实施纲要（2021—2025年）》",
      findings: ["5:109-5:118 terminology “廉洁高效、守法诚信”应为“智能高效、廉洁诚信、人民满意”：《法治政府建设实施纲要（2021—2025年）》的目标表述为“职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府”，“廉洁高效、守法诚信”是2015年纲要的旧提法"],
    },
  ],
  "16-autonomous-county-police.txt": [
    {
      mistake: "the earlier count stated on its own, the fall computed over the wrong base",
      from: "全年接报警情3.12万起，同比下降6.4%",
      to: "全年接报警情3.12万起，上年同期为3.33万起，同比下降8.4%",
      findings: ["13:133-13:137 change-mismatch 降幅应为6.3%（(3.33万-3.12万)÷3.33万），文中为8.4%"],
    },
    {
      mistake: "a figure left as 【请填写】",
      from: "业务2.36万件",
      to: "业务【请填写】万件",
      findings: ["13:39-13:44 placeholder-text 编写说明“【请填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "a 其中 part raised beyond the total",
      from: "其中刑事案件417起",
      to: "其中刑事案件517起",
      findings: ["11:42-11:68 parts-exceed-total 各分项之和为1962起（517+1445），超过总数1862起；请核对总数或各分项"],
    },
    {
      mistake: "the plans reduced to one statement of intent",
      from: "一是全面落实提升行政执法质量三年行动，2024年底前实现派出所专职法制员全覆盖。二是深化执法办案管理中心建设，案件进入中心率达到95%以上。三是加强民警法治培训，每名民警全年参加法律知识培训不少于40学时。",
      to: "2024年，我局将继续坚持以习近平法治思想为指导，持续深化执法规范化建设，为建设更高水平的平安龙溪、法治龙溪作出新的更大贡献。",
      findings: ["27:1-27:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "党委书记 dropped from “局党委书记、局长”",
      from: "局党委书记、局长严格履行",
      to: "局长严格履行",
      findings: ["23:1-23:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "风桥经验",
      from: "坚持和发展新时代“枫桥经验”",
      to: "坚持和发展新时代“风桥经验”",
      findings: ["15:20-15:24 terminology “风桥经验”应为“枫桥经验”：“枫桥经验”得名于浙江诸暨枫桥镇"],
    },
    {
      mistake: "the shortcomings run on from the measures without a heading",
      from: "二、存在的不足和原因\n\n一是基层所队",
      to: "在取得成绩的同时，我局法治公安建设还存在一些不足：一是基层所队",
      findings: [
        "19:1-19:69 part-heading “存在的不足和原因”只见于正文段落，没有标题，应单列为一级标题",
        "21:1-21:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”",
      ],
    },
  ],
  "17-web-scrape.txt": [
    {
      mistake: "a 纠错率 no total of the sentence gives",
      from: "纠错率11.1%",
      to: "纠错率12.1%",
      findings: ["13:45-13:53 rate-mismatch 纠错率应为11.1%（9÷81），文中为12.1%"],
    },
    {
      mistake: "the 县委书记's sentence dropped",
      from: "县委书记主持召开县委常委会会议研究法治建设工作4次，带头述法。",
      to: "",
      findings: ["18:5-18:31 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（县长）的履职情况，未写党委主要负责人：请补写县委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "（五） repeated",
      from: "    （六）推动数字法治政府建设",
      to: "    （五）推动数字法治政府建设",
      findings: [
        "14:5-14:8 heading-numbering 标题序号重复：“（五）”与上一个同级标题相同，此处应为“（六）”",
      ],
    },
    {
      mistake: "dated after March 31",
      from: "    2025年2月20日",
      to: "    2025年4月5日",
      findings: ["26:5-26:14 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月5日"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "四、2025年推进法治政府建设的主要安排",
      to: "四、2024年推进法治政府建设的主要安排",
      findings: ["20:7-20:12 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "a count left as ××",
      from: "保留行政权力事项2418项",
      to: "保留行政权力事项××项",
      findings: ["9:38-9:40 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "一是部分乡镇执法人员专业化水平不高，原因是乡镇执法力量下沉时间短、培训不足。二是行政复议纠错率仍然偏高，主要是由于部分单位执法程序意识不强。",
      to: "一是部分乡镇执法人员专业化水平不高，乡镇执法力量下沉时间短、培训不足。二是行政复议纠错率仍然偏高，部分单位执法程序意识不强。",
      findings: ["16:5-16:15 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a clause pasted twice",
      from: "动态调整县级权责清单，保留",
      to: "动态调整县级权责清单，动态调整县级权责清单，保留",
      findings: ["9:30-9:40 repeated-phrase 分句“动态调整县级权责清单”在本段第9行第19列已出现过，此处重复：请删去重复的一处，或改写为不同的内容"],
    },
    {
      mistake: "a half-width comma",
      from: "下沉时间短、培训不足",
      to: "下沉时间短,培训不足",
      findings: ["17:37-17:38 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
  ],
  "18-word-export.txt": [
    {
      mistake: "the 合计 row of the tab-separated table below the sum of its rows",
      from: "合计\t1520",
      to: "合计\t1500",
      findings: ["18:4-18:8 parts-exceed-total 各分项之和为1520（608+304+456+152），超过总数1500；请核对总数或各分项"],
    },
    {
      mistake: "a stated rate changed",
      from: "调解成功率97.4%",
      to: "调解成功率98.4%",
      findings: ["24:40-24:50 rate-mismatch 调解成功率应为97.4%（1812÷1860），文中为98.4%"],
    },
    {
      mistake: "a 其中 part raised beyond the total",
      from: "其中维持43件",
      to: "其中维持53件",
      findings: ["22:33-22:54 parts-exceed-total 各分项之和为70件（53+8+9），超过总数60件；请核对总数或各分项"],
    },
    {
      mistake: "dated after March 31",
      from: "\t2025年1月20日",
      to: "\t2025年4月5日",
      findings: ["37:5-37:14 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月5日"],
    },
    {
      mistake: "the 县委书记's sentence dropped",
      from: "县委书记召开县委常委会会议专题研究法治建设工作3次。",
      to: "",
      findings: ["31:2-31:28 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（县长）的履职情况，未写党委主要负责人：请补写县委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "（四） repeated after a page break",
      from: "\t（五）依法化解社会矛盾纠纷",
      to: "\t（四）依法化解社会矛盾纠纷",
      findings: [
        "24:2-24:5 heading-numbering 标题序号重复：“（四）”与上一个同级标题相同，此处应为“（五）”",
      ],
    },
    {
      mistake: "二是 skipped in the plans",
      from: "二是创新法治宣传形式",
      to: "三是创新法治宣传形式",
      findings: [
        "34:25-34:27 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”",
      ],
    },
    {
      mistake: "a count left as XX",
      from: "全年办理行政复议案件64件",
      to: "全年办理行政复议案件XX件",
      findings: ["22:27-22:29 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "another soft line break mid-sentence",
      from: "政务服务事项网上可办率99.1%",
      to: "政务服务事项网上\r\n可办率99.1%",
      findings: ["25:23-25:24 line-break-in-sentence 句子在此处被换行截断（“…政务服务事项网上”后接下一行“可办率99.1%…”），应删去换行，与下一行连成一段"],
    },
    {
      mistake: "a change in points added before the from … to, one point off",
      from: "纠错率由18.6%下降到15.0%",
      to: "纠错率下降4.6个百分点，由18.6%下降到15.0%",
      findings: ["28:106-28:113 change-mismatch 降幅应为3.6个百分点（18.6%-15.0%），文中为4.6个百分点"],
    },
    {
      mistake: "the disputes rounded up to 1900余件, the 调解成功率 kept from the exact count",
      from: "全县排查矛盾纠纷1860件",
      to: "全县排查矛盾纠纷1900余件",
      findings: ["24:41-24:51 rate-mismatch 调解成功率应在90.6%至95.4%之间（1812÷2000至1812÷1900），文中为97.4%"],
    },
  ],
  "19-pdf-paste.txt": [
    {
      mistake: "last year's title on this year's report (full-width digits)",
      from: "金沙市司法局２０２４年度",
      to: "金沙市司法局２０２３年度",
      findings: ["1:7-1:12 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "closing date in full-width digits on a day February does not have",
      from: "２０２５年２月１０日",
      to: "２０２５年２月３０日",
      findings: ["30:1-30:11 invalid-date 日期不存在：2025年没有2月30日，2月只有28天"],
    },
    {
      mistake: "a 其中 part raised beyond the total",
      from: "其中调解和解５７件",
      to: "其中调解和解３５７件",
      findings: ["13:1-13:16 parts-exceed-total 分项357件既超过286件，也超过其所出自的总数298件（分项可能是两者中任一个的）；请核对总数或分项"],
    },
    {
      mistake: "（四） repeated",
      from: "（五）化解矛盾纠纷。",
      to: "（四）化解矛盾纠纷。",
      findings: ["17:1-17:4 heading-numbering 标题序号重复：“（四）”与上一个同级标题相同，此处应为“（五）”"],
    },
    {
      mistake: "dated after March 31",
      from: "２０２５年２月１０日",
      to: "２０２５年４月５日",
      findings: ["30:1-30:10 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月5日"],
    },
    {
      mistake: "二是 skipped in the plans",
      from: "二是在农村地区新建公共",
      to: "三是在农村地区新建公共",
      findings: [
        "27:28-27:30 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”",
      ],
    },
    {
      mistake: "党委书记 dropped from “局党委书记、局长”",
      from: "局党委书记、局长履行第一责任人职责",
      to: "局长履行第一责任人职责",
      findings: ["23:1-23:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a stated rate changed",
      from: "采纳率９４.９%",
      to: "采纳率９５.９%",
      findings: ["7:17-7:25 rate-mismatch 采纳率应为94.9%（148÷156），文中为９５.９%"],
    },
    {
      mistake: "a count left as ××",
      from: "规范性文件草案２３件",
      to: "规范性文件草案××件",
      findings: [
        "6:33-6:35 placeholder-text 模板占位符“××”未替换，应填写实际内容",
        "6:38-6:39 line-break-in-sentence 句子在此处被换行截断（“…草案××件，提出”后接下一行“修改意见１５６条…”），应删去换行，与下一行连成一段",
      ],
    },
    {
      mistake: "a rate whose counts are on the line above a PDF break (“２０２４” / “年调解成功……”)",
      from: "调解成功率９８.３%",
      to: "调解成功率９９.３%",
      findings: ["18:13-18:23 rate-mismatch 调解成功率应为98.3%（1.16万÷1.18万），文中为９９.３%"],
    },
  ],
  "20-cms-markdown.md": [
    {
      mistake: "last year's count added, a percent a point off",
      from: "全年新增经营主体3380户，同比增长7.2%",
      to: "全年新增经营主体3380户，较上年的3153户增长8.2%",
      findings: ["7:84-7:88 change-mismatch 增幅应为7.2%（(3380-3153)÷3153），文中为8.2%"],
    },
    {
      mistake: "a 纠错率 no total of the sentence gives",
      from: "纠错率10.9%",
      to: "纠错率19.0%",
      findings: ["17:65-17:73 rate-mismatch 纠错率应为10.9%（6÷55），文中为19.0%"],
    },
    {
      mistake: "the 区委书记's sentence dropped",
      from: "区委书记主持召开区委常委会会议研究法治建设工作4次，带头述法。",
      to: "",
      findings: ["27:3-27:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（区长）的履职情况，未写党委主要负责人：请补写区委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a bold heading skips 三、",
      from: "**三、党政主要负责人履行推进法治建设第一责任人职责情况**",
      to: "**四、党政主要负责人履行推进法治建设第一责任人职责情况**",
      findings: [
        "27:3-27:5 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”",
      ],
    },
    {
      mistake: "dated after March 31",
      from: "2025年2月18日",
      to: "2025年4月5日",
      findings: ["40:1-40:10 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月5日"],
    },
    {
      mistake: "a count left as XX",
      from: "全年新增经营主体3380户",
      to: "全年新增经营主体XX户",
      findings: ["7:67-7:69 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width comma",
      from: "人员尚未配齐。二是",
      to: "人员尚未配齐,二是",
      findings: ["25:56-25:57 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "the plans reduced to one statement of intent",
      from: "1. 配齐街道综合执法人员，年内新增执法人员20名；\n2. 开展分众化法治宣传，全年举办宣讲80场次；\n3. 推进行政复议规范化建设，力争纠错率下降到8%以下。",
      to: "2025年，我区将继续深入推进法治政府建设，为全区经济社会高质量发展提供坚实法治保障。",
      findings: ["31:3-31:23 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "a rate over 100%",
      from: "调解成功率97.6%",
      to: "调解成功率107.6%",
      findings: [
        "19:66-19:77 rate-mismatch 调解成功率应为97.6%（1386÷1420），文中为107.6%",
        "19:66-19:77 rate-out-of-range 调解成功率不应超过100%，文中为107.6%；请核对分子和分母",
      ],
    },
    {
      mistake: "shortcomings without their causes",
      from: "一是基层执法力量仍显薄弱，原因是街道综合执法改革后人员尚未配齐。二是法治宣传的精准度不够，主要是由于对不同群体的需求研究不足。",
      to: "一是基层执法力量仍显薄弱。二是法治宣传的精准度不够。",
      findings: ["23:3-23:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
  ],
  // Hand-written by the red team (round 6).
  "21-customs-ideographic-indent.txt": [
    {
      mistake: "a rate that its counts do not give",
      from: "审结10件，审结率90.9%",
      to: "审结10件，审结率98.9%",
      findings: ["19:23-19:31 rate-mismatch 审结率应为90.9%（10÷11），文中为98.9%"],
    },
    {
      mistake: "a 其中 part raised beyond the applications received",
      from: "撤销1件、终止2件",
      to: "撤销1件、终止4件",
      findings: ["19:19-19:48 parts-exceed-total 各分项之和为12件（7+1+4），超过总数10件；请核对总数或各分项"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年2月14日",
      to: "2025年4月14日",
      findings: ["48:21-48:31 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月14日"],
    },
    {
      mistake: "the Party secretary's sentence dropped",
      from: "　　关党委书记认真履行推进法治建设第一责任人职责，主持召开关党委会议研究法治海关建设重大事项4次，带头讲授法治专题党课1次。",
      to: "　　",
      findings: ["37:3-37:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（关长）的履职情况，未写党委主要负责人：请补写关党委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "an outcome raised so that three listed with 、 exceed the cases closed, the first two making them up exactly",
      from: "其中维持7件、撤销1件",
      to: "其中维持9件、撤销1件",
      findings: ["19:19-19:48 parts-exceed-total 各分项之和为12件（9+1+2），超过总数10件；请核对总数或各分项"],
    },
  ],
  "22-province-police-markdown.md": [
    {
      mistake: "a 同比 percentage in the table mistyped",
      from: "增长8.7%",
      to: "增长7.8%",
      findings: ["21:29-21:33 change-mismatch 增幅应为8.7%（(312-287)÷287），文中为7.8%"],
    },
    {
      mistake: "a 同比 in the table said the wrong way",
      from: "下降9.9%",
      to: "增长9.9%",
      findings: ["22:29-22:33 change-mismatch 从162件到146件是下降，降幅为9.9%（(162-146)÷162），文中写作增长9.9%"],
    },
    {
      mistake: "a pass rate over 万 counts",
      from: "通过率94.4%",
      to: "通过率96.4%",
      findings: ["15:55-15:63 rate-mismatch 通过率应为94.4%（2.18万÷2.31万），文中为96.4%"],
    },
    {
      mistake: "a date that does not exist",
      from: "2023年3月6日",
      to: "2023年2月30日",
      findings: ["61:1-61:11 invalid-date 日期不存在：2023年没有2月30日，2月只有28天"],
    },
    {
      mistake: "a 办结率 its counts do not give",
      from: "办结率99.4%",
      to: "办结率94.9%",
      findings: ["25:25-25:33 rate-mismatch 办结率应为99.4%（8571÷8623），文中为94.9%"],
    },
    {
      mistake: "余 after a count that is not round (Markdown)",
      from: "全年开展实战演练420余场",
      to: "全年开展实战演练39余场",
      findings: ["41:31-41:35 approximate-number “39余场”写法不当：“余”表示概数，只能接在末位为0的整数或“万”“亿”之后；应写确数，或写作整数概数（如“10余次”）"],
    },
  ],
  "23-prefecture-city-chinese-numerals.txt": [
    {
      mistake: "the title typed a year ahead",
      from: "关于2023年度法治",
      to: "关于2024年度法治",
      findings: ["1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2023年度的情况：标题应为2023年度"],
    },
    {
      mistake: "a skipped subsection number",
      from: "（五）健全突发事件",
      to: "（六）健全突发事件",
      findings: ["17:1-17:4 heading-numbering 标题序号跳号：此处应为“（五）”，文中为“（六）”"],
    },
    {
      mistake: "a 审结率 its counts do not give",
      from: "审结率93.7%",
      to: "审结率95.7%",
      findings: ["19:42-19:50 rate-mismatch 审结率应为93.7%（1158÷1236），文中为95.7%"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "四、2024年法治政府建设工作安排",
      to: "四、2023年法治政府建设工作安排",
      findings: ["37:3-37:8 year-consistency “下一年度主要安排”应写2024年的安排，标题中为2023年"],
    },
  ],
  "24-autonomous-county-markdown.md": [
    {
      mistake: "a 化解率 with two digits swapped",
      from: "化解率97.8%",
      to: "化解率98.7%",
      findings: ["21:34-21:42 rate-mismatch 化解率应为97.8%（2098÷2145），文中为98.7%"],
    },
    {
      mistake: "an 优秀率 over case files (卷)",
      from: "优秀率27.2%",
      to: "优秀率72.2%",
      findings: ["17:44-17:52 rate-mismatch 优秀率应为27.2%（98÷360），文中为72.2%"],
    },
    {
      mistake: "the plans cut to one item",
      from: "2. 深化行政执法规范化建设，全年评查执法案卷不少于400卷。\n3. 推进民族地区普法，编印瑶汉双语普法读本5000册。\n4. 健全矛盾纠纷多元化解机制，力争化解率保持在97%以上。\n",
      to: "",
      findings: ["51:4-51:15 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    // The half-width comma is a slip of its own.
    {
      mistake: "a year opening the paragraph without its 年, before a half-width comma",
      from: "2025年，清水瑶族自治县",
      to: "2025, 清水瑶族自治县",
      findings: [
        "3:1-3:5 terminology “2025”应为“2025年”：段首的年份表示时间，后面漏了“年”",
        "3:5-3:7 punctuation-width 中文行文应使用全角标点“，”，文中为半角“, ”",
      ],
    },
    {
      mistake: "新时期 for 新时代 in the guiding thought's name",
      from: "坚持以习近平新时代中国特色社会主义思想为指导",
      to: "坚持以习近平新时期中国特色社会主义思想为指导",
      findings: ["3:21-3:37 terminology “习近平新时期中国特色社会主义思想”应为“习近平新时代中国特色社会主义思想”：党的十九大确立的名称是“习近平新时代中国特色社会主义思想”（新时代，不是新时期；“中国特色”不可省略）"],
    },
    {
      mistake: "the case files rounded to 400余卷, the 优秀率 kept from the exact count",
      from: "评查执法案卷360卷",
      to: "评查执法案卷400余卷",
      findings: ["17:45-17:53 rate-mismatch 优秀率应在19.6%至24.5%之间（98÷500至98÷400），文中为27.2%"],
    },
  ],
  "25-subdistrict-2022.txt": [
    {
      mistake: "a 调解成功率 its counts do not give",
      from: "调解成功率97.8%",
      to: "调解成功率99.8%",
      findings: ["24:35-24:45 rate-mismatch 调解成功率应为97.8%（221÷226），文中为99.8%"],
    },
    {
      mistake: "a top-level heading number repeated",
      from: "四、2023年工作打算",
      to: "三、2023年工作打算",
      findings: ["54:1-54:3 heading-numbering 标题序号重复：“三、”与上一个同级标题相同，此处应为“四、”"],
    },
  ],
  "26-university-town-committee.txt": [
    {
      mistake: "a 调处成功率 its counts do not give",
      from: "调处成功率96.8%",
      to: "调处成功率98.6%",
      findings: ["32:83-32:93 rate-mismatch 调处成功率应为96.8%（61÷63），文中为98.6%"],
    },
    {
      mistake: "a figure left as ×",
      from: "不少于8场",
      to: "不少于×场",
      findings: ["56:30-56:32 placeholder-text 模板占位符“×场”未替换，应填写实际内容"],
    },
    {
      mistake: "the total rounded to 70余件, the 调处成功率 kept from the exact count",
      from: "矛盾纠纷63件",
      to: "矛盾纠纷70余件",
      findings: ["32:84-32:94 rate-mismatch 调处成功率应在76.3%至87.1%之间（61÷80至61÷70），文中为96.8%"],
    },
  ],
  "27-sasac-points.txt": [
    {
      mistake: "a 完成率 with two digits swapped",
      from: "完成率96.9%",
      to: "完成率69.9%",
      findings: ["15:45-15:53 rate-mismatch 完成率应为96.9%（63÷65），文中为69.9%"],
    },
    {
      mistake: "a 其中 part beyond the tasks completed",
      from: "其中重点任务30项",
      to: "其中重点任务80项",
      findings: ["15:41-15:63 parts-exceed-total 分项80项既超过63项，也超过其所出自的总数65项（分项可能是两者中任一个的）；请核对总数或分项"],
    },
  ],
  "28-county-market-bureau.txt": [
    {
      mistake: "a 办结率 its counts do not give",
      from: "办结率99.9%",
      to: "办结率99.5%",
      findings: ["24:23-24:31 rate-mismatch 办结率应为99.9%（9861÷9874），文中为99.5%"],
    },
    {
      mistake: "an 优秀率 with two digits swapped",
      from: "优秀率27.3%",
      to: "优秀率23.7%",
      findings: ["36:71-36:79 rate-mismatch 优秀率应为27.3%（71÷260），文中为23.7%"],
    },
    {
      mistake: "a 其中 part beyond the new registrations",
      from: "其中企业2315户",
      to: "其中企业3215户",
      findings: ["32:51-32:77 parts-exceed-total 各分项之和为9542户（3215+6327），超过总数8642户；请核对总数或各分项"],
    },
    {
      mistake: "超过 and 以上 around a count",
      from: "人均承担监管市场主体超过1500户",
      to: "人均承担监管市场主体超过1500户以上",
      findings: ["48:28-48:37 approximate-number “超过1500户以上”中“超过”和“以上”都表示约数，重复使用，应删去其一"],
    },
  ],
  "29-eco-bureau-dates.txt": [
    {
      mistake: "a 其中 part raised beyond its total",
      from: "其中查封扣押12件",
      to: "其中查封扣押18件",
      findings: ["11:44-11:86 parts-exceed-total 各分项之和为33件（18+5+7+3），超过总数27件；请核对总数或各分项"],
    },
    {
      mistake: "a 办结率 its counts do not give",
      from: "办结率99.4%",
      to: "办结率99.6%",
      findings: ["35:28-35:36 rate-mismatch 办结率应为99.4%（1018÷1024），文中为99.6%"],
    },
  ],
  "30-province-health-commission.txt": [
    {
      mistake: "a 调解成功率 its counts do not give",
      from: "调解成功率92.1%",
      to: "调解成功率94.1%",
      findings: ["19:38-19:48 rate-mismatch 调解成功率应为92.1%（1438÷1562），文中为94.1%"],
    },
    {
      mistake: "the Party side dropped from the one person holding both posts",
      from: "委党组书记、主任认真履行",
      to: "委主任认真履行",
      findings: ["47:1-47:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（主任）的履职情况，未写党委主要负责人：请补写委党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "last year's measures heading left in place",
      from: "一、2024年推进法治政府建设",
      to: "一、2023年推进法治政府建设",
      findings: ["7:3-7:8 year-consistency “主要举措和成效”应写2024年的情况，标题中为2023年"],
    },
  ],
  "31-county-justice-bureau-2022.txt": [
    {
      mistake: "a 其中 part raised beyond the cases closed",
      from: "维持58件",
      to: "维持68件",
      findings: ["11:28-11:65 parts-exceed-total 各分项之和为91件（68+6+4+9+4），超过总数81件；请核对总数或各分项"],
    },
    {
      mistake: "a 调解成功率 its counts do not give",
      from: "调解成功率98.1%",
      to: "调解成功率96.1%",
      findings: ["15:42-15:52 rate-mismatch 调解成功率应为98.1%（3389÷3456），文中为96.1%"],
    },
    {
      mistake: "a skipped plan number",
      from: "2.充实司法所",
      to: "3.充实司法所",
      findings: ["44:1-44:3 heading-numbering 标题序号跳号：此处应为“2.”，文中为“3.”"],
    },
  ],
  "32-province-tax-bureau-parts.txt": [
    {
      mistake: "a 审结率 with two digits swapped",
      from: "审结率95.2%",
      to: "审结率92.5%",
      findings: ["23:27-23:35 rate-mismatch 审结率应为95.2%（139÷146），文中为92.5%"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "第四部分　2026年工作安排",
      to: "第四部分　2025年工作安排",
      findings: ["51:6-51:11 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a 满意度 above 100%",
      from: "满意度99.3%",
      to: "满意度103.9%",
      findings: ["19:29-19:38 rate-out-of-range 满意度不应超过100%，文中为103.9%；请核对分子和分母"],
    },
  ],
  "33-xiang-township-plain.txt": [
    {
      mistake: "more inquiries answered on the spot than received",
      from: "当场答复28件",
      to: "当场答复38件",
      findings: ["19:57-19:64 parts-exceed-total 当场答复38件多于收到28件；当场答复数不应超过收到数，请核对"],
    },
    {
      mistake: "the whole duties part deleted, the next heading's number kept",
      from: "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n乡党委书记认真履行推进法治建设第一责任人职责，主持召开乡党委会议研究法治建设工作2次，带头讲法治课1次，年底在县委全面依法治县委员会会议上述法。\n\n乡长履行法治政府建设第一责任人职责，主持召开乡政府常务会议研究依法行政工作3次，对全乡重大行政决策的合法性审查亲自过问，带队检查执法案卷1次。\n\n四、",
      to: "四、",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）","29:1-29:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "the 乡长's paragraph dropped",
      from: "\n乡长履行法治政府建设第一责任人职责，主持召开乡政府常务会议研究依法行政工作3次，对全乡重大行政决策的合法性审查亲自过问，带队检查执法案卷1次。\n",
      to: "",
      findings: ["29:1-29:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写乡长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a 调解成功率 its counts do not give",
      from: "调解成功率95.5%",
      to: "调解成功率96.5%",
      findings: ["15:37-15:47 rate-mismatch 调解成功率应为95.5%（149÷156），文中为96.5%"],
    },
    {
      mistake: "more passed than sat the examination",
      from: "参考42人，合格42人",
      to: "参考42人，合格45人",
      findings: ["9:70-9:75 parts-exceed-total 合格45人多于参考42人；合格数不应超过参考数，请核对"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "四、2025年工作安排",
      to: "四、2024年工作安排",
      findings: ["35:3-35:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "a skipped subsection number",
      from: "（四）抓调解",
      to: "（五）抓调解",
      findings: ["15:1-15:4 heading-numbering 标题序号跳号：此处应为“（四）”，文中为“（五）”"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年1月20日",
      to: "2025年4月20日",
      findings: ["48:1-48:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月20日"],
    },
  ],
  "34-county-2020-outline-2015.txt": [
    {
      mistake: "shortcomings without their causes",
      from: "，主要原因是乡镇缺少法律专业人才，全县19个乡镇中仅有6个配备了法律专业干部。二是疫情期间部分行政执法检查改为线上进行，执法全过程记录不完整，原因在于执法记录设备配备不足、线上执法规范尚未建立。三是“七五”普法对新就业群体覆盖不够，究其原因是普法方式仍以集中宣讲为主，针对性不强。",
      to: "。二是疫情期间部分行政执法检查改为线上进行，执法全过程记录不完整。三是“七五”普法对新就业群体覆盖不够，普法方式仍以集中宣讲为主，针对性不强。",
      findings: ["25:1-25:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "outcomes beyond the cases closed, within the cases received",
      from: "其中维持27件",
      to: "其中维持29件",
      findings: ["17:29-17:57 parts-exceed-total 各分项之和为40件（29+3+2+6），超过总数38件；请核对总数或各分项"],
    },
    {
      mistake: "the reporting sentence under the addressee keeps last year",
      from: "现将我县2020年",
      to: "现将我县2019年",
      findings: ["5:189-5:194 year-consistency 开头写的是2019年度的情况，标题中为2020年度：请统一报告年度"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2021年法治政府建设工作打算",
      to: "四、2020年法治政府建设工作打算",
      findings: ["33:3-33:8 year-consistency “下一年度主要安排”应写2021年的安排，标题中为2020年"],
    },
    {
      mistake: "closing date on February 29 of a common year",
      from: "2021年2月26日",
      to: "2021年2月29日",
      findings: ["40:1-40:11 invalid-date 日期不存在：2021年没有2月29日，2021年不是闰年，2月只有28天"],
    },
    {
      mistake: "a count changed, its 出庭应诉率 not",
      from: "行政机关负责人出庭应诉56件",
      to: "行政机关负责人出庭应诉54件",
      findings: ["17:89-17:98 rate-mismatch 出庭应诉率应为96%（54÷56），文中为100%"],
    },
    {
      mistake: "四是 skipped",
      from: "；四是编制实施",
      to: "；五是编制实施",
      findings: ["35:145-35:147 enumeration-sequence 列举序号跳号：此处应为“四是”，文中为“五是”"],
    },
  ],
  "35-province-government-five-parts.txt": [
    {
      mistake: "a part number skipped",
      from: "第三部分　党政",
      to: "第四部分　党政",
      findings: ["41:1-41:5 heading-numbering 标题序号跳号：此处应为“第三部分”，文中为“第四部分”"],
    },
    {
      mistake: "a 审结率 over 万 counts",
      from: "审结率94.4%",
      to: "审结率96.4%",
      findings: ["27:44-27:52 rate-mismatch 审结率应为94.4%（2.37万÷2.51万），文中为96.4%"],
    },
    {
      mistake: "grades listed with 、 beyond the files reviewed",
      from: "其中优秀2106卷",
      to: "其中优秀3106卷",
      findings: ["23:41-23:72 parts-exceed-total 各分项之和为9420卷（3106+5893+421），超过总数8420卷；请核对总数或各分项"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "第四部分　2024年法治政府建设工作安排",
      to: "第四部分　2023年法治政府建设工作安排",
      findings: ["45:6-45:11 year-consistency “下一年度主要安排”应写2024年的安排，标题中为2023年"],
    },
    {
      mistake: "a plan number skipped",
      from: "四、健全法治政府建设考核",
      to: "五、健全法治政府建设考核",
      findings: ["53:1-53:3 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”"],
    },
    {
      mistake: "dated after March 31",
      from: "2024年3月15日",
      to: "2024年4月15日",
      findings: ["60:1-60:11 publish-date 成文日期晚于次年3月31日的公开期限：2023年度报告应在2024年3月31日前成文公开，文中为2024年4月15日"],
    },
  ],
  "36-city-transport-cms-traditional.txt": [
    {
      mistake: "a 按期办结率 with two digits swapped",
      from: "按期辦結率98.6%",
      to: "按期辦結率96.8%",
      findings: ["15:39-15:49 rate-mismatch 按期办结率应为98.6%（211÷214），文中为96.8%"],
    },
    {
      mistake: "a 其中 part raised beyond the cases",
      from: "其中簡易程序案件1105件",
      to: "其中簡易程序案件1205件",
      findings: ["13:84-13:114 parts-exceed-total 各分项之和为1626件（1205+421），超过总数1526件；请核对总数或各分项"],
    },
    {
      mistake: "an 优秀率 with two digits swapped",
      from: "優秀率26.0%",
      to: "優秀率62.0%",
      findings: ["13:151-13:159 rate-mismatch 优秀率应为26.0%（39÷150），文中为62.0%"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "四、2025年工作計劃",
      to: "四、2024年工作計劃",
      findings: ["31:3-31:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "，主要原因是近年來招錄新人較少。二是新業態監管存在短板，網約車、共享單車等領域的監管制度還不完善，原因在於上位法規定較為原則，地方配套辦法制定滯後。",
      to: "。二是新業態監管存在短板，網約車、共享單車等領域的監管制度還不完善。",
      findings: ["23:1-23:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a figure left as ××",
      from: "保留行政權力事項412項",
      to: "保留行政權力事項××項",
      findings: ["9:29-9:31 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "a skipped subsection number",
      from: "（三）嚴格交通運輸執法",
      to: "（四）嚴格交通運輸執法",
      findings: ["13:1-13:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "a year opening the paragraph without its 年 (Traditional script)",
      from: "2024年，市交通運輸局",
      to: "2024，市交通運輸局",
      findings: ["5:1-5:5 terminology “2024”应为“2024年”：段首的年份表示时间，后面漏了“年”"],
    },
  ],
  "37-county-natural-resources-gbk.txt": [
    {
      mistake: "a 网办率 with two digits swapped",
      from: "网办率75.7%",
      to: "网办率57.7%",
      findings: ["9:103-9:111 rate-mismatch 网办率应为75.7%（1.62万÷2.14万），文中为57.7%"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "其中 parts of the land supplied in 亩 beyond the total",
      from: "其中出让872亩",
      to: "其中出让972亩",
      // An area in 亩 adds up like a count (it was a documented silence).
      findings: ["7:88-7:109 parts-exceed-total 各分项之和为1368亩（972+396），超过总数1268亩；请核对总数或各分项"],
    },
    {
      mistake: "the closing date keeps last year",
      from: "2026年2月9日",
      to: "2025年2月9日",
      findings: ["39:1-39:10 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年2月9日，是否应为2026年2月9日？"],
    },
    {
      mistake: "the duties left as the template's instruction",
      from: "局党组书记、局长切实履行推进法治建设第一责任人职责，主持召开局党组会议研究法治建设工作5次，组织局长办公会议会前学法10次，带头出庭应诉行政诉讼案件2件，年底在县委依法治县办述法。",
      to: "【请填写主要负责人履职情况】",
      findings: ["27:1-27:15 placeholder-text 编写说明“【请填写主要负责人履职情况】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "a 结案率 off, in a clause that opens with a count of other things (图斑347个)",
      from: "结案率92.5%",
      to: "结案率95.2%",
      // 立案查处53宗 is the total a 结案率 is over, as 受理 is (it was a documented silence).
      findings: ["11:68-11:76 rate-mismatch 结案率应为92.5%（49÷53），文中为95.2%"],
    },
    {
      mistake: "the plans reduced to one statement of intent",
      from: "（一）配齐基层执法力量，年内为11个乡镇国土所各配备1名专职执法人员。\n（二）加快历史遗留问题化解，2026年底前完成3个小区1260户不动产证办理。\n（三）组织全局执法人员法律知识培训不少于3期，开展执法案卷评查2次。\n（四）深化“十五五”国土空间规划实施监督，建立规划实施年度体检评估机制。",
      to: "2026年，我局将继续深入贯彻习近平法治思想，持续推进自然资源领域法治建设再上新台阶。",
      findings: ["29:1-29:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "the cause cut from the second shortcoming",
      from: "，原因在于开发企业欠缴税费，涉及部门多，协调难度大",
      to: "",
      findings: ["23:56-23:73 shortcoming-causes 第二项不足（“二是历史遗留的不动产登记……”）没有分析原因：请写明原因，或统一在各项之后分析"],
    },
  ],
  "38-city-education-bureau-crlf.txt": [
    {
      mistake: "a 办结率 its counts do not give",
      from: "办结率98.1%",
      to: "办结率98.6%",
      findings: ["15:36-15:44 rate-mismatch 办结率应为98.1%（361÷368），文中为98.6%"],
    },
    {
      mistake: "a fall (压减) its counts do not give",
      from: "压减22.2%",
      to: "压减27.2%",
      findings: ["13:100-13:105 change-mismatch 降幅应为22.2%（(126-98)÷126），文中为27.2%"],
    },
    {
      mistake: "the 局长's sentence dropped",
      from: "局长认真履行法治建设第一责任人职责，主持局长办公会议会前学法9次，亲自协调处理重大教育纠纷3件，带队开展校外培训执法检查6次。",
      to: "",
      findings: ["27:1-27:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a skipped plan number",
      from: "（二）加强校外培训执法力量",
      to: "（三）加强校外培训执法力量",
      findings: ["34:1-34:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”"],
    },
    {
      mistake: "the reporting sentence under the addressee keeps last year",
      from: "现将2024年度",
      to: "现将2023年度",
      findings: ["5:78-5:83 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "the template's （此处插入表格） left in",
      from: "共386所，均完成章程修订",
      to: "共386所，均完成章程修订（此处插入表格）",
      findings: ["11:35-11:43 placeholder-text 编写说明“（此处插入表格）”未删除，应按说明补全内容后删去"],
    },
  ],
  "39-district-web-scrape-header.txt": [
    {
      mistake: "a 纠错率 off, its numerator the corrective outcomes listed (撤销, 确认违法)",
      from: "纠错率11.9%",
      to: "纠错率12.9%",
      findings: ["8:75-8:83 rate-mismatch 纠错率应为11.9%（(9+5)÷118），文中为12.9%"],
    },
    {
      mistake: "outcomes beyond the cases closed",
      from: "其中维持81件",
      to: "其中维持91件",
      findings: ["8:37-8:74 parts-exceed-total 各分项之和为128件（91+9+5+14+9），超过总数118件；请核对总数或各分项"],
    },
    {
      mistake: "a 调解成功率 its counts do not give",
      from: "调解成功率98.4%",
      to: "调解成功率99.4%",
      findings: ["8:136-8:146 rate-mismatch 调解成功率应为98.4%（4538÷4612），文中为99.4%"],
    },
    {
      mistake: "二是 repeated in the plans",
      from: "三是推进数字法治政府",
      to: "二是推进数字法治政府",
      findings: ["17:77-17:79 enumeration-sequence 列举序号重复：前面已有“二是”，此处应为“三是”"],
    },
    {
      mistake: "the 区委书记's sentence dropped",
      from: "　　区委书记切实履行推进法治建设第一责任人职责，主持召开区委常委会会议研究法治建设工作4次，主持召开区委全面依法治区委员会会议1次，带头讲授法治专题党课。区长",
      to: "　　区长",
      findings: ["14:3-14:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（区长）的履职情况，未写党委主要负责人：请补写区委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年3月12日",
      to: "2025年4月12日",
      findings: ["19:3-19:13 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月12日"],
    },
    {
      mistake: "last year's count added beside a percent it does not give",
      from: "同比增长9.6%",
      to: "较上年的6383户增长9.6%",
      findings: ["5:115-5:119 change-mismatch 增幅应为13.0%（(7215-6383)÷6383），文中为9.6%"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "　　四、2025年工作安排",
      to: "　　四、2024年工作安排",
      findings: ["16:5-16:10 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
  ],
  "40-city-emergency-bureau-table.md": [
    {
      mistake: "a wrong 同比 in the Markdown table",
      from: "| 612 | 538 | +13.8% |",
      to: "| 612 | 538 | +18.3% |",
      findings: ["20:25-20:31 change-mismatch 增幅应为13.8%（(612-538)÷538），文中为+18.3%"],
    },
    {
      mistake: "a 其中 part beyond the cases",
      from: "其中危险化学品领域158件",
      to: "其中危险化学品领域258件",
      findings: ["24:15-24:61 parts-exceed-total 各分项之和为712件（258+236+47+171），超过总数612件；请核对总数或各分项"],
    },
    {
      mistake: "more reports done than received",
      from: "办结426件",
      to: "办结436件",
      findings: ["32:57-32:63 parts-exceed-total 办结436件多于受理426件；办结数不应超过受理数，请核对"],
    },
    {
      mistake: "a skipped subsection number",
      from: "### （三）依法应对突发事件",
      to: "### （四）依法应对突发事件",
      findings: ["26:5-26:8 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "## 四、2026年工作安排",
      to: "## 四、2025年工作安排",
      findings: ["50:6-50:11 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a date that does not exist",
      from: "于2025年7月1日起施行",
      to: "于2025年6月31日起施行",
      findings: ["11:24-11:34 invalid-date 日期不存在：2025年没有6月31日，6月只有30天"],
    },
    {
      mistake: "余 after a count that is not round, in a Markdown table cell",
      from: "| 执法检查（家次） | 4826 |",
      to: "| 执法检查（家次） | 4826余 |",
      findings: ["19:14-19:19 approximate-number “4826余”写法不当：“余”表示概数，只能接在末位为0的整数或“万”“亿”之后；应写确数，或写作整数概数（如“10余次”）"],
    },
  ],
  "41-county-hrss-combined-heading.txt": [
    {
      mistake: "the combined part's shortcomings without their causes",
      from: "，主要原因是编制少、人员老化；二是部分执法人员对新业态劳动者权益保护的法律适用把握不准，原因在于相关政策更新快、培训跟进不及时。",
      to: "；二是部分执法人员对新业态劳动者权益保护的法律适用把握不准。",
      findings: ["25:1-25:14 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a 结案率 its counts do not give",
      from: "结案率98.1%",
      to: "结案率99.1%",
      findings: ["9:66-9:74 rate-mismatch 结案率应为98.1%（309÷315），文中为99.1%"],
    },
    {
      mistake: "a 调解率 with two digits swapped",
      from: "调解率59.2%",
      to: "调解率52.9%",
      findings: ["11:63-11:71 rate-mismatch 调解率应为59.2%（271÷458），文中为52.9%"],
    },
    {
      mistake: "outcomes beyond the cases closed",
      from: "其中调解结案271件",
      to: "其中调解结案281件",
      findings: ["11:38-11:62 parts-exceed-total 各分项之和为468件（281+187），超过总数458件；请核对总数或各分项","11:63-11:71 rate-mismatch 调解率应为61.4%（281÷458），文中为59.2%"],
    },
    {
      mistake: "the Party side dropped from the one person holding both posts",
      from: "局党组书记、局长切实履行",
      to: "局长切实履行",
      findings: ["21:1-21:25 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      // The plans half starts at “下一步，我局将……”: the shortcomings' 一是、二是 above it are not plans.
      mistake: "the plans of the combined part cut to one sentence",
      from: "一是争取增加劳动保障监察编制，2025年新增执法人员2名；二是开展新就业形态劳动者权益保障专题培训，全局执法人员参训率达到100%；三是深化根治欠薪，在建工程项目全面落实农民工工资专用账户制度；四是推进劳动人事争议“一站式”联调中心建设，年内建成并投入运行。",
      to: "继续推动人社领域法治建设再上新台阶。",
      findings: ["25:1-25:14 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
  ],
  "42-county-city-duties-unheaded.txt": [
    {
      mistake: "the unheaded duties deleted",
      from: "市委、市政府主要负责同志认真履行推进法治建设第一责任人职责。市委书记主持召开市委常委会会议研究法治建设工作4次，主持召开市委全面依法治市委员会会议2次，带头讲授法治专题党课，年底在全市述法工作会议上述法。\n\n市长主持市政府常务会议会前学法12次，研究涉法议题15项，带头出庭应诉行政诉讼案件1件，对市政府重大行政决策坚持“未经合法性审查不上会”。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）"],
    },
    {
      mistake: "a 审结率 its counts do not give",
      from: "审结率95.5%",
      to: "审结率94.5%",
      findings: ["13:46-13:54 rate-mismatch 审结率应为95.5%（84÷88），文中为94.5%"],
    },
    {
      // Written before its numerator (评查案卷260卷，优秀率28.5%，优秀案卷74卷), this was a documented
      // silence: the count right after a rate is now read as its own when nothing between says otherwise.
      mistake: "an 优秀率 written before its numerator, two digits swapped",
      from: "优秀率28.5%",
      to: "优秀率25.8%",
      findings: ["11:105-11:113 rate-mismatch 优秀率应为28.5%（74÷260），文中为25.8%"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "三、2026年工作安排",
      to: "三、2025年工作安排",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a subsection number repeated",
      from: "（三）行政执法更加规范",
      to: "（二）行政执法更加规范",
      findings: ["11:1-11:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”"],
    },
    {
      mistake: "a count left as XX",
      from: "持证率由91%提高到97%",
      to: "持证率由91%提高到97%，XX个镇（街道）",
      findings: ["27:161-27:163 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "the cases under the 简易程序 raised, the two procedures (适用 before the first) beyond the cases",
      from: "其中适用简易程序1402件",
      to: "其中适用简易程序1502件",
      findings: ["11:29-11:57 parts-exceed-total 各分项之和为2418件（1502+916），超过总数2318件；请核对总数或各分项"],
    },
  ],
  // Round 8: unusual but valid drafts (deep numbering, the 纲要's chapters, figures with 万/‰/倍, explicit bases,
  // Chinese-numeral dates, slogans, a rectification section, an attachment table after the date, 文号 lines).
  "43-city-government-deep-numbering.txt": [
    {
      mistake: "a circled number skipped under （1）",
      from: "②推进“一件事一次办”",
      to: "③推进“一件事一次办”",
      findings: ["20:1-20:2 heading-numbering 标题序号跳号：此处应为“②”，文中为“③”"],
    },
    {
      mistake: "a （3） where （2） is due",
      from: "（2）加强执法人员管理",
      to: "（3）加强执法人员管理",
      findings: ["72:1-72:4 heading-numbering 标题序号跳号：此处应为“（2）”，文中为“（3）”"],
    },
    {
      mistake: "the plans heading keeps the report year",
      from: "四、2025年推进法治政府建设的主要安排",
      to: "四、2024年推进法治政府建设的主要安排",
      findings: ["110:3-110:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
  ],
  "44-county-outline-chapters.txt": [
    {
      mistake: "the 县长's sentence dropped",
      from: "县长切实履行法治政府建设第一责任人职责，主持召开县政府常务会议专题研究法治政府建设4次，组织会前学法12次，带头出庭应诉行政诉讼案件1件。",
      to: "",
      findings: ["44:1-44:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "an outcome raised beyond the cases closed",
      from: "其中维持98件",
      to: "其中维持108件",
      findings: ["29:30-29:68 parts-exceed-total 各分项之和为156件（108+11+6+17+14），超过总数146件；请核对总数或各分项"],
    },
    {
      mistake: "a 调解成功率 a point off",
      from: "调解成功率98.1%",
      to: "调解成功率99.1%",
      findings: ["29:134-29:144 rate-mismatch 调解成功率应为98.1%（5719÷5832），文中为99.1%"],
    },
  ],
  "45-city-justice-bureau-figures.txt": [
    {
      // It was a documented silence: 是……的N倍 against the earlier count is now read.
      mistake: "a multiple (是上年3万件的2.5倍) that its counts contradict",
      from: "是上年3万件的1.5倍",
      to: "是上年3万件的2.5倍",
      findings: ["32:29-32:33 change-mismatch 4.5万件是3万件的1.5倍（4.5万÷3万），文中为2.5倍"],
    },
    {
      mistake: "a 同比 that its two counts contradict",
      from: "同比增长20%",
      to: "同比增长25%",
      findings: ["29:46-29:49 change-mismatch 增幅应为20%（(4860-4050)÷4050），文中为25%"],
    },
    {
      mistake: "an approximate figure left as ××",
      from: "超过12.6万件",
      to: "超过××万件",
      findings: ["9:127-9:129 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "近 and 多 with one number",
      from: "提出修改意见近400条",
      to: "提出修改意见近400多条",
      findings: ["13:31-13:37 approximate-number “近400多条”中“近”和“多”都表示约数，重复使用，应删去其一"],
    },
    {
      mistake: "超过 and 以上 with one number",
      from: "律师办理各类法律事务超过12.6万件",
      to: "律师办理各类法律事务超过12.6万件以上",
      findings: ["9:125-9:135 approximate-number “超过12.6万件以上”中“超过”和“以上”都表示约数，重复使用，应删去其一"],
    },
    {
      mistake: "约 and 左右 around a count",
      from: "执业律师约3400人",
      to: "执业律师约3400人左右",
      findings: ["9:86-9:94 approximate-number “约3400人左右”中“约”和“左右”都表示约数，重复使用，应删去其一"],
    },
    {
      // It was a documented silence: a quarter named in parentheses after a 环比 is read as its earlier count.
      mistake: "a 环比 whose quarter before is in parentheses after it (环比增长21%（第三季度1200件）)",
      from: "环比增长12%",
      to: "环比增长21%",
      findings: ["29:66-29:69 change-mismatch 增幅应为12%（(1344-1200)÷1200），文中为21%"],
    },
  ],
  "46-district-explicit-bases.txt": [
    {
      mistake: "a 受理率 a point off the applications accepted of those received (361÷392)",
      from: "受理率92.1%",
      to: "受理率93.1%",
      findings: ["31:30-31:38 rate-mismatch 受理率应为92.1%（361÷392），文中为93.1%"],
    },
    {
      mistake: "a share of the 受理 total (24.3万÷28.6万 = 85%) written 80%",
      from: "占受理总数的85%",
      to: "占受理总数的80%",
      findings: ["11:63-11:66 rate-mismatch 占比应为85%（24.3万÷28.6万），文中为80%"],
    },
    {
      mistake: "a share whose whole is written after 占 (1120÷1600 = 70%) written 60%",
      from: "占全部依申请事项1600项的70%",
      to: "占全部依申请事项1600项的60%",
      findings: ["11:106-11:109 rate-mismatch 占比应为70%（1120÷1600），文中为60%"],
    },
    {
      mistake: "纠正数占审查总数 (2÷23 = 8.7%) with its digits swapped",
      from: "纠正数占审查总数的8.7%",
      to: "纠正数占审查总数的7.8%",
      findings: ["15:74-15:78 rate-mismatch 占比应为8.7%（2÷23），文中为7.8%"],
    },
    {
      mistake: "a share of the disputes found (1286÷6420 = 20%) written 25%",
      from: "占排查总数的20%",
      to: "占排查总数的25%",
      findings: ["35:72-35:75 rate-mismatch 占比应为20%（1286÷6420），文中为25%"],
    },
    {
      mistake: "a 纠错率 over 纠错决定 a point off",
      from: "纠错率10.9%",
      to: "纠错率11.9%",
      findings: ["31:99-31:107 rate-mismatch 纠错率应为10.9%（38÷349），文中为11.9%"],
    },
    {
      mistake: "an 整改率 over amounts in 亿元",
      from: "整改率88.1%",
      to: "整改率86.1%",
      findings: ["39:162-39:170 rate-mismatch 整改率应为88.1%（2.52亿÷2.86亿），文中为86.1%"],
    },
  ],
  "47-county-chinese-dates-titles.txt": [
    {
      mistake: "a day that February does not have, in Chinese numerals",
      from: "二〇二四年三月十日",
      to: "二〇二四年二月三十日",
      findings: ["12:5-12:15 invalid-date 日期不存在：2024年没有2月30日，2月只有29天"],
    },
    {
      mistake: "a 调解和解率 neither base gives",
      from: "调解和解率27.7%",
      to: "调解和解率28.7%",
      findings: ["32:84-32:94 rate-mismatch 调解和解率应为27.7%（31÷112），文中为28.7%"],
    },
    {
      mistake: "the closing date in Chinese numerals",
      from: "2025年1月3日",
      to: "二〇二五年一月三日",
      findings: ["59:1-59:10 date-format 成文日期应使用阿拉伯数字：应为“2025年1月3日”，文中为“二〇二五年一月三日”"],
    },
  ],
  "48-subdistrict-slogans.txt": [
    {
      mistake: "the plans cut to two",
      from: "；三是推进物业纠纷诉源治理，业主委员会组建率提高到60%以上；四是开展执法队员信息化培训2期。",
      to: "。",
      findings: ["49:1-49:21 plan-specificity “下一年度主要安排”只分出2项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "“八五” in ASCII single quotes",
      from: "开展“八五”普法总结验收",
      to: "开展'八五'普法总结验收",
      findings: ["27:19-27:25 terminology “'八五'普法”应为““八五”普法”：“八五”普法等五年普法规划的简称用双引号，单引号只用于引号内的引号（GB/T 15834—2011）"],
    },
    {
      mistake: "a 调解成功率 a point off",
      from: "调解成功率98.3%",
      to: "调解成功率97.3%",
      findings: ["23:74-23:84 rate-mismatch 调解成功率应为98.3%（1329÷1352），文中为97.3%"],
    },
  ],
  "49-province-transport-dept-rectification.txt": [
    {
      mistake: "a fall in the rectification section that its counts contradict",
      from: "下降46.7%",
      to: "下降53.3%",
      findings: ["44:78-44:83 change-mismatch 降幅应为46.7%（(246-131)÷246），文中为53.3%"],
    },
    {
      mistake: "an outcome raised beyond the cases closed",
      from: "其中维持28件",
      to: "其中维持38件",
      findings: ["29:24-29:57 parts-exceed-total 各分项之和为49件（38+3+2+4+2），超过总数39件；请核对总数或各分项"],
    },
    {
      mistake: "a skipped （三） among the rectified problems",
      from: "（三）关于执法信息化水平不高问题",
      to: "（四）关于执法信息化水平不高问题",
      findings: ["48:1-48:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
  ],
  "50-hitech-zone-annex-table.md": [
    {
      mistake: "a wrong 同比 in the attached table",
      from: "| 312 | 286 | 9.1% |",
      to: "| 312 | 286 | 19.1% |",
      findings: ["70:27-70:32 change-mismatch 增幅应为9.1%（(312-286)÷286），文中为19.1%"],
    },
    {
      mistake: "dated after March 31, with the attachment below the date",
      from: "2026年1月9日",
      to: "2026年4月9日",
      findings: ["62:1-62:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月9日"],
    },
    {
      mistake: "a 调解成功率 a point off",
      from: "调解成功率98.2%",
      to: "调解成功率99.2%",
      findings: ["31:59-31:69 rate-mismatch 调解成功率应为98.2%（379÷386），文中为99.2%"],
    },
  ],
  "51-county-tax-bureau-docnumber.txt": [
    {
      mistake: "the 文号 in square brackets",
      from: "青山税发〔2025〕1号",
      to: "青山税发[2025]1号",
      findings: ["1:5-1:11 terminology “[2025]”应为“〔2025〕”：发文字号的年份用六角括号“〔〕”括入（GB/T 9704—2012 第7.2.4条）"],
    },
    {
      mistake: "an 整改率 a point off",
      from: "整改率99%",
      to: "整改率98%",
      findings: ["22:69-22:75 rate-mismatch 整改率应为99%（1248÷1260），文中为98%"],
    },
    {
      mistake: "the year of writing not updated in the date",
      from: "2025年1月10日",
      to: "2024年1月10日",
      findings: ["64:1-64:11 publish-date 成文日期不在2024年12月1日至2025年3月31日之间，文中为2024年1月10日，是否应为2025年1月10日？"],
    },
  ],
  "52-city-postal-bureau-january.txt": [
    {
      mistake: "a 调解成功率 off in the first decimal",
      from: "调解成功率99.5%",
      to: "调解成功率99.8%",
      findings: ["31:27-31:37 rate-mismatch 调解成功率应为99.5%（5098÷5126），文中为99.8%"],
    },
    {
      mistake: "a January date of the report year",
      from: "2026年1月4日",
      to: "2025年1月4日",
      findings: ["58:1-58:10 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年1月4日，是否应为2026年1月4日？"],
    },
    {
      mistake: "the 局党组书记 left out of “局党组书记、局长”",
      from: "局党组书记、局长认真履行",
      to: "局长认真履行",
      findings: ["46:1-46:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
  ],
  "53-province-water-dept-space-table.txt": [
    {
      mistake: "last year's year in the title",
      from: "江南省水利厅关于2024年度",
      to: "江南省水利厅关于2023年度",
      findings: ["1:9-1:14 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 其中 part raised beyond the licences issued",
      from: "其中取水许可412件",
      to: "其中取水许可612件",
      findings: ["9:82-9:141 parts-exceed-total 各分项之和为1486件（612+238+636），超过总数1286件；请核对总数或各分项"],
    },
    {
      mistake: "a skipped （九）",
      from: "（九）深化水利法治",
      to: "（十）深化水利法治",
      findings: ["32:1-32:4 heading-numbering 标题序号跳号：此处应为“（九）”，文中为“（十）”"],
    },
    {
      mistake: "a 同比 in the space-separated table that its two year columns contradict",
      from: "-4.8%",
      to: "-5.8%",
      findings: ["19:40-19:45 change-mismatch 降幅应为4.8%（(952-906)÷952），文中为-5.8%"],
    },
    {
      mistake: "a 胜诉率 with two digits swapped",
      from: "胜诉率94.7%",
      to: "胜诉率97.4%",
      findings: ["24:92-24:100 rate-mismatch 胜诉率应为94.7%（18÷19），文中为97.4%"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "主要原因是机构改革后执法职能整合，人员编制未同步到位。二是河湖违法问题仍有反弹，原因在于部分地区重整治、轻监管，长效机制尚未健全。三是水利行政规范性文件后评估开展不够，根源在于评估标准和程序尚未细化。",
      to: "二是河湖违法问题仍有反弹。三是水利行政规范性文件后评估开展不够。",
      findings: ["34:1-34:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年2月20日",
      to: "2025年4月20日",
      findings: ["51:1-51:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月20日"],
    },
    {
      mistake: "a figure left as ××",
      from: "发现隐患327处",
      to: "发现隐患××处",
      findings: ["26:100-26:102 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
  ],
  "54-city-housing-bureau-2021.txt": [
    {
      mistake: "the reporting sentence keeps the year before (2020)",
      from: "现将2021年度",
      to: "现将2020年度",
      findings: ["3:165-3:170 year-consistency 开头写的是2020年度的情况，标题中为2021年度：请统一报告年度"],
    },
    {
      mistake: "a 其中 fine raised beyond the total 罚没款",
      from: "对建设单位罚款612.4万元",
      to: "对建设单位罚款712.4万元",
      findings: ["23:90-23:157 parts-exceed-total 各分项之和为1368.5万元（712.4万+521.7万+134.4万），超过总数1268.5万元；请核对总数或各分项"],
    },
    {
      mistake: "a 结案率 a point off",
      from: "结案率95.8%",
      to: "结案率96.8%",
      findings: ["23:78-23:86 rate-mismatch 结案率应为95.8%（136÷142），文中为96.8%"],
    },
    {
      mistake: "the 局长's paragraph dropped",
      from: "局长严格落实法治政府建设主体责任，主持局长办公会议审议规范性文件和重大执法决定12项，带头出庭应诉行政诉讼案件2件，带头接访群众16批次，对局机关合同审查、重大决策合法性审查“应审尽审”提出明确要求。\n\n",
      to: "",
      findings: ["47:1-47:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "plans without specifics",
      from: "重点做好以下工作：一是配合市人大常委会开展《安澜市物业管理条例》实施情况检查，制定配套文件3件；二是完善住建领域行政处罚裁量基准，推行轻微违法行为“首违不罚”清单；三是加强执法队伍建设，全年组织执法培训不少于3期，执法人员持证率100%；四是推动业主委员会组建，年底前全市业主委员会组建率达到50%以上。",
      to: "不断提高依法行政水平，推动住房城乡建设事业高质量发展。",
      findings: ["53:1-53:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "a skipped 2.",
      from: "2.推行告知承诺制",
      to: "3.推行告知承诺制",
      findings: ["15:1-15:3 heading-numbering 标题序号跳号：此处应为“2.”，文中为“3.”"],
    },
    {
      mistake: "dated in June",
      from: "2022年1月28日",
      to: "2022年6月28日",
      findings: ["62:1-62:11 publish-date 成文日期晚于次年3月31日的公开期限：2021年度报告应在2022年3月31日前成文公开，文中为2022年6月28日"],
    },
    {
      mistake: "an 优秀率 over 优秀卷 with two digits swapped",
      from: "优秀率28.9%",
      to: "优秀率29.8%",
      findings: ["23:185-23:193 rate-mismatch 优秀率应为28.9%（41÷142），文中为29.8%"],
    },
  ],
  "55-county-agriculture-bureau-tab-table.txt": [
    {
      mistake: "a row of the tab-separated table raised beyond its 合计 row",
      from: "农药\t21\t26.4",
      to: "农药\t21\t36.4",
      findings: ["21:7-21:11 parts-exceed-total 各分项之和为84.5万元（18.6万+36.4万+11.2万+8.5万+9.8万），超过总数74.5万元；请核对总数或各分项"],
    },
    {
      mistake: "a 合格率 off in the first decimal",
      from: "合格率99.3%",
      to: "合格率99.7%",
      findings: ["23:90-23:98 rate-mismatch 合格率应为99.3%（1847÷1860），文中为99.7%"],
    },
    {
      mistake: "a 调解成功率 with two digits swapped",
      from: "调解成功率89.0%",
      to: "调解成功率98.0%",
      findings: ["25:58-25:68 rate-mismatch 调解成功率应为89.0%（121÷136），文中为98.0%"],
    },
    {
      mistake: "a 其中 part of the powers list raised beyond the total",
      from: "其中行政许可21项",
      to: "其中行政许可121项",
      findings: ["9:40-9:80 parts-exceed-total 各分项之和为412项（121+238+26+27），超过总数312项；请核对总数或各分项"],
    },
    {
      mistake: "a figure left as ××",
      from: "“法律明白人”486名",
      to: "“法律明白人”××名",
      findings: ["33:41-33:43 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the 局党组书记 left out of “局党组书记、局长”",
      from: "局党组书记、局长切实履行",
      to: "局长切实履行",
      findings: ["39:1-39:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "四、2026年工作打算",
      to: "四、2025年工作打算",
      findings: ["43:3-43:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "more disputes mediated than received",
      from: "调解成功121件",
      to: "调解成功141件",
      findings: ["25:49-25:57 parts-exceed-total 调解成功141件多于受理136件；调解成功数不应超过受理数，请核对"],
    },
  ],
  "56-city-urban-management-2023.txt": [
    {
      mistake: "a 败诉率 off in the first decimal",
      from: "败诉率8.0%",
      to: "败诉率8.8%",
      findings: ["20:94-20:101 rate-mismatch 败诉率应为8.0%（2÷25），文中为8.8%"],
    },
    {
      mistake: "a 其中 part raised beyond the cases",
      from: "其中一般程序案件1365件",
      to: "其中一般程序案件2365件",
      findings: ["16:28-16:59 parts-exceed-total 各分项之和为9642件（2365+7277），超过总数8642件；请核对总数或各分项"],
    },
    {
      mistake: "a 按期办结率 over counts in 万 with two digits swapped",
      from: "按期办结率98.6%",
      to: "按期办结率96.8%",
      findings: ["18:95-18:105 rate-mismatch 按期办结率应为98.6%（3.59万÷3.64万），文中为96.8%"],
    },
    {
      mistake: "the plans heading keeps the report year",
      from: "四、2024年度推进",
      to: "四、2023年度推进",
      findings: ["36:3-36:9 year-consistency “下一年度主要安排”应写2024年的安排，标题中为2023年"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "区级执法队伍平均每万人配备执法人员不足3名，主要原因是执法重心下移后人员编制未同步下沉。二是行政复议纠错率仍然偏高，原因在于个别执法人员程序意识不强，调查取证不够规范。三是部门协同执法机制有待完善，究其原因，职责交叉事项的信息共享平台尚未建成。",
      to: "区级执法队伍平均每万人配备执法人员不足3名。二是行政复议纠错率仍然偏高。三是部门协同执法机制有待完善。",
      findings: ["28:1-28:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "dated in April",
      from: "2024年2月6日",
      to: "2024年4月6日",
      findings: ["51:1-51:10 publish-date 成文日期晚于次年3月31日的公开期限：2023年度报告应在2024年3月31日前成文公开，文中为2024年4月6日"],
    },
    {
      mistake: "more petitions closed on time than received, beside a 较上年 comparison",
      from: "按期办结608件",
      to: "按期办结618件",
      findings: ["20:113-20:121 parts-exceed-total 按期办结618件多于受理612件；按期办结数不应超过受理数，请核对"],
    },
    {
      mistake: "an 优秀率 over files “评为优秀的” off by three points",
      from: "优秀率30.0%",
      to: "优秀率33.0%",
      findings: ["16:185-16:193 rate-mismatch 优秀率应为30.0%（78÷260），文中为33.0%"],
    },
  ],
  "57-league-administrative-office.txt": [
    {
      mistake: "last year's title on this year's report",
      from: "白音河盟行政公署关于2024年度",
      to: "白音河盟行政公署关于2023年度",
      findings: ["1:11-1:16 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 调解成功率 a point off",
      from: "调解成功率98.0%",
      to: "调解成功率99.0%",
      findings: ["19:173-19:183 rate-mismatch 调解成功率应为98.0%（4731÷4826），文中为99.0%"],
    },
    {
      mistake: "an outcome raised beyond the cases closed",
      from: "其中维持158件",
      to: "其中维持168件",
      findings: ["19:41-19:86 parts-exceed-total 各分项之和为236件（168+21+9+4+17+17），超过总数226件；请核对总数或各分项"],
    },
    {
      mistake: "a fall that its two counts contradict",
      from: "下降4.2%，其中",
      to: "下降5.2%，其中",
      findings: ["15:51-15:55 change-mismatch 降幅应为4.2%（(3294-3156)÷3294），文中为5.2%"],
    },
    {
      mistake: "the 盟委书记's paragraph dropped",
      from: "盟委书记认真履行推进法治建设第一责任人职责，主持召开盟委常委会会议专题研究法治建设工作4次，听取全盟法治政府建设情况汇报，带头开展述法，对旗县市区党政主要负责人履行法治建设职责情况进行督促检查。\n\n",
      to: "",
      findings: ["29:1-29:31 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（盟长）的履职情况，未写党委主要负责人：请补写地委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年2月12日",
      to: "2025年4月12日",
      findings: ["50:1-50:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月12日"],
    },
    {
      mistake: "a count left as ××",
      from: "纠错34件",
      to: "纠错××件",
      findings: ["19:89-19:91 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "，主要原因是牧区地广人稀、专业人才引进难、留住难。二是蒙汉双语执法和普法人才短缺，双语执法文书规范化程度不高，原因在于双语法律人才培养缺乏长效机制，培训多以短期集中授课为主。三是运用法治方式化解草场边界纠纷的能力仍有不足，究其原因，部分历史遗留的草原承包合同不规范、边界不清，基层调解员法律知识储备不够。",
      to: "。二是蒙汉双语执法和普法人才短缺，双语执法文书规范化程度不高。三是运用法治方式化解草场边界纠纷的能力仍有不足。",
      findings: ["25:1-25:22 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
  ],
  "58-banner-decimal-numbering.txt": [
    {
      mistake: "a 合格率 with its digits swapped",
      from: "合格率94.7%",
      to: "合格率97.4%",
      findings: ["19:95-19:103 rate-mismatch 合格率应为94.7%（142÷150），文中为97.4%"],
    },
    {
      mistake: "the 旗长's paragraph dropped",
      from: "旗长履行法治政府建设第一责任人职责，主持召开旗政府常务会议研究依法行政工作6次，组织会前学法10次，出庭应诉行政诉讼案件1件，带队督导苏木镇综合执法工作3次。\n\n",
      to: "",
      findings: ["47:1-47:28 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（旗委书记）的履职情况，未写政府主要负责人：请补写旗长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "4. 2026年工作安排",
      to: "4. 2025年工作安排",
      findings: ["53:4-53:9 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a 败诉率 with its digits swapped",
      from: "败诉率5.9%",
      to: "败诉率9.5%",
      findings: ["25:104-25:111 rate-mismatch 败诉率应为5.9%（1÷17），文中为9.5%"],
    },
    {
      mistake: "the year of writing not updated in the date",
      from: "2026年1月26日",
      to: "2025年1月26日",
      findings: ["68:1-68:11 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年1月26日，是否应为2026年1月26日？"],
    },
    {
      mistake: "a skipped part number (3. written 4.)",
      from: "3. 党政主要负责人",
      to: "4. 党政主要负责人",
      findings: ["47:1-47:3 heading-numbering 标题序号跳号：此处应为“3.”，文中为“4.”"],
    },
    {
      mistake: "a rate left as XX",
      from: "网上可办率94.9%",
      to: "网上可办率XX%",
      findings: ["37:47-37:49 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "主要原因是牧区人口少、编制紧，专业执法人员招录难。\n\n2.2 部分干部运用法治思维能力不足。个别部门办理行政复议、应诉案件仍存在证据收集不规范问题，原因在于学法培训重形式、轻实效，以案释法不够。",
      to: "专业执法人员少。\n\n2.2 部分干部运用法治思维能力不足。个别部门办理行政复议、应诉案件仍存在证据收集不规范问题。",
      findings: ["39:1-39:12 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
  ],
  "59-state-new-area-duties-first.txt": [
    {
      // It was a documented silence: a time limit cut from … to (12 → 5个工作日) is now read.
      mistake: "a wrong percent for a time limit cut from 12 to 5个工作日",
      from: "压缩58.3%",
      to: "压缩63.3%",
      findings: ["13:121-13:126 change-mismatch 降幅应为58.3%（(12-5)÷12），文中为63.3%"],
    },
    {
      mistake: "a 全程网办率 whose numerator is a term in quotes",
      from: "全程网办率92.0%",
      to: "全程网办率90.2%",
      findings: ["13:155-13:165 rate-mismatch 全程网办率应为92.0%（1318÷1432），文中为90.2%"],
    },
    {
      mistake: "an outcome raised beyond the cases closed",
      from: "其中维持31件",
      to: "其中维持41件",
      findings: ["23:106-23:134 parts-exceed-total 各分项之和为50件（41+4+1+4），超过总数40件；请核对总数或各分项"],
    },
    {
      mistake: "the 管委会主任's paragraph dropped from the duties, written first",
      from: "管委会主任切实履行法治政府建设第一责任人职责，主持召开管委会主任办公会议研究涉法议题27项，坚持重大行政决策“未经合法性审查不上会”；带头学法，组织管委会领导班子集体学法6次；带头出庭应诉行政诉讼案件2件，并现场发言；对行政复议纠错、行政诉讼败诉案件逐件研究整改。\n\n",
      to: "",
      findings: ["5:1-5:32 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写管委会主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a skipped 三、 after the duties and the measures",
      from: "三、存在的不足和原因",
      to: "四、存在的不足和原因",
      findings: ["29:1-29:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "an 优秀率 two points off",
      from: "优秀率29%",
      to: "优秀率27%",
      findings: ["19:171-19:177 rate-mismatch 优秀率应为29%（87÷300），文中为27%"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年3月6日",
      to: "2025年4月6日",
      findings: ["48:1-48:10 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月6日"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "，主要原因是国家级新区改革探索快于立法进程，授权事项需逐级申请。二是综合执法与行业监管的衔接不够顺畅，少数案件移送、信息共享不及时，原因在于执法与监管职责边界清单尚未全部细化。三是涉外法治人才储备不足，新区能够承办国际商事仲裁、调解业务的法律人才不足50人，根源在于引进政策吸引力不强。",
      to: "。二是综合执法与行业监管的衔接不够顺畅，少数案件移送、信息共享不及时。三是涉外法治人才储备不足，新区能够承办国际商事仲裁、调解业务的法律人才不足50人。",
      findings: ["29:1-29:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "四、2025年主要安排",
      to: "四、2024年主要安排",
      findings: ["33:3-33:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
  ],
  "60-xiang-bracket-headings.txt": [
    {
      mistake: "the year run into its month (202510月)",
      from: "自2025年10月起",
      to: "自202510月起",
      findings: ["40:71-40:77 terminology “202510”应为“2025年10”：年份和月份连写，年份后漏了“年”"],
    },
    {
      mistake: "a skipped 三、 in a 【】 heading",
      from: "【三、党政主要负责人",
      to: "【四、党政主要负责人",
      findings: ["30:2-30:4 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "a 调解成功率 with its digits swapped",
      from: "调解成功率96.9%",
      to: "调解成功率99.6%",
      findings: ["16:38-16:48 rate-mismatch 调解成功率应为96.9%（95÷98），文中为99.6%"],
    },
    {
      mistake: "last year's plans heading in 【】",
      from: "【四、2026年工作安排】",
      to: "【四、2025年工作安排】",
      findings: ["34:4-34:9 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年1月13日",
      to: "2026年4月13日",
      findings: ["43:1-43:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月13日"],
    },
    {
      mistake: "a village name left as XX",
      from: "马家沟村",
      to: "XX村",
      findings: ["40:11-40:13 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "，主要原因是乡镇编制少，执法人员多为兼职。二是村级组织依法办事能力不强，原因在于村干部年龄偏大，学法培训参加少。三是普法宣传形式比较单一，满汉双语宣传材料更新慢，主要是乡里缺少既懂法律又懂满语的宣传骨干。",
      to: "。二是村级组织依法办事能力不强。三是普法宣传形式比较单一，满汉双语宣传材料更新慢。",
      findings: ["26:2-26:12 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the plans reduced to a slogan",
      from: "一是年内争取新增持证执法人员1名，执法人员参加培训不少于40学时。二是为7个行政村各开展1次村务决策程序专题培训，推行“四议两公开”全程留痕，年内完成村级合同清理1次。三是开展满汉双语法治宣传不少于8场，调解成功率保持在95%以上。",
      to: "继续加强法治政府建设，不断提高依法行政水平。",
      findings: ["34:2-34:13 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "last year in the second line of the title",
      from: "2025年度法治政府建设工作情况报告",
      to: "2024年度法治政府建设工作情况报告",
      findings: ["2:1-2:6 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the cause cut from the first shortcoming",
      from: "，主要原因是乡镇编制少，执法人员多为兼职",
      to: "",
      findings: ["28:1-28:9 shortcoming-causes 第一项不足（“一是执法力量不足”）没有分析原因：请写明原因，或统一在各项之后分析"],
    },
  ],
  "61-city-urban-bureau-wechat.txt": [
    {
      mistake: "last year's title on this year's report, under the WeChat account lines",
      from: "桐江市城市管理局2024年度",
      to: "桐江市城市管理局2023年度",
      findings: ["3:9-3:14 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 采纳率 its counts contradict",
      from: "采纳率70.6%",
      to: "采纳率76.0%",
      findings: ["15:104-15:112 rate-mismatch 采纳率应为70.6%（89÷126），文中为76.0%"],
    },
    {
      mistake: "an outcome raised beyond the cases closed",
      from: "终止1件；",
      to: "终止3件；",
      findings: ["19:24-19:57 parts-exceed-total 各分项之和为16件（11+1+1+3），超过总数14件；请核对总数或各分项"],
    },
    {
      mistake: "a skipped （二）",
      from: "（二）完善城市管理制度体系",
      to: "（三）完善城市管理制度体系",
      findings: [
        "13:1-13:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”",
      ],
    },
    {
      mistake: "a count left as ××",
      from: "保留行政权力事项1126项",
      to: "保留行政权力事项××项",
      findings: ["11:40-11:42 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the 局党组书记 left out of “局党组书记、局长”",
      from: "局党组书记、局长认真履行",
      to: "局长认真履行",
      findings: ["29:1-29:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "dated after March 31, with the WeChat page below the date",
      from: "2025年3月10日",
      to: "2025年4月10日",
      findings: ["42:1-42:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月10日"],
    },
  ],
  "62-county-water-bureau-pandoc-footnotes.md": [
    {
      mistake: "last year's plans heading",
      from: "# 四、2026年度法治政府建设工作安排",
      to: "# 四、2025年度法治政府建设工作安排",
      findings: ["45:5-45:11 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a 结案率 with a footnote mark after it, its counts contradict",
      from: "结案率94.6%[^2]",
      to: "结案率96.4%[^2]",
      findings: ["23:52-23:60 rate-mismatch 结案率应为94.6%（35÷37），文中为96.4%"],
    },
    {
      mistake: "an 优秀率 its counts contradict",
      from: "优秀率32.4%",
      to: "优秀率34.2%",
      findings: ["23:102-23:110 rate-mismatch 优秀率应为32.4%（12÷37），文中为34.2%"],
    },
    {
      mistake: "a wrong 同比 in the 附表 after the date",
      from: "| 37 | 31 | 19.4% |",
      to: "| 37 | 31 | 16.4% |",
      findings: ["66:25-66:30 change-mismatch 增幅应为19.4%（(37-31)÷31），文中为16.4%"],
    },
    {
      mistake: "dated after March 31, with the 附表 and the footnotes below the date",
      from: "2026年2月5日",
      to: "2026年4月5日",
      findings: ["57:1-57:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月5日"],
    },
    {
      mistake: "the causes taken out of the shortcomings",
      from: "一是执法力量与监管任务不相适应，全县水行政执法人员仅19人，面对1263条河道，原因是执法队伍编制少、专业人员招录难。二是河道采砂、涉河建设项目的日常监管仍有盲区，主要原因是部分偏远河段缺少视频监控，巡查以人工为主。三是基层水利站法律知识更新不及时，原因在于培训多集中在县级，覆盖乡镇不够。2024年度报告所列规范性文件清理不及时的问题，已通过建立规范性文件动态清理台账完成整改。",
      to: "一是执法力量与监管任务不相适应，全县水行政执法人员仅19人，面对1263条河道。二是河道采砂、涉河建设项目的日常监管仍有盲区，部分偏远河段缺少视频监控，巡查以人工为主。三是基层水利站法律知识更新不及时，培训多集中在县级，覆盖乡镇不够。2024年度报告所列规范性文件清理不及时的问题，已通过建立规范性文件动态清理台账完成整改。",
      findings: ["37:3-37:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the plans written without specifics",
      from: "一是制定《青岚县水行政执法三年提升行动方案（2026—2028年）》，年内新增执法人员4名。二是在32处偏远河段新建视频监控点，6月底前实现重点采砂河段监控全覆盖。三是开展基层水利站人员法律知识轮训，全年不少于4期，覆盖全部23个乡镇。四是推进河湖长制与行政执法、检察公益诉讼衔接，全年开展联合执法行动不少于6次。",
      to: "继续深入学习贯彻习近平法治思想，进一步加强水行政执法，不断提升依法治水管水能力，推动法治政府建设再上新台阶。",
      findings: ["45:3-45:21 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
  ],
  "63-city-medical-security-bom-crlf.md": [
    {
      mistake: "last year's title on this year's report, after the BOM",
      from: "# 西川市医疗保障局2024年度",
      to: "# 西川市医疗保障局2023年度",
      findings: ["1:11-1:16 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 其中 part in a list item raised beyond the total",
      from: "其中行政处罚事项98项",
      to: "其中行政处罚事项108项",
      findings: ["9:24-9:61 parts-exceed-total 各分项之和为152项（108+27+17），超过总数142项；请核对总数或各分项"],
    },
    {
      mistake: "a wrong 同比 in the table",
      from: "| 63 | 51 | 23.5% |",
      to: "| 63 | 51 | 32.5% |",
      findings: ["29:25-29:30 change-mismatch 增幅应为23.5%（(63-51)÷51），文中为32.5%"],
    },
    {
      mistake: "a 采纳率 its counts contradict",
      from: "采纳率71.9%",
      to: "采纳率79.1%",
      findings: ["16:75-16:83 rate-mismatch 采纳率应为71.9%（41÷57），文中为79.1%"],
    },
    {
      mistake: "an 优秀率 its counts contradict",
      from: "优秀率33.3%",
      to: "优秀率30.3%",
      findings: ["35:28-35:36 rate-mismatch 优秀率应为33.3%（21÷63），文中为30.3%"],
    },
    {
      mistake: "the 局党组书记 left out of “局党组书记、局长”",
      from: "局党组书记、局长认真履行",
      to: "局长认真履行",
      findings: ["53:4-53:30 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "dated after March 31, under the signature's hard line break",
      from: "2025年2月12日",
      to: "2025年5月12日",
      findings: ["75:1-75:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年5月12日"],
    },
  ],
  "64-county-halfwidth-thousands.txt": [
    {
      mistake: "a 网办率 over counts with thousands separators, off",
      from: "网办率96.4%",
      to: "网办率94.6%",
      findings: ["6:117-6:125 rate-mismatch 网办率应为96.4%（1795÷1862），文中为94.6%"],
    },
    {
      mistake: "a fall between counts with thousands separators, off",
      from: "下降4.2%",
      to: "下降2.4%",
      findings: ["9:75-9:79 change-mismatch 降幅应为4.2%（(3566-3416)÷3566），文中为2.4%"],
    },
    {
      mistake: "an outcome raised beyond the cases closed",
      from: "其中维持148件",
      to: "其中维持178件",
      findings: ["10:40-10:85 parts-exceed-total 各分项之和为235件（178+21+9+4+12+11），超过总数205件；请核对总数或各分项"],
    },
    {
      mistake: "a 化解率 a point off",
      from: "化解率97.4%",
      to: "化解率98.4%",
      findings: ["12:47-12:55 rate-mismatch 化解率应为97.4%（8431÷8652），文中为98.4%"],
    },
    {
      mistake: "a skipped (二) in half-width parentheses",
      from: "(二)完善依法行政制度体系",
      to: "(三)完善依法行政制度体系",
      findings: [
        "7:1-7:4 heading-numbering 标题序号跳号：此处应为“(二)”，文中为“(三)”",
      ],
    },
    {
      mistake: "last year in the reporting sentence",
      from: "现将2023年度",
      to: "现将2022年度",
      findings: ["4:151-4:156 year-consistency 开头写的是2022年度的情况，标题中为2023年度：请统一报告年度"],
    },
    {
      mistake: "the 县长's duties dropped",
      from: "县长认真履行推进法治政府建设第一责任人职责:一是主持县政府常务会议会前学法12次;二是主持研究规范性文件、重大行政决策等涉法事项31项;三是带头出庭应诉行政诉讼案件2件;四是组织对12个县直部门法治政府建设情况开展督察。",
      to: "",
      findings: ["16:1-16:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "dated after March 31",
      from: "2024年2月6日",
      to: "2024年4月6日",
      findings: ["24:1-24:10 publish-date 成文日期晚于次年3月31日的公开期限：2023年度报告应在2024年3月31日前成文公开，文中为2024年4月6日"],
    },
  ],
  "65-district-figures-tables.md": [
    {
      mistake: "last year's title on this year's report",
      from: "# 青禾区2025年度",
      to: "# 青禾区2024年度",
      findings: ["1:6-1:11 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a field's row of the table raised, its 同比 kept",
      from: "| 生态环境 | 318 | 352 | -9.7% |",
      to: "| 生态环境 | 348 | 352 | -9.7% |",
      findings: ["36:22-36:27 change-mismatch 降幅应为1.1%（(352-348)÷352），文中为-9.7%", "39:8-39:13 parts-exceed-total 各分项之和为4233件（1236+348+2045+604），超过总数4203件；请核对总数或各分项"],
    },
    {
      mistake: "the 合计 row's 同比 with its digits swapped",
      from: "| 合计 | 4,203 | 3,980 | 5.6% |",
      to: "| 合计 | 4,203 | 3,980 | 6.5% |",
      findings: ["39:24-39:28 change-mismatch 增幅应为5.6%（(4203-3980)÷3980），文中为6.5%"],
    },
    {
      mistake: "a quarter's 环比 with its digits swapped",
      from: "| 第三季度 | 9.71 | 3.9% |",
      to: "| 第三季度 | 9.71 | 9.3% |",
      findings: ["19:17-19:21 change-mismatch 增幅应为3.9%（(9.71万-9.35万)÷9.35万），文中为9.3%"],
    },
    {
      mistake: "a 纠错率 no longer matching its counts",
      from: "纠错19件，纠错率13.5%",
      to: "纠错19件，纠错率15.3%",
      findings: ["45:54-45:62 rate-mismatch 纠错率应为13.5%（19÷141），文中为15.3%"],
    },
    {
      mistake: "a 其中 part of the 权责清单 raised beyond the total",
      from: "其中行政许可412项",
      to: "其中行政许可612项",
      findings: ["13:20-13:66 parts-exceed-total 各分项之和为3486项（612+2104+386+384），超过总数3286项；请核对总数或各分项"],
    },
    {
      mistake: "a skipped （六）",
      from: "### （六）提升",
      to: "### （七）提升",
      findings: ["57:5-57:8 heading-numbering 标题序号跳号：此处应为“（六）”，文中为“（七）”"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "，主要原因是编制下沉后专业人员未同步到位；二是部分部门数据共享不够充分，原因在于系统标准不统一，跨部门接口尚未全部打通；三是基层法治宣传针对性不强，究其原因，宣传内容与群众需求对接不够精准。",
      to: "；二是部分部门数据共享不够充分；三是基层法治宣传针对性不强。",
      findings: ["69:4-69:14 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年2月3日",
      to: "2026年4月3日",
      findings: ["89:1-89:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月3日"],
    },
  ],
  "66-county-justice-review-outcomes.txt": [
    {
      mistake: "a 复议 outcome raised beyond the cases closed",
      from: "其中维持102件",
      to: "其中维持112件",
      findings: ["9:151-9:197 parts-exceed-total 各分项之和为281件（112+46+24+11+5+83），超过总数271件；请核对总数或各分项"],
    },
    {
      mistake: "a court's outcome raised beyond the lawsuits closed, within those received",
      from: "判决驳回诉讼请求58件",
      to: "判决驳回诉讼请求68件",
      findings: ["11:40-11:102 parts-exceed-total 各分项之和为142件（68+31+22+12+7+2），超过总数132件；请核对总数或各分项"],
    },
    {
      mistake: "a change in points its two rates contradict",
      from: "较上年的18.3%下降2.4个百分点",
      to: "较上年的18.3%下降3.4个百分点",
      findings: ["11:135-11:142 change-mismatch 降幅应为2.4个百分点（18.3%-15.9%），文中为3.4个百分点"],
    },
    {
      mistake: "a change in points in the wrong direction",
      from: "较上年的18.3%下降2.4个百分点",
      to: "较上年的18.3%提高2.4个百分点",
      findings: ["11:135-11:142 change-mismatch 从18.3%到15.9%是下降，降幅为2.4个百分点（18.3%-15.9%），文中写作增长2.4个百分点"],
    },
    {
      mistake: "a 败诉率 with its digits swapped, its change in points kept",
      from: "败诉率15.9%",
      to: "败诉率19.5%",
      findings: ["11:135-11:142 change-mismatch 从18.3%到19.5%是增长，增幅为1.2个百分点（19.5%-18.3%），文中写作下降2.4个百分点"],
    },
    {
      mistake: "a 调解成功率 a point off",
      from: "调解成功率98.8%",
      to: "调解成功率99.8%",
      findings: ["19:61-19:71 rate-mismatch 调解成功率应为98.8%（4163÷4215），文中为99.8%"],
    },
    {
      mistake: "a 法律援助 part raised beyond the total",
      from: "其中刑事案件418件",
      to: "其中刑事案件518件",
      findings: ["19:80-19:114 parts-exceed-total 各分项之和为1162件（518+603+41），超过总数1062件；请核对总数或各分项"],
    },
    {
      mistake: "the bureau's leader written as 局长 only",
      from: "局党组书记、局长认真履行",
      to: "局长认真履行",
      findings: ["29:1-29:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a skipped （二） in the plans",
      from: "（二）降低行政诉讼败诉率",
      to: "（三）降低行政诉讼败诉率",
      findings: ["37:1-37:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”"],
    },
    {
      mistake: "the plans heading left on the report year",
      from: "四、2025年度推进",
      to: "四、2024年度推进",
      findings: ["33:3-33:9 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "a 其中 part raised beyond the applications received, a 同比 between them",
      from: "不予受理19件",
      to: "不予受理29件",
      findings: ["9:94-9:142 parts-exceed-total 各分项之和为322件（286+29+7），超过总数312件；请核对总数或各分项"],
    },
  ],
  "67-city-market-bureau-enforcement.txt": [
    {
      mistake: "a 其中 part of the new 经营主体 raised, before the year-end stock",
      from: "其中企业1.52万户",
      to: "其中企业1.62万户",
      findings: ["10:49-10:92 parts-exceed-total 各分项之和为4.96万户（1.62万+3.31万+0.03万），超过总数4.86万户；请核对总数或各分项"],
    },
    {
      mistake: "a 不合格率 no longer matching its 不合格样品",
      from: "不合格率1.89%",
      to: "不合格率1.98%",
      findings: ["14:306-14:315 rate-mismatch 不合格率应为1.89%（236÷12480），文中为1.98%"],
    },
    {
      mistake: "a 办结率 far from its counts in 万",
      from: "办结率99.3%，为消费者",
      to: "办结率93.9%，为消费者",
      findings: ["18:59-18:67 rate-mismatch 办结率应为99.3%（5.58万÷5.62万），文中为93.9%"],
    },
    {
      mistake: "a 复议 outcome raised beyond the cases closed",
      from: "终止1件；",
      to: "终止3件；",
      findings: ["18:102-18:128 parts-exceed-total 各分项之和为19件（13+2+1+3），超过总数17件；请核对总数或各分项"],
    },
    {
      mistake: "the Party secretary's sentence dropped",
      from: "局党组书记、局长认真履行推进法治建设第一责任人职责，全年主持召开局党组会议专题研究法治建设工作4次，主持局长办公会议审议重大执法决定32件；",
      to: "局长主持局长办公会议审议重大执法决定32件；",
      findings: ["30:1-30:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a skipped （三） in the plans",
      from: "（三）深化信用监管",
      to: "（四）深化信用监管",
      findings: ["40:1-40:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "主要原因是经营主体数量持续增长而人员编制未相应增加。二是新兴领域监管能力不足，对直播带货、网络交易等新业态的违法行为发现难、取证难，原因在于技术手段和专业人才储备不足。三是部分执法人员运用法治思维解决问题的能力有待提升，究其原因是学法培训重形式、轻实效。",
      to: "二是新兴领域监管能力不足。三是部分执法人员运用法治思维解决问题的能力有待提升。",
      findings: ["26:1-26:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "dated in the report year",
      from: "2025年2月12日",
      to: "2024年2月12日",
      findings: ["49:1-49:11 publish-date 成文日期不在2024年12月1日至2025年3月31日之间，文中为2024年2月12日，是否应为2025年2月12日？"],
    },
  ],
  "68-county-tax-bureau-cause-analysis.txt": [
    {
      mistake: "a part raised in a breakdown whose sentence opens with 其中, after a total compared with last year's",
      from: "其中，税收收入14.35亿元",
      to: "其中，税收收入15.35亿元",
      findings: ["10:30-10:93 parts-exceed-total 各分项之和为19.62亿元（15.35亿+3.21亿+1.06亿），超过总数18.62亿元；请核对总数或各分项"],
    },
    {
      mistake: "last year's title on this year's report",
      from: "国家税务总局青原县税务局\n2025年度法治",
      to: "国家税务总局青原县税务局\n2024年度法治",
      findings: ["2:1-2:6 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a growth percent with its digits swapped",
      from: "较上年的17.78亿元增长4.7%",
      to: "较上年的17.78亿元增长7.4%",
      findings: ["10:51-10:55 change-mismatch 增幅应为4.7%（(18.62亿-17.78亿)÷17.78亿），文中为7.4%"],
    },
    {
      mistake: "a 其中 part of the 查补税款 raised beyond the total",
      from: "其中税款3,021.6万元",
      to: "其中税款3,221.6万元",
      findings: ["14:105-14:149 parts-exceed-total 各分项之和为4386.3万元（3221.6万+712.4万+452.3万），超过总数4186.3万元；请核对总数或各分项"],
    },
    {
      mistake: "a 结案率 with its digits swapped",
      from: "结案率93.5%",
      to: "结案率95.3%",
      findings: ["14:92-14:100 rate-mismatch 结案率应为93.5%（58÷62），文中为95.3%"],
    },
    {
      mistake: "a 办结率 far from its counts in 万",
      from: "办结率99.7%",
      to: "办结率97.7%",
      findings: ["18:74-18:82 rate-mismatch 办结率应为99.7%（3.25万÷3.26万），文中为97.7%"],
    },
    {
      mistake: "the 原因分析 paragraph dropped",
      from: "原因分析：一是部分干部对执法风险的认识不足，重结果、轻程序的思想仍然存在，执法过程中对程序规定执行不严；二是政策辅导仍以集中宣讲为主，对纳税人分类分级推送政策的机制尚不健全；三是法治人才培养和引进的渠道较窄，基层分局干部年龄结构偏大，参加法律职业资格考试的积极性不高。\n\n",
      to: "",
      findings: ["26:1-26:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the bureau's leader written as 局长 only",
      from: "县局党委书记、局长认真",
      to: "局长认真",
      findings: ["32:1-32:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a figure left as XX",
      from: "增值税留抵退税1.37亿元",
      to: "增值税留抵退税XX亿元",
      findings: ["12:51-12:53 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "the percent after the difference taken over this year's count (214÷1862)",
      from: "较上年增加214户，增长13.0%",
      to: "较上年增加214户，增长11.5%",
      findings: ["12:138-12:143 change-mismatch 增幅应为13.0%（214÷(1862-214)），文中为11.5%"],
    },
  ],
  "69-county-2025-outline-final-year.txt": [
    {
      mistake: "last year's title on the 纲要's final-year report",
      from: "青梧县人民政府关于2025年度",
      to: "青梧县人民政府关于2024年度",
      findings: ["1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the reporting sentence keeps last year",
      from: "现将2025年度法治政府建设情况报告如下",
      to: "现将2024年度法治政府建设情况报告如下",
      findings: ["5:158-5:163 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "a sentence of last year's measures carried over",
      from: "全县办理行政处罚案件1376件",
      to: "2024年，全县办理行政处罚案件1376件",
      findings: ["15:60-15:65 year-consistency “主要举措和成效”应写2025年的情况，文中为2024年"],
    },
    {
      mistake: "a 其中 part of the 规范性文件 cleared raised beyond the total",
      from: "其中继续有效196件",
      to: "其中继续有效216件",
      findings: ["11:99-11:126 parts-exceed-total 各分项之和为251件（216+21+14），超过总数231件；请核对总数或各分项"],
    },
    {
      mistake: "a count changed, its rate not",
      from: "调解成功8541件",
      to: "调解成功8451件",
      findings: ["19:193-19:203 rate-mismatch 调解成功率应为96.7%（8451÷8736），文中为97.8%"],
    },
    {
      mistake: "a section number repeated (（七） for （六）)",
      from: "（六）依法化解",
      to: "（七）依法化解",
      findings: ["19:3-19:6 heading-numbering 标题序号跳号：此处应为“（六）”，文中为“（七）”"],
    },
    {
      mistake: "an amount left as ××",
      from: "推动整改问题金额2.46亿元",
      to: "推动整改问题金额××亿元",
      findings: ["21:108-21:110 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the county head's duties dropped",
      from: "县长切实履行法治政府建设第一责任人职责，主持召开县政府常务会议专题研究法治政府建设4次，组织县政府常务会议会前学法12次，带头出庭应诉行政诉讼案件2件，对重大行政决策坚持“未经合法性审查不上会”。",
      to: "",
      findings: ["31:3-31:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "，主要原因是乡镇执法人员多为转岗人员，法律专业人员仅占12.4%，系统培训不足；二是行政争议源头预防不够有力，行政复议申请量连续三年增长，原因在于部分行政机关作出行政行为前风险评估不充分、说理不到位；三是数字法治政府建设与先进地区相比仍有差距，根源在于部门数据共享机制不健全，执法监督平台与业务系统尚未完全贯通。",
      to: "；二是行政争议源头预防不够有力，行政复议申请量连续三年增长；三是数字法治政府建设与先进地区相比仍有差距。",
      findings: ["27:3-27:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the plans heading names the report year",
      from: "四、2026年法治政府建设主要安排",
      to: "四、2025年法治政府建设主要安排",
      findings: ["35:5-35:10 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the plans open with the report year instead of “十五五”'s first",
      from: "2026年是“十五五”规划开局之年。县政府将",
      to: "2025年，县政府将",
      findings: ["37:3-37:8 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年1月23日",
      to: "2026年4月8日",
      findings: ["46:19-46:28 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月8日"],
    },
  ],
  "70-province-commerce-dept-2022.txt": [
    {
      mistake: "last year's title on a report on 2022",
      from: "江东省商务厅2022年度",
      to: "江东省商务厅2021年度",
      findings: ["1:7-1:12 year-consistency 标题中为2021年度，正文各处写的都是2022年度的情况：标题应为2022年度"],
    },
    {
      mistake: "the reporting sentence keeps 2021",
      from: "现将2022年度法治政府建设情况报告如下",
      to: "现将2021年度法治政府建设情况报告如下",
      findings: ["5:129-5:134 year-consistency 开头写的是2021年度的情况，标题中为2022年度：请统一报告年度"],
    },
    {
      mistake: "a count changed, its rate not",
      from: "结案81件",
      to: "结案84件",
      findings: ["17:79-17:87 rate-mismatch 结案率应为97.7%（84÷86），文中为94.2%"],
    },
    {
      mistake: "a 其中 part of the 涉疫情 documents raised beyond the total",
      from: "其中废止37件",
      to: "其中废止47件",
      findings: ["11:212-11:231 parts-exceed-total 各分项之和为68件（47+21），超过总数58件；请核对总数或各分项"],
    },
    {
      mistake: "more complaints handled than received",
      from: "办结2351件",
      to: "办结2381件",
      findings: ["19:133-19:140 parts-exceed-total 办结2381件多于受理2368件；办结数不应超过受理数，请核对"],
    },
    {
      mistake: "the 厅长's duties dropped",
      from: "厅长切实履行法治政府建设第一责任人职责，主持召开厅长办公会议审议规范性文件和重大行政决策事项8次，组织厅长办公会议会前学法10次，带头出庭应诉行政诉讼案件1件。",
      to: "",
      findings: ["29:3-29:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写厅长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "，主要原因是受疫情影响，部分现场检查改为线上检查或延期开展；二是单用途预付卡等新兴领域立法相对滞后，原因在于上位法供给不足，部门职责边界尚不清晰；三是基层商务执法人员专业能力不足，根源在于执法人员多为兼职，系统培训机会较少。",
      to: "；二是单用途预付卡等新兴领域立法相对滞后；三是基层商务执法人员专业能力不足。",
      findings: ["25:3-25:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "四、2023年工作安排",
      to: "四、2022年工作安排",
      findings: ["33:5-33:10 year-consistency “下一年度主要安排”应写2023年的安排，标题中为2022年"],
    },
    {
      mistake: "a plan for the year already over",
      from: "2023年，省商务厅将重点",
      to: "2022年，省商务厅将重点",
      findings: ["35:3-35:8 year-consistency “下一年度主要安排”应写2023年的安排，文中为2022年"],
    },
    {
      mistake: "a closing date February 2023 does not have",
      from: "2023年2月16日",
      to: "2023年2月29日",
      findings: ["42:19-42:29 invalid-date 日期不存在：2023年没有2月29日，2023年不是闰年，2月只有28天"],
    },
  ],
  "71-municipality-government-2023.txt": [
    {
      mistake: "last year's title on the municipality's report",
      from: "关于2023年法治政府",
      to: "关于2022年法治政府",
      findings: ["1:10-1:15 year-consistency 标题中为2022年度，正文各处写的都是2023年度的情况：标题应为2023年度"],
    },
    {
      mistake: "last year in the measures heading",
      from: "一、2023年法治政府建设主要举措和成效",
      to: "一、2022年法治政府建设主要举措和成效",
      findings: ["7:5-7:10 year-consistency “主要举措和成效”应写2023年的情况，标题中为2022年"],
    },
    {
      mistake: "a count changed, its rate not",
      from: "其中调解和解结案4386件",
      to: "其中调解和解结案4586件",
      findings: ["19:109-19:119 rate-mismatch 调解和解率应为27.1%（4586÷16920），文中为25.9%"],
    },
    {
      mistake: "a 其中 part of the 规章 raised beyond the total",
      from: "其中制定4件",
      to: "其中制定7件",
      findings: ["11:49-11:69 parts-exceed-total 各分项之和为14件（7+5+2），超过总数11件；请核对总数或各分项"],
    },
    {
      mistake: "the 市长's duties dropped, the 区县's leaders still named",
      from: "市长切实履行法治政府建设第一责任人职责，主持召开市政府常务会议研究法治政府建设议题9次，组织市政府常务会议会前学法11次，督促市级部门和区县政府主要负责人落实出庭应诉、述法等制度。",
      to: "",
      findings: ["29:3-29:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（市委书记）的履职情况，未写政府主要负责人：请补写市长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a section number repeated (（五） for （四）)",
      from: "（四）严格规范",
      to: "（五）严格规范",
      findings: ["15:3-15:6 heading-numbering 标题序号跳号：此处应为“（四）”，文中为“（五）”"],
    },
    {
      mistake: "a figure left as XX",
      from: "整合为8支",
      to: "整合为XX支",
      findings: ["15:62-15:64 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "四、2024年法治政府建设主要安排",
      to: "四、2023年法治政府建设主要安排",
      findings: ["33:5-33:10 year-consistency “下一年度主要安排”应写2024年的安排，标题中为2023年"],
    },
    {
      mistake: "a plan for the year already over",
      from: "2024年，市政府将重点做好以下工作",
      to: "2023年，市政府将重点做好以下工作",
      findings: ["35:3-35:8 year-consistency “下一年度主要安排”应写2024年的安排，文中为2023年"],
    },
    {
      mistake: "dated after March 31",
      from: "2024年2月26日",
      to: "2024年4月26日",
      findings: ["44:19-44:29 publish-date 成文日期晚于次年3月31日的公开期限：2023年度报告应在2024年3月31日前成文公开，文中为2024年4月26日"],
    },
  ],
  "72-city-culture-tourism-since.txt": [
    {
      mistake: "last year's title, the opening only “2024年以来”",
      from: "澜州市文化和旅游局2024年度",
      to: "澜州市文化和旅游局2023年度",
      findings: ["1:10-1:15 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a fall against 2019 changed, its counts not",
      from: "下降39.5%",
      to: "下降42.5%",
      findings: ["15:76-15:81 change-mismatch 降幅应为39.5%（(352-213)÷352），文中为42.5%"],
    },
    {
      mistake: "a count changed, its rate not",
      from: "按期办结4211件",
      to: "按期办结4231件",
      findings: [
        "9:132-9:138 parts-exceed-total 办理4326件、按期办结4231件，其余应为95件，文中为115件；请核对",
        "9:146-9:156 rate-mismatch 按期办结率应为97.8%（4231÷4326），文中为97.3%",
      ],
    },
    {
      mistake: "a 其中 part of the documents cleared raised beyond the total",
      from: "其中继续有效29件",
      to: "其中继续有效31件",
      findings: ["11:127-11:150 parts-exceed-total 各分项之和为39件（31+5+3），超过总数37件；请核对总数或各分项"],
    },
    {
      mistake: "a rise against last year changed, its counts not",
      from: "由上年的3430.2万人次增长至3862.4万人次，同比增长12.6%",
      to: "由上年的3430.2万人次增长至3862.4万人次，同比增长16.2%",
      findings: ["9:216-9:221 change-mismatch 增幅应为12.6%（(3862.4万-3430.2万)÷3430.2万），文中为16.2%"],
    },
    {
      mistake: "last year's file review carried over, its grades written with 评为",
      from: "组织案卷评查1次",
      to: "2023年，组织案卷评查1次",
      findings: ["15:149-15:154 year-consistency “主要举措和成效”应写2024年的情况，文中为2023年"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "，主要原因是文物执法专业性强，人员招录和培养周期长；二是新业态监管存在空白，剧本娱乐、沉浸式演出等新业态监管依据不足，原因在于相关管理规定尚不完善；三是行政执法数字化水平不高，根源在于执法系统与市级监管平台尚未完全打通。",
      to: "；二是新业态监管存在空白，剧本娱乐、沉浸式演出等新业态监管依据不足；三是行政执法数字化水平不高。",
      findings: ["21:3-21:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "四、2025年工作安排",
      to: "四、2024年工作安排",
      findings: ["29:5-29:10 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "a plan for the year under way",
      from: "2025年是“十四五”规划收官之年。我局将",
      to: "2024年，我局将",
      findings: ["31:3-31:8 year-consistency “下一年度主要安排”应写2025年的安排，文中为2024年"],
    },
    {
      mistake: "the plans reduced to one statement of intent",
      from: "我局将重点做好以下工作：一是推动《澜州市历史文化街区保护条例》提请市人大常委会审议；二是开展文物安全专项执法行动，年内实现全市省级以上文物保护单位执法巡查全覆盖；三是出台剧本娱乐经营场所监管指引，组织新业态经营者培训不少于4场；四是推进执法系统与市级监管平台数据对接，年底前实现执法案件网上办理率达到90%以上。",
      to: "我局将继续深入学习贯彻习近平法治思想，不断提升依法行政水平，为全市文化旅游高质量发展提供有力法治保障。",
      findings: ["29:3-29:14 plan-specificity “下一年度主要安排”只分出2项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "a count left as ××",
      from: "全年检查经营单位4826家次",
      to: "全年检查经营单位××家次",
      findings: ["15:43-15:45 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
  ],
  "73-sichuan-county-halfwidth-commas.txt": [
    {
      mistake: "a 清理 outcome raised beyond the files reviewed",
      from: "其中继续有效98件",
      to: "其中继续有效108件",
      findings: ["6:207-6:234 parts-exceed-total 各分项之和为137件（108+11+18），超过总数127件；请核对总数或各分项"],
    },
    {
      mistake: "an 采纳率 with its digits swapped",
      from: "采纳率96.9%",
      to: "采纳率99.6%",
      findings: ["6:88-6:96 rate-mismatch 采纳率应为96.9%（471÷486），文中为99.6%"],
    },
    {
      mistake: "a skipped （六）",
      from: "（六）健全突发事件应对体系",
      to: "（七）健全突发事件应对体系",
      findings: [
        "10:1-10:4 heading-numbering 标题序号跳号：此处应为“（六）”，文中为“（七）”",
      ],
    },
    {
      mistake: "last year in the reporting sentence after half-width commas",
      from: "现将2024年度法治政府建设工作情况报告如下",
      to: "现将2023年度法治政府建设工作情况报告如下",
      findings: ["3:186-3:191 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "the 县长's duties dropped",
      from: "县长认真履行推进法治政府建设第一责任人职责,主持县政府常务会议会前学法11次,研究规范性文件、重大行政决策等涉法议题28项,带头出庭应诉行政诉讼案件2件,对县政府重大行政决策坚持“未经合法性审查不上会”。",
      to: "",
      findings: ["15:1-15:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a fall between counts, off",
      from: "下降10.3%",
      to: "下降13.0%",
      findings: ["8:252-8:257 change-mismatch 降幅应为10.3%（(2215-1986)÷2215），文中为13.0%"],
    },
    {
      mistake: "a count left as ××",
      from: "转移群众1362人",
      to: "转移群众××人",
      findings: ["10:96-10:98 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "主要原因是法治建设考核结果运用不够充分,压力传导层层递减。二是基层执法能力与综合执法改革要求还有差距,14个乡镇（街道）综合执法队伍中具有法律专业背景的人员仅31人,究其原因,乡镇执法队伍组建时间较短,专业人才引进渠道不畅。三是行政复议纠错率仍然偏高,原因在于少数执法单位程序意识不强,调查取证不够规范。",
      to: "法治建设考核结果运用不够充分。二是基层执法能力与综合执法改革要求还有差距,14个乡镇（街道）综合执法队伍中具有法律专业背景的人员仅31人。三是行政复议纠错率仍然偏高。",
      findings: ["13:1-13:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "余 between a decimal and 万 (half-width commas)",
      from: "全年办件2.3万余件",
      to: "全年办件2.3余万件",
      findings: ["5:230-5:236 approximate-number “2.3余万件”写法不当：“余”表示概数，只能接在末位为0的整数或“万”“亿”之后；应写确数，或写作整数概数（如“10余次”）"],
    },
  ],
  "74-gansu-district-2023.txt": [
    {
      mistake: "a change in percentage points its two rates contradict (8.6% → 5.2%)",
      from: "下降3.4个百分点；应出庭",
      to: "下降4.3个百分点；应出庭",
      findings: ["12:222-12:229 change-mismatch 降幅应为3.4个百分点（8.6%-5.2%），文中为4.3个百分点"],
    },
    {
      mistake: "a 全程网办率 off, a count of other 事项 earlier in the sentence",
      from: "全程网办率89.9%",
      to: "全程网办率98.9%",
      findings: ["6:93-6:103 rate-mismatch 全程网办率应为89.9%（1291÷1436），文中为98.9%"],
    },
    {
      mistake: "an 审结率 over cases handled with last year's carried over, off",
      from: "审结率93.8%",
      to: "审结率95.8%",
      findings: ["12:76-12:84 rate-mismatch 审结率应为93.8%（105÷112），文中为95.8%"],
    },
    {
      mistake: "an outcome raised beyond the cases closed",
      from: "其中维持72件",
      to: "其中维持82件",
      findings: ["12:71-12:122 parts-exceed-total 各分项之和为115件（82+11+5+3+8+6），超过总数105件；请核对总数或各分项"],
    },
    {
      mistake: "a fall from last year's count, off",
      from: "由上年的70件下降至58件，下降17.1%",
      to: "由上年的70件下降至58件，下降21.1%",
      findings: ["12:176-12:181 change-mismatch 降幅应为17.1%（(70-58)÷70），文中为21.1%"],
    },
    {
      mistake: "last year's title on this year's report",
      from: "祁南区人民政府关于2023年法治政府建设情况的报告",
      to: "祁南区人民政府关于2022年法治政府建设情况的报告",
      findings: ["1:10-1:15 year-consistency 标题中为2022年度，正文各处写的都是2023年度的情况：标题应为2023年度"],
    },
    {
      mistake: "the 区长's duties dropped, a 全市党政主要负责人述法会议 left in the secretary's",
      from: "区长切实履行推进法治政府建设第一责任人职责：一是主持区政府常务会议会前学法10次；二是审定重大行政决策4项，坚持“未经合法性审查不得提交讨论”；三是带头出庭应诉行政诉讼案件1件，并旁听庭审1次。",
      to: "",
      findings: ["16:1-16:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（区委书记）的履职情况，未写政府主要负责人：请补写区长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "plans without specifics",
      from: "一是制定《祁南区行政复议纠错案件通报及整改办法》，2024年3月底前印发，按季度通报纠错情况。二是为8个镇（街道）各配备不少于1名专职法制审核人员，2024年底前全部到位。三是整合区级部门业务系统，2024年底前实现与“甘快办”平台数据共享的系统不少于12个。四是开展执法人员新《行政复议法》专题轮训，全年培训不少于800人次。五是深化府院联动，力争诉前化解行政争议30件以上。",
      to: "我们将继续深入学习贯彻习近平法治思想，持续推进法治政府建设，不断提升依法行政水平，为全区高质量发展提供坚实法治保障。",
      findings: ["18:1-18:21 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "the second of three 调解成功率 listed with 分别 above 100%",
      from: "调解成功率分别为100%、98.7%、97.9%",
      to: "调解成功率分别为100%、108.7%、97.9%",
      findings: ["12:387-12:393 rate-out-of-range 调解成功率不应超过100%，文中为108.7%；请核对分子和分母"],
    },
  ],
  "75-fujian-county-city-2025.txt": [
    {
      mistake: "a 网上可办率 raised above 100% after 由上年的……提高到",
      from: "网上可办率由上年的92.4%提高到95.1%",
      to: "网上可办率由上年的92.4%提高到105.1%",
      findings: [
        "6:78-6:84 rate-out-of-range 网上可办率不应超过100%，文中为105.1%；请核对分子和分母",
        // The change in points stated after it no longer matches the two rates.
        "6:87-6:94 change-mismatch 增幅应为12.7个百分点（105.1%-92.4%），文中为2.7个百分点",
      ],
    },
    {
      mistake: "a rise between counts in 万, off",
      from: "增加至2.04万户，增长9.7%",
      to: "增加至2.04万户，增长7.9%",
      findings: ["6:210-6:214 change-mismatch 增幅应为9.7%（(2.04万-1.86万)÷1.86万），文中为7.9%"],
    },
    {
      mistake: "a 清理 outcome raised beyond the files reviewed",
      from: "其中继续有效231件",
      to: "其中继续有效251件",
      findings: ["7:102-7:129 parts-exceed-total 各分项之和为306件（251+24+31），超过总数286件；请核对总数或各分项"],
    },
    {
      mistake: "a 败诉率 a point off",
      from: "败诉率5.5%",
      to: "败诉率4.5%",
      findings: ["12:190-12:197 rate-mismatch 败诉率应为5.5%（7÷128），文中为4.5%"],
    },
    {
      mistake: "an outcome raised beyond the cases closed",
      from: "其中维持201件",
      to: "其中维持221件",
      findings: ["12:69-12:115 parts-exceed-total 各分项之和为329件（221+34+17+9+29+19），超过总数309件；请核对总数或各分项"],
    },
    {
      mistake: "this year in the plans heading",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["18:3-18:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the 市委书记's duties dropped",
      from: "市委书记认真履行推进法治建设第一责任人职责，主持召开市委全面依法治市委员会会议2次、市委常委会会议专题研究法治建设5次，带头参加年终述法，对3个镇党委书记述法情况进行现场点评。",
      to: "",
      findings: ["16:1-16:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（市长）的履职情况，未写党委主要负责人：请补写市委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "一是镇（街道）综合执法能力与下放事项不相匹配，16个镇（街道）综合执法队伍中具有法律职业资格的人员仅19人，原因在于改革后人员多为转隶，专业培训跟进不够。二是行政复议纠错率仍处高位，撤销、确认违法、责令履行共60件，反映出部分执法单位调查取证、法律适用不够规范，根源在于案件法制审核把关不严。三是海上执法装备和力量不足，主要原因是海岸线长、执法船艇少，现有执法船艇仅5艘。",
      to: "一是镇（街道）综合执法能力与下放事项不相匹配，16个镇（街道）综合执法队伍中具有法律职业资格的人员仅19人。二是行政复议纠错率仍处高位，撤销、确认违法、责令履行共60件。三是海上执法装备和力量不足，现有执法船艇仅5艘。",
      findings: ["14:1-14:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a change of a rate written in percent instead of percentage points",
      from: "提高到95.1%，提高2.7个百分点",
      to: "提高到95.1%，提高2.7%",
      findings: ["6:86-6:90 change-mismatch 比率的增减应以百分点计：从92.4%到95.1%提高2.7个百分点（95.1%-92.4%），相对提高2.9%；文中为2.7%"],
    },
    {
      mistake: "applications not admitted raised so that they and those admitted exceed those received (326 + 36 > 352)",
      from: "不予受理及告知26件",
      to: "不予受理及告知36件",
      findings: ["12:44-12:66 parts-exceed-total 各分项之和为362件（326+36），超过总数352件；请核对总数或各分项"],
    },
  ],
  "76-heilongjiang-county-named-leaders.txt": [
    {
      mistake: "a 结案率 of 黑土地 cases with its digits swapped",
      from: "结案率92.6%",
      to: "结案率96.2%",
      findings: ["13:262-13:270 rate-mismatch 结案率应为92.6%（25÷27），文中为96.2%"],
    },
    {
      mistake: "a part raised beyond the 执法人员",
      from: "其中县直部门428人",
      to: "其中县直部门528人",
      findings: ["16:42-16:70 parts-exceed-total 各分项之和为712人（528+184），超过总数612人；请核对总数或各分项"],
    },
    {
      mistake: "a 纠错率 off",
      from: "纠错率14.8%",
      to: "纠错率18.4%",
      findings: ["19:77-19:85 rate-mismatch 纠错率应为14.8%（9÷61），文中为18.4%"],
    },
    {
      mistake: "a fall from last year's count, off",
      from: "较上年的54件下降22.2%",
      to: "较上年的54件下降12.2%",
      findings: ["19:111-19:116 change-mismatch 降幅应为22.2%（(54-42)÷54），文中为12.2%"],
    },
    {
      mistake: "an 办结率 over counts in 万, off",
      from: "办结率99.5%",
      to: "办结率95.5%",
      findings: ["20:59-20:67 rate-mismatch 办结率应为99.5%（6.39万÷6.42万），文中为95.5%"],
    },
    {
      mistake: "a share after a 同比 change, off",
      from: "占42.0%",
      to: "占46.0%",
      findings: ["16:217-16:222 rate-mismatch 占比应为42.0%（386÷918），文中为46.0%"],
    },
    {
      mistake: "the named 县长's duties dropped, a 全市党政主要负责人述法会议 left in the secretary's",
      from: "县委副书记、县长孙立民认真履行推进法治政府建设第一责任人职责，主持县政府常务会议会前学法11次，集体学习《中华人民共和国行政复议法》《黑龙江省黑土地保护利用条例》等法律法规；研究审定重大行政决策3项、行政规范性文件8件；带头出庭应诉行政诉讼案件1件。",
      to: "",
      findings: ["7:3-7:38 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年3月18日",
      to: "2025年4月8日",
      findings: ["35:3-35:12 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月8日"],
    },
  ],
  "77-province-traffic-police-detachment.txt": [
    {
      mistake: "a decimal 同比 of an amount in 万元 no longer matching its two amounts",
      from: "同比下降5.62%",
      to: "同比下降6.52%",
      findings: ["12:242-12:247 change-mismatch 降幅应为5.62%（(2454.36万-2316.48万)÷2454.36万），文中为6.52%"],
    },
    {
      mistake: "a 调解成功率 with two digits swapped",
      from: "调解成功率94.5%",
      to: "调解成功率95.4%",
      findings: ["14:287-14:297 rate-mismatch 调解成功率应为94.5%（412÷436），文中为95.4%"],
    },
    {
      mistake: "a fall since 2019 with the wrong percent (39 → 23起)",
      from: "下降41.0%",
      to: "下降14.0%",
      findings: ["10:295-10:300 change-mismatch 降幅应为41.0%（(39-23)÷39），文中为14.0%"],
    },
    {
      mistake: "the 支队长's sentence dropped, the 政委's kept",
      from: "支队党委副书记、支队长陈立军切实履行法治建设重要组织者、推动者和实践者职责，主持支队长办公会议研究执法规范化、事故处理等涉法事项11项，带头出庭应诉行政诉讼案件1件，对重大执法决定坚持法制审核“应审必审”。",
      to: "",
      findings: ["26:1-26:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写支队长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "（三） skipped",
      from: "（三）依法处理道路交通事故",
      to: "（四）依法处理道路交通事故",
      findings: ["14:1-14:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "a count left as ××",
      from: "应急响应27次",
      to: "应急响应××次",
      findings: ["18:59-18:61 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年1月22日",
      to: "2025年4月8日",
      findings: ["41:1-41:10 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月8日"],
    },
    {
      mistake: "a 按期办结率 a transposition off",
      from: "按期办结率99.7%",
      to: "按期办结率97.9%",
      findings: ["16:195-16:205 rate-mismatch 按期办结率应为99.7%（2161÷2168），文中为97.9%"],
    },
  ],
  "78-city-eco-branch-2025.txt": [
    {
      mistake: "last year's title on this year's report",
      from: "临川市生态环境局青溪分局2025年度",
      to: "临川市生态环境局青溪分局2024年度",
      findings: ["1:13-1:18 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a fall of fines in 万元 with two decimals, its percent swapped",
      from: "下降14.5%",
      to: "下降15.4%",
      findings: ["13:131-13:136 change-mismatch 降幅应为14.5%（(452.30万-386.52万)÷452.30万），文中为15.4%"],
    },
    {
      mistake: "a 分别 value raised so that the 其中 list and 其余 pass the total",
      from: "分别为214项、12项、8项",
      to: "分别为274项、12项、8项",
      findings: ["9:58-9:95 parts-exceed-total 各分项之和为294项（274+12+8），超过总数286项；请核对总数或各分项"],
    },
    {
      mistake: "a 其中 part in 万元 raised beyond the compensation total",
      from: "分别为108.64万元、17.74万元",
      to: "分别为118.64万元、17.74万元",
      findings: ["15:50-15:91 parts-exceed-total 各分项之和为136.38万元（118.64万+17.74万），超过总数126.38万元；请核对总数或各分项"],
    },
    {
      mistake: "a 办结率 whose total is before a 其中 part received another way (热线转办)",
      from: "办结率98.9%",
      to: "办结率99.8%",
      findings: ["19:116-19:124 rate-mismatch 办结率应为98.9%（1052÷1064），文中为99.8%"],
    },
    {
      mistake: "a 其中 part raised beyond the permits handled",
      from: "其中核发36件、变更129件",
      to: "其中核发36件、变更149件",
      findings: ["9:149-9:175 parts-exceed-total 各分项之和为432件（36+149+247），超过总数412件；请核对总数或各分项"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "一是执法力量与监管任务不相匹配，分局在编执法人员14人，监管企业1,200余家，原因在于2019年垂直管理改革后编制未随监管对象增加而调整。二是执法办案数字化水平不高，非现场监管线索转化为立案的比例偏低，主要原因是在线监控数据与执法平台尚未打通。三是个别执法人员运用法律解决复杂环境问题的能力不足，根源在于执法培训重程序、轻实务，以案释法不够。",
      to: "一是执法力量与监管任务不相匹配，分局在编执法人员14人，监管企业1,200余家。二是执法办案数字化水平不高，非现场监管线索转化为立案的比例偏低。三是个别执法人员运用法律解决复杂环境问题的能力不足，以案释法不够。",
      findings: ["25:1-25:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "plans without specifics",
      from: "分局将重点做好以下工作：一是2026年6月底前完成在线监控数据与执法平台对接，非现场监管线索全部纳入平台流转。二是开展执法人员实务轮训，全年培训不少于200人次，每季度组织以案释法1次。三是深化“无事不扰”监管，将守法企业正面清单由42家扩大到60家。四是推进生态环境损害赔偿修复效果评估，年底前完成剩余2处受损点位修复。",
      to: "分局将继续深入学习贯彻习近平法治思想，进一步提高依法行政水平，推动法治政府建设再上新台阶。",
      findings: ["33:1-33:12 plan-specificity “下一年度主要安排”只分出2项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
  ],
  "79-county-veterans-bureau-2023.txt": [
    {
      mistake: "a growth of 优抚金 in 万元 with two decimals, its digits swapped",
      from: "增长6.83%",
      to: "增长8.63%",
      findings: ["9:160-9:165 change-mismatch 增幅应为6.83%（(2846.72万-2664.65万)÷2664.65万），文中为8.63%"],
    },
    {
      mistake: "a 分别 value raised beyond the soldiers received, one name joining two words with 及",
      from: "分别为126人、19人、3人",
      to: "分别为136人、19人、3人",
      findings: ["9:231-9:269 parts-exceed-total 各分项之和为158人（136+19+3），超过总数148人；请核对总数或各分项"],
    },
    {
      mistake: "a 按期办结率 whose counts are a long sentence apart",
      from: "按期办结率98.1%",
      to: "按期办结率99.1%",
      findings: ["15:152-15:162 rate-mismatch 按期办结率应为98.1%（306÷312），文中为99.1%"],
    },
    {
      mistake: "the 局长's sentence dropped, the 局党组书记 named by name kept",
      from: "局长孙志强认真履行法治建设重要组织者、推动者和实践者职责，主持局长办公会议研究安置、信访等涉法事项9项，带头包案化解信访积案3件，带头参加县人民法院行政案件庭审旁听1次。",
      to: "",
      findings: ["25:1-25:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "四、2024年法治政府建设工作安排",
      to: "四、2023年法治政府建设工作安排",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2024年的安排，标题中为2023年"],
    },
    {
      mistake: "a closing date February does not have",
      from: "2024年2月2日",
      to: "2024年2月30日",
      findings: ["38:1-38:11 invalid-date 日期不存在：2024年没有2月30日，2月只有29天"],
    },
    {
      mistake: "a 其中……分别 part raised beyond the legal-aid cases",
      from: "分别为17件、11件、8件",
      to: "分别为27件、11件、8件",
      findings: ["13:152-13:193 parts-exceed-total 各分项之和为46件（27+11+8），超过总数42件；请核对总数或各分项"],
    },
    {
      mistake: "the reporting sentence keeps last year",
      from: "现将2023年法治政府建设情况报告如下",
      to: "现将2022年法治政府建设情况报告如下",
      findings: ["5:153-5:158 year-consistency 开头写的是2022年度的情况，标题中为2023年度：请统一报告年度"],
    },
    {
      mistake: "more disputes mediated successfully (调解成功59件) than mediated (调解……57件)",
      from: "调解成功55件",
      to: "调解成功59件",
      findings: ["13:263-13:270 parts-exceed-total 调解成功59件多于调解57件；调解成功数不应超过调解数，请核对"],
    },
  ],
  "80-district-health-bureau-named-leaders.txt": [
    {
      mistake: "figures cut off at 截至目前, the time of writing",
      from: "截至年底结案131件",
      to: "截至目前结案131件",
      findings: ["15:204-15:208 year-consistency “截至目前”是到成文之时（2025年1月）为止，已超出报告年度：应写明截止时间，如“截至2024年底”"],
    },
    {
      mistake: "a decimal 同比 of fines in 万元 no longer matching",
      from: "增长12.37%",
      to: "增长13.27%",
      findings: ["15:153-15:159 change-mismatch 增幅应为12.37%（(86.45万-76.93万)÷76.93万），文中为13.27%"],
    },
    {
      mistake: "a change in 个百分点 its two rates contradict",
      from: "提高2.4个百分点",
      to: "提高3.4个百分点",
      findings: ["9:226-9:233 change-mismatch 增幅应为2.4个百分点（33.6%-31.2%），文中为3.4个百分点"],
    },
    {
      mistake: "a 分别 value raised beyond the cases opened",
      from: "分别为58件、41件、12件、18件",
      to: "分别为68件、41件、12件、18件",
      findings: ["15:75-15:122 parts-exceed-total 各分项之和为139件（68+41+12+18），超过总数137件；请核对总数或各分项"],
    },
    {
      mistake: "a 全程网办率 a point off",
      from: "全程网办率97.7%",
      to: "全程网办率96.7%",
      findings: ["9:124-9:134 rate-mismatch 全程网办率应为97.7%（1018÷1042），文中为96.7%"],
    },
    {
      mistake: "the 局党委书记's sentence dropped, a 副局长 named by name kept",
      from: "局党委书记李文涛认真履行推进法治建设第一责任人职责，主持召开局党委会议专题研究法治建设工作4次，审定本局年度法治建设工作要点，将法治建设纳入系统各单位目标考核，带头讲授法治专题党课1次，年底在区委全面依法治区委员会会议上述法。",
      to: "",
      findings: ["29:1-29:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a 调解成功率 with its digits swapped, a 其中 part between its counts",
      from: "调解成功率91.4%",
      to: "调解成功率94.1%",
      findings: ["17:113-17:123 rate-mismatch 调解成功率应为91.4%（53÷58），文中为94.1%"],
    },
    {
      mistake: "a 分别 value raised beyond the institutions counted",
      from: "分别为12家、9家、365家",
      to: "分别为12家、9家、375家",
      findings: ["9:34-9:74 parts-exceed-total 各分项之和为396家（12+9+375），超过总数386家；请核对总数或各分项"],
    },
    {
      mistake: "a count left as XX",
      from: "活动24场次",
      to: "活动XX场次",
      findings: ["23:78-23:80 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
  ],
  "81-city-civil-affairs-bold-lists.md": [
    {
      mistake: "a 年检率 off the organizations that took the inspection",
      from: "年检率92.0%",
      to: "年检率90.2%",
      findings: ["24:39-24:47 rate-mismatch 年检率应为92.0%（2012÷2186），文中为90.2%"],
    },
    {
      mistake: "a 其中 part raised beyond the documents cleared",
      from: "其中继续有效29件",
      to: "其中继续有效39件",
      findings: ["19:18-19:41 parts-exceed-total 各分项之和为47件（39+5+3），超过总数37件；请核对总数或各分项"],
    },
    {
      mistake: "last year's plans heading, in bold, left in place",
      from: "**四、2025年推进法治政府建设的主要安排**",
      to: "**四、2024年推进法治政府建设的主要安排**",
      findings: ["61:5-61:10 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "the causes dropped from all three numbered shortcomings",
      from: "1. 基层民政执法力量薄弱。全市乡镇（街道）民政工作人员中具有法律专业背景的仅占8.6%，主要原因是基层民政岗位人员流动性大、专业培训跟进不足。\n2. 养老服务领域监管仍有短板。部分民办养老机构消防、食品安全隐患整改不及时，原因是部门间联合监管机制尚不健全，信息共享不够及时。\n3. 数字化水平不高。救助对象数据与人社、医保、不动产登记等部门数据比对频次低，主要是由于数据共享接口尚未全部打通。",
      to: "1. 基层民政执法力量薄弱。全市乡镇（街道）民政工作人员中具有法律专业背景的仅占8.6%。\n2. 养老服务领域监管仍有短板。部分民办养老机构消防、食品安全隐患整改不及时。\n3. 数字化水平不高。救助对象数据与人社、医保、不动产登记等部门数据比对频次低。",
      findings: ["43:3-43:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a figure left as ××",
      from: "发放临时救助资金826万元",
      to: "发放临时救助资金××万元",
      findings: ["36:70-36:72 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年1月20日",
      to: "2025年4月20日",
      findings: ["76:1-76:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月20日"],
    },
    {
      mistake: "a bold （二） heading dropped, its list run into （一）",
      from: "**（二）完善依法行政制度体系**\n\n",
      to: "",
      findings: ["19:3-19:6 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”"],
    },
    {
      mistake: "a share of the applications made online, off",
      from: "占全部申请2.27万件的80.6%",
      to: "占全部申请2.27万件的86.0%",
      findings: ["40:58-40:63 rate-mismatch 占比应为80.6%（1.83万÷2.27万），文中为86.0%"],
    },
  ],
  "82-town-colon-headings.txt": [
    {
      mistake: "an 按期办结率 over counts in 万, off",
      from: "按期办结率99.2%",
      to: "按期办结率92.9%",
      findings: ["10:150-10:160 rate-mismatch 按期办结率应为99.2%（1.25万÷1.26万），文中为92.9%"],
    },
    {
      mistake: "an 采纳率 with its digits swapped",
      from: "采纳率62.7%",
      to: "采纳率67.2%",
      findings: ["13:116-13:124 rate-mismatch 采纳率应为62.7%（52÷83），文中为67.2%"],
    },
    {
      mistake: "a 其中 field raised beyond the powers taken over",
      from: "其中农业农村领域32项",
      to: "其中农业农村领域52项",
      findings: ["10:44-10:89 parts-exceed-total 各分项之和为106项（52+21+18+15），超过总数86项；请核对总数或各分项"],
    },
    {
      mistake: "the 镇长's duties dropped",
      from: "镇长履行推进法治政府建设第一责任人职责，主持镇政府常务会议会前学法6次，带头审阅重大执法决定法制审核意见，牵头推进赋权事项承接和执法队伍建设。",
      to: "",
      findings: ["30:1-30:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写镇长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "this year's plans heading (with its colon) naming the report's year",
      from: "四、2026年推进法治政府建设的主要安排：",
      to: "四、2025年推进法治政府建设的主要安排：",
      findings: ["33:3-33:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "plans without specifics",
      from: "一是开展赋权事项执法能力提升行动，上半年完成14名执法人员专题培训，与县级部门建立“1+1”业务结对机制。二是规范村级集体资产处置，2026年9月底前完成14个村（社区）集体合同清理。三是深化“村民说事”，每村每月至少开展1次说事议事活动，矛盾纠纷调解成功率保持在95%以上。四是推进“法律明白人”培养工程，新增“法律明白人”100名。",
      to: "继续深入学习贯彻习近平法治思想，进一步加强法治政府建设，不断提升依法行政水平，为全镇经济社会高质量发展提供坚强法治保障。",
      findings: ["33:1-33:21 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "a （二） heading line (with its colon) dropped",
      from: "（二）推进依法科学民主决策：\n",
      to: "",
      findings: ["14:1-14:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”"],
    },
    {
      mistake: "a figure left as ××",
      from: "转移群众268人",
      to: "转移群众××人",
      findings: ["22:100-22:102 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
  ],
  "83-district-spaced-numbering.txt": [
    {
      mistake: "a grade's digits swapped, the last grade written after a comma",
      from: "合格卷169卷、不合格卷13卷",
      to: "合格卷169卷，不合格卷31卷",
      findings: ["23:27-23:56 parts-exceed-total 各分项之和为258卷（58+169+31），超过总数240卷；请核对总数或各分项"],
    },
    {
      mistake: "a 纠错率 with its digits swapped",
      from: "纠错率9.7%",
      to: "纠错率7.9%",
      findings: ["30:79-30:86 rate-mismatch 纠错率应为9.7%（16÷165），文中为7.9%"],
    },
    {
      mistake: "an outcome raised so that the six listed with 、 exceed the cases closed",
      from: "其中维持108件",
      to: "其中维持118件",
      findings: ["30:28-30:72 parts-exceed-total 各分项之和为175件（118+21+9+5+2+20），超过总数165件；请核对总数或各分项"],
    },
    {
      mistake: "a 败诉率 off",
      from: "败诉率8.0%",
      to: "败诉率8.8%",
      findings: ["31:28-31:35 rate-mismatch 败诉率应为8.0%（7÷88），文中为8.8%"],
    },
    {
      mistake: "a full-width ２． written ３．",
      from: "２．优化法治化营商环境",
      to: "３．优化法治化营商环境",
      findings: ["11:1-11:3 heading-numbering 标题序号跳号：此处应为“２．”，文中为“３．”"],
    },
    {
      mistake: "last year's title",
      from: "关于2024年度法治政府",
      to: "关于2023年度法治政府",
      findings: ["1:10-1:15 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年2月10日",
      to: "2025年4月10日",
      findings: ["57:1-57:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月10日"],
    },
    {
      mistake: "the 区长's duties dropped",
      from: "区长认真履行推进法治政府建设第一责任人职责，主持区政府常务会议会前学法12次，审定重大行政决策5项，带头出庭应诉行政诉讼案件2件。",
      to: "",
      findings: ["42:1-42:28 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（区委书记）的履职情况，未写政府主要负责人：请补写区长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a spaced （三 ） written （四 ）",
      from: "（三 ）推进行政决策",
      to: "（四 ）推进行政决策",
      findings: [
        "17:1-17:5 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四 ）”",
      ],
    },
  ],
  "84-province-forestry-toc.txt": [
    {
      mistake: "an 办结率 off",
      from: "办结率99.6%",
      to: "办结率96.9%",
      findings: ["21:100-21:108 rate-mismatch 办结率应为99.6%（3251÷3264），文中为96.9%"],
    },
    {
      mistake: "a 其中 part raised beyond the cases",
      from: "其中毁林开垦612件",
      to: "其中毁林开垦912件",
      findings: ["29:15-29:67 parts-exceed-total 各分项之和为2126件（912+738+476），超过总数1826件；请核对总数或各分项"],
    },
    {
      mistake: "a fall from last year's fires, off",
      from: "较上年的20起下降45.0%",
      to: "较上年的20起下降55.0%",
      findings: ["37:53-37:58 change-mismatch 降幅应为45.0%（(20-11)÷20），文中为55.0%"],
    },
    {
      mistake: "the shortcomings heading dropped from the text, the table of contents still listing it",
      from: "\n二、存在的不足和原因\n\n",
      to: "\n",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "45:1-45:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”",
      ],
    },
    {
      mistake: "last year's plans heading in the text, the table of contents right",
      from: "四、2026年推进法治政府建设的主要安排\n\n（一）",
      to: "四、2025年推进法治政府建设的主要安排\n\n（一）",
      findings: ["51:3-51:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年1月22日",
      to: "2026年4月22日",
      findings: ["65:1-65:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月22日"],
    },
    {
      mistake: "a 核查率 off",
      from: "核查率99.5%",
      to: "核查率95.9%",
      findings: ["41:49-41:57 rate-mismatch 核查率应为99.5%（8598÷8642），文中为95.9%"],
    },
    {
      mistake: "the causes dropped from the shortcomings",
      from: "一是基层林业执法力量不足。部分县（市、区）林业综合执法机构撤并后，专职执法人员减少，主要原因是综合行政执法改革后林业执法职责划转，专业人员未同步配齐。二是林业法规体系仍需完善。草原、湿地保护方面的地方性法规尚存空白，原因在于立法调研起步较晚、部门间协调不够。",
      to: "一是基层林业执法力量不足。部分县（市、区）林业综合执法机构撤并后，专职执法人员减少。二是林业法规体系仍需完善。草原、湿地保护方面的地方性法规尚存空白。",
      findings: ["43:1-43:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
  ],
  "85-province-justice-dept-statewide.txt": [
    {
      mistake: "a 受理率 a point off the applications accepted of those received",
      from: "受理率87.8%",
      to: "受理率88.7%",
      findings: ["9:86-9:94 rate-mismatch 受理率应为87.8%（25136÷28642），文中为88.7%"],
    },
    {
      mistake: "a 纠错率 of the province's own cases off",
      from: "纠错率14.0%",
      to: "纠错率15.0%",
      findings: ["9:259-9:267 rate-mismatch 纠错率应为14.0%（151÷1078），文中为15.0%"],
    },
    {
      mistake: "a 其中 outcome raised beyond the cases closed",
      from: "其中维持512件",
      to: "其中维持612件",
      findings: ["9:200-9:251 parts-exceed-total 各分项之和为1178件（612+186+98+41+12+229），超过总数1078件；请核对总数或各分项"],
    },
    {
      mistake: "a 败诉率 with its digits swapped",
      from: "败诉率6.5%",
      to: "败诉率5.6%",
      findings: [
        "11:126-11:133 rate-mismatch 败诉率应为6.5%（1263÷19426），文中为5.6%",
        "11:144-11:151 change-mismatch 降幅应为2.2个百分点（7.8%-5.6%），文中为1.3个百分点",
      ],
    },
    {
      mistake: "a fall in percentage points that its two rates contradict",
      from: "下降1.3个百分点",
      to: "下降2.3个百分点",
      findings: ["11:144-11:151 change-mismatch 降幅应为1.3个百分点（7.8%-6.5%），文中为2.3个百分点"],
    },
    {
      mistake: "a 整改率 of the 法治督察 off",
      from: "整改率93.4%",
      to: "整改率96.4%",
      findings: ["17:112-17:120 rate-mismatch 整改率应为93.4%（398÷426），文中为96.4%"],
    },
    {
      mistake: "a growth of the 公职律师 off",
      from: "增长18.1%",
      to: "增长13.1%",
      findings: ["19:48-19:53 change-mismatch 增幅应为18.1%（(8642-7315)÷7315），文中为13.1%"],
    },
    {
      mistake: "last year in the reporting sentence",
      from: "现将2024年度",
      to: "现将2023年度",
      findings: ["5:159-5:164 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "the causes dropped from the shortcomings",
      from: "一是行政复议案件快速增长，部分市县办案力量紧张，原因在于行政复议体制改革后案件集中到县级以上政府，但编制调整和人员配备滞后。二是部分地区行政诉讼败诉率仍然偏高，主要原因是一些行政机关执法程序不规范、证据意识不强，对复议纠错意见重视不够。三是法治督察发现问题的整改还不够彻底，究其原因，部分地方和部门对督察整改的跟踪问效机制不健全，存在以文件落实整改的现象。",
      to: "一是行政复议案件快速增长，部分市县办案力量紧张。二是部分地区行政诉讼败诉率仍然偏高。三是法治督察发现问题的整改还不够彻底。",
      findings: ["25:1-25:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a fall of a rate written in percent instead of percentage points",
      from: "较上年的7.8%下降1.3个百分点",
      to: "较上年的7.8%下降1.3%",
      findings: ["11:144-11:148 change-mismatch 比率的增减应以百分点计：从7.8%到6.5%下降1.3个百分点（7.8%-6.5%），相对下降16.7%；文中为1.3%"],
    },
  ],
  "86-city-statistics-bureau.txt": [
    {
      mistake: "a 其中 part of the enterprises reporting online raised beyond their total",
      from: "规模以上工业企业1,236家",
      to: "规模以上工业企业1,536家",
      findings: ["9:85-9:158 parts-exceed-total 各分项之和为3164家（1536+312+786+530），超过总数2864家；请核对总数或各分项"],
    },
    {
      mistake: "a 其中 part of the units inspected raised beyond their total",
      from: "建筑业企业28家",
      to: "建筑业企业58家",
      findings: ["11:54-11:113 parts-exceed-total 各分项之和为216家（72+58+46+40），超过总数186家；请核对总数或各分项"],
    },
    {
      mistake: "a 整改率 of the 统计督察 off",
      from: "整改率94.2%",
      to: "整改率92.4%",
      findings: ["15:70-15:78 rate-mismatch 整改率应为94.2%（49÷52），文中为92.4%"],
    },
    {
      mistake: "a 其中 kind of case raised beyond the cases",
      from: "提供不真实统计资料14件",
      to: "提供不真实统计资料16件",
      findings: ["11:124-11:162 parts-exceed-total 各分项之和为25件（16+6+3），超过总数23件；请核对总数或各分项"],
    },
    {
      mistake: "a section number skipped",
      from: "（二）严格统计执法检查",
      to: "（三）严格统计执法检查",
      findings: [
        "11:1-11:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”",
      ],
    },
    {
      mistake: "a fine left as ××",
      from: "罚款38.6万元",
      to: "罚款××万元",
      findings: ["11:181-11:183 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年1月17日",
      to: "2025年4月17日",
      findings: ["46:1-46:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月17日"],
    },
    {
      mistake: "a 结案率 after the ； that closes the 其中 list of the cases opened",
      from: "结案率91.3%",
      to: "结案率93.1%",
      // A documented silence until a ； that closes a 其中 list no longer ended the statement of a rate after it.
      findings: ["11:170-11:178 rate-mismatch 结案率应为91.3%（21÷23），文中为93.1%"],
    },
  ],
  "87-district-emergency-quarter-table.txt": [
    {
      mistake: "a quarter's row raised, the 合计 row kept",
      from: "第二季度\t426",
      to: "第二季度\t466",
      findings: ["18:4-18:9 parts-exceed-total 各分项之和为1520家次（312+466+388+354），超过总数1480家次；请核对总数或各分项"],
    },
    {
      mistake: "a 整改率 with its digits swapped",
      from: "整改率97.6%",
      to: "整改率96.7%",
      findings: ["11:76-11:84 rate-mismatch 整改率应为97.6%（3818÷3910），文中为96.7%"],
    },
    {
      mistake: "a growth of the fines off",
      from: "增长12.3%",
      to: "增长21.3%",
      findings: ["11:124-11:129 change-mismatch 增幅应为12.3%（(147.4万-131.3万)÷131.3万），文中为21.3%"],
    },
    {
      mistake: "a fall in deaths off",
      from: "下降40.0%",
      to: "下降60.0%",
      findings: ["22:106-22:111 change-mismatch 降幅应为40.0%（(5-3)÷5），文中为60.0%"],
    },
    {
      mistake: "the Party secretary dropped from the duties",
      from: "局党委书记、局长认真履行",
      to: "局长认真履行",
      findings: ["34:1-34:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "四、2025年主要工作安排",
      to: "四、2024年主要工作安排",
      findings: ["38:3-38:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "a figure left as XX",
      from: "组织综合应急演练12场次",
      to: "组织综合应急演练XX场次",
      findings: ["24:60-24:62 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
  ],
  "88-county-housing-bureau-wps-pages.txt": [
    {
      mistake: "last year's title under the running header",
      from: "住房和城乡建设局2024年法治政府",
      to: "住房和城乡建设局2023年法治政府",
      findings: ["2:12-2:17 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 全程网办率 with its digits swapped",
      from: "全程网办率93.7%",
      to: "全程网办率97.3%",
      findings: ["6:123-6:133 rate-mismatch 全程网办率应为93.7%（118÷126），文中为97.3%"],
    },
    {
      mistake: "a 其中 part raised beyond the 权责事项",
      from: "其中行政许可38项",
      to: "其中行政许可58项",
      findings: ["6:34-6:75 parts-exceed-total 各分项之和为432项（58+296+41+37），超过总数412项；请核对总数或各分项"],
    },
    {
      mistake: "a 结案率 off, on the page after a page break",
      from: "结案率96.2%",
      to: "结案率92.6%",
      findings: ["11:79-11:87 rate-mismatch 结案率应为96.2%（179÷186），文中为92.6%"],
    },
    {
      mistake: "a skipped （九） after a page break",
      from: "（九）深化法治宣传教育",
      to: "（十）深化法治宣传教育",
      findings: ["18:3-18:6 heading-numbering 标题序号跳号：此处应为“（九）”，文中为“（十）”"],
    },
    {
      mistake: "a figure left as ××",
      from: "已整改509处",
      to: "已整改××处",
      findings: ["14:73-14:75 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the causes dropped from the shortcomings",
      from: "，主要原因是近年来执法队伍新进人员以工程技术专业为主，法律专业人才引进不足。二是物业领域矛盾纠纷仍然多发，原因在于部分老旧小区无物业管理，业主委员会组建率不高，基层调处机制尚未健全。三是数字化监管应用不够深入，原因是智慧工地平台与执法办案系统数据尚未打通，信息共享机制有待建立。",
      to: "。二是物业领域矛盾纠纷仍然多发，部分老旧小区无物业管理。三是数字化监管应用不够深入，智慧工地平台与执法办案系统数据尚未打通。",
      findings: ["19:3-19:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2025年推进",
      to: "四、2024年推进",
      findings: ["25:5-25:10 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "dated after March 31, a last page number below",
      from: "2025年1月20日",
      to: "2025年4月20日",
      findings: ["31:1-31:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月20日"],
    },
  ],
  "89-city-audit-bureau-cms-html.md": [
    {
      mistake: "a 整改率 with its digits swapped",
      from: "整改率96.4%",
      to: "整改率94.6%",
      findings: ["21:83-21:91 rate-mismatch 整改率应为96.4%（372÷386），文中为94.6%"],
    },
    {
      mistake: "a 同比 in a cell of the HTML table, off",
      from: "<td>11.5%</td>",
      to: "<td>15.1%</td>",
      findings: ["15:49-15:54 change-mismatch 增幅应为11.5%（(58-52)÷52），文中为15.1%"],
    },
    {
      mistake: "a 其中 part raised beyond the audits",
      from: "其中政策跟踪审计12个",
      to: "其中政策跟踪审计22个",
      findings: ["7:53-7:99 parts-exceed-total 各分项之和为68个（22+21+17+8），超过总数58个；请核对总数或各分项"],
    },
    {
      mistake: "an 优秀率 off",
      from: "优秀率35.0%",
      to: "优秀率53.0%",
      findings: ["11:132-11:140 rate-mismatch 优秀率应为35.0%（14÷40），文中为53.0%"],
    },
    {
      mistake: "last year's plans heading in a <p><strong>",
      from: "四、2026年推进",
      to: "四、2025年推进",
      findings: ["37:14-37:19 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the 局长 dropped from the duties",
      from: "局党组书记、局长切实履行",
      to: "局党组书记切实履行",
      findings: ["33:12-33:38 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the duties part left as （略）",
      from: "局党组书记、局长切实履行推进法治建设第一责任人职责，主持局党组会议专题研究法治建设工作4次，带头讲授法治专题党课1次，审定全部审计报告和审计决定书，对重大审计事项亲自协调督办；将法治建设纳入全局年度目标考核，与各科室签订法治建设目标责任书。",
      to: "（略）",
      findings: ["33:12-33:38 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下只有占位文字“略”，应写明实际情况"],
    },
    {
      mistake: "a figure left as XX",
      from: "发放宣传资料3200份",
      to: "发放宣传资料XX份",
      findings: ["27:118-27:120 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "dated after March 31, after the signature's <br>",
      from: "2026年1月16日",
      to: "2026年4月16日",
      findings: ["45:40-45:50 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月16日"],
    },
  ],
  "90-district-urban-bureau-tab-centered.txt": [
    {
      mistake: "last year's title, centered",
      from: "2024年法治政府建设年度报告",
      to: "2023年法治政府建设年度报告",
      findings: ["2:19-2:24 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 合格率 off",
      from: "合格率98.3%",
      to: "合格率93.8%",
      findings: ["11:141-11:149 rate-mismatch 合格率应为98.3%（118÷120），文中为93.8%"],
    },
    {
      mistake: "a 其中 part raised beyond the cases",
      from: "其中简易程序案件1082件",
      to: "其中简易程序案件1182件",
      findings: ["11:30-11:69 parts-exceed-total 各分项之和为1536件（1182+354），超过总数1436件；请核对总数或各分项"],
    },
    {
      mistake: "an outcome raised beyond the reviews closed",
      from: "其中维持5件、撤销1件",
      to: "其中维持6件、撤销1件",
      findings: ["12:58-12:72 parts-exceed-total 各分项之和为7件（6+1），超过总数6件；请核对总数或各分项"],
    },
    {
      mistake: "a tab-indented （三） written （四）",
      from: "（三）严格规范公正文明执法",
      to: "（四）严格规范公正文明执法",
      findings: [
        "11:2-11:5 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”",
      ],
    },
    {
      mistake: "a 结案率 over 万件 off",
      from: "结案率98.7%",
      to: "结案率97.8%",
      findings: ["15:47-15:55 rate-mismatch 结案率应为98.7%（5.21万÷5.28万），文中为97.8%"],
    },
    {
      mistake: "a count left as XXXX",
      from: "清掏雨水井4380座",
      to: "清掏雨水井XXXX座",
      findings: ["14:52-14:56 placeholder-text 模板占位符“XXXX”未替换，应填写实际内容"],
    },
    {
      mistake: "the 党组书记 dropped from the duties",
      from: "局党组书记、局长认真履行",
      to: "局长认真履行",
      findings: ["22:25-22:51 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the plans reduced to one statement of intent",
      from: "一是开展执法能力提升年活动，2025年上半年完成全体执法人员轮训，案卷合格率保持在98%以上；二是完善城市管理联合执法机制，年内与市场监管、公安交警等部门建立信息共享清单；三是推进数字城管平台与街道网格系统对接，2025年10月底前完成数据接口改造；四是深化生活垃圾分类立法调研，形成调研报告报区政府。",
      to: "进一步加强法治建设，推动各项工作再上新台阶。",
      findings: ["26:25-26:36 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "dated after March 31, centered",
      from: "2025年1月23日",
      to: "2025年4月23日",
      findings: ["35:38-35:48 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月23日"],
    },
  ],
  "91-city-petition-bureau.txt": [
    {
      mistake: "last year's title on this year's report",
      from: "江州市信访局2024年度",
      to: "江州市信访局2023年度",
      findings: ["1:7-1:12 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 按期办结率 off, over the petitions due (应办结)",
      from: "按期办结率99.3%",
      to: "按期办结率93.9%",
      findings: ["9:208-9:218 rate-mismatch 按期办结率应为99.3%（2553÷2571），文中为93.9%"],
    },
    {
      mistake: "a 初信初访一次性化解率 with its digits swapped",
      from: "初信初访一次性化解率91.6%",
      to: "初信初访一次性化解率96.1%",
      findings: ["13:102-13:113 rate-mismatch 一次性化解率应为91.6%（1783÷1946），文中为96.1%"],
    },
    {
      mistake: "a fall in repeated petitions off",
      from: "下降19.8%",
      to: "下降21.8%",
      findings: ["13:135-13:140 change-mismatch 降幅应为19.8%（(389-312)÷389），文中为21.8%"],
    },
    {
      mistake: "a 其中 kind of petition raised beyond those registered",
      from: "其中来信1,032件",
      to: "其中来信1,232件",
      findings: ["9:53-9:88 parts-exceed-total 各分项之和为3046件（1232+1214+600），超过总数2846件；请核对总数或各分项"],
    },
    {
      mistake: "a section number skipped",
      from: "（三）推进初信初访",
      to: "（四）推进初信初访",
      findings: [
        "13:1-13:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”",
      ],
    },
    {
      mistake: "the causes dropped from the shortcomings",
      from: "，原因在于少数责任单位重程序、轻实效，答复意见说理不充分。二是信访积案化解仍有“硬骨头”，尚未化解的6件积案均涉及历史遗留问题，主要原因是政策依据不足、涉及部门多，协调化解难度大。三是基层信访干部法治素养有待提升，究其原因，乡镇（街道）信访工作人员调整频繁，系统培训跟进不及时。",
      to: "。二是信访积案化解仍有“硬骨头”，尚未化解的6件积案均涉及历史遗留问题。三是基层信访干部法治素养有待提升，乡镇（街道）信访工作人员调整频繁。",
      findings: ["23:1-23:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the Party secretary dropped from the duties",
      from: "局党组书记、局长认真履行",
      to: "局长认真履行",
      findings: ["27:1-27:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
  ],
  "92-city-gov-service-data-bureau.txt": [
    {
      mistake: "last year's title on this year's report",
      from: "关于2025年度法治政府",
      to: "关于2024年度法治政府",
      findings: ["2:3-2:8 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "an 一网通办率 off, its items available online after “；其中”",
      from: "一网通办率98.1%",
      to: "一网通办率91.8%",
      findings: ["10:86-10:96 rate-mismatch 一网通办率应为98.1%（2318÷2364），文中为91.8%"],
    },
    {
      mistake: "a share of 即办件 off, in 万件 with decimals",
      from: "即办件占比61.4%",
      to: "即办件占比64.1%",
      findings: ["10:154-10:159 rate-mismatch 占比应为61.4%（298.52万÷486.37万），文中为64.1%"],
    },
    {
      mistake: "a 差评整改率 off",
      from: "差评整改率99.5%",
      to: "差评整改率95.9%",
      findings: ["14:79-14:89 rate-mismatch 差评整改率应为99.5%（1365÷1372），文中为95.9%"],
    },
    {
      mistake: "a category of 跨省通办 items raised beyond the items",
      from: "企业经营类64项",
      to: "企业经营类84项",
      findings: ["12:55-12:104 parts-exceed-total 各分项之和为206项（52+18+27+84+25），超过总数186项；请核对总数或各分项"],
    },
    {
      mistake: "a growth of data calls off",
      from: "增长28.2%",
      to: "增长22.8%",
      findings: ["16:91-16:96 change-mismatch 增幅应为28.2%（(3482万-2716万)÷2716万），文中为22.8%"],
    },
    {
      mistake: "this year's number on the plans heading",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["32:3-32:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年1月23日",
      to: "2026年4月3日",
      findings: ["45:1-45:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月3日"],
    },
    {
      mistake: "items available online raised above the items claimed (after “；其中”)",
      from: "其中实现网上可办的2,318项",
      to: "其中实现网上可办的2,418项",
      findings: ["10:45-10:85 parts-exceed-total 分项2418项超过总数2364项；请核对总数或分项"],
    },
  ],
  "93-county-finance-bureau.txt": [
    {
      mistake: "last year's title on this year's report",
      from: "石门县财政局2024年法治",
      to: "石门县财政局2023年法治",
      findings: ["1:7-1:12 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a growth of revenue in 亿元 off",
      from: "增长6.2%",
      to: "增长5.2%",
      findings: ["9:63-9:67 change-mismatch 增幅应为6.2%（(18.64亿-17.55亿)÷17.55亿），文中为5.2%"],
    },
    {
      mistake: "a share of 民生支出 with its digits swapped",
      from: "占比78.3%",
      to: "占比73.8%",
      findings: ["9:100-9:105 rate-mismatch 占比应为78.3%（33.18亿÷42.37亿），文中为73.8%"],
    },
    {
      mistake: "a procurement method raised beyond the projects",
      from: "竞争性磋商138个",
      to: "竞争性磋商168个",
      findings: ["11:42-11:94 parts-exceed-total 各分项之和为442个（156+168+47+12+59），超过总数412个；请核对总数或各分项"],
    },
    {
      mistake: "an outcome of the complaints raised beyond them",
      from: "其中驳回投诉6件",
      to: "其中驳回投诉8件",
      findings: ["11:192-11:226 parts-exceed-total 各分项之和为11件（8+3），超过总数9件；请核对总数或各分项"],
    },
    {
      mistake: "a section number skipped",
      from: "（二）规范政府采购活动",
      to: "（三）规范政府采购活动",
      findings: [
        "11:1-11:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”",
      ],
    },
    {
      mistake: "the 局长 dropped from the duties",
      from: "局党组书记、局长切实履行",
      to: "局党组书记切实履行",
      findings: ["27:1-27:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "an amount left as XX",
      from: "涉及金额3,862.5万元",
      to: "涉及金额XX万元",
      findings: ["13:99-13:101 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a share of the contracts over the amount awarded, stated in the sentence before",
      from: "占成交金额的77.4%",
      to: "占成交金额的72.4%",
      // A documented silence until a share naming things with no received verb (成交金额) was read against the one count of its paragraph so named.
      findings: ["11:176-11:181 rate-mismatch 占比应为77.4%（4.96亿÷6.41亿），文中为72.4%"],
    },
  ],
  "94-autonomous-region-government.txt": [
    {
      mistake: "another region's government in the signature",
      from: "白川回族自治区人民政府\n2025年1月20日",
      to: "青川回族自治区人民政府\n2025年1月20日",
      findings: ["31:1-31:12 name-consistency 落款所写的“青川回族自治区人民政府”与标题中的“白川回族自治区人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "last year's title",
      from: "关于2024年度法治政府建设",
      to: "关于2023年度法治政府建设",
      findings: ["1:14-1:19 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 全程网办率 that no longer matches its counts",
      from: "全程网办率90.5%",
      to: "全程网办率95.0%",
      findings: ["8:110-8:120 rate-mismatch 全程网办率应为90.5%（1653÷1826），文中为95.0%"],
    },
    {
      mistake: "a reduction in percent its counts contradict (精简)",
      from: "精简至352项，精简8.8%",
      to: "精简至352项，精简9.8%",
      findings: ["8:68-8:72 change-mismatch 降幅应为8.8%（(386-352)÷386），文中为9.8%"],
    },
    {
      mistake: "a 复议 outcome raised beyond the cases closed",
      from: "其中维持612件",
      to: "其中维持712件",
      findings: ["12:55-12:109 parts-exceed-total 各分项之和为1086件（712+68+21+47+19+143+76），超过总数986件；请核对总数或各分项"],
    },
    {
      mistake: "（三） written （四）",
      from: "（三）完善依法行政制度体系",
      to: "（四）完善依法行政制度体系",
      findings: [
        "9:1-9:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”",
      ],
    },
    {
      mistake: "the 自治区主席 replaced by the 分管负责同志",
      from: "自治区主席切实履行推进法治政府建设第一责任人职责，",
      to: "自治区人民政府分管负责同志切实履行推进法治政府建设职责，",
      findings: ["19:1-19:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（自治区党委书记）的履职情况，未写政府主要负责人：请补写自治区主席履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a figure left as ××",
      from: "带头讲授法治专题党课1次",
      to: "带头讲授法治专题党课××次",
      findings: ["21:64-21:66 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年1月20日",
      to: "2025年4月20日",
      findings: ["32:1-32:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月20日"],
    },
  ],
  "95-corps-division-city.txt": [
    {
      mistake: "last year's title",
      from: "第十五师青杨市2024年法治政府建设年度报告",
      to: "第十五师青杨市2023年法治政府建设年度报告",
      findings: ["1:8-1:13 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "the count resolved changed, the 化解率 kept",
      from: "化解2271件，化解率98.1%",
      to: "化解2217件，化解率98.1%",
      findings: ["11:117-11:125 rate-mismatch 化解率应为95.7%（2217÷2316），文中为98.1%"],
    },
    {
      mistake: "a 其中 part of the documents cleaned up raised beyond their total",
      from: "其中继续有效116件",
      to: "其中继续有效126件",
      findings: ["9:59-9:94 parts-exceed-total 各分项之和为148件（126+14+8），超过总数138件；请核对总数或各分项"],
    },
    {
      mistake: "（二） skipped",
      from: "（二）推进职能转变",
      to: "（三）推进职能转变",
      findings: [
        "8:1-8:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”",
      ],
    },
    {
      mistake: "the 师长、市长's paragraph dropped, the 团场 leaders' 述法 left in the secretary's",
      from: "师市党委副书记、师长、市长切实履行法治政府建设第一责任人职责，主持召开师市常务会议专题研究法治政府建设议题6个，审定重大行政决策事项3项，带头出庭应诉1次，深入团场调研综合执法改革4次，推动解决团场执法力量不足问题。",
      to: "",
      findings: ["20:1-20:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写市长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the plans reduced to one statement of intent",
      from: "一是2025年6月底前出台《第十五师青杨市团场综合行政执法事项目录》，完成14个团场执法人员全员轮训，持证率提高到85%以上。二是9月底前修订师市重大行政决策程序规定，年度决策事项全部纳入目录管理。三是推动师市政务服务“一张网”与兵团政务服务平台深度对接，2025年底前“跨师市通办”事项增加到160项。四是开展“法治团场”创建，年内创建示范团场3个、民主法治示范连队20个。",
      to: "继续深入推进法治政府建设，不断提高依法行政水平，为师市高质量发展提供法治保障。",
      findings: ["24:1-24:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "a count left as XX",
      from: "抽查案卷240卷，评为优秀62卷",
      to: "抽查案卷240卷，评为优秀XX卷",
      findings: ["10:136-10:138 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年1月24日",
      to: "2025年4月8日",
      findings: ["31:1-31:10 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月8日"],
    },
    {
      mistake: "the cause cut from the third shortcoming subsection",
      from: "，原因在于普法方式仍以集中宣讲为主，新媒体手段运用不够",
      to: "",
      findings: ["18:1-18:14 shortcoming-causes 第三项不足（“（三）法治宣传的精准度不……”）没有分析原因：请写明原因，或统一在各项之后分析"],
    },
  ],
  "96-forest-district-government.txt": [
    {
      mistake: "last year's plans heading left in place",
      from: "四、2026年法治政府建设主要安排",
      to: "四、2025年法治政府建设主要安排",
      findings: ["23:3-23:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a 其中 kind of case raised beyond the cases",
      from: "其中滥伐林木案件23件",
      to: "其中滥伐林木案件33件",
      findings: ["10:163-10:208 parts-exceed-total 各分项之和为97件（33+31+19+14），超过总数87件；请核对总数或各分项"],
    },
    {
      mistake: "a 网上办理率 that no longer matches its counts",
      from: "网上办理率94.8%",
      to: "网上办理率98.4%",
      findings: ["9:170-9:180 rate-mismatch 网上办理率应为94.8%（1198÷1264），文中为98.4%"],
    },
    {
      mistake: "a 完成率 off",
      from: "完成34项，完成率94.4%",
      to: "完成34项，完成率97.4%",
      findings: ["8:151-8:159 rate-mismatch 完成率应为94.4%（34÷36），文中为97.4%"],
    },
    {
      mistake: "the 区长 dropped, the 分管副区长 left",
      from: "林区人民政府区长全面履行法治政府建设第一责任人职责，主持召开林区人民政府常务会议研究法治议题5个，带头出庭应诉1次，带队开展“护林2025”专项督导3次。林区人民政府分管副区长",
      to: "林区人民政府分管副区长",
      findings: ["19:1-19:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写林区长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the causes removed from every shortcoming",
      from: "，主要原因是乡镇机构编制有限，执法人员多为兼职，培训机会少。二是林业执法与生态保护衔接不够紧密。森林公安、综合执法、自然保护地管理机构之间线索移送、信息共享还不顺畅，原因是协作机制以会议纪要为主，缺乏制度化安排。三是法治宣传形式较为单一，对外来务工和旅游人员覆盖不足，原因在于宣传阵地集中于乡镇政府所在地，线上宣传力度不够。",
      to: "。二是林业执法与生态保护衔接不够紧密，线索移送、信息共享还不顺畅。三是法治宣传形式较为单一，对外来务工和旅游人员覆盖不足。",
      findings: ["15:1-15:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a figure left as ×××",
      from: "培养“法律明白人”836名",
      to: "培养“法律明白人”×××名",
      findings: ["13:37-13:40 placeholder-text 模板占位符“×××”未替换，应填写实际内容"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年1月28日",
      to: "2026年4月2日",
      findings: ["34:1-34:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月2日"],
    },
  ],
  "97-city-hrss-typora-front-matter.md": [
    {
      mistake: "last year's title, underlined with ===",
      from: "云岭市人力资源和社会保障局2024年法治政府建设年度报告\n===",
      to: "云岭市人力资源和社会保障局2023年法治政府建设年度报告\n===",
      findings: ["7:14-7:19 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 全程网办率 with its digits swapped",
      from: "全程网办率91.9%",
      to: "全程网办率99.1%",
      findings: ["15:136-15:146 rate-mismatch 全程网办率应为91.9%（68÷74），文中为99.1%"],
    },
    {
      mistake: "a 其中 part raised beyond the 权责事项",
      from: "其中行政许可9项",
      to: "其中行政许可19项",
      findings: ["15:32-15:81 parts-exceed-total 各分项之和为296项（19+213+27+11+26），超过总数286项；请核对总数或各分项"],
    },
    {
      mistake: "a 结案率 off next to an HTML comment",
      from: "结案率96.0%",
      to: "结案率90.6%",
      findings: ["27:45-27:53 rate-mismatch 结案率应为96.0%（1217÷1268），文中为90.6%"],
    },
    {
      mistake: "a figure left as XX",
      from: "检查用人单位1842户次",
      to: "检查用人单位XX户次",
      findings: ["23:70-23:72 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "the causes dropped from the shortcomings",
      from: "，主要原因是县（市、区）监察机构编制少，专职监察员人均负责用人单位超过600户。二是规范性文件实施后评估开展不够，原因在于评估机制尚不健全，缺乏专业评估力量。三是“互联网+监管”应用不深，原因是省市两级业务系统数据尚未完全打通。",
      to: "。二是规范性文件实施后评估开展不够。三是“互联网+监管”应用不深。",
      findings: ["31:1-31:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "last year's plans heading, underlined with ---",
      from: "四、2025年推进",
      to: "四、2024年推进",
      findings: ["41:3-41:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年1月24日",
      to: "2025年4月24日",
      findings: ["53:1-53:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月24日"],
    },
  ],
  "98-county-transport-notepad-utf16.txt": [
    {
      mistake: "last year's title",
      from: "石梁县交通运输局2024年度",
      to: "石梁县交通运输局2023年度",
      findings: ["1:9-1:14 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 结案率 off",
      from: "结案率97.3%",
      to: "结案率93.7%",
      findings: ["14:141-14:149 rate-mismatch 结案率应为97.3%（509÷523），文中为93.7%"],
    },
    {
      mistake: "a 其中 part raised beyond the 权责事项",
      from: "其中行政许可21项",
      to: "其中行政许可31项",
      findings: ["8:24-8:72 parts-exceed-total 各分项之和为208项（31+142+8+15+12），超过总数198项；请核对总数或各分项"],
    },
    {
      mistake: "an outcome raised beyond the reviews",
      from: "其中维持3件",
      to: "其中维持4件",
      findings: ["16:61-16:78 parts-exceed-total 各分项之和为5件（4+1），超过总数4件；请核对总数或各分项"],
    },
    {
      mistake: "a skipped （三）",
      from: "（三）推进重大行政决策",
      to: "（四）推进重大行政决策",
      findings: [
        "11:1-11:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”",
      ],
    },
    {
      mistake: "the 党组书记 dropped from the duties",
      from: "局党组书记、局长认真履行",
      to: "局长认真履行",
      findings: ["25:1-25:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the plans reduced to one statement of intent",
      from: "一是深化交通运输综合执法规范化建设，2025年6月底前完成执法中队标准化站所建设，全面推行执法人员持证上岗“一人一档”；二是加强新业态依法监管，年内出台网约车经营服务质量考核实施细则；三是推进非现场执法，2025年底前在国道、省道建成治超非现场执法检测点4处；四是落实“谁执法谁普法”责任制，面向货运驾驶员开展“法治进车厢”活动不少于20场。",
      to: "继续深入推进法治交通建设，不断提升依法行政水平。",
      findings: ["28:1-28:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年2月12日",
      to: "2025年4月12日",
      findings: ["35:1-35:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月12日"],
    },
  ],
  "99-county-government-gongwen-pdf-pages.txt": [
    {
      mistake: "last year's title on its second line",
      from: "关于2024年度法治政府",
      to: "关于2023年度法治政府",
      findings: ["6:3-6:8 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 全程网办率 off on the first page",
      from: "全程网办率92.9%",
      to: "全程网办率95.9%",
      findings: ["11:169-11:179 rate-mismatch 全程网办率应为92.9%（1061÷1142），文中为95.9%"],
    },
    {
      mistake: "a 其中 outcome raised beyond the reviews closed",
      from: "其中维持64件",
      to: "其中维持74件",
      findings: ["20:102-20:136 parts-exceed-total 各分项之和为101件（74+9+5+3+10），超过总数91件；请核对总数或各分项"],
    },
    {
      mistake: "a 化解率 off on the page before the shortcomings",
      from: "化解率97.3%",
      to: "化解率98.3%",
      findings: ["21:85-21:93 rate-mismatch 化解率应为97.3%（4016÷4127），文中为98.3%"],
    },
    {
      mistake: "a skipped （四） after a page break",
      from: "（四）聚焦执法规范",
      to: "（五）聚焦执法规范",
      findings: [
        "19:3-19:6 heading-numbering 标题序号跳号：此处应为“（四）”，文中为“（五）”",
      ],
    },
    {
      mistake: "the 县长 dropped from the duties",
      from: "县长坚持把法治政府建设摆在政府工作全局的重要位置，主持召开县政府常务会议研究法治政府建设工作5次，组织县政府常务会议会前学法12次，带头出庭应诉1次，年终在县委全面依法治县委员会会议上专题述法。",
      to: "",
      findings: ["27:3-27:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "last year's plans heading after a page number",
      from: "四、2025年推进",
      to: "四、2024年推进",
      findings: ["31:5-31:10 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "dated after March 31, above the 版记",
      from: "2025年2月18日",
      to: "2025年4月18日",
      findings: ["37:1-37:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月18日"],
    },
  ],
  "100-city-tobacco-monopoly-bureau.txt": [
    {
      mistake: "last year's title on the tobacco bureau's report",
      from: "关于2024年度法治政府",
      to: "关于2023年度法治政府",
      findings: ["1:15-1:20 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 优秀率 off its files",
      from: "优秀率77.5%",
      to: "优秀率75.5%",
      findings: ["11:414-11:422 rate-mismatch 优秀率应为77.5%（186÷240），文中为75.5%"],
    },
    {
      mistake: "a 其中 class of cases raised beyond the cases investigated",
      from: "其中无证经营案件512起",
      to: "其中无证经营案件612起",
      findings: ["11:38-11:113 parts-exceed-total 各分项之和为1386起（612+386+214+174），超过总数1286起；请核对总数或各分项"],
    },
    {
      mistake: "a 同比 increase off its earlier count",
      from: "同比增长6.3%（上年1,210起）",
      to: "同比增长8.3%（上年1,210起）",
      findings: ["11:49-11:53 change-mismatch 增幅应为6.3%（(1286-1210)÷1210），文中为8.3%"],
    },
    {
      mistake: "the 局长、经理 dropped from the one person who is both",
      from: "局（公司）党组书记、局长、经理王某某",
      to: "局（公司）党组书记王某某",
      findings: ["23:1-23:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the causes removed from the shortcomings",
      from: "线索发现主要依赖举报。主要原因是新业态违法手段隐蔽，专卖部门与快递企业数据共享机制尚未建立，技术手段跟不上。二是基层执法力量配备不够均衡，县级局专卖执法人员平均年龄45.6岁，35岁以下仅占12%。原因在于近年新进执法人员较少，执法队伍新老交替不畅。三是少数零售户守法意识仍然淡薄，重复违法现象时有发生，根源在于普法宣传针对性不强，对零售户信用评价结果运用不够。",
      to: "线索发现主要依赖举报。二是基层执法力量配备不够均衡，县级局专卖执法人员平均年龄45.6岁，35岁以下仅占12%。三是少数零售户守法意识仍然淡薄，重复违法现象时有发生。",
      findings: ["19:1-19:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "×× left for the number of legal advisers",
      from: "聘请法律顾问2名",
      to: "聘请法律顾问××名",
      findings: ["13:78-13:80 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the report signed after March 31",
      from: "2025年1月20日",
      to: "2025年4月20日",
      findings: ["40:1-40:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月20日"],
    },
    {
      mistake: "余 after an exact count of people",
      from: "聘请行风监督员15名",
      to: "聘请行风监督员15余名",
      findings: ["15:135-15:139 approximate-number “15余名”写法不当：“余”表示概数，只能接在末位为0的整数或“万”“亿”之后；应写确数，或写作整数概数（如“10余次”）"],
    },
    {
      mistake: "a change whose earlier count in parentheses is said in the count's own words (（上年查处1,180起）)",
      from: "同比增长6.3%（上年1,210起）",
      to: "同比增长6.3%（上年查处1,180起）",
      findings: ["11:49-11:53 change-mismatch 增幅应为9.0%（(1286-1180)÷1180），文中为6.3%"],
    },
  ],
  "101-city-meteorological-bureau.txt": [
    {
      mistake: "a class of permits raised beyond the permits received",
      from: "竣工验收61件",
      to: "竣工验收81件",
      findings: ["10:56-10:108 parts-exceed-total 各分项之和为174件（68+81+25），超过总数154件；请核对总数或各分项"],
    },
    {
      mistake: "a 整改率 no longer matching the hazards rectified",
      from: "整改率94.6%",
      to: "整改率96.4%",
      findings: ["16:90-16:98 rate-mismatch 整改率应为94.6%（139÷147），文中为96.4%"],
    },
    {
      mistake: "the head's title dropped from the one person who is both",
      from: "局党组书记、局长陈某某",
      to: "局党组书记陈某某",
      findings: ["28:1-28:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a skipped （三） in the plans",
      from: "（三）提升执法能力",
      to: "（四）提升执法能力",
      findings: [
        "38:1-38:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”",
      ],
    },
    {
      mistake: "last year in the opening",
      from: "2025年，青州市气象局在省气象局",
      to: "2024年，青州市气象局在省气象局",
      findings: ["5:1-5:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "XX left for the decree number",
      from: "青州市人民政府令第42号",
      to: "青州市人民政府令第XX号",
      findings: ["13:38-13:41 placeholder-text 模板占位符“XX号”未替换，应填写实际内容"],
    },
    {
      mistake: "a 结案率 after the ； that closes the 其中 list of the cases opened",
      from: "结案率94.1%",
      to: "结案率95.1%",
      // A documented silence until a ； that closes a 其中 list no longer ended the statement of a rate after it.
      findings: ["16:241-16:249 rate-mismatch 结案率应为94.1%（16÷17），文中为95.1%"],
    },
  ],
  "102-county-transport-enforcement-brigade.txt": [
    {
      mistake: "the 大队长's sentence dropped, the deputy still assisting him",
      from: "大队长黄某某全面负责执法工作，主持制定大队年度法治建设工作计划，主持召开案件集体讨论会议9次，审定重大执法决定37件；带队开展治超夜查行动18次，年底向县交通运输局党组述法。",
      to: "",
      findings: ["24:1-24:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（教导员）的履职情况，未写政府主要负责人：请补写大队长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the 教导员's sentence dropped",
      from: "大队教导员刘某某认真履行党支部主体责任，组织召开党支部会议研究法治建设工作4次，牵头开展执法作风专项整治，带头讲授法治党课1次，组织集体学法12次。",
      to: "",
      findings: ["24:1-24:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（大队长）的履职情况，未写党委主要负责人：请补写大队党支部书记（教导员）履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a 其中 class of cases raised beyond the cases investigated",
      from: "其他案件45起",
      to: "其他案件65起",
      findings: ["12:185-12:224 parts-exceed-total 各分项之和为634起（412+86+71+65），超过总数614起；请核对总数或各分项"],
    },
    {
      mistake: "a skipped （四）",
      from: "（四）加强队伍",
      to: "（五）加强队伍",
      findings: [
        "16:1-16:4 heading-numbering 标题序号跳号：此处应为“（四）”，文中为“（五）”",
      ],
    },
    {
      mistake: "×× left for the body cameras",
      from: "配备执法记录仪48台",
      to: "配备执法记录仪××台",
      findings: ["14:56-14:58 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the plans cut to two items",
      from: "三是建立与县公安局、县市场监督管理局的联合执法常态化机制，每季度至少开展联合执法1次。四是开展执法案卷评查2次，力争案卷优秀率达到75%以上。",
      to: "",
      findings: ["28:1-28:12 plan-specificity “下一年度主要安排”只分出2项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "one more officer with a certificate, the 持证率 kept",
      from: "持有行政执法证件61人，持证率95.3%",
      to: "持有行政执法证件62人，持证率95.3%",
      findings: ["16:42-16:50 rate-mismatch 持证率应为96.9%（62÷64），文中为95.3%"],
    },
    {
      mistake: "a 结案率 after the ； that closes the 其中 list of the cases opened",
      from: "结案率97.4%",
      to: "结案率98.4%",
      // A documented silence until a ； that closes a 其中 list no longer ended the statement of a rate after it.
      findings: ["12:233-12:241 rate-mismatch 结案率应为97.4%（598÷614），文中为98.4%"],
    },
  ],
  "103-city-data-bureau-ai-services.txt": [
    {
      mistake: "last year's title on its second line",
      from: "关于2025年度法治政府建设情况的报告",
      to: "关于2024年度法治政府建设情况的报告",
      findings: ["2:3-2:8 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a 全程网办率 off beside a URL and an APP name",
      from: "全程网办率92.2%",
      to: "全程网办率93.2%",
      findings: ["12:115-12:125 rate-mismatch 全程网办率应为92.2%（1702÷1846），文中为93.2%"],
    },
    {
      mistake: "a 办结率 off beside API interfaces",
      from: "办结率99.4%",
      to: "办结率98.4%",
      findings: ["14:95-14:103 rate-mismatch 办结率应为99.4%（638÷642），文中为98.4%"],
    },
    {
      mistake: "one more problem rectified, the 整改率 kept",
      from: "已整改83个",
      to: "已整改84个",
      findings: ["16:101-16:109 rate-mismatch 整改率应为97.7%（84÷86），文中为96.5%"],
    },
    {
      mistake: "a half-width comma after a version number (V2.0,为…)",
      from: "V2.0，为窗口人员",
      to: "V2.0,为窗口人员",
      findings: ["10:91-10:92 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "a phone number left as XXXXXXXX",
      from: "0571-12345678",
      to: "0571-XXXXXXXX",
      findings: ["18:93-18:101 placeholder-text 模板占位符“XXXXXXXX”未替换，应填写实际内容"],
    },
    {
      mistake: "an e-mail address left as ××@",
      from: "sjaq@qiantang.gov.cn",
      to: "××@qiantang.gov.cn",
      findings: ["18:125-18:127 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the 党组书记 dropped from the duties",
      from: "局党组书记、局长认真履行",
      to: "局长认真履行",
      findings: ["26:1-26:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年1月20日",
      to: "2026年4月20日",
      findings: ["43:1-43:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月20日"],
    },
    {
      mistake: "the shortcomings replaced by a claim that there are none",
      from: "一是AI辅助审批的规则还不完备，部分窗口人员对大模型输出结果依赖较重，原因在于对模型能力边界的培训不够，人工复核的标准和责任尚未细化到每一类事项。二是公共数据授权运营刚刚起步，收益分配、安全审计等配套制度尚未出台，主要原因是上位法规定较为原则，可借鉴的实践经验不多。三是部分区县政务系统仍使用V1.0版本的统一身份认证接口，与市级平台对接不畅，究其原因，是系统改造资金和技术力量不足，统筹推进力度不够。",
      to: "经自查，本年度暂未发现明显问题。",
      findings: ["22:1-22:11 empty-part “存在的不足和原因”标题下只写了“经自查，本年度暂未发现明显问题”，应如实写明存在的不足及其原因"],
    },
  ],
  "104-district-government-5g-enforcement.txt": [
    {
      mistake: "a sister district's signature",
      from: "粤江市云岗区人民政府\n2025年1月24日",
      to: "粤江市云峰区人民政府\n2025年1月24日",
      findings: ["43:1-43:11 name-consistency 落款所写的“粤江市云峰区人民政府”与标题中的“粤江市云岗区人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a 其中 count of a procedure alone beyond the cases",
      from: "适用简易程序836件",
      to: "适用简易程序1,836件",
      findings: ["15:135-15:167 parts-exceed-total 各分项之和为2284件（1836+448），超过总数1284件；请核对总数或各分项"],
    },
    {
      mistake: "an outcome raised beyond the reviews closed",
      from: "维持86件",
      to: "维持96件",
      findings: ["17:35-17:81 parts-exceed-total 各分项之和为128件（96+9+5+3+7+8），超过总数118件；请核对总数或各分项"],
    },
    {
      mistake: "a skipped （二）",
      from: "（二）健全依法行政制度体系",
      to: "（三）健全依法行政制度体系",
      findings: [
        "11:1-11:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”",
      ],
    },
    {
      mistake: "a half-width semicolon after a count with a thousands separator",
      from: "1,260台，执法人员",
      to: "1,260台;执法人员",
      findings: ["15:45-15:46 punctuation-width 中文行文应使用全角标点“；”，文中为半角“;”"],
    },
    {
      mistake: "a website left as www.xx.gov.cn",
      from: "www.yungang.gov.cn",
      to: "www.xx.gov.cn",
      findings: ["9:65-9:67 placeholder-text 模板占位符“xx”未替换，应填写实际内容"],
    },
    {
      mistake: "the 区长 dropped, the 区委书记 left",
      from: "区长切实履行推进法治建设第一责任人职责：",
      to: "区政府切实履行推进法治建设职责：",
      findings: ["27:1-27:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（区委书记）的履职情况，未写政府主要负责人：请补写区长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the causes removed from every shortcoming",
      from: "一是行政执法数字化应用深度不够，部分镇街执法人员对综合执法平台3.1版的文书模块使用不熟练，原因在于培训多集中在区直部门，镇街覆盖不足。二是行政复议纠错率仍然偏高,究其原因，部分部门执法程序意识不强，调查取证不规范。三是“掌上办”事项的办件量分布不均，主要原因是部分事项办理流程未按移动端特点重新设计，申请人仍需到现场补交材料。",
      to: "一是行政执法数字化应用深度不够，部分镇街执法人员对综合执法平台3.1版的文书模块使用不熟练。二是行政复议纠错率仍然偏高。三是“掌上办”事项的办件量分布不均，部分事项申请人仍需到现场补交材料。",
      findings: ["23:1-23:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2025年工作安排",
      to: "四、2024年工作安排",
      findings: ["31:3-31:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年1月24日",
      to: "2025年4月24日",
      findings: ["44:1-44:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月24日"],
    },
    {
      mistake: "a 结案率 after the ； that closes the 其中 list of the cases",
      from: "结案率97.4%",
      to: "结案率96.4%",
      // A documented silence until a ； that closes a 其中 list no longer ended the statement of a rate after it.
      findings: ["15:175-15:183 rate-mismatch 结案率应为97.4%（1251÷1284），文中为96.4%"],
    },
    {
      mistake: "the cases under the 简易程序 raised, the two procedures (适用 before each) beyond the cases",
      from: "适用简易程序836件",
      to: "适用简易程序936件",
      findings: ["15:135-15:165 parts-exceed-total 各分项之和为1384件（936+448），超过总数1284件；请核对总数或各分项"],
    },
  ],
  "105-municipal-district-justice-bureau-apps.txt": [
    {
      mistake: "last year's title",
      from: "申江市浦湾区司法局2025年度",
      to: "申江市浦湾区司法局2024年度",
      findings: ["1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a 纠错率 off",
      from: "纠错率10.9%",
      to: "纠错率11.9%",
      findings: ["9:69-9:77 rate-mismatch 纠错率应为10.9%（41÷376），文中为11.9%"],
    },
    {
      mistake: "an 占比 of online notarizations off",
      from: "线上申办占比60.0%",
      to: "线上申办占比62.0%",
      findings: ["13:174-13:179 rate-mismatch 占比应为60.0%（3120÷5200），文中为62.0%"],
    },
    {
      mistake: "a 其中 part beyond the notarizations",
      from: "其中通过线上申办3,120件",
      to: "其中通过线上申办6,120件",
      findings: ["13:146-13:167 parts-exceed-total 分项6120件超过总数5200件；请核对总数或分项"],
    },
    {
      mistake: "a 调解成功率 with its digits swapped",
      from: "调解成功率97.5%",
      to: "调解成功率95.7%",
      findings: ["15:55-15:65 rate-mismatch 调解成功率应为97.5%（8237÷8452），文中为95.7%"],
    },
    {
      mistake: "a half-width colon before the report",
      from: "报告如下：",
      to: "报告如下:",
      findings: ["5:121-5:122 punctuation-width 中文行文应使用全角标点“：”，文中为半角“:”"],
    },
    {
      mistake: "half-width parentheses around Chinese and a version number",
      from: "（iOS、Android版本号V5.2.1）",
      to: "(iOS、Android版本号V5.2.1)",
      findings: [
        "13:96-13:97 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”",
        "13:117-13:118 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”",
      ],
    },
    {
      mistake: "an e-mail address left as XXXX@",
      from: "flfw@puwan.gov.cn",
      to: "XXXX@puwan.gov.cn",
      findings: ["13:317-13:321 placeholder-text 模板占位符“XXXX”未替换，应填写实际内容"],
    },
    {
      mistake: "the plans reduced to one statement of intent",
      from: "（一）降低行政复议纠错率。2026年上半年对2025年被纠错的41件案件逐一向执法部门反馈，制发行政复议意见书和建议书不少于10份，全年纠错率力争下降到9%以下。\n\n（二）推进公共法律服务适老化。年内完成“随申办”APP法律服务专区适老化改造，在219个三级平台设置线上服务引导员，老年人法律援助线上申请量较2025年增长20%以上。\n\n（三）加强人民调解队伍建设。2026年底前每个街镇配备专职人民调解员不少于3名，组织全区调解员轮训1次，培训覆盖率达到100%。",
      to: "（一）持续深化行政复议、公共法律服务和人民调解工作，不断提升法治政府建设水平。",
      findings: ["29:1-29:22 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年1月16日",
      to: "2026年4月16日",
      findings: ["42:1-42:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月16日"],
    },
    {
      mistake: "a share whose whole (收到行政复议申请412件) is two sentences before it",
      // It was a documented silence: a share naming a received whole is read over the one count so named in its paragraph.
      from: "占收到申请总数的45.1%",
      to: "占收到申请总数的54.1%",
      findings: ["9:114-9:119 rate-mismatch 占比应为45.1%（186÷412），文中为54.1%"],
    },
  ],
  "106-district-zero-width-web-copy.txt": [
    {
      mistake: "an 按期办结率 below 100% after suggestions and proposals all closed on time",
      from: "政协委员提案146件，均按期办结",
      to: "政协委员提案146件，均按期办结，按期办结率98.5%",
      findings: ["10:205-10:215 rate-mismatch 按期办结率应为100.0%（(128+146)÷(128+146)），文中为98.5%"],
    },
    {
      mistake: "a 其中 part raised beyond the 权责事项, whose total a zero-width space splits (12\u200b86项)",
      from: "行政处罚764项",
      to: "行政处罚864项",
      findings: ["6:38-6:83 parts-exceed-total 各分项之和为1386项（218+864+52+252），超过总数1286项；请核对总数或各分项"],
    },
    {
      mistake: "the total a zero-width space splits lowered below its parts (12\u200b68项)",
      from: "12\u200b86项",
      to: "12\u200b68项",
      findings: ["6:38-6:83 parts-exceed-total 各分项之和为1286项（218+764+52+252），超过总数1268项；请核对总数或各分项"],
    },
    {
      mistake: "a fall off between counts zero-width spaces split (2\u200b456件 → 2\u200b318件)",
      from: "下降5.6%",
      to: "下降6.5%",
      findings: ["9:70-9:74 change-mismatch 降幅应为5.6%（(2456-2318)÷2456），文中为6.5%"],
    },
    {
      mistake: "a 调解成功率 off, its counts split by zero-width spaces",
      from: "调解成功率98.2%",
      to: "调解成功率96.2%",
      findings: ["12:68-12:78 rate-mismatch 调解成功率应为98.2%（3791÷3862），文中为96.2%"],
    },
    {
      mistake: "the reporting sentence keeps last year, a zero-width space after it",
      from: "现将2024年度\u200b",
      to: "现将2023年度\u200b",
      findings: ["4:121-4:126 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "the 区长 dropped from the duties, under a heading a zero-width space opens",
      from: "区长认真履行法治政府建设第一责任人职责，主持召开区政府常务会议研究法治政府建设工作6次，组织区政府常务会议会前学法12次，带头出庭应诉行政诉讼案件2件，对法治政府建设重点任务亲自部署、亲自督办。",
      to: "",
      findings: ["16:2-16:28 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（区委书记）的履职情况，未写政府主要负责人：请补写区长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "shortcomings without their causes, under a heading a zero-width space splits (存在的\u200b不足)",
      from: "，主要原因是街道执法人员多为新近转隶，专业培训覆盖不够。二是行政复议纠错率仍然偏高，原因在于个别部门重实体、轻程序的观念尚未根本转变。三是法治宣传教育的针对性不强，究其原因，普法工作仍以发放资料、举办讲座为主，分众化、精准化普法手段运用不足。",
      to: "。二是行政复议纠错率仍然偏高。三是法治宣传教育的针对性不强。",
      findings: ["14:2-14:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "dated after March 31, indented with NBSP",
      from: "2025年2月14日",
      to: "2025年4月14日",
      findings: ["24:5-24:15 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月14日"],
    },
  ],
  "107-county-enforcement-fullwidth-cr.txt": [
    {
      mistake: "last year's title, in full-width digits",
      from: "青塘县综合行政执法局２０２４年度",
      to: "青塘县综合行政执法局２０２３年度",
      findings: ["1:11-1:16 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 结案率 in full-width digits off",
      from: "结案率９６．７％",
      to: "结案率９７．６％",
      findings: ["9:45-9:53 rate-mismatch 结案率应为96.7%（1587÷1642），文中为９７．６％"],
    },
    {
      mistake: "a 其中 field raised beyond the penalties taken over",
      from: "市场监管领域３９０项",
      to: "市场监管领域４９０项",
      findings: ["6:27-6:80 parts-exceed-total 各分项之和为1386项（512+218+166+490），超过总数1286项；请核对总数或各分项"],
    },
    {
      mistake: "a skipped （二） in a file with CR line endings",
      from: "（二）健全依法行政",
      to: "（三）健全依法行政",
      findings: [
        "7:3-7:6 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”",
      ],
    },
    {
      mistake: "a 处置率 over counts in 万 off",
      from: "处置率９７．９％",
      to: "处置率９９．７％",
      findings: ["10:83-10:91 rate-mismatch 处置率应为97.9%（3.19万÷3.26万），文中为９９．７％"],
    },
    {
      mistake: "a 复议 outcome raised beyond the cases closed",
      from: "其中维持１３件",
      to: "其中维持１５件",
      findings: ["11:39-11:67 parts-exceed-total 各分项之和为19件（15+2+1+1），超过总数17件；请核对总数或各分项"],
    },
    {
      mistake: "last year's plans heading, in full-width digits",
      from: "四、２０２５年工作安排",
      to: "四、２０２４年工作安排",
      findings: ["18:5-18:10 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "dated after March 31, in full-width digits",
      from: "２０２５年１月２０日",
      to: "２０２５年４月２０日",
      findings: ["27:3-27:13 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月20日"],
    },
    {
      mistake: "第一责任人职责 with its 人 lost",
      from: "切实履行推进法治建设第一责任人职责，主持",
      to: "切实履行推进法治建设第一责任职责，主持",
      findings: ["17:21-17:25 terminology “第一责任”应为“第一责任人”：《党政主要负责人履行推进法治建设第一责任人职责规定》的提法是“第一责任人职责”，漏了“人”"],
    },
  ],
  "108-city-natural-resources-mammoth.md": [
    {
      mistake: "a 网办率 escaped by the converter (85\\.1%) off",
      from: "网办率81\\.1%",
      to: "网办率85\\.1%",
      findings: ["9:131-9:140 rate-mismatch 网办率应为81.1%（10.43万÷12.86万），文中为85.1%"],
    },
    {
      mistake: "a 纠错率 escaped by the converter off",
      from: "纠错率15\\.4%",
      to: "纠错率14\\.5%",
      findings: ["23:77-23:86 rate-mismatch 纠错率应为15.4%（6÷39），文中为14.5%"],
    },
    {
      mistake: "a 其中 outcome raised beyond the cases closed",
      from: "维持28件",
      to: "维持38件",
      findings: ["23:36-23:71 parts-exceed-total 各分项之和为49件（38+4+2+3+2），超过总数39件；请核对总数或各分项"],
    },
    {
      mistake: "a skipped （三） in a run-in heading set in __bold__",
      from: "__（三）推进行政决策",
      to: "__（四）推进行政决策",
      findings: [
        "19:3-19:6 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”",
      ],
    },
    {
      mistake: "last year's plans heading in __bold__ after a bookmark",
      from: "__四、2025年工作安排__",
      to: "__四、2024年工作安排__",
      findings: ["37:31-37:36 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "the Party secretary dropped from the one leader's titles",
      from: "局党组书记、局长严格履行",
      to: "局长严格履行",
      findings: ["33:29-33:55 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "，主要原因是基层自然资源所人员少、巡查覆盖不够。二是行政复议纠错率偏高，原因在于部分征收补偿案件程序不规范。三是规划领域专业普法力度不够，究其原因，普法方式仍以集中宣讲为主，精准性不强。",
      to: "。二是行政复议纠错率偏高。三是规划领域专业普法力度不够。",
      findings: ["29:29-29:39 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "dated after March 31, below a signature ending with a two-space break",
      from: "2025年1月24日",
      to: "2025年4月24日",
      findings: ["46:1-46:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月24日"],
    },
  ],
  "109-county-government-cause-analysis-part.txt": [
    {
      mistake: "last year's title",
      from: "关于桐柏山县2024年度",
      to: "关于桐柏山县2023年度",
      findings: ["1:7-1:12 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 其中 part of the documents cleared raised beyond their total",
      from: "其中继续有效162件",
      to: "其中继续有效182件",
      findings: ["11:96-11:122 parts-exceed-total 各分项之和为206件（182+15+9），超过总数186件；请核对总数或各分项"],
    },
    {
      mistake: "the cause-analysis part left with its heading only",
      from: "原因主要有以下几个方面：主观上，部分执法部门对程序规定的重视程度不够，“重实体、轻程序”的观念没有根本扭转，对新修订的《行政复议法》学习不够深入；部分乡镇领导干部把合法性审核当作“走过场”，审核责任落实不到位。客观上，乡镇合法性审核人员多为兼职，全县12个乡镇中具有法律职业资格的审核人员仅5人；执法平台由省、市分别建设，与部分部门业务系统尚未实现数据互通，基层执法人员需要重复录入。\n\n",
      to: "",
      findings: [
        "25:1-25:8 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）",
        "29:1-29:7 empty-part “存在的不足和原因”标题下没有内容",
      ],
    },
    {
      mistake: "a skipped （二） in the plans",
      from: "（二）提升乡镇合法性审核质量",
      to: "（三）提升乡镇合法性审核质量",
      findings: [
        "49:1-49:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”",
      ],
    },
    {
      mistake: "the plans reduced to slogans",
      from: "（一）着力降低行政复议纠错率\n\n1.2025年3月底前对2024年被纠错的18件案件逐案分析，向相关执法部门制发行政复议意见书不少于5份。\n\n2.开展行政执法程序专项培训2期，覆盖全县38个执法部门的一线执法人员。\n\n3.力争全年行政复议纠错率下降到10%以下。\n\n（二）提升乡镇合法性审核质量\n\n1.制定《桐柏山县乡镇合法性审核工作规范》，统一审核意见书格式，于2025年6月底前印发实施。\n\n2.通过公开招录和购买服务，为12个乡镇各配备至少1名专职合法性审核人员。\n\n3.组织全县乡镇审核人员集中培训1次，年底对乡镇审核意见抽查不少于60件。\n\n（三）推进行政执法数字化均衡应用\n\n1.协调省、市平台建设单位，年内完成执法平台与县市场监管、交通运输等5个部门业务系统的数据对接。\n\n2.全面推行电子执法文书，力争全县执法平台使用率达到95%以上。\n\n3.将执法平台使用情况纳入2025年度法治政府建设考核，考核分值不低于5分。\n\n",
      to: "2025年，我县将继续坚持以习近平法治思想为指导，进一步提高政治站位，压实工作责任，推动全县法治政府建设再上新台阶。\n\n",
      findings: ["39:1-39:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "the 县长 dropped, the 县委书记 left",
      from: "县长认真履行推进法治建设第一责任人职责，主持召开县政府常务会议研究法治政府建设工作6次，审议规范性文件14件，坚持重大行政决策事项经合法性审查后提交集体讨论决定；带头出庭应诉行政案件2件，督促各乡镇、各部门落实行政机关负责人出庭应诉制度；组织开展县政府常务会议会前学法12次。\n\n",
      to: "",
      findings: ["33:1-33:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
  ],
  "110-city-sports-bureau-quarterly-plans.txt": [
    {
      mistake: "the cause removed from every shortcoming",
      from: "（一）体育市场执法力量薄弱。全局具有行政执法证件的人员仅11人，面对全市312家高危险性体育项目经营场所，日常检查难以做到全覆盖。究其原因，2022年机构改革后体育市场执法职能划入文化市场综合执法支队，局机关执法人员减少，而高危险性体育项目经营场所数量三年增长了42%。\n\n（二）基层体育设施管理制度落实不到位。部分街道和社区健身器材老化、损坏后维修不及时，2024年市民通过12345热线反映健身设施问题158件。主要原因是《澄江市全民健身设施管理办法》施行时间较短，设施管护责任在街道、社区和产权单位之间尚未完全理顺，管护经费也没有纳入街道年度预算。\n\n（三）法治宣传方式较为单一。体育普法仍以发放资料、集中宣讲为主，群众参与度不高。分析原因，一是普法工作与赛事活动、全民健身活动结合不够紧密；二是缺少既懂体育又懂法律的宣讲人员，全局具有法律职业资格的干部仅2人。\n\n",
      to: "（一）体育市场执法力量薄弱。全局具有行政执法证件的人员仅11人，面对全市312家高危险性体育项目经营场所，日常检查难以做到全覆盖。\n\n（二）基层体育设施管理制度落实不到位。部分街道和社区健身器材老化、损坏后维修不及时，2024年市民通过12345热线反映健身设施问题158件。\n\n（三）法治宣传方式较为单一。体育普法仍以发放资料、集中宣讲为主，群众参与度不高，普法工作与赛事活动、全民健身活动结合不够紧密。\n\n",
      findings: ["21:1-21:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "an 整改率 off",
      from: "整改率97.7%",
      to: "整改率95.7%",
      findings: ["13:101-13:109 rate-mismatch 整改率应为97.7%（85÷87），文中为95.7%"],
    },
    {
      mistake: "a 其中 part of the 权责事项 raised beyond their total",
      from: "行政处罚52项",
      to: "行政处罚62项",
      findings: ["9:63-9:101 parts-exceed-total 各分项之和为97项（4+62+11+20），超过总数87项；请核对总数或各分项"],
    },
    {
      mistake: "a 结案率 with its digits swapped",
      from: "结案率94.7%",
      to: "结案率97.4%",
      findings: ["13:132-13:140 rate-mismatch 结案率应为94.7%（18÷19），文中为97.4%"],
    },
    {
      mistake: "the quarterly plans reduced to one statement of intent",
      from: "第一季度：制定《澄江市高危险性体育项目经营场所分级分类监管办法》，于3月底前印发；会同文化市场综合执法支队建立联合执法清单，明确双方职责分工。\n\n第二季度：开展高危险性体育项目经营场所安全专项检查，力争检查覆盖率达到95%以上；推动各街道将健身设施管护经费纳入2026年度预算编制。\n\n第三季度：结合全民健身日开展体育普法活动不少于12场，组织“体育法进赛事”活动，在“澄江马拉松”等赛事中设置普法宣传点。\n\n第四季度：组织全局干部法治培训2次，选派2名干部参加法律职业资格考试培训；对全年法治政府建设工作进行总结评估，形成2025年度法治政府建设报告。\n\n",
      to: "全年围绕依法治体目标，持续加强体育领域法治建设，不断提升依法行政水平。\n\n",
      // The sentence that announces the list (……以下工作：) is no measure: one is left.
      findings: ["35:1-35:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2025年工作安排",
      to: "四、2024年工作安排",
      findings: ["35:3-35:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年1月21日",
      to: "2025年4月21日",
      findings: ["52:1-52:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月21日"],
    },
  ],
  "111-town-monthly-plans-2025.txt": [
    {
      mistake: "a joint signature half changed",
      from: "　　梅岭镇人民政府\n2026",
      to: "　　桃源镇人民政府\n2026",
      findings: ["53:11-53:18 name-consistency 落款所写的“桃源镇人民政府”与标题中的“梅岭镇”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "the paragraph of causes dropped",
      from: "分析原因，一是赋权事项多、专业性强，执法队员多从镇其他岗位转岗而来，系统的法律培训不足；二是镇司法所仅有2名工作人员，村级合法性审查主要依靠法律顾问，而法律顾问每月到村服务时间有限；三是农村留守老人较多，普法活动针对性不强，以案释法做得不够。\n\n",
      to: "",
      findings: ["21:1-21:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a 按期办结率 off",
      from: "按期办结率99.9%",
      to: "按期办结率98.9%",
      findings: ["9:99-9:109 rate-mismatch 按期办结率应为99.9%（8629÷8637），文中为98.9%"],
    },
    {
      mistake: "a count left as ××",
      from: "调解成功403件",
      to: "调解成功××件",
      findings: ["15:52-15:54 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the 镇长 dropped, the 镇党委书记 left",
      from: "镇长履行推进法治建设第一责任人职责，主持召开镇长办公会议研究法治政府建设工作6次，组织镇政府班子会前学法10次；对3项重大行政决策坚持合法性审查后再提交集体讨论，带头出庭应诉行政诉讼案件1件。\n\n",
      to: "",
      findings: ["27:1-27:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写镇长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the monthly plans reduced to slogans",
      from: "2月，制定《梅岭镇2026年法治政府建设工作要点》，明确责任科室和完成时限。\n\n3月，组织综合行政执法队员专题培训，重点学习证据收集和文书制作，年内培训不少于4期，参训率达到100%。\n\n5月，出台《梅岭镇村级重大事项合法性审查办法》，村规民约、村级合同审查覆盖率力争达到95%以上。\n\n6月底前，在14个村（社区）全部建成“法治驿站”，全年完成以案释法活动不少于12场。\n\n9月，开展执法案卷交叉评查，评查案卷不少于50卷。\n\n11月，对全年法治政府建设工作开展自查评估，形成2026年度报告。\n\n",
      to: "2026年，我镇将继续坚持以习近平法治思想为指导，进一步提高政治站位，强化责任担当，推动全镇法治政府建设迈上新台阶。\n\n",
      // The sentence that announces the list (……以下工作：) is no measure: one is left.
      findings: ["33:1-33:13 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "a 其中 part beyond the cases",
      from: "其中简易程序案件74件",
      to: "其中简易程序案件94件",
      findings: ["13:48-13:74 parts-exceed-total 各分项之和为148件（94+54），超过总数128件；请核对总数或各分项"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2026年度工作计划",
      to: "四、2025年度工作计划",
      findings: ["33:3-33:9 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the shortcomings heading dropped",
      from: "二、存在的问题和不足\n\n",
      to: "",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "25:1-25:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”",
      ],
    },
  ],
  "112-county-government-send-back.txt": [
    {
      mistake: "another county's name in the reporting sentence",
      from: "现将我县2025年度",
      to: "现将平川县2025年度",
      findings: ["5:145-5:148 name-consistency 开头所写的“平川县”与标题中的“桐溪县人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a 直接纠错率 off, its numerator the sum of three outcomes (撤销, 确认违法, 责令履行)",
      from: "直接纠错率15.2%",
      to: "直接纠错率12.5%",
      findings: ["31:88-31:98 rate-mismatch 直接纠错率应为15.2%（(11+6+4)÷138），文中为12.5%"],
    },
    {
      mistake: "last year in the title after 关于",
      from: "桐溪县人民政府关于2025年度",
      to: "桐溪县人民政府关于2024年度",
      findings: ["1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "last year in “现将我县……报告如下”",
      from: "现将我县2025年度",
      to: "现将我县2024年度",
      findings: ["5:147-5:152 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "last year in the measures part's heading (一、2024年……主要举措和成效)",
      from: "一、2025年法治政府建设主要举措和成效",
      to: "一、2024年法治政府建设主要举措和成效",
      findings: ["7:3-7:8 year-consistency “主要举措和成效”应写2025年的情况，标题中为2024年"],
    },
    {
      mistake: "this year in the plans part's heading (四、2025年……主要安排)",
      from: "四、2026年法治政府建设主要安排",
      to: "四、2025年法治政府建设主要安排",
      findings: ["51:3-51:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the closing date written with dots (2026.1.20)",
      from: "2026年1月20日",
      to: "2026.1.20",
      findings: ["68:1-68:10 date-format 成文日期应以“年”“月”“日”标注：应为“2026年1月20日”，文中为“2026.1.20”"],
    },
    {
      mistake: "the closing date written with hyphens (2026-1-20)",
      from: "2026年1月20日",
      to: "2026-1-20",
      findings: ["68:1-68:10 date-format 成文日期应以“年”“月”“日”标注：应为“2026年1月20日”，文中为“2026-1-20”"],
    },
    {
      mistake: "the closing date written with slashes and zero padding (2026/01/20)",
      from: "2026年1月20日",
      to: "2026/01/20",
      findings: ["68:1-68:11 date-format 成文日期应以“年”“月”“日”标注：应为“2026年1月20日”，文中为“2026/01/20”"],
    },
    {
      mistake: "the closing date in Chinese numerals (二〇二六年一月二十日)",
      from: "2026年1月20日",
      to: "二〇二六年一月二十日",
      findings: ["68:1-68:11 date-format 成文日期应使用阿拉伯数字：应为“2026年1月20日”，文中为“二〇二六年一月二十日”"],
    },
    {
      mistake: "a closing date that does not exist (2月29日 in a common year)",
      from: "2026年1月20日",
      to: "2026年2月29日",
      findings: ["68:1-68:11 invalid-date 日期不存在：2026年没有2月29日，2026年不是闰年，2月只有28天"],
    },
    {
      mistake: "a late closing date written with dots (2026.4.8)",
      from: "2026年1月20日",
      to: "2026.4.8",
      findings: [
        "68:1-68:9 date-format 成文日期应以“年”“月”“日”标注：应为“2026年4月8日”，文中为“2026.4.8”",
        "68:1-68:9 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月8日",
      ],
    },
    {
      mistake: "a 办结率 off after 已办结 counts",
      from: "办结率97.5%",
      to: "办结率96.5%",
      findings: ["23:83-23:91 rate-mismatch 办结率应为97.5%（3046÷3124），文中为96.5%"],
    },
    {
      mistake: "two 其中 parts listed with 分别 after a rate, beyond the total",
      from: "分别为1,826件、1,473件",
      to: "分别为3,826件、2,473件",
      findings: ["35:42-35:89 parts-exceed-total 各分项之和为6299件（3826+2473），既超过5871件，也超过其所出自的总数5962件（分项可能是两者中任一个的）；请核对总数或各分项"],
    },
    {
      mistake: "a subsection number skipped (（二） then （四）)",
      from: "（三）严格规范公正文明执法",
      to: "（四）严格规范公正文明执法",
      findings: [
        "21:1-21:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”",
      ],
    },
    {
      mistake: "a subsection number repeated (（四） twice)",
      from: "（五）强化行政权力制约和监督",
      to: "（四）强化行政权力制约和监督",
      findings: ["37:1-37:4 heading-numbering 标题序号重复：“（四）”与上一个同级标题相同，此处应为“（五）”"],
    },
    {
      mistake: "a （3） among 1. and 2. of the same level",
      from: "3.做实人民调解",
      to: "（3）做实人民调解",
      findings: ["35:1-35:4 heading-numbering 同级标题序号应从“（1）”开始，文中为“（3）”"],
    },
    {
      mistake: "the Party secretary written only as 主要领导",
      from: "县委书记李明远同志",
      to: "主要领导",
      findings: ["45:1-45:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（县长）的履职情况，未写党委主要负责人：请补写县委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the county head written only as 主要领导",
      from: "县长陈立华同志",
      to: "主要领导",
      findings: ["45:1-45:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a bracketed fill-in note left (【此处填写】)",
      from: "分值占比5%",
      to: "分值占比【此处填写】%",
      findings: ["47:150-47:156 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "a full-width underscore blank left (＿＿＿人次)",
      from: "不少于200人次",
      to: "不少于＿＿＿人次",
      findings: ["55:55-55:58 placeholder-text 模板占位符“＿＿＿”未替换，应填写实际内容"],
    },
    {
      mistake: "a count left as ○○",
      from: "列席县政府常务会议32次",
      to: "列席县政府常务会议○○次",
      findings: ["19:96-19:98 placeholder-text 模板占位符“○○”未替换，应填写实际内容"],
    },
    {
      mistake: "the causes cut from all three shortcomings",
      from: "，主要原因是乡镇司法所在编人员少，具有法律职业资格的仅5人，审查工作多由兼职人员承担。二是行政执法规范化水平不均衡，个别执法人员程序意识不强，原因在于赋权乡镇后执法人员培训覆盖不足，案卷评查结果运用不够。三是基层群众运用法律维权的意识仍需提升，究其原因，普法宣传针对性不强，以案释法开展得不够经常。",
      to: "。二是行政执法规范化水平不均衡，个别执法人员程序意识不强。三是基层群众运用法律维权的意识仍需提升。",
      findings: ["41:1-41:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a 败诉率 off",
      from: "败诉率4.6%",
      to: "败诉率4.2%",
      findings: ["33:42-33:49 rate-mismatch 败诉率应为4.6%（4÷87），文中为4.2%"],
    },
  ],
  "113-city-housing-fund-center.txt": [
    {
      mistake: "last year on the second line of a two-line title",
      from: "丰州市住房公积金管理中心\n2025年度",
      to: "丰州市住房公积金管理中心\n2024年度",
      findings: ["2:1-2:6 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "last year in “现将中心……报告如下”",
      from: "现将中心2025年度",
      to: "现将中心2024年度",
      findings: ["6:114-6:119 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "this year in the plans heading (四、2025年工作安排)",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["46:3-46:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the closing date with zero-padded month (2026年02月10日)",
      from: "2026年2月10日",
      to: "2026年02月10日",
      findings: ["59:1-59:12 date-format 成文日期的月、日不编虚位：应为“2026年2月10日”，文中为“2026年02月10日”"],
    },
    {
      mistake: "dated the day after the deadline (2026年4月1日)",
      from: "2026年2月10日",
      to: "2026年4月1日",
      findings: ["59:1-59:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月1日"],
    },
    {
      mistake: "a 办结率 in Chinese numerals off (百分之九十二点五 for 40 of 42)",
      from: "百分之九十五点二",
      to: "百分之九十二点五",
      findings: ["28:62-28:73 rate-mismatch 办结率应为95.2%（40÷42），文中为百分之九十二点五"],
    },
    {
      mistake: "a 其中 part raised beyond the decisions issued",
      from: "已按期补缴38份",
      to: "已按期补缴48份",
      findings: ["12:87-12:114 parts-exceed-total 各分项之和为53份（48+5），超过总数43份；请核对总数或各分项"],
    },
    {
      mistake: "an 采纳率 off",
      from: "采纳率33.3%",
      to: "采纳率38.3%",
      findings: ["20:84-20:92 rate-mismatch 采纳率应为33.3%（62÷186），文中为38.3%"],
    },
    {
      mistake: "a 2． after （1） in the same list",
      from: "（2）加强执法监督",
      to: "2．加强执法监督",
      findings: [
        "26:1-26:3 heading-numbering 标题层次倒置：“2．”的层级高于前面的“（1）”，不应排在其后（层次序数依次为“一、”“（一）”“1.”“（1）”）",
        "26:1-26:3 heading-numbering 同级标题序号应从“1．”开始，文中为“2．”",
      ],
    },
    {
      mistake: "a numbered item skipped (1． then 3．)",
      from: "2．规范提取和贷款审批",
      to: "3．规范提取和贷款审批",
      findings: ["14:1-14:3 heading-numbering 标题序号跳号：此处应为“2．”，文中为“3．”"],
    },
    {
      mistake: "the centre's 主任 dropped from “党组书记、主任”",
      from: "中心党组书记、主任王建国同志",
      to: "中心党组书记王建国同志",
      findings: ["42:1-42:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a subsection heading left as a blank (（五）＿＿＿＿＿＿)",
      from: "（五）开展普法宣传",
      to: "（五）＿＿＿＿＿＿",
      findings: ["34:4-34:10 placeholder-text 模板占位符“＿＿＿＿＿＿”未替换，应填写实际内容"],
    },
    {
      mistake: "the causes cut from both shortcomings",
      from: "，原因是管理部工作人员多为业务人员，取得行政执法证件的仅14人；二是制度文件清理不够及时，个别制度与新修订的上位法衔接不紧，主要原因是中心尚未建立制度文件定期评估机制。",
      to: "；二是制度文件清理不够及时，个别制度与新修订的上位法衔接不紧。",
      findings: ["38:1-38:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
  ],
  "114-town-chinese-date.txt": [
    {
      mistake: "the satisfaction rate written as an 按期办结率 after petitions all closed on time",
      from: "全部按期办结，群众满意率96.4%",
      to: "全部按期办结，按期办结率96.4%",
      findings: ["15:97-15:107 rate-mismatch 按期办结率应为100.0%（56÷56），文中为96.4%"],
    },
    {
      mistake: "last year in the title",
      from: "青禾镇人民政府关于2025年度",
      to: "青禾镇人民政府关于2024年度",
      findings: ["1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "last year in “现将……报告如下”",
      from: "现将2025年度",
      to: "现将2024年度",
      findings: ["5:86-5:91 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "last year added to the measures heading (一、2024年主要举措和成效)",
      from: "一、主要举措和成效",
      to: "一、2024年主要举措和成效",
      findings: ["7:5-7:10 year-consistency “主要举措和成效”应写2025年的情况，标题中为2024年"],
    },
    {
      mistake: "a closing date that does not exist (1月36日)",
      from: "2026年1月16日",
      to: "2026年1月36日",
      findings: ["42:20-42:30 invalid-date 日期不存在：2026年没有1月36日，1月只有31天"],
    },
    {
      mistake: "the closing date a year early (2025年1月16日)",
      from: "2026年1月16日",
      to: "2025年1月16日",
      findings: ["42:20-42:30 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年1月16日，是否应为2026年1月16日？"],
    },
    {
      mistake: "the closing date in Chinese numerals with 元月",
      from: "2026年1月16日",
      to: "二〇二六年元月十六日",
      findings: ["42:20-42:30 date-format 成文日期应使用阿拉伯数字：应为“2026年1月16日”，文中为“二〇二六年元月十六日”"],
    },
    {
      mistake: "a 办结率 off after 办理完毕 counts",
      from: "办结率96.6%",
      to: "办结率97.6%",
      findings: ["13:66-13:74 rate-mismatch 办结率应为96.6%（141÷146），文中为97.6%"],
    },
    {
      mistake: "a 其中 list with 分别 beyond the cases after a ；",
      from: "58件、47件、23件",
      to: "58件、67件、23件",
      findings: ["13:61-13:110 parts-exceed-total 各分项之和为148件（58+67+23），既超过141件，也超过其所出自的总数146件（分项可能是两者中任一个的）；请核对总数或各分项"],
    },
    {
      mistake: "an 采纳率 off",
      from: "采纳率95.5%",
      to: "采纳率93.5%",
      findings: ["11:100-11:108 rate-mismatch 采纳率应为95.5%（64÷67），文中为93.5%"],
    },
    {
      mistake: "a 调解成功率 with two digits swapped",
      from: "调解成功率98.7%",
      to: "调解成功率97.8%",
      findings: ["15:69-15:79 rate-mismatch 调解成功率应为98.7%（387÷392），文中为97.8%"],
    },
    {
      mistake: "a 2. in place of （二）",
      from: "（二）规范依法决策",
      to: "2.规范依法决策",
      findings: [
        "11:3-11:5 heading-numbering 同级标题序号应从“1.”开始，文中为“2.”",
        "13:3-13:6 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”",
      ],
    },
    {
      mistake: "a subsection number repeated (（四） twice)",
      from: "（五）深化普法宣传",
      to: "（四）深化普法宣传",
      findings: ["17:3-17:6 heading-numbering 标题序号重复：“（四）”与上一个同级标题相同，此处应为“（五）”"],
    },
    {
      mistake: "the Party secretary written as 镇主要领导 (the 乡镇党委书记 of a county meeting is not the town's own)",
      from: "镇党委书记赵振华同志",
      to: "镇主要领导",
      findings: ["23:3-23:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（镇长）的履职情况，未写党委主要负责人：请补写镇党委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a count left as one ○ (○次)",
      from: "召开专题会议4次",
      to: "召开专题会议○次",
      findings: ["9:65-9:67 placeholder-text 模板占位符“○次”未替换，应填写实际内容"],
    },
    {
      mistake: "the causes cut from both shortcomings that had them",
      from: "，原因在于村干部对相关法律法规学习不深、把握不准。二是综合执法队伍力量不足，全镇持证执法人员仅9人，难以满足赋权后的执法需求，主要是因为人员编制有限、专业人才引进困难。",
      to: "。二是综合执法队伍力量不足，全镇持证执法人员仅9人，难以满足赋权后的执法需求。",
      findings: ["19:3-19:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
  ],
  "115-beijing-district-hotline.txt": [
    {
      mistake: "more requests resolved than those to be handled that the sentence frames them within",
      from: "已解决209,860件",
      to: "已解决229,860件",
      findings: ["11:175-11:185 parts-exceed-total 解决229860件多于办理223390件；解决数不应超过办理数，请核对"],
    },
    {
      mistake: "a 直接纠错率 off, its numerator the corrective outcomes listed",
      from: "直接纠错率10.6%",
      to: "直接纠错率12.6%",
      findings: ["19:88-19:98 rate-mismatch 直接纠错率应为10.6%（(19+11+6)÷341），文中为12.6%"],
    },
    {
      mistake: "a 解决率 taken over all the requests, not those to be handled",
      from: "解决率93.9%",
      to: "解决率73.7%",
      findings: ["11:186-11:194 rate-mismatch 解决率应为93.9%（209860÷223390），文中为73.7%"],
    },
    {
      mistake: "a 满意率 off, over the requests called back",
      from: "满意率95.4%",
      to: "满意率96.4%",
      findings: ["11:226-11:234 rate-mismatch 满意率应为95.4%（189330÷198450），文中为96.4%"],
    },
    {
      mistake: "a 其中 class of requests raised beyond the total",
      from: "求助类138,540件",
      to: "求助类238,540件",
      findings: ["11:75-11:129 parts-exceed-total 各分项之和为384620件（61230+238540+76310+8540），超过总数284620件；请核对总数或各分项"],
    },
    {
      mistake: "a field of the devolved powers raised beyond their total",
      from: "城市管理领域268项",
      to: "城市管理领域368项",
      findings: ["17:40-17:77 parts-exceed-total 各分项之和为531项（368+74+89），超过总数431项；请核对总数或各分项"],
    },
    {
      mistake: "the 区长's duties dropped",
      from: "区长切实履行推进法治建设第一责任人职责：一是主持区政府常务会议研究法治政府建设议题8项；二是每月召开接诉即办工作调度会，亲自督办疑难诉求37件；三是组织区政府常务会议会前学法12次；四是出庭应诉行政诉讼案件2件，并在年终述职中报告履行推进法治建设第一责任人职责情况。",
      to: "",
      findings: ["31:1-31:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（区委书记）的履职情况，未写政府主要负责人：请补写区长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the causes cut from the shortcomings",
      from: "，原因在于此类问题涉及多个部门和历史政策，依法解决的路径不够清晰。二是街乡综合执法能力与下放职权还不完全匹配，究其原因，部分街乡执法人员专业背景单一，培训针对性不强。三是行政复议纠错率偏高，主要原因是少数部门在调查取证、告知程序等环节不够规范。",
      to: "。二是街乡综合执法能力与下放职权还不完全匹配。三是行政复议纠错率偏高。",
      findings: ["27:1-27:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a plan item numbered （四） after （二）",
      from: "（三）降低行政复议纠错率。",
      to: "（四）降低行政复议纠错率。",
      findings: ["41:1-41:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年1月20日",
      to: "2025年4月20日",
      findings: ["48:1-48:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月20日"],
    },
  ],
  "116-zhejiang-county-unified-enforcement.txt": [
    {
      mistake: "a 占比 of the cases with its digits swapped",
      from: "占比67.3%",
      to: "占比76.3%",
      findings: ["11:273-11:278 rate-mismatch 占比应为67.3%（2412÷3586），文中为76.3%"],
    },
    {
      mistake: "a share of the 一般程序 cases (在1,094件……中) off",
      from: "占57.4%",
      to: "占75.4%",
      findings: ["11:309-11:314 rate-mismatch 占比应为57.4%（628÷1094），文中为75.4%"],
    },
    {
      mistake: "the partly transferred powers raised beyond the total transferred",
      from: "部分划转152项",
      to: "部分划转252项",
      findings: ["11:103-11:131 parts-exceed-total 各分项之和为1286项（1034+252），超过总数1186项；请核对总数或各分项"],
    },
    {
      mistake: "a 其中 of “掌上执法” inspections beyond the inspections",
      from: "其中通过“掌上执法”开展20,874户次",
      to: "其中通过“掌上执法”开展23,874户次",
      findings: ["13:46-13:75 parts-exceed-total 分项23874户次超过总数21360户次；请核对总数或分项"],
    },
    {
      mistake: "a 纠错率 off",
      from: "纠错率10.3%",
      to: "纠错率13.0%",
      findings: ["19:66-19:74 rate-mismatch 纠错率应为10.3%（21÷203），文中为13.0%"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2026年工作思路",
      to: "四、2025年工作思路",
      findings: ["33:3-33:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the 县长's duties dropped",
      from: "县长认真履行推进法治建设第一责任人职责，一是主持召开县政府常务会议研究执法改革、赋权评估等法治议题9项，二是带头参加县政府常务会议会前学法11次，三是带头出庭应诉行政诉讼案件2件，四是年底向县委、县人大常委会专题报告法治政府建设情况。",
      to: "",
      findings: ["29:1-29:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "two plan items replaced by one statement of intent",
      from: "（二）降低行政复议纠错率。对2025年被纠错的21件案件逐案剖析，二季度前制发行政复议意见书，推行执法文书说理范本，全年纠错率力争控制在8%以内。\n\n（三）打通执法数据壁垒。年内完成“掌上执法”系统与市场监管、生态环境等6个部门业务系统的数据对接，实现执法检查结果实时共享。",
      to: "（二）持续深化法治政府建设，不断提升依法行政水平。",
      findings: ["33:1-33:12 plan-specificity “下一年度主要安排”只分出2项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "二是 written 三是 in the 县长's list",
      from: "二是带头参加",
      to: "三是带头参加",
      findings: [
        "31:132-31:134 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”",
      ],
    },
    {
      mistake: "the opening kept from the period's first report, its year written 今年",
      from: "2025年是“十四五”规划收官之年",
      to: "今年是“十四五”规划开局之年",
      findings: [
        "5:1-5:3 year-consistency “今年”从成文之年（2026年）算是2026年，从报告年度（2025年）算是2025年：应写明年份",
        "5:1-5:15 year-consistency “十四五”规划开局之年是2021年，这里的“今年”是2025年或2026年：请核对",
      ],
    },
  ],
  "117-guangdong-subdistrict-devolved-enforcement.txt": [
    {
      mistake: "another subdistrict as the opening's subject",
      from: "2024年，金沙街道在区委",
      to: "2024年，银滩街道在区委",
      findings: ["5:7-5:11 name-consistency 开头所写的“银滩街道”与标题中的“粤海市南岭区金沙街道办事处”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a year without 年 before 上半年 (2025上半年)",
      from: "2025年上半年会同区生态环",
      to: "2025上半年会同区生态环",
      findings: ["33:15-33:19 terminology “2025”应为“2025年”：年份后接“全年”“上半年”“下半年”，年份后漏了“年”"],
    },
    {
      mistake: "a 结案率 with its digits swapped",
      from: "结案率96.3%",
      to: "结案率93.6%",
      findings: ["9:209-9:217 rate-mismatch 结案率应为96.3%（412÷428），文中为93.6%"],
    },
    {
      mistake: "a share of the services on “粤省事” off",
      from: "占84.3%",
      to: "占48.3%",
      findings: ["11:116-11:121 rate-mismatch 占比应为84.3%（241÷286），文中为48.3%"],
    },
    {
      mistake: "a 满意率 taken over the work orders, not those called back",
      from: "满意率95.0%",
      to: "满意率90.8%",
      findings: ["17:144-17:152 rate-mismatch 满意率应为95.0%（6213÷6540），文中为90.8%"],
    },
    {
      mistake: "a field of the devolved powers raised beyond the list",
      from: "卫生健康领域42项",
      to: "卫生健康领域142项",
      findings: ["9:74-9:130 parts-exceed-total 各分项之和为412项（148+46+38+142+38），超过总数312项；请核对总数或各分项"],
    },
    {
      mistake: "the 街道办事处主任's duties dropped",
      from: "街道办事处主任切实履行推进法治建设第一责任人职责：一是主持召开主任办公会议研究执法事项承接、违法建设治理等议题11项；二是组织街道班子会前学法10次；三是带队开展“两违”整治联合执法6次；四是将法治建设情况列入年终述职内容。",
      to: "",
      findings: ["27:1-27:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写街道办事处主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the causes cut from the shortcomings",
      from: "，原因在于下放事项多、时间集中，区直部门的业务指导和培训跟进不够及时。二是执法案件结构不均衡，违法建设类案件占比较高，其他领域案件较少，主要是因为部分领域缺乏检测设备，发现违法线索的手段有限。三是村（社区）法治宣传形式较为单一，究其原因，普法资源主要集中在街道机关，面向外来务工人员的普法力量不足。",
      to: "。二是执法案件结构不均衡，违法建设类案件占比较高，其他领域案件较少。三是村（社区）法治宣传形式较为单一。",
      findings: ["23:1-23:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a plan item numbered （二） twice",
      from: "（三）深化法治乡村建设。",
      to: "（二）深化法治乡村建设。",
      findings: ["37:1-37:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”"],
    },
    {
      mistake: "an amount left as XX",
      from: "罚没款186.4万元",
      to: "罚没款XX万元",
      findings: ["9:221-9:223 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
  ],
  "118-county-science-technology-bureau.txt": [
    {
      mistake: "an 入库率 that no longer matches the firms admitted",
      from: "入库率91.4%",
      to: "入库率94.1%",
      findings: ["13:86-13:94 rate-mismatch 入库率应为91.4%（53÷58），文中为94.1%"],
    },
    {
      mistake: "the subsidy amount left as ××",
      from: "兑现企业研发费用补助资金386万元",
      to: "兑现企业研发费用补助资金××万元",
      findings: ["13:107-13:109 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "both shortcomings without their causes",
      from: "一是科技监管执法力量薄弱，局机关没有专职执法人员，日常检查主要依靠业务股室兼顾，原因是机构改革后编制压减、人员专业结构单一。二是普法宣传针对性不强，面向企业科研人员的法律培训较少，主要原因在于普法工作缺乏长效机制。",
      to: "一是科技监管执法力量薄弱，局机关没有专职执法人员，日常检查主要依靠业务股室兼顾。二是普法宣传针对性不强，面向企业科研人员的法律培训较少。",
      findings: ["17:3-17:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the one-paragraph duties name only the 局长 (局党组书记 dropped)",
      from: "局党组书记、局长周立新同志",
      to: "局长周立新同志",
      findings: ["21:3-21:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the three plan items replaced by one slogan",
      from: "一是修订完善科技项目资金管理制度，2026年6月底前出台《芦河县科技创新专项资金管理办法》。二是充实执法力量，年内组织2名干部参加行政执法资格考试，开展科研诚信专项检查不少于2次。三是结合科技活动周、全国科普日等活动，面向企业科研人员开展法治培训3期。",
      to: "我局将继续深入学习贯彻习近平法治思想，全面推进依法行政，推动科技领域法治建设再上新台阶。",
      findings: ["25:3-25:14 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "the duties part left out, the plans renumbered 三 but not the part after",
      from: "　　三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n　　局党组书记、局长周立新同志认真履行推进法治建设第一责任人职责，主持召开局党组会议专题研究法治建设工作2次，审定年度法治政府建设工作要点；带头学法讲法，为全局干部讲授法治专题党课1次；对科技项目资金安排、规范性文件制定等事项亲自把关，督促合法性审查全覆盖；年底在县直部门主要负责人述法会议上作述法报告。\n\n　　四、2026年工作安排",
      to: "　　三、2026年工作安排",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "25:3-25:5 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”"],
    },
    {
      mistake: "the opening sentence keeps last year",
      from: "2025年，县科学技术局",
      to: "2024年，县科学技术局",
      findings: ["5:3-5:8 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "a year opening the paragraph without its 年",
      from: "　　2025年，县科学技术局",
      to: "　　2025，县科学技术局",
      findings: ["5:3-5:7 terminology “2025”应为“2025年”：段首的年份表示时间，后面漏了“年”"],
    },
    {
      mistake: "the name of 习近平法治思想 mixed with the guiding thought's",
      from: "深入学习贯彻习近平法治思想，围绕",
      to: "深入学习贯彻习近平新时代法治思想，围绕",
      findings: ["5:33-5:43 terminology “习近平新时代法治思想”应为“习近平法治思想”：“习近平法治思想”是中央全面依法治国工作会议确立的名称，不加“新时代”；如指“习近平新时代中国特色社会主义思想”，应写全称"],
    },
  ],
  "119-city-civil-air-defense-office.txt": [
    {
      mistake: "a 鸣响率 that no longer matches the sirens that sounded",
      from: "鸣响85台",
      to: "鸣响83台",
      findings: ["13:87-13:95 rate-mismatch 鸣响率应为96.5%（83÷86），文中为98.8%"],
    },
    {
      mistake: "the 易地建设 approvals (其中) raised beyond all approvals",
      from: "其中易地建设审批11件",
      to: "其中易地建设审批71件",
      findings: ["9:69-9:84 parts-exceed-total 分项71件超过总数63件；请核对总数或分项"],
    },
    {
      mistake: "last year's title on this year's report",
      from: "沅城市人民防空办公室2024年度",
      to: "沅城市人民防空办公室2023年度",
      findings: ["1:11-1:16 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a measures subsection cut, its number left skipped",
      from: "　　（二）规范人防行政执法。修订人防行政处罚裁量基准，于2024年4月以沅人防发〔2024〕9号印发。对在建人防工程开展质量监督检查47次，下达整改通知书12份，均已整改到位；全年立案查处违反人防法律法规案件3件，均已结案。\n\n",
      to: "",
      findings: ["11:3-11:6 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”"],
    },
    {
      mistake: "the office's 党组书记 dropped from the 主任's title",
      from: "办党组书记、主任陈建国同志",
      to: "主任陈建国同志",
      findings: ["21:3-21:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（主任）的履职情况，未写党委主要负责人：请补写党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年2月14日",
      to: "2025年4月14日",
      findings: ["34:19-34:29 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月14日"],
    },
    {
      mistake: "the template's ×× left in the signature",
      from: "　　　　　　　　　　　　　　　　　　沅城市人民防空办公室",
      to: "　　　　　　　　　　　　　　　　　　××市人民防空办公室",
      findings: ["33:19-33:21 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
  ],
  "120-county-grain-reserve-bureau.txt": [
    {
      mistake: "an 整改率 that no longer matches the problems rectified",
      from: "已整改8个",
      to: "已整改7个",
      findings: ["11:116-11:124 rate-mismatch 整改率应为77.8%（7÷9），文中为88.9%"],
    },
    {
      mistake: "the Party secretary's half of the duties paragraph dropped",
      from: "局党组书记吴卫东同志把法治建设列入党组重要议事日程，主持召开党组会议研究法治建设工作2次，带头讲授法治党课1次；局长郑晓梅同志",
      to: "局长郑晓梅同志",
      findings: ["21:3-21:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the shortcomings cut to one sentence without cause",
      from: "一是储备粮监管手段比较传统，库存检查仍以人工查验为主，主要原因是粮库智能化改造资金投入不足。二是粮食行政执法力量薄弱，局里没有专职执法机构，主要是因为机构改革后人员编制减少、执法人员兼职较多。",
      to: "我局法治政府建设工作与上级要求相比还有一定差距。",
      findings: ["17:3-17:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the three plan items replaced by one slogan",
      from: "一是推进县级储备粮库智能化升级，年内完成2个库点粮情测控系统改造。二是开展储备粮春秋两季库存检查和粮食购销领域专项整治，对县级储备粮承储库点实现检查全覆盖。三是组织《中华人民共和国粮食安全保障法》专题宣传“进库点、进企业”活动不少于6场。",
      to: "继续加强法治政府建设，不断提高依法行政水平。",
      findings: ["25:3-25:14 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "the shortcomings part left out, the later parts not renumbered",
      from: "　　二、存在的不足和原因\n\n　　一是储备粮监管手段比较传统，库存检查仍以人工查验为主，主要原因是粮库智能化改造资金投入不足。二是粮食行政执法力量薄弱，局里没有专职执法机构，主要是因为机构改革后人员编制减少、执法人员兼职较多。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "17:3-17:5 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["25:5-25:10 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
  ],
  "121-prefecture-city-long-report.txt": [
    {
      mistake: "an 按期答复率 below 100% after every application answered on time",
      from: "受理政府信息公开申请1,542件，全部按期答复",
      to: "受理政府信息公开申请1,542件，全部按期答复，按期答复率99.8%",
      findings: ["69:51-69:61 rate-mismatch 按期答复率应为100.0%（1542÷1542），文中为99.8%"],
    },
    {
      mistake: "last year's title on this year's report",
      from: "关于2025年度法治政府建设工作情况",
      to: "关于2024年度法治政府建设工作情况",
      findings: ["1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a 全程网办率 with its digits swapped",
      from: "全程网办率93.9%",
      to: "全程网办率39.9%",
      findings: ["19:100-19:110 rate-mismatch 全程网办率应为93.9%（2671÷2846），文中为39.9%"],
    },
    {
      mistake: "the 一般程序 cases raised beyond the cases",
      from: "一般程序8,426件",
      to: "一般程序9,426件",
      findings: ["45:56-45:88 parts-exceed-total 各分项之和为25368件（15942+9426），超过总数24368件；请核对总数或各分项"],
    },
    {
      mistake: "a change against last year's applications off",
      from: "较上年的1,144件增长12.4%",
      to: "较上年的1,144件增长14.2%",
      findings: ["57:50-57:55 change-mismatch 增幅应为12.4%（(1286-1144)÷1144），文中为14.2%"],
    },
    {
      mistake: "a 纠错率 off",
      from: "纠错率7.2%",
      to: "纠错率8.2%",
      findings: ["57:108-57:115 rate-mismatch 纠错率应为7.2%（83÷1148），文中为8.2%"],
    },
    {
      mistake: "（八） skipped in the measures",
      from: "（八）健全行政权力制约和监督体系",
      to: "（九）健全行政权力制约和监督体系",
      findings: [
        "63:1-63:4 heading-numbering 标题序号跳号：此处应为“（八）”，文中为“（九）”",
      ],
    },
    {
      mistake: "a count left as ××",
      from: "调解成功47,031件",
      to: "调解成功××件",
      findings: ["61:80-61:82 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the 市委书记's duties dropped",
      from: "市委书记认真履行推进法治建设第一责任人职责，把法治建设摆在全局工作的重要位置。一是主持召开市委全面依法治市委员会会议2次，审议《桐江市法治政府建设示范创建实施方案》等文件5件；二是主持市委常委会会议专题听取法治政府建设工作汇报2次，研究解决行政执法协调监督、法治审核队伍建设等重大问题；三是带头开展法治专题调研，深入县（市、区）和基层执法单位调研4次；四是将党政主要负责人履行推进法治建设第一责任人职责情况列入年终述职内容，推动各级党政主要负责人落实法治建设责任。\n\n",
      to: "",
      findings: ["85:1-85:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（市长）的履职情况，未写党委主要负责人：请补写市委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the causes cut from the shortcomings",
      from: "，主要原因在于基层执法人员流动较快，新进人员业务培训跟进不够及时。二是乡镇（街道）承接赋权事项能力不均衡，部分赋权事项全年“零办件”，原因是赋权前评估不够精准，部分事项与基层实际需求不相匹配。三是数字法治政府建设存在短板，部门业务系统之间数据共享不够充分，究其原因，是市级统筹力度不足，部分系统由省级部门建设、接口开放受限。",
      to: "。二是乡镇（街道）承接赋权事项能力不均衡，部分赋权事项全年“零办件”。三是数字法治政府建设存在短板，部门业务系统之间数据共享不够充分。",
      findings: ["81:1-81:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2026年推进法治政府建设的主要安排",
      to: "四、2025年推进法治政府建设的主要安排",
      findings: ["91:3-91:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a closing date after March 31",
      from: "2026年2月10日",
      to: "2026年4月10日",
      findings: ["118:1-118:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月10日"],
    },
    {
      mistake: "an item 3. written 4. in the enforcement section",
      from: "3.加强执法监督。",
      to: "4.加强执法监督。",
      findings: ["47:1-47:3 heading-numbering 标题序号跳号：此处应为“3.”，文中为“4.”"],
    },
  ],
  "122-province-transport-dept-long-report.txt": [
    {
      mistake: "last year's year in the measures heading",
      from: "一、2024年度推进法治政府建设的主要举措和成效",
      to: "一、2023年度推进法治政府建设的主要举措和成效",
      findings: ["8:3-8:9 year-consistency “主要举措和成效”应写2024年的情况，标题中为2023年"],
    },
    {
      mistake: "a 采纳率 off",
      from: "采纳率97.5%",
      to: "采纳率95.7%",
      findings: ["30:113-30:121 rate-mismatch 采纳率应为97.5%（318÷326），文中为95.7%"],
    },
    {
      mistake: "the 道路运输 cases raised beyond the cases",
      from: "道路运输28,915件",
      to: "道路运输38,915件",
      findings: ["46:29-46:103 parts-exceed-total 各分项之和为56820件（12436+38915+3127+2342），超过总数46820件；请核对总数或各分项"],
    },
    {
      mistake: "a fall against last year's cases off",
      from: "较上年的51,204件下降8.6%",
      to: "较上年的51,204件下降6.8%",
      findings: ["46:50-46:54 change-mismatch 降幅应为8.6%（(51204-46820)÷51204），文中为6.8%"],
    },
    {
      mistake: "a 合格率 off",
      from: "合格率98.9%。举办",
      to: "合格率99.8%。举办",
      findings: ["50:60-50:68 rate-mismatch 合格率应为98.9%（10918÷11042），文中为99.8%"],
    },
    {
      mistake: "（三） skipped in the measures",
      from: "（三）完善依法行政制度体系",
      to: "（四）完善依法行政制度体系",
      findings: [
        "28:1-28:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”",
      ],
    },
    {
      mistake: "a count left as XX",
      from: "厅作为被告的一审行政诉讼案件27件",
      to: "厅作为被告的一审行政诉讼案件XX件",
      findings: ["62:82-62:84 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "the 厅长's duties dropped",
      from: "厅长切实履行推进法治建设第一责任人职责，对法治政府部门建设重要工作亲自部署、重大问题亲自过问。一是主持召开厅长办公会审议规范性文件、重大行政决策事项和行政执法重大问题14次；二是带头出庭应诉行政诉讼案件1件，带头参加会前学法；三是亲自部署交通运输执法领域突出问题专项整治，听取整治工作汇报3次；四是年终向省政府报告厅法治政府建设情况，并在厅年度工作会议上部署法治工作。\n\n",
      to: "",
      findings: ["94:1-94:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写厅长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the plans replaced by a statement of intent",
      from: "（一）加快重点领域立法。推动《云岭省道路运输条例》修订草案提请省人大常委会审议，开展新业态交通运输监管立法调研。\n\n（二）提升基层执法能力。制定基层执法装备配备标准，年内为50个县级执法机构补齐执法装备，全省执法人员年度轮训实现全覆盖。\n\n（三）统一非现场执法标准。6月底前出台《云岭省交通运输非现场执法工作规范》，统一证据采集、审核和处罚标准。\n\n（四）深化行政执法监督。开展执法案卷评查2次，组织执法质效评估，推行执法监督员制度。\n\n（五）推进数字法治交通建设。年底前建成全省统一的非现场执法管理平台，实现与交通运输部系统数据互通。\n\n（六）加强普法宣传。落实“谁执法谁普法”责任制，开展交通运输法治宣传进企业、进车站、进码头活动不少于100场。\n\n（七）做好新一轮规划衔接。开展交通运输法治政府部门建设“十四五”总结评估，研究起草2026—2030年法治交通建设实施意见。\n\n",
      to: "（一）持续深化法治政府部门建设，不断提升依法行政水平。\n\n",
      // The sentence that announces the list (……以下工作：) is no measure: one is left.
      findings: ["100:1-100:22 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "a rate of the attached indicator list off",
      from: "合格率98.9%（10,918÷11,042）",
      to: "合格率98.6%（10,918÷11,042）",
      findings: ["133:17-133:25 rate-mismatch 合格率应为98.9%（10918÷11042），文中为98.6%"],
    },
    {
      // Once a documented silence: 维持31件 before it is one more outcome of the 38 cases, not a total.
      mistake: "a 纠错率 over the cases the department answered for, after another outcome",
      from: "纠错率10.5%",
      to: "纠错率15.0%",
      findings: ["62:59-62:67 rate-mismatch 纠错率应为10.5%（4÷38），文中为15.0%"],
    },
  ],
  "123-municipal-district-long-report.txt": [
    {
      mistake: "a 整改率 over hazards named by verb and object, a few tenths off",
      from: "已整改12,298项，整改率99.0%",
      to: "整改一般隐患12,298项，整改率99.9%",
      findings: ["61:62-61:70 rate-mismatch 整改率应为99.0%（12298÷12416），文中为99.9%"],
    },
    {
      mistake: "a 网办率 off",
      from: "网办率98.9%",
      to: "网办率99.8%",
      findings: ["21:42-21:50 rate-mismatch 网办率应为98.9%（1452÷1468），文中为99.8%"],
    },
    {
      mistake: "the complaints raised beyond the requests",
      from: "投诉类52,576件",
      to: "投诉类62,576件",
      findings: ["65:31-65:74 parts-exceed-total 各分项之和为196420件（62318+71526+62576），超过总数186420件；请核对总数或各分项"],
    },
    {
      mistake: "a 按时办结率 off",
      from: "按时办结率98.8%",
      to: "按时办结率96.8%",
      findings: ["65:88-65:98 rate-mismatch 按时办结率应为98.8%（184126÷186420），文中为96.8%"],
    },
    {
      mistake: "an 出庭应诉率 with its digits swapped",
      from: "出庭应诉率97.6%",
      to: "出庭应诉率96.7%",
      findings: ["69:41-69:51 rate-mismatch 出庭应诉率应为97.6%（279÷286），文中为96.7%"],
    },
    {
      mistake: "an 整改率 off",
      from: "整改率89.5%",
      to: "整改率98.5%",
      findings: ["81:43-81:51 rate-mismatch 整改率应为89.5%（6.12亿÷6.84亿），文中为98.5%"],
    },
    {
      mistake: "the 区长's two paragraphs dropped",
      from: "区长切实履行推进法治政府建设第一责任人职责，对法治政府建设重要工作亲自部署、重大问题亲自过问。全年主持召开区政府常务会议研究法治政府建设议题9项，审议行政规范性文件6件、重大行政决策事项4项。\n\n区长带头尊法学法守法用法，主持区政府常务会议会前学法12次；带头出庭应诉行政诉讼案件1件并出庭发言；带队开展行政执法专项检查2次，推动解决执法协作中的突出问题；年底向区委、区人大常委会报告法治政府建设情况。\n\n",
      to: "",
      findings: ["93:1-93:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（区委书记）的履职情况，未写政府主要负责人：请补写区长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a clause pasted twice in the 区长's paragraph",
      from: "推动解决执法协作中的突出问题；",
      to: "推动解决执法协作中的突出问题，推动解决执法协作中的突出问题；",
      findings: ["101:81-101:95 repeated-phrase 分句“推动解决执法协作中的突出问题”在本段第101行第66列已出现过，此处重复：请删去重复的一处，或改写为不同的内容"],
    },
    {
      mistake: "（三） written （四） in the plans",
      from: "（三）提高行政执法质量",
      to: "（四）提高行政执法质量",
      findings: [
        "111:1-111:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”",
      ],
    },
    {
      mistake: "the causes cut from the shortcomings",
      from: "，主要原因在于执法人员专业背景与承接事项不匹配，区级部门指导培训不够精准。二是行政执法质量有待提高，案卷评查中仍发现事实认定不清、法律适用不准等问题，原因是部分执法单位内部法制审核力量薄弱。三是部分行政机关负责人出庭“出声”效果不够好，究其原因，是对行政诉讼案件的庭前准备不够充分。",
      to: "。二是行政执法质量有待提高，案卷评查中仍发现事实认定不清、法律适用不准等问题。三是部分行政机关负责人出庭“出声”效果不够好。",
      findings: ["89:1-89:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2026年推进法治政府建设的主要安排",
      to: "四、2025年推进法治政府建设的主要安排",
      findings: ["103:3-103:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a 调解成功率 off",
      from: "调解成功率98.2%",
      to: "调解成功率92.8%",
      findings: ["71:77-71:87 rate-mismatch 调解成功率应为98.2%（12610÷12846），文中为92.8%"],
    },
  ],
  "124-city-healthcare-security-bureau.txt": [
    {
      mistake: "a year without 年 before 以来 (2019以来)",
      from: "对2019年以来制发的规范性",
      to: "对2019以来制发的规范性",
      findings: ["11:88-11:94 terminology “2019以来”应为“2019年以来”：年份后接“以来”写“××××年以来”，年份后漏了“年”"],
    },
    {
      mistake: "the 纲要 cited without the 年 of its period",
      from: "《法治政府建设实施纲要（2021—2025年）》",
      to: "《法治政府建设实施纲要（2021—2025）》",
      findings: ["5:78-5:87 terminology “2021—2025”应为“2021—2025年”：“一规划两纲要”的名称中实施期限写作“（××××—××××年）”，漏了“年”"],
    },
    {
      mistake: "a document number's 〕 typed as a blank",
      from: "〔2024〕12号",
      to: "〔2024 12号",
      findings: ["11:37-11:38 paired-punctuation 前六角括号后面没有对应的后六角括号：请补上后六角括号，或删去这个前六角括号"],
    },
    {
      mistake: "a 分别 list cut by a stray Enter after its 、",
      from: "分别为136家、78家",
      to: "分别为136家、\n78家",
      findings: ["17:93-17:94 line-break-in-sentence 句子在此处被换行截断（“…分别为136家、”后接下一行“78家，分别占6…”），应删去换行，与下一行连成一段"],
    },
    {
      mistake: "the first of two shares after 分别占 no longer its count's",
      from: "分别占63.6%、36.4%",
      to: "分别占65.6%、36.4%",
      findings: ["17:101-17:106 rate-mismatch 占比应为63.6%（136÷214），文中为65.6%"],
    },
    {
      mistake: "the second of two shares after 分别占 no longer its count's",
      from: "分别占63.6%、36.4%",
      to: "分别占63.6%、34.6%",
      findings: ["17:107-17:112 rate-mismatch 占比应为36.4%（78÷214），文中为34.6%"],
    },
    {
      mistake: "第一，第二，第四 in the shortcomings",
      from: "第三，医保信息系统",
      to: "第四，医保信息系统",
      findings: ["37:130-37:132 enumeration-sequence 列举序号跳号：此处应为“第三”，文中为“第四”"],
    },
    {
      mistake: "第二 written twice",
      from: "第三，医保信息系统",
      to: "第二，医保信息系统",
      findings: ["37:130-37:132 enumeration-sequence 列举序号重复：前面已有“第二”，此处应为“第三”"],
    },
    {
      mistake: "法治审核 for the 三项制度's 法制审核",
      from: "重大执法决定法制审核“三项制度”",
      to: "重大执法决定法治审核“三项制度”",
      findings: ["21:29-21:39 terminology “重大执法决定法治审核”应为“重大执法决定法制审核”：行政执法“三项制度”的名称是“重大执法决定法制审核制度”（国办发〔2018〕118号）"],
    },
    {
      mistake: "a meeting on November 31",
      from: "在2024年12月召开",
      to: "在2024年11月31日召开",
      findings: ["41:147-41:158 invalid-date 日期不存在：2024年没有11月31日，11月只有30天"],
    },
    {
      mistake: "a third-level heading skipped (1. then 3.)",
      from: "2.推进智能监管",
      to: "3.推进智能监管",
      findings: ["19:1-19:3 heading-numbering 标题序号跳号：此处应为“2.”，文中为“3.”"],
    },
    {
      mistake: "a half-width comma after a count with a thousands separator",
      from: "3,415件，办结",
      to: "3,415件,办结",
      findings: ["27:31-27:32 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "a cause's clause pasted into the next shortcoming",
      from: "协调机制有待完善。",
      to: "协调机制有待完善，专业人才引进渠道有限。",
      findings: ["37:189-37:199 repeated-phrase 分句“专业人才引进渠道有限”在本段第37行第68列已出现过，此处重复：请删去重复的一处，或改写为不同的内容"],
    },
    {
      mistake: "the document number in square brackets",
      from: "城政办发〔2024〕12号",
      to: "城政办发[2024]12号",
      findings: ["11:37-11:43 terminology “[2024]”应为“〔2024〕”：发文字号的年份用六角括号“〔〕”括入（GB/T 9704—2012 第7.2.4条）"],
    },
    {
      mistake: "the 2015 纲要's goal formula",
      from: "围绕“基金安全、群众满意”目标",
      to: "围绕建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府目标",
      findings: ["5:132-5:141 terminology “廉洁高效、守法诚信”应为“智能高效、廉洁诚信、人民满意”：《法治政府建设实施纲要（2021—2025年）》的目标表述为“职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府”，“廉洁高效、守法诚信”是2015年纲要的旧提法"],
    },
    {
      mistake: "the year of the closing date in two digits",
      from: "2025年1月22日",
      to: "25年1月22日",
      findings: ["60:1-60:9 date-format 成文日期的年份应标全称：应为“2025年1月22日”，文中为“25年1月22日”"],
    },
  ],
  "125-ethnic-township-2025.txt": [
    {
      mistake: "a figure cut from its unit by a stray Enter in an indented draft",
      from: "全年办件6,318件，按时办结6,305件",
      to: "全年办件6,318件，按时办结6,305\n件",
      findings: ["6:138-6:139 line-break-in-sentence 句子在此处被换行截断（“…时办结6,305”后接下一行“件，按时办结率9…”），应删去换行，与下一行连成一段"],
    },
    {
      mistake: "三是 after 一是 in the shortcomings, one paragraph each",
      from: "　　二是部分村规民约",
      to: "　　三是部分村规民约",
      findings: ["13:3-13:5 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”"],
    },
    {
      mistake: "四是 for 三是 in the plans",
      from: "　　三是深化双语普法",
      to: "　　四是深化双语普法",
      findings: ["20:3-20:5 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "a plans list starting at 二是",
      from: "　　一是加强执法队伍建设",
      to: "　　二是加强执法队伍建设",
      findings: ["18:3-18:5 enumeration-sequence 列举缺少开头：应从“一是”开始，文中第一项为“二是”", "19:3-19:5 enumeration-sequence 列举序号重复：前面已有“二是”，此处应为“三是”"],
    },
    {
      mistake: "a date in the text on September 31",
      from: "2025年3月15日至4月30日",
      to: "2025年9月15日至9月31日",
      findings: ["9:129-9:134 invalid-date 日期不存在：2025年没有9月31日，9月只有30天"],
    },
    {
      mistake: "the closing date in Chinese numerals with ○",
      from: "　　2026年1月14日",
      to: "　　二○二六年一月十四日",
      findings: ["25:3-25:13 date-format 成文日期应使用阿拉伯数字：应为“2026年1月14日”，文中为“二○二六年一月十四日”"],
    },
    {
      mistake: "the goal formula without 人民满意",
      from: "廉洁诚信、人民满意的法治政府",
      to: "廉洁诚信的法治政府",
      findings: ["4:154-4:163 terminology “智能高效、廉洁诚信”应为“智能高效、廉洁诚信、人民满意”：《法治政府建设实施纲要（2021—2025年）》的目标表述以“人民满意”结尾"],
    },
    {
      mistake: "plenums numbered in Arabic numerals",
      from: "二十届三中、四中全会",
      to: "二十届3中、4中全会",
      findings: ["4:61-4:71 terminology “二十届3中、4中全会”应为“二十届三中、四中全会”：党的代表大会届次和全会次序用汉字数字书写"],
    },
    {
      mistake: "‘八五’ in single quotes",
      from: "落实“八五”普法规划",
      to: "落实‘八五’普法规划",
      findings: ["10:15-10:21 terminology “‘八五’普法”应为““八五”普法”：“八五”普法等五年普法规划的简称用双引号，单引号只用于引号内的引号（GB/T 15834—2011）"],
    },
    {
      mistake: "a half-width (二) heading",
      from: "　　（二）规范重大行政决策",
      to: "　　(二)规范重大行政决策",
      findings: ["7:3-7:4 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”", "7:5-7:6 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”"],
    },
    {
      mistake: "a subsection numbered (四) twice",
      from: "　　（五）深化普法宣传",
      to: "　　（四）深化普法宣传",
      findings: ["10:3-10:6 heading-numbering 标题序号重复：“（四）”与上一个同级标题相同，此处应为“（五）”"],
    },
    {
      mistake: "the plans heading dropped, its items left under the duties",
      from: "　　四、2026年主要安排\n",
      to: "　　下一步，我乡将重点抓好以下工作：\n",
      findings: ["17:3-17:19 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题", "21:3-21:5 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”"],
    },
    {
      mistake: "a clause of the opening pasted twice",
      from: "和《白石畲族乡民族工作条例》，以建设",
      to: "和《白石畲族乡民族工作条例》，深入学习贯彻习近平法治思想，以建设",
      findings: ["4:131-4:144 repeated-phrase 分句“深入学习贯彻习近平法治思想”在本段第4行第74列已出现过，此处重复：请删去重复的一处，或改写为不同的内容"],
    },
  ],
  "126-province-grain-reserve-bureau.txt": [
    {
      mistake: "a share after 分别占 no longer its count's",
      from: "分别占24.2%和75.8%",
      to: "分别占22.4%和75.8%",
      findings: ["15:88-15:93 rate-mismatch 占比应为24.2%（148÷612），文中为22.4%"],
    },
    {
      mistake: "the shares of a 其中 list after a count changed",
      from: "其中国有粮食企业148家",
      to: "其中国有粮食企业184家",
      findings: ["15:56-15:84 parts-exceed-total 各分项之和为648家（184+464），超过总数612家；请核对总数或各分项", "15:88-15:93 rate-mismatch 占比应为30.1%（184÷612），文中为24.2%"],
    },
    {
      mistake: "a (2) under 1． skipped",
      from: "（2）充实储备规模",
      to: "（3）充实储备规模",
      findings: ["27:1-27:4 heading-numbering 标题序号跳号：此处应为“（2）”，文中为“（3）”"],
    },
    {
      mistake: "a 2． left as 1．",
      from: "2．依法做好应急保障",
      to: "1．依法做好应急保障",
      findings: ["29:1-29:3 heading-numbering 标题序号重复：“1．”与上一个同级标题相同，此处应为“2．”"],
    },
    {
      mistake: "第三 for 第二 in the leader's list",
      from: "第二，带头学法用法",
      to: "第三，带头学法用法",
      findings: ["41:76-41:78 enumeration-sequence 列举序号跳号：此处应为“第二”，文中为“第三”"],
    },
    {
      mistake: "the supervision provision called 督查",
      from: "《法治政府建设与责任落实督察工作规定》",
      to: "《法治政府建设与责任落实督查工作规定》",
      findings: ["3:109-3:126 terminology “法治政府建设与责任落实督查工作规定”应为“法治政府建设与责任落实督察工作规定”：厅字〔2019〕28号的名称是《法治政府建设与责任落实督察工作规定》（督察，不是督查）"],
    },
    {
      mistake: "the document number in round brackets",
      from: "厅字〔2019〕28号",
      to: "厅字(2019)28号",
      findings: ["3:99-3:105 terminology “(2019)”应为“〔2019〕”：发文字号的年份用六角括号“〔〕”括入（GB/T 9704—2012 第7.2.4条）"],
    },
    {
      mistake: "a law's date that does not exist",
      from: "2024年9月27日",
      to: "2024年9月37日",
      findings: ["9:47-9:57 invalid-date 日期不存在：2024年没有9月37日，9月只有30天"],
    },
    {
      mistake: "the closing date in dots",
      from: "2025年2月26日",
      to: "2025.2.26",
      findings: ["56:1-56:10 date-format 成文日期应以“年”“月”“日”标注：应为“2025年2月26日”，文中为“2025.2.26”"],
    },
    {
      mistake: "a title split at a line break",
      from: "完成《江淮省粮食安全保障条例》立法调研",
      to: "完成《江淮省粮食安全\n保障条例》立法调研",
      findings: ["9:27-9:28 line-break-in-sentence 句子在此处被换行截断（“…《江淮省粮食安全”后接下一行“保障条例》立法调…”），应删去换行，与下一行连成一段"],
    },
    {
      mistake: "half-width colon before the leader's list",
      from: "第一责任人职责：第一，",
      to: "第一责任人职责:第一，",
      findings: ["41:27-41:28 punctuation-width 中文行文应使用全角标点“：”，文中为半角“:”"],
    },
    {
      mistake: "the rectification rate left over from last year's count",
      from: "整改率96.2%",
      to: "整改率92.6%",
      findings: ["15:117-15:125 rate-mismatch 整改率应为96.2%（176÷183），文中为92.6%"],
    },
    {
      mistake: "a cause's clause pasted into an earlier shortcoming",
      from: "尚未完全对接。",
      to: "尚未完全对接，常态化机制尚未建立。",
      findings: ["37:174-37:183 repeated-phrase 分句“常态化机制尚未建立”在本段第37行第119列已出现过，此处重复：请删去重复的一处，或改写为不同的内容"],
    },
    {
      mistake: "the plans heading replaced by “下一步，……以下工作。”",
      from: "四、2025年推进法治政府建设的工作安排\n\n（一）抓好条例实施。",
      to: "下一步，我局将重点做好以下工作。\n\n（一）抓好条例实施。",
      findings: ["43:1-43:17 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题", "51:1-51:3 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”"],
    },
  ],
  "127-county-justice-bureau-reconsideration.txt": [
    {
      mistake: "a 纠错率 no longer its counts' (over 审结)",
      from: "纠错率13.7%",
      to: "纠错率12.7%",
      findings: ["9:312-9:320 rate-mismatch 纠错率应为13.7%（33÷241），文中为12.7%"],
    },
    {
      mistake: "an outcome of the 审结 cases raised past their total",
      from: "其中维持131件",
      to: "其中维持151件",
      findings: ["9:244-9:303 parts-exceed-total 各分项之和为261件（151+39+14+11+3+5+38），超过总数241件；请核对总数或各分项"],
    },
    {
      mistake: "（二） skipped",
      from: "（二）强化复议监督纠错功能",
      to: "（三）强化复议监督纠错功能",
      findings: ["11:1-11:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["27:3-27:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the causes cut from all three shortcomings",
      from: "一是行政复议案件增长较快与办案力量不足的矛盾突出，全局专职行政复议人员仅5名，人均办案超过50件，主要原因是行政复议体制改革后案件集中到县政府统一管辖，编制和人员配备未能同步到位。二是部分行政机关对行政复议意见书、建议书重视不够，个别单位整改停留在“回复了事”，原因在于行政复议监督结果运用机制不健全，尚未与法治政府建设考核有效挂钩。三是乡镇司法所规范化建设不平衡，究其原因，部分乡镇司法所人员身兼数职，专业能力有待提升。",
      to: "一是行政复议案件增长较快与办案力量不足的矛盾突出，全局专职行政复议人员仅5名，人均办案超过50件。二是部分行政机关对行政复议意见书、建议书重视不够，个别单位整改停留在“回复了事”。三是乡镇司法所规范化建设不平衡，部分乡镇司法所人员身兼数职。",
      findings: ["19:1-19:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the day of the closing date left as ××",
      from: "2026年1月20日",
      to: "2026年1月××日",
      findings: ["42:8-42:11 placeholder-text 模板占位符“××日”未替换，应填写实际内容"],
    },
    {
      mistake: "a closing date after 31 March",
      from: "2026年1月20日",
      to: "2026年4月20日",
      findings: ["42:1-42:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月20日"],
    },
    {
      mistake: "超过 and 余 with one number",
      from: "人均办案超过50件",
      to: "人均办案超过50余件",
      findings: ["21:44-21:50 approximate-number “超过50余件”中“超过”和“余”都表示约数，重复使用，应删去其一"],
    },
  ],
  "128-city-government-reconsideration-organ.txt": [
    {
      mistake: "an 出庭应诉率 with its digits swapped",
      from: "出庭应诉率97.1%",
      to: "出庭应诉率91.7%",
      findings: ["25:51-25:61 rate-mismatch 出庭应诉率应为97.1%（812÷836），文中为91.7%"],
    },
    {
      mistake: "a 败诉率 over 审结 no longer its counts'",
      from: "败诉率5.7%",
      to: "败诉率7.5%",
      findings: ["25:89-25:96 rate-mismatch 败诉率应为5.7%（57÷1004），文中为7.5%"],
    },
    {
      mistake: "a 复议诉讼比 (1.8∶1, ratio sign) no longer its counts'",
      from: "复议诉讼比为1.8∶1",
      to: "复议诉讼比为1.6∶1",
      findings: ["15:123-15:134 rate-mismatch 复议诉讼比应为1.8∶1（1962÷1090），文中为1.6∶1"],
    },
    {
      mistake: "a 4. numbered 5.",
      from: "4.以监督促规范",
      to: "5.以监督促规范",
      findings: ["21:1-21:3 heading-numbering 标题序号跳号：此处应为“4.”，文中为“5.”"],
    },
    {
      mistake: "the document number's year in round brackets",
      from: "（安政办发〔2025〕17号）",
      to: "（安政办发(2025)17号）",
      findings: ["17:42-17:48 terminology “(2025)”应为“〔2025〕”：发文字号的年份用六角括号“〔〕”括入（GB/T 9704—2012 第7.2.4条）"],
    },
    {
      mistake: "the 市长's paragraph dropped",
      from: "市长认真履行法治政府建设第一责任人职责，主持召开市政府常务会议研究法治政府建设议题8项，带头参加市政府常务会议会前学法12次；亲自主持市行政复议委员会第三次全体会议，审议重大疑难复议案件5件；带头出庭应诉行政诉讼案件1件；年底向市委、市人大常委会报告法治政府建设情况。\n\n",
      to: "",
      findings: ["35:1-35:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（市委书记）的履职情况，未写政府主要负责人：请补写市长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "XX left in a heading",
      from: "（二）健全依法行政制度体系",
      to: "（二）健全依法行政制度体系XX",
      findings: ["11:14-11:16 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a closing date that does not exist",
      from: "2026年2月12日",
      to: "2026年2月30日",
      findings: ["52:1-52:11 invalid-date 日期不存在：2026年没有2月30日，2月只有28天"],
    },
  ],
  "129-district-government-office-disclosure.txt": [
    {
      mistake: "a 调解和解率 over cases withdrawn after mediation (经调解和解撤回申请) no longer its counts'",
      from: "调解和解率12.0%",
      to: "调解和解率21.0%",
      findings: ["19:151-19:161 rate-mismatch 调解和解率应为12.0%（3÷25），文中为21.0%"],
    },
    {
      mistake: "the 诉讼 count changed under a 复议诉讼比 of 2.25:1",
      from: "同期行政诉讼案件12件",
      to: "同期行政诉讼案件15件",
      findings: ["19:82-19:94 rate-mismatch 复议诉讼比应为1.80:1（27÷15），文中为2.25:1"],
    },
    {
      mistake: "a 其中 part of the disclosure requests past their total",
      from: "其中予以公开194件",
      to: "其中予以公开294件",
      findings: ["15:91-15:162 parts-exceed-total 各分项之和为518件（294+63+22+139），超过总数418件；请核对总数或各分项"],
    },
    {
      mistake: "the total of the documents cleaned up below its parts",
      from: "清理现行有效规范性文件68件",
      to: "清理现行有效规范性文件58件",
      findings: ["11:105-11:128 parts-exceed-total 各分项之和为68件（55+8+5），超过总数58件；请核对总数或各分项"],
    },
    {
      mistake: "a hotline 办结率 no longer its counts'",
      from: "办结率99.3%",
      to: "办结率99.8%",
      findings: ["23:40-23:48 rate-mismatch 办结率应为99.3%（61973÷62418），文中为99.8%"],
    },
    {
      mistake: "last year in the title",
      from: "东陵区人民政府办公室2025年度",
      to: "东陵区人民政府办公室2024年度",
      findings: ["1:11-1:16 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a count left as ××",
      from: "专题研究法治建设工作4次",
      to: "专题研究法治建设工作××次",
      findings: ["31:69-31:71 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "（二） in half-width brackets",
      from: "（二）依法做好政府信息公开",
      to: "(二)依法做好政府信息公开",
      findings: ["13:1-13:2 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”", "13:3-13:4 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”"],
    },
    {
      mistake: "the office's Party secretary dropped (党组书记、主任 → 主任)",
      from: "区政府办公室党组书记、主任严格履行",
      to: "区政府办公室主任严格履行",
      findings: ["29:1-29:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（主任）的履职情况，未写党委主要负责人：请补写党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the plan items replaced by one statement of intent",
      from: "（一）2026年3月底前修订《东陵区人民政府办公室政府信息公开申请办理规程》，建立依申请公开答复“三级审核”制度，力争全年不再发生信息公开类复议纠错案件。\n\n（二）年内制定规范性文件后评估办法，选取3件实施满2年的规范性文件开展后评估。\n\n（三）组织办公室系统专题法治培训不少于4次，复议应诉案例教学不少于2次。\n\n（四）12345热线诉求办结率保持在99%以上，满意率达到97%以上。",
      to: "2026年，我办将继续深入学习贯彻习近平法治思想，不断提高办公室系统依法行政水平，为建设更高水平法治东陵提供有力保障。",
      findings: ["33:1-33:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
  ],
  "130-county-government-title-without-year.txt": [
    {
      mistake: "the year in the opening left from last year, the title stating none",
      from: "2025年，县政府在市委",
      to: "2024年，县政府在市委",
      findings: ["5:1-5:6 year-consistency 开头写的是2024年度的情况，正文各处写的都是2025年度的情况：开头应为2025年度"],
    },
    {
      mistake: "a closing date past the deadline",
      from: "2026年1月27日",
      to: "2026年4月15日",
      findings: ["44:1-44:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月15日"],
    },
    {
      mistake: "a closing date before the report year is over",
      from: "2026年1月27日",
      to: "2025年11月27日",
      findings: ["44:1-44:12 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年11月27日"],
    },
    {
      mistake: "a 全程网办率 no longer its counts'",
      from: "全程网办率82.1%",
      to: "全程网办率85.1%",
      findings: ["9:145-9:155 rate-mismatch 全程网办率应为82.1%（1038÷1265），文中为85.1%"],
    },
    {
      mistake: "a 其中 part of the closed reviews raised beyond them",
      from: "其中维持11件",
      to: "其中维持13件",
      findings: ["17:100-17:116 parts-exceed-total 各分项之和为16件（13+3），超过总数14件；请核对总数或各分项"],
    },
    {
      mistake: "the 县长's duties dropped",
      from: "县长切实履行法治政府建设第一责任人职责，主持召开县政府常务会议专题研究法治政府建设工作4次，审议行政规范性文件9件；带头参加县政府常务会议会前学法12次；带头出庭应诉行政诉讼案件2件；年底前向县委、县人大常委会专题报告法治政府建设情况。",
      to: "",
      findings: ["25:1-25:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the plans cut to one sentence of intent",
      from: "（一）制定《青峰县法治政府建设实施方案（2026—2030年）》，于2026年6月底前印发实施。\n\n（二）开展乡镇综合行政执法能力提升行动，年内组织乡镇执法人员实操培训不少于4期，实现11个乡镇全覆盖。\n\n（三）选取2项已实施满1年的重大行政决策开展后评估，评估报告于2026年11月底前提交县政府常务会议审议。\n\n（四）开展行政复议纠错案件专项分析，2026年9月底前形成分析报告，对纠错案件涉及的执法部门逐一约谈。",
      to: "2026年，县政府将继续深入学习贯彻习近平法治思想，不断提高依法行政水平，推动全县法治政府建设再上新台阶。",
      findings: ["29:1-29:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "the contact left as XXX below the date",
      from: "联系人：陈立新",
      to: "联系人：XXX",
      findings: ["45:6-45:9 placeholder-text 模板占位符“XXX”未替换，应填写实际内容"],
    },
  ],
  "131-city-veterans-bureau-stamp-no-text-page.txt": [
    {
      mistake: "a closing date before the report year is over, above a stamped signature",
      from: "2026年2月3日",
      to: "2025年11月20日",
      findings: ["43:1-43:12 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年11月20日"],
    },
    {
      mistake: "a closing date past the deadline, below “（此页无正文）”",
      from: "2026年2月3日",
      to: "2026年5月3日",
      findings: ["43:1-43:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年5月3日"],
    },
    {
      mistake: "last year's title on this year's report",
      from: "关于2025年度",
      to: "关于2024年度",
      findings: ["1:13-1:18 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a 整改率 no longer its counts'",
      from: "整改率95.1%",
      to: "整改率97.6%",
      findings: ["15:60-15:68 rate-mismatch 整改率应为95.1%（39÷41），文中为97.6%"],
    },
    {
      mistake: "a 其中 part of the files cleared raised beyond them",
      from: "其中保留46件",
      to: "其中保留56件",
      findings: ["9:146-9:167 parts-exceed-total 各分项之和为64件（56+5+3），超过总数54件；请核对总数或各分项"],
    },
    {
      mistake: "the causes of both shortcomings removed",
      from: "部分镇（街道）退役军人服务站工作人员多为兼职，对政策法规掌握不够，原因是基层服务站点人员流动较大，系统培训覆盖不够。\n\n（二）矛盾纠纷源头化解有待加强。部分历史遗留的安置待遇诉求反复出现，主要原因是相关政策跨度时间长、涉及部门多，部门间会商机制还不够健全。",
      to: "部分镇（街道）退役军人服务站工作人员多为兼职，对政策法规掌握不够。\n\n（二）矛盾纠纷源头化解有待加强。部分历史遗留的安置待遇诉求反复出现。",
      findings: ["19:1-19:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the city left as ×× in the stamped signature",
      from: "江城市退役军人事务局（盖章）",
      to: "××市退役军人事务局（盖章）",
      findings: ["44:1-44:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the 党组书记 dropped, the 局长 alone",
      from: "局党组书记、局长认真履行",
      to: "局长认真履行",
      findings: ["25:1-25:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
  ],
  "132-district-culture-bureau-two-dates.txt": [
    {
      mistake: "the year in the opening left from last year",
      from: "2025年，区文化广电",
      to: "2024年，区文化广电",
      findings: ["3:1-3:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "a closing date past the deadline, the 印发日期 below it",
      from: "2026年1月30日",
      to: "2026年4月30日",
      findings: ["42:1-42:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月30日"],
    },
    {
      mistake: "a closing date that does not exist",
      from: "2026年1月30日",
      to: "2026年2月30日",
      findings: ["42:1-42:11 invalid-date 日期不存在：2026年没有2月30日，2月只有28天"],
    },
    {
      mistake: "a 采纳率 with its digits swapped",
      from: "采纳率65.1%",
      to: "采纳率61.5%",
      findings: ["8:96-8:104 rate-mismatch 采纳率应为65.1%（41÷63），文中为61.5%"],
    },
    {
      mistake: "a 其中 category of the cases raised beyond them",
      from: "其中网络文化类19件",
      to: "其中网络文化类29件",
      findings: ["12:51-12:88 parts-exceed-total 各分项之和为67件（29+14+9+15），超过总数57件；请核对总数或各分项"],
    },
    {
      mistake: "a 3. skipped",
      from: "3.加强执法监督",
      to: "4.加强执法监督",
      findings: ["14:1-14:3 heading-numbering 标题序号跳号：此处应为“3.”，文中为“4.”"],
    },
    {
      mistake: "the 局长 dropped, the 党组书记 alone",
      from: "局党组书记、局长认真履行",
      to: "局党组书记认真履行",
      findings: ["26:1-26:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the contact left as ×× below the date",
      from: "联系人：周晓岚",
      to: "联系人：××",
      findings: ["43:6-43:8 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "约 and 余 after 万",
      from: "观众约3.6万人次",
      to: "观众约3.6万余人次",
      findings: ["20:63-20:71 approximate-number “约3.6万余人次”中“约”和“余”都表示约数，重复使用，应删去其一"],
    },
  ],
  "133-city-ecology-bureau-feishu.md": [
    {
      mistake: "last year's title on this year's report",
      from: "# 清川市生态环境局2024年",
      to: "# 清川市生态环境局2023年",
      findings: ["1:11-1:16 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 其中 part raised beyond the documents cleaned up",
      from: "其中继续有效19件",
      to: "其中继续有效21件",
      findings: ["21:11-21:34 parts-exceed-total 各分项之和为26件（21+3+2），超过总数24件；请核对总数或各分项"],
    },
    {
      mistake: "the table's 合计 row below its rows",
      from: "| 合计 | 105 | 756.2 |",
      to: "| 合计 | 105 | 746.2 |",
      findings: ["32:14-32:19 parts-exceed-total 各分项之和为756.2万元（312.5万+287.4万+156.3万），超过总数746.2万元；请核对总数或各分项"],
    },
    {
      mistake: "a #### plan item number skipped",
      from: "#### 3. 规范文件制定程序",
      to: "#### 4. 规范文件制定程序",
      findings: ["66:6-66:8 heading-numbering 标题序号跳号：此处应为“3.”，文中为“4.”"],
    },
    {
      mistake: "a figure left as ××",
      from: "培训不少于6期",
      to: "培训不少于××期",
      findings: ["60:19-60:21 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the Party secretary dropped from “党组书记、局长”",
      from: "局党组书记、局长作为推进法治建设第一责任人",
      to: "局长作为推进法治建设第一责任人",
      findings: ["52:4-52:30 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a late closing date",
      from: "2025年1月20日",
      to: "2025年4月20日",
      findings: ["76:1-76:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月20日"],
    },
  ],
  "134-county-government-yuque.md": [
    {
      mistake: "a 直接纠错率 off over 撤销或确认违法16件",
      from: "直接纠错率13.7%",
      to: "直接纠错率15.7%",
      findings: ["43:62-43:72 rate-mismatch 直接纠错率应为13.7%（16÷117），文中为15.7%"],
    },
    {
      mistake: "a （六） heading numbered （七）",
      from: "### （六）行政权力制约监督",
      to: "### （七）行政权力制约监督",
      findings: ["47:5-47:8 heading-numbering 标题序号跳号：此处应为“（六）”，文中为“（七）”"],
    },
    {
      mistake: "a 其中 part beyond its total",
      from: "其中即办件11.2万件，占60.2%",
      to: "其中即办件19.2万件，占60.2%",
      findings: ["13:45-13:63 parts-exceed-total 分项19.2万件超过总数18.6万件；请核对总数或分项"],
    },
    {
      mistake: "the table's 合计 row below its rows",
      from: "| 合计 | 4,696 | 859 |",
      to: "| 合计 | 4,696 | 835 |",
      findings: ["35:16-35:19 parts-exceed-total 各分项之和为859（214+67+395+183），超过总数835；请核对总数或各分项"],
    },
    {
      mistake: "the causes removed from the shortcomings",
      from: "一是乡镇综合执法力量仍然薄弱，赋权事项中有31项全年未发生执法办件，原因在于乡镇执法人员承接能力不足、县级部门指导培训不够。二是行政复议直接纠错率偏高，反映出部分行政机关执法程序不规范，根源是执法人员程序意识不强、法制审核把关不严。三是法治督察的刚性不足，原因是督察结果与绩效考核挂钩不紧。",
      to: "一是乡镇综合执法力量仍然薄弱，赋权事项中有31项全年未发生执法办件。二是行政复议直接纠错率偏高。三是法治督察的刚性不足。",
      findings: ["51:4-51:14 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the plans cut to slogans",
      from: "一是开展赋权事项评估，对全年无办件的31项事项逐项评估，6月底前提出调整意见；二是组织全县行政执法人员轮训2期，重点讲授执法程序和文书制作，实现执法人员培训全覆盖；三是出台《松岭县法治督察工作办法》，将督察结果纳入年度绩效考核，分值不低于3分。",
      to: "下一步，我们将继续加强法治政府建设，推动各项工作再上新台阶。",
      findings: ["59:4-59:21 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "last year's closing date",
      from: "2026年1月23日",
      to: "2025年1月23日",
      findings: ["69:1-69:11 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年1月23日，是否应为2026年1月23日？"],
    },
    {
      mistake: "the 县委书记's duties dropped",
      from: "县委书记作为县域法治建设第一责任人，主持召开县委全面依法治县委员会会议2次，听取县政府法治政府建设情况汇报。",
      to: "",
      findings: ["55:4-55:30 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（县长）的履职情况，未写党委主要负责人：请补写县委书记履行推进法治建设第一责任人职责的情况"],
    },
  ],
  "135-district-market-regulation-tencent-docs.md": [
    {
      mistake: "the shortcomings numbered 三、",
      from: "### 二、存在的不足和原因",
      to: "### 三、存在的不足和原因",
      findings: ["50:5-50:7 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "the online rate no longer matching its counts",
      from: "全程网办率达到92.6%",
      to: "全程网办率达到95.6%",
      findings: ["13:16-13:28 rate-mismatch 全程网办率应为92.6%（25930÷28003），文中为95.6%"],
    },
    {
      mistake: "a figure left as XX",
      from: "辖区56家直播基地",
      to: "辖区XX家直播基地",
      findings: ["60:117-60:119 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a late closing date",
      from: "2025年1月16日",
      to: "2025年5月16日",
      findings: ["68:1-68:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年5月16日"],
    },
    {
      mistake: "last year's plans heading",
      from: "### 四、2025年工作计划",
      to: "### 四、2024年工作计划",
      findings: ["58:7-58:12 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "the 复议 outcomes raised beyond the cases closed",
      from: "其中维持8件、确认违法1件、终止1件",
      to: "其中维持9件、确认违法1件、终止1件",
      findings: ["42:72-42:94 parts-exceed-total 各分项之和为11件（9+1+1），超过总数10件；请核对总数或各分项"],
    },
  ],
  "136-district-government-duties-first.txt": [
    {
      mistake: "the measures heading dated the year before",
      from: "二、2024年法治政府建设基本情况",
      to: "二、2023年法治政府建设基本情况",
      findings: ["9:3-9:8 year-consistency “主要举措和成效”应写2024年的情况，标题中为2023年"],
    },
    {
      mistake: "the 取消 part raised so that the 许可事项 adjusted no longer hold it",
      from: "其中取消5项",
      to: "其中取消7项",
      findings: ["11:39-11:67 parts-exceed-total 各分项之和为25项（7+8+10），超过总数23项；请核对总数或各分项"],
    },
    {
      mistake: "the appearance rate no longer matching its counts",
      from: "出庭应诉率100%",
      to: "出庭应诉率97.6%",
      findings: ["17:103-17:113 rate-mismatch 出庭应诉率应为100.0%（41÷41），文中为97.6%"],
    },
    {
      mistake: "the measures' （三） numbered （四）",
      from: "（三）严格规范公正文明执法",
      to: "（四）严格规范公正文明执法",
      findings: ["15:1-15:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "the causes cut from the difficulties (存在的困难和问题)",
      from: "一是部分领域执法力量薄弱，主要原因是综合行政执法改革后街道执法队伍人员编制少、专业人员不足，一线执法人员平均年龄偏大。二是行政复议纠错率仍然偏高，原因在于个别部门对新修订的《中华人民共和国行政复议法》学习不够深入，程序意识不强。三是法治宣传的针对性不够，主要是由于普法责任清单更新不及时，“谁执法谁普法”落实不到位。",
      to: "一是部分领域执法力量薄弱。二是行政复议纠错率仍然偏高。三是法治宣传的针对性不够。",
      findings: ["19:1-19:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the 2025 plans cut to one sentence of intent",
      from: "一是2025年6月底前完成街道综合执法队伍专业培训全覆盖，每名执法人员年度培训不少于60学时。二是制定《北塘区行政复议纠错案件通报办法》，每季度通报一次纠错案件，对纠错率高于20%的部门进行约谈。三是更新区级普法责任清单，年内开展“法律进企业”活动不少于30场。四是完成2021年以来规范性文件全面清理，于2025年9月底前向社会公布清理结果。",
      to: "2025年，我区将坚持以习近平法治思想为指导，持续深化法治政府建设，不断提升依法行政水平，为全区高质量发展提供有力法治保障。",
      findings: ["23:1-23:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "the report dated after 31 March",
      from: "2025年1月20日",
      to: "2025年4月20日",
      findings: ["32:1-32:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月20日"],
    },
  ],
  "137-county-water-bureau-no-other-matters.txt": [
    {
      mistake: "the 结案率 no longer matching its counts",
      from: "结案率94.6%",
      to: "结案率95.6%",
      findings: ["9:47-9:55 rate-mismatch 结案率应为94.6%（35÷37），文中为95.6%"],
    },
    {
      mistake: "the 采砂 part raised beyond the cases closed",
      from: "其中非法采砂案件14件",
      to: "其中非法采砂案件24件",
      findings: ["9:43-9:91 parts-exceed-total 各分项之和为47件（24+12+11），既超过35件，也超过其所出自的总数37件（分项可能是两者中任一个的）；请核对总数或各分项"],
    },
    {
      mistake: "a 即办件占比 whose written division no longer gives it",
      from: "即办件占比达到41.5%",
      to: "即办件占比达到45.1%",
      findings: ["11:122-11:134 rate-mismatch 即办件占比应为41.5%（68÷164），文中为45.1%"],
    },
    {
      mistake: "a placeholder left in a plan",
      from: "新增视频监控点位30个",
      to: "新增视频监控点位××个",
      findings: ["25:21-25:23 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the causes cut from the 短板",
      from: "一是执法装备和技术手段相对落后，夜间非法采砂发现难、取证难，主要原因是视频监控覆盖不足，全县重点河段监控点位仅覆盖约六成。二是基层水管员法律素养参差不齐，原因在于水管员多为兼职，培训机会少、流动性大。三是部分案件办理周期偏长，2件案件未能在年内结案，主要是由于涉案砂石价值鉴定耗时较长。",
      to: "一是执法装备和技术手段相对落后，夜间非法采砂发现难、取证难。二是基层水管员法律素养参差不齐。三是部分案件办理周期偏长，2件案件未能在年内结案。",
      findings: ["15:1-15:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the measures' （三） numbered （四）",
      from: "（三）深化水法治宣传",
      to: "（四）深化水法治宣传",
      findings: ["13:1-13:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "the duties heading turned into another topic",
      from: "三、党政主要负责人履行推进法治建设第一责任人职责情况",
      to: "三、其他工作情况",
      findings: ["21:1-21:113 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”只见于正文段落，没有标题，应单列为一级标题"],
    },
    {
      mistake: "the plans (下一步工作思路) headed as something else",
      from: "四、下一步工作思路",
      to: "四、其他工作",
      findings: ["1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）"],
    },
  ],
  "138-town-government-plans-by-year.txt": [
    {
      mistake: "the plans heading dated the report's own year",
      from: "四、2025年工作打算",
      to: "四、2024年工作打算",
      findings: ["25:3-25:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "the opening dated the year before",
      from: "2024年，青石镇人民政府在县委",
      to: "2023年，青石镇人民政府在县委",
      findings: ["5:1-5:6 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "the share of 不予处罚 cases no longer matching its counts",
      from: "占全部处罚案件的12.3%",
      to: "占全部处罚案件的13.2%",
      findings: ["13:99-13:104 rate-mismatch 占比应为12.3%（9÷73），文中为13.2%"],
    },
    {
      mistake: "the 合同协议 part raised beyond the matters reviewed",
      from: "其中合同协议21件",
      to: "其中合同协议31件",
      findings: ["15:42-15:74 parts-exceed-total 各分项之和为39件（31+5+3），超过总数29件；请核对总数或各分项"],
    },
    {
      mistake: "the 短板 numbered 四、",
      from: "三、工作中存在的短板及原因",
      to: "四、工作中存在的短板及原因",
      findings: ["21:1-21:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "the 2025 plans cut to one 下一步 sentence",
      from: "一是2025年上半年组织执法人员参加县级执法资格培训，确保持证上岗率达到100%。二是制定《青石镇村级合同管理办法》，年内实现村集体合同镇级审查全覆盖。三是依托镇微信公众号开设“青石说法”专栏，全年推送普法内容不少于48期。",
      to: "下一步，我镇将继续加强法治政府建设，推动各项工作再上新台阶。",
      findings: ["25:1-25:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "the report dated after 31 March",
      from: "2025年1月10日",
      to: "2025年5月10日",
      findings: ["34:1-34:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年5月10日"],
    },
  ],
  "139-county-transport-overload-units.txt": [
    {
      mistake: "last year's title on this year's report",
      from: "河阳县交通运输局2024年度",
      to: "河阳县交通运输局2023年度",
      findings: ["1:9-1:14 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 全程网办率 no longer matching its quoted “全程网办”事项 count",
      from: "全程网办率74.4%",
      to: "全程网办率84.4%",
      findings: ["11:55-11:65 rate-mismatch 全程网办率应为74.4%（64÷86），文中为84.4%"],
    },
    {
      mistake: "the 砂石料场 part raised beyond the firms interviewed",
      from: "其中砂石料场6家",
      to: "其中砂石料场8家",
      findings: ["9:159-9:179 parts-exceed-total 各分项之和为11家（8+3），超过总数9家；请核对总数或各分项"],
    },
    {
      mistake: "the 治超罚款's share (万元 of 万元) no longer matching",
      from: "其中治超罚款168.5万元，占40.8%",
      to: "其中治超罚款168.5万元，占48.0%",
      findings: ["13:89-13:94 rate-mismatch 占比应为40.8%（168.5万÷412.6万），文中为48.0%"],
    },
    {
      mistake: "the cut of the time limit (10 → 3.2个工作日) given with its digits swapped",
      from: "压缩68%",
      to: "压缩86%",
      findings: ["11:136-11:139 change-mismatch 降幅应为68%（(10-3.2)÷10），文中为86%"],
    },
    {
      mistake: "the 首违不罚 items, doubled from 8 to 16, said to have doubled twice",
      from: "翻了一番。开展执法案卷评查",
      to: "翻了两番。开展执法案卷评查",
      findings: ["13:153-13:157 change-mismatch 从8项到16项是原来的2.0倍（16÷8），不是“翻了两番”所说的4倍"],
    },
    {
      mistake: "the 优秀率 of the files reviewed changed",
      from: "评为优秀的96卷，优秀率80%",
      to: "评为优秀的96卷，优秀率85%",
      findings: ["13:187-13:193 rate-mismatch 优秀率应为80%（96÷120），文中为85%"],
    },
    {
      mistake: "the measures' （三） numbered （四）",
      from: "（三）规范行政执法行为",
      to: "（四）规范行政执法行为",
      findings: ["13:1-13:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "the causes cut from all three shortcomings",
      from: "一是不停车检测点覆盖不足，部分农村公路仍有超限车辆绕行逃避检测，主要原因是县乡公路点多线长，检测设施建设资金缺口较大。二是执法队伍结构老化，45岁以上执法人员占比达到62%，原因在于近五年新进执法人员较少，年轻骨干补充不及时。三是“全程网办”事项实际办件量偏低，网上办件仅占办件总量的三成左右，主要是由于部分运输企业和群众网上办事习惯尚未养成，线上办事指引不够清晰。",
      to: "一是不停车检测点覆盖不足，部分农村公路仍有超限车辆绕行逃避检测。二是执法队伍结构老化，45岁以上执法人员占比达到62%。三是“全程网办”事项实际办件量偏低，网上办件仅占办件总量的三成左右。",
      findings: ["17:1-17:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a placeholder left in a plan",
      from: "新建不停车检测点2个",
      to: "新建不停车检测点××个",
      findings: ["27:33-27:35 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the plans heading dated the report's own year",
      from: "四、2025年主要工作安排",
      to: "四、2024年主要工作安排",
      findings: ["25:3-25:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
  ],
  "140-city-justice-bureau-mediation-legal-aid.txt": [
    {
      mistake: "last year's title on this year's report",
      from: "2024年度法治政府建设工作情况",
      to: "2023年度法治政府建设工作情况",
      findings: ["1:9-1:14 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 采纳率 after a 其中 list of documents (件) no longer matching its opinions (条)",
      from: "采纳398条，采纳率96.6%",
      to: "采纳398条，采纳率98.6%",
      findings: ["9:92-9:100 rate-mismatch 采纳率应为96.6%（398÷412），文中为98.6%"],
    },
    {
      mistake: "the 婚姻家庭 part raised beyond the disputes mediated",
      from: "其中婚姻家庭纠纷5,230件",
      to: "其中婚姻家庭纠纷15,230件",
      findings: ["11:57-11:112 parts-exceed-total 各分项之和为22216件（15230+4116+2870），既超过1.58万件，也超过其所出自的总数1.62万件（分项可能是两者中任一个的）；请核对总数或各分项"],
    },
    {
      mistake: "the 调解成功率 off, the disputes screened in 件次 opening the sentence",
      from: "调解成功率97.5%",
      to: "调解成功率95.7%",
      findings: ["11:64-11:74 rate-mismatch 调解成功率应为97.5%（1.58万÷1.62万），文中为95.7%"],
    },
    {
      mistake: "the mediators' count doubled (186 → 372) with the later count mistyped",
      from: "增加到372人",
      to: "增加到327人",
      findings: ["11:135-11:139 change-mismatch 从186人到327人是原来的1.8倍（327÷186），不是“翻了一番”所说的2倍"],
    },
    {
      mistake: "the 刑事 cases' share no longer matching",
      from: "其中刑事法律援助案件1,985件，占57.3%",
      to: "其中刑事法律援助案件1,985件，占51.3%",
      findings: ["13:56-13:61 rate-mismatch 占比应为57.3%（1985÷3462），文中为51.3%"],
    },
    {
      mistake: "the migrant workers' share of the losses recovered (1,720万 of 2,860万) written in 成 off",
      from: "占六成",
      to: "占八成",
      findings: ["13:115-13:117 rate-mismatch 占比为60.1%（1720万÷2860万），与“八成”（75%–85%）不符"],
    },
    {
      mistake: "the 满意率 of the visits changed",
      from: "满意率97.7%",
      to: "满意率98.7%",
      findings: ["13:149-13:157 rate-mismatch 满意率应为97.7%（508÷520），文中为98.7%"],
    },
    {
      mistake: "a 全程网办率 no longer matching its quoted “一件事一次办” and “全程网办” counts",
      from: "全程网办率73.1%",
      to: "全程网办率78.1%",
      findings: ["15:133-15:143 rate-mismatch 全程网办率应为73.1%（38÷52），文中为78.1%"],
    },
    {
      mistake: "the plans' （三） numbered （四）",
      from: "（三）加强法律援助保障",
      to: "（四）加强法律援助保障",
      findings: ["31:1-31:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "the 2025 plans cut to one sentence of intent",
      from: "（一）提高合法性审核质量。2025年3月底前修订《江屿市行政规范性文件合法性审核办法》，建立审核意见采纳情况季度通报制度。\n\n（二）推进行业性专业性调解。年内新建医疗、物业、道路交通等行业性专业性调解组织6个，专职调解员达到400人以上。\n\n（三）加强法律援助保障。会同市财政局出台法律援助办案补贴标准动态调整办法，力争2025年补贴标准提高20%。\n\n（四）均衡配置公共法律服务资源。在8个偏远乡镇设立公共法律服务工作站，实现律师每周驻点服务不少于1天。",
      to: "2025年，我局将继续深入学习贯彻习近平法治思想，全面提升司法行政工作法治化水平，为法治江屿建设作出新的更大贡献。",
      findings: ["25:1-25:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "a closing date that does not exist",
      from: "2025年1月22日",
      to: "2025年1月32日",
      findings: ["42:1-42:11 invalid-date 日期不存在：2025年没有1月32日，1月只有31天"],
    },
  ],
  "141-district-government-multiples-shares.txt": [
    {
      mistake: "a 直接纠错率 off, its numerator the corrective outcomes listed",
      from: "直接纠错率8.8%",
      to: "直接纠错率9.8%",
      findings: ["15:88-15:97 rate-mismatch 直接纠错率应为8.8%（(10+5+3)÷205），文中为9.8%"],
    },
    {
      mistake: "last year's title on this year's report",
      from: "南屏市松江区人民政府关于2024年",
      to: "南屏市松江区人民政府关于2023年",
      findings: ["1:13-1:18 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a 全程网办率 no longer matching its quoted “全程网办” count",
      from: "全程网办率82.5%",
      to: "全程网办率85.2%",
      findings: ["9:92-9:102 rate-mismatch 全程网办率应为82.5%（1046÷1268），文中为85.2%"],
    },
    {
      mistake: "the 规范性文件 part raised beyond the matters reviewed",
      from: "其中规范性文件12件",
      to: "其中规范性文件112件",
      findings: ["11:82-11:117 parts-exceed-total 各分项之和为418件（112+25+281），超过总数318件；请核对总数或各分项"],
    },
    {
      mistake: "a 采纳率 after a 其中 list of matters (件) no longer matching its opinions (条)",
      from: "采纳率97.1%",
      to: "采纳率91.7%",
      findings: ["11:135-11:143 rate-mismatch 采纳率应为97.1%（812÷836），文中为91.7%"],
    },
    {
      mistake: "a growth in 倍 that neither reading of 增长N倍 gives (2,153 → 5,382 is ×2.5)",
      from: "增长1.5倍",
      to: "增长3.5倍",
      findings: ["13:93-13:97 change-mismatch 从2153件到5382件是原来的2.5倍、增长1.5倍（5382÷2153），文中为增长3.5倍"],
    },
    {
      mistake: "the 生态环境 amount's share (万元 of 亿元) no longer matching",
      from: "其中生态环境领域3,780万元，占30%",
      to: "其中生态环境领域3,780万元，占3%",
      findings: ["13:127-13:129 rate-mismatch 占比应为30%（3780万÷1.26亿），文中为3%"],
    },
    {
      mistake: "the 维持 outcome raised beyond the cases closed",
      from: "其中维持126件",
      to: "其中维持136件",
      findings: ["15:42-15:87 parts-exceed-total 各分项之和为215件（136+32+29+10+5+3），超过总数205件；请核对总数或各分项"],
    },
    {
      mistake: "the 化解成功率 changed",
      from: "化解成功率97.4%",
      to: "化解成功率94.7%",
      findings: ["15:172-15:182 rate-mismatch 化解成功率应为97.4%（8412÷8640），文中为94.7%"],
    },
    {
      mistake: "the measures' （五） numbered （六）",
      from: "（五）强化行政权力制约和监督",
      to: "（六）强化行政权力制约和监督",
      findings: ["17:1-17:4 heading-numbering 标题序号跳号：此处应为“（五）”，文中为“（六）”"],
    },
    {
      mistake: "the 区长's duties dropped",
      from: "区长切实履行法治政府建设主要负责人职责，主持召开区政府常务会议研究法治政府建设工作6次，主持区政府常务会议会前学法12次；带头出庭应诉行政诉讼案件2件；亲自督办复议纠错案件整改11件。",
      to: "",
      findings: ["25:1-25:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（区委书记）的履职情况，未写政府主要负责人：请补写区长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the report dated after 31 March",
      from: "2025年1月24日",
      to: "2025年4月24日",
      findings: ["41:1-41:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月24日"],
    },
  ],
  "142-county-government-traditional-december.txt": [
    {
      mistake: "a quotation's closing 」 lost after its nested 『』",
      from: "動態調整」的要求",
      to: "動態調整的要求",
      findings: ["11:103-11:104 paired-punctuation 前直角引号后面没有对应的后直角引号：请补上后直角引号，或删去这个前直角引号"],
    },
    {
      mistake: "the 》 of a title holding a 〈〉 title lost",
      from: "（修訂草案）〉的說明》",
      to: "（修訂草案）〉的說明",
      findings: ["11:57-11:58 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "the 〉 of the title inside a title lost",
      from: "管理辦法（修訂草案）〉的",
      to: "管理辦法（修訂草案）的",
      findings: ["11:60-11:61 paired-punctuation 前单书名号后面没有对应的后单书名号：请补上后单书名号，或删去这个前单书名号"],
    },
    {
      mistake: "the report redated into the next year, its 今年, 截至目前 and the plans' 明年 left",
      from: "2024年12月27日",
      to: "2025年1月27日",
      findings: [
        "9:15-9:17 year-consistency “今年”从成文之年（2025年）算是2025年，从报告年度（2024年）算是2024年：应写明年份",
        "17:109-17:113 year-consistency “截至目前”是到成文之时（2025年1月）为止，已超出报告年度：应写明截止时间，如“截至2024年底”",
        "17:157-17:159 year-consistency “今年”从成文之年（2025年）算是2025年，从报告年度（2024年）算是2024年：应写明年份",
        "25:27-25:29 year-consistency “今年”从成文之年（2025年）算是2025年，从报告年度（2024年）算是2024年：应写明年份",
        "33:1-33:3 year-consistency “明年”从成文之年（2025年）算是2026年，从报告年度（2024年）算是2025年：应写明年份",
      ],
    },
    {
      mistake: "last year's title",
      from: "嵐溪縣人民政府關於2024年度",
      to: "嵐溪縣人民政府關於2023年度",
      findings: ["1:10-1:15 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "the 優秀率 changed",
      from: "優秀率27.5%",
      to: "優秀率25.7%",
      findings: ["15:122-15:130 rate-mismatch 优秀率应为27.5%（66÷240），文中为25.7%"],
    },
    {
      mistake: "a 其中 outcome raised beyond the cases closed",
      from: "其中維持92件",
      to: "其中維持102件",
      findings: ["17:32-17:68 parts-exceed-total 各分项之和为139件（102+14+9+5+9），超过总数129件；请核对总数或各分项"],
    },
    {
      mistake: "the 縣長's duties dropped",
      from: "縣長主持召開縣政府常務會議研究法治政府建設工作5次，主持會前學法12次，帶頭出庭應訴行政訴訟案件2件，督辦行政復議糾錯案件整改9件。",
      to: "",
      findings: ["27:1-27:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（縣委書記）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the measures' （五） numbered （六）",
      from: "（五）依法化解社會矛盾糾紛",
      to: "（六）依法化解社會矛盾糾紛",
      findings: [
        "17:1-17:4 heading-numbering 标题序号跳号：此处应为“（五）”，文中为“（六）”",
      ],
    },
    {
      mistake: "中国 left out of the guiding thought's name (Traditional script)",
      from: "習近平新時代中國特色社會主義思想",
      to: "習近平新時代特色社會主義思想",
      findings: ["5:17-5:31 terminology “習近平新時代特色社會主義思想”应为“習近平新時代中國特色社會主義思想”：党的十九大确立的名称是“习近平新时代中国特色社会主义思想”（新时代，不是新时期；“中国特色”不可省略）"],
    },
  ],
  "143-city-justice-bureau-pdf-wrapped.txt": [
    {
      mistake: "a circled item of a list inside a paragraph skipped",
      from: "③举办",
      to: "④举办",
      findings: ["28:25-28:26 enumeration-sequence 列举序号跳号：此处应为“③”，文中为“④”"],
    },
    {
      mistake: "a quoted term's ” lost where the line wraps",
      from: "“综合查一次”",
      to: "“综合查一次",
      findings: ["15:32-15:33 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "a heading's （一 without ）",
      from: "（一）提升政府立法",
      to: "（一提升政府立法",
      findings: [
        "7:1-7:2 paired-punctuation 前括号后面没有对应的后括号：请补上后括号，或删去这个前括号",
        "12:1-12:4 heading-numbering 同级标题序号应从“（一）”开始，文中为“（二）”",
      ],
    },
    {
      mistake: "the last paragraph of a quotation over two left open",
      from: "政通人和。”",
      to: "政通人和。",
      findings: ["41:1-41:2 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "今年以来 in a report dated the next year",
      from: "全年收到行政复议申请612件",
      to: "今年以来收到行政复议申请612件",
      findings: ["18:22-18:24 year-consistency “今年”从成文之年（2025年）算是2025年，从报告年度（2024年）算是2024年：应写明年份"],
    },
    {
      mistake: "截至目前 as the cut-off of a count",
      from: "全市建成公共法律服务中心",
      to: "截至目前，全市建成公共法律服务中心",
      findings: ["22:15-22:19 year-consistency “截至目前”是到成文之时（2025年2月）为止，已超出报告年度：应写明截止时间，如“截至2024年底”"],
    },
    {
      mistake: "the 合格率 changed",
      from: "合格率90.7%",
      to: "合格率97.0%",
      findings: ["15:19-15:27 rate-mismatch 合格率应为90.7%（1139÷1256），文中为97.0%"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2025年主要安排",
      to: "四、2024年主要安排",
      findings: ["43:3-43:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "the report dated after 31 March",
      from: "2025年2月14日",
      to: "2025年4月14日",
      findings: ["52:1-52:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月14日"],
    },
    {
      mistake: "截至目前 as the cut-off of the other matters' statement",
      from: "截至2024年底，我局未发生",
      to: "截至目前，我局未发生",
      findings: ["50:1-50:5 year-consistency “截至目前”是到成文之时（2025年2月）为止，已超出报告年度：应写明截止时间，如“截至2024年底”"],
    },
  ],
  "144-district-market-bureau-markdown-links.md": [
    {
      mistake: "the 》 of a title in a link's text lost",
      from: "（2024年版）》](",
      to: "（2024年版）](",
      findings: ["17:83-17:84 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "the ’ of a quotation inside a quotation lost",
      from: "“‘首违不罚’告知书”",
      to: "“‘首违不罚告知书”",
      findings: ["19:7-19:8 paired-punctuation 前单引号后面没有对应的后单引号：请补上后单引号，或删去这个前单引号"],
    },
    {
      mistake: "a bracketed heading's （一 without ）",
      from: "### （一）深化",
      to: "### （一深化",
      findings: [
        "11:5-11:6 paired-punctuation 前括号后面没有对应的后括号：请补上后括号，或删去这个前括号",
        "15:5-15:8 heading-numbering 同级标题序号应从“（一）”开始，文中为“（二）”",
      ],
    },
    {
      mistake: "今年以来 in a report dated the next year",
      from: "全年查办各类案件426件",
      to: "今年以来查办各类案件426件",
      findings: ["17:1-17:3 year-consistency “今年”从成文之年（2025年）算是2025年，从报告年度（2024年）算是2024年：应写明年份"],
    },
    {
      mistake: "截至目前 as the cut-off of a count",
      from: "截至2024年底，全区实有",
      to: "截至目前，全区实有",
      findings: ["13:56-13:60 year-consistency “截至目前”是到成文之时（2025年1月）为止，已超出报告年度：应写明截止时间，如“截至2024年底”"],
    },
    {
      mistake: "the 办结率 changed",
      from: "办结率99.5%",
      to: "办结率95.9%",
      findings: ["23:34-23:42 rate-mismatch 办结率应为99.5%（1.85万÷1.86万），文中为95.9%"],
    },
    {
      mistake: "the growth over last year's count changed",
      from: "增长9.8%",
      to: "增长8.9%",
      findings: ["17:24-17:28 change-mismatch 增幅应为9.8%（(426-388)÷388），文中为8.9%"],
    },
    {
      mistake: "the causes of both shortcomings dropped",
      from: "，主要原因是相关法律规定较为原则、专业执法人员储备不够。二是基层市场监管所执法力量不均衡，全区8个市场监管所中有3个所执法人员不足5人，原因在于近年人员退休较多、补充不及时。",
      to: "。二是基层市场监管所执法力量不均衡，全区8个市场监管所中有3个所执法人员不足5人。",
      findings: ["31:5-31:15 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "last year's plans heading",
      from: "## 【四、2025年主要安排】",
      to: "## 【四、2024年主要安排】",
      findings: ["41:7-41:12 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "the cause cut from the second shortcoming, the first keeping its own",
      from: "，原因在于近年人员退休较多、补充不及时",
      to: "",
      findings: ["35:64-35:80 shortcoming-causes 第二项不足（“二是基层市场监管所执法力……”）没有分析原因：请写明原因，或统一在各项之后分析"],
    },
  ],
  "145-city-government-office-proposals.txt": [
    {
      mistake: "the adoption rate of the legality review's opinions changed",
      from: "采纳率98.0%",
      to: "采纳率97.0%",
      findings: [
        "11:107-11:115 rate-mismatch 采纳率应为98.0%（2271÷2318），文中为97.0%",
      ],
    },
    {
      mistake: "a time cut from 3.5 to 2.1 working days computed over the later one",
      from: "缩短40%",
      to: "缩短60%",
      findings: [
        "11:197-11:200 change-mismatch 降幅应为40%（(3.5-2.1)÷3.5），文中为60%",
      ],
    },
    {
      mistake: "the growth of the items published digits swapped",
      from: "增长19.8%",
      to: "增长18.9%",
      findings: [
        "13:48-13:53 change-mismatch 增幅应为19.8%（(8642-7215)÷7215），文中为18.9%",
      ],
    },
    {
      mistake: "one outcome of the disclosure requests raised beyond the total",
      from: "不予处理27件",
      to: "不予处理37件",
      findings: [
        "13:64-13:122 parts-exceed-total 各分项之和为538件（312+86+41+62+37），超过总数528件；请核对总数或各分项",
      ],
    },
    {
      mistake: "the visits raised beyond a total of 1,200余 (1310 > 1299)",
      from: "来访350件",
      to: "来访450件",
      findings: [
        "13:165-13:188 parts-exceed-total 各分项之和为1310件（860+450），超过总数1200余件；请核对总数或各分项",
      ],
    },
    {
      mistake: "the hotline's closing rate over counts in 万",
      from: "办结率99.4%",
      to: "办结率98.4%",
      findings: [
        "15:46-15:54 rate-mismatch 办结率应为99.4%（85.9万÷86.4万），文中为98.4%",
      ],
    },
    {
      mistake: "the causes of all three shortcomings dropped",
      from: "，主要原因是部分单位办理责任层层传导不够，跟踪问效机制不健全。二是公文合法性审核力量薄弱，办公室专职审核人员仅3名，审核任务集中时存在“赶进度”情况，原因在于审核人员配备与工作量增长不匹配。三是热线诉求数据分析运用不够深入，对共性问题的预警和源头治理作用发挥不充分，主要是由于数据共享和分析能力建设滞后。",
      to: "。二是公文合法性审核力量薄弱，办公室专职审核人员仅3名，审核任务集中时存在“赶进度”情况。三是热线诉求数据分析运用不够深入，对共性问题的预警和源头治理作用发挥不充分。",
      findings: [
        "19:1-19:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）",
      ],
    },
    {
      mistake: "this year's plans heading",
      from: "四、2025年主要安排",
      to: "四、2024年主要安排",
      findings: [
        "27:3-27:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年",
      ],
    },
  ],
  "146-county-approval-bureau-time-limits.txt": [
    {
      mistake: "the share of items done on the spot changed",
      from: "即办件占比40.0%",
      to: "即办件占比41.0%",
      findings: [
        "9:69-9:74 rate-mismatch 占比应为40.0%（514÷1286），文中为41.0%",
      ],
    },
    {
      mistake: "a cut from the statutory 20 working days to 5 stated as 80%",
      from: "5个工作日，压缩75%",
      to: "5个工作日，压缩80%",
      findings: [
        "9:150-9:153 change-mismatch 降幅应为75%（(20-5)÷20），文中为80%",
      ],
    },
    {
      mistake: "an average time limit's cut off by a point",
      from: "压缩77.8%",
      to: "压缩78.8%",
      findings: [
        "9:189-9:194 change-mismatch 降幅应为77.8%（(21.6-4.8)÷21.6），文中为78.8%",
      ],
    },
    {
      mistake: "the online rate over counts in 万 changed",
      from: "网办率85.0%",
      to: "网办率88.0%",
      findings: [
        "11:49-11:57 rate-mismatch 网办率应为85.0%（24.19万÷28.46万），文中为88.0%",
      ],
    },
    {
      mistake: "a threefold rise stated as 增长4倍, which neither reading gives",
      from: "增长3倍",
      to: "增长4倍",
      findings: [
        "11:152-11:154 change-mismatch 从1.2万次到3.6万次是原来的3.0倍、增长2.0倍（3.6万÷1.2万），文中为增长4倍",
      ],
    },
    {
      mistake: "the excellent rate of the case files, digits swapped",
      from: "优秀率32.0%",
      to: "优秀率23.0%",
      findings: [
        "13:134-13:142 rate-mismatch 优秀率应为32.0%（96÷300），文中为23.0%",
      ],
    },
    {
      mistake: "the fall of complaints computed over the later count",
      from: "下降20.3%",
      to: "下降25.3%",
      findings: [
        "15:137-15:142 change-mismatch 降幅应为20.3%（(158-126)÷158），文中为25.3%",
      ],
    },
    {
      mistake: "the assistance sessions raised beyond a total of 300余 (403 > 399)",
      from: "续建项目帮办89次",
      to: "续建项目帮办189次",
      findings: [
        "17:40-17:71 parts-exceed-total 各分项之和为403次（214+189），超过总数300余次；请核对总数或各分项",
      ],
    },
  ],
  "147-province-hrss-dept-multi-year.txt": [
    {
      mistake: "a 结案率 after the comparison with 2020's count, its digits swapped",
      from: "结案率96.3%",
      to: "结案率93.6%",
      findings: ["13:69-13:77 rate-mismatch 结案率应为96.3%（4.45万÷4.62万），文中为93.6%"],
    },
    {
      mistake: "the 高技能人才 after the comparison with 2020's count raised beyond an exact total",
      from: "达到1,860万人，是2020年600余万人的2倍多，其中高技能人才612万人",
      to: "1,860万人，是2020年600余万人的2倍多，其中高技能人才1,912万人",
      findings: ["17:22-17:61 parts-exceed-total 分项1912万人超过总数1860万人；请核对总数或分项"],
    },
    {
      mistake: "the fall of the cases computed over the later count",
      from: "下降11.6%",
      to: "下降13.1%",
      findings: [
        "11:96-11:101 change-mismatch 降幅应为11.6%（(6012-5316)÷6012），文中为13.1%",
      ],
    },
    {
      mistake: "翻了一番 beside counts that grew by 1.7 times",
      from: "增加到6.5亿元",
      to: "增加到5.5亿元",
      findings: [
        "11:134-11:138 change-mismatch 从3.2亿元到5.5亿元是原来的1.7倍（5.5亿÷3.2亿），不是“翻了一番”所说的2倍",
      ],
    },
    {
      mistake: "是2020年……的N倍 that its two counts contradict",
      from: "2.01万件的2.3倍",
      to: "2.01万件的2.8倍",
      findings: [
        "13:55-13:59 change-mismatch 4.62万件是2.01万件的2.3倍（4.62万÷2.01万），文中为2.8倍",
      ],
    },
    {
      mistake: "a share of the cases closed taken over the cases received",
      from: "占结案总数的64.3%",
      to: "占结案总数的61.9%",
      findings: [
        "13:95-13:100 rate-mismatch 占比应为64.3%（2.86万÷4.45万），文中为61.9%",
      ],
    },
    {
      mistake: "a rise in points off by one",
      from: "提高13.3个百分点",
      to: "提高12.3个百分点",
      findings: [
        "13:129-13:137 change-mismatch 增幅应为13.3个百分点（61.9%-48.6%），文中为12.3个百分点",
      ],
    },
    {
      mistake: "this year's rate changed, last year's rise in points left",
      from: "提高到61.9%",
      to: "提高到64.3%",
      findings: [
        "13:129-13:137 change-mismatch 增幅应为15.7个百分点（64.3%-48.6%），文中为13.3个百分点",
      ],
    },
    {
      mistake: "the 全程网办率 off by a point",
      from: "全程网办率93.9%",
      to: "全程网办率94.9%",
      findings: [
        "17:108-17:118 rate-mismatch 全程网办率应为93.9%（186÷198），文中为94.9%",
      ],
    },
    {
      mistake: "one outcome of the clean-up raised beyond the documents cleaned up",
      from: "继续有效84件",
      to: "继续有效94件",
      findings: [
        "9:141-9:167 parts-exceed-total 各分项之和为136件（94+23+19），超过总数126件；请核对总数或各分项",
      ],
    },
    {
      mistake: "an outcome of the cases closed raised beyond them",
      from: "维持29件",
      to: "维持31件",
      findings: [
        "15:39-15:67 parts-exceed-total 各分项之和为42件（31+6+2+3），超过总数40件；请核对总数或各分项",
      ],
    },
  ],
  "148-city-government-five-year-summary.txt": [
    {
      mistake: "a multiple against 2020 that its two counts contradict",
      from: "是2020年412件的2.5倍",
      to: "是2020年412件的3.5倍",
      findings: [
        "10:209-10:213 change-mismatch 1046件是412件的2.5倍（1046÷412），文中为3.5倍",
      ],
    },
    {
      mistake: "the 合计 column of the five-year table below the sum of its years",
      from: "1046\t3862",
      to: "1046\t3762",
      findings: [
        "13:32-13:36 parts-exceed-total 各分项之和为3862件（486+612+798+920+1046），超过总数3762件；请核对总数或各分项",
      ],
    },
    {
      mistake: "last year's title on the five-year summary",
      from: "关于2025年度",
      to: "关于2024年度",
      findings: [
        "1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度",
      ],
    },
    {
      mistake: "今年以来 in a text dated 2026",
      from: "当年新增",
      to: "今年以来新增",
      findings: [
        "18:118-18:120 year-consistency “今年”从成文之年（2026年）算是2026年，从报告年度（2025年）算是2025年：应写明年份",
      ],
    },
    {
      mistake: "截至目前 as the cut-off of a year-end count",
      from: "截至2025年底，全市政务",
      to: "截至目前，全市政务",
      findings: [
        "18:66-18:70 year-consistency “截至目前”是到成文之时（2026年1月）为止，已超出报告年度：应写明截止时间，如“截至2025年底”",
      ],
    },
    {
      mistake: "a 网上可办率 with two digits swapped",
      from: "网上可办率97.5%",
      to: "网上可办率95.7%",
      findings: [
        "18:107-18:117 rate-mismatch 网上可办率应为97.5%（1352÷1386），文中为95.7%",
      ],
    },
    {
      mistake: "the cut of the licences since 2020 off by a point",
      from: "精简26.9%",
      to: "精简27.9%",
      findings: [
        "18:60-18:65 change-mismatch 降幅应为26.9%（(268-196)÷268），文中为27.9%",
      ],
    },
    {
      mistake: "a rise in points against 2020 off by one",
      from: "提高53.8个百分点",
      to: "提高54.8个百分点",
      findings: [
        "10:268-10:276 change-mismatch 增幅应为53.8个百分点（100%-46.2%），文中为54.8个百分点",
      ],
    },
    {
      mistake: "the plans heading left at the report year",
      from: "四、2026年主要安排",
      to: "四、2025年主要安排",
      findings: [
        "50:3-50:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年",
      ],
    },
    {
      mistake: "a 调解成功率 off by a point",
      from: "调解成功率98.2%",
      to: "调解成功率97.2%",
      findings: [
        "33:145-33:155 rate-mismatch 调解成功率应为98.2%（2.79万÷2.84万），文中为97.2%",
      ],
    },
    {
      mistake: "the plan's first year written 开局的一年, a year early",
      from: "2026年是“十五五”规划开局之年",
      to: "2025年是“十五五”规划开局的一年",
      findings: ["52:1-52:5 terminology “2025”应为“2026”：“十五五”开局之年是2026年"],
    },
  ],
  "149-county-justice-bureau-baiwu-pufa.txt": [
    {
      mistake: "the 九五 普法 plan's period starting a year early",
      from: "“九五”普法规划（2026—2030年）的启动之年",
      to: "“九五”普法规划（2025—2030年）的启动之年",
      findings: [
        "31:27-31:39 terminology “（2025—2030年）”应为“（2026—2030年）”：“九五”普法规划的期限是2026—2030年，起始年份写错",
      ],
    },
    {
      mistake: "a multiple against 2020 that its two counts contradict",
      from: "是2020年428件的3倍",
      to: "是2020年428件的2倍",
      findings: [
        "17:127-17:129 change-mismatch 1284件是428件的3.0倍（1284÷428），文中为2倍",
      ],
    },
    {
      mistake: "a fall in points against 2020 off by one",
      from: "下降14.1个百分点",
      to: "下降15.1个百分点",
      findings: [
        "11:90-11:98 change-mismatch 降幅应为14.1个百分点（21.6%-7.5%），文中为15.1个百分点",
      ],
    },
    {
      mistake: "the growth of the officers since 2020 with two digits swapped",
      from: "增长67.1%",
      to: "增长76.1%",
      findings: [
        "11:183-11:188 change-mismatch 增幅应为67.1%（(812-486)÷486），文中为76.1%",
      ],
    },
    {
      mistake: "截至目前 as the cut-off of a year-end count",
      from: "截至2025年底，全县建成",
      to: "截至目前，全县建成",
      findings: [
        "17:23-17:27 year-consistency “截至目前”是到成文之时（2026年1月）为止，已超出报告年度：应写明截止时间，如“截至2025年底”",
      ],
    },
    {
      mistake: "今年以来 in a text dated 2026",
      from: "当年全县各级",
      to: "今年以来全县各级",
      findings: [
        "15:22-15:24 year-consistency “今年”从成文之年（2026年）算是2026年，从报告年度（2025年）算是2025年：应写明年份",
      ],
    },
    {
      mistake: "a 合格率 of the law exam off",
      from: "合格率98.8%",
      to: "合格率98.2%",
      findings: [
        "13:162-13:170 rate-mismatch 合格率应为98.8%（4806÷4862），文中为98.2%",
      ],
    },
    {
      mistake: "last year's closing date kept",
      from: "2026年1月16日",
      to: "2025年1月16日",
      findings: [
        "38:1-38:11 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年1月16日，是否应为2026年1月16日？",
      ],
    },
    {
      mistake: "a 其中 part raised beyond the disputes settled",
      from: "婚姻家庭纠纷1,462件",
      to: "婚姻家庭纠纷4,462件",
      findings: [
        "15:51-15:105 parts-exceed-total 各分项之和为6516件（4462+1238+816），既超过5038件，也超过其所出自的总数5126件（分项可能是两者中任一个的）；请核对总数或各分项",
      ],
    },
    {
      mistake: "an outcome of the review cases raised beyond them",
      from: "维持118件",
      to: "维持128件",
      findings: [
        "19:71-19:108 parts-exceed-total 各分项之和为182件（128+21+15+9+9），超过总数172件；请核对总数或各分项",
      ],
    },
    {
      mistake: "the plans heading left at the report year",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: [
        "29:3-29:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年",
      ],
    },
  ],
  "150-province-market-regulation-five-year-table.md": [
    {
      mistake: "the 合计 column of the five-year table below the sum of its years",
      from: "17,054 | 74,880",
      to: "17,054 | 73,880",
      findings: [
        "15:60-15:66 parts-exceed-total 各分项之和为74880件（12486+13920+15302+16118+17054），超过总数73880件；请核对总数或各分项",
      ],
    },
    {
      mistake: "a multiple against 2020 that its two counts contradict",
      from: "0.92万户的4.2倍",
      to: "0.92万户的3.2倍",
      findings: [
        "29:78-29:82 change-mismatch 3.86万户是0.92万户的4.2倍（3.86万÷0.92万），文中为3.2倍",
      ],
    },
    {
      mistake: "the growth of the businesses since 2020 mistyped",
      from: "增长55.3%",
      to: "增长35.3%",
      findings: [
        "11:169-11:174 change-mismatch 增幅应为55.3%（(796.3万-512.6万)÷512.6万），文中为35.3%",
      ],
    },
    {
      mistake: "a rise in points against the end of the 十三五 off by one",
      from: "提高1.5个百分点",
      to: "提高2.5个百分点",
      findings: [
        "25:175-25:182 change-mismatch 增幅应为1.5个百分点（98.6%-97.1%），文中为2.5个百分点",
      ],
    },
    {
      mistake: "截至目前 as the cut-off of a year-end count",
      from: "截至2025年底，全省经营主体",
      to: "截至目前，全省经营主体",
      findings: [
        "11:127-11:131 year-consistency “截至目前”是到成文之时（2026年2月）为止，已超出报告年度：应写明截止时间，如“截至2025年底”",
      ],
    },
    {
      mistake: "a stale 2024 in the plans heading",
      from: "## 四、2026年主要安排",
      to: "## 四、2024年主要安排",
      findings: [
        "47:6-47:11 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2024年",
      ],
    },
    {
      mistake: "an outcome of the review cases raised beyond them",
      from: "维持41件",
      to: "维持51件",
      findings: [
        "33:24-33:52 parts-exceed-total 各分项之和为70件（51+9+6+4），超过总数60件；请核对总数或各分项",
      ],
    },
    {
      mistake: "a closing date that does not exist",
      from: "2026年2月10日",
      to: "2026年2月30日",
      findings: [
        "59:1-59:11 invalid-date 日期不存在：2026年没有2月30日，2月只有28天",
      ],
    },
    {
      mistake: "今年以来 in a text dated 2026",
      from: "本年度开展部门联合抽查",
      to: "今年以来开展部门联合抽查",
      findings: [
        "29:17-29:19 year-consistency “今年”从成文之年（2026年）算是2026年，从报告年度（2025年）算是2025年：应写明年份",
      ],
    },
  ],
  "151-city-petition-bureau-three-years.txt": [
    {
      mistake: "a change after two years' values, naming the earlier year, off by a point",
      from: "较2023年下降10.0%",
      to: "较2023年下降11.0%",
      findings: [
        "10:94-10:99 change-mismatch 降幅应为10.0%（(7920-7128)÷7920），文中为11.0%",
      ],
    },
    {
      mistake: "a fall against last year's count off by a point",
      from: "较上年的7,530件下降8.2%",
      to: "较上年的7,530件下降9.2%",
      findings: [
        "18:31-18:35 change-mismatch 降幅应为8.2%（(7530-6912)÷7530），文中为9.2%",
      ],
    },
    {
      mistake: "a rate after a count compared with last year's, two digits swapped",
      from: "一次性化解率97.0%",
      to: "一次性化解率79.0%",
      findings: [
        "18:48-18:59 rate-mismatch 一次性化解率应为97.0%（6705÷6912），文中为79.0%",
      ],
    },
    {
      mistake: "a multiple against 2021 that its two counts contradict",
      from: "是2021年1,524件的3倍",
      to: "是2021年1,524件的4倍",
      findings: [
        "18:114-18:116 change-mismatch 4572件是1524件的3.0倍（4572÷1524），文中为4倍",
      ],
    },
    {
      mistake: "a share after 其中 following the multiple, over the wrong count",
      from: "占50.0%",
      to: "占55.0%",
      findings: [
        "18:138-18:143 rate-mismatch 占比应为50.0%（2286÷4572），文中为55.0%",
      ],
    },
    {
      mistake: "the 八五普法 period started a year early",
      from: "“八五”普法（2021—2025年）",
      to: "“八五”普法（2020—2025年）",
      findings: [
        "30:9-30:21 terminology “（2020—2025年）”应为“（2021—2025年）”：“八五”普法规划的期限是2021—2025年，起始年份写错",
      ],
    },
    {
      mistake: "the plans heading left at the report year",
      from: "四、2025年主要安排",
      to: "四、2024年主要安排",
      findings: [
        "40:3-40:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年",
      ],
    },
  ],
  "152-county-government-fourteenth-plan.txt": [
    {
      mistake: "a multiple against 2020 that its two counts contradict",
      from: "是2020年62件的3倍",
      to: "是2020年62件的2倍",
      findings: [
        "10:158-10:160 change-mismatch 186件是62件的3.0倍（186÷62），文中为2倍",
      ],
    },
    {
      mistake: "a 网上可办率 off by nine points",
      from: "网上可办率99.0%",
      to: "网上可办率90.0%",
      findings: [
        "18:66-18:76 rate-mismatch 网上可办率应为99.0%（1236÷1248），文中为90.0%",
      ],
    },
    {
      mistake: "a rise against last year's count with two digits swapped",
      from: "较上年的2,640件增长8.5%",
      to: "较上年的2,640件增长5.8%",
      findings: [
        "24:36-24:40 change-mismatch 增幅应为8.5%（(2864-2640)÷2640），文中为5.8%",
      ],
    },
    {
      mistake: "an 优秀率 with its digits shuffled",
      from: "优秀率22.9%",
      to: "优秀率29.2%",
      findings: [
        "24:90-24:98 rate-mismatch 优秀率应为22.9%（96÷420），文中为29.2%",
      ],
    },
    {
      mistake: "a fall against last year's count miscomputed",
      from: "较上年的112件下降14.3%",
      to: "较上年的112件下降12.5%",
      findings: [
        "27:65-27:70 change-mismatch 降幅应为14.3%（(112-96)÷112），文中为12.5%",
      ],
    },
    {
      mistake: "the 十四五 written from 2020 in the opening",
      from: "“十四五”规划（2021—2025年）",
      to: "“十四五”规划（2020—2025年）",
      findings: [
        "5:14-5:26 terminology “（2020—2025年）”应为“（2021—2025年）”：“十四五”时期是2021—2025年，起始年份写错",
      ],
    },
    {
      mistake: "the 九五普法 plan started in 2025",
      from: "“九五”普法规划（2026—2030年）",
      to: "“九五”普法规划（2025—2030年）",
      findings: [
        "52:188-52:200 terminology “（2025—2030年）”应为“（2026—2030年）”：“九五”普法规划的期限是2026—2030年，起始年份写错",
      ],
    },
    {
      mistake: "a 审结率 after the ； that closes the 其中 list of the applications received",
      from: "审结率95.7%",
      to: "审结率97.5%",
      // A documented silence until a ； that closes a 其中 list no longer ended the statement of a rate after it.
      findings: ["10:190-10:198 rate-mismatch 审结率应为95.7%（178÷186），文中为97.5%"],
    },
    {
      mistake: "the 八五 普法 plan named 九五 beside its own years",
      from: "“八五”普法（2021—2025年）",
      to: "“九五”普法（2021—2025年）",
      findings: ["39:7-39:19 terminology “（2021—2025年）”应为“（2026—2030年）”：“九五”普法规划的期限是2026—2030年，文中写的是另一时期的年份"],
    },
  ],
  "153-district-education-bureau-year-by-year.txt": [
    {
      mistake: "a multiple against 2020 that its two counts contradict",
      from: "是2020年43所的2倍",
      to: "是2020年43所的3倍",
      findings: [
        "10:166-10:168 change-mismatch 86所是43所的2.0倍（86÷43），文中为3倍",
      ],
    },
    {
      mistake: "a fall after two years' values, the later one's noun left out, miscomputed",
      from: "2024年受理168件，下降21.5%",
      to: "2024年受理168件，下降27.4%",
      findings: [
        "16:35-16:40 change-mismatch 降幅应为21.5%（(214-168)÷214），文中为27.4%",
      ],
    },
    {
      mistake: "a rise against last year's count miscomputed",
      from: "较上年的1,080次增长16.7%",
      to: "较上年的1,080次增长14.3%",
      findings: [
        "16:74-16:79 change-mismatch 增幅应为16.7%（(1260-1080)÷1080），文中为14.3%",
      ],
    },
    {
      mistake: "a 整改率 after a compared count off by two points",
      from: "整改率98.3%",
      to: "整改率96.3%",
      findings: [
        "16:100-16:108 rate-mismatch 整改率应为98.3%（342÷348），文中为96.3%",
      ],
    },
    {
      mistake: "a 调解成功率 with two digits swapped",
      from: "调解成功率97.6%",
      to: "调解成功率96.7%",
      findings: [
        "24:108-24:118 rate-mismatch 调解成功率应为97.6%（288÷295），文中为96.7%",
      ],
    },
    {
      mistake: "a 网上可办率 over the wrong count",
      from: "网上可办率97.6%",
      to: "网上可办率95.2%",
      findings: [
        "33:25-33:35 rate-mismatch 网上可办率应为97.6%（41÷42），文中为95.2%",
      ],
    },
    {
      mistake: "the 十五五 written from 2025",
      from: "“十五五”规划（2026—2030年）",
      to: "“十五五”规划（2025—2030年）",
      findings: [
        "48:155-48:167 terminology “（2025—2030年）”应为“（2026—2030年）”：“十五五”时期是2026—2030年，起始年份写错",
      ],
    },
  ],
  "154-county-healthcare-security-bureau-fund-recovery.txt": [
    {
      mistake: "a difference against last year's count miscomputed",
      from: "较上年的286家增加26家",
      to: "较上年的286家增加36家",
      findings: ["16:36-16:39 change-mismatch 增加量应为26家（312-286），文中为36家"],
    },
    {
      mistake: "from … to in 家, the difference off by two",
      from: "增加至60家，增加12家",
      to: "增加至60家，增加14家",
      findings: ["16:106-16:109 change-mismatch 增加量应为12家（60-48），文中为14家"],
    },
    {
      mistake: "an amount in 万元 whose difference has two digits swapped",
      from: "增加233.8万元",
      to: "增加283.8万元",
      findings: ["16:221-16:228 change-mismatch 增加量应为233.8万元（1286.4万-1052.6万），文中为283.8万元"],
    },
    {
      mistake: "the earlier count on its own, the direction reversed",
      from: "上年同期为80件，增加16件",
      to: "上年同期为80件，减少16件",
      findings: ["16:303-16:306 change-mismatch 从80件到96件是增加16件（96-80），文中写作减少16件"],
    },
    {
      mistake: "a difference in 亿元 written with its digits swapped",
      from: "增加0.31亿元",
      to: "增加0.13亿元",
      findings: ["10:170-10:176 change-mismatch 增加量应为0.31亿元（5.62亿-5.31亿），文中为0.13亿元"],
    },
    {
      mistake: "a rise in points off by one",
      from: "提高2.8个百分点",
      to: "提高3.8个百分点",
      findings: ["19:133-19:140 change-mismatch 增幅应为2.8个百分点（95.1%-92.3%），文中为3.8个百分点"],
    },
    {
      mistake: "a 其中 part above its total",
      from: "其中“跨省通办”事项13项",
      to: "其中“跨省通办”事项43项",
      findings: ["19:24-19:54 parts-exceed-total 分项43项超过总数34项；请核对总数或分项"],
    },
    {
      mistake: "the causes removed from the shortcomings",
      from: "一是基金监管能力与监管任务不相适应，智能监控规则覆盖不全，主要原因是县级医保部门专业执法人员仅有7人，缺乏医学、药学和信息技术专业人才。二是部分定点医药机构依法依规使用医保基金的意识不强，问题整改后反弹，原因在于协议管理考核结果与医保支付挂钩不够紧密，违规成本偏低。三是医保领域普法宣传的针对性不强，根源在于宣传内容以政策条文解读为主，结合典型案例以案释法不够。",
      to: "一是基金监管能力与监管任务不相适应，智能监控规则覆盖不全。二是部分定点医药机构依法依规使用医保基金的意识不强，问题整改后反弹。三是医保领域普法宣传的针对性不强，以案释法不够。",
      findings: ["27:1-27:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the plans reduced to one sentence of intent",
      from: "一是2025年6月底前完成医保智能监控知识库、规则库升级，新增监控规则不少于20条；二是2025年9月底前修订《临溪县定点医药机构医保服务协议管理实施细则》，将年度考核结果与医保基金拨付比例挂钩；三是年内引进或培训医学、药学专业执法人员3名，对426家定点医药机构开展全覆盖检查；四是2025年12月底前编印医保基金监管典型案例汇编，开展以案释法宣讲不少于50场次。",
      to: "2025年，我局将继续深入学习贯彻习近平法治思想，持续加强医保基金监管，为建设法治临溪作出新的贡献。",
      findings: ["35:1-35:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "a closing date after the deadline",
      from: "2025年1月20日",
      to: "2025年4月20日",
      findings: ["46:1-46:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月20日"],
    },
    {
      mistake: "近 and 余 with one number",
      from: "门诊慢特病待遇认定近2,000人",
      to: "门诊慢特病待遇认定近2,000余人",
      findings: ["19:150-19:158 approximate-number “近2,000余人”中“近”和“余”都表示约数，重复使用，应删去其一"],
    },
  ],
  "155-county-natural-resources-bureau-satellite-enforcement.txt": [
    {
      mistake: "a difference in 个 with two digits swapped",
      from: "较上年的1,458个减少172个",
      to: "较上年的1,458个减少127个",
      findings: ["16:49-16:53 change-mismatch 减少量应为172个（1458-1286），文中为127个"],
    },
    {
      mistake: "a change against the first year of a run miscomputed",
      from: "较2022年下降42.9%",
      to: "较2022年下降22.9%",
      findings: ["16:170-16:175 change-mismatch 降幅应为42.9%（(126-72)÷126），文中为22.9%"],
    },
    {
      mistake: "a difference against the first year of a run miscomputed",
      from: "2024年立案查处72件，较2022年下降42.9%",
      to: "2024年立案查处72件，较2022年减少44件",
      findings: ["16:170-16:173 change-mismatch 减少量应为54件（126-72），文中为44件"],
    },
    {
      mistake: "a difference after the run, against the year before, miscomputed",
      from: "2024年立案查处72件，较2022年下降42.9%",
      to: "2024年立案查处72件，减少36件",
      findings: ["16:164-16:167 change-mismatch 减少量应为26件（98-72），文中为36件"],
    },
    {
      mistake: "an amount in 万元 whose difference has two digits swapped",
      from: "增加258.5万元",
      to: "增加285.5万元",
      findings: ["16:275-16:282 change-mismatch 增加量应为258.5万元（1426.8万-1168.3万），文中为285.5万元"],
    },
    {
      mistake: "a difference of areas in 亩 off by ten",
      from: "减少108.1亩",
      to: "减少118.1亩",
      findings: ["16:217-16:223 change-mismatch 减少量应为108.1亩（326.5-218.4），文中为118.1亩"],
    },
    {
      mistake: "the second of a 分别 pair of differences with its digits swapped",
      from: "同比分别增加44件和35件",
      to: "同比分别增加44件和53件",
      findings: ["19:62-19:65 change-mismatch 增加量应为35件（271-236），文中为53件"],
    },
    {
      mistake: "a difference of counts in 万 off by 2000",
      from: "增加4400件",
      to: "增加6400件",
      findings: ["10:83-10:88 change-mismatch 增加量应为4400件（4.62万-4.18万），文中为6400件"],
    },
    {
      mistake: "a 调处成功率 with two digits swapped",
      from: "调处成功率91.3%",
      to: "调处成功率93.1%",
      findings: ["19:139-19:149 rate-mismatch 调处成功率应为91.3%（21÷23），文中为93.1%"],
    },
    {
      mistake: "an 采纳率 with its digits swapped",
      from: "采纳率85.4%",
      to: "采纳率58.4%",
      findings: ["13:73-13:81 rate-mismatch 采纳率应为85.4%（41÷48），文中为58.4%"],
    },
    {
      mistake: "a skipped （三） in the shortcomings",
      from: "（三）普法宣传深度不够",
      to: "（四）普法宣传深度不够",
      findings: ["34:1-34:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "an X left in a time limit",
      from: "一般登记、抵押登记压缩至3个工作日内办结",
      to: "一般登记、抵押登记压缩至X个工作日内办结",
      findings: ["10:112-10:114 placeholder-text 模板占位符“X个”未替换，应填写实际内容"],
    },
  ],
  "156-city-government-service-bureau-12345-hotline.md": [
    {
      mistake: "a change against the first year of a run whose later years leave out the subject",
      from: "较2022年增长34.5%",
      to: "较2022年增长43.5%",
      findings: ["15:67-15:72 change-mismatch 增幅应为34.5%（(42.5万-31.6万)÷31.6万），文中为43.5%"],
    },
    {
      mistake: "a difference beside a count above a round number that none of its values give",
      from: "增加400余件",
      to: "增加200余件",
      findings: ["11:126-11:131 change-mismatch 增加量应为400至500件（4200余-3800），文中为200余件"],
    },
    {
      mistake: "from … to in 名, the difference with its digits swapped",
      from: "增加56名",
      to: "增加65名",
      findings: ["15:195-15:198 change-mismatch 增加量应为56名（236-180），文中为65名"],
    },
    {
      mistake: "a rise in points with its digits swapped",
      from: "提高7.6个百分点",
      to: "提高6.7个百分点",
      findings: ["15:224-15:231 change-mismatch 增幅应为7.6个百分点（93.2%-85.6%），文中为6.7个百分点"],
    },
    {
      mistake: "a 满意率 over counts in 万 one point off",
      from: "满意率94.4%；",
      to: "满意率95.4%；",
      findings: ["15:265-15:273 rate-mismatch 满意率应为94.4%（11.9万÷12.6万），文中为95.4%"],
    },
    {
      mistake: "a 网办率 after 其中 off by two points",
      from: "网办率98.0%",
      to: "网办率96.0%",
      findings: ["11:45-11:53 rate-mismatch 网办率应为98.0%（1398÷1426），文中为96.0%"],
    },
    {
      mistake: "a table's 同比 cell with its digits swapped",
      from: "增长15.8%",
      to: "增长18.5%",
      findings: ["20:30-20:35 change-mismatch 增幅应为15.8%（(41.8万-36.1万)÷36.1万），文中为18.5%"],
    },
    {
      mistake: "the earlier count on its own, the difference off by ten",
      from: "上年同期为98件，增加28件",
      to: "上年同期为98件，增加18件",
      findings: ["34:60-34:63 change-mismatch 增加量应为28件（126-98），文中为18件"],
    },
    {
      mistake: "the 局长's duties dropped",
      from: "局长切实履行法治建设重要组织者、推动者和实践者职责，主持召开局长办公会议研究规范性文件和重大行政决策事项3次；带队督办群众反映集中的重点诉求23件，现场调度解决疑难诉求9件；带头参加年度述法。",
      to: "",
      findings: ["44:4-44:30 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "last year in the opening sentence",
      from: "2024年，市政务服务和数据管理局坚持",
      to: "2023年，市政务服务和数据管理局坚持",
      findings: ["5:1-5:6 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
  ],
  "157-western-township-justice-office.txt": [
    {
      mistake: "last year's plans heading left in place",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["31:3-31:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a share of a 其中 part after a semicolon one point off",
      from: "邻里纠纷18件，占28.1%",
      to: "邻里纠纷18件，占29.1%",
      findings: ["15:112-15:117 rate-mismatch 占比应为28.1%（18÷64），文中为29.1%"],
    },
    {
      mistake: "a share after 其中 with two digits swapped",
      from: "其中财政预决算、惠农惠牧补贴等重点领域信息74条，占39.8%",
      to: "其中财政预决算、惠农惠牧补贴等重点领域信息74条，占38.9%",
      findings: ["17:63-17:68 rate-mismatch 占比应为39.8%（74÷186），文中为38.9%"],
    },
    {
      mistake: "主要责任人 for the 党委书记, before 切实履行",
      from: "镇党委书记切实履行推进法治建设第一责任人职责",
      to: "镇党委主要责任人切实履行推进法治建设第一责任人职责",
      findings: [
        "25:1-25:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（镇长）的履职情况，未写党委主要负责人：请补写镇党委书记履行推进法治建设第一责任人职责的情况",
        "27:4-27:9 terminology “主要责任人”应为“主要负责人”：《党政主要负责人履行推进法治建设第一责任人职责规定》中，履行职责的是“主要负责人”，“第一责任人”是其职责",
      ],
    },
    {
      mistake: "a count left as ××",
      from: "持证执法人员仅4名",
      to: "持证执法人员仅××名",
      findings: ["23:98-23:100 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the 镇长's duties dropped",
      from: "镇长认真履行法治政府建设重要组织者、推动者和实践者职责，一是主持召开镇政府常务会议专题研究法治政府建设2次，推动重大行政决策合法性审查全覆盖；二是带头落实政府法律顾问制度，重要合同、重大决策事项均事先听取法律顾问意见；三是带头参加年终述法，接受镇人大主席团和群众代表评议。",
      to: "",
      findings: ["25:1-25:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写镇长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "今年以来 in the measures of a report written in 2026",
      from: "全年排查化解矛盾纠纷64件",
      to: "今年以来排查化解矛盾纠纷64件",
      findings: ["15:51-15:53 year-consistency “今年”从成文之年（2026年）算是2026年，从报告年度（2025年）算是2025年：应写明年份"],
    },
    {
      mistake: "the causes cut from every shortcoming",
      from: "，主要原因是镇村干部学法培训以集中授课为主，结合牧区实际的案例教学偏少。二是综合行政执法能力与承接事项不相匹配，镇综合行政执法队持证执法人员仅4名，原因在于编制少、法律专业人员招录难。三是普法宣传覆盖还不够均衡，偏远牧业村群众参与度不高，究其原因是牧民居住分散、季节性转场流动性大，集中宣传难以全面覆盖。",
      to: "。二是综合行政执法能力与承接事项不相匹配，镇综合行政执法队持证执法人员仅4名。三是普法宣传覆盖还不够均衡，偏远牧业村群众参与度不高。",
      findings: ["21:1-21:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
  ],
  "158-county-veterans-affairs-bureau.txt": [
    {
      mistake: "a part of a list joined by 、 raised beyond its total (the list ends at the semicolon)",
      from: "伤残抚恤金326.5万元",
      to: "伤残抚恤金726.5万元",
      findings: ["9:86-9:130 parts-exceed-total 各分项之和为1139.3万元（726.5万+412.8万），超过总数1026.4万元；请核对总数或各分项"],
    },
    {
      mistake: "a share of a whole framed by 中 with two digits swapped",
      from: "来访52件次，占59.8%",
      to: "来访52件次，占58.9%",
      findings: ["13:96-13:101 rate-mismatch 占比应为59.8%（52÷87），文中为58.9%"],
    },
    {
      mistake: "（二） skipped",
      from: "（二）规范行政行为",
      to: "（三）规范行政行为",
      findings: [
        "11:1-11:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”",
      ],
    },
    {
      mistake: "a late closing date",
      from: "2026年1月20日",
      to: "2026年4月20日",
      findings: ["40:1-40:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月20日"],
    },
    {
      mistake: "last year in the opening sentence",
      from: "2025年，县退役军人事务局坚持",
      to: "2024年，县退役军人事务局坚持",
      findings: ["5:1-5:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "a 其中 part above its total",
      from: "接收安置退役士兵46名，其中符合政府安排工作条件的12名",
      to: "接收安置退役士兵46名，其中符合政府安排工作条件的52名",
      findings: ["9:36-9:56 parts-exceed-total 分项52名超过总数46名；请核对总数或分项"],
    },
    {
      mistake: "the 局长 of a 党组书记、局长 dropped",
      from: "局党组书记、局长认真履行",
      to: "局党组书记认真履行",
      findings: ["25:1-25:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a share of 已答复件数 after a sentence that answers all it received, two digits swapped",
      from: "占已答复件数的69.5%",
      to: "占已答复件数的65.9%",
      findings: ["13:63-13:68 rate-mismatch 占比应为69.5%（41÷59），文中为65.9%"],
    },
    {
      mistake: "the second share of a whole framed by 中 two points off",
      from: "来信和网上信访35件次，占40.2%",
      to: "来信和网上信访35件次，占42.0%",
      findings: ["13:115-13:120 rate-mismatch 占比应为40.2%（35÷87），文中为42.0%"],
    },
  ],
  "159-city-eco-bureau-penalties.txt": [
    {
      mistake: "a 其中 share after an amount, both counts of cases before it 75 (a documented silence until now)",
      from: "水污染类案件21件，占28.0%",
      to: "水污染类案件21件，占26.0%",
      findings: ["13:98-13:103 rate-mismatch 占比应为28.0%（21÷75），文中为26.0%"],
    },
    {
      mistake: "a 其中 part after an amount raised, the parts beyond the 75 cases (a documented silence until now)",
      from: "噪声及其他类案件12件，占16.0%",
      to: "噪声及其他类案件22件，占16.0%",
      findings: [
        "13:50-13:133 parts-exceed-total 各分项之和为85件（27+21+15+22），超过总数75件；请核对总数或各分项",
        "13:135-13:140 rate-mismatch 占比应为29.3%（22÷75），文中为16.0%",
      ],
    },
    {
      mistake: "a list of parts joined by 、 raised beyond its total (the list ends at the semicolon)",
      from: "简化管理88张",
      to: "简化管理98张",
      findings: ["13:277-13:299 parts-exceed-total 各分项之和为136张（38+98），超过总数126张；请核对总数或各分项"],
    },
    {
      mistake: "主要责任人 before 切实履行, the 党组书记 no longer named",
      from: "局党组书记切实履行推进法治建设第一责任人职责",
      to: "局主要责任人切实履行推进法治建设第一责任人职责",
      findings: [
        "31:1-31:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况",
        "33:2-33:7 terminology “主要责任人”应为“主要负责人”：《党政主要负责人履行推进法治建设第一责任人职责规定》中，履行职责的是“主要负责人”，“第一责任人”是其职责",
      ],
    },
    {
      mistake: "今年以来 in the measures of a report written in 2026",
      from: "全年立案查处环境违法案件75件",
      to: "今年以来立案查处环境违法案件75件",
      findings: ["13:26-13:28 year-consistency “今年”从成文之年（2026年）算是2026年，从报告年度（2025年）算是2025年：应写明年份"],
    },
    {
      mistake: "a “十五五” plan's period starting a year early",
      from: "规划（2026—2030年）",
      to: "规划（2025—2030年）",
      findings: ["39:49-39:61 terminology “（2025—2030年）”应为“（2026—2030年）”：“十五五”时期是2026—2030年，起始年份写错"],
    },
    {
      mistake: "an 采纳率 with its digits swapped",
      from: "采纳率80.6%",
      to: "采纳率86.0%",
      findings: ["11:89-11:97 rate-mismatch 采纳率应为80.6%（29÷36），文中为86.0%"],
    },
    {
      mistake: "last year in the measures heading",
      from: "2025年主要举措和成效",
      to: "2024年主要举措和成效",
      findings: ["7:3-7:8 year-consistency “主要举措和成效”应写2025年的情况，标题中为2024年"],
    },
    {
      mistake: "a share of 已答复件数 after a sentence that answers all it received, two digits swapped",
      from: "占已答复件数的61.7%",
      to: "占已答复件数的67.1%",
      findings: ["17:177-17:182 rate-mismatch 占比应为61.7%（29÷47），文中为67.1%"],
    },
    {
      mistake: "a share of a whole framed by 中 after 承办的, two digits swapped",
      from: "已经解决或采纳的38件，占82.6%",
      to: "已经解决或采纳的38件，占86.2%",
      findings: ["17:61-17:66 rate-mismatch 占比应为82.6%（38÷46），文中为86.2%"],
    },
    {
      mistake: "a share joined to its part by 、 and miscomputed",
      from: "其中大气污染类案件27件，占36.0%",
      to: "其中大气污染类案件27件、占38.0%",
      findings: ["13:81-13:86 rate-mismatch 占比应为36.0%（27÷75），文中为38.0%"],
    },
  ],
  "160-county-urban-management-demolition.txt": [
    {
      mistake: "a difference of demolished areas in 万平方米 that the two areas do not give",
      from: "增加0.94万平方米",
      to: "增加1.94万平方米",
      findings: ["13:50-13:58 change-mismatch 增加量应为0.94万平方米（4.86万-3.92万），文中为1.94万平方米"],
    },
    {
      mistake: "a fall of new illegal buildings computed over the later count",
      from: "下降22.2%",
      to: "下降28.2%",
      findings: ["13:111-13:116 change-mismatch 降幅应为22.2%（(126-98)÷126），文中为28.2%"],
    },
    {
      mistake: "a rise of construction waste in 万吨 with its digits swapped",
      from: "增长12.6%",
      to: "增长21.6%",
      findings: ["16:79-16:84 change-mismatch 增幅应为12.6%（(186.4万-165.5万)÷165.5万），文中为21.6%"],
    },
    {
      mistake: "a fall of street-vending cases with its digits swapped",
      from: "下降21.2%",
      to: "下降12.1%",
      findings: ["19:76-19:81 change-mismatch 降幅应为21.2%（(1582-1246)÷1582），文中为12.1%"],
    },
    {
      mistake: "the difference rewritten as a multiple, the ratio wrong",
      from: "面积4.86万平方米，较上年的3.92万平方米增加0.94万平方米",
      to: "面积4.86万平方米，是上年3.92万平方米的1.4倍",
      findings: ["13:48-13:52 change-mismatch 4.86万平方米是3.92万平方米的1.2倍（4.86万÷3.92万），文中为1.4倍"],
    },
    {
      mistake: "a 其中 part's share with a wrong first digit",
      from: "占33.9%",
      to: "占43.9%",
      findings: ["19:101-19:106 rate-mismatch 占比应为33.9%（423÷1246），文中为43.9%"],
    },
    {
      mistake: "last year in the plans heading",
      from: "四、2025年主要安排",
      to: "四、2024年主要安排",
      findings: ["40:3-40:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "the party secretary dropped from the duties paragraph",
      from: "局党组书记、局长认真履行",
      to: "局长认真履行",
      findings: ["36:1-36:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "近 and 多 after 万",
      from: "清理“牛皮癣”小广告3.2万余处",
      to: "清理“牛皮癣”小广告近3.2万多处",
      findings: ["19:178-19:185 approximate-number “近3.2万多处”中“近”和“多”都表示约数，重复使用，应删去其一"],
    },
  ],
  "161-city-water-resources-bureau-river-sand.txt": [
    {
      mistake: "a difference of river lengths in 公里 with its digits swapped",
      from: "增加8.3公里",
      to: "增加3.8公里",
      findings: ["13:41-13:46 change-mismatch 增加量应为8.3公里（46.8-38.5），文中为3.8公里"],
    },
    {
      mistake: "a percent after the difference that the two lengths do not give",
      from: "增长21.6%",
      to: "增长27.6%",
      findings: ["13:49-13:54 change-mismatch 增幅应为21.6%（(46.8-38.5)÷38.5），文中为27.6%"],
    },
    {
      mistake: "a fall of illegal sand-mining cases written as the ratio of the counts (24÷41)",
      from: "下降41.5%",
      to: "下降58.5%",
      findings: ["16:127-16:132 change-mismatch 降幅应为41.5%（(41-24)÷41），文中为58.5%"],
    },
    {
      mistake: "a multiple of river waste in 万吨 one too many",
      from: "是上年1.4万吨的3倍",
      to: "是上年1.4万吨的4倍",
      findings: ["13:212-13:214 change-mismatch 4.2万吨是1.4万吨的3.0倍（4.2万÷1.4万），文中为4倍"],
    },
    {
      mistake: "a percent after a difference of eroded areas in 平方公里, a digit off",
      from: "下降6.4%",
      to: "下降6.8%",
      findings: ["19:101-19:105 change-mismatch 降幅应为6.4%（(412.5-386.2)÷412.5），文中为6.8%"],
    },
    {
      mistake: "a difference of eroded areas ten 平方公里 off",
      from: "减少26.3平方公里",
      to: "减少36.3平方公里",
      findings: ["19:90-19:98 change-mismatch 减少量应为26.3平方公里（412.5-386.2），文中为36.3平方公里"],
    },
    {
      mistake: "a rise of a capacity per day from last year's that the two values do not give",
      from: "城区日供水能力达到42万吨/日",
      to: "城区日供水能力由上年的38万吨/日提高到42万吨/日，提高15%",
      findings: ["25:30-25:33 change-mismatch 增幅应为11%（(42万-38万)÷38万），文中为15%"],
    },
    {
      mistake: "a 整改率 over problems 整改销号 with its digits swapped",
      from: "整改率97.8%",
      to: "整改率98.7%",
      findings: ["13:118-13:126 rate-mismatch 整改率应为97.8%（182÷186），文中为98.7%"],
    },
    {
      mistake: "this year in the plans heading of a report written in 2026",
      from: "四、2026年主要安排",
      to: "四、2025年主要安排",
      findings: ["38:3-38:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
  ],
  "162-county-forestry-bureau-disclosure-table.txt": [
    {
      mistake: "a stale year in the opening, under the disclosure table and the restated title",
      from: "2024年，县林业局在",
      to: "2023年，县林业局在",
      findings: ["10:1-10:6 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "last year's page title above the restated one",
      from: "发布日期：2025-02-14\n松源县林业局关于2024年度",
      to: "发布日期：2025-02-14\n松源县林业局关于2023年度",
      findings: ["6:9-6:14 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a difference of destroyed forest land in 亩, ten off",
      from: "减少107.7亩",
      to: "减少117.7亩",
      findings: ["15:89-15:95 change-mismatch 减少量应为107.7亩（426.3-318.6），文中为117.7亩"],
    },
    {
      mistake: "a fall of destroyed forest land in 亩, ten points off",
      from: "下降25.3%",
      to: "下降35.3%",
      findings: ["15:98-15:103 change-mismatch 降幅应为25.3%（(426.3-318.6)÷426.3），文中为35.3%"],
    },
    {
      mistake: "a fall of felling volume in 万立方米, a digit off",
      from: "下降8.2%",
      to: "下降8.9%",
      findings: ["13:236-13:240 change-mismatch 降幅应为8.2%（(5.03万-4.62万)÷5.03万），文中为8.9%"],
    },
    {
      mistake: "a rise of forest cover in points that its two rates do not give",
      from: "提高0.7个百分点",
      to: "提高1.7个百分点",
      findings: ["13:89-13:96 change-mismatch 增幅应为0.7个百分点（63.1%-62.4%），文中为1.7个百分点"],
    },
    {
      mistake: "其中 parts of the afforestation in 万亩 above their total",
      from: "封山育林1.36万亩",
      to: "封山育林2.36万亩",
      // Measures add up in their own unit, each within the rounding of its last decimal (it was a documented silence).
      findings: ["13:19-13:61 parts-exceed-total 各分项之和为4.26万亩（1.12万+2.36万+0.78万），超过总数3.26万亩；请核对总数或各分项"],
    },
    {
      mistake: "a 结案率 with its digits swapped",
      from: "结案率95.7%",
      to: "结案率97.5%",
      findings: ["15:55-15:63 rate-mismatch 结案率应为95.7%（44÷46），文中为97.5%"],
    },
    {
      mistake: "last year in the plans heading",
      from: "四、2025年主要安排",
      to: "四、2024年主要安排",
      findings: ["30:3-30:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
  ],
  "163-city-industry-it-bureau-proposal-shares.txt": [
    {
      mistake: "a share of a 其中 list's part after a semicolon, a digit off",
      from: "行政检查22项，占11.8%",
      to: "行政检查22项，占12.8%",
      findings: ["11:80-11:85 rate-mismatch 占比应为11.8%（22÷186），文中为12.8%"],
    },
    {
      mistake: "the second share of a frame without 在 (46件建议中), after a semicolon, its digits swapped",
      from: "列入计划逐步解决的11件，占23.9%",
      to: "列入计划逐步解决的11件，占32.9%",
      // A frame's later parts after a semicolon are counted within it, as after a comma (it was a miss).
      findings: ["15:95-15:100 rate-mismatch 占比应为23.9%（11÷46），文中为32.9%"],
    },
    {
      mistake: "a share of the frame 在办理的58件提案中 naming its noun (占提案总数的), two off",
      from: "占提案总数的53.4%",
      to: "占提案总数的55.4%",
      findings: ["15:148-15:153 rate-mismatch 占比应为53.4%（31÷58），文中为55.4%"],
    },
    {
      mistake: "the frame's second share, after a semicolon, two off",
      from: "协办27件，占46.6%",
      to: "协办27件，占44.6%",
      findings: ["15:167-15:172 rate-mismatch 占比应为46.6%（27÷58），文中为44.6%"],
    },
    {
      mistake: "a share of 已答复件数 after 均已按期答复, two off",
      from: "占已答复件数的59.3%",
      to: "占已答复件数的61.3%",
      findings: ["17:59-17:64 rate-mismatch 占比应为59.3%（16÷27），文中为61.3%"],
    },
    {
      mistake: "a later share of a 其中 sentence after the applications for disclosure (收到政府信息公开申请27件), its digits swapped",
      from: "部分公开5件，占18.5%",
      to: "部分公开5件，占15.8%",
      // 公开 in the applications' name makes the count no count of done: it is what the 其中 sentence breaks down (it was a miss).
      findings: ["17:73-17:78 rate-mismatch 占比应为18.5%（5÷27），文中为15.8%"],
    },
    {
      mistake: "a ranked share (占受理总数比例最高，为……) with its digits swapped",
      from: "为42.7%",
      to: "为47.2%",
      findings: ["15:226-15:231 rate-mismatch 占比应为42.7%（41÷96），文中为47.2%"],
    },
    {
      mistake: "a share stated as reached (占比达) above what its counts give, the part 其中中小企业",
      from: "占比达65%",
      to: "占比达70%",
      // 其中中小企业 is no part counted within another (the 中 of 中小 is no frame's): it was a miss.
      findings: ["17:203-17:206 rate-mismatch 占比应为65%（208÷320），文中为70%"],
    },
    {
      mistake: "其中 parts of an area in 亩 above their total",
      from: "协议腾退1,380亩",
      to: "协议腾退2,380亩",
      findings: ["11:192-11:224 parts-exceed-total 各分项之和为3500亩（1120+2380），超过总数3260亩；请核对总数或各分项"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "四、2026年主要工作安排",
      to: "四、2025年主要工作安排",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a late closing date",
      from: "2026年2月6日",
      to: "2026年4月6日",
      findings: ["40:1-40:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月6日"],
    },
    {
      mistake: "约 and 余 with one number written with a thousands comma",
      from: "企业负责人和管理人员约2,600人次",
      to: "企业负责人和管理人员约2,600余人次",
      findings: ["19:78-19:87 approximate-number “约2,600余人次”中“约”和“余”都表示约数，重复使用，应删去其一"],
    },
    {
      mistake: "a framed count above the frame's (46件建议中，……的52件)",
      from: "已解决或基本解决的32件，占69.6%",
      to: "已解决或基本解决的52件，占69.6%",
      findings: ["15:54-15:73 parts-exceed-total 分项52件超过总数46件；请核对总数或分项"],
    },
  ],
  "164-prefecture-ethnic-religious-affairs-commission.txt": [
    {
      mistake: "the first share of a sentence opening with 其中, of the count in the sentence before",
      from: "宗教活动场所改扩建审批17件，占40.5%",
      to: "宗教活动场所改扩建审批17件，占45.0%",
      findings: ["11:57-11:62 rate-mismatch 占比应为40.5%（17÷42），文中为45.0%"],
    },
    {
      mistake: "a share of a 其中 list's part after a semicolon, its digits swapped",
      from: "道教场所31处，占24.6%",
      to: "道教场所31处，占26.4%",
      findings: ["11:170-11:175 rate-mismatch 占比应为24.6%（31÷126），文中为26.4%"],
    },
    {
      mistake: "a share within a part, framed by 在58处佛教场所中, its digits swapped",
      from: "已完成消防设施改造的49处，占84.5%",
      to: "已完成消防设施改造的49处，占85.4%",
      findings: ["11:231-11:236 rate-mismatch 占比应为84.5%（49÷58），文中为85.4%"],
    },
    {
      mistake: "其中 parts of an area in 亩 above their total",
      from: "退还村集体16.2亩",
      to: "退还村集体26.2亩",
      findings: ["11:271-11:299 parts-exceed-total 各分项之和为48.5亩（22.3+26.2），超过总数38.5亩；请核对总数或各分项"],
    },
    {
      mistake: "a share of inspections counted in 处次, after a percent of change, its digits swapped",
      from: "检查386处次，占27.2%",
      to: "检查386处次，占22.7%",
      // 处次 is a count of visits like 家次 and 户次 (it was read as no count: a miss).
      findings: ["13:104-13:109 rate-mismatch 占比应为27.2%（386÷1420），文中为22.7%"],
    },
    {
      mistake: "a share of an amount in 亿元 three points off",
      from: "的0.52亿元，占28.0%",
      to: "的0.52亿元，占25.0%",
      findings: ["17:119-17:124 rate-mismatch 占比应为28.0%（0.52亿÷1.86亿），文中为25.0%"],
    },
    {
      mistake: "a 其中 part above its total",
      from: "其中建议8件、提案11件",
      to: "其中建议9件、提案11件",
      findings: ["17:161-17:177 parts-exceed-total 各分项之和为20件（9+11），超过总数19件；请核对总数或各分项"],
    },
    {
      mistake: "（三） skipped",
      from: "（三）规范行政检查",
      to: "（四）规范行政检查",
      findings: [
        "13:1-13:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”",
      ],
    },
    {
      mistake: "a plan's figure left as ××",
      from: "培养双语法治宣讲员30名",
      to: "培养双语法治宣讲员××名",
      findings: ["37:150-37:152 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "last year in the opening sentence",
      from: "2024年，州民族宗教事务委员会",
      to: "2023年，州民族宗教事务委员会",
      findings: ["5:1-5:6 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "近 before a lone 百 with 余",
      from: "其中双语培训近300人次",
      to: "其中双语培训近百余人次",
      // A documented silence until a lone 百, 千 or 万 with 余 or 多 was read with the approximate word before it.
      findings: ["19:99-19:102 approximate-number “近百余”中“近”和“余”都表示约数，重复使用，应删去其一"],
    },
  ],
  "165-city-fire-rescue-detachment.txt": [
    {
      mistake: "a share of the frame 在1,286件处罚决定中 with its digits swapped",
      from: "对单位处罚948件，占73.7%",
      to: "对单位处罚948件，占77.3%",
      findings: ["13:86-13:91 rate-mismatch 占比应为73.7%（948÷1286），文中为77.3%"],
    },
    {
      mistake: "the frame's second share, after a semicolon, its digits swapped",
      from: "对个人处罚338件，占26.3%",
      to: "对个人处罚338件，占23.6%",
      // A frame's later parts after a semicolon are counted within it (it was a miss).
      findings: ["13:103-13:108 rate-mismatch 占比应为26.3%（338÷1286），文中为23.6%"],
    },
    {
      mistake: "a ranked share of 已办结件数 after 均已办结, its digits swapped",
      from: "为44.2%",
      to: "为42.4%",
      findings: ["15:66-15:71 rate-mismatch 占比应为44.2%（718÷1624），文中为42.4%"],
    },
    {
      mistake: "the last share of the 其中 sentence, after a semicolon, its digits swapped",
      from: "其他问题400件，占24.6%",
      to: "其他问题400件，占26.4%",
      findings: ["15:113-15:118 rate-mismatch 占比应为24.6%（400÷1624），文中为26.4%"],
    },
    {
      mistake: "a share stated as reached (占比达) above what its counts give",
      from: "占比达35%",
      to: "占比达40%",
      findings: ["11:76-11:79 rate-mismatch 占比应为36%（2460÷6842），文中为40%"],
    },
    {
      mistake: "其中 parts of a length in 公里 above their total",
      from: "城中村4.8公里",
      to: "城中村5.8公里",
      findings: ["11:201-11:228 parts-exceed-total 各分项之和为13.6公里（7.8+5.8），超过总数12.6公里；请核对总数或各分项"],
    },
    {
      mistake: "a 通过率 two points off",
      from: "通过率96.3%",
      to: "通过率98.3%",
      findings: ["9:185-9:193 rate-mismatch 通过率应为96.3%（131÷136），文中为98.3%"],
    },
    {
      mistake: "the 支队长's duties dropped",
      from: "支队长切实履行法治建设重要组织者、推动者和实践者职责，一是主持召开支队长办公会议研究部署消防监督执法规范化建设3次；二是带头落实重大执法决定法制审核和集体讨论制度，全年集体讨论重大案件11件；三是带头参加年度述法，接受市委依法治市办和省消防救援总队考评。",
      to: "",
      findings: ["23:1-23:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写支队长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the causes cut from every shortcoming",
      from: "，主要原因是消防监督执法人员编制有限，支队持证执法人员仅136名，人均监管单位较多。二是部分执法文书说理不够充分，个别案件自由裁量说明不够具体，原因在于部分执法人员对新修订的消防行政处罚裁量基准学习不深。三是社会单位主体责任落实不到位，部分小场所、出租房屋火灾隐患反复出现，究其原因是经营者法治意识淡薄，违法成本偏低。",
      to: "。二是部分执法文书说理不够充分，个别案件自由裁量说明不够具体。三是社会单位主体责任落实不到位，部分小场所、出租房屋火灾隐患反复出现。",
      findings: ["19:1-19:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a late closing date",
      from: "2026年1月20日",
      to: "2026年4月20日",
      findings: ["40:1-40:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月20日"],
    },
  ],
  "166-county-level-city-prefecture-approximate-rates.txt": [
    {
      mistake: "an approximate 采纳率 its counts are far from (160 of 214 opinions adopted)",
      from: "被采纳194份，采纳率约95%",
      to: "被采纳160份，采纳率约95%",
      findings: ["9:231-9:238 rate-mismatch 采纳率应为75%（160÷214），文中为95%"],
    },
    {
      mistake: "an upper bound on the 败诉率 the cases lost now pass, over the cases closed or received",
      from: "败诉6件，败诉率不到8%",
      to: "败诉8件，败诉率不到8%",
      findings: ["15:195-15:202 rate-mismatch 败诉率应为10%（8÷79），文中为8%"],
    },
    {
      mistake: "a lower bound (办结率99%以上) the cases closed fall short of",
      from: "办结38.4万件，办结率99%以上",
      to: "办结37.4万件，办结率99%以上",
      findings: ["11:116-11:122 rate-mismatch 办结率应为97%（37.4万÷38.6万），文中为99%"],
    },
    {
      mistake: "a share in words after 约占 that no longer holds",
      from: "约占七成",
      to: "约占五成",
      // 约 before 占 is read as 占约 (it was read as the part's name, and the share was missed).
      findings: ["9:166-9:168 rate-mismatch 占比为70.4%（131÷186），与“五成”（45%–55%）不符"],
    },
    {
      mistake: "a 其中 part's share in words after a semicolon, following a part whose share is in words too",
      from: "适用简易程序1,194件，约占四成",
      to: "适用简易程序1,194件，约占三成",
      // A part whose share is in words (占比近六成) has a share of its own: the list runs on past it (it was a miss).
      findings: ["13:87-13:89 rate-mismatch 占比为42.0%（1194÷2846），与“三成”（25%–35%）不符"],
    },
    {
      mistake: "a comma typed twice after a 其中 part",
      from: "其中维持98件、",
      to: "其中维持98件，，",
      findings: ["15:63-15:65 repeated-punctuation “，，”重复输入，应只保留一个“，”"],
    },
    {
      mistake: "a comma left before the full stop",
      from: "流于形式。",
      to: "流于形式，。",
      findings: ["23:174-23:176 repeated-punctuation 标点“，。”连用，应只保留其中一个"],
    },
    {
      mistake: "a heading that lost its opening parenthesis",
      from: "（三）严格规范公正文明执法",
      to: "三）严格规范公正文明执法",
      findings: ["13:1-13:3 heading-numbering 标题序号“三）”写法不规范，应写作“（三）”"],
    },
    {
      mistake: "the causes cut from every shortcoming",
      from: "，主要原因是改革后人员多为转隶，系统培训跟进不够。二是行政复议纠错率仍然偏高，撤销、确认违法案件集中在征收补偿领域，原因在于部分单位程序意识不强，证据收集不规范。三是部分部门规范性文件起草质量不高，究其原因是起草人员法律素养参差不齐，公开征求意见流于形式。",
      to: "。二是行政复议纠错率仍然偏高，撤销、确认违法案件集中在征收补偿领域。三是部分部门规范性文件起草质量不高，公开征求意见流于形式。",
      findings: ["21:1-21:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "约 and 左右 with one rate",
      from: "按期办结率约98%",
      to: "按期办结率约98%左右",
      findings: ["11:216-11:222 approximate-number “约98%左右”中“约”和“左右”都表示约数，重复使用，应删去其一"],
    },
  ],
  "167-district-commerce-bureau-prepaid-cards.txt": [
    {
      mistake: "a share in words of a 其中 part after an amount, beyond what the cases before it allow (a documented silence until now)",
      from: "不予处罚5件，占比不足两成",
      to: "不予处罚7件，占比不足两成",
      findings: ["19:155-19:159 rate-mismatch 占比为25.0%（7÷28），与“不足两成”（<20%）不符"],
    },
    {
      mistake: "an approximate 办结率 (近98%) its counts miss by more than a drafter rounds",
      from: "办结1,098件，办结率近98%",
      to: "办结1,038件，办结率近98%",
      findings: ["23:44-23:51 rate-mismatch 办结率应为92%（1038÷1126），文中为98%"],
    },
    {
      mistake: "a 其中 part after the rate raised, its share 约占三分之一 no longer holding",
      from: "涉及美容美发行业的412件，约占三分之一",
      to: "涉及美容美发行业的512件，约占三分之一",
      // The list after 受理 and 办结 may break down either; the share is shown against the one its other shares agree with (1,126).
      findings: ["23:70-23:74 rate-mismatch 占比为45.5%（512÷1126），与“三分之一”（28.3%–38.3%）不符"],
    },
    {
      mistake: "a later part's share 占比近两成 no longer holding",
      from: "涉及教育培训的218件，占比近两成",
      to: "涉及教育培训的258件，占比近两成",
      findings: ["23:89-23:92 rate-mismatch 占比为22.9%（258÷1126），与“近两成”（15%–20%）不符"],
    },
    {
      mistake: "a share 约占31% of 家次 its part no longer gives",
      from: "抽查214家次，约占31%",
      to: "抽查234家次，约占31%",
      findings: ["19:83-19:86 rate-mismatch 占比应为34%（234÷680），文中为31%"],
    },
    {
      mistake: "an approximate 解决率 over problems counted in 个",
      from: "已解决34个，解决率约92%",
      to: "已解决30个，解决率约92%",
      findings: ["27:170-27:177 rate-mismatch 解决率应为81%（30÷37），文中为92%"],
    },
    {
      mistake: "a 顿号 typed twice",
      from: "同部署、同推进、同考核",
      to: "同部署、、同推进、同考核",
      findings: ["11:30-11:32 repeated-punctuation “、、”重复输入，应只保留一个“、”"],
    },
    {
      mistake: "a full stop typed twice",
      from: "3,200余份。",
      to: "3,200余份。。",
      findings: ["19:201-19:203 repeated-punctuation “。。”重复输入，应只保留一个“。”"],
    },
    {
      mistake: "（二） skipped",
      from: "（二）规范行政权力运行",
      to: "（三）规范行政权力运行",
      findings: [
        "13:1-13:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”",
      ],
    },
    {
      mistake: "last year in the opening sentence",
      from: "2025年，区商务局在",
      to: "2024年，区商务局在",
      findings: ["5:1-5:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
  ],
  "168-city-government-offices-administration-markdown.md": [
    {
      mistake: "a share 占比约45% its count of vehicles no longer gives",
      from: "其中新能源汽车562辆，占比约45%",
      to: "其中新能源汽车662辆，占比约45%",
      findings: ["17:47-17:50 rate-mismatch 占比应为53%（662÷1240），文中为45%"],
    },
    {
      mistake: "a share of an amount in 亿元 stated approximately, for a part named 预留中小企业采购份额",
      from: "预留中小企业采购份额2.61亿元",
      to: "预留中小企业采购份额2.21亿元",
      // The 中 of 中小企业 counts the part within nothing (it was read as 预留……中, a part within another, and the share was missed).
      findings: ["19:63-19:66 rate-mismatch 占比应为57%（2.21亿÷3.86亿），文中为68%"],
    },
    {
      mistake: "an approximate 整改率 over six problems, one fewer rectified",
      from: "已整改5个，整改率约83%",
      to: "已整改4个，整改率约83%",
      findings: ["29:85-29:92 rate-mismatch 整改率应为67%（4÷6），文中为83%"],
    },
    {
      mistake: "a comma typed twice",
      from: "全市党政机关公务用车1,240辆，",
      to: "全市党政机关公务用车1,240辆，，",
      findings: ["17:31-17:33 repeated-punctuation “，，”重复输入，应只保留一个“，”"],
    },
    {
      mistake: "a comma and a full stop after Markdown emphasis",
      from: "**标准化、规范化、法治化**建设，",
      to: "**标准化、规范化、法治化**建设，。",
      findings: ["5:125-5:127 repeated-punctuation 标点“，。”连用，应只保留其中一个"],
    },
    {
      mistake: "an ellipsis typed as three full stops",
      from: "活动……累计",
      to: "活动。。。累计",
      findings: ["33:110-33:113 repeated-punctuation “。。。”不是规范的省略号，应写作“……”"],
    },
    {
      mistake: "a Markdown heading that lost its opening parenthesis",
      from: "### （三）推进依法决策和政务公开",
      to: "### 三）推进依法决策和政务公开",
      findings: ["23:5-23:7 heading-numbering 标题序号“三）”写法不规范，应写作“（三）”"],
    },
    {
      mistake: "last year's plans heading left in place",
      from: "## 四、2026年工作安排",
      to: "## 四、2025年工作安排",
      findings: ["43:6-43:11 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the causes cut from every shortcoming",
      from: "，主要原因是机构改革后职能划转不彻底，与财政、发改等部门的职责边界不够清晰。二是公共机构节能监管手段较为单一，原因在于能耗在线监测平台覆盖面不足，仅接入公共机构412家，约占全市的四成。三是部分干部运用法治思维处理采购、合同等事务的能力不强，究其原因是专题培训不够系统。",
      to: "。二是公共机构节能监管手段较为单一，能耗在线监测平台仅接入公共机构412家。三是部分干部运用法治思维处理采购、合同等事务的能力不强。",
      findings: ["35:4-35:14 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
  ],
  "169-city-foreign-affairs-office-gongwen.txt": [
    {
      mistake: "a 其中 part of the invitation letters raised beyond their total",
      from: "科技教育类56件",
      to: "科技教育类86件",
      findings: ["16:151-16:186 parts-exceed-total 各分项之和为316件（198+86+32），超过总数286件；请核对总数或各分项"],
    },
    {
      mistake: "APEC cards issued lowered, the 办结率 kept",
      from: "办结161件，办结率98.2%",
      to: "办结151件，办结率98.2%",
      findings: [
        "16:259-16:267 rate-mismatch 办结率应为92.1%（151÷164），文中为98.2%",
        "16:268-16:272 parts-exceed-total 受理164件、办结151件，其余应为13件，文中为3件；请核对",
      ],
    },
    {
      mistake: "a closing date after the deadline of 31 March",
      from: "2026年1月16日",
      to: "2026年4月16日",
      findings: ["57:1-57:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月16日"],
    },
    {
      mistake: "last year in the opening sentence under the addressee",
      from: "2025年，市外办在",
      to: "2024年，市外办在",
      findings: ["10:1-10:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "the Party secretary dropped from the duties (办党组书记、主任 → 办主任)",
      from: "办党组书记、主任切实履行",
      to: "办主任切实履行",
      findings: ["42:1-42:39 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（主任）的履职情况，未写党委主要负责人：请补写党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a comma typed twice",
      from: "涉及人员41人，均已妥善处置",
      to: "涉及人员41人，，均已妥善处置",
      findings: ["28:55-28:57 repeated-punctuation “，，”重复输入，应只保留一个“，”"],
    },
    {
      mistake: "？？ left for a count not yet filled in",
      from: "涉外突发事件应急演练1次",
      to: "涉外突发事件应急演练？？次",
      findings: ["28:125-28:127 placeholder-text 模板占位符“？？”未替换，应填写实际内容"],
    },
    {
      mistake: "a 合格率 of 100% with one cadre failing, the staff counted before the exam takers",
      from: "组织全办35名干部参加年度学法考试，合格率100%",
      to: "全办在编干部38名，35名干部参加年度学法考试，34名合格，合格率100%",
      findings: ["36:89-36:96 rate-mismatch 合格率应为97%（34÷35），文中为100%"],
    },
  ],
  "170-county-archives-bureau-word-toc-headers.txt": [
    {
      mistake: "a share of files lent in 卷次 mistyped",
      from: "土地及房产档案1,894卷次，占27.7%",
      to: "土地及房产档案1,894卷次，占17.7%",
      // 卷次 was not read as a count (1,894卷 then 次), and the share was missed.
      findings: ["35:163-35:168 rate-mismatch 占比应为27.7%（1894÷6832），文中为17.7%"],
    },
    {
      mistake: "a 其中 part in 卷次 raised beyond the files lent, its share kept",
      from: "人事档案1,207卷次",
      to: "人事档案4,207卷次",
      findings: [
        "35:116-35:180 parts-exceed-total 各分项之和为8466卷次（2365+1894+4207），超过总数6832卷次；请核对总数或各分项",
        "35:182-35:187 rate-mismatch 占比应为61.6%（4207÷6832），文中为17.7%",
      ],
    },
    {
      mistake: "a wrong percent for the increase over last year's count",
      from: "较上年的80件增长40%",
      to: "较上年的80件增长60%",
      findings: ["35:226-35:229 change-mismatch 增幅应为40%（(112-80)÷80），文中为60%"],
    },
    {
      mistake: "a wrong difference of two rates in 个百分点",
      from: "提高到74.2%，提高5.7个百分点",
      to: "提高到74.2%，提高6.7个百分点",
      findings: ["39:108-39:115 change-mismatch 增幅应为5.7个百分点（74.2%-68.5%），文中为6.7个百分点"],
    },
    {
      mistake: "last year's title left above the table of contents, the title over the text and the headers updated",
      from: "梅岙县档案局2025年度法治政府建设情况报告\n\n目",
      to: "梅岙县档案局2024年度法治政府建设情况报告\n\n目",
      findings: ["1:7-1:12 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the plans heading left at the report year",
      from: "四、2026年推进法治政府建设的主要安排\n\n一是",
      to: "四、2025年推进法治政府建设的主要安排\n\n一是",
      findings: ["56:3-56:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the Party secretary dropped from the duties (局党组书记、局长 → 局长)",
      from: "局党组书记、局长认真履行",
      to: "局长认真履行",
      findings: ["52:1-52:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
  ],
  "171-county-education-bureau-off-campus-training-table.txt": [
    {
      mistake: "a share of joint inspections with two digits swapped",
      from: "其中联合检查98家次，占31.4%",
      to: "其中联合检查98家次，占34.1%",
      findings: ["13:125-13:130 rate-mismatch 占比应为31.4%（98÷312），文中为34.1%"],
    },
    {
      mistake: "a 办结率 of complaints with two digits swapped",
      from: "办结143件，办结率97.9%",
      to: "办结143件，办结率99.7%",
      findings: ["13:368-13:376 rate-mismatch 办结率应为97.9%（143÷146），文中为99.7%"],
    },
    {
      mistake: "a 同比 in the indicator table that its two columns do not give",
      from: "268\t增长16.4%",
      to: "268\t增长14.6%",
      findings: ["18:20-18:25 change-mismatch 增幅应为16.4%（(312-268)÷268），文中为14.6%"],
    },
    {
      mistake: "an 优秀率 of case files with two digits swapped",
      from: "评为优秀的9卷，优秀率32.1%",
      to: "评为优秀的9卷，优秀率23.1%",
      findings: ["26:125-26:133 rate-mismatch 优秀率应为32.1%（9÷28），文中为23.1%"],
    },
    {
      mistake: "the closing date a year early",
      from: "2026年1月22日",
      to: "2025年1月22日",
      findings: ["53:1-53:11 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年1月22日，是否应为2026年1月22日？"],
    },
    {
      mistake: "the 局长 dropped from the duties (局党组书记、局长 → 局党组书记)",
      from: "局党组书记、局长切实履行",
      to: "局党组书记切实履行",
      findings: ["40:1-40:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a heading closed with two full stops",
      from: "（四）推进依法治校",
      to: "（四）推进依法治校。。",
      findings: ["28:10-28:13 repeated-punctuation 标点“。。，”连用，应只保留其中一个"],
    },
    {
      mistake: "余 after a count that is not round, in a table cell under its unit",
      from: "专项检查（家次）\t312",
      to: "专项检查（家次）\t312余",
      findings: ["18:10-18:14 approximate-number “312余”写法不当：“余”表示概数，只能接在末位为0的整数或“万”“亿”之后；应写确数，或写作整数概数（如“10余次”）"],
    },
  ],
  "172-subordinate-customs-office.txt": [
    {
      mistake: "a 结案率 after the ； that closes the 其中 list of the cases opened",
      from: "结案率94.4%",
      to: "结案率96.4%",
      // Missed until a ； that closes a 其中 list no longer ended the statement of a rate after it.
      findings: ["25:52-25:60 rate-mismatch 结案率应为94.4%（119÷126），文中为96.4%"],
    },
    {
      mistake: "a share of the 违规行为案件 counted two sentences before, a change of the fines between",
      from: "占违规行为案件的47.7%",
      to: "占违规行为案件的57.7%",
      // Missed until a share naming its whole by its things was read against the one count of its
      // paragraph so named, the change of the fines (万元) between passed over.
      findings: ["25:136-25:141 rate-mismatch 占比应为47.7%（42÷88），文中为57.7%"],
    },
    {
      mistake: "a wrong percent for the rise of the fines over last year's",
      from: "较上年的1,596.8万元增长16.6%",
      to: "较上年的1,596.8万元增长18.6%",
      findings: ["25:89-25:94 change-mismatch 增幅应为16.6%（(1862.4万-1596.8万)÷1596.8万），文中为18.6%"],
    },
    {
      mistake: "a wrong percent for the clearance time cut against last year's, in 小时",
      from: "较上年的38.1小时压缩14.4%",
      to: "较上年的38.1小时压缩16.4%",
      // Missed until a time limit compared with an earlier period's (较上年的38.1小时) was read as one cut
      // from … to is.
      findings: ["19:64-19:69 change-mismatch 降幅应为14.4%（(38.1-32.6)÷38.1），文中为16.4%"],
    },
    {
      mistake: "a 其中 kind of case raised beyond the cases opened",
      from: "走私行为案件38起",
      to: "走私行为案件48起",
      findings: ["25:18-25:44 parts-exceed-total 各分项之和为136起（48+88），超过总数126起；请核对总数或各分项"],
    },
    {
      mistake: "a 合格率 of the examination a point off",
      from: "合格率97.9%",
      to: "合格率98.9%",
      findings: ["13:100-13:108 rate-mismatch 合格率应为97.9%（139÷142），文中为98.9%"],
    },
    {
      mistake: "last year's title on a subordinate customs office's report",
      from: "青港海关2025年法治政府建设年度报告",
      to: "青港海关2024年法治政府建设年度报告",
      findings: ["1:5-1:10 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the Party secretary dropped from the duties (关党委书记、关长 → 关长)",
      from: "关党委书记、关长切实履行",
      to: "关长切实履行",
      findings: ["49:1-49:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（关长）的履职情况，未写党委主要负责人：请补写关党委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a count left as ××",
      from: "扣留侵权嫌疑货物42批次",
      to: "扣留侵权嫌疑货物××批次",
      findings: ["21:37-21:39 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年1月20日",
      to: "2026年4月8日",
      findings: ["70:1-70:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月8日"],
    },
    {
      mistake: "a 按期办结率 of the complaints with two digits swapped",
      from: "按期办结率98.4%",
      to: "按期办结率94.8%",
      findings: ["35:54-35:64 rate-mismatch 按期办结率应为98.4%（63÷64），文中为94.8%"],
    },
    {
      mistake: "an 优秀率 of case files ten points off",
      from: "优秀率35.0%",
      to: "优秀率25.0%",
      findings: ["29:38-29:46 rate-mismatch 优秀率应为35.0%（21÷60），文中为25.0%"],
    },
    {
      mistake: "近 before a lone 千 with 余",
      from: "解答企业咨询千余次",
      to: "解答企业咨询近千余次",
      // Missed until a lone 百, 千 or 万 with 余 or 多 was read with the approximate word before it.
      findings: ["43:77-43:80 approximate-number “近千余”中“近”和“余”都表示约数，重复使用，应删去其一"],
    },
    {
      mistake: "the year before taken as the next period's first, who acts between",
      from: "2026年是“十五五”开局之年，我关将",
      to: "2025年，我关以“十五五”开局之年为契机，将",
      findings: ["55:1-55:5 terminology “2025”应为“2026”：“十五五”开局之年是2026年", "55:1-55:6 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年"],
    },
  ],
  "173-state-council-bureau.txt": [
    {
      mistake: "an 采纳率 of the review opinions with two digits swapped",
      from: "采纳率94.7%",
      to: "采纳率97.4%",
      findings: ["23:52-23:60 rate-mismatch 采纳率应为94.7%（107÷113），文中为97.4%"],
    },
    {
      mistake: "a clean-up outcome raised beyond the documents cleaned up, its share in words kept",
      from: "其中继续有效118件，占八成以上",
      to: "其中继续有效128件，占八成以上",
      findings: ["23:95-23:122 parts-exceed-total 各分项之和为143件（128+15），超过总数142件；请核对总数或各分项"],
    },
    {
      mistake: "a 审结率 of the map reviews two points off",
      from: "审结率98.7%",
      to: "审结率96.7%",
      findings: ["27:60-27:68 rate-mismatch 审结率应为98.7%（3381÷3426），文中为96.7%"],
    },
    {
      mistake: "a share in words the counts fall short of",
      from: "继续有效118件，占八成以上",
      to: "继续有效118件，占九成以上",
      findings: ["23:112-23:116 rate-mismatch 占比为83.1%（118÷142），与“九成以上”（≥90%）不符"],
    },
    {
      mistake: "a section number skipped in the measures",
      from: "（四）推进行政决策",
      to: "（五）推进行政决策",
      findings: [
        "33:1-33:4 heading-numbering 标题序号跳号：此处应为“（四）”，文中为“（五）”",
      ],
    },
    {
      mistake: "every cause dropped from the shortcomings",
      from: "主要原因是新技术新业态发展迅速，规章制定的调研周期较长。二是基层测绘地理信息执法力量薄弱，原因在于多数地方没有专门的执法队伍，监管职责分散在自然资源综合执法机构中。三是部分工作人员依法行政能力与新任务新要求不相适应，究其原因，业务培训中法律知识所占比重偏低。",
      to: "二是基层测绘地理信息执法力量薄弱。三是部分工作人员依法行政能力与新任务新要求不相适应。",
      findings: ["55:1-55:22 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2026年法治政府建设工作安排",
      to: "四、2025年法治政府建设工作安排",
      findings: ["63:3-63:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the first year of the 十五五 written as the report year",
      from: "2026年是“十五五”开局之年",
      to: "2025年是“十五五”开局之年",
      // Missed until terminology knew the first and last years of the five-year periods; a plan sentence
      // presenting its year (2025年是……，……将……) is read by year-consistency too.
      findings: [
        "65:1-65:5 terminology “2025”应为“2026”：“十五五”开局之年是2026年",
        "65:1-65:6 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年",
      ],
    },
    {
      mistake: "more opinions adopted than received in a consultation",
      from: "收到社会公众意见建议218条，采纳64条",
      to: "收到社会公众意见建议218条，采纳264条",
      // Missed until 采纳 was a count done of the opinions received.
      findings: ["35:77-35:83 parts-exceed-total 采纳264条多于收到218条；采纳数不应超过收到数，请核对"],
    },
    {
      mistake: "a closing date February does not have",
      from: "2026年2月10日",
      to: "2026年2月30日",
      findings: ["80:1-80:11 invalid-date 日期不存在：2026年没有2月30日，2月只有28天"],
    },
    {
      mistake: "the Party secretary dropped from the duties (局党组书记、局长 → 局长)",
      from: "局党组书记、局长认真履行",
      to: "局长认真履行",
      findings: ["59:1-59:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a reconsideration outcome raised beyond the cases closed",
      from: "审结29件，其中维持18件",
      to: "审结29件，其中维持21件",
      findings: ["39:32-39:65 parts-exceed-total 各分项之和为32件（21+5+2+1+3），超过总数29件；请核对总数或各分项"],
    },
    {
      mistake: "a 直接纠错率 over the corrective outcomes listed (撤销, 确认违法) off",
      from: "直接纠错率10.3%",
      to: "直接纠错率13.8%",
      // No count of 纠错 is written: the numerator is read from the corrective outcomes the closed cases are
      // listed by (撤销2件、确认违法1件).
      findings: ["39:66-39:76 rate-mismatch 直接纠错率应为10.3%（(2+1)÷29），文中为13.8%"],
    },
    {
      mistake: "applications admitted and not admitted beyond those received, without 其中 (收到38件，受理33件，不予受理7件)",
      from: "受理31件，不予受理7件",
      to: "受理33件，不予受理7件",
      findings: ["39:13-39:29 parts-exceed-total 各分项之和为40件（33+7），超过总数38件；请核对总数或各分项"],
    },
    {
      mistake: "the last period named for the next one's 开局起步之年",
      from: "2026年是“十五五”开局之年，我局将",
      to: "2026年是“十四五”开局起步之年，我局将",
      findings: ["65:1-65:5 terminology “2026”应为“2021”：“十四五”开局之年是2021年"],
    },
  ],
  "174-province-government-six-parts.txt": [
    {
      mistake: "a province-wide 全程网办率 a point off",
      from: "全程网办率95.9%",
      to: "全程网办率96.9%",
      findings: ["11:58-11:68 rate-mismatch 全程网办率应为95.9%（1786÷1862），文中为96.9%"],
    },
    {
      mistake: "a province-wide 纠错率 over cases counted in 万",
      from: "纠错率11.6%",
      to: "纠错率12.6%",
      findings: ["39:73-39:81 rate-mismatch 纠错率应为11.6%（3262÷2.81万），文中为12.6%"],
    },
    {
      mistake: "a fall in points its two rates do not give",
      from: "较上年的7.3%下降1.2个百分点",
      to: "较上年的7.3%下降2.1个百分点",
      findings: ["41:53-41:60 change-mismatch 降幅应为1.2个百分点（7.3%-6.1%），文中为2.1个百分点"],
    },
    {
      mistake: "a 其中 part of the rules raised beyond their total",
      from: "其中制定6件",
      to: "其中制定8件",
      findings: ["17:44-17:64 parts-exceed-total 各分项之和为21件（8+9+4），超过总数19件；请核对总数或各分项"],
    },
    {
      mistake: "a 调解成功率 over counts in 万 with two digits swapped",
      from: "调解成功率97.8%",
      to: "调解成功率98.7%",
      findings: ["43:37-43:47 rate-mismatch 调解成功率应为97.8%（40.9万÷41.8万），文中为98.7%"],
    },
    {
      mistake: "an 整改率 of the inspection's problems off",
      from: "整改率95.9%",
      to: "整改率95.0%",
      findings: ["49:37-49:45 rate-mismatch 整改率应为95.9%（209÷218），文中为95.0%"],
    },
    {
      mistake: "the 省长's paragraph replaced by a sentence on the departments' heads",
      from: "省长切实履行推进法治建设第一责任人职责：一是主持召开省政府常务会议专题研究法治政府建设3次；二是带头落实省政府常务会议会前学法制度，全年学法12次；三是对全省行政复议纠错率较高的地区进行约谈督办；四是带头出庭应诉1件次。",
      to: "省政府各部门主要负责人认真履行推进法治建设第一责任人职责。",
      findings: ["67:1-67:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（省委书记）的履职情况，未写政府主要负责人：请补写省长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the plans heading of a six-part report left without its number",
      from: "五、2026年法治政府建设主要安排",
      to: "2026年法治政府建设主要安排",
      findings: [
        "73:1-73:16 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题",
        "75:1-75:30 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题",
        "85:1-85:3 heading-numbering 标题序号跳号：此处应为“五、”，文中为“六、”",
      ],
    },
    {
      mistake: "a rectification item numbered （二） twice",
      from: "（三）关于“涉企检查多头重复”的问题",
      to: "（二）关于“涉企检查多头重复”的问题",
      findings: ["61:1-61:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”"],
    },
    {
      mistake: "last year's title on a province's report",
      from: "云江省人民政府关于2025年度",
      to: "云江省人民政府关于2024年度",
      findings: ["1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年2月13日",
      to: "2026年5月13日",
      findings: ["90:1-90:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年5月13日"],
    },
    {
      mistake: "a 败诉率 off, its fall in points kept",
      from: "败诉率6.1%",
      to: "败诉率6.8%",
      findings: [
        "41:35-41:42 rate-mismatch 败诉率应为6.1%（892÷1.46万），文中为6.8%",
        "41:53-41:60 change-mismatch 降幅应为0.5个百分点（7.3%-6.8%），文中为1.2个百分点",
      ],
    },
    {
      mistake: "the cases under the 简易程序 raised, the two procedures (适用 before the first) beyond the cases",
      from: "适用简易程序28.6万件",
      to: "适用简易程序38.6万件",
      findings: ["27:19-27:60 parts-exceed-total 各分项之和为56.2万件（38.6万+17.6万），超过总数46.2万件；请核对总数或各分项"],
    },
    {
      mistake: "a 受理率 after the ； that parts the applications received from those admitted (2.94万÷3.26万 written 92.0%)",
      from: "受理率90.2%",
      to: "受理率92.0%",
      findings: ["39:46-39:54 rate-mismatch 受理率应为90.2%（2.94万÷3.26万），文中为92.0%"],
    },
  ],
  "175-provincial-dev-zone-empowerment.txt": [
    {
      mistake: "a 结案率 of the zone's enforcement a point off",
      from: "结案率95.9%",
      to: "结案率96.9%",
      findings: ["27:45-27:53 rate-mismatch 结案率应为95.9%（142÷148），文中为96.9%"],
    },
    {
      mistake: "a 败诉率 over four cases written 20%",
      from: "败诉率25.0%",
      to: "败诉率20.0%",
      findings: ["39:60-39:68 rate-mismatch 败诉率应为25.0%（1÷4），文中为20.0%"],
    },
    {
      mistake: "a kind of empowered power raised beyond the 86 taken over",
      from: "其中行政许可52项",
      to: "其中行政许可62项",
      findings: ["11:69-11:99 parts-exceed-total 各分项之和为96项（62+9+25），超过总数86项；请核对总数或各分项"],
    },
    {
      mistake: "a share of the ten busiest matters, named by their rank, off",
      from: "占全部办件的73.2%",
      to: "占全部办件的78.2%",
      // Missed until a rank (居前10位) was no count, and a count of 事项 whose words hold 办件 no whole of a
      // part in 件.
      findings: ["13:88-13:93 rate-mismatch 占比应为73.2%（3126÷4268），文中为78.2%"],
    },
    {
      mistake: "a 调解成功率 of labour disputes two points off",
      from: "调解成功率93.9%",
      to: "调解成功率95.9%",
      findings: ["41:38-41:48 rate-mismatch 调解成功率应为93.9%（201÷214），文中为95.9%"],
    },
    {
      mistake: "the 管委会主任's paragraph replaced by a sentence on the departments' heads",
      from: "管委会主任切实履行推进法治建设第一责任人职责：一是主持召开管委会主任办公会议研究赋权事项承接、重大行政决策等涉法事项12次；二是带头落实会前学法制度，全年学法10次；三是带头出庭应诉1件次；四是督促各部门落实“谁执法谁普法”普法责任制。",
      to: "开发区各部门主要负责人切实履行推进法治建设第一责任人职责，将法治建设纳入部门年度工作要点。",
      findings: ["51:1-51:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写管委会主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the template's （此处填写） left for a count",
      from: "全年由法律顾问审查合同协议96份",
      to: "全年由法律顾问审查合同协议（此处填写）份",
      findings: ["35:104-35:110 placeholder-text 编写说明“（此处填写）”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "a closing date January does not have",
      from: "2026年1月16日",
      to: "2026年1月36日",
      findings: ["72:1-72:11 invalid-date 日期不存在：2026年没有1月36日，1月只有31天"],
    },
    {
      mistake: "the cases won and lost raised beyond the cases closed",
      from: "其中胜诉3件、败诉1件",
      to: "其中胜诉4件、败诉1件",
      findings: ["39:45-39:59 parts-exceed-total 各分项之和为5件（4+1），超过总数4件；请核对总数或各分项"],
    },
    {
      mistake: "the matters of the ten busiest raised beyond all matters handled",
      from: "办件量居前10位的事项办件3,126件",
      to: "办件量居前10位的事项办件5,126件",
      // Missed until a rank (居前10位) was no count: it was read as the list's first part, of other things.
      findings: ["13:42-13:81 parts-exceed-total 分项5126件超过总数4268件；请核对总数或分项"],
    },
    {
      mistake: "a plan item numbered （二） twice",
      from: "（三）2026年为企业开展",
      to: "（二）2026年为企业开展",
      findings: [
        "63:1-63:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”",
      ],
    },
    {
      mistake: "a full stop typed twice",
      from: "发放“首违不罚”告知书23份",
      to: "发放“首违不罚”告知书23份。",
      findings: ["31:42-31:44 repeated-punctuation “。。”重复输入，应只保留一个“。”"],
    },
  ],
  "176-municipality-subdistrict-grid.txt": [
    {
      mistake: "a share in words of the grid events handled in the grid the counts contradict",
      from: "自行处置1.73万件，约占七成",
      to: "自行处置1.73万件，约占六成",
      findings: ["13:92-13:94 rate-mismatch 占比为70.3%（1.73万÷2.46万），与“六成”（55%–65%）不符"],
    },
    {
      mistake: "a 12345 办结率 with two digits swapped",
      from: "办结率99.6%",
      to: "办结率96.9%",
      findings: ["27:48-27:56 rate-mismatch 办结率应为99.6%（8392÷8426），文中为96.9%"],
    },
    {
      mistake: "a share of the penalties waived off",
      from: "占全部处罚案件的13.8%",
      to: "占全部处罚案件的18.3%",
      // Missed until a comparison of other things between a whole in an earlier sentence and the share
      // (罚款……同比下降9.4%) was passed over.
      findings: ["21:98-21:103 rate-mismatch 占比应为13.8%（57÷412），文中为18.3%"],
    },
    {
      mistake: "a 调解成功率 with two digits swapped",
      from: "调解成功率97.5%",
      to: "调解成功率95.7%",
      findings: ["33:71-33:81 rate-mismatch 调解成功率应为97.5%（318÷326），文中为95.7%"],
    },
    {
      mistake: "the special grids raised beyond all grids",
      from: "专属网格9个",
      to: "专属网格19个",
      findings: ["11:26-11:47 parts-exceed-total 各分项之和为83个（64+19），超过总数73个；请核对总数或各分项"],
    },
    {
      mistake: "a plan item numbered 五是 twice",
      from: "四是深化“吹哨报到”",
      to: "五是深化“吹哨报到”",
      findings: [
        "67:1-67:3 enumeration-sequence 列举序号跳号：此处应为“四是”，文中为“五是”",
      ],
    },
    {
      mistake: "the grid workers among the 法律明白人 raised beyond them all",
      from: "其中网格员中的“法律明白人”64名",
      to: "其中网格员中的“法律明白人”164名",
      findings: ["35:27-35:50 parts-exceed-total 分项164名超过总数148名；请核对总数或分项"],
    },
    {
      mistake: "the second share in words of the grid events off, after a semicolon",
      from: "上报街道协调处置0.73万件，约占三成",
      to: "上报街道协调处置0.73万件，约占两成",
      findings: ["13:112-13:114 rate-mismatch 占比为29.7%（0.73万÷2.46万），与“两成”（15%–25%）不符"],
    },
    {
      mistake: "last year's title on a subdistrict's report",
      from: "天津市滨湖区海棠街道办事处关于2025年度",
      to: "天津市滨湖区海棠街道办事处关于2024年度",
      findings: ["1:16-1:21 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the closing date a year early",
      from: "2026年1月14日",
      to: "2025年1月14日",
      findings: ["76:1-76:11 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年1月14日，是否应为2026年1月14日？"],
    },
    {
      mistake: "the head's title left as XX",
      from: "街道办事处主任切实履行",
      to: "街道办事处XX切实履行",
      findings: ["57:6-57:8 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "the cases under the 简易程序 raised, the two procedures (适用 before the first) beyond the cases",
      from: "其中适用简易程序268件",
      to: "其中适用简易程序298件",
      findings: ["21:20-21:46 parts-exceed-total 各分项之和为442件（298+144），超过总数412件；请核对总数或各分项"],
    },
  ],
  "177-county-government-tab-table-quarterly-plans.txt": [
    {
      mistake: "a township's rate in the tab-separated table a point off",
      from: "青河镇\t174\t168\t96.6%",
      to: "青河镇\t174\t168\t95.6%",
      findings: ["37:13-37:18 rate-mismatch 调解成功率应为96.6%（168÷174），文中为95.6%"],
    },
    {
      mistake: "the 合计 row's cases raised, its rate kept",
      from: "合计\t746\t727\t97.5%",
      to: "合计\t756\t727\t97.5%",
      findings: [
        "41:4-41:7 parts-exceed-total 合计应为746件（各项之和），表中为756件；请核对合计或各分项",
        "41:12-41:17 rate-mismatch 调解成功率应为96.2%（727÷756），文中为97.5%",
      ],
    },
    {
      mistake: "an 即办件占比 with two digits swapped",
      from: "即办件占比42.0%",
      to: "即办件占比24.0%",
      findings: ["13:47-13:52 rate-mismatch 占比应为42.0%（624÷1486），文中为24.0%"],
    },
    {
      mistake: "a 纠错率 with two digits swapped",
      from: "纠错率11.9%",
      to: "纠错率19.1%",
      findings: ["29:78-29:86 rate-mismatch 纠错率应为11.9%（15÷126），文中为19.1%"],
    },
    {
      mistake: "an 优秀率 with two digits swapped",
      from: "优秀率27.5%",
      to: "优秀率25.7%",
      findings: ["23:32-23:40 rate-mismatch 优秀率应为27.5%（66÷240），文中为25.7%"],
    },
    {
      mistake: "a 合格率 with two digits swapped",
      from: "合格率98.7%",
      to: "合格率97.8%",
      findings: ["25:41-25:49 rate-mismatch 合格率应为98.7%（2118÷2146），文中为97.8%"],
    },
    {
      mistake: "a clean-up outcome raised beyond the documents cleaned up",
      from: "其中继续有效112件",
      to: "其中继续有效122件",
      findings: ["17:71-17:98 parts-exceed-total 各分项之和为146件（122+14+10），超过总数136件；请核对总数或各分项"],
    },
    {
      mistake: "a 败诉率 with two digits swapped",
      from: "败诉率6.9%",
      to: "败诉率9.6%",
      findings: ["31:43-31:50 rate-mismatch 败诉率应为6.9%（4÷58），文中为9.6%"],
    },
    {
      mistake: "a reconsideration outcome raised beyond the cases closed",
      from: "其中维持84件",
      to: "其中维持94件",
      findings: ["29:28-29:71 parts-exceed-total 各分项之和为136件（94+12+9+4+2+15），超过总数126件；请核对总数或各分项"],
    },
    {
      mistake: "a township's mediated disputes raised so that the table's column exceeds its 合计",
      from: "石桥镇\t132\t129",
      to: "石桥镇\t132\t139",
      findings: ["41:8-41:11 parts-exceed-total 各分项之和为737件（279+168+139+93+58），超过总数727件；请核对总数或各分项"],
    },
    {
      mistake: "the county's 调解成功率 in the sentence before the table off",
      from: "调解成功727件，调解成功率97.5%",
      to: "调解成功727件，调解成功率97.9%",
      findings: ["33:34-33:44 rate-mismatch 调解成功率应为97.5%（727÷746），文中为97.9%"],
    },
    {
      mistake: "the plans' lead sentence left at the report year",
      from: "2026年，县政府将按季度推进以下工作：",
      to: "2025年，县政府将按季度推进以下工作：",
      findings: ["65:1-65:6 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年"],
    },
    {
      mistake: "the 县长's sentence dropped from the duties",
      from: "县长切实履行推进法治建设第一责任人职责，主持召开县政府常务会议研究法治政府建设3次，带头落实会前学法制度，全年学法12次，带头出庭应诉2件次。",
      to: "",
      findings: ["59:1-59:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
  ],
  "178-xiang-mixed-chinese-numerals.txt": [
    {
      mistake: "a 调解成功率 in Chinese numerals that its counts do not give",
      from: "调解成功率百分之九十五，",
      to: "调解成功率百分之九十八，",
      findings: ["27:59-27:70 rate-mismatch 调解成功率应为95%（114÷120），文中为百分之九十八"],
    },
    {
      mistake: "the disputes mediated in Chinese numerals lowered, the rate kept",
      from: "调解成功一百一十四件",
      to: "调解成功一百零四件",
      findings: [
        "27:58-27:69 rate-mismatch 调解成功率应为87%（104÷120），文中为百分之九十五",
        "27:70-27:74 parts-exceed-total 受理120件、调解成功104件，其余应为16件，文中为6件；请核对",
      ],
    },
    {
      mistake: "an 整改率 of the land-use spots with two digits swapped",
      from: "整改率95.3%",
      to: "整改率93.5%",
      findings: ["23:42-23:50 rate-mismatch 整改率应为95.3%（82÷86），文中为93.5%"],
    },
    {
      mistake: "a 按期办结率 of petitions off",
      from: "按期办结率97.8%",
      to: "按期办结率98.7%",
      findings: ["29:21-29:31 rate-mismatch 按期办结率应为97.8%（45÷46），文中为98.7%"],
    },
    {
      mistake: "a 其中 part in Chinese numerals raised beyond the cases",
      from: "其中违法建设二十一件",
      to: "其中违法建设三十一件",
      findings: ["21:36-21:67 parts-exceed-total 各分项之和为37件（31+6），超过总数32件；请核对总数或各分项"],
    },
    {
      mistake: "a share in words written 占到 that the counts fall short of",
      from: "违法建设二十一件，占到六成以上",
      to: "违法建设二十一件，占到七成以上",
      // Missed until 占到 was read as 占.
      findings: ["21:54-21:58 rate-mismatch 占比为65.6%（21÷32），与“七成以上”（≥70%）不符"],
    },
    {
      mistake: "近 before a lone 百 with 余",
      from: "近百人参加",
      to: "近百余人参加",
      // Missed until a lone 百, 千 or 万 with 余 or 多 was read with the approximate word before it.
      findings: ["37:12-37:15 approximate-number “近百余”中“近”和“余”都表示约数，重复使用，应删去其一"],
    },
    {
      mistake: "约 and 余 around a count in Chinese numerals",
      from: "覆盖群众四千余人次",
      to: "覆盖群众约四千余人次",
      findings: ["35:24-35:30 approximate-number “约四千余人次”中“约”和“余”都表示约数，重复使用，应删去其一"],
    },
    {
      mistake: "the 乡长's sentence dropped from the duties",
      from: "乡长切实履行推进法治建设第一责任人职责：一是主持乡政府常务会议会前学法十二次；二是带队开展农村乱占耕地建房整治督查五次；三是带头接访群众二十八批次，化解信访积案二件。",
      to: "",
      findings: ["51:1-51:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写乡长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a count in Chinese numerals left as ××",
      from: "办理乡人大代表建议十五件",
      to: "办理乡人大代表建议××件",
      findings: ["41:23-41:25 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "last year's title on a township's report",
      from: "石岭乡人民政府关于2025年度",
      to: "石岭乡人民政府关于2024年度",
      findings: ["1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a section numbered （四） twice",
      from: "（五）深化法治宣传",
      to: "（四）深化法治宣传",
      findings: [
        "33:1-33:4 heading-numbering 标题序号重复：“（四）”与上一个同级标题相同，此处应为“（五）”",
      ],
    },
    {
      // A documented silence until the rest (其余) after a count done was held to the total less it.
      mistake: "a remainder in Chinese numerals that the counts do not give (其余十六件)",
      from: "调解成功率百分之九十五，其余六件",
      to: "调解成功率百分之九十五，其余十六件",
      findings: ["27:71-27:76 parts-exceed-total 受理120件、调解成功114件，其余应为6件，文中为16件；请核对"],
    },
  ],
  "179-financial-regulatory-branch.txt": [
    {
      mistake: "more petitions closed on time than handled",
      from: "办理信访事项38件，按期办结38件",
      to: "办理信访事项38件，按期办结39件",
      findings: ["38:42-38:49 parts-exceed-total 按期办结39件多于办理38件；按期办结数不应超过办理数，请核对"],
    },
    {
      mistake: "a 办结率 of licensing applications half a point off",
      from: "办结率99.0%",
      to: "办结率99.5%",
      // Missed until a ； that closes a 其中 list no longer ended the statement of a rate after it.
      findings: ["16:62-16:70 rate-mismatch 办结率应为99.0%（408÷412），文中为99.5%"],
    },
    {
      mistake: "a kind of licence application raised beyond the applications",
      from: "机构设立、变更、终止事项186件",
      to: "机构设立、变更、终止事项196件",
      findings: ["16:11-16:54 parts-exceed-total 各分项之和为422件（196+226），超过总数412件；请核对总数或各分项"],
    },
    {
      mistake: "a fine in 万元 raised beyond the total fines",
      from: "对机构罚款2,118.0万元",
      to: "对机构罚款2,218.0万元",
      findings: ["20:22-20:73 parts-exceed-total 各分项之和为2446.5万元（2218.0万+228.5万），超过总数2346.5万元；请核对总数或各分项"],
    },
    {
      mistake: "a kind of penalty on persons raised beyond the persons penalized, in 人次",
      from: "其中警告21人次",
      to: "其中警告31人次",
      findings: ["20:81-20:114 parts-exceed-total 各分项之和为68人次（31+29+8），超过总数58人次；请核对总数或各分项"],
    },
    {
      mistake: "an 优秀率 of case files three points off",
      from: "优秀率36.7%",
      to: "优秀率33.7%",
      findings: ["26:31-26:39 rate-mismatch 优秀率应为36.7%（11÷30），文中为33.7%"],
    },
    {
      mistake: "a kind of complaint in 万件 raised beyond the complaints",
      from: "其中银行业投诉0.84万件",
      to: "其中银行业投诉0.94万件",
      findings: ["30:14-30:46 parts-exceed-total 各分项之和为1.36万件（0.94万+0.42万），超过总数1.26万件；请核对总数或各分项"],
    },
    {
      mistake: "a 调解成功率 with two digits swapped",
      from: "调解成功率86.1%",
      to: "调解成功率81.6%",
      findings: ["32:50-32:60 rate-mismatch 调解成功率应为86.1%（1604÷1862），文中为81.6%"],
    },
    {
      mistake: "the head dropped from the duties (分局党委书记、局长 → 分局党委书记)",
      from: "分局党委书记、局长认真履行",
      to: "分局党委书记认真履行",
      findings: ["48:1-48:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "more passed the examination than sat it",
      from: "参考86人，合格86人",
      to: "参考86人，合格88人",
      findings: ["12:126-12:131 parts-exceed-total 合格88人多于参考86人；合格数不应超过参考数，请核对"],
    },
    {
      mistake: "the closing date's day marked 号",
      from: "国家金融监督管理总局江岭监管分局\n2026年1月23日",
      to: "国家金融监督管理总局江岭监管分局\n2026年1月23号",
      // Missed until a closing date whose day is marked 号 was read as the closing date.
      findings: ["67:1-67:11 date-format 成文日期的日应标“日”，不用口语的“号”：应为“2026年1月23日”，文中为“2026年1月23号”"],
    },
    {
      mistake: "last year's title over two lines",
      from: "2025年度法治建设情况报告",
      to: "2024年度法治建设情况报告",
      findings: ["2:1-2:6 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
  ],
  "180-exit-entry-border-inspection-station.txt": [
    {
      mistake: "a wrong percent for the rise of visa-free entries over last year's",
      from: "较上年的2.18万人次增长66.1%",
      to: "较上年的2.18万人次增长61.6%",
      findings: ["13:54-13:59 change-mismatch 增幅应为66.1%（(3.62万-2.18万)÷2.18万），文中为61.6%"],
    },
    {
      mistake: "a kind of case raised beyond the cases",
      from: "违反口岸限定区域管理案件146起",
      to: "违反口岸限定区域管理案件156起",
      findings: ["19:15-19:73 parts-exceed-total 各分项之和为228起（12+3+156+57），超过总数218起；请核对总数或各分项"],
    },
    {
      mistake: "an 优秀率 with two digits swapped",
      from: "优秀率35.0%",
      to: "优秀率53.0%",
      findings: ["25:30-25:38 rate-mismatch 优秀率应为35.0%（42÷120），文中为53.0%"],
    },
    {
      mistake: "a 通过率 whose passed count has its verb and object after it",
      from: "其中41名通过考试，通过率97.6%",
      to: "其中41名通过考试，通过率96.7%",
      // Missed until a count named by its verb and object after it (41名通过考试) was read as the rate's
      // numerator.
      findings: ["25:69-25:77 rate-mismatch 通过率应为97.6%（41÷42），文中为96.7%"],
    },
    {
      mistake: "a 按期办结率 with two digits swapped",
      from: "按期办结率98.6%",
      to: "按期办结率96.8%",
      findings: ["29:41-29:51 rate-mismatch 按期办结率应为98.6%（144÷146），文中为96.8%"],
    },
    {
      mistake: "the 站长's paragraph replaced by a sentence on the units' heads",
      from: "站长切实履行推进法治建设第一责任人职责：一是主持召开站务会议研究执法规范化建设等涉法事项10次；二是带头审批重大执法案件，全年审签重大执法决定27件；三是带头讲授法治课2次；四是带队开展执法质量检查4次。",
      to: "各科室、队所负责人切实履行法治建设职责。",
      // Missed until a 站's report was read by its own titles: its 站长 is the head, asked for by that
      // title.
      findings: ["47:1-47:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写站长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a count left as 〇〇",
      from: "聘请执法监督员12名",
      to: "聘请执法监督员〇〇名",
      findings: ["33:27-33:29 placeholder-text 模板占位符“〇〇”未替换，应填写实际内容"],
    },
    {
      mistake: "a wrong percent added to a waiting time cut from … to, in 分钟",
      from: "由上年的18分钟缩短至12分钟",
      to: "由上年的18分钟缩短至12分钟，缩短40%",
      findings: ["15:50-15:53 change-mismatch 降幅应为33%（(18-12)÷18），文中为40%"],
    },
    {
      mistake: "more passed the examination than sat it",
      from: "其中41名通过考试",
      to: "其中43名通过考试",
      findings: ["25:55-25:64 parts-exceed-total 分项43名超过总数42名；请核对总数或分项"],
    },
    {
      mistake: "the cause of the third shortcoming dropped",
      from: "三是执法信息化应用不够充分，究其原因，边检执法办案系统与地方部门数据共享渠道尚未完全打通。",
      to: "三是执法信息化应用不够充分。",
      findings: ["45:91-45:104 shortcoming-causes 第三项不足（“三是执法信息化应用不够充……”）没有分析原因：请写明原因，或统一在各项之后分析"],
    },
    {
      mistake: "the last year of the 十四五 written as the next year",
      from: "2025年是“十四五”规划收官之年",
      to: "2026年是“十四五”规划收官之年",
      // Missed until terminology knew the first and last years of the five-year periods.
      findings: ["5:112-5:116 terminology “2026”应为“2025”：“十四五”收官之年是2025年"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["53:3-53:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
  ],
  "181-town-government-yishi-paragraphs-2025.txt": [
    {
      mistake: "a 合格率 with two digits swapped",
      from: "合格率98.4%",
      to: "合格率94.8%",
      findings: ["9:119-9:127 rate-mismatch 合格率应为98.4%（124÷126），文中为94.8%"],
    },
    {
      mistake: "a 按时办结率 its counts do not give",
      from: "按时办结率99.9%",
      to: "按时办结率99.6%",
      findings: ["11:131-11:141 rate-mismatch 按时办结率应为99.9%（9455÷9462），文中为99.6%"],
    },
    {
      mistake: "a kind of devolved power raised beyond the powers",
      from: "城乡建设类9项",
      to: "城乡建设类19项",
      findings: ["15:30-15:71 parts-exceed-total 各分项之和为72项（24+17+12+19），超过总数62项；请核对总数或各分项"],
    },
    {
      mistake: "a 结案率 with two digits swapped",
      from: "结案率95.7%",
      to: "结案率97.5%",
      findings: ["15:91-15:99 rate-mismatch 结案率应为95.7%（44÷46），文中为97.5%"],
    },
    {
      mistake: "last year's title on this year's report",
      from: "关于2025年度",
      to: "关于2024年度",
      findings: ["1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "an item number skipped (一是, 二是, 四是)",
      from: "三是规范重大行政决策",
      to: "四是规范重大行政决策",
      findings: ["13:1-13:3 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "the cause of the third shortcoming dropped",
      from: "三是法治宣传教育形式较为单一，对外出务工人员和留守老人覆盖不够，究其原因，线上普法阵地建设滞后。",
      to: "三是法治宣传教育形式较为单一，对外出务工人员和留守老人覆盖不够。",
      findings: ["29:1-29:15 shortcoming-causes 第三项不足（“三是法治宣传教育形式较为……”）没有分析原因：请写明原因，或统一在各项之后分析"],
    },
    {
      mistake: "the duties part left with the 镇长's item only",
      from: "一是镇党委书记切实履行推进法治建设第一责任人职责，主持召开党委会议专题研究法治建设5次，带头讲授法治党课1次，在县委全面依法治县委员会会议上述法。\n\n二是镇长认真履行法治政府建设第一责任人职责，主持镇政府常务会议会前学法11次，审签重大执法决定6件，带头出庭应诉行政诉讼案件1件。\n\n三是镇党委书记、镇长共同督促班子成员和村党组织书记落实法治建设责任，将法治建设纳入村级年度考核。",
      to: "镇长认真履行法治政府建设第一责任人职责，主持镇政府常务会议会前学法11次，审签重大执法决定6件，带头出庭应诉行政诉讼案件1件。",
      findings: ["31:1-31:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（镇长）的履职情况，未写党委主要负责人：请补写镇党委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a count left as ××",
      from: "培育“法律明白人”186名",
      to: "培育“法律明白人”××名",
      findings: ["21:126-21:128 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年1月16日",
      to: "2026年4月16日",
      findings: ["56:1-56:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月16日"],
    },
    {
      mistake: "a book title left open",
      from: "《乡镇（街道）履行职责事项清单》",
      to: "《乡镇（街道）履行职责事项清单",
      findings: ["11:16-11:17 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "the last plenary session named by last term's number",
      from: "二十届三中、四中全会",
      to: "十九届三中、四中全会",
      // Missed until a list of the 19th term's plenums (十九届三中、四中全会) was read as one mention.
      findings: ["5:57-5:67 dated-reference 2025年度报告仍写“十九届三中、四中全会”：党的二十大已于2022年10月召开，应学习贯彻党的二十大精神"],
    },
  ],
  "182-province-healthcare-security-two-row-table.txt": [
    {
      mistake: "a 全程网办率 with two digits swapped",
      from: "全程网办率85.7%",
      to: "全程网办率87.5%",
      findings: ["11:86-11:96 rate-mismatch 全程网办率应为85.7%（24÷28），文中为87.5%"],
    },
    {
      mistake: "a wrong percent for the rise of cross-province settlements",
      from: "较上年的326.8万人次增长26.3%",
      to: "较上年的326.8万人次增长23.6%",
      findings: ["11:137-11:142 change-mismatch 增幅应为26.3%（(412.6万-326.8万)÷326.8万），文中为23.6%"],
    },
    {
      mistake: "a cleared-document outcome raised beyond the documents",
      from: "废止4件",
      to: "废止14件",
      findings: ["9:124-9:148 parts-exceed-total 各分项之和为58件（37+7+14），超过总数48件；请核对总数或各分项"],
    },
    {
      mistake: "a 办结率 with two digits swapped",
      from: "办结率98.6%",
      to: "办结率96.8%",
      findings: ["26:45-26:53 rate-mismatch 办结率应为98.6%（1836÷1862），文中为96.8%"],
    },
    {
      mistake: "an 优秀率 its counts do not give",
      from: "优秀率28.8%",
      to: "优秀率26.8%",
      findings: ["22:68-22:76 rate-mismatch 优秀率应为28.8%（46÷160），文中为26.8%"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2025年法治政府建设工作安排",
      to: "四、2024年法治政府建设工作安排",
      findings: ["44:3-44:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "the duties written of the 局长 alone",
      from: "局党组书记、局长认真履行",
      to: "局长认真履行",
      findings: ["40:1-40:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a 出庭应诉率 of 100% over fewer appearances than cases",
      from: "局负责人出庭应诉4件",
      to: "局负责人出庭应诉3件",
      findings: ["26:150-26:159 rate-mismatch 出庭应诉率应为75%（3÷4），文中为100%"],
    },
    {
      mistake: "a 2024 cell of the table's first row changed so its rows no longer add up",
      from: "定点医疗机构\t9,846",
      to: "定点医疗机构\t9,946",
      findings: ["20:4-20:10 parts-exceed-total 各分项之和为28700家（9946+18754），超过总数28600家；请核对总数或各分项"],
    },
  ],
  "183-ftz-area-committee-markdown.md": [
    {
      mistake: "a table's 同比 with two digits swapped",
      from: "增长12.7%",
      to: "增长17.2%",
      findings: ["23:31-23:36 change-mismatch 增幅应为12.7%（(4862-4315)÷4315），文中为17.2%"],
    },
    {
      mistake: "a share of foreign firms with two digits swapped",
      from: "占6.5%",
      to: "占5.6%",
      findings: ["28:26-28:30 rate-mismatch 占比应为6.5%（318÷4862），文中为5.6%"],
    },
    {
      mistake: "a kind of devolved power raised beyond the powers",
      from: "其他类24项",
      to: "其他类34项",
      findings: ["11:13-11:44 parts-exceed-total 各分项之和为136项（84+18+34），超过总数126项；请核对总数或各分项"],
    },
    {
      mistake: "a 调解成功率 with two digits swapped",
      from: "调解成功率79.2%",
      to: "调解成功率72.9%",
      findings: ["32:35-32:45 rate-mismatch 调解成功率应为79.2%（247÷312），文中为72.9%"],
    },
    {
      mistake: "a 结案率 with two digits swapped",
      from: "结案率97.2%",
      to: "结案率92.7%",
      findings: ["28:88-28:96 rate-mismatch 结案率应为97.2%（138÷142），文中为92.7%"],
    },
    {
      mistake: "last year's plans heading",
      from: "## 四、2026年法治政府建设工作安排",
      to: "## 四、2025年法治政府建设工作安排",
      findings: ["54:6-54:11 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a count left as XXX",
      from: "主动公开政府信息826条",
      to: "主动公开政府信息XXX条",
      findings: ["40:32-40:35 placeholder-text 模板占位符“XXX”未替换，应填写实际内容"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年1月20日",
      to: "2026年5月20日",
      findings: ["67:1-67:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年5月20日"],
    },
    {
      mistake: "the 管委会主任's paragraph dropped",
      from: "\n\n管委会主任认真履行法治政府建设第一责任人职责，主持召开管委会主任办公会议专题研究改革试点事项法治保障7次，对重大行政决策和规范性文件坚持先审核后审议，带头参加年度学法考试。",
      to: "",
      findings: ["48:4-48:30 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写管委会主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a table's fall written as a rise",
      from: "下降15.5%",
      to: "增长15.5%",
      findings: ["26:29-26:34 change-mismatch 从168件到142件是下降，降幅为15.5%（(168-142)÷168），文中写作增长15.5%"],
    },
    {
      mistake: "a quoted name whose closing quotation mark is lost",
      from: "“证照分离”改革",
      to: "“证照分离改革",
      findings: ["11:89-11:90 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
  ],
  "184-subdistrict-web-page-metadata.txt": [
    {
      mistake: "an 采纳率 its counts do not give",
      from: "采纳率95.5%",
      to: "采纳率96.5%",
      findings: ["21:60-21:68 rate-mismatch 采纳率应为95.5%（128÷134），文中为96.5%"],
    },
    {
      mistake: "a 结案率 with two digits swapped",
      from: "结案率97.5%",
      to: "结案率95.7%",
      findings: ["22:59-22:67 rate-mismatch 结案率应为97.5%（318÷326），文中为95.7%"],
    },
    {
      mistake: "a 按时处置率 outside the rounding of 万",
      from: "按时处置率98.0%",
      to: "按时处置率99.0%",
      findings: ["23:46-23:56 rate-mismatch 按时处置率应为98.0%（2.46万÷2.51万），文中为99.0%"],
    },
    {
      mistake: "a 调解成功率 its counts do not give",
      from: "调解成功率97.9%",
      to: "调解成功率97.0%",
      findings: ["26:59-26:69 rate-mismatch 调解成功率应为97.9%（1004÷1026），文中为97.0%"],
    },
    {
      mistake: "a 办结率 with two digits swapped",
      from: "办结率99.4%",
      to: "办结率94.9%",
      findings: ["27:43-27:51 rate-mismatch 办结率应为99.4%（8364÷8412），文中为94.9%"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2025年工作计划",
      to: "四、2024年工作计划",
      findings: ["38:5-38:10 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "the 办事处主任's paragraph dropped",
      from: "　　办事处主任认真履行法治政府建设第一责任人职责，主持办事处主任办公会议会前学法12次，审签重大执法决定9件，带头接待群众来访18次。\n",
      to: "",
      findings: ["35:3-35:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写街道办事处主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "online items raised beyond the items",
      from: "其中“全程网办”事项176项",
      to: "其中“全程网办”事项276项",
      findings: ["24:30-24:49 parts-exceed-total 分项276项超过总数208项；请核对总数或分项"],
    },
    {
      mistake: "今年 in the opening of a report dated in the next year",
      from: "2024年，云杉路街道在",
      to: "今年以来，云杉路街道在",
      findings: ["15:3-15:5 year-consistency “今年”从成文之年（2025年）算是2025年，从报告年度（2024年）算是2024年：应写明年份"],
    },
    {
      mistake: "a full stop typed twice",
      from: "不予处罚47件。",
      to: "不予处罚47件。。",
      findings: ["22:108-22:110 repeated-punctuation “。。”重复输入，应只保留一个“。”"],
    },
    {
      mistake: "dated after March 31, the page's footer below",
      from: "2025年1月24日",
      to: "2025年4月24日",
      // Missed until a footer labelled 主办：…… 承办：…… (no 单位) was read as the page's: it hid the date.
      findings: ["47:3-47:13 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月24日"],
    },
  ],
  "185-maritime-safety-bureau-utf16be.txt": [
    {
      mistake: "a 滞留率 with two digits swapped",
      from: "滞留率4.5%",
      to: "滞留率5.4%",
      // Missed until 艘次 was read as a unit, 滞留率 as a rate and 船舶 as the object of its verb (滞留船舶58艘次).
      findings: ["11:53-11:60 rate-mismatch 滞留率应为4.5%（58÷1286），文中为5.4%"],
    },
    {
      mistake: "a 通过率 its counts do not give",
      from: "通过率80.1%",
      to: "通过率81.0%",
      findings: ["11:93-11:101 rate-mismatch 通过率应为80.1%（1718÷2146），文中为81.0%"],
    },
    {
      mistake: "a 结案率 with two digits swapped",
      from: "结案率98.3%",
      to: "结案率93.8%",
      findings: ["13:41-13:49 rate-mismatch 结案率应为98.3%（405÷412），文中为93.8%"],
    },
    {
      mistake: "a 搜救成功率 with two digits swapped",
      from: "搜救成功率98.2%",
      to: "搜救成功率92.8%",
      // Missed until 搜救成功率 was a rate of its own, its count named 成功救助 (the verb's 成功 before it).
      findings: ["15:60-15:70 rate-mismatch 搜救成功率应为98.2%（214÷218），文中为92.8%"],
    },
    {
      mistake: "last year's title on this year's report",
      from: "关于2023年度",
      to: "关于2022年度",
      findings: ["1:8-1:13 year-consistency 标题中为2022年度，正文各处写的都是2023年度的情况：标题应为2023年度"],
    },
    {
      mistake: "the 局长's paragraph dropped",
      from: "局长认真履行推进法治建设第一责任人职责，主持召开局长办公会议研究执法规范化建设等涉法事项9次，审签重大行政处罚决定23件，带队开展执法质量检查3次。\r\n\r\n",
      to: "",
      findings: ["25:1-25:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "一是非现场执法手段运用不充分，电子巡航发现的违法线索转化为立案的比例不高，主要原因是电子证据采集和认定规则尚不完善。二是执法人员专业结构不够合理，熟悉船舶污染防治法律的执法人员偏少，原因在于近年来新进人员以航海技术专业为主。三是对小型船舶和渡船的普法覆盖不够，究其原因，普法活动多集中在大型港航企业。",
      to: "一是非现场执法手段运用不充分，电子巡航发现的违法线索转化为立案的比例不高。二是执法人员专业结构不够合理，熟悉船舶污染防治法律的执法人员偏少。三是对小型船舶和渡船的普法覆盖不够。",
      findings: ["21:1-21:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "dated after March 31",
      from: "2024年1月18日",
      to: "2024年4月18日",
      findings: ["40:1-40:11 publish-date 成文日期晚于次年3月31日的公开期限：2023年度报告应在2024年3月31日前成文公开，文中为2024年4月18日"],
    },
    {
      mistake: "a book title left open",
      from: "《中华人民共和国海上交通安全法》",
      to: "《中华人民共和国海上交通安全法",
      findings: ["9:69-9:70 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "a session of 2024 named in a report on 2023",
      from: "二十届二中全会",
      to: "二十届三中全会",
      findings: ["5:45-5:52 dated-reference 2023年度报告提到“二十届三中全会”，但党的二十届三中全会于2024年7月召开：请核对报告年度"],
    },
    {
      mistake: "a count after a 中 with no comma, beyond the count it follows (48项政务服务事项中56项实现全程网办)",
      from: "48项政务服务事项中46项",
      to: "48项政务服务事项中56项",
      findings: ["11:117-11:130 parts-exceed-total 分项56项超过总数48项；请核对总数或分项"],
    },
  ],
  "186-guangdong-county-hk-variant-traditional.txt": [
    {
      mistake: "a 全程網辦率 with two digits swapped",
      from: "全程網辦率92.5%",
      to: "全程網辦率95.2%",
      findings: ["9:58-9:68 rate-mismatch 全程网办率应为92.5%（1652÷1786），文中为95.2%"],
    },
    {
      mistake: "a wrong percent for the fall of penalty cases",
      from: "下降8.9%",
      to: "下降9.8%",
      findings: ["15:50-15:54 change-mismatch 降幅应为8.9%（(1412-1286)÷1412），文中为9.8%"],
    },
    {
      mistake: "a 糾錯率 its counts do not give",
      from: "糾錯率11.9%",
      to: "糾錯率19.1%",
      findings: ["19:71-19:79 rate-mismatch 纠错率应为11.9%（(3+2)÷42），文中为19.1%"],
    },
    {
      mistake: "an 優秀率 its counts do not give",
      from: "優秀率30.0%",
      to: "優秀率33.0%",
      findings: ["15:101-15:109 rate-mismatch 优秀率应为30.0%（72÷240），文中为33.0%"],
    },
    {
      mistake: "a 調解成功率 with two digits swapped",
      from: "調解成功率97.4%",
      to: "調解成功率94.7%",
      findings: ["19:108-19:118 rate-mismatch 调解成功率应为97.4%（912÷936），文中为94.7%"],
    },
    {
      mistake: "an outcome raised beyond the cases closed",
      from: "維持28件",
      to: "維持38件",
      findings: ["19:37-19:70 parts-exceed-total 各分项之和为52件（38+5+3+2+4），超过总数42件；请核对总数或各分项"],
    },
    {
      mistake: "last year's title on this year's report",
      from: "關於2022年度",
      to: "關於2021年度",
      findings: ["1:10-1:15 year-consistency 标题中为2021年度，正文各处写的都是2022年度的情况：标题应为2022年度"],
    },
    {
      mistake: "the 縣長's sentence dropped",
      from: "縣長認真履行法治政府建設第一責任人職責，主持縣政府常務會議會前學法12次，對重大行政決策堅持先審核後決策，帶頭出庭應訴行政訴訟案件1件。",
      to: "",
      findings: ["29:1-29:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（縣委書記）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a 「 left open",
      from: "「全程網辦」事項",
      to: "「全程網辦事項",
      findings: ["9:43-9:44 paired-punctuation 前直角引号后面没有对应的后直角引号：请补上后直角引号，或删去这个前直角引号"],
    },
    {
      mistake: "dated after March 31",
      from: "2023年2月8日",
      to: "2023年4月8日",
      findings: ["42:1-42:10 publish-date 成文日期晚于次年3月31日的公开期限：2022年度报告应在2023年3月31日前成文公开，文中为2023年4月8日"],
    },
  ],
  "187-province-drug-administration-word-cover-page.txt": [
    {
      mistake: "a 办结率 its counts do not give",
      from: "办结率99.1%",
      to: "办结率99.9%",
      findings: ["17:111-17:119 rate-mismatch 办结率应为99.1%（3098÷3126），文中为99.9%"],
    },
    {
      mistake: "a 不合格率 with its digits changed",
      from: "不合格率0.6%",
      to: "不合格率0.9%",
      findings: ["23:41-23:49 rate-mismatch 不合格率应为0.6%（41÷6800），文中为0.9%"],
    },
    {
      mistake: "a kind of power raised beyond the list",
      from: "其他17项",
      to: "其他27项",
      findings: ["17:27-17:63 parts-exceed-total 各分项之和为196项（42+96+31+27），超过总数186项；请核对总数或各分项"],
    },
    {
      mistake: "a kind of case raised beyond the cases",
      from: "化妆品案件13件",
      to: "化妆品案件23件",
      findings: ["23:101-23:133 parts-exceed-total 各分项之和为96件（52+21+23），超过总数86件；请核对总数或各分项"],
    },
    {
      mistake: "more opinions adopted than received",
      from: "采纳89条",
      to: "采纳118条",
      findings: ["21:87-21:93 parts-exceed-total 采纳118条多于收到112条；采纳数不应超过收到数，请核对"],
    },
    {
      mistake: "an 按期办结率 its counts do not give",
      from: "按期办结率98.2%",
      to: "按期办结率98.8%",
      findings: ["27:112-27:122 rate-mismatch 按期办结率应为98.2%（1318÷1342），文中为98.8%"],
    },
    {
      mistake: "last year in the opening, under a cover page",
      from: "2024年，省药品监督管理局坚持",
      to: "2023年，省药品监督管理局坚持",
      // Missed until a cover page before a form feed was read as front matter: the title's line over the text was taken for the opening.
      findings: ["13:1-13:6 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "dated after March 31 (the cover says only 2025年1月)",
      from: "2025年1月22日",
      to: "2025年4月22日",
      findings: ["58:1-58:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月22日"],
    },
    {
      mistake: "the duties written of the Party secretary alone",
      from: "局党组书记、局长认真履行",
      to: "局党组书记认真履行",
      findings: ["37:1-37:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "an 优秀率 with two digits swapped",
      from: "优秀率30.0%",
      to: "优秀率33.0%",
      findings: ["23:206-23:214 rate-mismatch 优秀率应为30.0%（54÷180），文中为33.0%"],
    },
  ],
  "188-city-health-commission-2020.txt": [
    {
      mistake: "a 完成率 with two digits swapped",
      from: "完成率98.7%",
      to: "完成率97.8%",
      findings: ["15:62-15:70 rate-mismatch 完成率应为98.7%（1862÷1886），文中为97.8%"],
    },
    {
      mistake: "a 结案率 with two digits swapped",
      from: "结案率95.7%",
      to: "结案率97.5%",
      findings: ["15:95-15:103 rate-mismatch 结案率应为95.7%（312÷326），文中为97.5%"],
    },
    {
      mistake: "an 优秀率 its counts do not give",
      from: "优秀率80.0%",
      to: "优秀率85.0%",
      findings: ["15:140-15:148 rate-mismatch 优秀率应为80.0%（96÷120），文中为85.0%"],
    },
    {
      mistake: "a 调解成功率 with two digits swapped",
      from: "调解成功率93.5%",
      to: "调解成功率95.3%",
      findings: ["17:44-17:54 rate-mismatch 调解成功率应为93.5%（58÷62），文中为95.3%"],
    },
    {
      mistake: "an 按期办结率 its counts do not give",
      from: "按期办结率97.1%",
      to: "按期办结率91.7%",
      findings: ["17:88-17:98 rate-mismatch 按期办结率应为97.1%（4186÷4312），文中为91.7%"],
    },
    {
      mistake: "this year's plans heading in the plans",
      from: "四、2021年法治政府建设工作安排",
      to: "四、2020年法治政府建设工作安排",
      findings: ["31:3-31:8 year-consistency “下一年度主要安排”应写2021年的安排，标题中为2020年"],
    },
    {
      mistake: "the next 纲要 named as the one ending this year",
      from: "《法治政府建设实施纲要（2015—2020年）》的收官之年",
      to: "《法治政府建设实施纲要（2021—2025年）》的收官之年",
      findings: ["5:7-5:31 dated-reference 2020年度报告提到“《法治政府建设实施纲要（2021—2025年）》”，但《法治政府建设实施纲要（2021—2025年）》于2021年8月印发：请核对报告年度"],
    },
    {
      mistake: "a plenary session of 2021 in a report on 2020",
      from: "四中、五中全会",
      to: "四中、六中全会",
      // Missed until 十九届六中全会 was read at the end of a list of plenums.
      findings: ["5:95-5:111 dated-reference 2020年度报告提到“十九届二中、三中、四中、六中全会”，但党的十九届六中全会于2021年11月召开：请核对报告年度"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "主要原因是县级卫生健康综合监督执法机构改革后人员流失较多，专业执法人员补充不及时。二是疫情防控期间部分行政执法活动改为线上开展，执法文书制作不够规范，原因在于线上执法程序规范尚未建立。三是医疗卫生机构依法执业自律意识有待增强，究其原因，部分民营医疗机构负责人法治培训参与较少。",
      to: "二是疫情防控期间部分行政执法活动改为线上开展，执法文书制作不够规范。三是医疗卫生机构依法执业自律意识有待增强。",
      findings: ["23:1-23:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
  ],
  "189-prefecture-administrative-office-2021.txt": [
    {
      mistake: "a 全程网办率 its counts do not give",
      from: "全程网办率78.0%",
      to: "全程网办率87.0%",
      findings: ["9:76-9:86 rate-mismatch 全程网办率应为78.0%（986÷1264），文中为87.0%"],
    },
    {
      mistake: "a 纠错率 its counts do not give",
      from: "纠错率10.2%",
      to: "纠错率12.0%",
      findings: ["19:73-19:81 rate-mismatch 纠错率应为10.2%（(3+2)÷49），文中为12.0%"],
    },
    {
      mistake: "an outcome raised beyond the cases closed",
      from: "维持36件",
      to: "维持46件",
      findings: ["19:39-19:72 parts-exceed-total 各分项之和为59件（46+4+3+2+4），超过总数49件；请核对总数或各分项"],
    },
    {
      mistake: "an 优秀率 its counts do not give",
      from: "优秀率30.0%",
      to: "优秀率33.0%",
      findings: ["15:128-15:136 rate-mismatch 优秀率应为30.0%（108÷360），文中为33.0%"],
    },
    {
      mistake: "a 调解成功率 its counts do not give",
      from: "调解成功率97.0%",
      to: "调解成功率96.0%",
      findings: ["19:115-19:125 rate-mismatch 调解成功率应为97.0%（2296÷2368），文中为96.0%"],
    },
    {
      mistake: "the 地委书记's paragraph dropped",
      from: "地委书记切实履行推进法治建设第一责任人职责，主持召开地委全面依法治地委员会会议2次，研究部署党史学习教育中的法治教育和“八五”普法工作，带头讲授法治专题党课1次。\n\n",
      to: "",
      findings: ["29:1-29:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（行署专员）的履职情况，未写党委主要负责人：请补写地委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2022年法治政府建设工作安排",
      to: "四、2021年法治政府建设工作安排",
      findings: ["35:3-35:8 year-consistency “下一年度主要安排”应写2022年的安排，标题中为2021年"],
    },
    {
      mistake: "dated after March 31",
      from: "2022年2月15日",
      to: "2022年5月15日",
      findings: ["44:1-44:11 publish-date 成文日期晚于次年3月31日的公开期限：2021年度报告应在2022年3月31日前成文公开，文中为2022年5月15日"],
    },
    {
      mistake: "the 行署专员's paragraph dropped",
      from: "\n\n行署专员认真履行法治政府建设第一责任人职责，主持召开行署专员办公会议会前学法10次，审定行署重大行政决策事项目录，对行署规范性文件坚持先审核后审议，带头出庭应诉行政诉讼案件1件。",
      to: "",
      // Missed until 地委 was a Party organ: 地委书记 named nobody, and the part named only him.
      findings: ["29:1-29:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（地委书记）的履职情况，未写政府主要负责人：请补写行署专员履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the 纲要 with a wrong end year",
      from: "《法治政府建设实施纲要（2021—2025年）》，推动",
      to: "《法治政府建设实施纲要（2021—2035年）》，推动",
      // Missed until terminology knew the outline's last year as well as its first.
      findings: ["5:140-5:154 terminology “纲要（2021—2035年）”应为“纲要（2021—2025年）”：中共中央、国务院印发的是《法治政府建设实施纲要（2021—2025年）》，截止年份写错"],
    },
  ],
  "190-county-joint-party-government-word-tabs.txt": [
    {
      mistake: "a 纠错率 with two digits swapped",
      from: "纠错率11.5%",
      to: "纠错率15.1%",
      findings: ["35:49-35:57 rate-mismatch 纠错率应为11.5%（(7+4)÷96），文中为15.1%"],
    },
    {
      mistake: "a 败诉率 with two digits swapped",
      from: "败诉率5.2%",
      to: "败诉率2.5%",
      // Missed until the heads' appearances in court (出庭应诉58件) were passed over, like an outcome, on the way to the cases.
      findings: ["35:92-35:99 rate-mismatch 败诉率应为5.2%（3÷58），文中为2.5%"],
    },
    {
      mistake: "a 合格率 its counts do not give",
      from: "合格率92.9%",
      to: "合格率96.9%",
      findings: ["27:73-27:81 rate-mismatch 合格率应为92.9%（182÷196），文中为96.9%"],
    },
    {
      mistake: "a cleared-document outcome raised beyond the documents",
      from: "废止9件",
      to: "废止19件",
      findings: ["19:63-19:88 parts-exceed-total 各分项之和为106件（75+12+19），超过总数96件；请核对总数或各分项"],
    },
    {
      mistake: "a 全程网办率 with two digits swapped",
      from: "全程网办率92.4%",
      to: "全程网办率94.2%",
      findings: ["15:46-15:56 rate-mismatch 全程网办率应为92.4%（1518÷1642），文中为94.2%"],
    },
    {
      mistake: "last year's title, under the 签发人 line",
      from: "关于2023年度",
      to: "关于2022年度",
      // Missed until the 签发人 on the 文号's line was read as the 版头: the title under it was not found and the report had no year.
      findings: ["5:3-5:8 year-consistency 标题中为2022年度，正文各处写的都是2023年度的情况：标题应为2023年度"],
    },
    {
      mistake: "the 县长's paragraph dropped",
      from: "\n\n县长认真履行法治政府建设第一责任人职责，主持召开县政府常务会议会前学法12次，审定县政府重大行政决策事项目录，带头出庭应诉行政诉讼案件2件。",
      to: "",
      findings: ["53:1-53:28 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a section number skipped, a tab after it",
      from: "（三）\t推进科学民主依法决策",
      to: "（四）\t推进科学民主依法决策",
      findings: ["21:1-21:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "a 调解成功率 its counts do not give",
      from: "调解成功率98.2%",
      to: "调解成功率99.2%",
      findings: ["35:132-35:142 rate-mismatch 调解成功率应为98.2%（2862÷2914），文中为99.2%"],
    },
    {
      mistake: "dated after March 31",
      from: "2024年1月26日",
      to: "2024年4月26日",
      findings: ["70:1-70:11 publish-date 成文日期晚于次年3月31日的公开期限：2023年度报告应在2024年3月31日前成文公开，文中为2024年4月26日"],
    },
  ],
  "191-city-local-finance-bureau-plans-table.txt": [
    {
      mistake: "a kind of institution raised beyond the institutions",
      from: "商业保理公司5家",
      to: "商业保理公司15家",
      findings: ["9:25-9:76 parts-exceed-total 各分项之和为82家（26+18+14+9+15），超过总数72家；请核对总数或各分项"],
    },
    {
      mistake: "a 办结率 with two digits swapped",
      from: "办结率96.9%",
      to: "办结率99.6%",
      findings: ["9:120-9:128 rate-mismatch 办结率应为96.9%（62÷64），文中为99.6%"],
    },
    {
      mistake: "an 整改率 its counts do not give",
      from: "整改率93.0%",
      to: "整改率95.0%",
      findings: ["13:46-13:54 rate-mismatch 整改率应为93.0%（119÷128），文中为95.0%"],
    },
    {
      mistake: "a 办结率 of complaints its counts do not give",
      from: "办结率98.3%",
      to: "办结率98.8%",
      findings: ["17:33-17:41 rate-mismatch 办结率应为98.3%（281÷286），文中为98.8%"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2023年法治政府建设工作安排",
      to: "四、2022年法治政府建设工作安排",
      findings: ["31:3-31:8 year-consistency “下一年度主要安排”应写2023年的安排，标题中为2022年"],
    },
    {
      mistake: "the plans table cut to two rows",
      from: "3\t推进“失联”“空壳”小额贷款公司出清\t监管二科\t2023年9月\n4\t建立非法集资风险监测预警平台\t非法集资处置科\t2023年6月\n",
      to: "",
      // Missed until a table of plans counted its rows, and neither its header nor the sentence announcing it (……以下工作：).
      findings: ["31:1-31:18 plan-specificity “下一年度主要安排”只分出2项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "the duties written of the Party secretary alone",
      from: "局党组书记、局长认真履行",
      to: "局党组书记认真履行",
      findings: ["27:1-27:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a cleared-document outcome raised beyond the documents",
      from: "废止5件",
      to: "废止25件",
      findings: ["11:77-11:93 parts-exceed-total 各分项之和为28件（3+25），超过总数23件；请核对总数或各分项"],
    },
  ],
  "192-county-audit-bureau-bracket-labels.txt": [
    {
      mistake: "a kind of audit raised beyond the audits",
      from: "政府投资审计8个",
      to: "政府投资审计18个",
      findings: ["11:23-11:66 parts-exceed-total 各分项之和为68个（12+21+17+18），超过总数58个；请核对总数或各分项"],
    },
    {
      mistake: "an 采纳率 with two digits swapped",
      from: "采纳率93.7%",
      to: "采纳率97.3%",
      findings: ["15:31-15:39 rate-mismatch 采纳率应为93.7%（268÷286），文中为97.3%"],
    },
    {
      mistake: "an 整改率 its counts do not give",
      from: "整改率94.4%",
      to: "整改率95.4%",
      findings: ["17:45-17:53 rate-mismatch 整改率应为94.4%（389÷412），文中为95.4%"],
    },
    {
      mistake: "a 持证率 with two digits swapped",
      from: "持证率95.7%",
      to: "持证率97.5%",
      findings: ["13:71-13:79 rate-mismatch 持证率应为95.7%（44÷46），文中为97.5%"],
    },
    {
      mistake: "last year's title on this year's report",
      from: "石溪县审计局2022年度",
      to: "石溪县审计局2021年度",
      findings: ["1:7-1:12 year-consistency 标题中为2021年度，正文各处写的都是2022年度的情况：标题应为2022年度"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "主要原因是部分问题涉及历史遗留事项，整改难度较大。二是大数据审计能力不足，原因在于既懂审计又懂数据分析的复合型人才缺乏。三是审计法治宣传形式较为单一，究其原因，宣传工作多依附于审计项目开展，缺少常态化安排。",
      to: "二是大数据审计能力不足。三是审计法治宣传形式较为单一。",
      findings: ["25:1-25:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the duties written of the 局长 alone",
      from: "局党组书记、局长认真履行",
      to: "局长认真履行",
      findings: ["29:1-29:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a 【 left open",
      from: "【推进审计信息化】",
      to: "【推进审计信息化",
      findings: ["19:1-19:2 paired-punctuation 前方头括号后面没有对应的后方头括号：请补上后方头括号，或删去这个前方头括号"],
    },
    {
      mistake: "dated after March 31",
      from: "2023年2月3日",
      to: "2023年4月3日",
      findings: ["42:1-42:10 publish-date 成文日期晚于次年3月31日的公开期限：2022年度报告应在2023年3月31日前成文公开，文中为2023年4月3日"],
    },
  ],
  "193-county-government-npc-speech.txt": [
    {
      mistake: "last year's report year left in the reporting sentence (我受……委托，向会议报告……)",
      from: "向会议报告2025年度",
      to: "向会议报告2024年度",
      findings: ["7:16-7:21 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "delivered in the year it reports on: the year of writing not updated",
      from: "——2026年3月18日",
      to: "——2025年3月18日",
      findings: ["2:3-2:13 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年3月18日，是否应为2026年3月18日？"],
    },
    {
      mistake: "delivered after March 31, no other date",
      from: "——2026年3月18日",
      to: "——2026年4月18日",
      findings: ["2:3-2:13 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月18日"],
    },
    {
      mistake: "an 优秀率 its counts do not give",
      from: "优秀率30.0%",
      to: "优秀率32.0%",
      findings: ["19:101-19:109 rate-mismatch 优秀率应为30.0%（72÷240），文中为32.0%"],
    },
    {
      mistake: "an outcome of the 行政复议 cases raised beyond those concluded",
      from: "调解和解14件",
      to: "调解和解24件",
      findings: ["23:97-23:126 parts-exceed-total 各分项之和为84件（51+9+24），超过总数74件；请核对总数或各分项"],
    },
    {
      mistake: "fewer heads appearing in court than cases, the rate kept at 100%",
      from: "出庭应诉23件，出庭",
      to: "出庭应诉21件，出庭",
      findings: ["23:160-23:169 rate-mismatch 出庭应诉率应为91%（21÷23），文中为100%"],
    },
    {
      mistake: "the duties written of the 县长 alone",
      from: "县委书记认真履行推进法治建设第一责任人职责，主持召开县委常委会会议研究法治建设工作5次，带头开展年度述法。",
      to: "",
      findings: ["31:1-31:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（县长）的履职情况，未写党委主要负责人：请补写县委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["35:3-35:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a skipped （三）",
      from: "（三）推进重大",
      to: "（四）推进重大",
      findings: ["17:1-17:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "×× left for a count",
      from: "保留行政权力事项3126项",
      to: "保留行政权力事项××项",
      findings: ["13:36-13:38 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "last year's year left in the account below the reporting sentence",
      from: "2025年，县政府坚持",
      to: "2024年，县政府坚持",
      findings: ["9:1-9:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "，主要原因是乡镇执法人员专业力量不足、培训不够系统。二是行政复议纠错后部分机关整改不及时，原因在于复议意见落实跟踪机制还不健全。三是法治宣传的针对性不够强，究其原因，普法内容与群众需求结合不够紧密。",
      to: "。二是行政复议纠错后部分机关整改不及时。三是法治宣传的针对性不够强。",
      findings: ["27:1-27:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
  ],
  "194-city-government-npc-speech.md": [
    {
      mistake: "last year's report year left in the reporting sentence (受……委托，现将……报告如下，请予审议)",
      from: "现将2025年度全市",
      to: "现将2024年度全市",
      findings: ["9:12-9:17 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "last year's year left in the account below the reporting sentence",
      from: "2025年，市政府坚持",
      to: "2024年，市政府坚持",
      findings: ["11:1-11:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "delivered in the year it reports on: the year of writing not updated",
      from: "（2026年2月26日在",
      to: "（2025年2月26日在",
      findings: ["3:2-3:12 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年2月26日，是否应为2026年2月26日？"],
    },
    {
      mistake: "an 优秀率 its counts do not give",
      from: "优秀率29.0%",
      to: "优秀率27.0%",
      findings: ["35:25-35:33 rate-mismatch 优秀率应为29.0%（174÷600），文中为27.0%"],
    },
    {
      mistake: "a fall with two digits swapped",
      from: "下降4.6%",
      to: "下降6.4%",
      findings: ["35:60-35:64 change-mismatch 降幅应为4.6%（(6107-5826)÷6107），文中为6.4%"],
    },
    {
      mistake: "a 结案率 its counts do not give",
      from: "结案率96.6%",
      to: "结案率98.6%",
      findings: ["39:23-39:31 rate-mismatch 结案率应为96.6%（398÷412），文中为98.6%"],
    },
    {
      mistake: "the duties written of the Party secretary alone",
      from: "市长履行推进法治建设第一责任人职责，主持市政府常务会议学法4次，带头出庭应诉行政诉讼案件1件，督促各部门整改复议纠错案件。",
      to: "",
      findings: ["45:4-45:30 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（市委书记）的履职情况，未写政府主要负责人：请补写市长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the plans cut to two items",
      from: "3. 完善行政复议调解和解机制，提高调解和解结案比例。\n4. 推进部门间执法数据共享，建成市行政执法协同平台。\n",
      to: "",
      findings: ["49:4-49:15 plan-specificity “下一年度主要安排”只分出2项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排"],
    },
    {
      mistake: "last year's plans heading",
      from: "## 四、2026年工作安排",
      to: "## 四、2025年工作安排",
      findings: ["49:6-49:11 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "，主要原因是部分区县执法人员流动较大、业务培训不足。二是行政复议化解行政争议的主渠道作用发挥不够充分，原因在于调解和解工作机制还不完善。三是数字法治政府建设相对滞后，根源在于部门间数据共享壁垒尚未完全打破。",
      to: "。二是行政复议化解行政争议的主渠道作用发挥不够充分。三是数字法治政府建设相对滞后。",
      findings: ["41:4-41:14 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "XX left for a count",
      from: "公布市级部门权责事项4218项",
      to: "公布市级部门权责事项XX项",
      findings: ["21:22-21:24 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a skipped （三）",
      from: "### （三）健全制度体系",
      to: "### （四）健全制度体系",
      findings: ["23:5-23:8 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
  ],
  "195-county-health-bureau-pipe-table.txt": [
    {
      mistake: "a 合格率 its counts do not give (57 of 58)",
      from: "合格率98.3%",
      to: "合格率96.3%",
      findings: ["22:172-22:180 rate-mismatch 合格率应为98.3%（57÷58），文中为96.3%"],
    },
    {
      mistake: "a 调解成功率 with two digits swapped",
      from: "调解成功率91.4%",
      to: "调解成功率94.1%",
      findings: ["26:51-26:61 rate-mismatch 调解成功率应为91.4%（53÷58），文中为94.1%"],
    },
    {
      mistake: "a share of the year's punishments (占全年处罚案件的) after an amount and a change",
      from: "占全年处罚案件的23.1%",
      to: "占全年处罚案件的32.1%",
      findings: ["22:115-22:120 rate-mismatch 占比应为23.1%（34÷147），文中为32.1%"],
    },
    {
      mistake: "a 其中 part after an amount larger than the punishments before it",
      from: "其中随机抽查发现问题后立案34件",
      to: "其中随机抽查发现问题后立案174件",
      findings: ["22:57-22:107 parts-exceed-total 分项174件超过总数147件；请核对总数或分项"],
    },
    {
      mistake: "a fall of the amounts its two figures do not give",
      from: "下降11.2%",
      to: "下降12.2%",
      findings: ["22:84-22:89 change-mismatch 降幅应为11.2%（(97.3万-86.4万)÷97.3万），文中为12.2%"],
    },
    {
      mistake: "a 其中 kind of powers raised beyond the list's total",
      from: "行政检查36项",
      to: "行政检查63项",
      findings: ["9:35-9:76 parts-exceed-total 各分项之和为339项（41+198+63+37），超过总数312项；请核对总数或各分项"],
    },
    {
      mistake: "last year's year left in the title",
      from: "关于2025年度法治政府",
      to: "关于2024年度法治政府",
      findings: ["1:11-1:16 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["38:3-38:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the duties part deleted, the plans renumbered 三、 and the other part left 五、",
      from: "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n局党组书记、局长认真履行推进法治建设第一责任人职责，把法治建设与卫生健康业务工作同谋划、同部署、同推进。全年主持召开局党组会议专题研究法治建设工作4次，带头开展党组理论学习中心组集体学法6次，审签重大执法决定12件，带头出庭应诉行政诉讼案件2件；年初与各股室、县直医疗卫生单位主要负责人签订法治建设责任书，年底组织述法评议，推动法治建设责任层层落实。\n\n四、2026",
      to: "三、2026",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "44:1-44:3 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”",
      ],
    },
    {
      mistake: "shortcomings without their causes",
      from: "，主要原因是编制紧张，公共卫生专业人才引进难、留住难。二是部分民营医疗机构依法执业意识不强，超范围执业等问题反复出现，根源在于日常培训和警示教育覆盖面不够，信用惩戒手段运用不足。三是在线监测等信息化监管手段不足，目前仅覆盖公共场所和生活饮用水两个专业，原因是监测设备投入有限，与上级平台的数据对接尚未完成。",
      to: "。二是部分民营医疗机构依法执业意识不强，超范围执业等问题反复出现。三是在线监测等信息化监管手段不足，目前仅覆盖公共场所和生活饮用水两个专业。",
      findings: ["30:1-30:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a fill-in note left for a count",
      from: "审签重大执法决定12件",
      to: "审签重大执法决定【此处填写】件",
      findings: ["36:105-36:111 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "a half-width comma in prose",
      from: "全面推行证明事项告知承诺制，精简",
      to: "全面推行证明事项告知承诺制,精简",
      findings: ["9:90-9:91 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "a 合计 cell of the pipe table below the sum of its rows",
      from: "| 合计 | 652 | 652 | 91 | 34 |",
      to: "| 合计 | 652 | 652 | 81 | 34 |",
      findings: ["20:20-20:22 parts-exceed-total 各分项之和为91户（32+27+6+11+15），超过总数81户；请核对总数或各分项"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年2月12日",
      to: "2026年4月12日",
      findings: ["53:1-53:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月12日"],
    },
  ],
  "196-city-civil-affairs-wechat-bold-lines.txt": [
    {
      mistake: "a 参检率 with two digits swapped",
      from: "参检率95.3%",
      to: "参检率93.5%",
      findings: ["15:92-15:100 rate-mismatch 参检率应为95.3%（2196÷2305），文中为93.5%"],
    },
    {
      mistake: "a growth with two digits swapped",
      from: "增长17.4%",
      to: "增长14.7%",
      findings: ["15:173-15:178 change-mismatch 增幅应为17.4%（(27-23)÷23），文中为14.7%"],
    },
    {
      // The kinds of penalty may overlap (one decision may impose several), so they are not added up; one alone is held to the cases.
      mistake: "a 其中 kind of penalty raised beyond the cases",
      from: "其中警告9件",
      to: "其中警告29件",
      findings: ["15:160-15:186 parts-exceed-total 分项29件超过总数27件；请核对总数或分项"],
    },
    {
      mistake: "a 其中 kind of organization raised beyond the total",
      from: "其中社会团体826家",
      to: "其中社会团体1,826家",
      findings: ["15:18-15:57 parts-exceed-total 各分项之和为3418家（1826+1547+45），超过总数2418家；请核对总数或各分项"],
    },
    {
      mistake: "last year's year left in the opening",
      from: "现将2025年度法治政府建设情况报告如下",
      to: "现将2024年度法治政府建设情况报告如下",
      findings: ["3:120-3:125 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "a repeated （二） in the plans",
      from: "（三）提升民政数字化治理水平",
      to: "（二）提升民政数字化治理水平",
      findings: ["45:1-45:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”"],
    },
    {
      mistake: "an unpaired opening quote",
      from: "“僵尸型”社会组织",
      to: "“僵尸型社会组织",
      findings: ["15:112-15:113 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "×× left in the signature",
      from: "沧澜市民政局\n2026年3月6日",
      to: "××市民政局\n2026年3月6日",
      findings: ["53:1-53:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "dated in the year it reports on",
      from: "2026年3月6日",
      to: "2025年3月6日",
      findings: ["54:1-54:10 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年3月6日，是否应为2026年3月6日？"],
    },
  ],
  "197-autonomous-prefecture-annex-contact-footer.txt": [
    {
      mistake: "an 优秀率 its counts do not give",
      from: "优秀率30.0%",
      to: "优秀率36.0%",
      findings: ["15:100-15:108 rate-mismatch 优秀率应为30.0%（186÷620），文中为36.0%"],
    },
    {
      mistake: "a 纠错率 with two digits swapped",
      from: "纠错率12.8%",
      to: "纠错率18.2%",
      findings: ["17:135-17:143 rate-mismatch 纠错率应为12.8%（117÷912），文中为18.2%"],
    },
    {
      mistake: "a 调解成功率 its counts in 万 do not give",
      from: "调解成功率97.7%",
      to: "调解成功率99.7%",
      findings: ["19:70-19:80 rate-mismatch 调解成功率应为97.7%（2.13万÷2.18万），文中为99.7%"],
    },
    {
      mistake: "more applications admitted (受理) than received (收到)",
      from: "受理956件",
      to: "受理1,056件",
      findings: ["17:101-17:109 parts-exceed-total 受理1056件多于收到1028件；受理数不应超过收到数，请核对"],
    },
    {
      mistake: "the shortcomings part deleted",
      from: "二、存在的不足和原因\n\n一是法治政府建设区域发展不平衡，边境县、山区县基础薄弱，主要原因是财力有限，法治工作力量和经费保障不足。二是行政执法规范化水平有待提升，部分乡镇承接下放事项后“接不住、管不好”，原因在于基层执法人员数量少、专业化程度低，培训指导跟进不够。三是双语法治人才短缺，能用傣语开展执法和法律服务的人员不足，根源在于双语人才培养机制尚未健全。对2024年度报告反映的“重大行政决策程序执行不够严格”问题，已修订州政府重大行政决策程序规定，建立决策事项目录动态管理和执行情况后评估制度，整改到位。\n\n",
      to: "",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "23:1-23:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”",
      ],
    },
    {
      mistake: "the 州长's paragraph dropped",
      from: "州长认真履行推进法治建设第一责任人职责，全年主持召开州政府常务会议专题学法6次，研究法治政府建设重大事项4次，对6项重大行政决策坚持依法决策，带头出庭应诉行政诉讼案件1件，督促各县（市）人民政府和州级部门落实法治政府建设年度任务。\n\n",
      to: "",
      findings: ["27:1-27:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（州委书记）的履职情况，未写政府主要负责人：请补写州长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the plans opened with the report year (2025年，州人民政府将……)",
      from: "2026年是“十五五”开局之年。州人民政府将",
      to: "2026年是“十五五”开局之年。2025年，州人民政府将",
      findings: ["35:17-35:22 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年2月27日",
      to: "2026年4月27日",
      findings: ["45:1-45:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月27日"],
    },
    {
      mistake: "a half-width comma in the duties",
      from: "审议通过年度工作要点等文件8件，",
      to: "审议通过年度工作要点等文件8件,",
      findings: ["29:58-29:59 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "last year's count added before a growth it does not give",
      from: "新登记经营主体4.12万户，同比增长6.8%",
      to: "新登记经营主体4.12万户，较上年的3.76万户增长6.8%",
      findings: ["9:124-9:128 change-mismatch 增幅应为9.6%（(4.12万-3.76万)÷3.76万），文中为6.8%"],
    },
    {
      mistake: "the contact line's phone number left as ××",
      from: "联系电话：0692-2125678",
      to: "联系电话：××××-×××××××",
      findings: [
        "49:20-49:24 placeholder-text 模板占位符“××××”未替换，应填写实际内容",
        "49:25-49:32 placeholder-text 模板占位符“×××××××”未替换，应填写实际内容",
      ],
    },
  ],
  "198-town-plans-numbered-under-part.txt": [
    {
      mistake: "a 结案率 with two digits swapped",
      from: "结案率95.7%",
      to: "结案率97.5%",
      findings: ["11:86-11:94 rate-mismatch 结案率应为95.7%（44÷46），文中为97.5%"],
    },
    {
      mistake: "a 调解成功率 with two digits swapped",
      from: "调解成功率98.2%",
      to: "调解成功率92.8%",
      findings: ["15:62-15:72 rate-mismatch 调解成功率应为98.2%（379÷386），文中为92.8%"],
    },
    {
      mistake: "a 其中 kind of powers raised beyond the list's total",
      from: "行政强制事项8项",
      to: "行政强制事项18项",
      findings: ["9:44-9:79 parts-exceed-total 各分项之和为94项（61+15+18），超过总数84项；请核对总数或各分项"],
    },
    {
      mistake: "a part listed with 分别为 raised beyond the disputes mediated",
      from: "分别为142件、108件、81件",
      to: "分别为242件、108件、81件",
      findings: ["15:57-15:105 parts-exceed-total 各分项之和为431件（242+108+81），既超过379件，也超过其所出自的总数386件（分项可能是两者中任一个的）；请核对总数或各分项"],
    },
    {
      mistake: "the plans numbered 1. 2. 2. 4.",
      from: "3.创新普法宣传方式",
      to: "2.创新普法宣传方式",
      findings: ["39:1-39:3 heading-numbering 标题序号重复：“2.”与上一个同级标题相同，此处应为“3.”"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2026年工作打算",
      to: "四、2025年工作打算",
      findings: ["33:3-33:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the causes of all three shortcomings dropped",
      from: "，主要原因是执法队人员多由原站所人员转岗而来，系统培训不足。\n\n（二）基层法治宣传针对性不强。普法活动以发放资料、悬挂横幅为主，原因在于镇村普法队伍力量薄弱，缺乏贴近群众需求的宣传形式。\n\n（三）法律顾问作用发挥不均衡。个别村（社区）法律顾问服务频次偏低，究其原因，主要是考核激励机制不健全，服务情况与报酬挂钩不紧。",
      to: "。\n\n（二）基层法治宣传针对性不强。普法活动以发放资料、悬挂横幅为主。\n\n（三）法律顾问作用发挥不均衡。个别村（社区）法律顾问服务频次偏低。",
      findings: ["19:1-19:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the 镇长's paragraph dropped",
      from: "镇长切实履行推进法治建设第一责任人职责，把法治政府建设纳入镇政府年度重点工作，主持镇政府常务会议学法6次，亲自协调解决执法队办公场所、执法装备等问题，带头接待群众来访22批次。\n\n",
      to: "",
      findings: ["27:1-27:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写镇长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "last year's year left in the opening",
      from: "现将2025年度有关工作情况",
      to: "现将2024年度有关工作情况",
      findings: ["5:86-5:91 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "a skipped （四）",
      from: "（四）化解基层矛盾纠纷",
      to: "（五）化解基层矛盾纠纷",
      findings: ["15:1-15:4 heading-numbering 标题序号跳号：此处应为“（四）”，文中为“（五）”"],
    },
    {
      mistake: "dated in the year it reports on",
      from: "2026年1月20日",
      to: "2025年1月20日",
      findings: ["48:1-48:11 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年1月20日，是否应为2026年1月20日？"],
    },
    {
      mistake: "XX left in the addressee",
      from: "县人民政府：",
      to: "XX县人民政府：",
      findings: ["3:1-3:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
  ],
  "199-province-statistics-bureau-nested-lists.md": [
    {
      mistake: "a growth its two counts do not give",
      from: "增长15.1%",
      to: "增长16.1%",
      findings: ["21:59-21:64 change-mismatch 增幅应为15.1%（(214-186)÷186），文中为16.1%"],
    },
    {
      mistake: "an 优秀率 its counts do not give",
      from: "优秀率30.0%",
      to: "优秀率33.0%",
      findings: ["28:35-28:43 rate-mismatch 优秀率应为30.0%（45÷150），文中为33.0%"],
    },
    {
      mistake: "an 采纳率 with its digits swapped",
      from: "采纳率75.0%",
      to: "采纳率57.0%",
      findings: ["34:36-34:44 rate-mismatch 采纳率应为75.0%（48÷64），文中为57.0%"],
    },
    {
      mistake: "more passed than sat the examination",
      from: "合格306人",
      to: "合格316人",
      findings: ["39:40-39:46 parts-exceed-total 合格316人多于参加312人；合格数不应超过参加数，请核对"],
    },
    {
      mistake: "last year's year left in the title",
      from: "# 湖西省统计局2025年度",
      to: "# 湖西省统计局2024年度",
      findings: ["1:9-1:14 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the duties part deleted, the plans renumbered 三、 and the other part left 五、",
      from: "## 三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n局党组书记、局长认真履行推进法治建设第一责任人职责：\n\n- 主持召开局党组会议专题研究统计法治工作5次，审定年度统计执法检查计划；\n- 带头在党组理论学习中心组学习《统计法》和统计督察相关规定，讲授法治专题党课1次；\n- 对重大统计违法案件坚持集体讨论决定，年终向省委依法治省办书面述法。\n\n## 四、",
      to: "## 三、",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "61:4-61:6 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”",
      ],
    },
    {
      mistake: "an unpaired 《",
      from: "学习《统计法》和",
      to: "学习《统计法和",
      findings: ["54:17-54:18 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "× left for a count in the plans",
      from: "不少于5名",
      to: "不少于×名",
      findings: ["66:39-66:41 placeholder-text 模板占位符“×名”未替换，应填写实际内容"],
    },
    {
      mistake: "February 29 in a common year",
      from: "2026年2月9日",
      to: "2026年2月29日",
      findings: ["75:1-75:11 invalid-date 日期不存在：2026年没有2月29日，2026年不是闰年，2月只有28天"],
    },
    {
      mistake: "a plan list item opened with the report year (2025年组织……)",
      from: "全年组织统计执法检查企业不少于1,200家",
      to: "2025年组织统计执法检查企业不少于1,200家",
      findings: ["63:6-63:11 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年"],
    },
  ],
  "200-city-justice-bureau-review-quarter-table.txt": [
    {
      mistake: "an outcome after a frame naming the 纠错 count in words (纠错案件中，) raised beyond it",
      from: "纠错案件中，撤销71件",
      to: "纠错案件中，撤销91件",
      findings: ["11:92-11:152 parts-exceed-total 各分项之和为195件（91+23+53+28），超过总数175件；请核对总数或各分项"],
    },
    {
      mistake: "a 纠错率 with two digits swapped",
      from: "纠错率14.9%，",
      to: "纠错率19.4%，",
      findings: ["11:97-11:105 rate-mismatch 纠错率应为14.9%（175÷1174），文中为19.4%"],
    },
    {
      mistake: "a quarter's 纠错率 in the table its row does not give (over 审结)",
      from: "41　　　　　　13.8%",
      to: "41　　　　　　18.3%",
      findings: ["15:31-15:36 rate-mismatch 纠错率应为13.8%（41÷298），文中为18.3%"],
    },
    {
      mistake: "the table's 合计 纠错 below its quarters",
      from: "1,174　　　　175",
      to: "1,174　　　　157",
      findings: [
        "18:25-18:28 parts-exceed-total 各分项之和为175件（38+41+44+52），超过总数157件；请核对总数或各分项",
        "18:34-18:39 rate-mismatch 纠错率应为13.4%（157÷1174），文中为14.9%",
      ],
    },
    {
      mistake: "a share of the cases closed two sentences before, whose rate is compared with last year's",
      from: "占审结案件的30.8%",
      to: "占审结案件的38.0%",
      findings: ["11:174-11:179 rate-mismatch 占比应为30.8%（362÷1174），文中为38.0%"],
    },
    {
      mistake: "a growth with two digits swapped",
      from: "增长8.3%",
      to: "增长3.8%",
      findings: ["22:89-22:93 change-mismatch 增幅应为8.3%（(4126-3810)÷3810），文中为3.8%"],
    },
    {
      mistake: "last year's year in the shortcomings heading",
      from: "二、2025年度法治政府建设存在的不足",
      to: "二、2024年度法治政府建设存在的不足",
      findings: ["26:3-26:9 year-consistency “存在的不足和原因”应写2025年的情况，标题中为2024年"],
    },
    {
      mistake: "half-width parentheses in prose",
      from: "（含上年结转案件）",
      to: "(含上年结转案件)",
      findings: [
        "11:80-11:81 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”",
        "11:88-11:89 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”",
      ],
    },
    {
      mistake: "an opening quote where the closing one belongs",
      from: "“八五”普法终期验收",
      to: "“八五“普法终期验收",
      findings: [
        "24:15-24:16 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号",
        "24:18-24:19 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号",
      ],
    },
    {
      mistake: "XX left for a count",
      from: "疑难行政复议案件38件",
      to: "疑难行政复议案件XX件",
      findings: ["32:64-32:66 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a 调解成功率 its counts in 万 do not give",
      from: "调解成功率97.8%",
      to: "调解成功率98.7%",
      findings: ["22:49-22:59 rate-mismatch 调解成功率应为97.8%（1.82万÷1.86万），文中为98.7%"],
    },
    {
      mistake: "a plan sentence opened with the report year (2025年推进……)",
      from: "（一）深化行政复议体制改革。推进",
      to: "（一）深化行政复议体制改革。2025年推进",
      findings: ["36:15-36:20 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年"],
    },
    {
      mistake: "an 出庭应诉率 its counts do not give",
      from: "出庭应诉率98.9%",
      to: "出庭应诉率99.8%",
      findings: ["20:137-20:147 rate-mismatch 出庭应诉率应为98.9%（703÷711），文中为99.8%"],
    },
    {
      // A documented silence until a count named by a bounded rate after it was held to the count that rate is over.
      mistake: "more heads in court (出庭应诉713件) than hearings (开庭审理711件), the 出庭应诉率 kept",
      from: "出庭应诉703件",
      to: "出庭应诉713件",
      findings: ["20:128-20:136 parts-exceed-total 出庭应诉713件多于全市一审行政诉讼案件开庭审理711件；出庭应诉数不应超过全市一审行政诉讼案件开庭审理数，请核对"],
    },
    {
      mistake: "a plan clause with the report year after 计划 (last year's plan carried over)",
      from: "。建成市县乡三级行政执法协调监督工作体系，",
      to: "。健全执法监督机制，计划2025年建成市县乡三级行政执法协调监督工作体系，",
      findings: ["38:26-38:31 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年"],
    },
  ],
  "201-subdistrict-one-paragraph-parts.txt": [
    {
      mistake: "a 结案率 the counts do not give",
      from: "结案率96.3%",
      to: "结案率98.3%",
      findings: ["9:282-9:290 rate-mismatch 结案率应为96.3%（209÷217），文中为98.3%"],
    },
    {
      mistake: "a growth % that does not match the two counts",
      from: "较上年的186起增长16.7%",
      to: "较上年的186起增长14.7%",
      findings: ["9:269-9:274 change-mismatch 增幅应为16.7%（(217-186)÷186），文中为14.7%"],
    },
    {
      mistake: "a 其中 part raised beyond the 158 items",
      from: "行政检查事项19项",
      to: "行政检查事项29项",
      findings: ["9:118-9:154 parts-exceed-total 各分项之和为168项（131+29+8），超过总数158项；请核对总数或各分项"],
    },
    {
      mistake: "即办件 beyond the 办件 of which they are part",
      from: "其中即办件1.72万件",
      to: "其中即办件2.72万件",
      findings: ["9:378-9:396 parts-exceed-total 分项2.72万件超过总数2.36万件；请核对总数或分项"],
    },
    {
      mistake: "a share of the 14 communities that 9 do not give",
      from: "占64.3%",
      to: "占46.3%",
      findings: ["9:630-9:635 rate-mismatch 占比应为64.3%（9÷14），文中为46.3%"],
    },
    {
      mistake: "last year in the reporting sentence",
      from: "现将2025年度法治政府建设情况报告如下",
      to: "现将2024年度法治政府建设情况报告如下",
      findings: ["5:109-5:114 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "plans heading two years ahead",
      from: "四、2026年推进法治政府建设的工作安排",
      to: "四、2027年推进法治政府建设的工作安排",
      findings: ["19:3-19:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2027年"],
    },
    {
      mistake: "shortcomings with their causes cut (one paragraph)",
      from: "部分执法人员对市场监管、城市管理以外领域的执法事项不够熟悉，原因是执法队32名人员中具有法律专业背景的仅6名，占18.8%，专业培训跟进不够及时。二是基层法治宣传的精准度不高，普法活动仍以讲座、发放资料为主，对新就业形态劳动者、外来务工人员等群体覆盖不足，究其原因，街道对辖区群众法律需求的调查分析不够深入。三是社区依法自治水平不均衡，个别社区居民公约修订滞后，主要原因在于社区工作者法治能力参差不齐，指导督促不够有力。",
      to: "部分执法人员对市场监管、城市管理以外领域的执法事项不够熟悉。二是基层法治宣传的精准度不高，普法活动仍以讲座、发放资料为主，对新就业形态劳动者、外来务工人员等群体覆盖不足。三是社区依法自治水平不均衡，个别社区居民公约修订滞后。",
      findings: ["11:1-11:22 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the 办事处主任 dropped from the duties (his 二是 and the joint 三是)",
      from: "二是街道办事处主任切实履行第一责任人职责，将法治政府建设与经济社会发展同部署、同推进，主持办事处主任办公会议专题学法6次，对重大事项均先行开展合法性审核，带头接待群众来访18批次。三是党工委书记和办事处主任共同督促班子成员和科室负责人落实“一岗双责”，全年听取法治建设工作汇报2次。",
      to: "",
      findings: ["15:1-15:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写街道办事处主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "an inline plan number repeated (一是 二是 四是 四是)",
      from: "三是指导14个社区",
      to: "四是指导14个社区",
      findings: ["21:104-21:106 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "×× left for a count",
      from: "将法治建设纳入14个社区年度综合考核",
      to: "将法治建设纳入××个社区年度综合考核",
      findings: ["9:58-9:60 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width semicolon in prose",
      from: "调解成功率97.7%；全年承办",
      to: "调解成功率97.7%;全年承办",
      findings: ["9:514-9:515 punctuation-width 中文行文应使用全角标点“；”，文中为半角“;”"],
    },
    {
      mistake: "the date's year not updated (2025年1月23日 on a report on 2025)",
      from: "2026年1月23日",
      to: "2025年1月23日",
      findings: ["28:1-28:11 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年1月23日，是否应为2026年1月23日？"],
    },
  ],
  "202-county-city-numbered-causes.txt": [
    {
      mistake: "a 全程网办率 its counts do not give",
      from: "全程网办率92.2%",
      to: "全程网办率94.2%",
      findings: ["9:136-9:146 rate-mismatch 全程网办率应为92.2%（1284÷1392），文中为94.2%"],
    },
    {
      mistake: "a 其中 part of the 权责事项 raised",
      from: "行政处罚2,214项",
      to: "行政处罚2,314项",
      findings: ["9:36-9:83 parts-exceed-total 各分项之和为3226项（268+2314+96+548），超过总数3126项；请核对总数或各分项"],
    },
    {
      mistake: "a fall % that does not match the counts",
      from: "较上年的4,934件下降6.4%",
      to: "较上年的4,934件下降4.6%",
      findings: ["15:69-15:73 change-mismatch 降幅应为6.4%（(4934-4618)÷4934），文中为4.6%"],
    },
    {
      mistake: "an 优秀率 over 卷 the counts do not give",
      from: "优秀率26.9%",
      to: "优秀率29.6%",
      findings: ["15:142-15:150 rate-mismatch 优秀率应为26.9%（86÷320），文中为29.6%"],
    },
    {
      mistake: "an outcome raised so the six exceed the cases closed",
      from: "维持132件",
      to: "维持142件",
      findings: ["17:57-17:102 parts-exceed-total 各分项之和为239件（142+38+19+8+3+29），超过总数229件；请核对总数或各分项"],
    },
    {
      mistake: "a 纠错率 the counts do not give",
      from: "纠错率13.1%",
      to: "纠错率13.7%",
      findings: ["17:109-17:117 rate-mismatch 纠错率应为13.1%（30÷229），文中为13.7%"],
    },
    {
      mistake: "a 败诉率 with digits swapped",
      from: "败诉率5.7%",
      to: "败诉率7.5%",
      findings: ["17:138-17:145 rate-mismatch 败诉率应为5.7%（9÷157），文中为7.5%"],
    },
    {
      mistake: "a 调解成功率 the counts do not give",
      from: "调解成功率98.3%",
      to: "调解成功率99.3%",
      findings: ["17:197-17:207 rate-mismatch 调解成功率应为98.3%（8317÷8462），文中为99.3%"],
    },
    {
      mistake: "the causes (主要原因：（1）（2）（3）) dropped",
      from: "主要原因：（1）乡镇（街道）执法人员多为兼职或转岗人员，专业培训不够系统；（2）部分部门对规范性文件“重制定、轻评估”，后评估制度落实不严；（3）普法责任单位之间统筹协作不够，“谁执法谁普法”责任制压得不实。",
      to: "",
      findings: ["21:1-21:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "inline cause numbering repeated ((1)(3)(3))",
      from: "（2）部分部门",
      to: "（3）部分部门",
      findings: ["23:146-23:149 enumeration-sequence 列举序号跳号：此处应为“（2）”，文中为“（3）”"],
    },
    {
      mistake: "last year in the title",
      from: "关于2025年度法治政府建设情况的报告",
      to: "关于2024年度法治政府建设情况的报告",
      findings: ["1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "plans heading with the report year",
      from: "四、2026年工作打算",
      to: "四、2025年工作打算",
      findings: ["31:3-31:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the 市长 paragraph dropped",
      from: "市长认真履行推进法治建设第一责任人职责，主持召开市政府常务会议学法5次，专题研究法治政府建设工作3次，严格落实重大行政决策程序，带头出庭应诉行政诉讼案件2件，督促各乡镇（街道）、市直部门主要负责人年底述法。\n\n",
      to: "",
      findings: ["25:1-25:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（市委书记）的履职情况，未写政府主要负责人：请补写市长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a 《 whose 》 is lost",
      from: "《法治政府建设与责任落实督察工作规定》，现将",
      to: "《法治政府建设与责任落实督察工作规定，现将",
      findings: ["5:93-5:94 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "a growth with its percent left blank",
      from: "新登记经营主体7,846户",
      to: "新登记经营主体7,846户，同比增长%",
      findings: ["9:180-9:181 placeholder-text 模板占位符“%”未替换，应填写实际内容"],
    },
  ],
  "203-autonomous-prefecture-department-annex-table.md": [
    {
      mistake: "a row's 结案率 in the annex table its counts do not give",
      from: "| 96 | 88 | 91.7% |",
      to: "| 96 | 88 | 97.1% |",
      findings: ["66:28-66:33 rate-mismatch 结案率应为91.7%（88÷96），文中为97.1%"],
    },
    {
      mistake: "the 合计 立案 in the annex table below its rows",
      from: "| 合计 | 5,424 | 1,431 |",
      to: "| 合计 | 5,424 | 1,413 |",
      findings: [
        "69:16-69:21 parts-exceed-total 各分项之和为1431件（412+87+635+96+143+58），超过总数1413件；请核对总数或各分项",
        "69:32-69:37 rate-mismatch 结案率应为98.9%（1397÷1413），文中为97.6%",
      ],
    },
    {
      mistake: "a row's 结案 beyond its 立案 in the annex table",
      from: "| 635 | 629 | 99.1% |",
      to: "| 635 | 639 | 99.1% |",
      findings: ["69:24-69:29 parts-exceed-total 各分项之和为1407件（398+85+639+88+140+57），超过总数1397件；请核对总数或各分项"],
    },
    {
      mistake: "the body's 结案率 the totals do not give",
      from: "结案率97.6%",
      to: "结案率96.7%",
      findings: ["19:80-19:88 rate-mismatch 结案率应为97.6%（1397÷1431），文中为96.7%"],
    },
    {
      mistake: "a 网上可办率 its counts do not give",
      from: "网上可办率97.3%",
      to: "网上可办率95.3%",
      findings: ["11:67-11:77 rate-mismatch 网上可办率应为97.3%（1018÷1046），文中为95.3%"],
    },
    {
      mistake: "a growth % that does not match the two counts (万户)",
      from: "较上年的2.61万户增长8.8%",
      to: "较上年的2.61万户增长9.8%",
      findings: ["11:106-11:110 change-mismatch 增幅应为8.8%（(2.84万-2.61万)÷2.61万），文中为9.8%"],
    },
    {
      mistake: "a 纠错率 with digits swapped",
      from: "纠错率14.2%",
      to: "纠错率12.4%",
      findings: ["23:42-23:50 rate-mismatch 纠错率应为14.2%（78÷551），文中为12.4%"],
    },
    {
      mistake: "disputes settled beyond those handled (万件)",
      from: "调解成功1.82万件",
      to: "调解成功1.88万件",
      findings: ["23:74-23:84 parts-exceed-total 调解成功1.88万件多于调处1.86万件；调解成功数不应超过调处数，请核对"],
    },
    {
      mistake: "the duties part deleted (heading and text)",
      from: "## 三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n州委书记认真履行推进法治建设第一责任人职责，主持召开州委全面依法治州委员会会议2次，听取各县（市）党委法治建设工作汇报，带头在州委常委会会议上述法。\n\n州长认真履行推进法治建设第一责任人职责，主持召开州政府常务会议专题学法6次，审议重大行政决策事项4项，带头出庭应诉行政诉讼案件1件，对州直部门和各县（市）人民政府法治政府建设工作提出明确要求。\n\n",
      to: "",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "33:4-33:6 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”",
      ],
    },
    {
      mistake: "dated after March 31 (an annex table below the date)",
      from: "2026年1月28日",
      to: "2026年4月28日",
      findings: ["55:1-55:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月28日"],
    },
    {
      mistake: "a points change that does not match its two rates",
      from: "由上年的18.0%提高到24.5%",
      to: "由上年的18.0%提高到24.5%，提高7.5个百分点",
      findings: ["19:158-19:165 change-mismatch 增幅应为6.5个百分点（24.5%-18.0%），文中为7.5个百分点"],
    },
    {
      mistake: "【此处填写】 left in the other-matters part",
      from: "## 五、其他需要报告的事项\n\n无。",
      to: "## 五、其他需要报告的事项\n\n【此处填写其他需要报告的事项】",
      findings: ["51:1-51:16 placeholder-text 编写说明“【此处填写其他需要报告的事项】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "a section number repeated (（三）（三）)",
      from: "### （四）依法化解矛盾纠纷",
      to: "### （三）依法化解矛盾纠纷",
      findings: ["21:5-21:8 heading-numbering 标题序号重复：“（三）”与上一个同级标题相同，此处应为“（四）”"],
    },
    {
      mistake: "plans heading with the report year",
      from: "## 四、2026年推进法治政府建设的主要安排",
      to: "## 四、2025年推进法治政府建设的主要安排",
      findings: ["39:6-39:11 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
  ],
  "204-dev-zone-march-cc-plans-ordinal.txt": [
    {
      mistake: "a 其中 part of the 126 powers raised",
      from: "行政许可74项",
      to: "行政许可84项",
      findings: ["10:37-10:68 parts-exceed-total 各分项之和为136项（84+38+14），超过总数126项；请核对总数或各分项"],
    },
    {
      mistake: "a 网办率 its counts do not give",
      from: "网办率80.7%",
      to: "网办率78.0%",
      findings: ["12:56-12:64 rate-mismatch 网办率应为80.7%（3.92万÷4.86万），文中为78.0%"],
    },
    {
      mistake: "a growth % that does not match the two counts",
      from: "较上年的300件增长9.3%",
      to: "较上年的300件增长8.3%",
      findings: ["14:46-14:50 change-mismatch 增幅应为9.3%（(328-300)÷300），文中为8.3%"],
    },
    {
      mistake: "an 办结率 the counts do not give",
      from: "办结率97.9%",
      to: "办结率99.7%",
      findings: ["14:58-14:66 rate-mismatch 办结率应为97.9%（321÷328），文中为99.7%"],
    },
    {
      mistake: "an outcome raised so the three exceed the 12 cases",
      from: "维持9件",
      to: "维持10件",
      findings: ["18:32-18:53 parts-exceed-total 各分项之和为13件（10+1+2），超过总数12件；请核对总数或各分项"],
    },
    {
      mistake: "more passed than sat the exam",
      from: "参考186人，合格186人",
      to: "参考186人，合格188人",
      findings: ["20:98-20:104 parts-exceed-total 合格188人多于参考186人；合格数不应超过参考数，请核对"],
    },
    {
      mistake: "dated after March 31",
      from: "管理委员会\n2026年3月3日",
      to: "管理委员会\n2026年4月3日",
      findings: ["41:1-41:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月3日"],
    },
    {
      mistake: "an ordinal plan number repeated (第一 第二 第二 第四)",
      from: "第三，实施",
      to: "第二，实施",
      findings: ["34:73-34:75 enumeration-sequence 列举序号重复：前面已有“第二”，此处应为“第三”"],
    },
    {
      mistake: "last year in the title (its second line)",
      from: "2025年度法治政府建设情况报告\n",
      to: "2024年度法治政府建设情况报告\n",
      findings: ["2:1-2:6 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "plans heading with the report year",
      from: "四、2026年工作打算",
      to: "四、2025年工作打算",
      findings: ["32:3-32:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the 管委会主任 paragraph dropped",
      from: "管委会主任履行推进法治建设第一责任人职责，主持召开管委会主任办公会议学法5次，坚持重大事项集体讨论决定，带头出庭应诉行政诉讼案件1件，年底向市委全面依法治市委员会述法。\n\n",
      to: "",
      findings: ["26:1-26:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写管委会主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a “ whose ” is lost",
      from: "推行“综合查一次”和非现场监管",
      to: "推行“综合查一次和非现场监管",
      findings: ["14:80-14:81 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "the fifth part numbered 四 again",
      from: "五、其他需要报告的事项",
      to: "四、其他需要报告的事项",
      findings: ["36:1-36:3 heading-numbering 标题序号重复：“四、”与上一个同级标题相同，此处应为“五、”"],
    },
    {
      mistake: "a half-width colon after 抄送",
      from: "抄送：市委",
      to: "抄送:市委",
      findings: ["43:3-43:4 punctuation-width 中文行文应使用全角标点“：”，文中为半角“:”"],
    },
  ],
  "205-province-government-dash-results.txt": [
    {
      mistake: "a cut % that does not match 428 → 396",
      from: "精简7.5%",
      to: "精简8.5%",
      findings: ["11:38-11:42 change-mismatch 降幅应为7.5%（(428-396)÷428），文中为8.5%"],
    },
    {
      mistake: "a 受理率 in 万 the counts do not give",
      from: "受理率90.1%",
      to: "受理率91.0%",
      findings: ["15:48-15:56 rate-mismatch 受理率应为90.1%（3.08万÷3.42万），文中为91.0%"],
    },
    {
      mistake: "a points change that does not match its two rates",
      from: "较上年的11.4%提高1.6个百分点",
      to: "较上年的11.4%提高2.6个百分点",
      findings: ["15:95-15:102 change-mismatch 增幅应为1.6个百分点（13.0%-11.4%），文中为2.6个百分点"],
    },
    {
      mistake: "a growth % that does not match the two counts (万件)",
      from: "较上年的173.7万件增长7.3%",
      to: "较上年的173.7万件增长3.7%",
      findings: ["19:75-19:79 change-mismatch 增幅应为7.3%（(186.4万-173.7万)÷173.7万），文中为3.7%"],
    },
    {
      mistake: "disputes settled beyond those mediated (万件)",
      from: "调解成功66.9万件",
      to: "调解成功69.6万件",
      findings: ["27:145-27:155 parts-exceed-total 调解成功69.6万件多于调解68.4万件；调解成功数不应超过调解数，请核对"],
    },
    {
      mistake: "a 其中 part of legal aid raised (万件)",
      from: "民事3.08万件",
      to: "民事3.8万件",
      findings: ["27:175-27:209 parts-exceed-total 各分项之和为6.34万件（2.31万+3.8万+0.23万），超过总数5.62万件；请核对总数或各分项"],
    },
    {
      mistake: "a share (纠正比例) its counts do not give",
      from: "纠正比例1.8%",
      to: "纠正比例2.8%",
      findings: ["21:87-21:95 rate-mismatch 纠正比例应为1.8%（23÷1286），文中为2.8%"],
    },
    {
      mistake: "a 纠错 count with digits swapped, its rate kept",
      from: "纠错3,718件",
      to: "纠错3,178件",
      findings: ["15:75-15:83 rate-mismatch 纠错率应为11.1%（3178÷2.86万），文中为13.0%"],
    },
    {
      mistake: "the report year named as the first year of the next plan period",
      from: "2026年是“十五五”开局之年",
      to: "2025年是“十五五”开局之年",
      findings: [
        "45:1-45:5 terminology “2025”应为“2026”：“十五五”开局之年是2026年",
        "45:1-45:6 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年",
      ],
    },
    {
      mistake: "the shortcomings part deleted (heading and text)",
      from: "二、存在的不足和原因\n\n一是法治政府建设区域发展不平衡，部分县（市、区）法治力量薄弱，主要原因是基层法治工作人员数量不足，专业化程度不高。二是行政复议纠错率仍在高位，原因在于少数行政机关执法程序不规范、证据收集不充分。三是数字法治政府建设存在短板，究其原因，部分行业系统数据标准不统一，数据共享壁垒尚未完全打通。对2024年度报告所列“行政执法监督信息化水平不高”问题，已建成省级行政执法监督平台，整改到位。\n\n",
      to: "",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "33:1-33:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”",
      ],
    },
    {
      mistake: "the duties written of the 分管副省长 instead of the 省长",
      from: "省长认真履行推进法治建设第一责任人职责，主持召开省政府常务会议",
      to: "分管副省长认真履行推进法治建设职责，主持召开省政府常务会议",
      findings: ["37:1-37:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（省委书记）的履职情况，未写政府主要负责人：请补写省长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a part number skipped (一、三、)",
      from: "二、存在的不足和原因",
      to: "三、存在的不足和原因",
      findings: ["33:1-33:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "half-width parentheses around the 纲要's years",
      from: "《法治政府建设实施纲要（2021—2025年）》",
      to: "《法治政府建设实施纲要(2021—2025年)》",
      findings: [
        "5:64-5:65 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”",
        "5:75-5:76 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”",
      ],
    },
    {
      mistake: "某某 left for the province in the signature",
      from: "燕川省人民政府\n2026年3月12日",
      to: "某某省人民政府\n2026年3月12日",
      findings: ["51:1-51:3 placeholder-text 模板占位符“某某”未替换，应填写实际内容"],
    },
  ],
  "206-town-2024-duties-by-leader.txt": [
    {
      mistake: "the year before in the title",
      from: "2024年度法治政府建设工作报告",
      to: "2023年度法治政府建设工作报告",
      findings: ["1:11-1:16 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "the year before in the reporting sentence",
      from: "现将2024年度法治政府建设工作情况报告如下",
      to: "现将2023年度法治政府建设工作情况报告如下",
      findings: ["5:80-5:85 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "plans heading with the report year",
      from: "四、2025年法治政府建设工作计划",
      to: "四、2024年法治政府建设工作计划",
      findings: ["37:3-37:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "dated before the report year ended (November)",
      from: "2025年2月12日",
      to: "2024年11月28日",
      findings: ["52:1-52:12 publish-date 成文日期早于2024年12月1日，2024年度尚未结束：应在2024年12月1日至2025年3月31日之间成文，文中为2024年11月28日"],
    },
    {
      mistake: "a 其中 part of the 67 matters raised",
      from: "行政检查11项",
      to: "行政检查21项",
      findings: ["9:33-9:61 parts-exceed-total 各分项之和为77项（52+21+4），超过总数67项；请核对总数或各分项"],
    },
    {
      mistake: "an 办结率 the counts do not give",
      from: "办结率99.8%",
      to: "办结率98.9%",
      findings: ["9:137-9:145 rate-mismatch 办结率应为99.8%（6516÷6528），文中为98.9%"],
    },
    {
      mistake: "a 结案率 the counts do not give",
      from: "结案率94.9%",
      to: "结案率95.9%",
      findings: ["11:86-11:94 rate-mismatch 结案率应为94.9%（37÷39），文中为95.9%"],
    },
    {
      mistake: "disputes settled beyond those handled",
      from: "调解成功268件",
      to: "调解成功278件",
      findings: ["15:49-15:57 parts-exceed-total 调解成功278件多于调处274件；调解成功数不应超过调处数，请核对"],
    },
    {
      mistake: "a fall % that does not match the two counts",
      from: "较上年的71件下降21.1%",
      to: "较上年的71件下降12.1%",
      findings: ["15:90-15:95 change-mismatch 降幅应为21.1%（(71-56)÷71），文中为12.1%"],
    },
    {
      mistake: "an 整改率 the counts do not give",
      from: "整改率96.6%",
      to: "整改率95.6%",
      findings: ["17:94-17:102 rate-mismatch 整改率应为96.6%（84÷87），文中为95.6%"],
    },
    {
      mistake: "the 镇长 subsection dropped",
      from: "（二）镇长履职情况。镇长认真履行推进法治建设第一责任人职责，主持镇政府常务会议学法6次，对重大行政决策和执法决定坚持先审核后决定，带头接访群众26批次，协调解决执法装备不足等问题。\n\n",
      to: "",
      findings: ["31:1-31:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写镇长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the causes of all three shortcomings dropped",
      from: "个别执法人员对非法采砂等专业领域的法律法规掌握不够，主要原因是镇执法队组建时间短，系统培训机会少。\n\n（二）普法形式单一。普法仍以集中宣讲、发放资料为主，原因在于镇村普法力量薄弱，新媒体普法手段运用不足。\n\n（三）村级事务依法管理有短板。少数村集体经济合同管理不规范，究其原因，村干部法律意识不强，合同审查把关机制落实不到位。",
      to: "个别执法人员对非法采砂等专业领域的法律法规掌握不够。\n\n（二）普法形式单一。普法仍以集中宣讲、发放资料为主，新媒体普法手段运用不足。\n\n（三）村级事务依法管理有短板。少数村集体经济合同管理不规范，合同审查把关机制落实不到位。",
      findings: ["21:1-21:22 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a plan number skipped ((二)(四))",
      from: "（三）开展村集体经济合同",
      to: "（四）开展村集体经济合同",
      findings: ["43:1-43:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "a half-width comma in prose",
      from: "普法宣传活动32场，受众1.1万人次",
      to: "普法宣传活动32场,受众1.1万人次",
      findings: ["19:36-19:37 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "a stock as of the end of the year before (截至2023年12月底)",
      from: "15个村（社区）法律顾问实现全覆盖",
      to: "截至2023年12月底，15个村（社区）法律顾问实现全覆盖",
      findings: ["15:98-15:103 year-consistency “主要举措和成效”应写2024年的情况，文中的数据截至2023年底，是上一年度的：应截至2024年底"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "6月底前完成",
      to: "2024年6月底前完成",
      findings: ["43:29-43:34 year-consistency “下一年度主要安排”应写2025年的安排，文中的完成时限在2024年，成文时已过"],
    },
  ],
  "207-county-emergency-bureau-first-person-2024.txt": [
    {
      mistake: "the duty of first responsible person written of a deputy (局党组成员、副局长认真履行……第一责任人职责)",
      from: "局党组书记、局长认真履行",
      to: "局党组成员、副局长认真履行",
      findings: ["23:1-23:25 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了副职（副局长）的履职情况，未写党政主要负责人：请补写局党组（党委）书记和局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a 整改率 one point off its hazards found and rectified",
      from: "整改率98.3%",
      to: "整改率97.3%",
      findings: ["9:134-9:142 rate-mismatch 整改率应为98.3%（2098÷2135），文中为97.3%"],
    },
    {
      mistake: "the digits of an increase swapped (11.7% written 17.1%)",
      from: "较上年的548家次增长11.7%",
      to: "较上年的548家次增长17.1%",
      findings: ["9:101-9:106 change-mismatch 增幅应为11.7%（(612-548)÷548），文中为17.1%"],
    },
    {
      mistake: "the cases under the 简易程序 raised, the two procedures (适用 before them) beyond the cases",
      from: "其中适用简易程序19起",
      to: "其中适用简易程序29起",
      findings: ["9:155-9:178 parts-exceed-total 各分项之和为97起（29+68），超过总数87起；请核对总数或各分项"],
    },
    {
      mistake: "last year's title on this year's report",
      from: "滦川县应急管理局2024年度",
      to: "滦川县应急管理局2023年度",
      findings: ["1:9-1:14 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a stock cut off at the end of the year before (截至2023年底)",
      from: "截至2024年底，全县共建成",
      to: "截至2023年底，全县共建成",
      findings: ["13:139-13:144 year-consistency “主要举措和成效”应写2024年的情况，文中的数据截至2023年底，是上一年度的：应截至2024年底"],
    },
    {
      mistake: "the plans headed with the report's own year",
      from: "四、2025年工作打算",
      to: "四、2024年工作打算",
      findings: ["27:3-27:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "the duties part deleted, heading and text, the numbering left to skip",
      from: "三、主要负责人履行推进法治建设第一责任人职责情况\n\n局党组书记、局长认真履行推进法治建设第一责任人职责，做到重要工作亲自部署、重大问题亲自过问、重点环节亲自协调。一是带头学法，主持局党组理论学习中心组专题学法5次，带头讲授法治课1次。二是带头依法决策，严格执行重大行政决策程序，全年提交局党组会议研究的重要事项均经合法性审查。三是带头推动执法规范化建设，亲自部署执法案卷评查和执法“三项制度”落实情况检查。四是带头接访，全年接待来访群众9批次，推动解决群众反映的问题。\n\n",
      to: "",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "23:1-23:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”",
      ],
    },
    {
      mistake: "every cause of the three shortcomings dropped",
      from: "，主要原因是编制保障不到位，专业人才引进难。二是执法人员专业能力与危险化学品等行业执法需求不匹配，原因在于系统化、实战化培训开展不够。三是部分企业安全生产主体责任落实不到位，究其原因，普法宣传针对性不强，以案释法做得不够。",
      to: "。二是执法人员专业能力与危险化学品等行业执法需求不匹配。三是部分企业安全生产主体责任落实不到位。",
      findings: ["19:1-19:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a run-in subsection numbered like the one before ((三) twice)",
      from: "（四）强化应急准备",
      to: "（三）强化应急准备",
      findings: ["13:1-13:4 heading-numbering 标题序号重复：“（三）”与上一个同级标题相同，此处应为“（四）”"],
    },
    {
      mistake: "the template's ×× left in the signature",
      from: "\n滦川县应急管理局\n",
      to: "\n××县应急管理局\n",
      findings: ["35:1-35:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width comma typed in prose",
      from: "应急响应3次，提前转移",
      to: "应急响应3次,提前转移",
      findings: ["13:105-13:106 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
  ],
  "208-city-hrss-fullwidth-percent.txt": [
    {
      mistake: "a 结案率 over the cases received before the ；, its digits swapped",
      from: "结案率96.8％",
      to: "结案率98.6％",
      findings: ["11:67-11:75 rate-mismatch 结案率应为96.8%（4705÷4862），文中为98.6％"],
    },
    {
      mistake: "the digits of an increase in ％ swapped",
      from: "增长7.6％",
      to: "增长6.7％",
      findings: ["11:53-11:57 change-mismatch 增幅应为7.6%（(4862-4517)÷4517），文中为6.7％"],
    },
    {
      mistake: "a share of the service items in ％ with its digits swapped",
      from: "占82.8％",
      to: "占88.2％",
      findings: ["15:43-15:48 rate-mismatch 占比应为82.8%（154÷186），文中为88.2％"],
    },
    {
      mistake: "migrant workers (其中农民工) more than the workers paid",
      from: "其中农民工4,912名",
      to: "其中农民工5,912名",
      findings: ["13:39-13:75 parts-exceed-total 分项5912名超过总数5286名；请核对总数或分项"],
    },
    {
      mistake: "the opening stating last year",
      from: "2025年，市人力资源和社会保障局坚持",
      to: "2024年，市人力资源和社会保障局坚持",
      findings: ["5:1-5:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "the plans headed with the report's own year",
      from: "四、2026年工作打算",
      to: "四、2025年工作打算",
      findings: ["35:3-35:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "an item number repeated (1．2．2．)",
      from: "3．严格劳动保障监察执法",
      to: "2．严格劳动保障监察执法",
      findings: ["13:1-13:3 heading-numbering 标题序号重复：“2．”与上一个同级标题相同，此处应为“3．”"],
    },
    {
      mistake: "the causes of the three numbered shortcomings dropped",
      from: "，主要原因是新就业形态劳动纠纷增多，而专职仲裁员配备未能同步增加。\n\n2．劳动保障监察执法手段相对单一，智慧监管水平不高，原因在于欠薪预警平台与住建、市场监管等部门数据共享还不充分。\n\n3．部分用人单位依法用工意识不强，究其原因，普法宣传对中小微企业的覆盖面还不够广。",
      to: "。\n\n2．劳动保障监察执法手段相对单一，智慧监管水平不高。\n\n3．部分用人单位依法用工意识不强。",
      findings: ["25:1-25:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the template's 【此处填写】 left for a count",
      from: "分解任务26项",
      to: "分解任务【此处填写】项",
      findings: ["9:59-9:65 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "the closing 》 of a regulation's title dropped",
      from: "《保障农民工工资支付条例》等法律法规",
      to: "《保障农民工工资支付条例等法律法规",
      findings: ["19:21-19:22 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年2月10日",
      to: "2026年4月10日",
      findings: ["50:1-50:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月10日"],
    },
    {
      mistake: "the addressee's colon typed half-width",
      from: "市委全面依法治市委员会办公室：",
      to: "市委全面依法治市委员会办公室:",
      findings: ["3:15-3:16 punctuation-width 中文行文应使用全角标点“：”，文中为半角“:”"],
    },
  ],
  "209-province-communications-administration-2023.md": [
    {
      mistake: "a fall in a Markdown table with its digits swapped (下降9.5% written 5.9%)",
      from: "| 下降9.5% |",
      to: "| 下降5.9% |",
      findings: ["24:35-24:39 change-mismatch 降幅应为9.5%（(14216-12864)÷14216），文中为5.9%"],
    },
    {
      mistake: "a change of a rate in points in a Markdown table (0.7 written 0.9个百分点)",
      from: "提高0.7个百分点",
      to: "提高0.9个百分点",
      findings: ["25:31-25:38 change-mismatch 增幅应为0.7个百分点（98.6%-97.9%），文中为0.9个百分点"],
    },
    {
      mistake: "a 办结率 of complaints four points off",
      from: "办结率99.5%",
      to: "办结率95.5%",
      findings: ["11:46-11:54 rate-mismatch 办结率应为99.5%（12802÷12864），文中为95.5%"],
    },
    {
      mistake: "a share of a whole stated in words with its count (占全省持证企业总数2,174家的)",
      from: "2,174家的15.0%",
      to: "2,174家的16.0%",
      findings: ["9:155-9:160 rate-mismatch 占比应为15.0%（326÷2174），文中为16.0%"],
    },
    {
      mistake: "a 其中 part of the licences raised beyond them",
      from: "增值电信业务许可461件",
      to: "增值电信业务许可471件",
      findings: ["9:49-9:80 parts-exceed-total 各分项之和为496件（471+25），超过总数486件；请核对总数或各分项"],
    },
    {
      mistake: "the year before in the Markdown title",
      from: "# 西江省通信管理局2023年",
      to: "# 西江省通信管理局2022年",
      findings: ["1:11-1:16 year-consistency 标题中为2022年度，正文各处写的都是2023年度的情况：标题应为2023年度"],
    },
    {
      mistake: "the plans headed with the report's own year",
      from: "## 四、2024年工作打算",
      to: "## 四、2023年工作打算",
      findings: ["43:6-43:11 year-consistency “下一年度主要安排”应写2024年的安排，标题中为2023年"],
    },
    {
      mistake: "dated in November of the report year",
      from: "2024年2月5日",
      to: "2023年11月28日",
      findings: ["56:1-56:12 publish-date 成文日期早于2023年12月1日，2023年度尚未结束：应在2023年12月1日至2024年3月31日之间成文，文中为2023年11月28日"],
    },
    {
      mistake: "more opinions adopted than received",
      from: "采纳41条",
      to: "采纳68条",
      findings: ["17:136-17:141 parts-exceed-total 采纳68条多于收到64条；采纳数不应超过收到数，请核对"],
    },
    {
      mistake: "a bold subsection number skipped ((三) written (四))",
      from: "**（三）依法打击",
      to: "**（四）依法打击",
      findings: ["13:3-13:6 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "a 整改率 with its digits swapped",
      from: "整改率97.2%",
      to: "整改率92.7%",
      findings: ["15:74-15:82 rate-mismatch 整改率应为97.2%（1046÷1076），文中为92.7%"],
    },
    {
      mistake: "a count left as XXX",
      from: "隐患1,076个",
      to: "隐患XXX个",
      findings: ["15:57-15:60 placeholder-text 模板占位符“XXX”未替换，应填写实际内容"],
    },
    {
      mistake: "the closing quotation mark of “证照分离” dropped",
      from: "“证照分离”改革",
      to: "“证照分离改革",
      findings: ["9:93-9:94 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
  ],
  "210-county-fire-brigade-dash-items.txt": [
    {
      mistake: "a share of the inspections with its digits swapped",
      from: "占29.7%",
      to: "占27.9%",
      findings: ["17:46-17:51 rate-mismatch 占比应为29.7%（412÷1386），文中为27.9%"],
    },
    {
      mistake: "a 整改率 with its digits swapped",
      from: "整改率95.8%",
      to: "整改率98.5%",
      findings: ["17:76-17:84 rate-mismatch 整改率应为95.8%（3268÷3412），文中为98.5%"],
    },
    {
      mistake: "an increase of fines in 万元 three points off",
      from: "增长18.8%",
      to: "增长15.8%",
      findings: ["19:97-19:102 change-mismatch 增幅应为18.8%（(86.5万-72.8万)÷72.8万），文中为15.8%"],
    },
    {
      mistake: "a 其中 part of the calls answered raised beyond them",
      from: "抢险救援512起",
      to: "抢险救援612起",
      findings: ["31:9-31:44 parts-exceed-total 各分项之和为1224起（286+612+326），超过总数1124起；请核对总数或各分项"],
    },
    {
      mistake: "a share of the applications under 告知承诺 with its digits swapped",
      from: "占60.3%",
      to: "占63.0%",
      findings: ["25:57-25:62 rate-mismatch 占比应为60.3%（41÷68），文中为63.0%"],
    },
    {
      mistake: "last year's title on this year's report",
      from: "2025年度法治建设工作报告",
      to: "2024年度法治建设工作报告",
      findings: ["1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the plans headed with the report's own year",
      from: "四、2026年度工作计划",
      to: "四、2025年度工作计划",
      findings: ["57:3-57:9 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the 大队长's paragraph dropped, the 教导员's left",
      from: "大队长严格落实执法工作第一责任人要求，亲自组织执法案卷评查2次，对重大执法案件坚持集体讨论，全年审签行政处罚决定124件，未发生行政复议和行政诉讼败诉案件。\n\n",
      to: "",
      findings: ["51:1-51:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写大队长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a part number skipped (一、二、四、)",
      from: "三、党政主要负责人",
      to: "四、党政主要负责人",
      findings: ["51:1-51:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "a count left as ××",
      from: "执法岗位人员14名全部取得",
      to: "执法岗位人员××名全部取得",
      findings: ["13:48-13:50 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the causes of the three shortcomings dropped",
      from: "，主要原因是消防监督员编制不足，基层派出所消防监督检查作用发挥不够。二是农村和边境村寨消防安全基础薄弱，原因在于群众消防法治意识仍然不强，自防自救能力弱。三是执法信息化应用不充分，究其原因，部分执法人员运用执法系统的能力不足。",
      to: "。二是农村和边境村寨消防安全基础薄弱。三是执法信息化应用不充分。",
      findings: ["47:1-47:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
  ],
  "211-city-trading-center-pdf-spaced-digits-2024.txt": [
    {
      mistake: "a 节资率 with its digits swapped, the amount won at between budget and saving",
      from: "节资率 4.3%",
      to: "节资率 3.4%",
      findings: ["11:167-11:175 rate-mismatch 节资率应为4.3%（2.7亿÷62.5亿），文中为3.4%"],
    },
    {
      mistake: "a 办结率 with its digits swapped, blanks around the digits",
      from: "办结率 95.7%",
      to: "办结率 97.5%",
      findings: ["15:96-15:105 rate-mismatch 办结率应为95.7%（44÷46），文中为97.5%"],
    },
    {
      mistake: "a 其中 part raised beyond the projects, blanks around the digits",
      from: "政府采购项目 2,038 宗",
      to: "政府采购项目 2,338 宗",
      findings: ["11:22-11:122 parts-exceed-total 各分项之和为4162宗（1246+2338+312+266），超过总数3862宗；请核对总数或各分项"],
    },
    {
      mistake: "the documents kept raised, the clean-up beyond its total",
      from: "保留 17 件",
      to: "保留 19 件",
      findings: ["9:51-9:79 parts-exceed-total 各分项之和为29件（19+6+4），超过总数27件；请核对总数或各分项"],
    },
    {
      mistake: "last year's title, its year spaced from 年",
      from: "交易中心 2024 年度",
      to: "交易中心 2023 年度",
      findings: ["1:13-1:19 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "the opening stating last year, its year spaced from 年",
      from: "2024 年，市公共资源交易中心坚持",
      to: "2023 年，市公共资源交易中心坚持",
      findings: ["5:1-5:7 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "the plans headed with the report's own year",
      from: "四、2025 年工作计划",
      to: "四、2024 年工作计划",
      findings: ["31:3-31:9 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "dated after March 31, every number spaced",
      from: "2025 年 3 月 12 日",
      to: "2025 年 4 月 12 日",
      findings: ["46:1-46:16 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月12日"],
    },
    {
      mistake: "a plan item number skipped ((三) written (四))",
      from: "（三）加强交易数据共享",
      to: "（四）加强交易数据共享",
      findings: ["37:1-37:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "the 中心主任's paragraph dropped, the 党总支书记's left",
      from: "中心主任认真履行法治建设重要组织者、推动者和实践者职责，亲自审定交易规则清理方案和进场交易事项清单，对重大投诉事项亲自协调处理，推动中心各项工作在法治轨道上运行。\n\n",
      to: "",
      findings: ["25:1-25:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党总支书记）的履职情况，未写政府主要负责人：请补写主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the template's XX left in the signature",
      from: "\n桂岭市公共资源交易中心\n",
      to: "\nXX市公共资源交易中心\n",
      findings: ["45:1-45:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "half-width parentheses in a name",
      from: "（广西桂岭）",
      to: "(广西桂岭)",
      findings: [
        "17:80-17:81 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”",
        "17:85-17:86 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”",
      ],
    },
  ],
  "212-county-drc-first-responsible-person.txt": [
    {
      mistake: "an 采纳率 with its digits swapped",
      from: "采纳率63.8%",
      to: "采纳率68.3%",
      findings: ["14:150-14:158 rate-mismatch 采纳率应为63.8%（37÷58），文中为68.3%"],
    },
    {
      mistake: "a 其中 part of the projects raised beyond them",
      from: "备案588件",
      to: "备案598件",
      findings: ["16:81-16:105 parts-exceed-total 各分项之和为652件（48+6+598），超过总数642件；请核对总数或各分项"],
    },
    {
      mistake: "a 办结率 half a point off",
      from: "办结率98.4%",
      to: "办结率98.9%",
      findings: ["16:136-16:144 rate-mismatch 办结率应为98.4%（183÷186），文中为98.9%"],
    },
    {
      mistake: "last year in the title's second line",
      from: "\n2025年度履行",
      to: "\n2024年度履行",
      findings: ["2:1-2:6 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the reporting sentence stating last year (现将本人2024年度……)",
      from: "现将本人2025年度",
      to: "现将本人2024年度",
      findings: ["6:110-6:115 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "the first year of the 十五五 written 2025",
      from: "2026年是“十五五”开局之年",
      to: "2025年是“十五五”开局之年",
      findings: [
        "30:1-30:5 terminology “2025”应为“2026”：“十五五”开局之年是2026年",
        "30:1-30:6 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年",
      ],
    },
    {
      mistake: "a subsection number skipped ((四) written (五))",
      from: "（四）带头依法行政",
      to: "（五）带头依法行政",
      findings: ["16:1-16:4 heading-numbering 标题序号跳号：此处应为“（四）”，文中为“（五）”"],
    },
    {
      mistake: "the causes of the three shortcomings dropped",
      from: "，原因是本人精力较多放在项目建设和经济运行调度上，抓法治建设的时间和精力投入不足。二是推动法治与业务深度融合还不够，主要原因是对发展改革领域新出台法律法规的学习研究不够深入。三是全局干部法治素养参差不齐，究其原因，针对不同岗位的分类培训开展较少。",
      to: "。二是推动法治与业务深度融合还不够。三是全局干部法治素养参差不齐。",
      findings: ["22:1-22:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the signer's name left as ×××",
      from: "局长：陈立华",
      to: "局长：×××",
      findings: ["32:18-32:21 placeholder-text 模板占位符“×××”未替换，应填写实际内容"],
    },
    {
      mistake: "the closing 》 of a measure's title dropped",
      from: "高质量发展若干措施》依法",
      to: "高质量发展若干措施依法",
      findings: ["14:76-14:77 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "dated in November of the report year",
      from: "2026年1月28日",
      to: "2025年11月30日",
      findings: ["33:1-33:12 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年11月30日"],
    },
    {
      mistake: "a half-width semicolon typed in prose",
      from: "22项任务；全年主持",
      to: "22项任务;全年主持",
      findings: ["10:110-10:111 punctuation-width 中文行文应使用全角标点“；”，文中为半角“;”"],
    },
  ],
  "213-henan-town-short-named-leaders.txt": [
    {
      mistake: "a 办结 count typed wrong, the 办结率 kept",
      from: "办结3,198件",
      to: "办结3,189件",
      findings: ["9:116-9:124 rate-mismatch 办结率应为99.2%（3189÷3214），文中为99.5%"],
    },
    {
      mistake: "a fall that does not match 50 → 42",
      from: "较上年的50件下降16.0%",
      to: "较上年的50件下降19.0%",
      findings: ["13:69-13:74 change-mismatch 降幅应为16.0%（(50-42)÷50），文中为19.0%"],
    },
    {
      mistake: "a 其中 part raised beyond the devolved items",
      from: "行政检查9项",
      to: "行政检查19项",
      findings: ["9:23-9:51 parts-exceed-total 各分项之和为58项（36+19+3），超过总数48项；请核对总数或各分项"],
    },
    {
      mistake: "the 镇长 dropped from the joint duties paragraph",
      from: "镇党委书记张卫东、镇长刘亚楠认真履行推进法治建设第一责任人职责。张卫东同志主持召开镇党委会议专题研究法治建设3次，带头讲授法治党课1次，年底向县委述法；刘亚楠同志主持镇政府常务会议集体学法6次，坚持重大事项先审查后决策，全年接待群众来访32批次。",
      to: "镇党委书记张卫东认真履行推进法治建设第一责任人职责，主持召开镇党委会议专题研究法治建设3次，带头讲授法治党课1次，年底向县委述法。",
      findings: ["25:1-25:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写镇长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "this year's plans headed with the report year",
      from: "四、2026年工作计划",
      to: "四、2025年工作计划",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the town's name left as ×× in the signature",
      from: "双河镇人民政府\n2026年1月20日",
      to: "××镇人民政府\n2026年1月20日",
      findings: ["37:1-37:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "dated after the March 31 deadline",
      from: "2026年1月20日",
      to: "2026年4月8日",
      findings: ["38:1-38:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月8日"],
    },
    {
      mistake: "a shortcoming numbered 四是 after 二是",
      from: "三是群众运用法律",
      to: "四是群众运用法律",
      findings: ["23:78-23:80 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "the causes of all three shortcomings dropped",
      from: "一是执法队伍专业能力不足，原因是执法人员多由原站所人员转岗而来，具有法律专业背景的仅2名。二是部分村规民约修订滞后，主要在于村“两委”对修订工作重视不够。三是群众运用法律维权的意识仍需提高，原因是普法活动以集中宣讲为主，针对留守老人、外出务工人员的方式不多。",
      to: "一是执法队伍专业能力不足，具有法律专业背景的仅2名。二是部分村规民约修订滞后。三是群众运用法律维权的意识仍需提高。",
      findings: ["21:1-21:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a half-width comma after a count",
      from: "办结3,198件，办结率",
      to: "办结3,198件,办结率",
      findings: ["9:115-9:116 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "the closing quote of an activity's name dropped",
      from: "“法律赶大集”活动12场",
      to: "“法律赶大集活动12场",
      findings: ["15:22-15:23 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "another town's name in the opening",
      from: "双河镇坚持以习近平",
      to: "柳林镇坚持以习近平",
      findings: ["5:7-5:10 name-consistency 开头所写的“柳林镇”与标题中的“双河镇人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
  ],
  "214-shanxi-county-docnumber-annexes-after-date.txt": [
    {
      mistake: "last year in the title's second line",
      from: "关于2025年度法治政府建设情况的报告",
      to: "关于2024年度法治政府建设情况的报告",
      findings: ["4:3-4:8 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the document number of last year",
      from: "晋川政报〔2026〕3号",
      to: "晋川政报〔2025〕3号",
      findings: ["1:6-1:10 publish-date 发文字号的年份为2025年，成文日期为2026年2月6日：发文字号按成文年份编号，应为〔2026〕"],
    },
    {
      mistake: "a 全程网办率 with its digits swapped",
      from: "全程网办率90.7%",
      to: "全程网办率97.0%",
      findings: ["12:77-12:87 rate-mismatch 全程网办率应为90.7%（1063÷1172），文中为97.0%"],
    },
    {
      mistake: "an outcome raised beyond the cases closed",
      from: "维持52件",
      to: "维持58件",
      findings: ["18:36-18:84 parts-exceed-total 各分项之和为80件（58+8+5+4+1+4），超过总数74件；请核对总数或各分项"],
    },
    {
      mistake: "a 纠错率 with its digits swapped",
      from: "纠错率13.5%",
      to: "纠错率15.3%",
      findings: ["18:85-18:93 rate-mismatch 纠错率应为13.5%（(5+4+1)÷74），文中为15.3%"],
    },
    {
      mistake: "a fall in the fines written as a rise",
      from: "较上年的1,412.8万元下降8.9%",
      to: "较上年的1,412.8万元增长8.9%",
      findings: ["16:92-16:96 change-mismatch 从1412.8万元到1286.4万元是下降，降幅为8.9%（(1412.8万-1286.4万)÷1412.8万），文中写作增长8.9%"],
    },
    {
      mistake: "a table row that no longer adds up to the 合计",
      from: "县生态环境局\t628\t86\t81",
      to: "县生态环境局\t628\t96\t81",
      findings: ["69:10-69:15 parts-exceed-total 各分项之和为1146件（312+398+96+204+68+68），超过总数1136件；请核对总数或各分项"],
    },
    {
      mistake: "the plans headed two years ahead",
      from: "四、2026年工作安排",
      to: "四、2027年工作安排",
      findings: ["38:3-38:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2027年"],
    },
    {
      mistake: "the shortcomings part left out",
      from: "二、存在的不足及原因\n\n（一）基层执法力量仍显薄弱。乡镇综合行政执法队伍中具有法律专业背景的人员偏少，主要原因是编制有限，专业人才引进渠道不畅。\n\n（二）行政复议纠错率偏高。个别部门重实体、轻程序，原因在于执法人员程序意识不强，案卷评查发现的问题整改不彻底。\n\n对2024年度报告所列“规范性文件公开不及时”问题，已建立文件印发后5个工作日内公开的工作机制，整改完成。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "26:1-26:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "a subsection number repeated ((二) twice)",
      from: "（三）严格规范行政执法",
      to: "（二）严格规范行政执法",
      findings: ["16:1-16:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”"],
    },
    {
      mistake: "the addressee's city left as ××",
      from: "汾州市人民政府：",
      to: "××市人民政府：",
      findings: ["6:1-6:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "dated in September of the report year",
      from: "2026年2月6日",
      to: "2025年9月30日",
      findings: ["53:1-53:11 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年9月30日"],
    },
    {
      mistake: "a subsection number typed with half-width parentheses",
      from: "（二）提升制度建设质量",
      to: "(二)提升制度建设质量",
      findings: ["14:1-14:2 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”", "14:3-14:4 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”"],
    },
    {
      mistake: "the signature of another county",
      from: "晋川县人民政府\n2026年2月6日",
      to: "晋源县人民政府\n2026年2月6日",
      findings: ["52:1-52:8 name-consistency 落款所写的“晋源县人民政府”与标题中的“晋川县人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a stock dated at the end of the year before",
      from: "累计归集电子证照19.6万本",
      to: "截至2024年底累计归集电子证照19.6万本",
      findings: ["24:61-24:66 year-consistency “主要举措和成效”应写2025年的情况，文中的数据截至2024年底，是上一年度的：应截至2025年底"],
    },
  ],
  "215-liaoning-prefecture-city-2024-two-years.txt": [
    {
      mistake: "a rise in points that its two rates contradict",
      from: "比2023年的88.2%提高5.5个百分点",
      to: "比2023年的88.2%提高6.5个百分点",
      findings: ["12:66-12:73 change-mismatch 增幅应为5.5个百分点（93.7%-88.2%），文中为6.5个百分点"],
    },
    {
      mistake: "a rise % off by a digit",
      from: "比2023年的1,018件增长40.1%",
      to: "比2023年的1,018件增长41.0%",
      findings: ["24:55-24:60 change-mismatch 增幅应为40.1%（(1426-1018)÷1018），文中为41.0%"],
    },
    {
      mistake: "last year's 纠错率 changed, the points kept",
      from: "比2023年的10.6%提高3.2个百分点",
      to: "比2023年的11.6%提高3.2个百分点",
      findings: ["24:109-24:116 change-mismatch 增幅应为2.2个百分点（13.8%-11.6%），文中为3.2个百分点"],
    },
    {
      mistake: "a share of the cases closed with its digits swapped",
      from: "占审结案件的22.7%",
      to: "占审结案件的27.2%",
      findings: ["24:137-24:142 rate-mismatch 占比应为22.7%（276÷1215），文中为27.2%"],
    },
    {
      mistake: "a count of cases lost changed, its 败诉率 kept",
      from: "行政机关败诉71件",
      to: "行政机关败诉79件",
      findings: ["24:196-24:203 rate-mismatch 败诉率应为8.9%（79÷885），文中为8.0%"],
    },
    {
      mistake: "the reporting sentence stating the year before",
      from: "现将2024年度法治政府建设情况报告如下",
      to: "现将2023年度法治政府建设情况报告如下",
      findings: ["6:108-6:113 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "the title naming the year of writing",
      from: "关于2024年度法治政府建设情况的报告",
      to: "关于2025年度法治政府建设情况的报告",
      findings: ["2:3-2:8 year-consistency 标题中为2025年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2025年工作计划",
      to: "四、2024年工作计划",
      findings: ["54:3-54:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "the last subsection numbered one too far",
      from: "（八）数字法治政府建设加快推进",
      to: "（九）数字法治政府建设加快推进",
      findings: ["38:1-38:4 heading-numbering 标题序号跳号：此处应为“（八）”，文中为“（九）”"],
    },
    {
      mistake: "the 市长's sentence dropped",
      from: "市长主持召开市政府常务会议研究法治政府建设议题6次，组织会前学法10次，带头出庭应诉1次，督促行政复议纠错案件所涉部门逐案整改。",
      to: "",
      findings: ["50:1-50:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（市委书记）的履职情况，未写政府主要负责人：请补写市长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "dated after March 31",
      from: "2025年2月18日",
      to: "2025年4月2日",
      findings: ["69:1-69:10 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月2日"],
    },
    {
      mistake: "a half-width comma before the year compared",
      from: "出庭应诉率达到98.6%，2023年为95.1%",
      to: "出庭应诉率达到98.6%,2023年为95.1%",
      findings: ["24:245-24:246 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
  ],
  "216-hubei-district-causes-subsection-fifteenth-plan.txt": [
    {
      mistake: "a 其中 kind of power raised beyond the list",
      from: "行政检查386项",
      to: "行政检查886项",
      findings: ["9:27-9:84 parts-exceed-total 各分项之和为3718项（286+2104+142+886+300），超过总数3218项；请核对总数或各分项"],
    },
    {
      mistake: "a 直接纠错率 with its digits swapped",
      from: "直接纠错率11.5%",
      to: "直接纠错率15.1%",
      findings: ["15:84-15:94 rate-mismatch 直接纠错率应为11.5%（(8+6+2)÷139），文中为15.1%"],
    },
    {
      mistake: "an 优秀率 with its digits swapped",
      from: "优秀率27.5%",
      to: "优秀率25.7%",
      findings: ["13:87-13:95 rate-mismatch 优秀率应为27.5%（66÷240），文中为25.7%"],
    },
    {
      mistake: "the causes subsection left out",
      from: "（二）原因分析\n\n主要是街道执法力量配备与下放事项数量不匹配，执法人员专业培训不足；征收补偿工作程序环节多，部分工作人员依法行政意识不强、程序把关不严；普法责任单位对新就业形态群体的法治需求研究不够。\n\n",
      to: "",
      findings: ["23:1-23:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "next year's work headed with the report year",
      from: "（一）2026年重点工作",
      to: "（一）2025年重点工作",
      findings: ["43:4-43:9 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the last year of the 十四五 called its first",
      from: "“十四五”规划收官之年",
      to: "“十四五”规划开局之年",
      findings: ["5:1-5:5 terminology “2025”应为“2021”：“十四五”开局之年是2021年"],
    },
    {
      mistake: "a plan item numbered 4. after 2.",
      from: "3.面向快递员",
      to: "4.面向快递员",
      findings: ["49:1-49:3 heading-numbering 标题序号跳号：此处应为“3.”，文中为“4.”"],
    },
    {
      mistake: "the 区委书记's paragraph left out",
      from: "区委书记主持召开区委常委会会议4次研究法治建设，带头在全区领导干部述法会议上述法，部署开展“法治沙洲”建设三年行动。\n\n",
      to: "",
      findings: ["35:1-35:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（区长）的履职情况，未写党委主要负责人：请补写区委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a shortcoming numbered 二是 twice",
      from: "三是普法工作针对性不强",
      to: "二是普法工作针对性不强",
      findings: ["27:67-27:69 enumeration-sequence 列举序号重复：前面已有“二是”，此处应为“三是”"],
    },
    {
      mistake: "the rectified problem's name left as a fill-in note",
      from: "“行政规范性文件后评估开展不够”问题",
      to: "“【此处填写问题名称】”问题",
      findings: ["33:12-33:22 placeholder-text 编写说明“【此处填写问题名称】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "the closing 》 of a regulation dropped",
      from: "《重大行政决策程序暂行条例》，",
      to: "《重大行政决策程序暂行条例，",
      findings: ["11:23-11:24 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "the date without 日",
      from: "2026年1月28日",
      to: "2026年1月28",
      findings: ["60:1-60:10 date-format 成文日期缺少“日”：应为“2026年1月28日”，文中为“2026年1月28”"],
    },
  ],
  "217-shaanxi-province-leaders-by-office.txt": [
    {
      mistake: "a cut % that the two counts contradict",
      from: "精简5.1%",
      to: "精简5.3%",
      findings: ["9:39-9:43 change-mismatch 降幅应为5.1%（(512-486)÷512），文中为5.3%"],
    },
    {
      mistake: "last year's count in parentheses changed",
      from: "（上年2.41万件）",
      to: "（上年2.51万件）",
      findings: ["17:42-17:47 change-mismatch 增幅应为13.9%（(2.86万-2.51万)÷2.51万），文中为18.7%"],
    },
    {
      mistake: "a 纠错率 a point off",
      from: "纠错率12.9%",
      to: "纠错率11.9%",
      findings: ["17:76-17:84 rate-mismatch 纠错率应为12.9%（3186÷2.47万），文中为11.9%"],
    },
    {
      mistake: "problems rectified changed, the 整改率 kept",
      from: "已整改398个",
      to: "已整改389个",
      findings: ["21:39-21:47 rate-mismatch 整改率应为94.4%（389÷412），文中为96.6%"],
    },
    {
      mistake: "the government leader's paragraph left out",
      from: "省政府主要负责同志主持召开省政府常务会议专题研究法治政府建设4次，组织省政府常务会议会前学法12次，审定重大行政决策事项12项，对行政复议纠错率偏高的领域作出专门部署。\n\n",
      to: "",
      findings: ["33:1-33:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（省委主要负责同志）的履职情况，未写政府主要负责人：请补写省长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the Party leader's paragraph left out",
      from: "省委主要负责同志主持召开省委全面依法治省委员会会议2次，审议通过法治秦川建设年度工作要点，听取各市法治建设工作汇报，对法治督察发现的问题提出整改要求。\n\n",
      to: "",
      findings: ["33:1-33:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（省政府主要负责同志）的履职情况，未写党委主要负责人：请补写省委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the measures headed with last year",
      from: "一、2025年法治政府建设主要举措和成效",
      to: "一、2024年法治政府建设主要举措和成效",
      findings: ["7:3-7:8 year-consistency “主要举措和成效”应写2025年的情况，标题中为2024年"],
    },
    {
      mistake: "the plans headed two years ahead",
      from: "四、2026年法治政府建设工作安排",
      to: "四、2027年法治政府建设工作安排",
      findings: ["39:3-39:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2027年"],
    },
    {
      mistake: "the last part numbered 六、 after 四、",
      from: "五、其他需要报告的事项",
      to: "六、其他需要报告的事项",
      findings: ["49:1-49:3 heading-numbering 标题序号跳号：此处应为“五、”，文中为“六、”"],
    },
    {
      mistake: "the causes of the three shortcomings dropped",
      from: "一是法治政府建设区域发展不平衡，秦南部分县区法治机构力量薄弱，主要原因是专业人才流失较多、补充不足。二是行政复议案件数量较快增长，部分领域纠错率偏高，究其原因，一些行政机关执法程序不规范，源头预防不到位。三是基层行政执法人员素质有待提升，原因在于培训考核机制不够健全。\n\n",
      to: "一是法治政府建设区域发展不平衡，秦南部分县区法治机构力量薄弱。二是行政复议案件数量较快增长，部分领域纠错率偏高。三是基层行政执法人员素质有待提升。\n\n",
      findings: ["27:1-27:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a half-width semicolon between two figures",
      from: "调解成功率98.1%；12345",
      to: "调解成功率98.1%;12345",
      findings: ["17:151-17:152 punctuation-width 中文行文应使用全角标点“；”，文中为半角“;”"],
    },
    {
      mistake: "the province's name left as ×× in the opening",
      from: "秦川省人民政府坚持以习近平",
      to: "××省人民政府坚持以习近平",
      findings: ["5:7-5:9 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the year of the closing date not updated",
      from: "2026年3月12日",
      to: "2025年3月12日",
      findings: ["54:1-54:11 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年3月12日，是否应为2026年3月12日？"],
    },
    {
      mistake: "a 持证率 above 100%",
      from: "持证率达到98.7%",
      to: "持证率达到108.7%",
      findings: ["15:162-15:173 rate-out-of-range 持证率不应超过100%，文中为108.7%；请核对分子和分母"],
    },
  ],
  "218-jilin-new-area-overview-cases.txt": [
    {
      mistake: "an 采纳率 with its digits swapped",
      from: "采纳率94.5%",
      to: "采纳率95.4%",
      findings: ["18:54-18:62 rate-mismatch 采纳率应为94.5%（361÷382），文中为95.4%"],
    },
    {
      mistake: "the difference of the checks typed wrong",
      from: "减少668户次",
      to: "减少686户次",
      findings: ["14:92-14:97 change-mismatch 减少量应为668户次（1936-1268），文中为686户次"],
    },
    {
      mistake: "a 办结 count changed, its 办结率 kept",
      from: "办结2.16万件",
      to: "办结2.14万件",
      findings: ["20:42-20:50 rate-mismatch 办结率应为98.2%（2.14万÷2.18万），文中为99.1%"],
    },
    {
      mistake: "a 其中 kind raised beyond the devolved items",
      from: "行政处罚164项",
      to: "行政处罚184项",
      findings: ["10:21-10:63 parts-exceed-total 各分项之和为346项（118+184+21+23），超过总数326项；请核对总数或各分项"],
    },
    {
      mistake: "last year in the second line of a title over two lines",
      from: "\n2025年度法治政府建设情况报告",
      to: "\n2024年度法治政府建设情况报告",
      findings: ["2:1-2:6 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the opening stating last year",
      from: "2025年，新区党工委",
      to: "2024年，新区党工委",
      findings: ["6:54-6:59 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "the 管委会主任's sentence dropped",
      from: "管委会主任主持召开管委会主任办公会议学法6次，审定重大事项9项，带头接待企业反映问题，协调解决涉企法律纠纷14件。",
      to: "",
      findings: ["32:1-32:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写管委会主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "9月底前完成",
      to: "2025年9月底前完成",
      findings: ["40:33-40:38 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "a subsection number repeated ((五) twice)",
      from: "（六）法治宣传融入园区",
      to: "（五）法治宣传融入园区",
      findings: ["24:1-24:4 heading-numbering 标题序号重复：“（五）”与上一个同级标题相同，此处应为“（六）”"],
    },
    {
      mistake: "the city left as XX in the addressee",
      from: "市委全面依法治市委员会办公室、市人民政府：",
      to: "XX市委全面依法治市委员会办公室、市人民政府：",
      findings: ["4:1-4:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "the plans part left out",
      from: "四、2026年工作计划\n\n（一）引进和培养执法法律专业人才，年底前法律专业人员占执法人员比例提高到30%。\n\n（二）开展赋权事项运行评估，对全年办件量为零的事项提出调整建议，9月底前完成。\n\n（三）扩大“法治体检”覆盖面，全年服务企业不少于120家次。\n\n（四）建设新区统一监管数据平台，年底前接入全部执法科室，非现场监管事项不少于20项。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "36:1-36:3 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”"],
    },
    {
      mistake: "the closing quote of a slogan dropped",
      from: "推行“拿地即开工”",
      to: "推行“拿地即开工",
      findings: ["10:92-10:93 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "a half-width colon after a case label",
      from: "典型案例：某新能源",
      to: "典型案例:某新能源",
      findings: ["12:5-12:6 punctuation-width 中文行文应使用全角标点“：”，文中为半角“:”"],
    },
    {
      mistake: "the signature of another new area",
      from: "鹤松新区管理委员会\n2026年1月26日",
      to: "松北新区管理委员会\n2026年1月26日",
      findings: ["50:1-50:10 name-consistency 落款所写的“松北新区管理委员会”与标题中的“鹤松新区管理委员会”不是同一单位：是否沿用了其他单位的报告？"],
    },
  ],
  "219-city-ipr-bureau-figure-endings-2024.txt": [
    {
      mistake: "a 结案率 with its digits swapped",
      from: "结案率93.7%",
      to: "结案率97.3%",
      findings: ["13:100-13:108 rate-mismatch 结案率应为93.7%（118÷126），文中为97.3%"],
    },
    {
      mistake: "a change percent with digits swapped",
      from: "较上年的24起增长29.2%",
      to: "较上年的24起增长22.9%",
      findings: ["15:146-15:151 change-mismatch 增幅应为29.2%（(31-24)÷24），文中为22.9%"],
    },
    {
      mistake: "an outcome raised beyond the cases closed",
      from: "作出行政裁决66件",
      to: "作出行政裁决76件",
      findings: ["13:95-13:136 parts-exceed-total 各分项之和为128件（52+76），既超过118件，也超过其所出自的总数126件（分项可能是两者中任一个的）；请核对总数或各分项"],
    },
    {
      mistake: "last year's title",
      from: "皖江市知识产权局2024年度",
      to: "皖江市知识产权局2023年度",
      findings: ["1:9-1:14 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "the plans heading two years ahead",
      from: "四、2025年法治政府建设工作打算",
      to: "四、2026年法治政府建设工作打算",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2026年"],
    },
    {
      mistake: "the duties part dropped (heading and text)",
      from: "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n局党组书记、局长认真履行推进法治建设第一责任人职责，对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调。带头学法用法，主持局党组理论学习中心组专题学习习近平法治思想和新修订的《中华人民共和国专利法实施细则》，为全局干部讲授法治专题党课。带头依法决策，重大行政执法决定均经法制审核和集体讨论。全年主持召开局党组会议专题研究法治工作4次，亲自审定重大行政执法决定3件。\n\n四、",
      to: "三、",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "29:1-29:3 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”",
      ],
    },
    {
      mistake: "shortcomings without causes",
      from: "，主要原因是技术调查力量仍然偏弱，与司法鉴定机构的衔接机制还不完善。二是中小微企业知识产权保护意识不强，原因在于普法宣传多集中在城区和重点企业，深入县区和产业园区不够。三是数字化监管手段运用不足，究其原因，知识产权保护信息平台建设起步较晚，与市场监管、公安等部门的数据共享尚未完全打通。",
      to: "。二是中小微企业知识产权保护意识不强。三是数字化监管手段运用不足，知识产权保护信息平台与市场监管、公安等部门的数据共享尚未完全打通。",
      findings: ["21:1-21:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a subsection number repeated ((三) twice)",
      from: "（四）强化保护执法协作",
      to: "（三）强化保护执法协作",
      findings: ["15:1-15:4 heading-numbering 标题序号重复：“（三）”与上一个同级标题相同，此处应为“（四）”"],
    },
    {
      mistake: "the signature's place left as ××",
      from: "皖江市知识产权局\n2025年1月20日",
      to: "××市知识产权局\n2025年1月20日",
      findings: ["37:1-37:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the closing 》 of a law's title dropped",
      from: "《中华人民共和国专利法》及其实施细则",
      to: "《中华人民共和国专利法及其实施细则",
      findings: ["11:39-11:40 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "dated 1 April, a day late",
      from: "2025年1月20日",
      to: "2025年4月1日",
      findings: ["38:1-38:10 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月1日"],
    },
    {
      mistake: "a half-width comma before a rate",
      from: "采纳39条，采纳率95.1%",
      to: "采纳39条,采纳率95.1%",
      findings: ["11:150-11:151 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "more requests handled than received, the rate kept",
      from: "办结339件",
      to: "办结349件",
      findings: ["15:107-15:113 parts-exceed-total 办结349件多于受理346件；办结数不应超过受理数，请核对"],
    },
    {
      mistake: "a 全程网办率 with its digits swapped",
      from: "全程网办率85.7%",
      to: "全程网办率87.5%",
      findings: ["17:50-17:60 rate-mismatch 全程网办率应为85.7%（12÷14），文中为87.5%"],
    },
    {
      // Missed until a time limit's difference (缩短16天) was held to its two ends.
      mistake: "a difference of days that does not match the two durations",
      from: "缩短至52天，缩短16天",
      to: "缩短至52天，缩短18天",
      findings: ["13:161-13:164 change-mismatch 减少量应为16天（68-52），文中为18天"],
    },
  ],
  "220-county-supply-cooperative-short.txt": [
    {
      mistake: "a 合格率 with its digits swapped",
      from: "合格率98.5%",
      to: "合格率95.8%",
      findings: ["13:40-13:48 rate-mismatch 合格率应为98.5%（67÷68），文中为95.8%"],
    },
    {
      mistake: "last year in the opening",
      from: "2025年，县供销合作社联合社",
      to: "2024年，县供销合作社联合社",
      findings: ["5:1-5:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "the plan sentence stating the report year",
      from: "2026年，县供销社将重点做好四项工作",
      to: "2025年，县供销社将重点做好四项工作",
      findings: ["27:1-27:6 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年"],
    },
    {
      mistake: "an inline plan number repeated ((1)(2)(2)(4))",
      from: "（3）健全合同审查",
      to: "（2）健全合同审查",
      findings: ["27:74-27:77 enumeration-sequence 列举序号重复：前面已有“（2）”，此处应为“（3）”"],
    },
    {
      mistake: "outcomes of the disputes beyond them",
      from: "其中通过诉讼胜诉2件",
      to: "其中通过诉讼胜诉3件",
      findings: ["13:106-13:126 parts-exceed-total 各分项之和为4件（3+1），超过总数3件；请核对总数或各分项"],
    },
    {
      mistake: "the shortcomings part dropped",
      from: "二、存在的不足和原因\n\n对照2024年度报告所列社有资产台账不全的问题，县供销社已完成全部资产清查登记，问题已整改。当前工作仍有不足：一是部分基层社法治意识不强，依法经营和合同管理不够规范，主要原因是基层社人员少、年龄偏大，法治培训覆盖不够。二是社有资产监管手段较为单一，原因在于信息化监管平台尚未建成，仍以人工台账为主，资产变动情况难以及时掌握。\n\n三、",
      to: "二、",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "21:1-21:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”",
      ],
    },
    {
      mistake: "a form's bracket left in place of a document's name",
      from: "修订《秦川县供销社社有资产管理办法》等内部制度5项",
      to: "修订【此处填写制度名称】等内部制度5项",
      findings: ["9:66-9:76 placeholder-text 编写说明“【此处填写制度名称】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "more passed than sat the exam, the rate kept",
      from: "合格67人",
      to: "合格69人",
      findings: ["13:34-13:39 parts-exceed-total 合格69人多于参考68人；合格数不应超过参考数，请核对"],
    },
    {
      mistake: "a date that does not exist",
      from: "2026年1月16日",
      to: "2026年2月30日",
      findings: ["34:1-34:11 invalid-date 日期不存在：2026年没有2月30日，2月只有28天"],
    },
    {
      mistake: "half-width parentheses on an inline plan number",
      from: "（1）开展基层社",
      to: "(1)开展基层社",
      findings: [
        "27:21-27:22 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”",
        "27:23-27:24 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”",
      ],
    },
    {
      mistake: "the closing quotation mark of an app's name dropped",
      from: "“秦务员”平台",
      to: "“秦务员平台",
      findings: ["11:125-11:126 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      // Missed until a signature line ending in 联合社 (合作社) was read as one.
      mistake: "the signature of another county's cooperative",
      from: "秦川县供销合作社联合社\n2026年1月16日",
      to: "渭北县供销合作社联合社\n2026年1月16日",
      findings: ["33:1-33:12 name-consistency 落款所写的“渭北县供销合作社联合社”与标题中的“秦川县供销合作社联合社”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      // Missed until a list was held to the number of items announced before it.
      mistake: "the number of plans announced not matching the list",
      from: "重点做好四项工作",
      to: "重点做好五项工作",
      findings: ["27:16-27:20 enumeration-sequence 列举项数与前文不符：前文说“五项工作”，下面列出了4项"],
    },
  ],
  "221-city-public-security-bureau-2023.md": [
    {
      mistake: "a table's 同比 with its digits swapped",
      from: "| 18,426 | 17,305 | +6.5% |",
      to: "| 18,426 | 17,305 | +5.6% |",
      findings: ["15:33-15:38 change-mismatch 增幅应为6.5%（(18426-17305)÷17305），文中为+5.6%"],
    },
    {
      mistake: "a table's change of a rate in points off by one",
      from: "提高2.5个百分点",
      to: "提高3.5个百分点",
      findings: ["20:33-20:40 change-mismatch 增幅应为2.5个百分点（92.6%-90.1%），文中为3.5个百分点"],
    },
    {
      // Missed until 起诉率 (over 移送审查起诉) was in the rate vocabulary.
      mistake: "an 起诉率 with digits swapped",
      from: "起诉率94.3%",
      to: "起诉率92.4%",
      findings: ["28:122-28:130 rate-mismatch 起诉率应为94.3%（2034÷2156），文中为92.4%"],
    },
    {
      mistake: "a 纠错率 off",
      from: "纠错率12.3%",
      to: "纠错率13.2%",
      findings: ["32:138-32:146 rate-mismatch 纠错率应为12.3%（(6+3+1)÷81），文中为13.2%"],
    },
    {
      mistake: "last year in the reporting sentence",
      from: "现将2023年度法治政府建设情况报告如下",
      to: "现将2022年度法治政府建设情况报告如下",
      findings: ["5:133-5:138 year-consistency 开头写的是2022年度的情况，标题中为2023年度：请统一报告年度"],
    },
    {
      mistake: "the plans heading naming the report year",
      from: "## 四、2024年工作计划",
      to: "## 四、2023年工作计划",
      findings: ["46:6-46:11 year-consistency “下一年度主要安排”应写2024年的安排，标题中为2023年"],
    },
    {
      mistake: "a subsection number skipped ((四) written (五))",
      from: "### （四）加强执法监督管理",
      to: "### （五）加强执法监督管理",
      findings: ["30:5-30:8 heading-numbering 标题序号跳号：此处应为“（四）”，文中为“（五）”"],
    },
    {
      mistake: "the third shortcoming numbered 四是",
      from: "三是执法信息化应用不够深入",
      to: "四是执法信息化应用不够深入",
      findings: ["40:181-40:183 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "a clean-up's 其中 parts beyond the documents",
      from: "继续有效24件",
      to: "继续有效26件",
      findings: ["24:38-24:61 parts-exceed-total 各分项之和为33件（26+5+2），超过总数31件；请核对总数或各分项"],
    },
    {
      mistake: "the duties part left with its heading only",
      from: "市委常委、市公安局党委书记、局长认真履行推进法治建设第一责任人职责，坚持把法治公安建设与公安工作同部署、同推进。全年主持召开局党委会议专题研究法治建设4次，带头旁听庭审1次，带头参加学法考试，亲自协调解决执法办案管理中心建设中的重大问题。对行政复议纠错案件逐案过问，组织开展执法问题倒查整改。\n\n",
      to: "",
      findings: ["42:4-42:30 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下没有内容"],
    },
    {
      mistake: "dated in April",
      from: "2024年2月6日",
      to: "2024年4月8日",
      findings: ["56:1-56:10 publish-date 成文日期晚于次年3月31日的公开期限：2023年度报告应在2024年3月31日前成文公开，文中为2024年4月8日"],
    },
    {
      // Missed until a count done was held to what was asked for (提请批准逮捕).
      mistake: "more arrests approved than requested, the rate kept",
      from: "检察机关批准逮捕1,058人",
      to: "检察机关批准逮捕1,158人",
      findings: ["28:74-28:84 parts-exceed-total 批准逮捕1158人多于提请批准逮捕1126人；批准逮捕数不应超过提请批准逮捕数，请核对"],
    },
    {
      mistake: "a table's decrease written with the wrong sign",
      from: "| 4,312 | 4,786 | -9.9% |",
      to: "| 4,312 | 4,786 | +9.9% |",
      findings: ["17:31-17:36 change-mismatch 从4786起到4312起是下降，降幅为9.9%（(4786-4312)÷4786），文中写作增长9.9%"],
    },
  ],
  "222-district-justice-bureau-parenthesized-bases.txt": [
    {
      mistake: "a change in parentheses with digits swapped",
      from: "（上年131件，同比增长28.2%）",
      to: "（上年131件，同比增长22.8%）",
      findings: ["13:42-13:47 change-mismatch 增幅应为28.2%（(168-131)÷131），文中为22.8%"],
    },
    {
      mistake: "last year's count in parentheses mistyped, the change kept",
      from: "（上年968件，同比增长5.8%）",
      to: "（上年986件，同比增长5.8%）",
      findings: ["19:84-19:88 change-mismatch 增幅应为3.9%（(1024-986)÷986），文中为5.8%"],
    },
    {
      mistake: "a 调解成功率 one point off",
      from: "调解成功率97.1%",
      to: "调解成功率96.1%",
      findings: ["15:93-15:103 rate-mismatch 调解成功率应为97.1%（1792÷1846），文中为96.1%"],
    },
    {
      // Missed until counts listed with 、 alone in parentheses were read as parts.
      mistake: "a part in parentheses beyond its total",
      from: "年初在册298人",
      to: "年初在册398人",
      findings: ["17:25-17:46 parts-exceed-total 各分项之和为584人（398+186），超过总数484人；请核对总数或各分项"],
    },
    {
      // Missed until a cut-off right before its predicate (截至……12月底在册) was read.
      mistake: "截至 last year's end",
      from: "截至2025年12月底在册312人",
      to: "截至2024年12月底在册312人",
      findings: ["17:59-17:64 year-consistency “主要举措和成效”应写2025年的情况，文中的数据截至2024年底，是上一年度的：应截至2025年底"],
    },
    {
      mistake: "an outcome of review raised beyond the cases closed",
      from: "其中维持98件",
      to: "其中维持108件",
      findings: ["13:58-13:109 parts-exceed-total 各分项之和为156件（108+12+9+2+5+2+18），超过总数146件；请核对总数或各分项"],
    },
    {
      mistake: "legal aid parts beyond the cases",
      from: "民事案件612件",
      to: "民事案件621件",
      findings: ["19:66-19:117 parts-exceed-total 各分项之和为1033件（386+621+26），超过总数1024件；请核对总数或各分项"],
    },
    {
      mistake: "plans numbered 一是、二是、二是、四是",
      from: "三是加强专职人民调解员",
      to: "二是加强专职人民调解员",
      findings: ["31:96-31:98 enumeration-sequence 列举序号重复：前面已有“二是”，此处应为“三是”"],
    },
    {
      mistake: "the addressee's place left as XX",
      from: "区委全面依法治区委员会办公室：",
      to: "XX区委全面依法治区委员会办公室：",
      findings: ["3:1-3:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width colon in prose",
      from: "当前工作仍存在不足：",
      to: "当前工作仍存在不足:",
      findings: ["23:72-23:73 punctuation-width 中文行文应使用全角标点“：”，文中为半角“:”"],
    },
    {
      mistake: "another district's name in the opening",
      from: "2025年，松湖区司法局坚持",
      to: "2025年，松江区司法局坚持",
      findings: ["5:7-5:13 name-consistency 开头所写的“松江区司法局”与标题中的“吉兴市松湖区司法局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "the plans heading a year behind",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
  ],
  "223-province-prison-administration-targets-2024.txt": [
    {
      // The court's count after the comma was first added as a third part: a list joined with 、 ends at a comma.
      mistake: "a 其中 part raised beyond the cases",
      from: "假释706件",
      to: "假释760件",
      findings: ["11:74-11:98 parts-exceed-total 各分项之和为8696件（7936+760），超过总数8642件；请核对总数或各分项"],
    },
    {
      // Missed until 执行 in 暂予监外执行案卷 was read as the files' kind, not the count's verb.
      mistake: "a 合格率 of files one point off",
      from: "合格率99.0%",
      to: "合格率98.0%",
      findings: ["13:66-13:74 rate-mismatch 合格率应为99.0%（1188÷1200），文中为98.0%"],
    },
    {
      mistake: "more officers passing than the rate allows (digits swapped)",
      from: "合格1,397人",
      to: "合格1,379人",
      findings: ["19:102-19:110 rate-mismatch 合格率应为96.7%（1379÷1426），文中为98.0%"],
    },
    {
      mistake: "截至 the year before",
      from: "截至2024年底，已完成",
      to: "截至2023年底，已完成",
      findings: ["9:89-9:94 year-consistency “主要举措和成效”应写2024年的情况，文中的数据截至2023年底，是上一年度的：应截至2024年底"],
    },
    {
      // Missed until a plan sentence presenting its year (2024年是……，我局将……) was read.
      mistake: "the plans' year written as the report year",
      from: "2025年是实施方案的收官之年",
      to: "2024年是实施方案的收官之年",
      findings: ["31:1-31:6 year-consistency “下一年度主要安排”应写2025年的安排，文中为2024年"],
    },
    {
      mistake: "the plans part dropped",
      from: "四、2025年工作打算\n\n2025年是实施方案的收官之年，我局将重点做好以下工作：一是完成剩余5所监狱接入省级狱务公开平台，实现全覆盖。二是推动监狱执法信息系统与法院、检察院全面对接，实现减刑假释案件全流程网上流转。三是建立罪犯教育改造质量评估体系，提升教育改造质效。四是加强民警执法培训，开展执法大练兵活动。\n\n五、",
      to: "四、",
      findings: ["1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）"],
    },
    {
      mistake: "a subsection number repeated ((四) twice)",
      from: "（五）依法化解矛盾纠纷",
      to: "（四）依法化解矛盾纠纷",
      findings: ["17:1-17:4 heading-numbering 标题序号重复：“（四）”与上一个同级标题相同，此处应为“（五）”"],
    },
    {
      mistake: "dated in November of the report year",
      from: "2025年2月26日",
      to: "2024年11月26日",
      findings: ["38:1-38:12 publish-date 成文日期早于2024年12月1日，2024年度尚未结束：应在2024年12月1日至2025年3月31日之间成文，文中为2024年11月26日"],
    },
    {
      mistake: "the closing 》 of the bureau's own plan dropped",
      from: "《贯彻落实方案》",
      to: "《贯彻落实方案",
      findings: ["9:49-9:50 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "a count of years left as ××",
      from: "连续第十二年",
      to: "连续第××年",
      findings: ["5:107-5:110 placeholder-text 模板占位符“××年”未替换，应填写实际内容"],
    },
  ],
  "224-city-overseas-chinese-office-first-person-duties.txt": [
    {
      mistake: "an 办结率 with digits swapped",
      from: "办结率96.3%",
      to: "办结率93.6%",
      findings: ["11:84-11:92 rate-mismatch 办结率应为96.3%（131÷136），文中为93.6%"],
    },
    {
      // Missed until the rest (其余) after the count done was held to the total less it.
      mistake: "the remainder not matching the counts (其余3件)",
      from: "其余5件正在依法办理",
      to: "其余3件正在依法办理",
      findings: ["11:93-11:97 parts-exceed-total 受理136件、办结131件，其余应为5件，文中为3件；请核对"],
    },
    {
      mistake: "last year in the measures heading",
      from: "一、2025年度推进法治政府建设",
      to: "一、2024年度推进法治政府建设",
      findings: ["7:3-7:9 year-consistency “主要举措和成效”应写2025年的情况，标题中为2024年"],
    },
    {
      mistake: "the plans heading two years ahead",
      from: "四、2026年工作计划",
      to: "四、2027年工作计划",
      findings: ["27:3-27:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2027年"],
    },
    {
      mistake: "the duties numbered 一是、二是、二是",
      from: "三是带头化解矛盾",
      to: "二是带头化解矛盾",
      findings: ["25:152-25:154 enumeration-sequence 列举序号重复：前面已有“二是”，此处应为“三是”"],
    },
    {
      mistake: "a subsection number skipped ((五) written (六))",
      from: "（五）加强涉侨普法宣传",
      to: "（六）加强涉侨普法宣传",
      findings: ["17:1-17:4 heading-numbering 标题序号跳号：此处应为“（五）”，文中为“（六）”"],
    },
    {
      mistake: "a count left as XX",
      from: "涉侨调解员32名",
      to: "涉侨调解员XX名",
      findings: ["11:55-11:57 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "the closing quotation mark of a campaign dropped",
      from: "“侨法宣传月”",
      to: "“侨法宣传月",
      findings: ["17:23-17:24 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "the signature of another city's office",
      from: "椰州市人民政府侨务办公室\n2026年2月3日",
      to: "椰城市人民政府侨务办公室\n2026年2月3日",
      findings: ["35:1-35:13 name-consistency 落款所写的“椰城市人民政府侨务办公室”与标题中的“椰州市人民政府侨务办公室”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "dated in April",
      from: "2026年2月3日",
      to: "2026年4月3日",
      findings: ["36:1-36:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月3日"],
    },
    {
      mistake: "a half-width colon after the addressee",
      from: "市委依法治市办、市人民政府：",
      to: "市委依法治市办、市人民政府:",
      findings: ["3:14-3:15 punctuation-width 中文行文应使用全角标点“：”，文中为半角“:”"],
    },
    {
      mistake: "shortcomings without causes",
      from: "，主要原因是熟悉侨务政策和法律的专业调解员数量不足。二是面向海外侨胞的普法宣传渠道较少，原因在于线上宣传平台建设相对滞后。",
      to: "。二是面向海外侨胞的普法宣传渠道较少。",
      findings: ["19:1-19:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
  ],
  "225-qinghai-prefecture-county-table.txt": [
    {
      mistake: "a 全程网办率 that its counts contradict",
      from: "全程网办率79.0%",
      to: "全程网办率97.0%",
      findings: ["9:82-9:92 rate-mismatch 全程网办率应为79.0%（1048÷1326），文中为97.0%"],
    },
    {
      mistake: "a county's row of the table no longer adding up to the 合计",
      from: "岭西县\t25\t24\t356\t341",
      to: "岭西县\t25\t24\t365\t341",
      findings: ["22:10-22:14 parts-exceed-total 各分项之和为1306件（412+365+228+301），超过总数1297件；请核对总数或各分项"],
    },
    {
      mistake: "a fall in percent its two counts contradict",
      from: "较上年的1,987件下降6.2%",
      to: "较上年的1,987件下降8.2%",
      findings: ["13:50-13:54 change-mismatch 降幅应为6.2%（(1987-1864)÷1987），文中为8.2%"],
    },
    {
      mistake: "an 优秀率 over files that its counts contradict",
      from: "优秀率28.0%",
      to: "优秀率24.0%",
      findings: ["13:100-13:108 rate-mismatch 优秀率应为28.0%（84÷300），文中为24.0%"],
    },
    {
      mistake: "last year in the opening sentence",
      from: "2025年，州人民政府坚持",
      to: "2024年，州人民政府坚持",
      findings: ["5:1-5:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "the plans heading of this year",
      from: "四、2026年度推进",
      to: "四、2025年度推进",
      findings: ["38:3-38:9 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the 州长's duties and the joint sentence dropped",
      from: "州长切实履行法治政府建设第一责任人职责，主持州政府常务会议专题学法4次，审定州政府法治政府建设年度工作要点，带队督察县（市）法治政府建设情况。州委、州政府主要负责同志均在年终述职中报告履行推进法治建设第一责任人职责情况。",
      to: "",
      findings: ["34:1-34:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（州委书记）的履职情况，未写政府主要负责人：请补写州长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a county's name in the table left as XX",
      from: "雪原县",
      to: "XX县",
      findings: ["21:1-21:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "the last plan numbered （五） after （三）",
      from: "（四）深化藏汉双语普法",
      to: "（五）深化藏汉双语普法",
      findings: ["43:1-43:4 heading-numbering 标题序号跳号：此处应为“（四）”，文中为“（五）”"],
    },
    {
      mistake: "dated in April",
      from: "2026年1月20日",
      to: "2026年4月20日",
      findings: ["50:1-50:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月20日"],
    },
    {
      mistake: "a half-width comma in the duties",
      from: "州委书记认真履行第一责任人职责，主持",
      to: "州委书记认真履行第一责任人职责,主持",
      findings: ["36:16-36:17 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "an 审结率 with digits swapped",
      from: "审结率95.8%",
      to: "审结率98.5%",
      findings: ["15:38-15:46 rate-mismatch 审结率应为95.8%（92÷96），文中为98.5%"],
    },
  ],
  "226-shanghai-district-bold-headings-first-person.md": [
    {
      mistake: "a 全程网办率 that its counts contradict",
      from: "全程网办率89.0%",
      to: "全程网办率98.0%",
      findings: ["9:57-9:67 rate-mismatch 全程网办率应为89.0%（1412÷1586），文中为98.0%"],
    },
    {
      mistake: "one outcome raised so that the outcomes exceed the cases closed",
      from: "维持412件",
      to: "维持421件",
      findings: ["15:42-15:89 parts-exceed-total 各分项之和为580件（421+68+39+18+21+13），超过总数571件；请核对总数或各分项"],
    },
    {
      mistake: "a 纠错率 its outcomes contradict",
      from: "纠错率9.1%",
      to: "纠错率11.9%",
      findings: ["15:90-15:98 rate-mismatch 纠错率应为9.1%（(18+21+13)÷571），文中为11.9%"],
    },
    {
      mistake: "a 败诉率 its counts contradict",
      from: "败诉率5.0%",
      to: "败诉率6.0%",
      findings: ["15:134-15:141 rate-mismatch 败诉率应为5.0%（12÷238），文中为6.0%"],
    },
    {
      mistake: "an 按时办结率 with digits swapped",
      from: "按时办结率98.6%",
      to: "按时办结率96.8%",
      findings: ["15:175-15:185 rate-mismatch 按时办结率应为98.6%（28.2万÷28.6万），文中为96.8%"],
    },
    {
      mistake: "a rise in percent its counts contradict",
      from: "较上年的5,408件增长8.4%",
      to: "较上年的5,408件增长4.8%",
      findings: ["13:63-13:67 change-mismatch 增幅应为8.4%（(5862-5408)÷5408），文中为4.8%"],
    },
    {
      mistake: "last year in the Markdown title",
      from: "上海市临浦区人民政府关于2025年",
      to: "上海市临浦区人民政府关于2024年",
      findings: ["1:15-1:20 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a bold subsection number skipped",
      from: "**（四）依法化解行政争议。**",
      to: "**（五）依法化解行政争议。**",
      findings: ["15:3-15:6 heading-numbering 标题序号跳号：此处应为“（四）”，文中为“（五）”"],
    },
    {
      mistake: "the shortcomings part dropped (bold heading and text)",
      from: "**二、存在的不足及原因**\n\n一是部分街镇执法人员专业能力与执法任务不相匹配，原因是街镇执法队伍组建时间短、人员多为转岗。二是数字化执法应用不够深入，主要原因是各部门系统数据标准不一，共享不畅。三是个别部门对规范性文件后评估重视不够，原因在于制度要求落实不严。\n\n",
      to: "",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "19:3-19:5 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”",
      ],
    },
    {
      mistake: "a count in the duties left as X",
      from: "主持区政府常务会议学法4次",
      to: "主持区政府常务会议学法X次",
      findings: ["25:91-25:93 placeholder-text 模板占位符“X次”未替换，应填写实际内容"],
    },
    {
      mistake: "the signature of another district",
      from: "上海市临浦区人民政府\n\n2026年1月28日",
      to: "上海市临江区人民政府\n\n2026年1月28日",
      findings: ["39:1-39:11 name-consistency 落款所写的“上海市临江区人民政府”与标题中的“上海市临浦区人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "dated before the year ended",
      from: "2026年1月28日",
      to: "2025年11月28日",
      findings: ["41:1-41:12 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年11月28日"],
    },
  ],
  "227-tibet-xiang-2024-quarterly.txt": [
    {
      mistake: "a quarter raised so that the quarters exceed the year",
      from: "第三季度27件",
      to: "第三季度29件",
      findings: ["11:39-11:76 parts-exceed-total 各分项之和为86件（18+23+29+16），超过总数84件；请核对总数或各分项"],
    },
    {
      mistake: "a 调解成功率 with digits swapped",
      from: "调解成功率96.4%",
      to: "调解成功率94.6%",
      findings: ["11:85-11:95 rate-mismatch 调解成功率应为96.4%（81÷84），文中为94.6%"],
    },
    {
      mistake: "an 办结率 its counts contradict",
      from: "办结率99.6%",
      to: "办结率96.9%",
      findings: ["9:86-9:94 rate-mismatch 办结率应为99.6%（1446÷1452），文中为96.9%"],
    },
    {
      mistake: "an 采纳率 with digits swapped",
      from: "采纳率95.2%",
      to: "采纳率92.5%",
      findings: ["15:68-15:76 rate-mismatch 采纳率应为95.2%（20÷21），文中为92.5%"],
    },
    {
      // Missed until parts-exceed-total read values after 分别 whose sum follows them (，全年共50场).
      mistake: "the year's total of sessions below the sum of the quarters (分别……，全年共)",
      from: "全年共52场",
      to: "全年共50场",
      findings: ["13:110-13:132 parts-exceed-total 各分项之和为52场（12+15+14+11），超过总数50场；请核对总数或各分项"],
    },
    {
      mistake: "the year before in the opening",
      from: "2024年，拉岗乡在县委",
      to: "2023年，拉岗乡在县委",
      findings: ["5:1-5:6 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "the plans heading of the report year",
      from: "四、2025年工作计划",
      to: "四、2024年工作计划",
      findings: ["35:3-35:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "shortcomings without causes",
      from: "（一）基层执法能力不足。乡综合执法队仅有执法人员3名，原因是乡编制少、懂法律的干部难以引进。\n\n（二）普法针对性不强。部分牧民季节性放牧，集中宣讲难以覆盖，原因在于普法方式仍以会议宣讲为主。\n\n（三）信息化水平较低。乡便民服务大厅线上办理事项少，群众仍以现场办理为主，主要原因是部分牧区网络信号不稳定、群众使用手机办事能力不足。",
      to: "（一）基层执法能力不足。乡综合执法队仅有执法人员3名。\n\n（二）普法针对性不强。部分牧民季节性放牧，集中宣讲难以覆盖。\n\n（三）信息化水平较低。乡便民服务大厅线上办理事项少，群众仍以现场办理为主。",
      findings: ["21:1-21:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the 乡长's duties and the joint sentence dropped",
      from: "乡长主持乡政府会前学法6次，对重大事项坚持先审查后决策，全年接待来访群众28批次。乡党委、乡政府主要负责人年底均向县委述法。",
      to: "",
      findings: ["31:1-31:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写乡长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "plans numbered 一是、二是、四是",
      from: "三是年底前",
      to: "四是年底前",
      findings: ["37:45-37:47 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "dated in May",
      from: "2025年1月16日",
      to: "2025年5月16日",
      findings: ["44:1-44:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年5月16日"],
    },
    {
      mistake: "a law title whose closing 》 is dropped",
      from: "《中华人民共和国草原法》等",
      to: "《中华人民共和国草原法等",
      findings: ["13:42-13:43 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "the year before in the title",
      from: "拉岗乡人民政府2024年度",
      to: "拉岗乡人民政府2023年度",
      findings: ["1:8-1:13 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
  ],
  "228-ningxia-county-city-numbered-targets.txt": [
    {
      mistake: "a 其中 part raised so that the parts exceed the 权责事项",
      from: "行政处罚2,104项",
      to: "行政处罚2,140项",
      findings: ["10:25-10:70 parts-exceed-total 各分项之和为3162项（286+2140+96+640），超过总数3126项；请核对总数或各分项"],
    },
    {
      mistake: "a share of 即办件 its counts contradict",
      from: "其中即办件486项，占40.0%",
      to: "其中即办件486项，占45.0%",
      findings: ["11:42-11:47 rate-mismatch 占比应为40.0%（486÷1215），文中为45.0%"],
    },
    {
      mistake: "简易程序 raised so that the two procedures exceed the cases",
      from: "简易程序216件",
      to: "简易程序261件",
      findings: ["19:20-19:44 parts-exceed-total 各分项之和为783件（261+522），超过总数738件；请核对总数或各分项"],
    },
    {
      mistake: "an 优秀率 its counts contradict",
      from: "优秀率30.0%",
      to: "优秀率33.0%",
      findings: ["20:24-20:32 rate-mismatch 优秀率应为30.0%（36÷120），文中为33.0%"],
    },
    {
      mistake: "a 纠错率 its counts contradict",
      from: "纠错率15.0%",
      to: "纠错率16.0%",
      findings: ["24:27-24:35 rate-mismatch 纠错率应为15.0%（6÷40），文中为16.0%"],
    },
    {
      mistake: "a 调解成功率 its counts contradict",
      from: "调解成功率97.0%",
      to: "调解成功率99.0%",
      findings: ["26:34-26:44 rate-mismatch 调解成功率应为97.0%（1248÷1286），文中为99.0%"],
    },
    {
      mistake: "items numbered 1. 2. 2.",
      from: "3. 全面落实行政裁量权基准",
      to: "2. 全面落实行政裁量权基准",
      findings: ["21:1-21:3 heading-numbering 标题序号重复：“2.”与上一个同级标题相同，此处应为“3.”"],
    },
    {
      // Missed until year-consistency read a target's date (到2025年底) in the plans as a deadline.
      mistake: "a plan target set for the end of the report year",
      from: "1. 到2026年底，政务服务事项",
      to: "1. 到2025年底，政务服务事项",
      findings: ["46:5-46:10 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "another city named in the opening",
      from: "2025年，贺峡市人民政府在",
      to: "2025年，青峡市人民政府在",
      findings: ["5:7-5:14 name-consistency 开头所写的“青峡市人民政府”与标题中的“贺峡市人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a count left as ××",
      from: "修订裁量基准12个领域",
      to: "修订裁量基准××个领域",
      findings: ["21:24-21:26 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the 市委书记's duties dropped",
      from: "市委书记坚持把法治建设摆在全局工作重要位置，主持召开市委全面依法治市委员会会议2次，带头开展述法。",
      to: "",
      findings: ["39:1-39:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（市长）的履职情况，未写党委主要负责人：请补写市委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "dated in October of the report year",
      from: "2026年2月3日",
      to: "2025年10月3日",
      findings: ["60:1-60:11 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年10月3日"],
    },
  ],
  "229-xinjiang-dev-zone-other-matters-none.txt": [
    {
      mistake: "a 其中 part raised so that the parts exceed the 94 items",
      from: "行政许可58项",
      to: "行政许可68项",
      findings: ["10:39-10:67 parts-exceed-total 各分项之和为104项（68+27+9），超过总数94项；请核对总数或各分项"],
    },
    {
      mistake: "a rise in percent its counts contradict",
      from: "较上年的1,151户增长11.6%",
      to: "较上年的1,151户增长16.1%",
      findings: ["10:112-10:117 change-mismatch 增幅应为11.6%（(1284-1151)÷1151），文中为16.1%"],
    },
    {
      mistake: "an 采纳率 its counts contradict",
      from: "采纳率95.9%",
      to: "采纳率99.5%",
      findings: ["12:101-12:109 rate-mismatch 采纳率应为95.9%（209÷218），文中为99.5%"],
    },
    {
      // Missed until 整改完成 was read as the numerator of a 整改率.
      mistake: "an 整改率 with digits swapped",
      from: "整改率94.7%",
      to: "整改率97.4%",
      findings: ["14:81-14:89 rate-mismatch 整改率应为94.7%（36÷38），文中为97.4%"],
    },
    {
      mistake: "the 管委会主任's duties dropped",
      from: "管委会主任主持管委会主任办公会议学法6次，亲自审定重大行政决策事项，带头接待企业来访，协调解决企业涉法诉求19件。",
      to: "",
      findings: ["26:1-26:31 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写管委会主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the plans part dropped",
      from: "四、2026年工作打算\n\n（一）提升承接能力，组织审批人员跟岗学习，年内实现下放事项全部有办件。\n（二）设立开发区法制审核机构，配备专职法制审核人员不少于3名。\n（三）深化“综合查一次”，联合抽查占比达到60%以上。\n\n",
      to: "",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "30:1-30:3 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”",
      ],
    },
    {
      mistake: "plans numbered （一）（二）（四）",
      from: "（三）深化“综合查一次”",
      to: "（四）深化“综合查一次”",
      findings: ["34:1-34:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "more disputes mediated than received",
      from: "调解成功44件",
      to: "调解成功49件",
      findings: ["18:44-18:51 parts-exceed-total 调解成功49件多于受理47件；调解成功数不应超过受理数，请核对"],
    },
    {
      mistake: "last year in the opening",
      from: "2025年，开发区党工委、管委会坚持",
      to: "2024年，开发区党工委、管委会坚持",
      findings: ["6:1-6:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "the addressee left as XX市",
      from: "天湖市人民政府：",
      to: "XX市人民政府：",
      findings: ["4:1-4:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a subsection number in half-width parentheses",
      from: "（一）承接赋权事项",
      to: "(一)承接赋权事项",
      findings: [
        "10:1-10:2 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”",
        "10:3-10:4 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”",
      ],
    },
  ],
  "230-jiangsu-city-docnumbers-chinese-date.txt": [
    {
      mistake: "a rise in percent its counts contradict",
      from: "较上年的1,902件增长12.8%",
      to: "较上年的1,902件增长18.2%",
      findings: ["13:65-13:70 change-mismatch 增幅应为12.8%（(2146-1902)÷1902），文中为18.2%"],
    },
    {
      mistake: "a 纠错率 its counts contradict",
      from: "纠错率13.0%",
      to: "纠错率12.3%",
      findings: ["13:96-13:104 rate-mismatch 纠错率应为13.0%（243÷1874），文中为12.3%"],
    },
    {
      mistake: "a fall in percent with digits swapped",
      from: "较上年的1,093件下降7.4%",
      to: "较上年的1,093件下降4.7%",
      findings: ["13:144-13:148 change-mismatch 降幅应为7.4%（(1093-1012)÷1093），文中为4.7%"],
    },
    {
      mistake: "an 办结率 its counts contradict",
      from: "办结率98.8%",
      to: "办结率99.8%",
      findings: ["15:48-15:56 rate-mismatch 办结率应为98.8%（184.2万÷186.4万），文中为99.8%"],
    },
    {
      // Missed until a count admitted by the verb alone (受理1,986件) went on from the 收到 count before the ；.
      mistake: "more applications accepted than received",
      from: "受理1,986件",
      to: "受理2,186件",
      findings: ["13:71-13:79 parts-exceed-total 受理2186件多于收到2146件；受理数不应超过收到数，请核对"],
    },
    {
      mistake: "a 文号 whose 〕 is dropped",
      from: "淮澄政发〔2025〕8号",
      to: "淮澄政发〔20258号",
      findings: ["9:43-9:44 paired-punctuation 前六角括号后面没有对应的后六角括号：请补上后六角括号，或删去这个前六角括号"],
    },
    {
      mistake: "the plans heading of the report year",
      from: "四、2026年度推进",
      to: "四、2025年度推进",
      findings: ["27:3-27:9 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the closing date in April (Chinese numerals)",
      from: "二〇二六年二月十日",
      to: "二〇二六年四月十日",
      findings: [
        "36:1-36:10 date-format 成文日期应使用阿拉伯数字：应为“2026年4月10日”，文中为“二〇二六年四月十日”",
        "36:1-36:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月10日",
      ],
    },
    {
      mistake: "the 市长's duties dropped",
      from: "市长履行法治政府建设第一责任人职责，主持市政府常务会议学法6次，签批重大行政决策事项均附合法性审查意见，带头出庭应诉行政案件2件。",
      to: "",
      findings: ["23:1-23:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（市委书记）的履职情况，未写政府主要负责人：请补写市长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a stale 截至 year in the measures",
      from: "全市行政处罚案件3.42万件",
      to: "截至2024年底，全市行政处罚案件3.42万件",
      findings: ["11:108-11:113 year-consistency “主要举措和成效”应写2025年的情况，文中的数据截至2024年底，是上一年度的：应截至2025年底"],
    },
    {
      mistake: "shortcomings numbered 一是、二是、四是",
      from: "三是镇（街道）综合执法力量薄弱",
      to: "四是镇（街道）综合执法力量薄弱",
      findings: ["21:94-21:96 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "a half-width semicolon in the figures",
      from: "增长12.8%；受理",
      to: "增长12.8%;受理",
      findings: ["13:70-13:71 punctuation-width 中文行文应使用全角标点“；”，文中为半角“;”"],
    },
  ],
  "231-jiangxi-county-civil-affairs-problem-cause-pairs-2024.txt": [
    {
      mistake: "a 参检率 not matching its counts",
      from: "参检率95.1%",
      to: "参检率96.1%",
      findings: ["11:122-11:130 rate-mismatch 参检率应为95.1%（312÷328），文中为96.1%"],
    },
    {
      mistake: "a 其中 part raised beyond the registered total",
      from: "社会团体142家",
      to: "社会团体152家",
      findings: ["11:66-11:93 parts-exceed-total 各分项之和为396家（152+244），超过总数386家；请核对总数或各分项"],
    },
    {
      mistake: "fewer handled on time than the 按期办结率 says",
      from: "按期办结72件",
      to: "按期办结70件",
      findings: ["17:45-17:55 rate-mismatch 按期办结率应为94.6%（70÷74），文中为97.3%"],
    },
    {
      mistake: "last year's cut-off on the register",
      from: "截至2024年底",
      to: "截至2023年底",
      findings: ["11:49-11:54 year-consistency “主要举措和成效”应写2024年的情况，文中的数据截至2023年底，是上一年度的：应截至2024年底"],
    },
    {
      mistake: "the plans heading left with the report year",
      from: "四、2025年工作计划",
      to: "四、2024年工作计划",
      findings: ["31:3-31:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "the problem—cause pairs without their causes",
      from: "原因：基层民政工作力量不足，乡镇民政助理员多为兼职，监管手段主要依靠年度检查，日常抽查覆盖面不够。\n\n问题二：社会救助对象信息比对不够及时。原因：与公安、人社、不动产登记等部门的数据共享机制尚未完全建立，家庭经济状况核对仍以人工为主。\n\n问题三：干部法治素养与新形势要求还有差距。原因：法治培训形式较为单一，以会代训多，案例教学和实战演练少。",
      to: "\n\n问题二：社会救助对象信息比对不够及时。\n\n问题三：干部法治素养与新形势要求还有差距。",
      findings: ["19:1-19:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "labels numbered in words skipping a number (问题一：……问题三：……问题三：)",
      from: "问题二：",
      to: "问题三：",
      findings: ["23:1-23:4 enumeration-sequence 列举序号跳号：此处应为“问题二”，文中为“问题三”"],
    },
    {
      mistake: "the duties of the Party secretary alone (局长 dropped)",
      from: "局党组书记、局长认真履行",
      to: "局党组书记认真履行",
      findings: ["27:1-27:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the county left as XX in the signature",
      from: "松岗县民政局\n2025年1月24日",
      to: "XX县民政局\n2025年1月24日",
      findings: ["43:1-43:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width comma in prose",
      from: "协同办理”，审核确认",
      to: "协同办理”,审核确认",
      findings: ["13:39-13:40 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "an amount left blank after a change",
      from: "特困人员救助供养资金2,310.6万元。",
      to: "特困人员救助供养资金2,310.6万元，较上年增加　万元。",
      findings: ["13:150-13:151 stray-space 句中多余的空格：“，较上年增加□万元。开展低”，应删去"],
    },
    {
      mistake: "received lowered below those handled on time",
      from: "受理信访事项74件",
      to: "受理信访事项70件",
      findings: ["17:37-17:44 parts-exceed-total 按期办结72件多于受理70件；按期办结数不应超过受理数，请核对"],
    },
  ],
  "232-zhejiang-market-supervision-station-short.txt": [
    {
      mistake: "a 结案率 not matching its counts",
      from: "结案率94.6%",
      to: "结案率95.6%",
      findings: ["10:74-10:82 rate-mismatch 结案率应为94.6%（35÷37），文中为95.6%"],
    },
    {
      mistake: "individual businesses raised beyond the new entities",
      from: "个体工商户1,015户",
      to: "个体工商户1,105户",
      findings: ["12:37-12:64 parts-exceed-total 各分项之和为1298户（1105+193），超过总数1208户；请核对总数或各分项"],
    },
    {
      mistake: "last year on the title's second line",
      from: "2025年度法治政府建设情况报告",
      to: "2024年度法治政府建设情况报告",
      findings: ["2:1-2:6 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "last year opening the report",
      from: "2025年，城东市场监督管理所",
      to: "2024年，城东市场监督管理所",
      findings: ["6:1-6:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "dated in November of the report year",
      from: "2026年1月16日",
      to: "2025年11月16日",
      findings: ["35:1-35:12 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年11月16日"],
    },
    {
      mistake: "dated in May",
      from: "2026年1月16日",
      to: "2026年5月6日",
      findings: ["35:1-35:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年5月6日"],
    },
    {
      mistake: "plans 一是、二是、二是",
      from: "三是推进消费纠纷",
      to: "二是推进消费纠纷",
      findings: ["28:52-28:54 enumeration-sequence 列举序号重复：前面已有“二是”，此处应为“三是”"],
    },
    {
      mistake: "a closing quotation mark dropped",
      from: "“一件事”集成办理",
      to: "“一件事集成办理",
      findings: ["12:19-12:20 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "the duties part deleted and the rest renumbered",
      from: "三、所主要负责人履行推进法治建设第一责任人职责情况\n\n所党支部书记、所长认真履行第一责任人职责，全年主持召开所务会议专题研究法治工作4次，带头参与重大案件集体讨论6次，组织全所开展执法案卷自查2次。\n\n四、2026年工作打算",
      to: "三、2026年工作打算",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "26:1-26:3 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”"],
    },
    {
      mistake: "a count left as 【此处填写】",
      from: "培训从业人员560人次",
      to: "培训从业人员【此处填写】人次",
      findings: ["16:141-16:147 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
  ],
  "233-sichuan-city-agriculture-bureau-annex-table-2023.txt": [
    {
      mistake: "a 同比 percent not matching the counts",
      from: "同比增长14.8%",
      to: "同比增长17.8%",
      findings: ["13:82-13:87 change-mismatch 增幅应为14.8%（24÷(186-24)），文中为17.8%"],
    },
    {
      // Missed until a change (较上年增加24件) was no longer taken for a second count the 其中 sentence may break down.
      mistake: "a 其中 part raised beyond the cases",
      from: "渔政案件22件",
      to: "渔政案件32件",
      findings: ["13:64-13:142 parts-exceed-total 各分项之和为196件（42+57+31+34+32），超过总数186件；请核对总数或各分项"],
    },
    {
      mistake: "a 合格率 not matching its counts",
      from: "合格率98.1%。",
      to: "合格率98.8%。",
      findings: ["15:56-15:64 rate-mismatch 合格率应为98.1%（412÷420），文中为98.8%"],
    },
    {
      mistake: "a 调解成功率 with digits swapped",
      from: "调解成功率93.1%",
      to: "调解成功率91.3%",
      findings: ["17:60-17:70 rate-mismatch 调解成功率应为93.1%（296÷318），文中为91.3%"],
    },
    {
      mistake: "more arbitration cases closed than received",
      from: "结案21件",
      to: "结案25件",
      findings: ["17:81-17:86 parts-exceed-total 结案25件多于受理23件；结案数不应超过受理数，请核对"],
    },
    {
      // Missed until a table's 增减 column of counts was read as the difference of its two year columns.
      mistake: "the annex table's change not matching its two columns",
      from: "186\t162\t+24",
      to: "186\t162\t+26",
      findings: ["45:21-45:24 change-mismatch 增加量应为24件（186-162），文中为+26"],
    },
    {
      mistake: "last year in the title",
      from: "关于2023年度法治政府",
      to: "关于2022年度法治政府",
      findings: ["1:11-1:16 year-consistency 标题中为2022年度，正文各处写的都是2023年度的情况：标题应为2023年度"],
    },
    {
      mistake: "the plans heading left with the report year",
      from: "四、2024年工作打算",
      to: "四、2023年工作打算",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2024年的安排，标题中为2023年"],
    },
    {
      mistake: "dated before the year reported on ended",
      from: "2024年1月26日",
      to: "2023年1月26日",
      findings: ["38:1-38:11 publish-date 成文日期不在2023年12月1日至2024年3月31日之间，文中为2023年1月26日，是否应为2024年1月26日？"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "，主要原因是执法改革后人员划转尚未全部到位。二是执法办案质量有待提高，个别案件存在证据收集不规范问题，原因是新进执法人员较多，实务经验不足。",
      to: "。二是执法办案质量有待提高，个别案件存在证据收集不规范问题。",
      findings: ["21:1-21:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "half-width parentheses in prose",
      from: "县（市、区）",
      to: "县(市、区)",
      findings: ["23:15-23:16 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”", "23:19-23:20 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”"],
    },
  ],
  "234-guangdong-city-commerce-bureau-yishi-rates.txt": [
    {
      mistake: "a 采纳率 not matching its counts",
      from: "采纳率94.7%",
      to: "采纳率96.4%",
      findings: ["7:59-7:67 rate-mismatch 采纳率应为94.7%（54÷57），文中为96.4%"],
    },
    {
      mistake: "a consultation 采纳率 not matching",
      from: "采纳率36.0%",
      to: "采纳率46.0%",
      findings: ["7:171-7:179 rate-mismatch 采纳率应为36.0%（31÷86），文中为46.0%"],
    },
    {
      mistake: "a share of the applications not matching",
      from: "占72.6%",
      to: "占62.7%",
      findings: ["9:60-9:65 rate-mismatch 占比应为72.6%（932÷1284），文中为62.7%"],
    },
    {
      mistake: "an 办结率 with digits swapped",
      from: "办结率97.4%",
      to: "办结率94.7%",
      findings: ["11:92-11:100 rate-mismatch 办结率应为97.4%（261÷268），文中为94.7%"],
    },
    {
      mistake: "a 结案率 not matching",
      from: "结案率91.7%",
      to: "结案率97.1%",
      findings: ["11:139-11:147 rate-mismatch 结案率应为91.7%（11÷12），文中为97.1%"],
    },
    {
      mistake: "all passing but the 通过率 kept",
      from: "通过13人",
      to: "通过14人",
      findings: ["13:113-13:121 rate-mismatch 通过率应为100.0%（14÷14），文中为92.9%"],
    },
    {
      mistake: "一是、二是、四是 inside a subsection",
      from: "三是依法查处违法行为",
      to: "四是依法查处违法行为",
      findings: ["11:114-11:116 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "一是、三是、三是 inside a subsection",
      from: "二是推进网上办理",
      to: "三是推进网上办理",
      findings: ["9:66-9:68 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”"],
    },
    {
      mistake: "a subsection number skipped",
      from: "（四）加强普法和队伍建设",
      to: "（五）加强普法和队伍建设",
      findings: ["13:1-13:4 heading-numbering 标题序号跳号：此处应为“（四）”，文中为“（五）”"],
    },
    {
      mistake: "the plans heading left with the report year",
      from: "四、2026年工作打算",
      to: "四、2025年工作打算",
      findings: ["23:3-23:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the city left as ×× in the signature",
      from: "南浦市商务局\n2026年2月10日",
      to: "××市商务局\n2026年2月10日",
      findings: ["31:1-31:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the shortcomings part deleted and the rest renumbered",
      from: "二、存在的不足和原因\n\n一是预付卡领域监管手段不足，投诉仍然较多，主要原因是预付卡资金存管制度尚未全面落实，部门间信息共享不够。二是基层商务执法力量薄弱，原因在于商务执法职责划转后，各区执法队伍中熟悉商务法律法规的人员较少。三是法治宣传针对性不强，原因是宣传形式以发放资料为主，结合典型案例开展以案释法不够。\n\n三、党政主要负责人",
      to: "二、党政主要负责人",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "19:1-19:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "items done beyond the items the bureau holds, in a frame opened by 承担的 (23项……中全程网办25项)",
      from: "政务服务事项中全程网办21项",
      to: "政务服务事项中全程网办25项",
      findings: ["9:79-9:96 parts-exceed-total 分项25项超过总数23项；请核对总数或分项"],
    },
  ],
  "235-hebei-county-statistics-bureau-plan-completion-2023.txt": [
    {
      mistake: "an 按时报送率 not matching",
      from: "按时报送率99.5%",
      to: "按时报送率98.5%",
      findings: ["11:69-11:79 rate-mismatch 按时报送率应为99.5%（384÷386），文中为98.5%"],
    },
    {
      mistake: "the 局长's paragraph dropped",
      from: "\n\n局长认真履行法治建设第一责任人职责，亲自部署统计执法检查，审定统计违法案件处理决定9件，组织开展防范和惩治统计造假专项整治。",
      to: "",
      findings: ["23:1-23:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the Party secretary's paragraph dropped",
      from: "局党组书记坚持把统计法治建设纳入党组工作重要议程，全年主持召开党组会议专题研究统计法治工作3次，带头讲授法治党课1次。\n\n",
      to: "",
      findings: ["23:1-23:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "last year in the title",
      from: "桑台县统计局2023年度",
      to: "桑台县统计局2022年度",
      findings: ["1:7-1:12 year-consistency 标题中为2022年度，正文各处写的都是2023年度的情况：标题应为2023年度"],
    },
    {
      mistake: "plans 1. 2. 2. 4.",
      from: "3.开展统计执法",
      to: "2.开展统计执法",
      findings: ["33:1-33:3 heading-numbering 标题序号重复：“2.”与上一个同级标题相同，此处应为“3.”"],
    },
    {
      mistake: "the plans heading two years ahead",
      from: "四、2024年工作计划",
      to: "四、2025年工作计划",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2024年的安排，标题中为2025年"],
    },
    {
      mistake: "the opening of another county's bureau",
      from: "2023年，桑台县统计局坚持",
      to: "2023年，桑园县统计局坚持",
      findings: ["5:7-5:13 name-consistency 开头所写的“桑园县统计局”与标题中的“桑台县统计局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "an unpaired 《",
      from: "《统计法》颁布40周年",
      to: "《统计法颁布40周年",
      findings: ["17:24-17:25 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "a half-width semicolon in prose",
      from: "流动大，原因是",
      to: "流动大;原因是",
      findings: ["21:65-21:66 punctuation-width 中文行文应使用全角标点“；”，文中为半角“;”"],
    },
    {
      // A documented silence until a count named by a bounded rate after it was held to the count that rate is over.
      mistake: "more reporting on time (388家) than enterprises (386家), the 按时报送率 kept",
      from: "按时报送384家",
      to: "按时报送388家",
      findings: ["11:60-11:68 parts-exceed-total 按时报送388家多于全县联网直报企业386家；按时报送数不应超过全县联网直报企业数，请核对"],
    },
  ],
  "236-yunnan-city-forestry-grassland-mixed-money.txt": [
    {
      mistake: "a 其中 amount raised so the parts exceed the 亿元 total",
      from: "8,400万元",
      to: "8,800万元",
      findings: ["14:29-14:85 parts-exceed-total 各分项之和为2.4亿元（8800万+1.12亿+4000万），超过总数2.36亿元；请核对总数或各分项"],
    },
    {
      mistake: "a 亿元 part with digits swapped",
      from: "1.12亿元",
      to: "1.21亿元",
      findings: ["14:29-14:85 parts-exceed-total 各分项之和为2.45亿元（8400万+1.21亿+4000万），超过总数2.36亿元；请核对总数或各分项"],
    },
    {
      mistake: "a permit part raised beyond the permits",
      from: "林木采伐许可872件",
      to: "林木采伐许可927件",
      findings: ["16:35-16:67 parts-exceed-total 各分项之和为1101件（927+174），超过总数1046件；请核对总数或各分项"],
    },
    {
      mistake: "a 结案率 with digits swapped",
      from: "结案率95.3%",
      to: "结案率93.5%",
      findings: ["18:74-18:82 rate-mismatch 结案率应为95.3%（61÷64），文中为93.5%"],
    },
    {
      mistake: "a change in points not matching the two rates",
      from: "提高0.3个百分点",
      to: "提高0.5个百分点",
      findings: ["20:40-20:47 change-mismatch 增幅应为0.3个百分点（63.5%-63.2%），文中为0.5个百分点"],
    },
    {
      mistake: "last year's document number",
      from: "苍岭林草发〔2026〕4号",
      to: "苍岭林草发〔2025〕4号",
      findings: ["1:7-1:11 publish-date 发文字号的年份为2025年，成文日期为2026年1月20日：发文字号按成文年份编号，应为〔2026〕"],
    },
    {
      mistake: "last year on the title's second line",
      from: "关于2025年度",
      to: "关于2024年度",
      findings: ["4:3-4:8 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "last year opening the report",
      from: "2025年，市林业和草原局坚持",
      to: "2024年，市林业和草原局坚持",
      findings: ["8:1-8:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "a subsection number repeated",
      from: "（五）推进生态保护成效",
      to: "（四）推进生态保护成效",
      findings: ["20:1-20:4 heading-numbering 标题序号重复：“（四）”与上一个同级标题相同，此处应为“（五）”"],
    },
    {
      mistake: "inline plans （一）（二）（四）",
      from: "（三）结合",
      to: "（四）结合",
      findings: ["34:58-34:61 enumeration-sequence 列举序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "the signature of another city's bureau",
      from: "苍岭市林业和草原局\n2026年1月20日",
      to: "苍山市林业和草原局\n2026年1月20日",
      findings: ["40:1-40:10 name-consistency 落款所写的“苍山市林业和草原局”与标题中的“苍岭市林业和草原局”不是同一单位：是否沿用了其他单位的报告？"],
    },
  ],
  "237-guangxi-subdistrict-2023-yishi-unheaded.txt": [
    {
      mistake: "a 采纳率 not matching 68÷71",
      from: "采纳率95.8%",
      to: "采纳率98.5%",
      findings: ["11:127-11:135 rate-mismatch 采纳率应为95.8%（68÷71），文中为98.5%"],
    },
    {
      mistake: "a 其中 part raised beyond the 112 items",
      from: "行政处罚事项64项",
      to: "行政处罚事项74项",
      findings: ["9:27-9:63 parts-exceed-total 各分项之和为122项（74+27+21），超过总数112项；请核对总数或各分项"],
    },
    {
      mistake: "last year's title",
      from: "榕湖街道办事处2023年法治政府",
      to: "榕湖街道办事处2022年法治政府",
      findings: ["1:8-1:13 year-consistency 标题中为2022年度，正文各处写的都是2023年度的情况：标题应为2023年度"],
    },
    {
      mistake: "last year opening the report",
      from: "2023年，榕湖街道党工委",
      to: "2022年，榕湖街道党工委",
      findings: ["5:1-5:6 year-consistency 开头写的是2022年度的情况，标题中为2023年度：请统一报告年度"],
    },
    {
      mistake: "the plans dated in the report year",
      from: "2024年，街道将重点做好",
      to: "2023年，街道将重点做好",
      findings: ["1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）"],
    },
    {
      mistake: "an 一是 lead repeated (四是 twice)",
      from: "五是法治宣传进一步深入",
      to: "四是法治宣传进一步深入",
      findings: ["17:1-17:3 enumeration-sequence 列举序号重复：前面已有“四是”，此处应为“五是”"],
    },
    {
      mistake: "a count left as ××",
      from: "现有执法人员14名",
      to: "现有执法人员××名",
      findings: ["9:119-9:121 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width comma between 其中 parts",
      from: "简易程序97件、普通程序61件",
      to: "简易程序97件,普通程序61件",
      findings: ["13:86-13:87 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "dated after March 31",
      from: "2024年1月16日",
      to: "2024年4月16日",
      findings: ["32:1-32:11 publish-date 成文日期晚于次年3月31日的公开期限：2023年度报告应在2024年3月31日前成文公开，文中为2024年4月16日"],
    },
    {
      mistake: "a quote left open",
      from: "“枫桥经验”，依托",
      to: "“枫桥经验，依托",
      findings: ["15:23-15:24 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "按时办结 count changed, rate kept",
      from: "按时办结3,385件",
      to: "按时办结3,358件",
      findings: ["15:116-15:126 rate-mismatch 按时办结率应为98.4%（3358÷3412），文中为99.2%"],
    },
    {
      mistake: "shortcomings without causes",
      from: "一是综合执法规范化水平有待提高，个别案卷文书制作不够严谨，主要原因是部分执法人员由原城管协管员转岗而来，法律专业知识储备不足。二是法治宣传的针对性不够强，对流动人口和新就业形态劳动者覆盖不足，原因在于宣传仍以集中活动为主，进楼宇、进商圈的方式不多。三是社区依法自治能力参差不齐，究其原因，部分社区“两委”成员法治意识不强，居民公约修订流于形式。",
      to: "一是综合执法规范化水平有待提高，个别案卷文书制作不够严谨。二是法治宣传的针对性不够强，对流动人口和新就业形态劳动者覆盖不足。三是社区依法自治能力参差不齐，居民公约修订流于形式。",
      findings: ["23:1-23:29 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the signature of another subdistrict",
      from: "青榕区人民政府榕湖街道办事处\n",
      to: "青榕区人民政府榕江街道办事处\n",
      findings: ["31:1-31:15 name-consistency 落款所写的“青榕区人民政府榕江街道办事处”与标题中的“榕湖街道办事处”不是同一单位：是否沿用了其他单位的报告？"],
    },
  ],
  "238-guizhou-county-wechat-review-rates.md": [
    {
      mistake: "纠错率 digits swapped",
      from: "纠错率16.7%",
      to: "纠错率17.6%",
      findings: ["27:92-27:100 rate-mismatch 纠错率应为16.7%（21÷126），文中为17.6%"],
    },
    {
      mistake: "败诉率 digits swapped",
      from: "败诉率6.9%",
      to: "败诉率9.6%",
      findings: ["27:132-27:139 rate-mismatch 败诉率应为6.9%（4÷58），文中为9.6%"],
    },
    {
      mistake: "出庭应诉 count lowered, 100% kept",
      from: "行政机关负责人出庭应诉54件",
      to: "行政机关负责人出庭应诉52件",
      findings: ["27:168-27:177 rate-mismatch 出庭应诉率应为96%（52÷54），文中为100%"],
    },
    {
      mistake: "an outcome raised beyond 审结",
      from: "其中维持88件",
      to: "其中维持98件",
      findings: ["27:33-27:83 parts-exceed-total 各分项之和为136件（98+11+3+5+2+12+5），超过总数126件；请核对总数或各分项"],
    },
    {
      mistake: "全程网办 count changed, rate kept",
      from: "“全程网办”事项1,106项",
      to: "“全程网办”事项1,160项",
      findings: ["11:78-11:88 rate-mismatch 全程网办率应为85.8%（1160÷1352），文中为81.8%"],
    },
    {
      mistake: "plans heading with the report year",
      from: "【四、2026年工作打算】",
      to: "【四、2025年工作打算】",
      findings: ["51:4-51:9 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the duties part deleted",
      from: "【三、党政主要负责人履行推进法治建设第一责任人职责情况】\n\n县委书记杨建平、县长吴晓东认真履行推进法治建设第一责任人职责。县委书记杨建平主持召开县委常委会会议研究法治建设工作4次，听取县政府年度法治政府建设工作汇报；县长吴晓东主持召开县政府常务会议专题学法5次，出庭应诉行政诉讼案件1件，对重大行政决策事项坚持先审查后决策。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "47:2-47:4 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "a leader's name left as XXX",
      from: "县委书记杨建平、县长吴晓东认真",
      to: "县委书记XXX、县长吴晓东认真",
      findings: ["49:5-49:8 placeholder-text 模板占位符“XXX”未替换，应填写实际内容"],
    },
    {
      mistake: "a bracket label left open",
      from: "【二、存在的不足和原因】",
      to: "【二、存在的不足和原因",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "41:1-41:2 paired-punctuation 前方头括号后面没有对应的后方头括号：请补上后方头括号，或删去这个前方头括号", "47:2-47:4 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "a bold subheading number skipped",
      from: "**（八）权力运行监督有力**",
      to: "**（九）权力运行监督有力**",
      findings: ["37:3-37:6 heading-numbering 标题序号跳号：此处应为“（八）”，文中为“（九）”"],
    },
    {
      mistake: "the signature of another county",
      from: "岚坪县人民政府\n\n2026年2月10日",
      to: "岚溪县人民政府\n\n2026年2月10日",
      findings: ["59:1-59:8 name-consistency 落款所写的“岚溪县人民政府”与标题中的“岚坪县”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "优秀率 digits swapped",
      from: "优秀率25.8%",
      to: "优秀率28.5%",
      findings: ["23:96-23:104 rate-mismatch 优秀率应为25.8%（62÷240），文中为28.5%"],
    },
    {
      mistake: "a clean-up part raised beyond the files",
      from: "继续有效81件",
      to: "继续有效91件",
      findings: ["15:54-15:77 parts-exceed-total 各分项之和为106件（91+9+6），超过总数96件；请核对总数或各分项"],
    },
    {
      mistake: "an explicit division not matching its rate",
      from: "96.4%（27÷28）",
      to: "96.4%（26÷28）",
      findings: ["39:53-39:63 rate-mismatch 整改完成率应为92.9%（26÷28），文中为96.4%"],
    },
  ],
  "239-hunan-prefecture-city-quarter-plans.txt": [
    {
      mistake: "a plan deadline in the report year",
      from: "二是6月底前完成",
      to: "二是2025年6月底前完成",
      findings: ["31:77-31:82 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "the first year of the 十五五 said to be the report year",
      from: "2026年是“十五五”规划开局之年",
      to: "2025年是“十五五”规划开局之年",
      findings: ["31:1-31:5 terminology “2025”应为“2026”：“十五五”开局之年是2026年", "31:1-31:6 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年"],
    },
    {
      mistake: "a reduction % that does not match the two figures",
      from: "压缩至6个工作日",
      to: "压缩至6个工作日，压缩46.8%",
      findings: ["9:116-9:121 change-mismatch 降幅应为36.8%（(9.5-6)÷9.5），文中为46.8%"],
    },
    {
      mistake: "优秀率 digits swapped",
      from: "优秀率26.0%",
      to: "优秀率20.6%",
      findings: ["15:83-15:91 rate-mismatch 优秀率应为26.0%（312÷1200），文中为20.6%"],
    },
    {
      mistake: "纠错率 not matching 172÷1158",
      from: "纠错率14.9%",
      to: "纠错率19.4%",
      findings: ["17:56-17:64 rate-mismatch 纠错率应为14.9%（172÷1158），文中为19.4%"],
    },
    {
      mistake: "a subsection number skipped",
      from: "（五）矛盾纠纷化解更加有力",
      to: "（六）矛盾纠纷化解更加有力",
      findings: ["17:1-17:4 heading-numbering 标题序号跳号：此处应为“（五）”，文中为“（六）”"],
    },
    {
      mistake: "an 一是 lead repeated in the plans",
      from: "四是9月底前",
      to: "三是9月底前",
      findings: ["31:130-31:132 enumeration-sequence 列举序号重复：前面已有“三是”，此处应为“四是”"],
    },
    {
      mistake: "last year's title",
      from: "关于2025年度",
      to: "关于2024年度",
      findings: ["1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "dated after March 31",
      from: "2026年3月6日",
      to: "2026年4月8日",
      findings: ["38:1-38:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月8日"],
    },
    {
      mistake: "a quote left open",
      from: "实现“十四五”圆满收官",
      to: "实现“十四五圆满收官",
      findings: ["5:110-5:111 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "a template bracket left in",
      from: "保留行政权力事项3,168项",
      to: "保留行政权力事项【此处填写】项",
      findings: ["9:44-9:50 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "a 其中 part beyond the 1.83万 cases",
      from: "其中适用普通程序9,620件",
      to: "其中适用普通程序19,620件",
      findings: ["15:31-15:53 parts-exceed-total 分项19620件超过总数1.83万件；请核对总数或分项"],
    },
  ],
  "240-heilongjiang-prefecture-office-yoy-every-figure.txt": [
    {
      mistake: "网办率 not matching 16.7万÷21.4万",
      from: "网办率78.0%",
      to: "网办率87.0%",
      findings: ["9:93-9:101 rate-mismatch 网办率应为78.0%（16.7万÷21.4万），文中为87.0%"],
    },
    {
      mistake: "a change % against a base that does not match",
      from: "合同42件，同比增长10.5%",
      to: "合同42件，较上年的35件增长10.5%",
      findings: ["11:59-11:64 change-mismatch 增幅应为20.0%（(42-35)÷35），文中为10.5%"],
    },
    {
      mistake: "纠错率 digits swapped",
      from: "纠错率13.1%",
      to: "纠错率11.3%",
      findings: ["15:59-15:67 rate-mismatch 纠错率应为13.1%（23÷175），文中为11.3%"],
    },
    {
      mistake: "a points change not matching the two rates",
      from: "网办率78.0%，较上年提高3.3个百分点",
      to: "网办率78.0%，较上年的73.7%提高3.3个百分点",
      findings: ["9:113-9:120 change-mismatch 增幅应为4.3个百分点（78.0%-73.7%），文中为3.3个百分点"],
    },
    {
      mistake: "an increase in count not matching the two counts",
      from: "应急演练56次，同比增加14次",
      to: "应急演练56次，较上年的48次增加14次",
      findings: ["17:55-17:58 change-mismatch 增加量应为8次（56-48），文中为14次"],
    },
    {
      mistake: "a decrease in count not matching the two counts",
      from: "全年发生森林火灾2起，同比减少3起",
      to: "全年发生森林火灾2起，较上年的4起减少3起",
      findings: ["17:73-17:75 change-mismatch 减少量应为2起（4-2），文中为3起"],
    },
    {
      mistake: "网上办件 part beyond the 办件 total",
      from: "网上办件16.7万件",
      to: "网上办件21.7万件",
      findings: ["9:54-9:82 parts-exceed-total 分项21.7万件超过总数21.4万件；请核对总数或分项"],
    },
    {
      mistake: "last year opening the report",
      from: "2025年，兴岭地区行政公署在",
      to: "2024年，兴岭地区行政公署在",
      findings: ["5:1-5:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "plans heading with the report year",
      from: "四、2026年推进法治政府建设的主要安排",
      to: "四、2025年推进法治政府建设的主要安排",
      findings: ["31:3-31:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the signature of another 地区",
      from: "兴岭地区行政公署\n2026",
      to: "兴安地区行政公署\n2026",
      findings: ["39:1-39:9 name-consistency 落款所写的“兴安地区行政公署”与标题中的“兴岭地区行政公署”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a count left as X",
      from: "提出修改建议9条",
      to: "提出修改建议X条",
      findings: ["11:86-11:88 placeholder-text 模板占位符“X条”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width comma in a cause",
      from: "林区人口外流，执法人员招录难",
      to: "林区人口外流,执法人员招录难",
      findings: ["25:24-25:25 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "a 环比 % not matching the quarter's two counts",
      from: "第四季度办理案件812件，环比下降14.5%",
      to: "第四季度办理案件812件，较第三季度的950件环比下降18.5%",
      findings: ["13:94-13:99 change-mismatch 降幅应为14.5%（(950-812)÷950），文中为18.5%"],
    },
    {
      mistake: "a subsection number skipped",
      from: "（七）推进数字法治政府建设",
      to: "（八）推进数字法治政府建设",
      findings: ["21:1-21:4 heading-numbering 标题序号跳号：此处应为“（七）”，文中为“（八）”"],
    },
    {
      mistake: "shortcomings without causes",
      from: "一是林区基层执法力量不足，原因在于林区人口外流，执法人员招录难。二是行政复议案件数量增长较快，主要原因是部分执法部门调查取证不规范。三是法治宣传覆盖面有限，原因是林区居住分散、交通不便。",
      to: "一是林区基层执法力量不足。二是行政复议案件数量增长较快。三是法治宣传覆盖面有限。",
      findings: ["23:1-23:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
  ],
  "241-shandong-subprovincial-district-pipe-table.md": [
    {
      mistake: "a table cell changed so the row does not add up",
      from: "| 城市管理 | 1,026 | 358 | 1,384 |",
      to: "| 城市管理 | 1,062 | 358 | 1,384 |",
      findings: ["29:24-29:29 parts-exceed-total 各分项之和为1420件（1062+358），超过总数1384件；请核对总数或各分项", "32:8-32:13 parts-exceed-total 各分项之和为1737件（312+0+1062+218+145），超过总数1701件；请核对总数或各分项"],
    },
    {
      mistake: "the 合计 row's column total changed",
      from: "| 合计 | 1,701 | 1,228 | 2,929 |",
      to: "| 合计 | 1,701 | 1,282 | 2,929 |",
      findings: [
        "32:16-32:21 parts-exceed-total 合计应为1228件（各项之和），表中为1282件；请核对合计或各分项",
        "32:24-32:29 parts-exceed-total 各分项之和为2983件（1701+1282），超过总数2929件；请核对总数或各分项",
      ],
    },
    {
      mistake: "纠错率 not matching the outcomes",
      from: "纠错率13.3%",
      to: "纠错率12.3%",
      findings: ["38:66-38:74 rate-mismatch 纠错率应为13.3%（(14+9+3)÷196），文中为12.3%"],
    },
    {
      mistake: "an outcome raised beyond 审结",
      from: "其中维持142件",
      to: "其中维持152件",
      findings: ["38:21-38:65 parts-exceed-total 各分项之和为206件（152+19+14+9+3+9），超过总数196件；请核对总数或各分项"],
    },
    {
      mistake: "a clean-up part raised beyond the files",
      from: "保留47件",
      to: "保留57件",
      findings: ["15:49-15:71 parts-exceed-total 各分项之和为72件（57+10+5），超过总数62件；请核对总数或各分项"],
    },
    {
      mistake: "优秀卷 count lowered, rate kept",
      from: "优秀卷81卷",
      to: "优秀卷18卷",
      findings: ["34:73-34:81 rate-mismatch 优秀率应为6.0%（18÷300），文中为27.0%"],
    },
    {
      mistake: "调解成功率 not matching",
      from: "调解成功率97.4%",
      to: "调解成功率97.9%",
      findings: ["38:107-38:117 rate-mismatch 调解成功率应为97.4%（5712÷5864），文中为97.9%"],
    },
    {
      mistake: "last year's title",
      from: "# 胶湾市崂湾区2025年度",
      to: "# 胶湾市崂湾区2024年度",
      findings: ["1:9-1:14 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the shortcomings part deleted",
      from: "## 二、存在的不足和原因\n\n一是个别领域执法不够均衡，生态环境领域无简易程序案件，原因是部分违法行为依法不适用简易程序，执法方式较为单一。二是行政复议纠错率仍处高位，主要原因是个别部门执法程序不规范。三是基层法治人才不足，原因在于街道法治机构人员配备不足。对2024年度报告所列“行政执法案卷质量不高”问题，已通过案卷评查和专题培训整改完成。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "48:4-48:6 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "the signature of another district",
      from: "崂湾区人民政府\n",
      to: "崂峰区人民政府\n",
      findings: ["67:1-67:8 name-consistency 落款所写的“崂峰区人民政府”与标题中的“胶湾市崂湾区”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a typhoon's name left as XX",
      from: "台风“贝碧嘉”",
      to: "台风“XX”",
      findings: ["42:40-42:42 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width parenthesis in a heading",
      from: "### （六）应对突发事件",
      to: "### (六)应对突发事件",
      findings: ["40:5-40:6 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”", "40:7-40:8 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”"],
    },
  ],
  "242-chongqing-town-first-person-cause-labels.txt": [
    {
      mistake: "办结率 not matching 4602÷4618",
      from: "办结率99.7%",
      to: "办结率99.2%",
      findings: ["7:100-7:108 rate-mismatch 办结率应为99.7%（4602÷4618），文中为99.2%"],
    },
    {
      mistake: "网上办理 part beyond the 办件",
      from: "网上办理2,875件",
      to: "网上办理4,875件",
      findings: ["7:93-7:128 parts-exceed-total 分项4875件既超过4602件，也超过其所出自的总数4618件（分项可能是两者中任一个的）；请核对总数或分项"],
    },
    {
      mistake: "an increase % not matching 46→57",
      from: "较上年的46件增长23.9%",
      to: "较上年的46件增长32.9%",
      findings: ["9:80-9:85 change-mismatch 增幅应为23.9%（(57-46)÷46），文中为32.9%"],
    },
    {
      mistake: "采纳率 digits swapped",
      from: "采纳率96.2%",
      to: "采纳率92.6%",
      findings: ["11:102-11:110 rate-mismatch 采纳率应为96.2%（50÷52），文中为92.6%"],
    },
    {
      mistake: "化解率 not matching 405÷412",
      from: "化解率98.3%",
      to: "化解率98.8%",
      findings: ["13:68-13:76 rate-mismatch 化解率应为98.3%（405÷412），文中为98.8%"],
    },
    {
      mistake: "a part number skipped",
      from: "二、存在的问题及原因",
      to: "三、存在的问题及原因",
      findings: ["21:1-21:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "an 一是 lead skipped in the plans",
      from: "三是开设",
      to: "四是开设",
      findings: ["40:74-40:76 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "last year's title",
      from: "石岭区花溪镇2025年",
      to: "石岭区花溪镇2024年",
      findings: ["1:7-1:12 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the signature of another town",
      from: "石岭区花溪镇人民政府\n",
      to: "石岭区花桥镇人民政府\n",
      findings: ["46:1-46:11 name-consistency 落款所写的“石岭区花桥镇人民政府”与标题中的“石岭区花溪镇”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "dated before the year ended",
      from: "2026年1月12日",
      to: "2025年11月12日",
      findings: ["47:1-47:12 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年11月12日"],
    },
    {
      mistake: "last year's cut-off run straight into the count it dates, no comma",
      from: "现有执法人员11名",
      to: "截至2024年底现有执法人员11名",
      findings: ["9:27-9:32 year-consistency “主要举措和成效”应写2025年的情况，文中的数据截至2024年底，是上一年度的：应截至2025年底"],
    },
  ],
  "243-hunan-county-health-bureau-last-year-parentheses-2024.txt": [
    {
      mistake: "a 结案率 not matching its counts, last year's rate in parentheses after it",
      from: "结案率95.5%",
      to: "结案率96.5%",
      findings: ["9:147-9:155 rate-mismatch 结案率应为95.5%（64÷67），文中为96.5%"],
    },
    {
      mistake: "a change % not matching the count and last year's count in parentheses (上年：58件)",
      from: "同比增长15.5%",
      to: "同比增长13.5%",
      findings: ["9:106-9:111 change-mismatch 增幅应为15.5%（(67-58)÷58），文中为13.5%"],
    },
    {
      mistake: "a 其中 part raised so the kinds exceed the cases",
      from: "公共场所类19件",
      to: "公共场所类29件",
      findings: ["9:90-9:140 parts-exceed-total 各分项之和为77件（41+29+7），超过总数67件；请核对总数或各分项"],
    },
    {
      mistake: "a share of 即办件 not matching its counts",
      from: "占60.0%",
      to: "占66.0%",
      findings: ["13:92-13:97 rate-mismatch 占比应为60.0%（731÷1218），文中为66.0%"],
    },
    {
      mistake: "a 调解成功率 with digits swapped",
      from: "调解成功率90.4%",
      to: "调解成功率94.0%",
      findings: ["11:53-11:63 rate-mismatch 调解成功率应为90.4%（47÷52），文中为94.0%"],
    },
    {
      mistake: "last year opening the report",
      from: "2024年，澧源县卫生健康局在",
      to: "2023年，澧源县卫生健康局在",
      findings: ["5:1-5:6 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "the plans heading left with this year",
      from: "四、2025年工作打算",
      to: "四、2024年工作打算",
      findings: ["27:3-27:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "the duties part dropped (heading and text)",
      from: "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n局党组书记、局长切实履行推进法治建设第一责任人职责，主持召开党组会议专题研究法治工作4次（上年：3次），审定年度普法责任清单和重大执法决定，带头在局党组理论学习中心组学法2次，带头参加行政诉讼案件出庭应诉1次。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "23:1-23:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "template residue in the signature (XX县)",
      from: "澧源县卫生健康局\n2025",
      to: "XX县卫生健康局\n2025",
      findings: ["37:1-37:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width comma in prose",
      from: "编制核定较早，未随",
      to: "编制核定较早,未随",
      findings: ["21:58-21:59 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "an unpaired “",
      from: "“健康澧源”建设",
      to: "“健康澧源建设",
      findings: ["5:74-5:75 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "dated after April 1",
      from: "2025年1月17日",
      to: "2025年4月17日",
      findings: ["38:1-38:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月17日"],
    },
    {
      mistake: "a subsection number skipped",
      from: "（五）深化法治宣传教育",
      to: "（六）深化法治宣传教育",
      findings: ["17:1-17:4 heading-numbering 标题序号跳号：此处应为“（五）”，文中为“（六）”"],
    },
    {
      mistake: "一是、二是、四是 in the shortcomings",
      from: "三是医疗纠纷调解",
      to: "四是医疗纠纷调解",
      findings: ["21:117-21:119 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "shortcomings without any cause",
      from: "一是基层卫生监督力量薄弱。全县卫生监督员仅19名，承担全县1,100余家单位的监管任务，原因是监督机构编制核定较早，未随监管对象增加而调整。二是部分民营医疗机构依法执业意识不强，主要原因是日常监管以事后处罚为主，事前指导和培训不够。三是医疗纠纷调解专业力量不足，原因是调解委员会中具有医学、法律双重背景的人员较少。",
      to: "一是基层卫生监督力量薄弱，全县卫生监督员仅19名。二是部分民营医疗机构依法执业意识不强。三是医疗纠纷调解专业力量不足。",
      findings: ["19:1-19:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
  ],
  "244-shandong-city-education-bureau-duties-table.md": [
    {
      mistake: "a school kind raised beyond the schools evaluated",
      from: "初中58所",
      to: "初中68所",
      findings: ["9:24-9:62 parts-exceed-total 各分项之和为196所（112+68+16），超过总数186所；请核对总数或各分项"],
    },
    {
      mistake: "an 办结率 off by one point",
      from: "办结率98.8%",
      to: "办结率99.8%",
      findings: ["25:30-25:38 rate-mismatch 办结率应为98.8%（637÷645），文中为99.8%"],
    },
    {
      mistake: "the plans heading with this year",
      from: "## 四、2026年工作安排",
      to: "## 四、2025年工作安排",
      findings: ["42:6-42:11 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "last year in the title",
      from: "# 泺川市教育局2025年",
      to: "# 泺川市教育局2024年",
      findings: ["1:9-1:14 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a placeholder left in a figure",
      from: "罚款合计4.5万元",
      to: "罚款合计【此处填写】万元",
      findings: ["17:62-17:68 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "dated before the year ended",
      from: "2026年2月9日",
      to: "2025年11月9日",
      findings: ["55:1-55:11 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年11月9日"],
    },
    {
      mistake: "the signature of another city's bureau",
      from: "泺川市教育局\n\n2026",
      to: "济川市教育局\n\n2026",
      findings: ["53:1-53:7 name-consistency 落款所写的“济川市教育局”与标题中的“泺川市教育局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "an unpaired 《",
      from: "《泺川市中小学校督导评估办法》",
      to: "《泺川市中小学校督导评估办法",
      findings: ["9:3-9:4 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "the shortcomings part dropped",
      from: "## 二、存在的不足和原因\n\n一是法治副校长作用发挥不平衡，部分农村学校法治副校长到校次数少，原因是兼职人员本职工作任务重，考核激励不足。二是教育执法力量与监管任务不匹配，原因是市县两级教育部门没有专职执法人员，执法工作多由业务科室兼顾。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "31:4-31:6 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
  ],
  "245-anhui-city-transport-bureau-ten-plans-2022.txt": [
    {
      mistake: "a change % with digits swapped, base stated (较上年的792件)",
      from: "增长6.8%",
      to: "增长8.6%",
      findings: ["9:68-9:72 change-mismatch 增幅应为6.8%（(846-792)÷792），文中为8.6%"],
    },
    {
      mistake: "a kind of case raised beyond the cases",
      from: "公路路政类205件",
      to: "公路路政类250件",
      findings: ["9:53-9:103 parts-exceed-total 各分项之和为891件（603+38+250），超过总数846件；请核对总数或各分项"],
    },
    {
      mistake: "reconsideration outcomes beyond the cases",
      from: "其中维持4件",
      to: "其中维持5件",
      findings: ["13:23-13:37 parts-exceed-total 各分项之和为6件（5+1），超过总数5件；请核对总数或各分项"],
    },
    {
      mistake: "a plan item number skipped (6. 8. 8.)",
      from: "7.深化执法案卷评查",
      to: "8.深化执法案卷评查",
      findings: ["34:1-34:3 heading-numbering 标题序号跳号：此处应为“7.”，文中为“8.”"],
    },
    {
      mistake: "the plans heading two years ahead",
      from: "四、2023年工作打算",
      to: "四、2024年工作打算",
      findings: ["25:3-25:8 year-consistency “下一年度主要安排”应写2023年的安排，标题中为2024年"],
    },
    {
      mistake: "last year in the title",
      from: "淠城市交通运输局2022年",
      to: "淠城市交通运输局2021年",
      findings: ["1:9-1:14 year-consistency 标题中为2021年度，正文各处写的都是2022年度的情况：标题应为2022年度"],
    },
    {
      mistake: "dated after April 1",
      from: "2023年1月31日",
      to: "2023年5月31日",
      findings: ["44:1-44:11 publish-date 成文日期晚于次年3月31日的公开期限：2022年度报告应在2023年3月31日前成文公开，文中为2023年5月31日"],
    },
    {
      mistake: "the duties part dropped",
      from: "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n局党委书记、局长认真履行推进法治建设第一责任人职责，全年主持召开局党委会专题研究法治工作5次，部署网约车规范管理、执法规范化建设等重点工作；带头参加行政诉讼案件出庭应诉2次，带头在局党委理论学习中心组学法3次。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "21:1-21:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "a half-width colon before the list",
      from: "重点抓好十项工作：",
      to: "重点抓好十项工作:",
      findings: ["27:18-27:19 punctuation-width 中文行文应使用全角标点“：”，文中为半角“:”"],
    },
    {
      mistake: "×× left in the signature",
      from: "淠城市交通运输局\n2023",
      to: "××市交通运输局\n2023",
      findings: ["43:1-43:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "一是、二是、二是 in the shortcomings",
      from: "三是执法人员法律素养",
      to: "二是执法人员法律素养",
      findings: ["19:105-19:107 enumeration-sequence 列举序号重复：前面已有“二是”，此处应为“三是”"],
    },
    {
      mistake: "the plans' lead sentence with the report year",
      from: "2023年，我局将",
      to: "2022年，我局将",
      findings: ["27:1-27:6 year-consistency “下一年度主要安排”应写2023年的安排，文中为2022年"],
    },
    {
      mistake: "the plans announced as twelve, ten listed on lines of their own",
      from: "重点抓好十项工作",
      to: "重点抓好十二项工作",
      findings: ["27:14-27:19 enumeration-sequence 列举项数与前文不符：前文说“十二项工作”，下面列出了10项"],
    },
  ],
  "246-guangxi-district-emergency-bureau-industry-shares.txt": [
    {
      mistake: "a share not matching 575÷1,250",
      from: "占46.0%",
      to: "占48.0%",
      findings: ["9:62-9:67 rate-mismatch 占比应为46.0%（575÷1250），文中为48.0%"],
    },
    {
      mistake: "an industry raised so the kinds exceed the checks and the shares pass 100%",
      from: "其他生产经营单位300家次，占24.0%",
      to: "其他生产经营单位350家次，占28.0%",
      findings: ["9:38-9:122 parts-exceed-total 各分项之和为1300家次（575+225+150+350），超过总数1250家次；请核对总数或各分项"],
    },
    {
      mistake: "a part of the fines beyond the fines",
      from: "罚款28.4万元",
      to: "罚款238.4万元",
      findings: ["11:39-11:70 parts-exceed-total 分项238.4万元超过总数213.6万元；请核对总数或分项"],
    },
    {
      mistake: "last year opening the report",
      from: "2025年，区应急管理局坚持",
      to: "2024年，区应急管理局坚持",
      findings: ["5:1-5:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "the plans heading with this year",
      from: "四、2026年工作计划",
      to: "四、2025年工作计划",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a subsection number repeated",
      from: "（四）规范行政执法行为",
      to: "（三）规范行政执法行为",
      findings: ["15:1-15:4 heading-numbering 标题序号重复：“（三）”与上一个同级标题相同，此处应为“（四）”"],
    },
    {
      mistake: "XX区 in the title",
      from: "桂川市榕溪区应急管理局2025年度",
      to: "桂川市XX区应急管理局2025年度",
      findings: ["1:4-1:6 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "dated after April 1",
      from: "2026年1月26日",
      to: "2026年4月26日",
      findings: ["41:1-41:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月26日"],
    },
    {
      mistake: "shortcomings without any cause",
      from: "一是执法力量与监管任务不相适应，全局在编执法人员仅11名，原因是基层应急管理机构人员编制偏少，专业人员招录困难。二是部分企业主体责任落实不到位，原因是企业负责人安全发展理念不强，执法检查以现场检查为主、信用惩戒运用不足。三是执法文书规范化水平有待提升，原因是执法人员法律专业背景较少。",
      to: "一是执法力量与监管任务不相适应，全局在编执法人员仅11名。二是部分企业主体责任落实不到位。三是执法文书规范化水平有待提升。",
      findings: ["21:1-21:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a share with digits swapped",
      from: "占18.0%",
      to: "占81.0%",
      findings: ["9:82-9:87 rate-mismatch 占比应为18.0%（225÷1250），文中为81.0%"],
    },
  ],
  "247-guizhou-city-audit-bureau-chinese-numeral-title-2023.txt": [
    {
      mistake: "last year in the title, written in Chinese numerals",
      from: "二〇二三年度",
      to: "二〇二二年度",
      findings: ["1:7-1:12 year-consistency 标题中为2022年度，正文各处写的都是2023年度的情况：标题应为2023年度"],
    },
    {
      mistake: "an 整改率 with digits swapped",
      from: "整改率91.4%",
      to: "整改率94.1%",
      findings: ["11:73-11:81 rate-mismatch 整改率应为91.4%（298÷326），文中为94.1%"],
    },
    {
      mistake: "an 采纳率 with digits swapped",
      from: "采纳率94.1%",
      to: "采纳率91.4%",
      findings: ["9:128-9:136 rate-mismatch 采纳率应为94.1%（175÷186），文中为91.4%"],
    },
    {
      mistake: "a kind of audit raised beyond the audits",
      from: "经济责任审计15个",
      to: "经济责任审计25个",
      findings: ["9:29-9:63 parts-exceed-total 各分项之和为52个（18+25+9），超过总数42个；请核对总数或各分项"],
    },
    {
      mistake: "the plans heading with this year",
      from: "四、2024年工作思路",
      to: "四、2023年工作思路",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2024年的安排，标题中为2023年"],
    },
    {
      mistake: "一是、三是、三是 in the shortcomings",
      from: "二是审计信息化",
      to: "三是审计信息化",
      findings: ["23:64-23:66 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”"],
    },
    {
      mistake: "dated before the year ended",
      from: "2024年1月25日",
      to: "2023年10月25日",
      findings: ["41:1-41:12 publish-date 成文日期早于2023年12月1日，2023年度尚未结束：应在2023年12月1日至2024年3月31日之间成文，文中为2023年10月25日"],
    },
    {
      mistake: "the signature of another city's bureau",
      from: "筑川市审计局\n2024",
      to: "筑山市审计局\n2024",
      findings: ["40:1-40:7 name-consistency 落款所写的“筑山市审计局”与标题中的“筑川市审计局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a half-width semicolon",
      from: "重大审计事项；带头",
      to: "重大审计事项;带头",
      findings: ["27:67-27:68 punctuation-width 中文行文应使用全角标点“；”，文中为半角“;”"],
    },
  ],
  "248-hainan-county-tax-bureau-plan-deadlines.txt": [
    {
      mistake: "a plan deadline in the report year",
      from: "一是2026年3月底前",
      to: "一是2025年3月底前",
      findings: ["31:3-31:8 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "a 化解率 with digits swapped",
      from: "化解率95.3%",
      to: "化解率93.5%",
      findings: ["11:48-11:56 rate-mismatch 化解率应为95.3%（61÷64），文中为93.5%"],
    },
    {
      mistake: "a part of the revenue beyond the revenue",
      from: "税收收入12.48亿元",
      to: "税收收入13.48亿元",
      findings: ["7:32-7:70 parts-exceed-total 各分项之和为19.36亿元（13.48亿+5.88亿），超过总数18.36亿元；请核对总数或各分项"],
    },
    {
      mistake: "reconsideration outcomes beyond the cases",
      from: "其中维持3件",
      to: "其中维持4件",
      findings: ["11:72-11:86 parts-exceed-total 各分项之和为5件（4+1），超过总数4件；请核对总数或各分项"],
    },
    {
      mistake: "shortcomings without any cause",
      from: "（一）基层执法规范化水平不平衡。少数执法人员对柔性执法把握不准。究其原因，主要是执法培训以政策解读为主，案例教学不足。\n（二）税费争议源头预防不够。部分争议在调解阶段才被发现。究其原因，主要是风险提示和政策辅导针对性不强。\n（三）法治人才储备不足。全局取得法律职业资格的干部仅5人。究其原因，主要是法律专业人才引进渠道有限。",
      to: "（一）基层执法规范化水平不平衡。少数执法人员对柔性执法把握不准。\n（二）税费争议源头预防不够。部分争议在调解阶段才被发现。\n（三）法治人才储备不足。全局取得法律职业资格的干部仅5人。",
      findings: ["19:1-19:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "last year in the title",
      from: "国家税务总局琼岭县税务局2025年度",
      to: "国家税务总局琼岭县税务局2024年度",
      findings: ["1:13-1:18 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "another county's bureau in the opening",
      from: "2025年，国家税务总局琼岭县税务局在",
      to: "2025年，国家税务总局琼山县税务局在",
      findings: ["3:7-3:19 name-consistency 开头所写的“国家税务总局琼山县税务局”与标题中的“国家税务总局琼岭县税务局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a shortcoming subsection skipped",
      from: "（三）法治人才储备不足",
      to: "（四）法治人才储备不足",
      findings: ["23:1-23:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "an unpaired “",
      from: "“首违不罚”1,156户次",
      to: "“首违不罚1,156户次",
      findings: ["9:61-9:62 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "the plans heading two years ahead",
      from: "四、2026年工作安排",
      to: "四、2027年工作安排",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2027年"],
    },
    {
      mistake: "a plan item for the report year",
      from: "四是2026年全年",
      to: "四是2025年全年",
      findings: ["31:116-31:121 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年"],
    },
  ],
  "249-inner-mongolia-banner-2022-outline-midterm.txt": [
    {
      mistake: "an 采纳率 one point too high",
      from: "采纳率94.4%",
      to: "采纳率95.4%",
      findings: ["7:149-7:157 rate-mismatch 采纳率应为94.4%（152÷161），文中为95.4%"],
    },
    {
      mistake: "a decline % against the year before in brackets after it, digits off",
      from: "同比下降6.1%",
      to: "同比下降7.1%",
      findings: ["9:110-9:114 change-mismatch 降幅应为6.1%（(1327-1246)÷1327），文中为7.1%"],
    },
    {
      mistake: "a reconsideration outcome raised beyond the cases closed",
      from: "其中维持24件",
      to: "其中维持26件",
      findings: ["11:39-11:67 parts-exceed-total 各分项之和为35件（26+4+2+3），超过总数33件；请核对总数或各分项"],
    },
    {
      mistake: "a mid-term completion rate that does not match 19 of 32",
      from: "完成率59.4%",
      to: "完成率61.4%",
      findings: ["13:62-13:70 rate-mismatch 完成率应为59.4%（19÷32），文中为61.4%"],
    },
    {
      mistake: "mediated successfully beyond the disputes handled",
      from: "调解成功1,987件",
      to: "调解成功2,087件",
      findings: ["15:38-15:48 parts-exceed-total 调解成功2087件多于调处2035件；调解成功数不应超过调处数，请核对"],
    },
    {
      mistake: "the year before in the title",
      from: "乌兰河旗2022年法治政府",
      to: "乌兰河旗2021年法治政府",
      findings: ["1:5-1:10 year-consistency 标题中为2021年度，正文各处写的都是2022年度的情况：标题应为2022年度"],
    },
    {
      mistake: "the plans heading of the report year",
      from: "四、2023年推进",
      to: "四、2022年推进",
      findings: ["25:3-25:8 year-consistency “下一年度主要安排”应写2023年的安排，标题中为2022年"],
    },
    {
      mistake: "the 旗长's sentence dropped from the duties",
      from: "旗长乌日娜主持召开旗政府常务会议3次研究依法行政工作，带头出庭应诉行政诉讼案件1件，督促各部门落实行政执法“三项制度”。",
      to: "",
      findings: ["21:1-21:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（旗委书记）的履职情况，未写政府主要负责人：请补写旗长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "published in May of the next year",
      from: "2023年2月10日",
      to: "2023年5月10日",
      findings: ["34:1-34:11 publish-date 成文日期晚于次年3月31日的公开期限：2022年度报告应在2023年3月31日前成文公开，文中为2023年5月10日"],
    },
    {
      mistake: "another banner's government signs",
      from: "乌兰河旗人民政府\n2023",
      to: "白音河旗人民政府\n2023",
      findings: ["33:1-33:9 name-consistency 落款所写的“白音河旗人民政府”与标题中的“乌兰河旗”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "一是/二是/四是 in the shortcomings",
      from: "；三是牧区普法",
      to: "；四是牧区普法",
      findings: ["19:57-19:59 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "the causes sentence after the shortcomings dropped",
      from: "上述问题的原因主要在于：部分部门对决策程序的刚性约束认识不足，基层执法人员业务培训不够系统，牧区地广人稀、普法阵地和人员保障不足。",
      to: "",
      findings: ["17:1-17:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "half-width brackets around last year's count",
      from: "（2021年为1,327件）",
      to: "(2021年为1,327件)",
      findings: ["9:114-9:115 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”", "9:127-9:128 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”"],
    },
    {
      mistake: "an unpaired “ before 八五",
      from: "“八五”普法规划实施过半",
      to: "“八五普法规划实施过半",
      findings: ["13:17-13:18 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "the base of a 同比 change named as the year two back",
      from: "（2021年为1,327件）",
      to: "（2020年为1,327件）",
      findings: ["9:115-9:119 change-mismatch “同比”比较的是2021年，括号中的基数却是2020年的：请核对年份或增减幅度"],
    },
  ],
  "250-fujian-district-ten-actions-heading-count.txt": [
    {
      mistake: "an 审结率 over the cases received, not admitted",
      from: "审结率94.8%",
      to: "审结率86.8%",
      findings: ["20:43-20:51 rate-mismatch 审结率应为94.8%（271÷286），文中为86.8%"],
    },
    {
      mistake: "a 败诉率 with digits swapped",
      from: "败诉率6.2%",
      to: "败诉率2.6%",
      findings: ["22:37-22:44 rate-mismatch 败诉率应为6.2%（9÷145），文中为2.6%"],
    },
    {
      mistake: "a growth % with digits swapped",
      from: "增长12.4%",
      to: "增长14.2%",
      findings: ["14:46-14:51 change-mismatch 增幅应为12.4%（(2318-2062)÷2062），文中为14.2%"],
    },
    {
      mistake: "a 全程网办率 rounded wrong",
      from: "全程网办率87.1%",
      to: "全程网办率87.9%",
      findings: ["18:44-18:54 rate-mismatch 全程网办率应为87.1%（1198÷1376），文中为87.9%"],
    },
    {
      mistake: "a cleared-document outcome beyond the 58 cleared",
      from: "其中废止7件",
      to: "其中废止17件",
      findings: ["12:39-12:63 parts-exceed-total 各分项之和为68件（17+5+46），超过总数58件；请核对总数或各分项"],
    },
    {
      mistake: "the seventh action numbered 8.",
      from: "7. 应诉质效",
      to: "8. 应诉质效",
      findings: ["22:1-22:3 heading-numbering 标题序号跳号：此处应为“7.”，文中为“8.”"],
    },
    {
      mistake: "the last action numbered 11.",
      from: "10. 法治宣传提质",
      to: "11. 法治宣传提质",
      findings: ["28:1-28:4 heading-numbering 标题序号跳号：此处应为“10.”，文中为“11.”"],
    },
    {
      mistake: "a shortcoming numbered （二） twice",
      from: "（三）行政复议调解",
      to: "（二）行政复议调解",
      findings: ["34:1-34:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”"],
    },
    {
      mistake: "another district in the opening",
      from: "屏溪区人民政府坚持",
      to: "东溪区人民政府坚持",
      findings: ["6:7-6:14 name-consistency 开头所写的“东溪区人民政府”与标题中的“闽川市屏溪区人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "XX for the district in the signature",
      from: "闽川市屏溪区人民政府\n2026",
      to: "闽川市XX区人民政府\n2026",
      findings: ["51:4-51:6 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "the plans heading of the report year",
      from: "四、2026年工作打算",
      to: "四、2025年工作打算",
      findings: ["40:3-40:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "signed in November of the report year",
      from: "2026年1月28日",
      to: "2025年11月28日",
      findings: ["52:1-52:12 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年11月28日"],
    },
    {
      mistake: "mediated successfully with two digits swapped",
      from: "调解成功5,769件",
      to: "调解成功5,679件",
      findings: ["26:58-26:68 rate-mismatch 调解成功率应为97.2%（5679÷5842），文中为98.8%"],
    },
    {
      mistake: "opinions adopted beyond those given",
      from: "被采纳229条",
      to: "被采纳239条",
      findings: ["10:62-10:68 parts-exceed-total 采纳239条多于提出237条；采纳数不应超过提出数，请核对"],
    },
  ],
  "251-gansu-ethnic-xiang-short-bracket-bases.txt": [
    {
      mistake: "a growth % in 万元 with digits swapped",
      from: "同比增长9.7%",
      to: "同比增长7.9%",
      findings: ["7:76-7:80 change-mismatch 增幅应为9.7%（(386.5万-352.4万)÷352.4万），文中为7.9%"],
    },
    {
      mistake: "a decline % with digits swapped",
      from: "同比下降9.4%",
      to: "同比下降4.9%",
      findings: ["9:50-9:54 change-mismatch 降幅应为9.4%（(96-87)÷96），文中为4.9%"],
    },
    {
      mistake: "a 调解成功率 one point off",
      from: "调解成功率97.7%",
      to: "调解成功率98.7%",
      findings: ["9:63-9:73 rate-mismatch 调解成功率应为97.7%（85÷87），文中为98.7%"],
    },
    {
      mistake: "an 按期办结率 with digits swapped",
      from: "按期办结率96.9%",
      to: "按期办结率99.6%",
      findings: ["15:35-15:45 rate-mismatch 按期办结率应为96.9%（31÷32），文中为99.6%"],
    },
    {
      mistake: "the shortcomings without causes",
      from: "一是部分村干部依法办事能力不强，原因是培训次数少、内容针对性不足；二是普法宣传对外出务工人员覆盖不够，主要是缺少线上宣传渠道；三是矛盾纠纷调解卷宗不够规范，原因在于调解员多为兼职，缺少专业指导。",
      to: "一是部分村干部依法办事能力不强；二是普法宣传对外出务工人员覆盖不够；三是矛盾纠纷调解卷宗不够规范。",
      findings: ["19:1-19:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the 乡长's sentences dropped",
      from: "乡长韩玉兰落实乡政府法律顾问制度，全年提请法律顾问审查合同协议12份，带头接访群众18人次，督促办理群众反映的宅基地、草场边界等问题。",
      to: "",
      findings: ["23:1-23:28 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写乡长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the plans heading of the report year",
      from: "四、2026年工作计划",
      to: "四、2025年工作计划",
      findings: ["27:3-27:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "last year in the title",
      from: "达坂乡2025年法治",
      to: "达坂乡2024年法治",
      findings: ["1:12-1:17 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "another township signs",
      from: "达坂乡人民政府",
      to: "塔坪乡人民政府",
      findings: ["35:1-35:8 name-consistency 落款所写的“塔坪乡人民政府”与标题中的“河源东乡族自治县达坂乡”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "一是/二是/二是 in the plans",
      from: "；三是推进村规民约",
      to: "；二是推进村规民约",
      findings: ["29:43-29:45 enumeration-sequence 列举序号重复：前面已有“二是”，此处应为“三是”"],
    },
    {
      mistake: "an unclosed bracket around last year's amount",
      from: "（上年为352.4万元），",
      to: "（上年为352.4万元，",
      findings: ["7:59-7:60 paired-punctuation 前括号后面没有对应的后括号：请补上后括号，或删去这个前括号"],
    },
    {
      mistake: "published after April 1",
      from: "2026年1月20日",
      to: "2026年4月20日",
      findings: ["36:1-36:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月20日"],
    },
  ],
  "252-shanxi-city-annex-review-quarter-table.txt": [
    {
      mistake: "a table cell raised (row and column no longer add up)",
      from: "第二季度\t8\t14\t12\t34",
      to: "第二季度\t8\t16\t12\t34",
      findings: ["50:14-50:16 parts-exceed-total 各分项之和为36（8+16+12），超过总数34；请核对总数或各分项", "53:7-53:9 parts-exceed-total 各分项之和为52（11+16+10+15），超过总数50；请核对总数或各分项"],
    },
    {
      mistake: "an 采纳率 two points too high",
      from: "采纳率94.4%",
      to: "采纳率96.4%",
      findings: ["9:157-9:165 rate-mismatch 采纳率应为94.4%（301÷319），文中为96.4%"],
    },
    {
      mistake: "a 纠错率 with digits swapped",
      from: "纠错率12.4%",
      to: "纠错率14.2%",
      findings: ["13:98-13:106 rate-mismatch 纠错率应为12.4%（137÷1102），文中为14.2%"],
    },
    {
      mistake: "a 败诉率 rounded up wrong",
      from: "败诉率6.1%",
      to: "败诉率6.8%",
      findings: ["15:40-15:47 rate-mismatch 败诉率应为6.1%（53÷876），文中为6.8%"],
    },
    {
      mistake: "a hotline 办结率 in 万件 one point off",
      from: "办结率98.4%",
      to: "办结率99.4%",
      findings: ["17:94-17:102 rate-mismatch 办结率应为98.4%（36.2万÷36.8万），文中为99.4%"],
    },
    {
      mistake: "a growth % against last year in brackets, digits swapped",
      from: "同比增长4.3%",
      to: "同比增长3.4%",
      findings: ["11:43-11:47 change-mismatch 增幅应为4.3%（(18426-17666)÷17666），文中为3.4%"],
    },
    {
      mistake: "a reconsideration outcome beyond the cases closed",
      from: "其中维持735件",
      to: "其中维持835件",
      findings: ["13:51-13:97 parts-exceed-total 各分项之和为1202件（835+148+82+137），超过总数1102件；请核对总数或各分项"],
    },
    {
      mistake: "last year in the title",
      from: "关于2025年度法治",
      to: "关于2024年度法治",
      findings: ["1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a shortcoming numbered （一） twice",
      from: "（二）行政执法协调",
      to: "（一）行政执法协调",
      findings: ["22:1-22:4 heading-numbering 标题序号重复：“（一）”与上一个同级标题相同，此处应为“（二）”"],
    },
    {
      mistake: "an unpaired “ before 十五五",
      from: "编制“十五五”时期",
      to: "编制“十五五时期",
      findings: ["31:6-31:7 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "the plans heading two years ahead",
      from: "四、2026年推进",
      to: "四、2027年推进",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2027年"],
    },
    {
      mistake: "a quarter's row total off by one",
      from: "第一季度\t6\t11\t9\t26",
      to: "第一季度\t6\t11\t9\t27",
      findings: [
        "49:13-49:15 parts-exceed-total 合计应为26（各项之和），表中为27；请核对合计或各分项",
        "53:13-53:16 parts-exceed-total 各分项之和为123（27+34+28+34），超过总数122；请核对总数或各分项",
      ],
    },
    {
      mistake: "the annex table's grand total above the sums of its row and its column",
      from: "合计\t28\t50\t44\t122",
      to: "合计\t28\t50\t44\t132",
      findings: ["53:13-53:16 parts-exceed-total 合计应为122（各项之和），表中为132；请核对合计或各分项"],
    },
  ],
  "253-tianjin-dev-zone-monthly-plans.txt": [
    {
      mistake: "a share with digits swapped",
      from: "占比67.1%",
      to: "占比76.1%",
      findings: ["7:102-7:107 rate-mismatch 占比应为67.1%（14582÷21736），文中为76.1%"],
    },
    {
      mistake: "an 采纳率 with digits swapped",
      from: "采纳率96.1%",
      to: "采纳率91.6%",
      findings: ["11:94-11:102 rate-mismatch 采纳率应为96.1%（371÷386），文中为91.6%"],
    },
    {
      mistake: "a 调解成功率 rounded to a whole point wrong",
      from: "调解成功率89.0%",
      to: "调解成功率90.0%",
      findings: ["13:52-13:62 rate-mismatch 调解成功率应为89.0%（219÷246），文中为90.0%"],
    },
    {
      mistake: "a time limit cut with the wrong percent",
      from: "压缩至38个工作日。",
      to: "压缩至38个工作日，压缩27.4%。",
      findings: ["7:142-7:147 change-mismatch 降幅应为17.4%（(46-38)÷46），文中为27.4%"],
    },
    {
      mistake: "a 其中 part beyond the matters handled",
      from: "其中即来即办14,582件",
      to: "其中即来即办24,582件",
      findings: ["7:78-7:99 parts-exceed-total 分项24582件超过总数21736件；请核对总数或分项"],
    },
    {
      mistake: "the 管委会主任's sentence dropped",
      from: "管委会主任孙立华主持召开主任办公会议专题研究依法行政工作5次，带头落实重大事项合法性审查制度，对审查未通过的事项一律不上会。",
      to: "",
      findings: ["21:1-21:31 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写管委会主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a month-dated plan in the report year",
      from: "（四）12月底前",
      to: "（四）2025年12月底前",
      findings: ["30:4-30:9 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "a plan item numbered （四） twice",
      from: "（三）9月底前",
      to: "（四）9月底前",
      findings: ["29:1-29:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "a date that does not exist",
      from: "2026年1月22日",
      to: "2026年1月32日",
      findings: ["37:1-37:11 invalid-date 日期不存在：2026年没有1月32日，1月只有31天"],
    },
    {
      mistake: "a template slot left in a figure",
      from: "涉及金额2.3亿元",
      to: "涉及金额【此处填写】亿元",
      findings: ["13:67-13:73 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "an unpaired 《",
      from: "《天津市优化营商环境条例》",
      to: "《天津市优化营商环境条例",
      findings: ["15:23-15:24 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "the shortcomings part deleted",
      from: "二、存在的不足和原因\n\n一是涉企执法检查统筹还不够，不同部门对同一企业重复检查的现象仍有发生，主要原因是部门间执法信息共享平台尚未完全打通；二是法治工作力量不足，管委会法制审核机构仅有专职人员3名，原因在于开发区实行员额制管理，专业人员招录受限；三是商事调解的社会认可度不高，原因是调解协议的司法确认衔接不够顺畅。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "17:1-17:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "a half-width semicolon",
      from: "；二是法治工作力量不足",
      to: "; 二是法治工作力量不足",
      findings: ["19:58-19:60 punctuation-width 中文行文应使用全角标点“；”，文中为半角“; ”"],
    },
    {
      mistake: "another zone in the opening under a title running 天津 into the zone's name",
      from: "2025年，海河湾经济技术开发区管理委员会（",
      to: "2025年，临河经济技术开发区管理委员会（",
      findings: ["3:7-3:21 name-consistency 开头所写的“临河经济技术开发区管理委员会”与标题中的“天津海河湾经济技术开发区管理委员会”不是同一单位：是否沿用了其他单位的报告？"],
    },
  ],
  "254-beijing-subdistrict-first-person-hotline-jiuqi.txt": [
    {
      mistake: "a 解决率 with digits swapped",
      from: "解决率92.5%",
      to: "解决率95.2%",
      findings: ["9:57-9:65 rate-mismatch 解决率应为92.5%（5937÷6418），文中为95.2%"],
    },
    {
      // A documented silence until the two counts in the parentheses after a change (（上年为A，本年为B）) were read.
      mistake: "a decline % against the two counts in brackets, digits swapped",
      from: "同比下降17.8%",
      to: "同比下降18.7%",
      findings: ["9:119-9:124 change-mismatch 降幅应为17.8%（(1326-1090)÷1326），文中为18.7%"],
    },
    {
      mistake: "a 调解成功率 with digits swapped",
      from: "调解成功率94.8%",
      to: "调解成功率98.4%",
      findings: ["13:61-13:71 rate-mismatch 调解成功率应为94.8%（1068÷1127），文中为98.4%"],
    },
    {
      mistake: "the shortcomings' 究其原因 sentences dropped",
      from: "部分历史遗留问题难以在短期内解决。究其原因，涉及多个产权单位的诉求协调难度大，街道统筹调度手段有限。\n（二）综合执法能力与下沉事项不相适应，个别执法文书说理不充分。究其原因，新下沉事项专业性强，执法人员培训跟不上。\n（三）社区法治宣传针对性不强，青年群体参与度低。究其原因，宣传形式仍以现场讲座为主，线上载体运用不足。",
      to: "部分历史遗留问题难以在短期内解决。\n（二）综合执法能力与下沉事项不相适应，个别执法文书说理不充分。\n（三）社区法治宣传针对性不强，青年群体参与度低。",
      findings: ["17:1-17:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the 工委书记 made a 工委委员",
      from: "街道工委书记张明远",
      to: "街道工委委员张明远",
      findings: ["23:1-23:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（办事处主任）的履职情况，未写党委主要负责人：请补写街道党工委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the shortcomings heading numbered 三、",
      from: "二、存在的不足和原因",
      to: "三、存在的不足和原因",
      findings: ["17:1-17:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "a shortcoming numbered （二） twice",
      from: "（三）社区法治宣传",
      to: "（二）社区法治宣传",
      findings: ["21:1-21:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”"],
    },
    {
      mistake: "XX for the subdistrict in the title",
      from: "北京市潮白区青杨街道办事处2025年",
      to: "北京市潮白区XX街道办事处2025年",
      findings: ["1:7-1:9 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "the plans heading of the report year",
      from: "四、2026年工作计划",
      to: "四、2025年工作计划",
      findings: ["27:3-27:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "another subdistrict signs",
      from: "北京市潮白区青杨街道办事处\n2026",
      to: "北京市潮白区青松街道办事处\n2026",
      findings: ["35:1-35:14 name-consistency 落款所写的“北京市潮白区青松街道办事处”与标题中的“北京市潮白区青杨街道办事处”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "published in June",
      from: "2026年1月16日",
      to: "2026年6月16日",
      findings: ["36:1-36:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年6月16日"],
    },
    {
      // A documented silence until the two counts in the parentheses after a change (（上年为A，本年为B）) were read.
      mistake: "this year's count in the brackets off",
      from: "本年为1,090件",
      to: "本年为1,190件",
      findings: ["9:119-9:124 change-mismatch 降幅应为10.3%（(1326-1190)÷1326），文中为17.8%"],
    },
    {
      mistake: "一是/二是/二是 in the plans",
      from: "；三是打造社区",
      to: "；二是打造社区",
      findings: ["29:60-29:62 enumeration-sequence 列举序号重复：前面已有“二是”，此处应为“三是”"],
    },
  ],
  "255-fujian-city-housing-bureau-wan-decimals-2024.txt": [
    {
      mistake: "a 办结率 in 万件 that does not match its counts",
      from: "办结1.83万件，办结率98.4%",
      to: "办结1.83万件，办结率96.4%",
      findings: ["9:87-9:95 rate-mismatch 办结率应为98.4%（1.83万÷1.86万），文中为96.4%"],
    },
    {
      mistake: "online and offline trainees adding up beyond the total in 万人次",
      from: "其中线上2.02万人次",
      to: "其中线上2.12万人次",
      findings: ["13:82-13:111 parts-exceed-total 各分项之和为2.45万人次（2.12万+0.33万），超过总数2.35万人次；请核对总数或各分项"],
    },
    {
      mistake: "last year's title",
      from: "闽溪市住房和城乡建设局2024年度",
      to: "闽溪市住房和城乡建设局2023年度",
      findings: ["1:12-1:17 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "the plans heading naming the report year",
      from: "四、2025年度推进",
      to: "四、2024年度推进",
      findings: ["25:3-25:9 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "a subsection number repeated",
      from: "（四）推进法治宣传教育",
      to: "（三）推进法治宣传教育",
      findings: ["13:1-13:4 heading-numbering 标题序号重复：“（三）”与上一个同级标题相同，此处应为“（四）”"],
    },
    {
      mistake: "XX for a count",
      from: "指导成立业主委员会64个",
      to: "指导成立业主委员会XX个",
      findings: ["9:116-9:118 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width comma between two figures",
      from: "投诉1.86万件，办结1.83万件",
      to: "投诉1.86万件,办结1.83万件",
      findings: ["9:77-9:78 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "a 败诉率 that does not match 1 of 12",
      from: "败诉率8.3%",
      to: "败诉率6.3%",
      findings: ["15:90-15:97 rate-mismatch 败诉率应为8.3%（1÷12），文中为6.3%"],
    },
    {
      mistake: "the closing date in April",
      from: "2025年2月10日",
      to: "2025年4月10日",
      findings: ["37:1-37:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月10日"],
    },
    {
      mistake: "a compression rate that does not match 12 → 5 working days",
      from: "压缩至5个工作日。",
      to: "压缩至5个工作日，压缩68.3%。",
      findings: ["11:71-11:76 change-mismatch 降幅应为58.3%（(12-5)÷12），文中为68.3%"],
    },
    {
      mistake: "the shortcomings part deleted",
      from: "二、存在的不足及原因\n\n一是部分县（区）建筑市场执法力量不足，执法人员中具有工程专业背景的比例偏低，主要原因是机构改革后执法职能划转，专业人员补充滞后。二是物业服务投诉量仍然较大，老旧小区物业管理矛盾集中，原因在于部分小区缺少专项维修资金，物业服务收费与服务质量不匹配。三是执法案卷质量参差不齐，个别案卷存在证据链不完整的问题，根源在于案卷评查结果运用不够。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "17:1-17:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
  ],
  "256-gansu-city-hrss-docnumber-special-report-2023.txt": [
    {
      mistake: "a 结案率 that does not match 1,436 of 1,482",
      from: "结案率96.9%",
      to: "结案率98.9%",
      findings: ["14:92-14:100 rate-mismatch 结案率应为96.9%（1436÷1482），文中为98.9%"],
    },
    {
      mistake: "a 调解率 that does not match 872 of 1,436",
      from: "调解率60.7%",
      to: "调解率62.7%",
      findings: ["14:112-14:120 rate-mismatch 调解率应为60.7%（872÷1436），文中为62.7%"],
    },
    {
      mistake: "a share of 全程网办 that does not match 152 of 186",
      from: "占81.7%",
      to: "占87.1%",
      findings: ["20:44-20:49 rate-mismatch 占比应为81.7%（152÷186），文中为87.1%"],
    },
    {
      mistake: "last year's year in the title",
      from: "关于2023年度法治政府建设",
      to: "关于2022年度法治政府建设",
      findings: ["6:3-6:8 year-consistency 标题中为2022年度，正文各处写的都是2023年度的情况：标题应为2023年度"],
    },
    {
      mistake: "the plans heading naming the report year",
      from: "四、2024年工作打算",
      to: "四、2023年工作打算",
      findings: ["32:3-32:8 year-consistency “下一年度主要安排”应写2024年的安排，标题中为2023年"],
    },
    {
      mistake: "another city's bureau in the signature",
      from: "陇川市人力资源和社会保障局\n2024年2月6日",
      to: "陇西市人力资源和社会保障局\n2024年2月6日",
      findings: ["42:1-42:14 name-consistency 落款所写的“陇西市人力资源和社会保障局”与标题中的“陇川市人力资源和社会保障局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "一是、二是、四是 in the shortcomings",
      from: "三是少数干部",
      to: "四是少数干部",
      findings: ["26:107-26:109 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "a closing date before the report year ended",
      from: "2024年2月6日",
      to: "2023年2月6日",
      findings: ["43:1-43:10 publish-date 成文日期不在2023年12月1日至2024年3月31日之间，文中为2023年2月6日，是否应为2024年2月6日？"],
    },
    {
      mistake: "an unpaired 《",
      from: "《保障农民工工资支付条例》，在工程",
      to: "《保障农民工工资支付条例，在工程",
      findings: ["16:20-16:21 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "last year's year in the document number",
      from: "陇川人社发〔2024〕6号",
      to: "陇川人社发〔2023〕6号",
      findings: ["3:7-3:11 publish-date 发文字号的年份为2023年，成文日期为2024年2月6日：发文字号按成文年份编号，应为〔2024〕"],
    },
  ],
  "257-jiangsu-city-culture-tourism-bureau-absolute-changes.txt": [
    {
      mistake: "a growth % that does not match 2,932 → 3,216",
      from: "增长9.7%",
      to: "增长8.7%",
      findings: ["7:75-7:79 change-mismatch 增幅应为9.7%（(3216-2932)÷2932），文中为8.7%"],
    },
    {
      mistake: "an increase in 家次 that does not match the two figures",
      from: "增加284家次",
      to: "增加248家次",
      findings: ["7:67-7:72 change-mismatch 增加量应为284家次（3216-2932），文中为248家次"],
    },
    {
      mistake: "case types of 类 adding up beyond the total",
      from: "其中网络文化类42件",
      to: "其中网络文化类52件",
      findings: ["7:88-7:127 parts-exceed-total 各分项之和为136件（52+35+29+20），超过总数126件；请核对总数或各分项"],
    },
    {
      mistake: "a 办结率 that does not match 1,028 of 1,035",
      from: "办结率99.3%",
      to: "办结率97.3%",
      findings: ["11:56-11:64 rate-mismatch 办结率应为99.3%（1028÷1035），文中为97.3%"],
    },
    {
      mistake: "a 其中 part larger than its whole",
      from: "其中涉外及涉港澳台演出18件",
      to: "其中涉外及涉港澳台演出618件",
      findings: ["9:42-9:62 parts-exceed-total 分项618件超过总数612件；请核对总数或分项"],
    },
    {
      mistake: "last year in the opening",
      from: "2025年，淮澄市文化广电和旅游局坚持",
      to: "2024年，淮澄市文化广电和旅游局坚持",
      findings: ["3:1-3:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "the plans heading naming the report year",
      from: "四、2026年工作打算",
      to: "四、2025年工作打算",
      findings: ["25:3-25:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2026年上半年出台",
      to: "2025年上半年出台",
      findings: ["27:14-27:19 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "a subsection number skipped",
      from: "（五）普法责任制",
      to: "（六）普法责任制",
      findings: ["15:1-15:4 heading-numbering 标题序号跳号：此处应为“（五）”，文中为“（六）”"],
    },
    {
      mistake: "a shortcoming stripped of its cause",
      from: "，原因是相关法规规章尚不健全。",
      to: "。",
      findings: ["19:1-19:16 shortcoming-causes 第一项不足（“一是文化市场新业态监管存……”）没有分析原因：请写明原因，或统一在各项之后分析"],
    },
  ],
  "258-jiangxi-city-local-chronicles-office-quarters.txt": [
    {
      mistake: "last year's title",
      from: "赣岭市地方志办公室2025年",
      to: "赣岭市地方志办公室2024年",
      findings: ["1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the plans heading naming the report year",
      from: "四、2026年工作打算",
      to: "四、2025年工作打算",
      findings: ["25:3-25:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the duty part naming the director only",
      from: "我办党组书记、主任作为",
      to: "我办主任作为",
      findings: ["21:1-21:25 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（主任）的履职情况，未写党委主要负责人：请补写党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the plans part deleted",
      from: "四、2026年工作打算\n\n一季度，制定年度方志法治宣传计划；二季度，开展《地方志工作条例》宣传月活动；三季度，组织县级修志人员集中培训；四季度，开展志鉴质量评查并通报结果。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "25:1-25:3 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”"],
    },
    {
      mistake: "a subsection number repeated",
      from: "（三）加强法治宣传和学习",
      to: "（二）加强法治宣传和学习",
      findings: ["11:1-11:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”"],
    },
    {
      mistake: "【此处填写】 for a count",
      from: "培训各级修志人员186人次",
      to: "培训各级修志人员【此处填写】人次",
      findings: ["11:55-11:61 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "the closing date in May",
      from: "2026年1月12日",
      to: "2026年5月12日",
      findings: ["34:1-34:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年5月12日"],
    },
    {
      mistake: "a half-width comma in the quarterly plan",
      from: "一季度，制定年度",
      to: "一季度,制定年度",
      findings: ["27:4-27:5 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "an unpaired 《",
      from: "《中华人民共和国著作权法》，与撰稿人",
      to: "《中华人民共和国著作权法，与撰稿人",
      findings: ["15:19-15:20 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
  ],
  "259-hebei-county-justice-bureau-mediation-by-township-2022.txt": [
    {
      mistake: "a 调解成功率 that does not match 2,139 of 2,184",
      from: "调解成功率97.9%",
      to: "调解成功率99.7%",
      findings: ["9:122-9:132 rate-mismatch 调解成功率应为97.9%（2139÷2184），文中为99.7%"],
    },
    {
      mistake: "a village share that does not match 1,536 of 2,184",
      from: "占70.3%",
      to: "占73.0%",
      findings: ["9:150-9:155 rate-mismatch 占比应为70.3%（1536÷2184），文中为73.0%"],
    },
    {
      mistake: "dispute types adding up beyond the total after a 其中 share",
      from: "婚姻家庭纠纷612件",
      to: "婚姻家庭纠纷812件",
      findings: ["9:104-9:202 parts-exceed-total 各分项之和为2384件（812+548+306+718），超过总数2184件；请核对总数或各分项"],
    },
    {
      mistake: "review outcomes adding up beyond 审结",
      from: "维持36件",
      to: "维持46件",
      findings: ["11:31-11:66 parts-exceed-total 各分项之和为63件（46+5+3+4+5），超过总数53件；请核对总数或各分项"],
    },
    {
      mistake: "a 纠错率 that does not match (5+3) of 53",
      from: "纠错率15.1%",
      to: "纠错率13.2%",
      findings: ["11:67-11:75 rate-mismatch 纠错率应为15.1%（(5+3)÷53），文中为13.2%"],
    },
    {
      mistake: "a legal-aid 办结率 with its digits swapped",
      from: "办结率96.1%",
      to: "办结率91.6%",
      findings: ["13:79-13:87 rate-mismatch 办结率应为96.1%（371÷386），文中为91.6%"],
    },
    {
      mistake: "last year's title",
      from: "滹阳县司法局2022年度",
      to: "滹阳县司法局2021年度",
      findings: ["1:7-1:12 year-consistency 标题中为2021年度，正文各处写的都是2022年度的情况：标题应为2022年度"],
    },
    {
      mistake: "the plans heading naming the report year",
      from: "四、2023年工作打算",
      to: "四、2022年工作打算",
      findings: ["31:3-31:8 year-consistency “下一年度主要安排”应写2023年的安排，标题中为2022年"],
    },
    {
      mistake: "a stale cut-off for community corrections",
      from: "全年累计接收社区矫正对象142人",
      to: "截至2021年底累计接收社区矫正对象142人",
      findings: ["15:18-15:23 year-consistency “主要举措和成效”应写2022年的情况，文中的数据截至2021年底，是上一年度的：应截至2022年底"],
    },
    {
      mistake: "a shortcoming subsection skipped",
      from: "（二）行政复议纠错率仍然偏高",
      to: "（三）行政复议纠错率仍然偏高",
      findings: ["23:1-23:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”"],
    },
    {
      mistake: "another county's bureau in the signature",
      from: "滹阳县司法局\n2023年1月18日",
      to: "滹沱县司法局\n2023年1月18日",
      findings: ["39:1-39:7 name-consistency 落款所写的“滹沱县司法局”与标题中的“滹阳县司法局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a shortcoming stripped of its cause",
      from: "专业化程度不高，原因是村级调解员多为兼职，待遇保障偏低，年轻人员补充困难。",
      to: "专业化程度不高。",
      findings: ["21:1-21:23 shortcoming-causes 第一项不足（“（一）人民调解员队伍年龄……”）没有分析原因：请写明原因，或统一在各项之后分析"],
    },
    {
      mistake: "more disputes settled than mediated",
      from: "调解成功2,139件",
      to: "调解成功2,219件",
      findings: ["9:111-9:121 parts-exceed-total 调解成功2219件多于调解2184件；调解成功数不应超过调解数，请核对"],
    },
  ],
  "260-province-natural-resources-dept-reconsideration-targets-2024.txt": [
    {
      mistake: "review outcomes adding up beyond 审结",
      from: "维持82件",
      to: "维持92件",
      findings: ["13:100-13:151 parts-exceed-total 各分项之和为156件（92+28+11+15+10），超过总数146件；请核对总数或各分项"],
    },
    {
      mistake: "a 调解和解率 that does not match (15+10) of 146",
      from: "调解和解率17.1%",
      to: "调解和解率10.3%",
      findings: ["13:152-13:162 rate-mismatch 调解和解率应为17.1%（(15+10)÷146），文中为10.3%"],
    },
    {
      mistake: "accepted and rejected adding up beyond those received",
      from: "不予受理12件",
      to: "不予受理22件",
      findings: ["13:78-13:97 parts-exceed-total 各分项之和为174件（152+22），超过总数164件；请核对总数或各分项"],
    },
    {
      mistake: "a 结案率 that does not match 271 of 286",
      from: "结案率94.8%",
      to: "结案率97.8%",
      findings: ["11:87-11:95 rate-mismatch 结案率应为94.8%（271÷286），文中为97.8%"],
    },
    {
      mistake: "a 败诉率 that does not match 2 of 34",
      from: "败诉率5.9%",
      to: "败诉率6.3%",
      findings: ["15:45-15:52 rate-mismatch 败诉率应为5.9%（2÷34），文中为6.3%"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2025年6月底前完成厅机关",
      to: "2024年6月底前完成厅机关",
      findings: ["29:17-29:22 year-consistency “下一年度主要安排”应写2025年的安排，文中的完成时限在2024年，成文时已过"],
    },
    {
      mistake: "the plans heading two years ahead",
      from: "四、2025年法治政府建设工作安排",
      to: "四、2026年法治政府建设工作安排",
      findings: ["27:3-27:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2026年"],
    },
    {
      mistake: "last year's title",
      from: "江东省自然资源厅2024年",
      to: "江东省自然资源厅2023年",
      findings: ["1:9-1:14 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a subsection number repeated in the plans",
      from: "（七）健全法治政府建设科技保障",
      to: "（六）健全法治政府建设科技保障",
      findings: ["35:1-35:4 heading-numbering 标题序号重复：“（六）”与上一个同级标题相同，此处应为“（七）”"],
    },
    {
      mistake: "another province's department in the signature",
      from: "江东省自然资源厅\n2025年1月20日",
      to: "江南省自然资源厅\n2025年1月20日",
      findings: ["41:1-41:9 name-consistency 落款所写的“江南省自然资源厅”与标题中的“江东省自然资源厅”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "×× for the filing body",
      from: "向省司法厅备案",
      to: "向××备案",
      findings: ["9:98-9:100 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the closing date in June",
      from: "2025年1月20日",
      to: "2025年6月20日",
      findings: ["42:1-42:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年6月20日"],
    },
  ],
  "267-shaanxi-city-earthquake-bureau-fraction-rates-2020.txt": [
    {
      mistake: "a 网办率 that does not match the fraction in its brackets (41/46)",
      from: "网办率89.1%",
      to: "网办率87.1%",
      findings: ["9:160-9:168 rate-mismatch 网办率应为89.1%（41÷46），文中为87.1%"],
    },
    {
      mistake: "a count in a rate's bracketed fraction mistyped (514 of 531, the rate kept)",
      from: "（开展演练524所/中小学校531所）",
      to: "（开展演练514所/中小学校531所）",
      findings: ["15:97-15:105 rate-mismatch 覆盖率应为96.8%（514÷531），文中为98.7%"],
    },
    {
      mistake: "a bracketed fraction with one file failed, the 100% kept",
      from: "（合格12卷/评查12卷）",
      to: "（合格11卷/评查12卷）",
      findings: ["13:174-13:181 rate-mismatch 合格率应为92%（11÷12），文中为100%"],
    },
    {
      mistake: "a listed kind raised so the powers no longer add up to 共16项",
      from: "行政处罚8项",
      to: "行政处罚10项",
      findings: ["9:49-9:80 parts-exceed-total 各分项之和为18项（1+10+3+4），超过总数16项；请核对总数或各分项"],
    },
    {
      mistake: "last year in the reporting sentence",
      from: "现将2020年度法治政府建设工作情况报告如下",
      to: "现将2019年度法治政府建设工作情况报告如下",
      findings: ["5:162-5:167 year-consistency 开头写的是2019年度的情况，标题中为2020年度：请统一报告年度"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2021年工作打算",
      to: "四、2020年工作打算",
      findings: ["31:3-31:8 year-consistency “下一年度主要安排”应写2021年的安排，标题中为2020年"],
    },
    {
      mistake: "the closing date in October of the report year",
      from: "2021年1月22日",
      to: "2020年10月9日",
      findings: ["48:1-48:11 publish-date 成文日期早于2020年12月1日，2020年度尚未结束：应在2020年12月1日至2021年3月31日之间成文，文中为2020年10月9日"],
    },
    {
      mistake: "XX for the place in the signature",
      from: "秦源市地震局\n2021年1月22日",
      to: "XX市地震局\n2021年1月22日",
      findings: ["47:1-47:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a measures subsection number skipped",
      from: "（四）依法做好疫情期间",
      to: "（五）依法做好疫情期间",
      findings: ["15:1-15:4 heading-numbering 标题序号跳号：此处应为“（四）”，文中为“（五）”"],
    },
    {
      mistake: "a law's title left without its closing 》",
      from: "《中华人民共和国防震减灾法》，观看",
      to: "《中华人民共和国防震减灾法，观看",
      findings: ["17:104-17:105 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "the duties part deleted, heading and text",
      from: "三、主要负责人履行推进法治建设第一责任人职责情况\n\n局党组书记、局长认真履行推进法治建设第一责任人职责，把法治政府建设纳入全局年度重点工作，与业务工作同部署、同推进、同考核。全年主持召开局党组会议专题研究法治工作4次，审定权责清单调整、地震应急预案修订等重要事项；带头学习《中华人民共和国民法典》，为全局干部讲授法治专题党课1次；对2件行政处罚案件主持集体讨论，严格落实重大执法决定法制审核制度。\n\n",
      to: "",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "27:1-27:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”",
      ],
    },
    {
      mistake: "a 完成率 of 100% over 18 of 19 tasks in its brackets",
      from: "（完成19项/承担19项）",
      to: "（完成18项/承担19项）",
      findings: ["21:52-21:59 rate-mismatch 完成率应为95%（18÷19），文中为100%"],
    },
  ],
  "268-henan-city-rural-revitalization-bureau-key-data-2021.txt": [
    {
      mistake: "the key-data list's 办结率 not matching its two lines above (174/176)",
      from: "信访事项办结率：98.9%",
      to: "信访事项办结率：99.4%",
      findings: ["32:1-32:14 rate-mismatch 信访事项办结率应为98.9%（174÷176），文中为99.4%"],
    },
    {
      mistake: "the key-data list's closed count beyond the received one above it",
      from: "办结信访事项：174件",
      to: "办结信访事项：178件",
      findings: ["31:1-31:12 parts-exceed-total 办结178件多于受理176件；办结数不应超过受理数，请核对"],
    },
    {
      mistake: "a 整改率 that does not match 35 of 37",
      from: "整改率94.6%",
      to: "整改率94.2%",
      findings: ["11:118-11:126 rate-mismatch 整改率应为94.6%（35÷37），文中为94.2%"],
    },
    {
      mistake: "a share of households that does not match 1,925 of 3,216",
      from: "占监测户数的59.9%",
      to: "占监测户数的69.9%",
      findings: ["13:80-13:85 rate-mismatch 占比应为59.9%（1925÷3216），文中为69.9%"],
    },
    {
      mistake: "the clean-up total lowered below its three outcomes",
      from: "共清理48件",
      to: "共清理45件",
      findings: ["9:107-9:132 parts-exceed-total 各分项之和为48件（21+12+15），超过总数45件；请核对总数或各分项"],
    },
    {
      mistake: "the title's year one year early",
      from: "豫澄市乡村振兴局2021年",
      to: "豫澄市乡村振兴局2020年",
      findings: ["1:9-1:14 year-consistency 标题中为2020年度，正文各处写的都是2021年度的情况：标题应为2021年度"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2022年6月底前出台",
      to: "2021年6月底前出台",
      findings: ["46:17-46:22 year-consistency “下一年度主要安排”应写2022年的安排，文中的完成时限在2021年，成文时已过"],
    },
    {
      mistake: "the expired 纲要 named in next year's plan",
      from: "（一）贯彻落实《法治政府建设实施纲要（2021—2025年）》",
      to: "（一）贯彻落实《法治政府建设实施纲要（2015—2020年）》",
      findings: ["44:8-44:32 dated-reference 2022年的工作安排仍写“《法治政府建设实施纲要（2015—2020年）》”：该纲要的期限是2015—2020年，现行的是《法治政府建设实施纲要（2021—2025年）》"],
    },
    {
      mistake: "shortcomings without causes",
      from: "存在“重建设、轻管护”现象，主要原因是项目资产管理制度尚不健全，产权归属不够清晰。二是局机关熟悉法律的干部偏少，全局38名干部中具有法律专业背景的仅3人，原因在于机构重组后人员主要来自原扶贫系统，法律专业人才引进渠道有限。",
      to: "存在“重建设、轻管护”现象。二是局机关熟悉法律的干部偏少，全局38名干部中具有法律专业背景的仅3人。",
      findings: ["34:1-34:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a half-width comma in a measure",
      from: "规定，重新梳理",
      to: "规定,重新梳理",
      findings: ["9:25-9:26 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "a plan number repeated",
      from: "（三）加强干部法治培训",
      to: "（二）加强干部法治培训",
      findings: ["48:1-48:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”"],
    },
    {
      mistake: "the abolished legal affairs office named as current (经市政府法制办审核)",
      from: "经市司法局审核后向社会公布",
      to: "经市政府法制办审核后向社会公布",
      findings: ["9:66-9:72 terminology “市政府法制办”应为“市司法局”：政府法制办公室已在2018—2019年机构改革中并入司法行政机关，其职责由司法局承担；写现在的工作时应写“司法局”（回顾机构改革前的情况可写“原……法制办”）"],
    },
  ],
  "269-liaoning-survey-team-problem-cause-table-2023.txt": [
    {
      mistake: "the shortcomings table without its causes column",
      from: "序号\t存在的问题\t原因分析\n1\t统计执法检查覆盖面偏窄，全年仅检查调查对象18家\t执法人员大多兼职从事调查业务，专职执法力量不足\n2\t辅助调查员法治意识参差不齐，个别存在代填代记现象\t辅助调查员流动性大，岗前法治培训时间较短\n3\t统计法治宣传形式较为单一，线上宣传覆盖面不广\t新媒体宣传平台建设滞后，缺少专业宣传人员",
      to: "序号\t存在的问题\n1\t统计执法检查覆盖面偏窄，全年仅检查调查对象18家\n2\t辅助调查员法治意识参差不齐，个别存在代填代记现象\n3\t统计法治宣传形式较为单一，线上宣传覆盖面不广",
      findings: ["21:1-21:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a 结案率 of 100% over 2 of 3 cases",
      from: "结案3件，结案率100%",
      to: "结案2件，结案率100%",
      findings: ["11:112-11:119 rate-mismatch 结案率应为67%（2÷3），文中为100%"],
    },
    {
      mistake: "last year in the opening",
      from: "2023年，辽滨调查队",
      to: "2022年，辽滨调查队",
      findings: ["5:1-5:6 year-consistency 开头写的是2022年度的情况，标题中为2023年度：请统一报告年度"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2024年工作安排",
      to: "四、2023年工作安排",
      findings: ["36:3-36:8 year-consistency “下一年度主要安排”应写2024年的安排，标题中为2023年"],
    },
    {
      mistake: "the team's head dropped from the duties",
      from: "队党组书记、队长认真履行",
      to: "队党组书记认真履行",
      findings: ["32:1-32:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写队长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "×× for the parent body in the addressee",
      from: "国家统计局辽宁调查总队：",
      to: "国家统计局××调查总队：",
      findings: ["3:6-3:8 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "a closing date that does not exist",
      from: "2024年1月26日",
      to: "2024年2月30日",
      findings: ["51:1-51:11 invalid-date 日期不存在：2024年没有2月30日，2月只有29天"],
    },
    {
      mistake: "a measures subsection number skipped",
      from: "（五）加强统计法治宣传教育",
      to: "（六）加强统计法治宣传教育",
      findings: ["17:1-17:4 heading-numbering 标题序号跳号：此处应为“（五）”，文中为“（六）”"],
    },
    {
      mistake: "an opening quote left unclosed",
      from: "以“12·4”国家宪法日",
      to: "以“12·4国家宪法日",
      findings: ["17:16-17:17 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "a table row number skipped",
      from: "3\t统计法治宣传形式",
      to: "4\t统计法治宣传形式",
      findings: ["28:1-28:2 heading-numbering 表格序号不连续：此处应为“3”，文中为“4”"],
    },
  ],
  "270-jiangsu-city-landscaping-bureau-party-group-signature.txt": [
    {
      mistake: "a kind of permit raised beyond the 300 permits",
      from: "其中砍伐、迁移城市树木审批214件",
      to: "其中砍伐、迁移城市树木审批234件",
      findings: ["11:29-11:67 parts-exceed-total 各分项之和为320件（234+86），超过总数300件；请核对总数或各分项"],
    },
    {
      mistake: "a fall that does not match 41 → 37",
      from: "较上年的41件下降9.8%",
      to: "较上年的41件下降8.9%",
      findings: ["15:78-15:82 change-mismatch 降幅应为9.8%（(41-37)÷41），文中为8.9%"],
    },
    {
      mistake: "an 优秀率 that does not match 22 of 37",
      from: "优秀率59.5%",
      to: "优秀率62.5%",
      findings: ["15:131-15:139 rate-mismatch 优秀率应为59.5%（22÷37），文中为62.5%"],
    },
    {
      mistake: "a 整改率 that does not match 61 of 64",
      from: "整改率95.3%",
      to: "整改率96.3%",
      findings: ["17:74-17:82 rate-mismatch 整改率应为95.3%（61÷64），文中为96.3%"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2025年6月底前出台",
      to: "2024年6月底前出台",
      findings: ["31:25-31:30 year-consistency “下一年度主要安排”应写2025年的安排，文中的完成时限在2024年，成文时已过"],
    },
    {
      mistake: "another city's bureau in the Party group's signature",
      from: "中共吴澄市园林和绿化管理局党组",
      to: "中共吴澜市园林和绿化管理局党组",
      findings: ["43:1-43:16 name-consistency 落款所写的“中共吴澜市园林和绿化管理局党组”与标题中的“吴澄市园林和绿化管理局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "the Chinese-numeral closing date in April",
      from: "二〇二五年二月十日",
      to: "二〇二五年四月十日",
      findings: [
        "44:1-44:10 date-format 成文日期应使用阿拉伯数字：应为“2025年4月10日”，文中为“二〇二五年四月十日”",
        "44:1-44:10 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月10日",
      ],
    },
    {
      mistake: "the plans part deleted, heading and items",
      from: "四、2025年工作安排\n\n（一）制定新修订《吴澄市城市绿化条例》配套制度，2025年6月底前出台临时占用绿地管理办法。（牵头处室：政策法规处）\n\n（二）开展古树名木后备资源调查，年内建立后备资源名录。（牵头处室：绿化管理处）\n\n（三）健全园林绿化执法协作机制，与城管部门建立案件移送和信息共享制度。（牵头处室：执法监督处）\n\n（四）完善干部学法用法考核办法，全年组织法治培训不少于4次。（牵头处室：人事处）\n\n",
      to: "",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "29:1-29:3 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”",
      ],
    },
    {
      mistake: "【此处填写】 left for a count",
      from: "讲授法治专题课1次；审定",
      to: "讲授法治专题课【此处填写】次；审定",
      findings: ["27:99-27:105 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "half-width parentheses around a plan's office",
      from: "（牵头处室：政策法规处）",
      to: "(牵头处室：政策法规处)",
      findings: [
        "31:47-31:48 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”",
        "31:58-31:59 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”",
      ],
    },
    {
      mistake: "a measures subsection number repeated",
      from: "（五）依法保护世界文化遗产园林",
      to: "（四）依法保护世界文化遗产园林",
      findings: ["17:1-17:4 heading-numbering 标题序号重复：“（四）”与上一个同级标题相同，此处应为“（五）”"],
    },
    {
      mistake: "a stock dated at the end of the year before",
      from: "建档保护古树名木1,836株",
      to: "截至2023年底，建档保护古树名木1,836株",
      findings: ["13:32-13:37 year-consistency “主要举措和成效”应写2024年的情况，文中的数据截至2023年底，是上一年度的：应截至2024年底"],
    },
    {
      mistake: "the duties written of a deputy head",
      from: "局党组书记、局长认真履行推进法治建设第一责任人职责，坚持",
      to: "分管副局长认真履行推进法治建设第一责任人职责，坚持",
      findings: ["25:1-25:25 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了副职（副局长）的履职情况，未写党政主要负责人：请补写局党组（党委）书记和局长履行推进法治建设第一责任人职责的情况"],
    },
  ],
  "271-xinjiang-city-animal-husbandry-bureau-targets-2025.txt": [
    {
      mistake: "a 合格率 that does not match 124 of 126",
      from: "合格率98.4%",
      to: "合格率97.4%",
      findings: ["13:47-13:55 rate-mismatch 合格率应为98.4%（124÷126），文中为97.4%"],
    },
    {
      mistake: "a kind of case raised beyond the 52 cases",
      from: "动物防疫案件17件",
      to: "动物防疫案件27件",
      findings: ["13:70-13:109 parts-exceed-total 各分项之和为62件（21+9+27+5），超过总数52件；请核对总数或各分项"],
    },
    {
      mistake: "a 结案率 with transposed digits",
      from: "结案率96.2%",
      to: "结案率92.6%",
      findings: ["13:116-13:124 rate-mismatch 结案率应为96.2%（50÷52），文中为92.6%"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a plan due within the report year",
      from: "2026年内为每个乡镇",
      to: "2025年内为每个乡镇",
      findings: ["33:21-33:26 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "the head's duties dropped (the Party secretary's kept)",
      from: "局长认真履行推进法治建设第一责任人职责，主持局长办公会议审议重大执法决定7件，带头参加旁听庭审活动，为全局干部讲授法治专题课1次。",
      to: "",
      findings: ["25:1-25:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a plan number skipped",
      from: "（四）严格落实强制免疫制度",
      to: "（五）严格落实强制免疫制度",
      findings: ["39:1-39:4 heading-numbering 标题序号跳号：此处应为“（四）”，文中为“（五）”"],
    },
    {
      mistake: "×× for the place in the opening",
      from: "市畜牧兽医局坚持",
      to: "××市畜牧兽医局坚持",
      findings: ["5:51-5:53 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the closing date in September of the report year",
      from: "2026年1月16日",
      to: "2025年9月16日",
      findings: ["46:1-46:11 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年9月16日"],
    },
    {
      mistake: "a 合格率 of 95.0% over 36 of 40 files",
      from: "合格38卷",
      to: "合格36卷",
      findings: ["15:70-15:78 rate-mismatch 合格率应为90.0%（36÷40），文中为95.0%"],
    },
    {
      mistake: "a half-width colon before the parts",
      from: "现将有关情况报告如下：",
      to: "现将有关情况报告如下:",
      findings: ["5:164-5:165 punctuation-width 中文行文应使用全角标点“：”，文中为半角“:”"],
    },
  ],
  "272-shanxi-city-cultural-relics-bureau-typical-cases.txt": [
    {
      mistake: "half-year parts beyond the year's projects",
      from: "其中上半年24个",
      to: "其中上半年26个",
      findings: ["11:52-11:71 parts-exceed-total 各分项之和为60个（26+34），超过总数58个；请核对总数或各分项"],
    },
    {
      mistake: "the year's events lowered below its two halves",
      from: "活动48场",
      to: "活动46场",
      findings: ["19:57-19:76 parts-exceed-total 各分项之和为48场（20+28），超过总数46场；请核对总数或各分项"],
    },
    {
      mistake: "an 采纳率 that does not match 31 of 46",
      from: "采纳率67.4%",
      to: "采纳率76.4%",
      findings: ["9:88-9:96 rate-mismatch 采纳率应为67.4%（31÷46），文中为76.4%"],
    },
    {
      mistake: "a 整改率 that does not match 139 of 146",
      from: "整改率95.2%",
      to: "整改率95.8%",
      findings: ["15:66-15:74 rate-mismatch 整改率应为95.2%（139÷146），文中为95.8%"],
    },
    {
      mistake: "a digit dropped from the relics total, below its protected sites",
      from: "不可移动文物3,462处",
      to: "不可移动文物346处",
      findings: ["13:25-13:70 parts-exceed-total 各分项之和为362处（28+96+238），超过总数346处；请核对总数或各分项"],
    },
    {
      mistake: "last year in the opening",
      from: "2024年，晋澄市文物局",
      to: "2023年，晋澄市文物局",
      findings: ["5:1-5:6 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "XX for the fine in the typical case",
      from: "处以罚款20万元",
      to: "处以罚款XX万元",
      findings: ["17:77-17:79 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a plan number repeated",
      from: "4.健全文物保护员",
      to: "3.健全文物保护员",
      findings: ["39:1-39:3 heading-numbering 标题序号重复：“3.”与上一个同级标题相同，此处应为“4.”"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "力争2025年底前",
      to: "力争2024年底前",
      findings: ["35:18-35:23 year-consistency “下一年度主要安排”应写2025年的安排，文中的完成时限在2024年，成文时已过"],
    },
    {
      mistake: "the head dropped from the duties",
      from: "局党组书记、局长认真履行",
      to: "局党组书记认真履行",
      findings: ["27:1-27:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a shortcoming counted 四是 after 二是",
      from: "三是文物保护员队伍",
      to: "四是文物保护员队伍",
      findings: ["25:128-25:130 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "half-width commas inside quotes",
      from: "“进乡村、进工地、进校园”",
      to: "“进乡村,进工地,进校园”",
      findings: [
        "19:46-19:47 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”",
        "19:50-19:51 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”",
      ],
    },
  ],
  // Round 21, written blind: local governments of six provinces the folder had least (吉林, 辽宁, 云南, 青海, 宁夏, 湖北).
  "261-jilin-korean-prefecture-leaders-shufa-named.txt": [
    {
      mistake: "采纳率 off its counts (398÷412 is 96.6%)",
      from: "采纳率96.6%",
      to: "采纳率97.6%",
      findings: ["12:115-12:123 rate-mismatch 采纳率应为96.6%（398÷412），文中为97.6%"],
    },
    {
      mistake: "an outcome of review raised, the seven outcomes beyond 审结461件",
      from: "撤销21件",
      to: "撤销31件",
      findings: ["16:54-16:105 parts-exceed-total 各分项之和为471件（298+64+31+9+12+5+52），超过总数461件；请核对总数或各分项"],
    },
    {
      mistake: "last year's count mistyped before a kept decline",
      from: "较上年的6,857件下降9.4%",
      to: "较上年的6,587件下降9.4%",
      findings: ["14:50-14:54 change-mismatch 降幅应为5.7%（(6587-6214)÷6587），文中为9.4%"],
    },
    {
      mistake: "the share of 不予处罚 off (412 of 6,214 is 6.6%)",
      from: "不予处罚412件，占6.6%",
      to: "不予处罚412件，占8.6%",
      findings: ["14:83-14:87 rate-mismatch 占比应为6.6%（412÷6214），文中为8.6%"],
    },
    {
      mistake: "the opening still on last year",
      from: "2025年，松兰朝鲜族自治州人民政府坚持",
      to: "2024年，松兰朝鲜族自治州人民政府坚持",
      findings: ["6:1-6:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "the 州长's 述法 replaced by that of a vice-governor who heads the police bureau",
      from: "听取州委书记、州长年度述法，现将述法要点报告如下。\n\n州委书记崔永哲述法：全年主持召开州委常委会会议专题研究法治建设4次，审议通过《松兰州法治建设“十五五”规划编制工作方案》；带头讲授法治专题党课，督促州直部门落实法治建设责任清单，对2个法治建设考核排名靠后的县（市）主要负责人进行约谈。\n\n州委副书记、州长朴成浩述法",
      to: "听取州委书记和分管副州长年度述法，现将述法要点报告如下。\n\n州委书记崔永哲述法：全年主持召开州委常委会会议专题研究法治建设4次，审议通过《松兰州法治建设“十五五”规划编制工作方案》；带头讲授法治专题党课，督促州直部门落实法治建设责任清单，对2个法治建设考核排名靠后的县（市）主要负责人进行约谈。\n\n副州长、州公安局局长王立新述法",
      findings: ["28:1-28:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（州委书记）的履职情况，未写政府主要负责人：请补写州长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a subsection number skipped (（六） as （七）)",
      from: "（六）深化法治宣传教育",
      to: "（七）深化法治宣传教育",
      findings: ["20:1-20:4 heading-numbering 标题序号跳号：此处应为“（六）”，文中为“（七）”"],
    },
    {
      mistake: "the meeting's number left as ×",
      from: "州委全面依法治州委员会会议听取",
      to: "州委全面依法治州委员会第×次会议听取",
      findings: ["30:22-30:24 placeholder-text 模板占位符“×次”未替换，应填写实际内容"],
    },
    {
      mistake: "dated after the 3月31日 deadline",
      from: "2026年2月6日",
      to: "2026年4月16日",
      findings: ["45:1-45:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月16日"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2026年推进法治政府建设的主要安排",
      to: "四、2025年推进法治政府建设的主要安排",
      findings: ["36:3-36:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the signature of another prefecture",
      from: "松兰朝鲜族自治州人民政府\n2026年2月6日",
      to: "长白朝鲜族自治州人民政府\n2026年2月6日",
      findings: ["44:1-44:13 name-consistency 落款所写的“长白朝鲜族自治州人民政府”与标题中的“松兰朝鲜族自治州人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "an opening quote left unclosed",
      from: "开展涉企行政检查“扫码入企”，",
      to: "开展涉企行政检查“扫码入企，",
      findings: ["10:149-10:150 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "a half-width comma in prose",
      from: "动态调整州本级权责清单，全年取消",
      to: "动态调整州本级权责清单,全年取消",
      findings: ["10:26-10:27 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "败诉率 off its counts (19÷312 is 6.1%)",
      from: "败诉率6.1%",
      to: "败诉率6.9%",
      findings: ["16:144-16:151 rate-mismatch 败诉率应为6.1%（19÷312），文中为6.9%"],
    },
  ],
  "262-liaoning-town-village-subtotal-table.txt": [
    {
      mistake: "a village's 小计 not the sum of its 屯 rows (12 + 7 written 21)",
      from: "\t小计\t19\t18",
      to: "\t小计\t21\t18",
      findings: ["25:5-25:7 parts-exceed-total 小计应为19件（各项之和），表中为21件；请核对小计或各分项"],
    },
    {
      mistake: "the table's 合计 with two digits swapped (86 for 68)",
      from: "合计\t\t68\t65",
      to: "合计\t\t86\t65",
      findings: ["33:5-33:7 parts-exceed-total 合计应为68件（各项之和），表中为86件；请核对合计或各分项"],
    },
    {
      mistake: "a 屯 row settling more disputes than it found (8 of 6)",
      from: "\t西屯\t6\t5",
      to: "\t西屯\t6\t8",
      findings: ["22:8-22:10 parts-exceed-total 各分项之和为17件（9+8），超过总数14件；请核对总数或各分项"],
    },
    {
      mistake: "化解率 off its counts (65÷68 is 95.6%)",
      from: "化解率95.6%",
      to: "化解率96.5%",
      findings: ["16:88-16:96 rate-mismatch 化解率应为95.6%（65÷68），文中为96.5%"],
    },
    {
      mistake: "a dispute type raised, the four types beyond 68",
      from: "土地承包经营纠纷28件",
      to: "土地承包经营纠纷38件",
      findings: ["16:78-16:140 parts-exceed-total 各分项之和为78件（38+19+12+9），超过总数68件；请核对总数或各分项"],
    },
    {
      mistake: "an empowered kind raised, the three kinds beyond 42项",
      from: "行政处罚31项",
      to: "行政处罚34项",
      findings: ["10:50-10:77 parts-exceed-total 各分项之和为45项（34+6+5），超过总数42项；请核对总数或各分项"],
    },
    {
      mistake: "办结率 off its counts (3,212÷3,226 is 99.6%)",
      from: "办结率99.6%",
      to: "办结率96.6%",
      findings: ["10:123-10:131 rate-mismatch 办结率应为99.6%（3212÷3226），文中为96.6%"],
    },
    {
      mistake: "last year in the title",
      from: "2025年度法治政府建设情况报告",
      to: "2024年度法治政府建设情况报告",
      findings: ["2:1-2:6 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a subsection number skipped (（五） as （六）)",
      from: "（五）推进法治宣传",
      to: "（六）推进法治宣传",
      findings: ["35:1-35:4 heading-numbering 标题序号跳号：此处应为“（五）”，文中为“（六）”"],
    },
    {
      mistake: "the plans two years ahead",
      from: "四、2026年工作安排",
      to: "四、2027年工作安排",
      findings: ["45:3-45:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2027年"],
    },
    {
      mistake: "a plan item 四是 written 五是",
      from: "四是开展“九五”普法启动宣传",
      to: "五是开展“九五”普法启动宣传",
      findings: ["47:114-47:116 enumeration-sequence 列举序号跳号：此处应为“四是”，文中为“五是”"],
    },
    {
      mistake: "the duties part deleted with its heading",
      from: "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n镇党委书记认真履行法治建设第一责任人职责，全年主持召开镇党委会专题研究法治建设工作3次，把法治建设纳入各村年度考核内容。镇长作为法治政府建设第一责任人，主持召开镇长办公会研究依法行政工作4次，带头学习《中华人民共和国行政处罚法》等法律法规，组织镇政府班子成员集体学法6次。\n\n",
      to: "",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "41:1-41:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”",
      ],
    },
    {
      mistake: "the Party secretary's name left as ×××",
      from: "镇党委书记认真履行",
      to: "镇党委书记×××认真履行",
      findings: ["43:6-43:9 placeholder-text 模板占位符“×××”未替换，应填写实际内容"],
    },
    {
      mistake: "the rest of the cases filed miscounted, the filed count naming kinds joined with 、",
      from: "其余2件已进入",
      to: "其余3件已进入",
      findings: ["14:94-14:98 parts-exceed-total 立案29件、结案27件，其余应为2件，文中为3件；请核对"],
    },
  ],
  "263-yunnan-province-wan-yi-shares-by-prefecture.txt": [
    {
      mistake: "a growth in 万件 with its digits swapped (20.3% written 30.2%)",
      from: "较上年的2.71万件增长20.3%",
      to: "较上年的2.71万件增长30.2%",
      findings: ["15:55-15:60 change-mismatch 增幅应为20.3%（(3.26万-2.71万)÷2.71万），文中为30.2%"],
    },
    {
      mistake: "last year's fines in 亿元 mistyped before a kept decline",
      from: "较上年的19.66亿元下降5.2%",
      to: "较上年的19.06亿元下降5.2%",
      findings: ["13:88-13:92 change-mismatch 降幅应为2.2%（(19.06亿-18.64亿)÷19.06亿），文中为5.2%"],
    },
    {
      mistake: "the funds' 其中 part above the total in 亿元",
      from: "其中用于县乡两级执法能力建设1.48亿元",
      to: "其中用于县乡两级执法能力建设2.48亿元",
      findings: ["11:71-11:98 parts-exceed-total 分项2.48亿元超过总数2.36亿元；请核对总数或分项"],
    },
    {
      mistake: "按期办结率 off its counts in 万件",
      from: "按期办结率99.3%",
      to: "按期办结率99.7%",
      findings: ["17:101-17:111 rate-mismatch 按期办结率应为99.3%（483.1万÷486.3万），文中为99.7%"],
    },
    {
      mistake: "a decrease in 万件 that does not match the two counts (2.14 − 1.84 is 0.30)",
      from: "减少0.30万件",
      to: "减少0.40万件",
      findings: ["15:195-15:201 change-mismatch 减少量应为0.30万件（2.14万-1.84万），文中为0.40万件"],
    },
    {
      mistake: "全程网办 digits swapped, beyond the 2,318 items",
      from: "全程网办2,196项",
      to: "全程网办2,916项",
      findings: ["9:48-9:58 parts-exceed-total 全程网办2916项多于省级依申请政务服务事项2318项；全程网办数不应超过省级依申请政务服务事项数，请核对"],
    },
    {
      mistake: "the measures headed with last year",
      from: "一、2025年推进法治政府建设的主要举措和成效",
      to: "一、2024年推进法治政府建设的主要举措和成效",
      findings: ["7:3-7:8 year-consistency “主要举措和成效”应写2025年的情况，标题中为2024年"],
    },
    {
      mistake: "the 纲要's years misquoted",
      from: "《法治政府建设实施纲要（2021—2025年）》",
      to: "《法治政府建设实施纲要（2020—2025年）》",
      findings: ["5:133-5:147 terminology “纲要（2020—2025年）”应为“纲要（2021—2025年）”：中共中央、国务院印发的是《法治政府建设实施纲要（2021—2025年）》，起始年份写错"],
    },
    {
      mistake: "dated before the report year is over",
      from: "2026年3月12日",
      to: "2025年11月12日",
      findings: ["42:1-42:12 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年11月12日"],
    },
    {
      mistake: "2026 called the first year of the 十四五",
      from: "2026年是“十五五”规划开局之年",
      to: "2026年是“十四五”规划开局之年",
      findings: ["35:1-35:5 terminology “2026”应为“2021”：“十四五”开局之年是2021年"],
    },
    {
      mistake: "a run-in plan item （三） written （四）",
      from: "（三）推进行政复议规范化建设",
      to: "（四）推进行政复议规范化建设",
      findings: ["35:96-35:99 enumeration-sequence 列举序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "the share of 涉企 cases off (9.12 of 28.64 is 31.8%)",
      from: "占31.8%",
      to: "占38.1%",
      findings: ["13:58-13:63 rate-mismatch 占比应为31.8%（9.12万÷28.64万），文中为38.1%"],
    },
  ],
  "264-qinghai-subdistrict-chinese-numeral-decimals.txt": [
    {
      mistake: "采纳率 in words off (二十九 of 三十一 is 93.5%)",
      from: "采纳率百分之九十三点五",
      to: "采纳率百分之九十五点三",
      findings: ["12:94-12:105 rate-mismatch 采纳率应为93.5%（29÷31），文中为百分之九十五点三"],
    },
    {
      mistake: "办结率 in words off (446 of 448 is 99.6%)",
      from: "办结率百分之九十九点六",
      to: "办结率百分之九十六点九",
      findings: ["16:50-16:61 rate-mismatch 办结率应为99.6%（446÷448），文中为百分之九十六点九"],
    },
    {
      mistake: "a decline in words that does not match 五十 → 四十二",
      from: "下降百分之十六",
      to: "下降百分之十八",
      findings: ["16:89-16:94 change-mismatch 降幅应为16%（(50-42)÷50），文中为百分之十八"],
    },
    {
      mistake: "the decrease in words miscounted (50 − 42 is 8)",
      from: "减少八件",
      to: "减少六件",
      findings: ["16:84-16:86 change-mismatch 减少量应为8件（50-42），文中为六件"],
    },
    {
      mistake: "调解成功率 in words off (210 of 220 is 95.5%)",
      from: "调解成功率百分之九十五点五",
      to: "调解成功率百分之九十四点五",
      findings: ["18:63-18:76 rate-mismatch 调解成功率应为95.5%（210÷220），文中为百分之九十四点五"],
    },
    {
      mistake: "a share in words off (96 of 220 is 43.6%)",
      from: "占百分之四十三点六",
      to: "占百分之三十四点六",
      findings: ["18:91-18:99 rate-mismatch 占比应为45.7%（96÷210），文中为百分之三十四点六"],
    },
    {
      mistake: "a kind of duties raised in words beyond 一百二十六项",
      from: "其中基本履职事项九十八项",
      to: "其中基本履职事项一百零八项",
      findings: ["10:36-10:67 parts-exceed-total 各分项之和为136项（108+28），超过总数126项；请核对总数或各分项"],
    },
    {
      mistake: "cases by procedure that do not add up to 共计六十八件",
      from: "办理简易程序案件五十六件",
      to: "办理简易程序案件六十五件",
      findings: ["14:62-14:83 parts-exceed-total 各分项之和为77件（65+12），超过总数68件；请核对总数或各分项"],
    },
    {
      mistake: "last year in the opening's 现将",
      from: "现将2025年度法治政府建设工作情况报告如下",
      to: "现将2024年度法治政府建设工作情况报告如下",
      findings: ["6:70-6:75 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "a plan item （三） written （二）",
      from: "（三）创新普法方式",
      to: "（二）创新普法方式",
      findings: ["34:1-34:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”"],
    },
    {
      mistake: "the duties of the Party side's deputy, not its secretary",
      from: "街道党工委书记切实履行",
      to: "街道党工委副书记切实履行",
      findings: ["26:1-26:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（办事处主任）的履职情况，未写党委主要负责人：请补写街道党工委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2026年工作计划",
      to: "四、2025年工作计划",
      findings: ["30:3-30:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a shortcoming 三是 written 四是",
      from: "三是法治宣传针对性不够",
      to: "四是法治宣传针对性不够",
      findings: ["24:114-24:116 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
  ],
  "265-ningxia-county-bold-unnumbered-subheadings.md": [
    {
      mistake: "持证率 off its counts (412 of 486 is 84.8%)",
      from: "持证率84.8%",
      to: "持证率88.4%",
      findings: ["17:39-17:47 rate-mismatch 持证率应为84.8%（412÷486），文中为88.4%"],
    },
    {
      mistake: "a growth that does not match 342 → 386",
      from: "较上年的342件增长12.9%",
      to: "较上年的342件增长21.9%",
      findings: ["17:79-17:84 change-mismatch 增幅应为12.9%（(386-342)÷342），文中为21.9%"],
    },
    {
      mistake: "合格率 off its counts (52 of 58 is 89.7%)",
      from: "合格率89.7%",
      to: "合格率98.7%",
      findings: ["19:37-19:45 rate-mismatch 合格率应为89.7%（52÷58），文中为98.7%"],
    },
    {
      mistake: "全程网办率 digits swapped",
      from: "全程网办率87.5%",
      to: "全程网办率78.5%",
      findings: ["23:39-23:49 rate-mismatch 全程网办率应为87.5%（896÷1024），文中为78.5%"],
    },
    {
      mistake: "service stations of 其中 above the 26 villages",
      from: "其中24个实现",
      to: "其中28个实现",
      findings: ["25:11-25:30 parts-exceed-total 分项28个超过总数26个；请核对总数或分项"],
    },
    {
      mistake: "纠错率 off its counts (7 of 60 is 11.7%)",
      from: "纠错率11.7%",
      to: "纠错率17.1%",
      findings: ["29:47-29:55 rate-mismatch 纠错率应为11.7%（7÷60），文中为17.1%"],
    },
    {
      mistake: "出庭应诉率 of 100% over fewer appearances than lawsuits",
      from: "出庭应诉43件，出庭应诉率100%",
      to: "出庭应诉41件，出庭应诉率100%",
      findings: ["29:85-29:94 rate-mismatch 出庭应诉率应为95%（41÷43），文中为100%"],
    },
    {
      mistake: "mediated successfully beyond those mediated",
      from: "调解成功1,262件",
      to: "调解成功1,362件",
      findings: ["31:31-31:41 parts-exceed-total 调解成功1362件多于调解1286件；调解成功数不应超过调解数，请核对"],
    },
    {
      mistake: "二是 written 三是 under a bold unnumbered heading",
      from: "二是做实人民调解",
      to: "三是做实人民调解",
      findings: ["31:1-31:3 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”"],
    },
    {
      mistake: "the 县长's duties dropped",
      from: "县长作为县政府推进法治政府建设的第一责任人，主持召开县政府常务会议研究法治政府建设工作4次，带头参加行政诉讼案件出庭应诉，组织县政府常务会议会前学法10次。",
      to: "",
      findings: ["43:4-43:30 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "shortcomings with their causes cut",
      from: "一是部分行政执法人员未取得执法证件，持证率偏低，主要原因是新入职人员较多，培训考试安排不够及时；二是乡镇合法性审查力量不足，部分乡镇尚未配备专职审查人员，原因在于乡镇法律专业人才缺乏；三是移民村法治宣传形式单一，究其原因，普法工作与移民群众生产生活需求结合不够紧密。",
      to: "一是部分行政执法人员未取得执法证件，持证率偏低；二是乡镇合法性审查力量不足，部分乡镇尚未配备专职审查人员；三是移民村法治宣传形式单一。",
      findings: ["39:4-39:14 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the addressee's city left as ××",
      from: "固川市人民政府：",
      to: "××市人民政府：",
      findings: ["3:1-3:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "## 四、2026年工作打算",
      to: "## 四、2025年工作打算",
      findings: ["47:6-47:11 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a plan 三是 written 二是",
      from: "三是开展移民村“法治夜校”",
      to: "二是开展移民村“法治夜校”",
      findings: ["49:75-49:77 enumeration-sequence 列举序号重复：前面已有“二是”，此处应为“三是”"],
    },
    {
      mistake: "an opening 《 left unclosed",
      from: "《黄渠县人民政府重大行政决策事项目录》",
      to: "《黄渠县人民政府重大行政决策事项目录",
      findings: ["11:12-11:13 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
  ],
  "266-hubei-county-city-problems-paired-with-plans.txt": [
    {
      mistake: "网上可办率 off its counts (1,128 of 1,284 is 87.9%)",
      from: "网上可办率87.9%",
      to: "网上可办率89.7%",
      findings: ["10:66-10:76 rate-mismatch 网上可办率应为87.9%（1128÷1284），文中为89.7%"],
    },
    {
      mistake: "a growth that does not match 1,720 → 1,846",
      from: "增长7.3%",
      to: "增长3.7%",
      findings: ["14:55-14:59 change-mismatch 增幅应为7.3%（(1846-1720)÷1720），文中为3.7%"],
    },
    {
      mistake: "合格率 off its counts (118 of 126 is 93.7%)",
      from: "合格率93.7%",
      to: "合格率97.3%",
      findings: ["14:133-14:141 rate-mismatch 合格率应为93.7%（118÷126），文中为97.3%"],
    },
    {
      mistake: "decisions corrected miscounted, the 纠错率 kept",
      from: "纠错21件",
      to: "纠错12件",
      findings: ["16:56-16:64 rate-mismatch 纠错率应为7.3%（12÷165），文中为12.7%"],
    },
    {
      mistake: "败诉率 digits swapped",
      from: "败诉率6.4%",
      to: "败诉率4.6%",
      findings: ["16:88-16:95 rate-mismatch 败诉率应为6.4%（6÷94），文中为4.6%"],
    },
    {
      mistake: "calls done beyond those received, in 万件",
      from: "办结5.58万件",
      to: "办结5.68万件",
      findings: ["16:182-16:190 parts-exceed-total 办结5.68万件多于受理5.62万件；办结数不应超过受理数，请核对"],
    },
    {
      mistake: "调解成功率 off its counts",
      from: "调解成功率98.4%",
      to: "调解成功率98.9%",
      findings: ["16:145-16:155 rate-mismatch 调解成功率应为98.4%（3362÷3418），文中为98.9%"],
    },
    {
      mistake: "a paired plan dated in the report year",
      from: "2026年，将制定镇级执法人员",
      to: "2025年，将制定镇级执法人员",
      findings: [
        "24:1-24:18 plan-specificity “下一年度主要安排”只分出2项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排",
        "26:80-26:85 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年",
      ],
    },
    {
      mistake: "the merged heading with the report year",
      from: "三、存在的不足及2026年工作打算",
      to: "三、存在的不足及2025年工作打算",
      findings: ["24:9-24:14 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the causes cut from the paired shortcomings",
      from: "（一）执法人员素质有待提升。部分镇级执法人员对新承接事项的法律依据掌握不够，执法文书制作不规范，主要原因是“局队合一”改革后人员调整较大，系统培训跟进不及时。2026年，将制定镇级执法人员三年轮训计划，全年组织集中培训不少于4期，开展执法案卷评查2次。\n\n（二）行政复议纠错率偏高。部分部门行政行为程序瑕疵较多，原因在于重办理、轻程序的观念没有根本转变。2026年，将建立行政复议纠错案件通报和约谈机制，对纠错案件较多的部门开展专项督导。\n\n（三）数字法治政府建设有待加强。部分部门业务系统互不联通，数据共享不畅，究其原因，全市缺乏统一的数据共享标准。2026年，将推进行政执法监督平台与“鄂汇办”数据对接，力争网上可办率提高到92%以上。\n\n",
      to: "（一）执法人员素质有待提升。部分镇级执法人员对新承接事项的法律依据掌握不够，执法文书制作不规范。2026年，将制定镇级执法人员三年轮训计划，全年组织集中培训不少于4期，开展执法案卷评查2次。\n\n（二）行政复议纠错率偏高。部分部门行政行为程序瑕疵较多。2026年，将建立行政复议纠错案件通报和约谈机制，对纠错案件较多的部门开展专项督导。\n\n（三）数字法治政府建设有待加强。部分部门业务系统互不联通，数据共享不畅。2026年，将推进行政执法监督平台与“鄂汇办”数据对接，力争网上可办率提高到92%以上。\n\n",
      findings: ["24:1-24:18 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the plans cut, the heading left as shortcomings only",
      from: "三、存在的不足及2026年工作打算\n\n（一）执法人员素质有待提升。部分镇级执法人员对新承接事项的法律依据掌握不够，执法文书制作不规范，主要原因是“局队合一”改革后人员调整较大，系统培训跟进不及时。2026年，将制定镇级执法人员三年轮训计划，全年组织集中培训不少于4期，开展执法案卷评查2次。\n\n（二）行政复议纠错率偏高。部分部门行政行为程序瑕疵较多，原因在于重办理、轻程序的观念没有根本转变。2026年，将建立行政复议纠错案件通报和约谈机制，对纠错案件较多的部门开展专项督导。\n\n（三）数字法治政府建设有待加强。部分部门业务系统互不联通，数据共享不畅，究其原因，全市缺乏统一的数据共享标准。2026年，将推进行政执法监督平台与“鄂汇办”数据对接，力争网上可办率提高到92%以上。\n\n",
      to: "三、存在的不足和原因\n\n（一）执法人员素质有待提升。部分镇级执法人员对新承接事项的法律依据掌握不够，执法文书制作不规范，主要原因是“局队合一”改革后人员调整较大，系统培训跟进不及时。\n\n（二）行政复议纠错率偏高。部分部门行政行为程序瑕疵较多，原因在于重办理、轻程序的观念没有根本转变。\n\n（三）数字法治政府建设有待加强。部分部门业务系统互不联通，数据共享不畅，究其原因，全市缺乏统一的数据共享标准。\n\n",
      findings: ["1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）"],
    },
    {
      mistake: "the opening names another city",
      from: "2025年，楚源市人民政府坚持",
      to: "2025年，楚江市人民政府坚持",
      findings: ["6:7-6:14 name-consistency 开头所写的“楚江市人民政府”与标题中的“楚源市人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "the duties of an executive deputy, not the 市长",
      from: "市长作为市政府推进法治政府建设的第一责任人",
      to: "常务副市长作为市政府推进法治政府建设的第一责任人",
      findings: ["20:1-20:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（市委书记）的履职情况，未写政府主要负责人：请补写市长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a paired item （三） written （四）",
      from: "（三）数字法治政府建设有待加强",
      to: "（四）数字法治政府建设有待加强",
      findings: ["30:1-30:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "dated in April",
      from: "2026年1月27日",
      to: "2026年4月7日",
      findings: ["37:1-37:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月7日"],
    },
    {
      mistake: "a half-width comma between two counts in 万件",
      from: "5.62万件，办结",
      to: "5.62万件,办结",
      findings: ["16:181-16:182 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "an opening quote left unclosed",
      from: "“局队合一”执法体制",
      to: "“局队合一执法体制",
      findings: ["14:77-14:78 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
  ],
  // 273–278: reports on 2026 (the first year of the 十五五), mistakes of the season among the others.
  "273-ningxia-town-shouxian-qici-2026.txt": [
    {
      mistake: "title still saying 2025",
      from: "红柳湾镇2026年法治政府建设工作报告",
      to: "红柳湾镇2025年法治政府建设工作报告",
      findings: ["1:5-1:10 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "十四五 as the current period's opening year",
      from: "2026年是“十五五”开局之年。",
      to: "2026年是“十四五”开局之年。",
      findings: ["5:1-5:5 terminology “2026”应为“2021”：“十四五”开局之年是2021年"],
    },
    {
      mistake: "a 2025 base that does not give 12.6%",
      from: "较2025年的254件增长12.6%",
      to: "较2025年的264件增长12.6%",
      findings: ["13:84-13:89 change-mismatch 增幅应为8.3%（(286-264)÷264），文中为12.6%"],
    },
    {
      mistake: "the plans headed 2026",
      from: "四、2027年工作打算",
      to: "四、2026年工作打算",
      findings: ["27:3-27:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "采纳率 with transposed digits",
      from: "采纳率91.3%",
      to: "采纳率93.1%",
      findings: ["9:112-9:120 rate-mismatch 采纳率应为91.3%（21÷23），文中为93.1%"],
    },
    {
      mistake: "procedures beyond the 38 cases",
      from: "普通程序12件",
      to: "普通程序14件",
      findings: ["11:67-11:90 parts-exceed-total 各分项之和为40件（26+14），超过总数38件；请核对总数或各分项"],
    },
    {
      mistake: "a section number skipped",
      from: "（五）“十四五”时期成效回顾",
      to: "（六）“十四五”时期成效回顾",
      findings: ["17:1-17:4 heading-numbering 标题序号跳号：此处应为“（五）”，文中为“（六）”"],
    },
    {
      mistake: "shortcomings without causes",
      from: "一是综合行政执法能力还不适应。承接事项多，但全镇持证执法人员仅9名，原因主要是镇级编制有限，专业人员引进难、留住难。二是移民安置社区法治宣传针对性不强。原因在于宣传形式以发放资料为主，对搬迁群众关心的就业、社保等问题回应不够。三是村级合法性审查基础薄弱，原因是村干部法律知识欠缺，镇上指导力量不足。",
      to: "一是综合行政执法能力还不适应，全镇持证执法人员仅9名。二是移民安置社区法治宣传针对性不强，对搬迁群众关心的就业、社保等问题回应不够。三是村级合法性审查基础薄弱，村规民约合法性审核覆盖不全。",
      findings: ["19:1-19:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "closing date after April 1",
      from: "2027年1月20日",
      to: "2027年4月20日",
      findings: ["42:1-42:11 publish-date 成文日期晚于次年3月31日的公开期限：2026年度报告应在2027年3月31日前成文公开，文中为2027年4月20日"],
    },
    {
      mistake: "【此处填写】 for the count",
      from: "培养村级“法律明白人”143名，在",
      to: "培养村级“法律明白人”【此处填写】名，在",
      findings: ["15:75-15:81 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
  ],
  "274-qinghai-county-guanyu-sections-2026.txt": [
    {
      mistake: "opening on 2025",
      from: "2026年，柏源县人民政府",
      to: "2025年，柏源县人民政府",
      findings: ["5:1-5:6 year-consistency 开头写的是2025年度的情况，标题中为2026年度：请统一报告年度"],
    },
    {
      mistake: "八五 as the plan to carry out in 2027",
      from: "全面实施“九五”普法规划，深化寺院",
      to: "全面实施“八五”普法规划，深化寺院",
      findings: ["37:13-37:19 dated-reference 2027年的工作安排仍写“‘八五’普法”：“八五”普法规划的期限是2021—2025年，已经到期"],
    },
    {
      mistake: "a 2025 base that does not give 14.4%",
      from: "较2025年的946件增长14.4%",
      to: "较2025年的964件增长14.4%",
      findings: ["13:54-13:59 change-mismatch 增幅应为12.2%（(1082-964)÷964），文中为14.4%"],
    },
    {
      mistake: "a 2027 plan due at the end of 2026",
      from: "力争2027年底全县网办率达到75%",
      to: "力争2026年底全县网办率达到75%",
      findings: ["39:28-39:33 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "网办率 with transposed digits",
      from: "网办率71.7%",
      to: "网办率77.1%",
      findings: ["9:107-9:115 rate-mismatch 网办率应为71.7%（13.2万÷18.4万），文中为77.1%"],
    },
    {
      mistake: "outcomes beyond 审结26件",
      from: "维持19件",
      to: "维持21件",
      findings: ["15:74-15:102 parts-exceed-total 各分项之和为28件（21+3+1+3），超过总数26件；请核对总数或各分项"],
    },
    {
      mistake: "纠错率 of 3 not 4 of 26",
      from: "纠错率15.4%",
      to: "纠错率11.5%",
      findings: ["15:103-15:111 rate-mismatch 纠错率应为15.4%（(3+1)÷26），文中为11.5%"],
    },
    {
      mistake: "a shortcoming number repeated",
      from: "（三）数字政府建设相对滞后",
      to: "（二）数字政府建设相对滞后",
      findings: ["25:1-25:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”"],
    },
    {
      mistake: "XX for the prefecture in the addressee",
      from: "州人民政府：",
      to: "XX州人民政府：",
      findings: ["3:1-3:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a share whose part follows it in parentheses, its count changed",
      from: "占41.6%（450件）",
      to: "占41.6%（540件）",
      findings: ["13:72-13:77 rate-mismatch 占比应为49.9%（540÷1082），文中为41.6%"],
    },
  ],
  "275-jilin-city-overview-fifteenth-plan-2026.txt": [
    {
      mistake: "title still saying 2025",
      from: "关于2026年度法治政府建设情况的报告",
      to: "关于2025年度法治政府建设情况的报告",
      findings: ["1:10-1:15 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "the first year of the 十五五 given as 2027",
      from: "2026年是“十五五”规划实施的第一年。",
      to: "2027年是“十五五”规划实施的第一年。",
      findings: ["5:1-5:5 terminology “2027”应为“2026”：“十五五”开局之年是2026年", "5:1-5:6 year-consistency 开头写的是2027年度的情况，标题中为2026年度：请统一报告年度"],
    },
    {
      mistake: "a change % against 2025 that does not match",
      from: "较2025年的415件增长16.1%",
      to: "较2025年的415件增长11.6%",
      findings: ["9:78-9:83 change-mismatch 增幅应为16.1%（(482-415)÷415），文中为11.6%"],
    },
    {
      mistake: "the plan's first evaluation due in 2026",
      from: "2027年上半年完成第一次评估",
      to: "2026年上半年完成第一次评估",
      findings: ["37:37-37:42 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "采纳率 with transposed digits",
      from: "采纳率36.8%",
      to: "采纳率38.6%",
      findings: ["15:85-15:93 rate-mismatch 采纳率应为36.8%（142÷386），文中为38.6%"],
    },
    {
      mistake: "a share that does not match 1572 of 2.86万",
      from: "1572件，占5.5%",
      to: "1572件，占15.5%",
      findings: ["17:78-17:83 rate-mismatch 占比应为5.5%（1572÷2.86万），文中为15.5%"],
    },
    {
      mistake: "合格 count changed under 合格率",
      from: "合格612卷",
      to: "合格621卷",
      findings: ["17:108-17:116 rate-mismatch 合格率应为97.0%（621÷640），文中为95.6%"],
    },
    {
      mistake: "调解和解 count changed under its rate",
      from: "调解和解结案131件",
      to: "调解和解结案113件",
      findings: ["19:43-19:53 rate-mismatch 调解和解率应为24.8%（113÷455），文中为28.8%"],
    },
    {
      mistake: "1. 2. 2.",
      from: "3.深化行政执法规范化",
      to: "2.深化行政执法规范化",
      findings: ["17:1-17:3 heading-numbering 标题序号重复：“2.”与上一个同级标题相同，此处应为“3.”"],
    },
    {
      mistake: "shortcomings part deleted",
      from: "三、存在的不足和原因\n\n1.部分县（市、区）行政执法协调监督机制运行不够顺畅。原因是执法监督人员专职少、兼职多，监督力量不足。\n\n2.行政复议纠错后的源头整改不够及时。原因在于部分被纠错单位对问题原因分析不深，整改停留在个案层面。\n\n3.基层法治人才短缺，乡镇（街道）法治工作机构普遍只有1至2人，对新任务的适应能力不强。\n\n",
      to: "",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "23:1-23:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”",
      ],
    },
    {
      mistake: "half-width comma",
      from: "，较2025年下降0.9个百分点",
      to: ",较2025年下降0.9个百分点",
      findings: ["9:116-9:117 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "signed by another city's government",
      from: "江桦市人民政府\n2027年3月10日",
      to: "松江市人民政府\n2027年3月10日",
      findings: ["49:1-49:8 name-consistency 落款所写的“松江市人民政府”与标题中的“江桦市人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
  ],
  "276-inner-mongolia-city-grain-bureau-plans-answer-problems.txt": [
    {
      mistake: "banner reserves beyond the total",
      from: "旗县级储备13.9万吨",
      to: "旗县级储备15.9万吨",
      findings: ["7:24-7:55 parts-exceed-total 各分项之和为34.5万吨（18.6万+15.9万），超过总数32.5万吨；请核对总数或各分项"],
    },
    {
      mistake: "合格率 not 153 of 156",
      from: "合格率98.1%",
      to: "合格率99.1%",
      findings: ["7:117-7:125 rate-mismatch 合格率应为98.1%（153÷156），文中为99.1%"],
    },
    {
      mistake: "an increase over the 2025 fines that does not match",
      from: "较2025年的9.6万元增加2.8万元",
      to: "较2025年的9.6万元增加3.8万元",
      findings: ["9:104-9:109 change-mismatch 增加量应为2.8万元（12.4万-9.6万），文中为3.8万元"],
    },
    {
      mistake: "done beyond received",
      from: "按时办结213件",
      to: "按时办结231件",
      findings: ["9:140-9:148 parts-exceed-total 按时办结231件多于受理213件；按时办结数不应超过受理数，请核对"],
    },
    {
      mistake: "八五 in the plans for 2027",
      from: "同时，全面启动“九五”普法",
      to: "同时，深入实施“八五”普法",
      findings: ["37:8-37:14 dated-reference 2027年的工作安排仍写“‘八五’普法”：“八五”普法规划的期限是2021—2025年，已经到期"],
    },
    {
      mistake: "第一 第二 第四",
      from: "第三，应急物资储备",
      to: "第四，应急物资储备",
      findings: ["23:1-23:3 enumeration-sequence 列举序号跳号：此处应为“第三”，文中为“第四”"],
    },
    {
      mistake: "shortcomings without causes",
      from: "第一，部分旗县粮食行政执法人员不足，执法装备落后。原因是旗县粮食部门机构改革后执法职责分散，人员多为兼职。\n\n第二，储备企业内控制度执行不严。抽查中发现个别企业出入库台账登记不及时，原因在于企业对储备管理规定学习不深，日常监督有盲区。\n\n第三，应急物资储备信息化水平不高，实物与账目核对仍以人工为主，原因是专项资金投入有限，市级储备库建成时间较早，改造任务重。",
      to: "第一，部分旗县粮食行政执法人员不足，执法装备落后。\n\n第二，储备企业内控制度执行不严。抽查中发现个别企业出入库台账登记不及时。\n\n第三，应急物资储备信息化水平不高，实物与账目核对仍以人工为主。",
      findings: ["17:1-17:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "×× for the headcount",
      from: "全局42名干部",
      to: "全局××名干部",
      findings: ["15:30-15:32 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "closing date before the year ended",
      from: "2027年1月28日",
      to: "2026年11月28日",
      findings: ["44:1-44:12 publish-date 成文日期早于2026年12月1日，2026年度尚未结束：应在2026年12月1日至2027年3月31日之间成文，文中为2026年11月28日"],
    },
    {
      mistake: "an unpaired opening quote",
      from: "守住管好“天下粮仓”推进",
      to: "守住管好“天下粮仓推进",
      findings: ["3:71-3:72 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
  ],
  "277-hubei-county-meteorological-bureau-dunhao-items.txt": [
    {
      mistake: "a plan due within 2026",
      from: "年内实现检查记录全部在线录入",
      to: "2026年内实现检查记录全部在线录入",
      findings: ["53:20-53:25 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "八五 as the plan for 2027",
      from: "3、深入开展“九五”普法",
      to: "3、全面落实“八五”普法规划",
      findings: ["51:7-51:13 dated-reference 2027年的工作安排仍写“‘八五’普法”：“八五”普法规划的期限是2021—2025年，已经到期"],
    },
    {
      mistake: "closing date a year early",
      from: "2027年1月15日",
      to: "2026年1月15日",
      findings: ["60:1-60:11 publish-date 成文日期不在2026年12月1日至2027年3月31日之间，文中为2026年1月15日，是否应为2027年1月15日？"],
    },
    {
      mistake: "a stock as at the end of 2025",
      from: "全年审核涉及探测环境的建设项目8个",
      to: "截至2025年底，审核涉及探测环境的建设项目8个",
      findings: ["13:47-13:52 year-consistency “主要举措和成效”应写2026年的情况，文中的数据截至2025年底，是上一年度的：应截至2026年底"],
    },
    {
      mistake: "按时办结率 over 60 of 64",
      from: "全部在承诺时限内办结，按时办结率100%",
      to: "按时办结60件，按时办结率100%",
      findings: ["11:43-11:52 rate-mismatch 按时办结率应为94%（60÷64），文中为100%"],
    },
    {
      mistake: "warning kinds beyond 97",
      from: "高温预警12次",
      to: "高温预警21次",
      findings: ["15:26-15:63 parts-exceed-total 各分项之和为106次（41+29+15+21），超过总数97次；请核对总数或各分项"],
    },
    {
      mistake: "整改率 not 40 of 43",
      from: "已整改41处",
      to: "已整改40处",
      findings: ["19:67-19:75 rate-mismatch 整改率应为93.0%（40÷43），文中为95.3%"],
    },
    {
      mistake: "1、 repeated",
      from: "2、部分乡镇对气象灾害",
      to: "1、部分乡镇对气象灾害",
      findings: ["39:1-39:3 heading-numbering 标题序号重复：“1、”与上一个同级标题相同，此处应为“2、”"],
    },
    {
      mistake: "half-width comma",
      from: "申请64件，全部",
      to: "申请64件,全部",
      findings: ["11:34-11:35 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "×× in the addressee",
      from: "县人民政府、市气象局：",
      to: "县人民政府、××市气象局：",
      findings: ["3:7-3:9 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "another county in the opening",
      from: "2026年，荆阳县气象局以",
      to: "2026年，荆山县气象局以",
      findings: ["5:7-5:13 name-consistency 开头所写的“荆山县气象局”与标题中的“荆阳县气象局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "an unpaired 《",
      from: "《气象灾害防御条例》，对照",
      to: "《气象灾害防御条例，对照",
      findings: ["5:41-5:42 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "2026 called the 十四五's last year in the opening",
      from: "2026年，荆阳县气象局",
      to: "2026年，在“十四五”收官之年，荆阳县气象局",
      findings: ["5:1-5:5 terminology “2026”应为“2025”：“十四五”收官之年是2025年"],
    },
  ],
  "278-hainan-province-tourism-dept-data-notes.txt": [
    {
      mistake: "a 2027 plan due at the end of 2026",
      from: "2027年底前出台2项以上",
      to: "2026年底前出台2项以上",
      findings: ["32:28-32:33 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "a 2025 base that does not give 12.6%",
      from: "较2025年的1053件增长12.6%",
      to: "较2025年的1035件增长12.6%",
      findings: ["14:83-14:88 change-mismatch 增幅应为14.6%（(1186-1035)÷1035），文中为12.6%"],
    },
    {
      mistake: "title's second line on 2025",
      from: "2026年度法治政府建设情况报告",
      to: "2025年度法治政府建设情况报告",
      findings: ["2:1-2:6 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "kinds of cases beyond 1186",
      from: "其他案件165件",
      to: "其他案件185件",
      findings: ["14:63-14:140 parts-exceed-total 各分项之和为1206件（512+287+164+58+185），超过总数1186件；请核对总数或各分项"],
    },
    {
      mistake: "即办率 with transposed digits",
      from: "即办率74.6%",
      to: "即办率76.4%",
      findings: ["12:77-12:85 rate-mismatch 即办率应为74.6%（318÷426），文中为76.4%"],
    },
    {
      mistake: "合格 count changed",
      from: "合格146卷",
      to: "合格144卷",
      findings: ["14:182-14:190 rate-mismatch 合格率应为96.0%（144÷150），文中为97.3%"],
    },
    {
      mistake: "办结 count changed",
      from: "办结8871件",
      to: "办结8817件",
      findings: ["16:47-16:55 rate-mismatch 办结率应为98.8%（8817÷8926），文中为99.4%"],
    },
    {
      mistake: "a section number skipped",
      from: "（五）做好普法规划衔接",
      to: "（六）做好普法规划衔接",
      findings: ["18:1-18:4 heading-numbering 标题序号跳号：此处应为“（五）”，文中为“（六）”"],
    },
    {
      mistake: "closing date after April 1",
      from: "2027年2月26日",
      to: "2027年4月6日",
      findings: ["45:1-45:10 publish-date 成文日期晚于次年3月31日的公开期限：2026年度报告应在2027年3月31日前成文公开，文中为2027年4月6日"],
    },
    {
      mistake: "the head's duties dropped",
      from: "厅长主持厅长办公会议审议重大执法决定和规范性文件9件，带头旁听行政诉讼庭审1次，督办重大旅游投诉案件3件。",
      to: "",
      findings: ["26:1-26:28 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写厅长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a 2026 plan year in the plans' heading",
      from: "四、2027年工作打算",
      to: "四、2026年工作打算",
      findings: ["30:3-30:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "the data note's statistical period left at the year before",
      from: "统计时间为2026年1月1日至12月31日",
      to: "统计时间为2025年1月1日至12月31日",
      findings: ["47:35-47:40 year-consistency 数据的统计时间为2025年，报告年度为2026年：统计时间应为2026年"],
    },
  ],
  "285-anhui-county-agriculture-bureau-homestead-points-2026.txt": [
    {
      mistake: "approval rate not matching 371/386",
      from: "审批通过率96.1%",
      to: "审批通过率97.1%",
      findings: ["5:44-5:54 rate-mismatch 审批通过率应为96.1%（371÷386），文中为97.1%", "5:66-5:73 change-mismatch 增幅应为3.7个百分点（97.1%-93.4%），文中为2.7个百分点"],
    },
    {
      mistake: "percentage-point change not matching 93.4% to 96.1%",
      from: "提高2.7个百分点",
      to: "提高3.7个百分点",
      findings: ["5:66-5:73 change-mismatch 增幅应为2.7个百分点（96.1%-93.4%），文中为3.7个百分点"],
    },
    {
      mistake: "fine change % not matching 42.3 to 37.6",
      from: "下降11.1%",
      to: "下降13.1%",
      findings: ["6:117-6:122 change-mismatch 降幅应为11.1%（(42.3万-37.6万)÷42.3万），文中为13.1%"],
    },
    {
      mistake: "last year's title",
      from: "淝水县农业农村局2026年度",
      to: "淝水县农业农村局2025年度",
      findings: ["1:9-1:14 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "plan deadline this year",
      from: "2027年6月底前",
      to: "2026年6月底前",
      findings: ["15:16-15:21 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "duty part deleted",
      from: "　　三、党政主要负责人履行推进法治建设第一责任人职责情况\n　　局党组书记、局长认真履行推进法治建设第一责任人职责，主持召开局党组会议研究法治建设工作4次，带头学习《中华人民共和国土地管理法》《农村宅基地管理办法》等法律法规，审定重大行政决策1项，带头出庭应诉行政诉讼案件1件。\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "12:3-12:5 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "shortcomings without causes",
      from: "，主要原因是基层编制有限、专业培训不足。二是部分执法案卷说理不充分，原因在于个别执法人员法律素养有待提高，案卷审核把关不严。",
      to: "。二是部分执法案卷说理不充分。",
      findings: ["10:3-10:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "plan numbering (三) as (四)",
      from: "（三）做好",
      to: "（四）做好",
      findings: ["17:3-17:6 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "closing date after April 1",
      from: "2027年1月22日",
      to: "2027年4月22日",
      findings: ["22:1-22:11 publish-date 成文日期晚于次年3月31日的公开期限：2026年度报告应在2027年3月31日前成文公开，文中为2027年4月22日"],
    },
    {
      mistake: "八五 普法 in plans for 2027",
      from: "做好“九五”普法开局工作",
      to: "深入实施“八五”普法规划",
      findings: ["17:10-17:16 dated-reference 2027年的工作安排仍写“‘八五’普法”：“八五”普法规划的期限是2021—2025年，已经到期"],
    },
    {
      mistake: "cases closed beyond cases filed, the 结案率 then over 100%",
      from: "结案39件，结案率92.9%",
      to: "结案44件，结案率104.8%",
      findings: ["5:126-5:135 rate-out-of-range 结案率不应超过100%，文中为104.8%；请核对分子和分母"],
    },
  ],
  "286-zhejiang-city-defense-mobilization-office-circled-items-2026.txt": [
    {
      mistake: "circled item ③ as ④",
      from: "③开展规范性文件专项清理",
      to: "④开展规范性文件专项清理",
      findings: ["8:106-8:107 enumeration-sequence 列举序号跳号：此处应为“③”，文中为“④”"],
    },
    {
      mistake: "area change % not matching",
      from: "增长8.0%",
      to: "增长9.0%",
      findings: ["10:72-10:76 change-mismatch 增幅应为8.0%（(63.2万-58.5万)÷58.5万），文中为9.0%"],
    },
    {
      mistake: "rectification rate not matching 70/73",
      from: "整改率95.9%",
      to: "整改率97.9%",
      findings: ["10:143-10:151 rate-mismatch 整改率应为95.9%（70÷73），文中为97.9%"],
    },
    {
      mistake: "certificate rate not matching 36/38",
      from: "持证率94.7%",
      to: "持证率96.7%",
      findings: ["12:66-12:74 rate-mismatch 持证率应为94.7%（36÷38），文中为96.7%"],
    },
    {
      mistake: "last year in the title",
      from: "关于2026年度法治政府建设",
      to: "关于2025年度法治政府建设",
      findings: ["2:3-2:8 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "template residue ×× in the opening",
      from: "市国防动员办公室（市人民防空办公室）在",
      to: "××市国防动员办公室（市人民防空办公室）在",
      findings: ["5:22-5:24 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "signature of another city",
      from: "甬湾市国防动员办公室\n2027",
      to: "甬江市国防动员办公室\n2027",
      findings: ["26:1-26:11 name-consistency 落款所写的“甬江市国防动员办公室”与标题中的“甬湾市国防动员办公室”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "half-width comma in prose",
      from: "联办，全年审批",
      to: "联办,全年审批",
      findings: ["10:22-10:23 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "unpaired 《",
      from: "《人防工程防护设备质量检测管理办法》等",
      to: "《人防工程防护设备质量检测管理办法等",
      findings: ["8:47-8:48 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "plan deadline this year",
      from: "②2027年9月底前",
      to: "②2026年9月底前",
      findings: ["22:42-22:47 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
  ],
  "287-hebei-city-investment-promotion-bureau-2022.txt": [
    {
      mistake: "project kinds beyond projects signed",
      from: "工业项目41个",
      to: "工业项目45个",
      findings: ["5:54-5:98 parts-exceed-total 各分项之和为68个（45+18+5），超过总数64个；请核对总数或各分项"],
    },
    {
      mistake: "adoption rate not matching 148/153",
      from: "采纳率96.7%",
      to: "采纳率98.7%",
      findings: ["6:92-6:100 rate-mismatch 采纳率应为96.7%（148÷153），文中为98.7%"],
    },
    {
      mistake: "fulfilment rate not matching 81/89",
      from: "兑现率91.0%",
      to: "兑现率81.0%",
      findings: ["6:147-6:155 rate-mismatch 兑现率应为91.0%（81÷89），文中为81.0%"],
    },
    {
      mistake: "complaints closed beyond received",
      from: "办结26件",
      to: "办结28件",
      findings: ["7:44-7:49 parts-exceed-total 办结28件多于受理27件；办结数不应超过受理数，请核对"],
    },
    {
      mistake: "last year in the opening",
      from: "2022年，市投资促进局在",
      to: "2021年，市投资促进局在",
      findings: ["3:3-3:8 year-consistency 开头写的是2021年度的情况，标题中为2022年度：请统一报告年度"],
    },
    {
      mistake: "plans heading this year",
      from: "四、2023年推进",
      to: "四、2022年推进",
      findings: ["14:5-14:10 year-consistency “下一年度主要安排”应写2023年的安排，标题中为2022年"],
    },
    {
      mistake: "XX in a document name",
      from: "出台《滦阳市招商引资",
      to: "出台《XX市招商引资",
      findings: ["6:18-6:20 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "plans 一是 then 三是",
      from: "二是健全投资者投诉",
      to: "三是健全投资者投诉",
      findings: ["15:40-15:42 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”"],
    },
    {
      mistake: "shortcomings part deleted",
      from: "　　二、存在的不足及原因\n　　一是部分招商合同条款不够规范，个别约定的优惠政策缺乏依据。主要原因是招商人员法律知识储备不足，合同审查把关还不够严。二是投诉处理机制仍不健全，跨部门诉求协调用时较长，原因在于部门之间的信息共享和联动机制还未完全建立。\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "10:3-10:5 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
  ],
  "288-heilongjiang-county-traffic-police-brigade-month-timeline.txt": [
    {
      mistake: "pass rate not matching 44/46",
      from: "通过率95.7%",
      to: "通过率93.7%",
      findings: ["6:175-6:183 rate-mismatch 通过率应为95.7%（44÷46），文中为93.7%"],
    },
    {
      mistake: "change % not matching 3.52万 to 3.86万",
      from: "增长9.7%",
      to: "增长6.7%",
      findings: ["8:34-8:38 change-mismatch 增幅应为9.7%（(3.86万-3.52万)÷3.52万），文中为6.7%"],
    },
    {
      mistake: "share not matching 2.14万/2.58万",
      from: "的82.9%",
      to: "的92.9%",
      findings: ["10:56-10:61 rate-mismatch 占比应为82.9%（2.14万÷2.58万），文中为92.9%"],
    },
    {
      mistake: "plan deadline last year",
      from: "2026年底前实现",
      to: "2025年底前实现",
      findings: ["20:68-20:73 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "title year last year",
      from: "松河县公安局交通警察大队2025年度",
      to: "松河县公安局交通警察大队2024年度",
      findings: ["1:13-1:18 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "plans 一是 repeated",
      from: "二是全年组织",
      to: "一是全年组织",
      findings: ["20:49-20:51 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”"],
    },
    {
      mistake: "placeholder 【此处填写】",
      from: "违法行为412起",
      to: "违法行为【此处填写】起",
      findings: ["6:66-6:72 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "a share whose part passes the whole written after 占 (2.84万笔 of 2.58万笔)",
      from: "网上办理业务2.14万笔",
      to: "网上办理业务2.84万笔",
      findings: ["10:56-10:61 rate-mismatch 2.84万笔多于其所占的总数2.58万笔，占比不会超过100%，文中为82.9%：请核对分项或总数"],
    },
  ],
  "289-guangxi-city-culture-market-enforcement-detachment-shares.txt": [
    {
      mistake: "first share not matching 58/152",
      from: "38.2%、",
      to: "36.2%、",
      findings: ["6:134-6:139 rate-mismatch 占比应为38.2%（58÷152），文中为36.2%"],
    },
    {
      mistake: "last share not matching 20/152 (sum over 100)",
      from: "和13.2%",
      to: "和23.2%",
      findings: ["6:152-6:157 rate-mismatch 占比应为13.2%（20÷152），文中为23.2%"],
    },
    {
      mistake: "case kinds beyond cases filed",
      from: "娱乐场所案件58件",
      to: "娱乐场所案件68件",
      findings: ["6:59-6:125 parts-exceed-total 各分项之和为162件（68+41+33+20），超过总数152件；请核对总数或各分项", "6:134-6:139 rate-mismatch 占比应为44.7%（68÷152），文中为38.2%"],
    },
    {
      mistake: "closing rate not matching 147/152",
      from: "结案率96.7%",
      to: "结案率97.6%",
      findings: ["6:71-6:79 rate-mismatch 结案率应为96.7%（147÷152），文中为97.6%"],
    },
    {
      mistake: "fines change not matching",
      from: "增长23.2%",
      to: "增长32.2%",
      findings: ["6:185-6:190 change-mismatch 增幅应为23.2%（(118.6万-96.3万)÷96.3万），文中为32.2%"],
    },
    {
      mistake: "reconsideration parts beyond cases",
      from: "维持3件",
      to: "维持4件",
      findings: ["8:72-8:86 parts-exceed-total 各分项之和为5件（4+1），超过总数4件；请核对总数或各分项"],
    },
    {
      mistake: "measures heading last year",
      from: "一、2025年法治政府建设主要工作及成效",
      to: "一、2024年法治政府建设主要工作及成效",
      findings: ["5:5-5:10 year-consistency “主要举措和成效”应写2025年的情况，标题中为2024年"],
    },
    {
      mistake: "plan deadline this year",
      from: "2026年9月底前出台",
      to: "2025年9月底前出台",
      findings: ["17:16-17:21 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "（二） as （三）",
      from: "（二）执法力量与任务不匹配",
      to: "（三）执法力量与任务不匹配",
      findings: ["13:3-13:6 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”"],
    },
    {
      mistake: "unpaired “",
      from: "“扫黄打非”宣传月",
      to: "“扫黄打非宣传月",
      findings: ["9:31-9:32 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "closing date after April 1",
      from: "2026年2月10日",
      to: "2026年4月10日",
      findings: ["24:1-24:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月10日"],
    },
  ],
  "290-hunan-city-science-technology-bureau-practice-result-lines-2021.txt": [
    {
      mistake: "approval rate not matching 87/326",
      from: "立项率26.7%",
      to: "立项率28.7%",
      findings: ["10:27-10:35 rate-mismatch 立项率应为26.7%（87÷326），文中为28.7%"],
    },
    {
      mistake: "fund parts beyond total",
      from: "重点研发项目2,180万元",
      to: "重点研发项目2,480万元",
      findings: ["10:44-10:93 parts-exceed-total 各分项之和为4650万元（2480万+1420万+750万），超过总数4350万元；请核对总数或各分项"],
    },
    {
      mistake: "acceptance rate not matching 61/64",
      from: "通过率95.3%",
      to: "通过率93.5%",
      findings: ["10:112-10:120 rate-mismatch 通过率应为95.3%（61÷64），文中为93.5%"],
    },
    {
      mistake: "title last year",
      from: "湘澧市科学技术局2021年度",
      to: "湘澧市科学技术局2020年度",
      findings: ["1:9-1:14 year-consistency 标题中为2020年度，正文各处写的都是2021年度的情况：标题应为2021年度"],
    },
    {
      mistake: "plan deadline this year",
      from: "2022年6月底前",
      to: "2021年6月底前",
      findings: ["25:37-25:42 year-consistency “下一年度主要安排”应写2022年的安排，文中的完成时限在2021年，成文时已过"],
    },
    {
      mistake: "plans heading this year",
      from: "四、2022年工作打算",
      to: "四、2021年工作打算",
      findings: ["24:5-24:10 year-consistency “下一年度主要安排”应写2022年的安排，标题中为2021年"],
    },
    {
      mistake: "measures part heading and text deleted... shortcomings deleted",
      from: "　　二、存在的问题和原因\n　　一是科技领域立法相对滞后，我市尚无地方性科技创新法规，原因是立法调研基础薄弱，前期论证不够充分。二是科技执法力量薄弱，全局仅有执法人员5名，原因在于科技部门执法职能长期弱化，未配备专门执法机构。\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "20:3-20:5 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "shortcomings without causes",
      from: "，原因是立法调研基础薄弱，前期论证不够充分。二是科技执法力量薄弱，全局仅有执法人员5名，原因在于科技部门执法职能长期弱化，未配备专门执法机构。",
      to: "。二是科技执法力量薄弱，全局仅有执法人员5名。",
      findings: ["20:3-20:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "plans 二是 repeated",
      from: "三是2022年底前",
      to: "二是2022年底前",
      findings: ["25:77-25:79 enumeration-sequence 列举序号重复：前面已有“二是”，此处应为“三是”"],
    },
    {
      mistake: "a change from a count stated as reached that its counts do not give",
      from: "较上年的356家增长15.7%",
      to: "较上年的356家增长17.5%",
      findings: ["16:31-16:36 change-mismatch 增幅应为15.7%（(412-356)÷356），文中为17.5%"],
    },
  ],
  "279-anhui-county-city-fourteenth-plan-cumulative.txt": [
    {
      mistake: "a 审结率 that 179 of 187 do not give",
      from: "审结率95.7%",
      to: "审结率96.7%",
      findings: ["15:35-15:43 rate-mismatch 审结率应为95.7%（179÷187），文中为96.7%"],
    },
    {
      mistake: "a share of the simple-procedure cases that does not match (1530 of 4268)",
      from: "占35.8%",
      to: "占38.5%",
      findings: ["13:72-13:77 rate-mismatch 占比应为35.8%（1530÷4268），文中为38.5%"],
    },
    {
      mistake: "a fall from last year's count with its digits swapped",
      from: "下降6.4%",
      to: "下降4.6%",
      findings: ["13:52-13:56 change-mismatch 降幅应为6.4%（(4560-4268)÷4560），文中为4.6%"],
    },
    {
      mistake: "last year in the title",
      from: "桐岭市人民政府关于2025年度",
      to: "桐岭市人民政府关于2024年度",
      findings: ["1:10-1:15 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the plans headed by the report's own year",
      from: "四、2026年法治政府建设工作打算",
      to: "四、2025年法治政府建设工作打算",
      findings: ["31:3-31:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the shortcomings part left out, heading and text",
      from: "二、存在的不足及原因\n\n（一）部分乡镇（街道）综合执法能力不足。承接赋权事项后，执法人员专业化水平不高，原因主要是乡镇执法力量多为转岗人员，系统培训不够。\n\n（二）行政复议案件数量持续增长，复议人员配备与办案需求不相适应，原因是机构改革后专职复议人员仅7名，案多人少矛盾突出。\n\n（三）个别部门规范性文件制定程序不够规范，根源在于一些部门对合法性审查重视不够，起草环节把关不严。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "19:1-19:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "the shortcomings stated without any cause",
      from: "承接赋权事项后，执法人员专业化水平不高，原因主要是乡镇执法力量多为转岗人员，系统培训不够。\n\n（二）行政复议案件数量持续增长，复议人员配备与办案需求不相适应，原因是机构改革后专职复议人员仅7名，案多人少矛盾突出。\n\n（三）个别部门规范性文件制定程序不够规范，根源在于一些部门对合法性审查重视不够，起草环节把关不严。",
      to: "承接赋权事项后，执法人员专业化水平不高。\n\n（二）行政复议案件数量持续增长，复议人员配备与办案需求不相适应，案多人少矛盾突出。\n\n（三）个别部门规范性文件制定程序不够规范，起草环节把关不严。",
      findings: ["19:1-19:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the next year called the first year of the 十四五",
      from: "2026年是“十五五”开局之年。",
      to: "2026年是“十四五”开局之年。",
      findings: ["33:1-33:5 terminology “2026”应为“2021”：“十四五”开局之年是2021年"],
    },
    {
      mistake: "signed by another city's government",
      from: "桐岭市人民政府\n2026年2月12日",
      to: "桐川市人民政府\n2026年2月12日",
      findings: ["39:1-39:8 name-consistency 落款所写的“桐川市人民政府”与标题中的“桐岭市人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "dated after the deadline of April 1",
      from: "2026年2月12日",
      to: "2026年4月12日",
      findings: ["40:1-40:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月12日"],
    },
  ],
  "280-shanghai-subdistrict-joint-signature-2026.txt": [
    {
      mistake: "a 结案率 that 598 of 612 do not give",
      from: "结案率97.7%",
      to: "结案率98.7%",
      findings: ["11:42-11:50 rate-mismatch 结案率应为97.7%（598÷612），文中为98.7%"],
    },
    {
      mistake: "the last kind of violation miscounted beyond the cases filed",
      from: "其他148件",
      to: "其他184件",
      findings: ["11:37-11:85 parts-exceed-total 各分项之和为648件（214+157+93+184），既超过598件，也超过其所出自的总数612件（分项可能是两者中任一个的）；请核对总数或各分项"],
    },
    {
      mistake: "a share of the hotline's orders with its digits swapped (1166 of 4860)",
      from: "占24.0%",
      to: "占42.0%",
      findings: ["13:87-13:92 rate-mismatch 占比应为24.0%（1166÷4860），文中为42.0%"],
    },
    {
      mistake: "a kind of order typed with a 0 too many, beyond all orders",
      from: "劳动权益类583件",
      to: "劳动权益类5830件",
      findings: ["13:39-13:103 parts-exceed-total 各分项之和为8746件（1750+1166+5830），超过总数4860件；请核对总数或各分项"],
    },
    {
      mistake: "a 成功率 that 1004 of 1032 do not give",
      from: "成功率97.3%",
      to: "成功率97.8%",
      findings: ["17:55-17:63 rate-mismatch 成功率应为97.3%（1004÷1032），文中为97.8%"],
    },
    {
      mistake: "two items numbered 3．",
      from: "4．法治宣传更加深入",
      to: "3．法治宣传更加深入",
      findings: ["15:1-15:3 heading-numbering 标题序号重复：“3．”与上一个同级标题相同，此处应为“4．”"],
    },
    {
      mistake: "the plans headed by the report's own year",
      from: "四、2027年工作计划",
      to: "四、2026年工作计划",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "×× for the 街道 in the signature",
      from: "浦岚街道办事处\n2027年1月26日",
      to: "××街道办事处\n2027年1月26日",
      findings: ["44:1-44:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the duties written of the 党工委's members, no principal named",
      from: "街道党工委书记认真履行推进法治建设第一责任人职责，主持召开党工委会议专题研究法治建设工作4次，带头走访居民区调研“法治楼组”建设。街道办事处主任主持办事处主任办公会议学法5次，对重大执法决定法制审核情况进行督办。",
      to: "街道党工委班子成员按照分工抓好分管领域法治建设，召开党工委会议专题研究法治建设工作4次，走访居民区调研“法治楼组”建设，组织办事处主任办公会议学法5次。",
      findings: ["25:1-25:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（办事处主任）的履职情况，未写党委主要负责人：请补写街道党工委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the 普法 begun in 2026 called the 八五",
      from: "2026年是“九五”普法开局之年",
      to: "2026年是“八五”普法开局之年",
      findings: ["15:12-15:16 terminology “2026”应为“2021”：“八五”普法规划的开局之年是2021年"],
    },
    {
      mistake: "a half-width comma in prose",
      from: "梳理街道履职事项清单，明确",
      to: "梳理街道履职事项清单,明确",
      findings: ["9:24-9:25 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
  ],
  "281-chongqing-district-bracket-headings.txt": [
    {
      mistake: "a fall from last year's checks that 214 of 311 do not give",
      from: "下降31.2%",
      to: "下降21.3%",
      findings: ["7:92-7:97 change-mismatch 降幅应为31.2%（(311-214)÷311），文中为21.3%"],
    },
    {
      mistake: "an 采纳率 with its digits swapped",
      from: "采纳率96.2%",
      to: "采纳率92.6%",
      findings: ["9:90-9:98 rate-mismatch 采纳率应为96.2%（381÷396），文中为92.6%"],
    },
    {
      mistake: "opinions adopted beyond those given",
      from: "采纳381条",
      to: "采纳399条",
      findings: ["9:83-9:89 parts-exceed-total 采纳399条多于提出396条；采纳数不应超过提出数，请核对"],
    },
    {
      mistake: "a 败诉率 that 11 of 229 do not give",
      from: "败诉率4.8%",
      to: "败诉率8.4%",
      findings: ["13:77-13:84 rate-mismatch 败诉率应为4.8%（11÷229），文中为8.4%"],
    },
    {
      mistake: "a 纠错率 that 58 of 371 do not give",
      from: "纠错率15.6%",
      to: "纠错率16.5%",
      findings: ["15:60-15:68 rate-mismatch 纠错率应为15.6%（58÷371），文中为16.5%"],
    },
    {
      mistake: "reviews closed beyond those accepted",
      from: "审结371件",
      to: "审结391件",
      findings: ["15:45-15:51 parts-exceed-total 审结391件多于受理386件；审结数不应超过受理数，请核对", "15:60-15:68 rate-mismatch 纠错率应为14.8%（58÷391），文中为15.6%"],
    },
    {
      mistake: "XX for the district before its justice bureau",
      from: "区司法局审查区政府规范性文件",
      to: "XX区司法局审查区政府规范性文件",
      findings: ["9:45-9:47 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "the duties part left out, heading and text",
      from: "三、党政主要负责人履行推进法治建设第一责任人职责情况\n\n区委书记认真履行推进法治建设第一责任人职责，主持召开区委常委会会议研究法治建设工作6次，带头开展年终述法。区长主持区政府常务会议学法8次，带头出庭应诉行政诉讼案件3件，听取法治政府建设工作汇报2次。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "25:1-25:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "the plans headed by the report's own year",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["29:3-29:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "last year in the title",
      from: "石溪区2025年法治政府建设年度报告",
      to: "石溪区2024年法治政府建设年度报告",
      findings: ["1:4-1:9 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "signed by another district's government",
      from: "重庆市石溪区人民政府",
      to: "重庆市石门区人民政府",
      findings: ["37:1-37:11 name-consistency 落款所写的“重庆市石门区人民政府”与标题中的“石溪区”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "an unpaired opening quotation mark",
      from: "“枫桥经验”重庆实践",
      to: "“枫桥经验重庆实践",
      findings: ["15:71-15:72 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
  ],
  "282-tibet-city-county-breakdown-2026.txt": [
    {
      mistake: "the last group of counties miscounted so the breakdown passes the total",
      from: "其余4个县共234件",
      to: "其余4个县共324件",
      findings: ["11:30-11:80 parts-exceed-total 各分项之和为1376件（418+276+193+165+324），超过总数1286件；请核对总数或各分项"],
    },
    {
      mistake: "a rise from last year's count with its digits swapped (134 against 112)",
      from: "增长19.6%",
      to: "增长16.9%",
      findings: ["15:47-15:52 change-mismatch 增幅应为19.6%（(134-112)÷112），文中为16.9%"],
    },
    {
      mistake: "a 审结率 that 128 of 134 do not give",
      from: "审结率95.5%",
      to: "审结率95.9%",
      findings: ["15:60-15:68 rate-mismatch 审结率应为95.5%（128÷134），文中为95.9%"],
    },
    {
      mistake: "a 调解成功率 that 1.39万 of 1.42万 do not give",
      from: "调解成功率97.9%",
      to: "调解成功率99.7%",
      findings: ["15:99-15:109 rate-mismatch 调解成功率应为97.9%（1.39万÷1.42万），文中为99.7%"],
    },
    {
      mistake: "an 出庭应诉率 that 39 of 41 do not give",
      from: "出庭应诉率95.1%",
      to: "出庭应诉率97.1%",
      findings: ["13:121-13:131 rate-mismatch 出庭应诉率应为95.1%（39÷41），文中为97.1%"],
    },
    {
      mistake: "more appearances than lawsuits",
      from: "出庭应诉39件",
      to: "出庭应诉43件",
      findings: ["13:113-13:120 parts-exceed-total 出庭应诉43件多于全市一审行政诉讼案件41件；出庭应诉数不应超过全市一审行政诉讼案件数，请核对"],
    },
    {
      mistake: "a plan deadline in the year reported on",
      from: "力争2027年底",
      to: "力争2026年底",
      findings: ["33:17-33:22 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "last year in the title",
      from: "雪曲市人民政府2026年度",
      to: "雪曲市人民政府2025年度",
      findings: ["1:8-1:13 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "another city's government in the opening",
      from: "2026年，雪曲市人民政府在",
      to: "2026年，雪嘎市人民政府在",
      findings: ["5:7-5:14 name-consistency 开头所写的“雪嘎市人民政府”与标题中的“雪曲市人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a subsection numbered （四） after （二）",
      from: "（三）强化行政权力监督",
      to: "（四）强化行政权力监督",
      findings: ["13:1-13:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "the 普法 begun in 2026 called the 八五",
      from: "2026年是“九五”普法规划实施的第一年",
      to: "2026年是“八五”普法规划实施的第一年",
      findings: ["17:15-17:19 terminology “2026”应为“2021”：“八五”普法规划的开局之年是2021年"],
    },
    {
      mistake: "dated after the deadline of April 1",
      from: "2027年2月3日",
      to: "2027年4月3日",
      findings: ["42:1-42:10 publish-date 成文日期晚于次年3月31日的公开期限：2026年度报告应在2027年3月31日前成文公开，文中为2027年4月3日"],
    },
    {
      mistake: "a part of the group of counties beyond the group (8个县（区）中有9个县)",
      from: "8个县（区）中有3个县",
      to: "8个县（区）中有9个县",
      findings: ["21:28-21:38 parts-exceed-total 分项9个超过总数8个；请核对总数或分项"],
    },
  ],
  "283-shaanxi-hightech-zone-indicator-table-2026.txt": [
    {
      mistake: "a rise of market entities with its digits swapped (8426 against 7519)",
      from: "增长12.1%",
      to: "增长21.1%",
      findings: ["9:71-9:76 change-mismatch 增幅应为12.1%（(8426-7519)÷7519），文中为21.1%"],
    },
    {
      mistake: "a fall of checks that 362 against 518 do not give",
      from: "下降30.1%",
      to: "下降31.0%",
      findings: ["11:50-11:55 change-mismatch 降幅应为30.1%（(518-362)÷518），文中为31.0%"],
    },
    {
      mistake: "a share of cases not penalized with its digits swapped (63 of 247)",
      from: "占25.5%",
      to: "占52.5%",
      findings: ["11:94-11:99 rate-mismatch 占比应为25.5%（63÷247），文中为52.5%"],
    },
    {
      mistake: "a table's change that its two columns do not give (38 → 45, +8)",
      from: "38\t45\t+7",
      to: "38\t45\t+8",
      findings: ["19:17-19:19 change-mismatch 增加量应为7件（45-38），文中为+8"],
    },
    {
      mistake: "a table's fall with its digits swapped (518 → 362, -165)",
      from: "518\t362\t-156",
      to: "518\t362\t-165",
      findings: ["22:17-22:21 change-mismatch 减少量应为156次（518-362），文中为-165"],
    },
    {
      mistake: "a 调解成功率 that 91 of 96 do not give",
      from: "调解成功率94.8%",
      to: "调解成功率95.8%",
      findings: ["24:121-24:131 rate-mismatch 调解成功率应为94.8%（91÷96），文中为95.8%"],
    },
    {
      mistake: "a plan deadline in the year reported on",
      from: "2027年6月底前",
      to: "2026年6月底前",
      findings: ["38:19-38:24 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "the duties written of a deputy director as first responsible person",
      from: "管委会党工委书记、主任认真履行推进法治建设第一责任人职责，主持召开党工委会议研究法治建设工作4次，主持管委会主任办公会议学法6次，带头参加行政诉讼出庭应诉1件。",
      to: "管委会分管副主任认真履行推进法治建设第一责任人职责，组织召开专题会议研究法治建设工作4次，组织学法6次，参加行政诉讼出庭应诉1件。",
      findings: ["30:1-30:28 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了副职（副主任）的履职情况，未写党政主要负责人：请补写党工委书记和管委会主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a half-width colon after the addressee",
      from: "市人民政府：",
      to: "市人民政府:",
      findings: ["3:6-3:7 punctuation-width 中文行文应使用全角标点“：”，文中为半角“:”"],
    },
    {
      mistake: "dated in the year reported on",
      from: "2027年3月8日",
      to: "2026年3月8日",
      findings: ["47:1-47:10 publish-date 成文日期不在2026年12月1日至2027年3月31日之间，文中为2026年3月8日，是否应为2027年3月8日？"],
    },
    {
      mistake: "an unpaired opening quotation mark",
      from: "“扫码入企”",
      to: "“扫码入企",
      findings: ["11:17-11:18 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
  ],
  "284-henan-xiang-per-village-counts.txt": [
    {
      mistake: "a rise that 15 more on 58 do not give",
      from: "增长25.9%",
      to: "增长20.5%",
      findings: ["11:44-11:49 change-mismatch 增幅应为25.9%（15÷(73-15)），文中为20.5%"],
    },
    {
      mistake: "the cases' increase miscounted (增加18件 for 25.9%)",
      from: "比上年度增加15件",
      to: "比上年度增加18件",
      findings: ["11:44-11:49 change-mismatch 增幅应为32.7%（18÷(73-18)），文中为25.9%"],
    },
    {
      mistake: "a 成功率 with its digits swapped (409 of 418)",
      from: "成功率97.8%",
      to: "成功率98.7%",
      findings: ["13:42-13:50 rate-mismatch 成功率应为97.8%（409÷418），文中为98.7%"],
    },
    {
      mistake: "a 其中 kind raised beyond the cases handled",
      from: "农村乱占耕地建房22件",
      to: "农村乱占耕地建房52件",
      findings: ["11:28-11:79 parts-exceed-total 各分项之和为83件（52+19+12），超过总数73件；请核对总数或各分项"],
    },
    {
      mistake: "suggestions done beyond those received",
      from: "办结14件",
      to: "办结16件",
      findings: ["15:34-15:39 parts-exceed-total 办结16件多于办理14件；办结数不应超过办理数，请核对"],
    },
    {
      mistake: "plans numbered 一是、二是、四是",
      from: "三是开展村“两委”干部法治轮训",
      to: "四是开展村“两委”干部法治轮训",
      findings: ["29:68-29:70 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "the plans part left out, heading and text",
      from: "四、2026年工作打算\n\n一是落实全县“十五五”法治政府建设规划部署，制定本乡2026年法治政府建设工作要点。二是争取县委编办支持，充实乡综合行政执法大队力量。三是开展村“两委”干部法治轮训，2026年实现全乡21个行政村全覆盖。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "27:1-27:3 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”"],
    },
    {
      mistake: "×× for the 乡 in the signature",
      from: "槐店乡人民政府\n2026年1月16日",
      to: "××乡人民政府\n2026年1月16日",
      findings: ["35:1-35:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "dated before the year reported on ended",
      from: "2026年1月16日",
      to: "2025年11月16日",
      findings: ["36:1-36:12 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年11月16日"],
    },
    {
      mistake: "a count stated as reached, then its difference and a wrong percent",
      from: "办理行政处罚案件73件，比上年度增加15件，增长25.9%",
      to: "办理行政处罚案件达到73件，比上年度增加15件，增长28.5%",
      findings: ["11:46-11:51 change-mismatch 增幅应为25.9%（15÷(73-15)），文中为28.5%"],
    },
  ],
  "297-shandong-city-ocean-fishery-bureau-half-years-2026.txt": [
    {
      mistake: "a rate that does not match its counts",
      from: "办结率95.3%",
      to: "办结率96.3%",
      findings: ["5:35-5:43 rate-mismatch 办结率应为95.3%（61÷64），文中为96.3%"],
    },
    {
      mistake: "the first half-year raised beyond the year's whole",
      from: "其中上半年1108艘次",
      to: "其中上半年1208艘次",
      findings: ["6:23-6:51 parts-exceed-total 各分项之和为2516艘次（1208+1308），超过总数2416艘次；请核对总数或各分项"],
    },
    {
      mistake: "a change % that does not match the two figures",
      from: "增长14.5%",
      to: "增长16.5%",
      findings: ["6:77-6:82 change-mismatch 增幅应为14.5%（(87-76)÷76），文中为16.5%"],
    },
    {
      mistake: "a time-limit cut whose percent does not match the two limits",
      from: "压缩60%",
      to: "压缩50%",
      findings: ["5:134-5:137 change-mismatch 降幅应为60%（(20-8)÷20），文中为50%"],
    },
    {
      mistake: "last year in the title",
      from: "琅岱市海洋发展和渔业局2026年度",
      to: "琅岱市海洋发展和渔业局2025年度",
      findings: ["1:12-1:17 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "the plans heading of this year",
      from: "四、2027年法治政府建设工作打算",
      to: "四、2026年法治政府建设工作打算",
      findings: ["14:5-14:10 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "shortcomings without causes",
      from: "一是海上执法装备仍显不足，远海巡查频次偏低，主要原因是执法船艇老化、更新资金缺口较大。二是基层渔业执法人员专业能力参差不齐，原因是近两年人员调整较多，系统培训未能全覆盖。",
      to: "一是海上执法装备仍显不足，远海巡查频次偏低。二是基层渔业执法人员专业能力参差不齐，系统培训未能全覆盖。",
      findings: ["10:3-10:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the duties of the Party secretary only",
      from: "局党组书记、局长切实履行",
      to: "局党组书记切实履行",
      findings: ["12:3-12:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a measures subsection numbered twice over",
      from: "（五）深化法治宣传",
      to: "（六）深化法治宣传",
      findings: ["9:3-9:6 heading-numbering 标题序号跳号：此处应为“（五）”，文中为“（六）”"],
    },
    {
      mistake: "template residue in the signature",
      from: "琅岱市海洋发展和渔业局\n2027年2月6日",
      to: "××市海洋发展和渔业局\n2027年2月6日",
      findings: ["21:1-21:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "a closing date after April 1",
      from: "2027年2月6日",
      to: "2027年4月16日",
      findings: ["22:1-22:11 publish-date 成文日期晚于次年3月31日的公开期限：2026年度报告应在2027年3月31日前成文公开，文中为2027年4月16日"],
    },
    {
      mistake: "a half-width comma after a closing quote",
      from: "并联审查”，办理时限",
      to: "并联审查”,办理时限",
      findings: ["5:111-5:112 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "the second half-year's amount raised beyond the total",
      from: "下半年31.9万元",
      to: "下半年33.9万元",
      findings: ["6:102-6:130 parts-exceed-total 各分项之和为55.3万元（21.4万+33.9万），超过总数53.3万元；请核对总数或各分项"],
    },
    {
      mistake: "opinions adopted beyond those made",
      from: "采纳35条",
      to: "采纳39条",
      findings: ["8:48-8:53 parts-exceed-total 采纳39条多于提出37条；采纳数不应超过提出数，请核对"],
    },
    {
      mistake: "a plan clause dated in the report year",
      from: "争取更新执法船艇2艘",
      to: "2026年争取更新执法船艇2艘",
      findings: ["16:19-16:24 year-consistency “下一年度主要安排”应写2027年的安排，文中为2026年"],
    },
  ],
  "298-hubei-city-radio-television-bureau-lead-office-notes-2026.txt": [
    {
      mistake: "a share that does not match its part and whole",
      from: "占37.3%",
      to: "占47.3%",
      findings: ["6:57-6:62 rate-mismatch 占比应为37.3%（47÷126），文中为47.3%"],
    },
    {
      mistake: "a rectification rate not matching its counts",
      from: "整改率93.1%",
      to: "整改率95.1%",
      findings: ["7:77-7:85 rate-mismatch 整改率应为93.1%（27÷29），文中为95.1%"],
    },
    {
      mistake: "last year in the opening",
      from: "2026年，我局坚持",
      to: "2025年，我局坚持",
      findings: ["4:3-4:8 year-consistency 开头写的是2025年度的情况，标题中为2026年度：请统一报告年度"],
    },
    {
      mistake: "a stale 截至 date in the data note",
      from: "统计截至2026年12月31日",
      to: "统计截至2025年12月31日",
      findings: ["11:13-11:18 year-consistency 数据的统计时间为2025年，报告年度为2026年：统计时间应为2026年"],
    },
    {
      mistake: "the plans heading of this year",
      from: "四、2027年工作计划",
      to: "四、2026年工作计划",
      findings: ["16:5-16:10 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "the plans 一是 二是 四是",
      from: "三是深入推进“九五”普法",
      to: "四是深入推进“九五”普法",
      findings: ["17:52-17:54 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "a fill-in placeholder left in",
      from: "在市广播电视台开设",
      to: "在【此处填写媒体名称】开设",
      findings: ["10:30-10:40 placeholder-text 编写说明“【此处填写媒体名称】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "an unpaired opening quote",
      from: "“广电普法”专栏，全年播出",
      to: "“广电普法专栏，全年播出",
      findings: ["10:38-10:39 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "another city in the signature",
      from: "荆沔市广播电视局\n2027年1月28日",
      to: "荆襄市广播电视局\n2027年1月28日",
      findings: ["21:1-21:9 name-consistency 落款所写的“荆襄市广播电视局”与标题中的“荆沔市广播电视局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "the duties of the Party secretary only",
      from: "局党组书记、局长认真落实",
      to: "局党组书记认真落实",
      findings: ["14:3-14:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党组书记）的履职情况，未写政府主要负责人：请补写局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a half-width colon in the addressee",
      from: "市委全面依法治市委员会办公室：",
      to: "市委全面依法治市委员会办公室:",
      findings: ["3:15-3:16 punctuation-width 中文行文应使用全角标点“：”，文中为半角“:”"],
    },
    {
      mistake: "a date before the year ended",
      from: "2027年1月28日",
      to: "2026年11月28日",
      findings: ["22:1-22:12 publish-date 成文日期早于2026年12月1日，2026年度尚未结束：应在2026年12月1日至2027年3月31日之间成文，文中为2026年11月28日"],
    },
  ],
  "299-fujian-city-taiwan-affairs-office-contact-lines-2022.txt": [
    {
      mistake: "a rate that does not match its counts",
      from: "办结率94.8%",
      to: "办结率98.4%",
      findings: ["6:39-6:47 rate-mismatch 办结率应为94.8%（55÷58），文中为98.4%"],
    },
    {
      mistake: "a 其中 part raised beyond the complaints",
      from: "其他14件",
      to: "其他24件",
      findings: ["6:35-6:78 parts-exceed-total 各分项之和为68件（21+14+9+24），既超过55件，也超过其所出自的总数58件（分项可能是两者中任一个的）；请核对总数或各分项"],
    },
    {
      mistake: "a change % that does not match the two figures",
      from: "增长18.2%",
      to: "增长16.2%",
      findings: ["7:65-7:70 change-mismatch 增幅应为18.2%（(312-264)÷264），文中为16.2%"],
    },
    {
      mistake: "mediations succeeded beyond those taken part in",
      from: "调解成功6件",
      to: "调解成功9件",
      findings: ["7:102-7:108 parts-exceed-total 调解成功9件多于调解7件；调解成功数不应超过调解数，请核对"],
    },
    {
      mistake: "the plans heading of the report year",
      from: "四、2023年推进法治政府建设的工作打算",
      to: "四、2022年推进法治政府建设的工作打算",
      findings: ["14:5-14:10 year-consistency “下一年度主要安排”应写2023年的安排，标题中为2022年"],
    },
    {
      mistake: "last year in the title's second line",
      from: "2022年度法治政府建设情况报告",
      to: "2021年度法治政府建设情况报告",
      findings: ["2:1-2:6 year-consistency 标题中为2021年度，正文各处写的都是2022年度的情况：标题应为2022年度"],
    },
    {
      mistake: "a closing date before the year ended",
      from: "2023年1月16日",
      to: "2022年11月16日",
      findings: ["23:1-23:12 publish-date 成文日期早于2022年12月1日，2022年度尚未结束：应在2022年12月1日至2023年3月31日之间成文，文中为2022年11月16日"],
    },
    {
      mistake: "plans （一）（二）（四）",
      from: "（三）深入开展“八五”普法",
      to: "（四）深入开展“八五”普法",
      findings: ["17:3-17:6 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "an unpaired 《",
      from: "《台胞在闽溪投资生活法律指引》，发放",
      to: "《台胞在闽溪投资生活法律指引，发放",
      findings: ["9:55-9:56 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "the previous 普法 plan named",
      from: "结合“八五”普法规划",
      to: "结合“七五”普法规划",
      findings: ["9:17-9:23 dated-reference 2022年度报告仍写“‘七五’普法”：“七五”普法规划的期限是2016—2020年，现行的是“八五”普法规划（2021—2025年）"],
    },
    {
      mistake: "a heading in half-width brackets",
      from: "（二）完善涉台法律服务",
      to: "(二)完善涉台法律服务",
      findings: ["7:3-7:4 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”", "7:5-7:6 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”"],
    },
    {
      mistake: "another city in the signature",
      from: "闽溪市人民政府台湾事务办公室\n2023年1月16日",
      to: "闽江市人民政府台湾事务办公室\n2023年1月16日",
      findings: ["22:1-22:15 name-consistency 落款所写的“闽江市人民政府台湾事务办公室”与标题中的“闽溪市人民政府台湾事务办公室”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "the duties of the director only",
      from: "市台办党组书记、主任严格履行",
      to: "市台办主任严格履行",
      findings: ["12:3-12:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（主任）的履职情况，未写党委主要负责人：请补写党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
  ],
  "300-shanxi-city-energy-bureau-confiscation-split-2025.txt": [
    {
      mistake: "a rectification rate not matching its counts",
      from: "整改率98.9%",
      to: "整改率99.8%",
      findings: ["6:55-6:63 rate-mismatch 整改率应为98.9%（1071÷1083），文中为99.8%"],
    },
    {
      mistake: "a 罚款 part raised beyond the 罚没款",
      from: "罚款401.20万元",
      to: "罚款411.20万元",
      findings: ["7:77-7:112 parts-exceed-total 各分项之和为438.65万元（411.20万+27.45万），超过总数428.65万元；请核对总数或各分项"],
    },
    {
      mistake: "a decrease % that does not match the two figures",
      from: "下降9.8%",
      to: "下降8.9%",
      findings: ["7:36-7:40 change-mismatch 降幅应为9.8%（(41-37)÷41），文中为8.9%"],
    },
    {
      mistake: "a kind of case raised beyond the cases",
      from: "其他违法行为16件",
      to: "其他违法行为26件",
      findings: ["7:23-7:73 parts-exceed-total 各分项之和为47件（9+12+26），超过总数37件；请核对总数或各分项"],
    },
    {
      mistake: "last year in the title",
      from: "关于2025年度",
      to: "关于2024年度",
      findings: ["1:9-1:14 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the 十四五's final year called its first",
      from: "2025年是“十四五”规划收官之年",
      to: "2025年是“十四五”规划开局之年",
      findings: ["4:3-4:7 terminology “2025”应为“2021”：“十四五”开局之年是2021年"],
    },
    {
      mistake: "the plans heading of the report year",
      from: "四、2026年法治政府建设工作打算",
      to: "四、2025年法治政府建设工作打算",
      findings: ["16:5-16:10 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "shortcomings （一）（三）",
      from: "（二）“十四五”期间",
      to: "（三）“十四五”期间",
      findings: ["13:3-13:6 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”"],
    },
    {
      mistake: "parts 一 二 三 四 六",
      from: "五、其他需要报告的事项",
      to: "六、其他需要报告的事项",
      findings: ["20:3-20:5 heading-numbering 标题序号跳号：此处应为“五、”，文中为“六、”"],
    },
    {
      mistake: "template residue in the addressee",
      from: "市委依法治市办：",
      to: "××市委依法治市办：",
      findings: ["3:1-3:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "a closing date after April 1",
      from: "2026年1月27日",
      to: "2026年4月27日",
      findings: ["24:1-24:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月27日"],
    },
    {
      mistake: "shortcomings without causes",
      from: "能源领域地方性法规立法调研进展不快，主要原因是行业情况变化快、调研论证耗时较长。",
      to: "能源领域地方性法规立法调研进展不快，相关工作有待加快。",
      findings: ["13:3-13:25 shortcoming-causes 第二项不足（“（二）“十四五”期间部分……”）没有分析原因：请写明原因，或统一在各项之后分析"],
    },
    {
      mistake: "a 纲要 named as finishing in the year before",
      from: "也是《法治政府建设实施纲要（2021—2025年）》的收官之年",
      to: "也是《法治政府建设实施纲要（2021—2024年）》的收官之年",
      findings: ["4:32-4:46 terminology “纲要（2021—2024年）”应为“纲要（2021—2025年）”：中共中央、国务院印发的是《法治政府建设实施纲要（2021—2025年）》，截止年份写错"],
    },
  ],
  "301-guangdong-city-port-bureau-times-changes-2025.txt": [
    {
      mistake: "a change in 倍 that does not match the two figures",
      from: "增长1.3倍",
      to: "增长1.8倍",
      findings: ["6:52-6:56 change-mismatch 从231家次到532家次是原来的2.3倍、增长1.3倍（532÷231），文中为增长1.8倍"],
    },
    {
      mistake: "a difference in points that does not match the two rates",
      from: "提高4.8个百分点",
      to: "提高5.8个百分点",
      findings: ["7:50-7:57 change-mismatch 增幅应为4.8个百分点（96.0%-91.2%），文中为5.8个百分点"],
    },
    {
      mistake: "a rate that does not match its counts",
      from: "办结率98.6%",
      to: "办结率98.9%",
      findings: ["8:52-8:60 rate-mismatch 办结率应为98.6%（73÷74），文中为98.9%"],
    },
    {
      mistake: "more complaints closed than received",
      from: "办结73件",
      to: "办结78件",
      findings: ["8:46-8:51 parts-exceed-total 办结78件多于受理74件；办结数不应超过受理数，请核对"],
    },
    {
      mistake: "last year in the title",
      from: "2025年法治政府建设年度报告",
      to: "2024年法治政府建设年度报告",
      findings: ["1:7-1:12 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2026年底前实现",
      to: "2025年底前实现",
      findings: ["15:23-15:28 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "the plans heading two years on",
      from: "四、2026年工作安排",
      to: "四、2027年工作安排",
      findings: ["14:5-14:10 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2027年"],
    },
    {
      mistake: "the shortcomings part deleted, heading and text",
      from: "二、存在的不足及原因\n　　一是港口危险货物监管信息化水平不高，动态监测覆盖面不足，主要原因是监管平台建设起步较晚、资金投入有限。二是执法人员数量与监管任务不相适应，原因是近年港口吞吐量增长较快，执法编制未能同步增加。三是港口企业负责人法治意识有待提升，部分企业重效益、轻安全，原因是普法宣传针对性不够。\n　　",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "10:3-10:5 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "a half-width comma between counts",
      from: "投诉举报74件，办结73件",
      to: "投诉举报74件,办结73件",
      findings: ["8:45-8:46 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "某某 in the signature",
      from: "珠岚市港务局\n2026年1月20日",
      to: "某某市港务局\n2026年1月20日",
      findings: ["21:1-21:3 placeholder-text 模板占位符“某某”未替换，应填写实际内容"],
    },
    {
      mistake: "another city in the signature",
      from: "珠岚市港务局\n2026年1月20日",
      to: "珠澳市港务局\n2026年1月20日",
      findings: ["21:1-21:7 name-consistency 落款所写的“珠澳市港务局”与标题中的“珠岚市港务局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a plan clause of the report year after a semicolon",
      from: "（二）充实港口执法力量，优化执法人员结构。",
      to: "（二）充实港口执法力量；2025年完成执法人员招录。",
      findings: ["16:15-16:20 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年"],
    },
  ],
  "302-liaoning-city-agriculture-enforcement-detachment-field-shares-2024.txt": [
    {
      mistake: "a rate that does not match its counts",
      from: "结案率95.2%",
      to: "结案率92.5%",
      findings: ["6:43-6:51 rate-mismatch 结案率应为95.2%（118÷124），文中为92.5%"],
    },
    {
      mistake: "a share with its digits swapped",
      from: "占33.9%",
      to: "占39.3%",
      findings: ["6:81-6:86 rate-mismatch 占比应为33.9%（42÷124），文中为39.3%"],
    },
    {
      mistake: "a field raised beyond the cases",
      from: "渔业案件24件",
      to: "渔业案件34件",
      findings: ["6:31-6:111 parts-exceed-total 各分项之和为134件（31+42+27+34），超过总数124件；请核对总数或各分项", "6:113-6:118 rate-mismatch 占比应为27.4%（34÷124），文中为19.4%"],
    },
    {
      mistake: "a change % that does not match the two amounts",
      from: "增长20.6%",
      to: "增长26.0%",
      findings: ["6:141-6:146 change-mismatch 增幅应为20.6%（(86.2万-71.5万)÷71.5万），文中为26.0%"],
    },
    {
      mistake: "samples passed beyond samples taken",
      from: "合格1247批次",
      to: "合格1274批次",
      findings: ["7:34-7:42 parts-exceed-total 合格1274批次多于抽检1260批次；合格数不应超过抽检数，请核对"],
    },
    {
      mistake: "last year in the title",
      from: "支队2024年度",
      to: "支队2023年度",
      findings: ["1:14-1:19 year-consistency 标题中为2023年度，正文各处写的都是2024年度的情况：标题应为2024年度"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2025年内为各执法大队",
      to: "2024年内为各执法大队",
      findings: ["16:17-16:22 year-consistency “下一年度主要安排”应写2025年的安排，文中的完成时限在2024年，成文时已过"],
    },
    {
      mistake: "the duties of the detachment head only",
      from: "支队党支部书记、支队长履行",
      to: "支队长履行",
      findings: ["12:3-12:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（支队长）的履职情况，未写党委主要负责人：请补写支队党委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "shortcomings 一是 三是",
      from: "二是新型农业违法行为",
      to: "三是新型农业违法行为",
      findings: ["11:41-11:43 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”"],
    },
    {
      mistake: "a half-width semicolon",
      from: "合格率99.0%，对不合格",
      to: "合格率99.0%;对不合格",
      findings: ["7:51-7:52 punctuation-width 中文行文应使用全角标点“；”，文中为半角“;”"],
    },
    {
      mistake: "a closing date after April 1",
      from: "2025年1月23日",
      to: "2025年5月23日",
      findings: ["22:1-22:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年5月23日"],
    },
    {
      mistake: "XX in the addressee",
      from: "市农业农村局：",
      to: "XX市农业农村局：",
      findings: ["3:1-3:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "an unpaired opening quote",
      from: "“放心农资下乡进村”宣传",
      to: "“放心农资下乡进村宣传",
      findings: ["9:19-9:20 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "a plan clause of the report year carried over",
      from: "（三）开展农资打假专项行动，保持",
      to: "（三）开展农资打假专项行动，2024年组织集中整治，保持",
      findings: ["17:17-17:22 year-consistency “下一年度主要安排”应写2025年的安排，文中为2024年"],
    },
  ],
  "291-tianjin-district-arabic-items-under-parts-2026.txt": [
    {
      mistake: "an adoption rate that does not match its counts (165÷173)",
      from: "采纳率95.4%",
      to: "采纳率97.4%",
      findings: ["7:130-7:138 rate-mismatch 采纳率应为95.4%（165÷173），文中为97.4%"],
    },
    {
      mistake: "joint inspections raised beyond all the inspection tasks they are a share of",
      from: "联合抽查126次",
      to: "联合抽查386次",
      findings: ["8:49-8:54 rate-mismatch 386次多于其所占的总数360次，占比不会超过100%，文中为35.0%：请核对分项或总数"],
    },
    {
      mistake: "a percentage-point rise that does not match the two rates (18.5% → 24.3%)",
      from: "提高5.8个百分点",
      to: "提高6.8个百分点",
      findings: ["8:91-8:98 change-mismatch 增幅应为5.8个百分点（24.3%-18.5%），文中为6.8个百分点"],
    },
    {
      mistake: "a multiple of last year's count that does not match (312 ÷ 195)",
      from: "是上年195件的1.6倍",
      to: "是上年195件的2.6倍",
      findings: ["8:132-8:136 change-mismatch 312件是195件的1.6倍（312÷195），文中为2.6倍"],
    },
    {
      mistake: "a 其中 outcome raised beyond the cases closed",
      from: "维持351件",
      to: "维持371件",
      findings: ["9:54-9:102 parts-exceed-total 各分项之和为542件（371+98+21+15+6+31），超过总数522件；请核对总数或各分项"],
    },
    {
      mistake: "a loss rate with its digits swapped (5÷87)",
      from: "败诉率5.7%",
      to: "败诉率7.5%",
      findings: ["9:136-9:143 rate-mismatch 败诉率应为5.7%（5÷87），文中为7.5%"],
    },
    {
      mistake: "last year's year in the title",
      from: "天津市海澄区人民政府关于2026年度",
      to: "天津市海澄区人民政府关于2025年度",
      findings: ["1:13-1:18 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "a plan deadline in the year reported on",
      from: "2027年6月底前实现街镇",
      to: "2026年6月底前实现街镇",
      findings: ["21:12-21:17 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "a measures item numbered twice (1. 2. 3. 5. 5. 6.)",
      from: "4.推进矛盾纠纷多元化解",
      to: "5.推进矛盾纠纷多元化解",
      findings: ["10:1-10:3 heading-numbering 标题序号跳号：此处应为“4.”，文中为“5.”"],
    },
    {
      mistake: "the closing date left as template (2027年×月×日)",
      from: "天津市海澄区人民政府\n2027年2月9日",
      to: "天津市海澄区人民政府\n2027年×月×日",
      findings: ["30:6-30:10 placeholder-text 模板占位符“×月×日”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width comma in prose",
      from: "对照法治政府建设要求，我区工作",
      to: "对照法治政府建设要求,我区工作",
      findings: ["15:11-15:12 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "the ended 八五 普法 called the one starting in 2026",
      from: "也是“九五”普法规划实施的起步之年",
      to: "也是“八五”普法规划实施的起步之年",
      findings: ["4:1-4:5 terminology “2026”应为“2021”：“八五”普法规划的开局之年是2021年"],
    },
    {
      mistake: "a closing date after the end of March",
      from: "2027年2月9日",
      to: "2027年4月9日",
      findings: ["30:1-30:10 publish-date 成文日期晚于次年3月31日的公开期限：2026年度报告应在2027年3月31日前成文公开，文中为2027年4月9日"],
    },
  ],
  "292-guizhou-autonomous-county-against-named-year.txt": [
    {
      mistake: "a change % against a named year that does not match (2,905 → 3,268)",
      from: "较2024年的2,905户增长12.5%",
      to: "较2024年的2,905户增长15.2%",
      findings: ["8:104-8:109 change-mismatch 增幅应为12.5%（(3268-2905)÷2905），文中为15.2%"],
    },
    {
      mistake: "an amount's part raised beyond its total (万元)",
      from: "自然资源领域586.3万元",
      to: "自然资源领域686.3万元",
      findings: ["9:41-9:94 parts-exceed-total 各分项之和为1962.4万元（686.3万+724.6万+551.5万），超过总数1862.4万元；请核对总数或各分项"],
    },
    {
      mistake: "a 持证率 whose digits are swapped (427/433)",
      from: "持证率98.6%",
      to: "持证率96.8%",
      findings: ["9:112-9:120 rate-mismatch 持证率应为98.6%（427÷433），文中为96.8%"],
    },
    {
      mistake: "a difference against a named year that does not match (97 → 132)",
      from: "较2024年的97件增加35件",
      to: "较2024年的97件增加45件",
      findings: ["10:45-10:48 change-mismatch 增加量应为35件（132-97），文中为45件"],
    },
    {
      mistake: "a 纠错率 that does not match (13÷121)",
      from: "纠错率10.7%",
      to: "纠错率17.0%",
      findings: ["10:77-10:85 rate-mismatch 纠错率应为10.7%（13÷121），文中为17.0%"],
    },
    {
      mistake: "the plans headed with the year reported on",
      from: "四、2026年工作打算",
      to: "四、2025年工作打算",
      findings: ["20:3-20:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "shortcomings with their causes deleted",
      from: "原因在于：一方面县乡两级法治工作力量配备不足，专业人员流动性大；另一方面部分干部依法行政意识不强，学法用法的主动性不够。",
      to: "",
      findings: ["14:1-14:10 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a report copied from another county: the signature names another place",
      from: "榕溪苗族侗族自治县人民政府\n2026年1月30日",
      to: "清江苗族侗族自治县人民政府\n2026年1月30日",
      findings: ["26:1-26:14 name-consistency 落款所写的“清江苗族侗族自治县人民政府”与标题中的“榕溪苗族侗族自治县人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a subsection number repeated (（一）（二）（三）（三）（五）)",
      from: "（四）深化民族地区法治宣传",
      to: "（三）深化民族地区法治宣传",
      findings: ["11:1-11:4 heading-numbering 标题序号重复：“（三）”与上一个同级标题相同，此处应为“（四）”"],
    },
    {
      mistake: "an unpaired 《",
      from: "全面落实《法治政府建设实施纲要（2021—2025年）》",
      to: "全面落实《法治政府建设实施纲要（2021—2025年）",
      findings: ["5:47-5:48 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "a 合格率 that does not match (246÷260)",
      from: "合格率94.6%",
      to: "合格率96.4%",
      findings: ["12:137-12:145 rate-mismatch 合格率应为94.6%（246÷260），文中为96.4%"],
    },
  ],
  "293-hainan-county-city-overview-figures-2026.txt": [
    {
      mistake: "a 其中 part raised beyond the documents cleaned up",
      from: "继续有效88件",
      to: "继续有效98件",
      findings: ["8:23-8:55 parts-exceed-total 各分项之和为128件（17+8+5+98），超过总数118件；请核对总数或各分项"],
    },
    {
      mistake: "a 调解和解率 with digits swapped (4÷70)",
      from: "调解和解率5.7%",
      to: "调解和解率7.5%",
      findings: ["14:60-14:69 rate-mismatch 调解和解率应为5.7%（4÷70），文中为7.5%"],
    },
    {
      mistake: "a 败诉率 with digits swapped (3÷47)",
      from: "败诉率6.4%",
      to: "败诉率4.6%",
      findings: ["15:26-15:33 rate-mismatch 败诉率应为6.4%（3÷47），文中为4.6%"],
    },
    {
      mistake: "a mediation success rate that does not match (2,291÷2,364)",
      from: "成功率96.9%",
      to: "成功率99.6%",
      findings: ["17:27-17:35 rate-mismatch 成功率应为96.9%（2291÷2364），文中为99.6%"],
    },
    {
      mistake: "a plan deadline in the year reported on",
      from: "2027年底前涉外律师",
      to: "2026年底前涉外律师",
      findings: ["33:17-33:22 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "the plans headed with the year reported on",
      from: "四、2027年工作打算",
      to: "四、2026年工作打算",
      findings: ["31:3-31:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "a plans subsection number skipped (（一）（二）（四）)",
      from: "（三）开展镇级执法能力提升行动",
      to: "（四）开展镇级执法能力提升行动",
      findings: ["34:1-34:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "an item number repeated (1. 1.)",
      from: "2.行政应诉案件56件",
      to: "1.行政应诉案件56件",
      findings: ["15:1-15:3 heading-numbering 标题序号重复：“1.”与上一个同级标题相同，此处应为“2.”"],
    },
    {
      mistake: "2026 called the 十四五's first year",
      from: "也是“十五五”开局之年",
      to: "也是“十四五”开局之年",
      findings: ["4:1-4:5 terminology “2026”应为“2021”：“十四五”开局之年是2021年"],
    },
    {
      mistake: "the duties part deleted, heading and text",
      from: "三、党政主要负责人履行推进法治建设第一责任人职责情况\n市委书记主持召开市委常委会会议研究法治建设工作4次，听取各镇党委书记述法汇报，推动法治建设纳入高质量发展综合考核。市长主持召开市政府常务会议学法7次，审定重大行政决策事项5项，带头出庭应诉2次。\n\n",
      to: "",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "28:1-28:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”",
      ],
    },
    {
      mistake: "a 其中 kind of answer raised beyond the applications",
      from: "予以公开41件",
      to: "予以公开51件",
      findings: ["20:27-20:62 parts-exceed-total 各分项之和为72件（51+9+5+7），超过总数62件；请核对总数或各分项"],
    },
  ],
  "294-shandong-subdistrict-arabic-part-numbers.txt": [
    {
      mistake: "a 办结率 with digits swapped (8,391÷8,426)",
      from: "办结率99.6%",
      to: "办结率96.9%",
      findings: ["9:40-9:48 rate-mismatch 办结率应为99.6%（8391÷8426），文中为96.9%"],
    },
    {
      mistake: "a 其中 kind raised beyond the cases",
      from: "违规装修41件",
      to: "违规装修61件",
      findings: ["8:28-8:58 parts-exceed-total 各分项之和为168件（63+61+44），超过总数148件；请核对总数或各分项"],
    },
    {
      mistake: "a share with its digits swapped (73÷88)",
      from: "88个的83.0%",
      to: "88个的38.0%",
      findings: ["11:109-11:114 rate-mismatch 占比应为83.0%（73÷88），文中为38.0%"],
    },
    {
      mistake: "a part number skipped at the top level (1. 2. 4. 4. 5.)",
      from: "3.党政主要负责人履行",
      to: "4.党政主要负责人履行",
      findings: ["16:1-16:3 heading-numbering 标题序号跳号：此处应为“3.”，文中为“4.”"],
    },
    {
      mistake: "a subsection number skipped ((1) (2) (4) (4) (5))",
      from: "（3）诉求办理更加高效",
      to: "（4）诉求办理更加高效",
      findings: ["9:1-9:4 heading-numbering 标题序号跳号：此处应为“（3）”，文中为“（4）”"],
    },
    {
      mistake: "last year's year in the title",
      from: "柳泉街道办事处2025年度法治政府建设工作报告",
      to: "柳泉街道办事处2024年度法治政府建设工作报告",
      findings: ["1:11-1:16 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the plans headed with the year reported on",
      from: "4.2026年推进法治政府建设",
      to: "4.2025年推进法治政府建设",
      findings: ["19:3-19:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a closing date before the year reported on ended",
      from: "2026年2月6日",
      to: "2025年11月6日",
      findings: ["28:1-28:11 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年11月6日"],
    },
    {
      mistake: "the subdistrict's name left as template in the opening",
      from: "柳泉街道在区委",
      to: "XX街道在区委",
      findings: ["4:7-4:9 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width comma in a plan",
      from: "轮训，年内",
      to: "轮训,年内",
      findings: ["20:18-20:19 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "an unpaired “",
      from: "推行“首违不罚”，对情节",
      to: "推行“首违不罚，对情节",
      findings: ["8:71-8:72 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "a report copied from another subdistrict: the signature names another place",
      from: "柳泉街道办事处\n2026年2月6日",
      to: "柳河街道办事处\n2026年2月6日",
      findings: ["27:1-27:8 name-consistency 落款所写的“柳河街道办事处”与标题中的“泺川区柳泉街道办事处”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a mediation success rate with digits swapped (348÷356)",
      from: "成功率97.8%",
      to: "成功率98.7%",
      findings: ["9:82-9:90 rate-mismatch 成功率应为97.8%（348÷356），文中为98.7%"],
    },
  ],
  "295-sichuan-town-shortboard-labels-yiyao-2026.txt": [
    {
      mistake: "a 化解率 that does not match (209÷214)",
      from: "化解率97.7%",
      to: "化解率99.7%",
      findings: ["8:47-8:55 rate-mismatch 化解率应为97.7%（209÷214），文中为99.7%"],
    },
    {
      mistake: "a fall against last year that does not match (52 → 38)",
      from: "较上年的52件下降26.9%",
      to: "较上年的52件下降36.9%",
      findings: ["8:77-8:82 change-mismatch 降幅应为26.9%（(52-38)÷52），文中为36.9%"],
    },
    {
      mistake: "the last 其中 kind raised beyond the cases",
      from: "其他6件，全部依法办结",
      to: "其他9件，全部依法办结",
      findings: ["9:25-9:57 parts-exceed-total 各分项之和为30件（11+6+4+9），超过总数27件；请核对总数或各分项"],
    },
    {
      mistake: "a 整改率 of 100% over fewer rectified than found",
      from: "整改9个，整改率100%",
      to: "整改8个，整改率100%",
      findings: ["11:80-11:87 rate-mismatch 整改率应为89%（8÷9），文中为100%"],
    },
    {
      mistake: "a shortcoming label skipped (短板一、二、四)",
      from: "短板三：",
      to: "短板四：",
      findings: ["17:1-17:4 enumeration-sequence 列举序号跳号：此处应为“短板三”，文中为“短板四”"],
    },
    {
      mistake: "the plans opening with the year reported on",
      from: "2027年，我镇将重点抓好",
      to: "2026年，我镇将重点抓好",
      findings: ["23:1-23:6 year-consistency “下一年度主要安排”应写2027年的安排，文中为2026年"],
    },
    {
      mistake: "the plans headed with the year reported on",
      from: "四、2027年工作思路",
      to: "四、2026年工作思路",
      findings: ["22:3-22:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "shortcomings with every cause deleted",
      from: "难以覆盖全镇12个村、2个社区。原因是编制有限，执法人员多为兼职。\n短板二：村级法治力量薄弱，部分村“法律明白人”作用发挥不够。原因是培训偏重理论，与村民实际需求结合不紧。\n短板三：法治宣传覆盖不均衡，偏远村组群众参与度不高。原因是山区居住分散，宣传资源投放不均。",
      to: "难以覆盖全镇12个村、2个社区。\n短板二：村级法治力量薄弱，部分村“法律明白人”作用发挥不够。\n短板三：法治宣传覆盖不均衡，偏远村组群众参与度不高。",
      findings: ["14:1-14:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a 同比增长 whose figure was never filled in",
      from: "参与群众3,100余人次。",
      to: "参与群众3,100余人次，同比增长%。",
      findings: ["10:80-10:81 placeholder-text 模板占位符“%”未替换，应填写实际内容"],
    },
    {
      mistake: "the town's name left as template in the signature",
      from: "岷溪县青杠镇人民政府\n2027年1月15日",
      to: "岷溪县××镇人民政府\n2027年1月15日",
      findings: ["28:4-28:6 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
  ],
  "296-inner-mongolia-league-banner-breakdown.txt": [
    {
      mistake: "the banners' part raised beyond the league's total",
      from: "各旗县市316件",
      to: "各旗县市336件",
      findings: ["8:25-8:51 parts-exceed-total 各分项之和为432件（96+336），超过总数412件；请核对总数或各分项"],
    },
    {
      mistake: "a 纠错率 with digits swapped (37÷398)",
      from: "纠错率9.3%",
      to: "纠错率3.9%",
      findings: ["8:65-8:72 rate-mismatch 纠错率应为9.3%（37÷398），文中为3.9%"],
    },
    {
      mistake: "a 调处率 that does not match (121÷126)",
      from: "调处率96.0%",
      to: "调处率97.0%",
      findings: ["9:38-9:46 rate-mismatch 调处率应为96.0%（121÷126），文中为97.0%"],
    },
    {
      mistake: "a rise against last year with digits swapped (5,732 → 6,215)",
      from: "较上年的5,732件增长8.4%",
      to: "较上年的5,732件增长4.8%",
      findings: ["11:46-11:50 change-mismatch 增幅应为8.4%（(6215-5732)÷5732），文中为4.8%"],
    },
    {
      mistake: "a 整改率 that does not match (2.9亿÷3.2亿)",
      from: "整改率90.6%",
      to: "整改率96.0%",
      findings: ["12:110-12:118 rate-mismatch 整改率应为90.6%（2.9亿÷3.2亿），文中为96.0%"],
    },
    {
      mistake: "2025 called the 十四五's first year",
      from: "2025年是“十四五”规划收官之年",
      to: "2025年是“十四五”规划开局之年",
      findings: ["4:1-4:5 terminology “2025”应为“2021”：“十四五”开局之年是2021年"],
    },
    {
      mistake: "the year reported on called the 十五五's first year in the plans",
      from: "2026年是“十五五”开局之年，盟行政公署",
      to: "2025年是“十五五”开局之年，盟行政公署",
      findings: [
        "21:1-21:5 terminology “2025”应为“2026”：“十五五”开局之年是2026年",
        "21:1-21:6 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年",
      ],
    },
    {
      mistake: "a plan number skipped in a run-in list (（一）（二）（四）（四）)",
      from: "（三）健全草原执法",
      to: "（四）健全草原执法",
      findings: ["21:74-21:77 enumeration-sequence 列举序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "a report copied from another league: the signature names another place",
      from: "锡尔塔盟行政公署\n2026年2月12日",
      to: "兴安岭盟行政公署\n2026年2月12日",
      findings: ["26:1-26:9 name-consistency 落款所写的“兴安岭盟行政公署”与标题中的“锡尔塔盟行政公署”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "half-width brackets on a subsection number",
      from: "（六）强化政务公开",
      to: "(六)强化政务公开",
      findings: [
        "12:1-12:2 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”",
        "12:3-12:4 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”",
      ],
    },
  ],
  "309-jiangxi-city-intellectual-property-bureau-of-accepted-2026.txt": [
    {
      mistake: "a closing rate that does not match 121 of 126",
      from: "结案率96.0%",
      to: "结案率94.0%",
      findings: ["7:50-7:58 rate-mismatch 结案率应为96.0%（121÷126），文中为94.0%"],
    },
    {
      mistake: "a share of the closed cases with two digits swapped",
      from: "占结案数的47.9%",
      to: "占结案数的49.7%",
      findings: ["7:74-7:79 rate-mismatch 占比应为47.9%（58÷121），文中为49.7%"],
    },
    {
      mistake: "a mediation success rate typed wrong",
      from: "调解成功率87.8%",
      to: "调解成功率78.8%",
      findings: ["8:79-8:89 rate-mismatch 调解成功率应为87.8%（187÷213），文中为78.8%"],
    },
    {
      mistake: "a cut in days whose percent does not match",
      from: "缩短23.5%",
      to: "缩短32.5%",
      findings: ["9:98-9:103 change-mismatch 降幅应为23.5%（(68-52)÷68），文中为32.5%"],
    },
    {
      mistake: "the wrong five-year plan opening in 2026",
      from: "2026年是“十五五”规划开局之年",
      to: "2026年是“十四五”规划开局之年",
      findings: ["4:3-4:7 terminology “2026”应为“2021”：“十四五”开局之年是2021年"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2027年6月底前印发",
      to: "2026年6月底前印发",
      findings: ["18:28-18:33 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "last year in the title",
      from: "知识产权局2026年度法治",
      to: "知识产权局2025年度法治",
      findings: ["1:9-1:14 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "the shortcomings part deleted",
      from: "　　二、存在的不足及原因\n　　（一）县级执法力量薄弱。个别县（市、区）没有专职知识产权执法人员，主要原因是机构改革后职能划转、人员未同步到位。\n　　（二）电商领域侵权线索发现难。原因在于网络侵权隐蔽性强，我局技术监测手段不足。\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "12:3-12:5 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "×× in the signature",
      from: "柘溪市知识产权局\n2027年1月18日",
      to: "××市知识产权局\n2027年1月18日",
      findings: ["24:1-24:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "an unclosed 《",
      from: "奖励办法》，经合法性审查",
      to: "奖励办法，经合法性审查",
      findings: ["6:30-6:31 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "a closing date after March",
      from: "2027年1月18日",
      to: "2027年4月18日",
      findings: ["25:1-25:11 publish-date 成文日期晚于次年3月31日的公开期限：2026年度报告应在2027年3月31日前成文公开，文中为2027年4月18日"],
    },
  ],
  "310-gansu-county-housing-construction-bureau-chinese-date-2022.txt": [
    {
      mistake: "a kind of power raised beyond the list",
      from: "行政处罚129项",
      to: "行政处罚139项",
      findings: ["6:36-6:67 parts-exceed-total 各分项之和为197项（23+139+35），超过总数187项；请核对总数或各分项"],
    },
    {
      mistake: "a rectification rate with digits swapped",
      from: "整改完成率94.8%",
      to: "整改完成率98.4%",
      findings: ["7:51-7:61 rate-mismatch 整改完成率应为94.8%（91÷96），文中为98.4%"],
    },
    {
      mistake: "a mediation rate that does not match",
      from: "调处成功率94.8%",
      to: "调处成功率96.3%",
      findings: ["11:44-11:54 rate-mismatch 调处成功率应为94.8%（128÷135），文中为96.3%"],
    },
    {
      mistake: "a plan in the report year",
      from: "2023年内实现执法人员培训全覆盖",
      to: "2022年内实现执法人员培训全覆盖",
      findings: ["17:15-17:20 year-consistency “下一年度主要安排”应写2023年的安排，文中的完成时限在2022年，成文时已过"],
    },
    {
      mistake: "the year before in the title",
      from: "关于2022年度",
      to: "关于2021年度",
      findings: ["1:14-1:19 year-consistency 标题中为2021年度，正文各处写的都是2022年度的情况：标题应为2022年度"],
    },
    {
      mistake: "the old outline cited",
      from: "（2021—2025年）",
      to: "（2015—2020年）",
      findings: ["4:38-4:62 dated-reference 2022年度报告仍写“《法治政府建设实施纲要（2015—2020年）》”：该纲要的期限是2015—2020年，现行的是《法治政府建设实施纲要（2021—2025年）》"],
    },
    {
      mistake: "shortcomings with their causes removed",
      from: "，究其原因，系执法人员业务培训不够系统。二是城乡结合部违法建设仍有反弹，主要原因是日常巡查覆盖不全、发现不及时。",
      to: "。二是城乡结合部违法建设仍有反弹，日常巡查覆盖不全、发现不及时。",
      findings: ["12:3-12:15 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a subsection number repeated",
      from: "（五）法治宣传教育情况",
      to: "（四）法治宣传教育情况",
      findings: ["10:3-10:6 heading-numbering 标题序号重复：“（四）”与上一个同级标题相同，此处应为“（五）”"],
    },
    {
      mistake: "a half-width comma in prose",
      from: "下发整改通知书96份，整改完成",
      to: "下发整改通知书96份,整改完成",
      findings: ["7:42-7:43 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "another county in the signature",
      from: "陇川县住房和城乡建设局\n二〇二三",
      to: "陇西县住房和城乡建设局\n二〇二三",
      findings: ["25:1-25:12 name-consistency 落款所写的“陇西县住房和城乡建设局”与标题中的“陇川县住房和城乡建设局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "XX for the county in the title",
      from: "陇川县住房和城乡建设局关于",
      to: "XX县住房和城乡建设局关于",
      findings: ["1:1-1:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
  ],
  "311-zhejiang-city-public-resource-trading-office-bracket-labels.txt": [
    {
      mistake: "a growth percent with digits swapped",
      from: "同比增长6.8%",
      to: "同比增长8.6%",
      findings: ["6:45-6:49 change-mismatch 增幅应为6.8%（(486.3亿-455.4亿)÷455.4亿），文中为8.6%"],
    },
    {
      mistake: "a kind of project raised beyond the total",
      from: "政府采购项目1,378个",
      to: "政府采购项目1,578个",
      findings: ["6:23-6:118 parts-exceed-total 各分项之和为3046个（1124+1578+219+125），超过总数2846个；请核对总数或各分项"],
    },
    {
      mistake: "complaints rejected beyond complaints closed",
      from: "驳回投诉14件",
      to: "驳回投诉24件",
      findings: ["7:23-7:60 parts-exceed-total 各分项之和为43件（24+11+8），超过总数33件；请核对总数或各分项"],
    },
    {
      mistake: "a share with digits swapped",
      from: "占64.7%",
      to: "占46.7%",
      findings: ["10:57-10:62 rate-mismatch 占比应为64.7%（1205÷1862），文中为46.7%"],
    },
    {
      mistake: "A-rated bodies beyond those rated",
      from: "评为A级的1,205家",
      to: "评为A级的2,105家",
      findings: ["10:25-10:55 parts-exceed-total 分项2105家超过总数1862家；请核对总数或分项"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2026年底前覆盖",
      to: "2025年底前覆盖",
      findings: ["17:22-17:27 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "the duties part deleted",
      from: "　　三、党政主要负责人履行推进法治建设第一责任人职责情况\n　　办公室党组书记、主任带头履行推进法治建设第一责任人职责，年内主持召开党组会议专题研究法治建设3次，带头讲授法治课1次，对重大投诉处理决定进行集体审议。班子其他成员落实“一岗双责”，抓好分管领域依法行政工作。\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "13:3-13:5 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "a placeholder left in the plans",
      from: "推进远程异地评标常态化。",
      to: "【此处填写】",
      findings: ["18:9-18:15 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "the last part numbered 六",
      from: "五、其他需要报告的事项",
      to: "六、其他需要报告的事项",
      findings: ["19:3-19:5 heading-numbering 标题序号跳号：此处应为“五、”，文中为“六、”"],
    },
    {
      mistake: "an unclosed “",
      from: "落实“一岗双责”，",
      to: "落实“一岗双责，",
      findings: ["14:86-14:87 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "half-width parentheses around the base",
      from: "（上年为455.4亿元）",
      to: "(上年为455.4亿元)",
      findings: ["6:49-6:50 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”", "6:60-6:61 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”"],
    },
  ],
  "312-hunan-county-forestry-bureau-forest-chiefs-2026.txt": [
    {
      mistake: "village forest chiefs raised beyond the total",
      from: "村级林长1,066名",
      to: "村级林长1,166名",
      findings: ["6:32-6:68 parts-exceed-total 各分项之和为1368名（15+187+1166），超过总数1268名；请核对总数或各分项"],
    },
    {
      mistake: "a kind of case raised beyond the total",
      from: "非法占用林地案件29起",
      to: "非法占用林地案件39起",
      findings: ["7:31-7:72 parts-exceed-total 各分项之和为96起（41+39+16），超过总数86起；请核对总数或各分项"],
    },
    {
      mistake: "an online rate that does not match",
      from: "网办率97.0%",
      to: "网办率99.0%",
      findings: ["8:83-8:91 rate-mismatch 网办率应为97.0%（1389÷1432），文中为99.0%"],
    },
    {
      mistake: "permits online beyond permits issued",
      from: "网上办理1,389份",
      to: "网上办理1,489份",
      findings: ["8:63-8:82 parts-exceed-total 分项1489份超过总数1432份；请核对总数或分项"],
    },
    {
      mistake: "a closing rate with digits swapped",
      from: "结案率89.3%",
      to: "结案率83.9%",
      findings: ["10:44-10:52 rate-mismatch 结案率应为89.3%（25÷28），文中为83.9%"],
    },
    {
      mistake: "a plan in the report year",
      from: "2027年上半年完成",
      to: "2026年上半年完成",
      findings: ["17:6-17:11 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "the plans heading of the report year",
      from: "四、2027年工作打算",
      to: "四、2026年工作打算",
      findings: ["16:5-16:10 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "last year in the title",
      from: "林业局2026年度法治",
      to: "林业局2025年度法治",
      findings: ["1:7-1:12 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "the duties of a deputy as first responsible person",
      from: "局党组书记、局长认真履行推进法治建设第一责任人职责",
      to: "局分管法治工作的副局长认真履行推进法治建设第一责任人职责",
      findings: ["14:3-14:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了副职（副局长）的履职情况，未写党政主要负责人：请补写局党组（党委）书记和局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a subsection number skipped",
      from: "（五）化解纠纷",
      to: "（六）化解纠纷",
      findings: ["10:3-10:6 heading-numbering 标题序号跳号：此处应为“（五）”，文中为“（六）”"],
    },
    {
      mistake: "a half-width colon after the addressee",
      from: "县人民政府：",
      to: "县人民政府:",
      findings: ["3:6-3:7 punctuation-width 中文行文应使用全角标点“：”，文中为半角“:”"],
    },
    {
      mistake: "the completed 八五 plan among the plans",
      from: "（二）开展打击毁林专项行动",
      to: "（二）深入实施“八五”普法规划，开展打击毁林专项行动",
      findings: ["18:10-18:16 dated-reference 2027年的工作安排仍写“‘八五’普法”：“八五”普法规划的期限是2021—2025年，已经到期"],
    },
  ],
  "313-guizhou-city-sasac-enterprises-of-total-2023.txt": [
    {
      mistake: "a share that does not match 10 of 12",
      from: "占83.3%",
      to: "占88.3%",
      findings: ["7:55-7:60 rate-mismatch 占比应为83.3%（10÷12），文中为88.3%"],
    },
    {
      mistake: "a rectification rate that does not match",
      from: "整改率90.3%",
      to: "整改率93.0%",
      findings: ["9:53-9:61 rate-mismatch 整改率应为90.3%（28÷31），文中为93.0%"],
    },
    {
      mistake: "a decrease percent that does not match",
      from: "下降30.0%",
      to: "下降23.1%",
      findings: ["11:55-11:60 change-mismatch 降幅应为30.0%（6÷(14+6)），文中为23.1%"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2024年底前实现",
      to: "2023年底前实现",
      findings: ["17:16-17:21 year-consistency “下一年度主要安排”应写2024年的安排，文中的完成时限在2023年，成文时已过"],
    },
    {
      mistake: "the plans heading of the report year",
      from: "四、2024年工作安排",
      to: "四、2023年工作安排",
      findings: ["16:5-16:10 year-consistency “下一年度主要安排”应写2024年的安排，标题中为2023年"],
    },
    {
      mistake: "截至 the year before",
      from: "12户企业中已有10户",
      to: "截至2022年底，12户企业中已有10户",
      findings: ["7:38-7:43 year-consistency “主要举措和成效”应写2023年的情况，文中的数据截至2022年底，是上一年度的：应截至2023年底"],
    },
    {
      mistake: "一是 三是",
      from: "；二是涉外法律风险",
      to: "；三是涉外法律风险",
      findings: ["13:34-13:36 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”"],
    },
    {
      mistake: "the duties of the director only",
      from: "市国资委党委书记、主任认真履行",
      to: "市国资委主任认真履行",
      findings: ["14:3-14:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（主任）的履职情况，未写党委主要负责人：请补写党工委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "某某 for the city in the title",
      from: "黔岭市人民政府国有资产监督管理委员会2023年度",
      to: "某某市人民政府国有资产监督管理委员会2023年度",
      findings: ["1:1-1:3 placeholder-text 模板占位符“某某”未替换，应填写实际内容"],
    },
    {
      mistake: "another city in the signature",
      from: "黔岭市人民政府国有资产监督管理委员会\n2024年1月30日",
      to: "黔阳市人民政府国有资产监督管理委员会\n2024年1月30日",
      findings: ["23:1-23:19 name-consistency 落款所写的“黔阳市人民政府国有资产监督管理委员会”与标题中的“黔岭市人民政府国有资产监督管理委员会”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "一是部分子企业法治建设推进不平衡，原因在于层级多、管理链条长；二是涉外法律风险防控能力不强，主要是缺乏熟悉国际商事规则的专业人才。",
      to: "一是部分子企业法治建设推进不平衡；二是涉外法律风险防控能力不强。",
      findings: ["12:3-12:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
  ],
  "314-hebei-city-labor-inspection-detachment-fenbie-shares-2024.txt": [
    {
      mistake: "a closing rate with digits swapped",
      from: "结案率97.2%",
      to: "结案率92.7%",
      findings: ["6:44-6:52 rate-mismatch 结案率应为97.2%（103÷106），文中为92.7%"],
    },
    {
      mistake: "one of the 分别 shares typed wrong",
      from: "29.2%",
      to: "27.2%",
      findings: ["6:91-6:96 rate-mismatch 占比应为29.2%（31÷106），文中为27.2%"],
    },
    {
      mistake: "one of the 分别 counts raised beyond the cases",
      from: "58件、31件、17件",
      to: "58件、41件、17件",
      findings: ["6:32-6:81 parts-exceed-total 各分项之和为116件（58+41+17），超过总数106件；请核对总数或各分项", "6:91-6:96 rate-mismatch 占比应为38.7%（41÷106），文中为29.2%"],
    },
    {
      mistake: "a decrease percent with digits swapped",
      from: "同比下降12.4%",
      to: "同比下降14.2%",
      findings: ["6:133-6:138 change-mismatch 降幅应为12.4%（(3568.0万-3125.6万)÷3568.0万），文中为14.2%"],
    },
    {
      mistake: "a handling rate with digits changed",
      from: "核处率99.2%",
      to: "核处率92.9%",
      findings: ["9:54-9:62 rate-mismatch 核处率应为99.2%（1562÷1574），文中为92.9%"],
    },
    {
      mistake: "an item number repeated",
      from: "3.规范执法程序",
      to: "4.规范执法程序",
      findings: ["8:3-8:5 heading-numbering 标题序号跳号：此处应为“3.”，文中为“4.”"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2025年6月底前上线",
      to: "2024年6月底前上线",
      findings: ["19:19-19:24 year-consistency “下一年度主要安排”应写2025年的安排，文中的完成时限在2024年，成文时已过"],
    },
    {
      mistake: "the year before in the opening",
      from: "现将2024年度法治政府建设情况",
      to: "现将2023年度法治政府建设情况",
      findings: ["4:73-4:78 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "the duties of the party secretary only",
      from: "支队党支部书记、支队长履行",
      to: "支队党支部书记履行",
      findings: ["15:3-15:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党支部书记）的履职情况，未写政府主要负责人：请补写支队长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the plans part deleted",
      from: "　　四、2025年工作计划\n　　1.持续开展根治欠薪专项行动，确保欠薪问题动态清零。\n　　2.推进劳动保障监察执法数字化，2025年6月底前上线移动执法终端。\n　　3.争取增加执法编制，充实基层执法力量。\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "17:3-17:5 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”"],
    },
    {
      mistake: "the base of a 同比 change named as the year two back",
      from: "（2023年为3,568.0万元）",
      to: "（2022年为3,568.0万元）",
      findings: ["6:139-6:143 change-mismatch “同比”比较的是2023年，括号中的基数却是2022年的：请核对年份或增减幅度"],
    },
  ],
  "303-jiangxi-county-city-last-year-in-brackets.txt": [
    {
      mistake: "a rate that does not match its counts",
      from: "审结率94.6%",
      to: "审结率96.4%",
      findings: ["10:54-10:62 rate-mismatch 审结率应为94.6%（139÷147），文中为96.4%"],
    },
    {
      mistake: "a growth against last year's figure in brackets that does not match",
      from: "增长6.6%",
      to: "增长7.6%",
      findings: ["7:102-7:106 change-mismatch 增幅应为6.6%（(8462-7935)÷7935），文中为7.6%"],
    },
    {
      mistake: "a procedure part raised beyond the cases",
      from: "普通程序1729件",
      to: "普通程序1829件",
      findings: ["9:32-9:77 parts-exceed-total 各分项之和为2956件（1127+1829），超过总数2856件；请核对总数或各分项"],
    },
    {
      mistake: "outcomes beyond the cases closed",
      from: "驳回16件",
      to: "驳回26件",
      findings: ["10:49-10:92 parts-exceed-total 各分项之和为149件（102+21+26），超过总数139件；请核对总数或各分项"],
    },
    {
      mistake: "last year in the opening",
      from: "2025年，瑞溪市人民政府在",
      to: "2024年，瑞溪市人民政府在",
      findings: ["4:1-4:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2026年底前完成全市乡镇执法人员轮训",
      to: "2025年底前完成全市乡镇执法人员轮训",
      findings: ["21:64-21:69 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "究其原因，主要是基层法治人才储备不足、培训针对性不强，普法工作的精准度还需提升。",
      to: "",
      findings: ["14:1-14:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the Party secretary's duties dropped",
      from: "市委书记坚持把法治建设摆在全局工作重要位置，主持召开市委常委会会议研究法治建设工作5次，听取市政府法治政府建设工作汇报2次。",
      to: "",
      findings: ["17:1-17:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（市长）的履职情况，未写党委主要负责人：请补写市委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "plans 一是 … 三是 五是",
      from: "四是启动实施",
      to: "五是启动实施",
      findings: ["21:106-21:108 enumeration-sequence 列举序号跳号：此处应为“四是”，文中为“五是”"],
    },
    {
      mistake: "XX in the addressee",
      from: "宜州市人民政府：",
      to: "XX市人民政府：",
      findings: ["3:1-3:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width comma",
      from: "中介服务事项4项，企业开办",
      to: "中介服务事项4项,企业开办",
      findings: ["7:58-7:59 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "a closing date after March",
      from: "2026年2月10日",
      to: "2026年4月10日",
      findings: ["27:1-27:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月10日"],
    },
    {
      mistake: "another city's name in the opening",
      from: "2025年，瑞溪市人民政府在",
      to: "2025年，瑞安市人民政府在",
      findings: ["4:7-4:14 name-consistency 开头所写的“瑞安市人民政府”与标题中的“瑞溪市人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "a decline % that does not match",
      from: "下降8.0%",
      to: "下降7.0%",
      findings: ["9:49-9:53 change-mismatch 降幅应为8.0%（(3104-2856)÷3104），文中为7.0%"],
    },
  ],
  "304-shanghai-district-indicator-targets-2026.txt": [
    {
      mistake: "indicators completed, rate unlike 4 of 5",
      from: "完成率80.0%",
      to: "完成率85.0%",
      findings: ["14:11-14:19 rate-mismatch 完成率应为80.0%（4÷5），文中为85.0%"],
    },
    {
      mistake: "a share of closed cases with a wrong digit",
      from: "占审结案件的29.4%",
      to: "占审结案件的39.4%",
      findings: ["15:83-15:88 rate-mismatch 占比应为29.4%（161÷548），文中为39.4%"],
    },
    {
      mistake: "a correction rate with digits swapped",
      from: "纠错率9.7%",
      to: "纠错率7.9%",
      findings: ["15:97-15:104 rate-mismatch 纠错率应为9.7%（53÷548），文中为7.9%"],
    },
    {
      mistake: "applications accepted beyond those received",
      from: "受理573件",
      to: "受理673件",
      findings: ["15:36-15:42 parts-exceed-total 受理673件多于收到612件；受理数不应超过收到数，请核对"],
    },
    {
      mistake: "last year in the title",
      from: "关于2026年度",
      to: "关于2025年度",
      findings: ["1:10-1:15 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "the wrong five-year plan opening",
      from: "2026年是“十五五”开局之年",
      to: "2026年是“十四五”开局之年",
      findings: ["4:1-4:5 terminology “2026”应为“2021”：“十四五”开局之年是2021年"],
    },
    {
      mistake: "the duties part deleted",
      from: "\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n区委书记主持召开区委常委会会议专题研究法治建设4次，推动将法治建设纳入全区高质量发展综合绩效考核。区长主持召开区政府常务会议学法5次，带头开展年终述法，审签重大行政决策事项6项。\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "26:1-26:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "an unclosed quotation mark",
      from: "“一网通办”办理率",
      to: "“一网通办办理率",
      findings: ["11:9-11:10 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "a closing date before the year ended",
      from: "2027年1月26日",
      to: "2026年11月26日",
      findings: ["38:1-38:12 publish-date 成文日期早于2026年12月1日，2026年度尚未结束：应在2026年12月1日至2027年3月31日之间成文，文中为2026年11月26日"],
    },
    {
      mistake: "an indicator's actual value with digits swapped, the rate named before the colon",
      from: "实际97.6%",
      to: "实际96.7%",
      findings: ["10:24-10:29 rate-mismatch 出庭应诉率应为97.6%（82÷84），文中为96.7%"],
    },
    {
      mistake: "another indicator's actual value with digits swapped",
      from: "实际36.5%",
      to: "实际35.6%",
      findings: ["12:21-12:26 rate-mismatch 优秀率应为36.5%（73÷200），文中为35.6%"],
    },
    {
      mistake: "an indicator line numbered 5） after 3）, the items one to a line",
      from: "4）行政执法",
      to: "5）行政执法",
      findings: ["12:1-12:3 enumeration-sequence 列举序号跳号：此处应为“4）”，文中为“5）”"],
    },
  ],
  "305-chongqing-subdistrict-bracket-part-headings-2026.txt": [
    {
      mistake: "a 结案率 with digits swapped",
      from: "结案率96.3%",
      to: "结案率93.6%",
      findings: ["8:44-8:52 rate-mismatch 结案率应为96.3%（206÷214），文中为93.6%"],
    },
    {
      mistake: "a kind of case raised beyond the cases",
      from: "环境卫生105件",
      to: "环境卫生115件",
      findings: ["8:32-8:80 parts-exceed-total 各分项之和为224件（68+41+115），超过总数214件；请核对总数或各分项"],
    },
    {
      mistake: "an on-time rate one point off",
      from: "按时办结率99.1%",
      to: "按时办结率98.1%",
      findings: ["11:39-11:49 rate-mismatch 按时办结率应为99.1%（1810÷1826），文中为98.1%"],
    },
    {
      mistake: "passed beyond those examined",
      from: "合格68人",
      to: "合格69人",
      findings: ["13:35-13:40 parts-exceed-total 合格69人多于参考68人；合格数不应超过参考数，请核对"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2027年内实现全覆盖",
      to: "2026年内实现全覆盖",
      findings: ["22:35-22:40 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "last year in the title",
      from: "桂湾街道办事处2026年度",
      to: "桂湾街道办事处2025年度",
      findings: ["1:8-1:13 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "bracketed part headings 四、 六、",
      from: "【五、其他事项】",
      to: "【六、其他事项】",
      findings: ["24:2-24:4 heading-numbering 标题序号跳号：此处应为“五、”，文中为“六、”"],
    },
    {
      mistake: "items 4. 6. 6.",
      from: "5.办理群众诉求",
      to: "6.办理群众诉求",
      findings: ["11:1-11:3 heading-numbering 标题序号跳号：此处应为“5.”，文中为“6.”"],
    },
    {
      mistake: "×× in the addressee",
      from: "嘉岭区人民政府：",
      to: "××区人民政府：",
      findings: ["3:1-3:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the Party secretary's duties dropped",
      from: "街道党工委书记主持召开党工委会议研究法治工作4次，带头讲授法治党课1次。",
      to: "",
      findings: ["18:2-18:28 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（办事处主任）的履职情况，未写党委主要负责人：请补写街道党工委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a half-width colon",
      from: "各调委会受理情况为：",
      to: "各调委会受理情况为:",
      findings: ["9:64-9:65 punctuation-width 中文行文应使用全角标点“：”，文中为半角“:”"],
    },
    {
      mistake: "the ended 八五 plan in the plans for 2027",
      from: "深入实施“九五”普法规划",
      to: "深入实施“八五”普法规划",
      findings: ["22:53-22:59 dated-reference 2027年的工作安排仍写“‘八五’普法”：“八五”普法规划的期限是2021—2025年，已经到期"],
    },
    {
      mistake: "another 街道 in the signature",
      from: "重庆市嘉岭区桂湾街道办事处",
      to: "重庆市嘉岭区桂湖街道办事处",
      findings: ["27:1-27:14 name-consistency 落款所写的“重庆市嘉岭区桂湖街道办事处”与标题中的“桂湾街道办事处”不是同一单位：是否沿用了其他单位的报告？"],
    },
  ],
  "306-yunnan-prefecture-dash-labelled-measures.txt": [
    {
      mistake: "a correction rate with digits swapped",
      from: "纠错率13.1%",
      to: "纠错率11.3%",
      findings: ["10:45-10:53 rate-mismatch 纠错率应为13.1%（58÷442），文中为11.3%"],
    },
    {
      mistake: "a loss rate with digits swapped",
      from: "败诉率8.4%",
      to: "败诉率4.8%",
      findings: ["10:84-10:91 rate-mismatch 败诉率应为8.4%（23÷274），文中为4.8%"],
    },
    {
      mistake: "the counties' part raised beyond the whole",
      from: "11个县市6416件",
      to: "11个县市6516件",
      findings: ["9:28-9:64 parts-exceed-total 各分项之和为7734件（1218+6516），超过总数7634件；请核对总数或各分项"],
    },
    {
      mistake: "a resolution rate one point off",
      from: "化解率97.7%",
      to: "化解率98.7%",
      findings: ["11:38-11:46 rate-mismatch 化解率应为97.7%（2.11万÷2.16万），文中为98.7%"],
    },
    {
      mistake: "the old five-year plan to compile in the plans for 2026",
      from: "编制全州“十五五”法治政府建设规划",
      to: "编制全州“十四五”法治政府建设规划",
      findings: ["22:7-22:20 dated-reference 2025年度报告仍写“‘十四五’法治政府建设规划”：“十四五”规划（2021—2025年）编制于2020—2022年，此后编制的是“十五五”规划"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2026年底前实现乡镇",
      to: "2025年底前实现乡镇",
      findings: ["23:16-23:21 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "原因主要有：山区乡镇地处偏远，法治人才引进难；双语普法人才短缺；执法监督平台建设投入不足。",
      to: "",
      findings: ["15:1-15:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the 州长's duties dropped",
      from: "州长主持召开州政府常务会议学法8次，研究部署法治政府建设重点任务，带头出庭应诉1次。",
      to: "",
      findings: ["18:1-18:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（州委书记）的履职情况，未写政府主要负责人：请补写州长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the shortcomings part deleted",
      from: "\n二、存在的不足及原因\n一是少数县市法治政府建设进展不平衡，山区乡镇法治力量薄弱；二是民族地区普法的针对性和实效性有待提升；三是行政执法监督的信息化手段运用不足。原因主要有：山区乡镇地处偏远，法治人才引进难；双语普法人才短缺；执法监督平台建设投入不足。\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "15:1-15:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "a closing date in June",
      from: "2026年3月6日",
      to: "2026年6月3日",
      findings: ["31:1-31:10 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年6月3日"],
    },
    {
      mistake: "an unclosed 《",
      from: "《法治政府建设实施纲要（2021—2025年）》",
      to: "《法治政府建设实施纲要（2021—2025年）",
      findings: ["4:80-4:81 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "parts 一、二、四、四、",
      from: "三、州委书记、州长",
      to: "四、州委书记、州长",
      findings: ["18:1-18:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "last year in the opening",
      from: "2025年，州人民政府坚持",
      to: "2024年，州人民政府坚持",
      findings: ["4:1-4:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "某某 in the signature",
      from: "苍岭彝族自治州人民政府\n2026年3月6日",
      to: "某某自治州人民政府\n2026年3月6日",
      findings: ["30:1-30:3 placeholder-text 模板占位符“某某”未替换，应填写实际内容"],
    },
  ],
  "307-xinjiang-dev-zone-markdown-comparison-table-2026.md": [
    {
      mistake: "a table growth that does not match",
      from: "增长14.8%",
      to: "增长18.4%",
      findings: ["15:34-15:39 change-mismatch 增幅应为14.8%（(1268-1105)÷1105），文中为18.4%"],
    },
    {
      mistake: "last year's figure in the table mistyped",
      from: "3,027",
      to: "3,207",
      findings: ["16:35-16:40 change-mismatch 增幅应为6.4%（(3412-3207)÷3207），文中为12.7%"],
    },
    {
      mistake: "a decline % that does not match the decrease",
      from: "下降10.6%",
      to: "下降12.6%",
      findings: ["21:35-21:40 change-mismatch 降幅应为10.6%（22÷(186+22)），文中为12.6%"],
    },
    {
      mistake: "a share with digits swapped",
      from: "占41.6%",
      to: "占46.1%",
      findings: ["21:86-21:91 rate-mismatch 占比应为41.6%（52÷125），文中为46.1%"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2027年6月底前出台",
      to: "2026年6月底前出台",
      findings: ["43:43-43:48 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "the plans heading in the report year",
      from: "## 四、2027年工作打算",
      to: "## 四、2026年工作打算",
      findings: ["41:6-41:11 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "subsections （一）（二）（四）（四）",
      from: "### （三）强化",
      to: "### （四）强化",
      findings: ["23:5-23:8 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "the Party secretary's duties dropped",
      from: "党工委书记主持召开党工委会议研究法治建设4次，带头讲授法治专题党课，把法治建设纳入园区各部门年度考核。",
      to: "",
      findings: ["37:4-37:34 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（管委会主任）的履职情况，未写党委主要负责人：请补写党工委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a half-width comma",
      from: "全部审结，维持7件",
      to: "全部审结,维持7件",
      findings: ["25:24-25:25 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "a fill-in placeholder for the addressee",
      from: "伊湖市人民政府：",
      to: "【此处填写上级机关】：",
      findings: ["3:1-3:11 placeholder-text 编写说明“【此处填写上级机关】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "a closing date after March",
      from: "2027年1月22日",
      to: "2027年4月22日",
      findings: ["51:1-51:11 publish-date 成文日期晚于次年3月31日的公开期限：2026年度报告应在2027年3月31日前成文公开，文中为2027年4月22日"],
    },
    {
      mistake: "last year in the title",
      from: "委员会2026年度",
      to: "委员会2025年度",
      findings: ["1:17-1:22 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "the ended 八五 launched in 2026",
      from: "启动“九五”普法",
      to: "启动“八五”普法",
      findings: ["29:3-29:9 dated-reference 2026年度报告仍写“‘八五’普法”：“八五”普法规划的期限是2021—2025年，已经到期，此后启动的是“九五”普法"],
    },
  ],
  "308-tibet-xiang-quantified-shortcomings.txt": [
    {
      mistake: "a success rate that does not match",
      from: "成功率97.7%",
      to: "成功率95.4%",
      findings: ["8:58-8:66 rate-mismatch 成功率应为97.7%（85÷87），文中为95.4%"],
    },
    {
      mistake: "a kind of dispute raised beyond the whole",
      from: "邻里纠纷27件",
      to: "邻里纠纷37件",
      findings: ["8:46-8:94 parts-exceed-total 各分项之和为97件（39+21+37），超过总数87件；请核对总数或各分项"],
    },
    {
      mistake: "closed beyond received",
      from: "按期办结19件",
      to: "按期办结21件",
      findings: ["11:72-11:79 parts-exceed-total 按期办结21件多于受理19件；按期办结数不应超过受理数，请核对"],
    },
    {
      mistake: "villages lacking beyond the villages",
      from: "中仍有4个村",
      to: "中仍有11个村",
      findings: ["15:14-15:26 parts-exceed-total 分项11个超过总数9个；请核对总数或分项"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2026年6月底前为未配备",
      to: "2025年6月底前为未配备",
      findings: ["21:3-21:8 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "last year in the opening",
      from: "2025年，朗措乡党委、政府",
      to: "2024年，朗措乡党委、政府",
      findings: ["4:1-4:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "shortcomings 一是 二是 四是",
      from: "三是乡政府法律专业人才缺乏",
      to: "四是乡政府法律专业人才缺乏",
      findings: ["15:61-15:63 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "subsections （四）（四）",
      from: "（五）抓细政务公开",
      to: "（四）抓细政务公开",
      findings: ["11:1-11:4 heading-numbering 标题序号重复：“（四）”与上一个同级标题相同，此处应为“（五）”"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "原因在于乡域地广人稀、交通不便，法律人才引进难，普法方式与农牧民的需求结合不够紧密。",
      to: "",
      findings: ["14:1-14:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the 乡长's duties dropped",
      from: "乡长主持召开乡政府会议学法6次，带头接待群众来访，亲自协调化解重大矛盾纠纷3件。",
      to: "",
      findings: ["17:1-17:28 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写乡长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "XX in the title",
      from: "朗措乡人民政府2025年度",
      to: "XX乡人民政府2025年度",
      findings: ["1:1-1:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a closing date before the year ended",
      from: "2026年1月16日",
      to: "2025年10月16日",
      findings: ["27:1-27:12 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年10月16日"],
    },
    {
      mistake: "the plans part deleted",
      from: "\n四、2026年工作打算\n一是2026年6月底前为未配备专职调解员的4个村配齐调解员；二是结合“九五”普法规划启动实施，开展“法律明白人”双语培训，全年不少于2期；三是2026年9月底前完成乡政府合法性审查工作规程修订。\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "20:1-20:3 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”"],
    },
    {
      mistake: "half-width brackets",
      from: "全乡9个村（居）调委会",
      to: "全乡9个村(居)调委会",
      findings: ["8:18-8:19 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”", "8:20-8:21 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”"],
    },
  ],
  "315-beijing-town-shared-base-rates-2026.txt": [
    {
      mistake: "a 解决率 that is not the solved of the calls (4,983 of 5,274 is 94.5%)",
      from: "解决率94.5%",
      to: "解决率95.4%",
      findings: ["8:54-8:62 rate-mismatch 解决率应为94.5%（4983÷5274），文中为95.4%"],
    },
    {
      mistake: "a kind of violation raised so that the three exceed the cases",
      from: "占道经营71起",
      to: "占道经营117起",
      findings: ["9:31-9:62 parts-exceed-total 各分项之和为229起（46+117+66），超过总数183起；请核对总数或各分项"],
    },
    {
      mistake: "last year's title on the report",
      from: "云岗镇人民政府2026年度法治政府建设情况报告",
      to: "云岗镇人民政府2025年度法治政府建设情况报告",
      findings: ["1:14-1:19 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2027年工作打算",
      to: "四、2026年工作打算",
      findings: ["20:3-20:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "the causes sentence dropped",
      from: "究其原因，主要是镇级法治工作人员流动较快，专业培训覆盖不足，对老旧小区物业管理缺少有效的法治化手段。",
      to: "",
      findings: ["14:1-14:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a subsection number skipped",
      from: "（六）开展“九五”普法开局工作",
      to: "（七）开展“九五”普法开局工作",
      findings: ["12:1-12:4 heading-numbering 标题序号跳号：此处应为“（六）”，文中为“（七）”"],
    },
    {
      mistake: "the signature of another town",
      from: "北京市西山区云岗镇人民政府\n2027年1月20日",
      to: "北京市西山区云峰镇人民政府\n2027年1月20日",
      findings: ["26:1-26:14 name-consistency 落款所写的“北京市西山区云峰镇人民政府”与标题中的“北京市西山区云岗镇人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "dated after March",
      from: "2027年1月20日",
      to: "2027年4月20日",
      findings: ["27:1-27:11 publish-date 成文日期晚于次年3月31日的公开期限：2026年度报告应在2027年3月31日前成文公开，文中为2027年4月20日"],
    },
    {
      mistake: "the 镇长 left out of the duties part",
      from: "镇长主持召开镇政府常务会议学法7次，亲自审定镇重大行政决策事项，出庭应诉1次，带头督办热线高频诉求。",
      to: "",
      findings: ["17:1-17:28 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写镇长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a placeholder for the count of villages",
      from: "全镇21个村和4个社区",
      to: "全镇××个村和4个社区",
      findings: ["11:15-11:17 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
  ],
  "316-tianjin-town-year-end-cutoff.txt": [
    {
      mistake: "a 结案率 that is not 119 of 127",
      from: "结案率93.7%",
      to: "结案率97.3%",
      findings: ["8:93-8:101 rate-mismatch 结案率应为93.7%（119÷127），文中为97.3%"],
    },
    {
      mistake: "the 网办率 over the wrong count",
      from: "网办率65.2%",
      to: "网办率68.5%",
      findings: ["9:59-9:67 rate-mismatch 网办率应为65.2%（6412÷9835），文中为68.5%"],
    },
    {
      mistake: "a stale cut-off date",
      from: "截至2025年12月31日",
      to: "截至2024年12月31日",
      findings: ["7:88-7:93 year-consistency “主要举措和成效”应写2025年的情况，文中的数据截至2024年底，是上一年度的：应截至2025年底"],
    },
    {
      mistake: "the plans for the report year",
      from: "四、2026年推进法治政府建设的工作计划",
      to: "四、2025年推进法治政府建设的工作计划",
      findings: ["19:3-19:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2026年底前实现16个村全覆盖",
      to: "2025年底前实现16个村全覆盖",
      findings: ["20:110-20:115 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "half-width commas in a sentence",
      from: "，部分案卷存在文书不规范问题，",
      to: ",部分案卷存在文书不规范问题,",
      findings: ["14:14-14:15 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”", "14:28-14:29 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "a 化解率 above its counts",
      from: "化解571件，化解率96.3%",
      to: "化解571件，化解率98.3%",
      findings: ["10:39-10:47 rate-mismatch 化解率应为96.3%（571÷593），文中为98.3%"],
    },
    {
      mistake: "the shortcomings part deleted",
      from: "二、存在的问题及原因\n一是执法规范化水平有待提升，部分案卷存在文书不规范问题，主要原因是执法人员多从原岗位转岗，法律知识储备不足；二是依法治村基础仍不牢固，个别村“两委”干部依法办事意识不强，原因在于培训的针对性不够、考核约束较弱。\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "14:1-14:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "an unpaired 《",
      from: "修订《潮音镇重大行政决策程序规定》",
      to: "修订《潮音镇重大行政决策程序规定",
      findings: ["7:15-7:16 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "template residue for the leader",
      from: "镇长切实履行法治建设重要组织者",
      to: "XX镇镇长切实履行法治建设重要组织者",
      findings: ["17:53-17:55 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "another town in the opening, with its government (清河镇党委、镇政府)",
      from: "2025年，潮音镇党委、镇政府",
      to: "2025年，清河镇党委、镇政府",
      findings: ["4:7-4:10 name-consistency 开头所写的“清河镇”与标题中的“天津市滨河区潮音镇”不是同一单位：是否沿用了其他单位的报告？"],
    },
  ],
  "317-guangxi-county-percentage-point-changes-2026.txt": [
    {
      mistake: "a percentage-point change that does not match the two rates",
      from: "提高7.8个百分点",
      to: "提高8.7个百分点",
      findings: ["7:102-7:109 change-mismatch 增幅应为7.8个百分点（86.4%-78.6%），文中为8.7个百分点"],
    },
    {
      mistake: "the 优秀率 change not matching",
      from: "提升7.7个百分点",
      to: "提升6.7个百分点",
      findings: ["9:104-9:111 change-mismatch 增幅应为7.7个百分点（38.9%-31.2%），文中为6.7个百分点"],
    },
    {
      mistake: "a 败诉率 not 4 of 61",
      from: "败诉率6.6%",
      to: "败诉率4.6%",
      findings: ["10:79-10:86 rate-mismatch 败诉率应为6.6%（4÷61），文中为4.6%"],
    },
    {
      mistake: "cases accepted beyond cases received",
      from: "受理89件",
      to: "受理99件",
      findings: ["10:31-10:36 parts-exceed-total 受理99件多于收到97件；受理数不应超过收到数，请核对"],
    },
    {
      mistake: "a stale 普法 plan launched in 2026",
      from: "（六）启动“九五”普法。印发全县“九五”普法规划",
      to: "（六）启动“八五”普法。印发全县“八五”普法规划",
      findings: ["12:6-12:12 dated-reference 2026年度报告仍写“‘八五’普法”：“八五”普法规划的期限是2021—2025年，已经到期，此后启动的是“九五”普法"],
    },
    {
      mistake: "the 县长 without his duties part (only the secretary)",
      from: "县长主持召开县政府常务会议学法9次，审定重大行政决策5项，出庭应诉行政案件2件，定期听取行政复议纠错案件情况汇报。",
      to: "",
      findings: ["17:1-17:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "numbering 一是 二是 四是 in the plans",
      from: "；三是推动行政复议纠错案件",
      to: "；四是推动行政复议纠错案件",
      findings: ["21:56-21:58 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "published before the year ended",
      from: "2027年2月3日",
      to: "2026年11月3日",
      findings: ["27:1-27:11 publish-date 成文日期早于2026年12月1日，2026年度尚未结束：应在2026年12月1日至2027年3月31日之间成文，文中为2026年11月3日"],
    },
    {
      mistake: "the 调解 成功率 not matching",
      from: "成功率97.0%",
      to: "成功率96.0%",
      findings: ["11:47-11:55 rate-mismatch 成功率应为97.0%（7205÷7428），文中为96.0%"],
    },
    {
      mistake: "a 纠错率 neither of the accepted nor of the closed (13 of 84 is 15.5%, of 89 14.6%)",
      from: "纠错率15.5%",
      to: "纠错率16.5%",
      findings: ["10:49-10:57 rate-mismatch 纠错率应为15.5%（13÷84），文中为16.5%"],
    },
  ],
  "318-anhui-city-county-shares-fourteenth-plan-close.txt": [
    {
      mistake: "county parts exceeding the total documents",
      from: "其中市级128件、县区308件",
      to: "其中市级128件、县区318件",
      findings: ["8:60-8:80 parts-exceed-total 各分项之和为446件（128+318），超过总数436件；请核对总数或各分项"],
    },
    {
      mistake: "a 纠错率 not 236 of 1,872",
      from: "纠错率12.6%",
      to: "纠错率11.6%",
      findings: ["11:63-11:71 rate-mismatch 纠错率应为12.6%（236÷1872），文中为11.6%"],
    },
    {
      mistake: "the plans for 2025 in a report on 2025",
      from: "四、2026年推进法治政府建设的主要安排",
      to: "四、2025年推进法治政府建设的主要安排",
      findings: ["21:3-21:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a part heading number repeated",
      from: "三、党政主要负责人履行推进法治建设第一责任人职责情况",
      to: "二、党政主要负责人履行推进法治建设第一责任人职责情况",
      findings: ["18:1-18:3 heading-numbering 标题序号重复：“二、”与上一个同级标题相同，此处应为“三、”"],
    },
    {
      mistake: "the causes dropped from the shortcomings",
      from: "产生这些问题的原因主要是基层法治人才储备不足，部分行政机关程序意识不强，督察结果运用机制还不完善。",
      to: "",
      findings: ["15:1-15:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the earlier count added, the percent of the draft kept (6.46万 to 6.84万 is 5.9%)",
      from: "新登记经营主体6.84万户，同比增长9.2%",
      to: "新登记经营主体6.84万户，较上年的6.46万户增长9.2%",
      findings: ["7:76-7:80 change-mismatch 增幅应为5.9%（(6.84万-6.46万)÷6.46万），文中为9.2%"],
    },
    {
      mistake: "a placeholder in brackets",
      from: "办理人大代表建议286件",
      to: "办理人大代表建议【此处填写】件",
      findings: ["12:37-12:43 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "a share of the counties' part that does not match it (2.41万 of 3.26万 is 73.9%)",
      from: "占73.9%",
      to: "占79.3%",
      findings: ["10:52-10:57 rate-mismatch 占比应为73.9%（2.41万÷3.26万），文中为79.3%"],
    },
    {
      mistake: "the departments' share raised, the two shares beyond the whole",
      from: "占26.1%",
      to: "占36.1%",
      findings: ["10:72-10:77 rate-mismatch 占比应为26.1%（0.85万÷3.26万），文中为36.1%"],
    },
  ],
  "319-chongqing-county-principal-wording-2026.txt": [
    {
      mistake: "outcomes beyond the cases closed",
      from: "维持39件",
      to: "维持43件",
      findings: ["10:30-10:65 parts-exceed-total 各分项之和为59件（43+5+3+4+4），超过总数55件；请核对总数或各分项"],
    },
    {
      mistake: "a 化解率 not matching",
      from: "化解率97.0%",
      to: "化解率97.9%",
      findings: ["11:92-11:100 rate-mismatch 化解率应为97.0%（5784÷5962），文中为97.9%"],
    },
    {
      mistake: "procedure parts beyond the penalty cases",
      from: "普通程序案件923件",
      to: "普通程序案件932件",
      findings: ["9:42-9:72 parts-exceed-total 各分项之和为1536件（604+932），超过总数1527件；请核对总数或各分项"],
    },
    {
      mistake: "the 县政府主要负责人 subsection dropped",
      from: "（二）县政府主要负责人。县长坚持重大事项亲自部署、重大问题亲自过问，主持县政府常务会议学法8次，审定重大行政决策6项，出庭应诉行政案件2件。\n",
      to: "",
      findings: ["16:1-16:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委主要负责人）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the plans heading of last year",
      from: "四、2027年法治政府建设工作计划",
      to: "四、2026年法治政府建设工作计划",
      findings: ["20:3-20:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "a deadline in the report year among the plans",
      from: "2027年6月底前实现乡镇（街道）",
      to: "2026年6月底前实现乡镇（街道）",
      findings: ["21:3-21:8 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "subsections （一）（二）（四）",
      from: "（四）做好复议应诉工作",
      to: "（五）做好复议应诉工作",
      findings: ["10:1-10:4 heading-numbering 标题序号跳号：此处应为“（四）”，文中为“（五）”"],
    },
    {
      mistake: "an unpaired opening quote",
      from: "开展“枫桥式”矛盾纠纷",
      to: "开展“枫桥式矛盾纠纷",
      findings: ["11:56-11:57 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "the title year stale in the opening",
      from: "现将2026年度法治政府建设情况报告如下",
      to: "现将2025年度法治政府建设情况报告如下",
      findings: ["4:88-4:93 year-consistency 开头写的是2025年度的情况，标题中为2026年度：请统一报告年度"],
    },
    {
      mistake: "more townships still without a reviewer than the county has (32个乡镇（街道）中有35个尚无……)",
      from: "中有11个尚无专职法制审核人员",
      to: "中有35个尚无专职法制审核人员",
      findings: ["14:15-14:29 parts-exceed-total 分项35个超过总数32个；请核对总数或分项"],
    },
  ],
  "320-hainan-park-statutory-body-2025.txt": [
    {
      mistake: "a 调解成功率 not 65 of 73",
      from: "调解成功率89.0%",
      to: "调解成功率80.9%",
      findings: ["9:78-9:88 rate-mismatch 调解成功率应为89.0%（65÷73），文中为80.9%"],
    },
    {
      mistake: "an 整改率 not 36 of 38",
      from: "整改率94.7%",
      to: "整改率97.4%",
      findings: ["10:63-10:71 rate-mismatch 整改率应为94.7%（36÷38），文中为97.4%"],
    },
    {
      mistake: "outcomes beyond the documents cleared with 其中",
      from: "清理不适应自由贸易港政策的文件11件，废止4件、修改7件",
      to: "清理不适应自由贸易港政策的文件11件，其中废止4件、修改9件",
      findings: ["8:72-8:87 parts-exceed-total 各分项之和为13件（4+9），超过总数11件；请核对总数或各分项"],
    },
    {
      mistake: "foreign enterprises beyond the new enterprises",
      from: "其中外资企业62家",
      to: "其中外资企业1,162家",
      findings: ["9:22-9:51 parts-exceed-total 分项1162家超过总数1146家；请核对总数或分项"],
    },
    {
      mistake: "a stale year in the plans",
      from: "一是2026年9月底前完成",
      to: "一是2025年9月底前完成",
      findings: ["20:3-20:8 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "the plans heading of the report year",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["19:3-19:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the duties part deleted",
      from: "三、党政主要负责人履行推进法治建设第一责任人职责情况\n园区党工委书记主持召开党工委会议研究法治工作3次，推动将法治建设纳入园区年度考核。局长作为法定代表人，主持召开局务会议学法6次，审定园区重大事项12项，带头开展合规经营宣讲。\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "17:1-17:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "the party secretary dropped from the duties part",
      from: "园区党工委书记主持召开党工委会议研究法治工作3次，推动将法治建设纳入园区年度考核。",
      to: "",
      findings: ["16:1-16:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（局长）的履职情况，未写党委主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a half-width colon and parentheses in prose",
      from: "依据《海南自由贸易港椰湾产业园区条例》，",
      to: "依据(海南自由贸易港椰湾产业园区条例):",
      findings: ["7:15-7:16 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”", "7:31-7:33 punctuation-width 中文行文应使用全角标点“）：”，文中为半角“):”"],
    },
    {
      mistake: "template residue 某某 in the signature",
      from: "海南椰湾产业园区管理局\n2026年1月23日",
      to: "海南某某产业园区管理局\n2026年1月23日",
      findings: ["25:3-25:5 placeholder-text 模板占位符“某某”未替换，应填写实际内容"],
    },
    {
      mistake: "published after March 31",
      from: "2026年1月23日",
      to: "2026年5月23日",
      findings: ["26:1-26:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年5月23日"],
    },
  ],
  "321-shandong-city-social-insurance-center-responsible-units-2026.txt": [
    {
      mistake: "a recovery rate with digits swapped",
      from: "追回率97.0%",
      to: "追回率99.7%",
      findings: ["7:84-7:92 rate-mismatch 追回率应为97.0%（471.5万÷486.2万），文中为99.7%"],
    },
    {
      mistake: "last year's year in the title",
      from: "岱阳市社会保险事业中心2026年度",
      to: "岱阳市社会保险事业中心2025年度",
      findings: ["1:12-1:17 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2027年6月底前实现",
      to: "2026年6月底前实现",
      findings: ["18:19-18:24 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2027年工作安排",
      to: "四、2026年工作安排",
      findings: ["17:5-17:10 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "the duties of the party secretary only",
      from: "中心党委书记、主任认真履行",
      to: "中心党委书记认真履行",
      findings: ["15:3-15:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a section number repeated",
      from: "（五）深化普法宣传",
      to: "（四）深化普法宣传",
      findings: ["10:3-10:6 heading-numbering 标题序号重复：“（四）”与上一个同级标题相同，此处应为“（五）”"],
    },
    {
      mistake: "a template placeholder left for a count",
      from: "活动36场",
      to: "活动【此处填写】场",
      findings: ["10:42-10:48 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "dated after the deadline",
      from: "2027年1月22日",
      to: "2027年4月22日",
      findings: ["26:1-26:11 publish-date 成文日期晚于次年3月31日的公开期限：2026年度报告应在2027年3月31日前成文公开，文中为2027年4月22日"],
    },
    {
      mistake: "the shortcomings without their causes",
      from: "，原因是与公安、民政、卫生健康等部门的数据共享机制尚不完善。二是基层经办人员法律素养参差不齐，主要原因是人员流动较快，系统培训不够。",
      to: "。二是基层经办人员法律素养参差不齐。",
      findings: ["12:3-12:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a data cutoff a year stale",
      from: "数据统计截至2026年12月31日",
      to: "数据统计截至2025年12月31日",
      findings: ["23:15-23:20 year-consistency 数据的统计时间为2025年，报告年度为2026年：统计时间应为2026年"],
    },
    {
      mistake: "more passed than took the test",
      from: "合格186人",
      to: "合格188人",
      findings: ["10:77-10:83 parts-exceed-total 合格188人多于参考186人；合格数不应超过参考数，请核对"],
    },
    {
      mistake: "more closed on time than received, the received count naming two kinds joined with 、",
      from: "按期办结214件，",
      to: "按期办结224件，",
      findings: ["9:35-9:43 parts-exceed-total 按期办结224件多于收到218件；按期办结数不应超过收到数，请核对"],
    },
  ],
  "322-jiangsu-city-housing-security-bureau-notice-docnumber-2026.txt": [
    {
      mistake: "an adoption rate with digits swapped",
      from: "采纳率41.8%",
      to: "采纳率48.1%",
      findings: ["6:114-6:122 rate-mismatch 采纳率应为41.8%（61÷146），文中为48.1%"],
    },
    {
      mistake: "an increase percent that does not match the two counts",
      from: "增长5.3%",
      to: "增长3.5%",
      findings: ["8:71-8:75 change-mismatch 增幅应为5.3%（(9102-8645)÷8645），文中为3.5%"],
    },
    {
      mistake: "reconsideration outcomes beyond the cases closed",
      from: "维持15件",
      to: "维持16件",
      findings: ["10:31-10:54 parts-exceed-total 各分项之和为23件（16+5+2），超过总数22件；请核对总数或各分项"],
    },
    {
      mistake: "last year in the opening",
      from: "我局（市城市更新局）2026年度",
      to: "我局（市城市更新局）2025年度",
      findings: ["4:61-4:66 year-consistency 开头写的是2025年度的情况，标题中为2026年度：请统一报告年度"],
    },
    {
      mistake: "plans 一是 … 三是 repeated as 二是",
      from: "三是开展物业",
      to: "二是开展物业",
      findings: ["20:59-20:61 enumeration-sequence 列举序号重复：前面已有“二是”，此处应为“三是”"],
    },
    {
      mistake: "the duties part deleted",
      from: "　　三、党政主要负责人履行推进法治建设第一责任人职责情况\n　　局党组书记、局长认真履行第一责任人职责，全年主持召开党组会议专题研究法治建设6次，审定重大行政决策2项，带头旁听行政诉讼庭审1次，年初与各处室、直属单位签订法治建设责任书。\n",
      to: "　　三、2027年工作打算\n",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "17:3-17:14 empty-part “下一年度主要安排”标题下没有内容"],
    },
    {
      mistake: "a signature of another city's bureau",
      from: "云锡市住房保障和房产管理局\n2027年",
      to: "云澜市住房保障和房产管理局\n2027年",
      findings: ["24:1-24:14 name-consistency 落款所写的“云澜市住房保障和房产管理局”与标题中的“云锡市住房保障和房产管理局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "half-width comma and semicolon in prose",
      from: "，罚款216.4万元；",
      to: ", 罚款216.4万元;",
      findings: ["9:39-9:41 punctuation-width 中文行文应使用全角标点“，”，文中为半角“, ”", "9:50-9:51 punctuation-width 中文行文应使用全角标点“；”，文中为半角“;”"],
    },
    {
      mistake: "an unpaired 《 in a law's name",
      from: "开展《民法典》物业管理",
      to: "开展《民法典物业管理",
      findings: ["11:50-11:51 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "a plan due within the report year",
      from: "推动《云锡市城市更新条例》年内提请",
      to: "推动《云锡市城市更新条例》2026年内提请",
      findings: ["20:18-20:23 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "dated before the report year ended",
      from: "2027年2月3日",
      to: "2026年11月20日",
      findings: ["25:1-25:12 publish-date 成文日期早于2026年12月1日，2026年度尚未结束：应在2026年12月1日至2027年3月31日之间成文，文中为2026年11月20日"],
    },
    {
      mistake: "complaints closed beyond complaints received",
      from: "办结1,517件",
      to: "办结1,571件",
      findings: ["9:65-9:73 parts-exceed-total 办结1571件多于受理1532件；办结数不应超过受理数，请核对"],
    },
  ],
  "323-zhejiang-city-labor-arbitration-court-semicolon-figures-2022.txt": [
    {
      mistake: "a mediation rate that does not match its counts",
      from: "调解率59.4%",
      to: "调解率54.9%",
      findings: ["6:103-6:111 rate-mismatch 调解率应为59.4%（1836÷3092），文中为54.9%"],
    },
    {
      mistake: "closing outcomes beyond the cases closed",
      from: "结案382宗",
      to: "结案482宗",
      findings: ["6:47-6:102 parts-exceed-total 各分项之和为3192宗（1836+874+482），超过总数3092宗；请核对总数或各分项"],
    },
    {
      mistake: "a mediation success rate that does not match",
      from: "调解成功率83.4%",
      to: "调解成功率84.3%",
      findings: ["8:74-8:84 rate-mismatch 调解成功率应为83.4%（4371÷5240），文中为84.3%"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2023年工作计划",
      to: "四、2022年工作计划",
      findings: ["19:5-19:10 year-consistency “下一年度主要安排”应写2023年的安排，标题中为2022年"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2023年底前实现县级全覆盖",
      to: "2022年底前实现县级全覆盖",
      findings: ["20:23-20:28 year-consistency “下一年度主要安排”应写2023年的安排，文中的完成时限在2022年，成文时已过"],
    },
    {
      mistake: "an item number repeated in the measures",
      from: "5．开展普法宣传",
      to: "4．开展普法宣传",
      findings: ["10:3-10:5 heading-numbering 标题序号重复：“4．”与上一个同级标题相同，此处应为“5．”"],
    },
    {
      mistake: "the year before in the title",
      from: "仲裁院2022年法治政府建设工作报告",
      to: "仲裁院2021年法治政府建设工作报告",
      findings: ["1:13-1:18 year-consistency 标题中为2021年度，正文各处写的都是2022年度的情况：标题应为2022年度"],
    },
    {
      mistake: "dated a year early",
      from: "2023年1月16日",
      to: "2022年1月16日",
      findings: ["28:1-28:11 publish-date 成文日期不在2022年12月1日至2023年3月31日之间，文中为2022年1月16日，是否应为2023年1月16日？"],
    },
    {
      mistake: "×× for the city in the signature",
      from: "东瓯市劳动人事争议仲裁院\n2023",
      to: "××市劳动人事争议仲裁院\n2023",
      findings: ["27:1-27:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the shortcomings without causes",
      from: "，原因是受疫情影响部分企业经营困难，欠薪、解除劳动合同纠纷增多，而编制未同步增加。\n　　2．裁审标准尚未完全统一。主要原因是与法院的沟通机制还不够常态化。",
      to: "。\n　　2．裁审标准尚未完全统一。",
      findings: ["13:3-13:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "cases closed beyond cases received",
      from: "审结3,092宗",
      to: "审结3,192宗",
      findings: ["6:103-6:111 rate-mismatch 调解率应为57.5%（1836÷3192），文中为59.4%"],
    },
  ],
  "324-hunan-hydrology-center-aspect-subheadings-2025.txt": [
    {
      mistake: "a forecast pass count that does not match the rate",
      from: "合格29站次",
      to: "合格28站次",
      findings: ["7:47-7:57 rate-mismatch 预报合格率应为90.3%（28÷31），文中为93.5%"],
    },
    {
      mistake: "a compliance rate with digits swapped",
      from: "达标率89.5%",
      to: "达标率98.5%",
      findings: ["8:92-8:100 rate-mismatch 达标率应为89.5%（34÷38），文中为98.5%"],
    },
    {
      mistake: "the five-year plan of the decade before",
      from: "“十四五”规划收官之年",
      to: "“十三五”规划收官之年",
      findings: ["4:3-4:7 terminology “2025”应为“2020”：“十三五”收官之年是2020年"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2026年工作计划",
      to: "四、2025年工作计划",
      findings: ["19:5-19:10 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2026年底前完成辖区",
      to: "2025年底前完成辖区",
      findings: ["21:6-21:11 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "the duties of the director only",
      from: "中心党支部书记、主任履行",
      to: "中心主任履行",
      findings: ["17:3-17:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（主任）的履职情况，未写党委主要负责人：请补写党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the shortcomings part deleted",
      from: "　　二、存在的不足和原因\n　　2024年度报告所列“测站保护标志设置不全”问题，已于2025年6月前补设保护标志62块，整改完成。\n　　当前仍存在的不足主要有：\n　　一是水文监测环境保护压力增大，部分测站周边违规建设时有发生，原因是地方规划与水文站网保护衔接不够。二是中心不具有行政执法主体资格，发现问题主要依靠地方水利部门查处，原因在于水文机构在地方的法律地位尚未完全明确。\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "13:3-13:5 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "dated after the deadline",
      from: "2026年1月20日",
      to: "2026年4月20日",
      findings: ["28:1-28:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月20日"],
    },
    {
      mistake: "the year before in the opening",
      from: "现将2025年度法治政府建设情况",
      to: "现将2024年度法治政府建设情况",
      findings: ["4:114-4:119 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "an unpaired 《 in the opening",
      from: "认真贯彻《中华人民共和国水文条例》，",
      to: "认真贯彻《中华人民共和国水文条例，",
      findings: ["4:72-4:73 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "XX for the province in the addressee",
      from: "省水文水资源勘测中心：",
      to: "XX省水文水资源勘测中心：",
      findings: ["3:1-3:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "sections （一）（二）（四）",
      from: "（三）水资源监测方面",
      to: "（四）水资源监测方面",
      findings: ["8:3-8:6 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "sections compliant beyond those monitored",
      from: "监测达标34个",
      to: "监测达标39个",
      findings: ["8:86-8:91 parts-exceed-total 达标39个多于完成重要水功能区水质监测断面38个；达标数不应超过完成重要水功能区水质监测断面数，请核对"],
    },
  ],
  "325-sichuan-county-government-office-causes-paragraph-2026.txt": [
    {
      mistake: "a share of documents returned that does not match",
      from: "占审核总数的11.1%",
      to: "占审核总数的13.1%",
      findings: ["6:57-6:62 rate-mismatch 占比应为11.1%（43÷386），文中为13.1%"],
    },
    {
      mistake: "disclosure outcomes beyond the requests closed",
      from: "无法提供8件",
      to: "无法提供18件",
      findings: ["7:55-7:90 parts-exceed-total 各分项之和为73件（41+9+5+18），超过总数63件；请核对总数或各分项"],
    },
    {
      mistake: "an on-time rate that does not match its bracketed fraction",
      from: "按时办结率99.1%",
      to: "按时办结率98.1%",
      findings: ["8:46-8:56 rate-mismatch 按时办结率应为99.1%（4536÷4577），文中为98.1%"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2027年3月底前印发",
      to: "2026年3月底前印发",
      findings: ["19:22-19:27 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "the plans headed two years ahead",
      from: "四、2027年工作计划",
      to: "四、2028年工作计划",
      findings: ["18:5-18:10 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2028年"],
    },
    {
      mistake: "the causes paragraph deleted",
      from: "　　产生上述问题的原因：一是部分单位起草人员法治素养不高，对合法性审核重视不够；二是政务公开考核结果运用不充分；三是跨部门协调机制还不够顺畅。\n",
      to: "",
      findings: ["12:3-12:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "last year in the title",
      from: "青衣县人民政府办公室2026年度",
      to: "青衣县人民政府办公室2025年度",
      findings: ["1:11-1:16 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "a signature of another county's office",
      from: "青衣县人民政府办公室\n2027",
      to: "青山县人民政府办公室\n2027",
      findings: ["23:1-23:11 name-consistency 落款所写的“青山县人民政府办公室”与标题中的“青衣县人民政府办公室”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "on-time closures beyond the requests received",
      from: "按时办结4,536件",
      to: "按时办结4,636件",
      findings: ["8:35-8:45 parts-exceed-total 按时办结4636件多于受理4577件；按时办结数不应超过受理数，请核对"],
    },
    {
      // It was a documented silence: 某某 opening a name in 《》 names a document, which is never anonymized.
      mistake: "a document title of the body left as 某某 (《某某县人民政府工作规则》)",
      from: "《青衣县人民政府工作规则》",
      to: "《某某县人民政府工作规则》",
      findings: ["9:18-9:20 placeholder-text 模板占位符“某某”未替换，应填写实际内容"],
    },
  ],
  "326-guangdong-province-civil-affairs-dept-province-level-split-2024.txt": [
    {
      mistake: "a province-level part larger than the province's cases",
      from: "其中省本级37件",
      to: "其中省本级437件",
      findings: ["7:60-7:74 parts-exceed-total 分项437件超过总数418件；请核对总数或分项"],
    },
    {
      mistake: "a part in 万 larger than its whole",
      from: "其中跨省通办1.18万对",
      to: "其中跨省通办46.2万对",
      findings: ["8:38-8:56 parts-exceed-total 分项46.2万超过总数42.6万；请核对总数或分项"],
    },
    {
      mistake: "reconsideration outcomes beyond the cases closed",
      from: "维持7件",
      to: "维持8件",
      findings: ["9:33-9:47 parts-exceed-total 各分项之和为10件（8+2），超过总数9件；请核对总数或各分项"],
    },
    {
      mistake: "a section number repeated",
      from: "（三）规范民政服务事项",
      to: "（二）规范民政服务事项",
      findings: ["8:3-8:6 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”"],
    },
    {
      mistake: "a plan due within the report year",
      from: "2025年内提请",
      to: "2024年内提请",
      findings: ["19:22-19:27 year-consistency “下一年度主要安排”应写2025年的安排，文中的完成时限在2024年，成文时已过"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2025年主要工作安排",
      to: "四、2024年主要工作安排",
      findings: ["18:5-18:10 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年"],
    },
    {
      mistake: "dated after the deadline",
      from: "2025年1月28日",
      to: "2025年5月28日",
      findings: ["27:1-27:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年5月28日"],
    },
    {
      mistake: "the duties of the director only",
      from: "厅党组书记、厅长认真履行",
      to: "厅长认真履行",
      findings: ["16:3-16:29 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（厅长）的履职情况，未写党委主要负责人：请补写厅党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "half-width comma and full stop",
      from: "3.82万个，其中省本级2,146个。",
      to: "3.82万个,其中省本级2,146个.",
      findings: ["7:31-7:32 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "the year before in the opening",
      from: "2024年，省民政厅坚持",
      to: "2023年，省民政厅坚持",
      findings: ["4:3-4:8 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度"],
    },
    {
      mistake: "an unpaired opening quote",
      from: "谋划民政系统“九五”普法规划",
      to: "谋划民政系统“九五普法规划",
      findings: ["21:25-21:26 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
  ],
  "327-qinghai-prefecture-leaders-shufa-paragraphs-2026.txt": [
    {
      mistake: "a 纠错率 not matching the outcomes",
      from: "纠错率15.5%",
      to: "纠错率18.5%",
      findings: ["10:81-10:89 rate-mismatch 纠错率应为15.5%（(7+4+2)÷84），文中为18.5%"],
    },
    {
      mistake: "复议 outcomes beyond the cases closed",
      from: "其中维持55件",
      to: "其中维持65件",
      findings: ["10:38-10:80 parts-exceed-total 各分项之和为94件（65+7+4+2+9+7），超过总数84件；请核对总数或各分项"],
    },
    {
      mistake: "last year's plans heading",
      from: "四、2027年推进法治政府建设的主要安排",
      to: "四、2026年推进法治政府建设的主要安排",
      findings: ["21:3-21:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "the 州长's 述法 paragraph dropped",
      from: "\n州长述法：州长认真履行推进法治政府建设第一责任人职责，主持召开州政府常务会议学法6次，审定重大行政决策5项，带头出庭应诉1次，对行政复议纠错案件逐件过问、督促相关部门整改，全年未发生违反法定程序作出重大决策的情况。",
      to: "",
      findings: ["17:1-17:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（州委书记）的履职情况，未写政府主要负责人：请补写州长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "仅有2至3人，主要原因是高海拔地区人才引进难、留住更难。二是双语法律服务供给不足，懂法律又通藏语的专业人员紧缺，根源在于双语法律人才培养机制尚不健全。三是部分县行政复议纠错率偏高，究其原因，个别执法人员程序意识淡薄，法制审核把关不严。",
      to: "仅有2至3人。二是双语法律服务供给不足，懂法律又通藏语的专业人员紧缺。三是部分县行政复议纠错率偏高，个别执法人员程序意识淡薄。",
      findings: ["14:1-14:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a plan subsection number skipped",
      from: "（三）深入实施“九五”普法规划",
      to: "（五）深入实施“九五”普法规划",
      findings: ["24:1-24:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（五）”"],
    },
    {
      mistake: "the prefecture's name left as XX in the signature",
      from: "玉湖藏族自治州人民政府\n2027年2月3日",
      to: "XX藏族自治州人民政府\n2027年2月3日",
      findings: ["30:1-30:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width comma in a figures sentence",
      from: "5,384件，调解成功",
      to: "5,384件,调解成功",
      findings: ["11:70-11:71 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "a closing quote dropped",
      from: "进帐房”双语宣讲",
      to: "进帐房双语宣讲",
      findings: ["12:28-12:29 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
  ],
  "328-ningxia-town-village-subtotal-table.md": [
    {
      mistake: "a village's cell raised so its 小计 no longer adds up",
      from: "| 52 | 49 | 94.2% |",
      to: "| 52 | 59 | 94.2% |",
      findings: ["20:20-20:23 parts-exceed-total 各分项之和为140件（44+37+59），超过总数130件；请核对总数或各分项"],
    },
    {
      mistake: "a village's rate with digits swapped",
      from: "| 38 | 37 | 97.4% |",
      to: "| 38 | 37 | 94.7% |",
      findings: ["18:25-18:30 rate-mismatch 成功率应为97.4%（37÷38），文中为94.7%"],
    },
    {
      mistake: "a 小计's rate wrong",
      from: "| 50 | 48 | 96.0% |",
      to: "| 50 | 48 | 98.0% |",
      findings: ["23:24-23:29 rate-mismatch 成功率应为96.0%（48÷50），文中为98.0%"],
    },
    {
      mistake: "the grand total's cell unlike the subtotals",
      from: "| 合计 | | 186 | 178 | 95.7% |",
      to: "| 合计 | | 196 | 178 | 95.7% |",
      findings: ["24:10-24:13 parts-exceed-total 合计应为186件（各项之和），表中为196件；请核对合计或各分项", "24:22-24:27 rate-mismatch 成功率应为90.8%（178÷196），文中为95.7%"],
    },
    {
      mistake: "the text's rate unlike its counts",
      from: "调解成功178件，成功率95.7%",
      to: "调解成功178件，成功率97.5%",
      findings: ["13:77-13:85 rate-mismatch 成功率应为95.7%（178÷186），文中为97.5%"],
    },
    {
      mistake: "an enforcement part beyond the cases",
      from: "其中违法建设21起",
      to: "其中违法建设31起",
      findings: ["11:29-11:58 parts-exceed-total 各分项之和为74起（31+26+17），超过总数64起；请核对总数或各分项"],
    },
    {
      mistake: "last year's title",
      from: "# 沙泉县红崖镇2025年法治政府建设情况报告",
      to: "# 沙泉县红崖镇2024年法治政府建设情况报告",
      findings: ["1:9-1:14 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "this year's plans heading",
      from: "## 四、2026年工作计划",
      to: "## 四、2025年工作计划",
      findings: ["38:6-38:11 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a plan deadline already past",
      from: "一是2026年6月底前完成",
      to: "一是2025年6月底前完成",
      findings: ["40:3-40:8 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "the shortcomings part deleted",
      from: "## 二、存在的不足和原因\n\n一是山区片村调委会力量偏弱，部分调解员年龄偏大，原因是山区村青壮年外出务工较多，后备人选不足。二是群众法治意识仍需提高，因土地、婚姻引发的纠纷较多，主要原因在于普法针对性不强，以案释法不够。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "30:4-30:6 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "another town's signature",
      from: "沙泉县红崖镇人民政府\n\n2026年1月16日",
      to: "沙泉县石嘴镇人民政府\n\n2026年1月16日",
      findings: ["46:1-46:11 name-consistency 落款所写的“沙泉县石嘴镇人民政府”与标题中的“沙泉县红崖镇”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "the 镇长's sentence dropped",
      from: "镇长主持镇政府常务会议集体学法6次，审定镇重大行政决策1项，亲自协调化解移民安置遗留纠纷4件。",
      to: "",
      findings: ["34:4-34:31 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写镇长履行推进法治建设第一责任人职责的情况"],
    },
  ],
  "329-shaanxi-county-city-merged-problems-plans-2026.txt": [
    {
      mistake: "a 采纳率 unlike its counts",
      from: "采纳率95.5%",
      to: "采纳率93.5%",
      findings: ["8:100-8:108 rate-mismatch 采纳率应为95.5%（298÷312），文中为93.5%"],
    },
    {
      mistake: "a change with digits swapped",
      from: "下降11.2%",
      to: "下降12.1%",
      findings: ["9:51-9:56 change-mismatch 降幅应为11.2%（(2417-2146)÷2417），文中为12.1%"],
    },
    {
      mistake: "a 办结率 unlike its counts",
      from: "办结率98.5%",
      to: "办结率96.5%",
      findings: ["10:54-10:62 rate-mismatch 办结率应为98.5%（40896÷41527），文中为96.5%"],
    },
    {
      mistake: "a part of the permits raised beyond them",
      from: "承诺件14,272件",
      to: "承诺件15,272件",
      findings: ["7:59-7:89 parts-exceed-total 各分项之和为24684件（9412+15272），超过总数23684件；请核对总数或各分项"],
    },
    {
      mistake: "复议 outcomes beyond the cases closed",
      from: "其中维持38件",
      to: "其中维持48件",
      findings: ["11:39-11:74 parts-exceed-total 各分项之和为62件（48+4+2+5+3），超过总数52件；请核对总数或各分项"],
    },
    {
      mistake: "the merged part's plans for this year",
      from: "（二）2027年工作打算",
      to: "（二）2026年工作打算",
      findings: ["21:4-21:9 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "a plan deadline inside the year reported",
      from: "2027年9月底前完成",
      to: "2026年9月底前完成",
      findings: ["22:22-22:27 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "a plan's 三是 written 四是",
      from: "三是推动城区律师事务所",
      to: "四是推动城区律师事务所",
      findings: ["22:80-22:82 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "the causes dropped from the merged part",
      from: "原因是镇街执法人员多为兼职，专业培训不足；二是行政规范性文件清理不够及时，根源在于动态清理机制落实不到位；三是公共法律服务资源分布不均，山区镇法律服务供给相对薄弱。产生这一问题的原因主要是律师等专业力量集中在城区，下沉激励措施不够有力。",
      to: "执法文书质量有待提高；二是行政规范性文件清理不够及时；三是公共法律服务资源分布不均，山区镇法律服务供给相对薄弱。",
      findings: ["18:1-18:14 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "dated after March 31",
      from: "2027年1月27日",
      to: "2027年4月8日",
      findings: ["28:1-28:10 publish-date 成文日期晚于次年3月31日的公开期限：2026年度报告应在2027年3月31日前成文公开，文中为2027年4月8日"],
    },
    {
      mistake: "the addressee left as ××",
      from: "宝岭市人民政府：",
      to: "××市人民政府：",
      findings: ["3:1-3:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
  ],
  "330-henan-subdistrict-chinese-numeral-counts.txt": [
    {
      mistake: "a 办结率 in words with digits swapped",
      from: "办结率百分之九十五点七",
      to: "办结率百分之九十七点五",
      findings: ["8:57-8:68 rate-mismatch 办结率应为95.7%（310÷324），文中为百分之九十七点五"],
    },
    {
      mistake: "a 调解成功率 in words unlike its counts",
      from: "调解成功率百分之九十六点二",
      to: "调解成功率百分之九十二点六",
      findings: ["10:47-10:60 rate-mismatch 调解成功率应为96.2%（179÷186），文中为百分之九十二点六"],
    },
    {
      mistake: "a part in words beyond the cases",
      from: "其中占道经营三十一起",
      to: "其中占道经营四十一起",
      findings: ["9:28-9:63 parts-exceed-total 各分项之和为68起（41+15+12），超过总数58起；请核对总数或各分项"],
    },
    {
      mistake: "closed beyond received, in words",
      from: "办结三百一十件",
      to: "办结三百四十件",
      findings: ["8:49-8:56 parts-exceed-total 办结340件多于受理324件；办结数不应超过受理数，请核对"],
    },
    {
      mistake: "last year in the opening",
      from: "2025年，杏坛街道办事处在区委",
      to: "2024年，杏坛街道办事处在区委",
      findings: ["4:1-4:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "this year's plans heading",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["22:3-22:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "the previous 纲要 cited in 2025",
      from: "《法治政府建设实施纲要（2021—2025年）》",
      to: "《法治政府建设实施纲要（2015—2020年）》",
      findings: ["4:53-4:77 dated-reference 2025年度报告仍写“《法治政府建设实施纲要（2015—2020年）》”：该纲要的期限是2015—2020年，现行的是《法治政府建设实施纲要（2021—2025年）》"],
    },
    {
      mistake: "a subsection number repeated",
      from: "（五）深化法治宣传",
      to: "（六）深化法治宣传",
      findings: ["11:1-11:4 heading-numbering 标题序号跳号：此处应为“（五）”，文中为“（六）”"],
    },
    {
      mistake: "the 办事处主任's sentence dropped",
      from: "办事处主任主持召开主任办公会议集体学法五次，亲自审定街道重大事项决策二项，出庭应诉二次。",
      to: "",
      findings: ["19:1-19:31 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写街道办事处主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the addressee left as 某某",
      from: "东城区人民政府：",
      to: "某某区人民政府：",
      findings: ["3:1-3:3 placeholder-text 模板占位符“某某”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width comma in a plan",
      from: "二是启动“九五”普法，推行",
      to: "二是启动“九五”普法,推行",
      findings: ["23:44-23:45 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
  ],
  "331-jilin-province-government-city-shares-wan-2026.txt": [
    {
      mistake: "a city's share with digits swapped",
      from: "占27.5%",
      to: "占25.7%",
      findings: ["9:52-9:57 rate-mismatch 占比应为27.5%（5.12万÷18.64万），文中为25.7%"],
    },
    {
      mistake: "a city's share unlike its count",
      from: "3.86万件，占20.7%",
      to: "3.86万件，占22.7%",
      findings: ["9:69-9:74 rate-mismatch 占比应为20.7%（3.86万÷18.64万），文中为22.7%"],
    },
    {
      mistake: "a change with digits swapped",
      from: "下降9.7%",
      to: "下降7.9%",
      findings: ["9:127-9:131 change-mismatch 降幅应为9.7%（(26.41亿-23.86亿)÷26.41亿），文中为7.9%"],
    },
    {
      mistake: "a 网办率 with digits swapped",
      from: "网办率85.6%",
      to: "网办率58.6%",
      findings: ["7:67-7:75 rate-mismatch 网办率应为85.6%（1593.7万÷1862.4万），文中为58.6%"],
    },
    {
      mistake: "a 结案率 with digits swapped",
      from: "结案率93.6%",
      to: "结案率96.3%",
      findings: ["10:52-10:60 rate-mismatch 结案率应为93.6%（2.21万÷2.36万），文中为96.3%"],
    },
    {
      mistake: "a 纠错率 unlike its counts",
      from: "纠错率12.8%",
      to: "纠错率21.8%",
      findings: ["10:72-10:80 rate-mismatch 纠错率应为12.8%（2834÷2.21万），文中为21.8%"],
    },
    {
      mistake: "a 调解成功率 unlike its counts",
      from: "调解成功率98.1%",
      to: "调解成功率91.8%",
      findings: ["11:49-11:59 rate-mismatch 调解成功率应为98.1%（41.9万÷42.7万），文中为91.8%"],
    },
    {
      mistake: "this year's plans heading",
      from: "四、2027年推进法治政府建设的主要安排",
      to: "四、2026年推进法治政府建设的主要安排",
      findings: ["20:3-20:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "another province's signature",
      from: "雪原省人民政府\n2027年3月12日",
      to: "冰川省人民政府\n2027年3月12日",
      findings: ["26:1-26:8 name-consistency 落款所写的“冰川省人民政府”与标题中的“雪原省人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "last year's title",
      from: "关于2026年度法治政府建设",
      to: "关于2025年度法治政府建设",
      findings: ["1:10-1:15 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "an unpaired 《",
      from: "一是印发实施《雪原省法治政府建设实施方案（2026—2030年）》，",
      to: "一是印发实施《雪原省法治政府建设实施方案（2026—2030年），",
      findings: ["21:7-21:8 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "a share larger than its whole",
      from: "北原市5.12万件，占27.5%",
      to: "北原市5.12万件，占127.5%",
      findings: ["9:52-9:58 rate-mismatch 占比应为27.5%（5.12万÷18.64万），文中为127.5%"],
    },
    {
      mistake: "the rest of the cities summed beyond what the listed ones leave",
      from: "合计9.66万件",
      to: "合计9.88万件",
      findings: ["9:31-9:97 parts-exceed-total 各分项之和为18.86万件（5.12万+3.86万+9.88万），超过总数18.64万件；请核对总数或各分项"],
    },
  ],
  "332-hubei-county-bold-unnumbered-measures.md": [
    {
      mistake: "an 优秀率 with digits swapped",
      from: "优秀率28.3%",
      to: "优秀率23.8%",
      findings: ["19:34-19:42 rate-mismatch 优秀率应为28.3%（68÷240），文中为23.8%"],
    },
    {
      mistake: "a 败诉率 unlike its counts",
      from: "败诉率10.5%",
      to: "败诉率15.0%",
      findings: ["19:117-19:125 rate-mismatch 败诉率应为10.5%（2÷19），文中为15.0%"],
    },
    {
      mistake: "a 成功率 unlike its counts",
      from: "成功率97.9%",
      to: "成功率99.7%",
      findings: ["23:35-23:43 rate-mismatch 成功率应为97.9%（4038÷4126），文中为99.7%"],
    },
    {
      mistake: "复议 outcomes beyond the cases closed",
      from: "其中维持22件",
      to: "其中维持27件",
      findings: ["19:62-19:97 parts-exceed-total 各分项之和为36件（27+3+1+3+2），超过总数31件；请核对总数或各分项"],
    },
    {
      mistake: "a 其中 part beyond its whole",
      from: "其中农民工讨薪案件214件",
      to: "其中农民工讨薪案件728件",
      findings: ["23:129-23:147 parts-exceed-total 分项728件超过总数628件；请核对总数或分项"],
    },
    {
      mistake: "三是 written 四是 under a bold heading",
      from: "三是全县行政诉讼案件",
      to: "四是全县行政诉讼案件",
      findings: ["19:98-19:100 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "this year's plans heading",
      from: "## 四、2026年推进法治政府建设的主要安排",
      to: "## 四、2025年推进法治政府建设的主要安排",
      findings: ["37:6-37:11 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "last year's shortcomings heading",
      from: "## 二、2025年推进法治政府建设存在的不足和原因",
      to: "## 二、2024年推进法治政府建设存在的不足和原因",
      findings: ["29:6-29:11 year-consistency “存在的不足和原因”应写2025年的情况，标题中为2024年"],
    },
    {
      mistake: "dated in November of the year reported on",
      from: "2026年2月10日",
      to: "2025年11月30日",
      findings: ["47:1-47:12 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年11月30日"],
    },
    {
      mistake: "the shortcomings part deleted",
      from: "## 二、2025年推进法治政府建设存在的不足和原因\n\n一是部分乡镇执法能力不足，主要原因是乡镇综合执法改革后人员配备到位较慢。二是行政复议案件纠错率仍然偏高，原因在于部分执法人员程序意识不强。三是法治宣传针对性有待提高，究其原因，普法资源向农村倾斜不够。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "29:4-29:6 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "a count left as X",
      from: "县政府常务会议学法7次",
      to: "县政府常务会议学法X次",
      findings: ["35:53-35:55 placeholder-text 模板占位符“X次”未替换，应填写实际内容"],
    },
    {
      mistake: "the 县委书记's sentence dropped",
      from: "县委书记主持召开县委常委会会议研究法治建设工作4次，带头讲授法治专题党课。",
      to: "",
      findings: ["33:4-33:30 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（县长）的履职情况，未写党委主要负责人：请补写县委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "the signature left as 某某",
      from: "青竹县人民政府\n\n2026年2月10日",
      to: "某某县人民政府\n\n2026年2月10日",
      findings: ["45:1-45:3 placeholder-text 模板占位符“某某”未替换，应填写实际内容"],
    },
  ],
  "333-ningxia-city-urban-enforcement-key-data-list-2026.txt": [
    {
      mistake: "a 结案率 that does not match its counts",
      from: "结案率97.5%；",
      to: "结案率95.7%；",
      findings: ["9:43-9:51 rate-mismatch 结案率应为97.5%（1352÷1386），文中为95.7%"],
    },
    {
      mistake: "a change in fines that does not match the two amounts",
      from: "下降10.0%",
      to: "下降11.0%",
      findings: ["9:78-9:83 change-mismatch 降幅应为10.0%（(318.2万-286.4万)÷318.2万），文中为11.0%"],
    },
    {
      mistake: "power-list kinds beyond the list",
      from: "行政检查17项",
      to: "行政检查37项",
      findings: ["7:47-7:78 parts-exceed-total 各分项之和为332项（276+19+37），超过总数312项；请核对总数或各分项"],
    },
    {
      mistake: "certified officers beyond the staff they are a share of",
      from: "持有行政执法证件人员218名",
      to: "持有行政执法证件人员238名",
      findings: ["11:70-11:75 rate-mismatch 238名多于其所占的总数226名，占比不会超过100%，文中为96.5%：请核对分项或总数"],
    },
    {
      mistake: "last year in the reporting sentence",
      from: "现将2026年度",
      to: "现将2025年度",
      findings: ["5:92-5:97 year-consistency 开头写的是2025年度的情况，标题中为2026年度：请统一报告年度"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2027年6月底前完成",
      to: "2026年6月底前完成",
      findings: ["26:18-26:23 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "the duties part deleted",
      from: "　　三、党政主要负责人履行推进法治建设第一责任人职责情况\n　　局党组书记、局长认真履行第一责任人职责，主持召开党组会议专题研究法治建设工作5次，审定重大执法决定28件，带头开展述法，并将法治建设纳入全局年度目标考核。\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "23:3-23:5 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "XX in the signature",
      from: "贺兰川市城市管理综合行政执法局\n2027",
      to: "XX市城市管理综合行政执法局\n2027",
      findings: ["32:1-32:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width comma in prose",
      from: "“三项制度”，执法全过程",
      to: "“三项制度”,执法全过程",
      findings: ["9:98-9:99 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "a plan number skipped",
      from: "（三）推动数字城管平台",
      to: "（四）推动数字城管平台",
      findings: ["28:3-28:6 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "an 优秀率 that does not match",
      from: "优秀率30.0%",
      to: "优秀率32.0%",
      findings: ["9:143-9:151 rate-mismatch 优秀率应为30.0%（36÷120），文中为32.0%"],
    },
    {
      mistake: "an unpaired opening quote",
      from: "“柔性执法示范点”创建",
      to: "“柔性执法示范点创建",
      findings: ["27:8-27:9 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "a closing date after April 1",
      from: "2027年2月10日",
      to: "2027年4月10日",
      findings: ["33:1-33:11 publish-date 成文日期晚于次年3月31日的公开期限：2026年度报告应在2027年3月31日前成文公开，文中为2027年4月10日"],
    },
  ],
  "334-shanxi-county-approval-bureau-bracket-fractions-2022.txt": [
    {
      mistake: "a bracketed rate that does not match its fraction",
      from: "认领率98.8%",
      to: "认领率97.8%",
      findings: ["6:59-6:67 rate-mismatch 认领率应为98.8%（3598÷3642），文中为97.8%"],
    },
    {
      mistake: "the numerator of a bracketed fraction changed",
      from: "（236卷/240卷）",
      to: "（226卷/240卷）",
      findings: ["8:66-8:74 rate-mismatch 合格率应为94.2%（226÷240），文中为98.3%"],
    },
    {
      mistake: "parts beyond the licences handled",
      from: "承诺件2,712件",
      to: "承诺件2,912件",
      findings: ["5:76-5:104 parts-exceed-total 各分项之和为4418件（1506+2912），超过总数4218件；请核对总数或各分项"],
    },
    {
      mistake: "last year in the title",
      from: "沁川县行政审批服务管理局2022年度",
      to: "沁川县行政审批服务管理局2021年度",
      findings: ["1:13-1:18 year-consistency 标题中为2021年度，正文各处写的都是2022年度的情况：标题应为2022年度"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2023年工作安排",
      to: "四、2022年工作安排",
      findings: ["20:5-20:10 year-consistency “下一年度主要安排”应写2023年的安排，标题中为2022年"],
    },
    {
      mistake: "a plan number repeated",
      from: "3.开展审批人员轮训",
      to: "2.开展审批人员轮训",
      findings: ["23:3-23:5 heading-numbering 标题序号重复：“2.”与上一个同级标题相同，此处应为“3.”"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "　　（一）部分划转事项审批人员专业能力不足。原因是划转事项专业性强，人员未随事项全部划转到位。\n　　（二）审管衔接仍有“断档”现象。原因是部分监管部门对划转后的监管责任认识不清，信息认领不及时。",
      to: "　　（一）部分划转事项审批人员专业能力不足。\n　　（二）审管衔接仍有“断档”现象。",
      findings: ["14:3-14:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a closing date before the year ended",
      from: "2023年1月16日",
      to: "2022年11月16日",
      findings: ["28:1-28:12 publish-date 成文日期早于2022年12月1日，2022年度尚未结束：应在2022年12月1日至2023年3月31日之间成文，文中为2022年11月16日"],
    },
    {
      mistake: "a fill-in placeholder left in",
      from: "水利等17个部门",
      to: "水利等【此处填写】个部门",
      findings: ["5:35-5:41 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "a signature of another county",
      from: "沁川县行政审批服务管理局\n2023",
      to: "沁源县行政审批服务管理局\n2023",
      findings: ["27:1-27:13 name-consistency 落款所写的“沁源县行政审批服务管理局”与标题中的“沁川县行政审批服务管理局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "online items beyond all items in the bracket",
      from: "可网办1,127项",
      to: "可网办1,217项",
      findings: ["7:26-7:34 rate-mismatch 1217项多于其所占的总数1172项，占比不会超过100%，文中为96.2%：请核对分项或总数"],
    },
    {
      mistake: "opinions adopted beyond those received",
      from: "采纳31条",
      to: "采纳53条",
      findings: ["9:83-9:88 parts-exceed-total 采纳53条多于收到43条；采纳数不应超过收到数，请核对"],
    },
  ],
  "335-jiangxi-city-local-finance-bureau-party-group-chinese-date-2026.txt": [
    {
      mistake: "lenders beyond the institutions supervised",
      from: "典当行18家",
      to: "典当行28家",
      findings: ["7:33-7:65 parts-exceed-total 各分项之和为96家（41+27+28），超过总数86家；请核对总数或各分项"],
    },
    {
      mistake: "a 整改率 that does not match",
      from: "整改率95.9%",
      to: "整改率96.9%",
      findings: ["7:95-7:103 rate-mismatch 整改率应为95.9%（141÷147），文中为96.9%"],
    },
    {
      mistake: "a drop in cases that does not match",
      from: "下降36.4%",
      to: "下降34.6%",
      findings: ["8:85-8:90 change-mismatch 降幅应为36.4%（(11-7)÷11），文中为34.6%"],
    },
    {
      mistake: "a mediation rate that does not match",
      from: "调解成功率83.4%",
      to: "调解成功率84.3%",
      findings: ["12:48-12:58 rate-mismatch 调解成功率应为83.4%（872÷1046），文中为84.3%"],
    },
    {
      mistake: "opinions adopted beyond those received",
      from: "采纳38条",
      to: "采纳68条",
      findings: ["11:83-11:88 parts-exceed-total 采纳68条多于收到56条；采纳数不应超过收到数，请核对"],
    },
    {
      mistake: "last year in the opening",
      from: "2026年，市地方金融管理局党组坚持",
      to: "2025年，市地方金融管理局党组坚持",
      findings: ["5:3-5:8 year-consistency 开头写的是2025年度的情况，标题中为2026年度：请统一报告年度"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2027年二季度前接入",
      to: "2026年二季度前接入",
      findings: ["20:18-20:23 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "一是 二是 四是",
      from: "三是加快存量案件清退",
      to: "四是加快存量案件清退",
      findings: ["20:70-20:72 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "×× in the title",
      from: "中共章江市地方金融管理局党组\n关于",
      to: "中共××市地方金融管理局党组\n关于",
      findings: ["1:3-1:5 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "an unpaired 《",
      from: "《章江市地方金融组织分类监管办法》履行",
      to: "《章江市地方金融组织分类监管办法履行",
      findings: ["11:16-11:17 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "a half-width colon in prose",
      from: "主要原因：监测平台",
      to: "主要原因:监测平台",
      findings: ["15:70-15:71 punctuation-width 中文行文应使用全角标点“：”，文中为半角“:”"],
    },
  ],
  "336-hebei-county-public-security-bureau-problem-cause-table-2025.txt": [
    {
      mistake: "penalties beyond their total",
      from: "行政拘留438人次",
      to: "行政拘留538人次",
      findings: ["6:60-6:97 parts-exceed-total 各分项之和为2062人次（418+1106+538），超过总数1962人次；请核对总数或各分项"],
    },
    {
      mistake: "a 整改率 with digits swapped",
      from: "整改率95.2%",
      to: "整改率92.5%",
      findings: ["7:83-7:91 rate-mismatch 整改率应为95.2%（60÷63），文中为92.5%"],
    },
    {
      mistake: "a 败诉率 that does not match",
      from: "败诉率20.0%",
      to: "败诉率25.0%",
      findings: ["9:64-9:72 rate-mismatch 败诉率应为20.0%（1÷5），文中为25.0%"],
    },
    {
      mistake: "a drop in fraud cases that does not match",
      from: "下降18.9%",
      to: "下降19.8%",
      findings: ["11:64-11:69 change-mismatch 降幅应为18.9%（(512-415)÷512），文中为19.8%"],
    },
    {
      mistake: "officers passing beyond those sitting the exam",
      from: "合格179人",
      to: "合格189人",
      findings: ["12:39-12:45 parts-exceed-total 合格189人多于参考186人；合格数不应超过参考数，请核对"],
    },
    {
      mistake: "the shortcomings table without its causes column",
      from: "　　问题｜原因\n　　部分民警执法规范化意识不强，现场执法记录不完整｜执法培训偏重理论讲授，实战化训练不足\n　　行政案件办理周期偏长｜基层所队警力紧张，案件审核层级较多\n　　执法监督信息化手段不足｜执法办案管理系统与执法记录仪平台尚未对接",
      to: "　　一是部分民警执法规范化意识不强，现场执法记录不完整。二是行政案件办理周期偏长。三是执法监督信息化手段不足。",
      findings: ["13:3-13:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the plans part deleted",
      from: "　　四、2026年工作思路\n　　一是深化执法办案管理中心实战化运行，2026年底前实现全县派出所全覆盖。二是开展执法能力“大练兵”，每季度组织一次案例研讨。三是推进执法监督平台与执法记录仪平台对接，实现执法视音频自动关联案件、自动比对问题。\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "21:3-21:5 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”"],
    },
    {
      mistake: "another county's bureau in the opening",
      from: "2025年，青滦县公安局坚持",
      to: "2025年，青龙县公安局坚持",
      findings: ["4:9-4:15 name-consistency 开头所写的“青龙县公安局”与标题中的“青滦县公安局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "XX in the signature",
      from: "青滦县公安局\n2026",
      to: "XX县公安局\n2026",
      findings: ["26:1-26:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2026年底前实现全县派出所",
      to: "2025年底前实现全县派出所",
      findings: ["22:21-22:26 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
  ],
  "337-yunnan-city-development-reform-commission-tendering-credit-2026.txt": [
    {
      mistake: "an 采纳率 that does not match",
      from: "采纳率32.0%",
      to: "采纳率23.0%",
      findings: ["7:88-7:96 rate-mismatch 采纳率应为32.0%（412÷1286），文中为23.0%"],
    },
    {
      mistake: "tender kinds beyond the total",
      from: "非依法必须招标项目222宗",
      to: "非依法必须招标项目322宗",
      findings: ["9:31-9:66 parts-exceed-total 各分项之和为1148宗（826+322），超过总数1048宗；请核对总数或各分项"],
    },
    {
      mistake: "complaint outcomes beyond those closed",
      from: "撤回2件",
      to: "撤回4件",
      findings: ["9:94-9:117 parts-exceed-total 各分项之和为31件（8+19+4），超过总数29件；请核对总数或各分项"],
    },
    {
      mistake: "a growth that does not match the two counts",
      from: "增长22.7%",
      to: "增长27.2%",
      findings: ["10:50-10:55 change-mismatch 增幅应为22.7%（(1862.4万-1517.6万)÷1517.6万），文中为27.2%"],
    },
    {
      mistake: "last year in the title",
      from: "关于2026年度",
      to: "关于2025年度",
      findings: ["2:3-2:8 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2027年工作打算",
      to: "四、2026年工作打算",
      findings: ["18:5-18:10 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "shortcomings without their causes",
      from: "主要原因是行业监管部门之间的职责划分仍需细化，信用平台数据治理机制不健全。",
      to: "",
      findings: ["14:3-14:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a shortcoming number skipped",
      from: "（二）信用信息归集质量不高",
      to: "（三）信用信息归集质量不高",
      findings: ["15:35-15:38 enumeration-sequence 列举序号跳号：此处应为“（二）”，文中为“（三）”"],
    },
    {
      mistake: "a half-width comma before a deadline",
      from: "规划纲要实施，2027年9月底前",
      to: "规划纲要实施,2027年9月底前",
      findings: ["19:19-19:20 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2027年9月底前完成",
      to: "2026年9月底前完成",
      findings: ["19:20-19:25 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "a signature of another city's commission",
      from: "苍洱市发展和改革委员会\n2027",
      to: "苍山市发展和改革委员会\n2027",
      findings: ["23:1-23:12 name-consistency 落款所写的“苍山市发展和改革委员会”与标题中的“苍洱市发展和改革委员会”不是同一单位：是否沿用了其他单位的报告？"],
    },
  ],
  "338-guizhou-province-transport-dept-plans-answer-shortcomings-2025.txt": [
    {
      mistake: "a part in 万 beyond the total",
      from: "水路运输0.23万件",
      to: "水路运输0.43万件",
      findings: ["7:60-7:101 parts-exceed-total 各分项之和为2.56万件（1.52万+0.61万+0.43万），超过总数2.36万件；请核对总数或各分项"],
    },
    {
      mistake: "a drop that does not match the bracketed last year",
      from: "同比下降6.6%",
      to: "同比下降8.6%",
      findings: ["7:116-7:120 change-mismatch 降幅应为6.6%（(1.52亿-1.42亿)÷1.52亿），文中为8.6%"],
    },
    {
      mistake: "a percentage-point change that does not match",
      from: "下降0.11个百分点",
      to: "下降0.21个百分点",
      findings: ["8:59-8:67 change-mismatch 降幅应为0.11个百分点（0.52%-0.41%），文中为0.21个百分点"],
    },
    {
      mistake: "review outcomes beyond those closed",
      from: "终止1件",
      to: "终止3件",
      findings: ["10:38-10:63 parts-exceed-total 各分项之和为14件（8+2+1+3），超过总数12件；请核对总数或各分项"],
    },
    {
      mistake: "applications accepted beyond those received",
      from: "受理12件",
      to: "受理16件",
      findings: ["10:30-10:35 parts-exceed-total 受理16件多于收到14件；受理数不应超过收到数，请核对"],
    },
    {
      mistake: "a 整改率 that does not match",
      from: "整改率95.9%",
      to: "整改率96.5%",
      findings: ["13:64-13:72 rate-mismatch 整改率应为95.9%（305÷318），文中为96.5%"],
    },
    {
      mistake: "last year in the reporting sentence",
      from: "现将2025年度",
      to: "现将2024年度",
      findings: ["4:85-4:90 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2026年底前为县级执法机构",
      to: "2025年底前为县级执法机构",
      findings: ["20:27-20:32 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "the duties part deleted",
      from: "　　三、厅党政主要负责人履行推进法治建设第一责任人职责情况\n　　厅党组书记、厅长认真履行第一责任人职责，主持召开厅党组会议研究法治工作6次，审定重大行政决策2项，带头出庭应诉1次，向省委依法治省办书面述法。\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "17:3-17:5 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "a plan number repeated",
      from: "（三）针对文件立改废",
      to: "（二）针对文件立改废",
      findings: ["22:3-22:6 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”"],
    },
    {
      mistake: "×× in a regulation title",
      from: "《黔中省公路条例》修订",
      to: "《××省公路条例》修订",
      findings: ["6:28-6:30 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "an unpaired opening quote",
      from: "实现“全程网办”",
      to: "实现“全程网办",
      findings: ["9:33-9:34 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "a closing date after April 1",
      from: "2026年2月26日",
      to: "2026年5月26日",
      findings: ["28:1-28:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年5月26日"],
    },
  ],
  "339-jilin-county-plan-completion-shares-2026.txt": [
    {
      mistake: "an 采纳率 unlike its counts",
      from: "采纳率94.8%",
      to: "采纳率96.8%",
      findings: ["7:106-7:114 rate-mismatch 采纳率应为94.8%（271÷286），文中为96.8%"],
    },
    {
      mistake: "a share of the files checked unlike its counts (优秀案卷62卷，占25.8%)",
      from: "占抽查案卷的25.8%",
      to: "占抽查案卷的28.5%",
      findings: ["8:156-8:161 rate-mismatch 占比应为25.8%（62÷240），文中为28.5%"],
    },
    {
      mistake: "a change against last year's count unlike the two figures",
      from: "较上年的1,518件减少12.6%",
      to: "较上年的1,518件减少16.2%",
      findings: ["8:92-8:97 change-mismatch 降幅应为12.6%（(1518-1326)÷1518），文中为16.2%"],
    },
    {
      mistake: "the 全程网办率 unlike the items",
      from: "全程网办率89.0%",
      to: "全程网办率90.8%",
      findings: ["9:45-9:55 rate-mismatch 全程网办率应为89.0%（936÷1052），文中为90.8%"],
    },
    {
      mistake: "the outcomes of the reviews raised beyond those closed",
      from: "驳回12件、终止4件",
      to: "驳回21件、终止4件",
      findings: ["10:83-10:117 parts-exceed-total 各分项之和为90件（52+9+4+21+4），超过总数81件；请核对总数或各分项"],
    },
    {
      mistake: "the mediation success rate unlike its counts",
      from: "调解成功率97.1%",
      to: "调解成功率91.7%",
      findings: ["10:45-10:55 rate-mismatch 调解成功率应为97.1%（2791÷2874），文中为91.7%"],
    },
    {
      mistake: "the title still naming the year before",
      from: "关于2026年度法治政府建设工作情况的报告",
      to: "关于2025年度法治政府建设工作情况的报告",
      findings: ["2:3-2:8 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "the plans heading naming this year",
      from: "四、2027年工作安排",
      to: "四、2026年工作安排",
      findings: ["16:5-16:10 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "a closing date before the year ended",
      from: "2027年2月6日",
      to: "2026年11月6日",
      findings: ["22:1-22:11 publish-date 成文日期早于2026年12月1日，2026年度尚未结束：应在2026年12月1日至2027年3月31日之间成文，文中为2026年11月6日"],
    },
    {
      mistake: "the shortcomings with no causes",
      from: "究其原因，主要是基层执法人员数量少、专业化程度不高，复议意见落实的考核机制还不完善。",
      to: "",
      findings: ["12:3-12:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "a place name of another county in the signature",
      from: "松原河县人民政府\n2027年2月6日",
      to: "松江河县人民政府\n2027年2月6日",
      findings: ["21:1-21:9 name-consistency 落款所写的“松江河县人民政府”与标题中的“松原河县人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "the 一是/二是 of the plans skipping to 四是",
      from: "；三是深入实施",
      to: "；四是深入实施",
      findings: ["17:65-17:67 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
  ],
  "340-liaoning-subdistrict-five-year-base-2020.txt": [
    {
      mistake: "a growth over 2020 unlike the two counts",
      from: "较2020年的61件增长126.2%",
      to: "较2020年的61件增长162.2%",
      findings: ["6:67-6:73 change-mismatch 增幅应为126.2%（(138-61)÷61），文中为162.2%"],
    },
    {
      mistake: "the kinds of dispute beyond the disputes handled",
      from: "其他纠纷261件",
      to: "其他纠纷361件",
      findings: ["7:49-7:104 parts-exceed-total 各分项之和为1264件（386+312+205+361），既超过1129件，也超过其所出自的总数1164件（分项可能是两者中任一个的）；请核对总数或各分项"],
    },
    {
      mistake: "the mediation rate unlike its counts",
      from: "成功率97.0%",
      to: "成功率96.0%",
      findings: ["7:56-7:64 rate-mismatch 成功率应为97.0%（1129÷1164），文中为96.0%"],
    },
    {
      mistake: "the title naming the year before",
      from: "金沙街道办事处2025年法治政府建设年度报告",
      to: "金沙街道办事处2024年法治政府建设年度报告",
      findings: ["1:14-1:19 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the plans naming the report's own year",
      from: "四、2026年工作计划",
      to: "四、2025年工作计划",
      findings: ["14:5-14:10 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "arabic item numbers repeated (3. 3.)",
      from: "4.“八五”普法总结收官",
      to: "3.“八五”普法总结收官",
      findings: ["8:3-8:5 heading-numbering 标题序号重复：“3.”与上一个同级标题相同，此处应为“4.”"],
    },
    {
      mistake: "template residue for the district (XX区)",
      from: "营川市滨海区金沙街道办事处2025年",
      to: "营川市XX区金沙街道办事处2025年",
      findings: ["1:4-1:6 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a publish date after the deadline",
      from: "2026年1月15日",
      to: "2026年4月15日",
      findings: ["20:1-20:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月15日"],
    },
    {
      mistake: "half-width commas in a sentence of prose",
      from: "一是执法队伍中取得执法证件的人员仅占在岗人员的68%，持证率偏低；",
      to: "一是执法队伍中取得执法证件的人员仅占在岗人员的68%,持证率偏低;",
      findings: [
        "11:52-11:53 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”",
        "11:58-11:59 punctuation-width 中文行文应使用全角标点“；”，文中为半角“;”",
      ],
    },
    {
      mistake: "the duties part deleted with its heading",
      from: "　　三、党政主要负责人履行推进法治建设第一责任人职责情况\n　　街道党工委书记、办事处主任认真履行第一责任人职责，将法治建设纳入街道年度重点工作，党工委书记主持召开专题会议研究法治工作4次，办事处主任带头参加区级行政执法人员培训，并在区政府常务会议上述法。\n",
      to: "",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "12:3-12:5 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”",
      ],
    },
  ],
  "341-chongqing-dev-zone-month-deadline-plans-2026.txt": [
    {
      mistake: "a decrease against last year's visits unlike the two figures",
      from: "较上年减少31.5%（上年937家次）",
      to: "较上年减少35.1%（上年937家次）",
      findings: ["8:44-8:49 change-mismatch 降幅应为31.5%（(937-642)÷937），文中为35.1%"],
    },
    {
      mistake: "the share of files with changes unlike 41 of 153",
      from: "其中提出修改意见的41件，占26.8%",
      to: "其中提出修改意见的41件，占28.6%",
      findings: ["9:71-9:76 rate-mismatch 占比应为26.8%（41÷153），文中为28.6%"],
    },
    {
      mistake: "the 办结率 unlike its counts",
      from: "办结率98.1%",
      to: "办结率99.1%",
      findings: ["10:49-10:57 rate-mismatch 办结率应为98.1%（1261÷1286），文中为99.1%"],
    },
    {
      mistake: "the title naming the year before",
      from: "2026年度法治政府建设情况报告",
      to: "2025年度法治政府建设情况报告",
      findings: ["2:1-2:6 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "the plans heading two years ahead",
      from: "四、2027年工作打算",
      to: "四、2028年工作打算",
      findings: ["16:5-16:10 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2028年"],
    },
    {
      mistake: "the （一）（二）（三） of the plans skipping (（一）（三）（四）)",
      from: "　　（二）6月底前修订",
      to: "　　（三）6月底前修订",
      findings: ["18:3-18:6 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”"],
    },
    {
      mistake: "the opening a year behind (2025年，渝江经开区……)",
      from: "2026年，渝江经开区管委会以服务企业",
      to: "2025年，渝江经开区管委会以服务企业",
      findings: ["5:3-5:8 year-consistency 开头写的是2025年度的情况，标题中为2026年度：请统一报告年度"],
    },
    {
      mistake: "an unpaired opening quote in the rectification",
      from: "2025年度报告所列“行政执法协调不畅”问题",
      to: "2025年度报告所列“行政执法协调不畅问题",
      findings: ["21:13-21:14 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "a placeholder left in a measure (【此处填写】)",
      from: "组织“法治体检进园区”活动16场",
      to: "组织“法治体检进园区”活动【此处填写】场",
      findings: ["11:26-11:32 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "the shortcomings heading and its text deleted",
      from: "　　二、存在的不足和原因\n　　一是园区集中审批事项与区级部门的衔接还不够顺畅；二是部分招商引资协议条款约定不够严密，履约风险仍然存在。原因在于管委会与有关部门的权责清单调整滞后，法律顾问提前介入招商谈判的机制还不健全。\n",
      to: "",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "12:3-12:5 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”",
      ],
    },
  ],
  "342-henan-county-civil-affairs-bureau-households-persons-copy-to.txt": [
    {
      mistake: "the city households raised, the parts beyond the whole of households",
      from: "其中城市低保612户1,034人",
      to: "其中城市低保712户1,034人",
      findings: ["6:40-6:80 parts-exceed-total 各分项之和为4226户（712+3514），超过总数4126户；请核对总数或各分项"],
    },
    {
      mistake: "the title naming the year before",
      from: "淇源县民政局2025年度法治政府建设情况报告",
      to: "淇源县民政局2024年度法治政府建设情况报告",
      findings: ["1:7-1:12 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the plans heading the report's own year",
      from: "四、2026年工作安排",
      to: "四、2025年工作安排",
      findings: ["15:5-15:10 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a published date in the report's year",
      from: "2026年2月12日",
      to: "2025年2月12日",
      findings: ["21:1-21:11 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年2月12日，是否应为2026年2月12日？"],
    },
    {
      mistake: "an unpaired 《 in the measures",
      from: "开展《社会救助暂行办法》等法律法规宣传",
      to: "开展《社会救助暂行办法等法律法规宣传",
      findings: ["10:29-10:30 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "another county's bureau in the opening",
      from: "2025年，县民政局坚持民政为民",
      to: "2025年，淇河县民政局坚持民政为民",
      findings: ["4:9-4:15 name-consistency 开头所写的“淇河县民政局”与标题中的“淇源县民政局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "the （一）（二） of the measures repeated",
      from: "（三）依法开展婚姻和殡葬管理",
      to: "（二）依法开展婚姻和殡葬管理",
      findings: ["8:3-8:6 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”"],
    },
    {
      mistake: "the duties paragraph left in template (××局)",
      from: "局党组书记、局长切实履行第一责任人职责",
      to: "××局党组书记、局长切实履行第一责任人职责",
      findings: ["14:3-14:5 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the persons of the 低保 parts raised beyond the persons of the total (农村低保3,514户6,524人)",
      from: "农村低保3,514户6,324人",
      to: "农村低保3,514户6,524人",
      findings: ["6:46-6:86 parts-exceed-total 各分项之和为7558人（1034+6524），超过总数7358人；请核对总数或各分项"],
    },
  ],
  "343-shaanxi-city-defense-mobilization-office-parenthesized-arabic-items-2026.txt": [
    {
      mistake: "a decrease in fees unlike the two amounts",
      from: "较上年的2.14亿元下降13.1%",
      to: "较上年的2.14亿元下降11.3%",
      findings: ["8:69-8:74 change-mismatch 降幅应为13.1%（(2.14亿-1.86亿)÷2.14亿），文中为11.3%"],
    },
    {
      mistake: "the 整改率 unlike its counts",
      from: "整改率93.8%",
      to: "整改率98.3%",
      findings: ["9:52-9:60 rate-mismatch 整改率应为93.8%（91÷97），文中为98.3%"],
    },
    {
      mistake: "the title naming the year before",
      from: "关于2026年度法治政府建设工作的报告",
      to: "关于2025年度法治政府建设工作的报告",
      findings: ["2:3-2:8 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "the plans heading the report's own year",
      from: "四、2027年工作思路",
      to: "四、2026年工作思路",
      findings: ["16:5-16:10 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "a deadline in the plans in the report's own year",
      from: "2027年底前实现全员持证上岗",
      to: "2026年底前实现全员持证上岗",
      findings: ["17:62-17:67 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "the (1)(2) items of the measures skipping",
      from: "（4）加强警报设施管理",
      to: "（5）加强警报设施管理",
      findings: ["10:3-10:6 heading-numbering 标题序号跳号：此处应为“（4）”，文中为“（5）”"],
    },
    {
      mistake: "template residue in the signature (XX市国防动员办公室)",
      from: "秦原市国防动员办公室\n2027年1月23日",
      to: "XX市国防动员办公室\n2027年1月23日",
      findings: ["21:1-21:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a closing date in the report's own year before December",
      from: "2027年1月23日",
      to: "2026年10月23日",
      findings: ["22:1-22:12 publish-date 成文日期早于2026年12月1日，2026年度尚未结束：应在2026年12月1日至2027年3月31日之间成文，文中为2026年10月23日"],
    },
    {
      mistake: "the causes dropped from the shortcomings",
      from: "究其原因，一是历史遗留问题复杂，部门间信息共享不够；二是机构改革后执法力量调整尚未到位。",
      to: "",
      findings: ["12:3-12:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the plans heading and its text deleted",
      from: "　　四、2027年工作思路\n　　（1）推动《秦原市人民防空工程维护管理办法》出台；（2）开展人防工程产权登记专项行动；（3）组织区县执法人员集中轮训，2027年底前实现全员持证上岗。\n",
      to: "",
      findings: [
        "1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）",
        "16:3-16:5 heading-numbering 标题序号跳号：此处应为“四、”，文中为“五、”",
      ],
    },
  ],
  "344-qinghai-district-health-bureau-data-cutoff-note.txt": [
    {
      mistake: "a 合格率 unlike its counts",
      from: "合格率97.3%",
      to: "合格率98.3%",
      findings: ["9:79-9:87 rate-mismatch 合格率应为97.3%（506÷520），文中为98.3%"],
    },
    {
      mistake: "the kinds of case beyond the cases",
      from: "生活饮用水类13件",
      to: "生活饮用水类23件",
      findings: ["9:107-9:152 parts-exceed-total 各分项之和为83件（29+31+23），超过总数73件；请核对总数或各分项"],
    },
    {
      mistake: "the mediation rate unlike its counts",
      from: "调解成功率91.4%",
      to: "调解成功率94.1%",
      findings: ["10:45-10:55 rate-mismatch 调解成功率应为91.4%（53÷58），文中为94.1%"],
    },
    {
      mistake: "the data cutoff naming the year before",
      from: "（数据截至2025年12月31日）",
      to: "（数据截至2024年12月31日）",
      findings: ["3:6-3:11 year-consistency 数据的统计时间为2024年，报告年度为2025年：统计时间应为2025年"],
    },
    {
      mistake: "the title naming the year before",
      from: "2025年法治政府建设年度报告\n（数据",
      to: "2024年法治政府建设年度报告\n（数据",
      findings: ["23:1-23:11 publish-date 成文日期不在2024年12月1日至2025年3月31日之间，文中为2026年3月10日，是否应为2025年3月10日？"],
    },
    {
      mistake: "another district's name in the signature",
      from: "湟宁市城中区卫生健康局\n2026年3月10日",
      to: "湟宁市城西区卫生健康局\n2026年3月10日",
      findings: ["22:1-22:12 name-consistency 落款所写的“湟宁市城西区卫生健康局”与标题中的“湟宁市城中区卫生健康局”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "half-width brackets in prose",
      from: "即办件占比72.3%（800件）",
      to: "即办件占比72.3%(800件)",
      findings: [
        "11:67-11:68 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”",
        "11:72-11:73 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”",
      ],
    },
    {
      mistake: "a publish date after the first quarter",
      from: "2026年3月10日",
      to: "2026年5月10日",
      findings: ["23:1-23:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年5月10日"],
    },
    {
      mistake: "a 某某 left for the law taught",
      from: "开展《基本医疗卫生与健康促进法》宣传义诊",
      to: "开展《某某法》宣传义诊",
      findings: ["12:31-12:33 placeholder-text 模板占位符“某某”未替换，应填写实际内容"],
    },
    {
      mistake: "a 即办件占比 whose count in parentheses no longer gives it (即办件占比74.3%（800件）)",
      from: "即办件占比72.3%（800件）",
      to: "即办件占比74.3%（800件）",
      findings: ["11:62-11:67 rate-mismatch 占比应为72.3%（800÷1107），文中为74.3%"],
    },
  ],
  "345-inner-mongolia-banner-government-annual-targets-2026.txt": [
    {
      mistake: "a completion rate unlike its counts (完成36项 of 38, 完成率96.7%)",
      from: "完成率94.7%",
      to: "完成率96.7%",
      findings: ["7:50-7:58 rate-mismatch 完成率应为94.7%（36÷38），文中为96.7%"],
    },
    {
      mistake: "a gap to the target in points unlike the two rates (95% → 97.2%, 高出3.2个百分点)",
      from: "高出目标2.2个百分点",
      to: "高出目标3.2个百分点",
      findings: ["7:94-7:101 change-mismatch 增幅应为2.2个百分点（97.2%-95%），文中为3.2个百分点"],
    },
    {
      mistake: "a share unlike its counts (41,327 of 48,620, 占88.0%)",
      from: "占85.0%",
      to: "占88.0%",
      findings: ["7:145-7:150 rate-mismatch 占比应为85.0%（41327÷48620），文中为88.0%"],
    },
    {
      mistake: "a fall in percent unlike the two counts (由275次减少到188次, 减少36.1%)",
      from: "减少31.6%",
      to: "减少36.1%",
      findings: ["7:179-7:184 change-mismatch 降幅应为31.6%（(275-188)÷275），文中为36.1%"],
    },
    {
      mistake: "the outcomes of the reviews raised beyond those decided (维持29件 …… of 38)",
      from: "维持24件",
      to: "维持29件",
      findings: ["10:34-10:73 parts-exceed-total 各分项之和为43件（29+5+3+6），超过总数38件；请核对总数或各分项"],
    },
    {
      mistake: "last year in the title",
      from: "关于2026年度",
      to: "关于2025年度",
      findings: ["2:3-2:8 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "the plans dated two years ahead",
      from: "四、2027年工作安排",
      to: "四、2028年工作安排",
      findings: ["19:3-19:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2028年"],
    },
    {
      mistake: "a closing date after April 1",
      from: "2027年2月3日",
      to: "2027年4月13日",
      findings: ["26:1-26:11 publish-date 成文日期晚于次年3月31日的公开期限：2026年度报告应在2027年3月31日前成文公开，文中为2027年4月13日"],
    },
    {
      mistake: "a subsection number skipped (（三）then（六）)",
      from: "（四）对标年度目标，依法化解",
      to: "（六）对标年度目标，依法化解",
      findings: ["10:1-10:4 heading-numbering 标题序号跳号：此处应为“（四）”，文中为“（六）”"],
    },
    {
      mistake: "the banner's name left as ×× in the signature",
      from: "乌兰套海旗人民政府\n2027",
      to: "××旗人民政府\n2027",
      findings: ["25:1-25:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "a half-width semicolon in prose",
      from: "带头出庭应诉2次；",
      to: "带头出庭应诉2次;",
      findings: ["17:127-17:128 punctuation-width 中文行文应使用全角标点“；”，文中为半角“;”"],
    },
  ],
  "346-xinjiang-city-government-absolute-differences.txt": [
    {
      mistake: "a growth rate unlike the count and its absolute increase (9,836户，比上年增加712户，增长8.7%)",
      from: "增长7.8%",
      to: "增长8.7%",
      findings: ["7:129-7:133 change-mismatch 增幅应为7.8%（712÷(9836-712)），文中为8.7%"],
    },
    {
      mistake: "a fall rate unlike the count and its absolute decrease (4,362件，比上年减少405件，下降9.5%)",
      from: "下降8.5%",
      to: "下降9.5%",
      findings: ["9:50-9:54 change-mismatch 降幅应为8.5%（405÷(4362+405)），文中为9.5%"],
    },
    {
      mistake: "a 审结率 unlike its counts (302 of 318, 96.0%)",
      from: "审结率95.0%",
      to: "审结率96.0%",
      findings: ["11:52-11:60 rate-mismatch 审结率应为95.0%（302÷318），文中为96.0%"],
    },
    {
      mistake: "a 纠错率 with digits swapped (37 of 302, 13.2%)",
      from: "纠错率12.3%",
      to: "纠错率13.2%",
      findings: ["11:73-11:81 rate-mismatch 纠错率应为12.3%（37÷302），文中为13.2%"],
    },
    {
      mistake: "last year in the opening",
      from: "2025年，雪湖市人民政府在",
      to: "2024年，雪湖市人民政府在",
      findings: ["4:1-4:6 year-consistency 开头写的是2024年度的情况，标题中为2025年度：请统一报告年度"],
    },
    {
      mistake: "the plans heading dated the report year",
      from: "四、2026年推进法治政府建设的主要安排",
      to: "四、2025年推进法治政府建设的主要安排",
      findings: ["22:3-22:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a signature of another city",
      from: "雪湖市人民政府\n2026年2月10日",
      to: "青河市人民政府\n2026年2月10日",
      findings: ["28:1-28:8 name-consistency 落款所写的“青河市人民政府”与标题中的“雪湖市人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "an unpaired 《",
      from: "出台《雪湖市重大行政决策程序实施办法》，",
      to: "出台《雪湖市重大行政决策程序实施办法，",
      findings: ["8:15-8:16 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "more closed on time than received (受理63,450件……按时办结63,540件)",
      from: "按时办结63,450件",
      to: "按时办结63,540件",
      findings: ["7:81-7:92 parts-exceed-total 按时办结63540件多于受理63450件；按时办结数不应超过受理数，请核对"],
    },
  ],
  "347-shanghai-subdistrict-dash-led-items-2026.txt": [
    {
      mistake: "a 调解成功率 unlike its counts (1,197 of 1,236, 98.6%)",
      from: "调解成功率96.8%",
      to: "调解成功率98.6%",
      findings: ["21:43-21:53 rate-mismatch 调解成功率应为96.8%（1197÷1236），文中为98.6%"],
    },
    {
      mistake: "a 其中 part raised beyond the cases (占道经营127件 …… of 318)",
      from: "占道经营107件",
      to: "占道经营127件",
      findings: ["14:22-14:58 parts-exceed-total 各分项之和为338件（127+89+62+60），超过总数318件；请核对总数或各分项"],
    },
    {
      mistake: "the plans heading dated the report year",
      from: "四、2027年工作打算",
      to: "四、2026年工作打算",
      findings: ["34:3-34:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "the subdistrict's name left as XX in the title",
      from: "滨江路街道办事处2026年法治",
      to: "XX街道办事处2026年法治",
      findings: ["1:1-1:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a subsection number repeated (（四）（四）)",
      from: "（五）化解基层",
      to: "（四）化解基层",
      findings: ["20:1-20:4 heading-numbering 标题序号重复：“（四）”与上一个同级标题相同，此处应为“（五）”"],
    },
    {
      mistake: "a closing date before the year ended",
      from: "2027年1月20日",
      to: "2026年11月20日",
      findings: ["44:1-44:12 publish-date 成文日期早于2026年12月1日，2026年度尚未结束：应在2026年12月1日至2027年3月31日之间成文，文中为2026年11月20日"],
    },
    {
      mistake: "the shortcomings without causes",
      from: "——居民区调解员队伍年龄偏大，原因是年轻专业力量补充不足，激励机制不健全。\n——执法人员对新出台的街道执法事项掌握不够，主要是集中培训少，以案释法不够。\n——部分居民区法治宣传形式单一，原因在于对不同人群的法律需求调研不够，年轻居民参与度低。",
      to: "——居民区调解员队伍年龄偏大，青年调解员少。\n——执法人员对新出台的街道执法事项掌握不够。\n——部分居民区法治宣传形式单一，年轻居民参与度低。",
      findings: ["26:1-26:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the duties part naming a deputy as first responsible person",
      from: "街道党工委书记、办事处主任认真履行第一责任人职责，",
      to: "街道分管副主任认真履行第一责任人职责，",
      findings: ["31:1-31:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了副职（副主任）的履职情况，未写党政主要负责人：请补写街道党工委书记和街道办事处主任履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "an unpaired opening quotation mark",
      from: "“宪法进楼宇”",
      to: "“宪法进楼宇",
      findings: ["24:14-24:15 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
  ],
  "348-heilongjiang-county-culture-tourism-bureau-arabic-comma-items.txt": [
    {
      mistake: "a 其中 part raised beyond the powers listed (行政处罚81项 …… of 98)",
      from: "行政处罚71项",
      to: "行政处罚81项",
      findings: ["6:20-6:57 parts-exceed-total 各分项之和为108项（12+81+9+6），超过总数98项；请核对总数或各分项"],
    },
    {
      mistake: "a cut of the time limit unlike the two limits (20 → 5 个工作日, 压缩80%)",
      from: "压缩75%",
      to: "压缩80%",
      findings: ["7:80-7:83 change-mismatch 降幅应为75%（(20-5)÷20），文中为80%"],
    },
    {
      mistake: "a 整改率 with digits swapped (15 of 17, 82.8%)",
      from: "整改率88.2%",
      to: "整改率82.8%",
      findings: ["9:46-9:54 rate-mismatch 整改率应为88.2%（15÷17），文中为82.8%"],
    },
    {
      mistake: "an 采纳率 unlike its counts (39 of 56, 96.6%)",
      from: "采纳率69.6%",
      to: "采纳率96.6%",
      findings: ["10:58-10:66 rate-mismatch 采纳率应为69.6%（39÷56），文中为96.6%"],
    },
    {
      mistake: "a 办结率 unlike its counts (129 of 132, 99.2%)",
      from: "办结率97.7%",
      to: "办结率99.2%",
      findings: ["11:28-11:36 rate-mismatch 办结率应为97.7%（129÷132），文中为99.2%"],
    },
    {
      mistake: "an item number skipped (3、 then 5、)",
      from: "4、加强文物",
      to: "5、加强文物",
      findings: ["9:1-9:3 heading-numbering 标题序号跳号：此处应为“4、”，文中为“5、”"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2026年6月底前完成",
      to: "2025年6月底前完成",
      findings: ["24:15-24:20 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "last year in the title",
      from: "旅游局2025年度",
      to: "旅游局2024年度",
      findings: ["1:12-1:17 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the signature of another county's bureau",
      from: "松岭县文化广电和旅游局\n2026",
      to: "柳河县文化广电和旅游局\n2026",
      findings: ["31:1-31:12 name-consistency 落款所写的“柳河县文化广电和旅游局”与标题中的“松岭县文化广电和旅游局”不是同一单位：是否沿用了其他单位的报告？"],
    },
  ],
  "349-beijing-district-water-authority-attachment-list-2026.txt": [
    {
      mistake: "a 其中 part raised beyond the cases (违法排水48件 …… of 87)",
      from: "违法排水38件",
      to: "违法排水48件",
      findings: ["10:32-10:61 parts-exceed-total 各分项之和为97件（21+48+28），超过总数87件；请核对总数或各分项"],
    },
    {
      mistake: "a share of the cases unlike its count (9 of 87, 13.0%)",
      from: "占立案查处案件的10.3%",
      to: "占立案查处案件的13.0%",
      findings: ["10:163-10:168 rate-mismatch 占比应为10.3%（9÷87），文中为13.0%"],
    },
    {
      mistake: "the plans' deadline in the report year",
      from: "2027年上半年出台",
      to: "2026年上半年出台",
      findings: ["27:18-27:23 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "last year in the title",
      from: "关于2026年法治",
      to: "关于2025年法治",
      findings: ["1:12-1:17 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "a closing date after April 1",
      from: "2027年3月6日",
      to: "2027年4月6日",
      findings: ["36:1-36:10 publish-date 成文日期晚于次年3月31日的公开期限：2026年度报告应在2027年3月31日前成文公开，文中为2027年4月6日"],
    },
    {
      mistake: "a fill-in placeholder left in a count",
      from: "全年开展河湖巡查1,460次",
      to: "全年开展河湖巡查【此处填写】次",
      findings: ["10:17-10:23 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "half-width commas in prose",
      from: "区人大代表建议11件、区政协委员提案9件，办结率100%",
      to: "区人大代表建议11件,区政协委员提案9件,办结率100%",
      findings: ["14:48-14:49 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”", "14:58-14:59 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "一是/二是/四是 in the plans",
      from: "三是持续开展节水宣传",
      to: "四是持续开展节水宣传",
      findings: ["27:57-27:59 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”"],
    },
    {
      mistake: "more opinions adopted than gathered (征集意见43条，采纳46条)",
      from: "采纳31条",
      to: "采纳46条",
      findings: ["12:60-12:65 parts-exceed-total 采纳46条多于征集43条；采纳数不应超过征集数，请核对"],
    },
  ],
  "350-tianjin-city-archives-problem-cause-labels.txt": [
    {
      mistake: "an opening share unlike its counts (7.4 of 8.5万卷, 78.1%)",
      from: "开放比例87.1%",
      to: "开放比例78.1%",
      findings: ["7:66-7:75 rate-mismatch 开放比例应为87.1%（7.4万÷8.5万），文中为78.1%"],
    },
    {
      mistake: "a 其中 part raised beyond the files received (纸质档案4.9万卷 …… of 4.6万卷)",
      from: "纸质档案3.9万卷",
      to: "纸质档案4.9万卷",
      findings: ["6:23-6:56 parts-exceed-total 各分项之和为5.6万卷（4.9万+0.7万），超过总数4.6万卷；请核对总数或各分项"],
    },
    {
      mistake: "the files opened raised beyond those reviewed (划控1.1万卷，开放8.4万卷 of 8.5万卷)",
      from: "向社会开放7.4万卷",
      to: "向社会开放8.4万卷",
      findings: ["7:66-7:75 rate-mismatch 开放比例应为98.8%（8.4万÷8.5万），文中为87.1%"],
    },
    {
      mistake: "a 100% rectification rate over fewer rectified than found",
      from: "整改完成23项",
      to: "整改完成21项，整改率100%",
      findings: ["9:63-9:70 rate-mismatch 整改率应为91%（21÷23），文中为100%"],
    },
    {
      mistake: "last year in the title",
      from: "津沽市档案馆2025年度",
      to: "津沽市档案馆2024年度",
      findings: ["1:7-1:12 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2026年底前完成一期工程",
      to: "2025年底前完成一期工程",
      findings: ["22:19-22:24 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "the shortcomings without causes (问题 labels kept, 原因 dropped)",
      from: "（一）问题：到期档案开放审核进度不平衡。原因：部分立档单位协同审核积极性不高，审核标准掌握不一。\n（二）问题：电子档案接收管理能力不足。原因：电子档案长期保存系统建设滞后，专业技术人员缺乏。\n（三）问题：依法治档宣传的社会影响力不大。原因：宣传手段以传统展览为主，新媒体运用不够。",
      to: "（一）问题：到期档案开放审核进度不平衡。\n（二）问题：电子档案接收管理能力不足。\n（三）问题：依法治档宣传的社会影响力不大。",
      findings: ["12:1-12:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the duties part naming a deputy curator as first responsible person",
      from: "馆党组书记、馆长认真履行推进法治建设第一责任人职责",
      to: "分管副馆长认真履行推进法治建设第一责任人职责",
      findings: ["17:1-17:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了副职（副馆长）的履职情况，未写党政主要负责人：请补写馆党组（党支部）书记和馆长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a problem number skipped (（二） then （四）)",
      from: "（三）问题：依法治档",
      to: "（四）问题：依法治档",
      findings: ["15:1-15:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "the archives' city left as ×× in the signature",
      from: "津沽市档案馆\n2026年2月16日",
      to: "××市档案馆\n2026年2月16日",
      findings: ["29:1-29:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "a closing date after April 1",
      from: "2026年2月16日",
      to: "2026年5月16日",
      findings: ["30:1-30:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年5月16日"],
    },
  ],
  "351-tibet-county-township-shares-wan-renci-2026.txt": [
    {
      mistake: "an adoption rate unlike its counts (88 of 93, 96.4%)",
      from: "采纳率94.6%",
      to: "采纳率96.4%",
      findings: ["9:115-9:123 rate-mismatch 采纳率应为94.6%（88÷93），文中为96.4%"],
    },
    {
      mistake: "one town's visitors raised beyond the county's (51.3 of 46.8万人次)",
      from: "接待游客21.3万人次",
      to: "接待游客51.3万人次",
      findings: ["8:66-8:102 parts-exceed-total 分项51.3万人次超过总数46.8万人次；请核对总数或分项"],
    },
    {
      mistake: "a change unlike the two counts in brackets (364 against 333, 3.9%)",
      from: "同比增长9.3%（上年333件）",
      to: "同比增长3.9%（上年333件）",
      findings: ["10:43-10:47 change-mismatch 增幅应为9.3%（(364-333)÷333），文中为3.9%"],
    },
    {
      mistake: "the township centres' items raised beyond the whole (7.9万 + 5.9万 of 12.8万件)",
      from: "便民服务中心办理4.9万件",
      to: "便民服务中心办理5.9万件",
      findings: ["8:131-8:172 parts-exceed-total 各分项之和为13.8万件（7.9万+5.9万），超过总数12.8万件；请核对总数或各分项"],
    },
    {
      mistake: "last year in the title",
      from: "关于2026年法治政府",
      to: "关于2025年法治政府",
      findings: ["2:3-2:8 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2027年6月底前为3个乡镇",
      to: "2026年6月底前为3个乡镇",
      findings: ["21:12-21:17 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "the duties part dropped (heading and text)",
      from: "三、党政主要负责人履行推进法治建设第一责任人职责情况\n县委书记王立军同志把法治建设纳入全县发展总体布局，主持召开县委全面依法治县委员会会议2次，研究解决法治建设重大问题5个，带头开展法治专题讲座1次。县长次仁平措同志切实履行推进法治建设第一责任人职责，主持召开县政府常务会议研究法治政府建设工作3次，组织县政府领导班子会前学法10次，带头出庭应诉行政诉讼案件1件，并将履行推进法治建设第一责任人职责情况列入年终述职内容。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "17:1-17:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”"],
    },
    {
      mistake: "the shortcomings without causes",
      from: "，主要原因是基层编制紧张，法律专业人才引进难、留住难。二是部分执法人员双语执法能力不足，原因在于培训内容与牧区执法实际结合不够紧密。三是普法针对性有待提高，对外出务工返乡人员、游牧群众等群体的分类普法办法不多，根源是普法需求调研不深入。",
      to: "。二是部分执法人员双语执法能力不足。三是普法针对性有待提高，对外出务工返乡人员、游牧群众等群体的分类普法办法不多。",
      findings: ["14:1-14:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the addressee city left as XX",
      from: "措嘎市人民政府：",
      to: "XX市人民政府：",
      findings: ["4:1-4:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a closing date after April 1",
      from: "2027年1月26日",
      to: "2027年4月26日",
      findings: ["27:1-27:11 publish-date 成文日期晚于次年3月31日的公开期限：2026年度报告应在2027年3月31日前成文公开，文中为2027年4月26日"],
    },
    {
      mistake: "a half-width comma in prose",
      from: "审结14件，审结率93.3%",
      to: "审结14件,审结率93.3%",
      findings: ["12:37-12:38 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "the signature of another county",
      from: "朗嘎县人民政府\n2027年",
      to: "嘎措县人民政府\n2027年",
      findings: ["26:1-26:8 name-consistency 落款所写的“嘎措县人民政府”与标题中的“朗嘎县人民政府”不是同一单位：是否沿用了其他单位的报告？"],
    },
    {
      mistake: "one township's share unlike its count (1.9 of 8.6万人次, 21.2%)",
      from: "分别占22.1%和27.9%",
      to: "分别占21.2%和27.9%",
      findings: ["11:95-11:100 rate-mismatch 占比应为22.1%（1.9万÷8.6万），文中为21.2%"],
    },
  ],
  "352-anhui-subdistrict-numbered-problems-cause-lines.txt": [
    {
      mistake: "a case-closing rate unlike its counts (205 of 213, 92.6%)",
      from: "结案率96.2%",
      to: "结案率92.6%",
      findings: ["8:40-8:48 rate-mismatch 结案率应为96.2%（205÷213），文中为92.6%"],
    },
    {
      mistake: "one community's disputes raised, the parts beyond the 486 received",
      from: "凤鸣社区132件",
      to: "凤鸣社区182件",
      findings: ["9:45-9:102 parts-exceed-total 各分项之和为536件（182+118+97+86+53），既超过471件，也超过其所出自的总数486件（分项可能是两者中任一个的）；请核对总数或各分项"],
    },
    {
      mistake: "a problem number repeated (1. 3. 3.)",
      from: "2.矛盾纠纷源头预防",
      to: "3.矛盾纠纷源头预防",
      findings: ["16:1-16:3 heading-numbering 标题序号跳号：此处应为“2.”，文中为“3.”"],
    },
    {
      mistake: "the shortcomings without their cause lines",
      from: "1.基层执法队伍专业化程度不高。\n原因：综合执法队员中具有法律专业背景的仅4人，占全队28人的14.3%，系统培训机会少，办理复杂案件时能力不足。\n2.矛盾纠纷源头预防不够有力。\n原因：社区网格员对物业、邻里纠纷的早期发现和上报机制不完善，部分纠纷发现时已经激化。\n3.普法宣传形式较为单一。\n原因：新媒体普法阵地建设滞后，对年轻居民和新就业形态劳动者吸引力不足。",
      to: "1.基层执法队伍专业化程度不高。\n2.矛盾纠纷源头预防不够有力。\n3.普法宣传形式较为单一。",
      findings: ["13:1-13:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2026年工作计划",
      to: "四、2025年工作计划",
      findings: ["24:3-24:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年"],
    },
    {
      mistake: "a share of the team unlike its counts (4 of 28, 41.3%)",
      from: "占全队28人的14.3%",
      to: "占全队28人的41.3%",
      findings: ["15:31-15:36 rate-mismatch 占比应为14.3%（4÷28），文中为41.3%"],
    },
    {
      mistake: "an unpaired 《 (the closing 》 dropped)",
      from: "（2021—2025年）》各项任务",
      to: "（2021—2025年）各项任务",
      findings: ["4:46-4:47 paired-punctuation 前书名号后面没有对应的后书名号：请补上后书名号，或删去这个前书名号"],
    },
    {
      mistake: "a closing date before the year ended",
      from: "2026年1月20日",
      to: "2025年11月20日",
      findings: ["31:1-31:12 publish-date 成文日期早于2025年12月1日，2025年度尚未结束：应在2025年12月1日至2026年3月31日之间成文，文中为2025年11月20日"],
    },
    {
      mistake: "an online share unlike its counts (6,812 of 9,460, 27.0%)",
      from: "占72.0%",
      to: "占27.0%",
      findings: ["11:64-11:69 rate-mismatch 占比应为72.0%（6812÷9460），文中为27.0%"],
    },
    {
      mistake: "the duties part naming deputies only",
      from: "街道党工委书记认真履行推进法治建设第一责任人职责",
      to: "分管政法工作的党工委副书记认真履行推进法治建设第一责任人职责",
      findings: ["21:1-21:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（办事处主任）的履职情况，未写党委主要负责人：请补写街道党工委书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a count left as 【此处填写】",
      from: "培育“法律明白人”165名",
      to: "培育“法律明白人”【此处填写】名",
      findings: ["10:93-10:99 placeholder-text 编写说明“【此处填写】”未删除，应按说明补全内容后删去"],
    },
    {
      mistake: "more opinions adopted than given (52, 59)",
      from: "被采纳49条",
      to: "被采纳59条",
      findings: ["7:139-7:144 parts-exceed-total 采纳59条多于提出52条；采纳数不应超过提出数，请核对"],
    },
  ],
  "353-guangxi-dev-zone-plan-task-table-2026.md": [
    {
      mistake: "a zone's investment share unlike its amounts (214.3 of 286.5亿元, 78.4%)",
      from: "占74.8%",
      to: "占78.4%",
      findings: ["11:50-11:55 rate-mismatch 占比应为74.8%（214.3亿÷286.5亿），文中为78.4%"],
    },
    {
      mistake: "the second zone's investment raised, the zones beyond the whole",
      from: "投资72.2亿元",
      to: "投资82.2亿元",
      findings: ["11:78-11:83 rate-mismatch 占比应为28.7%（82.2亿÷286.5亿），文中为25.2%"],
    },
    {
      mistake: "a fall unlike the two amounts (312.6 against 352.0万元, 12.1%)",
      from: "同比下降11.2%",
      to: "同比下降12.1%",
      findings: ["19:92-19:97 change-mismatch 降幅应为11.2%（(352.0万-312.6万)÷352.0万），文中为12.1%"],
    },
    {
      mistake: "a rectification rate unlike its counts (2,874 of 2,916, 96.8%)",
      from: "整改率98.6%",
      to: "整改率96.8%",
      findings: ["19:56-19:64 rate-mismatch 整改率应为98.6%（2874÷2916），文中为96.8%"],
    },
    {
      mistake: "a deadline in the plan table in the report year",
      from: "2027年9月底前",
      to: "2026年9月底前",
      findings: ["38:48-38:53 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "## 四、2027年主要工作安排",
      to: "## 四、2026年主要工作安排",
      findings: ["33:6-33:11 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "last year in the title",
      from: "关于2026年度法治",
      to: "关于2025年度法治",
      findings: ["1:18-1:23 year-consistency 标题中为2025年度，正文各处写的都是2026年度的情况：标题应为2026年度"],
    },
    {
      mistake: "the addressee city left as ××",
      from: "海川市人民政府：",
      to: "××市人民政府：",
      findings: ["3:1-3:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "a subsection number skipped (（二） then （四）)",
      from: "### （三）以规范执法",
      to: "### （四）以规范执法",
      findings: ["17:5-17:8 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”"],
    },
    {
      mistake: "half-width parentheses in prose",
      from: "（以下简称管委会）",
      to: "(以下简称管委会)",
      findings: ["5:20-5:21 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”", "5:28-5:29 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”"],
    },
    {
      mistake: "more disputes settled than handled (369 of 358)",
      from: "调解成功339件",
      to: "调解成功369件",
      findings: ["23:34-23:42 parts-exceed-total 调解成功369件多于调处358件；调解成功数不应超过调处数，请核对"],
    },
    {
      mistake: "a closing date before the year ended",
      from: "2027年2月8日",
      to: "2026年10月8日",
      findings: ["48:1-48:11 publish-date 成文日期早于2026年12月1日，2026年度尚未结束：应在2026年12月1日至2027年3月31日之间成文，文中为2026年10月8日"],
    },
    {
      mistake: "appearances in court fewer than suits, the rate still 100%",
      from: "管委会负责人出庭应诉5件。",
      to: "管委会负责人出庭应诉4件，出庭应诉率100%。",
      findings: ["23:92-23:101 rate-mismatch 出庭应诉率应为80%（4÷5），文中为100%"],
    },
  ],
  "354-jiangsu-city-government-offices-administration-section-table.md": [
    {
      mistake: "a section's rate unlike its row (379 of 386, 92.8%)",
      from: "| 98.2% |",
      to: "| 92.8% |",
      findings: ["15:25-15:30 rate-mismatch 办结率应为98.2%（379÷386），文中为92.8%"],
    },
    {
      mistake: "the total row's received unlike its rows (2,430)",
      from: "| 合计 | 2,330 |",
      to: "| 合计 | 2,430 |",
      findings: ["19:8-19:13 parts-exceed-total 合计应为2330件（各项之和），表中为2430件；请核对合计或各分项", "19:24-19:29 rate-mismatch 办结率应为95.1%（2312÷2430），文中为99.2%"],
    },
    {
      mistake: "a section closing more than it received (221 of 218)",
      from: "| 218 | 211 | 96.8% |",
      to: "| 218 | 221 | 96.8% |",
      findings: ["19:16-19:21 parts-exceed-total 各分项之和为2322件（379+1254+221+468），超过总数2312件；请核对总数或各分项"],
    },
    {
      mistake: "a saving rate unlike its amounts (0.09 of 1.28亿元, 9.0%)",
      from: "节约率7.0%",
      to: "节约率9.0%",
      findings: ["9:110-9:117 rate-mismatch 节约率应为7.0%（0.09亿÷1.28亿），文中为9.0%"],
    },
    {
      mistake: "the shortcomings part dropped (heading and text)",
      from: "## 二、存在的不足和原因\n\n一是部分内部制度与新修订法规衔接不够及时，原因是制度定期评估机制落实不到位。二是合同履约监管较为薄弱，主要原因是合同管理信息化程度不高，履约节点提醒依靠人工。三是干部职工法律专业能力不平衡，根源在于机关事务工作专业性强而法律人才储备不足，全局具有法律职业资格的仅3人，且均不在业务处室。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "25:4-25:6 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”"],
    },
    {
      mistake: "the duties part naming a deputy director",
      from: "局党组书记、局长认真履行推进法治建设第一责任人职责",
      to: "分管副局长认真履行推进法治建设第一责任人职责",
      findings: ["29:4-29:30 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了副职（副局长）的履职情况，未写党政主要负责人：请补写局党组（党委）书记和局长履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2026年6月底前完成全部制度",
      to: "2025年6月底前完成全部制度",
      findings: ["35:15-35:20 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "last year in the title",
      from: "管理局2025年法治政府",
      to: "管理局2024年法治政府",
      findings: ["1:13-1:18 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "an unpaired “ (the closing ” dropped)",
      from: "“三重一大”集体",
      to: "“三重一大集体",
      findings: ["9:22-9:23 paired-punctuation 前引号后面没有对应的后引号：请补上后引号，或删去这个前引号"],
    },
    {
      mistake: "the signature's city left as XX",
      from: "澄州市机关事务管理局\n\n2026年",
      to: "XX市机关事务管理局\n\n2026年",
      findings: ["41:1-41:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容"],
    },
    {
      mistake: "a subsection number repeated (（二） twice)",
      from: "**（三）依法做好",
      to: "**（二）依法做好",
      findings: ["11:3-11:6 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”"],
    },
    {
      mistake: "the total row's rate unlike its counts (2,312 of 2,330, 98.2%)",
      from: "| 2,312 | 99.2% |",
      to: "| 2,312 | 98.2% |",
      findings: ["19:24-19:29 rate-mismatch 办结率应为99.2%（2312÷2330），文中为98.2%"],
    },
  ],
  "355-gansu-county-media-center-two-named-leaders-2026.txt": [
    {
      mistake: "the other returned items raised, the parts beyond the 412 returned",
      from: "其他221条",
      to: "其他251条",
      findings: ["8:55-8:101 parts-exceed-total 各分项之和为442条（96+37+58+251），超过总数412条；请核对总数或各分项"],
    },
    {
      mistake: "a growth unlike the two counts in brackets (1,245 against 1,049.8万人次, 16.8%)",
      from: "同比增长18.6%",
      to: "同比增长16.8%",
      findings: ["9:89-9:94 change-mismatch 增幅应为18.6%（(1245万-1049.8万)÷1049.8万），文中为16.8%"],
    },
    {
      mistake: "a video share unlike its counts (812 of 1,245万人次, 56.2%)",
      from: "占65.2%",
      to: "占56.2%",
      findings: ["9:125-9:130 rate-mismatch 占比应为65.2%（812万÷1245万），文中为56.2%"],
    },
    {
      mistake: "the video readings raised beyond the total (1,312 of 1,245万人次)",
      from: "短视频阅读量812万人次",
      to: "短视频阅读量1,312万人次",
      findings: ["9:76-9:125 parts-exceed-total 分项1312万人次超过总数1245万人次；请核对总数或分项"],
    },
    {
      mistake: "a reply rate unlike its counts (1,001 of 1,026, 96.7%)",
      from: "回复率97.6%",
      to: "回复率96.7%",
      findings: ["13:104-13:112 rate-mismatch 回复率应为97.6%（1001÷1026），文中为96.7%"],
    },
    {
      mistake: "the duties part naming a deputy director only",
      from: "中心党组书记刘志刚同志认真履行推进法治建设第一责任人职责",
      to: "中心副主任刘志刚同志认真履行推进法治建设第一责任人职责",
      findings: ["18:1-18:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（主任）的履职情况，未写党委主要负责人：请补写党组（党委）书记履行推进法治建设第一责任人职责的情况"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "2027年上半年新增",
      to: "2026年上半年新增",
      findings: ["22:12-22:17 year-consistency “下一年度主要安排”应写2027年的安排，文中的完成时限在2026年，成文时已过"],
    },
    {
      mistake: "the plans headed with the report year",
      from: "四、2027年工作打算",
      to: "四、2026年工作打算",
      findings: ["21:3-21:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年"],
    },
    {
      mistake: "a closing date in the report year's January",
      from: "2027年1月18日",
      to: "2026年1月18日",
      findings: ["28:1-28:11 publish-date 成文日期不在2026年12月1日至2027年3月31日之间，文中为2026年1月18日，是否应为2027年1月18日？"],
    },
    {
      mistake: "a part number skipped (四、 then 六、)",
      from: "五、其他需要报告的事项",
      to: "六、其他需要报告的事项",
      findings: ["24:1-24:3 heading-numbering 标题序号跳号：此处应为“五、”，文中为“六、”"],
    },
    {
      mistake: "a half-width comma in prose",
      from: "审核广告386条，拒播",
      to: "审核广告386条,拒播",
      findings: ["10:82-10:83 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”"],
    },
    {
      mistake: "the body in the title left as 某某县",
      from: "洮北县融媒体中心\n2026年度",
      to: "某某县融媒体中心\n2026年度",
      findings: ["1:1-1:3 placeholder-text 模板占位符“某某”未替换，应填写实际内容"],
    },
    {
      mistake: "a review rate of 100% over fewer contracts reviewed",
      from: "均经法律顾问审查，审查率100%",
      to: "经法律顾问审查52份，审查率100%",
      findings: ["10:53-10:60 rate-mismatch 审查率应为93%（52÷56），文中为100%"],
    },
  ],
  "356-fujian-district-veterans-bureau-running-paragraph-numbers.txt": [
    {
      mistake: "a running paragraph number skipped (6. 8.)",
      from: "7.部分历史遗留",
      to: "8.部分历史遗留",
      findings: ["15:1-15:3 heading-numbering 标题序号跳号：此处应为“7.”，文中为“8.”", "18:1-18:3 heading-numbering 同级标题序号应从“1.”开始，文中为“8.”"],
    },
    {
      mistake: "a running paragraph number repeated (10. 10.)",
      from: "11.会同区信访局",
      to: "10.会同区信访局",
      findings: ["23:1-23:4 heading-numbering 标题序号重复：“10.”与上一个同级标题相同，此处应为“11.”"],
    },
    {
      mistake: "an adoption rate unlike its counts (33 of 35, 93.4%)",
      from: "采纳率94.3%",
      to: "采纳率93.4%",
      findings: ["7:115-7:123 rate-mismatch 采纳率应为94.3%（33÷35），文中为93.4%"],
    },
    {
      mistake: "the retired raised, the parts beyond the 214 received",
      from: "退休9名",
      to: "退休19名",
      findings: ["8:22-8:51 parts-exceed-total 各分项之和为224名（112+93+19），超过总数214名；请核对总数或各分项"],
    },
    {
      mistake: "a share of placements unlike its counts (67 of 112, 69.8%)",
      from: "占59.8%",
      to: "占69.8%",
      findings: ["8:74-8:79 rate-mismatch 占比应为59.8%（67÷112），文中为69.8%"],
    },
    {
      mistake: "a growth unlike the two amounts (5,872.6 against 5,598.3万元, 5.9%)",
      from: "同比增长4.9%",
      to: "同比增长5.9%",
      findings: ["9:59-9:63 change-mismatch 增幅应为4.9%（(5872.6万-5598.3万)÷5598.3万），文中为5.9%"],
    },
    {
      mistake: "a closing rate unlike its counts (519 of 526, 97.8%)",
      from: "办结率98.7%",
      to: "办结率97.8%",
      findings: ["10:46-10:54 rate-mismatch 办结率应为98.7%（519÷526），文中为97.8%"],
    },
    {
      mistake: "more disputes settled than mediated (98 of 97)",
      from: "调解成功93件",
      to: "调解成功98件",
      findings: ["10:99-10:106 parts-exceed-total 调解成功98件多于调解97件；调解成功数不应超过调解数，请核对"],
    },
    {
      mistake: "a plan deadline in the report year",
      from: "10.2026年6月底前",
      to: "10.2025年6月底前",
      findings: ["22:4-22:9 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过"],
    },
    {
      mistake: "last year in the title",
      from: "关于2025年度法治",
      to: "关于2024年度法治",
      findings: ["1:13-1:18 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度"],
    },
    {
      mistake: "the ended 八五 plan started again in the plans",
      from: "12.启动“九五”普法",
      to: "12.启动“八五”普法",
      findings: ["24:6-24:12 dated-reference 2026年的工作安排仍写“‘八五’普法”：“八五”普法规划的期限是2021—2025年，已经到期，此后启动的是“九五”普法"],
    },
    {
      mistake: "the signature's district left as ××",
      from: "湄江区退役军人事务局\n2026年",
      to: "××区退役军人事务局\n2026年",
      findings: ["29:1-29:3 placeholder-text 模板占位符“××”未替换，应填写实际内容"],
    },
    {
      mistake: "the shortcomings without causes",
      from: "原因是服务站工作人员多为兼职，变动频繁，培训难以持续。\n7.部分历史遗留诉求化解难度大。原因在于相关政策跨度时间长、依据分散，部门间联动处置机制还不够完善，个别诉求人对政策理解存在偏差，解释疏导需要反复多次。",
      to: "\n7.部分历史遗留诉求化解难度大。",
      findings: ["13:1-13:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）"],
    },
    {
      mistake: "the duties part dropped (heading and its two paragraphs)",
      from: "三、党政主要负责人履行推进法治建设第一责任人职责情况\n8.局党组书记、局长认真履行推进法治建设第一责任人职责，主持召开局党组会议研究法治建设工作4次，审定年度普法责任清单，带头接待退役军人来访14批次，包案化解信访积案3件。\n9.坚持领导干部学法制度，局长带头参加区政府常务会议会前学法，组织局党组理论学习中心组集中学法6次，推动全局干部依法办事能力提升。其他局领导按照分工，抓好分管业务领域的依法行政工作。\n\n",
      to: "",
      findings: ["1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）", "17:1-17:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”", "18:1-18:4 heading-numbering 同级标题序号应从“1.”开始，文中为“10.”"],
    },
  ],
};

describe('unseen drafts: planted mistakes are reported', () => {
  it('the configuration is valid', () => {
    expect(problems).toEqual([]);
  });

  it('every recommended rule of the brief is exercised', () => {
    const rules = new Set(Object.values(MUTATIONS).flatMap((ms) => ms.flatMap((m) => m.findings.map((f) => f.split(' ')[1]))));
    expect([...rules].sort()).toEqual(
      [
        'approximate-number',
        'change-mismatch',
        'date-format',
        'dated-reference',
        'duty-leaders',
        'empty-part',
        'enumeration-sequence',
        'heading-numbering',
        'invalid-date',
        'line-break-in-sentence',
        'paired-punctuation',
        'name-consistency',
        'parts-exceed-total',
        'part-heading',
        'placeholder-text',
        'plan-specificity',
        'publish-date',
        'punctuation-width',
        'rate-mismatch',
        'rate-out-of-range',
        'repeated-phrase',
        'repeated-punctuation',
        'repeated-word',
        'required-part',
        'shortcoming-causes',
        'stray-space',
        'terminology',
        'year-consistency',
      ].sort(),
    );
  });

  for (const [file, mutations] of Object.entries(MUTATIONS)) {
    for (const m of mutations) {
      it(`${file}: ${m.mistake}`, () => {
        expect(newFindings(file, m.from, m.to)).toEqual(m.findings);
      });
    }
  }
});

describe('unseen drafts: documented silences', () => {
  it('01: 合格率 over graded files — 优秀84卷、合格150卷 are grades, 合格率 counts both (234÷240)', () => {
    // The rule reads 合格150卷 as the numerator (62.5%), which the correct draft contradicts already:
    // whether 合格 includes 优秀 is not said, so no reading is sure and the rate is not checked.
    expect(newFindings('01-province-eco-dept.txt', '合格率97.5%', '合格率96.5%')).toEqual([]);
  });

  it('01: a plan clause whose report year goes straight on to an action (……清单，2024年开展……) is reported', () => {
    // Once a documented silence: year-consistency now reads a plan clause after a comma as it reads a plan item
    // (一是2024年开展……): the year straight before an action, no 的, no look back, no other period. A year with a
    // deadline word or before a place or object (2024年对……, 2024年在……) is still left alone (276, 299).
    expect(newFindings('01-province-eco-dept.txt', '全年开展执法人员轮训不少于2期', '2024年开展执法人员轮训不少于2期')).toEqual([
      '31:100-31:105 year-consistency “下一年度主要安排”应写2025年的安排，文中为2024年',
    ]);
  });

  it('04: a closing date of 12月20日 of the report year is inside publish-date\'s window', () => {
    // The window opens on December 1 (the year is nearly over); 11月20日 is reported above.
    expect(newFindings('04-county-figures.txt', '2025年3月5日', '2024年12月20日')).toEqual([]);
  });

  it('05: 今年 in the plans of a report dated in the next year', () => {
    // The plans look ahead from the day of writing: 今年 there is 2025, the year planned for.
    expect(newFindings('05-district-variant-headings.txt', '2025年，我区将', '今年，我区将')).toEqual([]);
  });

  it('06: 结案率 whose total (立案900件) is only in the Markdown table', () => {
    // The sentence states 结案880件 and no total. Tables are read row by row (a wrong 合计 row is
    // planted above), but a rate in the prose is not related to a table's cells: which row or sum
    // the sentence means is not said.
    expect(newFindings('06-market-bureau.md', '结案率97.8%', '结案率98.7%')).toEqual([]);
  });

  it('12: 今年以来 in a report with no closing date', () => {
    // Nothing says when the text was written: 今年 may well be the report year (2025).
    expect(newFindings('12-autonomous-prefecture.txt', '全年调解矛盾纠纷3275件', '今年以来调解矛盾纠纷3275件')).toEqual([]);
  });

  it('17: a 纠错率 that the received total gives (9÷87 = 10.3%) may be meant over it', () => {
    // 办理87件，审结81件: either may be the base; a rate that one of them gives is not sure to be wrong.
    expect(newFindings('17-web-scrape.txt', '纠错率11.1%', '纠错率10.3%')).toEqual([]);
  });

  it('25: more cases closed (结案65件) than opened (立案58件)', () => {
    // 立案 is not a received total: the cases closed in a year include those opened the year before.
    expect(newFindings('25-subdistrict-2022.txt', '立案58件，结案55件', '立案58件，结案65件')).toEqual([]);
  });

  it('27, 191: more problems rectified (已整改48个, 已整改138个) than found (发现问题41个, 发现问题128个)', () => {
    // 整改 is not a count of done for parts-exceed-total: problems found by earlier audits are rectified too.
    expect(newFindings('27-sasac-points.txt', '已整改38个', '已整改48个')).toEqual([]);
    expect(newFindings('191-city-local-finance-bureau-plans-table.txt', '已整改119个', '已整改138个')).toEqual([]);
  });

  it('28: 其中： with its parts on lines of their own, （1）……（4）, beyond the total', () => {
    // Each line is a sentence of its own and figures relate within a sentence: the total (612件) and the
    // parts are never in one clause.
    expect(newFindings('28-county-market-bureau.txt', '（1）食品安全案件238件', '（1）食品安全案件538件')).toEqual([]);
  });

  it('29: a wrong percent for a change of a measure (31 → 29微克/立方米, 下降8.5%)', () => {
    // change-mismatch reads changes of counts and amounts (件, 人, 万元); a concentration in 微克/立方米,
    // like 吨 or 小时, is not read as a figure it checks.
    expect(newFindings('29-eco-bureau-dates.txt', '下降6.5%', '下降8.5%')).toEqual([]);
  });

  it('38: a clean-up\'s outcomes beyond it without 其中 (清理27件，继续有效24件、修改3件、废止2件)', () => {
    // Flipped (gaps round 33): the outcomes of one clean-up (保留/继续有效, 修改, 废止), labelled by those words alone right
    // after the count cleaned up, are its parts even without 其中: each document gets one outcome (parts-exceed-total README).
    expect(newFindings('38-city-education-bureau-crlf.txt', '继续有效22件', '继续有效24件')).toEqual([
      '9:72-9:93 parts-exceed-total 各分项之和为29件（24+3+2），超过总数27件；请核对总数或各分项',
    ]);
  });

  it('40: a number repeated in a Markdown ordered list (1. 2. 2. 4.)', () => {
    // Markdown numbers an ordered list itself from its first item: the rendered list reads 1–4.
    expect(newFindings('40-city-emergency-bureau-table.md', '3. 深化“执法+专家”模式', '2. 深化“执法+专家”模式')).toEqual([]);
  });

  it('41: the plans of the combined part opened with the report year (2024年，我局将……)', () => {
    // Where the plans begin in “存在的问题及下一步打算” is the sentence that opens them: 下一步, or the
    // year after the report's (2025年，我局将……). Opened with 2024年 nothing marks it, so the section
    // stays both parts, read as the plans (as before the split); the sentence then names 2025
    // (2025年新增执法人员2名) and year-consistency takes it for a plan that names its year. Without
    // that 2025年 it is reported.
    expect(newFindings('41-county-hrss-combined-heading.txt', '下一步，我局将重点', '2024年，我局将重点')).toEqual([]);
  });

  it('42: the 市长 paragraph of the unheaded duties dropped', () => {
    // “市委、市政府主要负责同志认真履行……职责” names the government side with the Party side: the
    // joint sentence counts for both, as “党政主要负责人” does.
    expect(
      newFindings('42-county-city-duties-unheaded.txt', '市长主持市政府常务会议会前学法12次，研究涉法议题15项，带头出庭应诉行政诉讼案件1件，对市政府重大行政决策坚持“未经合法性审查不上会”。\n\n', ''),
    ).toEqual([]);
  });

  it('43: a 纠错率 whose cases closed (审结1188件) are in the numbered item above', () => {
    // A rate is read with the counts of its own sentence; “（2）审结案件中，……纠错156件，纠错率13.1%” names
    // its numerator but not its total, which is in （1）, a sentence (and paragraph) of its own.
    expect(newFindings('43-city-government-deep-numbering.txt', '纠错率13.1%', '纠错率12.1%')).toEqual([]);
  });

  it('45: a 再犯罪率 in ‰ (1÷3356 = 0.3‰, written 3‰)', () => {
    // 再犯罪率 is not in the rate vocabulary: a recidivism rate is often over a population the
    // sentence does not count (all those released, a rolling year), so its numerator is not sure.
    expect(newFindings('45-city-justice-bureau-figures.txt', '再犯罪率0.3‰', '再犯罪率3‰')).toEqual([]);
  });

  it('45: 占27.6% of 4.5万 for 1.2万 is within the rounding of 万', () => {
    // 1.2万 is 1.15万…1.25万 and 4.5万 is 4.45万…4.55万: any share from 25.3% to 28.1% can be right.
    // (The share is not even read: the figure before 其中 is a multiple, 是上年3万件的1.5倍, not the
    // total the list breaks down; with the multiple gone the rounding still keeps it silent.)
    expect(newFindings('45-city-justice-bureau-figures.txt', '占26.7%', '占27.6%')).toEqual([]);
  });

  it('46: a 调解和解率 with its base in parentheses before the value (调解和解率（以审结数为基数）27.1%)', () => {
    // The rate's name must be right before its value; a parenthetical between them (its base said
    // explicitly) is not read through, and 25.2% (91÷361, the received base) could not be told from
    // the stated 审结 base anyway: 调解和解率 may be over either (rate-mismatch's README).
    expect(newFindings('46-district-explicit-bases.txt', '26.1%', '27.1%')).toEqual([]);
  });

  it('47: the reporting sentence with last year in Chinese numerals (现将二〇二三年度……)', () => {
    // year-consistency reads years in Arabic digits; a year in Chinese numerals in the opening is not
    // read (the title's 2024年度 is), as the dates in the text are not.
    expect(newFindings('47-county-chinese-dates-titles.txt', '现将二〇二四年度', '现将二〇二三年度')).toEqual([]);
  });

  it('50: a 其中 row of the attached table raised beyond its total row, its 同比 kept consistent', () => {
    // Table sums are checked for 合计/总计 rows and columns; rows labelled “其中：” under a total row are
    // not summed against it (a table may list only some of its parts). Raising the row alone, its 同比
    // left as it was, is found by change-mismatch (as the total row's 19.1% above).
    expect(newFindings('50-hitech-zone-annex-table.md', '| 204 | 193 | 5.7% |', '| 234 | 223 | 4.9% |')).toEqual([]);
  });

  it('53: a 全程网办率 whose total (办理行政许可1286件) is before a ；', () => {
    // Figures relate within a clause, and ； ends one: “……1286件，……按期办结率100%；全程网办1198件，
    // 全程网办率93.2%” states the online count and its rate as a statement of their own, whose base
    // the clause does not say. Written with ， instead, the same mistake is reported.
    expect(newFindings('53-province-water-dept-space-table.txt', '全程网办率93.2%', '全程网办率95.2%')).toEqual([]);
  });

  it('55: the 合计 row of the tab-separated table raised above the sum of its rows', () => {
    // parts-exceed-total reports parts beyond their total (a row raised, above, is found); a total
    // above its parts is not a contradiction of a breakdown, which may leave some out (其他), and a
    // table's 合计 row is read the same way as a 其中 list.
    expect(newFindings('55-county-agriculture-bureau-tab-table.txt', '合计\t73\t74.5', '合计\t73\t84.5')).toEqual([]);
  });

  it('58: a skipped section number in decimal numbering (1.3 written 1.4)', () => {
    // 1.1 and 1.1.1 are not numbering markers: GB/T 9704 has no decimal levels, and a line opening
    // with 1.5 is as often a figure (1.5万件) as a heading. The parts (1. … 5.) are read, and a skipped
    // part number is reported (above); the sections under them are read as paragraphs.
    expect(newFindings('58-banner-decimal-numbering.txt', '1.3 化解矛盾纠纷', '1.4 化解矛盾纠纷')).toEqual([]);
  });

  it('60: the own sentence of the 乡党委书记 dropped, a joint sentence naming him kept', () => {
    // “乡党委书记、乡长共同参加……法治专题培训” still names the Party secretary in the duties part:
    // duty-leaders asks whether each leader is written of, not whether enough is said of each.
    expect(newFindings('60-xiang-bracket-headings.txt', '乡党委书记履行推进法治建设第一责任人职责，主持研究法治建设工作2次，带头讲法治课1次，年底向县委述法。', '')).toEqual([]);
  });

  it('62: a footnote whose count no longer completes the sentence it annotates (结案35件 of 37, “未结的3件”)', () => {
    // A footnote is a paragraph of its own after the text: figures relate within a sentence, and
    // nothing ties the footnote's 未结 to the counts its mark follows.
    expect(newFindings('62-county-water-bureau-pandoc-footnotes.md', '未结的2件', '未结的3件')).toEqual([]);
  });

  it('64: a share whose whole is in another part (占18.6%(306人), the 1,642 执法人员 in the measures)', () => {
    // The sentence names its part (306人) but not its whole; the 1,642 持证执法人员 of the measures are
    // the whole county's, while the shortcoming speaks of the townships' 综合执法队伍: which whole is
    // meant is not said.
    expect(newFindings('64-county-halfwidth-thousands.txt', '18.6%', '16.8%')).toEqual([]);
  });
  it('66: a 纠错率 whose cases closed (审结271件) are in the sentence before', () => {
    // As in 43: a rate is read with the counts of its own sentence; “全年纠错40件（……），纠错率14.8%”
    // names its numerator but not its total.
    expect(newFindings('66-county-justice-review-outcomes.txt', '纠错率14.8%', '纠错率15.8%')).toEqual([]);
  });

  it('66: a 调解和解率 after a ；, over cases closed before it', () => {
    // As in 53: ； ends a clause, and the clause (终止的案件中，……撤回申请的71件，调解和解率26.2%) states
    // only its numerator; which total it is over (审结271件, 终止83件) is not said there.
    expect(newFindings('66-county-justice-review-outcomes.txt', '调解和解率26.2%', '调解和解率62.2%')).toEqual([]);
  });

  it('66: the duties part rewritten to name no leader (局党组高度重视法治建设工作)', () => {
    // duty-leaders reports a part that names one leader and not the other; a part naming nobody speaks
    // through its heading, whose subject is both (the rule's README): it cannot tell who is meant.
    expect(
      newFindings(
        '66-county-justice-review-outcomes.txt',
        '局党组书记、局长认真履行推进法治建设第一责任人职责，坚持把法治建设与业务工作同部署、同推进、同考核。',
        '局党组高度重视法治建设工作。',
      ),
    ).toEqual([]);
  });

  it('67: a part raised in a breakdown whose sentence opens with 其中, two sentences after its total', () => {
    // Figures relate within a sentence: “其中，食品安全案件1,152件……” follows a sentence on 普通/简易程序,
    // and which count of which earlier sentence it breaks down the text does not say.
    expect(newFindings('67-city-market-bureau-enforcement.txt', '其他案件1,268件', '其他案件1,468件')).toEqual([]);
  });

  it('67: a 问题发现率 with its digits swapped (412÷8620 = 4.8%, written 8.4%)', () => {
    // 问题发现率 is not paired with 发现问题 (test/fixtures/probes/figures-recall.txt): whether it counts
    // the entities with problems or the problems found is not said.
    expect(newFindings('67-city-market-bureau-enforcement.txt', '问题发现率4.8%', '问题发现率8.4%')).toEqual([]);
  });

  it('71: a 通过率 whose numerator names its verb after the count (其余278件审查通过)', () => {
    // A count is labelled by the words before it: 其余 names no 通过, so the rate has no numerator to
    // check (“审查通过278件” is read and reported). Which count a verb after the numbers belongs to is
    // not sure in general (“对存在问题的18件督促纠正，其余268件审查通过” has two).
    expect(newFindings('71-municipality-government-2023.txt', '其余268件审查通过', '其余278件审查通过')).toEqual([]);
  });

  it('72: the opening “2024年以来” written “2023年以来”', () => {
    // A year followed by 以来 is a span reaching into the present, not the period the report is on: a
    // report on 2024 may well sum up since 2023. The title states the year (2024年度), and the plans
    // heading and the closing date agree with it.
    expect(newFindings('72-city-culture-tourism-since.txt', '2024年以来，澜州市', '2023年以来，澜州市')).toEqual([]);
  });

  it('72: a rise over “十三五”末 with the difference between (较……的31家增加15家，增长45.2%)', () => {
    // change-mismatch reads the two counts and the percent when nothing else stands between them; a
    // difference (增加15家) between the earlier count and the percent is another statement (its README's
    // “比上年增加20件，增长25%”, what the sentence does not state plainly).
    expect(newFindings('72-city-culture-tourism-since.txt', '增长48.4%', '增长45.2%')).toEqual([]);
  });

  it('73: a 网办率 over the items that can be handled fully online (可全程网办1250项)', () => {
    // 全程网办 is a narrower count than 网办 (items with any step online): a 网办率 over the 1268 items
    // may be over more than the 1250 fully online ones, so a stated rate other than 98.6% is not sure
    // to be wrong. Written 网上可办1250项, the same mistake is reported (rate-mismatch's README).
    expect(newFindings('73-sichuan-county-halfwidth-commas.txt', '网办率98.6%', '网办率96.8%')).toEqual([]);
  });

  it('75: causes dropped from one shortcoming of three', () => {
    // shortcoming-causes asks whether the part analyses causes at all, not whether each item has one:
    // the first two items still give theirs.
    expect(newFindings('75-fujian-county-city-2025.txt', '三是海上执法装备和力量不足，主要原因是海岸线长、执法船艇少，现有执法船艇仅5艘。', '三是海上执法装备和力量不足，现有执法船艇仅5艘。')).toEqual([]);
  });

  it('76: a 网办率 over the items handled on a platform named by its brand (可在“全省事”平台办理1043项)', () => {
    // The count's label says 办理 on “全省事”, not 网上/网办: which platforms are online the rule does not
    // know, so the count is not read as the 网办率's numerator.
    expect(newFindings('76-heilongjiang-county-named-leaders.txt', '网办率87.9%', '网办率78.9%')).toEqual([]);
  });

  it('76: the rectification names the report of two years before (对2022年度报告所列……)', () => {
    // year-consistency reads the report's own year (title, opening, plans); an older report's
    // problems may be spoken of too. strict's rectification asks for the 2023 report's (drafts-unseen
    // README).
    expect(newFindings('76-heilongjiang-county-named-leaders.txt', '对2023年度报告所列', '对2022年度报告所列')).toEqual([]);
  });

  it('77: a 网上缴款率 over the cases penalized (7,406 of 8,642)', () => {
    // 网上缴款率 is not in the rate vocabulary: not every case ends in a fine (警告 does not), so whether
    // the base is the cases penalized or those fined is not said.
    expect(newFindings('77-province-traffic-police-detachment.txt', '网上缴款率85.7%', '网上缴款率87.5%')).toEqual([]);
  });

  it('77: a 分别 list beyond a total named in words after a ；（一般程序事故中，……分别为23起、175起）', () => {
    // As in 53: ； ends a clause, and the clause names its total by words (一般程序事故中) with no count;
    // which count of the clause before it means, the rule does not resolve.
    expect(newFindings('77-province-traffic-police-detachment.txt', '分别为23起、165起', '分别为23起、175起')).toEqual([]);
  });

  it('78: a 分别 value raised so that only the remainder (其余52项) takes the list past its total', () => {
    // The parts after 其中 (234+12+8) are within 286; 其余 states the rest of the total, a statement of
    // its own that parts-exceed-total does not add to the list. Raised further (274), the parts alone
    // pass the total and are reported (above).
    expect(newFindings('78-city-eco-branch-2025.txt', '分别为214项、12项、8项', '分别为234项、12项、8项')).toEqual([]);
  });

  it('79: a 取证率 over the trainees (91 of 96 certified)', () => {
    // 取证率 is not in the rate vocabulary: whether those certified are counted over the trainees or
    // over those who sat the examination differs between training schemes.
    expect(newFindings('79-county-veterans-bureau-2023.txt', '取证率94.8%', '取证率98.4%')).toEqual([]);
  });

  it('80: a 结案率 whose cases opened (立案……137件) are before a ；', () => {
    // As in 53: the clause “截至年底结案131件，结案率95.6%” states the count done but not its total,
    // which is two clauses back: the ； before it closes an amount (罚款86.45万元……), not the 其中 list
    // (a ； is read through only when it closes that list, as in 86).
    expect(newFindings('80-district-health-bureau-named-leaders.txt', '结案率95.6%', '结案率96.5%')).toEqual([]);
  });

  it('80: more opinions adopted (采纳37条) than collected (收集……31条), no 采纳率 written', () => {
    // parts-exceed-total compares counts done with counts received (办结 with 受理, 采纳 with 收到); opinions
    // 收集 in a consultation are no received count to it. With its 采纳率 written the mistake is reported
    // (rate-out-of-range); written 收到, it is (173).
    expect(newFindings('80-district-health-bureau-named-leaders.txt', '采纳27条', '采纳37条')).toEqual([]);
  });

  it('83: a 全程网办率 whose total is before a ；', () => {
    // As in 53: in “区级政务服务事项1386项，其中即办件612项、承诺件774项；全程网办事项1248项，全程网办率90.0%”
    // the clause behind the ； states the online items and their rate, not what they are a share of: its
    // count names its things (事项) besides the rate's verb, so it is not read over the ； as 86's 结案 is.
    expect(newFindings('83-district-spaced-numbering.txt', '全程网办率90.0%', '全程网办率99.0%')).toEqual([]);
  });

  it('91: a 及时受理率 whose petitions admitted (依法受理2,612件) are in the sentence before', () => {
    // “受理的事项中，在规定期限内告知受理的2,598件，及时受理率99.5%” refers back in words; the
    // sentence itself states the count done, not its total, and figures relate within a sentence.
    expect(newFindings('91-city-petition-bureau.txt', '及时受理率99.5%', '及时受理率95.9%')).toEqual([]);
  });

  it('91: a 参评率 over the petitions closed, stated in the paragraph before', () => {
    // 参评率 is over those closed (应办结2,571件), not over the nearest count; the clause states only
    // those who took part (参与评价1,864件), so nothing it says gives the rate's base.
    expect(newFindings('91-city-petition-bureau.txt', '参评率72.5%', '参评率75.2%')).toEqual([]);
  });

  it('91: a 满意率 whose base (参与评价1,864件) is before a ；', () => {
    // 满意率 is over those who took part, not over those closed: “参评事项中” names the base in
    // words after the ；, not with 其中. Written with ， the rate is checked over 1864 (and reported).
    expect(newFindings('91-city-petition-bureau.txt', '满意率91.3%，较上年', '满意率93.1%，较上年')).toEqual([]);
  });

  it('93: a 节约率 of government procurement off ((预算−成交)÷预算) is reported', () => {
    // Once a documented silence: 节约率 is now read as 节资率 is, 节约资金 over the budget (预算), each amount within the
    // rounding of its last decimal (0.41亿元 over 6.82亿元 is 5.9%–6.1%: 6.4% is outside it, 6.1% would not be).
    expect(newFindings('93-county-finance-bureau.txt', '节约率6.0%', '节约率6.4%')).toEqual(['11:130-11:137 rate-mismatch 节约率应为6.0%（0.41亿÷6.82亿），文中为6.4%']);
    expect(newFindings('93-county-finance-bureau.txt', '节约率6.0%', '节约率6.1%')).toEqual([]);
  });

  it('93: a 整改到位率 whose problems found (发现问题213个) are before a ；', () => {
    // As in 53 and 80: “截至年底已整改到位204个，整改到位率95.8%” states the count done and its
    // rate, not the total, which is in the clause before the ； (a clause opening with 其中 is read
    // with the one before it; this one does not, and the ； closes an amount, not a 其中 list as in 86).
    expect(newFindings('93-county-finance-bureau.txt', '整改到位率95.8%', '整改到位率98.5%')).toEqual([]);
  });

  it('95: causes dropped from one shortcoming of three （一）（二）（三）', () => {
    // As in 75: shortcoming-causes asks whether the part analyses causes at all; （二） and （三） still give theirs.
    expect(newFindings('95-corps-division-city.txt', '持证执法人员仅占执法人员总数的61%，原因是团场编制总量少、专业人才引进难，执法培训多以会代训，针对性不强。', '持证执法人员仅占执法人员总数的61%。')).toEqual([]);
  });

  it('97: last year in the title of the front matter (title: …2023年…)', () => {
    // The YAML front matter Typora or Obsidian keeps above the title is the editor's metadata, not the
    // report's text: the title underlined with === states the year, and is checked (above).
    expect(newFindings('97-city-hrss-typora-front-matter.md', 'title: 云岭市人力资源和社会保障局2024年', 'title: 云岭市人力资源和社会保障局2023年')).toEqual([]);
  });

  it('99: the 版记 printed after March 31 (2025年4月20日印发)', () => {
    // The 印发日期 of the 版记 (GB/T 9704) is when the office printed the document, not the 成文日期
    // above it, which publish-date checks (above).
    expect(newFindings('99-county-government-gongwen-pdf-pages.txt', '2025年2月20日印发', '2025年4月20日印发')).toEqual([]);
  });

  it('100: a 网上办理率 after the applications and their two outcomes (1,846 = 1,712 准予 + 134 不予)', () => {
    // “受理……申请1,846件，准予许可1,712件，不予许可134件，……；其中网上办理1,635件” — the 其中 may be of the
    // applications or of those granted (1,635 is a part of either), so no base is sure.
    expect(newFindings('100-city-tobacco-monopoly-bureau.txt', '网上办理率88.6%', '网上办理率86.6%')).toEqual([]);
  });

  it('101: one plan item of four made vague', () => {
    // plan-specificity asks whether the plans part has at least three concrete items; the other three
    // still give dates and numbers (a plans part cut to two items is reported, as in 102).
    expect(
      newFindings(
        '101-city-meteorological-bureau.txt',
        '建立防雷安全重点单位名录库，于2026年6月底前与应急管理、住房城乡建设部门实现数据共享；全年对易燃易爆场所检查不少于320家，隐患整改率达到98%以上。',
        '进一步加强防雷安全监管，不断提升监管水平，切实保障人民群众生命财产安全。',
      ),
    ).toEqual([]);
  });

  it('101: a time limit cut against the statutory one (压缩至3.2个工作日，较法定时限20个工作日压缩84%)', () => {
    // change-mismatch reads a time limit cut only from … to (由12个工作日压缩至5个工作日); compared with a
    // statutory limit (较法定时限), the earlier value is another kind of limit than a period's.
    expect(newFindings('101-city-meteorological-bureau.txt', '较法定时限20个工作日压缩84%', '较法定时限20个工作日压缩80%')).toEqual([]);
  });

  it('108: a skipped item number escaped by the converter (1\\. then 3\\.)', () => {
    // mammoth escapes a typed “1.” as “1\.” so that Markdown does not make it a list. The page shows
    // “1.”, but the normalized view has a blank where the backslash is (“1 .”), so the line is not read
    // as a numbered item: the sequence is not checked rather than checked on a marker misread.
    expect(newFindings('108-city-natural-resources-mammoth.md', '2\\.开展专项清理', '3\\.开展专项清理')).toEqual([]);
  });

  it('110: one of three shortcomings loses its cause — each of the others still states its own', () => {
    // As in 03: shortcoming-causes asks whether the part analyses causes at all, not problem by problem;
    // a part written as one subsection per shortcoming is read the same way.
    expect(
      newFindings(
        '110-city-sports-bureau-quarterly-plans.txt',
        '日常检查难以做到全覆盖。究其原因，2022年机构改革后体育市场执法职能划入文化市场综合执法支队，局机关执法人员减少，而高危险性体育项目经营场所数量三年增长了42%。',
        '日常检查难以做到全覆盖。',
      ),
    ).toEqual([]);
  });

  it('112: a share in ‰ whose whole (行政处罚案件3,124件) is in another paragraph', () => {
    // As in 91 and 105: “占行政处罚案件总数的4.2‰” names its whole in words, and a share's words are
    // looked up in its own sentence only; the cases are stated in the paragraph before.
    expect(newFindings('112-county-government-send-back.txt', '4.2‰', '4.8‰')).toEqual([]);
  });

  it('112: the secretary named by surname and title (李书记)', () => {
    // Informal, but it names the Party secretary: 书记 alone is the Party side in a county's report,
    // so the duties part still speaks of both leaders.
    expect(newFindings('112-county-government-send-back.txt', '县委书记李明远同志', '李书记')).toEqual([]);
  });

  it('113: two shares listed with 分别占 (分别占92.4%和7.6%), one made wrong', () => {
    // The shares after 分别占 are read, paired in order with the counts of their 其中 list; but “二套住房
    // 贷款” reads as a count (二套) between the two loans, so the list is not sure and nothing is paired.
    expect(newFindings('113-city-housing-fund-center.txt', '分别占92.4%和7.6%', '分别占94.2%和7.6%')).toEqual([]);
  });

  it('113: a subsection’s text replaced by ……（略）', () => {
    // （略） is how published reports leave out what they do not print (附件（略）, a table); a
    // subsection cut to it is not told from such an omission, and the part still has its other subsections.
    expect(newFindings('113-city-housing-fund-center.txt', '开展住房公积金政策“进企业、进园区、进工地”活动48场，发放宣传资料1.6万份，覆盖职工2.3万人次。', '……（略）')).toEqual([]);
  });

  it('113: the year in a cited document’s title made stale (《……2023年年度报告》)', () => {
    // A title in 《》 keeps its own year: citing an earlier year's report is as likely as a stale one.
    expect(newFindings('113-city-housing-fund-center.txt', '《丰州市住房公积金2024年年度报告》', '《丰州市住房公积金2023年年度报告》')).toEqual([]);
  });

  it('114: the town head named by surname and title (孙镇长)', () => {
    // As 李书记 in 112: 镇长 in a town's own report is its head.
    expect(newFindings('114-town-chinese-date.txt', '镇长孙海燕同志', '孙镇长')).toEqual([]);
  });

  it('114: the body’s name replaced by 某某镇 in the opening', () => {
    // 某某 is also how reports anonymise the parties of a case (王某某, 某某公司, a case “在某某镇”), so it
    // is not template residue by itself; nor, for name-consistency, another body's name: it stands in for one.
    expect(newFindings('114-town-chinese-date.txt', '青禾镇在县委', '某某镇在县委')).toEqual([]);
  });

  it('114: every plan item cut to its title (（一）进一步提升依法决策水平。)', () => {
    // plan-specificity counts itemized measures, and a subsection's title is one (plans are often
    // written as titles alone: “（一）深化行政执法体制改革”); three titles are three measures, however
    // general their words. As with the vague item in 101, how concrete a measure is is not judged.
    expect(
      newFindings(
        '114-town-chinese-date.txt',
        '（一）提升依法决策水平。年内组织村“两委”成员法治培训2期，实现12个村（社区）全覆盖；制定《青禾镇村级集体资产处置程序指引》，6月底前印发。\n\n　　（二）加强执法队伍建设。争取县级部门下沉执法人员3名，新增持证执法人员4名，开展执法案卷自查2次。\n\n　　（三）创新普法方式。建立外出务工人员线上普法群，针对老年群体开展防范养老诈骗专题宣传不少于10场。',
        '（一）进一步提升依法决策水平。\n\n　　（二）持续加强执法队伍建设。\n\n　　（三）不断创新普法方式。',
      ),
    ).toEqual([]);
  });

  it('119: the 主任 dropped from the duties paragraph while 主任办公会议 remains', () => {
    // “办党组书记陈建国同志……提交主任办公会议研究” still names the office's head by his title: a meeting
    // named after the head is his, and whether it tells enough of his duties is not for the rule to judge.
    expect(newFindings('119-city-civil-air-defense-office.txt', '办党组书记、主任陈建国同志', '办党组书记陈建国同志')).toEqual([]);
  });

  it('120: the measures part cut to one slogan — strict asks for evidence', () => {
    // A part with a sentence under its heading is not empty (empty-part); that it shows no figure,
    // case or document is measures-evidence's ask, off in recommended as outline-coverage is.
    const file = '120-county-grain-reserve-bureau.txt';
    const { text } = draft(file);
    const from = text.slice(text.indexOf('（一）抓好学法用法'), text.indexOf('　　二、存在的不足和原因'));
    const slogan = '全年法治政府建设工作扎实推进，取得明显成效。\n\n';
    expect(newFindings(file, from, slogan)).toEqual([]);
    expect(newFindings(file, from, slogan, strict)).toEqual([
      '7:3-7:12 measures-evidence “主要举措和成效”一节没有任何数据、事例或文件，只讲做法不见成效：请补充具体数字（如办理件数、覆盖人数、增减比例）、典型案例或所依据的文件《……》',
      '7:3-7:12 outline-coverage “主要举措和成效”未涉及《法治政府建设实施纲要（2021—2025年）》的6个任务领域：政府机构职能、依法行政制度体系、行政执法、社会矛盾纠纷化解、行政权力制约和监督、数字法治政府；应补充这些方面的举措和成效，或说明本年度未开展的原因',
    ]);
  });

  it('121: the 市长\'s duties dropped — the 市委书记 pushes “各级党政主要负责人” to their duty', () => {
    // duty-leaders reads a joint mention (党政主要负责人) as naming both leaders, as “全区党政主要负责人
    // 专题讲授率达100%” does in its README: whether “各级” takes in the city's own leaders is not said.
    expect(newFindings('121-prefecture-city-long-report.txt', "市长切实履行推进法治政府建设第一责任人职责，坚持重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。一是主持召开市政府常务会议研究法治政府建设议题11项，审议政府规章草案和规范性文件19件；二是带头尊法学法守法用法，带头参加市政府常务会议会前学法14次，为全市行政执法人员讲授法治专题课1次；三是带头出庭应诉行政诉讼案件1件，督促各级行政机关负责人出庭应诉；四是带头落实重大行政决策程序，对7项重大行政决策事项全部严格把关；五是年底向市委、市人大常委会专题报告法治政府建设情况。\n\n", '')).toEqual([]);
  });

  it('125: a clause said twice, each time after a count (全年代办各类事项1,126件，在8个行政村设立代办点)', () => {
    // The clause before each occurrence holds a figure, and the figures differ: read as the same step
    // said of two scenes (县政府召开常务会议6次，专题研究……；各乡镇召开党委会议48次，专题研究……), which is
    // parallel reporting, not a slip the rule can tell apart.
    expect(newFindings('125-ethnic-township-2025.txt', '全年代办各类事项1,126件。', '全年代办各类事项1,126件，在8个行政村设立代办点。')).toEqual([]);
  });

  it('125: the causes of one shortcoming of three removed', () => {
    // shortcoming-causes asks whether the part analyses causes at all; the other two items still state
    // theirs (原因在于……, 究其原因……), and whether each item needs its own is the drafter's judgement.
    expect(newFindings('125-ethnic-township-2025.txt', '，主要原因是乡镇岗位吸引力不强，专业人才招不来、留不住。', '。')).toEqual([]);
  });

  it('126: a plan item closing on its own title (……不少于4期，抓好条例实施。)', () => {
    // An item may restate its title as what its work is for (repeated-phrase's guard for “（一）标题。
    // 正文……，标题。”); only the same clause in another item is a repetition.
    expect(newFindings('126-province-grain-reserve-bureau.txt', '开展条例专题宣传培训不少于4期。', '开展条例专题宣传培训不少于4期，抓好条例实施。')).toEqual([]);
  });

  it('127: a 复议诉讼比 whose 复议 count is in an earlier sentence', () => {
    // The ratio divides counts of its own sentence: the 受理258件 of the 一是 sentence is one of several
    // 复议 counts (收到286件, 受理258件, 审结241件), and which one the ratio is over is not said there.
    expect(newFindings('127-county-justice-bureau-reconsideration.txt', '复议诉讼比为2.3:1', '复议诉讼比为3.2:1')).toEqual([]);
  });

  it('127: a 调解和解率 right after the 纠错率 (纠错率13.7%，调解和解率15.8%)', () => {
    // Counts a rate was read with are not read again by a later rate of the clause (受理…办结…办结率…累计…):
    // the 调解和解率 after the 纠错率 finds no count of its own after it. Written before the 纠错率, it is read.
    expect(newFindings('127-county-justice-bureau-reconsideration.txt', '调解和解率15.8%', '调解和解率18.5%')).toEqual([]);
  });

  it('127: an 实质性化解率 over the cases “案结事了”', () => {
    // 案结事了 is not 化解 in words: the rate's numerator is not named, so nothing is checked.
    expect(newFindings('127-county-justice-bureau-reconsideration.txt', '实质性化解率91.3%', '实质性化解率93.1%')).toEqual([]);
  });

  it('128: a 纠错率 over the decisions named by their kinds (作出撤销、变更、确认违法和责令履行决定89件)', () => {
    // 纠错 is not written: which outcomes a body counts as 纠错 (确认违法? 调解书?) varies, so the kinds
    // are not summed into the rate's numerator.
    expect(newFindings('128-city-government-reconsideration-organ.txt', '纠错率12.7%', '纠错率11.7%')).toEqual([]);
  });

  it('128: a share of the 受理 total stated in the paragraph before (占受理总数的40.5%)', () => {
    // The share's whole is looked for in its own sentence, or in the sentence before in the same paragraph:
    // 受理771件 is in the item before, next to the 全市 受理 1,962件, and which one 受理总数 means is not said.
    expect(newFindings('128-city-government-reconsideration-organ.txt', '占受理总数的40.5%', '占受理总数的45.0%')).toEqual([]);
  });

  it('130: four plan items, each a slogan (持续深化……，不断提高……)', () => {
    // plan-specificity counts the measures a part sets out, one a subsection; whether an item's words
    // commit to something checkable is the reviewer's judgement, and guessing it would flag real plans.
    expect(newFindings('130-county-government-title-without-year.txt', "（一）制定《青峰县法治政府建设实施方案（2026—2030年）》，于2026年6月底前印发实施。\n\n（二）开展乡镇综合行政执法能力提升行动，年内组织乡镇执法人员实操培训不少于4期，实现11个乡镇全覆盖。\n\n（三）选取2项已实施满1年的重大行政决策开展后评估，评估报告于2026年11月底前提交县政府常务会议审议。\n\n（四）开展行政复议纠错案件专项分析，2026年9月底前形成分析报告，对纠错案件涉及的执法部门逐一约谈。", '（一）持续深化法治政府建设，不断提高依法行政水平。\n\n（二）进一步加强行政执法队伍建设，全面提升执法能力。\n\n（三）持续推进重大行政决策规范化，切实提高决策质量。\n\n（四）不断强化行政权力制约和监督，推动法治政府建设再上新台阶。')).toEqual([]);
  });

  it('131: a closing date in December of the report year (2025年12月3日)', () => {
    // publish-date's window opens on 1 December: a report is often signed once the year's work is done,
    // before the new year; only a date before December is too early to tell the year's work.
    expect(newFindings('131-city-veterans-bureau-stamp-no-text-page.txt', '2026年2月3日', '2025年12月3日')).toEqual([]);
  });

  it('131: the cause of one shortcoming of two removed', () => {
    // shortcoming-causes asks whether the part analyses causes at all; the other item still states its own.
    expect(newFindings('131-city-veterans-bureau-stamp-no-text-page.txt', '，原因是基层服务站点人员流动较大，系统培训覆盖不够。', '。')).toEqual([]);
  });

  it('132: the duties paragraph naming no leader (局领导班子高度重视法治建设……)', () => {
    // duty-leaders reports one leader without the other; a body that names neither speaks through the
    // part's heading, whose subject is both (its README), and which leader did what is not said.
    expect(newFindings('132-district-culture-bureau-two-dates.txt', "局党组书记、局长认真履行推进法治建设第一责任人职责：主持召开局党组会议研究法治建设工作4次，听取执法大队和文物保护工作情况汇报；带头开展集体学法6次，带头讲授《中华人民共和国文物保护法》修订专题辅导课1次；带队开展文物安全和旅游市场检查8次，督促整改重大隐患3处；年初与各科室、下属单位签订法治建设责任书12份，年终纳入考核。", '局领导班子高度重视法治建设，全局法治建设工作有序推进。')).toEqual([]);
  });

  it('133: a 结案率 whose total stands two paragraphs above, across the table (办结案件98件，结案率95.3%)', () => {
    // rate-mismatch reads the counts of the rate's own sentence (and its parenthesis); 立案105件 is in
    // the paragraph before the table, and 办结案件98件 alone gives no division.
    expect(newFindings('133-city-ecology-bureau-feishu.md', '结案率93.3%', '结案率95.3%')).toEqual([]);
  });

  it('133: a number skipped in a Markdown ordered list (1) 2) 4))', () => {
    // As in 40: Markdown numbers an ordered list itself from its first item, so the list reads 1–3
    // wherever the draft is rendered (the editor it was exported from numbers it the same way).
    expect(newFindings('133-city-ecology-bureau-feishu.md', '3) 清理规范性文件', '4) 清理规范性文件')).toEqual([]);
  });

  it('135: a 其中 part raised beyond the total when the parts stand in a bullet list below “其中：”', () => {
    // parts-exceed-total reads the parts of a clause; a list below the sentence is blocks of its own,
    // each item a clause with one count, and nothing ties them to the total the paragraph above states.
    expect(newFindings('135-district-market-regulation-tencent-docs.md', '其他案件278件', '其他案件378件')).toEqual([]);
  });

  it('135: a change whose earlier values stand only in the table (同比分别增长8.4%和下降3.2%)', () => {
    // change-mismatch checks a change against the earlier count its sentence states (较上年的615件);
    // the 2023 column of the table below is another block, and the sentence names no earlier count.
    expect(newFindings('135-district-market-regulation-tencent-docs.md', '同比分别增长9.4%和下降3.2%', '同比分别增长8.4%和下降3.2%')).toEqual([]);
  });

  it('135: the duties part cut to “局党组高度重视……”, naming no leader', () => {
    // As duty-leaders' README says, a body that names nobody speaks through its heading, whose subject
    // is both leaders; what the part should say of them is not for the rule to judge.
    expect(
      newFindings(
        '135-district-market-regulation-tencent-docs.md',
        '局党组书记、局长认真履行第一责任人职责，将法治建设与业务工作同部署、同推进、同考核。全年主持召开党组会议研究法治工作5次，带头开展党组理论学习中心组集体学法6次，主持审议重大执法决定法制审核事项34件；带头出庭应诉行政诉讼案件1件；带队赴各市场监管所督导执法规范化建设8次。',
        '局党组高度重视法治政府建设，将法治建设与业务工作同部署、同推进、同考核。',
      ),
    ).toEqual([]);
  });

  it('136: plans cut to 一是…四是 items that state no target (一是进一步加强执法队伍建设。……)', () => {
    // plan-specificity counts the measures set out item by item (its README); each 一是 item is one, and
    // whether an item is concrete enough is the reviewer's judgement, not a count the rule can make.
    expect(
      newFindings(
        '136-district-government-duties-first.txt',
        '一是2025年6月底前完成街道综合执法队伍专业培训全覆盖，每名执法人员年度培训不少于60学时。二是制定《北塘区行政复议纠错案件通报办法》，每季度通报一次纠错案件，对纠错率高于20%的部门进行约谈。三是更新区级普法责任清单，年内开展“法律进企业”活动不少于30场。四是完成2021年以来规范性文件全面清理，于2025年9月底前向社会公布清理结果。',
        '一是进一步加强执法队伍建设。二是持续提升行政复议工作水平。三是深入推进普法工作。四是不断完善制度体系。',
      ),
    ).toEqual([]);
  });

  it('139: a 超限率 over vehicles checked in 辆次 while the overloaded are counted in 辆', () => {
    // 检测18.6万辆次，查处超限运输车辆1,126辆: a vehicle stopped twice is one 辆 and two 辆次, so the
    // overloaded passes may be more than 1,126 and the rate over 辆次 is not sure to be 1126÷18.6万.
    expect(newFindings('139-county-transport-overload-units.txt', '超限率0.61%', '超限率0.81%')).toEqual([]);
  });

  it('141: a share in words of a count framed by “……中已有” (126个村（社区）中已有84个……，占三分之二)', () => {
    // rate-mismatch reads a share in words (占三分之二) against a 其中 list's total or a count framed by
    // 在……中 (the frame percentages are read with); “全区126个村（社区）中已有84个” has no 在, and a 中 after
    // a count is as often no frame of the count after it, so the whole is not taken.
    expect(newFindings('141-district-government-multiples-shares.txt', '占三分之二；', '占五分之四；')).toEqual([]);
  });

  it('141: 超过半数 without 占 (14个街道中已有8个建成……，超过半数)', () => {
    // Without 占 the words name nothing they are a share of (rate-mismatch's README): not read.
    expect(newFindings('141-district-government-multiples-shares.txt', '中已有8个建成', '中已有6个建成')).toEqual([]);
  });

  it('145: a 满意率 after grades whose total stands three sentences earlier (满意的701件、基本满意的35件、不满意的2件，满意率96.0%)', () => {
    // The rate's clause states no total: the grades need not cover every suggestion (some are not
    // answered back), and 满意率 is as often (满意+基本满意)÷total as 满意÷total, so nothing is sure.
    expect(newFindings('145-city-government-office-proposals.txt', '满意率95.0%', '满意率96.0%')).toEqual([]);
  });

  it('146: a 按期办结率 bound the counts fall short of, its total across a semicolon (……28.46万件……；按期办结28.39万件，按期办结率达到99.9%以上)', () => {
    // rate-mismatch reads a rate's counts within its clause (a semicolon ends one): 28.46万件 stands in
    // the clause before, beside a 网办率 of its own, and the clause of the bound states no total.
    expect(newFindings('146-county-approval-bureau-time-limits.txt', '达到99%以上', '达到99.9%以上')).toEqual([]);
  });
  it('148: a “十五五” plan written 2025—2030年 in a 方案\'s title that names no five-year plan', () => {
    // 《……实施方案（2025—2030年）》 names no 十五五: a local 方案 may span any years (2024—2027年行动方案),
    // and no rule holds a title's period to the plan the sentence before names.
    expect(newFindings('148-city-government-five-year-summary.txt', '实施方案（2026—2030年）', '实施方案（2025—2030年）')).toEqual([]);
  });

  it('148: a 纠错率 over outcomes not written 纠错 (撤销、确认违法、责令履行)', () => {
    // Which outcomes the body counts as 纠错 is not said in the sentence (as in 135 and 141).
    expect(newFindings('148-city-government-five-year-summary.txt', '纠错率11.5%', '纠错率12.5%')).toEqual([]);
  });

  it('149: an 采纳率 after a count in 项 of other things (重大行政决策31项、……，提出意见建议1,036条，被采纳986条)', () => {
    // 项 and 条 are units opinions are counted in alike (意见12项, 意见12条): the count in 项 earlier in the
    // clause is another possible total, so the rate's total is not sure.
    expect(newFindings('149-county-justice-bureau-baiwu-pufa.txt', '采纳率95.2%', '采纳率92.5%')).toEqual([]);
  });

  it('150: 同比 of a count whose earlier year stands only in the table (立案查处17,054件，同比增长5.8%)', () => {
    // As in 06: a figure in the prose is not related to a table's cells; the sentence states no earlier count.
    expect(newFindings('150-province-market-regulation-five-year-table.md', '同比增长5.8%', '同比增长8.5%')).toEqual([]);
  });

  it('151: a change against the first of three years (……，2024年受理7,128件，较2023年下降10.0%，较2022年下降17.5%)', () => {
    // The change names 2022, whose value stands two counts back: only a change against the earlier of the
    // two values right before it is read, so a wrong one against the first year is not seen.
    expect(newFindings('151-city-petition-bureau-three-years.txt', '较2022年下降17.5%', '较2022年下降18.5%')).toEqual([]);
  });

  it('151: a 面商率 over suggestions and proposals together (建议14件、提案22件，与代表委员当面沟通36件，面商率100%)', () => {
    // The rate's total is the two counts together, stated nowhere as one: nothing is sure.
    expect(newFindings('151-city-petition-bureau-three-years.txt', '面商率100%', '面商率95%')).toEqual([]);
  });

  it('152: a change after three years listed with 分别 (分别办理……1.26万件、1.38万件、1.52万件，2025年较2023年增长20.6%)', () => {
    // The counts stand in a 分别 list, not a statement of their own each: which is whose year is read from
    // the order of the years before it, which no rule pairs.
    expect(newFindings('152-county-government-fourteenth-plan.txt', '2025年较2023年增长20.6%', '2025年较2023年增长26.0%')).toEqual([]);
  });

  it('153: a rise of a rate in % whose later year\'s words are 为 alone (配备率为92.4%，2024年为100%，提高7.6%)', () => {
    // 2024年为 names no measure of its own (no verb, as 2024年受理 has): the two are not plainly the same
    // measure, so the rule does not say the rise should be in points.
    expect(newFindings('153-district-education-bureau-year-by-year.txt', '提高7.6个百分点', '提高7.6%')).toEqual([]);
  });

  it('154: a difference with no earlier count, or not a plain difference of two counts (同比增加55件, 净增14家, 其中……较上年减少2件)', () => {
    // A difference states nothing to check without the earlier count; 净增 is what is left after counts
    // the sentence does not give, and a part after 其中 is compared with a count of its own nowhere stated.
    expect(newFindings('154-county-healthcare-security-bureau-fund-recovery.txt', '同比增加55件', '同比增加65件')).toEqual([]);
    expect(newFindings('154-county-healthcare-security-bureau-fund-recovery.txt', '净增14家', '净增24家')).toEqual([]);
    expect(newFindings('154-county-healthcare-security-bureau-fund-recovery.txt', '较上年减少2件', '较上年减少3件')).toEqual([]);
  });

  it('154: an approximate difference, and one in 家 after counts in 件 (约1.2万人次，较上年增加约3000人次; 64件，较上年的52件增长23.1%，……机构增加9家)', () => {
    // 约 gives no bound to hold the difference to; applicants in 家 are other things than applications in
    // 件 (one body may apply twice), so 增加9家 is no difference of 64件 and 52件.
    expect(newFindings('154-county-healthcare-security-bureau-fund-recovery.txt', '较上年增加约3000人次', '较上年增加约5000人次')).toEqual([]);
    expect(newFindings('154-county-healthcare-security-bureau-fund-recovery.txt', '增加9家', '增加12家')).toEqual([]);
  });

  it('154: 其中 parts above a total written 达到 (年末达到426家，其中……198家、……238家)', () => {
    // The parser reads 达到 before a figure as a bound (达到1万余件, 达到95%以上 — its approximateBefore words):
    // parts above a count the total is only said to reach contradict nothing.
    expect(newFindings('154-county-healthcare-security-bureau-fund-recovery.txt', '定点零售药店228家', '定点零售药店238家')).toEqual([]);
  });

  it('154: a 问题发现率 (发现存在问题的机构104家，问题发现率33.3%)', () => {
    // 发现率 is no rate of rules/shared/figures.json: what is found is counted in 问题, 线索 or bodies alike, so
    // which count is its numerator is not sure.
    expect(newFindings('154-county-healthcare-security-bureau-fund-recovery.txt', '问题发现率33.3%', '问题发现率34.3%')).toEqual([]);
  });

  it('155: a difference of areas in 亩 with no earlier area (供应国有建设用地2,346亩，同比增加420亩)', () => {
    // Areas are read as counts are, and 同比 names last year without stating its area: nothing to subtract.
    expect(newFindings('155-county-natural-resources-bureau-satellite-enforcement.txt', '同比增加420亩', '同比增加240亩')).toEqual([]);
  });

  it('155: differences with no earlier count (其中占用耕地面积较上年减少36.2亩; 较上年分别减少3件和2件; 涉及企业增加126家)', () => {
    // No earlier count is stated for any of them; 126家 after counts of registrations in 件 is other things.
    expect(newFindings('155-county-natural-resources-bureau-satellite-enforcement.txt', '其中占用耕地面积较上年减少36.2亩', '其中占用耕地面积较上年减少136.2亩')).toEqual([]);
    expect(newFindings('155-county-natural-resources-bureau-satellite-enforcement.txt', '较上年分别减少3件和2件', '较上年分别减少4件和2件')).toEqual([]);
    expect(newFindings('155-county-natural-resources-bureau-satellite-enforcement.txt', '涉及企业增加126家', '涉及企业增加162家')).toEqual([]);
  });

  it('155: a 整改率 after several totals in 个 (下发疑似违法图斑1,286个，……，认定违法图斑214个，整改到位209个)', () => {
    // Patches sent down, their fall and patches found illegal are all counts in 个 before 整改到位: whether the
    // rate is over those found or those sent down is not said, so nothing is sure.
    expect(newFindings('155-county-natural-resources-bureau-satellite-enforcement.txt', '整改率97.7%', '整改率99.7%')).toEqual([]);
  });

  it('156: a 办结率 whose total stands in the sentence before (……2024年受理42.5万件……。二是……全年办结诉求41.8万件，办结率98.4%)', () => {
    // rate-mismatch reads the counts of the rate's own sentence: this one states no total.
    expect(newFindings('156-city-government-service-bureau-12345-hotline.md', '办结率98.4%', '办结率94.8%')).toEqual([]);
  });

  it('156: a difference with no earlier count in its sentence, before a rate (1.86万件，比上年增加2000件，办结率99.2%)', () => {
    // The earlier count (16600) is only in the table; as in 06 and 150, a figure in the prose is not related to
    // a table's cells. Nor is 2000件 the 办结 count of the rate after it.
    expect(newFindings('156-city-government-service-bureau-12345-hotline.md', '比上年增加2000件', '比上年增加3000件')).toEqual([]);
  });

  it('156: a rise in points after three years\' rates listed with 分别 (分别为91.2%、93.0%、94.4%，2024年较2022年提高3.2个百分点)', () => {
    // As in 152: which value is whose year is read from the order of the years before the 分别 list, which no
    // rule pairs.
    expect(newFindings('156-city-government-service-bureau-12345-hotline.md', '提高3.2个百分点', '提高2.2个百分点')).toEqual([]);
  });

  it('156: a 其中 part\'s difference and an approximate one (其中投诉类诉求4.6万件，较上年减少3200件; 约2.3亿条，较上年增加约6000万条)', () => {
    // No earlier count of 投诉类 is stated; 约 gives no bound.
    expect(newFindings('156-city-government-service-bureau-12345-hotline.md', '较上年减少3200件', '较上年减少2300件')).toEqual([]);
    expect(newFindings('156-city-government-service-bureau-12345-hotline.md', '较上年增加约6000万条', '较上年增加约8000万条')).toEqual([]);
  });

  it('158: plans that are items of intent with no date or figure (一是进一步加强学习培训……三是……)', () => {
    // plan-specificity asks for the plans set out item by item, not for a figure or a date in each item:
    // three 一是/二是/三是 items are items, however general their words.
    expect(
      newFindings(
        '158-county-veterans-affairs-bureau.txt',
        '一是2026年上半年组织全县乡镇（街道）退役军人服务站工作人员政策法规培训1期，实现培训全覆盖。二是编印《退役军人优抚政策问答》2000册，2026年8月底前发放到各服务站。三是结合“九五”普法规划实施，每季度开展退役军人法治宣传活动不少于1次。四是2026年9月底前完成全县优抚对象信息数据核查比对，做到底数清、情况明，确保抚恤补助资金发放准确无误。',
        '一是进一步加强学习培训，不断提高依法行政能力。二是进一步加大政策宣传力度，营造良好法治氛围。三是进一步强化服务保障，切实维护退役军人合法权益。',
      ),
    ).toEqual([]);
  });

  it('159: a 其中 list of cases after an amount, the two counts of cases before it different (立案75件，处罚决定72件)', () => {
    // The count right before 其中 is the amount in 万元: which of the counts in 件 before it (立案 or 处罚决定) the
    // list breaks down is not said once they differ, so neither sum nor share is read (soleCountBefore). With
    // both at 75, as the draft has them, the shares and the sum are checked (planted above).
    const list = '，罚没款1,286.5万元，其中大气污染类案件27件，占36.0%；水污染类案件21件，占';
    expect(newFindings('159-city-eco-bureau-penalties.txt', `作出行政处罚决定75件${list}28.0%`, `作出行政处罚决定72件${list}26.0%`)).toEqual([]);
  });

  it('159: a 其中 part of two units, its amount above the total amount (赔偿金额326.4万元，其中……协议7件、金额398.6万元)', () => {
    // The count right before 其中 is an amount and the list opens with a count in 件: the list is not of the
    // total's things, so its amount is not summed against the total.
    expect(newFindings('159-city-eco-bureau-penalties.txt', '其中经磋商达成赔偿协议7件、金额298.6万元', '其中经磋商达成赔偿协议7件、金额398.6万元')).toEqual([]);
  });

  it('160, 161, 162: an area restated in another unit in parentheses (186亩（12.4公顷）, 36.2公顷（543亩）, 86.4公顷（1,296亩）)', () => {
    // 亩 and 公顷 are not converted into each other (change-mismatch reads measures in one unit only): a
    // conversion written wrong is a figure no rule relates to the one before it.
    expect(newFindings('160-county-urban-management-demolition.txt', '186亩（12.4公顷）', '186亩（18.6公顷）')).toEqual([]);
    expect(newFindings('161-city-water-resources-bureau-river-sand.txt', '36.2公顷（543亩）', '36.2公顷（453亩）')).toEqual([]);
    expect(newFindings('162-county-forestry-bureau-disclosure-table.txt', '86.4公顷（1,296亩）', '86.4公顷（1,396亩）')).toEqual([]);
  });

  it('160: a difference whose earlier count stands across an amount (违法行为173起，罚款28.6万元，较上年的204起减少41起)', () => {
    // The figure right before the comparison is the fine in 万元, not the count in 起: the pair is read from
    // consecutive figures, and the sentence does not put the later count next to the earlier one.
    expect(newFindings('160-county-urban-management-demolition.txt', '罚款28.6万元，同比减少31起', '罚款28.6万元，较上年的204起减少41起')).toEqual([]);
  });

  it('160: an approximate measure\'s change (约52万吨，较上年的40万吨增长30%)', () => {
    // 约 gives no bound to hold the measure to (change-mismatch README: approximate measures are left alone).
    expect(newFindings('160-county-urban-management-demolition.txt', '全年资源化利用建筑垃圾约52万吨', '全年资源化利用建筑垃圾约52万吨，较上年的40万吨增长30%')).toEqual([]);
  });

  it('161: a multiple one too few after two measures in 万吨 (4.2万吨，是上年1.4万吨的2倍)', () => {
    // 4.2万 and 1.4万 are rounded measures: their ratio may be as low as 4.15万÷1.45万 = 2.86, which a
    // whole multiple truncated writes 2倍. A multiple is accepted rounded or truncated, so nothing is sure.
    expect(newFindings('161-city-water-resources-bureau-river-sand.txt', '是上年1.4万吨的3倍', '是上年1.4万吨的2倍')).toEqual([]);
  });

  it('162: an area stated with a part of a 其中 sentence, above the area of the sentence before (案件29起、涉及面积346.2亩)', () => {
    // The 其中 sentence breaks down the cases (起); the area written with a part is that part's own, and
    // a sentence opening with 其中 is read against a count of the sentence before, not a measure.
    expect(newFindings('162-county-forestry-bureau-disclosure-table.txt', '涉及面积246.2亩', '涉及面积346.2亩')).toEqual([]);
  });

  it('163: a share in words of two counts above round numbers (惠及企业1,800余家，其中……1,650余家，占九成以上)', () => {
    // Approximate counts are not read for a share (rate-mismatch README): 1,250余 of 1,800余 is far below
    // 九成, but the rule reads no share of counts written with 余.
    expect(newFindings('163-city-industry-it-bureau-proposal-shares.txt', '其中中小微企业1,650余家', '其中中小微企业1,250余家')).toEqual([]);
  });

  it('164: a later share of a 其中 sentence whose part ends with a done word (宗教教职人员备案15件，占……)', () => {
    // 备案 is the done word of 备案率: a count of done after a part that is none (改扩建审批17件) may be
    // counted within that part, so its share's whole is left open, semicolon or not.
    expect(newFindings('164-prefecture-ethnic-religious-affairs-commission.txt', '宗教教职人员备案15件，占35.7%', '宗教教职人员备案15件，占37.5%')).toEqual([]);
  });

  it('164, 165: a share of a province-wide whole the report does not state (占全省同批命名总数的, 占全省消防救援系统的)', () => {
    // A region's total is not in the text: the share names nothing the sentence counts.
    expect(newFindings('164-prefecture-ethnic-religious-affairs-commission.txt', '占全省同批命名总数的8.6%', '占全省同批命名总数的86%')).toEqual([]);
    expect(newFindings('165-city-fire-rescue-detachment.txt', '占全省消防救援系统的9.4%', '占全省消防救援系统的94%')).toEqual([]);
  });

  it('165: outcomes above their total without 其中 (被申请行政复议4件，维持3件，终止2件)', () => {
    // Counts listed after a total without 其中/包括 are not read as its parts: they may be statements of
    // their own (parts-exceed-total README).
    expect(newFindings('165-city-fire-rescue-detachment.txt', '维持3件，终止1件', '维持3件，终止2件')).toEqual([]);
  });

  it('166: an approximate rate within a drafter\'s rounding of its counts (调解成功率约99.5% over 98.2%)', () => {
    // 约99.5% allows two points either way (rate-mismatch README): 4,138 of 4,216 is 98.2%, which a drafter
    // may round so. Only counts that miss it by more are reported (约95% over 75% in the mutations above).
    expect(newFindings('166-county-level-city-prefecture-approximate-rates.txt', '调解成功率约98%', '调解成功率约99.5%')).toEqual([]);
  });

  it('167, 168: a share with no 其中 and no frame (提出修改意见的26件，约占三分之一; 超标面积占比不足1%; 发现问题单位19家，占比约16%)', () => {
    // A bare share names no whole: opinions, areas or units found may not be a subset of the count before
    // them (rate-mismatch README, “a bare 占比 with no 其中”).
    expect(newFindings('167-district-commerce-bureau-prepaid-cards.txt', '提出修改意见的16件，约占三分之一', '提出修改意见的26件，约占三分之一')).toEqual([]);
    expect(newFindings('168-city-government-offices-administration-markdown.md', '超标面积占比不足3%', '超标面积占比不足1%')).toEqual([]);
    expect(newFindings('168-city-government-offices-administration-markdown.md', '发现问题单位9家，占比约16%', '发现问题单位19家，占比约16%')).toEqual([]);
  });

  it('167: counts in the parenthesis after a rate whose total is no word of received (满意率达95%以上（回访860人，满意786人）)', () => {
    // The counts after a rate are read only with a total the vocabulary knows (受理, 收到 …); 回访 is the
    // people called back, which a 满意率 may or may not be over.
    expect(newFindings('167-district-commerce-bureau-prepaid-cards.txt', '回访860人，满意826人', '回访860人，满意786人')).toEqual([]);
  });

  it('168: a share in words of two parts together (废止和修改的文件约占三分之一)', () => {
    // The words before 占 name two parts of the list, not the part right before: whose share it is, the
    // rule does not add up.
    expect(newFindings('168-city-government-offices-administration-markdown.md', '废止和修改的文件约占四分之一', '废止和修改的文件约占三分之一')).toEqual([]);
  });

  it('169: a share whose words name a part listed earlier (其中商务类198件、……、其他类32件，商务类占69.2%)', () => {
    // The words before 占 name the first part of the 、 list, not the count right before the share: whose
    // share it is, the rule does not look up (as 168's 废止和修改的文件约占三分之一).
    expect(newFindings('169-city-foreign-affairs-office-gongwen.txt', '商务类占69.2%', '商务类占62.9%')).toEqual([]);
  });

  it('169: a stale year in the title of an attachment listed after the date (2.2024年度因公出国（境）审批情况统计表)', () => {
    // The attachment note names documents, not the period reported on: an attachment may be an earlier
    // year's document, and year-consistency reads the title, the opening and the part headings only.
    expect(newFindings('169-city-foreign-affairs-office-gongwen.txt', '2.2025年度因公出国', '2.2024年度因公出国')).toEqual([]);
  });

  it('170: grades above the units graded without 其中 (对全县42个……实行年度考评，考评优秀的22个、良好的24个、合格的6个)', () => {
    // Counts listed after a total without 其中/包括 are not read as its parts (as 38 and 165).
    expect(newFindings('170-county-archives-bureau-word-toc-headers.txt', '考评优秀的12个', '考评优秀的22个')).toEqual([]);
  });

  it('171: a share of a whole named by words no count\'s label holds (纳入监管的机构118家，占已审批机构的97.3%)', () => {
    // The words after 占 (已审批机构) must be in the label of a count before the part (rate-mismatch README);
    // the count of approved bodies is labelled 现有审批登记的……机构, and in another sentence.
    expect(newFindings('171-county-education-bureau-off-campus-training-table.txt', '占已审批机构的93.7%', '占已审批机构的97.3%')).toEqual([]);
  });

  it('45: a level with 余 after a round number (执业律师达3400余人)', () => {
    // 达 and 高达 state a level, not an estimate: 达200余件 and 高达95%以上 are written so on purpose.
    expect(newFindings('45-city-justice-bureau-figures.txt', '执业律师约3400人', '执业律师达3400余人')).toEqual([]);
  });

  it('94: a document number without 号, or whose year lost its brackets (白政办发〔2024〕7, 白政办发2024 7号)', () => {
    // The brackets are what tells a document number's year (terminology README): 〔2024〕 is written right,
    // and a bare 2024 before the serial may be a year or part of a code, so neither is reported.
    expect(newFindings('94-autonomous-region-government.txt', '白政办发〔2024〕7号', '白政办发〔2024〕7')).toEqual([]);
    expect(newFindings('94-autonomous-region-government.txt', '白政办发〔2024〕7号', '白政办发2024 7号')).toEqual([]);
  });

  it('09: a three-year period with its dash lost (三年行动（20242026年）)', () => {
    // Two years run together are read as a period only when they span a plan's five years (terminology
    // README): two years one to three apart may as well be a list (2024、2026年) with its 、 lost.
    expect(newFindings('09-city-government.txt', '（2024—2026年）', '（20242026年）')).toEqual([]);
  });

  it('175: a coined rate (事项运用率, 71÷86 written 86.2%)', () => {
    // As in 115: a rate whose name the vocabulary does not hold is not read.
    expect(newFindings('175-provincial-dev-zone-empowerment.txt', '事项运用率82.6%', '事项运用率86.2%')).toEqual([]);
  });

  it('175: the cause of the second shortcoming of three dropped, the third analysed with 究其原因', () => {
    // 究其原因 may speak for all the items before it (shortcoming-causes README), so the second is not said
    // to lack a cause; 180's third item, its 究其原因 dropped, is (planted above).
    expect(
      newFindings(
        '175-provincial-dev-zone-empowerment.txt',
        '二是执法力量与监管任务不匹配，原因在于开发区综合行政执法局核定执法编制仅28名，监管企业超过2,600家。',
        '二是执法力量与监管任务不匹配。',
      ),
    ).toEqual([]);
  });

  it('176: an 按期处置率 whose total is in the sentence before (……上报各类事件2.46万件……。按期处置2.43万件，按期处置率99.8%)', () => {
    // Figures relate within a sentence: the rate's sentence states the count done, not its total.
    expect(newFindings('176-municipality-subdistrict-grid.txt', '按期处置率98.8%', '按期处置率99.8%')).toEqual([]);
  });

  it('177: a quarter named twice in plans set out by quarter (第二季度 twice)', () => {
    // A quarter is a period, not an item number: a plan may list two items for one quarter, and
    // enumeration-sequence reads 一是 and 第一 leads only.
    expect(newFindings('177-county-government-tab-table-quarterly-plans.txt', '第三季度：开展', '第二季度：开展')).toEqual([]);
  });

  it('178: a 办结率 over matters 办理 after a count of matters in 项 (承接……42项，全年办理……3,268件，办结3,258件，办结率100%)', () => {
    // 办理 is no word of what was received (it may count what was done), and the clause opens with another
    // count of matters: the rate's total is not plain.
    expect(newFindings('178-xiang-mixed-chinese-numerals.txt', '办结3,268件，办结率100%', '办结3,258件，办结率100%')).toEqual([]);
  });

  it('179, 180: a share whose whole is in the numbered item before (占45.7% of the 46 decisions; 占全部违法违规案件的)', () => {
    // Each 1. 2. 3. item is a paragraph of its own: a share is read against its own sentence, the one before,
    // and the earlier sentences of its paragraph.
    expect(newFindings('179-financial-regulatory-branch.txt', '信贷业务违规案件21件，占45.7%', '信贷业务违规案件21件，占47.5%')).toEqual([]);
    expect(newFindings('180-exit-entry-border-inspection-station.txt', '占全部违法违规案件的17.9%', '占全部违法违规案件的19.7%')).toEqual([]);
  });

  it('179: a 办结率 after the ； of a 其中 list, its count done named with its agent (督促机构办结1.25万件)', () => {
    // Across a ； only a count named by the rate's verb alone is read over the list's total: words before the
    // verb may name a part or another subject (涉企的办结, 举报办结), which the rule does not tell from an agent.
    expect(newFindings('179-financial-regulatory-branch.txt', '办结1.25万件，办结率99.2%', '办结1.25万件，办结率97.2%')).toEqual([]);
  });

  it('182: the 合计 row of the table with a two-row header raised above the sum of its rows', () => {
    // As in 55: a total above its parts is no contradiction of a breakdown (a row raised above it is found,
    // planted above).
    expect(newFindings('182-province-healthcare-security-two-row-table.txt', '合计\t28,600', '合计\t28,800')).toEqual([]);
  });

  it('188: the plan that closed in 2020 written as the 八五 (“八五”普法规划顺利收官)', () => {
    // terminology checks a five-year period's first or last year where the sentence names that year (180:
    // 2026年是“十四五”规划收官之年); “顺利收官” with no year is not related to the report's. Nor is 八五 an early
    // reference in a report on 2020: due in March 2021, it may speak of the plan to come (188's plans do).
    expect(newFindings('188-city-health-commission-2020.txt', '“七五”普法规划顺利收官', '“八五”普法规划顺利收官')).toEqual([]);
  });

  it('188: the rectification names the report of two years before (2018年度报告所列)', () => {
    // As in 76: an older report's problems may be spoken of; strict's rectification asks for the 2019 report's.
    const [from, to] = ['2019年度报告所列', '2018年度报告所列'];
    expect(newFindings('188-city-health-commission-2020.txt', from, to)).toEqual([]);
    expect(newFindings('188-city-health-commission-2020.txt', from, to, strict)).toEqual([
      '23:1-23:11 rectification 报告未说明2019年度报告所列问题的整改情况：请写明上年度存在的问题逐项整改了什么、整改到什么程度（可写在“存在的不足和原因”部分开头）',
    ]);
  });

  it('191: a deadline of the report year in the table of plans (2023年10月 written 2022年10月)', () => {
    // year-consistency reads the plans' heading and the years that open their sentences (01): a table's
    // cell is neither, and its deadlines are not read.
    expect(newFindings('191-city-local-finance-bureau-plans-table.txt', '2023年10月', '2022年10月')).toEqual([]);
  });

  it('192: a bare share of an amount (应整改问题金额6.32亿元，已整改5.96亿元，占93.4%)', () => {
    // As in 167 and 168: a share with no 其中 and no frame names no whole; the same counts with 整改率 are read.
    expect(newFindings('192-county-audit-bureau-bracket-labels.txt', '占94.3%', '占93.4%')).toEqual([]);
  });

  it('192: an 审减率 its amounts do not give (1.52亿÷18.64亿 written 8.8%)', () => {
    // 送审金额……，审减……，审减率 is read (rate-mismatch README); here the 审定金额 between them is a second sum the
    // 审减率 could be over, and a rate with two candidate wholes is not judged.
    expect(newFindings('192-county-audit-bureau-bracket-labels.txt', '审减率8.2%', '审减率8.8%')).toEqual([]);
  });

  it('196: fewer hazards found (发现安全隐患124处) than rectified (已整改138处), the 整改率 kept', () => {
    // As in 27 and 191: 已整改 may count problems found earlier, so it is no count of done held to those
    // found; and a rate whose numerator passes every total it may be over is not read.
    expect(newFindings('196-city-civil-affairs-wechat-bold-lines.txt', '发现安全隐患142处', '发现安全隐患124处')).toEqual([]);
  });

  it('196: a stock as of the end of last year (截至2024年底) in a paragraph that names the report year', () => {
    // year-consistency reads a cut-off at last year's end in a paragraph naming the report year as a baseline
    // (截至2024年底……；2025年新增……): here the paragraph goes on to 2025年度应参加年度检查的…….
    expect(newFindings('196-city-civil-affairs-wechat-bold-lines.txt', '截至2025年底', '截至2024年底')).toEqual([]);
  });

  it('196: the duties written of the bureau\'s leadership (局领导班子), no principal leader named', () => {
    // duty-leaders: a part that names neither leader speaks through its heading, whose subject is both
    // (duty-leaders README); only a part that names one and never the other is reported.
    expect(newFindings('196-city-civil-affairs-wechat-bold-lines.txt', '局党组书记、局长认真履行', '局领导班子认真履行')).toEqual([]);
  });

  it('197: 某某 for the contact person', () => {
    // placeholder-text leaves 某某 alone: published case descriptions anonymize parties that way (王某某).
    expect(newFindings('197-autonomous-prefecture-annex-contact-footer.txt', '州司法局　刀玉香', '州司法局　某某')).toEqual([]);
  });

  it('197, 199: the rectification names the report of two years before (对2023年度报告……)', () => {
    // As in 76 and 188: an older report's problems may be spoken of; strict's rectification asks for the 2024 report's.
    const cases: Array<[string, string, string, string]> = [
      ['197-autonomous-prefecture-annex-contact-footer.txt', '对2024年度报告反映的', '对2023年度报告反映的', '23:1-23:11'],
      ['199-province-statistics-bureau-nested-lists.md', '对2024年度报告所列', '对2023年度报告所列', '41:4-41:14'],
    ];
    for (const [file, from, to, at] of cases) {
      expect(newFindings(file, from, to)).toEqual([]);
      expect(newFindings(file, from, to, strict)).toEqual([
        `${at} rectification 报告未说明2024年度报告所列问题的整改情况：请写明上年度存在的问题逐项整改了什么、整改到什么程度（可写在“存在的不足和原因”部分开头）`,
      ]);
    }
  });

  it('198: the cause of the first of three shortcomings dropped, the third giving its own with 究其原因', () => {
    // As in 01 and the drafts after it: 究其原因 may speak for all the items before it (shortcoming-causes
    // README, “a passage that speaks for all of them”); dropping every cause is reported above.
    expect(newFindings('198-town-plans-numbered-under-part.txt', '，主要原因是执法队人员多由原站所人员转岗而来，系统培训不足。', '。')).toEqual([]);
  });

  it('198: a share of the matters handled with no 其中 (全年办理群众事项9,846件，即办件6,412件，占比62.4%)', () => {
    // As in 167 and 168: a bare share names no whole; the count before it may not be the set the part is of.
    expect(newFindings('198-town-plans-numbered-under-part.txt', '即办件占比62.4%', '即办件6,412件，占比62.4%')).toEqual([]);
  });

  it('199: a share and a part whose whole is in the list item before (占立案总数的; 238件 of 214件)', () => {
    // As in 179 and 180: each list item is a paragraph of its own; a share or a part is read against its own
    // sentence, the one before and the earlier sentences of its paragraph.
    const file = '199-province-statistics-bureau-nested-lists.md';
    expect(newFindings(file, '占立案总数的17.8%', '占立案总数的18.7%')).toEqual([]);
    expect(newFindings(file, '弄虚作假的38件', '弄虚作假的238件')).toEqual([]);
  });

  it('199: a number repeated in the Markdown list of shortcomings (1. 2. 2.)', () => {
    // As in 40: Markdown numbers an ordered list itself from its first item.
    expect(newFindings('199-province-statistics-bureau-nested-lists.md', '3. 统计数据共享应用水平不高', '2. 统计数据共享应用水平不高')).toEqual([]);
  });

  it('200: applications admitted (受理1,320件) beyond those received in a sentence that speaks of carry-over', () => {
    // 含上年结转案件 in the sentence: applications received late last year may be admitted this year, so
    // parts-exceed-total says nothing there, as it does for counts of done.
    expect(newFindings('200-city-justice-bureau-review-quarter-table.txt', '依法受理1,220件', '依法受理1,320件')).toEqual([]);
  });

  it('202: the outcomes of a clean-up beyond the documents cleaned up, without 其中 (清理212件，保留186件、修改21件、废止15件)', () => {
    // Flipped (gaps round 33): the outcomes of one clean-up (保留/继续有效, 修改, 废止), labelled by those words alone right
    // after the count cleaned up, are its parts even without 其中: each document gets one outcome (parts-exceed-total README).
    expect(newFindings('202-county-city-numbered-causes.txt', '保留176件', '保留186件')).toEqual([
      '11:102-11:125 parts-exceed-total 各分项之和为222件（186+21+15），超过总数212件；请核对总数或各分项',
    ]);
  });

  it('207: dated in December of the report year (2024年12月22日)', () => {
    // publish-date's earliestMonth is 12: a report finished in the last days of its year may be dated then
    // (publish-date README, “too early: before December 1”); 209 and 212, dated in November, are planted above.
    expect(newFindings('207-county-emergency-bureau-first-person-2024.txt', '2025年1月22日', '2024年12月22日')).toEqual([]);
  });

  it('207: a change with no count of its own (全年组织开展综合应急演练，同比增长12%)', () => {
    // The verb names what grew (the drills held); change-mismatch checks a change against its two counts, and
    // a change stated without them is a drafting choice, not a figure that contradicts another.
    expect(newFindings('207-county-emergency-bureau-first-person-2024.txt', '全年组织开展综合应急演练28次。', '全年组织开展综合应急演练，同比增长12%。')).toEqual([]);
  });

  it('208: a 调解成功率 in a sentence opening on a way of working, its totals in the sentence before', () => {
    // rate-mismatch reads the sentence before only for a sentence that goes on from it (its counts open it,
    // 其中, 经审理); “坚持“调解优先”，以调解方式结案2,916件” opens on how the cases were handled, and the
    // sentence before gives two totals (受理4,862件, 审结4,705件). Within one sentence it is read (README).
    expect(newFindings('208-city-hrss-fullwidth-percent.txt', '调解成功率62.0％', '调解成功率66.2％')).toEqual([]);
  });

  it('208: a clean-up\'s outcomes without 其中 beyond the documents (34件, 继续有效30件、修改4件、废止2件)', () => {
    // As in 38: with no 其中/包括/分别, nothing says the counts after the total break it down.
    expect(newFindings('208-city-hrss-fullwidth-percent.txt', '继续有效28件', '继续有效30件')).toEqual([]);
  });

  it('209: a count in the text (查处违法违规案件36件) other than the table\'s (行政处罚案件 38)', () => {
    // No rule compares prose with a table, and the two name their counts differently (违法违规案件 查处 may
    // include cases closed without a penalty).
    expect(newFindings('209-province-communications-administration-2023.md', '查处违法违规案件38件', '查处违法违规案件36件')).toEqual([]);
  });

  it('210: decisions by the kind of penalty (其中罚款112件、警告22件) beyond the decisions (124件)', () => {
    // parts-exceed-total: one decision may impose several penalties (行政处罚法 第九条, 并处), so such counts
    // may overlap; only the first is held to the total alone (README, “kind of penalty”).
    expect(newFindings('210-county-fire-brigade-dash-items.txt', '其中罚款102件', '其中罚款112件')).toEqual([]);
  });

  it('211: a share whose whole is in the subsection before (不见面开标项目 3,522 宗，占 92.1%)', () => {
    // As in 179, 180 and 199: a share is read against its own sentence, the one before and the earlier
    // sentences of its paragraph; the 3,862 宗 are in （二）, a paragraph of their own.
    expect(newFindings('211-city-trading-center-pdf-spaced-digits-2024.txt', '占 91.2%', '占 92.1%')).toEqual([]);
  });

  it('213: more disputes mediated successfully (调解成功319件) than screened (排查318件), the 调解成功率 kept', () => {
    // As in 200: rate-mismatch leaves a rate alone whose numerator passes every total it may be over (which
    // figure is wrong the text does not say), and 排查 is no received total parts-exceed-total holds a count of
    // done to: the disputes mediated include those brought to the mediators, not found by screening.
    expect(newFindings('213-henan-town-short-named-leaders.txt', '调解成功309件', '调解成功319件')).toEqual([]);
  });

  it('214: the second attachment printed as 附件3 while the note after the date lists two', () => {
    // The attachments below the date are content: their labels (附件1, 附件2) are no headings of the text,
    // and no rule numbers them against the attachment note's list (left open).
    expect(newFindings('214-shanxi-county-docnumber-annexes-after-date.txt', '附件2\n', '附件3\n')).toEqual([]);
  });

  it('215: a sentence of the measures opening on a season of the year before (2023年汛期依法启动……)', () => {
    // year-consistency reads a sentence's period from “2023年，” or “2023年全年” only; a year with a season or
    // a month (2023年汛期, 2023年3月) opens the comparisons a report on 2024 makes with 2023 all along.
    expect(newFindings('215-liaoning-prefecture-city-2024-two-years.txt', '2024年汛期依法启动', '2023年汛期依法启动')).toEqual([]);
  });

  it('216: the rectification names the report of two years before (2023年度报告所列)', () => {
    // As in 76 and 188: an older report's problems may be spoken of; strict's rectification asks for the 2024 report's.
    const [file, from, to] = ['216-hubei-district-causes-subsection-fifteenth-plan.txt', '2024年度报告所列', '2023年度报告所列'];
    expect(newFindings(file, from, to)).toEqual([]);
    expect(newFindings(file, from, to, strict)).toEqual([
      '23:1-23:11 rectification 报告未说明2024年度报告所列问题的整改情况：请写明上年度存在的问题逐项整改了什么、整改到什么程度（可写在“存在的不足和原因”部分开头）',
    ]);
  });

  it('219: the tasks counted anew in one sentence (24项具体任务), all of 22 done in another', () => {
    // Two counts of tasks in two sentences, named otherwise (具体任务 in the plan made, 列入工作要点的任务 done): no
    // rule holds a count to another sentence's count of other words, and a plan's tasks may be refined in the year.
    expect(newFindings('219-city-ipr-bureau-figure-endings-2024.txt', '细化5个方面22项具体任务', '细化5个方面24项具体任务')).toEqual([]);
  });

  it('220, 221: an older report\'s problems rectified (对照2023年度报告所列 in a report on 2025)', () => {
    // As in 76, 188, 197 and 199: an older report's problems may be spoken of; strict's rectification asks for last year's.
    const cases: Array<[string, string, string, string, number]> = [
      ['220-county-supply-cooperative-short.txt', '对照2024年度报告所列', '对照2023年度报告所列', '17:1-17:11', 2024],
      ['221-city-public-security-bureau-2023.md', '对照2022年度报告所列', '对照2021年度报告所列', '38:4-38:14', 2022],
    ];
    for (const [file, from, to, at, year] of cases) {
      expect(newFindings(file, from, to)).toEqual([]);
      expect(newFindings(file, from, to, strict)).toEqual([
        `${at} rectification 报告未说明${year}年度报告所列问题的整改情况：请写明上年度存在的问题逐项整改了什么、整改到什么程度（可写在“存在的不足和原因”部分开头）`,
      ]);
    }
  });

  it('221: fewer appearances in court (40件) than lawsuits (42件), 出庭应诉率100% after the 败诉率', () => {
    // Counts used by a rate are not reused by a later one in its sentence (rate-mismatch README): the 42 lawsuits are
    // the 败诉率's; and an 出庭应诉率 is often taken over the cases heard (应出庭), which may be fewer than those filed.
    expect(newFindings('221-city-public-security-bureau-2023.md', '负责人出庭应诉42件', '负责人出庭应诉40件')).toEqual([]);
  });

  it('222: a 再犯罪率 whose base the sentence before leaves open (484 managed, 298, 186, 312 on the register)', () => {
    // 再犯罪率 is not in the rate vocabulary: bodies take it over those on the register at the year's end or over all
    // managed in the year, and the sentence before states both (and the two that make up one of them).
    expect(newFindings('222-district-justice-bureau-parenthesized-bases.txt', '再犯罪率0.21%', '再犯罪率0.12%')).toEqual([]);
  });

  it('223: targets done (16项) and pending (3项) beyond the targets (18项), in clauses of their own', () => {
    // The 3 pending targets are named in a clause after a ；, by their status; no 其中, 分别 or list joins them to the
    // 18 or to the 16 done, and parts-exceed-total adds only parts a list gives.
    expect(newFindings('223-province-prison-administration-targets-2024.txt', '已完成15项', '已完成16项')).toEqual([]);
  });

  it('223: a 裁定采纳率 whose numerator its sentence names by 裁定, not by 采纳', () => {
    // rate-mismatch reads a rate over the count its verb names (采纳率 → 采纳); the court's 8,598 are named by 裁定, a
    // way a case is closed elsewhere (裁定结案), not by the rate's verb.
    expect(newFindings('223-province-prison-administration-targets-2024.txt', '裁定采纳率99.5%', '裁定采纳率95.9%')).toEqual([]);
  });

  it('223: an 接入率 whose count has its verb and an object named nowhere before (21所接入省级狱务公开平台)', () => {
    // As the rate-mismatch README's ✅ “通过考试后上岗”: a verb after the count is the numerator's with an object only
    // when the clause names that object before; “全省26所监狱中21所已接入” is read (README).
    expect(newFindings('223-province-prison-administration-targets-2024.txt', '接入率80.8%', '接入率84.0%')).toEqual([]);
  });

  it('223: the prisons left in the plans (剩余6所) against the measures\' 26 and 21', () => {
    // A count in the plans is not held to the year's figures in another part.
    expect(newFindings('223-province-prison-administration-targets-2024.txt', '完成剩余5所监狱', '完成剩余6所监狱')).toEqual([]);
  });
  it('227: the 法律明白人 of six villages, eight each, totalled 46 (共46名)', () => {
    // No rule multiplies a count per member (各……8名) by the members named before it (6个行政村).
    expect(newFindings('227-tibet-xiang-2024-quarterly.txt', '共48名', '共46名')).toEqual([]);
  });

  it('227: a sum after 分别 above the values listed (12、15、14、11场，全年共54场)', () => {
    // The names before 分别 (一至四季度) may be fewer than the whole the sum counts (一至三季度……，全年共60场): only
    // values beyond their sum are sure (全年共50场, reported above).
    expect(newFindings('227-tibet-xiang-2024-quarterly.txt', '全年共52场', '全年共54场')).toEqual([]);
  });

  it('228: a clean-up outcome beyond the files reviewed, without 其中 (86件……继续有效97件、修改5件、废止2件)', () => {
    // As in 38: with no 其中/包括/分别, nothing says the counts after the total break it down. With 其中 it is reported.
    expect(newFindings('228-ningxia-county-city-numbered-targets.txt', '继续有效79件', '继续有效97件')).toEqual([]);
  });

  it('229: problems rectified beyond those found (发现问题38个，整改完成39个), the 整改率 left at 94.7%', () => {
    // rate-mismatch takes a total only at least as large as the numerator, and 发现 is no received word to
    // parts-exceed-total: the problems rectified in a year may include earlier years'.
    expect(newFindings('229-xinjiang-dev-zone-other-matters-none.txt', '整改完成36个', '整改完成39个')).toEqual([]);
  });

  it('229: items handled fully online beyond the items in the hall, no rate (进驻事项312项……全程网办326项)', () => {
    // As 80's 采纳 beyond 收集: with no 全程网办率 written, items online are not held to a count of items 进驻 (no
    // received word), which the sentence names by where they are, not as the whole of what can be done online.
    expect(newFindings('229-xinjiang-dev-zone-other-matters-none.txt', '实现全程网办268项', '实现全程网办326项')).toEqual([]);
  });

  it('230: a 败诉率 whose lawsuits (一审行政诉讼案件1,012件) are before a ；', () => {
    // As in 53, 80 and 93: “败诉61件，败诉率6.0%” after the ； states the count and its rate, not its total, and the
    // clause before names its count by no received word (案件). Written with ， the same mistake is reported (226).
    expect(newFindings('230-jiangsu-city-docnumbers-chinese-date.txt', '败诉率6.0%', '败诉率6.8%')).toEqual([]);
  });

  it('232: the signature of a sister station of the same bureau (城西市场监督管理所 for 城东)', () => {
    // name-consistency compares the places names lead with (瓯源县); a station or 分局 below the same bureau named
    // otherwise is not compared, for a signature may shorten it (城东所) — left open.
    const file = '232-zhejiang-market-supervision-station-short.txt';
    expect(newFindings(file, '瓯源县市场监督管理局城东市场监督管理所\n2026', '瓯源县市场监督管理局城西市场监督管理所\n2026')).toEqual([]);
  });

  it('232, 235: an addressee naming another county (瓯江县市场监督管理局, 桑园县委……办公室)', () => {
    // The addressee names the body reported to, another than the reporting one and often of another place (市人民政府,
    // 省林业和草原局); name-consistency reads the title, the opening and the signature only.
    expect(newFindings('232-zhejiang-market-supervision-station-short.txt', '瓯源县市场监督管理局：', '瓯江县市场监督管理局：')).toEqual([]);
    expect(newFindings('235-hebei-county-statistics-bureau-plan-completion-2023.txt', '桑台县委全面依法治县委员会办公室：', '桑园县委全面依法治县委员会办公室：')).toEqual([]);
  });

  it('233: a rate row\'s change under 增减 (98.1, 97.4, +1.7)', () => {
    // Under 增减 a row in % may give the change in points or relative to the earlier rate (0.7 either way here): the
    // table does not say which, and a change of rates in percent is not read (change-mismatch README, “In a table”).
    expect(newFindings('233-sichuan-city-agriculture-bureau-annex-table-2023.txt', '98.1\t97.4\t+0.7', '98.1\t97.4\t+1.7')).toEqual([]);
  });

  it('233: the title of the 附表 after the date left with last year', () => {
    // year-consistency reads the report's title, headings and sentences; an attachment's own title below the date is
    // not read for the year (left open).
    const file = '233-sichuan-city-agriculture-bureau-annex-table-2023.txt';
    expect(newFindings(file, '岷阳市农业农村局2023年度法治建设主要指标', '岷阳市农业农村局2022年度法治建设主要指标')).toEqual([]);
  });

  it('235: a plan\'s completion as a percent (完成年度计划的110.0% of 42 checked against 40 planned)', () => {
    // 完成……的N% is no rate of the vocabulary: which count is the plan and which the result the sentence says only in
    // words (年初计划, 实际) no rule reads as a rate's base (left open).
    expect(newFindings('235-hebei-county-statistics-bureau-plan-completion-2023.txt', '完成年度计划的105.0%', '完成年度计划的110.0%')).toEqual([]);
  });

  it('236: a half-width full stop ending a sentence', () => {
    // punctuation-width reads only , ; : ? ! ( ): a “.” is also a decimal point, an abbreviation's and a heading
    // marker's (1. 一.), and is left open.
    expect(newFindings('236-yunnan-city-forestry-grassland-mixed-money.txt', '未发生重大森林草原火灾。', '未发生重大森林草原火灾.')).toEqual([]);
  });

  it('236: more cases closed (66件) than filed (立案查处64件)', () => {
    // As 新收 and 收案 (parts-exceed-total README): the cases closed in a year include those filed the year before, so
    // 立案 is no total a count of 结案 is held to, and the 结案率 is left alone when its numerator passes it.
    expect(newFindings('236-yunnan-city-forestry-grassland-mixed-money.txt', '结案61件', '结案66件')).toEqual([]);
  });

  it('237: more disputes mediated (862件) than found and settled (排查化解826件), the 调解成功率 kept', () => {
    // As 213 and 235: rate-mismatch leaves a rate alone whose numerator passes every total (which figure is wrong the
    // text does not say), and 排查化解 is no received total parts-exceed-total holds a count of done to.
    expect(newFindings('237-guangxi-subdistrict-2023-yishi-unheaded.txt', '调解成功801件', '调解成功862件')).toEqual([]);
  });

  it('238, 241: dated in the last days of the report year (2025年12月28日, 2025年12月22日)', () => {
    // publish-date reports a date before 1 December: a report drawn up in December, once the year's work is done and
    // its figures are in, is how some bodies meet a 12月底 deadline of their superiors (publish-date README).
    expect(newFindings('238-guizhou-county-wechat-review-rates.md', '2026年2月10日\n\n来源', '2025年12月28日\n\n来源')).toEqual([]);
    expect(newFindings('241-shandong-subprovincial-district-pipe-table.md', '2026年1月22日', '2025年12月22日')).toEqual([]);
  });

  it('239: more entities registered in the year (56.2万户) than exist at its end (实有48.7万户)', () => {
    // 实有 is a stock and 新增 a flow: no 其中 joins them and no rule holds a year's flow to a stock (left open).
    expect(newFindings('239-hunan-prefecture-city-quarter-plans.txt', '新增经营主体5.62万户', '新增经营主体56.2万户')).toEqual([]);
  });

  it('239, 242: the duties part naming no leader, only the bodies (市人民政府, 我镇……镇党委会议)', () => {
    // duty-leaders reports a part that names one leader and not the other; a body naming nobody speaks through its
    // heading, whose subject is both, and which leader it means the rule cannot tell (duty-leaders README).
    expect(
      newFindings(
        '239-hunan-prefecture-city-quarter-plans.txt',
        '市委书记、市长认真履行推进法治建设第一责任人职责。市委书记主持召开市委常委会会议研究法治建设重大问题5次，带头开展述法；市长主持召开市政府常务会议专题学法8次，对全市法治政府建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调。',
        '市人民政府认真履行推进法治建设职责，召开市政府常务会议专题学法8次，对全市法治政府建设重要工作统一部署。',
      ),
    ).toEqual([]);
    expect(
      newFindings(
        '242-chongqing-town-first-person-cause-labels.txt',
        '我镇党委书记王建军、镇长周晓燕切实履行推进法治建设第一责任人职责。党委书记王建军主持召开镇党委会议专题研究法治建设3次，年底向区委述法；镇长周晓燕主持镇政府常务会议集体学法8次，坚持重大事项合法性审查，带头接访群众28批次。',
        '我镇切实履行推进法治建设职责，镇党委会议专题研究法治建设3次，镇政府常务会议集体学法8次，坚持重大事项合法性审查。',
      ),
    ).toEqual([]);
  });

  it('241: a share (占全部行政处罚案件的9.7%) whose whole is only in the table above', () => {
    // rate-mismatch reads the counts of the rate's own sentence; the 2,929 cases are the table's 合计 cell, which the
    // sentence names by no figure (left open).
    expect(newFindings('241-shandong-subprovincial-district-pipe-table.md', '占全部行政处罚案件的7.9%', '占全部行政处罚案件的9.7%')).toEqual([]);
  });

  it('241: a Markdown ordered list numbered 1. 2. 2. 4.', () => {
    // A Markdown renderer numbers an ordered list's items by their place: the page shows 1. 2. 3. 4., so the source's
    // numbers after the first are no numbering a reader sees.
    expect(newFindings('241-shandong-subprovincial-district-pipe-table.md', '3. 开展执法人员全员轮训', '2. 开展执法人员全员轮训')).toEqual([]);
  });

  it('242: a problem of three labelled 问题二： left without its 原因： line', () => {
    // shortcoming-causes does not pair each labelled problem (问题二：) with a cause: the causes given for the others
    // speak for the part (left open). Nor is it a numbering slip: 原因： carries no numeral, and 问题一、二、三 still run
    // in order, so enumeration-sequence has nothing to say either.
    expect(newFindings('242-chongqing-town-first-person-cause-labels.txt', '\n原因：村“两委”成员法律知识欠缺，镇里的指导审核力量不足。', '')).toEqual([]);
  });

  it('242: last year\'s cut-off run into an action, in a sentence that also tells of a 创建 (截至2024年底培育……142名，创建……示范村2个)', () => {
    // year-consistency reads a cut-off run straight into a clause that counts (截至2024年底现有执法人员11名 is found:
    // see the mutations), but not in a sentence about another period on purpose: 创建 names a title won, which may
    // date from another year (refersToOtherPeriod), and the sentence is left alone, as it is with a comma.
    expect(newFindings('242-chongqing-town-first-person-cause-labels.txt', '培育“法律明白人”142名', '截至2024年底培育“法律明白人”142名')).toEqual([]);
  });

  it('242: 某某 for the place inside a slogan (“平安某某、法治某某”)', () => {
    // placeholder-text reads 某某 as residue only in the title or the signature: in the text it anonymizes parties
    // (王某某诉某区政府) — placeholder-text README.
    expect(newFindings('242-chongqing-town-first-person-cause-labels.txt', '围绕“平安花溪、法治花溪”目标', '围绕“平安某某、法治某某”目标')).toEqual([]);
  });

  it('244: a 配备率 whose count names its object after the verb (已配备法治副校长398所)', () => {
    // 配备率 is not in the rate vocabulary: what is 配备 (a 法治副校长, a 法律顾问, a vehicle) follows the verb, and
    // rate-mismatch reads an object after a numerator's verb only from its list of nouns (案件, 事项 …); a rate over
    // a role named only here would be guessed (left open).
    expect(newFindings('244-shandong-city-education-bureau-duties-table.md', '配备率96.6%', '配备率98.6%')).toEqual([]);
  });

  it('244, 246: the duties written of no principal leader (a table of deputies; 我局认真履行……)', () => {
    // As in 196: a part that names neither principal leader speaks through its heading (duty-leaders README), in a
    // table's rows as in a sentence; only a part that names one and never the other is reported, or one that has a
    // deputy fulfil the duty of first responsible person himself (207, above) — a deputy who 协助抓好 the daily work is none.
    expect(newFindings('244-shandong-city-education-bureau-duties-table.md', '| 赵立新 | 局党组书记、局长 |', '| 赵立新 | 局党组成员、副局长 |')).toEqual([]);
    expect(newFindings('246-guangxi-district-emergency-bureau-industry-shares.txt', '局党组书记、局长认真履行', '我局认真履行')).toEqual([]);
  });

  it('244: a Markdown ordered list numbered 1. 2. 2. 4.', () => {
    // Markdown renumbers an ordered list from its first item (CommonMark: the later numbers are disregarded), so the
    // published list reads 1–4; the numbers of a Markdown list are not checked (heading-numbering reads headings).
    expect(newFindings('244-shandong-city-education-bureau-duties-table.md', '3. 争取设立', '2. 争取设立')).toEqual([]);
  });

  it('245: a 压缩率 between a 法定 and a 承诺 time limit stated in clauses of their own', () => {
    // change-mismatch reads a time limit's change from … to (由法定的380个工作日压缩至152个工作日, README) or against an
    // earlier period's; two limits of one matter named by their kind (法定, 承诺) in two clauses are not paired (left open).
    expect(newFindings('245-anhui-city-transport-bureau-ten-plans-2022.txt', '压缩率60.0%', '压缩率62.0%')).toEqual([]);
  });

  it('247: a cut-off at last year\'s end in a sentence about rectification (截至2022年12月底已整改298个)', () => {
    // year-consistency leaves a stale cut-off alone in a sentence that speaks of 整改 (an other-period cue): the
    // problems rectified may be those of earlier years, up to an earlier date on purpose.
    expect(newFindings('247-guizhou-city-audit-bureau-chinese-numeral-title-2023.txt', '截至2023年12月底', '截至2022年12月底')).toEqual([]);
  });

  it('247: 某某 after the head\'s title in the duties part (局党组书记、局长某某认真履行)', () => {
    // As in 197: placeholder-text leaves 某某 in the text alone — case descriptions anonymize parties that way
    // (王某某, 法定代表人某某) — and reports it only in the title and the signature.
    expect(newFindings('247-guizhou-city-audit-bureau-chinese-numeral-title-2023.txt', '局党组书记、局长认真履行', '局党组书记、局长某某认真履行')).toEqual([]);
  });

  it('248: more doubts handled (1,082条) than pushed (推送执法疑点1,028条)', () => {
    // As 229: 推送 is no received word parts-exceed-total holds a count of done to, and no rate is written.
    expect(newFindings('248-hainan-county-tax-bureau-plan-deadlines.txt', '已核实处理1,028条', '已核实处理1,082条')).toEqual([]);
  });

  it('251: mediated successfully (89件) beyond the disputes mediated (87件) with their change from last year between', () => {
    // parts-exceed-total holds a count of done to the count of received or handled right before it (调解纠纷87件，调解成功89件
    // is reported); a statement of that count's change between them (（上年为96件），同比下降9.4%) brings an earlier count in,
    // and which count the 调解成功 is of is left open; rate-mismatch does not read a rate over 100% as a slip of its rate.
    expect(newFindings('251-gansu-ethnic-xiang-short-bracket-bases.txt', '调解成功85件', '调解成功89件')).toEqual([]);
  });

  it('252: a 其中 part raised when the last part stands in a clause of its own (，备案审查县（市、区）规范性文件44件)', () => {
    // The 其中 list ends at the comma before a part with a verb of its own (备案审查): 38 + 50 is within 122, and whether the
    // clause after it is one more part or another count the sentence does not say.
    expect(newFindings('252-shanxi-city-annex-review-quarter-table.txt', '其中市政府规范性文件28件', '其中市政府规范性文件38件')).toEqual([]);
  });

  it('252: an 出庭应诉率 whose lawsuits are before a ； (876件，……；出庭应诉839件，出庭应诉率98.5%)', () => {
    // As 53, 80 and 93: rate-mismatch does not read a rate's whole across a ；, which often opens a statement of other things.
    expect(newFindings('252-shanxi-city-annex-review-quarter-table.txt', '出庭应诉率95.8%', '出庭应诉率98.5%')).toEqual([]);
  });

  it('254: calls solved (6,937件) beyond those received when a hotline\'s number in quotes stands after 受理', () => {
    // 受理“12345”市民服务热线派单6,418件: with the quoted number between 受理 and the count, parts-exceed-total does not
    // read 受理 as the count's verb and finds no received total; 受理热线派单6,418件，……解决6,937件 is reported (left open).
    expect(newFindings('254-beijing-subdistrict-first-person-hotline-jiuqi.txt', '解决5,937件', '解决6,937件')).toEqual([]);
  });

  it('255: a 其中 part\'s fine after its count (…案件32起，罚款1,568.2万元) beyond the total fine after the total count', () => {
    // parts-exceed-total reads a total counted two ways only when the second count follows the first at once or after
    // a 、 (违法用地96宗、1380亩); 87起，罚款1,326.5万元 is a count and the fine its cases drew, and the 其中 list opens
    // with a count in 起 — pairing the two measures of a total with those of its part across 其中 is left open.
    expect(newFindings('255-fujian-city-housing-bureau-wan-decimals-2024.txt', '罚款568.2万元', '罚款1,568.2万元')).toEqual([]);
  });

  it('256: more wage cases closed (结案218件) than filed this year (立案查处213件), the 结案率 kept', () => {
    // Cases closed in a year include those carried over from the year before, so 结案 may exceed 立案; 218÷213 is
    // over 100%, and rate-mismatch does not hold a 结案率 to a division beyond 100% that another base may explain.
    expect(newFindings('256-gansu-city-hrss-docnumber-special-report-2023.txt', '结案208件', '结案218件')).toEqual([]);
  });

  it('256: the duties written of the bureau\'s leadership (局领导班子), no principal leader named', () => {
    // As 196: duty-leaders reads the principal leaders by their titles; the 领导班子 as a whole names neither, and the
    // part's heading speaks for both.
    expect(newFindings('256-gansu-city-hrss-docnumber-special-report-2023.txt', '局党组书记、局长认真履行', '局领导班子认真履行')).toEqual([]);
  });

  it('257: a raised first part that makes the first three add up to the total (62+35+29 = 126), a fourth after them', () => {
    // parts-exceed-total reads parts that make up the total exactly as the whole breakdown, and a count listed after
    // them as another statement (其中男性5人、女性5人、党员3人) unless they are outcomes; the slip coincides with that
    // reading. The same list raised otherwise (52件) is found, above.
    expect(newFindings('257-jiangsu-city-culture-tourism-bureau-absolute-changes.txt', '其中网络文化类42件', '其中网络文化类62件')).toEqual([]);
  });

  it('257: 某某 for the travel agencies penalized (对某某旅行社依法作出……)', () => {
    // As 197, 247: placeholder-text leaves 某某 in the text alone — case descriptions anonymize parties that way —
    // and reports it only in the title and the signature.
    expect(newFindings('257-jiangsu-city-culture-tourism-bureau-absolute-changes.txt', '对3家旅行社依法作出', '对某某旅行社依法作出')).toEqual([]);
  });

  it('257: ASCII quotes around a campaign name ("清朗文旅")', () => {
    // punctuation-width asks for the full-width forms of , ; : ? ! ( ) only (its README): a straight quote's fix
    // cannot tell an opening from a closing one, and pages copied from the web straighten quotes throughout.
    expect(newFindings('257-jiangsu-city-culture-tourism-bureau-absolute-changes.txt', '“清朗文旅”专项行动', '"清朗文旅"专项行动')).toEqual([]);
  });

  it('257: a 同比增长 with no last-year figure (惠及群众12.6万人次，同比增长15%)', () => {
    // As in 246 (a correct draft): a change against last year with its base left unsaid is the genre's usual
    // wording; nothing contradicts it, and change-mismatch checks a change against figures the text gives.
    expect(newFindings('257-jiangsu-city-culture-tourism-bureau-absolute-changes.txt', '惠及群众12.6万人次。', '惠及群众12.6万人次，同比增长15%。')).toEqual([]);
  });

  it('258: a 报送率 of 100% over 121 of 126 units sending on time (121家按时报送资料)', () => {
    // rate-mismatch takes a count written before its verb as the rate's numerator when the verb follows it bare or
    // after 已/均 (121家已报送); 按时 narrows the count, and a 报送率 may count the late ones too (left open).
    expect(newFindings('258-jiangxi-city-local-chronicles-office-quarters.txt', '全市126家入鉴单位全部按时报送资料', '全市126家入鉴单位中121家按时报送资料')).toEqual([]);
  });

  it('258: kinds of material beyond a total in a compound measure (1,860册（件）: 1,304册 + 412件 + 244件)', () => {
    // The total's unit is read as 册, the （件） after it as a parenthesis; a part in 件 counts other things to
    // parts-exceed-total, which ends the list there — a measure written 册（件） is not read as either (left open).
    expect(newFindings('258-jiangxi-city-local-chronicles-office-quarters.txt', '其中图书1,204册', '其中图书1,304册')).toEqual([]);
  });

  it('260: outcomes of a clean-up beyond it, listed without 其中 (清理32件，保留27件、修改5件、废止3件)', () => {
    // Flipped (gaps round 33): the outcomes of one clean-up (保留/继续有效, 修改, 废止), labelled by those words alone right
    // after the count cleaned up, are its parts even without 其中: each document gets one outcome (parts-exceed-total README).
    expect(newFindings('260-province-natural-resources-dept-reconsideration-targets-2024.txt', '保留24件', '保留27件')).toEqual([
      '9:117-9:136 parts-exceed-total 各分项之和为35件（27+5+3），超过总数32件；请核对总数或各分项',
    ]);
  });

  it('230: joint issuers written with a blank between them in a sentence (中共中央办公厅 国务院办公厅印发的《……》)', () => {
    // GB/T 9704 separates joint issuers with a blank and drafts copy the issuers so into their sentences
    // (a real page, round 16): stray-space leaves a blank between a 中共……办公厅 and a 国务院……, 人民政府…….
    expect(newFindings('230-jiangsu-city-docnumbers-chinese-date.txt', '中共中央办公厅、国务院办公厅印发的', '中共中央办公厅 国务院办公厅印发的')).toEqual([]);
  });

  it('268: another city\'s bureau as the subject of a later sentence of the opening (豫安市乡村振兴局于2021年4月……)', () => {
    // name-consistency compares the names the report gives itself where the genre puts them: the title, the subject of
    // the opening's first sentence and its reporting sentence, the signature. A later sentence of the opening may have a
    // superior as its subject (河南省乡村振兴局于……印发), whose place the title does not write: it is not read (left open).
    expect(newFindings('268-henan-city-rural-revitalization-bureau-key-data-2021.txt', '市乡村振兴局于2021年4月', '豫安市乡村振兴局于2021年4月')).toEqual([]);
  });

  it('268: a line of the key-data list beyond another (已消除风险监测户：3,925户 under 防止返贫监测对象：3,216户)', () => {
    // The list's lines are read as one sentence (a rate over the lines before it, 办结 beyond 受理, above), but no line
    // says it breaks another down (no 其中): parts-exceed-total reads the parts a marker introduces.
    expect(newFindings('268-henan-city-rural-revitalization-bureau-key-data-2021.txt', '已消除风险监测户：1,925户', '已消除风险监测户：3,925户')).toEqual([]);
  });

  it('269: a 抽查比例 that 224 of 1,120 households do not give', () => {
    // 抽查比例 is not in the rate vocabulary (rules/shared/figures.json): a 双随机 抽查比例 is as often a floor set for the
    // year (不低于5%) over a register the text does not count, and 抽查 is a total's word besides.
    expect(newFindings('269-liaoning-survey-team-problem-cause-table-2023.txt', '抽查比例20.0%', '抽查比例22.4%')).toEqual([]);
  });

  it('269: kinds of penalty beyond the cases closed (结案3件，……其中给予警告3件、罚款1件)', () => {
    // As in 196 (where 警告29件 beyond 27件 is found): one decision may impose several kinds of penalty (警告并处罚款), so
    // the kinds are not added up (parts-exceed-total README); the first alone is held to the cases, and 3件 is within 3件.
    expect(newFindings('269-liaoning-survey-team-problem-cause-table-2023.txt', '其中给予警告2件', '其中给予警告3件')).toEqual([]);
  });

  it('269: a 持证率 of 100% when 10 of the 11 officers hold a certificate of the field (取得统计执法证件)', () => {
    // 持证率's numerator is named by 持证, 持证上岗 or 取得（行政）执法证 (rules/shared/figures.json); a certificate named by
    // its field (统计执法证件) is not, and the rate is not read (left open).
    expect(newFindings('269-liaoning-survey-team-problem-cause-table-2023.txt', '全队11名执法人员全部取得统计执法证件', '全队11名执法人员中10名取得统计执法证件')).toEqual([]);
  });

  it('271: a 免疫密度 that 386.4万 of 391.9万 animals do not give', () => {
    // 免疫密度 (the vaccinated share of the animals due, 应免) is a field's rate not in the vocabulary, and its base stands in
    // a parenthesis holding another (（应免391.9万头（只））): not read (left open).
    expect(newFindings('271-xinjiang-city-animal-husbandry-bureau-targets-2025.txt', '免疫密度98.6%', '免疫密度96.8%')).toEqual([]);
  });

  it('271: a completion of the year\'s target that 12.6万 of 12万 do not give (完成年度目标任务12万头（只）的110.0%)', () => {
    // A share is read after 占 (占……的); 完成……的 a target is not, and the target's unit 头（只） holds a parenthesis of its own.
    expect(newFindings('271-xinjiang-city-animal-husbandry-bureau-targets-2025.txt', '的105.0%', '的110.0%')).toEqual([]);
  });

  it('272: another city\'s 依法治市办 as the addressee (晋安市委依法治市办：)', () => {
    // name-consistency does not compare the addressee: a body addresses the level above it, whose place the title need
    // not write (75: a county-level 溪源市's report to 泉南市人民政府), and a 市 above a 市 is common.
    expect(newFindings('272-shanxi-city-cultural-relics-bureau-typical-cases.txt', '市委依法治市办：', '晋安市委依法治市办：')).toEqual([]);
  });

  it('262: last year in a table\'s caption (表1　2024年大甸镇各村（屯）……情况)', () => {
    // year-consistency reads headings, the opening and sentence leads; a table's caption may name another year on purpose
    // (a table of last year's figures for comparison), and which year the rows are of the caption alone does not say.
    expect(newFindings('262-liaoning-town-village-subtotal-table.txt', '表1　2025年大甸镇', '表1　2024年大甸镇')).toEqual([]);
  });

  it('263: a city\'s applications (4.02万件) above the province\'s (3.26万件) in a breakdown by place after a sentence of four counts', () => {
    // 从地区分布看 opens a breakdown of the count before it, when the sentence before states one count of those things; it
    // states four in 件 (收到, 受理, 审结, 纠错), and which one the places break down is left open (the part's own verb, 收到,
    // is not matched with the total's). 占全省的 names a region, whose count the share is not read against.
    expect(newFindings('263-yunnan-province-wan-yi-shares-by-prefecture.txt', '滇池市收到申请1.02万件', '滇池市收到申请4.02万件')).toEqual([]);
  });

  it('263: the joint share of two places (两地合计占49.3% for 1.43万 of 3.26万)', () => {
    // A share of a sum the text does not state (两地合计) names no count of its own to divide: left open.
    expect(newFindings('263-yunnan-province-wan-yi-shares-by-prefecture.txt', '两地合计占43.9%', '两地合计占49.3%')).toEqual([]);
  });

  it('263: a 败诉率 whose lawsuits are before a ； after their change from last year', () => {
    // As 53, 80, 93, 230 and 252: rate-mismatch does not read a rate's whole across a ；, which often opens a statement of
    // other things (较上年的2.14万件减少0.30万件；行政机关败诉1,216件).
    expect(newFindings('263-yunnan-province-wan-yi-shares-by-prefecture.txt', '败诉率6.6%', '败诉率7.6%')).toEqual([]);
  });

  it('264: a total of people trained that is not eight per community (每个社区……八名，全街道共七十四名)', () => {
    // A total stated as so many per unit needs the count of units, which the paragraph does not give (八个社区 is in
    // another paragraph): no rule multiplies.
    expect(newFindings('264-qinghai-subdistrict-chinese-numeral-decimals.txt', '全街道共六十四名', '全街道共七十四名')).toEqual([]);
  });

  it('264: more petitions done on time (四十三件) than received (四十二件) across a ； after their change from last year', () => {
    // As 251: parts-exceed-total holds a count of done to the count received in its clause (受理……四十二件，按期办结四十三件 is
    // reported); across the ； after a statement of that count's change the count done is not read, and rate-mismatch
    // does not read a rate over 100% as a slip of its rate.
    expect(newFindings('264-qinghai-subdistrict-chinese-numeral-decimals.txt', '按期办结四十一件', '按期办结四十三件')).toEqual([]);
  });

  it('265: the files sent back miscounted (抽查案卷58卷，评定合格52卷，……对存在问题的8卷)', () => {
    // 存在问题的 names no rest of the files checked (其余, 剩余: parts.rest), and the files with problems need not be
    // those not passed: left open.
    expect(newFindings('265-ningxia-county-bold-unnumbered-subheadings.md', '对存在问题的6卷', '对存在问题的8卷')).toEqual([]);
  });

  it('274: the duties written of a deputy county head who does not take the duty of first responsible person', () => {
    // As duty-leaders' README says: a deputy in charge (分管副县长……履行推进法治建设职责) is named beside a silent heading
    // as often as in place of the principals; only one fulfilling the first responsible person's duty itself is reported (272).
    expect(
      newFindings(
        '274-qinghai-county-guanyu-sections-2026.txt',
        '县委书记切实履行推进法治建设第一责任人职责，主持召开县委常委会会议研究法治建设工作5次，专题听取县人民法院、县人民检察院工作汇报。县长主持县政府常务会议学法6次，带头出庭应诉行政案件2件',
        '分管副县长切实履行推进法治建设职责，主持召开专题会议研究法治建设工作5次，专题听取县人民法院、县人民检察院工作汇报，带头出庭应诉行政案件2件',
      ),
    ).toEqual([]);
  });

  it('275: a total “accumulated over the 十五五” in a report on its first year (“十五五”期间，全市累计制定……)', () => {
    // In a report on 2026 the 十五五 so far is that year itself: a total over it may be the year's own, and nothing in the
    // sentence shows it counts the five years of the 十四五 instead. Not sure; left alone.
    expect(newFindings('275-jilin-city-overview-fifteenth-plan-2026.txt', '“十四五”期间，全市累计制定', '“十五五”期间，全市累计制定')).toEqual([]);
  });

  it('276: the duties approving a document named by the year before (审定本局2025年度……工作要点)', () => {
    // A year inside a document's name in the middle of a sentence is as often a true reference: in 2026 a leader 审定s the
    // 2025年度 report. year-consistency reads sentence-opening years and headings only (as 01).
    expect(newFindings('276-inner-mongolia-city-grain-bureau-plans-answer-problems.txt', '审定本局2026年度法治政府建设工作要点', '审定本局2025年度法治政府建设工作要点')).toEqual([]);
  });

  it('276: a plan for 2027 whose clause after a comma names 2026 (……“回头看”，2026年对全部承储企业检查一遍)', () => {
    // As 01: a year in the middle of a plan sentence, no deadline word (前, 内, 底) with it, is as often a reference to
    // another period; only deadlines and sentence-opening years are read in the plans.
    expect(newFindings('276-inner-mongolia-city-grain-bureau-plans-answer-problems.txt', '2027年对全部承储企业检查一遍', '2026年对全部承储企业检查一遍')).toEqual([]);
  });

  it('279: grades listed without 其中 beyond the files checked (抽查案卷320卷，评为优秀的86卷、合格的251卷)', () => {
    // As 260: parts listed without 其中 (or 包括) after a count are not read as its breakdown, and a label ending
    // with 的 names a property that may overlap; the 合格率 after them does not say whether 合格 counts the 优秀.
    expect(newFindings('279-anhui-county-city-fourteenth-plan-cumulative.txt', '合格的221卷', '合格的251卷')).toEqual([]);
  });

  it('279: a 其中 part raised when the last part stands in a clause of its own (，通过调解和解结案30件)', () => {
    // As 252: the 其中 list (131+14+9+5 = 159) stays within the 179 closed; the clause after it, with a verb of its own,
    // is not read as one more item of the list.
    expect(newFindings('279-anhui-county-city-fourteenth-plan-cumulative.txt', '其中维持121件', '其中维持131件')).toEqual([]);
  });

  it('279: a five-year total below the year\'s count in other words (受理量……187件，五年累计办理162件)', () => {
    // As 273: a total over five years names what it counts in other words (办理 against 受理量) and the rules do not
    // hold a period's total to one year's count.
    expect(newFindings('279-anhui-county-city-fourteenth-plan-cumulative.txt', '五年累计办理826件', '五年累计办理162件')).toEqual([]);
  });

  it('280: a closing date in the December of the year reported on (2026年12月26日)', () => {
    // publish-date's window opens on December 1 of the report year: some bodies close their report before the
    // year ends (the rule's README). Only a date before December is reported (284).
    expect(newFindings('280-shanghai-subdistrict-joint-signature-2026.txt', '2027年1月26日', '2026年12月26日')).toEqual([]);
  });

  it('280: an average per community that the total does not give (212名 over 23个居民区, 平均……10名以上)', () => {
    // As 264: no rule divides a total by a count of units stated in another paragraph.
    expect(newFindings('280-shanghai-subdistrict-joint-signature-2026.txt', '平均每个居民区9名以上', '平均每个居民区10名以上')).toEqual([]);
  });

  it('281: the next year\'s start called the 十四五\'s mid-sentence (2026年，我区将以“十四五”开局为起点)', () => {
    // terminology reads the first or last year of a period stated of a year (……年是/为/作为……开局之年), not a period
    // named as a starting point in a plan; the words do not say which year the 开局 is.
    expect(newFindings('281-chongqing-district-bracket-headings.txt', '以“十五五”开局为起点', '以“十四五”开局为起点')).toEqual([]);
  });

  it('283: last year\'s years in a table\'s caption (表1　2024—2025年……主要指标)', () => {
    // As 262: year-consistency reads the title, headings and sentence-opening years; a caption names the table's
    // columns, which may be of years before the report's.
    expect(newFindings('283-shaanxi-hightech-zone-indicator-table-2026.txt', '表1　2025—2026年', '表1　2024—2025年')).toEqual([]);
  });

  it('284: a total of people trained that is not so many per village (315名, 每村不少于16名)', () => {
    // As 264: the count of villages (21个行政村) is in another paragraph, and no rule multiplies.
    expect(newFindings('284-henan-xiang-per-village-counts.txt', '实现每村不少于15名', '实现每村不少于16名')).toEqual([]);
  });

  it('284: last year in the notice the opening cites mid-sentence (按照……关于报送2024年度……的通知要求)', () => {
    // As 01 and 276: a year in the middle of a sentence, inside the name of a notice, is read as a reference.
    expect(newFindings('284-henan-xiang-per-village-counts.txt', '报送2025年度法治政府建设情况', '报送2024年度法治政府建设情况')).toEqual([]);
  });

  it('284: the duties written of the 乡\'s leading group, no principal named (乡领导班子……)', () => {
    // As 256: a leading group (领导班子) is written of as often beside a silent heading as in place of its heads.
    expect(
      newFindings(
        '284-henan-xiang-per-village-counts.txt',
        '乡党委书记把法治建设纳入乡党委工作重点，主持召开党委会议研究法治建设工作4次，带头开展年终述法。乡长作为法治政府建设第一责任人，主持乡政府常务会议学法6次，',
        '乡领导班子把法治建设纳入工作重点，召开党委会议研究法治建设工作4次，开展年终述法，组织乡政府常务会议学法6次，',
      ),
    ).toEqual([]);
  });

  it('284: the plans for 2026 under the 十四五\'s plan (落实全县“十四五”法治政府建设规划部署)', () => {
    // As the 纲要 (2021—2025年) and the 八五 普法 (dated-reference, until 2026): the year after a plan's period may
    // still carry it out while the next plan is not yet issued.
    expect(newFindings('284-henan-xiang-per-village-counts.txt', '落实全县“十五五”法治政府建设规划部署', '落实全县“十四五”法治政府建设规划部署')).toEqual([]);
  });

  it('285, 288: outcomes after a count without 其中 beyond it (评查案卷45卷，评定优秀14卷、合格31卷、不合格2卷)', () => {
    // As in 228: with no 其中/包括/分别, nothing says the counts after the total break it down (only a clean-up's
    // outcomes are read so, as 286's now are: see 38).
    expect(newFindings('285-anhui-county-agriculture-bureau-homestead-points-2026.txt', '评定优秀12卷', '评定优秀14卷')).toEqual([]);
    expect(newFindings('288-heilongjiang-county-traffic-police-brigade-month-timeline.txt', '维持6件', '维持7件')).toEqual([]);
  });

  it('286: a clean-up\'s outcomes beyond it without 其中 (清理……26件，保留23件、修改3件、废止2件)', () => {
    // Flipped (gaps round 33): the outcomes of one clean-up (保留/继续有效, 修改, 废止), labelled by those words alone right
    // after the count cleaned up, are its parts even without 其中: each document gets one outcome (parts-exceed-total README).
    expect(newFindings('286-zhejiang-city-defense-mobilization-office-circled-items-2026.txt', '保留21件', '保留23件')).toEqual([
      '8:123-8:142 parts-exceed-total 各分项之和为28件（23+3+2），超过总数26件；请核对总数或各分项',
    ]);
  });

  it('287, 290: a closing date in the December of the report year (2022年12月16日 for 2022)', () => {
    // publish-date takes December 1 of the report year on as on time: a report is drafted in December (142).
    expect(newFindings('287-hebei-city-investment-promotion-bureau-2022.txt', '2023年1月16日', '2022年12月16日')).toEqual([]);
    expect(newFindings('290-hunan-city-science-technology-bureau-practice-result-lines-2021.txt', '2022年1月25日', '2021年12月25日')).toEqual([]);
  });

  it('288: hazards rectified beyond those found (排查隐患路段21处，完成整改23处)', () => {
    // As 229: the hazards rectified in a year may include earlier years', and 排查 is no received word.
    expect(newFindings('288-heilongjiang-county-traffic-police-brigade-month-timeline.txt', '完成整改19处', '完成整改23处')).toEqual([]);
  });

  it('298: more problems rectified (已整改31个) than found (发现问题29个) beside a 整改率', () => {
    // As 27 and 191: 整改 is not a count of done for parts-exceed-total (problems found earlier are rectified too),
    // and rate-mismatch leaves alone a rate whose numerator passes its total (which figure is wrong is not said).
    expect(newFindings('298-hubei-city-radio-television-bureau-lead-office-notes-2026.txt', '已整改27个', '已整改31个')).toEqual([]);
  });

  it('299: a plan clause whose report year is followed by a place (2022年在台企较集中的2个县（市）增设……)', () => {
    // year-consistency reads a plan clause whose year goes straight on to an action (2022年增设, 2022年将增设); a
    // year followed by 在 and a place opens a look back as often (2022年在全省考核中位列第一), so it is not read.
    expect(newFindings('299-fujian-city-taiwan-affairs-office-contact-lines-2022.txt', '2023年在台企较集中', '2022年在台企较集中')).toEqual([]);
  });

  it('301: a multiple of last year with no earlier count (查办……19件，是上年的3.1倍)', () => {
    // change-mismatch checks a multiple against the two counts it relates; last year's count is not stated.
    expect(newFindings('301-guangdong-city-port-bureau-times-changes-2025.txt', '是上年的2.1倍', '是上年的3.1倍')).toEqual([]);
  });

  it('301: the duties written of the bureau\'s leading group, no principal named (局领导班子……)', () => {
    // As 256 and 284: a leading group (领导班子) is written of beside a silent heading as often as in place of its heads.
    expect(
      newFindings(
        '301-guangdong-city-port-bureau-times-changes-2025.txt',
        '局党组书记、局长认真履行推进法治建设第一责任人职责，坚持重大事项亲自部署、重要问题亲自过问，主持召开',
        '局领导班子认真履行推进法治建设职责，坚持重大事项集体研究，召开',
      ),
    ).toEqual([]);
  });

  it('291: the other-matters part deleted, heading and text (五、其他需要报告的事项)', () => {
    // The fifth item of 第二十五条 is whatever else there is to report: a body with nothing else leaves it out, and
    // required-part asks for the four others only.
    expect(newFindings('291-tianjin-district-arabic-items-under-parts-2026.txt', '\n五、其他需要报告的事项\n2026年，区政府对市委依法治市办督察反馈的3个问题全部完成整改。\n', '')).toEqual([]);
  });

  it('292: the principals\' sentences without naming them under a heading that does (县委书记、县长履行……情况)', () => {
    // As 256 and 284: the heading names the 县委书记 and the 县长, and a paragraph below it that leaves its subject
    // out is still read as theirs.
    expect(
      newFindings(
        '292-guizhou-autonomous-county-against-named-year.txt',
        '县委书记全年主持召开县委常委会会议专题研究法治建设4次，带头讲授法治专题党课，将法治建设纳入乡镇和县直部门年度目标考核。县长坚持',
        '全年召开会议专题研究法治建设4次，开展法治专题党课，将法治建设纳入乡镇和县直部门年度目标考核。坚持',
      ),
    ).toEqual([]);
  });

  it('302: the old 普法 plan among the plans, its clause a look back (完成“七五”普法规划各项任务，做好总结验收)', () => {
    // dated-reference leaves a stale plan alone when the rest of its clause looks back at it (总结, 验收: look-backs.json):
    // the words are those of closing a plan, which a report may write of an old one.
    expect(newFindings('302-liaoning-city-agriculture-enforcement-detachment-field-shares-2024.txt', '完成“八五”普法规划各项任务', '完成“七五”普法规划各项任务')).toEqual([]);
  });

  it('290: a report on 2021 guided by the 纲要（2015—2020年） (以……为统领)', () => {
    // The new outline was issued in August 2021: a report on 2021 may still be guided by the old one for the months
    // before (dated-reference's README). Reported from a report on 2022 on, 以……为统领 as 贯彻落实.
    expect(newFindings('290-hunan-city-science-technology-bureau-practice-result-lines-2021.txt', '以《法治政府建设实施纲要（2021—2025年）》为统领', '以《法治政府建设实施纲要（2015—2020年）》为统领')).toEqual([]);
  });

  it('287: the complaints\' properties after a rate beyond the complaints (办结率96.3%，其中涉及用地6件、涉及审批8件、涉及政策兑现16件)', () => {
    // Not the rate: a 其中 list after a rate still breaks down the count before it (……办结率98.7%，其中草场纠纷1246件……
    // is reported in parts-exceed-total's README). 涉及 names a property, and one complaint may concern both land and
    // an approval: the parts may overlap (parts.attributes), unless a class word (……类) says each is put in one.
    expect(newFindings('287-hebei-city-investment-promotion-bureau-2022.txt', '涉及政策兑现12件', '涉及政策兑现16件')).toEqual([]);
  });

  it('285: cases closed beyond cases filed, the 结案率 left below 100% (立案查处42件，结案44件，结案率92.9%)', () => {
    // A year's 结案 may include cases filed the year before; the 结案率 is then over all the cases to close,
    // which the sentence does not state. Only a 结案率 over 100% is sure (rate-out-of-range, planted above).
    expect(newFindings('285-anhui-county-agriculture-bureau-homestead-points-2026.txt', '结案39件', '结案44件')).toEqual([]);
  });

  it('293: the opening\'s overview count unlike the body\'s (办理行政复议案件87件 against 新收……78件)', () => {
    // No rule holds a count of the opening to one of the body: 办理 may count cases carried over from the year
    // before, 新收 does not.
    expect(newFindings('293-hainan-county-city-overview-figures-2026.txt', '办理行政复议案件78件、行政应诉', '办理行政复议案件87件、行政应诉')).toEqual([]);
  });

  it('293: two 其中 parts below their total (简易程序612件、普通程序902件 of 1,532)', () => {
    // Parts below their total are not reported: a 其中 list may leave kinds out, and nothing says these two are all.
    expect(newFindings('293-hainan-county-city-overview-figures-2026.txt', '普通程序920件', '普通程序902件')).toEqual([]);
  });

  it('296: an amount rectified beyond the amount found (查出3.2亿元，已整改3.4亿元，整改率90.6%)', () => {
    // As 288: what is rectified in a year may include earlier years' findings, so a rate whose numerator passes the
    // count before it is not read over that count.
    expect(newFindings('296-inner-mongolia-league-banner-breakdown.txt', '已整改2.9亿元', '已整改3.4亿元')).toEqual([]);
  });

  it('309: outcomes of the documents cleared, no 其中, beyond them (清理……17件，废止12件、修改8件)', () => {
    // Flipped (gaps round 33): the outcomes of one clean-up (保留/继续有效, 修改, 废止), labelled by those words alone right
    // after the count cleaned up, are its parts even without 其中: each document gets one outcome (parts-exceed-total README).
    expect(newFindings('309-jiangxi-city-intellectual-property-bureau-of-accepted-2026.txt', '废止2件、修改3件', '废止12件、修改8件')).toEqual([
      '6:100-6:114 parts-exceed-total 各分项之和为20件（12+8），超过总数17件；请核对总数或各分项',
    ]);
  });

  it('309: a deputy\'s work in the duties part, not as first responsible person (分管副局长……直接责任)', () => {
    // As duty-leaders' README: a deputy named otherwise than as fulfilling the first responsible person's duty,
    // beside a part that names no principal, is left alone, as a part naming nobody is.
    expect(newFindings('309-jiangxi-city-intellectual-property-bureau-of-accepted-2026.txt', '局党组书记、局长切实履行第一责任人职责', '分管副局长切实履行法治建设直接责任')).toEqual([]);
  });

  it('310: notices rectified beyond the notices issued (下发96份，整改完成98份)', () => {
    // As 288 and 296: what is rectified in a year may include notices issued the year before.
    expect(newFindings('310-gansu-county-housing-construction-bureau-chinese-date-2022.txt', '整改完成91份', '整改完成98份')).toEqual([]);
  });

  it('311: dated in December of the report year (2025年12月26日)', () => {
    // publish-date's window opens on December 1 of the report year: a report may be closed in its last month.
    expect(newFindings('311-zhejiang-city-public-resource-trading-office-bracket-labels.txt', '2026年1月26日', '2025年12月26日')).toEqual([]);
  });

  it('312: a change whose current count is two sentences back (与上年的74起相比，行政案件增长12.6%)', () => {
    // The sentence of the percent states only the earlier count; the 86起 it is against stands two sentences
    // back, with other counts of cases (移送……7起) between: which one the change is of is not stated.
    expect(newFindings('312-hunan-county-forestry-bureau-forest-chiefs-2026.txt', '增长16.2%', '增长12.6%')).toEqual([]);
  });

  it('312: a report on 2026 still carrying out the 纲要（2021—2025年）', () => {
    // As dated-reference's README: a report on the year after an outline's period may still carry it out.
    expect(
      newFindings('312-hunan-county-forestry-bureau-forest-chiefs-2026.txt', '全面推行林长制，依法保护', '认真贯彻落实《法治政府建设实施纲要（2021—2025年）》，全面推行林长制，依法保护'),
    ).toEqual([]);
  });

  it('304: a plan target after the report year (2026年行政执法案卷优秀率达到40%以上 among the plans for 2027)', () => {
    // A year followed by a noun and 达到 may state what the year reached (2026年优秀率达到36.5%，2027年力争……): only a
    // deadline (……前, ……内) or a year going straight on to an action (years.json#itemActions) is a plan's date for sure.
    expect(newFindings('304-shanghai-district-indicator-targets-2026.txt', '2027年行政执法案卷优秀率', '2026年行政执法案卷优秀率')).toEqual([]);
  });

  it('307: outcomes beyond the cases after 全部审结, without 其中 (行政复议案件9件，全部审结，维持7件、纠错3件)', () => {
    // As 285–290's outcomes after a count without 其中: nothing marks 维持 and 纠错 as parts of the 9, and parts-exceed-total
    // holds outcomes to a total only after 其中 or a count of cases closed they follow as a list.
    expect(newFindings('307-xinjiang-dev-zone-markdown-comparison-table-2026.md', '纠错2件', '纠错3件')).toEqual([]);
  });

  it('307: appearances in 件次 below the cases with a 出庭率 of 100% (行政应诉案件6件，……出庭应诉5件次，出庭率100%)', () => {
    // 件次 counts appearances, not cases: one case may take a leader to court twice, so 5件次 of 6件 does not say
    // that fewer cases had one (rate-mismatch reads a rate over counts of the same unit only).
    expect(newFindings('307-xinjiang-dev-zone-markdown-comparison-table-2026.md', '出庭应诉6件次', '出庭应诉5件次')).toEqual([]);
  });
  it('315: a 满意率 beyond its counts (回访满意4,902件，满意率94.5% of 5,274 calls)', () => {
    // A 满意率 is over the calls visited back, which the sentence does not count: 4,902 of 5,274 is not its base for sure.
    expect(newFindings('315-beijing-town-shared-base-rates-2026.txt', '满意率92.9%', '满意率94.5%')).toEqual([]);
  });

  it('317: leaders\' appearances below the cases with a 出庭率 of 100% (一审审结61件……出庭应诉58件，出庭率100%)', () => {
    // As 307: the 出庭率 is over the cases with a hearing to attend, which the sentence does not count; the cases
    // closed are not that base for sure.
    expect(newFindings('317-guangxi-county-percentage-point-changes-2026.txt', '出庭应诉61件，出庭率100%', '出庭应诉58件，出庭率100%')).toEqual([]);
  });

  it('318: the duties part naming the leading group only (市政府领导班子……)', () => {
    // As duty-leaders' README: a part naming no principal leader at all is left alone (a 班子 may stand for them).
    expect(
      newFindings(
        '318-anhui-city-county-shares-fourteenth-plan-close.txt',
        '市委书记主持召开市委常委会会议研究法治建设4次，听取全市法治政府建设情况汇报，推动法治建设考核结果纳入全市综合考核。市长主持召开',
        '市政府领导班子主持召开',
      ),
    ).toEqual([]);
  });

  it('321: a 网办率 unlike the share of the items 全程网办 (其中“全程网办”事项51项，网办率57.0%)', () => {
    // 全程 qualifies the count (figures.json#qualifiers): the items handled wholly online are a part of those handled
    // online at all, which a 网办率 may count, so 51 of 68 need not be its numerator.
    expect(newFindings('321-shandong-city-social-insurance-center-responsible-units-2026.txt', '网办率75.0%', '网办率57.0%')).toEqual([]);
  });

  it('321: problems rectified beyond the problems found this year (发现问题37个，整改完成39个，整改率94.6%)', () => {
    // As 288, 296 and 310: what is rectified in a year may include problems found the year before.
    expect(newFindings('321-shandong-city-social-insurance-center-responsible-units-2026.txt', '整改完成35个', '整改完成39个')).toEqual([]);
  });

  it('322: a 签约率 whose households are in the sentence before (涉及被征收房屋1,286户……。已签约1,219户，签约率98.4%)', () => {
    // The rate's sentence states only the households signed; the whole is a count of the sentence before, with an
    // area and other counts beside it, and rate-mismatch takes a rate's base from the sentence before only when its
    // sentence goes on from it (其中, 经审理 …).
    expect(newFindings('322-jiangsu-city-housing-security-bureau-notice-docnumber-2026.txt', '签约率94.8%', '签约率98.4%')).toEqual([]);
  });

  it('323: a 结案率 after a semicolon that closes a clause saying more (受理……3,168宗，涉及劳动者4,215人；审结3,092宗，结案率96.7%)', () => {
    // As rate-mismatch's README: a semicolon after a clause that says more than what came in (涉及劳动者……) ends
    // the statement; the 结案率 is read over the counts of its own clause only.
    expect(newFindings('323-zhejiang-city-labor-arbitration-court-semicolon-figures-2022.txt', '结案率97.6%', '结案率96.7%')).toEqual([]);
  });

  it('323: a share of 受理总数 in the next paragraph (网上立案1,127宗，占受理总数的53.6%)', () => {
    // The whole the share names in words stands in another paragraph (受理……3,168宗): shares are held to a whole of
    // their sentence or of the one right before it.
    expect(newFindings('323-zhejiang-city-labor-arbitration-court-semicolon-figures-2022.txt', '占受理总数的35.6%', '占受理总数的53.6%')).toEqual([]);
  });

  it('323: the rectification of the report two years back (2020年度报告所列 in a report on 2022)', () => {
    // As 188: an older report's problems may be spoken of; strict's rectification asks for the 2021 report's.
    const [from, to] = ['2021年度报告所列', '2020年度报告所列'];
    expect(newFindings('323-zhejiang-city-labor-arbitration-court-semicolon-figures-2022.txt', from, to)).toEqual([]);
    expect(newFindings('323-zhejiang-city-labor-arbitration-court-semicolon-figures-2022.txt', from, to, strict)).toEqual([
      '13:3-13:13 rectification 报告未说明2021年度报告所列问题的整改情况：请写明上年度存在的问题逐项整改了什么、整改到什么程度（可写在“存在的不足和原因”部分开头）',
    ]);
  });

  it('325: documents cleared, their outcomes beyond them without 其中 (共清理84件，继续有效65件、修改21件、废止8件)', () => {
    // Flipped (gaps round 33): the outcomes of one clean-up (保留/继续有效, 修改, 废止), labelled by those words alone right
    // after the count cleaned up, are its parts even without 其中: each document gets one outcome (parts-exceed-total README).
    expect(newFindings('325-sichuan-county-government-office-causes-paragraph-2026.txt', '修改11件', '修改21件')).toEqual([
      '11:48-11:70 parts-exceed-total 各分项之和为94件（65+21+8），超过总数84件；请核对总数或各分项',
    ]);
  });

  it('325: causes 一是 二是 四是 after three shortcomings in the paragraph before', () => {
    // enumeration-sequence carries a section's runs across its paragraphs: the shortcomings' 一是…三是 is still open,
    // and 四是 may go on from it, the causes' 一是 二是 nested under the third.
    expect(newFindings('325-sichuan-county-government-office-causes-paragraph-2026.txt', '三是跨部门协调', '四是跨部门协调')).toEqual([]);
  });

  it('325: the duties part naming nobody (县政府办公室认真履行法治建设职责)', () => {
    // As duty-leaders' README: a part that names no leader at all may speak of the body's leadership as a whole.
    expect(newFindings('325-sichuan-county-government-office-causes-paragraph-2026.txt', '县政府办公室党组书记、主任认真履行第一责任人职责', '县政府办公室认真履行法治建设职责')).toEqual([]);
  });

  it('326: a change after words naming what changed (由上年的136.4万人调整为131.9万人，动态管理下降4.5%)', () => {
    // Words between the later count and the change word (动态管理) may name another quantity whose change it is:
    // change-mismatch reads a percent right after the later count's comma only.
    expect(newFindings('326-guangdong-province-civil-affairs-dept-province-level-split-2024.txt', '下降3.3%', '下降4.5%')).toEqual([]);
  });

  it('326: documents cleared, their outcomes beyond them without 其中 (清理……62件，保留61件、修改7件、废止4件)', () => {
    // Flipped (gaps round 33): the outcomes of one clean-up (保留/继续有效, 修改, 废止), labelled by those words alone right
    // after the count cleaned up, are its parts even without 其中: each document gets one outcome (parts-exceed-total README).
    expect(newFindings('326-guangdong-province-civil-affairs-dept-province-level-split-2024.txt', '保留51件', '保留61件')).toEqual([
      '6:101-6:120 parts-exceed-total 各分项之和为72件（61+7+4），超过总数62件；请核对总数或各分项',
    ]);
  });

  it('326: lawsuits closed beyond the lawsuits of the year (行政应诉案件6件，审结7件)', () => {
    // As 285: a year's closed cases may include cases brought the year before.
    expect(newFindings('326-guangdong-province-civil-affairs-dept-province-level-split-2024.txt', '审结5件，均胜诉', '审结7件，均胜诉')).toEqual([]);
  });

  it('327: a 网办率 unlike the share of the items 全程网办 (其中实现全程网办的1,523项，网办率85.2%)', () => {
    // As 321: 全程 qualifies the count (figures.json#qualifiers); a 网办率 may count the items handled online at all.
    expect(newFindings('327-qinghai-prefecture-leaders-shufa-paragraphs-2026.txt', '网办率82.5%', '网办率85.2%')).toEqual([]);
  });

  it('327: a 败诉率 after a semicolon that closes a clause saying more (……出庭应诉41件，出庭率100%；败诉3件，败诉率3.7%)', () => {
    // As 323: the clause before the semicolon says more than the suits (the leaders' appearances and their rate); the
    // 败诉率 is read over the counts of its own clause, which hold no whole (a 败诉率 may be over the suits closed).
    expect(newFindings('327-qinghai-prefecture-leaders-shufa-paragraphs-2026.txt', '败诉率7.3%', '败诉率3.7%')).toEqual([]);
  });

  it('327: dated in the last days of the year reported on (2026年12月28日)', () => {
    // publish-date's earliestMonth: a report may be dated once its year is nearly over, in December.
    expect(newFindings('327-qinghai-prefecture-leaders-shufa-paragraphs-2026.txt', '2027年2月3日', '2026年12月28日')).toEqual([]);
  });

  it('328: the 七五 普法 summed up in a report on 2025 (总结“七五”普法工作)', () => {
    // As dated-reference's README: a look back at a stale plan (总结, rules/shared/look-backs.json) is no current task.
    expect(newFindings('328-ningxia-town-village-subtotal-table.md', '总结“八五”普法工作', '总结“七五”普法工作')).toEqual([]);
  });

  it('329: leaders appearing in more suits than the year brought (一审行政诉讼案件29件，……出庭应诉31件)', () => {
    // As 285: suits heard in a year may have been brought the year before.
    expect(newFindings('329-shaanxi-county-city-merged-problems-plans-2026.txt', '行政机关负责人出庭应诉29件', '行政机关负责人出庭应诉31件')).toEqual([]);
  });

  it('329: the 十四五 named in a target of 2026 (锚定“十四五”规划开局目标)', () => {
    // The sentence does not say that 2026 is the 十四五's opening year (开局之年): a target of the opening may be named
    // in a later year too. terminology's period entries read the year's own 开局之年 only.
    expect(newFindings('329-shaanxi-county-city-merged-problems-plans-2026.txt', '锚定“十五五”规划开局目标', '锚定“十四五”规划开局目标')).toEqual([]);
  });

  it('330: the rectification of the report two years back (针对2023年度报告所列 in a report on 2025)', () => {
    // As 188 and 323: an older report's problems may be spoken of. Even strict's rectification is content: the item's
    // own heading (（七）整改上年度问题) says last year's problems were rectified.
    const [from, to] = ['针对2024年度报告所列', '针对2023年度报告所列'];
    expect(newFindings('330-henan-subdistrict-chinese-numeral-counts.txt', from, to)).toEqual([]);
    expect(newFindings('330-henan-subdistrict-chinese-numeral-counts.txt', from, to, strict)).toEqual([]);
  });

  it('330: the director appearing more often than the suits (行政诉讼案件二件，办事处主任出庭应诉三次)', () => {
    // Appearances counted in 次 are hearings, not suits: one suit may be heard more than once.
    expect(newFindings('330-henan-subdistrict-chinese-numeral-counts.txt', '办事处主任出庭应诉二次，均未败诉', '办事处主任出庭应诉三次，均未败诉')).toEqual([]);
  });

  it('332: a decrease without 同比 (涉企行政检查1,214次，减少23.6%)', () => {
    // A change with no base named is read as against last year, as reports write it; there is no count to check it on.
    expect(newFindings('332-hubei-county-bold-unnumbered-measures.md', '1,214次，同比减少23.6%', '1,214次，减少23.6%')).toEqual([]);
  });

  it('333: a key-data line unlike the figure in the text (结案率：98.5% below 结案率97.5%)', () => {
    // A 主要数据 line gives a value with no counts of its own, and one label may stand for another scope than the
    // text's (a 结案率 of all cases, of a kind, of the year's): the rules hold a rate to its own counts only.
    expect(newFindings('333-ningxia-city-urban-enforcement-key-data-list-2026.txt', '结案率：97.5%', '结案率：98.5%')).toEqual([]);
  });

  it('335: the duties part naming only a deputy fulfilling his own duties (分管副局长认真履行法治建设职责)', () => {
    // As duty-leaders' README: a deputy is reported only when written as the first responsible person; one doing his
    // own work in a part that names no principal leader is left alone, as a part naming nobody is.
    expect(
      newFindings('335-jiangxi-city-local-finance-bureau-party-group-chinese-date-2026.txt', '局党组书记、局长认真履行第一责任人职责', '分管副局长认真履行法治建设职责'),
    ).toEqual([]);
  });

  it('335: a change with no earlier value (移送公安机关7条，同比增长40%)', () => {
    // The genre often states a change alone; with no earlier value there is nothing to check it against.
    expect(newFindings('335-jiangxi-city-local-finance-bureau-party-group-chinese-date-2026.txt', '移送公安机关7条。', '移送公安机关7条，同比增长40%。')).toEqual([]);
  });

  it('336: a closing date in December of the report year (2025年12月22日)', () => {
    // As 04: publish-date's window opens on December 1 of the report year.
    expect(newFindings('336-hebei-county-public-security-bureau-problem-cause-table-2025.txt', '2026年1月22日', '2025年12月22日')).toEqual([]);
  });

  it('336: a 查处率 unlike its counts (受理治安案件2,316起，查处2,184起，查处率93.4%)', () => {
    // As probes/figures-field-police.txt: 查处 also heads totals (立案查处……), so it is no verb of things done, and a
    // 查处率 is not read.
    expect(newFindings('336-hebei-county-public-security-bureau-problem-cause-table-2025.txt', '查处率94.3%', '查处率93.4%')).toEqual([]);
  });

  it('337: a 修复率 whose total names the repair too (办理信用修复申请2,638件，修复完成2,604件，修复率97.8%)', () => {
    // The total's label (信用修复申请) holds the rate's verb as well as the count done: with two counts naming
    // 修复, rate-mismatch cannot tell which is the numerator, and reads none.
    expect(newFindings('337-yunnan-city-development-reform-commission-tendering-credit-2026.txt', '修复率98.7%', '修复率97.8%')).toEqual([]);
  });

  it('337: problems rectified beyond the problems found (发现问题47个，已整改49个，整改率93.6%)', () => {
    // As 288, 296, 310 and 321: what is rectified in a year may include problems found the year before.
    expect(newFindings('337-yunnan-city-development-reform-commission-tendering-credit-2026.txt', '已整改44个', '已整改49个')).toEqual([]);
  });

  it('339: the duties part naming only a deputy doing his own work (分管副县长协助做好法治政府建设日常工作)', () => {
    // As 335 and duty-leaders' README: a deputy is reported only when written as the first responsible person.
    const from = '县委书记、县长认真履行推进法治建设第一责任人职责。县委书记主持召开县委全面依法治县委员会会议2次，研究部署年度重点任务；县长主持召开县政府常务会议专题学法4次，带头出庭应诉行政诉讼案件1件。';
    expect(newFindings('339-jilin-county-plan-completion-shares-2026.txt', from, '分管副县长协助做好法治政府建设日常工作，主持召开县政府法治工作专题会议2次。')).toEqual([]);
  });

  it('340: an on-time rate of 100% over fewer closed than received (受理5,826件，办结5,726件，按时办结率100%)', () => {
    // A 按时办结率 is over the items closed (or due), not the items received: the 100 not closed may still be in time.
    expect(newFindings('340-liaoning-subdistrict-five-year-base-2020.txt', '办结5,826件，按时办结率100%', '办结5,726件，按时办结率100%')).toEqual([]);
  });

  it('341: suits decided beyond the suits of the year (发生行政诉讼案件3件，审结4件)', () => {
    // As 288 and 337: what is decided in a year may include suits brought the year before.
    expect(newFindings('341-chongqing-dev-zone-month-deadline-plans-2026.txt', '审结2件，均胜诉，另1件', '审结4件，均胜诉，另1件')).toEqual([]);
  });

  it('342: a 参检率 whose whole stands two sentences back (登记社会组织318家……；参检社会组织291家，参检率95.1%)', () => {
    // The registered total is in the sentence before, and another count (办理……登记46件) stands between: which count
    // the rate is over is not stated close enough to be sure.
    expect(newFindings('342-henan-county-civil-affairs-bureau-households-persons-copy-to.txt', '参检率91.5%', '参检率95.1%')).toEqual([]);
  });

  it('342: a change with no earlier value (特困人员供养1,217人，同比增长12.6%)', () => {
    // As 335: a change stated alone has nothing to be checked against.
    expect(newFindings('342-henan-county-civil-affairs-bureau-households-persons-copy-to.txt', '特困人员供养1,217人，', '特困人员供养1,217人，同比增长12.6%，')).toEqual([]);
  });

  it('343: more sirens repaired than the city has (警报器412台，年内维修更换436台)', () => {
    // No 其中 makes the repairs a part of the sirens: a repair is counted each time it is done.
    expect(newFindings('343-shaanxi-city-defense-mobilization-office-parenthesized-arabic-items-2026.txt', '年内维修更换36台', '年内维修更换436台')).toEqual([]);
  });

  it('344: the plans opening with the report year and no word of intent (2025年，重点抓好三项工作)', () => {
    // A plans part may open with a look back at the year; with no 将, 拟, 计划 … the sentence does not say it plans.
    expect(newFindings('344-qinghai-district-health-bureau-data-cutoff-note.txt', '2026年，重点抓好三项工作', '2025年，重点抓好三项工作')).toEqual([]);
  });

  it('344: a repeated 一是 in the shortcomings (一是……；一是……)', () => {
    // As enumeration-sequence's README: 一是 always opens a new list (a nested one, or a second), so it is never a repeat.
    expect(newFindings('344-qinghai-district-health-bureau-data-cutoff-note.txt', '二是卫生监督执法人员仅14人', '一是卫生监督执法人员仅14人')).toEqual([]);
  });

  it('344: the duties part naming the leadership as a whole (局领导班子认真落实法治建设责任)', () => {
    // As duty-leaders' README: a part naming no leader at all is left alone; only one naming others in the leaders' place is reported.
    expect(
      newFindings('344-qinghai-district-health-bureau-data-cutoff-note.txt', '局党组书记、局长认真履行第一责任人职责，将法治建设', '局领导班子认真落实法治建设责任，将法治建设'),
    ).toEqual([]);
  });
  it('346: a share with no 其中 and no whole named (抽查案卷420卷，评为优秀的126卷，占31.0%)', () => {
    // A bare 占 after two counts is read only when 其中 makes the second a part of the first (or the whole is named):
    // without it, the second count may be of other things (受理420件，办结126件，占…… of what was closed before).
    expect(newFindings('346-xinjiang-city-government-absolute-differences.txt', '占30.0%', '占31.0%')).toEqual([]);
  });

  it('347: a share whose whole stands in the line before (——立案查处违法案件318件…… / ——……不予处罚46件，占立案数的15.4%)', () => {
    // The whole (立案数) is named, but its count is in another paragraph (a dash-led item of its own): shares are
    // looked for within the paragraph, where the count they name is sure to be the one meant.
    expect(newFindings('347-shanghai-subdistrict-dash-led-items-2026.txt', '占立案数的14.5%', '占立案数的15.4%')).toEqual([]);
  });

  it('343: a 鸣响率 whose sirens stand before a count of repairs (警报器412台，年内维修更换36台，……鸣响率98.5%（鸣响410台）)', () => {
    // The bracketed count is read over a total before the rate only when that total is labelled as one (受理) or as
    // what was due (应鸣响): the city's stock of sirens is labelled as neither, and the repairs stand between.
    expect(newFindings('343-shaanxi-city-defense-mobilization-office-parenthesized-arabic-items-2026.txt', '鸣响率99.5%', '鸣响率98.5%')).toEqual([]);
  });

  it('351: a 参训率 over persons trained written 参加……培训196名 (98.9% of 218)', () => {
    // 参训率's numerator is 参训: 培训 also counts sessions (参与县级法治培训4批次，参训率达100%, a real page), and as a
    // numerator word it would be read as a verb of done wherever it ends a label.
    expect(newFindings('351-tibet-county-township-shares-wan-renci-2026.txt', '参训率89.9%', '参训率98.9%')).toEqual([]);
  });

  it('352: a per-community average unlike its counts (165名 over 5 communities, 平均每个社区35名)', () => {
    // No rule reads averages: the communities (5个社区) are counted in another sentence, and 平均 may be over another count.
    expect(newFindings('352-anhui-subdistrict-numbered-problems-cause-lines.txt', '平均每个社区33名', '平均每个社区35名')).toEqual([]);
  });
});
