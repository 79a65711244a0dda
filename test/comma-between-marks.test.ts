import { describe, expect, it } from 'vitest';
import { oneRule } from './support/one-rule.js';

const { findings, severityIn } = oneRule('comma-between-marks');

describe('comma-between-marks', () => {
  it('is off in recommended and a warning in strict', () => {
    expect(severityIn('recommended')).toBeUndefined();
    expect(severityIn('strict')).toBe('warn');
  });

  it('reads the corner brackets of Traditional text, at the 顿号 in the user\'s own text', () => {
    expect(findings('一、主要舉措和成效\n推行「誰執法誰普法」、「誰主管誰負責」責任制。\n')).toEqual([
      '2:11-2:12 并列的引号之间通常不用顿号：应删去“誰執法誰普法”后的顿号（GB/T 15834—2011 4.5.3.5）',
    ]);
  });

  it('leaves Markdown code alone', () => {
    expect(findings('## 一、主要举措和成效\n\n示例：`《宪法》、《民法典》`。\n', 'md')).toEqual([]);
  });
});
