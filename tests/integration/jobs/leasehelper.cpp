// A separate process racing for leases, for the contention tests:
//   leasehelper DB_URL DURATION_MS
// Prints "ready", then for each line "acquire NAME" on stdin tries the lease NAME as host:pid and prints
// "won HOLDER" or "lost HOLDER" (the holder that has it); "release NAME" releases; "quit" (or EOF) exits,
// releasing what it holds. The tests kill it (SIGKILL) to play a crashed holder that never releases.

#include "services/db/database.h"
#include "services/jobs/lease.h"

#include <QCoreApplication>
#include <QTextStream>

#include <chrono>
#include <map>
#include <memory>

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

    QTextStream in(stdin);
    QTextStream out(stdout);
    out << "ready" << Qt::endl;
    std::map<QString, std::unique_ptr<md::jobs::Lease>> leases;
    QString line;
    while (in.readLineInto(&line)) {
        const QString command = line.section(u' ', 0, 0);
        const QString name = line.section(u' ', 1);
        if (command == u"quit")
            break;
        if (command == u"acquire") {
            auto lease = std::make_unique<md::jobs::Lease>(database, name);
            auto info = lease->tryAcquire(duration);
            if (!info) {
                out << "error " << info.error().toString() << Qt::endl;
                continue;
            }
            out << (info->acquired ? "won " : "lost ") << info->holder << Qt::endl;
            leases[name] = std::move(lease);
        } else if (command == u"release") {
            leases.erase(name);
            out << "released" << Qt::endl;
        }
    }
    return 0; // ~Lease releases what is still held

}
