#pragma once
// The one exception hierarchy of frontline. Everything the library throws
// derives from frontline::Error; the CLI's main() is the single place where
// these become messages and exit codes (see docs/exit-codes.md).
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace frontline {

/// Process exit codes, documented in docs/exit-codes.md.
enum class ExitCode : int {
    ok = 0,
    failure = 1,        ///< unexpected internal error
    usage = 2,          ///< bad command line or config
    input = 3,          ///< no input could be read
    output = 4,         ///< an output could not be written (previous output kept)
    gazetteer = 5,      ///< gazetteer missing, corrupt or incompatible
    partial = 6,        ///< some inputs were skipped (only with --strict)
    locked = 7,         ///< another run holds the lock
};

/// Base of all frontline errors.
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& what, ExitCode code = ExitCode::failure)
        : std::runtime_error(what), code_(code) {}
    ExitCode code() const noexcept { return code_; }

private:
    ExitCode code_;
};

/// Bad command line or configuration.
class UsageError : public Error {
public:
    explicit UsageError(const std::string& what) : Error(what, ExitCode::usage) {}
};

/// Where in an input a problem sits; any part may be unknown.
struct InputPosition {
    std::string file;
    std::optional<std::uint64_t> line;    ///< 1-based
    std::optional<std::uint64_t> offset;  ///< byte offset into the file

    std::string to_string() const;
};

/// An input that cannot be read or parsed. Parsers throw it where the bad
/// byte is; the loop that knows the file and line fills in the position.
class InputError : public Error {
public:
    InputError(InputPosition where, const std::string& what)
        : Error(where.to_string() + ": " + what, ExitCode::input), where_(std::move(where)), detail_(what) {}
    const InputPosition& where() const noexcept { return where_; }
    const std::string& detail() const noexcept { return detail_; }

private:
    InputPosition where_;
    std::string detail_;
};

/// An output that could not be written. Whatever existed before is kept.
class OutputError : public Error {
public:
    explicit OutputError(const std::string& what) : Error(what, ExitCode::output) {}
};

/// The gazetteer file is missing, corrupt or of another format version.
class GazetteerError : public Error {
public:
    explicit GazetteerError(const std::string& what) : Error(what, ExitCode::gazetteer) {}
};

}  // namespace frontline
