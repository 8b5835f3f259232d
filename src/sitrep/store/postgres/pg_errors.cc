// libpqxx exceptions -> Status, at the edge of the PostgreSQL store (no
// exception leaves store/postgres/).
#include <pqxx/pqxx>

#include "sitrep/store/postgres/pg_internal.h"

namespace sitrep::store::pg {

Status FromException(const std::exception& e, const std::string& url, const std::string& what) {
  std::string message = e.what();
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  const std::string text = url + ": " + what + ": " + message;
  if (dynamic_cast<const pqxx::broken_connection*>(&e)) return UnavailableError(text);
  if (dynamic_cast<const pqxx::transaction_rollback*>(&e)) return UnavailableError(text);
  return InternalError(text);
}

Status Guard(const std::string& url, const std::string& what, const std::function<Status()>& body) {
  try {
    return body();
  } catch (const std::exception& e) {
    return FromException(e, url, what);
  }
}

}  // namespace sitrep::store::pg
