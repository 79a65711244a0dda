import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DEFAULT_SETTINGS } from '@reportlint/language-server';
import { describe, expect, it } from 'vitest';

// VS Code itself is not downloaded in tests: these check what the extension host would rely on.
const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, { default: unknown; enum?: unknown[] }> } };
};

describe('the VS Code extension manifest', () => {
  it('contributes the settings the server reads, with the server’s defaults', () => {
    const properties = manifest.contributes.configuration.properties;
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      expect(properties[`reportlint.${key}`]?.default, key).toEqual(value);
    }
    expect(properties['reportlint.run']?.enum).toEqual(['onType', 'onSave']);
    expect(properties['reportlint.locale']?.enum).toEqual([null, 'zh-CN', 'en']);
  });

  it('activates on plain-text and Markdown documents', () => {
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:plaintext', 'onLanguage:markdown']));
  });

  it('points at a built CommonJS entry that finds the bundled server', () => {
    const main = join(root, manifest.main);
    expect(existsSync(main)).toBe(true);
    const code = readFileSync(main, 'utf8');
    expect(code).toContain('require("vscode-languageclient/node")');
    expect(code).toContain('@reportlint/language-server/package.json');
    const serverPackage = createRequire(main).resolve('@reportlint/language-server/package.json');
    const server = join(dirname(serverPackage), 'dist', 'bundle', 'bin.js');
    expect(code).toContain(`'dist', 'bundle', 'bin.js'`);
    expect(existsSync(server)).toBe(true);
    // The same file as the server's `bin`, what other editors run.
    const { bin } = JSON.parse(readFileSync(serverPackage, 'utf8')) as { bin: Record<string, string> };
    expect(join(dirname(serverPackage), bin['reportlint-language-server']!)).toBe(server);
    createRequire(main).resolve('vscode-languageclient/node');
  });
});
