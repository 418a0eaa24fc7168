#include "cli.h"

#include <unistd.h>
#include <v8.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "external_memory.h"

namespace lode {

namespace {

// kOptional takes a value only as `--name=value`; alone it means "true".
enum class Kind { kBoolean, kString, kList, kV8Boolean, kOptional };

struct OptionSpec {
  const char* name;
  Kind kind;
};

// Node 20's options that lode accepts (some of them still have no effect), and lode's own.
// kV8Boolean options mean something to both node and V8, so they are also passed to V8.
const OptionSpec kOptionSpecs[] = {
    {"--abort-on-uncaught-exception", Kind::kV8Boolean},
    {"--conditions", Kind::kList},
    {"--disable-proto", Kind::kString},
    {"--disable-warning", Kind::kList},
    {"--disallow-code-generation-from-strings", Kind::kV8Boolean},
    {"--dns-result-order", Kind::kString},
    {"--enable-source-maps", Kind::kBoolean},
    {"--env-file", Kind::kList},
    {"--experimental-default-type", Kind::kString},
    {"--experimental-detect-module", Kind::kBoolean},
    {"--experimental-global-customevent", Kind::kBoolean},
    {"--experimental-global-webcrypto", Kind::kBoolean},
    {"--experimental-import-meta-resolve", Kind::kBoolean},
    {"--experimental-permission", Kind::kBoolean},
    {"--experimental-require-module", Kind::kBoolean},
    {"--experimental-vm-modules", Kind::kBoolean},
    {"--experimental-wasm-modules", Kind::kBoolean},
    {"--experimental-websocket", Kind::kBoolean},
    {"--expose-gc", Kind::kV8Boolean},
    {"--expose-internals", Kind::kBoolean},
    {"--force-context-aware", Kind::kBoolean},
    {"--frozen-intrinsics", Kind::kBoolean},
    {"--icu-data-dir", Kind::kString},
    {"--import", Kind::kList},
    {"--input-type", Kind::kString},
    {"--insecure-http-parser", Kind::kBoolean},
    {"--jitless", Kind::kV8Boolean},
    {"--max-http-header-size", Kind::kString},
    {"--network-family-autoselection", Kind::kBoolean},
    {"--network-family-autoselection-attempt-timeout", Kind::kString},
    {"--no-addons", Kind::kBoolean},
    {"--addons", Kind::kBoolean},
    {"--deprecation", Kind::kBoolean},
    {"--global-search-paths", Kind::kBoolean},
    {"--warnings", Kind::kBoolean},
    {"--pending-deprecation", Kind::kBoolean},
    {"--preserve-symlinks", Kind::kBoolean},
    {"--preserve-symlinks-main", Kind::kBoolean},
    {"--redirect-warnings", Kind::kString},
    {"--report-compact", Kind::kBoolean},
    {"--report-dir", Kind::kString},
    {"--report-directory", Kind::kString},
    {"--report-exclude-network", Kind::kBoolean},
    {"--report-filename", Kind::kString},
    {"--report-on-fatalerror", Kind::kBoolean},
    {"--report-on-signal", Kind::kBoolean},
    {"--report-signal", Kind::kString},
    {"--report-uncaught-exception", Kind::kBoolean},
    {"--secure-heap", Kind::kString},
    {"--test", Kind::kBoolean},
    {"--test-udp-no-try-send", Kind::kBoolean},
    {"--throw-deprecation", Kind::kBoolean},
    {"--title", Kind::kString},
    {"--trace-deprecation", Kind::kBoolean},
    {"--trace-exit", Kind::kBoolean},
    {"--trace-sync-io", Kind::kBoolean},
    {"--trace-uncaught", Kind::kBoolean},
    {"--trace-warnings", Kind::kBoolean},
    {"--unhandled-rejections", Kind::kString},
    {"--use-largepages", Kind::kString},
    {"--v8-pool-size", Kind::kString},
    {"--zero-fill-buffers", Kind::kBoolean},
    // lode's own.
    {"--trace-startup", Kind::kBoolean},
    {"--print-bindings", Kind::kBoolean},
    {"--trace-event-loop", Kind::kOptional},
    {"--warn-blocked", Kind::kOptional},
    {"--why-alive", Kind::kOptional},
    {"--cluster-stats", Kind::kBoolean},
};

const char kUsage[] =
    "Usage: lode [options] [ script.js ] [arguments]\n"
    "       lode [options] -e \"script\" [arguments]\n"
    "       lode [options] -p \"script\" [arguments]\n"
    "       lode [options] - [arguments]   (script read from stdin)\n"
    "\n"
    "Options:\n"
    "  -                          script read from stdin (default if no file name is\n"
    "                             provided and stdin is not a terminal)\n"
    "  --                         indicate the end of lode options\n"
    "  -c, --check                syntax check script without executing\n"
    "  -e, --eval script          evaluate script\n"
    "  -h, --help                 print lode command line options\n"
    "  -p, --print script         evaluate script and print result\n"
    "  -r, --require module       module to preload (option can be repeated)\n"
    "  -v, --version              print lode's version\n"
    "  --v8-options               print V8 command line options\n"
    "  --expose-gc                expose gc() (a V8 option)\n"
    "  --no-warnings              silence all process warnings\n"
    "  --trace-warnings           show stack traces on process warnings\n"
    "  --unhandled-rejections=... throw (default), strict, warn, warn-with-error-code, none\n"
    "  --stack-trace-limit=n      any other V8 option is passed on to V8\n"
    "\n"
    "lode's own:\n"
    "  --trace-startup            print each of the four startup steps with its duration\n"
    "  --print-bindings           list the registered C++ bindings in order and exit\n"
    "  --trace-event-loop[=file]  per loop iteration: time and callbacks of each phase, the poll\n"
    "                             timeout and its reason (text on stderr, or trace JSON to file)\n"
    "  --warn-blocked[=ms]        warn, with the JS stack, when one callback blocks the loop\n"
    "                             longer than ms (default 100)\n"
    "  --why-alive[=ms]           on SIGUSR2, or once the loop is still busy ms (default 2000)\n"
    "                             after the main script, list what keeps it alive and where\n"
    "                             each was created\n"
    "  --cluster-stats            in a cluster primary, print at exit the connections each\n"
    "                             worker accepted and the imbalance (see cluster.stats())\n"
    "\n"
    "Environment variables:\n"
    "  NODE_OPTIONS               options added to the command line\n"
    "  NODE_PATH                  ':'-separated folders searched for modules\n"
    "  NODE_CLUSTER_SCHED_POLICY  cluster scheduling: rr (default), none, or reuseport (lode's)\n"
    "  LODE_LIB_DIR               load the JavaScript library from this folder (for development)\n";

std::string Normalize(const std::string& arg) {
  // Node treats `--foo_bar` like `--foo-bar`; only the name part, never the value.
  std::string name = arg;
  size_t eq = name.find('=');
  size_t end = eq == std::string::npos ? name.size() : eq;
  for (size_t i = 2; i < end; i++) {
    if (name[i] == '_') name[i] = '-';
  }
  return name;
}

const OptionSpec* FindSpec(const std::string& name) {
  for (const OptionSpec& spec : kOptionSpecs) {
    if (name == spec.name) return &spec;
  }
  return nullptr;
}

struct Parser {
  Options* options;
  std::vector<std::string> unknown;
  std::string error;

  // Consumes options from args[i...]; returns the index of the first non-option.
  // `from_env` marks NODE_OPTIONS, where the script-selecting options are not allowed.
  size_t ParseOptions(const std::vector<std::string>& args, size_t i, bool from_env) {
    for (; i < args.size(); i++) {
      const std::string raw = args[i];
      if (raw == "--") {
        if (!from_env) options->exec_argv.push_back(raw);
        return i + 1;
      }
      if (raw == "-" || raw.empty() || raw[0] != '-') return i;
      size_t start = i;
      if (!ParseOne(args, &i, from_env)) return args.size();
      if (!from_env) {
        for (size_t k = start; k <= i; k++) options->exec_argv.push_back(args[k]);
      }
    }
    return i;
  }

  bool TakeValue(const std::vector<std::string>& args, size_t* i, const std::string& name,
                 const std::string& inline_value, bool has_inline, std::string* value) {
    if (has_inline) {
      *value = inline_value;
      return true;
    }
    if (*i + 1 >= args.size()) {
      error = name + " requires an argument";
      return false;
    }
    *value = args[++*i];
    return true;
  }

  bool ParseOne(const std::vector<std::string>& args, size_t* i, bool from_env) {
    std::string arg = args[*i];
    if (arg.size() > 2 && arg[0] == '-' && arg[1] != '-') return ParseShort(args, i, from_env);

    arg = Normalize(arg);
    size_t eq = arg.find('=');
    bool has_inline = eq != std::string::npos;
    std::string name = has_inline ? arg.substr(0, eq) : arg;
    std::string inline_value = has_inline ? arg.substr(eq + 1) : "";
    std::string value;

    if (name == "--eval" || name == "--print" || name == "-e" || name == "-p") {
      if (from_env) {
        error = name + " is not allowed in NODE_OPTIONS";
        return false;
      }
      bool print = name == "--print" || name == "-p";
      if (print && !has_inline && (*i + 1 >= args.size() || args[*i + 1][0] == '-')) {
        // `-p` alone prints the result of the script given with -e, if any.
        options->print_eval = true;
        return true;
      }
      if (!TakeValue(args, i, name, inline_value, has_inline, &value)) return false;
      options->mode = MainMode::kEval;
      options->has_eval_string = true;
      options->script = value;
      options->print_eval = options->print_eval || print;
      return true;
    }
    if (name == "--require" || name == "-r") {
      if (!TakeValue(args, i, name, inline_value, has_inline, &value)) return false;
      options->preload_modules.push_back(value);
      return true;
    }
    if (name == "--check" || name == "-c") {
      options->values["--check"] = "true";
      return true;
    }
    if (name == "--interactive" || name == "-i") {
      options->values["--interactive"] = "true";
      return true;
    }
    if (name == "--version" || name == "-v" || name == "--help" || name == "-h" ||
        name == "--v8-options") {
      options->values[name] = "true";
      return true;
    }
    if (name == "--stack-trace-limit") {
      // Also a V8 flag, but node validates it: keep V8's meaning.
      unknown.push_back(args[*i]);
      return true;
    }

    bool negated = name.rfind("--no-", 0) == 0;
    std::string positive = negated ? "--" + name.substr(5) : name;
    const OptionSpec* spec = FindSpec(name);
    if (spec == nullptr && negated) spec = FindSpec(positive);
    if (spec == nullptr) {
      unknown.push_back(args[*i]);
      return true;
    }
    switch (spec->kind) {
      case Kind::kBoolean:
      case Kind::kV8Boolean:
        if (spec->name == name) {
          options->values[name] = "true";
        } else {
          options->values[positive] = "false";
          options->values[name] = "true";
        }
        if (spec->kind == Kind::kV8Boolean) options->v8_flags.push_back(args[*i]);
        if (name == "--trace-startup") options->trace_startup = true;
        if (name == "--print-bindings") options->print_bindings = true;
        return true;
      case Kind::kOptional:
        options->values[name] = has_inline ? inline_value : "true";
        return true;
      case Kind::kString:
      case Kind::kList:
        if (!TakeValue(args, i, name, inline_value, has_inline, &value)) return false;
        if (spec->kind == Kind::kList && options->values.count(name)) {
          options->values[name] += '\n' + value;
        } else {
          options->values[name] = value;
        }
        return true;
    }
    return true;
  }

  // `-pe code`, `-e code`, `-r mod`: node lets one-letter options combine.
  bool ParseShort(const std::vector<std::string>& args, size_t* i, bool from_env) {
    const std::string arg = args[*i];
    for (size_t k = 1; k < arg.size(); k++) {
      std::string flag = std::string("-") + arg[k];
      bool last = k + 1 == arg.size();
      std::vector<std::string> single = {flag};
      if (last) {
        for (size_t rest = *i + 1; rest < args.size(); rest++) single.push_back(args[rest]);
      }
      size_t sub = 0;
      if (!ParseOne(single, &sub, from_env)) return false;
      if (last) *i += sub;
    }
    return true;
  }
};

ParseResult Exit(int code) {
  ParseResult result;
  result.action = ParseResult::Action::kExit;
  result.exit_code = code;
  return result;
}

}  // namespace

bool SplitNodeOptions(const std::string& text, std::vector<std::string>* out, std::string* error) {
  std::string current;
  bool in_token = false;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); i++) {
    char c = text[i];
    if (c == '\\' && quoted && i + 1 < text.size()) {
      current += text[++i];
      in_token = true;
    } else if (c == '"') {
      quoted = !quoted;
      in_token = true;
    } else if (!quoted && (c == ' ' || c == '\t' || c == '\n')) {
      if (in_token) out->push_back(current);
      current.clear();
      in_token = false;
    } else {
      current += c;
      in_token = true;
    }
  }
  if (quoted) {
    *error = "invalid value for NODE_OPTIONS (unterminated string)";
    return false;
  }
  if (in_token) out->push_back(current);
  return true;
}

ParseResult ParseCommandLine(int argc, char** argv, Options* options) {
  Parser parser{options, {}, {}};
  options->argv0 = argc > 0 ? argv[0] : "lode";

  if (const char* env_options = getenv("NODE_OPTIONS"); env_options && *env_options) {
    std::vector<std::string> env_args;
    std::string error;
    if (!SplitNodeOptions(env_options, &env_args, &error)) {
      fprintf(stderr, "%s: %s\n", argv[0], error.c_str());
      return Exit(9);
    }
    size_t end = parser.ParseOptions(env_args, 0, true);
    if (parser.error.empty() && end < env_args.size()) {
      parser.error = env_args[end] + " is not allowed in NODE_OPTIONS";
    }
    if (!parser.error.empty()) {
      fprintf(stderr, "%s: %s\n", argv[0], parser.error.c_str());
      return Exit(9);
    }
  }

  std::vector<std::string> args(argv + 1, argv + argc);
  size_t first = parser.ParseOptions(args, 0, false);
  if (!parser.error.empty()) {
    fprintf(stderr, "%s: %s\n", argv[0], parser.error.c_str());
    return Exit(9);
  }

  if (options->values.count("--v8-options")) {
    printf("Options for V8 (the JavaScript engine lode embeds):\n");
    fflush(stdout);
    const char* help = "--help";
    v8::V8::SetFlagsFromString(help, strlen(help));
    return Exit(0);
  }

  // What lode did not know goes to V8; what V8 does not know either is a bad option.
  if (!parser.unknown.empty()) {
    std::vector<char*> v8_argv;
    std::string program = argv[0];
    v8_argv.push_back(program.data());
    for (std::string& flag : parser.unknown) v8_argv.push_back(flag.data());
    int v8_argc = static_cast<int>(v8_argv.size());
    for (const std::string& flag : parser.unknown) NoteV8Flags(flag);
    v8::V8::SetFlagsFromCommandLine(&v8_argc, v8_argv.data(), true);
    if (v8_argc > 1) {
      fprintf(stderr, "%s: bad option: %s\n", argv[0], v8_argv[1]);
      return Exit(9);
    }
  }
  for (const std::string& flag : options->v8_flags) {
    v8::V8::SetFlagsFromString(flag.c_str(), flag.size());
    NoteV8Flags(flag);
  }

  if (options->values.count("--version") || options->values.count("-v")) {
    printf("v%s\n", LODE_VERSION);
    return Exit(0);
  }
  if (options->values.count("--help") || options->values.count("-h")) {
    fputs(kUsage, stdout);
    return Exit(0);
  }

  if (options->mode != MainMode::kEval) {
    if (first < args.size() && args[first] != "-") {
      options->script = args[first];
      options->mode = options->values.count("--check") ? MainMode::kCheck : MainMode::kFile;
      first++;
    } else if (first < args.size() && args[first] == "-") {
      options->mode = MainMode::kStdin;
      options->script = "-";  // named explicitly: it shows in process.argv[1]
      first++;
    } else if (options->values.count("--interactive") || isatty(STDIN_FILENO)) {
      options->mode = MainMode::kRepl;
    } else {
      options->mode = MainMode::kStdin;
    }
  }
  options->script_args.assign(args.begin() + first, args.end());
  return {};
}

}  // namespace lode
