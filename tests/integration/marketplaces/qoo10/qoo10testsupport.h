#pragma once

#include "services/marketplaces/common/account.h"
#include "services/marketplaces/common/collectorfactory.h"
#include "services/secrets/memorysecretstore.h"
#include "tests/fakes/qoo10/fakeqoo10server.h"

#include <QEventLoop>
#include <QTimer>
#include <functional>

namespace md::test {

// An account pointing at the fake, its secrets in `store`, and test-speed retry settings.
inline marketplaces::Account qoo10Account(
    const fakes::FakeQoo10Server& fake, const QString& name = QStringLiteral("main"))
{
    marketplaces::Account a;
    a.id = 0;
    a.platform = QStringLiteral("qoo10");
    a.name = name;
    a.sellerId = QStringLiteral("fake-seller");
    a.baseUrl = fake.baseUrl();
    return a;
}

inline void storeQoo10Secrets(
    secrets::MemorySecretStore& store, const marketplaces::Account& a, const fakes::FakeQoo10Credentials& c = {})
{
    QEventLoop loop;
    int pending = 3;
    auto done = [&](Status) {
        if (--pending == 0)
            loop.quit();
    };
    store.write(a.secretKey(QStringLiteral("api_key")), c.apiKey, &loop, done);
    store.write(a.secretKey(QStringLiteral("user_id")), c.userId.toUtf8(), &loop, done);
    store.write(a.secretKey(QStringLiteral("password")), c.password.toUtf8(), &loop, done);
    loop.exec();
}

inline marketplaces::CollectorEnv fastEnv(secrets::SecretStore* store, std::chrono::milliseconds spacing = {})
{
    marketplaces::CollectorEnv env;
    env.secrets = store;
    env.retry.maxAttempts = 4; // 3 retries, as in production
    env.retry.baseDelay = std::chrono::milliseconds(10);
    env.retry.maxDelay = std::chrono::milliseconds(50);
    env.retry.serverWaitCap = std::chrono::milliseconds(50);
    env.callTimeout = std::chrono::milliseconds(400);
    env.minCallSpacing = spacing;
    return env;
}

// Runs an asynchronous operation to its callback (a test's own event loop), failing after `timeoutMs`.
template<typename T>
std::optional<T> await(const std::function<void(std::function<void(T)>)>& start, int timeoutMs = 60'000)
{
    QEventLoop loop;
    std::optional<T> result;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start([&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

} // namespace md::test
