// Histogram: an HDR-style histogram of positive integers (HdrHistogram's bucket layout).
//
// Values are counted in buckets whose width doubles from one bucket to the next, while each
// bucket keeps enough sub-buckets that every value is known to `figures` significant decimal
// digits. Memory stays a few KiB for a range of 1 to 2^53, and percentiles, min, max, mean and
// stddev come out exactly as Node (which bundles HdrHistogram) reports them. No V8 here: the
// performance binding wraps it for JS, and cctest can test it alone.
#ifndef LODE_SRC_HISTOGRAM_H_
#define LODE_SRC_HISTOGRAM_H_

#include <cstdint>
#include <functional>
#include <vector>

namespace lode {

class Histogram {
 public:
  // The layout needs lowest's magnitude plus the sub-bucket bits to fit in 63 bits; JS checks
  // this first so no user input reaches the constructor's CHECK.
  static bool IsValidConfig(int64_t lowest, int64_t highest, int figures);

  Histogram(int64_t lowest, int64_t highest, int figures);

  // Counts `value`; false (and one more in exceeds()) when it is above `highest`.
  bool Record(int64_t value);
  // Merges `other`'s buckets into this one. Its count and exceeds carry over whole; buckets
  // above this histogram's highest value are dropped (Node's semantics).
  void Add(const Histogram& other);
  void Reset();

  // Values accepted by Record() plus counts merged in by Add().
  int64_t count() const { return count_; }
  int64_t exceeds() const { return exceeds_; }
  int64_t highest() const { return highest_; }
  // INT64_MAX while empty (Node shows that), else the low end of the smallest value's bucket.
  int64_t Min() const;
  // 0 while empty, else the high end of the largest value's bucket.
  int64_t Max() const;
  // Both NaN while empty; computed from each bucket's midpoint.
  double Mean() const;
  double Stddev() const;
  // The high end of the bucket holding the value at `percentile` (0 < percentile <= 100).
  int64_t ValueAtPercentile(double percentile) const;
  // Reports (percentile, value) at 0, 50, 75, 87.5, ... (each step halves the distance left
  // to 100) wherever values were recorded, then at 100: the `percentiles` map of Node.
  void ForEachPercentile(const std::function<void(double, int64_t)>& report) const;

 private:
  struct Position {
    int bucket;
    int64_t sub_bucket;
  };
  Position PositionOf(int64_t value) const;
  size_t IndexOf(int64_t value) const;
  int64_t ValueAtIndex(size_t index) const;
  int64_t LowestEquivalent(int64_t value) const;
  int64_t EquivalentRangeSize(int64_t value) const;
  int64_t HighestEquivalent(int64_t value) const { return LowestEquivalent(value) + EquivalentRangeSize(value) - 1; }
  int64_t MedianEquivalent(int64_t value) const { return LowestEquivalent(value) + (EquivalentRangeSize(value) >> 1); }
  // Adds `times` occurrences of `value`; false when the value has no bucket.
  bool CountValue(int64_t value, int64_t times);

  int64_t highest_;
  int unit_magnitude_;                 // log2 of the finest resolution (floor(log2(lowest)))
  int sub_bucket_half_count_magnitude_;
  int64_t sub_bucket_count_;
  int64_t sub_bucket_half_count_;
  int64_t sub_bucket_mask_;
  std::vector<int64_t> counts_;
  int64_t total_ = 0;                  // sum of counts_
  int64_t min_value_;                  // smallest non-zero value recorded
  int64_t max_value_ = 0;
  int64_t count_ = 0;
  int64_t exceeds_ = 0;
};

}  // namespace lode

#endif  // LODE_SRC_HISTOGRAM_H_
