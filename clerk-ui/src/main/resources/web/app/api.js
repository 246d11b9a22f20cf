// Calls the four services on this origin (the gateway or the Ingress routes each prefix to its service).
// Every failure becomes an ApiError with the problem+json the service answered, or a Vietnamese message of our own
// when the service could not be reached.
import { session } from './session.js';

const PREFIX = { intake: '/intake', routing: '/routing', records: '/records', notification: '/notification' };
const TIMEOUT_MS = 15000;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `Lỗi ${status}`);
    this.status = status;
    this.title = problem.title || `Lỗi ${status}`;
    this.detail = problem.detail || '';
    this.errors = problem.errors || [];
    this.unreachable = status === 0 || status === 502 || status === 503 || status === 504;
  }

  /** The message of one field of the request (its JSON path ends with the given name), if the service named it. */
  fieldMessage(name) {
    const hit = this.errors.find((e) => e.field === name || (e.field || '').endsWith('.' + name));
    return hit ? hit.message : '';
  }
}

function url(service, path, query) {
  const u = new URL(PREFIX[service] + path, location.origin);
  for (const [k, v] of Object.entries(query || {})) {
    if (v !== undefined && v !== null && v !== '') u.searchParams.set(k, v);
  }
  return u.pathname + u.search;
}

async function problemOf(response) {
  const type = response.headers.get('content-type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch (e) {
      /* fall through */
    }
  }
  if (response.status === 401) return { title: 'Phiên đăng nhập đã hết hạn', detail: 'Vui lòng đăng nhập lại.' };
  if (response.status >= 502) return { title: 'Dịch vụ tạm thời không phản hồi', detail: 'Vui lòng thử lại sau ít phút; dữ liệu đã nhập vẫn được giữ.' };
  return { title: `Lỗi ${response.status}` };
}

/**
 * One request. GETs that fail because the service is unreachable are tried again twice (1 s, 3 s apart); a write is
 * never repeated here — the caller repeats it with the same idempotency key.
 */
export async function call(service, path, { method = 'GET', query, body, headers = {}, accept = 'application/json', signal } = {}) {
  const attempts = method === 'GET' ? 3 : 1;
  let last;
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, i === 1 ? 1000 : 3000));
    try {
      return await once(service, path, { method, query, body, headers, accept, signal });
    } catch (e) {
      last = e;
      if (!(e instanceof ApiError) || !e.unreachable || (signal && signal.aborted)) throw e;
    }
  }
  throw last;
}

async function once(service, path, { method, query, body, headers, accept, signal }) {
  const h = { Accept: accept, ...headers };
  const token = session.token();
  if (token) h.Authorization = 'Bearer ' + token;
  let payload = body;
  if (body !== undefined && !(body instanceof FormData)) {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
  if (signal) signal.addEventListener('abort', () => timeout.abort());
  let response;
  try {
    response = await fetch(url(service, path, query), { method, headers: h, body: payload, signal: timeout.signal });
  } catch (e) {
    throw new ApiError(0, {
      title: 'Không kết nối được dịch vụ',
      detail: 'Mạng hoặc dịch vụ đang gián đoạn. Dữ liệu đã nhập vẫn được giữ; hãy thử lại.',
    });
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 401) session.expired();
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  if (response.status === 204) return null;
  if (accept === 'application/json') return response.json();
  return response.blob();
}

export const get = (service, path, query, options = {}) => call(service, path, { ...options, query });
export const post = (service, path, body, options = {}) => call(service, path, { ...options, method: 'POST', body });

/** Opens a PDF (receipt, control sheet...) in a new tab: fetched with the token, shown from a blob URL. */
export async function openPdf(service, path) {
  const tab = window.open('', '_blank');
  try {
    const blob = await call(service, path, { accept: 'application/pdf' });
    const href = URL.createObjectURL(blob);
    if (tab) tab.location.href = href;
    else location.href = href;
    setTimeout(() => URL.revokeObjectURL(href), 60000);
  } catch (e) {
    if (tab) tab.close();
    throw e;
  }
}

/**
 * Uploads one file with progress (fetch has no upload progress; XMLHttpRequest has). Resolves with the document
 * view, rejects with an ApiError carrying the service's verdict.
 */
export function upload(service, path, form, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url(service, path));
    const token = session.token();
    if (token) xhr.setRequestHeader('Authorization', 'Bearer ' + token);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body = {};
      try {
        body = JSON.parse(xhr.responseText || '{}');
      } catch (e) {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError(xhr.status, body.title ? body : { title: `Lỗi ${xhr.status}` }));
    };
    xhr.onerror = () => reject(new ApiError(0, { title: 'Không kết nối được dịch vụ lưu trữ', detail: 'Hãy thử tải lại tệp.' }));
    xhr.send(form);
  });
}

/**
 * Reads a server-sent event stream with fetch (EventSource cannot send the token) and calls onEvent for each event;
 * reconnects after a pause when the stream ends or fails, until the signal aborts.
 */
export async function stream(service, path, onEvent, signal, onState = () => {}) {
  while (!signal.aborted) {
    try {
      const response = await fetch(url(service, path), {
        headers: { Accept: 'text/event-stream', Authorization: 'Bearer ' + session.token() },
        signal,
      });
      if (!response.ok) throw new ApiError(response.status, await problemOf(response));
      onState('open');
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = { type: 'message', data: '' };
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) event.type = line.slice(6).trim();
            else if (line.startsWith('data:')) event.data += (event.data ? '\n' : '') + line.slice(5).trimStart();
          }
          if (event.data) onEvent(event);
        }
      }
    } catch (e) {
      if (signal.aborted) return;
      if (e instanceof ApiError && e.status === 401) return;
    }
    onState('closed');
    await new Promise((r) => setTimeout(r, 3000));
  }
}

/** A fresh idempotency key (one per form: a double click or a retry sends the same key). */
export function newKey() {
  return crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2);
}
