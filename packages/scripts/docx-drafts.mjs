// Three report drafts as Word and WPS write them, for test/fixtures/docx/drafts/ (written by
// make-docx-fixtures.mjs): a county government's report numbered by Heading styles, a city
// department's with typed markers, a table and a table of contents, a township's saved by WPS with
// tracked changes and a comment left in. Each is built from one source, correct, and once for each
// planted mistake with that one change (`draft(mistake)`).
//
// Every piece of the source is { xml, text }: the WordprocessingML and the text Word saves for it
// (另存为 → 纯文本). A block's text may hold several lines (a table's rows); `label` is the number
// Word shows in front of an automatically numbered paragraph.
import { contentTypes, escape, escapeAttribute, relationships, runs, W, XML, zip } from './docx-xml.mjs';

const REVIEWER = 'w:author="法制科" w:date="2025-02-10T09:30:00Z"';

/** Inline pieces. */
const t = (text, props = '') => ({ xml: runs(text, props ? `<w:rPr>${props}</w:rPr>` : ''), text });
const ins = (id, text) => ({ xml: `<w:ins w:id="${id}" ${REVIEWER}>${runs(text)}</w:ins>`, text });
const del = (id, text) => ({ xml: `<w:del w:id="${id}" ${REVIEWER}><w:r><w:delText xml:space="preserve">${escape(text)}</w:delText></w:r></w:del>`, text: '' });
const bookmark = (id, name) => ({ xml: `<w:bookmarkStart w:id="${id}" w:name="${name}"/><w:bookmarkEnd w:id="${id}"/>`, text: '' });
const link = (url, text) => ({ xml: `<w:hyperlink r:id="${url}" w:history="1">${runs(text, '<w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>')}</w:hyperlink>`, text });
const smartTag = (text) => ({ xml: `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate">${runs(text)}</w:smartTag>`, text });
const footnoteRef = (id) => ({ xml: `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`, text: '' });
/** A comment on `text`: its range marks and reference are not text, nor is the comment (in comments.xml). */
const commented = (id, text) => ({
  xml: `<w:commentRangeStart w:id="${id}"/>${runs(text)}<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`,
  text,
});
/** A complex field: its code (w:instrText) is not text, its result is. */
const field = (code, result) => ({
  xml: `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${escape(code)} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${runs(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
  text: result,
});
const simpleField = (code, result) => ({ xml: `<w:fldSimple w:instr=" ${escapeAttribute(code)} ">${runs(result)}</w:fldSimple>`, text: result });
/** A floating text box (Word writes it twice, as DrawingML and as VML): layout, not text of the report. */
const textBox = (text) => {
  const inner = `<w:txbxContent><w:p>${runs(text)}</w:p></w:txbxContent>`;
  return {
    xml: `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>4114800</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="1371600" cy="457200"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="文本框 1"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>${inner}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape id="文本框 1" type="#_x0000_t202" style="position:absolute;width:108pt;height:36pt"><v:textbox>${inner}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
    text: '',
  };
};
/** A content control around inline text, here a date picker. */
const datePicker = (text, fullDate) => ({
  xml: `<w:sdt><w:sdtPr><w:alias w:val="成文日期"/><w:tag w:val="date"/><w:id w:val="-1520345"/><w:date w:fullDate="${fullDate}T00:00:00Z"><w:dateFormat w:val="yyyy年M月d日"/><w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent>${runs(text)}</w:sdtContent></w:sdt>`,
  text,
});

/**
 * A paragraph of pieces (a string is plain text). `style` and `num` ([numId, ilvl]) number it;
 * `label` is what Word then shows; `deletedMark` deletes its paragraph mark as a tracked change,
 * so that in the final text it runs on into the next paragraph.
 */
function p(pieces, { style, num, label = '', indent = true, deletedMark = false, center = false } = {}) {
  const parts = (Array.isArray(pieces) ? pieces : [pieces]).map((piece) => (typeof piece === 'string' ? t(piece) : piece));
  const props = [
    style ? `<w:pStyle w:val="${style}"/>` : '',
    num ? `<w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr>` : '',
    center ? '<w:jc w:val="center"/>' : indent && !style ? '<w:ind w:firstLineChars="200" w:firstLine="640"/>' : '',
    deletedMark ? `<w:rPr><w:del w:id="90" ${REVIEWER}/></w:rPr>` : '',
  ].join('');
  const own = parts.map((piece) => piece.text).join('');
  return {
    xml: `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${parts.map((piece) => piece.xml).join('')}</w:p>`,
    text: label + own,
    // What runs on into the next paragraph, when this one's mark is deleted; in front of that paragraph's text, after its label.
    ...(deletedMark ? { runsOn: own } : { label }),
  };
}

const empty = () => p('', { indent: false });
/** A manual page break in a paragraph of its own (Ctrl+Enter); a form feed in the text. */
const pageBreak = () => ({ xml: '<w:p><w:r><w:br w:type="page"/></w:r></w:p>', text: '\f' });

/**
 * A table; a cell is a string or { text, span } (w:gridSpan: one cell over several columns, one
 * cell in the text).
 */
function table(rows, widths) {
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const cellXml = (cell) => {
    const c = typeof cell === 'string' ? { text: cell } : cell;
    const props = c.span ? `<w:gridSpan w:val="${c.span}"/>` : '';
    return `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/>${props}<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${runs(c.text ?? '')}</w:p></w:tc>`;
  };
  const cellText = (cell) => (typeof cell === 'string' ? cell : (cell.text ?? ''));
  return {
    xml: `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblLook w:val="04A0"/></w:tblPr>${grid}${rows.map((row) => `<w:tr>${row.map(cellXml).join('')}</w:tr>`).join('')}</w:tbl>`,
    text: rows.map((row) => row.map(cellText).join('\t')).join('\n'),
  };
}

/**
 * Word's table of contents: a TOC field over one paragraph per entry, each a link to its heading's
 * bookmark with a PAGEREF field for the page; the field ends in an empty paragraph of its own.
 */
function tableOfContents(entries) {
  const entryXml = (title, page, i) => {
    const anchor = `_Toc18${i}`;
    const begin = i === 0 ? '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' : '';
    const pageRef = field(`PAGEREF ${anchor} \\h`, String(page)).xml;
    const tabs = '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8834"/></w:tabs>';
    return `<w:p><w:pPr><w:pStyle w:val="TOC1"/>${tabs}</w:pPr>${begin}<w:hyperlink w:anchor="${anchor}" w:history="1">${runs(`${title}\t`)}${pageRef}</w:hyperlink></w:p>`;
  };
  return [
    ...entries.map(([title, page], i) => ({ xml: entryXml(title, page, i), text: `${title}\t${page}` })),
    { xml: '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>', text: '' },
  ];
}

// ———————————————————————————— 松溪县: Heading 1/2 styles numbered 一、（一） by one multilevel list

/**
 * The county's list: level 1 一、 linked to Heading1, level 2 （一） linked to Heading2, each followed
 * by nothing (不特别标注). List 2 is a second instance of it, as Word makes when a heading is pasted in
 * from another draft: it continues the count. List 3 restarts level 1 at 5 (设置编号值), a mistake.
 */
const COUNTY_NUMBERING = `<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="5C2A1F3B"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001F"/>${[
  [0, 'chineseCounting', '%1、', 'Heading1'],
  [1, 'chineseCounting', '（%2）', 'Heading2'],
  [2, 'decimal', '%3.', undefined],
].map(([ilvl, format, text, style]) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>${style ? `<w:pStyle w:val="${style}"/>` : ''}<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>`).join('')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`;

function county(mistake) {
  const pick = (name, right, wrong) => (mistake === name ? wrong : right);
  const h1 = (label, text, num) => p(text, { style: 'Heading1', label, ...(num ? { num: [num, 0] } : {}) });
  const h2 = (label, text) => p(text, { style: 'Heading2', label });
  return {
    kind: 'word',
    numbering: COUNTY_NUMBERING,
    links: ['http://www.songxi.gov.cn/fzzfjs/'],
    blocks: [
      p('松溪县人民政府关于2024年法治政府建设情况的报告', { style: 'Title' }),
      p([bookmark(0, '_GoBack'), '2024年，松溪县人民政府坚持以习近平法治思想为指导，认真贯彻落实《法治政府建设实施纲要（2021—2025年）》，扎实推进法治政府建设各项工作。现将有关情况报告如下。']),
      h1('一、', pick('stale-year', '2024年推进法治政府建设的主要举措和成效', '2023年推进法治政府建设的主要举措和成效')),
      h2('（一）', '深化“放管服”改革，依法全面履行政府职能。'),
      p('全面推行政务服务事项清单管理，县级政务服务事项“一网通办”可办率达到100%。全年办理各类政务服务事项15.2万件，其中即办件9.8万件，占64.5%。'),
      h2('（二）', '完善依法行政制度体系。'),
      p('严格落实行政规范性文件合法性审核机制，全年审核县政府及部门规范性文件23件，提出修改意见41条，均已采纳。对照上位法清理规范性文件，废止5件、修改3件。'),
      h2('（三）', '严格规范公正文明执法。'),
      p(['全县行政执法机关全年办理行政处罚案件1460件，其中适用简易程序案件312件。开展行政执法案卷评查，抽查案卷180卷，评为优秀的126卷，优秀率70%。评查结果在', link('rId9', '县政府门户网站'), '公开。']),
      h2('（四）', '强化行政权力制约和监督。'),
      p([textBox('此处插入复议工作照片'), pick('wrong-rate', '县行政复议局全年收到行政复议申请132件，受理125件，审结118件，审结率94.4%；纠正违法或不当行政行为9件。', '县行政复议局全年收到行政复议申请132件，受理125件，审结118件，审结率95.4%；纠正违法或不当行政行为9件。')]),
      h2('（五）', '坚持科学民主依法决策。'),
      p('严格执行重大行政决策程序，全年作出重大行政决策4项，均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。'),
      h2('（六）', '依法有效应对突发事件。'),
      p('修订县级突发事件总体应急预案和专项预案12项，组织开展应急演练26次，突发事件应对全过程依法进行。'),
      h1('二、', '存在的不足和原因'),
      p('2023年度报告所列行政复议案件办理周期偏长的问题已整改到位，通过繁简分流将平均办理时间缩短至42天。'),
      p(pick('placeholder', '一是部分乡镇合法性审核力量不足，主要原因是专职法制审核人员配备不到位；二是行政执法信息化水平不高，主要原因是执法平台建设投入不足、数据尚未互通。', '一是部分乡镇合法性审核力量不足，主要原因是专职法制审核人员配备不到位；二是行政执法信息化水平不高，主要原因是XX。')),
      h1('三、', '党政主要负责人履行推进法治建设第一责任人职责情况'),
      p(pick('one-leader', '县委书记、县长认真履行推进法治建设第一责任人职责。县委常委会会议专题研究法治建设工作3次，县政府常务会议研究法治政府建设工作5次；县长带头开展年终述法，主持县政府常务会议会前学法12次。', '县长认真履行推进法治建设第一责任人职责，县政府常务会议研究法治政府建设工作5次；县长带头开展年终述法，主持县政府常务会议会前学法12次。')),
      // Pasted in from an earlier draft with its own list instance, which continues the count — or, as the mistake, restarts it at 5.
      h1(pick('restarted', '四、', '五、'), '2025年推进法治政府建设的主要安排', pick('restarted', 2, 3)),
      h2('（一）', '加强合法性审核力量建设。'),
      p('2025年6月底前，各乡镇明确1名以上专职法制审核人员，县司法局每季度开展1次业务培训。'),
      h2('（二）', '推进行政执法数字化。'),
      p('2025年底前建成全县统一的行政执法监督平台，执法案件网上办理率达到90%以上。'),
      h2('（三）', '健全重大行政决策目录管理。'),
      p('2025年9月底前出台县政府重大行政决策事项目录管理办法，目录内事项全部履行法定程序。'),
      empty(),
      p('松溪县人民政府', { indent: false, center: true }),
      p([smartTag('2025年3月14日')], { indent: false, center: true }),
    ],
  };
}

// ———————————————————————————— 白沙市市场监督管理局: typed markers, a table, a table of contents

const DEPARTMENT_PARTS = [
  ['一、2024年推进法治政府建设的主要举措和成效', 1],
  ['二、存在的不足和原因', 2],
  ['三、党政主要负责人履行推进法治建设第一责任人职责情况', 3],
  ['四、2025年推进法治政府建设的主要安排', 3],
];

function department(mistake) {
  const pick = (name, right, wrong) => (mistake === name ? wrong : right);
  const heading = (text) => p(text, { style: 'Heading1' });
  return {
    kind: 'word',
    blocks: [
      p('白沙市市场监督管理局2024年度法治政府建设情况报告', { style: 'Title' }),
      p('目录', { style: 'TOCHeading' }),
      ...tableOfContents(DEPARTMENT_PARTS),
      pageBreak(),
      p('2024年，市市场监督管理局在市委、市政府的领导下，坚持以习近平法治思想为指导，全面推进市场监管领域依法行政。现将有关情况报告如下。'),
      heading(DEPARTMENT_PARTS[0][0]),
      p('（一）规范行政许可和行政处罚办理。全年受理行政许可申请2360件，办结2348件；立案查处行政处罚案件415件，办结402件。具体情况见表1。'),
      table(
        [
          [{ text: '表1　2024年行政许可和行政处罚办理情况', span: 4 }],
          ['类别', '受理（件）', '办结（件）', '办结率'],
          ['行政许可', '2360', '2348', '99.5%'],
          ['行政处罚', '415', '402', pick('wrong-rate', '96.9%', '97.9%')],
          ['合计', '2775', '2750', '99.1%'],
        ],
        [2200, 2200, 2200, 2200],
      ),
      p(['（二）推进“双随机、一公开”监管。全年开展抽查任务86项，检查市场主体3120户，抽查结果全部通过', simpleField('HYPERLINK "http://www.gsxt.gov.cn"', '国家企业信用信息公示系统'), '公示。']),
      p(pick('skipped', '（三）', '（四）') + '加强执法人员管理。组织执法人员参加法律知识培训4期，参训人员共计520人次，全局持证执法人员达到312人。'),
      heading(DEPARTMENT_PARTS[1][0]),
      p('2023年度报告所列执法文书不规范的问题已整改到位，全局统一使用新版执法文书。'),
      p('（一）执法办案不够规范。个别案件证据收集不全、文书制作不严谨。'),
      p('（二）新兴领域监管能力不足。对网络交易、直播带货等新业态的监管手段有限。'),
      ...(mistake === 'no-cause' ? [] : [p('产生上述问题的原因主要是：基层执法人员业务培训不够深入，专业技术人员和监测设备短缺。')]),
      heading(DEPARTMENT_PARTS[2][0]),
      p('局党组书记、局长切实履行推进法治建设第一责任人职责，全年主持召开局党组会议专题研究法治建设工作4次，带头讲授法治专题党课1次；局党组理论学习中心组开展集体学法6次。'),
      heading(DEPARTMENT_PARTS[3][0]),
      p('（一）开展执法案卷质量提升行动，2025年9月底前完成全局执法案卷交叉评查。'),
      p('（二）建设网络交易监测平台，2025年底前实现重点平台经营主体监测全覆盖。'),
      ...(mistake === 'two-plans' ? [] : [p('（三）健全执法人员培训制度，全年组织业务培训不少于4期。')]),
      empty(),
      p('白沙市市场监督管理局', { indent: false, center: true }),
      p([field('CREATEDATE \\@ "yyyy年M月d日"', pick('future-date', '2025年2月26日', '2026年2月26日'))], { indent: false, center: true }),
    ],
  };
}

// ———————————————————————————— 石桥镇: saved by WPS, tracked changes and a comment left in

/** The plans' （一）（二） numbered by a WPS list: chineseCounting in full-width brackets, no tab. */
const TOWNSHIP_NUMBERING = `<w:abstractNum w:abstractNumId="0"><w:nsid w:val="1F6D3A20"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="1F6D3A20"/><w:lvl w:ilvl="0" w:tentative="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

function township(mistake) {
  const pick = (name, right, wrong) => (mistake === name ? wrong : right);
  const fonts = '<w:rFonts w:hint="eastAsia" w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体" w:cs="黑体"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>';
  const heading = (text) => p([t(text, fonts)], { indent: true });
  const plan = (label, text) => p(text, { num: [1, 0], label });
  return {
    kind: 'wps',
    numbering: TOWNSHIP_NUMBERING,
    footnotes: ['镇党委会议10项、镇政府常务会议8项。'],
    comments: [['镇司法所', '请核对人次与签到表是否一致。']],
    blocks: [
      p(pick('document-number', '石政〔2025〕6号', '石政[2025]6号'), { indent: false, center: true }),
      p('石桥镇人民政府关于2024年度法治政府建设工作情况的报告', { style: 'Title' }),
      p('县人民政府：', { indent: false }),
      p(pick('stale-opening-year', '2024年', '2023年') + '，石桥镇在县委、县政府的正确领导下，深入学习贯彻习近平法治思想，紧紧围绕法治政府建设目标任务，推动各项工作落实落细。现将有关情况报告如下：'),
      heading('一、2024年推进法治政府建设的主要举措和成效'),
      p(['（一）强化依法决策。严格落实重大行政决策程序规定，全年召开镇党委会议、镇政府常务会议研究重大事项18项', footnoteRef(1), '，全部经过合法性审核。']),
      // The reviewer corrected the count of disputes: 230 deleted, the figure in the ledger inserted.
      p(['（二）推进矛盾纠纷多元化解。全镇11个村（社区）人民调解委员会全年调解矛盾纠纷', del(11, '230'), ins(12, pick('tracked-count', '236', '263')), '件，调解成功229件，调解成功率97.0%。']),
      p(['（三）深化法治宣传教育。组织“法律明白人”培训6场，培训村（社区）干部和“法律明白人”共计', commented(0, '330人次'), '；开展“宪法宣传周”“民法典宣传月”等主题活动15场。']),
      // A paragraph the reviewer deleted whole, its mark with it: gone from the final text.
      p([del(13, '（四）其他工作。此项内容待补充。')], { deletedMark: true }),
      heading('二、存在的不足和原因'),
      p('2023年度报告所列村级法律顾问服务不到位的问题已整改，11个村（社区）全部配齐法律顾问。'),
      p('一是村级法治力量薄弱，主要原因是村（社区）法律顾问服务时间不足；二是部分干部依法办事意识不强，主要原因是学法用法的制度约束不够。'),
      heading('三、党政主要负责人履行推进法治建设第一责任人职责情况'),
      p('镇党委书记、镇长认真履行推进法治建设第一责任人职责，镇党委书记主持召开党委会议专题研究法治建设工作2次，镇长主持镇政府常务会议学法4次，带头参加年度述法。'),
      heading('四、2025年推进法治政府建设的主要安排'),
      plan('（一）', '2025年上半年完成11个村（社区）法律顾问服务协议续签，每月到村服务不少于1次。'),
      plan('（二）', '2025年组织“法律明白人”培训不少于8场，实现村（社区）全覆盖。'),
      plan('（三）', '2025年底前建立镇党委理论学习中心组年度学法清单，全年集体学法不少于4次。'),
      empty(),
      p('石桥镇人民政府', { indent: false, center: true }),
      p([datePicker(pick('placeholder-date', '2025年1月20日', '2025年1月××日'), '2025-01-20')], { indent: false, center: true }),
    ],
  };
}

// ———————————————————————————— the package

/** Namespaces on the document's root: Word's set; WPS adds its own and leaves out Word 2016's. */
const NAMESPACES = {
  word: 'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 w15 wp14"',
  wps: 'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" mc:Ignorable="w14 w15 wp14"',
};

const style = (id, name, extra = '') => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>${extra}</w:style>`;
const STYLES = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>${[
  style('Title', 'Title', '<w:pPr><w:jc w:val="center"/></w:pPr>'),
  style('Heading1', 'heading 1', '<w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>'),
  style('Heading2', 'heading 2', '<w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr>'),
  style('TOCHeading', 'TOC Heading', '<w:pPr><w:jc w:val="center"/></w:pPr>'),
  style('TOC1', 'toc 1'),
].join('')}`;

/** Heading1 and Heading2 carry the county's list; the other drafts number nothing through styles. */
function stylesXml(numbered) {
  const styles = numbered ? STYLES : STYLES.replace(/<w:numPr>.*?<\/w:numPr>/g, '');
  return `${XML}<w:styles xmlns:w="${W}">${styles}</w:styles>`;
}

const paragraphs = (items) => items.map((text) => `<w:p>${runs(text)}</w:p>`).join('');

function footnotesXml(notes) {
  const separators = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
  const items = notes.map((note, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${runs(` ${note}`)}</w:p></w:footnote>`);
  return `${XML}<w:footnotes xmlns:w="${W}">${separators}${items.join('')}</w:footnotes>`;
}

function commentsXml(comments) {
  const items = comments.map(([author, text], id) => `<w:comment w:id="${id}" w:author="${author}" w:date="2025-02-10T10:00:00Z" w:initials="SFS">${paragraphs([text])}</w:comment>`);
  return `${XML}<w:comments xmlns:w="${W}">${items.join('')}</w:comments>`;
}

/** The .docx of a draft and the text Word saves it as. */
export function build({ kind, blocks, numbering, links = [], footnotes = [], comments = [] }) {
  const body = blocks.map((block) => (Array.isArray(block) ? block : [block])).flat();
  const sectPr = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1474" w:gutter="0"/><w:cols w:space="425" w:num="1"/><w:docGrid w:type="lines" w:linePitch="579" w:charSpace="-849"/></w:sectPr>';
  const document = `${XML}<w:document ${NAMESPACES[kind]} xmlns:w="${W}"><w:body>${body.map((block) => block.xml).join('')}${sectPr}</w:body></w:document>`;
  const parts = { 'document.xml': 'document.main', 'styles.xml': 'styles' };
  const rels = [['rId1', 'styles', 'styles.xml']];
  const files = { 'word/document.xml': document, 'word/styles.xml': stylesXml(kind === 'word' && numbering !== undefined) };
  const add = (name, type, xml) => {
    parts[name] = type;
    rels.push([`rId${rels.length + 1}`, type === 'numbering' ? 'numbering' : type, name]);
    files[`word/${name}`] = xml;
  };
  if (numbering) add('numbering.xml', 'numbering', `${XML}<w:numbering ${NAMESPACES[kind]} xmlns:w="${W}">${numbering}</w:numbering>`);
  if (footnotes.length > 0) add('footnotes.xml', 'footnotes', footnotesXml(footnotes));
  if (comments.length > 0) add('comments.xml', 'comments', commentsXml(comments));
  const external = links.map((url, i) => `<Relationship Id="rId${9 + i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeAttribute(url)}" TargetMode="External"/>`);
  const documentRels = relationships(rels).replace('</Relationships>', `${external.join('')}</Relationships>`);
  const app = kind === 'wps' ? 'WPS Office_12.1.0.18276' : 'Microsoft Office Word';
  return {
    docx: zip({
      '[Content_Types].xml': contentTypes(parts).replace('</Types>', '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'),
      '_rels/.rels': relationships([['rId1', 'officeDocument', 'word/document.xml']]).replace('</Relationships>', '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>'),
      'docProps/app.xml': `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${app}</Application></Properties>`,
      'word/_rels/document.xml.rels': documentRels,
      ...files,
    }),
    text: savedText(body),
  };
}

/** One line per paragraph (a table's rows each a line); a paragraph whose mark is deleted runs on into the next. */
function savedText(body) {
  const lines = [];
  let runOn = '';
  for (const block of body) {
    if (block.runsOn !== undefined) {
      runOn += block.runsOn;
      continue;
    }
    const label = block.label ?? '';
    lines.push(label + runOn + block.text.slice(label.length));
    runOn = '';
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** The drafts by name, each with its planted mistakes, one change each. */
export const DRAFTS = {
  county: { build: county, mistakes: ['stale-year', 'wrong-rate', 'one-leader', 'placeholder', 'restarted'] },
  department: { build: department, mistakes: ['wrong-rate', 'skipped', 'no-cause', 'two-plans', 'future-date'] },
  township: { build: township, mistakes: ['document-number', 'tracked-count', 'placeholder-date', 'stale-opening-year'] },
};
