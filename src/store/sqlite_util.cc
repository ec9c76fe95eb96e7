#include "store/sqlite_util.h"

namespace dyad::store_internal {

Status SqliteError(sqlite3* db, int rc, std::string_view path, std::string_view what) {
  std::string message(path);
  message += ": ";
  message += what;
  message += ": ";
  // sqlite3_errmsg describes the most recent failure on `db`; without a handle only the code is known.
  message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (rc & 0xff) {  // the primary result code; extended codes carry detail in the high bits
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::Corruption(std::move(message));
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return Status::IOError(std::move(message));
    case SQLITE_CONSTRAINT:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
      return Status::InvalidArgument(std::move(message));
    default:
      return Status::Internal(std::move(message));
  }
}

Status Statement::Prepare(sqlite3* db, std::string_view path, std::string_view sql) {
  db_ = db;
  path_ = path;
  sql_.assign(sql);
  sqlite3_stmt* raw = nullptr;
  const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                    &raw, nullptr);
  statement_.reset(raw);
  if (rc != SQLITE_OK) return SqliteError(db, rc, path, "preparing \"" + sql_ + "\"");
  return Status::Ok();
}

Status Statement::Step(bool* has_row) {
  const int rc = sqlite3_step(statement_.get());
  if (rc == SQLITE_ROW) {
    *has_row = true;
    return Status::Ok();
  }
  *has_row = false;
  if (rc == SQLITE_DONE) return Status::Ok();
  return SqliteError(db_, rc, path_, "running \"" + sql_ + "\"");
}

Status Statement::Run() {
  bool has_row = false;
  return Step(&has_row);
}

std::string_view Statement::ColumnText(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_.get(), column));
  if (text == nullptr) return {};  // NULL column
  return std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(statement_.get(), column)));
}

Status Execute(sqlite3* db, std::string_view path, const char* sql) {
  char* error = nullptr;
  const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string what = "running \"";
  what += sql;
  what += "\"";
  Status status = SqliteError(db, rc, path, what);
  sqlite3_free(error);
  return status;
}

}  // namespace dyad::store_internal
