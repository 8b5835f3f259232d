// Command registry for the sitrep binary. Each `*_command.cc` registers one
// subcommand with a static CommandRegistrar; main() builds the CLI11 app from
// the registry. Commands return the process exit code: 0 all went well, 1 some
// inputs failed, 2 usage errors.
#ifndef SITREP_CLI_COMMAND_H_
#define SITREP_CLI_COMMAND_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace sitrep::cli {

// Configures `sub` (options, flags) and returns the action to run when chosen.
using CommandSetup = std::function<std::function<int()>(CLI::App& sub)>;

struct CommandSpec {
  std::string name;
  std::string description;
  CommandSetup setup;
  int order = 100;  // position in --help
};

std::vector<CommandSpec>& Commands();

struct CommandRegistrar {
  CommandRegistrar(std::string name, std::string description, CommandSetup setup, int order = 100) {
    Commands().push_back({std::move(name), std::move(description), std::move(setup), order});
  }
};

// CLI11 validator: "" when `v` is a YYYY-MM-DD date, else the complaint.
std::string CheckIsoDate(const std::string& v);

// Adds --format with the given choices (first is the default) to `sub`.
void AddFormatOption(CLI::App& sub, std::string& format, const std::vector<std::string>& choices);

}  // namespace sitrep::cli

#endif  // SITREP_CLI_COMMAND_H_
