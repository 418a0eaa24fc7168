'use strict';
// process.report: node's diagnostic report — one JSON document with the process's header
// (versions, OS, CPUs, command line), the JavaScript stack, the V8 heap, resource usage, every
// libuv handle of the loop, the environment, resource limits and the loaded shared objects.
// getReport() returns it as an object, writeReport() writes it to a file (or stdout/stderr).
// Also written on the report signal (reportOnSignal) and on an uncaught exception
// (reportOnUncaughtException), set here or with the --report-* options. The libuv handles and
// limits come from src/report.cc.

const {
  validateBoolean,
  validateObject,
  validateSignalName,
  validateString,
} = require('internal/validators');

const { codes: { ERR_SYNTHETIC } } = require('internal/errors');

const binding = internalBinding('report');

const kReportVersion = 3;

const settings = {
  compact: false,
  directory: '',
  filename: '',
  signal: 'SIGUSR2',
  reportOnFatalError: false,
  reportOnSignal: false,
  reportOnUncaughtException: false,
  excludeNetwork: false,
};
let sequence = 0;

function pad(number, width = 2) {
  return `${number}`.padStart(width, '0');
}

// report.YYYYMMDD.HHMMSS.<pid>.<thread>.<sequence>.json, as node names them.
function defaultFileName(now) {
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  const { threadId } = require('worker_threads');
  return `report.${date}.${time}.${process.pid}.${threadId}.${pad(++sequence, 3)}.json`;
}

function javascriptStack(error) {
  if (error === undefined) {
    const holder = {};
    Error.captureStackTrace(holder, buildReport);
    const lines = `${holder.stack}`.split('\n').slice(1).map((line) => line.trim());
    return { message: 'No stack.', stack: lines.length ? lines : ['Unavailable.'], errorProperties: {} };
  }
  const text = typeof error?.stack === 'string' ? error.stack : `${error}`;
  const [message, ...rest] = text.split('\n');
  const errorProperties = {};
  for (const key of Object.keys(error)) {
    try {
      errorProperties[key] = `${error[key]}`;
    } catch {
      errorProperties[key] = '[unavailable]';
    }
  }
  return {
    message,
    stack: rest.length ? rest.map((line) => line.trim()) : ['Unavailable.'],
    errorProperties,
  };
}

function javascriptHeap() {
  const v8 = require('v8');
  const heap = v8.getHeapStatistics();
  const heapSpaces = {};
  for (const space of v8.getHeapSpaceStatistics()) {
    heapSpaces[space.space_name] = {
      memorySize: space.space_size,
      committedMemory: space.physical_space_size,
      capacity: space.space_used_size + space.space_available_size,
      used: space.space_used_size,
      available: space.space_available_size,
    };
  }
  return {
    totalMemory: heap.total_heap_size,
    executableMemory: heap.total_heap_size_executable,
    totalCommittedMemory: heap.total_physical_size,
    availableMemory: heap.total_available_size,
    totalGlobalHandlesMemory: heap.total_global_handles_size,
    usedGlobalHandlesMemory: heap.used_global_handles_size,
    usedMemory: heap.used_heap_size,
    memoryLimit: heap.heap_size_limit,
    mallocedMemory: heap.malloced_memory,
    externalMemory: heap.external_memory,
    peakMallocedMemory: heap.peak_malloced_memory,
    nativeContextCount: heap.number_of_native_contexts,
    detachedContextCount: heap.number_of_detached_contexts,
    doesZapGarbage: heap.does_zap_garbage,
    heapSpaces,
  };
}

function resourceUsage() {
  const os = require('os');
  const usage = process.resourceUsage();
  const uptime = process.uptime();
  const seconds = (micros) => micros / 1e6;
  const cpu = seconds(usage.userCPUTime) + seconds(usage.systemCPUTime);
  return {
    rss: process.memoryUsage.rss(),
    free_memory: os.freemem(),
    total_memory: os.totalmem(),
    available_memory: os.freemem(),
    maxRss: usage.maxRSS * 1024,
    constrained_memory: process.constrainedMemory?.() ?? 0,
    userCpuSeconds: seconds(usage.userCPUTime),
    kernelCpuSeconds: seconds(usage.systemCPUTime),
    cpuConsumptionPercent: uptime > 0 ? (cpu / uptime) * 100 : 0,
    userCpuConsumptionPercent: uptime > 0 ? (seconds(usage.userCPUTime) / uptime) * 100 : 0,
    kernelCpuConsumptionPercent: uptime > 0 ? (seconds(usage.systemCPUTime) / uptime) * 100 : 0,
    pageFaults: { IORequired: usage.majorPageFault, IONotRequired: usage.minorPageFault },
    fsActivity: { reads: usage.fsRead, writes: usage.fsWrite },
  };
}

// The files mapped into the process, each once, in load order.
function sharedObjects() {
  const seen = new Set();
  try {
    const maps = require('fs').readFileSync('/proc/self/maps', 'latin1');
    for (const line of maps.split('\n')) {
      const path = line.split(/\s+/, 6)[5];
      if (path && path.startsWith('/') && /\.so(\.|$)/.test(path)) seen.add(path);
    }
  } catch {
    // No /proc: the list stays empty.
  }
  return [process.execPath, ...seen];
}

function header(event, trigger, filename, now) {
  const os = require('os');
  const { threadId } = require('worker_threads');
  const glibc = process.versions.glibc;
  return {
    reportVersion: kReportVersion,
    event,
    trigger,
    filename,
    dumpEventTime: now.toISOString().replace('Z', ''),
    dumpEventTimeStamp: `${now.getTime()}`,
    processId: process.pid,
    threadId,
    cwd: process.cwd(),
    commandLine: [process.argv[0], ...process.execArgv, ...process.argv.slice(1)],
    nodejsVersion: process.version,
    ...(glibc ? { glibcVersionRuntime: glibc, glibcVersionCompiler: glibc } : {}),
    wordSize: 64,
    arch: process.arch,
    platform: process.platform,
    componentVersions: { ...process.versions },
    release: { ...process.release },
    osName: os.type(),
    osRelease: os.release(),
    osVersion: os.version(),
    osMachine: os.machine(),
    cpus: os.cpus(),
    networkInterfaces: settings.excludeNetwork ? [] : Object.entries(os.networkInterfaces()).flatMap(
      ([name, list]) => list.map((entry) => ({ name, internal: entry.internal, mac: entry.mac,
                                              address: entry.address, netmask: entry.netmask,
                                              family: entry.family }))),
    host: os.hostname(),
  };
}

// The loop's handles; the loop itself last, with how long it has been idle.
function libuvHandles() {
  const list = binding.libuvHandles();
  const loop = list[list.length - 1];
  if (loop?.type === 'loop') {
    const { performance } = require('perf_hooks');
    loop.loopIdleTimeSeconds = performance.eventLoopUtilization().idle / 1000;
  }
  return list;
}

function buildReport(event, trigger, error, filename) {
  const now = new Date();
  const usage = resourceUsage();
  return {
    header: header(event, trigger, filename, now),
    javascriptStack: javascriptStack(error),
    javascriptHeap: javascriptHeap(),
    nativeStack: [],
    resourceUsage: usage,
    // Per-thread figures would need RUSAGE_THREAD; the process's stand in for them.
    uvthreadResourceUsage: {
      userCpuSeconds: usage.userCpuSeconds,
      kernelCpuSeconds: usage.kernelCpuSeconds,
      cpuConsumptionPercent: usage.cpuConsumptionPercent,
      userCpuConsumptionPercent: usage.userCpuConsumptionPercent,
      kernelCpuConsumptionPercent: usage.kernelCpuConsumptionPercent,
      fsActivity: usage.fsActivity,
    },
    libuv: libuvHandles(),
    workers: [],
    environmentVariables: { ...process.env },
    userLimits: binding.userLimits(),
    sharedObjects: sharedObjects(),
  };
}

function serialize(report) {
  return settings.compact ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`;
}

// Writes a report; returns the file name ('' when writing failed, as node's does).
function writeReportFile(event, trigger, filename, error) {
  const fs = require('fs');
  const path = require('path');
  let name = filename || settings.filename;
  if (name === 'stdout' || name === 'stderr') {
    const text = serialize(buildReport(event, trigger, error, name));
    fs.writeSync(name === 'stdout' ? 1 : 2, text);
    return name;
  }
  if (!name) name = defaultFileName(new Date());
  const target = path.isAbsolute(name) ? name : path.join(settings.directory || process.cwd(), name);
  try {
    fs.writeFileSync(target, serialize(buildReport(event, trigger, error, name)));
  } catch (err) {
    process._rawDebug(`\nFailed to open Node.js report file: ${name} directory: ${path.dirname(target)} (errno: ${err.errno})`);
    return '';
  }
  process._rawDebug(`\nWriting Node.js report to file: ${name}\nNode.js report completed`);
  return name;
}

let signalListener = null;
function updateSignalListener() {
  if (signalListener !== null) {
    process.removeListener(signalListener.signal, signalListener);
    signalListener = null;
  }
  if (!settings.reportOnSignal) return;
  const signal = settings.signal;
  signalListener = () => writeReportFile(signal, 'Signal', '', undefined);
  signalListener.signal = signal;
  process.on(signal, signalListener);
}

const report = {
  writeReport(file, err) {
    if (typeof file === 'object' && file !== null) {
      err = file;
      file = undefined;
    } else if (file !== undefined) {
      validateString(file, 'file');
    }
    if (err === undefined) err = new ERR_SYNTHETIC();
    else validateObject(err, 'err');
    return writeReportFile('JavaScript API', 'API', file, err);
  },
  getReport(err) {
    if (err === undefined) err = new ERR_SYNTHETIC();
    else validateObject(err, 'err');
    return JSON.parse(JSON.stringify(buildReport('JavaScript API', 'GetReport', err, '')));
  },
};

// The settings, as accessors that validate what is set (with node's argument names).
const kSettings = [
  ['directory', (value) => validateString(value, 'directory')],
  ['filename', (value) => validateString(value, 'filename')],
  ['compact', (value) => validateBoolean(value, 'compact')],
  ['excludeNetwork', (value) => validateBoolean(value, 'excludeNetwork')],
  ['signal', (value) => {
    validateString(value, 'signal');
    validateSignalName(value, 'signal');
  }],
  ['reportOnFatalError', (value) => validateBoolean(value, 'trigger')],
  ['reportOnSignal', (value) => validateBoolean(value, 'trigger')],
  ['reportOnUncaughtException', (value) => validateBoolean(value, 'trigger')],
];
for (const [name, validate] of kSettings) {
  Object.defineProperty(report, name, {
    enumerable: true,
    configurable: true,
    get() { return settings[name]; },
    set(value) {
      validate(value);
      settings[name] = value;
      if (name === 'signal' || name === 'reportOnSignal') updateSignalListener();
    },
  });
}

// From the fatal-exception path: a report for an exception nobody handled, when asked for.
function maybeReportUncaught(error) {
  if (!settings.reportOnUncaughtException) return;
  try {
    writeReportFile('Exception', 'Exception', '', error);
  } catch {
    // The process is failing already; the report is best effort.
  }
}

require('internal/process/execution').setUncaughtReporter(maybeReportUncaught);

// The --report-* command-line options, applied through the setters (so they are validated
// the same way); pre_execution loads this module at startup when any is given.
function applyCommandLine(options) {
  const flag = (name) => options[name] === 'true';
  if (flag('--report-compact')) report.compact = true;
  if (flag('--report-exclude-network')) report.excludeNetwork = true;
  const directory = options['--report-directory'] ?? options['--report-dir'];
  if (directory !== undefined) report.directory = directory;
  if (options['--report-filename'] !== undefined) report.filename = options['--report-filename'];
  if (options['--report-signal'] !== undefined) report.signal = options['--report-signal'];
  if (flag('--report-on-fatalerror')) report.reportOnFatalError = true;
  if (flag('--report-uncaught-exception')) report.reportOnUncaughtException = true;
  if (flag('--report-on-signal')) report.reportOnSignal = true;
}

module.exports = { report, applyCommandLine };
