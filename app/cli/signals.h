#pragma once

#include "services/jobs/cancellationtoken.h"

namespace md::cli {

// SIGINT and SIGTERM set this token (and nothing else: it is all a signal handler may safely do), so long
// commands stop cleanly at their next check. A second signal ends the process at once.
void cancelOnSignals(const jobs::CancellationToken& token);

} // namespace md::cli
