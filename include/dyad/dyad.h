// dyad: who did what to whom, when and where, from news text.
//
// Start here. A minimal program:
//
//   #include "dyad/dyad.h"
//
//   std::vector<dyad::Status> warnings;
//   auto dict = dyad::Dictionary::LoadDirectory(dyad::DefaultDictionaryDir(), &warnings);
//   if (!dict.ok()) { /* dict.status().ToString() names the file */ }
//   dyad::Coder coder(*dict);
//   dyad::Document doc;
//   doc.id = "example";
//   doc.date = "2019-07-02";
//   doc.text = "Kazakhstan's foreign minister held talks with U.S. officials in Washington.";
//   std::vector<dyad::Event> events;
//   coder.CodeDocument(doc, &events);
//   std::string line;
//   for (const auto& e : events) { line.clear(); dyad::WriteEventJson(e, false, &line); puts(line.c_str()); }
//
// The pipeline, stage by stage (src/README.md has a paragraph on each):
//   ingest.h      files, directories, stdin, HTML, JSON lines -> Document
//   text.h        UTF-8 repair, normalisation, tokens, sentences, lemmas
//   dictionary.h  native dictionary format and its compiled, immutable form
//   coder.h       Document -> Events (source, CAMEO code, target, evidence)
//   store.h       embedded SQLite store, idempotent
//   output.h      JSON lines and TSV
//   pipeline.h    all of it in one call
#ifndef DYAD_DYAD_H_
#define DYAD_DYAD_H_

#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/ingest.h"
#include "dyad/output.h"
#include "dyad/pipeline.h"
#include "dyad/status.h"
#include "dyad/store.h"
#include "dyad/text.h"

#endif  // DYAD_DYAD_H_
