import type { Locale } from '@reportlint/core';

/** The server's own words (code action titles, notices, hover labels) in both locales. */
const STRINGS = {
  fixOne: { 'zh-CN': '修复此处“{rule}”问题', en: 'Fix this {rule} problem' },
  fixRule: { 'zh-CN': '修复全部“{rule}”问题', en: 'Fix all {rule} problems' },
  fixAll: { 'zh-CN': '修复全部可自动修复的 reportlint 问题', en: 'Fix all auto-fixable reportlint problems' },
  disableLine: { 'zh-CN': '在此行停用规则“{rule}”', en: 'Disable {rule} for this line' },
  disableFile: { 'zh-CN': '在整个文件停用规则“{rule}”', en: 'Disable {rule} for the entire file' },
  configBroken: {
    'zh-CN': 'reportlint 配置有误，本文件未检查：{problem}',
    en: 'reportlint configuration is broken, this file was not linted: {problem}',
  },
  moreProblems: { 'zh-CN': '（另有 {count} 个配置问题）', en: ' ({count} more configuration problems)' },
  tooLarge: {
    'zh-CN': '文档过大（{size}），超过输入时检查的上限 {limit}；请在命令行运行 reportlint 检查',
    en: 'Document too large ({size}) to lint as you type (limit {limit}); run the reportlint CLI on it',
  },
  binary: { 'zh-CN': '文档像是二进制内容，不是文字稿，未检查', en: 'Document looks binary, not a text draft: not linted' },
  timedOut: {
    'zh-CN': '检查用时超过 {seconds} 秒，已停止，本文件未检查完；请检查是否有异常的超长段落或大量重复的标记',
    en: 'Linting took longer than {seconds} s and was stopped; look for an unusually long paragraph or runs of markup',
  },
  internalError: { 'zh-CN': 'reportlint 检查本文件时出错：{error}', en: 'reportlint failed on this file: {error}' },
  docs: { 'zh-CN': '规则文档', en: 'Rule documentation' },
  rate: { 'zh-CN': '比率', en: 'Rate' },
  rateComputed: { 'zh-CN': '按同句数字计算：{division} = {expected}', en: 'From the counts in the sentence: {division} = {expected}' },
  rateAgrees: { 'zh-CN': '与文中一致', en: 'agrees with the text' },
  rateDiffers: { 'zh-CN': '与文中的 {actual} 不符', en: 'differs from the stated {actual}' },
  rateApproximate: { 'zh-CN': '约数，不核算', en: 'Approximate: not checked' },
  rateNoCounts: {
    'zh-CN': '同句中没有可据以核算此比率的分子和分母',
    en: 'The sentence states no counts this rate can be computed from',
  },
  unheaded: { 'zh-CN': '无标题段落', en: 'unheaded paragraph' },
  untitled: { 'zh-CN': '（无标题）', en: '(untitled)' },
} as const satisfies Record<string, Record<Locale, string>>;

export type StringId = keyof typeof STRINGS;

export function t(locale: Locale, id: StringId, data: Record<string, string | number> = {}): string {
  return STRINGS[id][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
