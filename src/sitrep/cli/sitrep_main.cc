// The sitrep binary: builds the CLI11 app from the command registry, parses,
// and runs the chosen command. Usage errors exit 2.
#include <algorithm>
#include <iostream>

#include "sitrep/cli/command.h"

int main(int argc, char** argv) {
  using sitrep::cli::Commands;
  CLI::App app{"sitrep: conflict reporting in, sourced ACLED-style event records out"};
  app.set_version_flag("--version", std::string("sitrep ") + SITREP_VERSION);
  app.require_subcommand(1);
  auto& commands = Commands();
  std::stable_sort(commands.begin(), commands.end(),
                   [](const auto& a, const auto& b) { return a.order < b.order; });
  std::vector<std::pair<CLI::App*, std::function<int()>>> actions;
  for (auto& spec : commands) {
    CLI::App* sub = app.add_subcommand(spec.name, spec.description);
    actions.emplace_back(sub, spec.setup(*sub));
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  for (auto& [sub, action] : actions) {
    if (sub->parsed()) {
      try {
        return action();
      } catch (const std::exception& e) {
        std::cerr << "sitrep " << sub->get_name() << ": internal error: " << e.what() << "\n";
        return 3;
      }
    }
  }
  return 2;
}
