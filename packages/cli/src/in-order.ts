/**
 * Runs `work` on every item with at most `concurrency` running at once, and hands each result to
 * `emit` in the items' order, whatever order they finish in. Only results waiting for an earlier
 * one are held, so memory does not grow with the number of items. `done` is called as each finishes.
 */
export async function forEachInOrder<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => void | Promise<void>,
  done: (result: R, index: number) => void = () => undefined,
): Promise<void> {
  const waiting = new Map<number, R>();
  let next = 0;
  let emitted = 0;
  let flushing: Promise<void> = Promise.resolve();
  const flush = async (): Promise<void> => {
    while (waiting.has(emitted)) {
      const result = waiting.get(emitted)!;
      waiting.delete(emitted);
      await emit(result, emitted++);
    }
  };
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      const result = await work(items[index]!, index);
      done(result, index);
      waiting.set(index, result);
      // Emits run one after another, in order, even when lanes finish together.
      flushing = flushing.then(flush);
      await flushing;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  await flushing;
}
