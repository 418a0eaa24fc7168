'use strict';
// The os module: facts about the machine and the current user, read through libuv by the
// 'os' binding. The binding answers with a negative libuv error code when a call fails;
// this file turns that into node's SystemError (ERR_SYSTEM_ERROR).

const binding = internalBinding('os');
const { os: osConstantValues } = internalBinding('constants');
const { uvErrmapGet, kIsNodeError, addCodeToStack } = require('internal/errors');
const { validateInt32 } = require('internal/validators');

// SystemError --------------------------------------------------------------------------------
// Shaped as node's: `SystemError [ERR_SYSTEM_ERROR]: A system error occurred: <syscall>
// returned <CODE> (<description>)`, with a frozen-looking `info` record and errno/syscall
// accessors that read and write it.
class SystemError extends Error {
  constructor(syscall, errno) {
    const [code, description] = uvErrmapGet(errno) || ['UNKNOWN', 'unknown error'];
    const info = { errno, code, message: description, syscall };
    super(`A system error occurred: ${syscall} returned ${code} (${description})`);
    Object.defineProperty(this, 'name', {
      value: 'SystemError', writable: true, enumerable: false, configurable: true,
    });
    this.code = 'ERR_SYSTEM_ERROR';
    Object.defineProperty(this, 'info', {
      value: info, writable: false, enumerable: true, configurable: true,
    });
    for (const field of ['errno', 'syscall']) {
      Object.defineProperty(this, field, {
        get() { return info[field]; },
        set(value) { info[field] = value; },
        enumerable: true,
        configurable: true,
      });
    }
    Object.defineProperty(this, kIsNodeError, {
      value: true, writable: false, enumerable: false, configurable: true,
    });
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

// Stacks start at the public os function, as in node.
function check(result, syscall) {
  if (typeof result === 'number' && result < 0) {
    const error = new SystemError(syscall, result);
    Error.captureStackTrace(error, check);
    addCodeToStack(error, error.code);
    throw error;
  }
  return result;
}

// Node lets these be used where a string or number is expected: `${os.hostname}`.
function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

// Machine and system --------------------------------------------------------------------------

function osInformation() {
  return check(binding.getOSInformation(), 'uv_os_uname');
}

function arch() {
  return process.arch;
}

function platform() {
  return process.platform;
}

function type() {
  return osInformation()[0];
}

function version() {
  return osInformation()[1];
}

function release() {
  return osInformation()[2];
}

function machine() {
  return osInformation()[3];
}

function hostname() {
  return check(binding.getHostname(), 'uv_os_gethostname');
}

function endianness() {
  return binding.isBigEndian ? 'BE' : 'LE';
}

function uptime() {
  return check(binding.getUptime(), 'uv_uptime');
}

function totalmem() {
  return binding.getTotalMemory();
}

function freemem() {
  return binding.getFreeMemory();
}

function availableParallelism() {
  return binding.getAvailableParallelism();
}

const loadAverages = new Float64Array(3);
function loadavg() {
  binding.getLoadAverage(loadAverages);
  return [loadAverages[0], loadAverages[1], loadAverages[2]];
}

function cpus() {
  const flat = binding.getCPUs();
  const result = [];
  if (typeof flat === 'number') return result;
  for (let i = 0; i < flat.length; i += 7) {
    result.push({
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    });
  }
  return result;
}

// Network interfaces ------------------------------------------------------------------------------

// The prefix length of a netmask, or null when its one-bits are not contiguous.
function prefixLength(netmask, family) {
  const ipv6 = family === 'IPv6';
  const groups = ipv6 ? expandIPv6(netmask) : netmask.split('.').map(Number);
  const bitsPerGroup = ipv6 ? 16 : 8;
  let length = 0;
  let sawZero = false;
  for (const group of groups) {
    for (let bit = bitsPerGroup - 1; bit >= 0; bit--) {
      if ((group >> bit) & 1) {
        if (sawZero) return null;
        length++;
      } else {
        sawZero = true;
      }
    }
  }
  return length;
}

// 'ffff:ffff::' -> eight 16-bit numbers
function expandIPv6(address) {
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const parse = (part) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  const zeros = new Array(8 - left.length - right.length).fill(0);
  return [...left, ...zeros, ...right];
}

function networkInterfaces() {
  const flat = check(binding.getInterfaceAddresses(), 'uv_interface_addresses');
  const result = {};
  for (let i = 0; i < flat.length; i += 7) {
    const [name, address, netmask, family, mac, internal, scopeid] = flat.slice(i, i + 7);
    const length = prefixLength(netmask, family);
    const entry = {
      address,
      netmask,
      family,
      mac,
      internal,
      cidr: length === null ? null : `${address}/${length}`,
    };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (result[name] ??= []).push(entry);
  }
  return result;
}

// The user ----------------------------------------------------------------------------------------

function homedir() {
  return check(binding.getHomeDirectory(), 'uv_os_homedir');
}

function tmpdir() {
  const { env } = process;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

let BufferClass;
function toBuffer(bytes) {
  BufferClass ??= require('buffer').Buffer;
  return BufferClass.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function userInfo(options) {
  const encoding = options?.encoding;
  // Texts come back as bytes unless they are wanted as UTF-8 strings; node treats an
  // unknown encoding as utf8.
  const wantsBytes = typeof encoding === 'string' && !/^utf-?8$/i.test(encoding) &&
                     isKnownEncoding(encoding);
  const fields = check(binding.getUserInfo(wantsBytes), 'uv_os_get_passwd');
  const [uid, gid, ...texts] = fields;
  const [username, home, shell] = texts.map((text) => {
    if (!wantsBytes || text === null) return text;
    const buffer = toBuffer(text);
    return encoding === 'buffer' ? buffer : buffer.toString(encoding);
  });
  const result = Object.create(null);
  result.uid = uid;
  result.gid = gid;
  result.username = username;
  result.homedir = home;
  result.shell = shell;
  return result;
}

function isKnownEncoding(encoding) {
  return encoding === 'buffer' ||
         /^(?:utf-?16le|ucs-?2|latin1|binary|ascii|hex|base64|base64url)$/i.test(encoding);
}

// Scheduling priority ---------------------------------------------------------------------------------

const priorityResult = new Int32Array(2);
function getPriority(pid) {
  if (pid === undefined) pid = 0;
  validateInt32(pid, 'pid');
  // `| 0` because -0 passes validateInt32 but is no Int32 to V8 (node aborts on it).
  binding.getPriority(pid | 0, priorityResult);
  check(priorityResult[0], 'uv_os_getpriority');
  return priorityResult[1];
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  check(binding.setPriority(pid | 0, priority | 0), 'uv_os_setpriority');
}

// Constants ----------------------------------------------------------------------------------------

function nullPrototypeCopy(source) {
  const copy = Object.create(null);
  for (const key of Object.keys(source)) {
    const value = source[key];
    copy[key] = value !== null && typeof value === 'object' ? nullPrototypeCopy(value) : value;
  }
  return copy;
}
const constants = nullPrototypeCopy(osConstantValues);

module.exports = {
  arch: withPrimitive(arch),
  availableParallelism: withPrimitive(availableParallelism),
  cpus,
  endianness: withPrimitive(endianness),
  freemem: withPrimitive(freemem),
  getPriority,
  homedir: withPrimitive(homedir),
  hostname: withPrimitive(hostname),
  loadavg,
  networkInterfaces,
  platform: withPrimitive(platform),
  release: withPrimitive(release),
  setPriority,
  tmpdir: withPrimitive(tmpdir),
  totalmem: withPrimitive(totalmem),
  type: withPrimitive(type),
  userInfo,
  uptime: withPrimitive(uptime),
  version: withPrimitive(version),
  machine: withPrimitive(machine),
};

Object.defineProperties(module.exports, {
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  EOL: { value: '\n', writable: false, enumerable: true, configurable: true },
  devNull: { value: '/dev/null', writable: false, enumerable: true, configurable: true },
});
