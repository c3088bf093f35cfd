/**
 * A list whose items are made on first use: a view carries every recipient of a form
 * (100k in a big list) while a report names at most a few, and most templates read only
 * the count. `length` is known at once; reading anything else makes the items, once.
 * Array.isArray is true, and `{{#each}}`, `.map`, spreading, JSON all see a plain list.
 */
const deferred = new WeakMap<object, () => readonly unknown[]>();

export function deferredList<T>(length: number, make: () => readonly T[]): readonly T[] {
  const target: T[] = new Array(length);
  let made = false;
  const items = (): T[] => {
    if (!made) {
      made = true;
      const list = make();
      for (let i = 0; i < length; i++) target[i] = list[i];
    }
    return target;
  };
  const list = new Proxy(target, {
    get: (_, key, receiver) => (key === 'length' ? length : Reflect.get(items(), key, receiver)),
    has: (_, key) => Reflect.has(items(), key),
    ownKeys: () => Reflect.ownKeys(items()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(items(), key),
    set: (_, key, value) => Reflect.set(items(), key, value),
    defineProperty: (_, key, descriptor) => Reflect.defineProperty(items(), key, descriptor),
    deleteProperty: (_, key) => Reflect.deleteProperty(items(), key),
  });
  deferred.set(list, items);
  return list;
}

/** `list.map(f)` that stays deferred when the list is: f runs only when the new list is read. */
export function mapDeferred<T, U>(list: readonly T[], f: (item: T) => U): readonly U[] | undefined {
  const items = deferred.get(list) as (() => readonly T[]) | undefined;
  return items ? deferredList(list.length, () => items().map(f)) : undefined;
}
