// The five substance rules of issue 6 (repeated-phrase, duty-leaders, plan-specificity,
// measures-evidence, rectification), all enabled, on the five seed reports: the exact findings,
// each with the reason it is right. Silence is asserted as strictly as findings.
import { describe, expect, it } from 'vitest';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import type { LintMessage } from '@reportlint/core';
import { builtinPlugin } from '@reportlint/rules';
import { seedText, textSource } from './support/seeds.js';

const RULES = ['repeated-phrase', 'duty-leaders', 'plan-specificity', 'measures-evidence', 'rectification'];

const registry = createRegistry([builtinPlugin]);
const { config, problems } = resolveConfig({ rules: Object.fromEntries(RULES.map((id) => [id, 'warn'])) }, registry);

const format = (m: LintMessage) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.message}`;

function findings(prefix: string): string[] {
  const result = lint(textSource(seedText(prefix)), config);
  return result.messages.filter((m) => RULES.includes(m.ruleId ?? '')).map(format);
}

const RECTIFY = (year: number) =>
  `报告未说明${year}年度报告所列问题的整改情况：请写明上年度存在的问题逐项整改了什么、整改到什么程度（可写在“存在的不足和原因”部分开头）`;
const NO_EVIDENCE = (title: string) =>
  `“${title}”一节没有任何数据、事例或文件，只讲做法不见成效：请补充具体数字（如办理件数、覆盖人数、增减比例）、典型案例或所依据的文件《……》`;

describe('substance rules on the seed reports', () => {
  it('the configuration is valid', () => {
    expect(problems).toEqual([]);
  });

  it('000 中原区 2024', () => {
    expect(findings('000')).toEqual([
      // Nowhere does the report look back at 2023's problems: its 整改 are this year's
      // ("排查整改多头执法……8类问题", "查摆并整改问题23个"), and the one mention of 2023
      // ("审议了《2023年度……考核情况报告》") says nothing of rectification. Anchored at the
      // shortcomings heading, where such a statement opens.
      `rectification 13:1-13:24 ${RECTIFY(2023)}`,
    ]);
    // Silent:
    // - duty-leaders: the duties part names 区委书记李晓雷 (Party) and "区委副书记、区长邓英文"
    //   (government); 副区长付子珍 and 政法委书记马素华 are not principal leaders and change nothing.
    // - plan-specificity: 一是 … 六是 in the plans paragraph, six measures.
    // - measures-evidence: every （一）…（八） has figures (8类问题, 14个街道, 2件 …).
    // - repeated-phrase: no clause of 8+ Han characters twice in a paragraph.
  });

  it('001 懷柔區 2024 (Traditional)', () => {
    expect(findings('001')).toEqual([]);
    // - rectification: "2023年法治政府建設年度情況報告中存在的問題已認真整改落實" is exactly the statement.
    // - duty-leaders: the duties part names nobody by title ("帶頭學習……" under the 黨政主要負責人
    //   heading) and speaks of "黨政主要負責人" jointly ("全區……黨政主要負責人專題講授率"): both.
    // - plan-specificity: four subsections （一）…（四）.
    // - measures-evidence: each of （一）…（九） has a figure; （八） only "連續3年“雙下降”", a
    //   duration (a year count, unlike "2024年").
  });

  it('002 阳东区 2023 (web page, eight-part template)', () => {
    expect(findings('002')).toEqual([
      // 八（三）: "……坚持和发展新时代“枫桥经验”，健全人民调解……联动机制，坚持和发展新时代“枫桥经验”，……"
      // — the same clause twice in one paragraph, a paste slip; reported once, at the second.
      'repeated-phrase 82:77-82:91 分句“坚持和发展新时代‘枫桥经验’”在本段第82行第39列已出现过，此处重复：请删去重复的一处，或改写为不同的内容',
    ]);
    // - duty-leaders: "我区党委、政府主要负责同志切实履行第一责任人职责" names both at once.
    // - rectification: heading "三、落实2022年度法治广东考评存在问题整改情况" looks back at 2022.
    // - plan-specificity: three subsections （一）（二）（三） — exactly the default minimum.
    // - measures-evidence: every measures section and subsection has a figure or a 《…》 document.
  });

  it('003 郑州高新区 2022 (duties nested, unheaded parts)', () => {
    expect(findings('003')).toEqual([
      // 一（三）: training "组织开展了……线上培训考试……培训内容涵盖……" — no number of sessions or
      // trainees, no case, no document.
      `measures-evidence 5:1-5:14 ${NO_EVIDENCE('广泛开展行政执法培训')}`,
      // 四（一）: "权责事项清单已梳理完成" — no count of items, no document; “三化三制” is a slogan.
      `measures-evidence 15:1-15:14 ${NO_EVIDENCE('积极做好赋权梳理工作')}`,
      // The report never mentions 整改 at all. Anchored at the first sentence of the unheaded
      // shortcomings paragraph.
      `rectification 18:1-18:35 ${RECTIFY(2021)}`,
    ]);
    // - duty-leaders: the duties part exists only as the nested subsection 一（二）; it is checked
    //   like a top-level one, and it speaks of "管委会、办事处两级党政主要负责人" jointly: both.
    //   The nested subsection is not a measures section, so measures-evidence skips it.
    // - plan-specificity: the unheaded "下一步……" paragraph has 一是、二是、三是.
  });

  it('004 城阳区 2024', () => {
    expect(findings('004')).toEqual([
      // The only 整改 with a year is "对2023年以来审计发现问题的整改情况进行集中检查": 2023年以来
      // opens a period running into 2024 (this year's audit work), not a look back at 2023's report.
      `rectification 7:1-7:24 ${RECTIFY(2023)}`,
      // The plans part is one sentence stringing intentions with commas ("将深入学习……，强化……意识，
      // 不断提高……，……为……提供有力法治保障。"): one measure, no itemized arrangement.
      'plan-specificity 14:1-14:21 “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
    ]);
    // - duty-leaders: "入选全省2024年度县(市、区)党政主要负责人推进法治建设重点项目" speaks of both;
    //   "8个街道党工委书记" is a lower unit's secretary and “书记述法+居民点评” a slogan — neither
    //   counts as the district's Party side.
    // - measures-evidence: （一）…（四） all have figures (1000余项, 13件, 18项, 9个).
  });
});
