import { formatProblem } from '@reportlint/config';
import type { LoadedConfig } from '@reportlint/config';
import type { Locale, Rule } from '@reportlint/core';
import type { SummarySettings } from './summary/index.js';

/**
 * Config problems are printed once each, however many files share the config. The usable configs'
 * rules, locale and outline are remembered for the report.
 */
export class ConfigReporter {
  private readonly printed = new Set<string>();
  private readonly seen = new Set<LoadedConfig>();
  readonly rules = new Map<string, Rule<any>>();
  locale: Locale | undefined;
  constructor(
    private readonly stderr: (text: string) => void,
    /** Runs before a problem is printed: the progress bar erases itself. */
    private readonly beforePrint: () => void = () => undefined,
  ) {}

  /** The outline and the closing-date deadline of the first usable config (publish-date's options, when it is on). */
  summarySettings(): SummarySettings {
    const first = this.seen.values().next().value as LoadedConfig | undefined;
    const options = first?.config.rules.find((r) => r.rule.id === 'publish-date')?.options as { deadlineMonth?: number; deadlineDay?: number } | undefined;
    return {
      ...(first ? { profile: first.config.profile } : {}),
      deadline: { month: options?.deadlineMonth ?? 3, day: options?.deadlineDay ?? 31 },
    };
  }

  get count(): number {
    return this.printed.size;
  }

  /** Returns whether the config is usable. */
  check(loaded: LoadedConfig): boolean {
    for (const problem of loaded.problems) {
      const line = `reportlint: ${formatProblem(problem)}`;
      if (!this.printed.has(line)) {
        this.beforePrint();
        this.stderr(`${line}\n`);
      }
      this.printed.add(line);
    }
    if (loaded.problems.length > 0) return false;
    if (!this.seen.has(loaded)) {
      this.seen.add(loaded);
      this.locale ??= loaded.config.locale;
      for (const { rule } of loaded.config.rules) this.rules.set(rule.id, rule);
    }
    return true;
  }
}
