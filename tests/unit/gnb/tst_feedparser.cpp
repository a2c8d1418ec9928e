#include "services/gnb/feedparser.h"
#include "services/gnb/textdecode.h"
#include "tests/common/testhelpers.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::gnb;

namespace {
const QByteArray kHeader = "CodArticolo;Modello;Marca;Categoria;Sottocategoria;Genere;Stagione;Colore;CodiceColore;"
                           "DescrizioneColore;ColoreFornitore;Taglia;TipoTaglia;Quantita;PrezzoListino;PrezzoNetto;"
                           "Valuta;EAN;MadeIn;Composizione;Descrizione;Foto1;Foto2;Foto3;Foto4;Foto5;UltimaModifica";

// A valid row with the given CodArticolo; overrides replace fields by canonical position.
QByteArray row(const QByteArray& code, const QHash<int, QByteArray>& overrides = {})
{
    QList<QByteArray> f { code, "M100", "Gucci", "Borse", "Borse a spalla", "Donna", "FW24", "A1192", "A1192", "", "",
        "UNI", "INT", "3", "1.234,50", "617,25", "EUR", "8050000000001", "Italia", "100% pelle", "Borsa \"Jackie\"",
        "http://img/1.jpg", "", "http://img/3.jpg", "", "", "20/11/2026 08:15:00" };
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        f[it.key()] = it.value();
    return f.join(';');
}

struct Run {
    Status opened;
    std::vector<FeedRow> rows;
    std::vector<FeedReject> rejects;
    std::vector<FeedWarning> warnings;
    QSet<QString> unresolved;
    QString error;
    int calls = 0;
};

Run parse(const QByteArray& csv, const QHash<QString, QString>& colours = {}, int batch = 1000,
    qsizetype chunk = CsvReader::DefaultChunkSize, const FeedColumns& columns = FeedColumns())
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    FeedParser parser(&buffer, u"GUCCI.csv"_s, columns, colours, chunk);
    Run run;
    run.opened = parser.open();
    if (!run.opened)
        return run;
    for (;;) {
        ++run.calls;
        const size_t before = run.rows.size();
        auto more = parser.next(run.rows, run.rejects, batch);
        if (!more) {
            run.error = more.error().message;
            break;
        }
        if (int(run.rows.size() - before) > batch)
            run.error = u"batch too large"_s;
        if (!*more)
            break;
    }
    run.warnings = parser.warnings();
    run.unresolved = parser.unresolvedColourCodes();
    return run;
}

QByteArray file(const QList<QByteArray>& rows)
{
    QByteArray out = "\xEF\xBB\xBF" + kHeader + "\r\n";
    for (const QByteArray& r : rows)
        out += r + "\r\n";
    return out;
}
} // namespace

class TestFeedParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validRowAllFields()
    {
        const Run run = parse(file({ row("GU-1-UNI") }));
        MD_VERIFY_OK(run.opened);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.rows.size(), size_t(1));
        QVERIFY(run.rejects.empty());
        const FeedRow& r = run.rows[0];
        QCOMPARE(r.line, 2);
        QCOMPARE(r.variantCode, u"GU-1-UNI"_s);
        QCOMPARE(r.model, u"M100"_s);
        QCOMPARE(r.brand, u"Gucci"_s);
        QCOMPARE(r.category, u"Borse"_s);
        QCOMPARE(r.subcategory, u"Borse a spalla"_s);
        QCOMPARE(r.gender, u"Donna"_s);
        QCOMPARE(r.season, u"FW24"_s);
        QCOMPARE(r.supplierColour, u"A1192"_s);
        QCOMPARE(r.colourCodeField, u"A1192"_s);
        QVERIFY(r.colourDescription.isEmpty());
        QCOMPARE(r.size, u"UNI"_s);
        QCOMPARE(r.sizeType, u"INT"_s);
        QCOMPARE(r.quantity, 3);
        QCOMPARE(r.listPriceCents, std::optional<qint64>(123450));
        QCOMPARE(r.netPriceCents, std::optional<qint64>(61725));
        QCOMPARE(r.currency, u"EUR"_s);
        QCOMPARE(r.ean, u"8050000000001"_s);
        QCOMPARE(r.madeIn, u"Italia"_s);
        QCOMPARE(r.composition, u"100% pelle"_s);
        QCOMPARE(r.description, u"Borsa \"Jackie\""_s);
        QCOMPARE(r.images, (QStringList { u"http://img/1.jpg"_s, u"http://img/3.jpg"_s }));
        QCOMPARE(r.modifiedAt, QDateTime(QDate(2026, 11, 20), QTime(7, 15), Qt::UTC));
        // No table: the raw code, unresolved.
        QCOMPARE(r.colour, u"A1192"_s);
        QCOMPARE(r.colourCode, u"A1192"_s);
        QVERIFY(r.colourUnresolved);
        QCOMPARE(run.unresolved, QSet<QString> { u"A1192"_s });
        QVERIFY(run.warnings.empty());
    }
    void colourRuleUsesTable()
    {
        const QHash<QString, QString> table { { u"A1192"_s, u"Nero"_s } };
        const Run run = parse(
            file({ row("1"), row("2", { { 7, "ZZ999" }, { 8, "" } }), row("3", { { 9, " Blu navy " } }) }), table);
        QCOMPARE(run.rows.size(), size_t(3));
        QCOMPARE(run.rows[0].colour, u"Nero"_s);
        QCOMPARE(run.rows[0].colourCode, u"A1192"_s);
        QVERIFY(!run.rows[0].colourUnresolved);
        QCOMPARE(run.rows[1].colour, u"ZZ999"_s);
        QVERIFY(run.rows[1].colourUnresolved);
        QCOMPARE(run.rows[2].colour, u"Blu navy"_s); // trimmed
        QVERIFY(run.rows[2].colourCode.isEmpty());
        QCOMPARE(run.unresolved, QSet<QString> { u"ZZ999"_s });
    }
    void emptyAndNegativeStock()
    {
        const Run run
            = parse(file({ row("1", { { 13, "" } }), row("2", { { 13, "-4" } }), row("3", { { 13, "1.200" } }) }));
        QCOMPARE(run.rows.size(), size_t(3));
        QCOMPARE(run.rows[0].quantity, 0);
        QCOMPARE(run.rows[1].quantity, 0);
        QCOMPARE(run.rows[2].quantity, 1200);
        QCOMPARE(run.warnings.size(), size_t(1));
        QCOMPARE(run.warnings[0].line, 3);
        QVERIFY2(run.warnings[0].message.contains(u"-4"_s), qPrintable(run.warnings[0].message));
        // A row rejected for another reason is only rejected, not warned about as well.
        const Run rejected = parse(file({ row("1", { { 13, "-4" }, { 14, "abc" } }) }));
        QCOMPARE(rejected.rejects.size(), size_t(1));
        QVERIFY(rejected.warnings.empty());
    }
    void emptyPricesAndDateAreNoValue()
    {
        const Run run = parse(file({ row("1", { { 14, "" }, { 15, "" }, { 26, "" } }) }));
        QCOMPARE(run.rows.size(), size_t(1));
        QVERIFY(!run.rows[0].listPriceCents.has_value());
        QVERIFY(!run.rows[0].netPriceCents.has_value());
        QVERIFY(!run.rows[0].modifiedAt.isValid());
    }
    void badRowsAreRejectedAndTheRestLoads()
    {
        const Run run = parse(file({
            row("OK1"), // line 2
            row("", {}), // 3: no CodArticolo
            row("NOMODEL", { { 1, " " } }), // 4
            row("QTY", { { 13, "12a" } }), // 5
            row("PRICE", { { 14, "1,2,3" } }), // 6
            row("NETNEG", { { 15, "-1,00" } }), // 7
            row("DATE", { { 26, "2026-11-20" } }), // 8
            row("OK1"), // 9: repeats line 2
            "SHORT;M1;Gucci", // 10
            row("LONG") + ";extra", // 11
            row("OK2"), // 12
        }));
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.rows.size(), size_t(2));
        QCOMPARE(run.rows[0].variantCode, u"OK1"_s);
        QCOMPARE(run.rows[1].variantCode, u"OK2"_s);
        QCOMPARE(run.rows[1].line, 12);
        QCOMPARE(run.rejects.size(), size_t(9));
        const auto expectReject = [&](size_t i, int line, const QStringList& fragments) {
            const FeedReject& r = run.rejects[i];
            QCOMPARE(r.file, u"GUCCI.csv"_s);
            QCOMPARE(r.line, line);
            for (const QString& f : fragments)
                QVERIFY2(r.reason.contains(f), qPrintable(r.reason + u" lacks "_s + f));
        };
        expectReject(0, 3, { u"CodArticolo"_s, u"empty"_s });
        expectReject(1, 4, { u"Modello"_s, u"empty"_s, u"NOMODEL"_s });
        expectReject(2, 5, { u"Quantita"_s, u"\"12a\""_s });
        expectReject(3, 6, { u"PrezzoListino"_s, u"\"1,2,3\""_s });
        expectReject(4, 7, { u"PrezzoNetto"_s, u"\"-1,00\""_s, u"negative"_s });
        expectReject(5, 8, { u"UltimaModifica"_s, u"\"2026-11-20\""_s });
        expectReject(6, 9, { u"OK1"_s, u"line 2"_s });
        expectReject(7, 10, { u"expected 27"_s, u"found 3"_s });
        expectReject(8, 11, { u"expected 27"_s, u"found 28"_s });
    }
    void aliasNameShownInRejects()
    {
        QByteArray csv = kHeader;
        csv.replace("Quantita", "Qta");
        csv += "\r\n" + row("X", { { 13, "tre" } }) + "\r\n";
        const Run run = parse(csv);
        QCOMPARE(run.rejects.size(), size_t(1));
        QVERIFY2(run.rejects[0].reason.contains(u"Quantita (\"Qta\")"_s), qPrintable(run.rejects[0].reason));
    }
    void configuredAliases()
    {
        const auto columns
            = FeedColumns::fromJson(R"({"columns": {"Quantita": ["Pezzi"], "Marca": ["Maison"]}})", u"columns.json"_s);
        MD_VERIFY_OK(columns);
        QByteArray csv = kHeader;
        csv.replace("Quantita", "PEZZI").replace("Marca", " maison ");
        csv += "\r\n" + row("X", { { 13, "5" } }) + "\r\n";
        const Run run = parse(csv, {}, 1000, CsvReader::DefaultChunkSize, *columns);
        MD_VERIFY_OK(run.opened);
        QCOMPARE(run.rows.size(), size_t(1));
        QCOMPARE(run.rows[0].quantity, 5);
        QCOMPARE(run.rows[0].brand, u"Gucci"_s);
        // The built-in alias "Qta" is no longer accepted for Quantita once the configuration lists its own.
        QByteArray qta = kHeader;
        qta.replace("Quantita", "Qta");
        const Run rejected = parse(qta + "\r\n", {}, 1000, CsvReader::DefaultChunkSize, *columns);
        QVERIFY(!rejected.opened.ok());
        QVERIFY2(rejected.opened.error().message.contains(u"Pezzi"_s), qPrintable(rejected.opened.error().message));
    }
    void multiLineDescriptionKeepsLineNumbers()
    {
        const Run run = parse(
            file({ row("A", { { 20, "\"Borsa;\r\nin pelle\r\n\"\"Jackie\"\"\"" } }), row("B", { { 13, "x" } }) }));
        QCOMPARE(run.rows.size(), size_t(1));
        QCOMPARE(run.rows[0].description, u"Borsa;\r\nin pelle\r\n\"Jackie\""_s);
        QCOMPARE(run.rejects.size(), size_t(1));
        QCOMPARE(run.rejects[0].line, 5);
    }
    void windows1252File()
    {
        QByteArray header = kHeader;
        header.replace("Quantita", "Quantit\xE0"); // cp1252 à in the header too
        bool ok = false;
        const QByteArray desc = encodeWindows1252(u"Borsa in pelle à è é ì ò ù – 1.200 €"_s, &ok);
        QVERIFY(ok);
        const QByteArray csv = header + "\r\n" + row("W1", { { 20, desc }, { 9, "Blu \xE8" } }) + "\r\n";
        const Run run = parse(csv);
        MD_VERIFY_OK(run.opened);
        QCOMPARE(run.rows.size(), size_t(1));
        QCOMPARE(run.rows[0].description, u"Borsa in pelle à è é ì ò ù – 1.200 €"_s);
        QCOMPARE(run.rows[0].colour, u"Blu è"_s);
        QCOMPARE(run.rows[0].quantity, 3);
    }
    void batchesAndTinyChunks()
    {
        QList<QByteArray> rows;
        for (int i = 0; i < 7; ++i)
            rows << row("V" + QByteArray::number(i), { { 20, "\"desc;\r\nline " + QByteArray::number(i) + "\"" } });
        rows.insert(3, row("BAD", { { 14, "x" } }));
        const Run whole = parse(file(rows), {}, 1000);
        const Run batched = parse(file(rows), {}, 2, 3);
        QCOMPARE(whole.rows.size(), size_t(7));
        QCOMPARE(batched.rows.size(), size_t(7));
        QVERIFY2(batched.error.isEmpty(), qPrintable(batched.error));
        QCOMPARE(batched.calls, 4); // 2 + 2 + 2 + 1
        QCOMPARE(batched.rejects.size(), size_t(1));
        for (size_t i = 0; i < 7; ++i) {
            QCOMPARE(batched.rows[i].variantCode, whole.rows[i].variantCode);
            QCOMPARE(batched.rows[i].line, whole.rows[i].line);
            QCOMPARE(batched.rows[i].description, whole.rows[i].description);
        }
        QCOMPARE(batched.rows[6].line, 15); // seven records of two lines each, plus the one-line BAD row
    }
    void unknownColumnsWarn()
    {
        QByteArray csv = kHeader + ";Peso;Note\r\n" + row("X") + ";1;\r\n";
        const Run run = parse(csv);
        QCOMPARE(run.rows.size(), size_t(1));
        QCOMPARE(run.warnings.size(), size_t(1));
        QVERIFY2(run.warnings[0].message.contains(u"Peso, Note"_s), qPrintable(run.warnings[0].message));
    }

    void missingRequiredColumnRejectsFile()
    {
        QByteArray csv = kHeader;
        csv.replace("PrezzoNetto;", "");
        const Run run = parse(csv + "\r\n");
        QVERIFY(!run.opened.ok());
        const QString msg = run.opened.error().message;
        QVERIFY2(msg.contains(u"GUCCI.csv"_s) && msg.contains(u"PrezzoNetto"_s) && msg.contains(u"Prezzo Netto"_s),
            qPrintable(msg));
    }
    void unterminatedQuoteRejectsFile()
    {
        const Run run = parse(file({ row("A") }) + row("B", { { 20, "\"never closed" } }) + "\r\n"
            + row("C", { { 20, "no quotes here" } }));
        MD_VERIFY_OK(run.opened);
        QVERIFY2(run.error.contains(u"GUCCI.csv"_s) && run.error.contains(u"unterminated quote"_s)
                && run.error.contains(u"line 3"_s),
            qPrintable(run.error));
    }
    void emptyFile()
    {
        for (const QByteArray& csv : { QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\r\n") }) {
            const Run run = parse(csv);
            QVERIFY(!run.opened.ok());
            QVERIFY2(run.opened.error().message.contains(u"empty"_s), qPrintable(run.opened.error().message));
        }
    }
    void headerOnly()
    {
        const Run run = parse(kHeader + "\r\n");
        MD_VERIFY_OK(run.opened);
        QVERIFY(run.error.isEmpty());
        QVERIFY(run.rows.empty());
        QCOMPARE(run.warnings.size(), size_t(1));
        QVERIFY(run.warnings[0].message.contains(u"no rows"_s));
    }
    void utf16FileRejected()
    {
        const QString text = QString::fromUtf8(file({ row("A") }).mid(3));
        QByteArray utf16("\xFF\xFE");
        utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        const Run run = parse(utf16);
        QVERIFY(!run.opened.ok());
        QVERIFY2(
            run.opened.error().message.contains(u"GUCCI.csv"_s) && run.opened.error().message.contains(u"UTF-16"_s),
            qPrintable(run.opened.error().message));
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
