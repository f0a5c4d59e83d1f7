#include "gold_score.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "chidao/vn_text.h"

namespace chidao::testing {
namespace {

std::set<std::string> WordSet(const std::string& s) {
  std::set<std::string> out;
  std::string key = FoldKey(s), cur;
  for (char c : key) {
    if (c == ' ') {
      if (!cur.empty()) out.insert(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.insert(cur);
  return out;
}

std::string Str(const nlohmann::json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || j[key].is_null()) return "";
  if (j[key].is_string()) return j[key].get<std::string>();
  return j[key].dump();
}

std::multiset<std::string> BodyKeys(const nlohmann::json& task, const char* role) {
  std::multiset<std::string> out;
  if (!task.contains(role) || !task[role].is_array()) return out;
  for (const auto& b : task[role]) {
    if (!b.is_string()) continue;
    std::string key = FoldKey(b.get<std::string>());
    if (!out.count(key)) out.insert(key);
  }
  return out;
}

std::string DeadlineKey(const nlohmann::json& task) {
  if (!task.contains("deadline") || task["deadline"].is_null()) return "";
  const auto& d = task["deadline"];
  std::string when = Str(d, "date");
  if (when.empty()) when = Str(d, "every");
  return Str(d, "kind") + "|" + when + "|" + Str(d, "time");
}

}  // namespace

DocScore& DocScore::operator+=(const DocScore& o) {
  tasks += o.tasks;
  bodies += o.bodies;
  deadlines += o.deadlines;
  for (const auto& [k, v] : o.meta) {
    meta[k].first += v.first;
    meta[k].second += v.second;
  }
  return *this;
}

std::string FoldKey(const std::string& s) {
  std::string folded = FoldDiacritics(s), out;
  bool space = true;
  for (char c : folded) {
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80);
    if (word) {
      out += c;
      space = false;
    } else if (!space) {
      out += ' ';
      space = true;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

double Dice(const std::string& a, const std::string& b) {
  std::set<std::string> x = WordSet(a), y = WordSet(b);
  if (x.empty() && y.empty()) return 1.0;
  std::size_t common = 0;
  for (const std::string& w : x) common += y.count(w);
  return 2.0 * common / double(x.size() + y.size());
}

DocScore Score(const nlohmann::json& predicted, const nlohmann::json& gold) {
  DocScore s;
  const auto& pt = predicted["tasks"];
  const auto& gt = gold["tasks"];
  std::vector<std::tuple<double, std::size_t, std::size_t>> pairs;
  for (std::size_t i = 0; i < pt.size(); ++i)
    for (std::size_t j = 0; j < gt.size(); ++j) {
      double d = Dice(Str(pt[i], "text"), Str(gt[j], "text"));
      if (d >= 0.5) pairs.emplace_back(d, i, j);
    }
  std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
  std::vector<long> pred_to_gold(pt.size(), -1), gold_to_pred(gt.size(), -1);
  for (const auto& [d, i, j] : pairs) {
    if (pred_to_gold[i] >= 0 || gold_to_pred[j] >= 0) continue;
    pred_to_gold[i] = static_cast<long>(j);
    gold_to_pred[j] = static_cast<long>(i);
  }
  for (std::size_t i = 0; i < pt.size(); ++i) {
    if (pred_to_gold[i] < 0) {
      ++s.tasks.fp;
      s.notes.push_back("extra task: " + Str(pt[i], "text").substr(0, 90));
      for (const char* role : {"lead", "support"}) s.bodies.fp += BodyKeys(pt[i], role).size();
      if (!DeadlineKey(pt[i]).empty()) ++s.deadlines.fp;
      continue;
    }
    const auto& g = gt[static_cast<std::size_t>(pred_to_gold[i])];
    ++s.tasks.tp;
    for (const char* role : {"lead", "support"}) {
      std::multiset<std::string> p = BodyKeys(pt[i], role), q = BodyKeys(g, role);
      for (const std::string& k : p) {
        if (q.count(k)) ++s.bodies.tp;
        else { ++s.bodies.fp; s.notes.push_back(std::string("extra ") + role + " '" + k + "' in: " + Str(g, "text").substr(0, 60)); }
      }
      for (const std::string& k : q)
        if (!p.count(k)) { ++s.bodies.fn; s.notes.push_back(std::string("missed ") + role + " '" + k + "' in: " + Str(g, "text").substr(0, 60)); }
    }
    std::string pd = DeadlineKey(pt[i]), gd = DeadlineKey(g);
    if (!pd.empty() && pd == gd) ++s.deadlines.tp;
    else {
      if (!pd.empty()) ++s.deadlines.fp;
      if (!gd.empty()) ++s.deadlines.fn;
      if (pd != gd) s.notes.push_back("deadline '" + pd + "' vs gold '" + gd + "' in: " + Str(g, "text").substr(0, 60));
    }
  }
  for (std::size_t j = 0; j < gt.size(); ++j) {
    if (gold_to_pred[j] >= 0) continue;
    ++s.tasks.fn;
    s.notes.push_back("missed task: " + Str(gt[j], "text").substr(0, 90));
    for (const char* role : {"lead", "support"}) s.bodies.fn += BodyKeys(gt[j], role).size();
    if (!DeadlineKey(gt[j]).empty()) ++s.deadlines.fn;
  }
  // Metadata.
  const auto& pm = predicted["meta"];
  const auto& gm = gold["meta"];
  for (const char* f : {"code", "number", "type_code", "issuer_code", "type", "issuer", "place",
                        "date", "urgency", "signer", "signer_title", "subject"}) {
    std::string p = FoldKey(Str(pm, f)), g = FoldKey(Str(gm, f));
    bool ok = std::string(f) == "subject" ? (p == g || (!p.empty() && !g.empty() && Dice(p, g) >= 0.8)) : p == g;
    auto& cell = s.meta[f];
    cell.second += 1;
    cell.first += ok;
    if (!ok) s.notes.push_back(std::string("meta ") + f + ": '" + Str(pm, f) + "' vs gold '" + Str(gm, f) + "'");
  }
  for (const char* f : {"addressees", "recipients"}) {
    std::set<std::string> p, g;
    if (pm.contains(f) && pm[f].is_array()) for (const auto& x : pm[f]) p.insert(FoldKey(x.get<std::string>()));
    if (gm.contains(f) && gm[f].is_array()) for (const auto& x : gm[f]) g.insert(FoldKey(x.get<std::string>()));
    auto& cell = s.meta[f];
    cell.second += 1;
    cell.first += p == g;
    if (p != g) s.notes.push_back(std::string("meta ") + f + " differ");
  }
  return s;
}

}  // namespace chidao::testing
