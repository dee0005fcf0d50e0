// The `minigo` command: argument parsing and dispatch to a mode.
#include "driver/modes.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/raw_ostream.h>

#include <cstring>

#ifndef MINIGO_VERSION
#define MINIGO_VERSION "0.1.0"
#endif

static const char kUsage[] =
    "usage: minigo <command> [flags] PACKAGE\n"
    "\n"
    "commands:\n"
    "  build [-o OUT] [-O0|-O1|-O2|-O3] [-g] [-p N] PACKAGE   compile to a native executable (default OUT: FILE or DIR)\n"
    "  run [-O0|-O1|-O2|-O3] [-g] [-p N] PACKAGE [ARGS...]    compile in memory and run in the LLVM ORC JIT\n"
    "  ir [-o OUT] [-O0|-O1|-O2|-O3] [-g] PACKAGE             print the module's LLVM IR\n"
    "\n"
    "  PACKAGE is the main package: FILE.go... (files of one directory) or a directory (`.`)\n"
    "\n"
    "  -g   full debug information (DWARF) for gdb: functions, variables, parameters, types\n"
    "  -p N optimize and generate code on N threads\n"
    "       (default: one per core, for a program large enough to gain)\n"
    "\n"
    "  minigo --help      this text\n"
    "  minigo --version   the compiler's version\n";

static int usageError(const char *message) {
  llvm::errs() << "minigo: " << message << "\n\n" << kUsage;
  return 2;
}

int main(int argc, char **argv) {
  if (argc < 2) return usageError("missing command");
  std::string command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    llvm::outs() << kUsage;
    return 0;
  }
  if (command == "--version" || command == "version") {
    llvm::outs() << "minigo version " MINIGO_VERSION " (LLVM " LLVM_VERSION_STRING ")\n";
    return 0;
  }
  if (command != "build" && command != "run" && command != "ir") return usageError(("unknown command `" + command + "`").c_str());

  minigo::Options options;
  options.mode = command;
  int i = 2;
  for (; i < argc && options.inputs.empty(); ++i) {
    const char *arg = argv[i];
    if (std::strcmp(arg, "-o") == 0 && command != "run") {
      if (++i == argc) return usageError("-o needs a file name");
      options.output = argv[i];
    } else if (arg[0] == '-' && arg[1] == 'O' && arg[2] >= '0' && arg[2] <= '3' && arg[3] == '\0') {
      options.optLevel = arg[2] - '0';
    } else if (std::strcmp(arg, "-g") == 0) {
      options.debugInfo = true;
    } else if (std::strcmp(arg, "-p") == 0 && command != "ir") {
      if (++i == argc || llvm::StringRef(argv[i]).getAsInteger(10, options.threads) || options.threads == 0)
        return usageError("-p needs a number of threads, at least 1");
    } else if (arg[0] == '-') {
      return usageError((std::string("unknown flag ") + arg).c_str());
    } else {
      options.inputs.push_back(arg);
    }
  }
  if (options.inputs.empty()) return usageError("missing FILE.go or directory");
  // More .go files after the first belong to the package (`go run a.go b.go args`).
  if (llvm::StringRef(options.inputs[0]).ends_with(".go"))
    for (; i < argc && llvm::StringRef(argv[i]).ends_with(".go"); ++i) options.inputs.push_back(argv[i]);
  for (; i < argc; ++i) {
    if (command != "run") return usageError("too many arguments");
    options.programArgs.push_back(argv[i]);
  }
  if (command == "build") return minigo::buildExecutable(options);
  if (command == "run") return minigo::runInJit(options);
  return minigo::emitIR(options);
}
