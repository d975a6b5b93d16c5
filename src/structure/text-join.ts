// Joining wrapped lines back into paragraphs: a blank line after a sentence end starts a new
// paragraph; any other line break was a wrap (or a page break mid-sentence) and becomes a space.

const SENTENCE_END = /[.;:!?…]["”’)]*$/u;
const BULLET = /^[-–—+•·▪●]\s/u;

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.trim());
}

/** Paragraphs joined with "\n"; lines within a paragraph with a space ("41-" + "CT/TW" with none). */
export function joinLines(lines: readonly string[]): string {
  const paragraphs: string[] = [];
  let current = '';
  let pendingBreak = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      if (current !== '' && endsSentence(current)) pendingBreak = true;
      continue;
    }
    if (current === '') current = line;
    else if (pendingBreak || BULLET.test(line)) {
      paragraphs.push(current);
      current = line;
    } else current = /\d[-/]$/u.test(current) ? `${current}${line}` : `${current} ${line}`;
    pendingBreak = false;
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs.join('\n');
}
