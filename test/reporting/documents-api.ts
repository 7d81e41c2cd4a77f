import { createHash } from 'node:crypto';
import { contentOfDocument } from '@muster/reporting';
import { TestApp, TestUser } from '@muster/testing';

export interface FetchedDocument {
  status: number;
  contentType: string;
  checksumHeader: string | null;
  body: Buffer;
  text: string;
}

/** GET a report path over real HTTP with the user's bearer token (or none). */
export async function fetchDocument(t: TestApp, path: string, who: TestUser | null): Promise<FetchedDocument> {
  const headers: Record<string, string> = who ? { authorization: `Bearer ${who.token}` } : {};
  const res = await fetch(`${t.baseUrl}${path}`, { headers });
  const body = Buffer.from(await res.arrayBuffer());
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    checksumHeader: res.headers.get('x-muster-checksum'),
    body,
    text: body.toString('utf8'),
  };
}

/** The checksummed content of a document: between its two markers. */
export const contentOf = (html: string): string => contentOfDocument(html);

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The error body of a refused report request. */
export const errorOf = (doc: FetchedDocument): { code: string; message: string } =>
  JSON.parse(doc.text) as { code: string; message: string };
