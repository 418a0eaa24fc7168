#include "histogram.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "utils.h"

namespace lode {

namespace {

constexpr int64_t kInt64Max = std::numeric_limits<int64_t>::max();

int FloorLog2(uint64_t value) { return 63 - __builtin_clzll(value); }

// Bits needed for 2 * 10^figures distinct values per bucket, i.e. `figures` significant digits.
int SubBucketCountMagnitude(int figures) {
  int64_t single_unit_values = 2;
  for (int i = 0; i < figures; i++) single_unit_values *= 10;
  int magnitude = 0;
  while ((int64_t{1} << magnitude) < single_unit_values) magnitude++;
  return magnitude;
}

}  // namespace

bool Histogram::IsValidConfig(int64_t lowest, int64_t highest, int figures) {
  if (lowest < 1 || figures < 1 || figures > 5 || highest / 2 < lowest) return false;
  int half_count_magnitude = SubBucketCountMagnitude(figures) - 1;
  // Every shift below stays inside int64 only under this bound.
  return FloorLog2(static_cast<uint64_t>(lowest)) + half_count_magnitude <= 61;
}

Histogram::Histogram(int64_t lowest, int64_t highest, int figures)
    : highest_(highest), min_value_(kInt64Max) {
  CHECK(IsValidConfig(lowest, highest, figures));
  unit_magnitude_ = FloorLog2(static_cast<uint64_t>(lowest));
  sub_bucket_half_count_magnitude_ = SubBucketCountMagnitude(figures) - 1;
  sub_bucket_count_ = int64_t{1} << (sub_bucket_half_count_magnitude_ + 1);
  sub_bucket_half_count_ = sub_bucket_count_ / 2;
  sub_bucket_mask_ = (sub_bucket_count_ - 1) << unit_magnitude_;

  // Enough buckets that the last one reaches past `highest`.
  int64_t first_untrackable = sub_bucket_count_ << unit_magnitude_;
  int bucket_count = 1;
  while (first_untrackable <= highest) {
    if (first_untrackable > kInt64Max / 2) {
      bucket_count++;
      break;
    }
    first_untrackable <<= 1;
    bucket_count++;
  }
  counts_.assign(static_cast<size_t>(bucket_count + 1) * sub_bucket_half_count_, 0);
}

Histogram::Position Histogram::PositionOf(int64_t value) const {
  int top_bit = FloorLog2(static_cast<uint64_t>(value | sub_bucket_mask_));
  int bucket = top_bit - unit_magnitude_ - sub_bucket_half_count_magnitude_;
  return {bucket, value >> (bucket + unit_magnitude_)};
}

size_t Histogram::IndexOf(int64_t value) const {
  Position position = PositionOf(value);
  int64_t bucket_base = static_cast<int64_t>(position.bucket + 1) << sub_bucket_half_count_magnitude_;
  return static_cast<size_t>(bucket_base + position.sub_bucket - sub_bucket_half_count_);
}

int64_t Histogram::ValueAtIndex(size_t index) const {
  int bucket = static_cast<int>(index >> sub_bucket_half_count_magnitude_) - 1;
  int64_t sub_bucket = static_cast<int64_t>(index & (sub_bucket_half_count_ - 1)) + sub_bucket_half_count_;
  if (bucket < 0) {
    // The first half of bucket 0 lives below the shared layout.
    sub_bucket -= sub_bucket_half_count_;
    bucket = 0;
  }
  return sub_bucket << (bucket + unit_magnitude_);
}

int64_t Histogram::LowestEquivalent(int64_t value) const {
  Position position = PositionOf(value);
  return position.sub_bucket << (position.bucket + unit_magnitude_);
}

int64_t Histogram::EquivalentRangeSize(int64_t value) const {
  Position position = PositionOf(value);
  int bucket = position.bucket + (position.sub_bucket >= sub_bucket_count_ ? 1 : 0);
  return int64_t{1} << (unit_magnitude_ + bucket);
}

bool Histogram::CountValue(int64_t value, int64_t times) {
  if (value < 0) return false;
  size_t index = IndexOf(value);
  if (index >= counts_.size()) return false;
  counts_[index] += times;
  total_ += times;
  if (value != 0 && value < min_value_) min_value_ = value;
  if (value > max_value_) max_value_ = value;
  return true;
}

bool Histogram::Record(int64_t value) {
  if (value > highest_ || !CountValue(value, 1)) {
    exceeds_++;
    return false;
  }
  count_++;
  return true;
}

void Histogram::Add(const Histogram& other) {
  for (size_t index = 0; index < other.counts_.size(); index++) {
    int64_t times = other.counts_[index];
    if (times == 0) continue;
    int64_t value = other.ValueAtIndex(index);
    if (value <= highest_) CountValue(value, times);
  }
  count_ += other.count_;
  exceeds_ += other.exceeds_;
}

void Histogram::Reset() {
  std::fill(counts_.begin(), counts_.end(), 0);
  total_ = 0;
  min_value_ = kInt64Max;
  max_value_ = 0;
  count_ = 0;
  exceeds_ = 0;
}

int64_t Histogram::Min() const {
  if (counts_[0] > 0) return 0;
  if (min_value_ == kInt64Max) return kInt64Max;
  return LowestEquivalent(min_value_);
}

int64_t Histogram::Max() const {
  if (max_value_ == 0) return 0;
  return HighestEquivalent(max_value_);
}

double Histogram::Mean() const {
  if (total_ == 0) return std::numeric_limits<double>::quiet_NaN();
  __int128 sum = 0;
  for (size_t index = 0; index < counts_.size(); index++) {
    if (counts_[index] != 0) sum += static_cast<__int128>(counts_[index]) * MedianEquivalent(ValueAtIndex(index));
  }
  return static_cast<double>(sum) / static_cast<double>(total_);
}

double Histogram::Stddev() const {
  if (total_ == 0) return std::numeric_limits<double>::quiet_NaN();
  double mean = Mean();
  double squares = 0;
  for (size_t index = 0; index < counts_.size(); index++) {
    if (counts_[index] == 0) continue;
    double deviation = static_cast<double>(MedianEquivalent(ValueAtIndex(index))) - mean;
    squares += deviation * deviation * static_cast<double>(counts_[index]);
  }
  return std::sqrt(squares / static_cast<double>(total_));
}

int64_t Histogram::ValueAtPercentile(double percentile) const {
  double requested = percentile < 100.0 ? percentile : 100.0;
  int64_t wanted = static_cast<int64_t>((requested / 100) * static_cast<double>(total_) + 0.5);
  if (wanted < 1) wanted = 1;
  // An empty histogram answers with the bucket of 0 (Node shows lowest's resolution - 1).
  int64_t value = 0;
  int64_t cumulative = 0;
  for (size_t index = 0; index < counts_.size(); index++) {
    cumulative += counts_[index];
    if (cumulative >= wanted) {
      value = ValueAtIndex(index);
      break;
    }
  }
  return percentile == 0 ? LowestEquivalent(value) : HighestEquivalent(value);
}

void Histogram::ForEachPercentile(const std::function<void(double, int64_t)>& report) const {
  if (total_ == 0) {
    report(100.0, 0);
    return;
  }
  size_t index = 0;
  int64_t cumulative = counts_[0];
  double target = 0;
  for (;;) {
    // Walk forward to the first recorded bucket at or past the target percentile; one
    // bucket may satisfy several targets in a row.
    while (counts_[index] == 0 ||
           100.0 * static_cast<double>(cumulative) / static_cast<double>(total_) < target) {
      if (++index >= counts_.size()) return;
      cumulative += counts_[index];
    }
    int64_t value = ValueAtIndex(index);
    report(target, value);
    if (cumulative >= total_) {
      report(100.0, value);
      return;
    }
    // The next target halves the distance left to 100.
    int halvings = static_cast<int>(std::log2(100.0 / (100.0 - target))) + 1;
    target += 100.0 / std::pow(2.0, halvings);
  }
}

}  // namespace lode
