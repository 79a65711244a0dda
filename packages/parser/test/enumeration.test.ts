import { describe, expect, it } from 'vitest';
import { findEnumeration, normalizeText, writesLead } from '@reportlint/parser';

/** The leads of a paragraph as kind, number and text: “di2 第二”. */
function leads(text: string): string[] {
  const normalized = normalizeText(text);
  return findEnumeration(normalized, 0, normalized.length).map((i) => `${i.kind}${i.ordinal} ${text.slice(i.start, i.end)}`);
}

describe('findEnumeration: 一是、二是 leads', () => {
  it('takes a N是 that opens a clause', () => {
    expect(leads('一是加强领导；二是压实责任。十一是法治宣传，十二是法律服务。')).toEqual(['shi1 一是', 'shi2 二是', 'shi11 十一是', 'shi12 十二是']);
  });
  it('leaves 统一是, 唯一是 and 是否', () => {
    expect(leads('唯一是处罚、统一是标准。对于一是否需要听证')).toEqual([]);
  });
});

describe('findEnumeration: 第一，第二 leads', () => {
  it('takes a 第N that opens a clause and is followed by a pause or 是', () => {
    expect(leads('（一）加强党的领导。第一，健全工作机制，……。第二，压实主体责任，……。第四，强化督促检查，……。')).toEqual([
      'di1 第一',
      'di2 第二',
      'di4 第四',
    ]);
    expect(leads('第一：健全机制；第二:压实责任;第三,强化督查。')).toEqual(['di1 第一', 'di2 第二', 'di3 第三']);
    expect(leads('全年做好以下工作：第一是配合督察；第二是迎接考评。')).toEqual(['di1 第一', 'di2 第二']);
    expect(leads('第十，甲。第十一，乙。第十九，丙。')).toEqual(['di10 第十', 'di11 第十一', 'di19 第十九']);
  });
  it('takes a lead after a blank or at the start of the range', () => {
    expect(leads('第一，甲 第二，乙\n第三，丙')).toEqual(['di1 第一', 'di2 第二', 'di3 第三']);
  });
  it('reads the Traditional script and full-width marks as the normalized text does', () => {
    expect(leads('第一，高位統籌調度。第二：聚焦改革創新。')).toEqual(['di1 第一', 'di2 第二']);
  });
  it('leaves a 第N glued to what precedes it: a ranking is no lead', () => {
    expect(leads('我县位列全市第一，排名全省第二，坚持安全第一，预防为主。')).toEqual([]);
  });
  it('leaves a 第N followed by a noun or by 、', () => {
    expect(leads('第一责任人，第一次会议，第一批，第一书记，第二季度，第三方评估，第一时间。')).toEqual([]);
    expect(leads('第一、第二批试点，第二、三季度。')).toEqual([]);
  });
  it('leaves 第二十 and above, and 第一是否', () => {
    expect(leads('第二十，甲。第一是否听证。')).toEqual([]);
  });
  it('leaves ordinals listed with commas instead of 、', () => {
    expect(leads('分别获得，第二，第三，第五名。')).toEqual([]);
    expect(leads('位居全市第一，第二，第三季度满意度均在95%以上。')).toEqual([]);
  });
  it('leaves 首先/其次 and 其一/其二: they are not followed', () => {
    expect(leads('首先，梳理事项；其次，逐项核对。其一，首违不罚；其二，轻微免罚。')).toEqual([]);
  });
  it('returns both kinds in text order', () => {
    expect(leads('第一，抓培训：一是轮训，二是考试。第二，抓考核。')).toEqual(['di1 第一', 'shi1 一是', 'shi2 二是', 'di2 第二']);
  });
  it('stays within its range', () => {
    const text = '甲。第一，乙。第二，丙。';
    expect(findEnumeration(text, text.indexOf('第一'), text.length).map((i) => i.ordinal)).toEqual([1, 2]);
    // The pause after 第二 lies past the end: 第二 is not known to be a lead.
    expect(findEnumeration(text, 0, text.indexOf('第二') + 2).map((i) => i.ordinal)).toEqual([1]);
  });
});

describe('writesLead: a lead written anywhere, clause or not', () => {
  const text = normalizeText('我区一是加强领导，县委书记第三，带头述法，第一责任人');
  it('finds N是 and 第N before a pause, glued or not', () => {
    expect(writesLead(text, 0, text.length, 'shi', 1)).toBe(true);
    expect(writesLead(text, 0, text.length, 'di', 3)).toBe(true);
  });
  it('needs the pause after 第N, and the kind asked for', () => {
    expect(writesLead(text, 0, text.length, 'di', 1)).toBe(false);
    expect(writesLead(text, 0, text.length, 'shi', 3)).toBe(false);
    expect(writesLead(text, 0, text.length, 'di', 2)).toBe(false);
  });
});
