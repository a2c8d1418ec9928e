#include "services/gnb/feedcolumns.h"
#include "tests/common/testhelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::gnb;

namespace {
QStringList requiredHeader()
{
    return { u"CodArticolo"_s, u"Modello"_s, u"Marca"_s, u"Categoria"_s, u"Colore"_s, u"Taglia"_s, u"Quantita"_s,
        u"PrezzoListino"_s, u"PrezzoNetto"_s };
}
} // namespace

class TestFeedColumns : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void canonicalHeader()
    {
        const FeedColumns columns;
        const auto layout = columns.matchHeader(requiredHeader(), u"GUCCI.csv"_s);
        MD_VERIFY_OK(layout);
        QCOMPARE((*layout)[FeedColumn::CodArticolo], 0);
        QCOMPARE((*layout)[FeedColumn::PrezzoNetto], 8);
        QCOMPARE((*layout)[FeedColumn::Descrizione], -1);
        QCOMPARE(layout->fieldCount, 9);
        QVERIFY(layout->unknown.isEmpty());
    }
    void builtInAliasesCaseAndSpaces()
    {
        const FeedColumns columns;
        const QStringList header { QString(QChar(0xFEFF)) + u"codice articolo"_s, u"  MODELLO "_s, u"Brand"_s,
            u"Categoria"_s, u"Descrizione Colore"_s, u"Taglia"_s, u"Quantità"_s, u"Prezzo Listino"_s, u"prezzo netto"_s,
            u"Foto 2"_s, u"Qualcosa"_s, u""_s };
        const auto layout = columns.matchHeader(header, u"GUCCI.csv"_s);
        MD_VERIFY_OK(layout);
        QCOMPARE((*layout)[FeedColumn::CodArticolo], 0);
        QCOMPARE((*layout)[FeedColumn::Modello], 1);
        QCOMPARE((*layout)[FeedColumn::Marca], 2);
        QCOMPARE((*layout)[FeedColumn::DescrizioneColore], 4);
        QCOMPARE((*layout)[FeedColumn::Quantita], 6);
        QCOMPARE((*layout)[FeedColumn::Foto2], 9);
        QCOMPARE(layout->unknown, QStringList { u"Qualcosa"_s }); // the empty trailing column is not reported
        QVERIFY(columns.aliases(FeedColumn::Quantita).contains(u"Qta"_s));
        QVERIFY(columns.aliases(FeedColumn::CodArticolo).contains(u"SKU"_s));
    }
    void missingRequiredColumnNamesFileColumnAndAliases()
    {
        const FeedColumns columns;
        QStringList header = requiredHeader();
        header.removeAll(u"Quantita"_s);
        const auto layout = columns.matchHeader(header, u"PRADA.csv"_s);
        QVERIFY(!layout.ok());
        QCOMPARE(layout.error().code, ErrorCode::Invalid);
        const QString msg = layout.error().message;
        QVERIFY2(msg.contains(u"PRADA.csv"_s) && msg.contains(u"Quantita"_s) && msg.contains(u"Qta"_s)
                && msg.contains(u"Quantità"_s),
            qPrintable(msg));
    }
    void missingColourColumn()
    {
        const FeedColumns columns;
        QStringList header = requiredHeader();
        header.removeAll(u"Colore"_s);
        const auto layout = columns.matchHeader(header, u"PRADA.csv"_s);
        QVERIFY(!layout.ok());
        QVERIFY2(layout.error().message.contains(u"CodiceColore"_s), qPrintable(layout.error().message));
        // Any one of the four colour columns is enough.
        header << u"ColoreFornitore"_s;
        MD_VERIFY_OK(columns.matchHeader(header, u"PRADA.csv"_s));
    }
    void columnTwice()
    {
        const FeedColumns columns;
        QStringList header = requiredHeader();
        header << u"Qta"_s;
        const auto layout = columns.matchHeader(header, u"PRADA.csv"_s);
        QVERIFY(!layout.ok());
        QVERIFY2(layout.error().message.contains(u"Quantita"_s) && layout.error().message.contains(u"Qta"_s),
            qPrintable(layout.error().message));
    }
    void jsonOverridesListedColumnsOnly()
    {
        const auto columns = FeedColumns::fromJson(
            R"({"columns": {"Quantita": ["Pezzi", "Disp."], "CodArticolo": ["Art"]}})", u"aliases.json"_s);
        MD_VERIFY_OK(columns);
        QCOMPARE(columns->aliases(FeedColumn::Quantita), (QStringList { u"Quantita"_s, u"Pezzi"_s, u"Disp."_s }));
        QVERIFY(!columns->aliases(FeedColumn::Quantita).contains(u"Qta"_s));
        QVERIFY(columns->aliases(FeedColumn::Marca).contains(u"Brand"_s)); // untouched: built-in aliases
        const QStringList header { u"art"_s, u"Modello"_s, u"Brand"_s, u"Categoria"_s, u"Colore"_s, u"Taglia"_s,
            u"DISP."_s, u"PrezzoListino"_s, u"PrezzoNetto"_s, u"Qta"_s };
        const auto layout = columns->matchHeader(header, u"X.csv"_s);
        MD_VERIFY_OK(layout);
        QCOMPARE((*layout)[FeedColumn::Quantita], 6);
        QCOMPARE(layout->unknown, QStringList { u"Qta"_s });
    }
    void jsonFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"columns.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"columns": {"Marca": ["Griffe", "Maison"]}})");
        file.close();
        const auto columns = FeedColumns::fromJsonFile(path);
        MD_VERIFY_OK(columns);
        QVERIFY(columns->aliases(FeedColumn::Marca).contains(u"Maison"_s));

        const auto missing = FeedColumns::fromJsonFile(dir.filePath(u"nope.json"_s));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::Config);
        QVERIFY(missing.error().message.contains(u"nope.json"_s));
    }
    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("not json") << QByteArray("{\"columns\": ") << u"not valid JSON"_s;
        QTest::newRow("array root") << QByteArray("[]") << u"\"columns\""_s;
        QTest::newRow("no columns") << QByteArray(R"({"colonne": {}})") << u"\"columns\""_s;
        QTest::newRow("columns not object") << QByteArray(R"({"columns": []})") << u"\"columns\""_s;
        QTest::newRow("unknown column") << QByteArray(R"({"columns": {"Prezzo": ["P"]}})") << u"\"Prezzo\""_s;
        QTest::newRow("not a list") << QByteArray(R"({"columns": {"Marca": "Brand"}})") << u"\"Marca\""_s;
        QTest::newRow("not strings") << QByteArray(R"({"columns": {"Marca": [1]}})") << u"\"Marca\""_s;
        QTest::newRow("empty alias") << QByteArray(R"({"columns": {"Marca": [" "]}})") << u"\"Marca\""_s;
        QTest::newRow("alias for two columns")
            << QByteArray(R"({"columns": {"Marca": ["Linea"], "Categoria": ["linea"]}})")
            << u"both Marca and Categoria"_s;
        QTest::newRow("alias is another canonical name")
            << QByteArray(R"({"columns": {"ColoreFornitore": ["Colore"]}})") << u"ColoreFornitore"_s;
    }
    void jsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        const auto columns = FeedColumns::fromJson(json, u"/etc/marketdesk/gnb-columns.json"_s);
        QVERIFY(!columns.ok());
        QCOMPARE(columns.error().code, ErrorCode::Config);
        const QString msg = columns.error().message;
        QVERIFY2(msg.contains(u"/etc/marketdesk/gnb-columns.json"_s), qPrintable(msg));
        QVERIFY2(msg.contains(fragment), qPrintable(msg));
    }
};

QTEST_GUILESS_MAIN(TestFeedColumns)
#include "tst_feedcolumns.moc"
