'use strict';
// readline.emitKeypressEvents: turns a terminal's input bytes into 'keypress' events.
// Each event carries the printable text (or undefined for an escape sequence) and a key
// object { sequence, name, ctrl, meta, shift, code? } the way node reports it: control
// characters as ctrl+letter, ESC+char as meta, CSI/SS3 sequences (arrows, function keys,
// home/end/...) by name with their xterm modifiers. A lone ESC becomes the 'escape' key once
// nothing follows it for `escapeCodeTimeout` ms.

const { StringDecoder } = require('string_decoder');

const kDecoder = Symbol('keypress decoder');
const kKeyParser = Symbol('keypress parser');
const kEscape = '\x1b';
const kDefaultEscapeCodeTimeout = 500;
const kSawKeyPress = Symbol('_sawKeyPress');

// Final part of a CSI (`ESC [`) or SS3 (`ESC O`) sequence, parameters removed, to its key.
// Some terminals report shift or ctrl through the final character instead of a parameter.
const sequenceNames = {
  __proto__: null,
  // xterm, gnome-terminal, SS3 variants
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  // vt220-style `ESC [ n ~`
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[7~': 'home', '[8~': 'end',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4', '[15~': 'f5', '[17~': 'f6', '[18~': 'f7',
  '[19~': 'f8', '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  // Linux console
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5', '[[5~': 'pageup', '[[6~': 'pagedown',
  // rxvt: shift through a lowercase final or `$`, ctrl through `^` or `O` + lowercase
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
  '[Z': 'tab',
  // bracketed paste
  '[200~': 'paste-start', '[201~': 'paste-end',
};
const shiftedCodes = new Set(['[a', '[b', '[c', '[d', '[e', '[2$', '[3$', '[5$', '[6$', '[7$', '[8$', '[Z']);
const ctrlCodes = new Set(['Oa', 'Ob', 'Oc', 'Od', 'Oe', '[2^', '[3^', '[5^', '[6^', '[7^', '[8^']);

function isDigit(ch) { return ch >= '0' && ch <= '9'; }

function newKey() {
  return { sequence: undefined, name: undefined, ctrl: false, meta: false, shift: false };
}

// A generator fed one character at a time (`next(ch)`, or `next('')` when the escape timeout
// fires); it emits 'keypress' on `stream` for each complete key.
function* parseKeys(stream) {
  let pending = yield;
  for (;;) {
    let ch = pending;
    pending = undefined;
    let sequence = ch;
    let escaped = false;
    const key = newKey();

    if (ch === kEscape) {
      escaped = true;
      ch = yield;
      sequence += ch;
      if (ch === kEscape) {  // ESC ESC x: meta on top of whatever x is
        ch = yield;
        sequence += ch;
      }
    }

    if (escaped && (ch === '[' || ch === 'O')) {
      // A control sequence: prefix, numeric parameters separated by ';', a final character.
      let code = ch;
      let params = '';
      ch = yield;
      sequence += ch;
      if (code === '[' && ch === '[') {  // Linux console: ESC [ [ A
        code += ch;
        ch = yield;
        sequence += ch;
      }
      while (isDigit(ch) || ch === ';') {
        params += ch;
        ch = yield;
        sequence += ch;
      }
      // xterm modifiers: `ESC [ n ; m ~`, `ESC [ 1 ; m A` or `ESC [ m A`, `ESC O m P`, where
      // m - 1 has bit 1 shift, 2 alt, 4 ctrl, 8 meta. Any other shape (`ESC [ 31 m`, a colour)
      // is kept whole as an unknown code.
      const final = ch;
      let modifier = 0;
      let match;
      if (code === 'O' || (code === '[[' && final !== '~')) {
        if (params) modifier = (Number(params) || 1) - 1;
        code += final;
      } else if ((final === '~' || final === '$' || final === '^') &&
                 (match = /^(\d{1,2})(?:;(\d))?$/.exec(params) ??
                   (final === '~' ? /^(\d{3})$/.exec(params) : null))) {
        modifier = (Number(match[2]) || 1) - 1;
        code += match[1] + final;
      } else if (/^[A-Za-z]$/.test(final) && (match = /^(?:\d;)?(\d)?$/.exec(params))) {
        modifier = (Number(match[1]) || 1) - 1;
        code += final;
      } else {
        code += params + final;
      }
      key.code = code;
      key.ctrl = Boolean(modifier & 4);
      key.meta = Boolean(modifier & 10);
      key.shift = Boolean(modifier & 1);
      key.name = sequenceNames[code] ?? 'undefined';
      if (shiftedCodes.has(code)) key.shift = true;
      if (ctrlCodes.has(code)) key.ctrl = true;
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch !== '' && ch <= '\x1a') {
      key.name = String.fromCharCode(ch.charCodeAt(0) + 96);  // \x01 is ctrl+a
      key.ctrl = true;
    } else if (/^[0-9a-zA-Z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = ch !== key.name;
      key.meta = escaped;
    } else if (escaped) {
      key.name = ch.length ? undefined : 'escape';  // ESC alone, once the timeout fired
      key.meta = true;
    }

    key.sequence = sequence;
    if (sequence.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : sequence, key);
    } else if (sequence.length !== 0 && codePointLength(sequence) === sequence.length) {
      stream.emit('keypress', sequence, key);
    }
    pending = yield;
  }
}

function codePointLength(text) {
  return text.codePointAt(0) > 0xffff ? 2 : 1;
}

function emitKeypressEvents(stream, iface = {}) {
  if (stream[kDecoder]) return;
  stream[kDecoder] = new StringDecoder('utf8');
  const restartParser = () => {
    stream[kKeyParser] = parseKeys(stream);
    stream[kKeyParser].next();
  };
  restartParser();
  const escapeCodeTimeout = iface.escapeCodeTimeout ?? kDefaultEscapeCodeTimeout;
  let escapeTimer;

  function onData(chunk) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens any more: stop decoding until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const text = stream[kDecoder].write(chunk);
    if (!text) return;
    clearTimeout(escapeTimer);
    iface[kSawKeyPress] = codePointLength(text) === text.length;
    iface.isCompletionEnabled = false;
    let consumed = 0;
    for (const character of text) {
      consumed += character.length;
      if (consumed === text.length) iface.isCompletionEnabled = true;
      try {
        stream[kKeyParser].next(character);
        // A chunk ending in ESC may be the escape key or the start of a sequence.
        if (consumed === text.length && character === kEscape) {
          escapeTimer = setTimeout(() => stream[kKeyParser].next(''), escapeCodeTimeout);
        }
      } catch (error) {
        restartParser();  // a throwing 'keypress' listener must not wedge the parser
        throw error;
      }
    }
  }

  function onNewListener(event) {
    if (event !== 'keypress') return;
    stream.on('data', onData);
    stream.removeListener('newListener', onNewListener);
  }

  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = { emitKeypressEvents, kSawKeyPress };
