#include "services/db/migrator.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSqlSplit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitsAtTopLevelSemicolons()
    {
        const auto parts = md::db::splitSqlStatements(u"CREATE TABLE a (x INT);\n-- comment; here\n"
                                                      "INSERT INTO a VALUES (1);  "_s);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0), u"CREATE TABLE a (x INT)"_s);
        QCOMPARE(parts.at(1), u"INSERT INTO a VALUES (1)"_s);
    }
    void keepsQuotedAndDollarBodies()
    {
        const auto parts = md::db::splitSqlStatements(u"INSERT INTO t VALUES ('a;b''c;');"
                                                      "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;"
                                                      "SELECT \"odd;name\" FROM t"_s);
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0), u"INSERT INTO t VALUES ('a;b''c;')"_s);
        QVERIFY(parts.at(1).contains(u"SELECT 1; $$"_s));
        QCOMPARE(parts.at(2), u"SELECT \"odd;name\" FROM t"_s);
    }
    void ignoresEmptyStatements() { QCOMPARE(md::db::splitSqlStatements(u" ; ;\n-- only a comment\n"_s).size(), 0); }
};

QTEST_GUILESS_MAIN(TestSqlSplit)
#include "tst_sqlsplit.moc"
