// Registry storage and shared option helpers.
#include "sitrep/cli/command.h"

namespace sitrep::cli {

std::vector<CommandSpec>& Commands() {
  static std::vector<CommandSpec> commands;
  return commands;
}

void AddFormatOption(CLI::App& sub, std::string& format, const std::vector<std::string>& choices) {
  format = choices.front();
  sub.add_option("--format", format, "Output format")
      ->check(CLI::IsMember(choices))
      ->capture_default_str();
}

}  // namespace sitrep::cli
