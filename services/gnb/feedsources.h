#pragma once

#include "services/domain/result.h"
#include "services/gnb/feedsource.h"

#include <memory>

namespace md::gnb {

struct FeedSourceOptions {
    QString location; // a folder, or an http(s):// base URL
    QString basicUser; // HTTP Basic auth user; the password comes from the keychain
    bool useApiKey = false; // send X-Api-Key from the keychain
};

// A folder source for a path, an HTTP source (credentials from the OS keychain) for an http(s) URL.
// Config errors name the location and say what to fix.
Result<std::unique_ptr<FeedSource>> createFeedSource(const FeedSourceOptions& options);

} // namespace md::gnb
