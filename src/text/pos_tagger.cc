// PosTagger: loads the model file (pos_model_format.h) and tags with a first-order HMM Viterbi (lemmas:
// pos_lemma.cc).
//
// Loading copies each section into a typed vector (no aliasing tricks) after checking every count, offset and
// index against the file, so a damaged file is a Status naming the byte offset, never a crash or an
// out-of-range read later. Tagging looks words up in one open-addressing table of the model and keeps the
// Viterbi lattice in the caller's Scratch.
//
// Word lookup, in order (the way Lingua::EN::Tagger looks words up, plus two cases our tokenizer needs):
//   the token as written; with its first letter lower-cased ("The" -> "the"); all lower case for ALL-CAPS
//   words; a contraction the tokenizer keeps whole ("don't", "won't") takes the tags of its verb or modal
//   ("do", "wo", as Lingua splits "won't" into "wo n't"); otherwise an unknown-word class.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "dyad/pos.h"
#include "text/pos_model.h"
#include "text/pos_model_format.h"

namespace dyad {

using text_internal::Emission;
using text_internal::EndsWith;
using text_internal::Exception;
using text_internal::IsAsciiUpper;
using text_internal::kMaxWordBytes;
using text_internal::NormalizeWord;
using text_internal::PosModelHeader;
using text_internal::ToLower;
using text_internal::WordRecord;

namespace {

constexpr const char* kTagNames[] = {
    "CC",  "CD",  "DT",  "EX",   "FW",  "IN",  "JJ",  "JJR", "JJS", "LS", "MD", "NN", "NNS",   "NNP",  "NNPS",
    "PDT", "POS", "PRP", "PRP$", "RB",  "RBR", "RBS", "RP",  "SYM", "TO", "UH", "VB", "VBD",   "VBG",  "VBN",
    "VBP", "VBZ", "WDT", "WP",   "WP$", "WRB", ".",   ",",   ":",   "$",  "``", "''", "-LRB-", "-RRB-"};
static_assert(std::size(kTagNames) == kNumPosTags);

enum UnknownClass : uint8_t {
  kNumberClass,
  kOrdinalClass,
  kLeftBracketClass,
  kRightBracketClass,
  kAbbreviationClass,
  kHyphenClass,
  kHyphenAdjectiveClass,
  kSymbolClass,
  kCapitalizedClass,
  kIngClass,
  kSClass,
  kTionClass,
  kLyClass,
  kEdClass,
  kUnknownClass,
  kNumClasses
};
static_assert(kNumClasses == text_internal::kNumUnknownClasses);
constexpr std::string_view kClassSpellings[kNumClasses] = {text_internal::kClassNumber,
                                                           text_internal::kClassOrdinal,
                                                           text_internal::kClassLeftBracket,
                                                           text_internal::kClassRightBracket,
                                                           text_internal::kClassAbbreviation,
                                                           text_internal::kClassHyphen,
                                                           text_internal::kClassHyphenAdjective,
                                                           text_internal::kClassSymbol,
                                                           text_internal::kClassCapitalized,
                                                           text_internal::kClassIng,
                                                           text_internal::kClassS,
                                                           text_internal::kClassTion,
                                                           text_internal::kClassLy,
                                                           text_internal::kClassEd,
                                                           text_internal::kClassUnknown};

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

namespace text_internal {

size_t NormalizeWord(std::string_view word, char* buf) {
  size_t n = 0;
  for (size_t i = 0; i < word.size();) {
    if (n + 2 >= kMaxWordBytes) return 0;
    if (word[i] != '\xE2') {  // every replaced character starts with 0xE2 (U+2000..U+2FFF)
      buf[n++] = word[i++];
      continue;
    }
    const std::string_view rest = word.substr(i);
    if (rest.starts_with("\xE2\x80\x99") || rest.starts_with("\xE2\x80\x98")) {  // ’ ‘
      buf[n++] = '\'';
      i += 3;
    } else if (rest.starts_with("\xE2\x80\x9C")) {  // “
      buf[n++] = '`';
      buf[n++] = '`';
      i += 3;
    } else if (rest.starts_with("\xE2\x80\x9D")) {  // ”
      buf[n++] = '\'';
      buf[n++] = '\'';
      i += 3;
    } else if (rest.starts_with("\xE2\x80\x94") || rest.starts_with("\xE2\x80\x93")) {  // — –
      buf[n++] = '-';
      buf[n++] = '-';
      i += 3;
    } else {
      buf[n++] = word[i++];
    }
  }
  return n;
}

}  // namespace text_internal

namespace {

// Lingua's unknown-word classes (Tagger.pm _classify_unknown_word), over ASCII; any non-ASCII letter counts
// as a letter.
UnknownClass Classify(std::string_view w, const Token& token, bool last_part_is_adjective) {
  if (w.find_first_of("({[") != std::string_view::npos) return kLeftBracketClass;
  if (w.find_first_of(")}]") != std::string_view::npos) return kRightBracketClass;
  if (token.kind == TokenKind::kNumber) {
    return IsAsciiDigit(w.back()) ? kNumberClass : kOrdinalClass;
  }
  if (token.kind == TokenKind::kPunctuation) return kSymbolClass;
  bool upper_only = true;
  for (const char c : w) upper_only = upper_only && (IsAsciiUpper(c) || c == '.' || c == '-');
  if (upper_only && IsAsciiUpper(w.front())) return kAbbreviationClass;
  const size_t hyphen = w.find('-');
  if (hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < w.size())
    return last_part_is_adjective ? kHyphenAdjectiveClass : kHyphenClass;
  if (token.capitalized) return kCapitalizedClass;
  if (EndsWith(w, "ing")) return kIngClass;
  if (EndsWith(w, "s")) return kSClass;
  if (EndsWith(w, "tion")) return kTionClass;
  if (EndsWith(w, "ly")) return kLyClass;
  if (EndsWith(w, "ed")) return kEdClass;
  return kUnknownClass;
}

float LogAdd(float a, float b) {
  const float hi = std::max(a, b), lo = std::min(a, b);
  return hi + std::log1p(std::exp(lo - hi));
}

// Whether the straight double quote `token` opens a quotation: after a letter, digit or punctuation mark it
// closes; before a word it opens; otherwise (spaces on both sides) quotes alternate in the sentence.
bool StraightQuote(std::string_view text, const Token& token, int quotes_before) {
  const bool space_before = token.start == 0 || text[token.start - 1] == ' ' || text[token.start - 1] == '\n';
  const bool space_after = token.end >= text.size() || text[token.end] == ' ' || text[token.end] == '\n';
  if (!space_before && space_after) return false;
  if (space_before && !space_after) return true;
  return quotes_before % 2 == 0;
}

// The first word of a sentence, or the first after an opening quote or bracket at its start.
bool SentenceInitial(std::span<const Token> tokens, size_t i, std::string_view text) {
  for (size_t k = 0; k < i; ++k) {
    if (tokens[k].kind != TokenKind::kPunctuation) return false;
    const std::string_view t = TokenText(text, tokens[k]);
    if (t != "\"" && t != "(" && t != "\xE2\x80\x9C" && t != "'" && t != "\xE2\x80\x98") return false;
  }
  return true;
}

// A bigram model cannot see that "Security forces arrested five men" has no auxiliary before "arrested", and
// the lexicon's counts favour the participle for many -ed forms. A clause needs a finite verb: a VBN right
// after a noun or pronoun, before any finite verb or modal of the sentence, becomes VBD when the word can be
// one. Participles after a finite verb ("men suspected of", "a referendum held last year") are left alone.
void PreferPastTenseForFirstVerb(const std::vector<uint32_t>& first, const std::vector<uint8_t>& cand_tag,
                                 std::vector<PosTag>* tags);

// A reader over the model bytes that reports where it stopped.
class Reader {
 public:
  Reader(std::string_view bytes, std::string_view name) : bytes_(bytes), name_(name) {}

  size_t offset() const { return offset_; }
  Status Error(size_t at, const std::string& what) const {
    return Status::Corruption(std::string(name_) + ": byte " + std::to_string(at) + ": " + what);
  }
  // Copies `count` items of T, or fails naming the section.
  template <typename T>
  Status Read(size_t count, std::vector<T>* out, const char* what) {
    const uint64_t bytes = static_cast<uint64_t>(count) * sizeof(T);
    if (bytes > bytes_.size() - offset_)
      return Error(offset_, std::string("truncated ") + what + ": needs " + std::to_string(bytes) +
                                " bytes, file has " + std::to_string(bytes_.size() - offset_) + " left");
    out->resize(count);
    if (bytes > 0) std::memcpy(out->data(), bytes_.data() + offset_, bytes);
    offset_ += bytes;
    return Status::Ok();
  }
  Status ReadString(size_t count, std::string* out, const char* what) {
    if (count > bytes_.size() - offset_)
      return Error(offset_, std::string("truncated ") + what + ": needs " + std::to_string(count) +
                                " bytes, file has " + std::to_string(bytes_.size() - offset_) + " left");
    out->assign(bytes_.substr(offset_, count));
    offset_ += count;
    return Status::Ok();
  }
  size_t remaining() const { return bytes_.size() - offset_; }

 private:
  std::string_view bytes_;
  std::string_view name_;
  size_t offset_ = 0;
};

}  // namespace

const char* PosTagName(PosTag tag) {
  const int index = static_cast<int>(tag);
  return index >= 0 && index < kNumPosTags ? kTagNames[index] : "?";
}

bool ParsePosTag(std::string_view name, PosTag* tag) {
  for (int t = 0; t < kNumPosTags; ++t) {
    if (name == kTagNames[t]) {
      *tag = static_cast<PosTag>(t);
      return true;
    }
  }
  return false;
}

std::string DefaultPosModelPath() {
  const char* env = std::getenv("DYAD_POS_MODEL");
  if (env != nullptr && *env != '\0') return env;
  return DYAD_DEFAULT_POS_MODEL;
}

Result<PosTagger> PosTagger::Load(const std::string& path) {
  // Mapped rather than read: reading into a buffer and then copying into the tables touched every page twice,
  // and page faults dominate the load (40 ms read and copied, 16 ms mapped, on the shared VM).
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return Status::NotFound(path + ": cannot open the part-of-speech model: " + std::strerror(errno));
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    const int error = errno;
    ::close(fd);
    return Status::IOError(path + ": " + std::strerror(error));
  }
  const size_t size = static_cast<size_t>(st.st_size);
  if (size == 0) {
    ::close(fd);
    return Parse(std::string_view(), path);
  }
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return Status::IOError(path + ": cannot map: " + std::strerror(errno));
  Result<PosTagger> tagger = Parse(std::string_view(static_cast<const char*>(map), size), path);
  ::munmap(map, size);
  return tagger;
}

Result<PosTagger> PosTagger::Parse(std::string_view bytes, std::string_view name) {
  Reader reader(bytes, name);
  std::vector<PosModelHeader> header_vec;
  DYAD_RETURN_IF_ERROR(reader.Read(1, &header_vec, "header"));
  const PosModelHeader& h = header_vec[0];
  if (std::memcmp(h.magic, text_internal::kPosModelMagic, sizeof(h.magic)) != 0)
    return reader.Error(0, "not a dyad part-of-speech model (bad magic)");
  if (h.version != text_internal::kPosModelVersion)
    return reader.Error(8, "model version " + std::to_string(h.version) + ", expected " +
                               std::to_string(text_internal::kPosModelVersion) + " (rebuild it)");
  if (h.num_tags != kNumPosTags)
    return reader.Error(12, std::to_string(h.num_tags) + " tags, expected " + std::to_string(kNumPosTags));
  if (h.string_bytes % 4 != 0) return reader.Error(16, "string section not padded to 4 bytes");
  if (h.num_slots == 0 || (h.num_slots & (h.num_slots - 1)) != 0 || h.num_slots <= h.num_words)
    return reader.Error(24, "hash table size " + std::to_string(h.num_slots) +
                                " is not a power of two above " + "the word count");

  auto model = std::make_shared<Model>();
  std::vector<char> names;
  const size_t names_at = reader.offset();
  DYAD_RETURN_IF_ERROR(reader.Read(kNumPosTags * text_internal::kTagNameBytes, &names, "tag names"));
  for (int t = 0; t < kNumPosTags; ++t) {
    const char* got = names.data() + t * text_internal::kTagNameBytes;
    if (strncmp(got, kTagNames[t], text_internal::kTagNameBytes) != 0)
      return reader.Error(names_at + t * text_internal::kTagNameBytes,
                          std::string("tag ") + std::to_string(t) + " is not " + kTagNames[t]);
  }
  const size_t transitions_at = reader.offset();
  DYAD_RETURN_IF_ERROR(reader.Read((kNumPosTags + 1) * kNumPosTags, &model->transitions, "transitions"));
  for (size_t i = 0; i < model->transitions.size(); ++i) {
    if (!std::isfinite(model->transitions[i]))
      return reader.Error(transitions_at + 4 * i, "transition score is not a finite number");
  }
  DYAD_RETURN_IF_ERROR(reader.ReadString(h.string_bytes, &model->strings, "strings"));
  const size_t words_at = reader.offset();
  DYAD_RETURN_IF_ERROR(reader.Read(h.num_words, &model->words, "word records"));
  const size_t slots_at = reader.offset();
  DYAD_RETURN_IF_ERROR(reader.Read(h.num_slots, &model->slots, "hash slots"));
  const size_t emissions_at = reader.offset();
  DYAD_RETURN_IF_ERROR(reader.Read(h.num_emissions, &model->emissions, "emissions"));
  const size_t exceptions_at = reader.offset();
  DYAD_RETURN_IF_ERROR(reader.Read(h.num_exceptions, &model->exceptions, "exceptions"));
  if (reader.remaining() != 0)
    return reader.Error(reader.offset(),
                        std::to_string(reader.remaining()) + " unexpected bytes after the model");

  for (size_t i = 0; i < model->words.size(); ++i) {
    const WordRecord& r = model->words[i];
    const size_t at = words_at + i * sizeof(WordRecord);
    if (static_cast<uint64_t>(r.text) + r.length > h.string_bytes || r.length == 0)
      return reader.Error(at, "word " + std::to_string(i) + " lies outside the string section");
    if (static_cast<uint64_t>(r.first_emission) + r.num_emissions > h.num_emissions)
      return reader.Error(at, "word " + std::to_string(i) + " names emissions past the end");
    if (static_cast<uint64_t>(r.first_exception) + r.num_exceptions > h.num_exceptions)
      return reader.Error(at, "word " + std::to_string(i) + " names exceptions past the end");
  }
  bool has_empty_slot = false;
  for (size_t i = 0; i < model->slots.size(); ++i) {
    if (model->slots[i] > h.num_words)
      return reader.Error(slots_at + 4 * i, "hash slot names word " + std::to_string(model->slots[i]) +
                                                " of " + std::to_string(h.num_words));
    has_empty_slot = has_empty_slot || model->slots[i] == 0;
  }
  if (!has_empty_slot) return reader.Error(slots_at, "hash table has no empty slot");
  for (size_t i = 0; i < model->emissions.size(); ++i) {
    const Emission& e = model->emissions[i];
    if (e.tag >= kNumPosTags || !std::isfinite(e.log_prob))
      return reader.Error(emissions_at + i * sizeof(Emission), "bad emission (tag or score)");
  }
  for (size_t i = 0; i < model->exceptions.size(); ++i) {
    const Exception& e = model->exceptions[i];
    const bool one_pos =
        e.wordnet_pos != 0 && (e.wordnet_pos & (e.wordnet_pos - 1)) == 0 && e.wordnet_pos <= 8;
    if (!one_pos || static_cast<uint64_t>(e.base) + e.length > h.string_bytes || e.length == 0)
      return reader.Error(exceptions_at + i * sizeof(Exception), "bad WordNet exception record");
  }
  for (int c = 0; c < kNumClasses; ++c) model->classes[c] = model->FindTagged(kClassSpellings[c]);
  if (model->classes[kUnknownClass] == nullptr)
    return reader.Error(words_at, "the model has no '-unknown-' word class");
  return PosTagger(std::move(model));
}

namespace {

void PreferPastTenseForFirstVerb(const std::vector<uint32_t>& first, const std::vector<uint8_t>& cand_tag,
                                 std::vector<PosTag>* tags) {
  for (size_t i = 1; i < tags->size(); ++i) {
    const PosTag t = (*tags)[i];
    if (IsFiniteVerb(t) || t == PosTag::kMD) return;
    const PosTag previous = (*tags)[i - 1];
    if (t != PosTag::kVBN || !(IsNoun(previous) || previous == PosTag::kPRP)) continue;
    for (uint32_t c = first[i]; c < first[i + 1]; ++c) {
      if (cand_tag[c] == static_cast<uint8_t>(PosTag::kVBD)) {
        (*tags)[i] = PosTag::kVBD;
        return;
      }
    }
    return;
  }
}

}  // namespace

size_t PosTagger::word_count() const { return model_->words.size(); }

void PosTagger::Tag(std::string_view text, std::span<const Token> tokens, Scratch* s,
                    std::vector<PosTag>* tags) const {
  const Model& m = *model_;
  const size_t n = tokens.size();
  tags->resize(n);
  if (n == 0) return;
  s->first.clear();
  s->cand_tag.clear();
  s->cand_emit.clear();
  s->leaves_as_adverb.assign(n, 0);
  char buf[kMaxWordBytes];
  char lower[kMaxWordBytes];
  int straight_quotes = 0;
  for (size_t i = 0; i < n; ++i) {
    const Token& token = tokens[i];
    s->first.push_back(static_cast<uint32_t>(s->cand_tag.size()));
    const std::string_view raw = TokenText(text, token);
    const size_t len = raw.empty() ? 0 : NormalizeWord(raw, buf);
    std::string_view w(buf, len);
    const WordRecord* r = nullptr;
    const WordRecord* lowered = nullptr;  // the lower-case form of a sentence-initial word
    if (len > 0) {
      if (w == "\"") w = StraightQuote(text, token, straight_quotes++) ? "``" : "''";
      r = m.FindTagged(w);
      // Inside a sentence the capitalised form decides when the lexicon has it ("Security Council"); at the
      // start both spellings count.
      if ((token.capitalized || token.all_caps) && (r == nullptr || SentenceInitial(tokens, i, text))) {
        std::memcpy(lower, buf, len);
        lower[0] = ToLower(lower[0]);
        lowered = m.FindTagged(std::string_view(lower, len));
        if (lowered == nullptr && token.all_caps) {
          for (size_t k = 0; k < len; ++k) lower[k] = ToLower(lower[k]);
          lowered = m.FindTagged(std::string_view(lower, len));
        }
        if (r == nullptr) {
          r = lowered;
          lowered = nullptr;
        }
      }
      if (r == nullptr && len > 3 && (EndsWith(w, "n't") || EndsWith(w, "N'T"))) {
        for (size_t k = 0; k + 3 < len; ++k) lower[k] = ToLower(buf[k]);
        const std::string_view verb(lower, len - 3);
        r = m.FindTagged(verb);
        // 2: "don't", "didn't", "can't", "won't": the verb that follows is a base form (VB, never VBP).
        const bool takes_base_form =
            verb == "do" || verb == "does" || verb == "did" || m.HasTag(r, PosTag::kMD);
        s->leaves_as_adverb[i] = r == nullptr ? 0 : takes_base_form ? 2 : 1;
      }
    }
    if (r == nullptr) {
      bool last_part_is_adjective = false;
      const size_t hyphen = w.rfind('-');
      if (hyphen != std::string_view::npos && hyphen + 1 < w.size()) {
        const WordRecord* part = m.FindTagged(w.substr(hyphen + 1));
        for (uint32_t k = 0; part != nullptr && k < part->num_emissions; ++k) {
          last_part_is_adjective = last_part_is_adjective || m.emissions[part->first_emission + k].tag ==
                                                                 static_cast<uint8_t>(PosTag::kJJ);
        }
      }
      const UnknownClass c = len == 0 ? kUnknownClass : Classify(w, token, last_part_is_adjective);
      r = m.classes[c] != nullptr ? m.classes[c] : m.classes[kUnknownClass];
    }
    const uint32_t first = static_cast<uint32_t>(s->cand_tag.size());
    for (uint32_t k = 0; k < r->num_emissions; ++k) {
      const Emission& e = m.emissions[r->first_emission + k];
      s->cand_tag.push_back(e.tag);
      s->cand_emit.push_back(e.log_prob);
    }
    // A sentence-initial word may be either spelling: P(word | tag) is the sum over both ("Police" is seen as
    // NNP, "police" as NNS).
    for (uint32_t k = 0; lowered != nullptr && k < lowered->num_emissions; ++k) {
      const Emission& e = m.emissions[lowered->first_emission + k];
      bool merged = false;
      for (size_t c = first; c < s->cand_tag.size(); ++c) {
        if (s->cand_tag[c] != e.tag) continue;
        s->cand_emit[c] = LogAdd(s->cand_emit[c], e.log_prob);
        merged = true;
      }
      if (!merged) {
        s->cand_tag.push_back(e.tag);
        s->cand_emit.push_back(e.log_prob);
      }
    }
    // "doesn't" is "does" + "n't" (RB) in the model: the verb's candidates pay the step into RB, and the next
    // token follows RB.
    if (s->leaves_as_adverb[i]) {
      for (size_t c = first; c < s->cand_tag.size(); ++c)
        s->cand_emit[c] += m.transitions[s->cand_tag[c] * kNumPosTags + static_cast<int>(PosTag::kRB)];
    }
  }
  s->first.push_back(static_cast<uint32_t>(s->cand_tag.size()));

  // Viterbi over the candidate lattice.
  const size_t total = s->cand_tag.size();
  s->score.resize(total);
  s->back.resize(total);
  const float* start = m.transitions.data() + kNumPosTags * kNumPosTags;
  for (uint32_t c = s->first[0]; c < s->first[1]; ++c) {
    s->score[c] = start[s->cand_tag[c]] + s->cand_emit[c];
    s->back[c] = 0;
  }
  for (size_t i = 1; i < n; ++i) {
    for (uint32_t c = s->first[i]; c < s->first[i + 1]; ++c) {
      const uint8_t tag = s->cand_tag[c];
      float best = -INFINITY;
      uint32_t best_prev = s->first[i - 1];
      const bool after_adverb = s->leaves_as_adverb[i - 1] != 0;
      for (uint32_t p = s->first[i - 1]; p < s->first[i]; ++p) {
        const int previous = after_adverb ? static_cast<int>(PosTag::kRB) : s->cand_tag[p];
        const float v = s->score[p] + m.transitions[previous * kNumPosTags + tag];
        if (v > best) {
          best = v;
          best_prev = p;
        }
      }
      s->score[c] = best + s->cand_emit[c];
      s->back[c] = best_prev;
    }
  }
  uint32_t best = s->first[n - 1];
  for (uint32_t c = s->first[n - 1]; c < s->first[n]; ++c) {
    if (s->score[c] > s->score[best]) best = c;
  }
  for (size_t i = n; i-- > 0;) {
    (*tags)[i] = static_cast<PosTag>(s->cand_tag[best]);
    best = s->back[best];
  }
  PreferPastTenseForFirstVerb(s->first, s->cand_tag, tags);
  for (size_t i = 0; i + 1 < n; ++i) {
    if (s->leaves_as_adverb[i] != 2) continue;
    size_t next = i + 1;
    while (next + 1 < n && IsAdverb((*tags)[next])) ++next;  // "didn't really want"
    if ((*tags)[next] == PosTag::kVBP) (*tags)[next] = PosTag::kVB;
  }
}

}  // namespace dyad
