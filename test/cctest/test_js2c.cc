// The embedded library table js2c generates: sorted, complete, and findable.
#include <gtest/gtest.h>

#include <string>

#include "builtins.h"

namespace {

using lode::builtins::FindSource;
using lode::builtins::kBuiltinSourceCount;
using lode::builtins::kBuiltinSources;

TEST(Js2c, TableIsSortedById) {
  for (size_t i = 1; i < kBuiltinSourceCount; i++) {
    EXPECT_LT(std::string(kBuiltinSources[i - 1].id), std::string(kBuiltinSources[i].id));
  }
}

TEST(Js2c, BootstrapScriptsAreEmbedded) {
  for (const char* id : {"internal/bootstrap/loaders", "internal/bootstrap/node",
                         "internal/main/run_main_module", "events", "path"}) {
    const auto* source = FindSource(id);
    ASSERT_NE(source, nullptr) << id;
    EXPECT_GT(source->length, 0u);
    EXPECT_TRUE((source->one_byte != nullptr) != (source->two_byte != nullptr));
  }
}

TEST(Js2c, OneByteSourcesHoldTheFileText) {
  const auto* source = FindSource("internal/bootstrap/loaders");
  ASSERT_NE(source, nullptr);
  ASSERT_NE(source->one_byte, nullptr);
  std::string text(source->one_byte, source->length);
  EXPECT_NE(text.find("'use strict';"), std::string::npos);
  EXPECT_EQ(text.size(), source->length);
}

TEST(Js2c, UnknownIdIsNotFound) {
  EXPECT_EQ(FindSource("no/such/module"), nullptr);
  EXPECT_EQ(FindSource(""), nullptr);
}

}  // namespace
