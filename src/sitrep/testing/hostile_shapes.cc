// The hostile shapes. Each generator repeats (or cycles through) a small unit
// until the size is reached; units vary a counter where identical repeats
// would let a cache hide the cost being measured.
#include "sitrep/testing/hostile_shapes.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace sitrep::testing {
namespace {

// Appends units from `units` in turn (with the index substituted for "{}")
// until `bytes` is reached.
std::string Cycle(const std::vector<std::string_view>& units, size_t bytes) {
  std::string out;
  out.reserve(bytes + 256);
  for (size_t i = 0; out.size() < bytes || i == 0; ++i) {
    std::string_view unit = units[i % units.size()];
    const size_t hole = unit.find("{}");
    if (hole == std::string_view::npos) {
      out += unit;
      continue;
    }
    out += unit.substr(0, hole);
    out += std::to_string(2 + i % 97);
    out += unit.substr(hole + 2);
  }
  return out;
}

std::string HtmlUnclosed(size_t bytes) {
  return "<!doctype html><html><head><title>t</title></head><body>" +
         Cycle({"<div>word ", "<span>text ", "<b>bold ", "<i>it ", "<font>f ", "<p>para "}, bytes);
}

std::string JapaneseNoPunctuation(size_t bytes) {
  return Cycle({"{}日午後アレッポ近郊で政府軍と反政府勢力が衝突し住民{}人が避難した",
                "翌日にはホムスの検問所が砲撃を受け兵士{}人が死亡したと当局が発表し",
                "先月{}日以来イドリブ県では空爆が続いており"},
               bytes);
}

std::string EnglishOneSentence(size_t bytes) {
  return Cycle({"rebels attacked the town of Homs on {} March and ",
                "government forces shelled Idlib killing {} civilians while ",
                "militias from Hama clashed with the army near Raqqa and ",
                "police arrested {} protesters in Aleppo as "},
               bytes);
}

std::string ArabicOneSentence(size_t bytes) {
  return Cycle({"وهاجم المسلحون بلدة حمص يوم {} مارس و", "قصفت القوات الحكومية إدلب وقتلت {} مدنيا بينما ",
                "اشتبكت ميليشيات من حماة مع الجيش قرب الرقة و "},
               bytes);
}

std::string PlaceRepeated(size_t bytes) { return RepeatToSize("Aleppo ", bytes); }

std::string ShortLines(size_t bytes) {
  return Cycle({"Homs.\n", "Idlib\n", "Clash\n", "Hama.\n", "Army.\n", "Raqqa\n"}, bytes);
}

std::string Prose(size_t bytes) {
  return Cycle({"Rebels attacked a checkpoint near Homs on {} March, killing 12 soldiers.\n",
                "Government aircraft struck a market in Idlib province on Tuesday, and "
                "{} civilians were wounded, a monitoring group said.\n",
                "Protesters gathered in central Aleppo on Friday to demand the release of "
                "{} detainees.\n",
                "The army said it had retaken two villages north of Hama after heavy fighting.\n\n",
                "Police in Raqqa arrested {} men suspected of planting a roadside bomb.\n"},
               bytes);
}

// Short report lines, each with its own date: every event is dated by a timex
// of its sentence, among tens of thousands in the document.
std::string DatedLines(size_t bytes) {
  return Cycle({"On {} March rebels attacked Homs, killing 3 soldiers.\n",
                "Shelling hit Idlib on {} April and wounded 5 civilians.\n",
                "Police arrested {} protesters in Aleppo on 2 May.\n"},
               bytes);
}

std::string OneWord(size_t bytes) { return std::string(std::max<size_t>(bytes, 1), 'x'); }

std::string HugeFigures(size_t bytes) {
  return Cycle({"On 99999999999999999999 December 2024, 99999999999999999999999 people were "
                "killed and 9223372036854775808 soldiers were wounded in Homs.\n",
                "Clashes on {} Muharram 99999999999 left 18446744073709551616 dead near Hama; "
                "the toll rose to 1e308 by -9223372036854775809.\n",
                "Between 4294967296 and 99999999999999999999999999999 fighters were killed.\n"},
               bytes);
}

std::string WikiNested(size_t bytes) {
  return "{{Infobox military conflict\n| conflict = Battle of Nowhere\n| combatant1 = " +
         Cycle({"[[a|", "[[b", "{{c|", "|combatant1=", "[["}, bytes) + "\n}}\n";
}

std::string WikiUnclosedRefs(size_t bytes) {
  return "{{Infobox military conflict\n| casualties1 = " +
         Cycle({"<ref name=r{}>", "12 killed <ref>", "<ref name=\"q\">x"}, bytes) + "\n}}\n";
}

}  // namespace

std::string RepeatToSize(std::string_view unit, size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  do {
    out += unit;
  } while (out.size() < bytes);
  return out;
}

const std::vector<HostileShape>& HostileShapes() {
  static const std::vector<HostileShape> kShapes = {
      {"html_unclosed", "en", ShapeFormat::kHtml, "HTML with ~100k unclosed elements per MB",
       HtmlUnclosed},
      {"ja_no_punctuation", "ja", ShapeFormat::kText,
       "Japanese with no sentence punctuation (one sentence)", JapaneseNoPunctuation},
      {"en_one_sentence", "en", ShapeFormat::kText, "one English sentence, no full stop",
       EnglishOneSentence},
      {"ar_one_sentence", "ar", ShapeFormat::kText, "one Arabic sentence, no full stop",
       ArabicOneSentence},
      {"place_repeated", "en", ShapeFormat::kText, "one place name repeated", PlaceRepeated},
      {"short_lines", "en", ShapeFormat::kText, "short lines, ~170k per MB", ShortLines},
      {"jsonl_prose", "en", ShapeFormat::kJsonl, "one JSON Lines record of ordinary prose", Prose},
      {"dated_lines", "en", ShapeFormat::kText, "short dated report lines, ~20k per MB",
       DatedLines},
      {"one_word", "en", ShapeFormat::kText, "one word as long as the document", OneWord},
      {"huge_figures", "en", ShapeFormat::kText, "counts and dates past any integer",
       HugeFigures},
      {"wiki_nested", "en", ShapeFormat::kText, "an infobox with nested, unclosed [[ and {{",
       WikiNested},
      {"wiki_unclosed_refs", "en", ShapeFormat::kText, "an infobox with unclosed <ref> tags",
       WikiUnclosedRefs},
  };
  return kShapes;
}

const HostileShape& HostileShapeNamed(std::string_view name) {
  for (const HostileShape& s : HostileShapes()) {
    if (name == s.name) return s;
  }
  std::fprintf(stderr, "no hostile shape named '%.*s'\n", static_cast<int>(name.size()),
               name.data());
  std::abort();
}

}  // namespace sitrep::testing
