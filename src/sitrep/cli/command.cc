// Registry storage and shared option helpers.
#include "sitrep/cli/command.h"

#include "sitrep/base/date.h"

namespace sitrep::cli {

std::vector<CommandSpec>& Commands() {
  static std::vector<CommandSpec> commands;
  return commands;
}

std::string CheckIsoDate(const std::string& v) {
  return Date::Parse(v) ? std::string() : "expected YYYY-MM-DD, got '" + v + "'";
}

void AddFormatOption(CLI::App& sub, std::string& format, const std::vector<std::string>& choices) {
  format = choices.front();
  sub.add_option("--format", format, "Output format")
      ->check(CLI::IsMember(choices))
      ->capture_default_str();
}

}  // namespace sitrep::cli
