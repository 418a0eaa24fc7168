// The C++ module registry: registration order, lookup, and idempotence.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "binding.h"

namespace {

std::vector<std::string> RegisteredNames() {
  std::vector<std::string> names;
  for (const lode::BindingModule* m = lode::FirstBinding(); m != nullptr; m = m->next) names.push_back(m->name);
  return names;
}

TEST(BindingRegistry, RegistersEveryBuiltinOnceInOrder) {
  lode::RegisterBuiltinBindings();
  std::vector<std::string> first = RegisteredNames();
  lode::RegisterBuiltinBindings();  // a second call changes nothing
  EXPECT_EQ(first, RegisteredNames());
  ASSERT_FALSE(first.empty());
  // Registration order is the order of LODE_BUILTIN_BINDINGS, which is kept sorted.
  EXPECT_TRUE(std::is_sorted(first.begin(), first.end()));
  for (const char* name : {"builtins", "contextify", "errors", "fs", "process_methods", "task_queue", "util", "uv"}) {
    EXPECT_NE(lode::FindBinding(name), nullptr) << name;
  }
}

TEST(BindingRegistry, UnknownNameIsNotFound) {
  lode::RegisterBuiltinBindings();
  EXPECT_EQ(lode::FindBinding("no_such_binding"), nullptr);
}

TEST(BindingRegistry, FoundRecordHasItsInitializer) {
  lode::RegisterBuiltinBindings();
  const lode::BindingModule* fs = lode::FindBinding("fs");
  ASSERT_NE(fs, nullptr);
  EXPECT_STREQ(fs->name, "fs");
  EXPECT_NE(fs->initialize, nullptr);
}

}  // namespace
