#!/usr/bin/env node
import { lsp } from './lsp.js';
import { startServer } from './server.js';
import { VERSION } from './version.js';

const USAGE = `Usage: reportlint-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>

The reportlint language server: findings, quick fixes, the report's outline and rule
documentation for plain-text and Markdown drafts in any LSP editor.`;

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${USAGE}\n`);
} else if (!args.some((a) => /^--(stdio|node-ipc|socket|pipe)\b/.test(a))) {
  process.stderr.write(`reportlint-language-server: no transport given\n${USAGE}\n`);
  process.exitCode = 2;
} else {
  // Handlers' errors are caught by the connection; anything else is logged, never fatal: an editor
  // losing its linter in the middle of a draft is worse than one bad request. stderr is not the
  // protocol channel in any transport.
  process.on('uncaughtException', (error: NodeJS.ErrnoException) => {
    process.stderr.write(`reportlint-language-server: ${error.stack ?? error.message}\n`);
    if (error.code === 'EPIPE') process.exit(1); // the client is gone
  });
  process.on('unhandledRejection', (reason) => {
    process.stderr.write(`reportlint-language-server: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n`);
  });
  startServer(lsp.createConnection());
}
