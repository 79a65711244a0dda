import { oncePer } from '../shared/memo.js';
import { foldEntries } from '../shared/ranges.js';
import { reportingBody } from '../shared/reporting-body.js';
import { defineRule, Type } from '@reportlint/core';
import { occurrenceSpan, partData } from '../shared/parts.js';
import data from './areas.json' with { type: 'json' };

const schema = Type.Object(
  {
    parts: Type.Array(Type.String({ minLength: 1 }), {
      default: ['measures', 'duties'],
      minItems: 1,
      description: 'Outline parts whose text counts as reporting on an area; the finding sits at the first of them, and without it nothing is said.',
    }),
    ignore: Type.Array(Type.String(), { default: [], description: 'Ids of task areas not to ask for.' }),
    extraCues: Type.Record(Type.String(), Type.Array(Type.String({ minLength: 1 })), {
      default: {},
      description: 'More cue words for a task area, by area id.',
    }),
    extraAreas: Type.Array(
      Type.Object(
        {
          id: Type.String({ minLength: 1 }),
          name: Type.String({ minLength: 1 }),
          cues: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
        },
        { additionalProperties: false },
      ),
      { default: [], description: 'Task areas a province adds (its own plan or 纲要).' },
    ),
  },
  { additionalProperties: false },
);

interface Area {
  id: string;
  name: { 'zh-CN': string; en: string };
  cues: string[];
  /** The first report year the area is asked of: the 纲要's areas from its first year, a province's always. */
  fromYear?: number;
}

const builtinAreas = data.areas as Area[];
/** A court's or a procuratorate's name ends so (areas.json#notAskedOf), folded as the body's name is. */
const notAskedOf = foldEntries(data.notAskedOf);

type Options = {
  ignore: string[];
  extraCues: Record<string, string[]>;
  extraAreas: Array<{ id: string; name: string; cues: string[] }>;
};

/** The areas asked for, their cues folded as the text is (either script or width): once per options object. */
const areasOf = oncePer((options: Options): Area[] => {
  const { ignore, extraCues, extraAreas } = options;
  const skip = new Set(ignore);
  return [
    ...builtinAreas.map((a) => ({ ...a, cues: [...a.cues, ...(extraCues[a.id] ?? [])], fromYear: data.fromYear })),
    ...extraAreas.map((a) => ({ id: a.id, name: { 'zh-CN': a.name, en: a.name }, cues: a.cues })),
  ]
    .filter((a) => !skip.has(a.id))
    .map((a) => ({ ...a, cues: foldEntries(a.cues) }));
});

export const rule = defineRule({
  id: 'outline-coverage',
  meta: {
    severity: 'off',
    strictSeverity: 'warn',
    family: 'substance',
    fixable: false,
    description: {
      'zh-CN': '主要举措和成效应涵盖《法治政府建设实施纲要（2021—2025年）》的各项任务领域',
      en: 'The measures part should cover every task area of the 2021–2025 Outline for rule-of-law government',
    },
    messages: {
      missing: {
        'zh-CN': '“{part}”未涉及{basis}的{count}个任务领域：{areas}；应补充这些方面的举措和成效，或说明本年度未开展的原因',
        en: 'The {partEn} part does not touch {count} task area(s) of {basisEn}: {areasEn}; add what was done in them, or say why nothing was',
      },
    },
    schema,
  },
  check(tree, ctx) {
    // A report that is one part alone (a 述法 report: the duties) reports on that part, not on the
    // year's measures: its topics are the leader's own duties, not the 纲要's task areas.
    if (tree.meta.subject !== undefined) return;
    // A court or a procuratorate is no administration: the 纲要's areas are not its work (areas.json#notAskedOf).
    const body = reportingBody(tree);
    if (notAskedOf.some((ending) => body.endsWith(ending))) return;
    const { parts } = ctx.options;
    const occurrences = tree.parts.filter((o) => parts.includes(o.part));
    // The areas are asked of the measures part (the first listed): a report without it is
    // required-part's business, and the duties alone are no measures to add to.
    const anchorPart = parts[0]!;
    const anchor = occurrences.find((o) => o.part === anchorPart);
    if (!anchor) return;

    // The text of every counted part, each offset once (a nested duties section lies inside measures).
    const covered: Array<[number, number]> = occurrences.map((o) => [o.start, o.end] as [number, number]).sort((a, b) => a[0] - b[0]);
    let text = '';
    let upTo = 0;
    for (const [start, end] of covered) {
      const from = Math.max(start, upTo);
      if (end > from) {
        text += tree.normalized.slice(from, end) + '\n';
        upTo = end;
      }
    }

    const year = tree.meta.year;
    const asked = (a: Area) => a.fromYear === undefined || year === undefined || year >= a.fromYear;
    const missing = areasOf(ctx.options).filter((a) => asked(a) && !a.cues.some((cue) => text.includes(cue)));
    if (missing.length === 0) return;

    const span = occurrenceSpan(tree, anchor);
    // After the 纲要's last year its areas are still asked for, named as the expired 纲要's.
    const basis = year !== undefined && year > data.lastYear ? data.basisAfterLastYear : data.basis;
    ctx.report({
      messageId: 'missing',
      data: {
        ...partData(tree.profile, anchorPart),
        basis: basis['zh-CN'],
        basisEn: basis.en,
        count: missing.length,
        areas: missing.map((a) => a.name['zh-CN']).join('、'),
        areasEn: missing.map((a) => a.name.en).join(', '),
      },
      start: span.start,
      end: span.end,
    });
  },
});
