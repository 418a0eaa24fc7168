// UTF-8 <-> V8 string helpers: round trips, embedded NULs, non-ASCII, non-strings.
#include <gtest/gtest.h>

#include <string>

#include "utils.h"
#include "v8_fixture.h"

namespace {

using StringConversion = V8Test;

TEST_F(StringConversion, RoundTripsUtf8) {
  v8::Isolate::Scope isolate_scope(isolate_);
  v8::HandleScope handle_scope(isolate_);
  v8::Local<v8::Context> context = v8::Context::New(isolate_);
  v8::Context::Scope context_scope(context);
  for (std::string text : {std::string(""), std::string("ascii"), std::string("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"),
                           std::string("nul\0inside", 10)}) {
    v8::Local<v8::String> v8_string = lode::ToV8String(isolate_, text);
    EXPECT_EQ(lode::ToStdString(isolate_, v8_string), text);
  }
  // U+1F600 is one code point, two UTF-16 units.
  EXPECT_EQ(lode::ToV8String(isolate_, "\xf0\x9f\x98\x80")->Length(), 2);
}

TEST_F(StringConversion, Utf8ValueOfNonStrings) {
  v8::Isolate::Scope isolate_scope(isolate_);
  v8::HandleScope handle_scope(isolate_);
  v8::Local<v8::Context> context = v8::Context::New(isolate_);
  v8::Context::Scope context_scope(context);
  lode::Utf8Value number(isolate_, v8::Number::New(isolate_, 42.5));
  EXPECT_EQ(number.view(), "42.5");
  lode::Utf8Value undefined(isolate_, v8::Undefined(isolate_));
  EXPECT_EQ(undefined.view(), "undefined");
  lode::Utf8Value text(isolate_, lode::ToV8String(isolate_, "x\xc3\xa9"));
  EXPECT_EQ(text.length(), 3u);
  EXPECT_STREQ(*text, "x\xc3\xa9");
}

TEST_F(StringConversion, OneByteStringsAreInternalized) {
  v8::Isolate::Scope isolate_scope(isolate_);
  v8::HandleScope handle_scope(isolate_);
  v8::Local<v8::Context> context = v8::Context::New(isolate_);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::String> a = lode::OneByteString(isolate_, "name");
  v8::Local<v8::String> b = lode::OneByteString(isolate_, "name");
  EXPECT_TRUE(a->StrictEquals(b));
  EXPECT_TRUE(a->IsOneByte());
}

}  // namespace
