'use strict';
// TextEncoderStream and TextDecoderStream (Encoding Standard §7): transform streams around a
// TextEncoder / a streaming TextDecoder.

const {
  codes: { ERR_INVALID_THIS },
} = require('internal/errors');
const { customInspectSymbol, kEnumerableProperty } = require('internal/util');
const { customInspect } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');

let encodingModule;
function lazyEncoding() {
  encodingModule ??= require('internal/encoding');
  return encodingModule;
}

const kReplacementCharacterBytes = [0xEF, 0xBF, 0xBD];

function isHighSurrogate(codeUnit) {
  return codeUnit >= 0xD800 && codeUnit <= 0xDBFF;
}

class TextEncoderStream {
  #transform;

  constructor() {
    const encoder = new (lazyEncoding().TextEncoder)();
    // A high surrogate ending a chunk waits for the low surrogate that may start the next.
    let pendingHighSurrogate = '';
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        // String(), as node does: a Symbol becomes its description, not an error.
        let text = pendingHighSurrogate + String(chunk);
        pendingHighSurrogate = '';
        if (text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1))) {
          pendingHighSurrogate = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pendingHighSurrogate !== '') controller.enqueue(new Uint8Array(kReplacementCharacterBytes));
      },
    });
  }

  get encoding() {
    TextEncoderStream.#check(this);
    return 'utf-8';
  }

  get readable() {
    TextEncoderStream.#check(this);
    return this.#transform.readable;
  }

  get writable() {
    TextEncoderStream.#check(this);
    return this.#transform.writable;
  }

  static #check(object) {
    if (object === null || typeof object !== 'object' || !(#transform in object)) {
      throw new ERR_INVALID_THIS('TextEncoderStream');
    }
  }

  [customInspectSymbol](depth, options) {
    TextEncoderStream.#check(this);
    return customInspect(depth, options, 'TextEncoderStream', {
      encoding: 'utf-8',
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    });
  }
}

class TextDecoderStream {
  #decoder;
  #transform;

  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new (lazyEncoding().TextDecoder)(encoding, options);
    this.#decoder = decoder;
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        const text = decoder.decode(chunk, { stream: true });
        if (text.length > 0) controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text.length > 0) controller.enqueue(text);
      },
    });
  }

  get encoding() {
    TextDecoderStream.#check(this);
    return this.#decoder.encoding;
  }

  get fatal() {
    TextDecoderStream.#check(this);
    return this.#decoder.fatal;
  }

  get ignoreBOM() {
    TextDecoderStream.#check(this);
    return this.#decoder.ignoreBOM;
  }

  get readable() {
    TextDecoderStream.#check(this);
    return this.#transform.readable;
  }

  get writable() {
    TextDecoderStream.#check(this);
    return this.#transform.writable;
  }

  static #check(object) {
    if (object === null || typeof object !== 'object' || !(#decoder in object)) {
      throw new ERR_INVALID_THIS('TextDecoderStream');
    }
  }

  [customInspectSymbol](depth, options) {
    TextDecoderStream.#check(this);
    return customInspect(depth, options, 'TextDecoderStream', {
      encoding: this.#decoder.encoding,
      fatal: this.#decoder.fatal,
      ignoreBOM: this.#decoder.ignoreBOM,
      readable: this.#transform.readable,
      writable: this.#transform.writable,
    });
  }
}

Object.defineProperties(TextEncoderStream.prototype, {
  encoding: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});

Object.defineProperties(TextDecoderStream.prototype, {
  encoding: kEnumerableProperty,
  fatal: kEnumerableProperty,
  ignoreBOM: kEnumerableProperty,
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
});

module.exports = { TextEncoderStream, TextDecoderStream };
