// Roman numerals for group headings: Vietnamese documents number their parts I, II, III.
#pragma once

#include <string>

namespace chidao::report {

// "I", "IV", "XII" for 1..3999; the decimal digits otherwise.
std::string RomanNumeral(int n);

}  // namespace chidao::report
