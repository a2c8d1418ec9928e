#include "ui/accounts/collectorrunner.h"

#include "services/marketplaces/common/collectorfactory.h"
#include "services/marketplaces/common/ordercollector.h"
#include "services/secrets/forwardingsecretstore.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md::ui {

CollectorRunner::CollectorRunner(db::Database database, secrets::SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_secrets(secrets)
{
}

CollectorRunner::~CollectorRunner()
{
    for (const auto& token : std::as_const(m_collecting))
        token.cancel();
    for (const auto& token : std::as_const(m_testing))
        token.cancel();
    for (QThread* thread : std::as_const(m_threads)) {
        // A cancelled collection and a test (≤ 2 attempts of 15 s) end on their own; the thread then quits.
        thread->wait();
        delete thread;
    }
}

void CollectorRunner::run(const QString& name, std::function<void(QObject*, std::function<void()>)> body)
{
    auto* thread = new QThread;
    thread->setObjectName(name);
    auto* context = new QObject;
    context->moveToThread(thread);
    m_threads.append(thread);
    const db::Database database = m_database;
    connect(thread, &QThread::started, context,
        [context, thread, body = std::move(body)] { body(context, [thread] { thread->quit(); }); });
    // QThread::finished comes from the worker thread itself: the collection (whose lease may still be released in
    // its destructor) goes there, before the thread's connection, which db::Database closes on the same signal.
    connect(
        thread, &QThread::finished, thread, [context] { delete context; }, Qt::DirectConnection);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start();
}

void CollectorRunner::testConnection(const marketplaces::Account& account)
{
    if (m_testing.contains(account.name))
        return;
    jobs::CancellationToken token;
    m_testing.insert(account.name, token);
    QPointer<secrets::SecretStore> target(m_secrets);
    run(u"md-test-"_s + account.name, [this, account, target, token](QObject* context, std::function<void()> finish) {
        auto report = [this, name = account.name, finish](const md::Status& status) {
            QMetaObject::invokeMethod(
                this,
                [this, name, status] {
                    m_testing.remove(name);
                    Q_EMIT testFinished(name, status);
                },
                Qt::QueuedConnection);
            finish();
        };
        auto* store = new secrets::ForwardingSecretStore(target, context);
        marketplaces::CollectorEnv env;
        env.secrets = store;
        env.retry.maxAttempts = 2; // a test should answer quickly, like `accounts test`
        env.callTimeout = std::chrono::milliseconds(15'000);
        auto collector = marketplaces::createCollector(account, env);
        if (!collector)
            return report(collector.error());
        auto* c = collector->release();
        c->setParent(context);
        // The runner's destruction cancels a test that is still waiting for an answer.
        auto* poll = new QTimer(context);
        QObject::connect(poll, &QTimer::timeout, c, [c, token, poll] {
            if (token.isCancelled()) {
                poll->stop();
                c->cancel();
            }
        });
        poll->start(100);
        c->testConnection([report, poll](md::Status s) {
            poll->stop();
            report(s);
        });
    });
}

bool CollectorRunner::collectNow(const QString& accountName)
{
    if (m_collecting.contains(accountName))
        return false;
    jobs::CancellationToken token;
    m_collecting.insert(accountName, token);
    QPointer<secrets::SecretStore> target(m_secrets);
    const db::Database database = m_database;
    run(u"md-collect-"_s + accountName,
        [this, accountName, token, target, database](QObject* context, std::function<void()> finish) {
            auto* store = new secrets::ForwardingSecretStore(target, context);
            marketplaces::CollectorEnv env;
            env.secrets = store;
            marketplaces::CollectRequest request;
            request.accountName = accountName;
            request.ownLeaseAndResult = true; // a job_results row and the account's lease, like the CLI
            auto* collection = new marketplaces::OrderCollection(database, env, request, token, context);
            QObject::connect(collection->progress(), &jobs::ProgressReporter::progressed, context,
                [this, accountName](const jobs::Progress& progress) {
                    QMetaObject::invokeMethod(
                        this, [this, accountName, progress] { Q_EMIT collectProgress(accountName, progress); },
                        Qt::QueuedConnection);
                });
            QObject::connect(collection, &marketplaces::OrderCollection::finished, context,
                [this, accountName, finish](const marketplaces::CollectOutcome& outcome) {
                    QMetaObject::invokeMethod(
                        this,
                        [this, accountName, outcome] {
                            m_collecting.remove(accountName);
                            Q_EMIT collectFinished(accountName, outcome);
                        },
                        Qt::QueuedConnection);
                    finish();
                });
            collection->start();
        });
    return true;
}

void CollectorRunner::cancelCollect(const QString& accountName)
{
    if (auto it = m_collecting.constFind(accountName); it != m_collecting.cend())
        it->cancel();
}

} // namespace md::ui
