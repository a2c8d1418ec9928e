#pragma once

#include "services/domain/result.h"
#include "services/gnb/feedsource.h"

#include <memory>

namespace md::secrets {
class SecretStore;
}

namespace md::gnb {

struct FeedSourceOptions {
    QString location; // a folder, or an http(s):// base URL
    QString basicUser; // HTTP Basic auth user; the password comes from the keychain
    bool useApiKey = false; // send X-Api-Key from the keychain
    // Where the password or API key is read; null: the OS keychain, from the thread that uses the source. A process
    // that already uses the keychain from another thread passes a store forwarding there (QtKeychain serves one
    // thread per process).
    secrets::SecretStore* secrets = nullptr;
};

// A folder source for a path, an HTTP source (credentials from the OS keychain) for an http(s) URL.
// Config errors name the location and say what to fix.
Result<std::unique_ptr<FeedSource>> createFeedSource(const FeedSourceOptions& options);

} // namespace md::gnb
