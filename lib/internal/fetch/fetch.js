'use strict';
// fetch(): the Fetch standard's HTTP fetch over lode's own http client — redirects, abort,
// streamed bodies both ways, and errors as node's fetch reports them (a TypeError
// 'fetch failed' whose cause is what went wrong).

const { Request, kState: kRequestState } = require('internal/fetch/request');
const { responseFromNetwork, redirectStatuses, nullBodyStatuses } = require('internal/fetch/response');
const { headersFrom, headerPairs } = require('internal/fetch/headers');
const { kBody } = require('internal/fetch/body');
const { ReadableStream } = require('internal/webstreams/readablestream');

const kMaxRedirects = 20;
let agent;

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

function abortReason(signal) {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

// A web stream over an IncomingMessage, pausing the socket when the reader falls behind.
function responseStream(message, signal) {
  return new ReadableStream({
    start(controller) {
      const onAbort = () => {
        controller.error(abortReason(signal));
        message.destroy();
      };
      signal.addEventListener('abort', onAbort, { once: true });
      message.on('close', () => signal.removeEventListener('abort', onAbort));
      message.on('data', (chunk) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if (controller.desiredSize <= 0) message.pause();
      });
      message.on('end', () => controller.close());
      message.on('error', (err) => controller.error(fetchFailed(err)));
      message.on('aborted', () => controller.error(fetchFailed(new Error('other side closed'))));
    },
    pull() {
      message.resume();
    },
    cancel() {
      message.destroy();
    },
  }, { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength });
}

// Writes the request body (bytes or a web stream) into the ClientRequest and ends it.
async function sendBody(request, body) {
  if (body === null) {
    request.end();
    return;
  }
  if (body.stream === null) {
    request.end(body.bytes);
    return;
  }
  body.used = true;
  const reader = body.stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!(value instanceof Uint8Array)) throw new TypeError('Received non-Uint8Array chunk');
      if (!request.write(value)) await new Promise((resolve) => request.once('drain', resolve));
    }
    request.end();
  } catch (err) {
    request.destroy(err);
  }
}

function requestOnce(http, url, method, headers, body, signal) {
  return new Promise((resolve, reject) => {
    const outgoing = {};
    for (let i = 0; i < headers.length; i += 2) {
      const name = headers[i];
      if (outgoing[name] === undefined) outgoing[name] = headers[i + 1];
      else if (Array.isArray(outgoing[name])) outgoing[name].push(headers[i + 1]);
      else outgoing[name] = [outgoing[name], headers[i + 1]];
    }
    if (outgoing['user-agent'] === undefined) outgoing['user-agent'] = 'node';
    if (outgoing.accept === undefined) outgoing.accept = '*/*';
    if (outgoing['accept-language'] === undefined) outgoing['accept-language'] = '*';
    if (outgoing['sec-fetch-mode'] === undefined) outgoing['sec-fetch-mode'] = 'cors';
    if (body !== null && body.stream === null && outgoing['content-length'] === undefined) {
      outgoing['content-length'] = String(body.bytes.byteLength);
    } else if (body === null && (method === 'POST' || method === 'PUT')) {
      outgoing['content-length'] = '0';
    }
    agent ??= new http.Agent({ keepAlive: true });
    let request;
    try {
      request = http.request({
        protocol: url.protocol,
        hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method,
        headers: outgoing,
        agent,
      });
    } catch (err) {
      reject(fetchFailed(err));
      return;
    }
    const onAbort = () => {
      request.destroy();
      reject(abortReason(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    request.on('error', (err) => {
      signal.removeEventListener('abort', onAbort);
      reject(signal.aborted ? abortReason(signal) : fetchFailed(err));
    });
    request.on('response', (message) => {
      signal.removeEventListener('abort', onAbort);
      resolve(message);
    });
    sendBody(request, body);
  });
}

async function fetch(input, init = undefined) {
  if (arguments.length < 1) throw new TypeError('fetch: 1 argument required, but only 0 found.');
  const request = new Request(input, init);
  const signal = request.signal;
  if (signal.aborted) throw abortReason(signal);
  const state = request[kRequestState];
  let url = state.url;
  let method = state.method;
  let headers = headerPairs(request.headers);
  let body = request[kBody];
  const urls = [url];

  for (;;) {
    if (url.protocol !== 'http:') {
      throw fetchFailed(new Error(url.protocol === 'https:' ? 'https is not supported by lode yet' : 'unknown scheme'));
    }
    const http = require('http');
    const message = await requestOnce(http, url, method, headers, body, signal);
    const status = message.statusCode;
    const location = message.headers.location;
    if (redirectStatuses.has(status) && location !== undefined && state.redirect !== 'manual') {
      message.resume();
      if (state.redirect === 'error') throw fetchFailed(new Error('unexpected redirect'));
      if (urls.length > kMaxRedirects) throw fetchFailed(new Error('redirect count exceeded'));
      let next;
      try {
        next = new URL(location, url);
      } catch (cause) {
        throw fetchFailed(cause);
      }
      if (body !== null && body.stream !== null && status !== 303) {
        throw fetchFailed(new Error('cannot follow redirect with a streamed body'));
      }
      // 303, and 301/302 after a POST, turn into a GET without a body.
      if (status === 303 ? method !== 'HEAD' : ((status === 301 || status === 302) && method === 'POST')) {
        method = 'GET';
        body = null;
        const dropped = new Set(['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length']);
        const kept = [];
        for (let i = 0; i < headers.length; i += 2) if (!dropped.has(headers[i])) kept.push(headers[i], headers[i + 1]);
        headers = kept;
      }
      if (next.origin !== url.origin) {
        const kept = [];
        for (let i = 0; i < headers.length; i += 2) {
          if (headers[i] !== 'authorization' && headers[i] !== 'cookie' && headers[i] !== 'proxy-authorization') {
            kept.push(headers[i], headers[i + 1]);
          }
        }
        headers = kept;
      }
      url = next;
      urls.push(url);
      continue;
    }
    const responseHeaders = headersFrom(message.rawHeaders, 'none');
    const hasBody = method !== 'HEAD' && !nullBodyStatuses.has(status);
    let responseBody = null;
    if (hasBody) {
      responseBody = { bytes: null, stream: responseStream(message, signal), used: false };
    } else {
      message.resume();
    }
    return responseFromNetwork({
      status, statusText: message.statusMessage ?? '', headers: responseHeaders, body: responseBody, urls,
    });
  }
}

Object.defineProperty(fetch, 'name', { __proto__: null, value: 'fetch' });

module.exports = { fetch };
