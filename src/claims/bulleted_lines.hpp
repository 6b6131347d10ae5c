#pragma once
// Bulleted lines of a bulletin ("🔹 Харківський район: м. Вовчанськ, с.
// Вільча", "- Vovchansk, Lyptsi"): whether a sentence opens such a line, so
// that the lines under a sentence counting the settlements an event befell
// can be read as naming them.
#include <cstddef>
#include <string_view>

namespace frontline {

/// Whether the line holding byte `pos` of `text` opens with a bullet: a dash,
/// an asterisk, or a symbol or emoji (any code point from U+2000 on that is
/// not a letter of the scripts read here).
bool bulleted_line(std::string_view text, std::size_t pos);

/// Whether only a bullet and spaces stand between the start of the line
/// holding `pos` and `pos`.
bool opens_its_line(std::string_view text, std::size_t pos);

}  // namespace frontline
