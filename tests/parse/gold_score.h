// Scoring of parse output against hand-written gold annotations (tests/gold/README.md).
//
// Tasks are matched one-to-one, greedily by the Dice similarity of their folded word sets
// (pairs below 0.5 never match). Bodies are scored as (task, role, folded name) triples and
// deadlines as (task, kind, date-or-every, time) tuples; on unmatched tasks every triple or
// tuple counts as an error. Metadata is scored field by field: exact after folding, the subject
// with a Dice ≥ 0.8 allowance, lists as sets.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace chidao::testing {

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double Precision() const { return tp + fp == 0 ? 1.0 : double(tp) / (tp + fp); }
  double Recall() const { return tp + fn == 0 ? 1.0 : double(tp) / (tp + fn); }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
  Counts& operator+=(const Counts& o) {
    tp += o.tp, fp += o.fp, fn += o.fn;
    return *this;
  }
};

struct DocScore {
  Counts tasks, bodies, deadlines;
  std::map<std::string, std::pair<int, int>> meta;  // field → (correct, total)
  std::vector<std::string> notes;                   // mismatches, for the report
  DocScore& operator+=(const DocScore& o);
};

// Folded word tokens of `s` joined by spaces: "UBND các huyện, thành phố" → "ubnd cac huyen thanh pho".
std::string FoldKey(const std::string& s);

// Dice similarity of the folded word sets of two texts.
double Dice(const std::string& a, const std::string& b);

// Scores `predicted` (the `parse --json` shape) against `gold` (a gold file).
DocScore Score(const nlohmann::json& predicted, const nlohmann::json& gold);

}  // namespace chidao::testing
