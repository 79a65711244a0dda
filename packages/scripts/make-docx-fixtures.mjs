// Writes the Word fixtures of test/fixtures/docx/ from the texts below, and beside each .docx the
// .txt Word would save it as (另存为 → 纯文本, one paragraph a line), which the tests lint against
// the .docx: `node packages/scripts/make-docx-fixtures.mjs`. The output is byte-for-byte the same on
// every run (fixed zip dates), so regenerating changes nothing unless the texts do. It also writes the
// realistic drafts of docx-drafts.mjs to test/fixtures/docx/drafts/.
//
// A paragraph is a string (runs of text; \n a soft line break, \t a tab) or an object:
//   { text, num: [numId, ilvl] }   automatically numbered; `label` is what Word shows in front
//   { text, style: 'Heading1' }    numbered through its style (Heading1 is linked to list 1)
//   { runs: [...] }                runs that Word does not save as text ({ hidden }, { deleted },
//                                  { footnote }, { field }) between plain ones
//   { table: [[cell, …], …] }      a table, one line per row, cells separated by tabs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, DRAFTS } from './docx-drafts.mjs';
import { contentTypes, escape, relationships, runs, W, XML, zip } from './docx-xml.mjs';

const OUT = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'docx');

/** A run Word keeps out of its plain text, or plain text. */
function specialRun(run) {
  if (typeof run === 'string') return runs(run);
  if (run.hidden) return runs(run.hidden, '<w:rPr><w:vanish/></w:rPr>');
  if (run.deleted) return `<w:del w:id="1" w:author="审核人" w:date="2025-03-01T00:00:00Z"><w:r><w:delText>${escape(run.deleted)}</w:delText></w:r></w:del>`;
  if (run.inserted) return `<w:ins w:id="2" w:author="审核人" w:date="2025-03-01T00:00:00Z">${runs(run.inserted)}</w:ins>`;
  if (run.footnote) return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${run.footnote}"/></w:r>`;
  if (run.link) return `<w:hyperlink w:history="1">${runs(run.link)}</w:hyperlink>`;
  // A field: its code is not text, its result is.
  if (run.field) {
    return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${escape(run.field)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${runs(run.result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  }
  throw new Error(`unknown run ${JSON.stringify(run)}`);
}

function paragraphXml(p) {
  if (typeof p === 'string') return `<w:p>${runs(p)}</w:p>`;
  if (p.table) {
    const rows = p.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>${cell.split('\n\n').map((para) => `<w:p>${runs(para)}</w:p>`).join('')}</w:tc>`).join('')}</w:tr>`);
    return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.join('')}</w:tbl>`;
  }
  const props = [
    p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
    p.num ? `<w:numPr><w:ilvl w:val="${p.num[1]}"/><w:numId w:val="${p.num[0]}"/></w:numPr>` : '',
  ].join('');
  const body = p.runs ? p.runs.map(specialRun).join('') : runs(p.text);
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${body}</w:p>`;
}

/** The text Word saves: labels in front of numbered paragraphs, only the visible runs, a row's cells tab-separated. */
function paragraphText(p) {
  if (typeof p === 'string') return p;
  if (p.table) return p.table.map((row) => row.map((cell) => cell.replace(/\n\n/g, ' ')).join('\t')).join('\n');
  if (p.runs) return p.runs.map((run) => (typeof run === 'string' ? run : (run.inserted ?? run.link ?? run.result ?? ''))).join('');
  return (p.label ?? '') + p.text;
}


const CONTENT_TYPES = contentTypes({ 'document.xml': 'document.main', 'styles.xml': 'styles', 'numbering.xml': 'numbering', 'footnotes.xml': 'footnotes' });
const ROOT_RELS = relationships([['rId1', 'officeDocument', 'word/document.xml']]);
const DOCUMENT_RELS = relationships([['rId1', 'styles', 'styles.xml'], ['rId2', 'numbering', 'numbering.xml'], ['rId3', 'footnotes', 'footnotes.xml']]);

const STYLES = `${XML}<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>`;

/** One multilevel list as Chinese reports number their sections: 一、（一）1.（1）①, the first level linked to Heading1; 1. followed by a tab. */
function level(ilvl, format, text, { extra = '', suffix = 'nothing' } = {}) {
  // No w:suff is Word's default, a tab after the label.
  const suff = suffix === 'tab' ? '' : `<w:suff w:val="${suffix}"/>`;
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${extra}<w:lvlText w:val="${text}"/>${suff}<w:lvlJc w:val="left"/></w:lvl>`;
}
const NUMBERING = `${XML}<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${level(0, 'chineseCountingThousand', '%1、', { extra: '<w:pStyle w:val="Heading1"/>' })}${level(1, 'chineseCountingThousand', '（%2）')}${level(2, 'decimal', '%3.', { suffix: 'tab' })}${level(3, 'decimal', '（%4）')}${level(4, 'decimalEnclosedCircle', '%5')}</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF06C;"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;

const FOOTNOTES = `${XML}<w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>数据来源：县政务服务中心年度统计。</w:t></w:r></w:p></w:footnote></w:footnotes>`;

function docx(paragraphs) {
  const body = paragraphs.map(paragraphXml).join('');
  const document = `${XML}<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  const files = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'word/_rels/document.xml.rels': DOCUMENT_RELS,
    'word/document.xml': document,
    'word/styles.xml': STYLES,
    'word/numbering.xml': NUMBERING,
    'word/footnotes.xml': FOOTNOTES,
  };
  return zip(files);
}

const text = (paragraphs) => paragraphs.map((p) => `${paragraphText(p)}\n`).join('');

/** A county's report with its mistakes: a stale year in the opening, 办结率 96.5% for 115 of 120, （二） skipped, a half-width comma (the one fix). */
const REPORT = [
  '青禾县人民政府关于2024年度法治政府建设情况的报告',
  '2023年，青禾县在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想，全面落实《法治政府建设实施纲要（2021—2025年）》，各项工作取得新进展。现将有关情况报告如下。',
  '一、2024年推进法治政府建设的主要举措和成效',
  {
    runs: [
      '（一）依法全面履行政府职能。全面推行权责清单制度，调整县级权责事项326项。深化“放管服”改革，政务服务事项网上可办率达到98.6%',
      { footnote: 1 },
      '。',
      { hidden: '（内部核对：数据待统计局确认）' },
    ],
  },
  {
    runs: [
      '（三）推进严格规范公正文明执法。全年办理行政处罚案件1280件，同比增长6.2%。开展行政执法案卷评查，',
      { deleted: '抽查案卷200卷' },
      { inserted: '抽查案卷210卷' },
      '。',
    ],
  },
  '（四）强化行政权力制约监督。县行政复议局全年受理行政复议案件120件,办结115件，办结率96.5%。',
  {
    table: [
      ['指标', '2023年', '2024年'],
      ['行政复议案件（件）', '104', '120'],
      ['行政应诉案件（件）', '58', '63'],
    ],
  },
  '二、党政主要负责人履行推进法治建设第一责任人职责情况',
  {
    runs: [
      '县政府主要负责同志认真履行推进法治建设第一责任人职责，全年主持召开县政府常务会议专题研究法治政府建设工作4次，带头在',
      { link: '县政府门户网站' },
      '公开述法报告。',
    ],
  },
  '三、存在的不足和原因',
  '一是部分执法人员法治意识有待提升，主要原因是培训针对性不强；\n二是基层法治力量相对薄弱，主要原因是编制和人员配备不足。',
  '四、2025年推进法治政府建设的主要安排',
  '（一）持续深化法治政府示范创建。',
  '（二）加强行政执法队伍建设，全年组织执法人员培训不少于2次。',
  '（三）加强法治宣传教育，落实“谁执法谁普法”普法责任制。',
  '',
  '青禾县人民政府',
  { runs: [{ field: 'DATE \\@ "yyyy年M月d日"', result: '2025年3月20日' }] },
];

/** The same kind of report with its section numbers made by Word's multilevel list; `label` is what Word shows. */
const NUMBERED = [
  '白鹭市人民政府2024年法治政府建设年度报告',
  '2024年，白鹭市坚持以习近平法治思想为指导，扎实推进法治政府建设。现将有关情况报告如下。',
  { style: 'Heading1', label: '一、', text: '2024年推进法治政府建设的主要举措和成效' },
  { num: [1, 1], label: '（一）', text: '深化行政审批制度改革。' },
  { num: [1, 2], label: '1.\t', text: '全市政务服务事项全部进驻政务服务中心，办理审批事项8.6万件。' },
  { num: [1, 2], label: '2.\t', text: '推行告知承诺制，涉及事项135项。' },
  { num: [1, 3], label: '（1）', text: '企业开办时间压缩至1个工作日。' },
  { num: [1, 4], label: '①', text: '全程网办。' },
  { num: [1, 1], label: '（二）', text: '推进行政执法规范化。全市行政执法机关办理行政许可案件2300件。' },
  { num: [2, 0], text: '落实行政执法公示制度。' },
  { style: 'Heading1', label: '二、', text: '党政主要负责人履行推进法治建设第一责任人职责情况' },
  { num: [1, 1], label: '（一）', text: '市政府主要负责同志带头学法，主持专题学法4次。' },
  { style: 'Heading1', label: '三、', text: '存在的不足和原因' },
  '行政执法队伍专业化水平不高，主要原因是培训机制不健全。',
  { style: 'Heading1', label: '四、', text: '2025年推进法治政府建设的主要安排' },
  { num: [1, 1], label: '（一）', text: '健全行政执法培训机制。' },
  '',
  '白鹭市人民政府',
  '2025年3月25日',
];

mkdirSync(OUT, { recursive: true });
for (const [name, paragraphs] of [['report', REPORT], ['numbered', NUMBERED]]) {
  writeFileSync(join(OUT, `${name}.docx`), docx(paragraphs));
  writeFileSync(join(OUT, `${name}.txt`), text(paragraphs));
}

// The realistic drafts (docx-drafts.mjs): each correct, and once per planted mistake as NAME-MISTAKE.
mkdirSync(join(OUT, 'drafts'), { recursive: true });
for (const [name, { build: source, mistakes }] of Object.entries(DRAFTS)) {
  for (const mistake of [undefined, ...mistakes]) {
    const file = join(OUT, 'drafts', mistake ? `${name}-${mistake}` : name);
    const { docx: bytes, text: saved } = build(source(mistake));
    writeFileSync(`${file}.docx`, bytes);
    writeFileSync(`${file}.txt`, saved);
  }
}
