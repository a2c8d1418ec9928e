#include "services/gnb/demofeed.h"

#include "services/db/sql.h"
#include "services/gnb/categorymappings.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace md::gnb::demo {

namespace {
const QString kRoot = u":/demo/gnb"_s;

// Supplier category → own category path, as the seller's category tree names them.
const QHash<QString, QString>& ownCategories()
{
    static const QHash<QString, QString> map {
        { u"Borse"_s, u"가방"_s },
        { u"Scarpe"_s, u"신발"_s },
        { u"Abbigliamento"_s, u"의류"_s },
        { u"Accessori"_s, u"액세서리"_s },
    };
    return map;
}
} // namespace

bool isAvailable()
{
    return !QDir(kRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty();
}

QString unmappedBrand()
{
    return u"STONE ISLAND"_s;
}

Result<bool> databaseIsEmpty(const db::Database& database)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    auto any = db::scalar(*conn, u"SELECT COUNT(*) FROM (SELECT 1 FROM product LIMIT 1) t"_s);
    if (!any)
        return any.error();
    return any->toInt() == 0;
}

Result<QString> extractTo(QTemporaryDir& dir, QString* day)
{
    const QStringList days = QDir(kRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (days.isEmpty() || !dir.isValid())
        return Error { ErrorCode::NotFound, QCoreApplication::translate("md::gnb", "This build has no demo data."),
            {} };
    *day = days.last();
    QDirIterator it(kRoot, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = dir.filePath(source.mid(kRoot.size() + 1));
        QDir().mkpath(QFileInfo(target).absolutePath());
        // Resource files are read-only; the copy must be readable like any feed file.
        if (!QFile::copy(source, target))
            return Error { ErrorCode::Io,
                QCoreApplication::translate("md::gnb", "Cannot unpack the demo data to %1.").arg(dir.path()), {} };
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return dir.path();
}

Result<int> mapCategories(const db::Database& database)
{
    CategoryMappings mappings(database);
    auto pairs = mappings.list();
    if (!pairs)
        return pairs.error();
    int published = 0;
    for (const auto& pair : std::as_const(*pairs)) {
        const QString own = ownCategories().value(pair.category);
        if (own.isEmpty() || !pair.mappedTo.isEmpty() || pair.brand == unmappedBrand())
            continue;
        auto mapped = mappings.map(pair.brand, pair.category, own, u"demo"_s, u"demo"_s);
        if (!mapped)
            return mapped.error();
        published += mapped->published;
    }
    return published;
}

} // namespace md::gnb::demo
