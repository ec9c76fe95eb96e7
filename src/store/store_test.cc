#include "dyad/store.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace dyad {
namespace {

using ::testing::HasSubstr;

// A fresh directory per test, removed afterwards.
class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = std::filesystem::temp_directory_path() /
            ("dyad_store_test_" + std::to_string(::getpid()) + "_" + info->name());
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

Document MakeDocument(const std::string& id, const std::string& text) {
  Document document;
  document.id = id;
  document.path = "news/" + id + ".html";
  document.format = InputFormat::kHtml;
  document.text = text;
  document.title = "Ministers meet in Astana";
  document.url = "https://example.org/" + id;
  document.publisher = "Example Wire";
  document.date = "2021-03-04";
  document.date_source = "meta";
  return document;
}

Event MakeEvent(const std::string& doc_id, uint32_t sentence_index, const std::string& cameo) {
  Event event;
  event.doc_id = doc_id;
  event.sentence_index = sentence_index;
  event.sentence = "Kazakh Foreign Minister met his Uzbek counterpart on Tuesday.";
  event.source = {"KAZGOV", "KAZ", {"GOV"}, "Kazakh Foreign Minister", 0, 23};
  event.target = {"UZBGOV", "UZB", {"GOV", "MIL"}, "his Uzbek counterpart", 28, 49};
  event.cameo = cameo;
  event.root = cameo.substr(0, 2);
  event.quad_class = 1;
  event.goldstein = 3.4;
  event.date = "2021-03-02";
  event.date_precision = "day";
  event.trigger = "met";
  event.trigger_start = 24;
  event.trigger_end = 27;
  event.rule = "verbs.txt:12 met +";
  event.plover_event = "CONSULT";
  event.plover_mode = "visit";
  event.plover_contexts = {"diplomatic", "economic"};
  event.date_text = "on Tuesday";
  return event;
}

void ExpectActorEq(const EventActor& expected, const EventActor& actual) {
  EXPECT_EQ(expected.code, actual.code);
  EXPECT_EQ(expected.country, actual.country);
  EXPECT_EQ(expected.sectors, actual.sectors);
  EXPECT_EQ(expected.text, actual.text);
  EXPECT_EQ(expected.start, actual.start);
  EXPECT_EQ(expected.end, actual.end);
}

void ExpectEventEq(const Event& expected, const Event& actual) {
  EXPECT_EQ(expected.doc_id, actual.doc_id);
  EXPECT_EQ(expected.sentence_index, actual.sentence_index);
  EXPECT_EQ(expected.sentence, actual.sentence);
  ExpectActorEq(expected.source, actual.source);
  ExpectActorEq(expected.target, actual.target);
  EXPECT_EQ(expected.cameo, actual.cameo);
  EXPECT_EQ(expected.root, actual.root);
  EXPECT_EQ(expected.quad_class, actual.quad_class);
  EXPECT_DOUBLE_EQ(expected.goldstein, actual.goldstein);
  EXPECT_EQ(expected.date, actual.date);
  EXPECT_EQ(expected.date_precision, actual.date_precision);
  EXPECT_EQ(expected.trigger, actual.trigger);
  EXPECT_EQ(expected.trigger_start, actual.trigger_start);
  EXPECT_EQ(expected.trigger_end, actual.trigger_end);
  EXPECT_EQ(expected.rule, actual.rule);
  EXPECT_EQ(expected.plover_event, actual.plover_event);
  EXPECT_EQ(expected.plover_mode, actual.plover_mode);
  EXPECT_EQ(expected.plover_contexts, actual.plover_contexts);
  EXPECT_EQ(expected.date_text, actual.date_text);
  ASSERT_EQ(expected.location.has_value(), actual.location.has_value());
  if (expected.location) {
    const Location &e = *expected.location, &a = *actual.location;
    EXPECT_EQ(e.name, a.name);
    EXPECT_EQ(e.country, a.country);
    EXPECT_EQ(e.admin1, a.admin1);
    EXPECT_EQ(e.has_coordinates, a.has_coordinates);
    if (e.has_coordinates) {
      EXPECT_DOUBLE_EQ(e.lat, a.lat);
      EXPECT_DOUBLE_EQ(e.lon, a.lon);
    }
    EXPECT_EQ(e.precision, a.precision);
    EXPECT_EQ(e.text, a.text);
    EXPECT_EQ(e.start, a.start);
    EXPECT_EQ(e.end, a.end);
  }
}

std::unique_ptr<EventStore> OpenOrDie(const std::string& path) {
  auto store = EventStore::Open(path);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  if (!store.ok()) return nullptr;
  return std::move(store).value();
}

StoreCounts CountsOrDie(const EventStore& store) {
  auto counts = store.Counts();
  EXPECT_TRUE(counts.ok()) << counts.status().ToString();
  return counts.ok() ? *counts : StoreCounts{-1, -1};
}

std::vector<Event> EventsOrDie(const EventStore& store, int64_t limit = -1) {
  auto events = store.Events(limit);
  EXPECT_TRUE(events.ok()) << events.status().ToString();
  return events.ok() ? *events : std::vector<Event>{};
}

// Runs one SQL statement on a separate connection and returns the first column of the first row as text.
std::string QueryText(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::string result;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
      if (text != nullptr) result = text;
    }
    sqlite3_finalize(statement);
  }
  sqlite3_close(db);
  return result;
}

void ExecOnNewConnection(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);
}

TEST(EventStoreTest, OpenMemoryStartsEmpty) {
  auto store = OpenOrDie(":memory:");
  ASSERT_NE(store, nullptr);
  const StoreCounts counts = CountsOrDie(*store);
  EXPECT_EQ(counts.documents, 0);
  EXPECT_EQ(counts.events, 0);
  EXPECT_TRUE(EventsOrDie(*store).empty());
}

TEST(EventStoreTest, WriteThenReadBackEqual) {
  auto store = OpenOrDie(":memory:");
  ASSERT_NE(store, nullptr);
  const Document document = MakeDocument("doc-1", "Some article text.");
  std::vector<Event> events = {MakeEvent("doc-1", 0, "040"), MakeEvent("doc-1", 1, "051"),
                               MakeEvent("doc-1", 3, "190")};
  events[1].target.sectors.clear();  // an actor without sectors stays without sectors
  events[1].target.code.clear();
  events[2].goldstein = -10.0;
  events[2].quad_class = 4;
  events[2].date_precision = "document";
  Location& astana = events[0].location.emplace();  // a city with coordinates
  astana.name = "Nur-Sultan";
  astana.country = "KAZ";
  astana.admin1 = "Astana";
  astana.lat = 51.1801;
  astana.lon = 71.44598;
  astana.has_coordinates = true;
  astana.precision = "city";
  astana.text = "Astana";
  astana.start = 30;
  astana.end = 36;
  Location& crimea = events[1].location.emplace();  // a region the gazetteer has no point for
  crimea.name = "Avtonomna Respublika Krym";
  crimea.country = "UKR";
  crimea.precision = "region";
  crimea.text = "Crimea";
  bool changed = false;
  ASSERT_TRUE(store->Write(document, events, &changed).ok());
  EXPECT_TRUE(changed);

  const StoreCounts counts = CountsOrDie(*store);
  EXPECT_EQ(counts.documents, 1);
  EXPECT_EQ(counts.events, 3);
  const std::vector<Event> stored = EventsOrDie(*store);
  ASSERT_EQ(stored.size(), events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    SCOPED_TRACE(i);
    ExpectEventEq(events[i], stored[i]);
  }
}

TEST(EventStoreTest, EventsTakeTheirDocumentIdFromTheDocument) {
  auto store = OpenOrDie(":memory:");
  ASSERT_NE(store, nullptr);
  bool changed = false;
  ASSERT_TRUE(store->Write(MakeDocument("real-id", "text"), {MakeEvent("", 0, "040")}, &changed).ok());
  const std::vector<Event> stored = EventsOrDie(*store);
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].doc_id, "real-id");
}

TEST(EventStoreTest, RewritingTheSameDocumentChangesNothing) {
  auto store = OpenOrDie(":memory:");
  ASSERT_NE(store, nullptr);
  const Document document = MakeDocument("doc-1", "Same text.");
  const std::vector<Event> events = {MakeEvent("doc-1", 0, "040"), MakeEvent("doc-1", 1, "051")};
  bool changed = false;
  ASSERT_TRUE(store->Write(document, events, &changed).ok());
  EXPECT_TRUE(changed);
  ASSERT_TRUE(store->Write(document, events, &changed).ok());
  EXPECT_FALSE(changed);
  ASSERT_TRUE(store->Write(document, events, nullptr).ok());  // `changed` is optional
  const StoreCounts counts = CountsOrDie(*store);
  EXPECT_EQ(counts.documents, 1);
  EXPECT_EQ(counts.events, 2);
}

// Re-coding an unchanged article with a newer dictionary must not leave the old events in the store.
TEST(EventStoreTest, SameDocumentWithNewEventsReplacesThem) {
  auto store = OpenOrDie(":memory:");
  ASSERT_NE(store, nullptr);
  const Document document = MakeDocument("doc-1", "Same text.");
  bool changed = false;
  ASSERT_TRUE(store->Write(document, {MakeEvent("doc-1", 0, "040")}, &changed).ok());
  ASSERT_TRUE(
      store->Write(document, {MakeEvent("doc-1", 0, "042"), MakeEvent("doc-1", 1, "051")}, &changed).ok());
  EXPECT_TRUE(changed);
  EXPECT_EQ(CountsOrDie(*store).documents, 1);
  EXPECT_EQ(CountsOrDie(*store).events, 2);
}

TEST(EventStoreTest, ChangedDocumentReplacesItsEventsOnly) {
  auto store = OpenOrDie(":memory:");
  ASSERT_NE(store, nullptr);
  bool changed = false;
  ASSERT_TRUE(store
                  ->Write(MakeDocument("doc-1", "First version."),
                          {MakeEvent("doc-1", 0, "040"), MakeEvent("doc-1", 1, "051")}, &changed)
                  .ok());
  ASSERT_TRUE(
      store->Write(MakeDocument("doc-2", "Another article."), {MakeEvent("doc-2", 0, "112")}, &changed).ok());

  Document revised = MakeDocument("doc-1", "First version, corrected.");
  ASSERT_TRUE(store->Write(revised, {MakeEvent("doc-1", 4, "173")}, &changed).ok());
  EXPECT_TRUE(changed);

  const StoreCounts counts = CountsOrDie(*store);
  EXPECT_EQ(counts.documents, 2);
  EXPECT_EQ(counts.events, 2);
  const std::vector<Event> stored = EventsOrDie(*store);
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[0].doc_id, "doc-2");  // untouched, and still first in insertion order
  EXPECT_EQ(stored[0].cameo, "112");
  EXPECT_EQ(stored[1].doc_id, "doc-1");
  EXPECT_EQ(stored[1].cameo, "173");
  EXPECT_EQ(stored[1].sentence_index, 4u);
}

TEST(EventStoreTest, ChangedMetadataCountsAsAChange) {
  auto store = OpenOrDie(":memory:");
  ASSERT_NE(store, nullptr);
  Document document = MakeDocument("doc-1", "Text.");
  bool changed = false;
  ASSERT_TRUE(store->Write(document, {}, &changed).ok());
  document.date = "2021-03-05";
  ASSERT_TRUE(store->Write(document, {}, &changed).ok());
  EXPECT_TRUE(changed);
  document.title = "Another headline";
  ASSERT_TRUE(store->Write(document, {}, &changed).ok());
  EXPECT_TRUE(changed);
  EXPECT_EQ(CountsOrDie(*store).documents, 1);
}

TEST(EventStoreTest, EventsLimitKeepsInsertionOrder) {
  auto store = OpenOrDie(":memory:");
  ASSERT_NE(store, nullptr);
  bool changed = false;
  for (int i = 0; i < 5; ++i) {
    const std::string id = "doc-" + std::to_string(i);
    ASSERT_TRUE(store->Write(MakeDocument(id, "text " + id), {MakeEvent(id, 0, "040")}, &changed).ok());
  }
  const std::vector<Event> first_three = EventsOrDie(*store, 3);
  ASSERT_EQ(first_three.size(), 3u);
  EXPECT_EQ(first_three[0].doc_id, "doc-0");
  EXPECT_EQ(first_three[2].doc_id, "doc-2");
  EXPECT_EQ(EventsOrDie(*store, -1).size(), 5u);
  EXPECT_TRUE(EventsOrDie(*store, 0).empty());
}

TEST(EventStoreTest, SpecialCharactersSurviveRoundTrip) {
  auto store = OpenOrDie(":memory:");
  ASSERT_NE(store, nullptr);
  const std::string awkward = std::string("Quote \" apostrophe ' tab\tnewline\n backslash \\ nul") +
                              std::string(1, '\0') + " ; DROP TABLE events; -- \xD0\x90\xD1\x81\xD1\x82" +
                              "\xD0\xB0\xD0\xBD\xD0\xB0 \xF0\x9F\x8C\x8D";
  Document document = MakeDocument("id with 'quotes' and \"doubles\"", awkward);
  document.title = awkward;
  Event event = MakeEvent(document.id, 0, "040");
  event.sentence = awkward;
  event.source.text = awkward;
  event.rule = awkward;
  bool changed = false;
  ASSERT_TRUE(store->Write(document, {event}, &changed).ok());
  const std::vector<Event> stored = EventsOrDie(*store);
  ASSERT_EQ(stored.size(), 1u);
  ExpectEventEq(event, stored[0]);
  EXPECT_EQ(stored[0].sentence.size(), awkward.size());  // the embedded NUL did not truncate
  ASSERT_TRUE(store->Write(document, {event}, &changed).ok());
  EXPECT_FALSE(changed);
}

TEST(EventStoreTest, FileStorePersistsAcrossReopenInWalMode) {
  TempDir dir;
  const std::string path = dir.File("events.db");
  {
    auto store = OpenOrDie(path);
    ASSERT_NE(store, nullptr);
    bool changed = false;
    ASSERT_TRUE(store->Write(MakeDocument("doc-1", "Text."), {MakeEvent("doc-1", 0, "040")}, &changed).ok());
  }
  EXPECT_EQ(QueryText(path, "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(QueryText(path, "PRAGMA user_version"), "2");
  EXPECT_EQ(QueryText(path, "SELECT date_confidence FROM documents"),
            "high");  // the document date is from "meta"
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  const StoreCounts counts = CountsOrDie(*store);
  EXPECT_EQ(counts.documents, 1);
  EXPECT_EQ(counts.events, 1);
  bool changed = true;
  ASSERT_TRUE(store->Write(MakeDocument("doc-1", "Text."), {MakeEvent("doc-1", 0, "040")}, &changed).ok());
  EXPECT_FALSE(changed);  // idempotent across processes, not just within one
}

TEST(EventStoreTest, DeletingADocumentCascadesToItsEvents) {
  TempDir dir;
  const std::string path = dir.File("events.db");
  {
    auto store = OpenOrDie(path);
    ASSERT_NE(store, nullptr);
    bool changed = false;
    ASSERT_TRUE(store->Write(MakeDocument("doc-1", "Text."), {MakeEvent("doc-1", 0, "040")}, &changed).ok());
  }
  ExecOnNewConnection(path, "PRAGMA foreign_keys = ON; DELETE FROM documents WHERE id = 'doc-1'");
  EXPECT_EQ(QueryText(path, "SELECT count(*) FROM events"), "0");
}

// A store written before events had locations (schema 1) opens, gains the location columns and keeps its
// rows.
TEST(EventStoreTest, SchemaOneStoreIsMigrated) {
  TempDir dir;
  const std::string path = dir.File("v1.db");
  ExecOnNewConnection(path, R"sql(
    CREATE TABLE documents (id TEXT PRIMARY KEY, path TEXT NOT NULL, format TEXT NOT NULL, title TEXT NOT NULL,
      url TEXT NOT NULL, publisher TEXT NOT NULL, date TEXT NOT NULL, date_source TEXT NOT NULL,
      content_hash TEXT NOT NULL, text_bytes INTEGER NOT NULL, invalid_utf8_replaced INTEGER NOT NULL,
      event_count INTEGER NOT NULL, ingested_at TEXT NOT NULL DEFAULT '');
    CREATE TABLE events (doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      sentence_index INTEGER NOT NULL, sentence TEXT NOT NULL, source_code TEXT NOT NULL,
      source_country TEXT NOT NULL, source_sectors TEXT NOT NULL, source_text TEXT NOT NULL,
      source_start INTEGER NOT NULL, source_end INTEGER NOT NULL, target_code TEXT NOT NULL,
      target_country TEXT NOT NULL, target_sectors TEXT NOT NULL, target_text TEXT NOT NULL,
      target_start INTEGER NOT NULL, target_end INTEGER NOT NULL, cameo TEXT NOT NULL, root TEXT NOT NULL,
      quad_class INTEGER NOT NULL, goldstein REAL NOT NULL, date TEXT NOT NULL, date_precision TEXT NOT NULL,
      trigger TEXT NOT NULL, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, rule TEXT NOT NULL,
      plover_event TEXT NOT NULL, plover_mode TEXT NOT NULL, plover_context TEXT NOT NULL,
      date_text TEXT NOT NULL);
    INSERT INTO documents VALUES ('old', 'a.txt', 'text', '', '', '', '2019-07-02', 'option', 'h', 5, 0, 1, '');
    INSERT INTO events VALUES ('old', 0, 'S.', 'KAZ', 'KAZ', '', 'Kazakhstan', 0, 10, 'USA', 'USA', '', 'US',
      15, 17, '040', '04', 1, 1.0, '2019-07-02', 'day', 'met', 11, 14, '', 'CONSULT', '', '', '');
    PRAGMA user_version = 1;)sql");
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(QueryText(path, "PRAGMA user_version"), "2");
  const std::vector<Event> events = EventsOrDie(*store);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "040");
  EXPECT_FALSE(events[0].location.has_value());
  bool changed = false;
  Event located = MakeEvent("new", 0, "040");
  located.location.emplace().name = "Almaty";
  located.location->country = "KAZ";
  located.location->precision = "city";
  ASSERT_TRUE(store->Write(MakeDocument("new", "Text."), {located}, &changed).ok());
  EXPECT_EQ(QueryText(path, "SELECT location_country FROM events WHERE doc_id = 'new'"), "KAZ");
  EXPECT_EQ(QueryText(path, "SELECT date_confidence FROM documents WHERE id = 'new'"), "high");  // "meta"
  EXPECT_EQ(QueryText(path, "SELECT date_confidence FROM documents WHERE id = 'old'"), "");
}

TEST(EventStoreTest, NewerSchemaVersionIsRefused) {
  TempDir dir;
  const std::string path = dir.File("future.db");
  ExecOnNewConnection(path, "CREATE TABLE documents (id TEXT); PRAGMA user_version = 3");
  auto store = EventStore::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kUnsupported);
  EXPECT_THAT(store.status().message(), HasSubstr(path));
  EXPECT_THAT(store.status().message(), HasSubstr("version 3"));
  EXPECT_THAT(store.status().message(), HasSubstr("newer"));
}

TEST(EventStoreTest, ForeignDatabaseIsRefused) {
  TempDir dir;
  const std::string path = dir.File("other.db");
  ExecOnNewConnection(path, "CREATE TABLE recipes (name TEXT)");
  auto store = EventStore::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(store.status().message(), HasSubstr("not a dyad store"));
  EXPECT_EQ(QueryText(path, "SELECT count(*) FROM sqlite_master"), "1");  // left as it was
}

TEST(EventStoreTest, FileThatIsNotADatabaseGivesCorruptionWithPath) {
  TempDir dir;
  const std::string path = dir.File("garbage.db");
  {
    std::ofstream out(path, std::ios::binary);
    out << std::string(4096, 'x');
  }
  auto store = EventStore::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kCorruption);
  EXPECT_THAT(store.status().message(), HasSubstr(path));
  EXPECT_THAT(store.status().message(), HasSubstr("not a database"));
}

TEST(EventStoreTest, UnopenablePathGivesIOErrorWithPath) {
  TempDir dir;
  const std::string path = dir.File("missing-dir/events.db");
  auto store = EventStore::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIOError);
  EXPECT_THAT(store.status().message(), HasSubstr(path));
}

TEST(EventStoreTest, BulkWritesBecomeVisibleAtCommit) {
  TempDir dir;
  const std::string path = dir.File("bulk.db");
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Begin().ok());
  bool changed = false;
  for (int i = 0; i < 50; ++i) {
    const std::string id = "doc-" + std::to_string(i);
    ASSERT_TRUE(store->Write(MakeDocument(id, "text " + id), {MakeEvent(id, 0, "040")}, &changed).ok());
    EXPECT_TRUE(changed);
  }
  // Rewriting inside the same transaction is still idempotent.
  ASSERT_TRUE(
      store->Write(MakeDocument("doc-7", "text doc-7"), {MakeEvent("doc-7", 0, "040")}, &changed).ok());
  EXPECT_FALSE(changed);
  EXPECT_EQ(CountsOrDie(*store).documents, 50);                       // this connection sees its own writes
  EXPECT_EQ(QueryText(path, "SELECT count(*) FROM documents"), "0");  // another connection does not, yet
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(QueryText(path, "SELECT count(*) FROM documents"), "50");
  EXPECT_EQ(QueryText(path, "SELECT count(*) FROM events"), "50");
}

// A trigger planted from outside makes one event fail to insert, standing in for any sqlite failure
// mid-write.
void RejectCameo999(const std::string& path) {
  ExecOnNewConnection(path,
                      "CREATE TRIGGER reject_999 BEFORE INSERT ON events WHEN NEW.cameo = '999' "
                      "BEGIN SELECT RAISE(ABORT, 'cameo 999 rejected'); END");
}

TEST(EventStoreTest, FailedWriteLeavesNoPartialDocument) {
  TempDir dir;
  const std::string path = dir.File("failing.db");
  { ASSERT_NE(OpenOrDie(path), nullptr); }
  RejectCameo999(path);
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  bool changed = true;
  const Status status = store->Write(MakeDocument("bad", "bad"),
                                     {MakeEvent("bad", 0, "040"), MakeEvent("bad", 1, "999")}, &changed);
  ASSERT_FALSE(status.ok());
  EXPECT_FALSE(changed);
  EXPECT_THAT(status.message(), HasSubstr("cameo 999 rejected"));
  EXPECT_THAT(status.message(), HasSubstr(path));
  EXPECT_THAT(status.message(), HasSubstr("\"bad\""));
  const StoreCounts counts = CountsOrDie(*store);
  EXPECT_EQ(counts.documents, 0);
  EXPECT_EQ(counts.events, 0);
}

TEST(EventStoreTest, FailedWriteInsideBulkKeepsTheRestOfTheBatch) {
  TempDir dir;
  const std::string path = dir.File("failing_bulk.db");
  { ASSERT_NE(OpenOrDie(path), nullptr); }
  RejectCameo999(path);
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  bool changed = false;
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->Write(MakeDocument("good-1", "one"), {MakeEvent("good-1", 0, "040")}, &changed).ok());
  EXPECT_FALSE(store
                   ->Write(MakeDocument("bad", "bad"),
                           {MakeEvent("bad", 0, "040"), MakeEvent("bad", 1, "999")}, &changed)
                   .ok());
  ASSERT_TRUE(store->Write(MakeDocument("good-2", "two"), {MakeEvent("good-2", 0, "051")}, &changed).ok());
  ASSERT_TRUE(store->Commit().ok());
  const std::vector<Event> stored = EventsOrDie(*store);
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[0].doc_id, "good-1");
  EXPECT_EQ(stored[1].doc_id, "good-2");
  EXPECT_EQ(CountsOrDie(*store).documents, 2);
}

TEST(EventStoreTest, MisnestedBeginAndCommitAreErrors) {
  auto store = OpenOrDie(":memory:");
  ASSERT_NE(store, nullptr);
  Status status = store->Commit();
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(status.message(), HasSubstr("without a matching Begin"));
  ASSERT_TRUE(store->Begin().ok());
  status = store->Begin();
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(store->Commit().ok());  // the first Begin is still open and commits normally
  ASSERT_TRUE(store->Begin().ok());   // and a new bulk transaction can start afterwards
  ASSERT_TRUE(store->Commit().ok());
}

TEST(EventStoreTest, BulkTransactionWithoutCommitIsRolledBack) {
  TempDir dir;
  const std::string path = dir.File("abandoned.db");
  {
    auto store = OpenOrDie(path);
    ASSERT_NE(store, nullptr);
    bool changed = false;
    ASSERT_TRUE(store->Write(MakeDocument("kept", "kept"), {}, &changed).ok());
    ASSERT_TRUE(store->Begin().ok());
    ASSERT_TRUE(store->Write(MakeDocument("dropped", "dropped"), {}, &changed).ok());
  }
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(CountsOrDie(*store).documents, 1);
}

TEST(EventStoreTest, ReaderIsNotBlockedByAnOpenBulkTransaction) {
  TempDir dir;
  const std::string path = dir.File("locked.db");
  auto first = OpenOrDie(path);
  auto second = OpenOrDie(path);
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  ASSERT_TRUE(first->Begin().ok());
  bool changed = false;
  ASSERT_TRUE(first->Write(MakeDocument("doc-1", "text"), {}, &changed).ok());
  // WAL: another store on the same file reads the last committed state without waiting for the writer.
  EXPECT_EQ(CountsOrDie(*second).documents, 0);
  ASSERT_TRUE(first->Commit().ok());
}

}  // namespace
}  // namespace dyad
