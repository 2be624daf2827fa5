const CONTEXT_CHARS = 70;

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Context cut at a word boundary so a line never starts or ends mid-word. */
export function contextAround(text: string, start: number, end: number, width = CONTEXT_CHARS): { left: string; right: string } {
  let from = Math.max(0, start - width);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  let to = Math.min(text.length, end + width);
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return { left: (from > 0 ? '… ' : '') + flatten(text.slice(from, start)), right: flatten(text.slice(end, to)) + (to < text.length ? ' …' : '') };
}
