#include "app/cli/signals.h"

#include <csignal>
#include <cstdlib>

namespace md::cli {

namespace {
std::atomic<bool>* s_flag = nullptr;
volatile std::sig_atomic_t s_signals = 0;

extern "C" void onSignal(int)
{
    if (s_signals++ > 0)
        std::_Exit(130);
    if (s_flag)
        s_flag->store(true, std::memory_order_relaxed);
}
} // namespace

void cancelOnSignals(const jobs::CancellationToken& token)
{
    static jobs::CancellationToken keep; // the flag must outlive every handler call
    keep = token;
    s_flag = keep.flag();
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

} // namespace md::cli
