// Japanese role rules: case particles right after a mention decide its role.
// "XとY" coordinations take the particle after the last conjunct; a に
// followed shortly by a passive ending (された, される, られた) marks the agent
// of a passive, as do によって/により and の手に.
#include <array>

#include "sitrep/base/utf8.h"
#include "sitrep/events/clause_breaks.h"
#include "sitrep/events/language_rules.h"
#include "sitrep/events/language_rules_internal.h"

namespace sitrep::events {
namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

size_t SkipParenthesis(std::string_view s, size_t pos);

// Skips an immediately following parenthesised gloss ("Hayat Tahrir
// al-Sham(HST)", "観測所（SOHR）") and closing quotes ("「即応支援部隊」は").
size_t SkipGloss(std::string_view s, size_t pos) {
  pos = SkipParenthesis(s, pos);
  for (bool more = true; more;) {
    more = false;
    for (std::string_view close : {"」", "』", "）", ")", "\"", "”"}) {
      if (StartsWith(s.substr(pos), close)) {
        pos += close.size();
        more = true;
      }
    }
  }
  return pos;
}

size_t SkipParenthesis(std::string_view s, size_t pos) {
  for (std::string_view open : {"(", "（"}) {
    if (StartsWith(s.substr(pos), open)) {
      for (std::string_view close : {")", "）"}) {
        size_t c = s.find(close, pos);
        if (c != std::string_view::npos && c - pos < 80) return c + close.size();
      }
    }
  }
  return pos;
}

// Returns the byte length of a short noun suffix at the start of `s` — up to
// four kanji or katakana ("グループ", "周辺", "市") — that sits between a
// name and its particle.
size_t NounSuffixLength(std::string_view s) {
  size_t pos = 0, chars = 0;
  while (pos < s.size() && chars < 4) {
    size_t next = pos;
    const char32_t cp = utf8::Next(s, next);
    if (!utf8::IsKanji(cp) && !utf8::IsKatakana(cp)) break;
    pos = next;
    ++chars;
  }
  if (pos >= s.size()) return pos;
  size_t next = pos;
  const char32_t cp = utf8::Next(s, next);
  return utf8::IsKanji(cp) || utf8::IsKatakana(cp) ? 0 : pos;
}

class JapaneseRules : public LanguageRules {
 public:
  JapaneseRules(lang::Syntax syntax, lang::WordClasses words)
      : syntax_(std::move(syntax)), words_(std::move(words)), forms_(words_) {}
  const lang::Syntax& syntax() const override { return syntax_; }
  const lang::WordClasses& words() const override { return words_; }
  const lang::WordForms& forms() const override { return forms_; }

  // "政権軍の撤退": an actor joined by の to a nominal trigger shortly after it
  // (or to a noun compounded into it: "ロシア軍の弾道ミサイル"),
  // in the same clause; "への", "との", "からの", "での" join a target or
  // partner, not an agent.
  bool IsGenitiveAgent(std::string_view s, size_t actor_begin, size_t actor_end,
                       size_t trigger_begin, size_t trigger_end) const override {
    if (actor_end > trigger_begin || trigger_begin - actor_end > 15) return false;
    const std::string_view gap = s.substr(actor_end, trigger_begin - actor_end);
    // "ロシア軍の弾道ミサイル", "イスラエル軍の無人機攻撃": の, then a noun
    // compounded into the trigger (all kanji or katakana up to it).
    if (gap.size() > 3 && gap.substr(0, 3) == "の" && NounSuffixLength(gap.substr(3)) == gap.size() - 3)
      return true;
    if (gap.size() < 3 || gap.substr(gap.size() - 3) != "の" ||
        gap.find("、") != std::string_view::npos)
      return false;
    const std::string_view head = gap.substr(0, gap.size() - 3);
    if (head.size() < 3) return true;
    const std::string_view last = head.substr(head.size() - 3);
    return last != "へ" && last != "と" && last != "で" && last != "ら";
  }

  Role RoleOf(std::string_view s, size_t begin, size_t end) const override {
    size_t pos = SkipGloss(s, end);
    // "民兵グループが", "ホムス市に": the particle after a short head noun.
    if (const size_t n = NounSuffixLength(s.substr(pos)); n > 0) {
      const Role r = RoleOf(s, begin, pos + n);
      if (r != Role::kNone) return r;
    }
    std::string_view rest = s.substr(pos);
    // Coordination: "XとYは" → the role of Y (look ahead to the next particle
    // after a short noun phrase).
    // "ウクライナ軍との戦闘": との joins the side fought, not a conjunct —
    // unless a conjunct stands before it ("スーダン軍とRSFとの戦闘": both sides).
    if (StartsWith(rest, "との") && !s.substr(0, begin).ends_with("と")) return Role::kTarget;
    if (StartsWith(rest, "と") && !StartsWith(rest, "として")) {
      for (size_t look = 3; look < 40 && pos + look < s.size(); look += 3) {
        std::string_view ahead = s.substr(pos + look);
        for (std::string_view p : {"は", "が", "を"}) {
          if (StartsWith(ahead, p)) return RoleOf(s, begin, pos + look);
        }
      }
      return Role::kNone;
    }
    if (StartsWith(rest, "によって") || StartsWith(rest, "により") ||
        StartsWith(rest, "の手に")) {
      return Role::kPassiveAgent;
    }
    if (StartsWith(rest, "に対") || StartsWith(rest, "への")) return Role::kTarget;
    if (StartsWith(rest, "から")) return Role::kOrigin;
    if (StartsWith(rest, "が") || StartsWith(rest, "は")) return Role::kAgent;
    if (StartsWith(rest, "を")) return Role::kPatient;
    // A headline's opening name and comma is its subject ("ロシア軍、スムイに
    // ミサイル攻撃"): nothing but the name stands before it.
    if (StartsWith(rest, "、") && begin == 0) return Role::kAgent;
    if (StartsWith(rest, "で")) return Role::kPlace;
    if (StartsWith(rest, "へ")) return Role::kGoal;
    if (StartsWith(rest, "に")) {
      std::string_view ahead = rest.substr(0, std::min<size_t>(rest.size(), 36));
      for (std::string_view p : {"された", "され", "られた", "られ"}) {
        if (ahead.find(p) != std::string_view::npos) return Role::kPassiveAgent;
      }
      return Role::kGoal;
    }
    if (StartsWith(rest, "の")) {
      // "アサドの家族は": a name heading a short "の" phrase takes its role.
      if (const size_t n = NounSuffixLength(rest.substr(3)); n > 0) {
        const Role r = RoleOf(s, begin, pos + 3 + n);
        // Agent, object and origin carry over ("トルコの北西角から" is from
        // Turkey); a goal does not ("ホムスの壁に" is at Homs).
        if (r == Role::kAgent || r == Role::kPatient || r == Role::kOrigin) return r;
      }
      return Role::kModifier;
    }
    return Role::kNone;
  }

  bool IsPassive(std::string_view s, size_t begin, size_t end) const override {
    std::string_view after = s.substr(end, 12);
    return StartsWith(after, "され") || StartsWith(after, "された") || StartsWith(after, "に落ち");
  }

  bool IsTransitiveUse(std::string_view s, size_t trigger_end) const override {
    return StartsWith(s.substr(trigger_end), "させ");
  }

  size_t ClauseStart(std::string_view s, size_t pos) const override {
    static const std::vector<std::string_view> kOpens = {"、", "，", "。", "「"};
    return ClauseBreakEndBefore(s, pos, kOpens);
  }

  size_t ClauseEnd(std::string_view s, size_t pos) const override {
    static const std::vector<std::string_view> kCloses = {"、", "，", "。", "」"};
    return ClauseBreakAtOrAfter(s, pos, kCloses);
  }

  std::vector<std::pair<size_t, size_t>> Pronouns(std::string_view s) const override {
    std::vector<std::pair<size_t, size_t>> out;
    for (std::string_view p : {"彼らは", "彼らが", "彼は", "彼女は"}) {
      for (size_t pos = s.find(p); pos != std::string_view::npos; pos = s.find(p, pos + 1)) {
        out.push_back({pos, pos + p.size() - 3});  // the pronoun without its particle
      }
    }
    return out;
  }

  bool RefersBack(std::string_view s) const override {
    return StartsWith(s, "これは") || StartsWith(s, "これが") || StartsWith(s, "この情報は");
  }

 private:
  lang::Syntax syntax_;
  lang::WordClasses words_;
  lang::WordForms forms_;
};

}  // namespace

StatusOr<std::unique_ptr<LanguageRules>> MakeJapaneseRules(const lang::LanguagePack& pack) {
  SITREP_ASSIGN_OR_RETURN(lang::WordClasses words, lang::WordClasses::ForPack(pack));
  return std::unique_ptr<LanguageRules>(std::make_unique<JapaneseRules>(pack.syntax, std::move(words)));
}

}  // namespace sitrep::events
