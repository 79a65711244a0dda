/**
 * Texts built to make a careless rule or regular expression slow: long runs of markers, digits,
 * punctuation, brackets and enumeration leads, in one line and in many. Used by
 * packages/bench/adversarial.mjs (time grows linearly) and test/adversarial.test.ts (no crash).
 * @type {Record<string, (n: number) => string>}
 */
export const adversarial = {
  'markers in one line': (n) => '一、'.repeat(n / 2),
  'marker lines': (n) => '（一）标题\n'.repeat(n / 6),
  'inline sections': (n) => '（一）标题。一是做法。\n'.repeat(n / 11),
  // A page that joined its paragraphs with blanks: every heading and body on one line, split again by the parser.
  'joined paragraphs': (n) => '做法。 一、标题 正文'.repeat(n / 11),
  digits: (n) => '1'.repeat(n),
  'digits and separators': (n) => '1,234.5'.repeat(n / 7),
  punctuation: (n) => '。，；：'.repeat(n / 4),
  'half-width commas in Chinese': (n) => '中,'.repeat(n / 2),
  'enumeration leads': (n) => '，一是'.repeat(n / 3),
  years: (n) => '2023年，'.repeat(n / 6),
  rates: (n) => '受理1件，办结1件，办结率100%。'.repeat(n / 18),
  'open brackets': (n) => '（【《“'.repeat(n / 4),
  placeholders: (n) => 'XX区X件'.repeat(n / 5),
  'bracketed asides': (n) => '全年办理案件（含复议）'.repeat(n / 11),
  // Many paragraphs and no 是 or 第 after them: looking for the next enumeration lead must not search the rest of the text from every paragraph.
  'paragraphs without a lead': (n) => '推进依法行政工作。\n'.repeat(n / 10),
  'a list of names in columns': (n) => '张三  李四  王五\n'.repeat(n / 13),
  'blank lines': (n) => '\n'.repeat(n),
  'one clause repeated': (n) => '坚持和发展新时代枫桥经验，'.repeat(n / 13),
  // A 纠错率 after a list of outcomes that may count or not (rate-mismatch's corrections.ts): not one reading per subset.
  'outcome lists': (n) => `审结案件30件，其中${'调解1件、'.repeat(30)}纠错率10%。`.repeat(n / 190),
};
