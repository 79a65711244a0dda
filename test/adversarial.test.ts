import { describe, expect, it } from 'vitest';
import { createRegistry, lint, resolveConfig } from '@reportlint/core';
import { builtinPlugin } from '@reportlint/rules';
// @ts-expect-error: plain JavaScript shared with the benchmark
import { adversarial as texts } from '../packages/bench/_adversarial.mjs';
import { textSource } from './support/seeds.js';

// Speed is measured by `pnpm bench` (packages/bench/adversarial.mjs prints how time grows with
// size); here every rule must simply get through such text without crashing.
const { config } = resolveConfig({ extends: 'strict' }, createRegistry([builtinPlugin]));
const SIZE = 60_000;
const adversarial = texts as Record<string, (n: number) => string>;

describe('adversarial text', () => {
  for (const [name, make] of Object.entries(adversarial)) {
    it(`${name}: every rule runs to the end without a fatal finding`, () => {
      for (const format of ['txt', 'md'] as const) {
        const result = lint(textSource(make(SIZE), format), config);
        expect(result.messages.filter((m) => m.fatal).map((m) => m.message)).toEqual([]);
      }
    });
  }
});
