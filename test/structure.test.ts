// Structural probes: small genre-true reports of bodies of every level (乡镇, 街道, 市直部门, 省直厅局,
// 垂直管理单位, 开发区管委会), each with title, opening, parts, sign-off and date. The m-files carry one
// structural mistake each (a part missing, parts out of order, a heading number skipped or repeated,
// levels mixed, one leader left out of the duties, an empty part, slogan plans, a closing date out of
// its window or in the wrong form); the c-files are correct and close to a mistake (variant headings,
// merged parts, one person holding both offices, Markdown and Word exports …) and must stay clean.
// Each entry says what its file exercises; kept silences say why.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import type { LintMessage } from '@reportlint/core';
import { decodeSource } from '@reportlint/parser';
import type { Source } from '@reportlint/parser';
import { builtinPlugin } from '@reportlint/rules';

const DIR = join(import.meta.dirname, 'fixtures', 'structure');
const registry = createRegistry([builtinPlugin]);
const recommended = resolveConfig({ extends: 'recommended' }, registry);
const strict = resolveConfig({ extends: 'strict' }, registry);
const show = (m: LintMessage) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`;
const files = readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f)).sort();
const source = (file: string): Source => decodeSource(readFileSync(join(DIR, file)), { path: file });

/** Every finding of the recommended preset, per file. */
const expected: Record<string, string[]> = {
  // variant headings 存在的不足及原因分析, 履行推进法治建设第一责任人职责情况, 下一步工作打算
  'c01-market-bureau-variant-headings.txt': [],
  // one person both leaders: 局党组书记、局长张三
  'c02-bureau-one-person-both.txt': [],
  // third person, no 党政 word: 主要负责同志
  'c03-bureau-third-person.txt': [],
  // 1. numbering restarting under each part
  'c04-township-restarting-numbers.txt': [],
  // Markdown headings
  'c05-commission-markdown.md': [],
  // Word export: marker, tab, title
  'c06-town-word-tabs.txt': [],
  // shortcomings and plans merged in one last heading (strict: after the duties)
  'c07-subdistrict-merged-shortcomings-plans.txt': [],
  // 街道党工委书记 and 街道办事处主任
  'c08-subdistrict-full-titles.txt': [],
  // 局党委书记、局长 (vertically managed tax bureau)
  'c09-tax-bureau-party-committee.txt': [],
  // 党工委书记 and 管委会主任, separately
  'c10-zone-both-leaders.txt': [],
  // 厅党组书记、厅长
  'c11-province-dept-one-person.txt': [],
  // plans as （一）（二）（三） with prose bodies
  'c12-justice-bureau-plan-subsections.txt': [],
  // dated December 30 of the report year
  'c13-statistics-bureau-dated-december.txt': [],
  // “其他需要报告的情况　无。”
  'c14-civil-affairs-other-nil.txt': [],
  // 第一，第二，第三 in the plans, 第一责任人 and 第一时间 in the duties
  'c15-housing-bureau-di-list.txt': [],
  // the duties split into the 乡党委书记's and the 乡长's subsections
  'c16-township-leaders-subsections.txt': [],
  // 局党组主要负责同志 and 局长
  'c17-transport-bureau-party-group-leader.txt': [],
  // a district bureau's own leaders, and the 区委书记 who convened
  'c18-district-bureau-district-secretary-convenes.txt': [],
  // year in the headings: 2024年度党政主要负责人…, 2025年法治政府建设工作计划
  'c19-forestry-bureau-year-headings.txt': [],
  // topical top-level measures sections before the parts
  'c20-district-topical-sections.txt': [],
  // 党工委书记、管委会主任 one person
  'c21-zone-one-person-both.txt': [],
  // Markdown from a CMS: bold headings, 1. lists
  'c22-emergency-bureau-cms-markdown.md': [],
  // 第一部分…第四部分 with 一、 restarting inside
  'c23-province-dept-parts.txt': [],
  // 镇党委、镇政府主要负责同志 names both (was read as the government only)
  'c24-town-joint-organs.txt': [],
  // dated March 31, the last day
  'c25-culture-bureau-dated-deadline.txt': [],
  // three levels, shortcomings as （一）（二） with causes
  'c26-subdistrict-three-levels.txt': [],
  // 乡党委书记、乡长 in one sentence
  'c27-township-one-sentence-both.txt': [],
  // “其他需要说明的事项” with content
  'c28-hr-bureau-other-matters.txt': [],
  // 党组书记、局长王某某 in a 气象局
  'c29-meteorology-bureau-named.txt': [],
  // plans heading then “下一步，……：一是……”
  'c30-town-plans-next-step.txt': [],
  // 一、　 with an ideographic space
  'c31-town-ideographic-space.txt': [],
  // a bureau that reports to the 区长: its own leaders named
  'c32-audit-bureau-reports-to-district-head.txt': [],
  // a bureau's 局主要负责同志 and the 市委书记 who convened (was read as the Party side only)
  'c33-commerce-bureau-city-secretary-convenes.txt': [],
  // 乡党委、乡政府主要负责同志 (was read as the government only)
  'c34-township-joint-organs.txt': [],
  // red team: a customs house's 关党委书记、关长 (关长 was not a head: only the Party side was read)
  'c35-customs-party-committee-guanzhang.txt': [],
  // red team: a 街道's bare 党工委书记 and 主任, in two sentences
  'c36-subdistrict-bare-titles.txt': [],
  // red team: a zone's 管委会党工委书记、主任, and the 县委书记 who convened
  'c37-zone-party-working-committee-director.txt': [],
  // red team: 县委常委、县公安局党委书记、局长 and the 县长 who convened; an opening that names the plans' year (…情况及2025年工作打算报告如下)
  'c38-public-security-party-committee.txt': [],
  // red team: a government office's 党组书记、主任, assisting the 县长
  'c39-government-office-director.txt': [],
  // red team: an opening from 自2021年以来
  'c40-township-opening-since-2021.txt': [],
  // red team: an opening with “2024年是……”, a 2023年度 assessment and a notice's title naming the year
  'c41-county-opening-year-is.txt': [],
  // red team: an opening without a year of its own but the report's and the plans' (…工作情况和2025年工作思路报告如下)
  'c42-province-dept-summary-and-plan.txt': [],
  // red team: 略 inside real text (战略, 略有下降, 具体工作方案略) is no placeholder part
  'c43-town-part-with-lue-words.txt': [],
  // red team: a tax bureau's secretary and head as two persons, and the 县委书记、县长 who visited
  'c44-tax-bureau-two-persons-county-convener.txt': [],
  // red team: a cause stated as a limit (受编制限制)
  'c45-meteorology-bureau-order-variant.txt': [],
  // red team: 主观方面/客观方面; a commission's 委党组书记、主任 beside the 市长 and 市委书记; 2023年度 assessment in the measures.
  // Dated 2025年: its 今年继续保持 (the grade kept in 2024) reads as 2025.
  'c46-commission-director-convened-by-mayor.txt': [
    '4:61-4:63 year-consistency “今年”从成文之年（2025年）算是2025年，从报告年度（2024年）算是2024年：应写明年份',
  ],
  // red team: a 镇's bare 党委书记 and 镇长; a cause as 这与……有关 (was no cause); plans as 第一，第二，第三
  'c47-town-bare-party-secretary.txt': [],
  // red team: a city's 市委书记 and 市长; causes as 究其原因 and 根源在于
  'c48-city-report-municipal-leaders.txt': [],
  // red team: the duties split into 党组书记 and 局长 subsections; the heading echoed, then real causes
  'c49-bureau-secretary-chief-separate-lines.txt': [],
  // shortcomings and plans merged under one heading with subsections （一）存在的不足 （二）2025年工作安排:
  // the plans are （二） on (strict: after the duties)
  'c50-county-market-bureau-combined-subsections.txt': [],
  // stress round: 某公司, 张某某, 某些, 某种, X光, DXX-200型, 3×4米 are content, not residue
  'c51-county-anonymised-cases.txt': [],
  // stress round: “（此件公开发布）” under the title is the release mark, not a note
  'c52-bureau-public-release-note.txt': [],
  // stress round: 一是…二是 restarting in every subsection, shortcomings as （一）（二） each with its cause
  'c53-town-lists-restart.txt': [],
  // stress round: Markdown ## 一、 / ### （一） / 1. lists
  'c54-commission-markdown-levels.md': [],
  // stress round: 一、（一）1.（1） all used in order, ①②③ inline
  'c55-subdistrict-four-levels.txt': [],
  // stress round: 1. directly under 一、 (a level left out is no error)
  'c56-county-skipped-level.txt': [],
  // stress round: no “其他需要报告的事项” part (optional in the outline); year-bearing part headings
  'c57-bureau-no-other-matters.txt': [],
  // stress round: problems as （一）（二）（三）, causes after them as 究其原因
  'c58-district-causes-paragraph.txt': [],
  // stress round: “存在的问题及下一步打算” after the duties, with causes and 一是…三是 (strict: after the duties)
  'c59-bureau-merged-problems-plans.txt': [],
  // stress round: a commission’s 委党组书记、主任; plans as 第一，第二，第三
  'c60-development-commission-director.txt': [],
  // stress round: bold **…** headings pasted into plain text
  'c61-market-bureau-bold-txt.txt': [],
  // stress round: duties split into the 乡党委书记’s and the 乡长’s subsections; 五、其他需要报告的事项 with content
  'c62-township-other-matters.txt': [],
  // stress round: 局党委书记王某某 and 局长李某某 as two persons (某某 in names is no residue)
  'c63-justice-bureau-named-leaders.txt': [],
  // stress round: 第一部分…第四部分 with 一、 restarting in each
  'c64-province-dept-parts-chinese.txt': [],
  // stress round: 第一时间 beside 一是…三是, plans as 第一；第二；第三
  'c65-county-di-and-first-time.txt': [],
  // structure round: 一年来的主要工作, 短板弱项及原因 (究其原因), 主要负责人履职情况, 下步打算, 其他有关情况 “无。”
  'c66-town-year-review-headings.txt': [],
  // structure round: Markdown: 工作亮点, 问题与不足及原因分析 (分析原因，主要是), the leaders’ titles in the duties heading, a 2025 report’s 2026年工作思路
  'c67-subdistrict-highlights-markdown.md': [],
  // structure round: Word export with tabs: 主要做法及成效, 差距和不足 (主要是由于), 县委书记、县长 in the duties heading, a 2023 report
  'c68-county-gaps-word-tabs.txt': [],
  // structure round: bold **…** part headings: 工作开展情况, 存在的问题及原因 (根源在于), 局党组书记、局长 in the duties heading
  'c69-bureau-bold-lines.txt': [],
  // structure round: a zone’s 基本情况及主要成效, 困难和问题 (客观上…主观上…), 党工委、管委会主要负责人履职情况, 今后工作重点, 其他需要说明的事项
  'c70-zone-basic-situation.txt': [],
  // structure round: causes as 原因有以下几个方面：一是…二是… after the problems’ own 一是…二是…
  'c71-county-bureau-reasons-enumerated.txt': [],
  // structure round: a tax bureau’s 存在的短板及成因 (之所以出现上述问题), 主要负责同志履行推进法治建设职责情况, 下一步工作计划
  'c72-tax-branch-shortfalls-causes.txt': [],
  // structure round: a city’s 2020 report dated 2021: 2020年推进法治政府建设的主要举措和成效, 2021年工作安排
  'c73-city-2020-report.txt': [],
  // structure round: a 2022 report: 存在的差距及原因, 党政“一把手”履行推进法治建设第一责任人职责情况
  'c74-town-yibashou-heading.txt': [],
  // structure round: 履行第一责任人职责情况 naming 党工委书记张某某 and 办事处主任李某某
  'c75-subdistrict-leaders-by-name.txt': [],
  // structure round: 存在问题和下一步改进方向 last, after the duties: causes, then 下一步，一是…三是 (strict: after the duties)
  'c76-bureau-problems-and-improvements.txt': [],
  // structure round: 工作完成情况, 不足之处及原因, 县委书记、县长 in the duties heading, 明年工作安排
  'c77-county-next-year-arrangement.txt': [],
  // structure round (was: plans missing): 下阶段工作重点 is the plans; 不足之处及原因, 其他需要报告的情况 “无。”
  'c78-province-dept-next-stage.txt': [],
  // structure round: 存在的主要问题和原因分析, 2024年工作计划, 其他事项 “暂无。” (the optional part may say so)
  'c79-township-other-matters-zanwu.txt': [],
  // structure round: CMS Markdown, bold headings and run-in bold subsections: 重点工作推进情况, 工作中存在的不足, a 2025 report
  'c80-commission-cms-bold.md': [],
  // structure round: Word export with tabs: 主要工作成效, 薄弱环节及原因 (从原因看), 下一步工作举措
  'c81-county-weak-links-word-tabs.txt': [],
  // structure round (was: shortcomings missing): 问题和差距 is the shortcomings (深层次原因在于); a 2021 zone report
  'c82-zone-2021-progress.txt': [],
  // structure round (was: shortcomings missing): the sentence heading 正视问题，查找差距 is the shortcomings, and 问题的成因 its cause
  'c83-bureau-sentence-headings.txt': [],
  // structure round: causes as 产生上述问题的原因主要有：一是…二是…; 需要报告的其他情况 with content
  'c84-subdistrict-leaders-with-other-matters.txt': [],
  // structure round (was: shortcomings and duties missing): 问题与短板, 局党组书记、局长履职情况, 下一阶段工作打算
  'c85-bureau-leader-titles-heading.txt': [],
  // structure round (was: shortcomings and duties missing): 短板和弱项 with its cause after “，主要是”, 党政“一把手”履职情况, a bare 其他
  'c86-town-yibashou-short-heading.txt': [],
  // structure round (was: plans missing, their 2025 read as the measures’ year, and 其他需报告事项’s 无 as an empty measures part):
  // 2025年工作设想, 其他需报告事项 “无。”; 一年来…工作回顾, 存在的困难 (归根结底), 区委书记、区长 in the duties heading
  'c87-district-plans-envisaged-other-nil.txt': [],
  // structure round 18: 法治政府建设推进情况, 存在的困难和问题及原因 (归结起来，原因在于), 党委书记、镇长履职情况, 下一步努力方向, 其他需要说明的情况 “无。”
  'c88-town-progress-difficulties.txt': [],
  // structure round 18: Markdown: 2024年工作开展情况, 工作中的不足及原因 (分析其原因), 党工委书记、办事处主任履行第一责任人职责情况, 2025年工作要点
  'c89-subdistrict-markdown-work-carried-out.md': [],
  // structure round 18: Word export with tabs: 主要成绩, 问题和不足 (这主要是因为), 履行法治建设第一责任人职责情况, 下一步工作思路, a bare 其他 “无。”
  'c90-county-word-tabs-achievements.txt': [],
  // structure round 18: bold **…** headings: 年度重点任务完成情况, 存在的薄弱环节及原因 (剖析原因，一方面…另一方面…), 局主要负责人履职情况, 来年工作计划
  'c91-city-bureau-bold-annual-tasks.txt': [],
  // structure round 18: 工作举措及成效, 不足与原因 (症结在于), 2025年重点工作 as （一）（二）（三）, 其他需要报告的情况 “无。”
  'c92-province-dept-measures-crux.txt': [],
  // structure round 18: a tax bureau’s 主要工作开展情况, 存在问题 (问题产生的原因主要是), 局党委书记、局长履职情况, 下步工作重点
  'c93-tax-branch-problems-origin.txt': [],
  // structure round 18 (was: no cause, and the 无 of 其他事项说明 read as an empty measures part): causes as 追根溯源，是……; 重点任务落实情况, 当前存在的问题及原因, 新一年工作安排
  'c94-zone-tasks-trace-root.txt': [],
  // structure round 18: a 2025 report dated 2026: 2025年法治政府建设主要工作, 问题及原因 (深究原因), 2026年工作举措
  'c95-county-2025-report-2026-measures.txt': [],
  // structure round 18: 存在的短板及原因分析, 主要负责同志履职尽责情况 (乡党委书记 and 乡长), 下一步工作措施
  'c96-township-leaders-dutifully.txt': [],
  // structure round 18: 党政主要负责人履职尽责情况 naming 区委书记王某某、区长李某某同志
  'c97-district-leaders-named-heading.txt': [],
  // structure round 18: （三）领导干部带头尊法学法守法用法 is a measure under the measures, not the duties part
  'c98-bureau-leaders-study-subsection.txt': [],
  // structure round 18: a 2021 report: 2021年度法治政府建设工作总体情况, 还存在的差距及原因 (造成这些问题的原因在于), 主要领导履行法治建设第一责任人职责情况, 2022年工作打算
  'c99-city-2021-overall-gaps.txt': [],
  // structure round 18: CMS Markdown in bold: 主要工作进展, 问题短板及原因 (究其根源), 街道党工委书记、办事处主任履职情况, 下一步计划
  'c100-subdistrict-cms-bold-progress.md': [],
  // structure round 18: Word export with tabs: 工作成效, 自查发现的问题及原因, 落实第一责任人职责情况, 下一年度工作安排
  'c101-county-bureau-self-check-word-tabs.txt': [],
  // structure round 18: 工作中存在的困难和不足 (从主观上看…从客观上看…), 今后工作打算, 其他需要说明的情况 with content
  'c102-town-subjective-objective-other-content.txt': [],
  // structure round 18: 推进法治政府建设的主要做法, 需要改进的方面及原因, 市委书记、市长 in the duties heading
  'c103-city-practices-improve.txt': [],
  // structure round 18 (was: the 暂无 of 其他情况说明 read as an empty measures part): a 2023 zone report: 主要成效, 不足和原因 (主要源于), 党工委主要负责同志履职情况, 2024年工作重点
  'c104-zone-2023-source-plans-subsections.txt': [],
  // structure round 18: 法治建设工作情况, 存在的问题和原因, 局党组书记、局长履职尽责情况, 下步计划
  'c105-meteorology-work-problems-plan.txt': [],
  // structure round 18 (was: shortcomings, duties and plans missing): Markdown: 当前面临的问题 (根子在于), 党委书记、乡长抓法治建设情况, 来年打算, 其他情况说明 “本年度无。” (the optional part may say so)
  'c106-township-markdown-facing-problems.md': [],
  // structure round 18 (was: shortcomings and duties missing): Word export with tabs: 查摆出的问题, 主要负责人述法情况, 2025年工作要点
  'c107-county-bureau-word-tabs-shufa.txt': [],
  // structure round 18 (was: shortcomings and duties missing): bold lines: 工作短板 (主要受…影响), 街道党政主要负责人推进法治建设情况
  'c108-subdistrict-bold-work-shortfall.txt': [],
  // structure round 18 (was: shortcomings and duties missing): 主要问题, “一把手”抓法治情况, 2025年重点任务
  'c109-zone-main-problems-yibashou.txt': [],
  // structure round 18: shortcomings as （一）存在的问题 （二）原因分析, the causes subsection with its text
  'c110-city-2022-causes-subsection-with-content.txt': [],
  // structure round 18: causes given (经认真分析，原因主要在于) beside a promise to look further (将继续深入查找问题根源)
  'c111-province-dept-analysis-and-promise.txt': [],
  // structure round 18: 1. 2. 3. items as paragraphs, each with its cause, the last by 究其原因
  'c112-town-items-causes-last-jiuqi.txt': [],
  // structure round 19 (was: shortcomings and plans missing): 第一章…第四章 chapters: 一年来的主要工作及成效, 存在的薄弱环节及原因 (究其原因), 2026年工作思路
  'c113-county-bureau-chapters.txt': [],
  // structure round 19: 一、 with 1.1/1.2 sub-parts (read as body paragraphs), 差距和不足 with 分析原因，…, 下步打算
  'c114-town-decimal-subparts.txt': [],
  // structure round 19, kept silence: Ⅰ.Ⅱ.Ⅲ.Ⅳ. part headings are no 公文 numbering (GB/T 9704: 一、（一）1.（1）) and are read as paragraphs: the shortcomings and plans are reported missing, the others as unheaded. Rare in the genre; a Roman marker kind is left for when a real draft shows one
  'c115-bureau-roman-numerals.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
    '3:1-3:10 part-heading “主要举措和成效”只见于正文段落，没有标题，应单列为一级标题',
    '7:1-7:28 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // structure round 19: measures and shortcomings merged in 主要成效和存在的不足 (根源在于), 街道党工委书记、办事处主任
  'c116-subdistrict-merged-results-shortfalls.txt': [],
  // structure round 19: plans under 工作安排 with no year, the body opening with 2026年; 工作中存在的困难和问题 (之所以出现这些问题，一方面…另一方面…)
  'c118-county-plans-heading-no-year.txt': [],
  // structure round 19: 党组书记、主任 two people (委党组书记, 委主任); 不足之处及原因 (产生上述问题的原因); 下一年度工作打算
  'c119-health-commission-two-leaders.txt': [],
  // structure round 19: a fifth part 上年度问题整改情况 after the plans; 存在的短板及成因分析; 2026年工作思路和举措
  'c120-bureau-other-rectification.txt': [],
  // structure round 19: a cover letter (关于报送…的报告, 主送机关, its own sign-off and date) before the report; 仍存在的问题及其原因, 下步工作措施
  'c121-bureau-cover-letter.txt': [],
  // structure round 19: 2025年法治政府建设工作推进情况, 工作中的不足 (根源在于), 主要负责同志履职尽责情况, 明年工作安排, 其他有关情况 “无。”
  'c122-county-bureau-responsible-comrades.txt': [],
  // structure round 19: 工作亮点与特色, 不足之处及原因 (既有…客观因素，也有…主观原因), 落实法治建设第一责任人制度情况
  'c123-subdistrict-highlights-one-side.txt': [],
  // structure round 19: Markdown: 重点工作完成情况, 工作中存在的困难和问题 (究其根源), 区委书记、区长, 2026年重点工作安排
  'c124-district-markdown-difficulties.md': [],
  // structure round 19: Word export with tabs: 本年度推进法治政府建设的主要举措, 仍存在的问题及其原因, 局党组书记 and 局长 two people
  'c125-forestry-word-tabs-two-people.txt': [],
  // structure round 19 (was: shortcomings missing): bold lines: 取得的主要成绩, 存在的突出问题, 主要负责人履职情况, 今后工作重点
  'c126-county-bold-lines.txt': [],
  // structure round 19: a 2023 report: 对照要求还存在的差距 (客观上…主观上…), 2024年工作思路和举措, 其他需要说明的事项 “无。”
  'c127-township-2023-objective-subjective.txt': [],
  // structure round 19: 党工委、管委会主要负责人 in the heading, both named in the body; 原因是多方面的，主要是…; 下一步工作举措
  'c128-zone-named-leaders-measures.txt': [],
  // structure round 19: duties before a merged last part 存在的问题和下一步工作打算
  'c129-bureau-problems-and-plans-merged.txt': [],
  // structure round 19: a vertically managed 气象局: 工作开展情况, 存在的不足 (主要是由于), 局长履行…职责情况 naming the one 党组书记、局长
  'c130-meteorology-vertical.txt': [],
  // structure round 19: 2025年法治政府建设工作推进情况, 工作中的不足, 明年工作安排, 其他需要报告的事项 “无。”
  'c131-subdistrict-progress-other-nil.txt': [],
  // structure round 19: 问题与不足及原因分析 with 原因有以下几个方面：一是…; 2026年推进法治政府建设的主要安排
  'c132-province-dept-causes-several.txt': [],
  // the plans part left out of a township's report
  'm01-township-no-plans.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // a bureau's report without its shortcomings part
  'm02-bureau-no-shortcomings.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // the duties part written first (part-order is off in recommended: provinces such as 广东 put it first; strict below)
  'm03-bureau-duties-first.txt': [],
  // 一、二、四、 — a commission's top level skips 三、
  'm04-commission-top-level-skip.txt': [
    '7:1-7:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”',
  ],
  // （二） written twice in a subdistrict's measures
  'm05-subdistrict-repeated-subsection.txt': [
    '6:1-6:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”',
  ],
  // 1．2．4． under （一）
  'm06-market-bureau-arabic-skip.txt': [
    '7:1-7:3 heading-numbering 标题序号跳号：此处应为“3．”，文中为“4．”',
  ],
  // 一、 then 2、3、4、: the part headings are numbered as if they were 1、 items. Reported at 2、 (not from 1、) and at each nested part,
  // “4、2025年工作安排” included: a year right after 4、 does not keep it from being a heading, so the plans are not missing
  'm07-town-mixed-top-level.txt': [
    '5:1-5:3 heading-numbering 同级标题序号应从“1、”开始，文中为“2、”',
    '5:1-5:3 heading-numbering 标题序号“2、”写法不规范，应写作“2.”',
    '5:1-5:11 part-heading “存在的不足和原因”嵌套在“一、主要举措和成效”之下，应单列为一级标题',
    '7:1-7:3 heading-numbering 标题序号“3、”写法不规范，应写作“3.”',
    '7:1-7:27 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”嵌套在“一、主要举措和成效”之下，应单列为一级标题',
    '9:1-9:3 heading-numbering 标题序号“4、”写法不规范，应写作“4.”',
    '9:1-9:12 part-heading “下一年度主要安排”嵌套在“一、主要举措和成效”之下，应单列为一级标题',
  ],
  // （一） directly under the title, then 二、 (the top level starting at （一）)
  'm08-province-dept-subsection-first.txt': [
    '6:1-6:3 heading-numbering 标题层次倒置：“二、”的层级高于前面的“（一）”，不应排在其后（层次序数依次为“一、”“（一）”“1.”“（1）”）',
    '6:1-6:3 heading-numbering 同级标题序号应从“一、”开始，文中为“二、”',
  ],
  // 1. before （一） under the same heading
  'm09-justice-bureau-inverted-levels.txt': [
    '5:1-5:4 heading-numbering 标题层次倒置：“（一）”的层级高于前面的“1.”，不应排在其后（层次序数依次为“一、”“（一）”“1.”“（1）”）',
  ],
  // a township's duties part names only its 镇长
  'm10-town-head-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（镇长）的履职情况，未写党委主要负责人：请补写镇党委书记履行推进法治建设第一责任人职责的情况',
  ],
  // a subdistrict's names only its 党工委书记; the finding asks for its 街道办事处主任
  'm11-subdistrict-secretary-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写街道办事处主任履行推进法治建设第一责任人职责的情况',
  ],
  // a bureau's names only its 局长; asks for its 局党组（党委）书记
  'm12-bureau-director-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了行政主要负责人（局长）的履职情况，未写党组（党委）主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况',
  ],
  // a bureau's names only its 党组书记; asks for its 局长
  'm13-bureau-secretary-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党组（党委）主要负责人（党组书记）的履职情况，未写行政主要负责人：请补写局长履行推进法治建设第一责任人职责的情况',
  ],
  // kept silent: a township's duties part names only the 县委书记、县长. They are not the township's leaders (they name nobody in its report), and a part that names nobody speaks through its heading; a copied county sentence cannot be told from a county leader's visit
  'm14-township-county-leaders.txt': [],
  // the shortcomings heading followed directly by the next part
  'm15-zone-empty-shortcomings.txt': [
    '5:1-5:11 empty-part “存在的不足和原因”标题下没有内容',
  ],
  // the duties part left as “（略）”
  'm16-statistics-bureau-duties-omitted.txt': [
    '7:1-7:27 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下只有占位文字“略”，应写明实际情况',
  ],
  // a plans part of one sentence of intentions
  'm17-township-slogan-plans.txt': [
    '9:1-9:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // dated in November of the report year
  'm18-province-dept-dated-early.txt': [
    '13:1-13:12 publish-date 成文日期早于2024年12月1日，2024年度尚未结束：应在2024年12月1日至2025年3月31日之间成文，文中为2024年11月15日',
  ],
  // dated after March 31
  'm19-tax-bureau-dated-late.txt': [
    '13:1-13:11 publish-date 成文日期晚于次年3月31日的公开期限：2024年度报告应在2025年3月31日前成文公开，文中为2025年4月12日',
  ],
  // 成文日期 written 2025.2.20
  'm20-emergency-bureau-dotted-date.txt': [
    '13:1-13:10 date-format 成文日期应以“年”“月”“日”标注：应为“2025年2月20日”，文中为“2025.2.20”',
  ],
  // 成文日期 in Chinese numerals
  'm21-eco-bureau-chinese-date.txt': [
    '13:1-13:11 date-format 成文日期应使用阿拉伯数字：应为“2025年2月20日”，文中为“二〇二五年二月二十日”',
  ],
  // 第一、第二、第四 in the plans
  'm22-housing-bureau-di-skip.txt': [
    '10:25-10:27 enumeration-sequence 列举序号跳号：此处应为“第三”，文中为“第四”',
  ],
  // “问题整改情况” in the place of the shortcomings: rectification is not the shortcomings part
  'm23-town-rectification-not-shortcomings.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // （一）（三）（四） in the plans
  'm24-civil-affairs-plans-skip.txt': [
    '11:1-11:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”',
  ],
  // the plans only as one unheaded 下一步 sentence
  'm25-subdistrict-plans-one-sentence.txt': [
    '9:1-9:39 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题',
    '9:1-9:39 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // 二、 repeated in a Word export (marker, tab, title): a slip for 三、, the 四、 after it going on from that
  'm26-forestry-word-tabs-repeat.txt': [
    '7:1-7:3 heading-numbering 标题序号重复：“二、”与上一个同级标题相同，此处应为“三、”',
  ],
  // a zone's duties part names only its 管委会主任
  'm27-zone-director-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（管委会主任）的履职情况，未写党委主要负责人：请补写党工委书记履行推进法治建设第一责任人职责的情况',
  ],
  // （1）（3） under 1.
  'm28-agriculture-bureau-sub-subsection-skip.txt': [
    '7:1-7:4 heading-numbering 标题序号跳号：此处应为“（2）”，文中为“（3）”',
  ],
  // the shortcomings written last (strict below)
  'm29-audit-bureau-shortcomings-last.txt': [],
  // a loose duties heading “领导带头情况” is not the duties part: required-part asks for it
  'm30-town-loose-duties-heading.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // a zone's duties part names only its 党工委书记; asks for its 管委会主任
  'm31-zone-secretary-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写管委会主任履行推进法治建设第一责任人职责的情况',
  ],
  // the closing date keeps the report year
  'm32-culture-bureau-stale-year.txt': [
    '13:1-13:11 publish-date 成文日期不在2024年12月1日至2025年3月31日之间，文中为2024年2月26日，是否应为2025年2月26日？',
  ],
  // shortcomings and plans merged in one heading, no plan written (strict: also after the duties; round 27: was 1 measure, the shortcomings' sentence)
  'm33-subdistrict-merged-part-no-plans.txt': [
    '7:1-7:16 plan-specificity “下一年度主要安排”与“存在的不足和原因”写在同一标题下，分不出至少3项下一年度的具体措施：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // 成文日期 with leading zeros
  'm34-province-dept-zero-padded-date.txt': [
    '13:1-13:12 date-format 成文日期的月、日不编虚位：应为“2025年2月8日”，文中为“2025年02月08日”',
  ],
  // 一是、三是 in the shortcomings
  'm35-town-shi-skip.txt': [
    '6:26-6:28 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”',
  ],
  // a district bureau's duties part names its 局长 and, as convener, the 区委书记: the bureau's own secretary is missing
  'm36-district-bureau-district-secretary.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了行政主要负责人（局长）的履职情况，未写党组（党委）主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况',
  ],
  // a town's names its 镇长 and the visiting 县委书记: the town's own secretary is missing
  'm37-town-county-secretary-visit.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（镇长）的履职情况，未写党委主要负责人：请补写镇党委书记履行推进法治建设第一责任人职责的情况',
  ],
  // red team: a customs house's 关长 only (asks for the 关党委书记; the 市委书记 who convened is not the body's)
  'm38-customs-only-guanzhang.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了行政主要负责人（关长）的履职情况，未写党委主要负责人：请补写关党委书记履行推进法治建设第一责任人职责的情况',
  ],
  // red team: the opening names last year (现将我局2023年……报告如下) in a 2024 report
  'm39-bureau-opening-last-year.txt': [
    '2:19-2:24 year-consistency 开头写的是2023年度的情况，标题中为2024年度：请统一报告年度',
  ],
  // red team: a 街道's 办事处主任 and the visiting 区委书记, no 党工委书记
  'm40-subdistrict-district-secretary-and-director.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（办事处主任）的履职情况，未写党委主要负责人：请补写街道党工委书记履行推进法治建设第一责任人职责的情况',
  ],
  // red team: 【略】 under the duties (was missed: only parentheses were trimmed)
  'm41-township-duties-bracket-lue.txt': [
    '7:1-7:27 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下只有占位文字“略”，应写明实际情况',
  ],
  // red team: a zone's closing date 2025年2月30日
  'm42-zone-closing-february-30.txt': [
    '13:1-13:11 invalid-date 日期不存在：2025年没有2月30日，2月只有28天',
  ],
  // the plans written as the last subsection of the measures, “（三）明年工作思路”: reported as nested, not as missing
  'm43-town-plans-nested-next-year.txt': [
    '6:1-6:10 part-heading “下一年度主要安排”嵌套在“一、主要举措和成效”之下，应单列为一级标题',
  ],
  // no plans part; measures subsections that name next year (编制2025年执法检查计划, 1.下一步将加强…) are not it
  'm44-bureau-no-plans-next-year-subheadings.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // Markdown: the plans as “### （三）2025年重点任务” under “## 一、主要举措和成效”
  'm45-commission-markdown-plans-subsection.md': [
    '15:5-15:17 part-heading “下一年度主要安排”嵌套在“一、主要举措和成效”之下，应单列为一级标题',
  ],
  // the combined part's shortcomings without causes; the plans below them name one (导致) and are not the
  // shortcomings: they start at “下一步，我局将……” (strict: after the duties)
  'm46-county-bureau-combined-causes-only-in-plans.txt': [
    '7:1-7:14 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // the combined part's plans are one sentence after the shortcomings' 一是……三是, in the same paragraph
  // (strict: after the duties)
  'm47-town-combined-plans-one-sentence.txt': [
    '7:1-7:16 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // stress round: XX县 left in the title, the opening and the signature
  'm48-county-xx-title-signature.txt': [
    '1:1-1:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容',
    '2:7-2:9 placeholder-text 模板占位符“XX”未替换，应填写实际内容',
    '12:1-12:3 placeholder-text 模板占位符“XX”未替换，应填写实际内容',
  ],
  // stress round: ××局 in the opening, XXX同志 in the duties
  'm49-bureau-crosses-and-xxx-comrade.txt': [
    '2:7-2:9 placeholder-text 模板占位符“××”未替换，应填写实际内容',
    '8:9-8:12 placeholder-text 模板占位符“XXX”未替换，应填写实际内容',
  ],
  // stress round: 【此处填写1至2个典型案例】 left as a subsection’s text
  'm50-town-fill-in-case.txt': [
    '5:9-5:23 placeholder-text 编写说明“【此处填写1至2个典型案例】”未删除，应按说明补全内容后删去',
  ],
  // stress round: （请根据本单位实际情况填写） under a part heading
  'm51-bureau-fill-per-actual.txt': [
    '4:1-4:15 placeholder-text 编写说明“（请根据本单位实际情况填写）”未删除，应按说明补全内容后删去',
  ],
  // stress round: a template’s length limits after the headings, （不超过3000字） (was missed: only 字数/篇幅… was read)
  'm52-bureau-word-limit.txt': [
    '3:10-3:20 placeholder-text 编写说明“（不超过3000字）”未删除，应按说明补全内容后删去',
    '5:11-5:20 placeholder-text 编写说明“（不超过500字）”未删除，应按说明补全内容后删去',
  ],
  // stress round: a “注：” line telling the drafter what to do (was missed: only bracketed notes were read)
  'm53-township-note-line.txt': [
    '11:1-11:26 placeholder-text 编写说明“注：请各乡镇结合实际修改完善，正式报送时…”未删除，应按说明补全内容后删去',
  ],
  // stress round: a 填报说明： line under the title
  'm54-bureau-filling-instructions.txt': [
    '2:1-2:6 placeholder-text 编写说明“填报说明：”未删除，应按说明补全内容后删去',
  ],
  // stress round: a subsection left as “（二）……” (was missed: …… was read as a blank only before a unit)
  'm55-town-empty-subheading.txt': [
    '5:4-5:6 placeholder-text 模板占位符“……”未替换，应填写实际内容',
  ],
  // stress round: 20XX年 in the plans heading, X月X日 in the closing date
  'm56-bureau-20xx-year-and-date.txt': [
    '9:3-9:8 placeholder-text 模板占位符“20XX年”未替换，应填写实际内容',
    '13:6-13:10 placeholder-text 模板占位符“X月X日”未替换，应填写实际内容',
  ],
  // stress round: ___ blanks for the counts
  'm57-subdistrict-underscore-blanks.txt': [
    '4:17-4:20 placeholder-text 模板占位符“___”未替换，应填写实际内容',
    '4:26-4:29 placeholder-text 模板占位符“___”未替换，应填写实际内容',
  ],
  // stress round: （单位名称） for the signature. Its （盖章） is kept silent: the text of a sealed copy marks the seal that way (unseen draft 131)
  'm58-bureau-unit-name-seal.txt': [
    '12:1-12:7 placeholder-text 编写说明“（单位名称）”未删除，应按说明补全内容后删去',
  ],
  // stress round: a template heading “（二）xxxxxx”
  'm59-commission-template-headings.txt': [
    '5:4-5:10 placeholder-text 模板占位符“xxxxxx”未替换，应填写实际内容',
  ],
  // stress round: 1. 2. 2. under （一）
  'm60-bureau-arabic-repeat.txt': [
    '7:1-7:3 heading-numbering 标题序号重复：“2.”与上一个同级标题相同，此处应为“3.”',
  ],
  // stress round: （1）（2）（4） under 1.
  'm61-county-paren-arabic-skip.txt': [
    '8:1-8:4 heading-numbering 标题序号跳号：此处应为“（3）”，文中为“（4）”',
  ],
  // stress round: 一是；二是；四是 in the plans
  'm62-town-shi-gap-plans.txt': [
    '10:21-10:23 enumeration-sequence 列举序号跳号：此处应为“三是”，文中为“四是”',
  ],
  // stress round: “第一部分” then 二、三、四、: the parts read as nested under 第一部分, as m07’s 一、 then 2、3、4、 (one mistake, five findings)
  'm63-bureau-mixed-part-numbering.txt': [
    '5:1-5:3 heading-numbering 标题层次倒置：“二、”的层级高于前面的“（一）”，不应排在其后（层次序数依次为“一、”“（一）”“1.”“（1）”）',
    '5:1-5:3 heading-numbering 同级标题序号应从“一、”开始，文中为“二、”',
    '5:1-5:11 part-heading “存在的不足和原因”嵌套在“第一部分 主要举措和成效”之下，应单列为一级标题',
    '7:1-7:27 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”嵌套在“第一部分 主要举措和成效”之下，应单列为一级标题',
    '9:1-9:12 part-heading “下一年度主要安排”嵌套在“第一部分 主要举措和成效”之下，应单列为一级标题',
  ],
  // stress round: 一. (一) 1、 — wrong punctuation after the heading numbers
  'm64-town-wrong-marker-punctuation.txt': [
    '3:1-3:3 heading-numbering 标题序号“一.”写法不规范，应写作“一、”',
    '4:1-4:2 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”',
    '4:3-4:4 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”',
    '5:1-5:2 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”',
    '5:3-5:4 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”',
    '6:1-6:3 heading-numbering 标题序号“二.”写法不规范，应写作“二、”',
    '8:1-8:3 heading-numbering 标题序号“三.”写法不规范，应写作“三、”',
    '10:1-10:3 heading-numbering 标题序号“四.”写法不规范，应写作“四、”',
    '11:1-11:3 heading-numbering 标题序号“1、”写法不规范，应写作“1.”',
    '12:1-12:3 heading-numbering 标题序号“2、”写法不规范，应写作“2.”',
    '13:1-13:3 heading-numbering 标题序号“3、”写法不规范，应写作“3.”',
  ],
  // stress round: the measures part left out
  'm65-county-no-measures.txt': [
    '1:1-1:1 required-part 缺少必备部分“主要举措和成效”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // stress round: the shortcomings only as a sentence at the end of the measures
  'm66-bureau-shortcomings-as-sentence.txt': [
    '6:1-6:43 part-heading “存在的不足和原因”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // stress round: the plans heading followed by 特此报告
  'm67-subdistrict-empty-plans.txt': [
    '9:1-9:12 empty-part “下一年度主要安排”标题下没有内容',
    '9:1-9:12 plan-specificity “下一年度主要安排”只分出0项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // stress round: problems as （一）（二）（三） and no cause
  'm68-county-problems-no-causes.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // stress round: a county’s duties name only its 县长
  'm69-county-mayor-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（县长）的履职情况，未写党委主要负责人：请补写县委书记履行推进法治建设第一责任人职责的情况',
  ],
  // stress round: a bureau’s duties name only its 局党组书记
  'm70-bureau-wrong-body-in-duties.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党组（党委）主要负责人（党组书记）的履职情况，未写行政主要负责人：请补写局长履行推进法治建设第一责任人职责的情况',
  ],
  // stress round: ①②④ inside a paragraph
  'm71-town-circled-skip.txt': [
    '4:32-4:33 enumeration-sequence 列举序号跳号：此处应为“③”，文中为“④”',
  ],
  // stress round: （二） twice in a zone’s measures
  'm72-zone-subsection-repeat.txt': [
    '6:1-6:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”',
  ],
  // stress round: Markdown ## 一、二、四、五、
  'm73-bureau-markdown-top-skip.md': [
    '13:4-13:6 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”',
  ],
  // stress round: the plans before the shortcomings (part-order is off in recommended; strict below)
  'm74-county-plans-before-shortcomings.txt': [],
  // stress round, missed: （须分析原因，不得只列问题） after the heading. An instruction in brackets with 须/应 also reads as content (…（应说明理由）), so it is left
  'm75-town-template-note-brackets.txt': [],
  // structure round: no plans part; the shortcomings end on “下一步，我镇将针对上述问题认真加以整改。”, which is no plan
  'm76-town-no-plans-next-step-sentence.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round (was missed): problems as （一）（二）（三）, then “原因分析如下：” and the next part
  'm77-bureau-causes-promised-not-given.txt': [
    '5:1-5:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round: a 街道’s 主要负责人履职情况 names only its 党工委书记 (structure round: its shortcomings’ “…有待提升，主要是…培训不足” was read as no cause)
  'm78-subdistrict-secretary-only-new-heading.txt': [
    '7:1-7:12 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写街道办事处主任履行推进法治建设第一责任人职责的情况',
  ],
  // structure round: a 2022 report whose plans are headed 2022年工作安排
  'm79-county-plans-own-year.txt': [
    '10:3-10:8 year-consistency “下一年度主要安排”应写2023年的安排，标题中为2022年',
  ],
  // structure round: the shortcomings part says only “无。”
  'm80-bureau-shortcomings-nil.txt': [
    '5:1-5:11 empty-part “存在的不足和原因”标题下只有占位文字“无”，应写明实际情况',
  ],
  // structure round: the plans before the duties (part-order is off in recommended; strict below)
  'm81-town-plans-before-duties.txt': [],
  // structure round: the heading 二、存在的不足和原因 pasted twice, the second copy with nothing under it
  'm82-county-bureau-part-heading-twice.txt': [
    '7:1-7:3 heading-numbering 标题序号重复：“二、”与上一个同级标题相同，此处应为“三、”',
    '7:1-7:11 empty-part “存在的不足和原因”标题下没有内容',
  ],
  // structure round: no duties part; a measure says 局主要负责人带队开展督察, which is no report on the duties
  'm83-bureau-no-duties-leader-in-measures.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round (was: shortcomings missing, and “暂无” read under the measures): 短板弱项 with only “暂无。”
  'm84-county-shortcomings-zanwu.txt': [
    '6:1-6:7 empty-part “存在的不足和原因”标题下只有占位文字“暂无”，应写明实际情况',
  ],
  // structure round: a 2024 report whose plans are headed 2026年工作思路
  'm85-subdistrict-plans-two-years-ahead.txt': [
    '9:3-9:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2026年',
  ],
  // structure round: 差距和不足 as 一是…三是, no cause
  'm86-township-gaps-no-causes.txt': [
    '5:1-5:8 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round (was: the part missing; real reports write it so): the duties only as a sentence inside the
  // measures (局党组书记、局长带头履行…第一责任人职责): the part is there, without a heading of its own
  'm87-city-bureau-duties-as-sentence.txt': [
    '4:34-4:77 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // structure round: a zone’s 党工委、管委会主要负责人履职情况 names only 管委会主任刘某某
  'm88-zone-director-only-by-name.txt': [
    '7:1-7:19 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（管委会主任）的履职情况，未写党委主要负责人：请补写党工委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round: no measures part; the opening says 取得了明显成效
  'm89-county-no-measures-achievement-opening.txt': [
    '1:1-1:1 required-part 缺少必备部分“主要举措和成效”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round: 下步打算 of one slogan sentence
  'm90-town-slogan-plans-new-heading.txt': [
    '9:1-9:7 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round: the duties part left as “（待补充）”
  'm91-subdistrict-duties-to-be-added.txt': [
    '7:1-7:27 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下只有占位文字“待补充”，应写明实际情况',
    '8:1-8:6 placeholder-text 编写说明“（待补充）”未删除，应按说明补全内容后删去',
  ],
  // structure round: the plans as “（三）下步打算” under the measures (strict: before the duties)
  'm92-bureau-plans-nested-xiabu.txt': [
    '6:1-6:8 part-heading “下一年度主要安排”嵌套在“一、主要举措和成效”之下，应单列为一级标题',
  ],
  // structure round: a county’s duties name only 县委书记黄某某 (its 县长 is asked for)
  'm93-county-secretary-only-named.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况',
  ],
  // structure round: Markdown, no shortcomings part; the measures say 针对检查中发现的问题和不足
  'm94-bureau-markdown-shortcomings-missing-mention.md': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round: Word export with tabs: 一、二、四、五、
  'm95-town-word-tabs-skip.txt': [
    '8:1-8:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”',
  ],
  // structure round (was: plans missing): the plans as “（三）下一阶段工作重点” under the measures (strict: before the duties)
  'm96-bureau-nested-next-stage.txt': [
    '6:1-6:12 part-heading “下一年度主要安排”嵌套在“一、主要举措和成效”之下，应单列为一级标题',
  ],
  // structure round: “仍存在一些问题，主要是……”: 主要是 lists the problems, it gives no cause
  'm97-county-problems-mainly-list.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round (was missed): the combined part promises causes (主要原因有以下几个方面：) and goes on to the plans (strict: after the duties)
  'm98-subdistrict-merged-part-causes-promised.txt': [
    '7:1-7:14 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round: no heading at all, each part a paragraph opened by its words (一年来, 工作中也存在一些问题, 2025年，我局将).
  // The duties paragraph opens with the leaders' titles (局党组书记、局长带头履行……第一责任人职责): was reported missing
  'm99-bureau-parts-as-paragraphs.txt': [
    '3:1-3:49 part-heading “主要举措和成效”只见于正文段落，没有标题，应单列为一级标题',
    '4:1-4:25 part-heading “存在的不足和原因”只见于正文段落，没有标题，应单列为一级标题',
    '5:1-5:44 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”只见于正文段落，没有标题，应单列为一级标题',
    '6:1-6:49 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // structure round, kept silent: a 2024 report’s plans open “2026年，我局将重点做好以下工作”. A year after the next in
  // the plans may be a period’s target (到2026年, 2026年底前建成), and year-consistency reads a plan sentence only for a year
  // already over or under way; the heading (下一步工作安排) names no year to hold it to
  'm100-bureau-plans-year-after-next-sentence.txt': [],
  // structure round 18: no plans part; the duties say the secretary 安排部署下一年度法治建设重点工作
  'm101-township-no-plans-duties-mention-next-year.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 18 (was missed): 问题与不足 with （一）存在的问题 and an empty （二）原因分析 before the next part
  'm102-subdistrict-cause-subheading-empty.txt': [
    '5:1-5:8 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 18: Markdown: 存在的薄弱环节 ends on “究其原因：” and the next part
  'm103-bureau-jiuqi-colon-nothing.md': [
    '9:4-9:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 18: the heading 党委书记、镇长履职情况 names both, the text only the 镇党委书记
  'm104-town-heading-both-body-secretary-only.txt': [
    '7:1-7:14 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写镇长履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 18: a zone’s 主要负责同志履职尽责情况 names only its 党工委书记
  'm105-zone-responsible-comrades-secretary-only.txt': [
    '7:1-7:15 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写管委会主任履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 18: a county bureau’s 局主要负责人履职情况 names only its 局长
  'm106-county-bureau-head-only-main-responsible.txt': [
    '7:1-7:13 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了行政主要负责人（局长）的履职情况，未写党组（党委）主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 18: a 2024 report whose plans are headed 2024年工作打算
  'm107-township-plans-own-year-dasuan.txt': [
    '9:3-9:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2024年',
  ],
  // structure round 18: a 2023 report whose plans are headed 2023年重点工作. Reported as plans missing: the report’s own year with 重点工作 heads the measures as often (2023年重点工作推进情况), so the heading is no plans part; the report has none for 2024 all the same
  'm108-county-word-tabs-plans-own-year.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 18: the shortcomings before the measures (part-order is off in recommended; strict below)
  'm109-bureau-shortcomings-before-measures.txt': [],
  // structure round 18: Markdown ### （二） twice in the measures
  'm110-subdistrict-markdown-subsection-repeat.md': [
    '15:5-15:8 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”',
  ],
  // structure round 18: （1）（2）（2） under 1.
  'm111-bureau-paren-arabic-repeat.txt': [
    '8:1-8:4 heading-numbering 标题序号重复：“（2）”与上一个同级标题相同，此处应为“（3）”',
  ],
  // structure round 18: 下步打算 “无。”
  'm112-town-plans-nil.txt': [
    '9:1-9:7 empty-part “下一年度主要安排”标题下只有占位文字“无”，应写明实际情况',
    '9:1-9:7 plan-specificity “下一年度主要安排”只分出0项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 18: 局主要负责人履职情况 “暂无。”
  'm113-bureau-duties-zanwu.txt': [
    '7:1-7:13 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下只有占位文字“暂无”，应写明实际情况',
  ],
  // structure round 18 (was missed): the shortcomings say only “本年度暂无。”
  'm114-county-shortcomings-this-year-none.txt': [
    '5:1-5:11 empty-part “存在的不足和原因”标题下只有占位文字“本年度暂无”，应写明实际情况',
  ],
  // structure round 18: no shortcomings part; the plans open 针对执法中暴露出的短板弱项
  'm115-bureau-no-shortcomings-plans-mention.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 18: no duties part; the opening promises 党政主要负责人履行推进法治建设第一责任人职责情况
  'm116-county-no-duties-opening-mentions.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 18: 第一部分, 第二部分, 第四部分
  'm117-province-dept-parts-skip.txt': [
    '7:1-7:5 heading-numbering 标题序号跳号：此处应为“第三部分”，文中为“第四部分”',
  ],
  // structure round 18 (was missed): 存在问题及原因分析 lists problems and ends “我们将认真分析原因，逐项加以整改”: a promise, no cause
  'm118-town-causes-promised-analyze.txt': [
    '5:1-5:12 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 18: Word export with tabs: 主要负责同志履职情况 names only the 办事处主任
  'm119-subdistrict-word-tabs-director-only.txt': [
    '7:1-7:14 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（办事处主任）的履职情况，未写党委主要负责人：请补写街道党工委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 18: 下一步工作打算 opens “2024年，我局将重点做好以下工作” in a 2024 report
  'm120-bureau-plans-heading-sentence-own-year.txt': [
    '10:1-10:6 year-consistency “下一年度主要安排”应写2025年的安排，文中为2024年',
  ],
  // structure round 18 (was: duties missing): 主要负责人述法情况 names only the 管委会主任
  'm121-zone-shufa-director-only.txt': [
    '7:1-7:12 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（管委会主任）的履职情况，未写党委主要负责人：请补写党工委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 18 (was: shortcomings missing): 当前面临的问题 as 一是…三是, no cause
  'm122-county-facing-problems-no-causes.txt': [
    '5:1-5:10 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 18 (was missed): Markdown: the last subsection ### （三）存在问题的原因 with nothing under it
  'm123-subdistrict-markdown-empty-causes-subsection.md': [
    '9:4-9:14 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 18 (was missed): the duties say only “此项暂无。”
  'm124-bureau-duties-this-item-none.txt': [
    '7:1-7:13 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下只有占位文字“此项暂无”，应写明实际情况',
  ],
  // structure round 18 (was: plans missing): 来年打算 of one slogan sentence
  'm125-township-next-year-slogan-plans.txt': [
    '9:1-9:7 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 18 (was: shortcomings, duties and plans missing): no plans part; 当前面临的问题 and 党组书记、局长抓法治建设情况 are the parts, and the duties’ 对来年法治建设工作提出明确要求 is no plan
  'm126-bureau-no-plans-duties-come-year.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 18 (was: duties and plans missing, the shortcomings read as nested): Word export with tabs: 工作短板 with （一）（二）（四）
  'm127-health-bureau-word-tabs-shortfall-skip.txt': [
    '8:1-8:4 heading-numbering 标题序号跳号：此处应为“（三）”，文中为“（四）”',
  ],
  // structure round 19: 差距和不足 listing 一是二是三是 problems with no cause
  'm128-township-gaps-shortfalls-no-causes.txt': [
    '5:1-5:8 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 19: 原因主要有以下几点： and the next part straight after
  'm129-bureau-causes-points-nothing.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 19: 履行法治建设第一责任人职责情况 with only the 街道党工委书记
  'm130-subdistrict-duties-secretary-only.txt': [
    '7:1-7:18 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写街道办事处主任履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 19: 2025年工作思路 in a report on 2025
  'm131-county-plans-own-year-silu.txt': [
    '9:3-9:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年',
  ],
  // structure round 19: 下步打算 before 差距和不足 (part-order is off in recommended; strict below)
  'm132-bureau-plans-before-gaps.txt': [],
  // structure round 19, kept silence: 1.2 written twice; 1.1-style lines are no GB/T 9704 heading marker and are read as body paragraphs, so their numbering is not checked
  'm133-town-decimal-subpart-repeat.txt': [],
  // structure round 19: 差距和不足 “暂无。”
  'm134-county-bureau-gaps-zanwu.txt': [
    '5:1-5:8 empty-part “存在的不足和原因”标题下只有占位文字“暂无”，应写明实际情况',
  ],
  // structure round 19: no plans part; the shortcomings’ 将在下步工作中加以改进 is no plan
  'm135-town-no-plans-shortfall-mentions-next.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 19 (was: shortcomings and plans missing, the skip unseen): 第一章 第二章 第四章
  'm136-county-bureau-chapter-skip.txt': [
    '7:1-7:4 heading-numbering 标题序号跳号：此处应为“第三章”，文中为“第四章”',
  ],
  // structure round 19, kept silence: 1.1 1.2 1.4 — decimal sub-part numbers are read as body paragraphs (see m133)
  'm137-subdistrict-decimal-skip.txt': [],
  // structure round 19: no duties part; the 其他 part’s 新任第一责任人已及时参加法治培训 is no duties part
  'm138-zone-no-duties-other-mentions.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 19: a cover letter before a report without its shortcomings
  'm139-bureau-cover-letter-no-shortcomings.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 19: 主要成效和存在的不足 whose （二）存在的不足 gives no cause
  'm140-bureau-merged-results-no-causes.txt': [
    '5:1-5:9 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 19: heading 党组书记、主任, body only the 委主任
  'm141-commission-director-only-two-titles.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了行政主要负责人（主任）的履职情况，未写党组（党委）主要负责人：请补写委党组（党委）书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 19: Word export with tabs, 二、 written twice
  'm142-bureau-word-tabs-top-repeat.txt': [
    '7:1-7:3 heading-numbering 标题序号重复：“二、”与上一个同级标题相同，此处应为“三、”',
  ],
  // structure round 19: Markdown: 工作安排 with no year, the body opening with the report’s own year
  'm143-district-markdown-plans-own-year-body.md': [
    '19:1-19:6 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年',
  ],
  // structure round 19: no shortcomings part; a 上年度问题整改情况 part is no shortcomings part
  'm144-bureau-no-shortcomings-rectification-part.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 19: plans left as “（略）”
  'm145-town-plans-lue.txt': [
    '9:1-9:10 empty-part “下一年度主要安排”标题下只有占位文字“略”，应写明实际情况',
    '9:1-9:10 plan-specificity “下一年度主要安排”只分出0项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 19: 2026年工作思路 in a report on 2024
  'm146-bureau-2024-plans-two-years-silu.txt': [
    '9:3-9:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2026年',
  ],
  // structure round 19: ①②④ under the measures
  'm147-township-circled-skip.txt': [
    '6:1-6:2 heading-numbering 标题序号跳号：此处应为“③”，文中为“④”',
  ],
  // structure round 19: the duties as the measures’ first subsection （一）党政主要负责人认真履行推进法治建设第一责任人职责 (part-heading asks for a part of its own)
  'm148-bureau-duties-first-subsection.txt': [
    '4:1-4:28 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”嵌套在“一、主要举措和成效”之下，应单列为一级标题',
  ],
  // structure round 21: parts numbered 1. 2. 3. 4. with 1.1/1.2 under the first (read as body paragraphs); 究其原因
  'c133-town-decimal-top-parts.txt': [],
  // structure round 21, kept silence (as c115): Ⅰ、Ⅱ、Ⅲ、Ⅳ、 part headings are no 公文 numbering and are read as paragraphs, so the shortcomings and plans are reported missing, the others as unheaded. No draft of any corpus or real page numbers its parts so; a Roman marker kind would also need heading-numbering to speak Roman
  'c134-bureau-roman-dun.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
    '3:1-3:10 part-heading “主要举措和成效”只见于正文段落，没有标题，应单列为一级标题',
    '7:1-7:27 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // structure round 21 (was: 其他工作情况 read as a measures section, its 无 an empty measures part): 其他工作情况 “无。” is the other matters
  'c135-township-other-work-nil.txt': [],
  // structure round 21: shortcomings as 问题一：/问题二： paragraphs, each with 原因：
  'c136-bureau-problem-labels-with-causes.txt': [],
  // structure round 21: a 2025 report adds a part “十四五”时期法治政府建设总结 before its 2026年工作安排
  'c137-county-2025-fourteenth-plan-summary.txt': [],
  // structure round 21: plans headed 2026年暨“十五五”开局工作打算 in a 2025 report
  'c138-subdistrict-2026-fifteenth-start.txt': [],
  // structure round 21 (was: shortcomings and duties missing, 其他需要汇报的事项’s 无 an empty measures part): 存在的一些问题, 党政主要负责人履责情况, 其他需要汇报的事项 “无。”
  'c139-county-some-problems-lvze.txt': [],
  // structure round 21 (was: every part but the shortcomings empty): headings that run on after a colon into their first sentence (一、主要举措和成效：全年……)
  'c140-bureau-colon-run-in-headings.txt': [],
  // structure round 21 (was: the contents’ lines read as empty parts, the opening as a plan for 2025): a 目录 without page numbers before the text
  'c141-county-table-of-contents.txt': [],
  // structure round 21 (was: duties and plans missing, the others unheaded): unnumbered headings in 【】 (【主要举措】【存在不足及原因】【党工委书记、管委会主任履职情况】【2026年工作打算】)
  'c142-zone-bracket-headings.txt': [],
  // structure round 21: problems as （一）（二）（三）, then one paragraph of causes for all (上述问题的产生，既有…客观因素，也有…主观原因)
  'c143-township-shared-causes-paragraph.txt': [],
  // structure round 21: 法治政府建设推进情况, 存在的薄弱环节和原因 (从客观上讲…从主观上讲…), 县委书记、县长 in the duties heading, 其他需要报告的事项 “无其他需要报告的事项。”
  'c144-county-work-progress-weak-links.txt': [],
  // structure round 21: Markdown: 主要工作开展和成效情况, 工作中存在的不足和原因 (之所以…是因为), 党工委书记、主任履职情况, 新一年工作打算
  'c145-subdistrict-markdown-new-year.md': [],
  // structure round 21: Word export with tabs: 创新举措及成效, 短板不足及原因, 党工委书记、管委会主任履行第一责任人职责情况, 下年度工作计划
  'c146-zone-innovation-word-tabs.txt': [],
  // structure round 21: 主要措施及成效, 存在的差距和不足及原因 (深层次原因是), 局党组书记、局长落实法治建设第一责任人职责情况, 下一年度工作思路, 其他需要说明的事项 with content
  'c147-bureau-gaps-deep-causes-other.txt': [],
  // structure round 21: a tax bureau’s 主要工作完成情况, 存在的问题与原因分析 (原因主要有：), 局党委书记、局长履职情况, 2026年工作要点
  'c148-tax-branch-problems-analysis-several.txt': [],
  // structure round 21, kept finding (judged true): 薄弱环节及原因 whose only explanation is 一方面…另一方面… without a word of cause; drafters list problems so as often as causes, and the rule asks for a word that says cause. 2025年法治政府建设主要成效, 厅党组书记、厅长履行第一责任人职责情况, 2026年主要任务 are read
  'c149-province-dept-main-tasks.txt': [
    '5:1-5:10 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 21: bold **…** lines: 主要成绩, 存在不足 (原因在于), 党委书记、乡长履职情况, 下步工作
  'c150-township-bold-lines.txt': [],
  // structure round 21: the duties headed by the leader’s name (王某某同志履行推进法治建设第一责任人职责情况); 存在的不足及其原因
  'c151-bureau-leader-by-name-heading.txt': [],
  // structure round 21 (was: 其它需要报告的事项 read as a measures section, its 无 an empty measures part): 其它 for 其他; 尚存在的不足 (主要归因于)
  'c152-town-other-matters-ta.txt': [],
  // structure round 21: a city’s 法治政府建设工作开展及成效, 问题表现及原因, 市委书记、市长 in the duties heading, 明年工作思路
  'c153-city-problem-manifestation.txt': [],
  // structure round 21 (was: shortcomings missing): Markdown: 工作亮点, 存在的弱项, 下一步工作打算, 补充说明 with content
  'c154-subdistrict-weak-items-markdown.md': [],
  // structure round 21 (was: shortcomings and duties missing, 其他事宜’s 无 an empty measures part): Word export with tabs: 短板问题 (究其原因), 局党组书记、局长履责情况, 其他事宜 “无。”
  'c155-agriculture-bureau-shortfall-problems-word-tabs.txt': [],
  // structure round 21 (was missed): a circled list announced by a colon starts at ② (以下工作：②……；③……；④……)
  'm149-town-circled-from-two.txt': [
    '4:28-4:29 enumeration-sequence 列举缺少开头：应从“①”开始，文中第一项为“②”',
  ],
  // structure round 21: shortcomings as 问题一：/问题二：/问题三： paragraphs with no cause
  'm150-bureau-problem-labels-no-causes.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 21: the duties part last, after the plans (part-order is off in recommended; strict below)
  'm151-county-duties-last.txt': [],
  // structure round 21: no shortcomings part; a “十四五”时期法治建设回顾 part mentions 存在的不足 in passing
  'm152-zone-fourteenth-summary-no-shortcomings.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 21: 存在的问题及原因剖析 lists problems and ends “经剖析，原因如下：” before the next part
  'm153-subdistrict-causes-as-follows-nothing.txt': [
    '5:1-5:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 21: the duties name only the 乡党委书记、乡人大主席团主席 (the 人大 office is no government head: the 乡长 is asked for)
  'm154-township-secretary-and-npc-chair.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写乡长履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 21: a 2025 report whose plans are headed 2025年暨“十五五”谋篇布局工作打算
  'm155-county-plans-own-year-fifteenth.txt': [
    '9:3-9:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年',
  ],
  // structure round 21: Markdown, the duties first (part-order is off in recommended; strict below)
  'm156-bureau-measures-after-duties-markdown.md': [],
  // structure round 21: （一）（二）（二） in the measures
  'm157-subdistrict-bold-subsection-repeat.txt': [
    '6:1-6:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”',
  ],
  // structure round 21: the duties say only “无。”
  'm158-township-duties-nil.txt': [
    '7:1-7:27 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下只有占位文字“无”，应写明实际情况',
  ],
  // structure round 21 (was: the contents’ lines read as empty parts, the shortcomings found there): a 目录 lists 二、存在的不足和原因, the text leaves the part out
  'm159-county-toc-lists-missing-part.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 21 (was: duties missing too, the others unheaded): unnumbered 【】 headings, no plans part; the duties’ 对下一年度法治工作作出部署 is no plan
  'm160-zone-bracket-no-plans.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 21 (was: the parts also read as empty): headings run on after a colon, no duties part; the measures’ 局主要负责人带头参加执法案卷评查 is no duties part
  'm161-bureau-colon-run-in-no-duties.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 21: problems as （一）（二）（三）, then one shared paragraph that promises to solve them and gives no cause
  'm162-county-problems-shared-paragraph-no-cause.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 21 (was: measures and duties missing): a 乡镇 report without headings or opening, from its title to 一年来…; 但也存在… gives no cause; the duties paragraph closes with 履行了推进法治建设第一责任人职责
  'm163-town-no-headings-problems-no-cause.txt': [
    '2:1-2:54 part-heading “主要举措和成效”只见于正文段落，没有标题，应单列为一级标题',
    '3:1-3:37 part-heading “存在的不足和原因”只见于正文段落，没有标题，应单列为一级标题',
    '3:1-3:37 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
    '4:1-4:54 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”只见于正文段落，没有标题，应单列为一级标题',
    '5:1-5:56 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // structure round 21: 工作开展情况, 存在问题, 下一步打算 and no duties anywhere
  'm164-bureau-three-heads-no-duties.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 21: a 2024 report whose plans are headed 2026年暨“十五五”开局工作打算
  'm165-county-2024-plans-fifteenth-start.txt': [
    '9:3-9:8 year-consistency “下一年度主要安排”应写2025年的安排，标题中为2026年',
  ],
  // structure round 21: parts numbered 1. 2. 4. 5.
  'm166-town-decimal-top-skip.txt': [
    '7:1-7:3 heading-numbering 标题序号跳号：此处应为“3.”，文中为“4.”',
  ],
  // structure round 21: the shortcomings say only “（无）”
  'm167-bureau-shortcomings-in-brackets-nil.txt': [
    '5:1-5:11 empty-part “存在的不足和原因”标题下只有占位文字“无”，应写明实际情况',
  ],
  // structure round 21: （一）存在的不足 and （一）原因分析 under the shortcomings
  'm168-subdistrict-causes-subsection-repeat.txt': [
    '7:1-7:4 heading-numbering 标题序号重复：“（一）”与上一个同级标题相同，此处应为“（二）”',
  ],
  // structure round 21: no shortcomings part; the plans open 针对执法力量薄弱……等差距和不足
  'm169-township-no-shortcomings-plans-say-gaps.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 21: a city’s duties name only the 市长
  'm170-city-duties-mayor-only-name.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（市长）的履职情况，未写党委主要负责人：请补写市委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 21: 工作开展情况, 存在问题, 下一步打算, the duties as （三） under 一、 (part-heading asks for a part of its own; strict part-order reads the nested duties before the shortcomings)
  'm171-bureau-three-heads-duties-nested.txt': [
    '6:1-6:28 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”嵌套在“一、工作开展情况”之下，应单列为一级标题',
  ],
  // structure round 21 (was: shortcomings missing): 存在的一些问题 as 一是…三是 with no cause
  'm172-town-some-problems-no-cause.txt': [
    '5:1-5:10 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 21 (was: duties missing): 党政主要负责人履责情况 names only the 镇长
  'm173-town-lvze-head-only.txt': [
    '7:1-7:14 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（镇长）的履职情况，未写党委主要负责人：请补写镇党委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 21 (was: plans missing, the parts unheaded): numberless 【】 headings, 【存在的不足和原因】 “暂无。”
  'm174-zone-bracket-shortcomings-zanwu.txt': [
    '5:2-5:10 empty-part “存在的不足和原因”标题下只有占位文字“暂无”，应写明实际情况',
  ],
  // structure round 21 (was: plans missing, the parts empty): a 2025 report’s run-in heading 四、2025年工作安排：一是……
  'm175-bureau-colon-plans-own-year.txt': [
    '6:3-6:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年',
  ],
  // structure round 22: a report on 2026 (十五五 opening year): a “十四五”时期法治政府建设总结 part between the measures and 存在的薄弱环节及原因 (究其根源), plans headed 2027年工作打算
  'c156-county-2026-fourteenth-review-plans-2027.txt': [],
  // structure round 22: the measures in two halves (上半年/下半年法治政府建设工作开展情况), 工作中的不足及原因分析
  'c157-town-two-halves.txt': [],
  // structure round 22: the shortcomings as a 1. 2. 3. list, their causes in one paragraph after it (上述问题的产生，主要是由于……)
  'c158-subdistrict-problems-list-causes-after.txt': [],
  // structure round 22: Markdown: the duties as a table (姓名｜职务｜履职情况), one row per leader
  'c159-bureau-duties-table.md': [],
  // structure round 22: Markdown: bold heading lines numbered with full-width digits (**１．主要做法及成效**), 存在的差距和不足及原因
  'c160-county-bold-fullwidth-digits.md': [],
  // structure round 22: an 附件：2027年工作任务清单 after the signature and date, repeating the plans’ year
  'c161-zone-annex-task-list.txt': [],
  // structure round 22: a cover note (关于报送……的报告, 县人民政府：, 现将……报告如下) before the report’s own title
  'c162-bureau-cover-note.txt': [],
  // structure round 22: a heading-less opening that names every part’s keyword, then the parts 一、 to 四、
  'c163-town-opening-mentions-all-parts.txt': [],
  // structure round 22: a vertically managed tax bureau: 法治税务建设主要举措和成效, 存在的薄弱环节及原因 (分析其原因), 党委书记、局长, 下一步工作思路
  'c164-tax-bureau-weak-links.txt': [],
  // structure round 22: a province department: 推进法治政府建设的主要做法及成效, 存在的困难和问题及原因 (深层次原因在于), 厅党组书记、厅长
  'c165-province-department-difficulties-causes.txt': [],
  // structure round 22: a city: 一年来的工作及成效, 差距与不足 (客观上……主观上……), 市委、市政府主要负责人, 2026年重点工作
  'c166-city-gaps-objective-subjective.txt': [],
  // structure round 22: Word export with tabs: 重点工作推进情况, 不足之处及原因 (之所以……是因为), 主要负责同志, 新一年工作打算
  'c167-health-bureau-word-tabs-new-year.txt': [],
  // structure round 22: 工作成效和特色亮点, 工作中存在的短板及原因, 第一责任人职责履行情况 (the leaders named in the text)
  'c168-subdistrict-first-responsible-fulfilment.txt': [],
  // structure round 22: 主要成绩, 当前存在的不足及原因剖析 (原因主要有三方面：一是……), 县委、县政府主要负责人, 下一年度工作谋划
  'c169-county-party-government-leaders-duties.txt': [],
  // structure round 22: (was: causes missing) 存在的突出问题及原因 as 一是/二是, then 归根到底是…… for both; 明年工作重点
  'c170-town-shortcomings-root-cause.txt': [],
  // structure round 22: the measures by quarter as （一）第一季度：…… to （四）第四季度：……
  'c171-subdistrict-quarterly-measures.txt': [],
  // structure round 22: a zone’s report on 2026: 2026年度法治建设工作完成情况, 问题症结及原因, plans headed “十五五”第二年工作打算
  'c172-zone-2026-next-step-fifteenth.txt': [],
  // structure round 22: bold heading lines in plain text (**一、…**): 履行法治政府建设职责的主要做法, 需要改进的地方及原因 (原因有以下几个方面：一是……)
  'c173-bureau-three-causes-bold-lines.txt': [],
  // structure round 22: 全年工作回顾, the leaders named (镇党委书记水某某, 镇长窦某某), 下步打算
  'c174-town-leaders-by-name-xiabu.txt': [],
  // structure round 22: one person both leaders (局党委书记、局长), a fifth part 其他有关情况 with content
  'c175-bureau-other-relevant-situation.txt': [],
  // structure round 22: a report on 2026 whose plans are headed 2026年工作打算
  'm176-county-2026-plans-own-year.txt': [
    '9:3-9:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年',
  ],
  // structure round 22: the measures in two halves, no shortcomings part; the second half opens 针对上半年查找出的不足
  'm177-town-two-halves-no-shortcomings.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 22: (was missed) problems as a 1. 2. 3. list, then 上述问题的具体原因有待进一步梳理。
  'm178-bureau-problems-list-causes-pending.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 22: Markdown: the duties table has one row, the 街道党工委书记
  'm179-subdistrict-duties-table-secretary-only.md': [
    '13:4-13:30 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写街道办事处主任履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 22: Markdown: bold full-width-digit headings １．２．４．５．
  'm180-bureau-bold-fullwidth-skip.md': [
    '13:3-13:5 heading-numbering 标题序号跳号：此处应为“３．”，文中为“４．”',
  ],
  // structure round 22: no plans part in the report; an 附件：2027年工作任务清单 after the signature lists tasks (an annex is no part of the report)
  'm181-zone-plans-only-in-annex.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 22: a cover note that says the duties are reported (现将……以及党政主要负责人履行……情况报告如下), the report has no duties part
  'm182-bureau-cover-note-no-duties.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 22: the plans part only promises plans (工作计划将……另行制定)
  'm183-town-plans-promise-only.txt': [
    '9:1-9:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 22: the shortcomings part holds only praise (成效明显，但仍需继续努力)
  'm184-bureau-shortcomings-praise-only.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 22: the opening names 存在的不足和原因 among the parts, the parts leave it out
  'm185-county-opening-mentions-all-no-shortcomings.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 22: Word export with tabs: 一、二、二、三、
  'm186-bureau-word-tabs-top-repeat.txt': [
    '7:1-7:3 heading-numbering 标题序号重复：“二、”与上一个同级标题相同，此处应为“三、”',
  ],
  // structure round 22: the plans say only 暂无。
  'm187-township-plans-zanwu.txt': [
    '9:1-9:12 empty-part “下一年度主要安排”标题下只有占位文字“暂无”，应写明实际情况',
    '9:1-9:12 plan-specificity “下一年度主要安排”只分出0项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 22: a tax bureau’s duties name only the 局长
  'm188-tax-bureau-director-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了行政主要负责人（局长）的履职情况，未写党组（党委）主要负责人：请补写局党组（党委）书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 22: problems as （一）（二）（三）, then 产生上述问题的原因主要有以下几个方面： and the next part
  'm189-city-causes-aspects-nothing.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 22: a report on 2026 whose plans are headed “十五五”开局之年工作安排 (2026, its own year)
  'm190-town-2026-plans-opening-year.txt': [
    '9:3-9:12 year-consistency “下一年度主要安排”应写2027年的安排，标题中的“十五五”开局之年是2026年',
  ],
  // structure round 22: no measures part; the opening says 法治政府建设取得明显成效
  'm191-bureau-no-measures-opening-results.txt': [
    '1:1-1:1 required-part 缺少必备部分“主要举措和成效”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 22: a zone’s duties name only the 管委会主任, by name
  'm192-zone-director-only-by-name.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（管委会主任）的履职情况，未写党委主要负责人：请补写党工委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 22: Markdown: bold full-width-digit headings １．２．２．３．
  'm193-county-markdown-fullwidth-repeat.md': [
    '13:3-13:5 heading-numbering 标题序号重复：“２．”与上一个同级标题相同，此处应为“３．”',
  ],
  // structure round 22: the measures in two halves, no plans part
  'm194-subdistrict-two-halves-no-plans.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 23: a town: 2025年法治建设工作开展情况, 工作中存在的薄弱环节及原因 (剖析原因，一是……二是……), 2026年工作计划
  'c176-town-weak-links-dissect.txt': [],
  // structure round 23: a subdistrict: 一年来的主要工作, 问题与不足及原因分析 (究其原因), 街道党工委书记、办事处主任, 下一步工作计划
  'c177-subdistrict-problems-shortfalls-analysis.txt': [],
  // structure round 23: a development zone: 推进法治政府建设的主要举措, 存在的差距及原因 (原因在于), 党工委、管委会主要负责人, 2026年工作思路
  'c178-zone-business-environment-gaps.txt': [],
  // structure round 23: a vertically managed 气象局: 主要工作及成效, 不足和问题 (从主观上看……从客观上看……), one person both leaders, 明年工作打算
  'c179-meteorology-subjective-objective.txt': [],
  // structure round 23: a province department: 工作进展及成效, 存在的问题和原因 (问题产生的原因在于), 厅党组书记/厅长, 2026年工作要点
  'c180-province-progress-cause-lies.txt': [],
  // structure round 23: a county: a fifth part 其他需要报告的事项 answered 本年度无其他需要报告的事项。
  'c181-county-other-matters-none-this-year.txt': [],
  // structure round 23: Word export with tabs after 一、: 工作举措及成效, 存在问题及原因分析 (原因一是……二是……), 分局党组书记、局长, 下一年度工作安排
  'c182-branch-bureau-word-tabs-analysis.txt': [],
  // structure round 23: Markdown ### headings: 亮点工作及成效, 有待提升之处及原因 (究其根源), 下一步工作打算
  'c183-commerce-bureau-markdown-highlights.md': [],
  // structure round 23: a town: 工作推进情况, 存在的不足及成因 (形成原因：一是……), duties headed “关键少数”履行……第一责任人职责情况, 2026年重点工作
  'c184-town-key-minority.txt': [],
  // structure round 23: a county: 工作开展情况及成效, 存在的问题 (造成上述问题的原因，一方面……另一方面……), 2026年工作打算
  'c185-county-on-one-hand-other-hand.txt': [],
  // structure round 23: a subdistrict: 主要成效, 差距不足及原因, the duties in run-in subsections （一）党工委书记履职情况 （二）办事处主任履职情况
  'c186-subdistrict-duties-subsections.txt': [],
  // structure round 23: a city: the parts headed 第一部分 … 第四部分
  'c187-city-part-numbered-bufen.txt': [],
  // structure round 23: a zone: 党工委书记、管委会主任, 下一步工作计划, a fifth part 其它需要报告的事项 (它) with content
  'c188-zone-other-matters-it-variant.txt': [],
  // structure round 23: a customs office: 推进法治海关建设的主要做法和成效, 存在的问题及原因 (问题的根子在于), 党委书记、关长 one person
  'c189-customs-root-of-problem.txt': [],
  // structure round 23: a town: 法治政府建设工作开展情况, 存在的主要问题及原因 (产生问题的原因主要是), 党委书记、镇长 without 镇, 2026年度工作计划
  'c190-town-second-stage-next-year.txt': [],
  // structure round 23: bold heading lines in plain text, the title bold too: 主要措施与成效, 存在的不足与原因 (主要是由于), 2026年工作安排
  'c191-bureau-bold-mainly-due.txt': [],
  // structure round 23: a township: 原因有以下几个方面：一是……；二是……, both leaders in one sentence (分别主持), 其他需要报告的事项 “无。”
  'c192-township-paragraph-parts.txt': [],
  // structure round 23: a health commission: 取得的主要成效, 原因主要有：一是……, 委党组书记/委主任, 下一年度主要任务
  'c193-health-commission-next-year-tasks.txt': [],
  // structure round 23: a province department’s report on 2026 (“十五五”开局之年): 2026年……主要举措和成效, 厅党委书记/厅长, 2027年工作安排, dated 2027
  'c194-province-fifteenth-review-2026.txt': [],
  // structure round 23: (was: causes missing) 一年来工作回顾, 工作中存在的不足 whose cause is 主要受乡镇编制总量和基层法治人才储备制约 (15 characters between 受 and 制约), 今后工作重点
  'c195-county-work-review-constrained.txt': [],
  // structure round 23: 主要工作开展情况, 存在的薄弱环节 (归根结底是……), 主要负责同志切实担负起推进法治建设第一责任人职责情况, 下步工作
  'c196-bureau-administrative-head.txt': [],
  // structure round 23: 存在的困难和不足 (其原因在于), 下一步努力方向 as the plans
  'c197-subdistrict-outlook.txt': [],
  // structure round 23: a province bureau: a fifth part 其他需要说明的情况 with content
  'c198-province-bureau-other-explanation.txt': [],
  // structure round 23: 工作举措和成效, 存在的短板和不足 (问题主要源于), 镇党委书记、镇长履职情况, 2026年工作思路
  'c199-town-duties-named-first.txt': [],
  // structure round 23: slogan headings: 坚持依法行政，法治政府建设取得新成效; 清醒认识存在的差距及原因 (差距产生的原因)
  'c200-town-slogan-headings.txt': [],
  // structure round 23: causes as 既有……的客观因素，也有……的主观因素
  'c202-subdistrict-causes-both-factors.txt': [],
  // structure round 23: the duties headed 履行推进法治建设第一责任人职责方面 (no leader named in the heading)
  'c203-bureau-duties-aspect.txt': [],
  // structure round 23: no duties part; the measures say 镇党委书记、镇长多次带队开展法治宣传
  'm195-town-no-duties-measures-mention-secretary.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 23: silence: （二）原因分析。详见附件。 The causes may be in an annex sent with the report, which the linter does not see; a reference to it states nothing we can judge
  'm196-subdistrict-causes-see-annex.txt': [],
  // structure round 23: a district’s duties name only the 区委书记
  'm197-district-duties-secretary-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（区委书记）的履职情况，未写政府主要负责人：请补写区长履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 23: a 2025 report’s plans headed 2025年度法治建设工作要点: not read as the plans (a bare 工作要点 may name a measure of the year), so the next year’s plans are missing
  'm198-bureau-plans-own-year-points.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 23: 第一部分 … 第四部分: the shortcomings before the measures (strict part-order)
  'm199-bureau-shortcomings-before-measures-bufen.txt': [],
  // structure round 23: Word export with tabs after （一）: （一）（二）（二） in the measures
  'm200-bureau-word-tabs-sub-repeat.txt': [
    '6:1-6:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”',
  ],
  // structure round 23: the shortcomings say only 无。
  'm201-town-shortcomings-wu.txt': [
    '5:1-5:11 empty-part “存在的不足和原因”标题下只有占位文字“无”，应写明实际情况',
  ],
  // structure round 23: the duties say only 略。
  'm202-bureau-duties-lue.txt': [
    '7:1-7:27 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下只有占位文字“略”，应写明实际情况',
  ],
  // structure round 23: the plans are one slogan (奋力谱写……新篇章)
  'm203-subdistrict-plans-slogan-only.txt': [
    '9:1-9:10 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 23: no plans part; the duties paragraph says 下一步将继续带头讲法治课
  'm204-town-no-plans-duties-say-next-step.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 23: （一）存在的不足 then （三）原因分析 under the shortcomings
  'm205-bureau-sub-skip-shortcomings.txt': [
    '7:1-7:4 heading-numbering 标题序号跳号：此处应为“（二）”，文中为“（三）”',
  ],
  // structure round 23: the measures heading followed directly by the shortcomings heading
  'm206-zone-measures-empty.txt': [
    '3:1-3:10 empty-part “主要举措和成效”标题下没有内容',
  ],
  // structure round 23: the plans say only （待补充）
  'm207-county-plans-to-be-added.txt': [
    '9:1-9:12 empty-part “下一年度主要安排”标题下只有占位文字“待补充”，应写明实际情况',
    '9:1-9:12 plan-specificity “下一年度主要安排”只分出0项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
    '10:1-10:6 placeholder-text 编写说明“（待补充）”未删除，应按说明补全内容后删去',
  ],
  // structure round 23: (was missed) the plans headed 下一年度（2025年）工作安排 in a report on 2025
  'm208-town-plans-own-year-in-parens.txt': [
    '9:8-9:13 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年',
  ],
  // structure round 23: no shortcomings part; the duties say 带头查找法治建设差距和不足
  'm209-subdistrict-no-shortcomings-duties-find-gaps.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 23: the duties as 一是/二是/三是, each naming only the 乡长
  'm210-township-duties-head-only-paragraphs.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（乡长）的履职情况，未写党委主要负责人：请补写乡党委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 23: Markdown ## headings 一、二、四、五、
  'm211-city-top-skip-markdown.md': [
    '13:4-13:6 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”',
  ],
  // structure round 23: problems as 一是…三是, then 上述问题的原因主要有以下三点： and the next part
  'm212-bureau-causes-announced-list-empty.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 23: (was missed) the duties part says only ……情况另行专题报告。
  'm213-bureau-duties-promise-only.txt': [
    '7:1-7:27 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下只说明另行报告，报告中应写明实际情况',
  ],
  // structure round 23: no plans part; the shortcomings close 这些问题将在2026年逐步解决
  'm214-town-plans-next-year-only-in-shortcomings.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 23: the duties in run-in subsections （一）（一）
  'm215-bureau-duties-subsections-repeat.txt': [
    '9:1-9:4 heading-numbering 标题序号重复：“（一）”与上一个同级标题相同，此处应为“（二）”',
  ],
  // structure round 23: no headings, each part a paragraph (一年来, 同时也要清醒看到, 2026年，我镇将重点做好以下工作); the shortcomings give no cause
  'm216-town-unheaded-no-causes.txt': [
    '3:1-3:36 part-heading “主要举措和成效”只见于正文段落，没有标题，应单列为一级标题',
    '4:1-4:56 part-heading “存在的不足和原因”只见于正文段落，没有标题，应单列为一级标题',
    '4:1-4:56 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
    '5:1-5:49 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”只见于正文段落，没有标题，应单列为一级标题',
    '6:1-6:52 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // structure round 23: no headings, each part a paragraph; no duties paragraph
  'm217-county-unheaded-no-duties.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
    '3:1-3:48 part-heading “主要举措和成效”只见于正文段落，没有标题，应单列为一级标题',
    '4:1-4:49 part-heading “存在的不足和原因”只见于正文段落，没有标题，应单列为一级标题',
    '5:1-5:57 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // structure round 23: no headings, all four parts told as paragraphs in new wordings (同时也要清醒看到……究其原因, 局党组书记、局长……认真履行, 2026年，我局将重点做好以下工作): part-heading asks for headings
  'm218-county-unheaded-paragraph-parts.txt': [
    '3:1-3:49 part-heading “主要举措和成效”只见于正文段落，没有标题，应单列为一级标题',
    '4:1-4:42 part-heading “存在的不足和原因”只见于正文段落，没有标题，应单列为一级标题',
    '5:1-5:55 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”只见于正文段落，没有标题，应单列为一级标题',
    '6:1-6:56 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题',
  ],  // structure round 24: a township: 法治政府建设推进情况, 存在的不足及产生原因 (产生原因：一是……), 党委书记、乡长履职情况, 下步工作措施
  'c204-township-progress-arising-causes.txt': [],
  // structure round 24: a subdistrict: 年度工作总结, 困难和问题 (究其根源), 街道党工委书记、办事处主任, 明年工作计划 as （一）（二）（三）
  'c205-subdistrict-difficulties-problems-root.txt': [],
  // structure round 24: a zone: 主要工作成效, 存在的问题和不足 (客观方面……主观方面……), one person 党工委书记、管委会主任, 2026年工作展望
  'c206-zone-objective-subjective-aspects.txt': [],
  // structure round 24: a vertically managed 海事局: 法治海事建设主要举措及成效, 存在的困难和不足及原因, 局党委书记/局长, 下一年度工作打算
  'c207-maritime-difficulties-shortfalls-causes.txt': [],
  // structure round 24: a province department: 2025年推进法治政府建设的主要举措和成效, 存在的不足与原因 (这主要归因于), 2026年工作计划
  'c208-province-department-attributable.txt': [],
  // structure round 24: the headings in 第二十五条’s own long wording (上一年度推进……, 党政主要负责人履行……职责，加强法治政府建设的有关情况, 下一年度推进……的主要安排)
  'c209-bureau-principal-leaders-and-strengthen.txt': [],
  // structure round 24: every line indented with two full-width spaces (a Word export): 主要做法, 不足之处及原因分析 (分析原因，一是……), 2026年工作重点
  'c210-town-fullwidth-indent.txt': [],
  // structure round 24: every heading ends with a colon and nothing after it (一、主要工作举措及成效：)
  'c211-county-headings-colon-end.txt': [],
  // structure round 24: a report on 2025 whose plans are headed “十五五”开局之年工作安排 (2026: the next year, correct)
  'c212-bureau-2025-plans-fifteenth-opening.txt': [],
  // structure round 24: plans headed 下一步工作打算（2026年）, the year in parentheses after the heading; 存在的差距及原因
  'c213-town-plans-year-in-parens-after.txt': [],
  // structure round 24: the duties in run-in subsections named for the organs, not the titles: （一）镇党委主要负责人。 （二）镇政府主要负责人。
  'c214-town-duties-party-government-heads.txt': [],
  // structure round 24: each shortcoming a （一）（二） item with its cause in parentheses after it (（原因：……）)
  'c215-bureau-problem-cause-inline.txt': [],
  // structure round 24: Markdown: the problems as a 1. 2. list, their causes in one paragraph after it (产生上述问题，主要是因为……), 党政主要负责同志
  'c216-subdistrict-markdown-list-causes.md': [],
  // structure round 24: (was: plans missing, measures’ year wrong) plans headed 2026年主要工作 (the next year + 主要工作); 薄弱之处及原因 (原因有二：)
  'c217-county-weak-points-two-causes.txt': [],
  // structure round 24: a joint report of the county committee and government (中共某县委 某县人民政府关于……的报告), 县委、县政府主要负责人, two signatures
  'c218-county-joint-report-committee-government.txt': [],
  // structure round 24: (was: four part-heading findings) the part titles on lines of their own without numbers: each part has a heading, only unnumbered
  'c219-township-unnumbered-heading-lines.txt': [],
  // structure round 24: a vertically managed 调查队: 法治建设工作开展情况, 存在的问题及分析 (问题产生的根本原因是), 党组书记、队长
  'c220-statistics-team-problem-root-cause.txt': [],
  // structure round 24: a report on 2021 (“八五”普法开局之年) dated 2022, plans headed 2022年工作打算
  'c221-town-2021-report-eighth-five.txt': [],
  // structure round 24: the causes left for later: 具体原因正在进一步分析研判中。
  'm219-town-causes-under-study.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 24: the duties name the 镇党委书记 and a 镇党委副书记, not the 镇长
  'm220-town-duties-secretary-and-deputy.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写镇长履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 24: the duties name the 县长 and the 常务副县长, not the 县委书记
  'm221-county-duties-mayor-and-executive-deputy.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（县长）的履职情况，未写党委主要负责人：请补写县委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 24: silence: the duties name only the 分管副局长, who 牵头组织 the work; the heading names both principal leaders, and a deputy in charge of the daily work is named beside a silent heading as often (duty-leaders README): only a deputy who takes the first responsible person’s duty himself is reported
  'm222-bureau-duties-deputy-only.txt': [],
  // structure round 24: the plans heading has no year, its body opens 2025年，街道将重点做好以下工作 in a report on 2025
  'm223-subdistrict-plans-body-own-year.txt': [
    '10:1-10:6 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年',
  ],
  // structure round 24: run-in subsections （一）主要不足。…… （二）原因剖析。 with nothing after the title
  'm224-bureau-causes-analysis-heading-nothing.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 24: no plans part; 其他需要报告的事项 says the plans were put in another document (另行印发): read as an unheaded plans paragraph of one measure
  'm225-town-no-plans-other-matters-next-step.txt': [
    '10:1-10:29 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题',
    '10:1-10:29 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 24: the shortcomings say only （略）
  'm226-county-shortcomings-omitted-lue.txt': [
    '5:1-5:11 empty-part “存在的不足和原因”标题下只有占位文字“略”，应写明实际情况',
  ],
  // structure round 24: the parts numbered 1． 2． 4． 5．
  'm227-bureau-arabic-top-skip.txt': [
    '7:1-7:3 heading-numbering 标题序号跳号：此处应为“3．”，文中为“4．”',
  ],
  // structure round 24: no plans part; one closing sentence 2026年，我镇将继续深入推进法治政府建设…… before 特此报告
  'm228-town-no-plans-closing-sentence.txt': [
    '9:1-9:38 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题',
    '9:1-9:38 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 24: no shortcomings part: the measures heading says 主要举措、成效及不足 and its body lists no shortcoming (said so: the part is named, not written)
  'm229-bureau-measures-heading-with-shortfalls.txt': [
    '3:1-3:13 shortcoming-causes 标题写了“存在的不足和原因”，本部分却没有写任何不足：请写明存在的不足及其原因，或将其单列为一部分',
  ],
  // structure round 24: Markdown: the plans second, before the shortcomings and the duties (strict part-order)
  'm230-subdistrict-markdown-plans-before-shortcomings.md': [],
  // structure round 24: a report on 2026 whose measures heading says 2025年
  'm231-county-2026-measures-previous-year.txt': [
    '3:3-3:8 year-consistency “主要举措和成效”应写2026年的情况，标题中为2025年',
  ],
  // structure round 24: the plans as 1． 2． 2．
  'm232-town-plans-arabic-repeat.txt': [
    '12:1-12:3 heading-numbering 标题序号重复：“2．”与上一个同级标题相同，此处应为“3．”',
  ],
  // structure round 24: the shortcomings say only 经认真查找，本年度暂无明显不足。 (a claim of none: empty-part, and no shortcoming-causes)
  'm233-bureau-shortcomings-no-obvious.txt': [
    '5:1-5:11 empty-part “存在的不足和原因”标题下只写了“经认真查找，本年度暂无明显不足”，应如实写明存在的不足及其原因',
  ],
  // structure round 24: the duties part numbered （三） between 二、 and 四、: read as the part (no required-part), its marker reported
  'm234-bureau-top-level-written-as-sub.txt': [
    '7:1-7:4 heading-numbering 标题层次有误：“（三）”前后是“二、”“四、”，应为“三、”',
  ],
  // structure round 24: the plans heading 四、下步打算 followed directly by 特此报告
  'm235-township-plans-heading-then-signoff.txt': [
    '9:1-9:7 empty-part “下一年度主要安排”标题下没有内容',
    '9:1-9:7 plan-specificity “下一年度主要安排”只分出0项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 24: (was missed) 上述问题的原因已在上年度报告中作过分析，此处不再赘述。
  'm236-bureau-causes-not-repeated.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 25: a county’s report on 2026 (“十五五”开局之年): 2026年主要工作及取得的成效, 工作中的不足及原因 (原因主要在于), 2027年及“十五五”时期工作打算, dated 2027
  'c222-county-2026-fifteenth-plans.txt': [],
  // structure round 25: a subdistrict: 全年工作综述 in two run-in halves （一）上半年工作情况 （二）下半年工作情况, 有待改进的地方及原因剖析 (剖析原因：一是……), 2026年工作思路
  'c223-subdistrict-halves-subsections.txt': [],
  // structure round 25: Markdown: 主要做法和经验, 存在的差距及原因 (究其原因), the duties as a table 姓名｜职务｜履职情况 with the 局党组书记 and the 局长 in two rows
  'c224-bureau-duties-table.md': [],
  // structure round 25: a zone: a cover note 关于报送……的报告 (现将《……》报告如下, its own signature and date) before the report’s title; 建设成效, 问题短板及成因分析, 管委会党工委主要负责同志履职情况 (one person both), 新一年工作安排
  'c225-zone-cover-note-then-report.txt': [],
  // structure round 25: a county bureau: 依法行政工作情况, 存在的主要问题及原因 (深层次原因是), 主要负责人履行……职责情况 (局党组书记、局长 one person)
  'c226-bureau-deep-level-cause.txt': [],
  // structure round 25: a town: 完成的主要工作, 还存在的不足 (之所以出现这些问题，主要是因为), 明年工作打算
  'c227-town-why-because.txt': [],
  // structure round 25: a province department: 推进依法行政的主要做法, 问题和不足 as a 1． 2． 3． list whose causes follow in one paragraph (既与……有关，也与……有关)
  'c228-province-weak-points-related.txt': [],
  // structure round 25: Word export: the parts numbered with full-width digits and a tab (１．\t), 存在的薄弱点及原因 (原因在于), 2026年工作计划
  'c229-county-word-tabs-fullwidth-digits.txt': [],
  // structure round 25: a town: 工作开展和完成情况, 存在的不足和短板 (从主观上讲……从客观上讲……), duties headed 书记镇长抓法治建设情况, 2026年工作重点
  'c230-town-secretary-mayor-grasp.txt': [],
  // structure round 25: a city bureau: 法治政府建设工作情况, 存在的问题及原因 (主要原因：一是……), plans headed 2026年法治政府建设工作思路和重点
  'c231-bureau-plans-thinking-priorities.txt': [],
  // structure round 25: a township: a fifth part 其他需要报告的事项 answered 本年度没有其他需要报告的事项。
  'c232-township-other-matters-none.txt': [],
  // structure round 25: Markdown with bold lines as headings (**一、……**): a tax bureau’s 法治税务建设主要举措及成效, 存在的不足之处及原因 (分析其原因), 局党委书记、局长
  'c233-tax-bureau-bold-lines.md': [],
  // structure round 25: a county bureau: 主要任务落实情况, 工作差距及原因 (根本原因在于), 今后工作打算
  'c234-county-causes-root-cause-lies.txt': [],
  // structure round 25: a subdistrict: 存在的主要问题 as （一）（二）（三） one-line items, the causes in one paragraph after them (产生以上问题的原因，主要是……), 下步工作打算
  'c235-subdistrict-causes-after-list.txt': [],
  // structure round 25: a city bureau: each part one paragraph of 一是/二是 items; the causes opened by 原因方面，
  'c236-city-parts-paragraphs-yishi.txt': [],
  // structure round 25: a town’s report on 2026: measures headed 开局之年工作情况 (no period named), 存在的短板及原因, 2027年工作打算, dated 2027
  'c237-town-2026-report-review-fifteenth.txt': [],
  // structure round 25: a district branch bureau: 工作举措及取得的成效, 对照要求存在的差距及原因 (差距主要在于), 分局党组书记、局长
  'c238-bureau-gaps-main-in.txt': [],
  // structure round 25: Markdown ### headings: a zone’s 工作推进情况及成效, 存在的问题及成因 (成因有二：), 党工委书记、管委会主任履职情况, 新的一年工作安排
  'c239-zone-new-year-plans-markdown.md': [],
  // structure round 25: the opening names all four parts (现将……主要举措和成效、存在的不足和原因、……以及下一年度工作安排报告如下), the parts follow with the same headings
  'c240-county-opening-mentions-all-parts.txt': [],
  // structure round 25: a town: 法治政府建设基本情况, 存在的困难和短板及原因 (症结在于), duties headed by name 唐某某同志（镇党委书记）、冯某某同志（镇长）履行第一责任人职责情况, 下一步工作举措
  'c241-town-duties-by-name-first.txt': [],
  // structure round 25: a city bureau: 履职成效, causes as 这与……密切相关, plans headed 下步工作考虑
  'c242-bureau-closely-related-plans-consideration.txt': [],
  // structure round 25: a county bureau: 主要工作措施及成效, causes as 主要受……等因素影响
  'c243-county-influenced-by.txt': [],
  // structure round 25: a subdistrict: 问题与不足及原因分析, 街道党政主要负责同志履行……职责情况, plans headed 2026年努力方向和重点任务 (with 重点任务)
  'c244-subdistrict-duties-chief-responsible-comrades.txt': [],
  // structure round 25: Markdown: a fifth part 其他需要报告的事项 answered 暂无相关情况。 (a nil answer to an optional part)
  'c245-province-bureau-other-no-matters.md': [],
  // structure round 25: a town: the measures by quarter （一）第一季度 … （四）第四季度, the causes 主要是由于……所致
  'c246-town-quarters-then-parts.txt': [],
  // structure round 25: Markdown: bold heading lines numbered with full-width digits (**１．……**), causes labelled 客观原因：…… 主观原因：……
  'c247-county-objective-subjective-labels.md': [],
  // structure round 25: a city bureau: 主要工作开展情况, 存在问题及原因分析 (这主要源于), 下一步工作打算
  'c248-bureau-source-stems.txt': [],
  // structure round 25: a subdistrict: 2025年工作情况, 工作短板及原因, duties headed 书记、主任履行法治建设第一责任人职责情况, plans headed 2026年，重点抓好以下工作
  'c249-subdistrict-secretary-director-short.txt': [],
  // structure round 25: a customs office: 关党委书记、关长 one person, a fifth part 其他需要报告的事项 with content (a supervision received and its rectification)
  'c250-vertical-customs-other-matters-content.txt': [],
  // structure round 25: a town’s report on 2026 (dated 2027) whose plans are headed 2026年工作打算
  'm237-town-2026-report-plans-own-year.txt': [
    '9:3-9:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年',
  ],
  // structure round 25: Markdown: the duties as a table 姓名｜职务｜履职情况 with one row, the 党工委书记
  'm238-zone-duties-table-secretary-only.md': [
    '13:4-13:30 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写管委会主任履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 25: Word export with tabs: the duties second, before the shortcomings (strict part-order)
  'm239-county-word-tabs-duties-before-shortcomings.txt': [],
  // structure round 25: subsections numbered (1)(2)(2) in half-width parentheses (punctuation-width reports the width too)
  'm240-bureau-half-width-paren-repeat.txt': [
    '4:1-4:2 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”',
    '4:3-4:4 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”',
    '5:1-5:2 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”',
    '5:3-5:4 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”',
    '6:1-6:2 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”',
    '6:1-6:4 heading-numbering 标题序号重复：“(2)”与上一个同级标题相同，此处应为“(3)”',
    '6:3-6:4 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”',
  ],
  // structure round 25: (was missed) the duties say only 暂无相关情况。
  'm241-subdistrict-duties-zanwu-qingkuang.txt': [
    '7:1-7:27 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下只有占位文字“暂无相关情况”，应写明实际情况',
  ],
  // structure round 25: no shortcomings part; the plans open 针对工作中存在的不足，
  'm242-town-no-shortcomings-plans-address-them.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 25: no measures part; the opening says 现将主要工作和成效、存在问题等情况报告如下 and the parts start with the shortcomings
  'm243-bureau-no-measures-starts-shortcomings.txt': [
    '1:1-1:1 required-part 缺少必备部分“主要举措和成效”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 25: problems as （一）（二）（三）, then 剖析根源，主要有以下几个方面： and the next part
  'm244-county-causes-dissect-following.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 25: a province department’s duties name only the 厅党组书记
  'm245-province-duties-party-secretary-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党组（党委）主要负责人（党组书记）的履职情况，未写行政主要负责人：请补写厅长履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 25: a report on 2025 whose plans are headed 明年（2025年）工作打算
  'm246-town-plans-next-year-own-year-parens.txt': [
    '9:6-9:11 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年',
  ],
  // structure round 25: the measures in two halves (上半年/下半年工作情况), no shortcomings part; the second half says 针对上半年督查中发现的不足
  'm247-subdistrict-halves-no-shortcomings.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 25: a cover note before the report; the parts numbered 一、二、三、三、
  'm248-bureau-cover-note-top-repeat.txt': [
    '14:1-14:3 heading-numbering 标题序号重复：“三、”与上一个同级标题相同，此处应为“四、”',
  ],
  // structure round 25: the parts headed 第一部分 第二部分 第四部分 第五部分
  'm249-city-bufen-skip.txt': [
    '7:1-7:5 heading-numbering 标题序号跳号：此处应为“第三部分”，文中为“第四部分”',
  ],
  // structure round 25: the shortcomings part holds only praise (运行平稳、成效较好，但……仍有提升空间)
  'm250-county-shortcomings-room-to-improve.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 25: the plans only refer to another document (以……2026年工作要点为准)
  'm251-town-plans-refer-to-work-points.txt': [
    '9:1-9:11 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 25: a report on 2025 whose plans are headed 2027年工作打算
  'm252-bureau-plans-two-years-ahead.txt': [
    '9:3-9:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2027年',
  ],
  // structure round 25: the duties as a tab-separated table 姓名\t职务\t履职情况 with one row, the 办事处主任
  'm253-subdistrict-duties-table-director-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（办事处主任）的履职情况，未写党委主要负责人：请补写街道党工委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 25: the opening names all four parts, the parts leave out the duties
  'm254-county-opening-mentions-all-no-duties.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 25: run-in subsections （一）存在的不足。 （一）原因分析。
  'm255-bureau-subsection-repeat-causes.txt': [
    '7:1-7:4 heading-numbering 标题序号重复：“（一）”与上一个同级标题相同，此处应为“（二）”',
  ],
  // structure round 25: (was missed) the duties say only 本年度无相关内容。
  'm256-town-duties-wu-xiangguan.txt': [
    '7:1-7:27 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下只有占位文字“本年度无相关内容”，应写明实际情况',
  ],
  // structure round 25: Word export with a tab before and after the number: the plans as （一）（二）（二）
  'm257-bureau-plans-subsection-repeat-word.txt': [
    '12:2-12:5 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”',
  ],
  // structure round 25: problems as a 1． 2． 3． list, then only a promise (以上问题，我们将在今后工作中认真加以解决。)
  'm258-county-causes-yuanyin-heading-only-list.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 25: a report on 2025 with a part “十四五”时期法治政府建设回顾 between the measures and the shortcomings, and no plans part
  'm259-zone-no-plans-fifteenth-review.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 25: the duties name only 街道党工委书记陶某某同志, in one long sentence
  'm260-subdistrict-duties-secretary-by-name-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写街道办事处主任履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 25: the optional part 其他需要报告的事项 is a heading with nothing under it before 特此报告
  'm261-town-other-matters-heading-nothing.txt': [
    '11:1-11:12 empty-part “其他需要报告的情况”标题下没有内容',
  ],
  // structure round 25: (was missed) a report on 2026 whose measures heading is last year’s: “十四五”收官之年主要举措和成效
  'm262-county-2026-measures-closing-year.txt': [
    '3:3-3:12 year-consistency “主要举措和成效”应写2026年的情况，标题中的“十四五”收官之年是2025年',
  ],
  // structure round 25: silence: run-in subsections （一）主要不足。 with nothing after its title, then （二）原因分析。 whose sentence states the problems with their causes (执法人员年龄偏大, 标准不统一): the part states problems and causes, and an empty run-in title is no empty part
  'm263-bureau-causes-only-no-problems.txt': [],
  // structure round 26: a city bureau: the parts headed by 第二十五条’s items in another order (the duties first, strict part-order reports it), 推进法治政府建设存在的不足和原因, 下一年度推进法治政府建设的主要安排
  'c251-bureau-items-order-changed.txt': [],
  // structure round 26: a county: unnumbered 前言 and 结语 lines around the four parts (其原因在于)
  'c252-county-preface-and-epilogue.txt': [],
  // structure round 26: a subdistrict: each part heading followed by a one-line 【摘要】, the causes 根源在于
  'c253-subdistrict-abstract-lines.txt': [],
  // structure round 26: a branch bureau: shortcomings as 问题一：…… 原因一：…… 问题二：…… 原因二：……
  'c254-bureau-problem-one-cause-one.txt': [],
  // structure round 26: a county: duties headed 党政主要负责人年终述法情况, 县委书记 and 县长 each 述法
  'c255-county-year-end-law-report.txt': [],
  // structure round 26: a city’s report on 2026 (dated 2027): plans headed 2027年重点任务, causes 导致上述问题的原因主要是
  'c256-city-2026-key-tasks-2027.txt': [],
  // structure round 26: a zone: plans headed 下一步思路和举措, causes 分析原因，一是……二是……
  'c257-zone-next-thinking-measures.txt': [],
  // structure round 26: a town: a fifth part 其他需要报告的事项 answered 经认真梳理，本镇无其他需要报告的事项。
  'c258-town-other-none-verified.txt': [],
  // structure round 26: a district bureau: a fifth part 其他事项 answered 本年度没有需要专门报告的其他事项。, causes 原因有二：
  'c259-bureau-other-matters-nothing-special.txt': [],
  // structure round 26: a town: the parts numbered （1）（2）（3）（4） at the top level, causes 原因主要有：
  'c260-town-bracket-arabic-top.txt': [],
  // structure round 26: (was 3 required-part and a part-heading) Markdown: the report copied into a pipe table 项目｜内容, a row for each part
  'c261-subdistrict-two-column-table.md': [],
  // structure round 26: (was a required-part, an empty-part and a plan-specificity) Markdown: ### headings for 一、 and 三、, plain lines 二、 and 四、 run into their bodies with no blank line (归根结底在于)
  'c262-county-markdown-mixed-levels.md': [],
  // structure round 26: a town: every part a run-in paragraph 一、主要举措和成效。全镇……
  'c263-town-run-in-top-headings.txt': [],
  // structure round 26: a meteorological bureau: 法治气象建设主要工作及成效, 存在的薄弱环节及原因, duties headed 主要负责人落实推进法治建设第一责任人职责情况, 2026年工作思路
  'c264-vertical-meteorology-implement.txt': [],
  // structure round 26: a subdistrict: 一年来的主要工作, 短板不足及原因剖析 (出现上述问题的主要原因是), 今后工作重点
  'c265-subdistrict-future-work-focus.txt': [],
  // structure round 26: a province department: 存在的差距和不足及原因 (原因有三：一是……), 厅党组书记 and 厅长
  'c266-province-dept-shortfalls-three-causes.txt': [],
  // structure round 26: Word export with tabs: 问题表现及原因 (症结在于), 2026年工作打算
  'c267-township-word-tabs-plans-2026-thinking.txt': [],
  // structure round 26: Markdown bold lines: a fifth part 其他需要报告的事项 answered 本年度无需要特别报告的其他事项。
  'c268-bureau-bold-other-none-yet.md': [],
  // structure round 26: a county report of about 8,000 characters: ten measures subsections, the shortcomings heading at line 74 (究其原因)
  'c269-long-county-deep-headings.txt': [],
  // structure round 26: a merged last heading 存在的不足、原因及下一步打算 whose body holds the problems and causes, no plans (plan-specificity names no count: the two sentences it counts are the problems'; strict part-order: after the duties)
  'm264-bureau-merged-shortcomings-plans-no-plans.txt': [
    '7:1-7:17 plan-specificity “下一年度主要安排”与“存在的不足和原因”写在同一标题下，分不出至少3项下一年度的具体措施：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 26: no duties part; a measures sentence says 镇党委压实党政主要负责人推进法治建设第一责任人职责
  'm265-town-no-duties-measures-mention-first-duty.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 26: shortcomings as 问题一：问题二：问题三： with no cause
  'm266-bureau-problems-numbered-no-causes.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 26: duties headed 党政主要负责人年终述法情况, only the 镇党委书记 述法
  'm267-town-year-end-law-report-secretary-only.txt': [
    '7:1-7:16 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写镇长履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 26: (was 3 required-part and a part-heading) Markdown pipe table: the plans row opens 2025年，我县将重点做好以下工作 in a report on 2025
  'm268-county-table-plans-own-year.md': [
    '10:14-10:19 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年',
  ],
  // structure round 26: the parts numbered （1）（2）（2）（4）
  'm269-town-bracket-arabic-repeat.txt': [
    '7:1-7:4 heading-numbering 标题序号重复：“（2）”与上一个同级标题相同，此处应为“（3）”',
  ],
  // structure round 26: the shortcomings heading repeated as 三、 over the duties’ text: no duties heading
  'm270-bureau-shortcomings-heading-twice.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
    '7:1-7:11 part-heading 一级标题“存在的不足和原因”与前面的一级标题重复，应检查是否误写了其他部分的标题',
  ],
  // structure round 26: silence: the shortcomings’ 【摘要】 says 原因分析如下。 and the one sentence after it states problems (超期, 使用率不高); a sentence after 原因分析如下 is read as the causes, and telling a cause from a problem would take what the sentence means
  'm271-subdistrict-abstract-promises-causes.txt': [],
  // structure round 26: (was a required-part for the duties) duties headed 年终述法情况 with only the 管委会主任
  'm272-zone-law-report-director-only.txt': [
    '7:1-7:9 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（管委会主任）的履职情况，未写党委主要负责人：请补写党工委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 26: no plans part; an unnumbered 结语 says 2026年，安平县将继续深入推进法治政府建设……
  'm273-county-epilogue-plans-only.txt': [
    '11:1-11:36 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题',
    '11:1-11:36 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 26: (was 3 required-part and a part-heading) Markdown pipe table: the shortcomings row lists problems with no cause
  'm274-bureau-two-column-table-no-causes.md': [
    '8:3-8:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 26: (was also a false empty-part for the duties) Markdown ### headings mixed with plain lines run into their bodies; no shortcomings part, the measures mention 薄弱环节
  'm275-town-markdown-mixed-no-shortcomings.md': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 26: a report on 2026 (dated 2027) whose plans are headed 2026年重点任务 (round 27: was a required-part for the plans; a heading that is only a year and 重点任务 is the plans in every draft seen)
  'm276-city-2026-plans-own-year-key-tasks.txt': [
    '9:3-9:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年',
  ],
  // structure round 26: the duties first, then the shortcomings and the plans: no measures part (strict part-order: shortcomings after the duties)
  'm277-bureau-items-order-no-measures.txt': [
    '1:1-1:1 required-part 缺少必备部分“主要举措和成效”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 26: no plans part; the fourth part is 其他需要报告的事项 answered 无其他需要报告的事项。
  'm278-township-other-matters-instead-of-plans.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 26: (was missed) the duties say only 不存在需要报告的情况。
  'm279-subdistrict-duties-wu.txt': [
    '7:1-7:27 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下只有占位文字“不存在需要报告的情况”，应写明实际情况',
  ],
  // structure round 26: (was missed) （二）原因分析 says only 上述问题的原因，已在问题表述中一并说明。 and the problems give none
  'm280-bureau-cause-labels-empty.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 26: Word export with tabs: the duties name only the 县长
  'm281-county-word-tabs-duties-mayor-only.txt': [
    '7:1-7:28 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（县长）的履职情况，未写党委主要负责人：请补写县委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 27: Markdown: the report a two-column pipe table 项目｜内容 that is the last block, no 特此报告 or date after it (究其原因)
  'c270-subdistrict-table-last-block.md': [],
  // structure round 27: (was a required-part and 2 part-heading) a Word table pasted as text: 项目⇥内容, then a line a part, its name a cell, a tab, its text
  'c271-town-tab-table-rows.txt': [],
  // structure round 27: (was 2 required-part and 2 part-heading) no headings: each part a paragraph opened by 关于……的情况。 (关于2026年工作安排的情况)
  'c272-county-guanyu-run-in-paragraphs.txt': [],
  // structure round 27: a city bureau: 第一部分…第四部分 at the top, 一、二、 subsections under 第一部分
  'c273-city-bureau-part-one-with-yi-subsections.txt': [],
  // structure round 27: (was a shortcoming-causes) 二、存在的问题 and 三、原因分析 as two top-level parts, the causes worded 一是……多为兼职，专业能力不足
  'c274-county-problems-and-causes-two-parts.txt': [],
  // structure round 27: duties headed 镇党委书记、镇长履行……职责情况, told only as numbers (主持召开党委会研究法治议题5次……) with no leader named in the text
  'c275-town-duties-numbers-leaders-in-heading.txt': [],
  // structure round 27: plans headed 2026年工作计划: a numbered list 1. 2. 3. of tasks each ending 责任单位：……; causes 主要由于
  'c276-county-plans-tasks-responsible-units.txt': [],
  // structure round 27: a report on 2026 (dated 2027): plans 2027年工作安排, the 十五五 规划 under 五、其他需要报告的事项
  'c277-county-2026-fifteenth-in-other-matters.txt': [],
  // structure round 27: a development zone: 管委会依法行政主要工作及成效, duties headed 党工委书记、管委会主任履行……职责情况
  'c278-zone-working-committee-management-committee.txt': [],
  // structure round 27: every part heading followed by a dot leader and a page number from a PDF (一、主要举措和成效……1)
  'c279-city-headings-pdf-page-dots.txt': [],
  // structure round 27: every part heading ending in 情况报告 (二、存在的不足和原因情况报告); 局党组书记、局长 one person
  'c280-bureau-headings-trailing-report.txt': [],
  // structure round 27: the shortcomings heading on the last line of a page, a page number line — 1 — before its text
  'c281-subdistrict-page-break-between-heading-body.txt': [],
  // structure round 27: a province department: 存在的薄弱环节及原因, causes 从客观上看……从主观上看……
  'c282-province-dept-subjective-objective-angles.txt': [],
  // structure round 27: a town: 工作中存在的困难和不足, causes 之所以出现上述问题，主要是因为
  'c283-town-why-it-happened-because.txt': [],
  // structure round 27: a district bureau: duties headed 主要负责同志履行推进法治建设第一责任人职责情况
  'c284-bureau-principal-comrades-duties.txt': [],
  // structure round 27: a township: plans headed 下一年度工作思路及措施, causes 主要受……制约
  'c285-township-next-year-ideas-and-measures.txt': [],
  // structure round 27: a fifth part 其他需要说明的事项 answered 无。
  'c286-county-other-to-explain-none.txt': [],
  // structure round 27: a tax bureau: 法治税务建设主要工作及成效, duties headed 第一责任人职责落实情况, plans 明年工作安排
  'c287-vertical-tax-implementation-next-year.txt': [],
  // structure round 27: Markdown pipe table as the last block, no duties row; the measures row says 压紧压实第一责任人职责
  'm282-subdistrict-table-last-no-duties.md': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 27: (was also a false required-part and 2 part-heading) a Word table pasted as text: the shortcomings row ends 原因分析如下： with nothing after it
  'm283-town-tab-table-causes-promised-nothing.txt': [
    '5:1-5:9 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 27: (was also a false required-part for the shortcomings and 2 part-heading) parts opened by 关于……的情况。, no plans; the duties say 要求下一年度继续压实责任
  'm284-county-guanyu-paragraphs-no-plans.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 27: 第一部分, 第二部分, 第二部分, 第四部分 with 一、 subsections under 第一部分
  'm285-city-bureau-part-numbers-repeat.txt': [
    '10:1-10:5 heading-numbering 标题序号重复：“第二部分”与上一个同级标题相同，此处应为“第三部分”',
  ],
  // structure round 27: 二、存在的问题 and 三、原因分析 as two parts, the causes part says only 暂无。
  'm286-county-causes-part-zanwu.txt': [
    '5:1-5:8 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
    '7:1-7:7 empty-part “存在的不足和原因”标题下只有占位文字“暂无”，应写明实际情况',
  ],
  // structure round 27: (was missed) duties headed 镇党委书记履行……职责情况, told only as numbers: the 镇长 left out
  'm287-town-duties-heading-secretary-numbers-only.txt': [
    '7:1-7:25 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写镇长履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 27: (was 2 year-consistency on one span) the first task of the plans list 1.2025年建成…… 责任单位：…… in a report on 2025
  'm288-county-plans-tasks-report-year.txt': [
    '10:3-10:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年',
  ],
  // structure round 27: a development zone: the plans before the duties (strict part-order)
  'm289-zone-plans-before-duties.txt': [],
  // structure round 27: headings with dot leaders and page numbers, no shortcomings part; the measures say 薄弱环节
  'm290-city-page-dots-no-shortcomings.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 27: headings ending 情况报告; the measures subsections （一）（二）（二）
  'm291-bureau-trailing-report-subsection-repeat.txt': [
    '8:1-8:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”',
  ],
  // structure round 27: the plans heading on the last line of a page, then the page number — 2 — and 特此报告: no plans text
  'm292-subdistrict-page-break-plans-empty.txt': [
    '9:1-9:11 empty-part “下一年度主要安排”标题下没有内容',
    '9:1-9:11 plan-specificity “下一年度主要安排”只分出0项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 27: (was missed) the causes left to study: 具体原因有待进一步调研分析。
  'm293-province-dept-causes-left-for-study.txt': [
    '5:1-5:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 27: the duties name only 镇长袁某某
  'm294-town-duties-mayor-by-name-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（镇长）的履职情况，未写党委主要负责人：请补写镇党委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 27: a report on 2026: no plans part, the 十五五 规划 under 其他需要报告的事项
  'm295-county-2026-fifteenth-other-no-plans.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 27: the shortcomings say only 不存在问题。
  'm296-township-shortcomings-no-problems.txt': [
    '5:1-5:11 empty-part “存在的不足和原因”标题下只写了“不存在问题”，应如实写明存在的不足及其原因',
  ],
  // structure round 27: （一）存在的不足 then （一）原因分析 under the shortcomings
  'm297-county-causes-subsection-repeated.txt': [
    '8:1-8:4 heading-numbering 标题序号重复：“（一）”与上一个同级标题相同，此处应为“（二）”',
  ],
  // structure round 27: (was 2 required-part and 2 part-heading) parts opened by 关于……的情况。; the shortcomings give no cause
  'm298-subdistrict-guanyu-no-causes.txt': [
    '4:1-4:14 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 27: headings ending 情况报告, no duties part; the measures say 局主要负责人带头出庭应诉
  'm299-bureau-trailing-report-no-duties.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 28: (was 2 required-part and 2 part-heading) no headings: each part a paragraph opened by 关于……方面：, other matters 关于其他需要报告的事项方面：无。
  'c288-county-guanyu-aspect-colon.txt': [],
  // structure round 28: (was 2 required-part and 2 part-heading) a report told as questions and answers: 问：存在哪些不足，原因是什么？ on a line, 答：…… below
  'c289-town-question-answer.txt': [],
  // structure round 28: the duties in the first person by the 镇党委书记 (我作为镇党委书记……), the 镇长 named after
  'c290-town-first-person-secretary-and-mayor.txt': [],
  // structure round 28: plans subsections by quarter: （一）一季度。……（四）四季度。
  'c292-bureau-plans-by-quarter.txt': [],
  // structure round 28: two signatures (党委 and 政府), each with its date
  'c293-town-two-signatures-two-dates.txt': [],
  // structure round 28: no headings: parts as paragraphs numbered 1. 2. 3. 4. at the top level, each opened by the part's name
  'c294-subdistrict-numbered-paragraphs-no-headings.txt': [],
  // structure round 28: every heading, the title and the text in Traditional characters (主要舉措和成效, 黨政主要負責人)
  'c295-county-traditional-headings.txt': [],
  // structure round 28: headings numbered inside a 【】 bracket: 【一、主要举措和成效】
  'c296-city-bracket-numbered-inside.txt': [],
  // structure round 28: 一年来法治政府建设主要做法及成效, 存在问题及原因剖析, causes 究其根源，在于, plans 下步工作打算
  'c297-county-problems-causes-dissection-root.txt': [],
  // structure round 28: 年度工作回顾, 薄弱环节及深层次原因, 党政“一把手”履行……职责情况, 新的一年工作打算
  'c298-district-weak-links-deep-causes.txt': [],
  // structure round 28: 工作中存在的短处及原因 (其原因主要有：一是……), the duties told 一是 党工委书记……二是 办事处主任……
  'c299-subdistrict-duties-yishi-paragraphs.txt': [],
  // structure round 28: a 气象局: plans 2026年工作计划, a fifth part 其他需说明的情况 answered 无。
  'c300-vertical-meteorology-other-to-explain.txt': [],
  // structure round 28: a development zone: 重点工作完成情况, 2026年工作思路, a fifth part 补充说明 (本年度无其他需要报告的事项)
  'c301-zone-other-matters-supplement.txt': [],
  // structure round 28: Markdown bold lines: 主要工作推进情况及成效, 不足之处及成因分析 (成因分析：一是……)
  'c302-province-dept-markdown-bold-lines.md': [],
  // structure round 28: (was a required-part for the measures) parts opened by 关于……： without 方面, the measures 关于主要工作和成效：
  'c303-township-guanyu-colon-parts.txt': [],
  // structure round 28: (was also a false required-part for the shortcomings and the plans, and a part-heading) parts opened by 关于……方面：, no duties; the measures say 落实……第一责任人职责清单
  'm300-county-guanyu-aspect-no-duties.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 28: (was a false required-part for the shortcomings and the plans, and 2 part-heading) questions and answers: the answer on the shortcomings gives no cause
  'm301-town-question-answer-causes-none.txt': [
    '5:1-5:16 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 28: the duties in the first person by the 镇党委书记 alone: the 镇长 left out
  'm302-town-first-person-secretary-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写镇长履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 28: the shortcomings inside the measures' paragraph after its figures (但也存在一些不足：……), no causes: no shortcomings part (a sentence in the middle of a paragraph opens no part)
  'm303-county-gaps-in-measures-no-causes.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 28: plans by quarter numbered （一）（二）（二）（四）
  'm304-bureau-plans-by-quarter-repeated.txt': [
    '12:1-12:4 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”',
  ],
  // structure round 28: two signatures and two dates, no plans part; the shortcomings say 下一年度将明确阵地管理责任
  'm305-town-two-signatures-no-plans.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 28: parts as paragraphs numbered 1. 2. 3., no plans; the duties say 明确下一年度继续抓好法治工作
  'm306-subdistrict-numbered-paragraphs-no-plans.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 28: a report on 2026: plans headed 2027年工作安排 whose first sentence says 2026年，我县将……
  'm307-county-2026-plans-heading-2027-first-sentence-2026.txt': [
    '10:1-10:6 year-consistency “下一年度主要安排”应写2027年的安排，文中为2026年',
  ],
  // structure round 28: Traditional characters: the shortcomings list problems only
  'm308-county-traditional-no-causes.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 28: 【一、】 headings numbered inside the bracket: 【二、】 twice
  'm309-city-bracket-numbered-inside-repeat.txt': [
    '7:2-7:4 heading-numbering 标题序号重复：“二、”与上一个同级标题相同，此处应为“三、”',
  ],
  // structure round 28: 存在问题及原因剖析 ending 原因剖析： with nothing after it
  'm310-county-causes-dissection-nothing-after.txt': [
    '5:1-5:12 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 28: a 街道: the duties name only the 党工委书记
  'm311-subdistrict-duties-working-committee-secretary-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党工委书记）的履职情况，未写政府主要负责人：请补写街道办事处主任履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 28: plans headed 2025年工作打算 in a report on 2025
  'm312-district-new-year-plans-own-year.txt': [
    '9:3-9:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年',
  ],
  // structure round 28: a 气象局: the duties say only 暂无。
  'm313-vertical-meteorology-duties-zanwu.txt': [
    '7:1-7:27 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下只有占位文字“暂无”，应写明实际情况',
  ],
  // structure round 28: a development zone: no shortcomings part, the plans open 针对赋权事项承接能力不足的问题
  'm314-zone-shortcomings-missing-plans-mention.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 28: Markdown bold run-in subsections （一）（二）（二） under the measures
  'm315-province-dept-markdown-subsection-repeat.md': [
    '11:3-11:6 heading-numbering 标题序号重复：“（二）”与上一个同级标题相同，此处应为“（三）”',
  ],
  // structure round 28: 【一、】 headings: the shortcomings first, the measures second (strict part-order)
  'm316-bureau-bracket-shortcomings-swapped-with-measures.txt': [],
  // structure round 28: the shortcomings with their causes as the measures' last paragraph (同时也要清醒看到，对标上级要求……还有差距), no heading of their own
  'm317-county-gaps-in-last-measures-paragraph.txt': [
    '5:1-5:55 part-heading “存在的不足和原因”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // gaps round 33: (was a false empty-part for the measures at the title) a Markdown title naming nothing (# 草稿) above plain 一、 headings: the title is no part
  'c330-town-markdown-placeholder-title.md': [],
  // gaps round 33: a 问答 report inside numbered headings: 问：/答： paragraphs under each part, the causes asked and answered in a pair of their own
  'c331-county-bureau-question-answer-under-headings.txt': [],
  // gaps round 33: 问： lines that each carry a part's question after 一、二、……
  'c332-town-question-lines-carry-parts.txt': [],
  // gaps round 33: as c331, the causes' question and answer replaced by one on how the problems show
  'm345-county-bureau-question-answer-causes-missing.txt': [
    '8:1-8:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // gaps round 33: (was silent: the question's 原因是什么 was read as a cause) as c331, the causes asked (问：产生这些问题的原因是什么？) and not given in the answer
  'm346-county-bureau-question-answer-causes-asked-not-given.txt': [
    '8:1-8:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 29: (was 2 required-part) a county bureau's headings marked by ■ instead of numbers: 主要举措和成效, 存在的不足及原因, 2026年工作打算
  'c304-county-square-symbol-headings.txt': [],
  // structure round 29: (was 2 required-part and a part-heading) a subdistrict's headings marked by ◆: 一年来的主要工作及成效, 存在的问题及原因 (究其原因), 2025年工作计划
  'c305-subdistrict-diamond-headings.txt': [],
  // structure round 29: (was 2 required-part and a part-heading) a development zone's headings marked by ●: 推进法治政府建设的主要做法和成效, 党工委书记、管委会主任, 2026年工作思路
  'c306-zone-bullet-headings.txt': [],
  // structure round 29: headings numbered 一 followed by a full-width space (一　主要举措和成效): every part read; heading-numbering asks for 一、 (GB/T 9704), a true finding
  'c307-county-yi-fullwidth-space.txt': [
    '3:1-3:2 heading-numbering 标题序号“一”写法不规范，应写作“一、”',
    '5:1-5:2 heading-numbering 标题序号“二”写法不规范，应写作“二、”',
    '7:1-7:2 heading-numbering 标题序号“三”写法不规范，应写作“三、”',
    '9:1-9:2 heading-numbering 标题序号“四”写法不规范，应写作“四、”',
  ],
  // structure round 29: (was 2 required-part and 2 part-heading) headings numbered 第一、 第二、 第三、 第四、 (an ordinal, not a GB/T 9704 number, read as unnumbered heading lines)
  'c308-bureau-di-yi-headings.txt': [],
  // structure round 29: a province department: 第一部分：年度主要工作 … 第四部分：2025年工作打算 with a colon after 部分
  'c309-province-dept-part-colon.txt': [],
  // structure round 29: a town's parts numbered 1、2、3、4、 with 一是/二是 inside: every part read; heading-numbering asks for 1. (GB/T 9704), a true finding
  'c310-town-arabic-top-yishi-inside.txt': [
    '3:1-3:3 heading-numbering 标题序号“1、”写法不规范，应写作“1.”',
    '5:1-5:3 heading-numbering 标题序号“2、”写法不规范，应写作“2.”',
    '7:1-7:3 heading-numbering 标题序号“3、”写法不规范，应写作“3.”',
    '9:1-9:3 heading-numbering 标题序号“4、”写法不规范，应写作“4.”',
  ],
  // structure round 29: (was an empty-part, 3 part-heading and an inverted-level warning) Markdown ## 1. parts with ### （一） subsections: nested as the #s say; heading-numbering asks for （1） under 1., a true finding
  'c311-city-markdown-numbered-h2.md': [
    '7:5-7:8 heading-numbering 标题层次有误：“（一）”在“1.主要举措和成效”之下，是它的小标题，序号层级却高于它，应为“（1）”',
    '11:5-11:8 heading-numbering 标题层次有误：“（二）”在“1.主要举措和成效”之下，是它的小标题，序号层级却高于它，应为“（2）”',
  ],
  // structure round 29: a county bureau: 基本情况 (the measures), 存在的问题, 原因分析, 主要负责人履职情况, 下步措施 as five parts
  'c312-bureau-basic-situation-five-parts.txt': [],
  // structure round 29: a subdistrict's report on 2022: 总体情况 (the measures), 存在问题及原因, 2023年工作打算
  'c313-subdistrict-overall-situation.txt': [],
  // structure round 29: a township: one heading 工作成效及存在的不足, the shortfalls and their causes (究其原因) in its last paragraph
  'c314-township-results-and-shortfalls-joined.txt': [],
  // structure round 29: a district bureau: the last heading joins the shortcomings, causes and plans (存在的问题、原因及下一步打算), after the duties (strict part-order)
  'c315-bureau-problems-causes-plans-joined.txt': [],
  // structure round 29: the duties told as the measures' subsection （四）压实第一责任人职责 with both leaders: read as the part; part-heading asks for a top-level heading (第二十五条 lists it as an item of its own), a true finding
  'c316-county-duties-subsection-in-measures.txt': [
    '7:1-7:13 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”嵌套在“一、主要举措和成效”之下，应单列为一级标题',
  ],
  // structure round 29: a city's report on 2026 (dated 2027): 2026年主要举措和成效, plans 2027年工作安排 citing the “十五五” 法治政府建设规划
  'c317-city-2026-report-plans-2027.txt': [],
  // structure round 29: a 附件：……统计表 on the line after the date, a tab-separated table with 项目 and 合计 rows: not read as parts
  'c318-bureau-annex-table-after-signature.txt': [],
  // structure round 29: (was a duty-leaders) a hospital: 院党委书记 and 院长 each named
  'c319-hospital-secretary-president.txt': [],
  // structure round 29: a 消防救援支队: 支队党委书记、政治委员 and 支队长
  'c320-fire-brigade-commander-commissar.txt': [],
  // structure round 29: a 供销合作社联合社: 党组书记、理事会主任 one person
  'c321-supply-cooperative-director.txt': [],
  // structure round 29: an opening quoting 第二十五条 and listing its five items, then the four parts: the opening is not read as the parts
  'c322-county-preface-quotes-article-25.txt': [],
  // structure round 29: a town: 短板弱项及成因 (成因主要是), duties headed 党政主要负责人述职述法情况, plans headed 2026年工作谋划
  'c323-town-plans-planning-shaped.txt': [],
  // structure round 29: a province bureau: 面临的困难和不足及原因, 2026年工作思路
  'c324-province-bureau-difficulties-challenges.txt': [],
  // structure round 29: silence for duty-leaders: the measures' subsection （三）压实第一责任人职责 names only the 分管副县长; a part naming no principal leader speaks through its heading (duty-leaders README), here 第一责任人 itself; part-heading asks for the part's own heading
  'm318-county-vice-head-only-in-measures.txt': [
    '6:1-6:13 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”嵌套在“一、主要举措和成效”之下，应单列为一级标题',
  ],
  // structure round 29: a town's report on 2026 (dated 2027) whose plans are headed 2026年工作计划
  'm319-town-2026-report-plans-2026.txt': [
    '9:3-9:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年',
  ],
  // structure round 29: (was only a shortcoming-causes) the shortcomings part only repeats its heading as a lead-in (现将存在的不足及原因报告如下。) and stops
  'm320-subdistrict-part-repeats-heading.txt': [
    '5:1-5:11 empty-part “存在的不足和原因”标题下只写了“……如下”的引导语，没有写出具体内容',
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 29: silence: the duties part tells only what 全镇干部职工 did; a duties text that names no leader speaks through its heading, whose subject is both (duty-leaders README), so the rule cannot tell a leaders' act from the staff's
  'm321-town-duties-all-cadres.txt': [],
  // structure round 29: the shortcomings as three 有待加强/有待提高 items, no cause
  'm322-subdistrict-causes-restate-needs-strengthening.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 29: two parts numbered 三、 (the duties and the plans)
  'm323-district-two-parts-three.txt': [
    '9:1-9:3 heading-numbering 标题序号重复：“三、”与上一个同级标题相同，此处应为“四、”',
  ],
  // structure round 29: no plans part; one closing line 下一步，我乡将继续努力…… before 特此报告: read as an unheaded plans paragraph of one measure
  'm324-township-closing-continue-efforts.txt': [
    '9:1-9:27 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题',
    '9:1-9:27 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 29: (was 2 false required-part, the causes missed) ■ headings: the shortcomings list problems with no cause
  'm325-bureau-symbol-headings-no-causes.txt': [
    '5:2-5:10 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 29: (was 2 false required-part and 2 part-heading) headings 第一、第二、第二、第四、, read as unnumbered part headings; gaps round 34: (was silent) their ordinals are checked, the repeat reported
  'm326-bureau-di-yi-skip.txt': [
    '7:1-7:4 heading-numbering 标题序号重复：“第二、”与上一个同级标题相同，此处应为“第三、”',
  ],
  // structure round 29: parts numbered 1、2、3、 with no shortcomings part
  'm327-town-arabic-top-no-shortcomings.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
    '3:1-3:3 heading-numbering 标题序号“1、”写法不规范，应写作“1.”',
    '5:1-5:3 heading-numbering 标题序号“2、”写法不规范，应写作“2.”',
    '7:1-7:3 heading-numbering 标题序号“3、”写法不规范，应写作“3.”',
  ],
  // structure round 29: Markdown ## 1. parts: a report on 2025 whose plans are headed 2025年工作安排
  'm328-city-markdown-plans-report-year.md': [
    '17:7-17:12 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年',
  ],
  // structure round 29: 基本情况, 存在的问题, 原因分析, 下步措施: no duties part, the measures say 局主要负责人高度重视
  'm329-bureau-basic-situation-no-duties.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 29: (was a part-heading and a plan-specificity at the annex's row) no plans part; a table after the date under 附件：……统计表 has a row 下一年度计划检查 (the attachment is no part)
  'm330-county-annex-no-plans.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 29: the opening quotes 第二十五条's five items, the parts leave out the shortcomings
  'm331-county-preface-lists-items-no-shortcomings.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 29: (was a duty-leaders asking for the 院长, who is named) a hospital's duties name only its 院长
  'm332-hospital-president-only.txt': [
    '7:1-7:28 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了行政主要负责人（院长）的履职情况，未写党委（党支部）主要负责人：请补写院党委（党支部）书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 29: one heading 工作成效及存在的不足 whose shortfalls give no cause
  'm333-township-joined-heading-no-causes.txt': [
    '3:1-3:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 30: headings numbered 一 and a half-width space (一 主要举措和成效): every part read; heading-numbering asks for 一、, a true finding
  'c340-county-yi-halfwidth-space.txt': [
    '3:1-3:2 heading-numbering 标题序号“一”写法不规范，应写作“一、”',
    '5:1-5:2 heading-numbering 标题序号“二”写法不规范，应写作“二、”',
    '7:1-7:2 heading-numbering 标题序号“三”写法不规范，应写作“三、”',
    '9:1-9:2 heading-numbering 标题序号“四”写法不规范，应写作“四、”',
  ],
  // structure round 30: headings numbered 一. (a dot for 、): every part read; heading-numbering asks for 一、
  'c341-town-yi-dot-headings.txt': [
    '3:1-3:3 heading-numbering 标题序号“一.”写法不规范，应写作“一、”',
    '5:1-5:3 heading-numbering 标题序号“二.”写法不规范，应写作“二、”',
    '7:1-7:3 heading-numbering 标题序号“三.”写法不规范，应写作“三、”',
    '9:1-9:3 heading-numbering 标题序号“四.”写法不规范，应写作“四、”',
  ],
  // structure round 30: headings numbered 一， (a comma for 、): every part read; heading-numbering asks for 一、
  'c342-bureau-yi-comma-headings.txt': [
    '3:1-3:3 heading-numbering 标题序号“一，”写法不规范，应写作“一、”',
    '5:1-5:3 heading-numbering 标题序号“二，”写法不规范，应写作“二、”',
    '7:1-7:3 heading-numbering 标题序号“三，”写法不规范，应写作“三、”',
    '9:1-9:3 heading-numbering 标题序号“四，”写法不规范，应写作“四、”',
  ],
  // structure round 30: subsections numbered （一）、 (a 、 after the parentheses): heading-numbering asks for （一）, a true finding
  'c343-subdistrict-sub-paren-dunhao.txt': [
    '4:1-4:5 heading-numbering 标题序号“（一）、”写法不规范，应写作“（一）”',
    '5:1-5:5 heading-numbering 标题序号“（二）、”写法不规范，应写作“（二）”',
    '11:1-11:5 heading-numbering 标题序号“（一）、”写法不规范，应写作“（一）”',
    '12:1-12:5 heading-numbering 标题序号“（二）、”写法不规范，应写作“（二）”',
    '13:1-13:5 heading-numbering 标题序号“（三）、”写法不规范，应写作“（三）”',
  ],
  // structure round 30: a city's parts numbered 1． (an ASCII digit and a full-width dot)
  'c344-city-fullwidth-dot-arabic.txt': [],
  // structure round 30: a zone's heading lines each ending in 。 (一、主要举措和成效。) over their text
  'c345-zone-heading-ends-period.txt': [],
  // structure round 30: (was 2 required-part) Markdown: the parts as a Word-numbered list (1. **主要举措和成效** over indented text, as pandoc writes auto-numbered headings): each item's line read as a heading
  'c346-commission-markdown-ordered-list.md': [],
  // structure round 30: (was 2 part-heading and a year-consistency) a 工作总结暨2026年工作计划: 一、2025年工作总结 wrapping （一）主要举措和成效 （二）存在的不足及原因 （三）…职责情况, then 二、2026年工作计划; the opening's 2026年工作计划 is the plan's year
  'c347-bureau-summary-and-plan-title.txt': [],
  // structure round 30: a 局长's 述法报告 in the first person (我作为县交通运输局党组书记、局长), the four parts covered
  'c348-bureau-director-report-first-person.txt': [],
  // structure round 30: Markdown bold headings; the plans numbered 一、二、三、 inside **四、2026年工作打算**: all parts read (the plans' items are its subsections); heading-numbering asks for （一）, a true finding
  'c349-county-plans-inside-bold-four.md': [
    '19:1-19:3 heading-numbering 标题层次有误：“一、”在“四、2026年工作打算”之下，是它的小标题，却与它同级编号，应为“（一）”',
    '21:1-21:3 heading-numbering 标题层次有误：“二、”在“四、2026年工作打算”之下，是它的小标题，却与它同级编号，应为“（二）”',
    '23:1-23:3 heading-numbering 标题层次有误：“三、”在“四、2026年工作打算”之下，是它的小标题，却与它同级编号，应为“（三）”',
  ],
  // structure round 30: the duties tell the 局党组 as a body (召开党组会议研究法治工作4次) and then the 局党组书记 and the 局长 by title
  'c350-bureau-party-group-body-and-principals.txt': [],
  // structure round 30: a report on 2025 with a part of its own “十四五”时期法治政府建设回顾（2021—2025年） between the measures and the shortcomings
  'c351-county-2025-fourteenth-review-part.txt': [],
  // structure round 30: page footers and headers (— 1 —, 某县司法局文件) repeated inside the measures and between the duties and the plans
  'c352-county-page-headers-mid-part.txt': [],
  // structure round 30: (was 9 empty-part, a heading-numbering at the title and a plan-specificity counting 0) every line opened by a line number copied from a PDF (3  一、主要举措和成效): the numbers are the viewer's, not the report's
  'c353-town-pdf-line-numbers.txt': [],
  // structure round 30: (was 2 required-part and 2 part-heading) headings wrapped in <b>…</b> by a web editor, the title too
  'c354-subdistrict-html-bold-headings.txt': [],
  // structure round 30: a 职业技术学院 (事业单位): 学院党委书记 and 院长 each named
  'c355-institute-secretary-president.txt': [],
  // structure round 30: (was a shortcoming-causes) 二、存在的不足 lists problems; their causes open the plans (针对上述问题，究其原因，主要是……): the report states them, a part later
  'c356-county-causes-in-plans.txt': [],
  // structure round 30: a vertically managed 金融监管分局: 分局党委书记、局长 one person
  'c357-finance-regulation-one-person.txt': [],
  // structure round 30: silence (planned as an m-file): a 局长's own 述法报告 in the first person (我作为局长) names only him; a personal 述法 report speaks for its author, the 党组书记 reports in his own, so duty-leaders asks for nobody
  'c358-bureau-director-own-law-report.txt': [],
  // structure round 30: (was also 2 empty-part at the items) no plans heading: after 三、 a paragraph 2026年，我县将重点做好以下工作： and items numbered 一、二、 again at the top level; part-heading says so. Left: the items are read as top-level sections, so plan-specificity counts 0 of the 2 (its finding stands, fewer than 3, the count is off)
  'm350-county-restart-top-numbering.txt': [
    '9:1-9:19 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题',
    '9:1-9:19 plan-specificity “下一年度主要安排”只分出0项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 30: (was a required-part for the shortcomings) 二、存在的问题及整改措施: each problem followed by 整改措施：……, no cause
  'm351-bureau-shortcomings-rectification-no-cause.txt': [
    '5:1-5:13 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 30: silence, as m222: the duties tell only what the 分管法治工作的副局长 did (具体负责推进法治建设); a deputy in charge of the daily work beside the heading is left alone (duty-leaders README), only a deputy who takes the first responsible person's duty himself is reported
  'm352-bureau-duties-deputy-director-text.txt': [],
  // structure round 30: silence: a report on 2026 (dated 2027) whose opening says 2025年以来: “since 2025” spans the report year too (a report may look back over two years), so the text does not state a wrong year
  'm353-county-2026-opening-2025-since.txt': [],
  // structure round 30: (was missed) the shortcomings part holds only a table's header row (序号⇥存在问题⇥原因分析⇥整改措施), no row filled in
  'm354-town-part-table-header-only.txt': [
    '5:1-5:11 empty-part “存在的不足和原因”标题下只有表头“序号｜存在问题｜原因分析｜整改措施”，没有填写内容',
  ],
  // structure round 30: the duties heading written twice (三、 and 四、), the plans' text under the second: no plans part
  'm355-subdistrict-duties-heading-twice.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
    '9:1-9:27 part-heading 一级标题“党政主要负责人履行推进法治建设第一责任人职责情况”与前面的一级标题重复，应检查是否误写了其他部分的标题',
  ],
  // structure round 30: no plans heading; 四、其他需要报告的事项 holds 2026年重点抓好三件事：…… (part-heading; strict part-order too)
  'm356-county-other-matters-holds-plans.txt': [
    '10:1-10:52 part-heading “下一年度主要安排”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // structure round 30: headings numbered 一 and a space; the shortcomings list problems, no cause
  'm357-town-yi-space-no-causes.txt': [
    '3:1-3:2 heading-numbering 标题序号“一”写法不规范，应写作“一、”',
    '5:1-5:2 heading-numbering 标题序号“二”写法不规范，应写作“二、”',
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
    '7:1-7:2 heading-numbering 标题序号“三”写法不规范，应写作“三、”',
    '9:1-9:2 heading-numbering 标题序号“四”写法不规范，应写作“四、”',
  ],
  // structure round 30: (was also 2 false required-part) Markdown: the parts as a Word-numbered list (1. **……**), no duties item
  'm358-commission-ordered-list-no-duties.md': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 30: titled 2025年法治政府建设工作总结暨2026年工作计划, and no plans part
  'm359-bureau-summary-and-plan-title-no-plans.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 30: (was also a false required-part for the plans and 2 part-heading) <b>…</b> headings, no shortcomings part
  'm361-subdistrict-html-bold-no-shortcomings.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 30: (was also 9 false empty-part, a heading-numbering at the title and a plan-specificity counting 0) lines numbered from a PDF; the parts numbered 一、二、四、五、
  'm362-town-pdf-line-numbers-skip.txt': [
    '7:4-7:6 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”',
  ],
  // structure round 30: the shortcomings split by a page footer and header (— 2 —, 某县商务局文件), no cause on either side
  'm363-county-page-headers-no-causes.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 30: parts numbered 1． 2． 2． 4．
  'm364-zone-fullwidth-dot-repeat.txt': [
    '7:1-7:3 heading-numbering 标题序号重复：“2．”与上一个同级标题相同，此处应为“3．”',
  ],
  // structure round 30: (was missed) the duties say only 同上。
  'm365-bureau-duties-same-as-above.txt': [
    '7:1-7:27 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下只有占位文字“同上”，应写明实际情况',
  ],
  // structure round 30: a 农业科学研究院 (事业单位): the duties name only the 院长
  'm366-institute-president-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了行政主要负责人（院长）的履职情况，未写党委（党支部）主要负责人：请补写院党委（党支部）书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 30: （二）原因分析。XXXXXX。 — the causes left as the template's placeholder (placeholder-text says so; no shortcoming-causes beside it)
  'm367-county-causes-blank-template.txt': [
    '7:9-7:15 placeholder-text 模板占位符“XXXXXX”未替换，应填写实际内容',
  ],
  // gaps round 34: (was a false empty-part for the measures at line 1) the opening paragraph marked as a Markdown heading (# 2025年，……报告如下：) above ## 一、……: it is the opening
  'c370-county-markdown-opening-heading.md': [],
  // gaps round 34: (was a false empty-part at line 1) an opening heading that ends in 。 above # 一、 headings of its own level
  'c371-town-markdown-opening-heading-sentence.md': [],
  // gaps round 34: parts headed 第一、第二、第四、第五、 with a heading of the drafter's own 第三、强化执法监督 (naming no part) between: the skip is only seeming, silent
  'c372-bureau-di-yi-own-heading-between.txt': [],
  // gaps round 34: parts headed 第一、第二、第四、第五、, no 第三、 line anywhere
  'm380-bureau-di-yi-third-skipped.txt': [
    '7:1-7:4 heading-numbering 标题序号跳号：此处应为“第三、”，文中为“第四、”',
  ],
  // structure round 31: (was a required-part for the shortcomings) a town's parts headed by questions: 今年我们做了什么？ 还存在哪些问题？原因何在？ 党政主要负责人是怎样履职的？ 明年打算怎么干？
  'c373-town-question-headings.txt': [],
  // structure round 31: (was 2 required-part and a year-consistency) a county's slogan headings: 正视差距，查找不足 (根源在于), duties 扛牢第一责任，“关键少数”作表率, plans 锚定目标，推动……再上新台阶 over 2025年，一是…… (the plans' own heading, no part-heading)
  'c374-county-slogan-face-gaps.txt': [],
  // structure round 31: a 事业单位 (住房公积金管理中心): a preamble 一、基本情况 holding only the body's duties, the measures as 二、, causes 究其缘由, 中心党组书记、主任 one person
  'c375-centre-basic-situation-preamble.txt': [],
  // structure round 31: (was a required-part, 2 empty-part and a heading-numbering) a city bureau's report in halves: 上篇　2025年工作总结 over （一）（二）（三）, 下篇　2026年工作计划; causes 原因是多方面的：既有……也有……
  'c376-bureau-upper-lower-halves.txt': [],
  // structure round 31: a subdistrict's report on 2023: parts numbered 1. with sub-items （1）（2）, each shortcoming giving its cause
  'c377-subdistrict-arabic-parts-paren-items.txt': [],
  // structure round 31: Markdown: the duties as a table 职责｜履行情况 with rows 镇党委书记 and 镇长; causes 追根溯源
  'c378-town-duties-table-duty-performance.md': [],
  // structure round 31: a town's report on 2022: the duties as dated events (3月，镇党委书记……；6月，镇长……)
  'c379-town-duties-dated-events.txt': [],
  // structure round 31: (was a shortcoming-causes) causes given by 这缘于; duties headed 党政“一把手”履行……职责情况
  'c380-subdistrict-party-government-number-one.txt': [],
  // structure round 31: a province bureau: causes 从根子上看
  'c381-province-bureau-root-view.txt': [],
  // structure round 31: (was 4 required-part) a 函 (关于报送……年度报告的函, 附件：…… note, signature, date) then 附件 over the report's own title and parts: the letter is front matter
  'c382-cover-letter-annex-report.txt': [],
  // structure round 31: the title on two lines (the body, then 2025年法治政府建设年度报告)
  'c383-two-line-title.txt': [],
  // structure round 31: 附：主要数据 after the date, with a 办结率 that agrees (36/40 = 90%)
  'c384-county-appendix-main-data.txt': [],
  // structure round 31: a city bureau: 2025年工作回眸, 需要改进的问题及原因, duties 党政主要负责人带头抓法治建设情况, plans 明年法治政府建设工作设想
  'c385-city-2025-retrospect-next-year.txt': [],
  // structure round 31: a township's report on 2020 dated 2021: 存在的困难挑战及原因, plans 2021年工作举措
  'c386-township-2020-report.txt': [],
  // structure round 31: a development zone's report on 2023: a preamble 一、总体情况 (the zone's area and organs), the measures as 二、, five parts
  'c387-zone-2023-overall-preamble.txt': [],
  // structure round 31: a 税务局: 第一部分 2025年工作总结 over （一）（二）（三）, 第二部分 2026年工作计划
  'c388-vertical-part-one-part-two.txt': [],
  // structure round 31: the shortcomings only 主要表现在：一是……二是……三是……, no cause
  'm381-county-shortcomings-manifest-only.txt': [
    '5:1-5:8 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 31: (was missed) a report on 2025 whose plans are headed 四、本年度工作计划 (本年度 is the report year)
  'm382-bureau-plans-this-year.txt': [
    '9:3-9:6 year-consistency “下一年度主要安排”应写2026年的安排，标题中的“本年度”是报告年度2025年',
  ],
  // structure round 31: a report on 2026 (dated 2027) whose plans are headed 2026年度重点工作: not read as the plans (a heading of the report year and 重点工作 may be the year's own work, as m198), so the plans are missing
  'm383-centre-2026-plans-2026-nian-du.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 31: (was 4 required-part) a 函 with the report as 附件: the report has no duties part
  'm384-cover-letter-annex-no-duties.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 31: Markdown ## headings: the duties heading followed directly by the plans heading
  'm385-town-markdown-duties-empty.md': [
    '13:4-13:30 empty-part “党政主要负责人履行推进法治建设第一责任人职责情况”标题下没有内容',
  ],
  // structure round 31: (was only a shortcoming-causes) the shortcomings part is only the template note （此部分由各科室补充）: placeholder-text says so
  'm386-bureau-part-template-note.txt': [
    '6:1-6:12 placeholder-text 编写说明“（此部分由各科室补充）”未删除，应按说明补全内容后删去',
  ],
  // structure round 31: the last part 存在的问题及下一步打算, after the duties, lists problems and plans, no cause
  'm387-subdistrict-problems-and-next-steps-no-causes.txt': [
    '7:1-7:14 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 31, gaps42: (was a silence) no year in the title nor the opening (今年以来), only in the date: year-consistency asks for it in the title
  'm388-county-no-year-anywhere.txt': ['1:1-1:18 year-consistency 标题和开头都没有写明报告年度：标题应写明是哪一年的报告，如“关于2025年……情况的报告”'],
  // structure round 31: the duties as dated events, each naming the 镇党委书记: the 镇长 left out
  'm389-town-dated-events-secretary-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委书记）的履职情况，未写政府主要负责人：请补写镇长履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 31: Markdown: the duties table 职责｜履行情况 has only the 镇长's row
  'm390-town-duties-table-mayor-only.md': [
    '13:4-13:30 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（镇长）的履职情况，未写党委主要负责人：请补写镇党委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 31: (was a required-part for the shortcomings) question headings; 还存在哪些问题？原因何在？ answered with problems only
  'm391-town-question-headings-no-causes.txt': [
    '5:1-5:16 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 31: a report in halves with only the 上篇: no plans
  'm392-bureau-upper-half-only.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 31: parts numbered 1. with （1） sub-items, no duties part
  'm393-subdistrict-arabic-parts-no-duties.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 31: the duties name only the 镇党委“一把手”
  'm394-town-party-number-one-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（党委“一把手”）的履职情况，未写政府主要负责人：请补写镇长履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 31: (was also 2 false required-part and a year-consistency) slogan headings as c374; 正视差距，查找不足 lists problems only
  'm395-county-slogan-face-gaps-no-causes.txt': [
    '5:1-5:12 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 31: silence: the duties name only 局主要领导, which may be both the 党组书记 and the 局长 (or one person holding both): the text does not say who is left out
  'm396-bureau-main-leaders-only.txt': [],
  // structure round 31: (was a required-part for the shortcomings) headings with quoted key words: 2025年法治建设“成绩单”, “短板”与“病因” (病因在于), “一把手”抓法治情况, 2026年“任务书”
  'c389-town-quoted-keyword-headings.txt': [],
  // structure round 31: the parts numbered （一）（二）（三）（四） at the top level with 1. 2. items inside
  'c390-county-paren-top-arabic-inside.txt': [],
  // structure round 31: (was 2 required-part and a year-consistency) a city 审计局: shortcomings headed 有待改进之处, plans headed 2026年努力方向
  'c391-bureau-plans-direction-of-efforts.txt': [],
  // structure round 31: (was a required-part and a year-consistency) a township's plans headed 2026年工作目标
  'c392-township-plans-work-goals.txt': [],
  // structure round 31: (was a required-part for the shortcomings) quoted headings as c389; “短板”与“病因” lists problems only
  'm397-town-quoted-keyword-no-cause.txt': [
    '5:1-5:12 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 31: (was also a false required-part for the shortcomings) 有待改进之处 as the shortcomings, no plans part
  'm398-bureau-improvements-no-plans.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 32: a development zone: 党工委书记 and 管委会主任 each named in their own titles
  'c393-zone-gongwei-both-titles.txt': [],
  // structure round 32: a hospital: 院党委书记 and 院长 each named, plans as （一）（二）（三） run in one line
  'c394-hospital-both-titles.txt': [],
  // structure round 32: (was a duty-leaders asking for the 校党委书记, who is named) a 中学 names its own 学校党委书记 and its 校长: 学校 names the body itself, not a school under it
  'c395-school-both-titles.txt': [],
  // structure round 32: (was a duty-leaders asking for the 主任) a 中心 run as a company: 中心党委书记、董事长 one person
  'c396-center-chairman-one-person.txt': [],
  // structure round 32: (was a duty-leaders asking for the 区长) a prison: 监狱党委书记、政委 and 监狱长 each named
  'c397-prison-warden.txt': [],
  // structure round 32: the duties first, the plans before the shortcomings (strict part-order reports both)
  'c398-bureau-duties-first-plans-before-shortcomings.txt': [],
  // structure round 32, gaps42: (was 2 required-part and 2 part-heading) parts numbered with capital numerals 壹、贰、叁、肆、, read as part headings as 第一部分 is
  'c399-town-capital-numerals.txt': [],
  // structure round 32: kept gap: the parts as top-level lines 一是主要举措和成效。 … 四是2026年工作打算。: 一是 opens an item of running text, not a heading, so only the first reads as a part (3 required-part and a part-heading pinned); a shape drafters rarely use for parts
  'c400-township-yishi-top-level.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
    '3:1-3:11 part-heading “主要举措和成效”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // structure round 32: a city bureau: 二、存在的问题 and 三、问题成因分析 as two top-level parts
  'c401-bureau-causes-own-part.txt': [],
  // structure round 32: a county: unnumbered 前言 and 结束语 lines around the four parts, 特此报告。 after the 结束语
  'c402-county-preface-closing-tebaogao.txt': [],
  // structure round 32: the date before the signature, the signature with （盖章）
  'c403-bureau-date-before-signature-stamp.txt': [],
  // structure round 32: (was a required-part for the plans) Word export of an outline numbered 1 / 1.1 with tabs: 4⇥2026年工作打算 is a heading numbered 4 (a year after the tab); heading-numbering asks for 1. (GB/T 9704), a true finding
  'c404-bureau-word-decimal-tabs.txt': [
    '3:1-3:2 heading-numbering 标题序号“1”写法不规范，应写作“1.”',
    '8:1-8:2 heading-numbering 标题序号“2”写法不规范，应写作“2.”',
    '10:1-10:2 heading-numbering 标题序号“3”写法不规范，应写作“3.”',
    '12:1-12:2 heading-numbering 标题序号“4”写法不规范，应写作“4.”',
  ],
  // structure round 32: (was 2 empty-part and a plan-specificity counting 0) Markdown ## 1 / ### 1.1 headings of a Word outline: the ### subheadings nest under their ## part; heading-numbering asks for 1., a true finding
  'c405-county-markdown-decimal.md': [
    '5:4-5:5 heading-numbering 标题序号“1”写法不规范，应写作“1.”',
    '15:4-15:5 heading-numbering 标题序号“2”写法不规范，应写作“2.”',
    '19:4-19:5 heading-numbering 标题序号“3”写法不规范，应写作“3.”',
    '23:4-23:5 heading-numbering 标题序号“4”写法不规范，应写作“4.”',
  ],
  // structure round 32: a zone: 法治政府建设推进情况, 存在的欠缺及原因, duties headed 党政正职……, 党工委书记兼管委会主任 one person, plans 下一阶段工作重点
  'c406-zone-jian-one-person.txt': [],
  // structure round 32: a vertically managed 烟草专卖局: parts headed 第一章 … 第四章, duties headed 主要负责人履职情况, 局党组书记、局长 one person
  'c407-tobacco-vertical-chapters.txt': [],
  // structure round 32: a police branch bureau: 分局党委书记、局长 one person
  'c408-police-branch-one-person.txt': [],
  // structure round 32: a school: the duties name only the 校长
  'm399-school-principal-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了行政主要负责人（校长）的履职情况，未写党委（党支部）主要负责人：请补写校党委（党支部）书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 32: (was missed) a prison: the duties name only the 监狱长
  'm400-prison-warden-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了行政主要负责人（监狱长）的履职情况，未写党委主要负责人：请补写监狱党委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 32: 二、存在的问题 then 三、原因分析 as a heading with nothing under it
  'm401-bureau-causes-part-empty.txt': [
    '5:1-5:8 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
    '7:1-7:7 empty-part “存在的不足和原因”标题下没有内容',
  ],
  // structure round 32: two reports pasted into one file: last year's title and opening halfway, its plans headed 2025年工作计划 (found through the plans' year; no rule reads a second title)
  'm402-two-reports-pasted.txt': [
    '11:3-11:8 year-consistency “下一年度主要安排”应写2026年的安排，标题中为2025年',
  ],
  // structure round 32: the plans say only 继续加强法治建设。
  'm403-town-plans-one-item.txt': [
    '9:1-9:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 32: silence: 安平县's duties name 临河县委书记 and 临河县县长, another county's leaders (a paste from its report); the words before a 县委书记 are not reliably a place (由县委书记……), so the rule does not compare them with the body's name
  'm404-county-other-county-leaders.txt': [],
  // structure round 32: no 二、 heading: the shortcomings run on as the measures' items 3. 4.; the parts numbered 一、三、四、
  'm405-bureau-missing-top-heading-items.txt': [
    '6:1-6:9 part-heading “存在的不足和原因”嵌套在“一、主要举措和成效”之下，应单列为一级标题',
    '8:1-8:3 heading-numbering 标题序号跳号：此处应为“二、”，文中为“三、”',
  ],
  // structure round 32: top-level lines 一是…三是 as c400, no duties part: the required-part for the duties is true, those for the shortcomings and the plans are the gap c400 keeps
  'm406-township-yishi-no-duties.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
    '3:1-3:11 part-heading “主要举措和成效”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // structure round 32: the duties first, no plans part
  'm407-bureau-duties-first-no-plans.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 32: Word outline 1 / 1.1 with tabs, no shortcomings part
  'm408-bureau-word-decimal-no-shortcomings.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
    '3:1-3:2 heading-numbering 标题序号“1”写法不规范，应写作“1.”',
    '8:1-8:2 heading-numbering 标题序号“2”写法不规范，应写作“2.”',
    '10:1-10:2 heading-numbering 标题序号“3”写法不规范，应写作“3.”',
  ],
  // structure round 32: a zone: the duties name only the 党工委副书记、管委会主任
  'm409-zone-deputy-secretary-director.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（管委会主任）的履职情况，未写党委主要负责人：请补写党工委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 32, gaps42: (was missed behind c399's gap) 壹、 headings as c399, the shortcomings 贰、存在的不足 list problems with no cause
  'm410-town-capital-numerals-no-causes.txt': ['5:1-5:8 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）'],
  // structure round 32, gaps42: (was only plan-specificity, the closing words read as the plans) the plans heading followed by the 结束语 line: the line heads the closing words, the plans are empty, as before 特此报告
  'm411-county-plans-empty-before-closing.txt': [
    '10:1-10:12 empty-part “下一年度主要安排”标题下没有内容',
    '10:1-10:12 plan-specificity “下一年度主要安排”只分出0项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 32: a hospital: the duties name only the 院党委书记
  'm412-hospital-secretary-only.txt': [
    '7:1-7:25 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委（党支部）主要负责人（党委书记）的履职情况，未写行政主要负责人：请补写院长履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 32: 第一章 第二章 第二章 第四章
  'm413-chapters-repeated.txt': [
    '7:1-7:4 heading-numbering 标题序号重复：“第二章”与上一个同级标题相同，此处应为“第三章”',
  ],
  // structure round 32: (was missed) Markdown ## 1 ## 2 ## 4 ## 5: a Markdown heading's bare number is judged (its #s make it a heading)
  'm414-markdown-decimal-skip.md': [
    '5:4-5:5 heading-numbering 标题序号“1”写法不规范，应写作“1.”',
    '9:4-9:5 heading-numbering 标题序号“2”写法不规范，应写作“2.”',
    '13:4-13:5 heading-numbering 标题序号跳号：此处应为“3”，文中为“4”',
    '13:4-13:5 heading-numbering 标题序号“4”写法不规范，应写作“4.”',
    '17:4-17:5 heading-numbering 标题序号“5”写法不规范，应写作“5.”',
  ],
  // gaps40: (was a required-part for the duties) a bureau's report in three halves: 上篇　2025年工作总结 over the measures and shortcomings, 中篇 the duties, 下篇　2026年工作计划
  'c430-bureau-three-halves.txt': [],
  // gaps40: c430 with its 下篇 written 中篇 a second time
  'm440-bureau-three-halves-middle-twice.txt': ['13:1-13:3 heading-numbering 标题序号重复：“中篇”与上一个同级标题相同，此处应为“下篇”'],
  // structure round 33: a county 人民法院: 院党组书记、院长 one person
  'c409-court-party-group-president.txt': [],
  // structure round 33: (was a duty-leaders asking for the 院长) a 人民检察院: 院党组书记、检察长 one person; a procuratorate is headed by its 检察长
  'c410-procuratorate-chief.txt': [],
  // structure round 33: (was a duty-leaders asking for the 局党组（党委）书记, the office's place 驻邮局 read as a 局) a customs office 海关驻邮局办事处: 办事处党委书记、主任 one person
  'c411-customs-office-director.txt': [],
  // structure round 33: a customs house under another (新塘海关 隶属黄埔海关): 关党委书记 and 关长 two people
  'c412-customs-subordinate-two-people.txt': [],
  // structure round 33: a 街道: 街道党工委书记、办事处主任 one person
  'c413-subdistrict-secretary-director-one-person.txt': [],
  // structure round 33: a 乡: 乡党委书记、乡人大主席 one person, 乡长 another
  'c414-township-npc-chair-secretary-head.txt': [],
  // structure round 33: parts as 第一章…第四章, their subsections 一、二、 inside, the plans a list of 一、二、三、 lines
  'c415-chapters-with-yi-inside.txt': [],
  // structure round 33: (was a required-part for the plans and 2 part-heading) Markdown parts headed in bold without numbers, the measures' subsections （一）（二）: a bold line that names a part heads it
  'c416-bureau-markdown-bold-unnumbered.md': [],
  // structure round 33: Word export: 一、 + tab before each part title
  'c417-bureau-word-yi-tab.txt': [],
  // structure round 33: 一、 parts, subparts 1、2、 (comma): heading-numbering asks for 1. (GB/T 9704), a true finding
  'c418-bureau-yi-subparts-comma.txt': [
    '4:1-4:3 heading-numbering 标题序号“1、”写法不规范，应写作“1.”',
    '5:1-5:3 heading-numbering 标题序号“2、”写法不规范，应写作“2.”',
    '11:1-11:3 heading-numbering 标题序号“1、”写法不规范，应写作“1.”',
    '12:1-12:3 heading-numbering 标题序号“2、”写法不规范，应写作“2.”',
    '13:1-13:3 heading-numbering 标题序号“3、”写法不规范，应写作“3.”',
  ],
  // structure round 33: a 2026 总结暨2027年工作计划 whose plans are headed 二〇二七年工作思路 (the year in Chinese numerals)
  'c419-summary-plan-chinese-year-plans.txt': [],
  // structure round 33: the duties second, then one last part 三、存在的问题、原因及下一步打算 with （一）问题 （二）原因分析 （三）下一步打算 (strict part-order: after the duties)
  'c420-county-problems-causes-next-steps-combined.txt': [],
  // structure round 33: title 二〇二五年…总结暨二〇二六年工作计划, halves 一、二〇二五年工作总结 over three parts and 二、二〇二六年工作计划
  'c421-summary-plan-chinese-years-halves.txt': [],
  // structure round 33: (was a duty-leaders asking for the 院长) a 人民检察院: 院党组书记 and 检察长 two people
  'c422-procuratorate-secretary-and-chief.txt': [],
  // structure round 33: an intermediate court: 院党组书记、院长 one person, the 副院长 who assists the 院长 is no principal
  'c423-court-intermediate-deputy-assists.txt': [],
  // structure round 33: a court: the duties name only the 院长 (a court's Party side is its 党组)
  'm415-court-president-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了行政主要负责人（院长）的履职情况，未写党组主要负责人：请补写院党组书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 33: (asked for the 院长) a procuratorate: the duties name only the 院党组书记; its head is the 检察长
  'm416-procuratorate-secretary-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党组主要负责人（党组书记）的履职情况，未写行政主要负责人：请补写检察长履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 33: (was missed) a procuratorate: the duties name only the 检察长
  'm417-procuratorate-chief-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了行政主要负责人（检察长）的履职情况，未写党组主要负责人：请补写院党组书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 33: (asked for the 局党组（党委）书记) a customs office 驻邮局办事处: the duties name only the 办事处主任
  'm418-customs-office-director-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了行政主要负责人（办事处主任）的履职情况，未写党委（党组）主要负责人：请补写党委（党组）书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 33: a 乡: the duties name the 乡长 and the 乡人大主席团主席, no 乡党委书记
  'm419-township-head-and-npc-chair-no-secretary.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（乡长）的履职情况，未写党委主要负责人：请补写乡党委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 33: a court: the shortcomings 一是…三是 with no cause at all
  'm420-court-causes-missing.txt': [
    '5:1-5:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 33: the plans one slogan sentence (坚持…奋力推动…再上新台阶)
  'm421-bureau-plans-slogans-only.txt': [
    '9:1-9:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 33: a county: the duties part there, naming only the 县委书记
  'm422-county-duties-secretary-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 33: parts numbered 一、二、四、五、
  'm423-bureau-parts-skip-three.txt': [
    '7:1-7:3 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”',
  ],
  // structure round 33: dated 2026年4月15日, after the deadline
  'm424-county-dated-april.txt': [
    '12:1-12:11 publish-date 成文日期晚于次年3月31日的公开期限：2025年度报告应在2026年3月31日前成文公开，文中为2026年4月15日',
  ],
  // structure round 33: the title says 2024, the opening and the measures 2025
  'm425-bureau-title-year-differs.txt': [
    '1:6-1:11 year-consistency 标题中为2024年度，正文各处写的都是2025年度的情况：标题应为2025年度',
  ],
  // structure round 33: silence: 二、 goes from 一、 straight to 1. where 一、 uses （一）: skipping a level is accepted (heading-numbering README: two-level reports pick 一、 and 1.), and a report that mixes both is not wrong enough to say so
  'm426-county-level-jump-yi-to-1.txt': [],
  // structure round 33: 第一章 第二章 第四章 第五章, 一、 inside
  'm427-chapters-yi-inside-skip.txt': [
    '10:1-10:4 heading-numbering 标题序号跳号：此处应为“第三章”，文中为“第四章”',
  ],
  // structure round 33: Word export 一、 + tab, no duties part
  'm428-bureau-word-yi-tab-no-duties.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 33: a 2026 总结暨计划 whose plans are headed 二〇二六年工作思路, its own year
  'm429-summary-plan-chinese-year-own-year.txt': [
    '9:3-9:8 year-consistency “下一年度主要安排”应写2027年的安排，标题中为2026年',
  ],
  // structure round 33: 三、存在的问题、原因及下一步打算 with （一）问题 and （二）下一步打算, no cause (strict part-order: after the duties)
  'm430-county-combined-part-no-causes.txt': [
    '7:1-7:17 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 33: Markdown bold parts as c416, no plans
  'm431-bureau-markdown-bold-no-plans.md': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 33: subparts 1、2、4、 (the form warnings as c418)
  'm432-bureau-yi-subparts-comma-skip.txt': [
    '4:1-4:3 heading-numbering 标题序号“1、”写法不规范，应写作“1.”',
    '5:1-5:3 heading-numbering 标题序号“2、”写法不规范，应写作“2.”',
    '6:1-6:3 heading-numbering 标题序号跳号：此处应为“3、”，文中为“4、”',
    '6:1-6:3 heading-numbering 标题序号“4、”写法不规范，应写作“4.”',
    '12:1-12:3 heading-numbering 标题序号“1、”写法不规范，应写作“1.”',
    '13:1-13:3 heading-numbering 标题序号“2、”写法不规范，应写作“2.”',
    '14:1-14:3 heading-numbering 标题序号“3、”写法不规范，应写作“3.”',
  ],
  // gaps42: a 财政局 numbers its parts 壹、贰、叁、肆、 with （一）（二） inside: part headings, as 第一部分 is
  'c460-finance-bureau-capital-numerals.txt': [],
  // gaps42: 壹、2025年工作总结 over the measures, shortcomings and duties as 一、二、三、, 贰、2026年工作计划 over its 一、二、三、; a 陆　某 signing
  'c461-justice-bureau-capital-halves.txt': [],
  // gaps42: 五、结束语 after the plans: the closing words are no part (not more measures, nothing for measures-evidence to ask of)
  'c462-county-numbered-closing-words.txt': [],
  // gaps42: a 总结 titled without its year (白石镇法治政府建设工作总结), the year in the opening's first words: no yearless finding
  'c463-town-summary-title-year-in-opening.txt': [],
  // gaps42: c460 numbered 壹、贰、肆、伍、
  'm470-finance-bureau-capital-numerals-skip.txt': ['10:1-10:3 heading-numbering 标题序号跳号：此处应为“叁、”，文中为“肆、”'],
  // gaps42: c460 with 贰、 written 二、: reported as 第一部分 … 二、 … 第三部分 is (the 二、 nests under 壹、)
  'm471-finance-bureau-capital-mixed-with-chinese.txt': [
    '8:1-8:3 heading-numbering 标题层次倒置：“二、”的层级高于前面的“（二）”，不应排在其后（层次序数依次为“一、”“（一）”“1.”“（1）”）',
    '8:1-8:3 heading-numbering 同级标题序号应从“一、”开始，文中为“二、”',
    '8:1-8:11 part-heading “存在的不足和原因”嵌套在“壹、主要举措和成效”之下，应单列为一级标题',
    '10:1-10:3 heading-numbering 标题序号跳号：此处应为“贰、”，文中为“叁、”',
  ],
  // gaps42: the plans heading 四、2026年工作打算 followed by the 结语 line and its one sentence of intent: the plans are empty (the sentence is the closing words', plan-specificity counts it)
  'm472-district-plans-empty-before-jieyu.txt': [
    '9:1-9:12 empty-part “下一年度主要安排”标题下没有内容',
    '9:1-9:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // gaps42: 上篇 下篇 下篇: three halves, the first 下篇 is the 中篇 skipped (the second cannot be renumbered: nothing follows 下篇)
  'm473-bureau-halves-lower-twice.txt': ['8:1-8:3 heading-numbering 标题序号跳号：此处应为“中篇”，文中为“下篇”'],
  // structure round 34: a 自治州 government: 州委书记 and 州长 two people, plans 一是…三是 after a lead sentence, 特此报告
  'c464-autonomous-prefecture-two-leaders.txt': [],
  // structure round 34: a 瑶族自治县 in GB18030 with CRLF: 县委书记 and 县长 two people
  'c465-autonomous-county-gbk-crlf.txt': [],
  // structure round 34: a 彝族乡 pasted from Word: every line indented with 　　, a tab after 一、 and （一）
  'c466-ethnic-township-word-indent-tabs.txt': [],
  // structure round 34: a 街道 whose Party side is written 街道工委 (Beijing's usage): 街道工委书记 and 办事处主任
  'c467-subdistrict-gongwei-two-people.txt': [],
  // structure round 34: (was a name-consistency on 我院作为县委) a county court reporting as a member unit to the 依法治县办: an addressee line,
  // parts 第一部分…第四部分, 院党组书记、院长 one person, a 抄送 line after the date
  'c468-county-court-member-unit-bufen-cc.txt': [],
  // structure round 34: (was a duty-leaders asking for a 区长) a state farm (农场): 场党委书记、场长 one person; a 农场 is headed by its 场长
  'c469-state-farm-secretary-director-one-person.txt': [],
  // structure round 34: a 高新区 in Markdown with bold numbered headings: the 党工委书记 (a 市委常委) and the 党工委副书记、管委会主任, both sides
  'c470-high-tech-zone-markdown-bold-secretary-and-deputy.md': [],
  // structure round 34: a county procuratorate: 院党组书记、检察长 one person; a closing paragraph after the plans, an 附件 line above the signature
  'c471-procuratorate-closing-para-annex.txt': [],
  // structure round 34: a 自治区 department: the duties second, then 三、存在的问题及下一步打算 with its causes (strict part-order: after the duties)
  'c472-region-dept-merged-problems-next-steps.txt': [],
  // structure round 34: an 自治区人民政府 to the 国务院: 自治区党委书记 and 自治区主席, the date then a 抄送 line
  'c473-autonomous-region-government-cc-line.txt': [],
  // structure round 34: (was a required-part for the duties) CRLF; the duties as the measures' run-in subsection （一）加强党对法治政府建设的领导。 whose
  // body names the 县委书记 and the 县长 and closes 切实履行推进法治建设第一责任人职责: read as the nested part (its title names a measure, its body
  // opens the duties as a paragraph would), part-heading asks for a top-level heading as for c316, a true finding
  'c474-county-duties-inside-measures-crlf.txt': [
    '4:1-4:17 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”嵌套在“一、主要举措和成效”之下，应单列为一级标题',
  ],
  // structure round 34: plans as one paragraph (a lead sentence, 一是…三是), a closing paragraph, 特此报告, an attachment note of two lines after the date
  'c475-town-plans-one-paragraph-closing-annex.txt': [],
  // structure round 34: Markdown ## 一、 parts, their subsections run in bold (**（一）规范行政执法。**), the shortcomings as （一）存在的不足 （二）原因分析
  'c476-district-bureau-markdown-h2-bold-runin.md': [],
  // structure round 34: (was a duty-leaders asking for a 区长) an Inner Mongolian 苏木: 苏木党委书记 and 苏木达 two people; a 苏木 is headed by its 苏木达
  'c477-sumu-secretary-and-sumuda.txt': [],
  // structure round 34: a 地区行政公署: 地委书记 and 行署专员 two people
  'c478-prefecture-office-secretary-commissioner.txt': [],
  // structure round 34: a 街道 in bold text lines (**一、……**) in a .txt: 街道工委书记、办事处主任 one person
  'c479-subdistrict-gongwei-one-person-bold-txt.txt': [],
  // structure round 34: c464 with only the 州长 in the duties
  'm474-autonomous-prefecture-governor-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（州长）的履职情况，未写党委主要负责人：请补写州委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 34: c466 with only the 乡长 in the duties (the finding at the heading after its 　　 indent)
  'm475-ethnic-township-head-only-word-indent.txt': [
    '7:3-7:30 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（乡长）的履职情况，未写党委主要负责人：请补写乡党委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 34: c467 with only the 街道工委书记 in the duties
  'm476-subdistrict-gongwei-secretary-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（街道工委书记）的履职情况，未写政府主要负责人：请补写街道办事处主任履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 34: c470's bold headings numbered 一、二、四、五、
  'm477-high-tech-zone-markdown-bold-skip.md': ['13:3-13:5 heading-numbering 标题序号跳号：此处应为“三、”，文中为“四、”'],
  // structure round 34: (was also a name-consistency on 我院认真落实县委) c468's parts numbered 第一部分 第二部分 第二部分 第四部分
  'm478-court-bufen-repeat.txt': ['7:1-7:5 heading-numbering 标题序号重复：“第二部分”与上一个同级标题相同，此处应为“第三部分”'],
  // structure round 34: c465 (GB18030, CRLF) with no shortcomings part
  'm479-autonomous-county-gbk-crlf-no-shortcomings.txt': [
    '1:1-1:1 required-part 缺少必备部分“存在的不足和原因”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // structure round 34: a procuratorate with the plans second, before the shortcomings and the duties (strict part-order only)
  'm480-procuratorate-plans-before-shortcomings.txt': [],
  // structure round 34: c472's merged last part with no cause (strict part-order: after the duties)
  'm481-region-dept-merged-no-causes.txt': [
    '7:1-7:14 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  // structure round 34: (was also a duty-leaders asking for a 区长) c477's 苏木 with plans of one slogan sentence
  'm482-sumu-plans-slogan-only.txt': [
    '9:1-9:12 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // structure round 34: CRLF; the shortcomings heading followed straight by the duties heading
  'm483-county-empty-shortcomings-crlf.txt': ['5:1-5:11 empty-part “存在的不足和原因”标题下没有内容'],
  // structure round 34: c473 dated 2025年3月20日, the year of writing not updated (a 抄送 line after the date)
  'm484-region-government-dated-report-year.txt': [
    '13:1-13:11 publish-date 成文日期不在2025年12月1日至2026年3月31日之间，文中为2025年3月20日，是否应为2026年3月20日？',
  ],
  // structure round 34: (was also a duty-leaders asking for a 区长) c469's farm dated 2026-01-18
  'm485-farm-dated-hyphen.txt': ['13:1-13:11 date-format 成文日期应以“年”“月”“日”标注：应为“2026年1月18日”，文中为“2026-01-18”'],
  // structure round 34: the duties numbered （三） between 二、 and 四、
  'm486-subdistrict-top-level-paren-mixed.txt': ['7:1-7:4 heading-numbering 标题层次有误：“（三）”前后是“二、”“四、”，应为“三、”'],
  // structure round 34: (was missed: 场长 named nobody) a farm whose duties name only the 场长
  'm487-farm-director-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了行政主要负责人（场长）的履职情况，未写党委主要负责人：请补写场党委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 34: c478 with only the 行署专员 in the duties
  'm488-prefecture-office-commissioner-only.txt': [
    '7:1-7:27 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了政府主要负责人（行署专员）的履职情况，未写党委主要负责人：请补写地委书记履行推进法治建设第一责任人职责的情况',
  ],
  // structure round 34: CRLF; the duties as the measures' subsection （一）压实第一责任人职责, naming only the 县委书记 (part-heading as c474)
  'm489-county-duties-inside-measures-secretary-only-crlf.txt': [
    '4:1-4:13 duty-leaders “党政主要负责人履行推进法治建设第一责任人职责情况”只写了党委主要负责人（县委书记）的履职情况，未写政府主要负责人：请补写县长履行推进法治建设第一责任人职责的情况',
    '4:1-4:13 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”嵌套在“一、主要举措和成效”之下，应单列为一级标题',
  ],
  // gaps47: 一、前言 over the opening, the parts numbered 二、 to 五、: the preface is no part (was a measures part with only the reporting sentence, an empty-part)
  'c480-county-numbered-preface.txt': [],
  // gaps47: Markdown ## 引言 over the opening, then ## 一、 to ## 四、 (was an empty-part, the preface read as the measures)
  'c481-bureau-markdown-introduction.md': [],
  // gaps47: a 前　言 line over an opening that names another town (was missed: the line was read as the opening)
  'm492-town-spaced-preface-other-town.txt': ['3:7-3:10 name-consistency 开头所写的“柳塘镇”与标题中的“桐溪镇”不是同一单位：是否沿用了其他单位的报告？'],
  // gaps47: 一是 二是 and a closing paragraph (新的一年，我们将……作出新的更大贡献) before 五、其他需要报告的事项: two measures (was three: the closing counted)
  'm493-bureau-two-plans-closing-paragraph.txt': [
    '9:1-9:12 plan-specificity “下一年度主要安排”只分出2项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // gaps47: 一是 to 三是, a closing paragraph, then 五、其他需要报告的事项 with a sentence of its own: read as the other matters
  'c482-county-three-plans-closing-paragraph.txt': [],
  // gaps47: 一是 二是 and a last paragraph with 将 ending 为……提供法治保障 but setting a figure (力争……达到30%): a measure
  'c483-bureau-last-plan-with-target.txt': [],
  // gaps47: Markdown （一）（二） under ## 四、, then ## 结语 and 2026年，街道将……新篇章: two measures (was three: ## 结语 nested as a plan, then its 2026年 sentence read as plans)
  'm494-subdistrict-markdown-closing-heading.md': [
    '17:4-17:15 plan-specificity “下一年度主要安排”只分出2项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // gaps47: 一是 二是, then 结　　语 spaced out as a centred Word heading (was read as one more plan)
  'm495-town-spaced-closing-words-two-plans.txt': [
    '9:1-9:12 plan-specificity “下一年度主要安排”只分出2项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  // gaps47: a maritime bureau's opening names another, named after its place with no level's word (临川海事局 in 江岭海事局's report; was not compared)
  'm496-maritime-opening-other-bureau.txt': ['2:7-2:12 name-consistency 开头所写的“临川海事局”与标题中的“江岭海事局”不是同一单位：是否沿用了其他单位的报告？'],
  // gaps47: 我局, the superiors by their kind (部海事局) and by name (在江岭海事局的指导下), 各海事处, the signature 中华人民共和国临川海事局
  'c484-maritime-self-and-bare-names.txt': [],
  // gaps47: a county tax bureau's opening names 市税务局, the superior's report as a template (was not compared: no place)
  'm497-tax-bureau-opening-city-bureau.txt': ['2:7-2:11 name-consistency 开头所写的“市税务局”与标题中的“国家税务总局白沙县税务局”不是同一单位：是否沿用了其他单位的报告？'],
  // gaps47: a county tax bureau's opening names 县市场监管局, another kind of body
  'm498-tax-bureau-opening-market-bureau.txt': ['2:7-2:13 name-consistency 开头所写的“县市场监管局”与标题中的“国家税务总局青田县税务局”不是同一单位：是否沿用了其他单位的报告？'],
  // gaps47: 在市税务局……领导下，县税务局坚持……, and 县市场监管局 in a plan: the subject is the county bureau
  'c485-tax-bureau-short-names.txt': [],
  // gaps47: a county market regulator's opening names its kind alone (市场监管局: 市场, no level 市)
  'c486-market-bureau-kind-alone.txt': [],
  // gaps47: a customs office's report signed 江岭海关, its superior (was no signature: 海关 ended none)
  'm499-customs-signature-superior.txt': ['13:1-13:5 name-consistency 落款所写的“江岭海关”与标题中的“新港海关”不是同一单位：是否沿用了其他单位的报告？'],
  // gaps47: 上篇 下篇 下篇 下篇: four halves, which 上 中 下 cannot number (was the 中篇 skipped and a “四篇” asked for)
  'm490-bureau-four-halves.txt': ['12:1-12:3 heading-numbering “上篇”“中篇”“下篇”至多分为三篇，文中有4个“篇”标题：应改用“第一部分”“第二部分”……依次编号'],
  // gaps47: 上篇 上篇 下篇: the second of three halves is the 中篇
  'm491-county-halves-upper-twice.txt': ['8:1-8:3 heading-numbering 标题序号重复：“上篇”与上一个同级标题相同，此处应为“中篇”'],
  // real-report round: the duties reported in passing in a measure's body, the leader named (局党组书记、局长周明同志认真履行…)
  'c487-bureau-duties-in-measure-sentence.txt': [
    '4:39-4:100 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // real-report round: the duties as a point of a run-in measure (一是镇党政主要负责人切实履行…职责。)
  'c488-town-duties-as-point.txt': [
    '4:13-4:41 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // real-report round: 市委、市政府主要负责同志 … two clauses between … 扎实履行…第一责任人责任
  'c489-city-leaders-clause-between.txt': [
    '4:15-4:88 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // second real-report round: a run-in item written whole in one long sentence (no body) that carries out the duty
  'c490-street-duties-run-in-item-whole.txt': [
    '6:3-6:72 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // second real-report round: the duty carried out in the last clause of a comma-chained sentence
  'c491-county-duties-last-clause.txt': [
    '4:11-4:61 part-heading “党政主要负责人履行推进法治建设第一责任人职责情况”只见于正文段落，没有标题，应单列为一级标题',
  ],
  // real-report round: only measures about the duties (印发《…职责清单》, 督促各乡镇党政主要负责人履行…, 将…履行…职责情况纳入述职): the part is missing
  'm500-county-duties-missing-measures-about-duties.txt': [
    '1:1-1:1 required-part 缺少必备部分“党政主要负责人履行推进法治建设第一责任人职责情况”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
  // real-report round 18 (h80 013): (was 4 required-part) a letter with no title of its own (addressee, ……《……的报告》（见附件），现呈上，请审阅, 特此报告, 附件：……的报告, signature, date) then 附件 over the report's title and parts: the letter is front matter
  'c492-district-bureau-untitled-cover-letter-annex-report.txt': [],
  // real-report round 18: (was 4 required-part) the same letter (现将《……的报告》报送你办) with the report's opening and parts right under 附件, no title: only the missing plans
  'm501-district-bureau-untitled-cover-letter-no-plans.txt': [
    '1:1-1:1 required-part 缺少必备部分“下一年度主要安排”（依据：厅字〔2019〕28号《法治政府建设与责任落实督察工作规定》第二十五条）',
  ],
};

/** part-order, off in recommended: its findings with the strict preset (every other file: none). */
const expectedOrder: Record<string, string[]> = {
  'c07-subdistrict-merged-shortcomings-plans.txt': [
    '7:1-7:16 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  'c50-county-market-bureau-combined-subsections.txt': [
    '8:1-8:18 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  'm03-bureau-duties-first.txt': [
    '3:1-3:27 part-order “党政主要负责人履行推进法治建设第一责任人职责情况”应排在“存在的不足和原因”之后',
  ],
  'm29-audit-bureau-shortcomings-last.txt': [
    '9:1-9:11 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  'm33-subdistrict-merged-part-no-plans.txt': [
    '7:1-7:16 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  'm46-county-bureau-combined-causes-only-in-plans.txt': [
    '7:1-7:14 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  'm47-town-combined-plans-one-sentence.txt': [
    '7:1-7:16 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  'c59-bureau-merged-problems-plans.txt': [
    '8:1-8:14 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  'm74-county-plans-before-shortcomings.txt': [
    '5:1-5:12 part-order “下一年度主要安排”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之后',
  ],
  'm43-town-plans-nested-next-year.txt': [
    '6:1-6:10 part-order “下一年度主要安排”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之后',
  ],
  'm45-commission-markdown-plans-subsection.md': [
    '15:5-15:17 part-order “下一年度主要安排”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之后',
  ],
  'c76-bureau-problems-and-improvements.txt': [
    '7:1-7:15 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  'm81-town-plans-before-duties.txt': [
    '9:1-9:27 part-order “党政主要负责人履行推进法治建设第一责任人职责情况”应排在“下一年度主要安排”之前',
  ],
  'm92-bureau-plans-nested-xiabu.txt': [
    '6:1-6:8 part-order “下一年度主要安排”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之后',
  ],
  'm96-bureau-nested-next-stage.txt': [
    '6:1-6:12 part-order “下一年度主要安排”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之后',
  ],
  'm98-subdistrict-merged-part-causes-promised.txt': [
    '7:1-7:14 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  'm109-bureau-shortcomings-before-measures.txt': [
    '5:1-5:10 part-order “主要举措和成效”应排在“存在的不足和原因”之前',
  ],
  'c129-bureau-problems-and-plans-merged.txt': [
    '7:1-7:16 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  'm132-bureau-plans-before-gaps.txt': [
    '5:1-5:7 part-order “下一年度主要安排”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之后',
  ],
  'm148-bureau-duties-first-subsection.txt': [
    '6:1-6:13 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  'm151-county-duties-last.txt': [
    '9:1-9:27 part-order “党政主要负责人履行推进法治建设第一责任人职责情况”应排在“下一年度主要安排”之前',
  ],
  'm156-bureau-measures-after-duties-markdown.md': [
    '5:4-5:31 part-order “党政主要负责人履行推进法治建设第一责任人职责情况”应排在“存在的不足和原因”之后',
  ],
  'm171-bureau-three-heads-duties-nested.txt': [
    '7:1-7:7 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  'm199-bureau-shortcomings-before-measures-bufen.txt': [
    '5:1-5:13 part-order “主要举措和成效”应排在“存在的不足和原因”之前',
  ],  'm225-town-no-plans-other-matters-next-step.txt': [
    '10:1-10:29 part-order “下一年度主要安排”应排在“其他需要报告的情况”之前',
  ],
  'm230-subdistrict-markdown-plans-before-shortcomings.md': [
    '9:4-9:15 part-order “下一年度主要安排”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之后',
  ],
  // structure round 25: the duties before the shortcomings in a Word export with tabs
  'm239-county-word-tabs-duties-before-shortcomings.txt': [
    '7:1-7:12 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],  // structure round 26: the duties first in a report titled by 第二十五条’s items
  'c251-bureau-items-order-changed.txt': [
    '3:1-3:27 part-order “党政主要负责人履行推进法治建设第一责任人职责情况”应排在“存在的不足和原因”之后',
  ],
  // structure round 26: the merged shortcomings-and-plans heading last, after the duties
  'm264-bureau-merged-shortcomings-plans-no-plans.txt': [
    '7:1-7:17 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  // structure round 26: the duties first, no measures part
  'm277-bureau-items-order-no-measures.txt': [
    '5:1-5:11 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  // structure round 27: a development zone's plans before its duties
  'm289-zone-plans-before-duties.txt': [
    '9:1-9:31 part-order “党政主要负责人履行推进法治建设第一责任人职责情况”应排在“下一年度主要安排”之前',
  ],  // structure round 28: the shortcomings before the measures under 【一、】 headings
  'm316-bureau-bracket-shortcomings-swapped-with-measures.txt': [
    '5:2-5:11 part-order “主要举措和成效”应排在“存在的不足和原因”之前',
  ],
  // structure round 29: a district bureau: the last heading joins the shortcomings, causes and plans (存在的问题、原因及下一步打算), after the duties (strict part-order)
  'c315-bureau-problems-causes-plans-joined.txt': [
    '7:1-7:17 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  // structure round 29: the duties told as the measures' subsection （四）压实第一责任人职责 with both leaders: read as the part; part-heading asks for a top-level heading (第二十五条 lists it as an item of its own), a true finding
  'c316-county-duties-subsection-in-measures.txt': [
    '8:1-8:11 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  // structure round 29: silence for duty-leaders: the measures' subsection （三）压实第一责任人职责 names only the 分管副县长; a part naming no principal leader speaks through its heading (duty-leaders README), here 第一责任人 itself; part-heading asks for the part's own heading
  'm318-county-vice-head-only-in-measures.txt': [
    '7:1-7:11 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  // structure round 30: the plans' text under 四、其他需要报告的事项, after the other matters' heading
  'm356-county-other-matters-holds-plans.txt': ['10:1-10:52 part-order “下一年度主要安排”应排在“其他需要报告的情况”之前'],
  // structure round 31: the merged last part 存在的问题及下一步打算 after the duties
  'm387-subdistrict-problems-and-next-steps-no-causes.txt': ['7:1-7:14 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前'],
  // structure round 32: the duties first, the plans before the shortcomings (strict part-order reports both)
  'c398-bureau-duties-first-plans-before-shortcomings.txt': [
    '5:1-5:10 part-order “主要举措和成效”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
    '9:1-9:11 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前',
  ],
  // structure round 32: the duties first, no plans part
  'm407-bureau-duties-first-no-plans.txt': [
    '3:1-3:25 part-order “党政主要负责人履行推进法治建设第一责任人职责情况”应排在“存在的不足和原因”之后',
  ],
  // structure round 33: the duties before the combined last part 三、存在的问题、原因及下一步打算
  'c420-county-problems-causes-next-steps-combined.txt': ['7:1-7:17 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前'],
  // structure round 33: the duties before the combined last part, no cause
  'm430-county-combined-part-no-causes.txt': ['7:1-7:17 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前'],
  // structure round 34: the duties before the merged last part 三、存在的问题及下一步打算
  'c472-region-dept-merged-problems-next-steps.txt': ['9:1-9:14 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前'],
  // structure round 34: the duties as the measures' first subsection, before the shortcomings
  'c474-county-duties-inside-measures-crlf.txt': ['7:1-7:11 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前'],
  // structure round 34: the plans second
  'm480-procuratorate-plans-before-shortcomings.txt': ['5:1-5:12 part-order “下一年度主要安排”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之后'],
  // structure round 34: the duties before the merged last part, no cause
  'm481-region-dept-merged-no-causes.txt': ['7:1-7:14 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前'],
  // structure round 34: the duties as the measures' first subsection, before the shortcomings
  'm489-county-duties-inside-measures-secretary-only-crlf.txt': ['7:1-7:11 part-order “存在的不足和原因”应排在“党政主要负责人履行推进法治建设第一责任人职责情况”之前'],
};

describe('structural probes, recommended preset', () => {
  it('the presets resolve', () => {
    expect([...recommended.problems, ...strict.problems]).toEqual([]);
  });
  it('every fixture has its expected findings listed', () => {
    expect(files).toEqual(Object.keys(expected).sort());
  });
  for (const file of files) {
    it(file, () => {
      expect(lint(source(file), recommended.config).messages.map(show)).toEqual(expected[file]);
    });
  }
});

describe('structural probes, part-order with the strict preset', () => {
  for (const file of files) {
    it(file, () => {
      const got = lint(source(file), strict.config).messages.filter((m) => m.ruleId === 'part-order');
      expect(got.map(show)).toEqual(expectedOrder[file] ?? []);
    });
  }
});

describe('duty-leaders in English asks for the body’s own leader too', () => {
  const english = resolveConfig({ extends: 'recommended', locale: 'en' }, registry).config;
  const duties = (file: string) =>
    lint(source(file), english)
      .messages.filter((m) => m.ruleId === 'duty-leaders')
      .map((m) => m.message.replace(/^.*: add what /, ''));
  it.each([
    ['m10-town-head-only.txt', 'the town Party committee secretary did as first responsible person'],
    ['m11-subdistrict-secretary-only.txt', 'the subdistrict office director did as first responsible person'],
    ['m12-bureau-director-only.txt', "the bureau's Party leading group (committee) secretary did as first responsible person"],
    ['m38-customs-only-guanzhang.txt', 'the customs Party committee secretary did as first responsible person'],
    ['m416-procuratorate-secretary-only.txt', 'the chief procurator did as first responsible person'],
    ['m417-procuratorate-chief-only.txt', "the procuratorate's Party leading group secretary did as first responsible person"],
    ['m487-farm-director-only.txt', "the farm's Party committee secretary did as first responsible person"],
  ])('%s', (file, asked) => {
    expect(duties(file)).toEqual([asked]);
  });
});
