/**
 * A person's search text as a LIKE/ILIKE pattern that matches it anywhere: the wildcards % and _ and the
 * escape character itself are taken literally (PostgreSQL's default escape is the backslash).
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
