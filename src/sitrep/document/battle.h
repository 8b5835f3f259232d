// BattleRecord: the structured summary of an encyclopedia infobox (Wikipedia's
// "Infobox military conflict"): phases, sides, commanders, units, strength and
// casualties, every figure with who claims it. Shape as in DESIGN §3.
#ifndef SITREP_DOCUMENT_BATTLE_H_
#define SITREP_DOCUMENT_BATTLE_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sitrep::document {

struct BattlePhase {
  std::string name;   // "First phase"
  std::string start;  // YYYY-MM-DD
  std::string end;
};

struct Strength {
  std::optional<long> value, low, high;
  bool approx = false;
  std::string text;        // the raw line
  std::string who;         // "Syrian Army troops"
  std::string claimed_by;  // "" when unattributed
  std::string note;        // "deployed for the assault on Yabrud"
};

struct Casualty {
  std::string phase;
  // Figures keyed by what they count: killed, injured, captured, killed_and_injured, ...
  std::map<std::string, long> figures;
  std::string note;
  std::string text;        // the raw line
  std::string claimed_by;
  bool approx = false;     // "~200 killed", "500+ killed"; a range adds "<key>_high"
  std::string who;         // "civilians" of "200 civilians killed", "" when unsaid
};

struct BattleSide {
  std::vector<std::string> belligerents;
  std::vector<std::string> belligerent_ids;  // linked actor ids, "" when unknown
  std::vector<std::string> commanders;
  std::map<std::string, std::string> commander_notes;  // name -> "WIA" | "KIA" | ...
  std::map<std::string, std::string> commander_roles;  // name -> "Qalamoun commander"
  std::vector<std::string> units;
  std::vector<Strength> strength;
  std::vector<Casualty> casualties;
};

struct BattleRecord {
  std::string doc;
  std::string name;
  std::string part_of;
  std::vector<BattlePhase> phases;
  std::string start, end;
  std::string location;
  std::vector<std::string> places;
  std::string result;
  std::vector<std::string> territorial_changes;
  std::vector<BattleSide> sides;
  // Added by the battles stage (additive to the gold shape):
  std::vector<std::string> result_details;  // result lines that are not territorial changes
  std::vector<Casualty> joint_casualties;   // a casualties row shared by the sides
  std::string format;                       // "flattened" | "wikitext"
  std::string status;                       // the Status field ("Ongoing"), "" when none
  bool ongoing = false;                     // no end yet ("– present", "Status: Ongoing")
};

}  // namespace sitrep::document

#endif  // SITREP_DOCUMENT_BATTLE_H_
