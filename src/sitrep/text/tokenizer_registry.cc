// The tokenizer plug-ins, by name.
#include "sitrep/text/tokenizer_registry.h"

#include "sitrep/text/icu_tokenizer.h"
#include "sitrep/text/mecab_tokenizer.h"

namespace sitrep::text {
namespace {

StatusOr<std::shared_ptr<const Tokenizer>> Icu(const lang::LanguagePack&, const TextOptions&) {
  return std::shared_ptr<const Tokenizer>(std::make_shared<IcuTokenizer>());
}

StatusOr<std::shared_ptr<const Tokenizer>> Mecab(const lang::LanguagePack&,
                                                 const TextOptions& options) {
  SITREP_ASSIGN_OR_RETURN(std::unique_ptr<MecabTokenizer> t,
                          MecabTokenizer::Create(options.mecab_dicdir));
  return std::shared_ptr<const Tokenizer>(std::move(t));
}

}  // namespace

const TokenizerRegistry& Tokenizers() {
  static const TokenizerRegistry registry("tokenizer", {{"icu", Icu}, {"mecab", Mecab}});
  return registry;
}

}  // namespace sitrep::text
