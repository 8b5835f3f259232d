// PluginRegistry: where a stage's language plug-ins register by name, so a
// pack's manifest can ask for them ("role_rules<TAB>ar"). Each stage owns one
// registry for its plug-in kind (the tokenizers in text/, the time grammars in
// time/, the role rules in events/), filled by one list in one file: the only
// place that names the plug-ins, and the only engine code besides the plug-ins
// themselves that may name a language. A plug-in is built for a pack by its
// factory, which reads the pack's tables and syntax.
//
// Immutable after construction; Create is thread-safe when the factories are.
#ifndef SITREP_LANG_PLUGIN_REGISTRY_H_
#define SITREP_LANG_PLUGIN_REGISTRY_H_

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sitrep/base/status.h"
#include "sitrep/lang/language_pack.h"

namespace sitrep::lang {

// `Plugin` is what a factory makes: a std::unique_ptr to an interface, a
// function pointer, a shared object. `Args` are the stage's own options a
// factory may need besides the pack (a dictionary folder).
template <typename Plugin, typename... Args>
class PluginRegistry {
 public:
  using Factory = std::function<StatusOr<Plugin>(const LanguagePack&, const Args&...)>;

  // `kind` is the manifest key the registry serves ("role_rules").
  PluginRegistry(std::string kind, std::initializer_list<std::pair<std::string, Factory>> entries)
      : kind_(std::move(kind)), entries_(entries) {}

  const std::string& kind() const { return kind_; }
  // True when the pack names a plug-in of this kind.
  bool Wanted(const LanguagePack& pack) const { return !pack.Plugin(kind_).empty(); }

  // Returns the plug-in `pack` names, built for it. An error names the
  // manifest and lists the registered names when the name is unknown.
  // REQUIRES: Wanted(pack).
  StatusOr<Plugin> Create(const LanguagePack& pack, const Args&... args) const {
    const std::string_view name = pack.Plugin(kind_);
    for (const auto& [n, factory] : entries_) {
      if (n != name) continue;
      auto plugin = factory(pack, args...);
      if (!plugin.ok()) return plugin.status().WithContext(pack.ManifestPath() + ": " + kind_);
      return plugin;
    }
    return InvalidArgumentError(pack.ManifestPath() + ": " + kind_ + " '" + std::string(name) +
                                "' is not a registered plug-in (registered: " + Names() + ")");
  }

  // Returns the registered names, comma-separated.
  std::string Names() const {
    std::string out;
    for (const auto& [n, f] : entries_) out += (out.empty() ? "" : ", ") + n;
    return out;
  }

 private:
  std::string kind_;
  std::vector<std::pair<std::string, Factory>> entries_;
};

}  // namespace sitrep::lang

#endif  // SITREP_LANG_PLUGIN_REGISTRY_H_
