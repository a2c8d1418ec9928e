#include "services/db/dbconfig.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::db;

class TestDbConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sqliteUrl()
    {
        auto cfg = parseDbUrl(u"sqlite:///var/lib/md/shop.db"_s);
        QVERIFY(cfg.ok());
        QCOMPARE(cfg->dialect, Dialect::Sqlite);
        QCOMPARE(cfg->path, u"/var/lib/md/shop.db"_s);
    }
    void sqliteNeedsAbsolutePath()
    {
        auto cfg = parseDbUrl(u"sqlite://relative/shop.db"_s);
        QVERIFY(!cfg.ok());
        QVERIFY(cfg.error().message.contains(u"three slashes"_s));
    }
    void postgresUrl()
    {
        auto cfg = parseDbUrl(u"postgresql://kim@db.internal:6543/market?sslmode=require"_s);
        QVERIFY(cfg.ok());
        QCOMPARE(cfg->dialect, Dialect::Postgres);
        QCOMPARE(cfg->user, u"kim"_s);
        QCOMPARE(cfg->host, u"db.internal"_s);
        QCOMPARE(cfg->port, 6543);
        QCOMPARE(cfg->database, u"market"_s);
        QVERIFY(cfg->options.contains(u"sslmode=require"_s));
        QCOMPARE(cfg->displayUrl(), u"postgresql://kim@db.internal:6543/market"_s);
    }
    void postgresDefaultsPort()
    {
        auto cfg = parseDbUrl(u"postgres://kim@db/market"_s);
        QVERIFY(cfg.ok());
        QCOMPARE(cfg->port, 5432);
    }
    void passwordInUrlIsRefusedAndNotEchoed()
    {
        auto cfg = parseDbUrl(u"postgresql://kim:s3cr3t-pw@db:5432/market"_s);
        QVERIFY(!cfg.ok());
        QVERIFY(cfg.error().message.contains(u"PGPASSWORD"_s));
        QVERIFY(!cfg.error().toString().contains(u"s3cr3t-pw"_s));
    }
    void unknownSchemeAndOption()
    {
        QVERIFY(!parseDbUrl(u"mysql://kim@db/market"_s).ok());
        auto cfg = parseDbUrl(u"postgresql://kim@db/market?password=x"_s);
        QVERIFY(!cfg.ok());
        QVERIFY(cfg.error().message.contains(u"unknown option"_s));
    }
    void missingUserOrDatabase()
    {
        QVERIFY(!parseDbUrl(u"postgresql://db:5432/market"_s).ok());
        QVERIFY(!parseDbUrl(u"postgresql://kim@db:5432/"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestDbConfig)
#include "tst_dbconfig.moc"
