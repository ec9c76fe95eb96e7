// EventStore on SQLite. See include/dyad/store.h for the contract.
//
// Not thread-safe: one EventStore belongs to one thread. Several processes may open the same file; WAL lets
// readers proceed while one writer writes, and busy_timeout makes a second writer wait instead of failing.
#include "dyad/store.h"

#include <sqlite3.h>

#include <cstdint>
#include <string_view>
#include <utility>

#include "store/sqlite_util.h"

namespace dyad {
namespace {

using store_internal::Execute;
using store_internal::ScopedReset;
using store_internal::SqliteError;
using store_internal::Statement;

// Bump when the schema changes, and teach Open to migrate from the previous version.
constexpr int64_t kSchemaVersion = 2;
constexpr int kBusyTimeoutMs = 5000;

constexpr const char* kSchemaSql = R"sql(
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  path TEXT NOT NULL,
  format TEXT NOT NULL,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  publisher TEXT NOT NULL,
  date TEXT NOT NULL,
  date_source TEXT NOT NULL,
  date_confidence TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL,
  text_bytes INTEGER NOT NULL,
  invalid_utf8_replaced INTEGER NOT NULL,
  event_count INTEGER NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE events (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence_index INTEGER NOT NULL,
  sentence TEXT NOT NULL,
  source_code TEXT NOT NULL,
  source_country TEXT NOT NULL,
  source_sectors TEXT NOT NULL,
  source_text TEXT NOT NULL,
  source_start INTEGER NOT NULL,
  source_end INTEGER NOT NULL,
  target_code TEXT NOT NULL,
  target_country TEXT NOT NULL,
  target_sectors TEXT NOT NULL,
  target_text TEXT NOT NULL,
  target_start INTEGER NOT NULL,
  target_end INTEGER NOT NULL,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  date TEXT NOT NULL,
  date_precision TEXT NOT NULL,
  trigger TEXT NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  rule TEXT NOT NULL,
  plover_event TEXT NOT NULL,
  plover_mode TEXT NOT NULL,
  plover_context TEXT NOT NULL,
  date_text TEXT NOT NULL,
  location_name TEXT NOT NULL DEFAULT '',
  location_country TEXT NOT NULL DEFAULT '',
  location_admin1 TEXT NOT NULL DEFAULT '',
  location_lat REAL,
  location_lon REAL,
  location_precision TEXT NOT NULL DEFAULT '',
  location_text TEXT NOT NULL DEFAULT '',
  location_start INTEGER NOT NULL DEFAULT 0,
  location_end INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_doc_id ON events(doc_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_dyad ON events(source_code, target_code);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_location ON events(location_country);
PRAGMA user_version = 2;
)sql";

// Version 1 stores (no event locations) gain the location columns and documents.date_confidence; their events
// keep a null location until their documents are coded again.
constexpr const char* kMigrateFrom1Sql = R"sql(
ALTER TABLE documents ADD COLUMN date_confidence TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN location_name TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN location_country TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN location_admin1 TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN location_lat REAL;
ALTER TABLE events ADD COLUMN location_lon REAL;
ALTER TABLE events ADD COLUMN location_precision TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN location_text TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN location_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN location_end INTEGER NOT NULL DEFAULT 0;
CREATE INDEX events_location ON events(location_country);
PRAGMA user_version = 2;
)sql";

constexpr std::string_view kSelectHashSql = "SELECT content_hash FROM documents WHERE id = ?1";
constexpr std::string_view kDeleteDocumentSql = "DELETE FROM documents WHERE id = ?1";
constexpr std::string_view kInsertDocumentSql =
    "INSERT INTO documents (id, path, format, title, url, publisher, date, date_source, content_hash, "
    "text_bytes, invalid_utf8_replaced, event_count, date_confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
    " ?9, ?10, ?11, ?12, ?13)";
constexpr std::string_view kInsertEventSql =
    "INSERT INTO events (doc_id, sentence_index, sentence, source_code, source_country, source_sectors,"
    " source_text, source_start, source_end, target_code, target_country, target_sectors, target_text,"
    " target_start, target_end, cameo, root, quad_class, goldstein, date, date_precision, trigger, "
    "trigger_start,"
    " trigger_end, rule, plover_event, plover_mode, plover_context, date_text, location_name, "
    "location_country,"
    " location_admin1, location_lat, location_lon, location_precision, location_text, location_start,"
    " location_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,"
    " ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38)";
constexpr std::string_view kCountsSql =
    "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events)";
// Column order matches kInsertEventSql so that bind index - 1 == column index.
constexpr std::string_view kSelectEventsSql =
    "SELECT doc_id, sentence_index, sentence, source_code, source_country, source_sectors, source_text,"
    " source_start, source_end, target_code, target_country, target_sectors, target_text, target_start,"
    " target_end, cameo, root, quad_class, goldstein, date, date_precision, trigger, trigger_start, "
    "trigger_end,"
    " rule, plover_event, plover_mode, plover_context, date_text, location_name, location_country,"
    " location_admin1, location_lat, location_lon, location_precision, location_text, location_start,"
    " location_end FROM events ORDER BY rowid LIMIT ?1";

// 64-bit FNV-1a. Each field is preceded by its length so that moving bytes between fields changes the hash.
class ContentHasher {
 public:
  void AddField(std::string_view field) {
    uint64_t length = field.size();
    for (int i = 0; i < 8; ++i) {
      AddByte(static_cast<unsigned char>(length & 0xff));
      length >>= 8;
    }
    for (char c : field) AddByte(static_cast<unsigned char>(c));
  }
  // 16 lower-case hex digits.
  std::string Hex() const {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string hex(16, '0');
    uint64_t value = hash_;
    for (int i = 15; i >= 0; --i) {
      hex[static_cast<size_t>(i)] = kDigits[value & 0xf];
      value >>= 4;
    }
    return hex;
  }

 private:
  void AddByte(unsigned char byte) {
    hash_ ^= byte;
    hash_ *= 0x100000001b3ULL;
  }
  uint64_t hash_ = 0xcbf29ce484222325ULL;
};

// What makes a document "the same" on re-ingest: its content, the metadata a reader sees, and the events
// coded from it. The path and format are not included: the same article found through another file is the
// same article. The events are: re-coding an unchanged article with improved dictionaries must replace its
// events.
std::string ContentHash(const Document& document, const std::vector<Event>& events) {
  ContentHasher hasher;
  for (const Event& e : events) {
    hasher.AddField(e.source.code);
    hasher.AddField(e.cameo);
    hasher.AddField(e.target.code);
    hasher.AddField(e.date);
    hasher.AddField(e.trigger);
    hasher.AddField(std::to_string(e.trigger_start));
    hasher.AddField(e.rule);
    hasher.AddField(e.plover_event);
    hasher.AddField(e.date_precision);
    hasher.AddField(e.location ? e.location->name + "/" + e.location->country : "");
  }
  hasher.AddField(document.text);
  hasher.AddField(document.title);
  hasher.AddField(document.date);
  hasher.AddField(document.date_source);
  hasher.AddField(document.url);
  hasher.AddField(document.publisher);
  return hasher.Hex();
}

void JoinSectors(const std::vector<std::string>& sectors, std::string* out) {
  out->clear();
  for (const std::string& sector : sectors) {
    if (!out->empty()) out->push_back(',');
    out->append(sector);
  }
}

std::vector<std::string> SplitSectors(std::string_view joined) {
  std::vector<std::string> sectors;
  while (!joined.empty()) {
    const size_t comma = joined.find(',');
    sectors.emplace_back(joined.substr(0, comma));
    if (comma == std::string_view::npos) break;
    joined.remove_prefix(comma + 1);
  }
  return sectors;
}

struct SqliteCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};

}  // namespace

struct EventStore::Impl {
  std::string path;
  // Declared before the statements so that it is destroyed after them (close_v2 would defer anyway).
  std::unique_ptr<sqlite3, SqliteCloser> db;
  Statement select_hash;
  Statement delete_document;
  Statement insert_document;
  Statement insert_event;
  Statement counts;
  Statement select_events;
  // Per-Write transaction control, prepared once: sqlite3_exec would re-parse it for every document.
  Statement begin_immediate;
  Statement commit;
  Statement savepoint;
  Statement release_savepoint;
  bool in_bulk_transaction = false;  // between Begin() and Commit()
  // Scratch buffers reused across Write calls so that writing an event allocates nothing once warmed up.
  std::string source_sectors;
  std::string target_sectors;
  std::string plover_contexts;

  Status Configure();
  Status CreateOrCheckSchema();
  Status PrepareStatements();
  Status WriteRows(const Document& document, const std::vector<Event>& events, bool* changed);
  Status InsertEvent(const std::string& doc_id, const Event& event);
};

Status EventStore::Impl::Configure() {
  sqlite3_extended_result_codes(db.get(), 1);
  const int rc = sqlite3_busy_timeout(db.get(), kBusyTimeoutMs);
  if (rc != SQLITE_OK) return SqliteError(db.get(), rc, path, "setting busy_timeout");
  // journal_mode answers with the mode it got: "wal" for files, "memory" for :memory:. Both are fine.
  DYAD_RETURN_IF_ERROR(Execute(db.get(), path, "PRAGMA journal_mode = WAL"));
  DYAD_RETURN_IF_ERROR(Execute(db.get(), path, "PRAGMA synchronous = NORMAL"));
  return Execute(db.get(), path, "PRAGMA foreign_keys = ON");
}

Status EventStore::Impl::CreateOrCheckSchema() {
  // IMMEDIATE so that two processes creating the same new file do not both try to create the tables.
  DYAD_RETURN_IF_ERROR(Execute(db.get(), path, "BEGIN IMMEDIATE"));
  Statement version_query;
  Statement table_count_query;
  Status status = version_query.Prepare(db.get(), path, "PRAGMA user_version");
  if (status.ok()) status = table_count_query.Prepare(db.get(), path, "SELECT count(*) FROM sqlite_master");
  int64_t version = 0;
  int64_t table_count = 0;
  bool has_row = false;
  if (status.ok()) status = version_query.Step(&has_row);
  if (status.ok() && has_row) version = version_query.ColumnInt(0);
  if (status.ok()) status = table_count_query.Step(&has_row);
  if (status.ok() && has_row) table_count = table_count_query.ColumnInt(0);

  if (status.ok()) {
    if (version > kSchemaVersion) {
      status = Status::Unsupported(path + ": store schema version " + std::to_string(version) +
                                   " was written by a newer dyad; this build reads version " +
                                   std::to_string(kSchemaVersion));
    } else if (version == 0 && table_count > 0) {
      status =
          Status::InvalidArgument(path + ": not a dyad store (the database has tables but no dyad schema)");
    } else if (version == 0) {
      status = Execute(db.get(), path, kSchemaSql);
    } else if (version == 1) {
      status = Execute(db.get(), path, kMigrateFrom1Sql);
    }
  }
  if (!status.ok()) {
    (void)Execute(db.get(), path, "ROLLBACK");  // the original error is the one worth reporting
    return status;
  }
  return Execute(db.get(), path, "COMMIT");
}

Status EventStore::Impl::PrepareStatements() {
  sqlite3* handle = db.get();
  DYAD_RETURN_IF_ERROR(select_hash.Prepare(handle, path, kSelectHashSql));
  DYAD_RETURN_IF_ERROR(delete_document.Prepare(handle, path, kDeleteDocumentSql));
  DYAD_RETURN_IF_ERROR(insert_document.Prepare(handle, path, kInsertDocumentSql));
  DYAD_RETURN_IF_ERROR(insert_event.Prepare(handle, path, kInsertEventSql));
  DYAD_RETURN_IF_ERROR(counts.Prepare(handle, path, kCountsSql));
  DYAD_RETURN_IF_ERROR(select_events.Prepare(handle, path, kSelectEventsSql));
  DYAD_RETURN_IF_ERROR(begin_immediate.Prepare(handle, path, "BEGIN IMMEDIATE"));
  DYAD_RETURN_IF_ERROR(commit.Prepare(handle, path, "COMMIT"));
  DYAD_RETURN_IF_ERROR(savepoint.Prepare(handle, path, "SAVEPOINT dyad_write"));
  return release_savepoint.Prepare(handle, path, "RELEASE dyad_write");
}

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  impl->db.reset(raw);  // sqlite hands back a handle even on failure; it must still be closed
  if (rc != SQLITE_OK) return SqliteError(raw, rc, impl->path, "opening the store");
  DYAD_RETURN_IF_ERROR(impl->Configure());
  DYAD_RETURN_IF_ERROR(impl->CreateOrCheckSchema());
  DYAD_RETURN_IF_ERROR(impl->PrepareStatements());
  return std::unique_ptr<EventStore>(new EventStore(std::move(impl)));
}

EventStore::EventStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

EventStore::~EventStore() {
  // A Begin() without Commit() means the caller gave up; keep the store as it was before Begin().
  if (impl_ && impl_->in_bulk_transaction) (void)Execute(impl_->db.get(), impl_->path, "ROLLBACK");
}

Status EventStore::Impl::InsertEvent(const std::string& doc_id, const Event& event) {
  JoinSectors(event.source.sectors, &source_sectors);
  JoinSectors(event.target.sectors, &target_sectors);
  Statement& s = insert_event;
  ScopedReset reset(&s);
  // The event belongs to the document being written, whatever its own doc_id says.
  s.BindText(1, doc_id);
  s.BindInt(2, event.sentence_index);
  s.BindText(3, event.sentence);
  s.BindText(4, event.source.code);
  s.BindText(5, event.source.country);
  s.BindText(6, source_sectors);
  s.BindText(7, event.source.text);
  s.BindInt(8, event.source.start);
  s.BindInt(9, event.source.end);
  s.BindText(10, event.target.code);
  s.BindText(11, event.target.country);
  s.BindText(12, target_sectors);
  s.BindText(13, event.target.text);
  s.BindInt(14, event.target.start);
  s.BindInt(15, event.target.end);
  s.BindText(16, event.cameo);
  s.BindText(17, event.root);
  s.BindInt(18, event.quad_class);
  s.BindDouble(19, event.goldstein);
  s.BindText(20, event.date);
  s.BindText(21, event.date_precision);
  s.BindText(22, event.trigger);
  s.BindInt(23, event.trigger_start);
  s.BindInt(24, event.trigger_end);
  s.BindText(25, event.rule);
  s.BindText(26, event.plover_event);
  s.BindText(27, event.plover_mode);
  JoinSectors(event.plover_contexts, &plover_contexts);
  s.BindText(28, plover_contexts);
  s.BindText(29, event.date_text);
  if (event.location) {
    const Location& l = *event.location;
    s.BindText(30, l.name);
    s.BindText(31, l.country);
    s.BindText(32, l.admin1);
    if (l.has_coordinates) {
      s.BindDouble(33, l.lat);
      s.BindDouble(34, l.lon);
    } else {
      s.BindNull(33);
      s.BindNull(34);
    }
    s.BindText(35, l.precision);
    s.BindText(36, l.text);
    s.BindInt(37, l.start);
    s.BindInt(38, l.end);
  } else {
    for (int column : {30, 31, 32, 35, 36}) s.BindText(column, "");
    s.BindNull(33);
    s.BindNull(34);
    s.BindInt(37, 0);
    s.BindInt(38, 0);
  }
  return s.Run();
}

Status EventStore::Impl::WriteRows(const Document& document, const std::vector<Event>& events,
                                   bool* changed) {
  const std::string hash = ContentHash(document, events);
  bool exists = false;
  {
    ScopedReset reset(&select_hash);
    select_hash.BindText(1, document.id);
    DYAD_RETURN_IF_ERROR(select_hash.Step(&exists));
    if (exists && select_hash.ColumnText(0) == hash) return Status::Ok();  // already stored, unchanged
  }
  if (exists) {
    ScopedReset reset(&delete_document);
    delete_document.BindText(1, document.id);
    DYAD_RETURN_IF_ERROR(delete_document.Run());  // ON DELETE CASCADE removes its events
  }
  {
    Statement& s = insert_document;
    ScopedReset reset(&s);
    s.BindText(1, document.id);
    s.BindText(2, document.path);
    s.BindText(3, InputFormatName(document.format));
    s.BindText(4, document.title);
    s.BindText(5, document.url);
    s.BindText(6, document.publisher);
    s.BindText(7, document.date);
    s.BindText(8, document.date_source);
    s.BindText(9, hash);
    s.BindInt(10, static_cast<int64_t>(document.text.size()));
    s.BindInt(11, static_cast<int64_t>(document.invalid_utf8_replaced));
    s.BindInt(12, static_cast<int64_t>(events.size()));
    s.BindText(13, DateConfidence(document.date_source));
    DYAD_RETURN_IF_ERROR(s.Run());
  }
  for (const Event& event : events) DYAD_RETURN_IF_ERROR(InsertEvent(document.id, event));
  *changed = true;
  return Status::Ok();
}

Status EventStore::Write(const Document& document, const std::vector<Event>& events, bool* changed) {
  bool wrote = false;
  sqlite3* db = impl_->db.get();
  const std::string& path = impl_->path;
  // Each Write is atomic. Outside Begin() it is its own IMMEDIATE transaction (taking the write lock up front
  // avoids a deadlock between two readers that both want to upgrade). Inside Begin() a savepoint gives the
  // same all-or-nothing per document without nesting transactions, so one bad document does not poison the
  // batch.
  const bool bulk = impl_->in_bulk_transaction;
  Statement& open = bulk ? impl_->savepoint : impl_->begin_immediate;
  Statement& close = bulk ? impl_->release_savepoint : impl_->commit;
  // Rare (errors only), so not worth a cached statement.
  const char* rollback_sql = bulk ? "ROLLBACK TO dyad_write; RELEASE dyad_write" : "ROLLBACK";
  {
    ScopedReset reset(&open);
    DYAD_RETURN_IF_ERROR(open.Run());
  }
  Status status = impl_->WriteRows(document, events, &wrote);
  if (status.ok()) {
    ScopedReset reset(&close);
    status = close.Run();
  }
  if (!status.ok()) {
    (void)Execute(db, path, rollback_sql);  // report the first failure, not a follow-on one
    if (changed != nullptr) *changed = false;
    return status.WithContext("writing document \"" + document.id + "\": ");
  }
  if (changed != nullptr) *changed = wrote;
  return Status::Ok();
}

Status EventStore::Begin() {
  if (impl_->in_bulk_transaction) {
    return Status::InvalidArgument(impl_->path + ": Begin() called while a bulk transaction is already open");
  }
  DYAD_RETURN_IF_ERROR(Execute(impl_->db.get(), impl_->path, "BEGIN IMMEDIATE"));
  impl_->in_bulk_transaction = true;
  return Status::Ok();
}

Status EventStore::Commit() {
  if (!impl_->in_bulk_transaction) {
    return Status::InvalidArgument(impl_->path + ": Commit() called without a matching Begin()");
  }
  Status status = Execute(impl_->db.get(), impl_->path, "COMMIT");
  // A failed COMMIT (e.g. SQLITE_BUSY) may leave the transaction open for a retry; sqlite knows which.
  impl_->in_bulk_transaction = sqlite3_get_autocommit(impl_->db.get()) == 0;
  return status;
}

Result<StoreCounts> EventStore::Counts() const {
  Statement& s = impl_->counts;
  ScopedReset reset(&s);
  bool has_row = false;
  DYAD_RETURN_IF_ERROR(s.Step(&has_row));
  StoreCounts counts;
  if (has_row) {
    counts.documents = s.ColumnInt(0);
    counts.events = s.ColumnInt(1);
  }
  return counts;
}

namespace {

EventActor ReadActor(const Statement& s, int first_column) {
  EventActor actor;
  actor.code = s.ColumnText(first_column);
  actor.country = s.ColumnText(first_column + 1);
  actor.sectors = SplitSectors(s.ColumnText(first_column + 2));
  actor.text = s.ColumnText(first_column + 3);
  actor.start = static_cast<uint32_t>(s.ColumnInt(first_column + 4));
  actor.end = static_cast<uint32_t>(s.ColumnInt(first_column + 5));
  return actor;
}

}  // namespace

Result<std::vector<Event>> EventStore::Events(int64_t limit) const {
  Statement& s = impl_->select_events;
  ScopedReset reset(&s);
  s.BindInt(1, limit < 0 ? -1 : limit);  // LIMIT -1 is "no limit" in sqlite
  std::vector<Event> events;
  while (true) {
    bool has_row = false;
    DYAD_RETURN_IF_ERROR(s.Step(&has_row));
    if (!has_row) break;
    Event& event = events.emplace_back();
    event.doc_id = s.ColumnText(0);
    event.sentence_index = static_cast<uint32_t>(s.ColumnInt(1));
    event.sentence = s.ColumnText(2);
    event.source = ReadActor(s, 3);
    event.target = ReadActor(s, 9);
    event.cameo = s.ColumnText(15);
    event.root = s.ColumnText(16);
    event.quad_class = static_cast<int>(s.ColumnInt(17));
    event.goldstein = s.ColumnDouble(18);
    event.date = s.ColumnText(19);
    event.date_precision = s.ColumnText(20);
    event.trigger = s.ColumnText(21);
    event.trigger_start = static_cast<uint32_t>(s.ColumnInt(22));
    event.trigger_end = static_cast<uint32_t>(s.ColumnInt(23));
    event.rule = s.ColumnText(24);
    event.plover_event = s.ColumnText(25);
    event.plover_mode = s.ColumnText(26);
    event.plover_contexts = SplitSectors(s.ColumnText(27));
    event.date_text = s.ColumnText(28);
    if (!s.ColumnText(34).empty()) {  // a stored location always has a precision
      Location& l = event.location.emplace();
      l.name = s.ColumnText(29);
      l.country = s.ColumnText(30);
      l.admin1 = s.ColumnText(31);
      l.has_coordinates = !s.ColumnIsNull(32) && !s.ColumnIsNull(33);
      l.lat = s.ColumnDouble(32);
      l.lon = s.ColumnDouble(33);
      l.precision = s.ColumnText(34);
      l.text = s.ColumnText(35);
      l.start = static_cast<uint32_t>(s.ColumnInt(36));
      l.end = static_cast<uint32_t>(s.ColumnInt(37));
    }
  }
  return events;
}

}  // namespace dyad
