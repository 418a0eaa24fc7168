// Command-line parsing, like node's: lode [options] [script.js | -e code | -] [arguments]
#ifndef LODE_SRC_CLI_H_
#define LODE_SRC_CLI_H_

#include <map>
#include <string>
#include <vector>

namespace lode {

enum class MainMode { kFile, kEval, kStdin, kRepl, kCheck };

struct Options {
  MainMode mode = MainMode::kFile;
  std::string argv0;                   // argv[0] as the process was started (process.argv0)
  std::string script;                  // the file, or the code for -e/-p
  bool print_eval = false;             // -p: print the result of the evaluated code
  bool has_eval_string = false;
  std::vector<std::string> preload_modules;  // -r/--require, in order
  std::vector<std::string> exec_argv;  // the options given before the script, as typed
  std::vector<std::string> script_args;
  std::vector<std::string> v8_flags;   // passed on to V8
  // Every node option value the JS side can ask for ("--no-warnings" -> "true").
  std::map<std::string, std::string> values;
  bool trace_startup = false;
  bool print_bindings = false;
};

struct ParseResult {
  enum class Action { kRun, kExit } action = ParseResult::Action::kRun;
  int exit_code = 0;
};

// Parses argv (and NODE_OPTIONS). Handles --version, --help, --v8-options and bad options
// itself (printing and returning kExit with the code to exit with).
ParseResult ParseCommandLine(int argc, char** argv, Options* options);

// Splits NODE_OPTIONS as node does: whitespace separates, double quotes group, backslash escapes.
bool SplitNodeOptions(const std::string& text, std::vector<std::string>* out, std::string* error);

}  // namespace lode

#endif  // LODE_SRC_CLI_H_
