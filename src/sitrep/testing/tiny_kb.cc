// Fixture dictionary and document builder for stage tests.
#include "sitrep/testing/tiny_kb.h"

#include <algorithm>

namespace sitrep::testing {

using document::MentionKind;

const std::vector<DictEntry>& Dictionary() {
  static const std::vector<DictEntry> kDict = {
      {"Aleppo", MentionKind::kPlace, "Aleppo", 0, "PPLA", 36.2, 37.16},
      {"Idlib", MentionKind::kPlace, "Idlib", 0, "PPLA", 35.93, 36.63},
      {"Mosul", MentionKind::kPlace, "Mosul", 0, "PPLA", 36.34, 43.13},
      {"Kharkiv", MentionKind::kPlace, "Kharkiv", 0, "PPLA", 49.99, 36.23},
      {"Khartoum", MentionKind::kPlace, "Khartoum", 0, "PPLC", 15.5, 32.56},
      {"Marib", MentionKind::kPlace, "Marib", 0, "PPLA", 15.46, 45.33},
      {"Gao", MentionKind::kPlace, "Gao", 0, "PPLA", 16.27, -0.04},
      {"Goma", MentionKind::kPlace, "Goma", 0, "PPLA", -1.68, 29.23},
      {"Nairobi", MentionKind::kPlace, "Nairobi", 0, "PPLC", -1.29, 36.82},
      {"Lahore", MentionKind::kPlace, "Lahore", 0, "PPLA", 31.55, 74.34},
      {"Syria", MentionKind::kCountry, "Syria", 0, "PCLI", 35.0, 38.0},
      {"Iraq", MentionKind::kCountry, "Iraq", 0, "PCLI", 33.0, 44.0},
      {"アレッポ", MentionKind::kPlace, "Aleppo", 0, "PPLA", 36.2, 37.16},
      {"イドリブ", MentionKind::kPlace, "Idlib", 0, "PPLA", 35.93, 36.63},
      {"モスル", MentionKind::kPlace, "Mosul", 0, "PPLA", 36.34, 43.13},
      {"ハルキウ", MentionKind::kPlace, "Kharkiv", 0, "PPLA", 49.99, 36.23},
      {"ハルツーム", MentionKind::kPlace, "Khartoum", 0, "PPLC", 15.5, 32.56},
      {"マーリブ", MentionKind::kPlace, "Marib", 0, "PPLA", 15.46, 45.33},
      {"ゴマ", MentionKind::kPlace, "Goma", 0, "PPLA", -1.68, 29.23},
      {"シリア", MentionKind::kCountry, "Syria", 0, "PCLI", 35.0, 38.0},
      {"حلب", MentionKind::kPlace, "Aleppo", 0, "PPLA", 36.2, 37.16},
      {"إدلب", MentionKind::kPlace, "Idlib", 0, "PPLA", 35.93, 36.63},
      {"الموصل", MentionKind::kPlace, "Mosul", 0, "PPLA", 36.34, 43.13},
      {"خاركيف", MentionKind::kPlace, "Kharkiv", 0, "PPLA", 49.99, 36.23},
      {"الخرطوم", MentionKind::kPlace, "Khartoum", 0, "PPLC", 15.5, 32.56},
      {"مأرب", MentionKind::kPlace, "Marib", 0, "PPLA", 15.46, 45.33},
      {"غوما", MentionKind::kPlace, "Goma", 0, "PPLA", -1.68, 29.23},
      {"سوريا", MentionKind::kCountry, "Syria", 0, "PCLI", 35.0, 38.0},
      {"العراق", MentionKind::kCountry, "Iraq", 0, "PCLI", 33.0, 44.0},
      {"Rapid Support Forces", MentionKind::kActor, "Rapid Support Forces", 3, "militia"},
      {"RSF", MentionKind::kActor, "Rapid Support Forces", 3, "militia"},
      {"Houthis", MentionKind::kActor, "Ansar Allah", 2, "rebel_group"},
      {"Islamic State", MentionKind::kActor, "Islamic State", 2, "rebel_group"},
      {"M23", MentionKind::kActor, "M23", 2, "rebel_group"},
      {"Iraqi army", MentionKind::kActor, "Military Forces of Iraq", 1, "state_forces"},
      {"Sudanese army", MentionKind::kActor, "Military Forces of Sudan", 1, "state_forces"},
      {"Ukrainian forces", MentionKind::kActor, "Military Forces of Ukraine", 1, "state_forces"},
      {"Russian forces", MentionKind::kActor, "Military Forces of Russia", 8, "state_forces"},
      {"Reuters", MentionKind::kActor, "Reuters", 0, "media"},
      {"the Observatory", MentionKind::kActor, "Syrian Observatory for Human Rights", 0, "monitor"},
      {"RSF", MentionKind::kActor, "Rapid Support Forces", 3, "militia"},
      {"即応支援部隊", MentionKind::kActor, "Rapid Support Forces", 3, "militia"},
      {"フーシ派", MentionKind::kActor, "Ansar Allah", 2, "rebel_group"},
      {"イスラム国", MentionKind::kActor, "Islamic State", 2, "rebel_group"},
      {"イラク軍", MentionKind::kActor, "Military Forces of Iraq", 1, "state_forces"},
      {"スーダン軍", MentionKind::kActor, "Military Forces of Sudan", 1, "state_forces"},
      {"ウクライナ軍", MentionKind::kActor, "Military Forces of Ukraine", 1, "state_forces"},
      {"ロシア軍", MentionKind::kActor, "Military Forces of Russia", 8, "state_forces"},
      {"ロイター", MentionKind::kActor, "Reuters", 0, "media"},
      {"人権監視団", MentionKind::kActor, "Syrian Observatory for Human Rights", 0, "monitor"},
      {"قوات الدعم السريع", MentionKind::kActor, "Rapid Support Forces", 3, "militia"},
      {"الحوثيون", MentionKind::kActor, "Ansar Allah", 2, "rebel_group"},
      {"الحوثيين", MentionKind::kActor, "Ansar Allah", 2, "rebel_group"},
      {"تنظيم الدولة الإسلامية", MentionKind::kActor, "Islamic State", 2, "rebel_group"},
      {"الجيش العراقي", MentionKind::kActor, "Military Forces of Iraq", 1, "state_forces"},
      {"الجيش السوداني", MentionKind::kActor, "Military Forces of Sudan", 1, "state_forces"},
      {"القوات الأوكرانية", MentionKind::kActor, "Military Forces of Ukraine", 1, "state_forces"},
      {"القوات الروسية", MentionKind::kActor, "Military Forces of Russia", 8, "state_forces"},
      {"رويترز", MentionKind::kActor, "Reuters", 0, "media"},
      {"المرصد السوري لحقوق الإنسان", MentionKind::kActor, "Syrian Observatory for Human Rights", 0, "monitor"},
      {"Suriah", MentionKind::kCountry, "Syria", 0, "PCLI", 35.0, 38.0},
      {"Irak", MentionKind::kCountry, "Iraq", 0, "PCLI", 33.0, 44.0},
      {"Pasukan Dukungan Cepat", MentionKind::kActor, "Rapid Support Forces", 3, "militia"},
      {"Houthi", MentionKind::kActor, "Ansar Allah", 2, "rebel_group"},
      {"Negara Islam", MentionKind::kActor, "Islamic State", 2, "rebel_group"},
      {"tentara Irak", MentionKind::kActor, "Military Forces of Iraq", 1, "state_forces"},
      {"tentara Sudan", MentionKind::kActor, "Military Forces of Sudan", 1, "state_forces"},
      {"pasukan Ukraina", MentionKind::kActor, "Military Forces of Ukraine", 1, "state_forces"},
      {"pasukan Rusia", MentionKind::kActor, "Military Forces of Russia", 8, "state_forces"},
      {"Pasukan Rusia", MentionKind::kActor, "Military Forces of Russia", 8, "state_forces"},
  };
  return kDict;
}

document::Document MakeDocument(const std::string& text, const std::string& lang,
                                const std::string& published) {
  document::Document doc("test", text);
  doc.lang = lang;
  doc.published = published;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) doc.sentences.push_back({{start, end}, static_cast<int>(doc.sentences.size())});
    start = end + 1;
  }
  std::vector<bool> taken(text.size(), false);
  std::vector<DictEntry> dict = Dictionary();
  std::stable_sort(dict.begin(), dict.end(), [](const DictEntry& a, const DictEntry& b) {
    return a.surface.size() > b.surface.size();
  });
  for (const auto& d : dict) {
    for (size_t p = text.find(d.surface); p != std::string::npos; p = text.find(d.surface, p + 1)) {
      const size_t e = p + d.surface.size();
      if (std::any_of(taken.begin() + p, taken.begin() + e, [](bool t) { return t; })) continue;
      const bool ascii = static_cast<unsigned char>(d.surface[0]) < 0x80;
      if (ascii && ((p > 0 && std::isalnum(static_cast<unsigned char>(text[p - 1]))) ||
                    (e < text.size() && std::isalnum(static_cast<unsigned char>(text[e])))))
        continue;
      std::fill(taken.begin() + p, taken.begin() + e, true);
      document::Mention m;
      m.span = {p, e};
      m.text = d.surface;
      m.kind = d.kind;
      document::EntityRef ref;
      ref.id = "test:" + d.name;
      ref.name = d.name;
      if (d.kind != MentionKind::kActor) ref.lat = d.lat, ref.lon = d.lon;
      ref.feature = d.feature;
      ref.inter = d.inter;
      m.entity = ref;
      m.method = "exact";
      m.sentence = doc.SentenceAt(p);
      doc.mentions.push_back(m);
    }
  }
  std::sort(doc.mentions.begin(), doc.mentions.end(),
            [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; });
  return doc;
}

}  // namespace sitrep::testing
