// `pnpm bench:corpus N [DIR]`: writes N reports built from the seed reports into DIR (default
// packages/bench/corpus, git-ignored), the same bytes for the same N on every machine.
// They vary in size (a third to three times a seed), parts (some dropped or left unheaded),
// figures (added sentences, some with a wrong rate), encodings (UTF-8, UTF-8 with BOM, GB18030,
// CRLF line ends), format (.txt, some .md) and mistakes (a skipped heading number, a stale year,
// half-width commas, placeholders, a late closing date), in folders of 50 like a province's submissions.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';

export const DEFAULT_CORPUS = join(import.meta.dirname, '..', 'corpus');
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'seeds');
/** Bumped when the generator changes what it writes, so runners regenerate. */
export const GENERATOR_VERSION = 1;

/** mulberry32: a small seeded generator, so the corpus is the same everywhere. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = ['郑州市', '洛阳市', '开封市', '南阳市', '信阳市', '青岛市', '烟台市', '阳江市', '广州市', '北京市'];
const DISTRICTS = ['中原区', '金水区', '二七区', '城阳区', '黄岛区', '阳东区', '怀柔区', '高新区', '西湖区', '新城区', '东城区', '老城区'];
const DEPARTMENTS = ['司法局', '市场监督管理局', '生态环境局', '交通运输局', '人力资源和社会保障局', '自然资源局'];

const CHINESE_ORDINALS = '一二三四五六七八九十';

function figureSentence(rng, wrong) {
  const total = 20 + Math.floor(rng() * 900);
  const part = Math.floor(total * (0.05 + rng() * 0.6));
  const rate = ((part / total) * 100).toFixed(1);
  const shown = wrong ? (Number(rate) + 3 + Math.floor(rng() * 20)).toFixed(1) : rate;
  const kinds = [
    `全年共办理行政复议案件${total}件，其中依法纠错${part}件，纠错率${shown}%。`,
    `全年审查规范性文件${total}件，提出修改意见${part}件，占比${shown}%。`,
    `行政机关负责人出庭应诉案件${total}件，出庭${part}件，出庭率${shown}%。`,
    `开展行政执法检查${total}次，发现问题${part}个，已整改${part}个，整改率100%。`,
  ];
  return kinds[Math.floor(rng() * kinds.length)];
}

/** One report: a seed's lines, reshaped. */
function makeReport(seeds, index) {
  const rng = random(0x5eed + index * 7919);
  const seed = seeds[Math.floor(rng() * seeds.length)];
  let lines = seed.text.replace(/\r\n?/g, '\n').split('\n');
  const mistakes = [];

  // Reporting body and year in the title line, when the seed has one.
  const body = rng() < 0.7 ? `${CITIES[Math.floor(rng() * CITIES.length)]}${DISTRICTS[Math.floor(rng() * DISTRICTS.length)]}` : `${CITIES[Math.floor(rng() * CITIES.length)]}${DEPARTMENTS[Math.floor(rng() * DEPARTMENTS.length)]}`;
  lines[0] = lines[0].replace(/^.{2,12}?(?=20\d\d年)/u, body);

  // Size: shorter (drop body paragraphs) or longer (repeat them), never touching headings.
  const isHeading = (l) => new RegExp(`^\\s*[${CHINESE_ORDINALS}]+、`).test(l);
  const bodyLines = lines.map((l, i) => (i > 0 && !isHeading(l) && l.trim().length > 40 ? i : -1)).filter((i) => i >= 0);
  const size = rng();
  if (size < 0.25 && bodyLines.length > 4) {
    const drop = new Set(bodyLines.filter(() => rng() < 0.5));
    lines = lines.filter((_, i) => !drop.has(i));
  } else if (size > 0.7) {
    const factor = 1 + Math.floor(rng() * 3);
    const extra = [];
    for (let k = 0; k < factor; k++) for (const i of bodyLines) if (rng() < 0.6) extra.push([i, lines[i]]);
    for (const [i, text] of extra.sort((a, b) => b[0] - a[0])) lines.splice(i + 1, 0, text);
  }

  // Figures: a few sentences with counts and rates; one in eight with a wrong rate.
  for (let k = Math.floor(rng() * 4); k > 0; k--) {
    const at = 1 + Math.floor(rng() * (lines.length - 1));
    const wrong = rng() < 0.125;
    if (wrong) mistakes.push('rate');
    if (!isHeading(lines[at])) lines[at] = `${lines[at]}${figureSentence(rng, wrong)}`;
  }

  // Mistakes, each in a minority of reports.
  const headings = lines.map((l, i) => (isHeading(l) ? i : -1)).filter((i) => i >= 0);
  if (rng() < 0.15 && headings.length >= 3) {
    // A required part dropped: its heading and everything up to the next heading.
    const h = 1 + Math.floor(rng() * (headings.length - 1));
    const end = headings[h + 1] ?? lines.length;
    lines.splice(headings[h], end - headings[h]);
    mistakes.push('missing-part');
  } else if (rng() < 0.1 && headings.length >= 2) {
    const h = headings[1];
    lines[h] = lines[h].replace(/^(\s*)二、/u, '$1三、');
    mistakes.push('numbering');
  }
  if (rng() < 0.1) {
    const at = 1 + Math.floor(rng() * (lines.length - 1));
    lines[at] = lines[at].replace(/(20\d\d)年/u, (_, y) => `${Number(y) - 1}年`);
    mistakes.push('stale-year');
  }
  if (rng() < 0.2) {
    const at = 1 + Math.floor(rng() * (lines.length - 1));
    lines[at] = lines[at].replace(/，/g, ',');
    mistakes.push('half-width');
  }
  if (rng() < 0.05) {
    const at = 1 + Math.floor(rng() * (lines.length - 1));
    lines[at] = `${lines[at]}共组织培训XX场次。`;
    mistakes.push('placeholder');
  }
  if (rng() < 0.3) {
    const year = Number(/20\d\d/.exec(lines[0])?.[0] ?? 2023);
    const late = rng() < 0.2;
    lines.push('特此报告。', late ? `${year + 1}年4月${1 + Math.floor(rng() * 20)}日` : `${year + 1}年${1 + Math.floor(rng() * 3)}月${1 + Math.floor(rng() * 28)}日`);
    if (late) mistakes.push('late');
  }

  // Format and encoding.
  const markdown = rng() < 0.1;
  if (markdown) lines = lines.map((l, i) => (i === 0 ? `# ${l.trim()}` : isHeading(l) ? `## ${l.trim()}` : l));
  const text = `${lines.join('\n').trimEnd()}\n`;
  const pick = rng();
  const encoding = pick < 0.6 ? 'utf-8' : pick < 0.7 ? 'utf-8-bom' : pick < 0.85 ? 'gb18030' : 'utf-8';
  const crlf = pick >= 0.85 || (encoding === 'gb18030' && rng() < 0.5) || encoding === 'utf-8-bom';
  const eol = crlf ? text.replace(/\n/g, '\r\n') : text;
  const bytes =
    encoding === 'gb18030'
      ? iconv.encode(eol, 'gb18030')
      : Buffer.concat([encoding === 'utf-8-bom' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(eol, 'utf8')]);
  return { name: `${String(index).padStart(5, '0')}-${body}${markdown ? '.md' : '.txt'}`, bytes, encoding, crlf, mistakes };
}

function readSeeds() {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(SEEDS, f), 'utf8') }));
}

/** Writes the corpus (replacing what DIR held) and returns what was written. */
export function generateCorpus(count, dir = DEFAULT_CORPUS) {
  rmSync(dir, { recursive: true, force: true });
  const seeds = readSeeds();
  let bytes = 0;
  const tally = { encodings: {}, crlf: 0, markdown: 0, mistakes: {} };
  for (let i = 0; i < count; i++) {
    const report = makeReport(seeds, i);
    const folder = join(dir, `batch-${String(Math.floor(i / 50)).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, report.name), report.bytes);
    bytes += report.bytes.length;
    tally.encodings[report.encoding] = (tally.encodings[report.encoding] ?? 0) + 1;
    if (report.crlf) tally.crlf++;
    if (report.name.endsWith('.md')) tally.markdown++;
    for (const m of report.mistakes) tally.mistakes[m] = (tally.mistakes[m] ?? 0) + 1;
  }
  const manifest = { generator: GENERATOR_VERSION, count, bytes, ...tally };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The reports of a corpus folder (.txt and .md, in walk order), each with its path and bytes, read once. */
export function readCorpusFiles(dir = DEFAULT_CORPUS) {
  const files = [];
  (function walk(folder) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(txt|md)$/.test(entry.name)) files.push({ path, bytes: readFileSync(path) });
    }
  })(dir);
  return files;
}

/** The corpus in DIR if it was generated with this many reports by this generator, else undefined. */
export function readManifest(dir = DEFAULT_CORPUS) {
  try {
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 2000);
  if (!Number.isInteger(count) || count < 1) {
    console.error('usage: pnpm bench:corpus N [DIR]');
    process.exit(2);
  }
  const dir = process.argv[3] ?? DEFAULT_CORPUS;
  const manifest = generateCorpus(count, dir);
  console.log(`${count} reports, ${(manifest.bytes / 1e6).toFixed(1)} MB in ${dir}`);
  console.log(JSON.stringify({ encodings: manifest.encodings, crlf: manifest.crlf, markdown: manifest.markdown, mistakes: manifest.mistakes }));
}
