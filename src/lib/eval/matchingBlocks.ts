// How many elements of `a` and `b` match, in order, the way Python's difflib.SequenceMatcher counts them
// (autojunk off, no junk): the corpus's own score.py measures recall and precision with it, so `npm run eval`
// gives the same figures. Ratcliff/Obershelp: the longest common block, then the same on each side of it.

export function matchingCharacters(a: readonly string[], b: readonly string[]): number {
  const positions = new Map<string, number[]>();
  b.forEach((element, j) => {
    const list = positions.get(element);
    if (list) list.push(j);
    else positions.set(element, [j]);
  });

  const longest = (alo: number, ahi: number, blo: number, bhi: number): [number, number, number] => {
    let besti = alo;
    let bestj = blo;
    let bestsize = 0;
    let lengths = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const next = new Map<number, number>();
      for (const j of positions.get(a[i]!) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (lengths.get(j - 1) ?? 0) + 1;
        next.set(j, k);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      lengths = next;
    }
    return [besti, bestj, bestsize];
  };

  let total = 0;
  const queue: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const [i, j, k] = longest(alo, ahi, blo, bhi);
    if (k === 0) continue;
    total += k;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
  }
  return total;
}
