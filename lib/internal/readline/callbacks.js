'use strict';
// Cursor movement and clearing on a terminal stream by ANSI escape sequences: readline's
// cursorTo, moveCursor, clearLine and clearScreenDown (also tty.WriteStream's methods).
// Each returns what stream.write returns; with no stream (or nothing to do) it returns true
// and calls back on the next tick.

const { validateFunction } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS } } = require('internal/errors');

const CSI = '\x1b[';
const kClearToLineBeginning = `${CSI}1K`;
const kClearToLineEnd = `${CSI}0K`;
const kClearLine = `${CSI}2K`;
const kClearScreenDown = `${CSI}0J`;

function nothingToDo(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) return nothingToDo(callback);
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  const sequence = typeof y === 'number' ? `${CSI}${y + 1};${x + 1}H` : `${CSI}${x + 1}G`;
  return stream.write(sequence, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return nothingToDo(callback);
  let sequence = '';
  if (dx < 0) sequence += `${CSI}${-dx}D`;
  else if (dx > 0) sequence += `${CSI}${dx}C`;
  if (dy < 0) sequence += `${CSI}${-dy}A`;
  else if (dy > 0) sequence += `${CSI}${dy}B`;
  return stream.write(sequence, callback);
}

// dir < 0: from the line's start to the cursor; dir > 0: from the cursor to the end; 0: all.
function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return nothingToDo(callback);
  const sequence = dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine;
  return stream.write(sequence, callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null) return nothingToDo(callback);
  return stream.write(kClearScreenDown, callback);
}

module.exports = {
  cursorTo,
  moveCursor,
  clearLine,
  clearScreenDown,
  kClearToLineBeginning,
  kClearToLineEnd,
  kClearLine,
  kClearScreenDown,
};
