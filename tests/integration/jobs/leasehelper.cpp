// A separate process racing for leases, for the contention tests:
//   leasehelper DB_URL DURATION_MS
// Prints "ready", then for each line "acquire NAME [AT]" on stdin tries the lease NAME as host:pid — at the
// wall-clock time AT (ms since the epoch) when given, so that several processes really try at once — and prints
// "won HOLDER @US" or "lost HOLDER @US" (the holder that has it; when it tried, µs since the epoch); "release NAME"
// releases; "quit" (or EOF) exits, releasing what it holds. The tests kill it (SIGKILL) to play a crashed holder that
// never releases.

#include "services/db/database.h"
#include "services/jobs/lease.h"

#include <QCoreApplication>
#include <QTextStream>
#include <chrono>
#include <map>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        QTextStream(stderr) << "usage: leasehelper DB_URL DURATION_MS\n";
        return 2;
    }
    auto config = md::db::parseDbUrl(args.at(1));
    if (!config) {
        QTextStream(stderr) << config.error().toString() << '\n';
        return 2;
    }
    const md::db::Database database(*config);
    const std::chrono::milliseconds duration(args.at(2).toLongLong());

    // Connect before reporting ready, so that connecting is not part of the race.
    if (auto conn = database.connection(); !conn) {
        QTextStream(stderr) << conn.error().toString() << '\n';
        return 1;
    }
    QTextStream in(stdin);
    QTextStream out(stdout);
    out << "ready" << Qt::endl;
    std::map<QString, std::unique_ptr<md::jobs::Lease>> leases;
    QString line;
    while (in.readLineInto(&line)) {
        const QString command = line.section(u' ', 0, 0);
        const QString name = line.section(u' ', 1, 1);
        const qint64 at = line.section(u' ', 2, 2).toLongLong();
        if (command == u"quit")
            break;
        if (command == u"acquire") {
            auto lease = std::make_unique<md::jobs::Lease>(database, name);
            // Sleeping until an absolute time wakes every process within microseconds of the others; spinning
            // would not, since there are more processes than cores.
            if (at > 0)
                std::this_thread::sleep_until(std::chrono::system_clock::time_point(std::chrono::milliseconds(at)));
            const auto tried = std::chrono::duration_cast<std::chrono::microseconds>(
                std::chrono::system_clock::now().time_since_epoch());
            auto info = lease->tryAcquire(duration);
            if (!info) {
                out << "error " << info.error().toString() << Qt::endl;
                continue;
            }
            out << (info->acquired ? "won " : "lost ") << info->holder << " @" << tried.count() << Qt::endl;
            leases[name] = std::move(lease);
        } else if (command == u"release") {
            leases.erase(name);
            out << "released" << Qt::endl;
        }
    }
    return 0; // ~Lease releases what is still held
}
