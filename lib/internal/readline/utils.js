'use strict';
// Escape-sequence helpers shared by readline's cursor functions: CSI`...` builds a control
// sequence from a template, and carries the clearing sequences as properties.

const {
  kClearToLineBeginning, kClearToLineEnd, kClearLine, kClearScreenDown,
} = require('internal/readline/callbacks');

function CSI(strings, ...values) {
  let sequence = '\x1b[';
  for (let i = 0; i < strings.length; i++) {
    sequence += strings[i];
    if (i < values.length) sequence += values[i];
  }
  return sequence;
}
CSI.kClearToLineBeginning = kClearToLineBeginning;
CSI.kClearToLineEnd = kClearToLineEnd;
CSI.kClearLine = kClearLine;
CSI.kClearScreenDown = kClearScreenDown;

module.exports = { CSI };
