// Grouping records under a key: the list is added to in place (copying it on every add made grouping
// thousands of claims under one actor quadratic).

/** Adds `value` to the list of `key`, which is made when it is the key's first value. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
