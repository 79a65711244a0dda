import { defineRule, Type } from '@reportlint/core';
import { bodyStart, occurrenceSpan, partData } from '../shared/parts.js';
import { hanCount } from '../shared/ranges.js';
import vocabulary from './causes.json' with { type: 'json' };

const schema = Type.Object(
  {
    causeWords: Type.Array(Type.String(), {
      default: vocabulary.causeWords,
      description: 'Words that show the text analyses why a shortcoming exists.',
    }),
  },
  { additionalProperties: false },
);

/** Han characters below which a part's body states no problem at all (“待补充”, “暂无”, “见附件”). */
const LISTS_SOMETHING = 8;

const CAUSE_CLAUSE = new RegExp(vocabulary.causeClause);
const HEADING_ECHO = new RegExp(vocabulary.headingEcho, 'g');

export const rule = defineRule({
  id: 'shortcoming-causes',
  meta: {
    severity: 'warn',
    family: 'outline',
    fixable: false,
    description: {
      'zh-CN': '“存在的不足”部分应分析原因，不能只列问题',
      en: 'The shortcomings part should analyse causes, not only list problems',
    },
    messages: {
      noCauses: {
        'zh-CN': '“{part}”只列出问题，没有分析原因（如“主要原因在于……”）',
        en: '"{partEn}" lists problems without analysing their causes (e.g. "主要原因在于…")',
      },
    },
    schema,
  },
  check(tree, ctx) {
    const occurrences = tree.parts.filter((o) => o.part === 'shortcomings');
    if (occurrences.length === 0) return;
    const words = ctx.options.causeWords;
    // A part with no sentence under it (empty, or “待补充”) lists nothing to analyse: empty-part says so.
    if (occurrences.every((o) => hanCount(tree.normalized, bodyStart(o), o.end) < LISTS_SOMETHING)) return;
    // The heading "存在的不足和原因" promises causes; only the body can deliver them — and a body
    // that repeats the heading ("存在的问题及原因如下：一是……") has not delivered them yet.
    const analysed = occurrences.some((o) => {
      const body = tree.normalized.slice(bodyStart(o), o.end).replace(HEADING_ECHO, '');
      return words.some((w) => body.includes(w)) || CAUSE_CLAUSE.test(body);
    });
    if (analysed) return;
    const first = occurrences[0]!;
    ctx.report({ messageId: 'noCauses', data: partData(tree.profile, first.part), ...occurrenceSpan(tree, first) });
  },
});
