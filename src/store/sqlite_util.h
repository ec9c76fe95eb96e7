// Thin RAII helpers over the sqlite3 C API, private to the store stage.
//
// Every failure becomes a dyad::Status carrying sqlite's own message and the database path, so that a user
// who sees "database is locked" also sees which file.
#ifndef DYAD_STORE_SQLITE_UTIL_H_
#define DYAD_STORE_SQLITE_UTIL_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::store_internal {

// Maps an sqlite result code to the closest StatusCode and builds "PATH: WHAT: sqlite message".
Status SqliteError(sqlite3* db, int rc, std::string_view path, std::string_view what);

struct StatementFinalizer {
  void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

// A prepared statement that remembers its database and path for error messages. Bind indexes are 1-based, as
// in sqlite. Text is bound with SQLITE_STATIC: the caller keeps the bytes alive until the statement is
// Reset().
class Statement {
 public:
  Statement() = default;

  Status Prepare(sqlite3* db, std::string_view path, std::string_view sql);

  void BindText(int index, std::string_view text) {
    sqlite3_bind_text(statement_.get(), index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
  }
  void BindInt(int index, int64_t value) { sqlite3_bind_int64(statement_.get(), index, value); }
  void BindDouble(int index, double value) { sqlite3_bind_double(statement_.get(), index, value); }
  void BindNull(int index) { sqlite3_bind_null(statement_.get(), index); }

  // Steps once. *has_row is true when a result row is available (SQLITE_ROW), false when done.
  Status Step(bool* has_row);
  // Steps a statement that returns no rows.
  Status Run();
  // Makes the statement reusable and drops the bindings (so no pointer to caller memory outlives the call).
  void Reset() {
    sqlite3_reset(statement_.get());
    sqlite3_clear_bindings(statement_.get());
  }

  std::string_view ColumnText(int column) const;
  int64_t ColumnInt(int column) const { return sqlite3_column_int64(statement_.get(), column); }
  double ColumnDouble(int column) const { return sqlite3_column_double(statement_.get(), column); }
  bool ColumnIsNull(int column) const { return sqlite3_column_type(statement_.get(), column) == SQLITE_NULL; }

 private:
  sqlite3* db_ = nullptr;
  std::string_view path_;  // owned by the store, which outlives its statements
  std::string sql_;
  StatementPtr statement_;
};

// Resets a statement when the scope ends, whatever path the scope leaves by.
class ScopedReset {
 public:
  explicit ScopedReset(Statement* statement) : statement_(statement) {}
  ~ScopedReset() { statement_->Reset(); }
  ScopedReset(const ScopedReset&) = delete;
  ScopedReset& operator=(const ScopedReset&) = delete;

 private:
  Statement* statement_;
};

// Runs SQL that returns no rows we need (DDL, pragmas, transaction control).
Status Execute(sqlite3* db, std::string_view path, const char* sql);

}  // namespace dyad::store_internal

#endif  // DYAD_STORE_SQLITE_UTIL_H_
