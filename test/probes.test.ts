import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import type { LintMessage } from '@reportlint/core';
import { builtinPlugin } from '@reportlint/rules';
import { probeReports } from './support/probes.js';
import type { ProbeReport } from './support/probes.js';

/**
 * Probes of the sentence-level rules (see test/support/probes.ts): short genre-true paragraphs,
 * correct on purpose, linted inside a minimal valid report with the recommended preset. Every
 * finding listed here is deliberate; positions are the probe file's lines (S: the skeleton's).
 */
const DIR = join(import.meta.dirname, 'fixtures', 'probes');
const registry = createRegistry([builtinPlugin]);
const { config, problems } = resolveConfig({ extends: 'recommended' }, registry);

function show(report: ProbeReport, m: LintMessage): string {
  const at = (line: number) => (report.origin[line - 1] ? `${report.origin[line - 1]}` : `S${line}`);
  // A report of its own is named by the probe's first line, so a finding in the skeleton says which probe.
  const probe = report.origin.find((o) => o > 0);
  return `${report.single && probe ? `[${probe}] ` : ''}${at(m.line)}:${m.column}-${at(m.endLine ?? m.line)}:${m.endColumn} ${m.ruleId} ${m.message}`;
}

/** Findings per probe file, in order: each is marked in its file by a `# deliberate` or `# dubious, kept` comment. */
const expected: Record<string, string[]> = {
  'change-mismatch.txt': [],
  'change-mismatch-recall.txt': [
    '4:36-4:41 change-mismatch 增幅应为17.8%（(6382-5417)÷5417），文中为15.1%',
    '6:28-6:33 change-mismatch 降幅应为20.7%（(58-46)÷58），文中为26.1%',
    '8:29-8:34 change-mismatch 降幅应为26.5%（(132-97)÷132），文中为36.1%',
    '10:37-10:42 change-mismatch 增幅应为22.4%（(2865-2341)÷2341），文中为18.3%',
    '12:35-12:40 change-mismatch 增幅应为22.4%（(1378-1126)÷1126），文中为18.3%',
    '14:30-14:35 change-mismatch 增幅应为11.1%（(713-642)÷642），文中为10.0%',
    '16:27-16:32 change-mismatch 增幅应为19.2%（(2.36亿-1.98亿)÷1.98亿），文中为16.1%',
    '18:29-18:34 change-mismatch 降幅应为35.2%（(1860-1206)÷1860），文中为54.2%',
    '20:30-20:35 change-mismatch 降幅应为9.2%（(2915-2648)÷2915），文中为10.1%',
    '22:33-22:37 change-mismatch 增幅应为7.5%（(1236-1150)÷1150），文中为7.0%',
    '24:23-24:26 change-mismatch 增幅应为25%（(65-52)÷52），文中为20%',
    '26:27-26:30 change-mismatch 从60件到54件是下降，降幅为10%（(60-54)÷60），文中写作增长10%',
    '28:32-28:37 change-mismatch 降幅应为14.0%（(1200-1032)÷1200），文中为16.3%',
    '31:35-31:38 change-mismatch 增幅应为20%（(120-100)÷100），文中为25%',
  ],
  'dates.txt': [],
  'enumeration-sequence.txt': [],
  'enumeration-sequence-di.txt': [
    '33:44-33:46 enumeration-sequence 列举序号跳号：此处应为“第三”，文中为“第四”',
    '38:15-38:17 enumeration-sequence 列举序号重复：前面已有“第二”，此处应为“第三”',
    '41:12-41:14 enumeration-sequence 列举缺少开头：应从“第一”开始，文中第一项为“第二”',
    '44:24-44:26 enumeration-sequence 列举序号跳号：此处应为“第二”，文中为“第三”',
    '44:35-44:37 enumeration-sequence 列举序号顺序颠倒：“第二”出现在“第三”之后，应按“第一、第二……”的顺序排列',
    '47:31-47:33 enumeration-sequence 列举序号跳号：此处应为“二是”，文中为“三是”',
    '50:40-50:42 enumeration-sequence 列举序号跳号：此处应为“第二”，文中为“第三”',
  ],
  'enumeration-sequence-other-leads.txt': [
    '[12] 12:65-12:68 enumeration-sequence 列举序号跳号：此处应为“（3）”，文中为“（4）”',
    '[15] 15:53-15:54 enumeration-sequence 列举序号跳号：此处应为“③”，文中为“④”',
    '[30] 30:38-30:41 enumeration-sequence 列举序号重复：前面已有“（二）”，此处应为“（三）”',
    '[32] 32:39-32:42 enumeration-sequence 列举序号跳号：此处应为“（四）”，文中为“（五）”',
  ],
  'figures-close-calls.txt': [],
  'figures-new-lookalikes.txt': [],
  'figures-real-forms.txt': [],
  'figures-handled-totals.txt': [],
  'figures-domain-audit.txt': [
    '5:35-5:41 rate-mismatch 审减率应为13%（0.4亿÷3.2亿），文中为15%',
    '12:32-12:40 rate-mismatch 整改率应为73.9%（1.7亿÷2.3亿），文中为80.4%',
    '17:22-17:30 rate-mismatch 整改率应为92.1%（198÷215），文中为93.1%',
    '24:9-24:53 parts-exceed-total 各分项之和为4.1亿元（1.9亿+0.8亿+1.4亿），超过总数3.6亿元；请核对总数或各分项',
    '29:20-29:26 rate-mismatch 采纳率应为95%（171÷180），文中为96%',
    '36:22-36:25 change-mismatch 增幅应为20%（(72-60)÷60），文中为12%',
    '56:30-56:38 rate-mismatch 整改率应为92.5%（172÷186），文中为93.5%',
    '65:36-65:43 rate-mismatch 核减率应为8.9%（1.5亿÷16.8亿），文中为9.8%',
  ],
  'figures-domain-enforce.txt': [
    '7:25-7:33 rate-mismatch 结案率应为94.7%（1496÷1580），文中为95.7%',
    '12:9-12:33 parts-exceed-total 各分项之和为1013件（345+668），超过总数986件；请核对总数或各分项',
    '19:42-19:47 rate-mismatch 占比应为12.6%（156÷1240），文中为13.6%',
    '24:24-24:29 change-mismatch 降幅应为14.1%（(3120万-2680万)÷3120万），文中为12.1%',
    '29:22-29:28 rate-mismatch 优秀率应为28%（98÷350），文中为30%',
    '36:13-36:38 parts-exceed-total 各分项之和为50件（41+9），超过总数48件；请核对总数或各分项',
    '51:4-51:34 parts-exceed-total 各分项之和为322.6万元（298万+24.6万），超过总数312.6万元；请核对总数或各分项',
    '56:37-56:42 rate-mismatch 占比应为60.2%（1120÷1860），文中为60.8%',
    '61:33-61:40 change-mismatch 增幅应为4.8个百分点（26.3%-21.5%），文中为5.8个百分点',
    '68:28-68:32 change-mismatch 增幅应为9.4%（(3260-2980)÷2980），文中为8.4%',
    '76:27-76:37 rate-mismatch 持证上岗率应为95.1%（1198÷1260），文中为97.1%',
  ],
  'figures-domain-fair.txt': [
    '7:18-7:26 rate-mismatch 修改率应为10.5%（9÷86），文中为11.5%',
    '12:22-12:49 parts-exceed-total 各分项之和为380件（21+12+347），超过总数368件；请核对总数或各分项',
    '24:26-24:30 rate-mismatch 占比应为5.8%（14÷240），文中为6.8%',
    '29:23-29:28 change-mismatch 增幅应为12.5%（(315-280)÷280），文中为11.1%',
    '44:10-44:37 parts-exceed-total 各分项之和为542件（28+46+468），超过总数532件；请核对总数或各分项',
    '49:21-49:28 rate-mismatch 修改率应为6.5%（9÷138），文中为5.6%',
  ],
  'figures-domain-hotline.txt': [
    '7:32-7:42 rate-mismatch 按期办结率应为98.4%（35912÷36480），文中为98.9%',
    '17:19-17:27 rate-mismatch 满意率应为91.5%（2196÷2400），文中为92.5%',
    '22:22-22:25 change-mismatch 增幅应为25%（(4.5万-3.6万)÷3.6万），文中为20%',
    '29:19-29:28 rate-mismatch 办结率应为97%（932÷960），文中为百分之九十九',
    '34:27-34:34 change-mismatch 增幅应为3.8个百分点（86.4%-82.6%），文中为4.8个百分点',
    '39:22-39:35 rate-mismatch 办结率应为98%（118÷120），文中为100%',
    '60:31-60:41 rate-mismatch 按期办结率应为99.1%（15712÷15860），文中为99.7%',
    '65:7-65:43 parts-exceed-total 各分项之和为10030件（4210+3360+2460），超过总数9860件；请核对总数或各分项',
    '70:1-70:16 rate-mismatch 工单按时办结率应为97.8%（4890÷5000），文中为百分之九十八点六',
    '75:40-75:45 rate-mismatch 占比应为20.9%（5.6万÷26.8万），文中为24.9%',
  ],
  'figures-domain-litigation.txt': [
    '7:20-7:27 rate-mismatch 败诉率应为7.3%（7÷96），文中为6.3%',
    '12:27-12:37 rate-mismatch 出庭应诉率应为97.6%（80÷82），文中为98.5%',
    '19:20-19:26 rate-mismatch 纠错率应为15%（36÷240），文中为16%',
    '26:26-26:33 change-mismatch 降幅应为3.7个百分点（11.2%-7.5%），文中为4.7个百分点',
    '31:11-31:34 parts-exceed-total 各分项之和为220件（186+34），超过总数215件；请核对总数或各分项',
    '38:8-38:18 rate-out-of-range 出庭应诉率不应超过100%，文中为105%；请核对分子和分母',
    '41:26-41:34 rate-mismatch 审结率应为95.8%（115÷120），文中为95.0%',
    '54:27-54:35 rate-mismatch 败诉率应为7.26%（9÷124），文中为7.62%',
    '59:22-59:32 rate-mismatch 直接纠错率应为12.4%（23÷186），文中为14.2%',
    '66:36-66:46 rate-mismatch 调解和解率应为15.7%（186÷1186），文中为17.5%',
  ],
  'figures-domain-market.txt': [
    '7:22-7:30 rate-mismatch 不合格率应为2.4%（56÷2350），文中为2.8%',
    '12:25-12:33 rate-mismatch 合格率应为95.9%（652÷680），文中为96.8%',
    '19:11-19:52 parts-exceed-total 各分项之和为874件（326+198+87+263），超过总数845件；请核对总数或各分项',
    '24:24-24:34 rate-mismatch 调解成功率应为91.7%（5890÷6420），文中为91.2%',
    '33:1-33:15 rate-out-of-range 药品抽检合格率不应超过100%，文中为101.3%；请核对分子和分母',
    '38:22-38:30 rate-mismatch 合格率应为99.0%（1188÷1200），文中为99.1%',
    '58:10-58:33 parts-exceed-total 各分项之和为8700件（6180+2520），超过总数8620件；请核对总数或各分项',
    '65:34-65:39 change-mismatch 增幅应为28.6%（(126万-98万)÷98万），文中为18.6%',
  ],
  'figures-domain-medins.txt': [
    '9:9-9:37 parts-exceed-total 各分项之和为431家（168+263），超过总数420家；请核对总数或各分项',
    '14:23-14:28 change-mismatch 增幅应为14.4%（(3260万-2850万)÷2850万），文中为16.4%',
    '19:23-19:31 rate-mismatch 查实率应为82.1%（128÷156），文中为84.1%',
    '26:11-26:45 parts-exceed-total 各分项之和为142家（98+28+16），超过总数136家；请核对总数或各分项',
    '31:31-31:36 rate-mismatch 占比应为91.6%（26.2亿÷28.6亿），文中为93.6%',
    '57:28-57:32 change-mismatch 增幅应为8.1%（(18.6万-17.2万)÷17.2万），文中为6.1%',
  ],
  'figures-domain-openness.txt': [
    '9:19-9:64 parts-exceed-total 各分项之和为196件（86+32+18+52+8），超过总数182件；请核对总数或各分项',
    '14:22-14:32 rate-mismatch 按时答复率应为98.1%（412÷420），文中为99.0%',
    '21:17-21:46 parts-exceed-total 各分项之和为14件（9+2+1+2），超过总数12件；请核对总数或各分项',
    '26:28-26:33 change-mismatch 增幅应为23.4%（(12856-10420)÷10420），文中为21.4%',
    '33:7-33:37 parts-exceed-total 各分项之和为155件（28+96+31），超过总数152件；请核对总数或各分项',
    '50:47-50:52 rate-mismatch 占比应为81.3%（1025÷1260），文中为82.3%',
    '55:27-55:32 change-mismatch 增幅应为11.2%（(318-286)÷286），文中为12.2%',
    '60:30-60:35 rate-mismatch 占比应为44.7%（236÷528），文中为47.7%',
  ],
  'figures-domain-petition.txt': [
    '9:19-9:27 rate-mismatch 化解率应为93.7%（386÷412），文中为94.7%',
    '14:25-14:35 rate-mismatch 化解成功率应为96.3%（1792÷1860），文中为97.3%',
    '21:26-21:31 change-mismatch 降幅应为16.1%（(3860-3240)÷3860），文中为18.6%',
    '26:1-26:14 rate-out-of-range 信访事项满意率不应超过100%，文中为102%；请核对分子和分母',
    '31:7-31:34 parts-exceed-total 各分项之和为528批（36+492），超过总数518批；请核对总数或各分项',
    '36:18-36:24 rate-mismatch 化解率应为95%（57÷60），文中为96%',
    '51:27-51:38 rate-mismatch 一次性化解率应为95.9%（986÷1028），文中为96.9%',
    '56:5-56:16 rate-mismatch 按期办结率应为98.6%（552÷560），文中为98.2%',
    '63:9-63:40 parts-exceed-total 各分项之和为2380件（1420+536+424），超过总数2360件；请核对总数或各分项',
  ],
  'figures-domain-pufa.txt': [
    '9:35-9:43 rate-mismatch 参考率应为99.3%（5086÷5120），文中为98.9%',
    '16:24-16:32 rate-mismatch 覆盖率应为97.8%（182÷186），文中为99.5%',
    '24:36-24:39 change-mismatch 增幅应为20%（(9.6万-8.0万)÷8.0万），文中为25%',
    '29:9-29:18 rate-out-of-range 覆盖率不应超过100%，文中为103%；请核对分子和分母',
    '34:9-34:41 parts-exceed-total 各分项之和为134个（16+42+76），超过总数128个；请核对总数或各分项',
    '39:3-39:6 approximate-number “近百余”中“近”和“余”都表示约数，重复使用，应删去其一',
    '42:9-42:14 approximate-number “约50余场”中“约”和“余”都表示约数，重复使用，应删去其一',
    '60:14-60:29 rate-out-of-range 群众法治知晓率不应超过100%，文中为百分之一百零二；请核对分子和分母',
    '67:42-67:50 rate-mismatch 合格率应为99.1%（12742÷12860），文中为99.9%',
  ],
  'figures-domain-tax.txt': [
    '9:9-9:40 parts-exceed-total 各分项之和为10亿元（5.2亿+4.8亿），超过总数9.6亿元；请核对总数或各分项',
    '14:44-14:47 change-mismatch 降幅应为40%（(5-3)÷5），文中为50%',
    '19:21-19:29 rate-mismatch 审结率应为88.9%（16÷18），文中为94.4%',
    '26:27-26:37 rate-mismatch 网上办理率应为91.1%（44.2万÷48.5万），文中为92.1%',
    '33:28-33:33 change-mismatch 增幅应为14.8%（(3.26亿-2.84亿)÷2.84亿），文中为12.8%',
    '53:35-53:40 rate-mismatch 占比应为88.9%（11.2万÷12.6万），文中为90.9%',
    '58:27-58:34 change-mismatch 增幅应为2.5个百分点（96.1%-93.6%），文中为3.5个百分点',
    '63:24-63:32 rate-mismatch 办结率应为96.6%（56÷58），文中为98.6%',
  ],
  'figures-line-breaks.txt': [
    '5:36-5:37 line-break-in-sentence 句子在此处被换行截断（“…办结115件，办”后接下一行“结率为98.3%…”），应删去换行，与下一行连成一段',
    '5:36-6:9 rate-mismatch 办结率应为95.8%（115÷120），文中为98.3%',
    '6:23-6:24 line-break-in-sentence 句子在此处被换行截断（“…件，撤销12件，”后接下一行“确认违法6件，责…”），应删去换行，与下一行连成一段',
    '10:25-10:26 line-break-in-sentence 句子在此处被换行截断（“…诉案件120件，”后接下一行“较上年的100件…”），应删去换行，与下一行连成一段',
    '11:11-11:14 change-mismatch 增幅应为20%（(120-100)÷100），文中为25%',
    '14:21-15:11 parts-exceed-total 各分项之和为92件（30+42+20），超过总数86件；请核对总数或各分项',
    '14:40-14:41 line-break-in-sentence 句子在此处被换行截断（“…0件、行政处罚类”后接下一行“42件、其他类2…”），应删去换行，与下一行连成一段',
    '18:21-18:22 line-break-in-sentence 句子在此处被换行截断（“…理行政复议申请1”后接下一行“20件，办结11…”），应删去换行，与下一行连成一段',
    '19:12-19:20 rate-mismatch 办结率应为95.8%（115÷120），文中为98.3%',
    '22:35-22:36 line-break-in-sentence 句子在此处被换行截断（“…法治政府建设的知”后接下一行“晓率为102.5…”），应删去换行，与下一行连成一段',
    '22:35-23:10 rate-out-of-range 知晓率不应超过100%，文中为102.5%；请核对分子和分母',
    '26:37-26:38 line-break-in-sentence 句子在此处被换行截断（“…结2435件，办”后接下一行“结率为99.0%…”），应删去换行，与下一行连成一段',
    '46:21-47:26 parts-exceed-total 各分项之和为92件（30+42+20），超过总数86件；请核对总数或各分项',
    '46:25-46:26 line-break-in-sentence 句子在此处被换行截断（“…法投诉86件，其”后接下一行“中行政许可类30…”），应删去换行，与下一行连成一段',
    '50:36-50:37 line-break-in-sentence 句子在此处被分页截断（“…办结115件，办”后接下一页的“结率为98.3%…”），应删去页码等分页内容，与下一页的文字连成一段',
    '50:36-54:9 rate-mismatch 办结率应为95.8%（115÷120），文中为98.3%',
  ],
  'figures-recall.txt': [
    '4:27-4:35 rate-mismatch 办结率应为99.0%（4815÷4862），文中为99.9%',
    '6:7-6:18 rate-out-of-range 知晓率不应超过100%，文中为102.5%；请核对分子和分母',
    '8:25-8:33 rate-mismatch 办结率应为95.5%（298÷312），文中为97.1%',
    '10:11-10:38 parts-exceed-total 各分项之和为48件（30+12+6），超过总数46件；请核对总数或各分项',
    '12:9-12:32 parts-exceed-total 各分项之和为1280件（860+420），超过总数1250件；请核对总数或各分项',
    '14:19-14:27 rate-mismatch 审结率应为93.5%（58÷62），文中为95.6%',
    '16:12-16:33 parts-exceed-total 分项1302件超过总数1236件；请核对总数或分项',
    '18:18-18:26 rate-mismatch 纠错率应为15.5%（9÷58），文中为12.5%',
    '20:7-20:51 parts-exceed-total 各分项之和为403件（168+95+140），超过总数380件；请核对总数或各分项',
    '22:26-22:36 rate-mismatch 调解成功率应为89.9%（196÷218），文中为92.9%',
    '26:16-26:24 rate-mismatch 办结率应为97.9%（280÷286），文中为98.6%',
    '43:22-43:30 rate-mismatch 优秀率应为27.2%（98÷360），文中为72.2%',
    '45:23-45:32 rate-out-of-range 满意度不应超过100%，文中为103.9%；请核对分子和分母',
    '48:34-48:42 rate-mismatch 通过率应为94.4%（2.18万÷2.31万），文中为96.4%',
    '51:29-51:32 rate-mismatch 占比应为60%（120÷200），文中为65%',
    '54:27-54:37 rate-mismatch 全程网办率应为92.0%（1318÷1432），文中为90.2%',
  ],
  'heading-numbering.txt': [],
  'invalid-date.txt': [],
  'invalid-date-recall.txt': [
    '3:1-3:11 invalid-date 日期不存在：2024年没有2月30日，2月只有29天',
    '5:1-5:11 invalid-date 日期不存在：2023年没有2月29日，2023年不是闰年，2月只有28天',
    '7:6-7:16 invalid-date 日期不存在：2024年没有6月31日，6月只有30天',
    '9:10-9:21 invalid-date 日期不存在：2024年没有11月31日，11月只有30天',
    '11:1-11:12 invalid-date 日期不存在：2024年没有9月31日，9月只有30天',
    '13:3-13:13 invalid-date 日期不存在：2024年没有4月31日，4月只有30天',
    '15:6-15:9 invalid-date 日期不存在：没有4月31日，4月只有30天',
    '[18] 20:1-20:12 invalid-date 日期不存在：没有13月，月份应在1至12之间，文中为“2025年13月10日”',
    '[22] 24:1-24:11 invalid-date 日期不存在：2025年没有2月29日，2025年不是闰年，2月只有28天',
  ],
  'line-break-in-sentence.txt': [
    '36:21-36:22 line-break-in-sentence 句子在此处被换行截断（“…议案件186件，”后接下一行“行政诉讼案件87…”），应删去换行，与下一行连成一段',
    '37:10-37:11 line-break-in-sentence 句子在此处被换行截断（“…诉讼案件87件，”后接下一行“法律援助案件74…”），应删去换行，与下一行连成一段',
  ],
  'parts-exceed-total-classes.txt': [],
  'parts-exceed-total.txt': [],
  'placeholder-text.txt': [
    '10:30-10:33 placeholder-text 模板占位符“×××”未替换，应填写实际内容',
    '10:39-10:45 placeholder-text 模板占位符“××××××”未替换，应填写实际内容',
    '13:27-13:29 placeholder-text 模板占位符“××”未替换，应填写实际内容',
    '13:32-13:34 placeholder-text 模板占位符“×条”未替换，应填写实际内容',
    '20:10-20:12 placeholder-text 模板占位符“××”未替换，应填写实际内容',
    '20:14-20:16 placeholder-text 模板占位符“××”未替换，应填写实际内容',
    '31:6-31:8 placeholder-text 模板占位符“X月”未替换，应填写实际内容',
    '38:7-38:9 placeholder-text 模板占位符“××”未替换，应填写实际内容',
    '43:25-43:29 placeholder-text 模板占位符“××××”未替换，应填写实际内容',
    '43:31-43:35 placeholder-text 模板占位符“××××”未替换，应填写实际内容',
    '48:15-48:18 placeholder-text 模板占位符“___”未替换，应填写实际内容',
    '53:22-53:24 placeholder-text 模板占位符“X个”未替换，应填写实际内容',
  ],
  'placeholder-text-residue.txt': [
    '4:10-4:19 placeholder-text 编写说明“（5000字以内）”未删除，应按说明补全内容后删去',
    '6:28-6:39 placeholder-text 编写说明“（字数不超过800字）”未删除，应按说明补全内容后删去',
    '8:4-8:6 placeholder-text 模板占位符“……”未替换，应填写实际内容',
    '10:3-10:5 placeholder-text 模板占位符“……”未替换，应填写实际内容',
    '12:1-12:24 placeholder-text 编写说明“注：请结合本单位实际修改完善，正式印发时…”未删除，应按说明补全内容后删去',
    '14:1-14:18 placeholder-text 编写说明“备注：此处需补充1至2个典型案例。”未删除，应按说明补全内容后删去',
  ],
  'placeholder-text-template.txt': [
    '3:11-3:15 placeholder-text 编写说明“【填写】”未删除，应按说明补全内容后删去',
    '5:1-5:7 placeholder-text 编写说明“【单位名称】”未删除，应按说明补全内容后删去',
    '7:1-7:5 placeholder-text 编写说明“示例文字”未删除，应按说明补全内容后删去',
    '9:1-9:19 placeholder-text 编写说明“（注：本部分字数控制在800字以内）”未删除，应按说明补全内容后删去',
    '11:11-11:15 placeholder-text 模板占位符“（  ）”未替换，应填写实际内容',
    '13:9-13:12 placeholder-text 模板占位符“【 】”未替换，应填写实际内容',
    '15:1-15:6 placeholder-text 编写说明“编写说明：”未删除，应按说明补全内容后删去',
    '17:1-17:14 placeholder-text 编写说明“（此段可根据实际情况删减）”未删除，应按说明补全内容后删去',
  ],
  'plan-specificity.txt': [],
  'punctuation-width.txt': [
    '52:30-52:31 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”',
    '52:35-52:36 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”',
    '57:16-57:17 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”',
    '57:22-57:23 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”',
  ],
  'rate-mismatch.txt': [],
  'rate-mismatch-shares.txt': [
    '4:30-4:33 rate-mismatch 占比应为65%（78÷120），文中为60%',
    '7:29-7:32 rate-mismatch 占比应为24%（120÷500），文中为34%',
    '10:28-10:30 rate-mismatch 占比应为6%（9÷150），文中为8%',
    '13:32-13:35 rate-mismatch 占比应为70%（1120÷1600），文中为60%',
    '15:31-15:35 rate-mismatch 占比应为8.7%（2÷23），文中为9.7%',
    '17:38-17:43 rate-mismatch 占比应为24.3%（312÷1286），文中为42.3%',
    '20:45-20:48 rate-mismatch 占比应为85%（24.3万÷28.6万），文中为80%',
    '23:35-23:40 rate-mismatch 占比应为16.7%（20÷120），文中为18.7%',
    '26:44-26:49 rate-mismatch 占比应为36.1%（2214÷6127），文中为46.1%',
    '42:12-42:14 year-consistency “今年”从成文之年（2025年）算是2025年，从报告年度（2024年）算是2024年：应写明年份',
  ],
  'rate-mismatch-look-back.txt': [],
  'rate-mismatch-verb-object.txt': [],
  'rate-mismatch-closed.txt': [
    '31:18-31:26 rate-mismatch 败诉率应为6.09%（19÷312），文中为7.09%',
    '34:35-34:43 rate-mismatch 纠错率应为11.2%（73÷652），文中为12.2%',
  ],
  'rate-mismatch-outcomes.txt': [
    '28:49-28:57 rate-mismatch 纠错率应为21.9%（(12+5+4)÷96），文中为27.1%',
    '31:56-31:66 rate-mismatch 直接纠错率应为16.4%（(14+3+6)÷140），文中为22.1%',
  ],
  'rate-mismatch-counts-after.txt': [
    '57:9-57:17 rate-mismatch 办结率应为95.8%（115÷120），文中为98.3%',
    '60:7-60:15 rate-mismatch 办结率应为95.8%（115÷120），文中为98.3%',
    '63:7-63:15 rate-mismatch 办结率应为95.8%（115÷120），文中为98.3%',
    '66:1-66:14 rate-mismatch 行政复议纠错率应为10.0%（12÷120），文中为10.5%',
    '69:7-69:16 rate-mismatch 优秀率应为25.0%（50÷200），文中为30.5%',
    '72:21-72:29 rate-mismatch 优秀率应为28.5%（74÷260），文中为25.8%',
  ],
  'rate-out-of-range.txt': [],
  'redteam-causes.txt': [],
  'redteam-dates.txt': [],
  'redteam-di.txt': [],
  'redteam-parts-total.txt': [],
  'redteam-placeholder.txt': [],
  'redteam-recall.txt': [
    '4:1-4:11 invalid-date 日期不存在：2024年没有9月31日，9月只有30天',
    '7:1-7:12 invalid-date 日期不存在：2024年没有4月31日，4月只有30天',
    '10:6-10:9 invalid-date 日期不存在：没有6月31日，6月只有30天',
    '13:31-13:33 enumeration-sequence 列举序号重复：前面已有“第二”，此处应为“第三”',
    '16:1-16:11 placeholder-text 编写说明“【此处填写典型案例】”未删除，应按说明补全内容后删去',
    '19:3-19:7 placeholder-text 模板占位符“（  ）”未替换，应填写实际内容',
    '22:1-22:18 placeholder-text 编写说明“（注：此部分可结合本单位实际增减）”未删除，应按说明补全内容后删去',
    '25:11-25:41 parts-exceed-total 各分项之和为90人（60+20+10），超过总数86人；请核对总数或各分项',
    '28:3-28:13 invalid-date 日期不存在：2025年没有2月29日，2025年不是闰年，2月只有28天',
    '[31] 31:10-31:12 enumeration-sequence 列举缺少开头：应从“第一”开始，文中第一项为“第三”',
    '[34] S9:1-S9:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
    '[37] S9:1-S9:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  'redteam-years.txt': [],
  'repeated-phrase.txt': [],
  'shortcoming-causes.txt': [],
  'shortcoming-causes-echo.txt': [
    '[4] S9:1-S9:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
    '[6] S9:1-S9:11 shortcoming-causes “存在的不足和原因”只列出问题，没有分析原因（如“主要原因在于……”）',
  ],
  'style-headings.txt': [
    '22:1-22:3 heading-numbering 标题序号跳号：此处应为“3.”，文中为“4.”',
    '28:1-28:3 heading-numbering 标题序号重复：“2.”与上一个同级标题相同，此处应为“3.”',
  ],
  'style-latin-numbers.txt': [
    '12:46-12:47 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”',
  ],
  'style-line-breaks.txt': [
    '8:18-8:19 line-break-in-sentence 句子在此处被换行截断（“…华人民共和国行政”后接下一行“复议法》，参训人…”），应删去换行，与下一行连成一段',
    '16:18-16:19 line-break-in-sentence 句子在此处被换行截断（“…动公开政府信息3”后接下一行“216条，依申请…”），应删去换行，与下一行连成一段',
    '20:12-20:13 line-break-in-sentence 句子在此处被换行截断（“…参与、专家论证、”后接下一行“风险评估、合法性…”），应删去换行，与下一行连成一段',
  ],
  'style-parallel.txt': [],
  'style-plans.txt': [
    '[14] S17:1-S17:21 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
    '[17] S17:1-S17:21 plan-specificity “下一年度主要安排”只分出1项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
    '[20] S17:1-S17:21 plan-specificity “下一年度主要安排”只分出2项具体措施，至少应有3项：请按“一是……二是……三是……”或“（一）……（二）……（三）……”逐项写明下一年度的具体安排',
  ],
  'style-recall.txt': [
    '4:11-4:15 terminology “法制政府”应为“法治政府”：党的十八大以来的规范提法是“法治政府”',
    '7:7-7:11 terminology “法制政府”应为“法治政府”：党的十八大以来的规范提法是“法治政府”',
    '10:8-10:15 terminology “习近平法制思想”应为“习近平法治思想”：中央全面依法治国工作会议确立的名称是“习近平法治思想”（法治，不是法制）',
    '13:14-13:15 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”',
    '16:9-16:10 punctuation-width 中文行文应使用全角标点“，”，文中为半角“,”',
    '19:11-19:12 punctuation-width 中文行文应使用全角标点“；”，文中为半角“;”',
    '22:10-22:11 punctuation-width 中文行文应使用全角标点“：”，文中为半角“:”',
    '25:14-25:15 punctuation-width 中文行文应使用全角标点“（”，文中为半角“(”',
    '25:22-25:23 punctuation-width 中文行文应使用全角标点“）”，文中为半角“)”',
    '28:9-28:10 punctuation-width 中文行文应使用全角标点“？”，文中为半角“?”',
    '31:28-31:41 repeated-phrase 分句“深入推进行政执法规范化建设”在本段第25行第1列已出现过，此处重复：请删去重复的一处，或改写为不同的内容',
    '34:27-34:41 repeated-phrase 分句“持续深化综合行政执法体制改革”在本段第27行第1列已出现过，此处重复：请删去重复的一处，或改写为不同的内容',
    '37:6-37:12 terminology “（2023）”应为“〔2023〕”：发文字号的年份用六角括号“〔〕”括入（GB/T 9704—2012 第7.2.4条）',
    '40:4-40:21 terminology “法治政府建设与责任落实督查工作规定”应为“法治政府建设与责任落实督察工作规定”：厅字〔2019〕28号的名称是《法治政府建设与责任落实督察工作规定》（督察，不是督查）',
    '43:7-43:14 terminology “二十届3中全会”应为“二十届三中全会”：党的代表大会届次和全会次序用汉字数字书写',
    '46:5-46:15 terminology “重大执法决定法治审核”应为“重大执法决定法制审核”：行政执法“三项制度”的名称是“重大执法决定法制审核制度”（国办发〔2018〕118号）',
    '49:25-49:34 terminology “廉洁高效、守法诚信”应为“智能高效、廉洁诚信、人民满意”：《法治政府建设实施纲要（2021—2025年）》的目标表述为“职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府”，“廉洁高效、守法诚信”是2015年纲要的旧提法',
  ],
  'style-strict-evidence.txt': [],
  'style-strict-evidence-next-year.txt': [],
  'style-strict-outline.txt': [],
  'style-strict-outline-enforcement.txt': [],
  'style-strict-outline-oversight.txt': [],
  'style-strict-outline-wording.txt': [],
  'style-strict-rectification.txt': ['[16] 16:2-16:4 year-consistency “今年”从成文之年（2025年）算是2025年，从报告年度（2024年）算是2024年：应写明年份'],
  'style-terminology-near.txt': [],
  'stray-space.txt': [
    '15:3-15:6 placeholder-text 模板占位符“（ ）”未替换，应填写实际内容',
    '15:26-15:29 placeholder-text 模板占位符“（ ）”未替换，应填写实际内容',
    '29:5-29:6 stray-space 句中多余的空格：“全面推行□“谁执法谁普”，应删去',
    '29:14-29:15 stray-space 句中多余的空格：“执法谁普法”□普法责任制。”，应删去',
    '31:5-31:6 stray-space 句中多余的空格：“在县委、□县政府的统一”，应删去',
    '31:32-31:33 stray-space 句中多余的空格：“治国工作会议□精神。”，应删去',
    '33:7-33:8 stray-space 句中多余的空格：“深入学习□贯彻习近平法”，应删去',
    '33:26-33:27 stray-space 句中多余的空格：“法治政府建设□取得新成效。”，应删去',
  ],
  'terminology.txt': [],
  'year-consistency.txt': [],
  'recall4-figures.txt': [
    '4:9-4:45 parts-exceed-total 各分项之和为9100条（5200+3900），超过总数8600条；请核对总数或各分项',
    '7:9-7:42 parts-exceed-total 各分项之和为440个（35+405），超过总数420个；请核对总数或各分项',
  ],
  'figures-departments-2.txt': [
    '9:31-9:39 rate-mismatch 审结率应为95.7%（178÷186），文中为97.5%',
    '18:38-18:48 rate-mismatch 调解成功率应为64.0%（806÷1260），文中为66.0%',
    '24:50-24:57 rate-mismatch 节资率应为6.8%（0.86亿÷12.6亿），文中为6.2%',
    '30:23-30:46 parts-exceed-total 各分项之和为97起（29+68），超过总数87起；请核对总数或各分项',
  ],
  'figures-spaced-numbers.txt': [
    '11:22-11:59 parts-exceed-total 各分项之和为12614份（3102+9512），超过总数12406份；请核对总数或各分项',
    '23:37-23:38 line-break-in-sentence 句子在此处被换行截断（“…各类调解申请62”后接下一行“7件，调解成功6…”），应删去换行，与下一行连成一段',
  ],
  'rate-mismatch-above-round.txt': [
    '22:26-22:36 rate-mismatch 调解成功率应在94.5%至95.9%之间（652÷690至652÷680），文中为97.3%',
    '25:36-25:44 rate-mismatch 合格率应在92.5%至98.7%之间（148÷160至148÷150），文中为99.1%',
  ],
  'years-dates.txt': [
    '8:1-8:11 invalid-date 日期不存在：2024年没有2月30日，2月只有29天',
    '13:1-13:11 invalid-date 日期不存在：2024年没有4月31日，4月只有30天',
    '16:1-16:11 invalid-date 日期不存在：2024年没有6月31日，6月只有30天',
    '21:1-21:12 invalid-date 日期不存在：2024年没有9月31日，9月只有30天',
    '28:1-28:6 year-consistency “主要举措和成效”应写2024年的情况，文中为2023年',
    '35:25-35:31 invalid-date 日期不存在：2024年没有11月31日，11月只有30天',
    '45:1-45:9 invalid-date 日期不存在：没有13月，月份应在1至12之间，文中为“2024年13月”',
    '52:9-52:18 invalid-date 日期不存在：2024年没有2月30日，2月只有29天',
    '57:5-57:15 invalid-date 日期不存在：2024年没有6月31日，6月只有30天',
    '63:4-63:5 line-break-in-sentence 句子在此处被换行截断（“2023”后接下一行“年，全县共办理行…”），应删去换行，与下一行连成一段',
    '67:1-67:6 year-consistency “主要举措和成效”应写2024年的情况，文中为2023年',
    '72:1-72:3 year-consistency “今年”从成文之年（2025年）算是2025年，从报告年度（2024年）算是2024年：应写明年份',
    '77:1-77:5 year-consistency “截至目前”是到成文之时（2025年3月）为止，已超出报告年度：应写明截止时间，如“截至2024年底”',
    '81:1-81:6 year-consistency “存在的不足和原因”应写2024年的情况，文中为2023年',
    '89:3-89:13 invalid-date 日期不存在：2025年没有2月29日，2025年不是闰年，2月只有28天',
  ],
  'years-docs.txt': [
    '8:9-8:14 year-consistency 制定的是2022年的工作要点，报告年度为2023年：应为2023年的工作要点',
    '13:4-13:9 year-consistency 按照的是2022年的工作要点，报告年度为2023年：应为2023年的工作要点',
    '18:11-18:17 year-consistency 纳入的是2022年的学习计划，报告年度为2023年：应为2023年的学习计划',
    '27:3-27:8 year-consistency 召开的是2022年的工作会议，报告年度为2023年：应为2023年的工作会议',
    '54:34-54:39 year-consistency 审议的是2022年的工作要点，报告年度为2023年：应为2023年的工作要点',
    '59:23-59:29 year-consistency 审议的是2022年的事项目录，报告年度为2023年：应为2023年的事项目录',
  ],
  'years-leads.txt': [
    '8:1-8:6 year-consistency “主要举措和成效”应写2023年的情况，文中为2022年',
    '17:1-17:7 year-consistency “主要举措和成效”应写2023年的情况，文中为2022年',
    '26:1-26:6 year-consistency “主要举措和成效”应写2023年的情况，文中为2022年',
    '37:1-37:6 year-consistency “主要举措和成效”应写2023年的情况，文中为2024年',
    '60:1-60:6 year-consistency “主要举措和成效”应写2023年的情况，文中为2022年',
    '71:1-71:6 year-consistency “存在的不足和原因”应写2023年的情况，文中为2022年',
    '81:1-81:6 year-consistency “党政主要负责人履行推进法治建设第一责任人职责情况”应写2023年的情况，文中为2022年',
    '89:1-89:6 year-consistency “下一年度主要安排”应写2024年的安排，文中为2023年',
    '96:3-96:8 year-consistency “下一年度主要安排”应写2024年的安排，文中的完成时限在2023年，成文时已过',
  ],
  'years-periods-2022.txt': [
    '12:9-12:16 dated-reference 2022年度报告提到“二十届三中全会”，但党的二十届三中全会于2024年7月召开：请核对报告年度',
    '15:9-15:16 dated-reference 2022年度报告提到“二十届四中全会”，但党的二十届四中全会于2025年10月召开：请核对报告年度',
    '28:1-28:6 year-consistency “主要举措和成效”应写2022年的情况，文中为2021年',
    '45:3-45:8 year-consistency “下一年度主要安排”应写2023年的安排，文中的完成时限在2022年，成文时已过',
  ],
  'years-periods.txt': [
    '12:7-12:12 dated-reference 2025年度报告仍写“党的十九大”：党的二十大已于2022年10月召开，应学习贯彻党的二十大精神',
    '17:7-17:31 dated-reference 2025年度报告仍写“《法治政府建设实施纲要（2015—2020年）》”：该纲要的期限是2015—2020年，现行的是《法治政府建设实施纲要（2021—2025年）》',
    '20:5-20:11 dated-reference 2025年度报告仍写“‘七五’普法”：“七五”普法规划的期限是2016—2020年，现行的是“八五”普法规划（2021—2025年）',
    '47:1-47:5 terminology “2026”应为“2021”：“十四五”开局之年是2021年',
    '50:1-50:5 terminology “2026”应为“2025”：“十四五”收官之年是2025年',
  ],
  'years-plans.txt': [
    '8:1-8:6 year-consistency “下一年度主要安排”应写2025年的安排，文中为2024年',
    '15:5-15:10 year-consistency “下一年度主要安排”应写2025年的安排，文中召开的是2024年的工作会议，该年已过：应为2025年的工作会议',
    '20:9-20:15 year-consistency “下一年度主要安排”应写2025年的安排，文中印发的是2024年的工作要点，该年已过：应为2025年的工作要点',
    '25:3-25:8 year-consistency “下一年度主要安排”应写2025年的安排，文中的完成时限在2024年，成文时已过',
    '42:8-42:13 year-consistency “下一年度主要安排”应写2025年的安排，文中召开的是2024年的推进会，该年已过：应为2025年的推进会',
    '[46] 46:3-46:5 year-consistency “明年”从成文之年（2025年）算是2026年，从报告年度（2024年）算是2025年：应写明年份',
    '[49] 49:5-49:10 year-consistency “下一年度主要安排”应写2025年的安排，文中的完成时限在2024年，成文时已过',
    '[54] 54:3-54:8 year-consistency “下一年度主要安排”应写2025年的安排，文中为2024年',
    '[61] 61:12-61:17 year-consistency “下一年度主要安排”应写2025年的安排，文中的完成时限在2024年，成文时已过',
    '[68] 68:1-68:6 year-consistency “下一年度主要安排”应写2025年的安排，文中为2024年',
    '[73] 73:16-73:21 year-consistency “下一年度主要安排”应写2025年的安排，文中的完成时限在2024年，成文时已过',
    '[82] 82:9-82:14 dated-reference 2024年度报告仍写“党的十九大”：党的二十大已于2022年10月召开，应学习贯彻党的二十大精神',
    '[87] 87:20-87:25 year-consistency “下一年度主要安排”应写2025年的安排，文中的完成时限在2024年，成文时已过',
  ],
  'years-relative.txt': [
    '10:1-10:3 year-consistency “今年”从成文之年（2026年）算是2026年，从报告年度（2025年）算是2025年：应写明年份',
    '15:1-15:5 year-consistency “截至目前”是到成文之时（2026年3月）为止，已超出报告年度：应写明截止时间，如“截至2025年底”',
    '20:3-20:8 year-consistency “主要举措和成效”应写2025年的情况，文中的数据截至2024年底，是上一年度的：应截至2025年底',
    '23:2-23:4 year-consistency “去年”从成文之年（2026年）算是2025年，从报告年度（2025年）算是2024年：应写明年份',
    '32:1-32:6 year-consistency “主要举措和成效”应写2025年的情况，文中为2024年',
    '41:1-41:3 year-consistency “今年”从成文之年（2026年）算是2026年，从报告年度（2025年）算是2025年：应写明年份',
    '46:1-46:6 year-consistency “主要举措和成效”应写2025年的情况，文中为2026年',
    '53:1-53:3 year-consistency “去年”从成文之年（2026年）算是2025年，从报告年度（2025年）算是2024年：应写明年份',
    '60:1-60:3 terminology “截止”应为“截至”：“截止”不带宾语（报名截止、截止日期、截止到年底）；到某一时间为止写“截至”（截至目前、截至2024年底）',
    '60:3-60:8 year-consistency “主要举措和成效”应写2025年的情况，文中的数据截至2024年底，是上一年度的：应截至2025年底',
    '74:3-74:5 year-consistency “今年”从成文之年（2026年）算是2026年，从报告年度（2025年）算是2025年：应写明年份',
    '79:1-79:7 year-consistency “存在的不足和原因”应写2025年的情况，文中为2024年',
    '84:3-84:8 year-consistency “存在的不足和原因”应写2025年的情况，文中的数据截至2024年底，是上一年度的：应截至2025年底',
    '90:1-90:3 year-consistency “今年”从成文之年（2026年）算是2026年，从报告年度（2025年）算是2025年：应写明年份',
    '95:1-95:6 year-consistency “党政主要负责人履行推进法治建设第一责任人职责情况”应写2025年的情况，文中为2024年',
    '101:1-101:6 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年',
    '108:3-108:8 year-consistency “下一年度主要安排”应写2026年的安排，文中为2025年',
    '113:15-113:20 year-consistency “下一年度主要安排”应写2026年的安排，文中的完成时限在2025年，成文时已过',
    '[119] 119:18-119:20 year-consistency “明年”从成文之年（2026年）算是2027年，从报告年度（2025年）算是2026年：应写明年份',
  ],
};

const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('sentence-level probes, end to end', () => {
  it('the recommended preset resolves', () => expect(problems).toEqual([]));
  it('every probe file has its expected findings listed', () => {
    expect(files).toEqual(Object.keys(expected).sort());
  });
  for (const file of files) {
    it(file, () => {
      const reports = probeReports(readFileSync(join(DIR, file), 'utf8'));
      // PROBE_DUMP=dir writes the composed reports, to lint them with the CLI.
      if (process.env.PROBE_DUMP) reports.forEach((r, i) => writeFileSync(join(process.env.PROBE_DUMP!, `${file}.${i}.txt`), r.text));
      const got = reports.flatMap((r) =>
        lint({ text: r.text, format: 'txt', encoding: 'utf-8', bom: false, eol: '\n' }, config).messages.map((m) => show(r, m)),
      );
      if (process.env.PROBE_PRINT) console.log(`${file}\n${got.join('\n')}`);
      expect(got).toEqual(expected[file] ?? []);
    });
  }
});

/**
 * The style-strict-*.txt probes again, with the strict preset: only the findings of the one
 * strict-only rule each file probes (the recommended ones are listed above). The skeleton's own
 * text lacks a rectification statement and covers few task areas, so the other strict-only rules
 * would report the skeleton, not the probes.
 */
const strict = resolveConfig({ extends: 'strict' }, registry);

/** Per file: the strict-only rule it probes, and that rule's findings. */
const expectedStrict: Record<string, { rule: string; findings: string[] }> = {
  'style-strict-evidence.txt': {
    rule: 'measures-evidence',
    findings: [
      '10:1-10:10 measures-evidence “推进政务公开”一节没有任何数据、事例或文件，只讲做法不见成效：请补充具体数字（如办理件数、覆盖人数、增减比例）、典型案例或所依据的文件《……》',
      '21:1-21:10 measures-evidence “推进依法决策”一节没有任何数据、事例或文件，只讲做法不见成效：请补充具体数字（如办理件数、覆盖人数、增减比例）、典型案例或所依据的文件《……》',
      '34:1-34:11 measures-evidence “优化涉企执法”一节没有任何数据、事例或文件，只讲做法不见成效：请补充具体数字（如办理件数、覆盖人数、增减比例）、典型案例或所依据的文件《……》',
    ],
  },
  'style-strict-evidence-next-year.txt': {
    rule: 'measures-evidence',
    findings: [
      '13:1-13:18 measures-evidence “编制2025年度应急演练计划”一节没有任何数据、事例或文件，只讲做法不见成效：请补充具体数字（如办理件数、覆盖人数、增减比例）、典型案例或所依据的文件《……》',
      '16:1-16:16 measures-evidence “下一步将深化数字政府建设”一节没有任何数据、事例或文件，只讲做法不见成效：请补充具体数字（如办理件数、覆盖人数、增减比例）、典型案例或所依据的文件《……》',
    ],
  },
  'style-strict-outline.txt': {
    rule: 'outline-coverage',
    findings: [],
  },
  'style-strict-outline-enforcement.txt': {
    rule: 'outline-coverage',
    findings: [],
  },
  'style-strict-outline-oversight.txt': {
    rule: 'outline-coverage',
    findings: [],
  },
  'style-strict-outline-wording.txt': {
    rule: 'outline-coverage',
    findings: [],
  },
  'style-strict-rectification.txt': {
    rule: 'rectification',
    findings: [
      '[13] S9:1-S9:11 rectification 报告未说明2023年度报告所列问题的整改情况：请写明上年度存在的问题逐项整改了什么、整改到什么程度（可写在“存在的不足和原因”部分开头）',
      '[16] S9:1-S9:11 rectification 报告未说明2023年度报告所列问题的整改情况：请写明上年度存在的问题逐项整改了什么、整改到什么程度（可写在“存在的不足和原因”部分开头）',
      '[31] S9:1-S9:11 rectification 报告未说明2023年度报告所列问题的整改情况：请写明上年度存在的问题逐项整改了什么、整改到什么程度（可写在“存在的不足和原因”部分开头）',
      '[34] S9:1-S9:11 rectification 报告未说明2023年度报告所列问题的整改情况：请写明上年度存在的问题逐项整改了什么、整改到什么程度（可写在“存在的不足和原因”部分开头）',
      '[37] S9:1-S9:11 rectification 报告未说明2023年度报告所列问题的整改情况：请写明上年度存在的问题逐项整改了什么、整改到什么程度（可写在“存在的不足和原因”部分开头）',
    ],
  },
};

const strictFiles = files.filter((f) => f.startsWith('style-strict-'));

describe('strict-only probes, end to end', () => {
  it('the strict preset resolves', () => expect(strict.problems).toEqual([]));
  it('every strict probe file has its expected findings listed', () => {
    expect(strictFiles).toEqual(Object.keys(expectedStrict).sort());
  });
  for (const file of strictFiles) {
    it(file, () => {
      const reports = probeReports(readFileSync(join(DIR, file), 'utf8'));
      const got = reports.flatMap((r) =>
        lint({ text: r.text, format: 'txt', encoding: 'utf-8', bom: false, eol: '\n' }, strict.config)
          .messages.filter((m) => m.ruleId === expectedStrict[file]?.rule)
          .map((m) => show(r, m)),
      );
      if (process.env.PROBE_PRINT) console.log(`${file}\n${got.join('\n')}`);
      expect(got).toEqual(expectedStrict[file]?.findings ?? []);
    });
  }
});
