#include "coding/suite_defaults.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

using Members = std::vector<int32_t>;

DefaultActors Defaults(bool prior, bool after) {
  DefaultActors d;
  d.source = "DEFSRC";
  d.target = "DEFTAR";
  d.source_prior = prior;
  d.target_after = after;
  return d;
}

TEST(DefaultActors, PriorAndAfterFillWhatIsMissing) {
  Members sources, targets = {2, 3};
  ApplyDefaultActors(Defaults(true, true), &sources, &targets);
  EXPECT_EQ(sources, Members({kDefaultActor}));
  EXPECT_EQ(targets, Members({2, 3}));

  sources = {0, 1};
  targets.clear();
  ApplyDefaultActors(Defaults(true, true), &sources, &targets);
  EXPECT_EQ(sources, Members({0, 1}));
  EXPECT_EQ(targets, Members({kDefaultActor}));

  sources.clear();
  ApplyDefaultActors(Defaults(true, true), &sources, &targets);
  EXPECT_EQ(sources, Members({kDefaultActor}));
  EXPECT_EQ(targets, Members({kDefaultActor}));
}

TEST(DefaultActors, WithoutPriorTheFirstActorAfterTheVerbIsTheSource) {
  Members sources, targets = {1, 2};
  ApplyDefaultActors(Defaults(false, true), &sources, &targets);
  EXPECT_EQ(sources, Members({1}));
  EXPECT_EQ(targets, Members({2}));

  targets = {1};
  sources.clear();
  ApplyDefaultActors(Defaults(false, true), &sources, &targets);
  EXPECT_EQ(sources, Members({1}));
  EXPECT_EQ(targets, Members({kDefaultActor}));
}

TEST(DefaultActors, WithoutAfterTheTargetComesFromTheSourceGroup) {
  Members sources = {0, 1}, targets;
  ApplyDefaultActors(Defaults(true, false), &sources, &targets);
  EXPECT_EQ(sources, Members({0}));
  EXPECT_EQ(targets, Members({1}));

  sources = {0};
  targets.clear();
  ApplyDefaultActors(Defaults(true, false), &sources, &targets);
  EXPECT_EQ(sources, Members({0}));
  EXPECT_EQ(targets, Members({kDefaultActor}));
}

TEST(DefaultActors, NamedActorsAreKeptAndAMissingDefaultFillsNothing) {
  Members sources = {0}, targets = {1};
  ApplyDefaultActors(Defaults(true, true), &sources, &targets);
  EXPECT_EQ(sources, Members({0}));
  EXPECT_EQ(targets, Members({1}));

  DefaultActors only_target;
  only_target.target = "DEFTAR";
  only_target.target_after = true;
  sources.clear();
  ApplyDefaultActors(only_target, &sources, &targets);
  EXPECT_TRUE(sources.empty());  // no default source: the verb is not coded
  EXPECT_FALSE(DefaultActors{}.active());
  EXPECT_TRUE(only_target.active());
}

}  // namespace
}  // namespace dyad
