// Content hashing shared by the readers (ids of unnamed documents) and the
// stores (ContentHash, store.h): FNV-1a, 64 bit. It detects changed or repeated text;
// it is not a defence against deliberate collisions.
#ifndef SITREP_BASE_HASH_H_
#define SITREP_BASE_HASH_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace sitrep {

// Returns the FNV-1a 64-bit hash of `bytes`.
uint64_t Fnv1a64(std::string_view bytes);

// Returns `h` as 16 lower-case hex digits.
std::string Hex64(uint64_t h);

}  // namespace sitrep

#endif  // SITREP_BASE_HASH_H_
