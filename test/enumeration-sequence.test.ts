import { describe, expect, it } from 'vitest';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import { builtinPlugin } from '@reportlint/rules';

/**
 * enumeration-sequence on 第一，第二，… lists, alone and beside 一是、二是 lists (the README's
 * examples cover more of the 一是 kind). Findings as “line:column message”.
 */
const registry = createRegistry([builtinPlugin]);
const { config } = resolveConfig({ rules: { 'enumeration-sequence': 'warn' } }, registry);
const en = resolveConfig({ rules: { 'enumeration-sequence': 'warn' }, locale: 'en' }, registry).config;

function findings(lines: string[], cfg = config): string[] {
  const text = lines.join('\n');
  return lint({ text, format: 'txt', encoding: 'utf-8', bom: false, eol: '\n' }, cfg).messages.map((m) => `${m.line}:${m.column} ${m.message}`);
}

const HEAD = '一、主要举措和成效';

describe('enumeration-sequence: 第一，第二 lists', () => {
  it('reports a skipped number', () => {
    expect(findings([HEAD, '（一）加强党的领导。第一，健全工作机制，……。第二，压实主体责任，……。第四，强化督促检查，……。'])).toEqual([
      '2:37 列举序号跳号：此处应为“第三”，文中为“第四”',
    ]);
  });
  it('reports a repeat, across paragraphs of one section', () => {
    expect(findings([HEAD, '第一，完善制度。', '第二，规范程序。', '第二，强化监督。'])).toEqual(['4:1 列举序号重复：前面已有“第二”，此处应为“第三”']);
  });
  it('reports numbers going backwards, naming the order of the kind', () => {
    expect(findings([HEAD, '第一，完善制度。第三，规范程序。第二，强化监督。'])).toEqual([
      '2:9 列举序号跳号：此处应为“第二”，文中为“第三”',
      '2:17 列举序号顺序颠倒：“第二”出现在“第三”之后，应按“第一、第二……”的顺序排列',
    ]);
    expect(findings([HEAD, '第一，完善制度。第三，规范程序。第二，强化监督。'], en)[1]).toBe(
      '2:17 Enumeration out of order: "第二" comes after "第三"; number the items in order (第一, 第二 …)',
    );
    // The 一是 kind keeps its wording.
    expect(findings([HEAD, '一是完善制度。三是规范程序。二是强化监督。'])[1]).toBe(
      '2:15 列举序号顺序颠倒：“二是”出现在“三是”之后，应按“一是、二是……”的顺序排列',
    );
  });
  it('reports a list that does not start with 第一', () => {
    expect(findings([HEAD, '（一）深化改革。完成综合行政执法改革。', '（二）加强复议。第二，发挥主渠道作用。第三，履行应诉职责。'])).toEqual([
      '3:9 列举缺少开头：应从“第一”开始，文中第一项为“第二”',
    ]);
  });
  it('follows a list into its subsections, and starts afresh in the next section', () => {
    expect(findings([HEAD, '（一）加强组织领导。第一，健全机制。第二，压实责任：', '1.专题研究3次。', '2.听取汇报。', '第三，强化考核。', '（二）规范执法。第一，评查案卷。第二，落实制度。'])).toEqual([]);
    expect(findings([HEAD, '（一）加强组织领导。第一，健全机制。第二，压实责任。', '（二）规范执法。第三，评查案卷。'])).toEqual([
      '3:9 列举缺少开头：应从“第一”开始，文中第一项为“第三”',
    ]);
  });
  it('reads 第一：, 第一是 and half-width marks', () => {
    expect(findings([HEAD, '第一：健全机制；第二：压实责任；第四：强化督查。'])).toEqual(['2:17 列举序号跳号：此处应为“第三”，文中为“第四”']);
    expect(findings([HEAD, '第一是配合督察；第二是迎接考评；第二是完成评议。'])).toEqual(['2:17 列举序号重复：前面已有“第二”，此处应为“第三”']);
    expect(findings([HEAD, '第一,健全机制;第二,压实责任;第四,强化督查。'])).toEqual(['2:17 列举序号跳号：此处应为“第三”，文中为“第四”']);
  });
});

describe('enumeration-sequence: the two kinds are separate lists', () => {
  it('a 一是 list nested in a 第一 item neither continues nor closes it', () => {
    expect(findings([HEAD, '第一，抓培训：一是开展轮训，二是组织考试。第二，抓考核：一是年度考核，二是日常检查。第三，抓保障。'])).toEqual([]);
  });
  it('a 第一 list nested in a 一是 item neither continues nor closes it', () => {
    expect(findings([HEAD, '一是健全制度：第一，出台规定；第二，修订办法。二是强化备案审查。三是开展文件清理。'])).toEqual([]);
  });
  it('a 第二 after 一是 is no continuation of the 一是 list, and no skip', () => {
    expect(findings([HEAD, '一是健全制度。二是强化审查。第一，甲；第二，乙。三是开展清理。'])).toEqual([]);
  });
  it('reports the mistake of each kind at its place', () => {
    expect(findings([HEAD, '第一，抓培训：一是开展轮训，三是组织考试。第二，抓考核。第四，抓保障。'])).toEqual([
      '2:15 列举序号跳号：此处应为“二是”，文中为“三是”',
      '2:29 列举序号跳号：此处应为“第三”，文中为“第四”',
    ]);
  });
});

describe('enumeration-sequence: 第一，第二 that are no leads stay silent', () => {
  it('a ranking glued to its subject', () => {
    expect(findings([HEAD, '我县在全市考核中排名全省第一，位列第二，第三方评估满意度达96.5%。'])).toEqual([]);
  });
  it('a ranking before a real list does not make it miss its first item', () => {
    expect(findings([HEAD, '我县考核排名全市第一，第二，压实责任。第三，强化督查。'])).toEqual([]);
    expect(findings([HEAD, '我县考核排名全市第一，第二，压实责任。第三，强化督查，第四，抓好保障。'])).toEqual([]);
  });
  it('第N followed by a noun or by 、', () => {
    expect(findings([HEAD, '落实第一责任人职责。第一次会议，第三批试点，第二季度，第一书记，第三方评估。第一、第二批试点，第二、三季度。'])).toEqual([]);
  });
  it('ordinals listed with commas', () => {
    expect(findings([HEAD, '我县3个单位分别获得第二，第三，第五名。'])).toEqual([]);
  });
  it('a lead glued to its subject, as for 一是', () => {
    expect(findings([HEAD, '县委书记第一，带头学法，第二，带头述法；县长第一，带头出庭，第二，带头决策。'])).toEqual([]);
    expect(findings([HEAD, '我局第一，健全机制，第二，压实责任，第三，强化督查。'])).toEqual([]);
  });
  it('首先/其次 and 其一/其二 are not followed', () => {
    expect(findings([HEAD, '首先，梳理事项；其次，逐项核对；最后，统一公布。其一，首违不罚；其三，轻微免罚。'])).toEqual([]);
  });
});
