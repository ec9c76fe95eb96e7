// Store: an embedded SQLite database (WAL) of documents and their events.
//
// Ingest is idempotent: a document is keyed by its id and a hash of its content, metadata and events. Writing
// a document whose hash is already stored changes nothing; a changed document (or the same text coded into
// different events, say by newer dictionaries) replaces its row and its events in one transaction.
#ifndef DYAD_STORE_H_
#define DYAD_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct StoreCounts {
  int64_t documents = 0;
  int64_t events = 0;
};

class EventStore {
 public:
  // Opens or creates the database at `path` (":memory:" for a private in-memory store) and its schema.
  static Result<std::unique_ptr<EventStore>> Open(const std::string& path);
  ~EventStore();
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  // Stores one document and its events. Returns true in *changed when anything was written.
  Status Write(const Document& document, const std::vector<Event>& events, bool* changed);

  // Groups many Write calls in one transaction (much faster for bulk ingest). Commit on success.
  Status Begin();
  Status Commit();

  Result<StoreCounts> Counts() const;
  // Events in insertion order, as the store holds them (for export, tests and `dyad show`). A negative limit
  // means all rows.
  Result<std::vector<Event>> Events(int64_t limit) const;

 private:
  struct Impl;
  explicit EventStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_STORE_H_
