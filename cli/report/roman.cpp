#include "report/roman.h"

namespace chidao::report {

std::string RomanNumeral(int n) {
  if (n < 1 || n > 3999) return std::to_string(n);
  static const struct {
    int value;
    const char* digits;
  } kTable[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                {90, "XC"},  {50, "L"},   {40, "XL"}, {10, "X"},   {9, "IX"},
                {5, "V"},    {4, "IV"},   {1, "I"}};
  std::string out;
  for (const auto& entry : kTable) {
    while (n >= entry.value) {
      out += entry.digits;
      n -= entry.value;
    }
  }
  return out;
}

}  // namespace chidao::report
