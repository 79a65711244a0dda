/**
 * Probe files (test/fixtures/probes/*.txt): short paragraphs of the kind real reports contain,
 * set into a minimal valid report so that only what the paragraphs themselves provoke is found.
 *
 * Format: lines starting with `#` are comments; a line `@measures`, `@shortcomings`, `@duties` or
 * `@plans` puts the paragraphs after it into that part of one report (replacing the skeleton's
 * own text of the part); `@each-plans` and `@each-shortcomings` make every paragraph after them a
 * report of its own, with that paragraph as the whole part. Paragraphs are separated by blank
 * lines; a paragraph may span several lines (hard-wrapped or one line per item). `@each-closing`
 * makes every paragraph the closing lines (特此报告, signature, date …) of a report of its own.
 * A line `@year 2023` at the top of a file sets the report year of all its reports (2024 without one):
 * the title, the opening, the plans' heading (the year after) and the closing date (March of the year after).
 * A line `@format md` at the top makes its reports Markdown drafts (plain text without one).
 */
export type PartId = 'measures' | 'shortcomings' | 'duties' | 'plans';
type Section = PartId | 'closing';

/** One composed report and, for each of its lines, the probe file's line it came from (0: skeleton). */
export interface ProbeReport {
  text: string;
  origin: number[];
  /** A report of its own for one probe (`@each-…`). */
  single: boolean;
  format: ProbeFormat;
}

export type ProbeFormat = 'txt' | 'md';

const SKELETON: Record<PartId, string[]> = {
  measures: ['（一）依法全面履行政府职能。全县政务服务事项2186项，全部纳入一体化平台办理。'],
  shortcomings: ['一是部分乡镇法治建设推进不够平衡，主要原因在于基层法治工作力量薄弱。二是行政执法规范化水平有待提高，原因是执法人员培训不够系统。'],
  duties: [
    '县委书记认真履行推进法治建设第一责任人职责，主持召开县委常委会会议研究法治建设工作4次。县长认真履行法治政府建设第一责任人职责，主持召开县政府常务会议专题研究法治政府建设工作3次，带头出庭应诉行政诉讼案件2件。',
  ],
  plans: ['一是深入学习贯彻习近平法治思想。二是持续深化行政执法规范化建设。三是加强行政复议和行政应诉工作。'],
};

const HEADINGS: Record<PartId, (year: number) => string> = {
  measures: () => '一、推进法治政府建设的主要举措和成效',
  shortcomings: () => '二、存在的不足和原因',
  duties: () => '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  plans: (year) => `四、${year + 1}年推进法治政府建设的主要安排`,
};

const PARTS: PartId[] = ['measures', 'shortcomings', 'duties', 'plans'];

type Line = { text: string; origin: number };

function compose(parts: Partial<Record<Section, Line[][]>>, year: number, format: ProbeFormat, single = false): ProbeReport {
  const lines: Line[] = [];
  const add = (text: string, origin = 0) => lines.push({ text, origin });
  add(`青川县${year}年度法治政府建设情况报告`);
  add('');
  add(`${year}年，青川县坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：`);
  for (const part of PARTS) {
    add('');
    add(HEADINGS[part](year));
    const paragraphs = parts[part] ?? SKELETON[part].map((text) => [{ text, origin: 0 }]);
    for (const paragraph of paragraphs) {
      add('');
      for (const line of paragraph) lines.push(line);
    }
  }
  add('');
  if (parts.closing) for (const line of parts.closing[0]!) lines.push(line);
  else {
    add('特此报告。');
    add('');
    add('青川县人民政府');
    add(`${year + 1}年3月10日`);
  }
  return { text: lines.map((l) => l.text).join('\n') + '\n', origin: lines.map((l) => l.origin), single, format };
}

/** The reports a probe file stands for: one for its `@part` sections, one per paragraph of an `@each-` section. */
export function probeReports(source: string): ProbeReport[] {
  const shared: Partial<Record<Section, Line[][]>> = {};
  const each: { part: Section; paragraph: Line[] }[] = [];
  let target: { part: Section; each: boolean } | undefined;
  let paragraph: Line[] = [];
  let year = 2024;
  let format: ProbeFormat = 'txt';
  const flush = () => {
    if (paragraph.length > 0 && target) {
      if (target.each) each.push({ part: target.part, paragraph });
      else (shared[target.part] ??= []).push(paragraph);
    }
    paragraph = [];
  };
  source.split(/\r?\n/).forEach((text, i) => {
    const yearSet = /^@year (\d{4})\s*$/.exec(text);
    if (yearSet) year = Number(yearSet[1]);
    const formatSet = /^@format (txt|md)\s*$/.exec(text);
    if (formatSet) format = formatSet[1] as ProbeFormat;
    const directive = /^@(each-)?(measures|shortcomings|duties|plans|closing)\s*$/.exec(text);
    if (directive) {
      flush();
      target = { part: directive[2] as Section, each: directive[1] !== undefined };
    } else if (yearSet || formatSet || text.startsWith('#')) {
      // A comment ends nothing: it may sit between the lines of a paragraph.
    } else if (text.trim() === '') flush();
    else paragraph.push({ text, origin: i + 1 });
  });
  flush();
  const reports: ProbeReport[] = [];
  if (Object.keys(shared).length > 0) reports.push(compose(shared, year, format));
  for (const { part, paragraph: p } of each) reports.push(compose({ [part]: [p] }, year, format, true));
  return reports;
}
