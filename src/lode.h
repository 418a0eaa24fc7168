#ifndef LODE_SRC_LODE_H_
#define LODE_SRC_LODE_H_

namespace lode {

// Runs lode as the command line asks and returns the process exit code.
int Start(int argc, char** argv);

// Prints the last --trace-startup line (step 4) if tracing; called on every way out.
void FinishStartupTrace();

}  // namespace lode

#endif  // LODE_SRC_LODE_H_
