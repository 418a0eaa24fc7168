'use strict';
// fs.watch(dir, { recursive: true }) on Linux, where inotify watches one directory at a
// time: one FSEvent handle per directory of the tree, names reported relative to the root.
//
// A directory that appears is watched first and read second, so nothing created in it is
// missed: entries found by the read are reported as 'rename' events, and the inotify events
// that may also arrive for them are dropped because we already know that path with that
// inode. A path that disappears is forgotten with everything below it.

const EventEmitter = require('events');
const path = require('path');
const { Buffer } = require('buffer');
const { encodingId, getValidatedPath, pathToString } = require('internal/fs/utils');
const { kStart, watchError } = require('internal/fs/watchers');

const UV_ENOENT = -2;
const UV_ENOTDIR = -20;

let fs;

class FSWatcher extends EventEmitter {
  #root = '';
  #persistent;
  #encoding;
  #referenced = true;
  #closed = false;
  #handles = new Map();  // directory -> FSEvent
  #known = new Map();  // path -> inode, for every entry below the root

  constructor(options) {
    super();
    fs ??= require('fs');
    this.#persistent = options.persistent;
    this.#encoding = options.encoding;
    this.#referenced = Boolean(options.persistent);
  }

  [kStart](filename) {
    filename = getValidatedPath(filename, 'filename');
    this.#root = path.resolve(pathToString(filename));
    let stats;
    try {
      stats = fs.statSync(this.#root);
    } catch (err) {
      err.filename = pathToString(filename);
      throw err;
    }
    if (!stats.isDirectory()) {
      this.#watch(this.#root, true, false);
      return;
    }
    this.#watchTree(this.#root, false, true);
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    for (const handle of this.#handles.values()) handle.close();
    this.#handles.clear();
    this.#known.clear();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this.#referenced = true;
    for (const handle of this.#handles.values()) handle.ref();
    return this;
  }

  unref() {
    this.#referenced = false;
    for (const handle of this.#handles.values()) handle.unref();
    return this;
  }

  // Starts one inotify watch. Returns false when the path vanished meanwhile; other errors
  // throw while starting up and are 'error' events afterwards (ENOSPC among them).
  #watch(dir, isRoot, starting) {
    if (this.#handles.has(dir)) return true;
    const handle = new (internalBinding('fs_event_wrap').FSEvent)();
    handle.onchange = (status, eventType, name) => this.#onEvent(dir, status, eventType, name);
    const err = handle.start(dir, true, encodingId('utf8'));
    if (err < 0) {
      handle.close();
      if (!isRoot && (err === UV_ENOENT || err === UV_ENOTDIR)) return false;
      const error = watchError(err, dir);
      if (starting) {
        this.close();
        throw error;
      }
      this.emit('error', error);
      return false;
    }
    if (!this.#referenced) handle.unref();
    this.#handles.set(dir, handle);
    return true;
  }

  // Watches `dir` and everything below it; with `report`, entries not seen before are
  // reported as 'rename' events.
  #watchTree(dir, report, starting) {
    const pending = [dir];
    while (pending.length > 0 && !this.#closed) {
      const current = pending.shift();
      if (!this.#watch(current, current === this.#root, starting)) continue;
      let entries;
      try {
        entries = fs.readdirSync(current, { withFileTypes: true });
      } catch {
        continue;  // gone again, or unreadable: its own events will tell
      }
      for (const entry of entries) {
        const full = path.join(current, entry.name);
        const inode = this.#inodeOf(full);
        if (inode === undefined) continue;
        if (this.#known.get(full) !== inode) {
          this.#known.set(full, inode);
          if (report) this.#emit('rename', full);
        }
        if (entry.isDirectory()) pending.push(full);
      }
    }
  }

  // The inode of `file`, or undefined when it is not there (or its parent is no directory).
  #inodeOf(file) {
    try {
      return fs.lstatSync(file).ino;
    } catch {
      return undefined;
    }
  }

  #isDirectory(file) {
    try {
      return fs.lstatSync(file).isDirectory();
    } catch {
      return false;
    }
  }

  #forget(gone) {
    const prefix = `${gone}/`;
    for (const known of this.#known.keys()) {
      if (known === gone || known.startsWith(prefix)) this.#known.delete(known);
    }
    for (const [dir, handle] of this.#handles) {
      if (dir !== this.#root && (dir === gone || dir.startsWith(prefix))) {
        handle.close();
        this.#handles.delete(dir);
      }
    }
  }

  #emit(eventType, full) {
    const relative = full === this.#root ? path.basename(full) : path.relative(this.#root, full);
    let filename = relative;
    if (this.#encoding === 'buffer') filename = Buffer.from(relative);
    else if (this.#encoding && this.#encoding !== 'utf8' && this.#encoding !== 'utf-8') {
      filename = Buffer.from(relative).toString(this.#encoding);
    }
    this.emit('change', eventType, filename);
  }

  #onEvent(dir, status, eventType, name) {
    if (this.#closed) return;
    if (status < 0) {
      this.emit('error', watchError(status, dir));
      return;
    }
    if (name === undefined) return;
    let full = path.join(dir, name);
    let inode = this.#inodeOf(full);
    if (inode === undefined && !this.#known.has(full) && name === path.basename(dir)) {
      // inotify names the watched directory itself when it goes: its parent reports that,
      // unless it is the root (or the root is a single file).
      if (dir !== this.#root) return;
      full = dir;
      inode = this.#inodeOf(full);
    }
    if (eventType === 'change') {
      this.#emit('change', full);
      return;
    }
    if (inode === undefined) {
      this.#forget(full);
      this.#emit('rename', full);
      return;
    }
    if (this.#known.get(full) === inode) return;  // reported already, by a directory read
    this.#known.set(full, inode);
    this.#emit('rename', full);
    if (full !== dir && this.#isDirectory(full)) {
      this.#watchTree(full, true, false);
    }
  }
}

module.exports = { RecursiveWatcher: FSWatcher };
