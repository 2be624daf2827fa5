import type { Paragraph } from './types.js';

/**
 * The article's lines that hold text, trimmed of surrounding white space
 * (non-breaking spaces included). Articles arrive as plain text where a line
 * is a paragraph, a headline or a piece of page furniture.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const line = m[0];
    const lead = line.length - line.trimStart().length;
    const body = line.trim();
    if (body.length === 0) continue;
    const start = (m.index ?? 0) + lead;
    paragraphs.push({ start, end: start + body.length, text: body });
  }
  return paragraphs;
}
