import { defineRule } from '@reportlint/core';
import { sentenceBreaks } from '@reportlint/parser';

export const rule = defineRule({
  id: 'line-break-in-sentence',
  meta: {
    severity: 'warn',
    family: 'style',
    fixable: true,
    description: {
      'zh-CN': '纯文本稿中一句话不应被换行截断',
      en: 'In a plain-text draft a sentence must not be broken across lines',
    },
    messages: {
      broken: {
        'zh-CN': '句子在此处被换行截断（“{tail}”后接下一行“{head}”），应删去换行，与下一行连成一段',
        en: 'Sentence broken by a line break ("{tail}" continues with "{head}" on the next line); remove the line break',
      },
      brokenRepeated: {
        'zh-CN': '句子在此处被换行截断，且下一行开头重复了本行末尾的“{repeated}”（“{tail}”后接下一行“{head}”）：应删去换行和重复的“{repeated}”，连成一段',
        en: 'Sentence broken by a line break, and the next line repeats "{repeated}" from the end of this one ("{tail}" continues with "{head}"); remove the line break and the repetition',
      },
      brokenByPage: {
        'zh-CN': '句子在此处被分页截断（“{tail}”后接下一页的“{head}”），应删去页码等分页内容，与下一页的文字连成一段',
        en: 'Sentence broken by a page break ("{tail}" continues with "{head}" on the next page); remove the page number and join the lines',
      },
    },
  },
  check(tree, ctx) {
    // A line break inside a Markdown paragraph is no paragraph break: only plain text is checked.
    if (tree.source.format !== 'txt') return;
    const text = tree.source.text;
    const normalized = tree.normalized;
    for (const { line, next, page, repeated } of sentenceBreaks(tree)) {
      const latinJoin = /[A-Za-z]/.test(normalized[line.end - 1]!) && /[A-Za-z]/.test(normalized[next.start]!);
      const lastStart = line.end - (isLowSurrogate(text.charCodeAt(line.end - 1)) && line.end - 2 >= line.start ? 2 : 1);
      const data = { tail: snippet(text.slice(line.start, line.end), -8), head: snippet(text.slice(next.start, next.end), 8) };
      if (page) {
        // Not fixed: joining the lines would delete the page number and header between them, text the
        // drafter should see go.
        ctx.report({ messageId: 'brokenByPage', data, start: lastStart, end: line.end });
        continue;
      }
      if (repeated > 0) {
        // The line break and the repeated words after it: the line's own words stay.
        const word = text.slice(next.start, next.start + repeated);
        ctx.report({ messageId: 'brokenRepeated', data: { ...data, repeated: word }, start: lastStart, end: line.end, fix: { range: [line.end, next.start + repeated], text: '' } });
        continue;
      }
      ctx.report({
        messageId: 'broken',
        data,
        start: lastStart,
        end: line.end,
        // The blanks ending the line, the line break and the next line's indentation: nothing else.
        fix: { range: [line.end, next.start], text: latinJoin ? ' ' : '' },
      });
    }
  },
});

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The first (n > 0) or last (n < 0) |n| characters (code points), with an ellipsis when cut. */
function snippet(s: string, n: number): string {
  // Walks only the characters kept, not the whole line.
  const count = Math.abs(n);
  let at = n > 0 ? 0 : s.length;
  for (let k = 0; k < count; k++) {
    if (n > 0) {
      if (at >= s.length) return s;
      at += isHighSurrogate(s.charCodeAt(at)) && isLowSurrogate(s.charCodeAt(at + 1)) ? 2 : 1;
    } else {
      if (at <= 0) return s;
      at -= isLowSurrogate(s.charCodeAt(at - 1)) && isHighSurrogate(s.charCodeAt(at - 2)) ? 2 : 1;
    }
  }
  if (n > 0) return at >= s.length ? s : `${s.slice(0, at)}…`;
  return at <= 0 ? s : `…${s.slice(at)}`;
}
