// Offsets in a text to 1-based line:column, the way editors and terminals count them.

export interface Point {
  line: number;
  column: number;
}

export interface Place {
  start: Point;
  end?: Point;
}

export function createPositionFinder(text: string): (offset: number) => Point {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) === 10) lineStarts.push(index + 1);
  }
  return (offset) => {
    // Binary search for the last line start at or before the offset.
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    // Columns count code points, so a line of Chinese text points at the right character.
    const column = [...text.slice(lineStarts[low]!, offset)].length + 1;
    return { line: low + 1, column };
  };
}
