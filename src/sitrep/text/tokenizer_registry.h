// The registry of the text stage's tokenizer plug-ins: the one list a pack's
// "tokenizer" name is looked up in ("icu": ICU word boundaries; "mecab": MeCab
// with IPAdic). Internal to text/.
#ifndef SITREP_TEXT_TOKENIZER_REGISTRY_H_
#define SITREP_TEXT_TOKENIZER_REGISTRY_H_

#include <memory>

#include "sitrep/lang/plugin_registry.h"
#include "sitrep/text/text_annotator.h"
#include "sitrep/text/tokenizer.h"

namespace sitrep::text {

using TokenizerRegistry = lang::PluginRegistry<std::shared_ptr<const Tokenizer>, TextOptions>;

// Returns the registry (tokenizer_registry.cc).
const TokenizerRegistry& Tokenizers();

}  // namespace sitrep::text

#endif  // SITREP_TEXT_TOKENIZER_REGISTRY_H_
