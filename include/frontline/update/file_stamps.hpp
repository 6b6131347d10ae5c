#pragma once
// The size and mtime of every input file of a run, on several threads.
//
// A scheduled run stats every file of its inbox to find the few that changed
// (as make and rsync judge files). At 100,000 files those system calls were
// a third of a run that changed nothing; like git's preloaded index, the
// files are split between threads, each statting its share relative to the
// file's directory (walking each full path from the root cost a fifth more).
#include <optional>
#include <string>
#include <vector>

#include "frontline/update/state.hpp"

namespace frontline::update {

/// The stamp of each path in `paths` (same order): null for a path that is
/// not a regular file or cannot be statted, and for standard input ("-").
/// `threads`: at most this many (0: all cores); small lists use one.
std::vector<std::optional<FileStamp>> stamp_files(const std::vector<std::string>& paths, unsigned threads = 0);

}  // namespace frontline::update
