import type { IncomingMessage } from 'node:http';

export type BodyResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly status: 400 | 413 | 415; readonly message: string };

/**
 * A request's JSON body, read up to `maxBytes`: more is refused before it is buffered, and so
 * is a body that is not declared as JSON (a form another page could post without asking).
 */
export async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  if (!/^application\/json(;|$)/i.test(request.headers['content-type'] ?? '')) {
    return { ok: false, status: 415, message: 'The body must be application/json.' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      request.resume();
      return { ok: false, status: 413, message: `The body is larger than ${maxBytes} bytes.` };
    }
    chunks.push(chunk);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { ok: false, status: 400, message: 'The body is not valid JSON.' };
  }
}
