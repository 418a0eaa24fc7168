'use strict';
// TextEncoder and TextDecoder (the WHATWG Encoding Standard). UTF-8 in one piece is decoded
// directly by the encoding binding; streaming and the other encodings use ICU converters.

const {
  codes: { ERR_ENCODING_NOT_SUPPORTED, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  validateObject,
  validateString,
} = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/util/types');
const { nativeError, stringTooLongError } = require('internal/buffer');

const encodingBinding = internalBinding('encoding_binding');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kOptionsFlags = kValidateObjectAllowNullable | kValidateObjectAllowArray | kValidateObjectAllowFunction;

let lazyInspect;
function inspectFn() {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect;
}

// Labels --------------------------------------------------------------------------------------

// The Encoding Standard's encodings and their labels.
const labelsByEncoding = {
  'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'],
  'ibm866': ['866', 'cp866', 'csibm866', 'ibm866'],
  'iso-8859-2': ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2',
                 'iso_8859-2:1987', 'l2', 'latin2'],
  'iso-8859-3': ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593', 'iso_8859-3',
                 'iso_8859-3:1988', 'l3', 'latin3'],
  'iso-8859-4': ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594', 'iso_8859-4',
                 'iso_8859-4:1988', 'l4', 'latin4'],
  'iso-8859-5': ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5', 'iso88595',
                 'iso_8859-5', 'iso_8859-5:1988'],
  'iso-8859-6': ['arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic', 'ecma-114',
                 'iso-8859-6', 'iso-8859-6-e', 'iso-8859-6-i', 'iso-ir-127', 'iso8859-6', 'iso88596',
                 'iso_8859-6', 'iso_8859-6:1987'],
  'iso-8859-7': ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7', 'iso-ir-126',
                 'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek'],
  'iso-8859-8': ['csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e', 'iso-ir-138',
                 'iso8859-8', 'iso88598', 'iso_8859-8', 'iso_8859-8:1988', 'visual'],
  'iso-8859-8-i': ['csiso88598i', 'iso-8859-8-i', 'logical'],
  'iso-8859-10': ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6', 'latin6'],
  'iso-8859-13': ['iso-8859-13', 'iso8859-13', 'iso885913'],
  'iso-8859-14': ['iso-8859-14', 'iso8859-14', 'iso885914'],
  'iso-8859-15': ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9'],
  'iso-8859-16': ['iso-8859-16'],
  'koi8-r': ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r'],
  'koi8-u': ['koi8-ru', 'koi8-u'],
  'macintosh': ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman'],
  'windows-874': ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620', 'windows-874'],
  'windows-1250': ['cp1250', 'windows-1250', 'x-cp1250'],
  'windows-1251': ['cp1251', 'windows-1251', 'x-cp1251'],
  'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
                   'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1',
                   'us-ascii', 'windows-1252', 'x-cp1252'],
  'windows-1253': ['cp1253', 'windows-1253', 'x-cp1253'],
  'windows-1254': ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9', 'iso88599', 'iso_8859-9',
                   'iso_8859-9:1989', 'l5', 'latin5', 'windows-1254', 'x-cp1254'],
  'windows-1255': ['cp1255', 'windows-1255', 'x-cp1255'],
  'windows-1256': ['cp1256', 'windows-1256', 'x-cp1256'],
  'windows-1257': ['cp1257', 'windows-1257', 'x-cp1257'],
  'windows-1258': ['cp1258', 'windows-1258', 'x-cp1258'],
  'x-mac-cyrillic': ['x-mac-cyrillic', 'x-mac-ukrainian'],
  'gbk': ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk', 'iso-ir-58',
          'x-gbk'],
  'gb18030': ['gb18030'],
  'big5': ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
  'euc-jp': ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'],
  'iso-2022-jp': ['csiso2022jp', 'iso-2022-jp'],
  'shift_jis': ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j', 'x-sjis'],
  'euc-kr': ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987',
             'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949'],
  'replacement': ['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr', 'replacement'],
  'utf-16be': ['unicodefffe', 'utf-16be'],
  'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le'],
  'x-user-defined': ['x-user-defined'],
};

const encodingByLabel = new Map();
for (const [encoding, labels] of Object.entries(labelsByEncoding)) {
  for (const label of labels) encodingByLabel.set(label, encoding);
}

// Where ICU spells an encoding differently from the standard.
const icuNames = {
  __proto__: null,
  'iso-8859-8-i': 'iso-8859-8',
  'big5': 'big5-hkscs',
  'gbk': 'gb18030',
};

// The encodings whose byte order mark a decoder removes.
const unicodeEncodings = new Set(['utf-8', 'utf-16le', 'utf-16be']);

function trimAsciiWhitespace(text) {
  return text.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
}

function encodingForLabel(label) {
  return encodingByLabel.get(trimAsciiWhitespace(label).toLowerCase());
}

const supportCache = new Map();
function isSupported(encoding) {
  if (encoding === 'replacement' || encoding === 'x-user-defined') return false;
  if (encoding === 'utf-8') return true;
  let supported = supportCache.get(encoding);
  if (supported === undefined) {
    supported = encodingBinding.hasConverter(icuNames[encoding] ?? encoding);
    supportCache.set(encoding, supported);
  }
  return supported;
}

// TextEncoder -------------------------------------------------------------------------------

const encodeIntoResults = new Uint32Array(2);
const kShortText = 48;
const kShortBytes = 64;

// Short text without surrogates is encoded here into a small (on-heap) array: cheaper than a
// call into C++ and a new off-heap buffer. undefined when the text is not such.
function encodeShort(text) {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) length += 1;
    else if (code < 0x800) length += 2;
    else if (code < 0xd800 || code > 0xdfff) length += 3;
    else return undefined;
  }
  if (length > kShortBytes) return undefined;
  const bytes = new Uint8Array(length);
  let position = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      bytes[position++] = code;
    } else if (code < 0x800) {
      bytes[position++] = 0xc0 | (code >> 6);
      bytes[position++] = 0x80 | (code & 0x3f);
    } else {
      bytes[position++] = 0xe0 | (code >> 12);
      bytes[position++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[position++] = 0x80 | (code & 0x3f);
    }
  }
  return bytes;
}

class TextEncoder {
  #brand = true;

  static #check(value) {
    if (value === null || typeof value !== 'object' || !(#brand in value)) {
      throw new ERR_INVALID_THIS('TextEncoder');
    }
  }

  get encoding() {
    TextEncoder.#check(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    const text = `${input}`;
    if (text.length <= kShortText) {
      const bytes = encodeShort(text);
      if (bytes !== undefined) return bytes;
    }
    return encodingBinding.encodeUtf8(text);
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    validateString(src, 'src');
    if (!isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    encodingBinding.encodeInto(src, dest, encodeIntoResults);
    return { read: encodeIntoResults[0], written: encodeIntoResults[1] };
  }

  [customInspect](depth, options) {
    TextEncoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[TextEncoder]', 'special');
    return inspectFn()({ encoding: this.encoding }, options);
  }
}

// TextDecoder -------------------------------------------------------------------------------

function invalidDataError(encoding) {
  return nativeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
                     `The encoded data was not valid for encoding ${encoding}`);
}

const emptyBytes = new Uint8Array(0);

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  // The ICU converter, made on first need; it holds the bytes of an unfinished character.
  #converter = null;
  // Inside a stream (after decode(..., { stream: true }) until a decode without it).
  #streaming = false;
  // Whether a byte order mark at the start of the stream's text is still to be removed.
  #bomPending;

  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`;
    validateObject(options, 'options', kOptionsFlags);
    const canonical = encodingForLabel(label);
    if (canonical === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(label);
    if (!isSupported(canonical)) throw new ERR_ENCODING_NOT_SUPPORTED(canonical);
    this.#encoding = canonical;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
    this.#bomPending = this.#bomRemovable();
  }

  static #check(value) {
    if (value === null || typeof value !== 'object' || !(#encoding in value)) {
      throw new ERR_INVALID_THIS('TextDecoder');
    }
  }

  #bomRemovable() {
    return !this.#ignoreBOM && unicodeEncodings.has(this.#encoding);
  }

  decode(input = undefined, options = {}) {
    TextDecoder.#check(this);
    const fastPath = this.#encoding === 'utf-8' && !this.#streaming && !options?.stream;
    if (input !== undefined && !isAnyArrayBuffer(input) && !isArrayBufferView(input)) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                        `The "${fastPath ? 'list' : 'input'}" argument must be an instance of ` +
                        'SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    }
    const bytes = input ?? emptyBytes;
    if (fastPath) {
      const text = encodingBinding.decodeUtf8(bytes, this.#ignoreBOM, this.#fatal);
      if (text === undefined) throw invalidDataError('utf-8');
      if (text === null) throw stringTooLongError();
      return text;
    }
    validateObject(options, 'options', kOptionsFlags);
    const flush = !options?.stream;
    if (this.#converter === null) {
      const name = icuNames[this.#encoding] ?? this.#encoding;
      this.#converter = encodingBinding.createConverter(name, this.#fatal);
      if (this.#converter === undefined) {
        this.#converter = null;
        throw new ERR_ENCODING_NOT_SUPPORTED(this.#encoding);
      }
    }
    let text = encodingBinding.decode(this.#converter, bytes, flush);
    if (text === undefined) {
      this.#streaming = false;
      this.#bomPending = this.#bomRemovable();
      throw invalidDataError(this.#encoding);
    }
    if (text === null) throw stringTooLongError();
    if (this.#bomPending && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.#bomPending = false;
    }
    this.#streaming = !flush;
    if (flush) this.#bomPending = this.#bomRemovable();
    return text;
  }

  get encoding() {
    TextDecoder.#check(this);
    return this.#encoding;
  }

  get fatal() {
    TextDecoder.#check(this);
    return this.#fatal;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return this.#ignoreBOM;
  }

  [customInspect](depth, options) {
    TextDecoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[TextDecoder]', 'special');
    const shown = { encoding: this.#encoding, fatal: this.#fatal, ignoreBOM: this.#ignoreBOM };
    const name = this.constructor?.name || 'TextDecoder';
    return `${name} ${inspectFn()(shown)}`;
  }
}

for (const [Class, names] of [[TextEncoder, ['encoding', 'encode', 'encodeInto']],
                              [TextDecoder, ['encoding', 'fatal', 'ignoreBOM', 'decode']]]) {
  for (const name of names) Object.defineProperty(Class.prototype, name, { enumerable: true });
  Object.defineProperty(Class.prototype, Symbol.toStringTag, {
    value: Class.name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = { TextEncoder, TextDecoder, encodingForLabel };
