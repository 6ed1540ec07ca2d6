// The REST client: every page talks to the gateway only through these helpers. Credentials travel in
// the Authorization cookie the gateway sets on login, so fetch only has to send cookies. Every JSON answer is
// checked against the gateway's OpenAPI document (contract.ts) before a page sees it.
import { routes, shapes } from './api.gen';
import type { GetResponses, PostRoutes } from './api.gen';
import { mismatch, shapeOf } from './contract';

export class ApiError extends Error {
  constructor(public status: number, message: string, public body?: unknown) {
    super(message);
  }
}

/** Called on 403 so the shell can show the login page. */
export let onForbidden: () => void = () => {};
export function setForbiddenHandler(handler: () => void) {
  onForbidden = handler;
}

async function request(method: string, path: string, body?: BodyInit, contentType?: string): Promise<Response> {
  const headers: Record<string, string> = {};
  if (contentType) headers['Content-Type'] = contentType;
  const response = await fetch(path, { method, body, headers, credentials: 'same-origin' });
  if (response.status === 403 && path !== '/api/auth') onForbidden();
  return response;
}

async function parse<T>(response: Response, method: string, path: string): Promise<T> {
  const text = await response.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = text;
  }
  if (!response.ok) {
    const detail = (data as { detail?: string; title?: string } | undefined)?.detail ?? response.statusText;
    throw new ApiError(response.status, `${response.status}: ${detail}`, data);
  }
  const shape = shapeOf(routes, method, path);
  const wrong = shape && mismatch(data, shape, shapes);
  if (wrong) throw new ApiError(response.status, `The gateway's answer to ${method} ${path.split('?')[0]} does not fit its contract: ${wrong}`, data);
  return data as T;
}

/** The OpenAPI path of <code>Table</code> a URL is answered by: "/api/recorder/{id}" for "/api/recorder/3?period=daily". */
type Route<P extends string, Table> = P extends `${infer Path}?${string}` ? Route<Path, Table>
  : { [R in keyof Table]: P extends Fill<R & string> ? R : never }[keyof Table];
type Fill<R extends string> = R extends `${infer A}{${string}}${infer B}` ? `${A}${string}${Fill<B>}` : R;
/** What GET answers for a URL, typed from the OpenAPI document. */
export type Answer<P extends string> = GetResponses[Route<P, GetResponses>];
/** The body a POST to a URL takes and what it answers. */
type Post<P extends string> = PostRoutes[Route<P, PostRoutes>];

export const get = async <P extends string>(path: P) => parse<Answer<P>>(await request('GET', path), 'GET', path);
export const del = async <T>(path: string) => parse<T>(await request('DELETE', path), 'DELETE', path);
export const postJson = async <P extends string>(path: P, body: Post<P>['body']) =>
  parse<Post<P>['answer']>(await request('POST', path, JSON.stringify(body), 'application/json'), 'POST', path);

/** POST a source (DSL text or JSON text); 422 answers carry diagnostics and are returned, not thrown.
 *  The DSL's own media type: the gateway refuses text/plain, which a cross-site form could send. */
export async function postSource<T>(path: string, source: string, format: 'text' | 'json'): Promise<T> {
  const response = await request('POST', path, source, format === 'json' ? 'application/json' : 'text/x-sg-dsl');
  if (response.status === 422) return (await response.json()) as T;
  return parse<T>(response, 'POST', path);
}

export async function putFile<T>(path: string, content: Blob): Promise<T> {
  return parse<T>(await request('PUT', path, content, 'application/octet-stream'), 'PUT', path);
}

export async function getText(path: string): Promise<string> {
  const response = await request('GET', path);
  if (!response.ok) throw new ApiError(response.status, `${response.status}: ${response.statusText}`);
  return response.text();
}

// Wire shapes used by several pages.
import type { DeviceEntry } from './api.gen';
export type { DeviceEntry };
export interface Diagnostic {
  severity: string;
  code: string;
  message: string;
  line: number;
  column: number;
  /** Optional JSON path of the offending node (API-NEEDS.md); lets the block view mark the block. */
  path?: string;
}
export interface SourceUpdate {
  accepted: boolean;
  image_hash: string | null;
  diagnostics: Diagnostic[];
}

export const isEmptySlot = (d: DeviceEntry) => d.model === 'Disabled' || d.model === 'Not Detected' || d.model === '';
export const isBicom = (d: DeviceEntry) => d.model.startsWith('BI') || d.interface.includes('Right IR');

/** Metering index → slot, as the REST API counts (docs/SG-REST.md §4.2: the Right IR slot is skipped). */
export function meters(devices: DeviceEntry[]): { index: number; device: DeviceEntry }[] {
  const out: { index: number; device: DeviceEntry }[] = [];
  let index = 0;
  for (const d of devices) {
    if (d.interface.includes('Right IR')) continue;
    if (!isEmptySlot(d) && !isBicom(d)) out.push({ index, device: d });
    index++;
  }
  return out;
}

export const deviceLabel = (d: DeviceEntry) =>
  `${d.description || d.model} [${d.interface}${d.address != null ? ' @' + d.address : ''}]`;
