export type Engine = typeof import('./engine.js');

let loading: Promise<Engine> | undefined;

/** The engine module, loaded once, on first use. */
export function loadEngine(): Promise<Engine> {
  loading ??= import('./engine.js');
  return loading;
}
