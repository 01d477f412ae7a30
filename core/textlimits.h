#pragma once

#include <QtGlobal>

namespace starling::limits {

// Generous caps that no real story reaches (a 100 000-character Action is ~30 pages), but that
// keep a pasted log file or a hostile import from bloating the vault and freezing editors.
inline constexpr int MaxTextLength = 100'000;
inline constexpr int MaxNameLength = 1'000;   // titles, names, keywords, themes
inline constexpr int MaxListLength = 200;     // keywords or themes on one value or question
inline constexpr qint64 MaxImportFileSize = 512ll * 1024 * 1024;

} // namespace starling::limits
