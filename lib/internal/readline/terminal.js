'use strict';
// Line editing for a readline Interface on a terminal: keys edit `line` around `cursor`, the
// line is redrawn with cursor movement sequences, up/down walk the history (matching the
// text left of the cursor when the walk began), tab asks the completer, ctrl+C is 'SIGINT'
// (or closes the interface when nobody listens), ctrl+D on an empty line closes it.

const { cursorTo, moveCursor, clearScreenDown } = require('internal/readline/callbacks');
const { getStringWidth, stripVTControlCharacters } = require('internal/util/string_width');
const { kSawKeyPress } = require('internal/readline/keypress');

const symbols = {
  kAddHistory: Symbol('_addHistory'),
  kLineBuffer: Symbol('_line_buffer'),
  kOldPrompt: Symbol('_oldPrompt'),
  kPrompt: Symbol('_prompt'),
  kQuestionCallback: Symbol('_questionCallback'),
  kSawReturnAt: Symbol('_sawReturnAt'),
  kDecoder: Symbol('_decoder'),
  kLineIterator: Symbol('line object stream'),
  kSubstringSearch: Symbol('kSubstringSearch'),
  kPreviousKey: Symbol('_previousKey'),
  kRefreshLine: Symbol('_refreshLine'),
  kTtyWrite: Symbol('_ttyWrite'),
  kOnLine: Symbol('_onLine'),
  kLine: Symbol('_line'),
  kWriteToOutput: Symbol('_writeToOutput'),
  kQuestion: Symbol('kQuestion'),
  kQuestionCancel: Symbol('kQuestionCancel'),
  kSetRawMode: Symbol('_setRawMode'),
  kNormalWrite: Symbol('_normalWrite'),
  kMoveCursor: Symbol('_moveCursor'),
  kGetDisplayPos: Symbol('_getDisplayPos'),
  kInsertString: Symbol('_insertString'),
  kWalkHistory: Symbol('_walkHistory'),
  kWordLeft: Symbol('_wordLeft'),
  kWordRight: Symbol('_wordRight'),
  kDeleteLeft: Symbol('_deleteLeft'),
  kDeleteRight: Symbol('_deleteRight'),
  kDeleteWordLeft: Symbol('_deleteWordLeft'),
  kDeleteWordRight: Symbol('_deleteWordRight'),
  kDeleteLineLeft: Symbol('_deleteLineLeft'),
  kDeleteLineRight: Symbol('_deleteLineRight'),
  kTabComplete: Symbol('_tabComplete'),
  kBeforeEdit: Symbol('_beforeEdit'),
  kUndo: Symbol('_undo'),
  kRedo: Symbol('_redo'),
  kYank: Symbol('_yank'),
  kYankPop: Symbol('_yankPop'),
  kPushToKillRing: Symbol('_pushToKillRing'),
  kUndoStack: Symbol('_undoStack'),
  kRedoStack: Symbol('_redoStack'),
  kKillRing: Symbol('_killRing'),
  kKillRingCursor: Symbol('_killRingCursor'),
};
const {
  kAddHistory, kPrompt, kSawReturnAt, kSubstringSearch, kPreviousKey, kRefreshLine, kTtyWrite,
  kOnLine, kLine, kWriteToOutput, kMoveCursor, kGetDisplayPos, kInsertString,
  kWalkHistory, kWordLeft, kWordRight, kDeleteLeft, kDeleteRight, kDeleteWordLeft,
  kDeleteWordRight, kDeleteLineLeft, kDeleteLineRight, kTabComplete, kBeforeEdit, kUndo, kRedo,
  kYank, kYankPop, kPushToKillRing, kUndoStack, kRedoStack, kKillRing, kKillRingCursor,
} = symbols;

const kMaxUndoSteps = 2048;
const kMaxKillRingSize = 32;

const lineSeparators = /\r\n|\n|\r/;
// Left of the cursor: one word (or run of punctuation) and the spaces after it.
// Matched on the reversed text, anchored, so that long lines cost linear time.
const wordReversed = /^\s*(?:\w+|[^\w\s]+)?/;
function wordBeforeLength(text) {
  return wordReversed.exec([...text].reverse().join(''))[0].length;
}

// UTF-16 length of the character left of / at `index` (2 for a surrogate pair).
function lengthLeft(text, index) {
  if (index <= 0) return 0;
  const code = text.charCodeAt(index - 1);
  return index > 1 && code >= 0xdc00 && code <= 0xdfff &&
    text.charCodeAt(index - 2) >= 0xd800 && text.charCodeAt(index - 2) <= 0xdbff ? 2 : 1;
}
function lengthAt(text, index) {
  if (index >= text.length) return 0;
  return text.codePointAt(index) > 0xffff ? 2 : 1;
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  let prefix = strings[0];
  for (const text of strings) {
    let i = 0;
    while (i < prefix.length && i < text.length && prefix[i] === text[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

const methods = {
  // Where `text` leaves the cursor: rows below the start and column, for output.columns
  // wide lines (wide characters take two columns and never straddle a line end).
  [kGetDisplayPos](text) {
    const width = this.columns;
    let rows = 0;
    let offset = 0;
    for (const ch of stripVTControlCharacters(text)) {
      if (ch === '\n') {
        rows += Math.ceil(offset / width) || 1;
        offset = 0;
      } else if (ch === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
      } else {
        const chWidth = getStringWidth(ch, false);
        if (chWidth <= 1) {
          offset += chWidth;
        } else {
          if ((offset + 1) % width === 0) offset++;
          offset += 2;
        }
      }
    }
    const cols = offset % width;
    rows += (offset - cols) / width;
    return { cols, rows };
  },

  [kRefreshLine]() {
    const text = this[kPrompt] + this.line;
    const end = this[kGetDisplayPos](text);
    const cursor = this.getCursorPos();
    if (this.prevRows > 0) moveCursor(this.output, 0, -this.prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this[kWriteToOutput](text);
    if (end.cols === 0) this[kWriteToOutput](' ');  // so the terminal wraps onto the next row
    cursorTo(this.output, cursor.cols);
    const rowsBelow = end.rows - cursor.rows;
    if (rowsBelow > 0) moveCursor(this.output, 0, -rowsBelow);
    this.prevRows = cursor.rows;
  },

  [kInsertString](text) {
    this[kBeforeEdit]();
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
      this.cursor += text.length;
      this[kRefreshLine]();
      return;
    }
    const before = this.getCursorPos();
    this.line += text;
    this.cursor += text.length;
    const after = this.getCursorPos();
    if (before.rows < after.rows || after.cols === 0) this[kRefreshLine]();
    else this[kWriteToOutput](text);
  },

  [kMoveCursor](dx) {
    if (dx === 0) return;
    const before = this.getCursorPos();
    this.cursor = Math.max(0, Math.min(this.line.length, this.cursor + dx));
    const after = this.getCursorPos();
    if (before.rows === after.rows) moveCursor(this.output, after.cols - before.cols, 0);
    else this[kRefreshLine]();
  },

  [kAddHistory]() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const duplicate = this.history.indexOf(this.line);
        if (duplicate !== -1) this.history.splice(duplicate, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  },

  [kLine]() {
    const line = this[kAddHistory]();
    this.clearLine();
    this[kOnLine](line);
  },

  // Walks to an older (step 1) or newer (step -1) entry that starts with the text that was
  // left of the cursor when the walk began; past either end the line is that text again.
  [kWalkHistory](step) {
    const canWalk = step > 0 ? this.historyIndex < this.history.length && this.history.length > 0 :
      this.historyIndex >= 0;
    if (!canWalk) return;
    const search = this[kSubstringSearch] ?? '';
    let index = this.historyIndex + step;
    while (index >= 0 && index < this.history.length &&
           (!this.history[index].startsWith(search) || this.line === this.history[index])) {
      index += step;
    }
    this[kBeforeEdit]();
    this.line = index < 0 || index === this.history.length ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this[kRefreshLine]();
  },

  [kWordLeft]() {
    if (this.cursor === 0) return;
    this[kMoveCursor](-wordBeforeLength(this.line.slice(0, this.cursor)));
  },

  [kWordRight]() {
    if (this.cursor >= this.line.length) return;
    const match = /^(?:\s+|[^\w\s]+|\w+)\s*/u.exec(this.line.slice(this.cursor));
    this[kMoveCursor](match ? match[0].length : this.line.length - this.cursor);
  },

  [kDeleteLeft]() {
    if (this.cursor === 0 || this.line.length === 0) return;
    this[kBeforeEdit]();
    const length = lengthLeft(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor - length) + this.line.slice(this.cursor);
    this.cursor -= length;
    this[kRefreshLine]();
  },

  [kDeleteRight]() {
    if (this.cursor >= this.line.length) return;
    this[kBeforeEdit]();
    const length = lengthAt(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + length);
    this[kRefreshLine]();
  },

  [kDeleteWordLeft]() {
    if (this.cursor === 0) return;
    this[kBeforeEdit]();
    const before = this.line.slice(0, this.cursor);
    const kept = before.slice(0, before.length - wordBeforeLength(before));
    this.line = kept + this.line.slice(this.cursor);
    this.cursor = kept.length;
    this[kRefreshLine]();
  },

  [kDeleteWordRight]() {
    if (this.cursor >= this.line.length) return;
    this[kBeforeEdit]();
    const after = this.line.slice(this.cursor);
    const match = /^(?:\s+|\W+|\w+)\s*/.exec(after);
    this.line = this.line.slice(0, this.cursor) + after.slice(match[0].length);
    this[kRefreshLine]();
  },

  [kDeleteLineLeft]() {
    this[kBeforeEdit]();
    this[kPushToKillRing](this.line.slice(0, this.cursor));
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this[kRefreshLine]();
  },

  [kDeleteLineRight]() {
    this[kBeforeEdit]();
    this[kPushToKillRing](this.line.slice(this.cursor));
    this.line = this.line.slice(0, this.cursor);
    this[kRefreshLine]();
  },

  // Undo and redo: each edit first saves the line and cursor it changes.
  [kBeforeEdit]() {
    this[kUndoStack] ??= [];
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    if (this[kUndoStack].length > kMaxUndoSteps) this[kUndoStack].shift();
    this[kRedoStack] = [];
  },

  [kUndo]() {
    const step = this[kUndoStack]?.pop();
    if (step === undefined) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    this.line = step.text;
    this.cursor = step.cursor;
    this[kRefreshLine]();
  },

  [kRedo]() {
    const step = this[kRedoStack]?.pop();
    if (step === undefined) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    this.line = step.text;
    this.cursor = step.cursor;
    this[kRefreshLine]();
  },

  // Text killed by line deletions (ctrl+U, ctrl+K), newest first, for yank (ctrl+Y) and
  // yank-pop (meta+Y right after a yank: the yanked text is replaced by the next older one).
  [kPushToKillRing](text) {
    if (!text) return;
    this[kKillRing] ??= [];
    this[kKillRing].unshift(text);
    if (this[kKillRing].length > kMaxKillRingSize) this[kKillRing].pop();
    this[kKillRingCursor] = 0;
  },

  [kYank]() {
    if (!this[kKillRing]?.length) return;
    this[kKillRingCursor] = 0;
    this[kInsertString](this[kKillRing][0]);
  },

  [kYankPop]() {
    const ring = this[kKillRing];
    if (!ring?.length) return;
    const yanked = ring[this[kKillRingCursor]];
    this[kKillRingCursor] = (this[kKillRingCursor] + 1) % ring.length;
    const next = ring[this[kKillRingCursor]];
    this[kBeforeEdit]();
    const start = this.cursor - yanked.length;
    this.line = this.line.slice(0, start) + next + this.line.slice(this.cursor);
    this.cursor = start + next.length;
    this[kRefreshLine]();
  },

  // The completer answers (error, [completions, substring]); one match, or a longer common
  // prefix, is inserted; a second tab lists the choices.
  [kTabComplete](lastKeyWasTab) {
    this.pause();
    this.completer(this.line.slice(0, this.cursor), (error, result) => {
      this.resume();
      if (error) {
        this[kWriteToOutput](`Tab completion error: ${require('internal/util/inspect').inspect(error)}`);
        return;
      }
      const [completions, completeOn = ''] = result ?? [];
      if (!Array.isArray(completions) || completions.length === 0) return;
      const prefix = commonPrefix(completions.filter((entry) => entry !== ''));
      if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
        this[kInsertString](prefix.slice(completeOn.length));
        return;
      }
      if (!completeOn.startsWith(prefix)) {
        // The completer rewrote what it completed: put the common part in its place.
        const start = this.cursor - completeOn.length;
        this.line = this.line.slice(0, start) + prefix + this.line.slice(this.cursor);
        this.cursor = start + prefix.length;
        this[kRefreshLine]();
        return;
      }
      if (!lastKeyWasTab) return;
      // Second tab: the choices in columns below the line ('' starts a new group), then the
      // line again.
      const width = Math.max(...completions.map((entry) => getStringWidth(entry))) + 2;
      let perRow = Math.floor(this.columns / width) || 1;
      if (perRow === Infinity) perRow = 1;
      const rows = [];
      let row = [];
      for (const entry of completions) {
        if (entry === '' || row.length === perRow) {
          rows.push(row);
          row = [];
          if (entry === '') rows.push([]);
        }
        if (entry !== '') row.push(entry);
      }
      if (row.length > 0) rows.push(row);
      const text = rows.map((cells) => cells.map((cell, i) =>
        (i < cells.length - 1 ? cell + ' '.repeat(width - getStringWidth(cell)) : cell)).join(''));
      let listing = `\r\n${text.join('\r\n')}`;
      if (row.length > 0) listing += '\r\n\r\n';
      this[kWriteToOutput](listing);
      this[kRefreshLine]();
    });
  },

  [kTtyWrite](text, key) {
    const previousKey = this[kPreviousKey];
    key = key || {};
    this[kPreviousKey] = key;
    // Plain up/down start (or continue) a history walk matching the text left of the cursor;
    // any other key ends it, and a walk that ran past the oldest entry starts over.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      this[kSubstringSearch] ??= this.line.slice(0, this.cursor);
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      if (this.historyIndex === this.history.length) this.historyIndex = -1;
    }

    if (key.name === 'escape') return;
    if (key.sequence === '\x1f') {  // ctrl+_ (ctrl+- on most terminals)
      this[kUndo]();
      return;
    }
    if (key.sequence === '\x1e') {  // ctrl+^ (ctrl+6)
      this[kRedo]();
      return;
    }
    const afterYank = (previousKey?.ctrl || previousKey?.meta) && previousKey?.name === 'y';
    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this[kDeleteLineLeft]();
      else if (key.name === 'delete') this[kDeleteLineRight]();
      return;
    }
    if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
          else this.close();
          break;
        case 'h': this[kDeleteLeft](); break;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) this.close();
          else if (this.cursor < this.line.length) this[kDeleteRight]();
          break;
        case 'u': this[kDeleteLineLeft](); break;
        case 'y': this[kYank](); break;
        case 'k': this[kDeleteLineRight](); break;
        case 'a': this[kMoveCursor](-Infinity); break;
        case 'e': this[kMoveCursor](+Infinity); break;
        case 'b': this[kMoveCursor](-lengthLeft(this.line, this.cursor)); break;
        case 'f': this[kMoveCursor](+lengthAt(this.line, this.cursor)); break;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this[kRefreshLine]();
          break;
        case 'n': this[kWalkHistory](-1); break;
        case 'p': this[kWalkHistory](1); break;
        case 'z':
          if (this.listenerCount('SIGTSTP') > 0) {
            this.emit('SIGTSTP');
          } else {
            process.once('SIGCONT', () => {
              if (!this.paused) {
                this.pause();
                this.emit('SIGCONT');
              }
              this.resume();
              this[kRefreshLine]();
            });
            this.pause();
            process.kill(process.pid, 'SIGTSTP');
          }
          break;
        case 'w':
        case 'backspace': this[kDeleteWordLeft](); break;
        case 'delete': this[kDeleteWordRight](); break;
        case 'left': this[kWordLeft](); break;
        case 'right': this[kWordRight](); break;
      }
      return;
    }
    if (key.meta) {
      switch (key.name) {
        case 'b': this[kWordLeft](); break;
        case 'f': this[kWordRight](); break;
        case 'y':
          if (afterYank) this[kYankPop]();
          break;
        case 'd':
        case 'delete': this[kDeleteWordRight](); break;
        case 'backspace': this[kDeleteWordLeft](); break;
      }
      return;
    }

    // \r then \n within crlfDelay is one line ending.
    if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
    switch (key.name) {
      case 'return':
        this[kSawReturnAt] = Date.now();
        this[kLine]();
        return;
      case 'enter':
        if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) this[kLine]();
        this[kSawReturnAt] = 0;
        return;
      case 'backspace': this[kDeleteLeft](); return;
      case 'delete': this[kDeleteRight](); return;
      case 'left': this[kMoveCursor](-lengthLeft(this.line, this.cursor)); return;
      case 'right': this[kMoveCursor](+lengthAt(this.line, this.cursor)); return;
      case 'home': this[kMoveCursor](-Infinity); return;
      case 'end': this[kMoveCursor](+Infinity); return;
      case 'up': this[kWalkHistory](1); return;
      case 'down': this[kWalkHistory](-1); return;
      case 'tab':
        if (typeof this.completer === 'function' && this.isCompletionEnabled) {
          this[kTabComplete](previousKey?.name === 'tab');
          return;
        }
        break;
    }
    if (typeof text !== 'string' || text === '') return;
    // Pasted text may hold several lines.
    const lines = text.split(lineSeparators);
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) this[kLine]();
      if (lines[i]) this[kInsertString](lines[i]);
    }
  },
};

function install(prototype) {
  for (const key of Reflect.ownKeys(methods)) {
    Object.defineProperty(prototype, key, {
      __proto__: null, configurable: true, writable: true, value: methods[key],
    });
  }
}

module.exports = { symbols, install, kSawKeyPress };
