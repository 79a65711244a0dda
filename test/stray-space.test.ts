import { describe, expect, it } from 'vitest';
import { lintAndFix } from '@reportlint/core';
import { oneRule } from './support/one-rule.js';
import { seedText, textSource } from './support/seeds.js';

const { config, findings, severityIn } = oneRule('stray-space');

describe('stray-space', () => {
  it('is on in both presets', () => {
    for (const preset of ['recommended', 'strict'] as const) expect(severityIn(preset)).toBe('warn');
  });

  it('the fix deletes the blanks and nothing else, and leaves nothing to fix', () => {
    const text = [
      '一、主要举措和成效',
      '　　全面推行 “谁执法谁普法” 普法责任制，在县委、 县政府的统一部署下，推动法治政府建设\u00a0取得新成效。  ',
      '开展“百馆千万场 服务来共享”系列活动，2025 年办结案件 86 件。',
      '',
    ].join('\r\n');
    const once = lintAndFix(textSource(text), config);
    expect(once.fixed).toBe(4);
    expect(once.output).toBe(
      [
        '一、主要举措和成效',
        '　　全面推行“谁执法谁普法”普法责任制，在县委、县政府的统一部署下，推动法治政府建设取得新成效。  ',
        '开展“百馆千万场 服务来共享”系列活动，2025 年办结案件 86 件。',
        '',
      ].join('\r\n'),
    );
    const twice = lintAndFix(textSource(once.output), config);
    expect(twice.fixed).toBe(0);
    expect(twice.result.messages).toEqual([]);
  });

  it('leaves two blanks or more: columns aligned, or the indent of a paragraph run into the one before', () => {
    const text = [
      '白石县2025年法治政府建设情况报告',
      '根据有关要求，现将有关情况报告如下：　　一、主要举措和成效',
      '市场监管　　全年立案126件，结案120件。',
      '生态环境    全年立案43件，结案40件。',
      '',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  it('reads a quotation cut off at the end of a line as running to its end', () => {
    expect(findings('一、主要举措和成效\n全年开展主题活动12场，以“加强法治政府建设 打造人民满意政府\n')).toEqual([]);
  });

  it('leaves the blank after a title a page ran into its text, and reads the text after it', () => {
    const text = '白石县人民政府关于2025年度法治政府建设情况的报告 县委：2025年，我县锚定 “法治白石” 目标，扎实推进法治政府建设。\n';
    expect(findings(text)).toEqual([
      '1:41-1:42 句中多余的空格：“年，我县锚定□“法治白石””，应删去',
      '1:48-1:49 句中多余的空格：““法治白石”□目标，扎实推”，应删去',
    ]);
  });

  it('leaves a blank after a full stop, where a page joined two paragraphs', () => {
    expect(findings('一、主要举措和成效\n全县法治政府建设取得新成效。 下一步，县政府将持续深化改革。\n')).toEqual([]);
  });

  it('reads Traditional text: a slogan in quotation marks is left alone', () => {
    expect(findings('一、主要舉措和成效\n開展“懷風柔韻 法潤萬家”法治文藝巡演，在縣委、 縣政府領導下推進。\n')).toEqual(['2:25-2:26 句中多余的空格：“演，在縣委、□縣政府領導下”，应删去']);
  });

  it('leaves the blank between joint issuers named in a sentence, and reports one between a committee and a government', () => {
    const text = [
      '一、主要举措和成效',
      '按照中共中央 国务院部署，依据中共青石市委办公室 青石市人民政府办公室印发的通知，在县委 县政府的统一领导下开展工作。',
      '',
    ].join('\n');
    expect(findings(text)).toEqual(['2:45-2:46 句中多余的空格：“通知，在县委□县政府的统一”，应删去']);
  });

  it('pins the one stray blank of the seeds (a web page’s paragraph)', () => {
    expect(findings(seedText('002')).filter((f) => f.includes('空格'))).toEqual(['8:200-8:201 句中多余的空格：“政治局会议上□的重要讲话精”，应删去']);
  });
});
