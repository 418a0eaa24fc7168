'use strict';
// The `path` module: two complete path dialects, `posix` and `win32`, that share one
// segment-collapsing core. `require('path')` is the dialect of the host (posix on Linux).
//
// Results must equal Node's byte for byte, including its odd corners (a suffix that equals the
// whole path, reserved Windows device names, UNC roots); those corners are called out where
// they are handled.

const { validateObject, validateString } = require('internal/validators');

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\'
const DOT = 46; // '.'
const COLON = 58; // ':'

function isPosixSeparator(code) {
  return code === SLASH;
}

function isWin32Separator(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Collapses the segments of `path` from index `start` on: empty and '.' segments vanish, '..'
// removes the segment before it. With `keepLeadingUps` (a relative path) '..' that cannot be
// removed stays; otherwise (an absolute path) it is dropped at the root. The segments are
// joined with `separator`; no leading or trailing separator is added.
function collapseSegments(path, start, keepLeadingUps, isSeparator, separator) {
  const kept = [];
  let leadingUps = 0; // how many of `kept` (at its front) are '..'
  const length = path.length;
  let segmentStart = start;
  for (let i = start; i <= length; i++) {
    if (i < length && !isSeparator(path.charCodeAt(i))) continue;
    const size = i - segmentStart;
    if (size === 1 && path.charCodeAt(segmentStart) === DOT) {
      // '.' refers to the directory itself.
    } else if (size === 2 && path.charCodeAt(segmentStart) === DOT &&
               path.charCodeAt(segmentStart + 1) === DOT) {
      if (kept.length > leadingUps) {
        kept.pop();
      } else if (keepLeadingUps) {
        kept.push('..');
        leadingUps++;
      }
    } else if (size > 0) {
      kept.push(path.slice(segmentStart, i));
    }
    segmentStart = i + 1;
  }
  return kept.join(separator);
}

// The last segment of path from `start` on, trailing separators ignored, as the indices
// [nameStart, nameEnd). nameEnd is -1 when there is no name (nothing but separators).
function findName(path, start, isSeparator) {
  let nameEnd = path.length;
  while (nameEnd > start && isSeparator(path.charCodeAt(nameEnd - 1))) nameEnd--;
  if (nameEnd === start) return [start, -1];
  let nameStart = nameEnd - 1;
  while (nameStart > start && !isSeparator(path.charCodeAt(nameStart - 1))) nameStart--;
  return [nameStart, nameEnd];
}

// Where the extension of the name path[nameStart, nameEnd) starts, or -1 when it has none.
// A name whose only dot is its first character ('.bashrc') has no extension, nor has '..'.
function findExtension(path, nameStart, nameEnd) {
  const dot = path.lastIndexOf('.', nameEnd - 1);
  if (dot <= nameStart) return -1;
  if (dot === nameStart + 1 && nameEnd === nameStart + 2 && path.charCodeAt(nameStart) === DOT) {
    return -1; // '..'
  }
  return dot;
}

function basenameWithSuffix(path, start, suffix, isSeparator) {
  // Node's corners, kept on purpose: a suffix equal to the whole argument yields '', a path
  // of separators only comes back unchanged, and a suffix longer than the name that ends with
  // the whole name yields the name together with the trailing separators.
  if (suffix.length === 0 || suffix.length > path.length) {
    return basenameOf(path, start, isSeparator);
  }
  if (suffix === path) return '';
  const [nameStart, nameEnd] = findName(path, start, isSeparator);
  if (nameEnd === -1) return path.slice(start);
  const nameLength = nameEnd - nameStart;
  if (suffix.length < nameLength) {
    return path.endsWith(suffix, nameEnd) ? path.slice(nameStart, nameEnd - suffix.length) :
      path.slice(nameStart, nameEnd);
  }
  if (suffix.length > nameLength && suffix.endsWith(path.slice(nameStart, nameEnd))) {
    return path.slice(nameStart);
  }
  return path.slice(nameStart, nameEnd);
}

function basenameOf(path, start, isSeparator) {
  const [nameStart, nameEnd] = findName(path, start, isSeparator);
  return nameEnd === -1 ? '' : path.slice(nameStart, nameEnd);
}

function extnameOf(path, start, isSeparator) {
  // One backward pass: past trailing separators, then through the name noting its last dot.
  let end = path.length;
  while (end > start && isSeparator(path.charCodeAt(end - 1))) end--;
  let dot = -1;
  let nameStart = end;
  while (nameStart > start) {
    const code = path.charCodeAt(nameStart - 1);
    if (isSeparator(code)) break;
    nameStart--;
    if (code === DOT && dot === -1) dot = nameStart;
  }
  if (dot <= nameStart) return ''; // no dot, or only a leading one ('.bashrc')
  if (end - nameStart === 2 && dot === nameStart + 1 && path.charCodeAt(nameStart) === DOT) {
    return ''; // '..'
  }
  return path.slice(dot, end);
}

// Fills dir/base/name/ext of parse()'s result from what follows the root; `parsed.root` is
// already set.
function parseAfterRoot(parsed, path, rootEnd, isSeparator) {
  const [nameStart, nameEnd] = findName(path, rootEnd, isSeparator);
  if (nameEnd === -1) {
    parsed.dir = parsed.root;
    return parsed;
  }
  const dot = findExtension(path, nameStart, nameEnd);
  parsed.base = path.slice(nameStart, nameEnd);
  parsed.name = dot === -1 ? parsed.base : path.slice(nameStart, dot);
  parsed.ext = dot === -1 ? '' : path.slice(dot, nameEnd);
  // dir is everything before the separator that precedes the name; a name right after the
  // root has the root as its dir.
  parsed.dir = nameStart > rootEnd ? path.slice(0, nameStart - 1) : parsed.root;
  return parsed;
}

function formatWith(separator, pathObject) {
  validateObject(pathObject, 'pathObject');
  const { root, name } = pathObject;
  const dir = pathObject.dir || root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    const dottedExt = !ext ? '' : (ext[0] === '.' ? ext : `.${ext}`);
    base = `${name || ''}${dottedExt}`;
  }
  if (!dir) return base;
  return dir === root ? `${dir}${base}` : `${dir}${separator}${base}`;
}

// ---------------------------------------------------------------------------------------------
// posix

function posixResolve(...args) {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1 && !absolute; i--) {
    const path = i >= 0 ? args[i] : process.cwd();
    if (typeof path !== 'string') validateString(path, `paths[${i}]`); // (names it only then)
    if (path.length === 0) continue;
    resolved = resolved.length === 0 ? path : `${path}/${resolved}`;
    absolute = path.charCodeAt(0) === SLASH;
  }
  const collapsed = collapseSegments(resolved, 0, !absolute, isPosixSeparator, '/');
  if (absolute) return `/${collapsed}`;
  return collapsed.length > 0 ? collapsed : '.';
}

function posixNormalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path.charCodeAt(0) === SLASH;
  const trailing = path.charCodeAt(path.length - 1) === SLASH;
  let collapsed = collapseSegments(path, 0, !absolute, isPosixSeparator, '/');
  if (collapsed.length === 0) {
    if (absolute) return '/';
    collapsed = '.';
  }
  if (trailing) collapsed += '/';
  return absolute ? `/${collapsed}` : collapsed;
}

function posixIsAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === SLASH;
}

function posixJoin(...args) {
  let joined = '';
  for (let i = 0; i < args.length; i++) {
    const part = args[i];
    validateString(part, 'path');
    if (part.length === 0) continue;
    joined = joined.length === 0 ? part : `${joined}/${part}`;
  }
  return joined.length === 0 ? '.' : posixNormalize(joined);
}

function posixRelative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = posixResolve(from);
  to = posixResolve(to);
  if (from === to) return '';

  // Both are now '/' or '/name/name...' without a trailing slash. `shared` is where the first
  // segment that differs starts (the same offset in both).
  const limit = Math.min(from.length, to.length);
  let same = 1;
  while (same < limit && from.charCodeAt(same) === to.charCodeAt(same)) same++;
  let shared;
  if ((same === from.length && (same === to.length || to.charCodeAt(same) === SLASH)) ||
      (same === to.length && from.charCodeAt(same) === SLASH)) {
    shared = same + 1; // one path is a parent of the other
  } else {
    shared = from.lastIndexOf('/', same - 1) + 1;
  }

  let ups = 0;
  if (shared < from.length) {
    ups = 1;
    for (let i = shared; i < from.length; i++) if (from.charCodeAt(i) === SLASH) ups++;
  }
  const rest = shared < to.length ? to.slice(shared) : '';
  if (ups === 0) return rest;
  const climb = '../'.repeat(ups - 1) + '..';
  return rest.length > 0 ? `${climb}/${rest}` : climb;
}

function posixDirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path.charCodeAt(0) === SLASH;
  const [nameStart, nameEnd] = findName(path, 0, isPosixSeparator);
  if (nameEnd === -1) return absolute ? '/' : '.';
  // Only the one separator right before the name goes: dirname('a//b') is 'a/'.
  const end = nameStart - 1;
  if (end <= 0) return absolute ? '/' : '.';
  // Node keeps a leading '//' (which POSIX lets implementations treat specially).
  if (end === 1 && absolute) return '//';
  return path.slice(0, end);
}

function posixBasename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  if (suffix !== undefined) return basenameWithSuffix(path, 0, suffix, isPosixSeparator);
  return basenameOf(path, 0, isPosixSeparator);
}

function posixExtname(path) {
  validateString(path, 'path');
  return extnameOf(path, 0, isPosixSeparator);
}

function posixFormat(pathObject) {
  return formatWith('/', pathObject);
}

function posixParse(path) {
  validateString(path, 'path');
  const parsed = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return parsed;
  const rootEnd = path.charCodeAt(0) === SLASH ? 1 : 0;
  parsed.root = rootEnd === 1 ? '/' : '';
  parseAfterRoot(parsed, path, rootEnd, isPosixSeparator);
  // Node's quirk: '..' right after the root parses as name '.' with extension '.'.
  if (parsed.base === '..' && /^\/\.\.\/*$/.test(path)) {
    parsed.name = '.';
    parsed.ext = '.';
  }
  return parsed;
}

function posixToNamespacedPath(path) {
  return path; // no namespaces on POSIX
}

// ---------------------------------------------------------------------------------------------
// win32

// The reserved DOS device names; "NAME:" at the start of a relative path names the device.
const win32ReservedNames = new Set(['CON', 'PRN', 'AUX', 'NUL']);
for (const stem of ['COM', 'LPT']) {
  for (const digit of '123456789\u00b9\u00b2\u00b3') win32ReservedNames.add(stem + digit);
}

// The root of a win32 path: `device` is a drive ('C:'), a UNC share rebuilt with backslashes
// ('\\server\share') or '' when there is none; `rootEnd` is where the part below the root
// starts (past one separator that follows the root); `absolute` says whether the root
// includes a separator.
// With `namespaces` (normalize and resolve) a '\\?\' or '\\.\' prefix is the whole device:
// what follows it, even a drive, is an ordinary segment that '..' can remove.
function win32Root(path, namespaces) {
  const length = path.length;
  if (length === 0) return { device: '', rootEnd: 0, absolute: false };
  const first = path.charCodeAt(0);
  if (isWin32Separator(first)) {
    if (length > 2 && isWin32Separator(path.charCodeAt(1))) {
      const unc = win32UncRoot(path, namespaces);
      if (unc !== null) return unc;
    }
    return { device: '', rootEnd: 1, absolute: true };
  }
  if (length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(first)) {
    const absolute = length > 2 && isWin32Separator(path.charCodeAt(2));
    return { device: path.slice(0, 2), rootEnd: absolute ? 3 : 2, absolute };
  }
  return { device: '', rootEnd: 0, absolute: false };
}

// '\\server\share' (separators of either kind, several between server and share allowed), or
// null when the server or the share is missing.
function win32UncRoot(path, namespaces) {
  const length = path.length;
  let serverEnd = 2;
  while (serverEnd < length && !isWin32Separator(path.charCodeAt(serverEnd))) serverEnd++;
  if (serverEnd === 2 || serverEnd === length) return null;
  let shareStart = serverEnd;
  while (shareStart < length && isWin32Separator(path.charCodeAt(shareStart))) shareStart++;
  if (shareStart === length) return null;
  if (namespaces && serverEnd === 3) {
    const server = path.charCodeAt(2);
    if (server === 63 /* ? */ || server === DOT) {
      return { device: `\\\\${path[2]}`, rootEnd: shareStart, absolute: true };
    }
  }
  let shareEnd = shareStart;
  while (shareEnd < length && !isWin32Separator(path.charCodeAt(shareEnd))) shareEnd++;
  return {
    device: `\\\\${path.slice(2, serverEnd)}\\${path.slice(shareStart, shareEnd)}`,
    rootEnd: shareEnd < length ? shareEnd + 1 : shareEnd,
    absolute: true,
  };
}

// Whether a relative path starts with a reserved device name: "CON:", "com1:"... before the
// first colon, or, when there is no colon, all but the last character ("CONa", "NUL\\").
// Node then writes '.\' in front of the result so it cannot name the device.
function win32StartsWithReservedName(path) {
  const colon = path.indexOf(':');
  const stem = colon === -1 ? path.slice(0, -1) : path.slice(0, colon);
  return stem.length >= 3 && stem.length <= 4 && win32ReservedNames.has(stem.toUpperCase());
}

// A relative path without a device must not come out of normalize() looking like one that
// has a drive or names a stream: Node then puts '.\' in front. That is the case when the
// collapsed result starts with 'X:', or when the original has a colon at the end of a segment.
function win32NeedsDotPrefix(path, tail) {
  if (tail.length >= 2 && tail.charCodeAt(1) === COLON && isDriveLetter(tail.charCodeAt(0))) {
    return true;
  }
  for (let colon = path.indexOf(':'); colon !== -1; colon = path.indexOf(':', colon + 1)) {
    if (colon === path.length - 1 || isWin32Separator(path.charCodeAt(colon + 1))) return true;
  }
  return false;
}

function win32Normalize(path) {
  validateString(path, 'path');
  const length = path.length;
  if (length === 0) return '.';
  if (length === 1) return isWin32Separator(path.charCodeAt(0)) ? '\\' : path;

  let { device, rootEnd, absolute } = win32Root(path, true);
  // "CON:x" is taken as the device "CON:" followed by the relative path "x".
  const reserved = rootEnd === 0 && win32StartsWithReservedName(path);
  if (reserved) {
    const colon = path.indexOf(':');
    if (colon !== -1) {
      rootEnd = colon + 1;
      device = path.slice(0, rootEnd);
    }
  }

  let tail = rootEnd < length ?
    collapseSegments(path, rootEnd, !absolute, isWin32Separator, '\\') : '';
  if (tail.length === 0 && !absolute) tail = '.';
  if (tail.length > 0 && isWin32Separator(path.charCodeAt(length - 1))) tail += '\\';

  if (reserved) return `.\\${device}${tail}`;
  if (device.length === 0) {
    if (absolute) return `\\${tail}`;
    if (path.includes(':') && win32NeedsDotPrefix(path, tail)) return `.\\${tail}`;
    return tail;
  }
  return absolute ? `${device}\\${tail}` : `${device}${tail}`;
}

function win32IsAbsolute(path) {
  validateString(path, 'path');
  const length = path.length;
  if (length === 0) return false;
  const first = path.charCodeAt(0);
  if (isWin32Separator(first)) return true;
  return length > 2 && isDriveLetter(first) && path.charCodeAt(1) === COLON &&
    isWin32Separator(path.charCodeAt(2));
}

function win32Join(...args) {
  let joined = '';
  let first = '';
  for (let i = 0; i < args.length; i++) {
    const part = args[i];
    validateString(part, 'path');
    if (part.length === 0) continue;
    if (joined.length === 0) {
      joined = first = part;
    } else {
      joined = `${joined}\\${part}`;
    }
  }
  if (joined.length === 0) return '.';
  // Joining must not invent a UNC root ('\' + '\server'); only a first part that already
  // starts like one ('\\server') may produce it. Otherwise a run of leading separators
  // becomes one.
  const firstIsUnc = first.length > 2 && isWin32Separator(first.charCodeAt(0)) &&
    isWin32Separator(first.charCodeAt(1)) && !isWin32Separator(first.charCodeAt(2));
  if (!firstIsUnc && isWin32Separator(joined.charCodeAt(0))) {
    let start = 1;
    while (start < joined.length && isWin32Separator(joined.charCodeAt(start))) start++;
    if (start > 1) joined = `\\${joined.slice(start)}`;
  }
  return win32Normalize(joined);
}

// The directory a drive-relative path ('C:foo') is resolved against: Windows keeps one per
// drive in the hidden environment variable '=C:'.
function win32DriveCwd(device) {
  const cwd = process.env[`=${device}`] || process.cwd();
  if (cwd === undefined ||
      (cwd.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
       cwd.charCodeAt(2) === BACKSLASH)) {
    return `${device}\\`;
  }
  return cwd;
}

function win32Resolve(...args) {
  let device = '';
  let tail = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = args[i];
      if (typeof path !== 'string') validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
    } else if (device.length === 0) {
      path = process.cwd();
      // resolve(), resolve('') and resolve('.') answer the working directory as it is.
      if ((args.length === 0 || (args.length === 1 && (args[0] === '' || args[0] === '.'))) &&
          isWin32Separator(path.charCodeAt(0))) {
        return process.platform === 'win32' ? path : path.replace(/\//g, '\\');
      }
    } else {
      path = win32DriveCwd(device);
    }

    const root = win32Root(path, true);
    if (root.device.length > 0) {
      if (device.length === 0) {
        device = root.device;
      } else if (root.device.toLowerCase() !== device.toLowerCase()) {
        continue; // another drive: irrelevant to this one
      }
    }
    if (absolute) {
      // Only a device was missing; the one just found (if any) completes the result.
      if (device.length > 0) break;
    } else {
      const rest = path.slice(root.rootEnd);
      tail = tail.length === 0 ? rest : `${rest}\\${tail}`;
      absolute = root.absolute;
      if (absolute && device.length > 0) break;
    }
  }

  tail = collapseSegments(tail, 0, !absolute, isWin32Separator, '\\');
  if (absolute) return `${device}\\${tail}`;
  const result = `${device}${tail}`;
  return result.length > 0 ? result : '.';
}

function win32Relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromResolved = win32Resolve(from);
  const toResolved = win32Resolve(to);
  if (fromResolved === toResolved) return '';
  const fromKey = fromResolved.toLowerCase();
  const toKey = toResolved.toLowerCase();
  if (fromKey === toKey) return '';
  // Lower-casing can change a string's length ('\u0130' becomes two code units); the
  // character-wise comparison below would then cut `toResolved` at wrong offsets, so such
  // paths are compared segment by segment instead.
  if (fromKey.length !== fromResolved.length || toKey.length !== toResolved.length) {
    const fromKeys = splitWithoutTrailing(fromKey);
    const toKeys = splitWithoutTrailing(toKey);
    if (fromKeys[0] !== toKeys[0]) return toResolved; // other drive or kind of root
    // The answer is made of the original spelling of `to`'s segments.
    const toSegments = splitWithoutTrailing(toResolved);
    let common = 0;
    while (common < fromKeys.length && common < toKeys.length &&
           fromKeys[common] === toKeys[common]) {
      common++;
    }
    const parts = fromKeys.slice(common).fill('..');
    for (let i = common; i < toSegments.length; i++) parts.push(toSegments[i]);
    return parts.join('\\');
  }
  return win32RelativeResolved(fromKey, toKey, toResolved);
}

// 'C:\\a\\' as ['C:', 'a']; empty segments inside ('\\\\server') are kept.
function splitWithoutTrailing(resolved) {
  let end = resolved.length;
  while (end > 0 && resolved.charCodeAt(end - 1) === BACKSLASH) end--;
  return resolved.slice(0, end).split('\\');
}

// `from` and `to` are resolved and lower-cased; the answer is cut out of `toOriginal` so it
// keeps its spelling. The comparison is character-wise on the paths without their leading and
// trailing backslashes, which is what Node does; for paths without a drive (possible when a
// POSIX working directory is used) that gives some odd answers ('\ab' to '\abc' is 'c'),
// which are kept so the results stay Node's.
function win32RelativeResolved(from, to, toOriginal) {
  const [fromStart, fromEnd] = trimBackslashes(from);
  const [toStart, toEnd] = trimBackslashes(to);
  const fromLength = fromEnd - fromStart;
  const toLength = toEnd - toStart;
  const shorter = Math.min(fromLength, toLength);
  let same = 0;
  let lastSeparator = -1; // offset of the last backslash inside the common prefix
  while (same < shorter && from.charCodeAt(fromStart + same) === to.charCodeAt(toStart + same)) {
    if (from.charCodeAt(fromStart + same) === BACKSLASH) lastSeparator = same;
    same++;
  }

  // `base` is the offset (in both) where the part that differs starts.
  let base = lastSeparator;
  if (same < shorter) {
    if (lastSeparator === -1) return toOriginal; // no common directory at all (other drive)
  } else {
    if (toLength > shorter) {
      // `from` is a prefix of `to`: either a parent directory or (offset 2) a drive root.
      // (These answers keep a trailing backslash of `to`, as Node's do.)
      if (to.charCodeAt(toStart + shorter) === BACKSLASH) {
        return toOriginal.slice(toStart + shorter + 1);
      }
      if (shorter === 2) return toOriginal.slice(toStart + 2);
    }
    if (fromLength > shorter) {
      if (from.charCodeAt(fromStart + shorter) === BACKSLASH) base = shorter;
      else if (shorter === 2) base = 3;
    }
    if (base === -1) base = 0;
  }

  // One '..' for each segment of `from` after `base`.
  let ups = 0;
  for (let i = fromStart + base + 1; i <= fromEnd; i++) {
    if (i === fromEnd || from.charCodeAt(i) === BACKSLASH) ups++;
  }
  const rest = toOriginal.slice(toStart + base, toEnd);
  if (ups > 0) return '..' + '\\..'.repeat(ups - 1) + rest;
  return rest.charCodeAt(0) === BACKSLASH ? rest.slice(1) : rest;
}

// [start, end) of `path` without leading backslashes and without trailing ones (but keeping
// at least one character).
function trimBackslashes(path) {
  let start = 0;
  while (start < path.length && path.charCodeAt(start) === BACKSLASH) start++;
  let end = path.length;
  while (end - 1 > start && path.charCodeAt(end - 1) === BACKSLASH) end--;
  return [start, end];
}

function win32ToNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolved = win32Resolve(path);
  if (resolved.length <= 2) return path;
  if (resolved.charCodeAt(0) === BACKSLASH) {
    // '\\server\share' becomes '\\?\UNC\server\share'; an already namespaced path
    // ('\\?\...' or '\\.\...') stays as it is.
    if (resolved.charCodeAt(1) === BACKSLASH) {
      const third = resolved.charCodeAt(2);
      if (third !== 63 /* ? */ && third !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
    }
  } else if (isDriveLetter(resolved.charCodeAt(0)) && resolved.charCodeAt(1) === COLON &&
             resolved.charCodeAt(2) === BACKSLASH) {
    return `\\\\?\\${resolved}`;
  }
  return resolved;
}

function win32Dirname(path) {
  validateString(path, 'path');
  const length = path.length;
  if (length === 0) return '.';
  const { rootEnd } = win32Root(path);
  if (rootEnd === length) return path; // nothing but a root
  const [nameStart, nameEnd] = findName(path, rootEnd, isWin32Separator);
  // Only the one separator right before the name goes: dirname('a\\b') is 'a\'.
  const end = nameStart - 1;
  if (nameEnd === -1 || end < rootEnd) return rootEnd > 0 ? path.slice(0, rootEnd) : '.';
  return path.slice(0, end);
}

// Only a drive is skipped before the name: a UNC root's share counts as a name here.
function win32NameStart(path) {
  return path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0)) ?
    2 : 0;
}

function win32Basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  const start = win32NameStart(path);
  if (suffix !== undefined) return basenameWithSuffix(path, start, suffix, isWin32Separator);
  return basenameOf(path, start, isWin32Separator);
}

function win32Extname(path) {
  validateString(path, 'path');
  return extnameOf(path, win32NameStart(path), isWin32Separator);
}

function win32Format(pathObject) {
  return formatWith('\\', pathObject);
}

function win32Parse(path) {
  validateString(path, 'path');
  const parsed = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return parsed;
  const { rootEnd } = win32Root(path);
  parsed.root = path.slice(0, rootEnd);
  if (rootEnd === path.length) {
    parsed.dir = parsed.root;
    return parsed;
  }
  return parseAfterRoot(parsed, path, rootEnd, isWin32Separator);
}

// ---------------------------------------------------------------------------------------------

const win32 = {
  resolve: win32Resolve,
  normalize: win32Normalize,
  isAbsolute: win32IsAbsolute,
  join: win32Join,
  relative: win32Relative,
  toNamespacedPath: win32ToNamespacedPath,
  dirname: win32Dirname,
  basename: win32Basename,
  extname: win32Extname,
  format: win32Format,
  parse: win32Parse,
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: win32ToNamespacedPath,
};

const posix = {
  resolve: posixResolve,
  normalize: posixNormalize,
  isAbsolute: posixIsAbsolute,
  join: posixJoin,
  relative: posixRelative,
  toNamespacedPath: posixToNamespacedPath,
  dirname: posixDirname,
  basename: posixBasename,
  extname: posixExtname,
  format: posixFormat,
  parse: posixParse,
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: posixToNamespacedPath,
};

// Node's functions carry the plain names ('resolve', not 'posixResolve'); its format() is a
// bound function, and named so.
for (const dialect of [posix, win32]) {
  for (const key of Object.keys(dialect)) {
    if (typeof dialect[key] === 'function' && key !== '_makeLong') {
      const name = key === 'format' ? 'bound _format' : key;
      Object.defineProperty(dialect[key], 'name', { value: name });
    }
  }
  dialect.win32 = win32;
  dialect.posix = posix;
}

module.exports = process.platform === 'win32' ? win32 : posix;
