// Tests of the compiled name index: what is read equals what Build gives (the
// same bytes when written again, the same matches in four languages), a file
// from other knowledge-base data is refused and the index built instead, and
// a damaged file is kDataLoss, never a crash.
#include "sitrep/entities/name_index_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>

#include "sitrep/base/file.h"
#include "sitrep/base/paths.h"
#include "sitrep/kb/gazetteer.h"
#include "sitrep/kb/name_key.h"

namespace sitrep::entities {
namespace {

namespace fs = std::filesystem;

// A per-process folder, so two test processes under ctest -j never share a file.
std::string TempPath(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("sitrep_name_index_" + std::to_string(getpid()));
  fs::create_directories(dir);
  return (dir / name).string();
}

std::shared_ptr<const kb::KnowledgeBase> LoadKb(kb::KbOptions options) {
  auto kb = kb::KnowledgeBase::Load(std::move(options));
  EXPECT_TRUE(kb.ok()) << kb.status().ToString();
  return kb.ok() ? std::shared_ptr<const kb::KnowledgeBase>(std::move(kb).value()) : nullptr;
}

// The knowledge base the linker loads by default (with the compiled gazetteer
// when the build made one, so the ja/ar gazetteer names are in the index).
const kb::KnowledgeBase& DefaultKb() {
  static const auto kb = LoadKb({});
  return *kb;
}

std::string Bytes(const NameIndex& index, uint64_t fingerprint) {
  const std::string path = TempPath("bytes.bin");
  EXPECT_TRUE(NameIndexFile::Write(index, fingerprint, path).ok());
  auto bytes = ReadFile(path);
  return bytes.ok() ? *bytes : "";
}

std::string Matches(const NameIndex& index, const std::string& text) {
  const kb::FoldedText f = kb::FoldWithOffsets(text);
  std::string out;
  for (const RawMatch& m : index.Match(text, f)) {
    out += std::to_string(m.begin) + "-" + std::to_string(m.end) + ":";
    for (const Target& t : m.targets) {
      out += std::to_string(static_cast<int>(t.kind)) + "/" + std::to_string(t.index) +
             (t.abbreviation ? "a" : "") + (t.canonical ? "c" : "") + " ";
    }
    out += "\n";
  }
  return out;
}

TEST(NameIndexFileTest, ReadIndexEqualsBuiltIndex) {
  const kb::KnowledgeBase& kb = DefaultKb();
  const NameIndex built = NameIndex::Build(kb, kNameIndexMinPopulation);
  const uint64_t fp = NameIndexFile::Fingerprint(kb, kNameIndexMinPopulation);
  const std::string path = TempPath("index.bin");
  ASSERT_TRUE(NameIndexFile::Write(built, fp, path).ok());
  auto read = NameIndexFile::Read(path, kb);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(read->automaton().num_states(), built.automaton().num_states());
  EXPECT_EQ(read->automaton().num_patterns(), built.automaton().num_patterns());
  EXPECT_EQ(Bytes(*read, fp), Bytes(built, fp));
  // The longest key bounds what Lookup can find (name_types.cc skips longer
  // suffixes of a run of capitalised words on it): the same in both indexes,
  // and the length of the longest key Build makes.
  size_t longest = 0;
  NameIndex::ForEachName(kb, kNameIndexMinPopulation, [&](std::string_view name, Target) {
    if (const size_t n = kb::NameKey(name).size(); n >= 2) longest = std::max(longest, n);
  });
  EXPECT_EQ(built.max_key_bytes(), longest);
  EXPECT_EQ(read->max_key_bytes(), longest);
  // Reports written for this test, several wars and scripts.
  for (const std::string text : {
           "Russian forces shelled Kharkiv and Izium overnight, the Ukrainian army said.",
           "The RSF attacked El Fasher in North Darfur; the SAF denied losing the town.",
           "ロシア軍がハルキウを攻撃し、ウクライナ軍は反撃した。",
           "قصفت القوات الروسية مدينة حلب وقال الجيش السوري إنه صد الهجوم.",
           "Pasukan pemerintah menyerang kelompok bersenjata di Papua, kata TNI."}) {
    EXPECT_EQ(Matches(*read, text), Matches(built, text)) << text;
    const std::string key = kb::NameKey("Kharkiv");
    const auto* a = read->Lookup(key);
    const auto* b = built.Lookup(key);
    ASSERT_EQ(a == nullptr, b == nullptr);
    if (a) {
      EXPECT_EQ(a->size(), b->size());
    }
  }
  bool compiled = false;
  const NameIndex loaded = NameIndexFile::LoadOrBuild(kb, path, &compiled);
  EXPECT_TRUE(compiled);
  EXPECT_EQ(Bytes(loaded, fp), Bytes(built, fp));
}

TEST(NameIndexFileTest, FileFromOtherDataIsRefusedAndTheIndexBuilt) {
  const kb::KnowledgeBase& kb = DefaultKb();
  const NameIndex built = NameIndex::Build(kb, kNameIndexMinPopulation);
  const uint64_t fp = NameIndexFile::Fingerprint(kb, kNameIndexMinPopulation);
  const std::string path = TempPath("stale.bin");
  ASSERT_TRUE(NameIndexFile::Write(built, fp ^ 1, path).ok());
  EXPECT_EQ(NameIndexFile::Read(path, kb).status().code(), StatusCode::kFailedPrecondition);
  bool compiled = true;
  const NameIndex fallback = NameIndexFile::LoadOrBuild(kb, path, &compiled);
  EXPECT_FALSE(compiled);
  EXPECT_EQ(Bytes(fallback, fp), Bytes(built, fp));
  EXPECT_EQ(NameIndexFile::Read(TempPath("missing.bin"), kb).status().code(), StatusCode::kNotFound);
}

// One more generic term in a copy of data/kb changes the fingerprint, so the
// file compiled from the original is not used with the copy.
TEST(NameIndexFileTest, FingerprintFollowsTheData) {
  const fs::path copy = TempPath("kb");
  fs::remove_all(copy);
  fs::copy(DataDir() + "/kb", copy, fs::copy_options::recursive);
  kb::KbOptions options;
  options.gazetteer_path = "-";
  options.data_dir = copy.string();
  const auto before = LoadKb(options);
  ASSERT_TRUE(before);
  {
    std::ofstream out(copy / "generic_actors.tsv", std::ios::app);
    out << "term\tthe insurgent columns\trebels\n";
  }
  const auto after = LoadKb(options);
  ASSERT_TRUE(after);
  const uint64_t a = NameIndexFile::Fingerprint(*before, kNameIndexMinPopulation);
  EXPECT_NE(a, NameIndexFile::Fingerprint(*after, kNameIndexMinPopulation));
  EXPECT_NE(a, NameIndexFile::Fingerprint(*before, kNameIndexMinPopulation + 1));
  EXPECT_EQ(a, NameIndexFile::Fingerprint(*before, kNameIndexMinPopulation));
  const std::string path = TempPath("before.bin");
  ASSERT_TRUE(NameIndexFile::Write(NameIndex::Build(*before, kNameIndexMinPopulation), a, path).ok());
  EXPECT_TRUE(NameIndexFile::Read(path, *before).ok());
  EXPECT_EQ(NameIndexFile::Read(path, *after).status().code(), StatusCode::kFailedPrecondition);
  fs::remove_all(copy);
}

// Truncations and single-byte changes anywhere in the file: each read is
// either refused as kDataLoss or gives an index whose search ends.
TEST(NameIndexFileTest, DamagedFileIsDataLossNeverACrash) {
  kb::KbOptions options;
  options.gazetteer_path = "-";
  const auto kb = LoadKb(options);
  ASSERT_TRUE(kb);
  const uint64_t fp = NameIndexFile::Fingerprint(*kb, kNameIndexMinPopulation);
  const std::string good = Bytes(NameIndex::Build(*kb, kNameIndexMinPopulation), fp);
  ASSERT_GT(good.size(), 1000u);
  const std::string path = TempPath("damaged.bin");
  const auto read = [&](const std::string& bytes) {
    EXPECT_TRUE(WriteFileAtomically(path, bytes).ok());
    return NameIndexFile::Read(path, *kb);
  };
  for (size_t cut : {size_t{0}, size_t{7}, size_t{47}, good.size() / 3, good.size() - 1}) {
    EXPECT_EQ(read(good.substr(0, cut)).status().code(), StatusCode::kDataLoss) << cut;
  }
  EXPECT_EQ(read(good + "x").status().code(), StatusCode::kDataLoss);
  const std::string text = "Rebels entered Aleppo; القوات في حلب; 反政府勢力がアレッポに入った。";
  for (size_t at = 48; at < good.size(); at += good.size() / 61) {
    for (unsigned char flip : {0x01, 0x80, 0xff}) {
      std::string bad = good;
      bad[at] = static_cast<char>(bad[at] ^ flip);
      auto r = read(bad);
      if (r.ok()) Matches(*r, text);  // must end, within bounds (the sanitizers check)
      else EXPECT_EQ(r.status().code(), StatusCode::kDataLoss) << at;
    }
  }
}

// The file the build compiles beside the gazetteer matches the default
// knowledge base, so start-up reads it rather than building the index.
TEST(NameIndexFileTest, BuildCompilesTheDefaultIndex) {
  if (kb::DefaultGazetteerPath().empty()) GTEST_SKIP() << "no compiled gazetteer in this build";
  const std::string path = DefaultNameIndexPath();
  auto read = NameIndexFile::Read(path, DefaultKb());
  EXPECT_TRUE(read.ok()) << read.status().ToString();
}

}  // namespace
}  // namespace sitrep::entities
