import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeSource } from '@reportlint/parser';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/docx');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal .docx: the body's XML, and numbering and styles parts when given (found without relationships, at their usual names). */
function docx(body: string, parts: { numbering?: string; styles?: string } = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
  };
  if (parts.numbering) files['word/numbering.xml'] = strToU8(`<w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`);
  if (parts.styles) files['word/styles.xml'] = strToU8(`<w:styles xmlns:w="${W}">${parts.styles}</w:styles>`);
  return zipSync(files);
}

const p = (text: string, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const numbered = (numId: number, ilvl: number, text: string) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
const level = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${extra}<w:lvlText w:val="${text}"/><w:suff w:val="nothing"/></w:lvl>`;
const abstract = (id: number, levels: string) => `<w:abstractNum w:abstractNumId="${id}">${levels}</w:abstractNum>`;
const num = (id: number, abstractId: number, overrides = '') => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;

const lines = (bytes: Uint8Array): string[] => decodeSource(bytes, { path: 'r.docx' }).text.split('\n').slice(0, -1);

function failure(bytes: Uint8Array, path: string): DecodeError {
  try {
    decodeSource(bytes, { path });
  } catch (error) {
    if (error instanceof DecodeError) return error;
    throw error;
  }
  throw new Error('decoded');
}

describe('decodeSource on a .docx', () => {
  it('reads the fixtures as the text Word saves them as, linted as .txt and never written back', () => {
    for (const name of ['report', 'numbered']) {
      const source = decodeSource(readFileSync(join(FIXTURES, `${name}.docx`)), { path: `${name}.docx` });
      expect(source.text).toBe(readFileSync(join(FIXTURES, `${name}.txt`), 'utf8'));
      expect(source).toMatchObject({ format: 'txt', origin: 'docx', eol: '\n', bom: false });
    }
  });

  it('reads the realistic drafts, correct and with each planted mistake, as the text Word saves them as', () => {
    const drafts = join(FIXTURES, 'drafts');
    const names = readdirSync(drafts).filter((name) => name.endsWith('.docx'));
    expect(names.length).toBeGreaterThanOrEqual(15);
    for (const name of names) {
      const text = decodeSource(readFileSync(join(drafts, name)), { path: name }).text;
      expect(text, name).toBe(readFileSync(join(drafts, name.replace(/\.docx$/, '.txt')), 'utf8'));
    }
  });

  it('writes a page break as a form feed in its paragraph, not as a line break', () => {
    const heading = '<w:p><w:r><w:br w:type="page"/><w:t>二、存在的不足和原因</w:t></w:r></w:p>';
    expect(lines(docx(p('甲') + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' + heading))).toEqual(['甲', '\f', '\f二、存在的不足和原因']);
  });

  it('runs a paragraph whose mark is a tracked deletion on into the next, uncounted; leaves out deleted rows', () => {
    const numbering = abstract(0, level(0, 'chineseCountingThousand', '（%1）')) + num(1, 0);
    const deletedMark = (text: string) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = numbered(1, 0, '甲') + deletedMark('') + numbered(1, 0, '乙') + deletedMark('丙') + numbered(1, 0, '丁');
    expect(lines(docx(body, { numbering }))).toEqual(['（一）甲', '（二）乙', '（三）丙丁']);
    const row = (cells: string, props = '') => `<w:tr>${props}${cells}</w:tr>`;
    const table = `<w:tbl>${row(`<w:tc>${p('项目')}</w:tc>`)}${row(`<w:tc>${p('已删')}</w:tc>`, '<w:trPr><w:del w:id="2" w:author="a"/></w:trPr>')}</w:tbl>`;
    expect(lines(docx(table))).toEqual(['项目']);
  });

  it('writes a merged cell once: a cell spanning columns is one cell, a cell continuing the one above is empty', () => {
    const cell = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${p(text)}</w:tc>`;
    const merged = '<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>';
    const table = `<w:tbl><w:tr>${cell('类别', '<w:vMerge w:val="restart"/>')}${cell('2024年', '<w:gridSpan w:val="2"/>')}</w:tr><w:tr>${merged}${cell('受理')}${cell('办结')}</w:tr></w:tbl>`;
    expect(lines(docx(table))).toEqual(['类别\t2024年', '\t受理\t办结']);
  });

  it('leaves out footnotes and their marks, hidden and deleted text and field codes; keeps insertions, links and field results', () => {
    const text = decodeSource(readFileSync(join(FIXTURES, 'report.docx'))).text;
    expect(text).not.toMatch(/数据来源|内部核对|抽查案卷200卷|DATE/);
    expect(text).toContain('网上可办率达到98.6%。');
    expect(text).toContain('抽查案卷210卷');
    expect(text).toContain('带头在县政府门户网站公开述法报告');
    expect(text).toContain('\n2025年3月20日\n');
  });

  it('writes a table row as a line of tab-separated cells, a cell of several paragraphs on one line', () => {
    expect(lines(readFileSync(join(FIXTURES, 'report.docx')))).toContain('行政复议案件（件）\t104\t120');
    const cell = (...paras: string[]) => `<w:tc>${paras.map((t) => p(t)).join('')}</w:tc>`;
    const table = `<w:tbl><w:tr>${cell('项目')}${cell('2024年')}</w:tr><w:tr>${cell('行政复议', '（件）')}${cell('120')}</w:tr></w:tbl>`;
    expect(lines(docx(p('表1') + table + p('说明')))).toEqual(['表1', '项目\t2024年', '行政复议 （件）\t120', '说明']);
  });

  it('keeps empty paragraphs as empty lines, soft breaks as line breaks and tabs as tabs', () => {
    const body = `${p('一')}<w:p/><w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>`;
    expect(lines(docx(body))).toEqual(['一', '', '甲\t乙', '丙']);
  });

  it('writes a character inserted as a symbol (w:sym) as that character, one of a symbol font as one private-use character', () => {
    const body = '<w:p><w:r><w:t>依据</w:t><w:sym w:font="宋体" w:char="3014"/><w:t>2024</w:t><w:sym w:font="宋体" w:char="3015"/><w:t>3号</w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>办结</w:t></w:r></w:p>';
    expect(lines(docx(body))).toEqual(['依据〔2024〕3号\uf0fc办结']);
  });

  it('reads content controls, smart tags and custom XML wrappers in their place', () => {
    const body = `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${p('在控件里')}</w:sdtContent></w:sdt><w:p><w:smartTag><w:r><w:t>标记</w:t></w:r></w:smartTag></w:p>`;
    expect(lines(docx(body))).toEqual(['在控件里', '标记']);
  });
});

describe('automatic numbering', () => {
  const CHINESE = abstract(0, level(0, 'chineseCountingThousand', '%1、') + level(1, 'chineseCountingThousand', '（%2）') + level(2, 'decimal', '%3.'));

  it('renders the labels Word shows, restarting a level under a new heading', () => {
    const body = [numbered(1, 0, '甲'), numbered(1, 1, '乙'), numbered(1, 1, '丙'), numbered(1, 2, '丁'), numbered(1, 0, '戊'), numbered(1, 1, '己'), numbered(1, 2, '庚')].join('');
    expect(lines(docx(body, { numbering: CHINESE + num(1, 0) }))).toEqual(['一、甲', '（一）乙', '（二）丙', '1.丁', '二、戊', '（一）己', '1.庚']);
  });

  it('counts in Chinese past ten: 十, 十一, 二十, 一百零五', () => {
    const body = Array.from({ length: 105 }, (_, i) => numbered(1, 0, `${i + 1}`)).join('');
    const shown = lines(docx(body, { numbering: CHINESE + num(1, 0) }));
    expect([shown[9], shown[10], shown[19], shown[99], shown[104]]).toEqual(['十、10', '十一、11', '二十、20', '一百、100', '一百零五、105']);
  });

  it.each([
    ['decimalEnclosedCircle', '%1', 3, '③'],
    ['chineseLegalSimplified', '%1、', 10, '壹拾、'],
    ['upperRoman', '%1.', 4, 'IV.'],
    ['lowerLetter', '(%1)', 27, '(aa)'],
    ['decimalZero', '%1', 7, '07'],
    ['decimalFullWidth', '%1．', 12, '１２．'],
    ['ideographTraditional', '%1、', 2, '乙、'],
  ])('renders %s', (format, text, n, label) => {
    const body = Array.from({ length: n }, () => numbered(1, 0, 'x')).join('');
    expect(lines(docx(body, { numbering: abstract(0, level(0, format, text)) + num(1, 0) })).at(-1)).toBe(`${label}x`);
  });

  it('leaves out bullets and formats it does not render, and labels of unknown lists', () => {
    const numbering = abstract(0, level(0, 'bullet', '\uF06C') + level(1, 'hebrew1', '%2.')) + num(1, 0);
    expect(lines(docx(numbered(1, 0, '甲') + numbered(1, 1, '乙') + numbered(9, 0, '丙'), { numbering }))).toEqual(['甲', '乙', '丙']);
  });

  it('continues a count across lists of one definition unless a list restarts it (w:startOverride)', () => {
    const numbering = CHINESE + num(1, 0) + num(2, 0) + num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>');
    const body = numbered(1, 0, 'a') + numbered(2, 0, 'b') + numbered(3, 0, 'c') + numbered(3, 0, 'd');
    expect(lines(docx(body, { numbering }))).toEqual(['一、a', '二、b', '一、c', '二、d']);
  });

  it('numbers a paragraph through its style, at the level linked to the style', () => {
    const numbering = abstract(0, level(0, 'chineseCountingThousand', '%1、', '<w:pStyle w:val="H1"/>') + level(1, 'chineseCountingThousand', '（%2）', '<w:pStyle w:val="H2"/>')) + num(4, 0);
    const styles = ['H1', 'H2'].map((id) => `<w:style w:type="paragraph" w:styleId="${id}"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>`).join('')
      + '<w:style w:type="paragraph" w:styleId="H2x"><w:basedOn w:val="H2"/></w:style>';
    const body = p('甲', '<w:pStyle w:val="H1"/>') + p('乙', '<w:pStyle w:val="H2"/>') + p('丙', '<w:pStyle w:val="H2x"/>') + p('丁', '<w:pStyle w:val="H2"/><w:numPr><w:numId w:val="0"/></w:numPr>');
    expect(lines(docx(body, { numbering, styles }))).toEqual(['一、甲', '（一）乙', '（二）丙', '丁']);
  });

  it('follows a definition that points at a numbering style (w:numStyleLink) to that style’s list', () => {
    const numbering = abstract(0, '<w:numStyleLink w:val="ReportList"/>') + abstract(1, level(0, 'chineseCountingThousand', '%1、')) + num(1, 0) + num(2, 1);
    const styles = '<w:style w:type="numbering" w:styleId="ReportList"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>';
    expect(lines(docx(numbered(1, 0, '甲') + numbered(2, 0, '乙'), { numbering, styles }))).toEqual(['一、甲', '二、乙']);
  });

  it('shows the other levels as Arabic numbers on a legal level (w:isLgl)', () => {
    const numbering = abstract(0, level(0, 'chineseCountingThousand', '%1、') + level(1, 'decimal', '%1.%2', '<w:isLgl/>')) + num(1, 0);
    expect(lines(docx(numbered(1, 0, '甲') + numbered(1, 1, '乙'), { numbering }))).toEqual(['一、甲', '1.1乙']);
  });
});

describe('Word files that cannot be read', () => {
  const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const compound = (extra: number[] = []) => new Uint8Array([...COMPOUND_FILE, ...new Array(504).fill(0), ...extra]);
  const encrypted = compound([...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]));

  it.each([
    ['old.doc', compound(), 'word-format', 'Word 97-2003 document (.doc), which cannot be read: save it as .docx'],
    ['old.wps', compound(), 'word-format', 'WPS document (.wps) in the old binary format, which cannot be read: save it as .docx'],
    ['renamed.docx', compound(), 'word-format', 'Word 97-2003 document (.doc), which cannot be read: save it as .docx'],
    ['secret.docx', encrypted, 'word-format', 'password-protected Word document, which cannot be read: remove the password in Word and save again'],
    ['page.doc', strToU8('<html><body>报告</body></html>'), 'word-format', 'Word 97-2003 document (.doc), which cannot be read: save it as .docx'],
    ['text.docx', strToU8('报告正文'), 'corrupt', 'not a readable .docx: not a zip archive'],
    ['nodoc.docx', zipSync({ 'a.txt': strToU8('x') }), 'corrupt', 'not a readable .docx: the zip archive has no word/document.xml (not a Word document)'],
    ['badxml.docx', zipSync({ 'word/document.xml': strToU8('<w:document><w:body>') }), 'corrupt', 'not a readable .docx: word/document.xml is not well-formed XML'],
    ['blank.docx', docx(p(' ') + '<w:p/>'), 'empty', 'document has no text'],
  ])('%s', (path, bytes, reason, message) => {
    expect(failure(bytes, path)).toMatchObject({ reason, message });
  });

  it('a truncated .docx is a damaged zip archive', () => {
    const bytes = readFileSync(join(FIXTURES, 'report.docx'));
    expect(failure(bytes.subarray(0, 1500), 'cut.docx')).toMatchObject({ reason: 'corrupt', message: expect.stringMatching(/^not a readable \.docx: damaged zip archive/) });
  });
});
