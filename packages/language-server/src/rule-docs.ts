import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const cache = new Map<string, Promise<string | undefined>>();

/** The folder of the installed @reportlint/rules package: its README files sit in `<id>/README.md`. */
function rulesRoot(): string | undefined {
  try {
    return fileURLToPath(new URL('..', import.meta.resolve('@reportlint/rules')));
  } catch {
    return undefined;
  }
}

/** A built-in rule's README, read once from the rules package; undefined for plugin rules. */
export function ruleReadme(ruleId: string): Promise<string | undefined> {
  let text = cache.get(ruleId);
  if (!text) {
    const root = rulesRoot();
    text = root !== undefined && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(ruleId)
      ? readFile(`${root}${ruleId}/README.md`, 'utf8').catch(() => undefined)
      : Promise.resolve(undefined);
    cache.set(ruleId, text);
  }
  return text;
}

const MAX = 4000;

/**
 * The part of a README worth a hover: title, description, the severity table, "What it checks" and
 * "Why"; options, guards and examples stay in the full document the hover links to.
 */
export function readmeSection(markdown: string): string {
  const lines = markdown.split(/\r?\n/);
  const out: string[] = [];
  let keep = true;
  for (const line of lines) {
    const heading = /^##\s+(.*)$/.exec(line);
    if (heading) keep = /^(What it checks|Why)\b/i.test(heading[1]!.trim());
    if (!keep) continue;
    // The rule id is the hover's own heading already.
    out.push(/^#\s/.test(line) ? `**${line.replace(/^#\s+/, '')}**` : line.replace(/^##\s+/, '#### '));
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return text.length > MAX ? `${text.slice(0, MAX)}…` : text;
}
