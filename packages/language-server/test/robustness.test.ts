import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, expectedDiagnostics, expectedMessages, openSeed, seedNames, seedText, sleep, uriOf } from './helpers.js';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
const scratch = (name: string) => join(tmpdir(), `reportlint-ls-${name}`);

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function alive(client: Client): Promise<void> {
  await client.ping();
  expect(client.child.exitCode).toBeNull();
}

describe('bad input never takes the server down', () => {
  let client: Client;
  beforeAll(async () => {
    client = await Client.start({ initializationOptions: { debounce: 0, testHooks: true } });
  });
  afterAll(async () => {
    expect(await client.shutdown()).toBe(0);
  });

  it('survives malformed JSON-RPC', async () => {
    client.raw(frame('{"jsonrpc": "2.0", "id": 99, "method": ')); // cut-off JSON
    client.raw(frame('[1, 2, 3]')); // JSON, but not a message
    client.raw(frame('{"foo": 1}'));
    client.raw(frame('null'));
    client.raw(frame('\u0000\u0001binary\uffff'));
    client.raw(frame(JSON.stringify({ jsonrpc: '2.0', id: 100, method: 'textDocument/hover', params: null })));
    client.raw(frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: 5, text: null } } })));
    client.raw(frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: null })));
    client.raw(frame(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: null } })));
    client.raw(frame(JSON.stringify({ jsonrpc: '2.0', id: 101, method: 'textDocument/codeAction', params: { textDocument: { uri: 'file:///x.txt' } } })));
    await alive(client);
    // A header without a length: the stream is resynchronized on a later frame.
    client.raw('Content-Type: application/json\r\n\r\n{}');
    client.raw('Content-Length: abc\r\n\r\n');
    let answered = false;
    for (let i = 0; i < 5 && !answered; i++) {
      answered = await Promise.race([client.ping().then(() => true), sleep(1000).then(() => false)]);
    }
    expect(answered).toBe(true);
    await alive(client);
  });

  it('answers unknown requests with MethodNotFound and ignores unknown notifications', async () => {
    await expect(client.request('reportlint/noSuchMethod', {})).rejects.toMatchObject({ code: -32601 });
    await client.connection.sendNotification('reportlint/noSuchNotification', { a: 1 });
    await client.connection.sendNotification('$/noSuchThing', {});
    await alive(client);
  });

  it('clamps edits with out-of-range positions and drops malformed ones', async () => {
    const path = scratch('range.txt');
    const uri = uriOf(path);
    const doc = client.open(uri, '2024年,本区推进法治建设。\n一、主要举措和成效\n');
    await client.diagnosticsFor(uri);
    client.change(uri, [{ range: { start: { line: 1000, character: 5 }, end: { line: 2000, character: 0 } }, text: '二、存在的不足和原因\n问题较多,原因在于投入不足。\n' }]);
    client.change(uri, [{ range: { start: { line: 0, character: 500 }, end: { line: 0, character: 900 } }, text: '!' }]);
    client.change(uri, [{ range: { start: { line: -3, character: -7 }, end: { line: 0, character: -1 } }, text: '<' }]);
    client.change(uri, [{ range: { start: { line: 1, character: 4 }, end: { line: 0, character: 2 } }, text: '' }]); // start after end
    const expected = doc.getText();
    let got = await client.diagnosticsFor(uri);
    expect(got).toEqual(expectedDiagnostics(await expectedMessages(path, expected)));
    // Malformed changes leave the document as it was: no "undefined" pasted into the draft.
    const version = doc.version;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: version + 1 }, contentChanges: [{ range: { start: { line: 0 } }, text: 'x' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: version + 1 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: version + 1 }, contentChanges: [{ range: { start: { line: 0.5, character: NaN }, end: { line: 0, character: 1 } }, text: 'y' }] });
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///not-open.txt', version: 3 }, contentChanges: [{ text: 'z' }] });
    await alive(client);
    // The next good change applies to the text the server kept, which is the client's.
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '　' }]);
    got = await client.diagnosticsFor(uri);
    expect(got).toEqual(expectedDiagnostics(await expectedMessages(path, doc.getText())));
    client.close(uri);
  });

  it('takes a 10 MB document without linting it on every keystroke', async () => {
    const seed = await seedText(seedNames[2]!);
    const parts: string[] = [];
    let size = 0;
    while (size < 10 * 1024 * 1024) {
      parts.push(seed);
      size += Buffer.byteLength(seed);
    }
    const uri = uriOf(scratch('huge.txt'));
    const started = Date.now();
    client.open(uri, parts.join('\n'));
    const [notice] = await client.diagnosticsFor(uri);
    expect(notice).toMatchObject({ severity: 3, source: 'reportlint', range: { start: { line: 0, character: 0 } } });
    expect(notice!.message).toContain('文档过大（10.0 MB）');
    client.change(uri, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '新增一行。\n' }]);
    expect(await client.diagnosticsFor(uri)).toHaveLength(1);
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri } })).toEqual([]);
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })).toBeNull();
    expect(Date.now() - started).toBeLessThan(15_000);
    client.close(uri);
    await alive(client);
  });

  it('takes binary content', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const uri = uriOf(scratch('binary.txt'));
    client.open(uri, bytes.toString('latin1'));
    const diagnostics = await client.diagnosticsFor(uri);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toContain('二进制');
    client.change(uri, [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } }, text: '\u0000\ud800' }]);
    expect(await client.diagnosticsFor(uri)).toHaveLength(1);
    // Lone surrogates and control characters in an otherwise ordinary draft are linted, not fatal.
    const odd = uriOf(scratch('odd.txt'));
    client.open(odd, '2024年\ud800,本区\u0007推进法治建设。\udfff\n');
    expect((await client.diagnosticsFor(odd)).some((d) => d.code === 'punctuation-width')).toBe(true);
    client.close(uri);
    client.close(odd);
    await alive(client);
  });

  it('takes 1,000 rapid edits and ends on the findings of the last version', async () => {
    const typing = await Client.start({ initializationOptions: { testHooks: true } }); // default debounce
    try {
      const { path, uri, doc } = await openSeed(typing, '000');
      await typing.diagnosticsFor(uri);
      const before = (await typing.stats()).lints;
      const next = random(1);
      for (let i = 0; i < 1000; i++) {
        const line = Math.floor(next() * doc.lineCount);
        const character = Math.floor(next() * 20);
        // Typing with commas of both widths, and the odd deletion.
        if (i % 5 === 4) typing.change(uri, [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' }]);
        else typing.change(uri, [{ range: { start: { line, character }, end: { line, character } }, text: i % 2 ? ',' : '，' }]);
      }
      const final = await typing.diagnosticsFor(uri, 1001);
      expect(final).toEqual(expectedDiagnostics(await expectedMessages(path, doc.getText())));
      const stats = await typing.stats();
      // Debounced: far fewer lints than edits.
      expect(stats.lints - before).toBeLessThan(100);
      expect(stats.timers).toBe(0);
    } finally {
      typing.kill();
    }
  });

  it('never publishes a result for another version than the one it was computed from', async () => {
    const path = scratch('stale.txt');
    const uri = uriOf(path);
    // About 45 KB: each lint takes long enough for edits to arrive while it runs.
    const doc = client.open(uri, (await seedText(seedNames[2]!)).repeat(3));
    await client.diagnosticsFor(uri);
    const from = client.published.length;
    const texts = new Map<number, string>([[doc.version, doc.getText()]]);
    const next = random(7);
    // Settings dropped now and then: the next lint waits for the client's answer while edits keep coming.
    client.configurationDelay = 30;
    for (let i = 0; i < 40; i++) {
      const line = Math.floor(next() * doc.lineCount);
      const character = Math.floor(next() * 30);
      client.change(uri, [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: next() < 0.5 ? ',' : '；' }]);
      texts.set(doc.version, doc.getText());
      if (i % 10 === 3) await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      // Edits arrive while lints run (debounce 0): some versions are linted, others replaced before their turn.
      await sleep(Math.floor(next() * 25));
    }
    client.configurationDelay = 0;
    await client.diagnosticsFor(uri, doc.version);
    const seen = client.published.slice(from).filter((p) => p.uri === uri);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.length).toBeLessThan(40); // the versions that came in during a wait were never linted
    let last = 0;
    for (const p of seen) {
      // Equal versions are fine: a configuration change re-lints the same text.
      expect(p.version).toBeGreaterThanOrEqual(last);
      last = p.version!;
      expect(p.diagnostics).toEqual(expectedDiagnostics(await expectedMessages(path, texts.get(p.version!)!)));
    }
    expect(last).toBe(doc.version);
    client.close(uri);
  });

  it('drops the lint of a document closed while it was being linted', async () => {
    const slow = await Client.start({ initializationOptions: { debounce: 0 }, settings: {} });
    try {
      // The lint is waiting for the client's settings when the close arrives.
      slow.configurationDelay = 400;
      const { uri } = await openSeed(slow, '001');
      slow.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '　' }]);
      slow.close(uri);
      await sleep(1200);
      const mine = slow.published.filter((p) => p.uri === uri);
      expect(mine.map((p) => p.diagnostics)).toEqual([[]]);

      // Closed right after a lint was published: the close clears it and nothing comes after.
      slow.configurationDelay = 0;
      const big = (await seedText(seedNames[2]!)).repeat(6);
      slow.open(uri, big);
      await slow.diagnosticsFor(uri);
      slow.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ',' }]);
      slow.close(uri);
      await slow.until(() => slow.lastPublished(uri)?.diagnostics.length === 0, 10_000, 'cleared');
      const count = slow.published.length;
      await sleep(800);
      expect(slow.published.length).toBe(count);
      await alive(slow);
    } finally {
      slow.kill();
    }
  });
});

describe('a lint that runs too long', () => {
  it('is stopped after lintTimeout, said so on the document, and the next one runs as usual', async () => {
    // A limit the seed below stays well within even on a loaded machine (its cold lint took over
    // 300 ms while three test suites ran beside it), and a text far beyond it: micromark is quadratic
    // on runs of emphasis markers, and unstopped this one takes about 8 s on a 2-core machine.
    const client = await Client.start({ initializationOptions: { debounce: 0, lintTimeout: 1000 } });
    const uri = uriOf(scratch('emphasis.md'));
    const started = Date.now();
    client.open(uri, '中*'.repeat(30_000), 'markdown');
    const [notice, ...rest] = await client.diagnosticsFor(uri);
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ severity: 2, source: 'reportlint', range: { start: { line: 0, character: 0 } } });
    expect(notice!.message).toContain('检查用时超过 1 秒，已停止');
    expect(Date.now() - started).toBeLessThan(5_000);
    const seed = await openSeed(client, '004');
    expect(await client.diagnosticsFor(seed.uri)).toEqual(expectedDiagnostics(await expectedMessages(seed.path, seed.text)));
    expect(await client.shutdown()).toBe(0);
  });
});

describe('memory', () => {
  it('stays flat over 10,000 edits', async () => {
    const client = await Client.start({ initializationOptions: { debounce: 20, testHooks: true }, nodeArgs: ['--expose-gc'] });
    try {
      const { uri, doc } = await openSeed(client, '000');
      await client.diagnosticsFor(uri);
      const next = random(42);
      const burst = async (n: number) => {
        for (let i = 0; i < n; i++) {
          const line = Math.floor(next() * doc.lineCount);
          const character = Math.floor(next() * 10);
          // Insert and delete in turn: the text keeps its size, so memory has no reason to grow.
          if (i % 2 === 0) client.change(uri, [{ range: { start: { line, character }, end: { line, character } }, text: '法' }]);
          else {
            const at = doc.getText().indexOf('法');
            client.change(uri, [{ range: { start: doc.positionAt(at), end: doc.positionAt(at + 1) }, text: '' }]);
          }
          // Now and then let the lint run, as pauses in typing do.
          if (i % 500 === 499) await client.diagnosticsFor(uri);
        }
        await client.diagnosticsFor(uri);
      };
      await burst(2000); // warm-up: JIT, caches, lazy modules
      const before = await client.stats();
      await burst(10_000);
      const after = await client.stats();
      expect(after.documents).toBe(1);
      expect(after.analyses).toBe(1);
      // Each version's text is ~6 KB (12 KB as UTF-16): keeping even a tenth of 10,000 would add 12 MB.
      expect(after.heapUsed - before.heapUsed).toBeLessThan(4 * 1024 * 1024);
      expect(after.lints - before.lints).toBeGreaterThan(10);
    } finally {
      client.kill();
    }
  }, 120_000);
});


