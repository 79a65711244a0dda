/**
 * `compute` run once per key object — a report tree, a rule's options, an outline profile — and its
 * result kept as long as the key lives (a WeakMap): what a rule derives from its options or several
 * rules derive from the same tree is worked out once.
 */
export function oncePer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    // has(), not a truthiness test: a falsy result (false, 0, '') is remembered too.
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
