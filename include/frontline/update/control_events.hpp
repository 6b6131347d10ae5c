#pragma once
// The events the derived layers are made from, read from the state's mention
// rows of the claims derive_control reads (captures and withdrawals) rather
// than from every mention: what a run that changes an output in place needs
// to make its control and front layers again (issue #17).
#include <vector>

#include "frontline/events/event_builder.hpp"
#include "frontline/update/log.hpp"
#include "frontline/update/state.hpp"

namespace frontline::update {

/// Every event of a claim derive_control reads, as a build of every mention
/// in the state makes it: the same ids, values and representative places, in
/// the same order. Throws StateError.
std::vector<Event> control_events(StateStore& state, Logger& log);

}  // namespace frontline::update
