'use strict';
// util.debuglog(section): a logger that writes `SECTION pid: message` to stderr when
// NODE_DEBUG names the section (comma-separated, `*` wildcards, case-insensitive).
// Builtins create their loggers while loading, before NODE_DEBUG may be read, so the
// section is only tested on first use.

let sectionEnabled;
const loggers = Object.create(null);

// Reads NODE_DEBUG (or the given value) once; bootstrap may call this explicitly.
function initializeDebugEnv(debugEnv) {
  if (!debugEnv) {
    sectionEnabled = () => false;
    return;
  }
  const alternatives = debugEnv.split(',').map((pattern) =>
    pattern.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*'));
  const matcher = new RegExp(`^(?:${alternatives.join('|')})$`, 'i');
  sectionEnabled = (section) => matcher.test(section);
}

function isSectionEnabled(section) {
  if (sectionEnabled === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
  return sectionEnabled(section);
}

let inspectModule;
let utilModule;
function writerFor(section, enabled) {
  if (loggers[section] !== undefined) return loggers[section];
  if (!enabled) {
    loggers[section] = () => {};
    return loggers[section];
  }
  if (section === 'HTTP' || section === 'HTTP2') {
    process.emitWarning(`Setting the NODE_DEBUG environment variable to '${section.toLowerCase()}' ` +
      'can expose sensitive data (such as passwords, tokens and authentication headers) ' +
      'in the resulting log.');
  }
  const pid = process.pid;
  loggers[section] = function debug(...args) {
    inspectModule ??= require('internal/util/inspect');
    utilModule ??= require('internal/util');
    const colors = utilModule.shouldColorize(process.stderr);
    const message = inspectModule.formatWithOptions({ colors }, ...args);
    const shownPid = inspectModule.inspect(pid, { colors });
    process.stderr.write(`${section} ${shownPid}: ${message}\n`);
  };
  return loggers[section];
}

// `callback`, if given, receives the real logger on the first call (to replace a cached one).
function debuglog(section, callback) {
  let enabled;
  let resolved = false;
  const resolve = () => {
    if (!resolved) {
      section = `${section}`.toUpperCase();
      enabled = isSectionEnabled(section);
      resolved = true;
    }
    return enabled;
  };
  let write = (...args) => {
    resolve();
    write = writerFor(section, enabled);
    if (typeof callback === 'function') callback(write);
    return write(...args);
  };
  const logger = (...args) => write(...args);
  Object.defineProperty(logger, 'enabled', {
    get: resolve,
    enumerable: true,
    configurable: true,
  });
  return logger;
}

module.exports = {
  debuglog,
  initializeDebugEnv,
};
