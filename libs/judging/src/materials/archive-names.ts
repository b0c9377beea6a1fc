/**
 * Names inside a round's materials archive. Every part of a path comes from people (an enterprise's name, a
 * file's name as uploaded), so each is made a safe single segment: no path separators, no `.` or `..`, no
 * control or direction-changing characters, nothing Windows refuses, and unique within its folder (as
 * Windows and macOS compare names: without case), so unpacking never writes outside its folder or over a file.
 */

/** The longest segment kept, in characters; a longer one keeps its extension and loses the middle. */
export const MAX_SEGMENT_LENGTH = 100;

// C0 and C1 controls, and the bidirectional overrides and isolates that make `gpj.exe` read as `exe.jpg`.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Path separators and the characters Windows refuses in a name. */
const RESERVED_CHARACTERS = /[/\\:*?"<>|]/g;
/** Names Windows keeps for devices, with or without an extension. */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/** One path segment from any text: safe as above, never empty (`fallback` stands in). */
export function archiveSegment(text: string, fallback: string): string {
  let name = text
    .normalize('NFC')
    .replace(UNSAFE, '')
    .replace(RESERVED_CHARACTERS, '_')
    .replace(/\s+/g, ' ')
    .trim()
    // A leading dot hides a file (and makes `..`); Windows drops trailing dots and spaces.
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (name === '') return fallback;
  if (DEVICE_NAME.test(name)) name = `_${name}`;
  const chars = [...name];
  if (chars.length <= MAX_SEGMENT_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? [...name.slice(dot)] : [];
  return chars.slice(0, MAX_SEGMENT_LENGTH - extension.length).join('') + extension.join('');
}

/** An entrant's folder: `<enterprise name>-<first 8 characters of the entrant id>`, unique by the id. */
export function entrantFolder(enterpriseName: string, entrantId: string): string {
  const name = [...archiveSegment(enterpriseName, 'entrant')].slice(0, MAX_SEGMENT_LENGTH - 9).join('');
  return `${name.replace(/[.\s]+$/, '')}-${entrantId.slice(0, 8)}`;
}

/** Names taken in one folder: a name taken already gets ` (2)`, ` (3)` ... before its extension. */
export class FolderNames {
  private readonly taken = new Set<string>();

  take(name: string): string {
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}

/** The archive's own file name: the round's name made safe, then `materials.zip`. */
export function archiveFileName(roundName: string, position: number): string {
  return `${archiveSegment(roundName, `round-${position}`)}-materials.zip`;
}
