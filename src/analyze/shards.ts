/** Cuts items into consecutive shards of about `size` characters each (an item is never split). */
export function shardsBySize<T>(items: T[], sizeOf: (item: T) => number, size: number): T[][] {
  const shards: T[][] = [];
  let current: T[] = [];
  let filled = 0;
  for (const item of items) {
    current.push(item);
    filled += sizeOf(item);
    if (filled >= size) {
      shards.push(current);
      current = [];
      filled = 0;
    }
  }
  if (current.length > 0) shards.push(current);
  return shards;
}
