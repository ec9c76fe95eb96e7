// Shared pieces of the dyad command's subcommands: argument parsing, exit statuses, dictionary loading.
#ifndef DYAD_APPS_CLI_H_
#define DYAD_APPS_CLI_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/pos.h"
#include "dyad/where.h"

namespace dyad_cli {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // "--date" -> value; flags map to ""
  std::string error;
};

// Parses "--name value", "--name=value" and flags. `with_value` lists options that take a value.
Args ParseArgs(int argc, char** argv, int first, const std::vector<std::string>& with_value,
               const std::vector<std::string>& flags);
bool Has(const Args& a, const std::string& k);
std::string Get(const Args& a, const std::string& k, const std::string& def = "");
// Prints the message and the help text to stderr; returns kExitUsage.
int Usage(const std::string& message, const char* help);
bool ValidDate(const std::string& d);
// Loads the dictionaries; prints syntax errors unless quiet. Returns null (after printing why) on failure.
std::shared_ptr<const dyad::Dictionary> LoadDictionary(const std::string& dir_option, bool quiet);

// Loads the gazetteer for event locations: `path_option` when given (failure is an error: null after printing
// why, *failed set), else the built-in one (when it is missing, a warning unless quiet, and null: events
// carry no location).
std::shared_ptr<const dyad::Gazetteer> LoadGazetteer(const std::string& path_option, bool quiet,
                                                     bool* failed);

// Loads the part-of-speech model the coder reads tags from ($DYAD_POS_MODEL or the one generated into the
// build tree). When there is none (configured without the Debian data) or it cannot be read: a warning unless
// quiet (a damaged model is always reported), and null: the coder codes without tags, as before the tagger.
std::unique_ptr<const dyad::PosTagger> LoadPosTagger(bool quiet);

// Reads a whole file; false when it cannot be opened or read.
bool ReadFile(const std::string& path, std::string* out);

int RunValidate(int argc, char** argv);
int RunDict(int argc, char** argv);
int RunDictCoverage(int argc, char** argv);  // dict_coverage.cc
int RunEval(int argc, char** argv);          // eval_command.cc

}  // namespace dyad_cli

#endif  // DYAD_APPS_CLI_H_
