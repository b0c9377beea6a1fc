import { createHash } from 'node:crypto';
import type { Client } from '../http-client';

interface ShownDocument {
  id: string;
  fileName: string;
  sha256: string;
}

interface AssignmentView {
  entry: { sections: { fields: { key: string; documents: ShownDocument[] | null }[] }[] } | null;
}

/**
 * What a judge does before scoring: opens the assignment (the profile, the answers the round shows and its
 * documents) and reads the shown PDFs through their signed links, checking each against its recorded SHA-256.
 * Returns the number of documents read, and the keys of the fields the round showed.
 */
export async function readDossier(
  client: Client,
  assignmentId: string,
  token: string,
): Promise<{ documents: number; fields: string[] }> {
  const view = await client.call<AssignmentView>(
    'GET',
    `/judging/assignments/${assignmentId}`,
    undefined,
    token,
  );
  const fields = view.entry?.sections.flatMap((s) => s.fields) ?? [];
  let documents = 0;
  for (const doc of fields.flatMap((f) => f.documents ?? [])) {
    const { url } = await client.call<{ url: string }>(
      'GET',
      `/judging/assignments/${assignmentId}/documents/${doc.id}/link`,
      undefined,
      token,
    );
    // The link is absolute at PUBLIC_BASE_URL; the demo reaches the same API at its own address.
    const { pathname, search } = new URL(url);
    const res = await fetch(`${client.base}${pathname}${search}`);
    const bytes = Buffer.from(await res.arrayBuffer());
    if (!res.ok || createHash('sha256').update(bytes).digest('hex') !== doc.sha256) {
      throw new Error(`${doc.fileName}: ${res.status}, or not the bytes the entrant uploaded`);
    }
    documents++;
  }
  return { documents, fields: fields.map((f) => f.key) };
}
