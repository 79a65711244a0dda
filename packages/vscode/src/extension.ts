import * as path from 'node:path';
import { commands, workspace } from 'vscode';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** The server's entry: `reportlint.serverPath` if set, else the @reportlint/language-server this extension ships. */
function serverModule(): string {
  const configured = workspace.getConfiguration('reportlint').get<string | null>('serverPath');
  if (configured) return configured;
  // The bundled executable (dist/bundle/bin.js), which starts faster than tsc's dist/bin.js.
  return path.join(path.dirname(require.resolve('@reportlint/language-server/package.json')), 'dist', 'bundle', 'bin.js');
}

/**
 * A client only: everything (linting, fixes, outline, hover) is the language server's. VS Code
 * answers the server's `workspace/configuration` requests from the `reportlint.*` settings and
 * watches the config files the server registers for.
 */
export async function activate(context: ExtensionContext): Promise<void> {
  const module = serverModule();
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'plaintext' },
      { language: 'markdown' },
      { scheme: 'file', pattern: '**/*.{txt,md,markdown}' },
    ],
  };
  client = new LanguageClient('reportlint', 'reportlint', serverOptions, clientOptions);
  context.subscriptions.push(commands.registerCommand('reportlint.restartServer', () => client?.restart()));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
