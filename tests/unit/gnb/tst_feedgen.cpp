// The G&B feed generator: deterministic bytes, an index that matches the files, a summary whose numbers an
// independent reading of the files confirms, every quirk of reference/gnb-feed.md, and --change-brands.
#include "tests/common/testhelpers.h"
#include "tools/feedgen/feedgenerator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using md::feedgen::BadRowKind;
using md::feedgen::FeedGenerator;
using md::feedgen::FeedOptions;
using md::feedgen::FeedSummary;
using md::feedgen::FileEncoding;

namespace {

const QStringList expectedHeader
    = { u"CodArticolo"_s, u"Modello"_s, u"Marca"_s, u"Categoria"_s, u"Sottocategoria"_s, u"Genere"_s, u"Stagione"_s,
          u"Colore"_s, u"CodiceColore"_s, u"DescrizioneColore"_s, u"ColoreFornitore"_s, u"Taglia"_s, u"TipoTaglia"_s,
          u"Quantita"_s, u"PrezzoListino"_s, u"PrezzoNetto"_s, u"Valuta"_s, u"EAN"_s, u"MadeIn"_s, u"Composizione"_s,
          u"Descrizione"_s, u"Foto1"_s, u"Foto2"_s, u"Foto3"_s, u"Foto4"_s, u"Foto5"_s, u"UltimaModifica"_s };

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

// Independent of the generator: the reference's rule that text which is not valid UTF-8 is Windows-1252.
QString decode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    QString text = QString::fromLatin1(bytes);
    for (QChar& c : text) {
        if (c.unicode() == 0x80)
            c = QChar(0x20AC);
        else if (c.unicode() == 0x92)
            c = QChar(0x2019);
    }
    return text;
}

// A plain RFC 4180 reader with `;`: enough to count what the generator wrote.
QList<QStringList> parseCsv(const QString& text, int* multiLineRecords = nullptr)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool lineBreakInQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    lineBreakInQuotes = true;
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u';') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue;
        } else if (c == u'\n') {
            record.append(field);
            records.append(record);
            if (multiLineRecords && lineBreakInQuotes)
                ++*multiLineRecords;
            record.clear();
            field.clear();
            lineBreakInQuotes = false;
        } else {
            field.append(c);
        }
    }
    return records;
}

bool isColourCode(const QString& value)
{
    static const QRegularExpression code(u"^(?=.*[0-9])[A-Za-z0-9]{4,8}$"_s);
    return code.match(value).hasMatch();
}

bool isEuro(const QString& value)
{
    static const QRegularExpression euro(u"^([0-9]{1,3}(\\.[0-9]{3})+|[0-9]+),[0-9]{2}$"_s);
    return euro.match(value).hasMatch();
}

bool isStock(const QString& value)
{
    static const QRegularExpression stock(u"^-?[0-9]+$"_s);
    return value.isEmpty() || stock.match(value).hasMatch();
}

// What a careful reader finds in a generated day, to hold against the generator's own summary.
struct Reading {
    int records = 0;
    int valid = 0;
    int multiLine = 0;
    std::array<int, 3> bad {};
    QSet<QString> models;
    QMap<std::pair<QString, QString>, QSet<QString>> modelsByPair;
    QMap<QString, int> codeOnly;
    QMap<QString, int> recordsPerFile;
    QMap<QString, int> validPerFile;
    QMap<QString, QSet<QString>> modelsPerFile;
    int emptyStock = 0;
    int negativeStock = 0;
    QSet<QString> codes;
    int duplicateCodesAcrossFiles = 0;
    int modelsInTwoFiles = 0;
};

Reading readDay(const FeedSummary& summary)
{
    Reading r;
    QHash<QString, QString> fileOfModel;
    for (const md::feedgen::FileSummary& f : summary.files) {
        int multiLine = 0;
        const QList<QStringList> records = parseCsv(decode(readBytes(summary.dayDir + u'/' + f.file)), &multiLine);
        if (records.isEmpty() || records.first() != expectedHeader)
            qFatal("%s: unexpected header", qPrintable(f.file));
        QSet<QString> seen;
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QStringList& row = records[i];
            if (row.size() != expectedHeader.size())
                qFatal("%s: record %d has %d fields", qPrintable(f.file), int(i), int(row.size()));
            ++r.records;
            ++r.recordsPerFile[f.file];
            const QString& code = row[0];
            if (code.isEmpty()) {
                ++r.bad[0];
                continue;
            }
            if (!isStock(row[13]) || !isEuro(row[14]) || !isEuro(row[15])) {
                ++r.bad[1];
                continue;
            }
            if (seen.contains(code)) {
                ++r.bad[2];
                continue;
            }
            seen.insert(code);
            ++r.valid;
            ++r.validPerFile[f.file];
            r.modelsPerFile[f.file].insert(row[1]);
            r.emptyStock += row[13].isEmpty();
            r.negativeStock += row[13].startsWith(u'-');
            if (r.codes.contains(code))
                ++r.duplicateCodesAcrossFiles;
            r.codes.insert(code);
            const QString& model = row[1];
            if (fileOfModel.contains(model) && fileOfModel.value(model) != f.file)
                ++r.modelsInTwoFiles;
            fileOfModel.insert(model, f.file);
            r.models.insert(model);
            r.modelsByPair[{ row[2], row[3] }].insert(model);
            const QString &colore = row[7], &descrizione = row[9], &fornitore = row[10];
            auto isName = [](const QString& v) { return !v.isEmpty() && !isColourCode(v); };
            if (!isName(descrizione) && !isName(fornitore) && !isName(colore))
                ++r.codeOnly[colore];
        }
        r.multiLine += multiLine;
    }
    return r;
}

QMap<QString, QByteArray> snapshot(const QString& dayDir)
{
    QMap<QString, QByteArray> files;
    const QStringList names = QDir(dayDir).entryList(QDir::Files);
    for (const QString& name : names)
        files.insert(name, readBytes(dayDir + u'/' + name));
    return files;
}

FeedOptions smallDay(const QString& out)
{
    FeedOptions o;
    o.outDir = out;
    o.day = QDate(2026, 11, 20);
    o.models = 1500;
    o.brands = 6;
    o.seed = 42;
    o.badRows = 10;
    return o;
}

} // namespace

class TestFeedGen : public QObject {
    Q_OBJECT

private slots:
    void sameSeedSameBytes();
    void indexMatchesFiles();
    void summaryMatchesAnIndependentReading();
    void badRowsAreExactAndSpread();
    void quirksOfTheReference();
    void changeBrandsRewritesExactlyN();
    void changeNeedsTheSameOptions();
    void rejectsImpossibleOptions();
};

void TestFeedGen::sameSeedSameBytes()
{
    QTemporaryDir a, b, c;
    auto first = FeedGenerator(smallDay(a.path())).run();
    auto second = FeedGenerator(smallDay(b.path())).run();
    FeedOptions other = smallDay(c.path());
    other.seed = 43;
    auto third = FeedGenerator(other).run();
    MD_VERIFY_OK(first);
    MD_VERIFY_OK(second);
    MD_VERIFY_OK(third);
    const auto filesA = snapshot(first->dayDir);
    QCOMPARE(filesA.size(), 7); // 6 brands + index.csv
    QCOMPARE(snapshot(second->dayDir), filesA);
    QVERIFY(snapshot(third->dayDir).value(u"index.csv"_s) != filesA.value(u"index.csv"_s));
    QCOMPARE(third->models, first->models);
}

void TestFeedGen::indexMatchesFiles()
{
    QTemporaryDir dir;
    auto summary = FeedGenerator(smallDay(dir.path())).run();
    MD_VERIFY_OK(summary);
    QCOMPARE(summary->dayDir, dir.path() + u"/20261120"_s);
    const QByteArray index = readBytes(summary->dayDir + u"/index.csv"_s);
    QVERIFY(index.endsWith("\r\n"));
    const QList<QStringList> lines = parseCsv(QString::fromUtf8(index));
    QCOMPARE(lines.first(), (QStringList { u"file"_s, u"brand"_s, u"rows"_s, u"sha256"_s, u"modified"_s }));
    QCOMPARE(lines.size() - 1, summary->files.size());

    static const QRegularExpression iso(u"^2026-11-20T\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"_s);
    QStringList listed;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList& l = lines[i];
        const md::feedgen::FileSummary& f = summary->files[i - 1];
        const QByteArray bytes = readBytes(summary->dayDir + u'/' + l[0]);
        QCOMPARE(l[0], f.file);
        QCOMPARE(l[1], f.brand);
        QCOMPARE(l[2].toInt(), f.rows);
        QCOMPARE(l[3].toLatin1(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(l[3].toLatin1(), f.sha256);
        QCOMPARE(bytes.size(), f.bytes);
        QVERIFY2(iso.match(l[4]).hasMatch(), qPrintable(l[4]));
        QCOMPARE(QDateTime::fromString(l[4], Qt::ISODate), f.modified);
        listed << l[0];
    }
    QStringList onDisk = QDir(summary->dayDir).entryList({ u"*.csv"_s }, QDir::Files);
    onDisk.removeOne(u"index.csv"_s);
    listed.sort();
    QCOMPARE(onDisk, listed);
    QCOMPARE(summary->files.first().file, u"GUCCI.csv"_s);
    QCOMPARE(summary->files.at(2).brand, u"STONE ISLAND"_s);
}

void TestFeedGen::summaryMatchesAnIndependentReading()
{
    QTemporaryDir dir;
    auto result = FeedGenerator(smallDay(dir.path())).run();
    MD_VERIFY_OK(result);
    const FeedSummary& s = *result;
    const Reading r = readDay(s);

    QCOMPARE(s.models, 1500);
    QCOMPARE(r.models.size(), 1500);
    QCOMPARE(r.valid, s.variants);
    QCOMPARE(r.records, s.rows());
    QCOMPARE(r.bad, s.badRows);
    QCOMPARE(r.multiLine, [&] {
        int n = 0;
        for (const auto& f : s.files)
            n += f.multiLineRecords;
        return n;
    }());
    for (const auto& f : s.files) {
        QCOMPARE(r.recordsPerFile.value(f.file), f.rows);
        QCOMPARE(r.validPerFile.value(f.file), f.validRows);
        QCOMPARE(r.modelsPerFile.value(f.file).size(), f.models);
        QCOMPARE(f.validRows + f.badRows[0] + f.badRows[1] + f.badRows[2], f.rows);
    }
    QCOMPARE(r.modelsByPair.size(), s.modelsByBrandCategory.size());
    for (auto it = r.modelsByPair.cbegin(); it != r.modelsByPair.cend(); ++it)
        QCOMPARE(s.modelsByBrandCategory.value(it.key()), int(it.value().size()));
    QCOMPARE(r.codeOnly, s.codeOnlyColours);
    QCOMPARE(r.emptyStock, s.emptyStockRows);
    QCOMPARE(r.negativeStock, s.negativeStockRows);
    QVERIFY(s.emptyStockRows > 0);
    QVERIFY(s.negativeStockRows > 0);
    QVERIFY(!s.codeOnlyColours.isEmpty());
    QCOMPARE(s.colourCodeNames.keys(), s.codeOnlyColours.keys());
    QCOMPARE(r.duplicateCodesAcrossFiles, 0);
    QCOMPARE(r.modelsInTwoFiles, 0);
    // About 3.8 variants per model: 60,000 models give about 230,000 rows.
    QVERIFY2(s.variants > 1500 * 3.4 && s.variants < 1500 * 4.3, qPrintable(QString::number(s.variants)));
}

void TestFeedGen::badRowsAreExactAndSpread()
{
    QTemporaryDir dir;
    FeedOptions o = smallDay(dir.path());
    o.badRows = 0;
    auto clean = FeedGenerator(o).run();
    MD_VERIFY_OK(clean);
    QCOMPARE(clean->badRowsTotal(), 0);
    QCOMPARE(readDay(*clean).records, clean->variants);

    QTemporaryDir dirBad;
    o = smallDay(dirBad.path());
    o.badRows = 14;
    auto bad = FeedGenerator(o).run();
    MD_VERIFY_OK(bad);
    QCOMPARE(bad->badRowsTotal(), 14);
    QCOMPARE(readDay(*bad).bad, bad->badRows);
    for (int kind = 0; kind < 3; ++kind)
        QVERIFY(bad->badRows[kind] >= 4);
    for (const auto& f : bad->files)
        QVERIFY2(f.badRows[0] + f.badRows[1] + f.badRows[2] >= 2, qPrintable(f.file)); // 14 over 6 files
    // Bad rows come on top of the day's variants, which stay the same.
    QCOMPARE(bad->variants, clean->variants);
    QCOMPARE(bad->rows(), clean->rows() + 14);
}

void TestFeedGen::quirksOfTheReference()
{
    QTemporaryDir dir;
    auto result = FeedGenerator(smallDay(dir.path())).run();
    MD_VERIFY_OK(result);
    int bom = 0, cp1252 = 0;
    QByteArray all;
    for (const auto& f : result->files) {
        const QByteArray bytes = readBytes(result->dayDir + u'/' + f.file);
        all += bytes;
        if (f.encoding == FileEncoding::Utf8Bom) {
            ++bom;
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        }
        if (f.encoding == FileEncoding::Windows1252) {
            ++cp1252;
            QVERIFY2(!isValidUtf8(bytes), qPrintable(f.file));
            for (const char c : { '\x80', '\xE0', '\xE8', '\xE9', '\xEC', '\xF2', '\xF9' }) // € à è é ì ò ù
                QVERIFY2(bytes.contains(c), qPrintable(f.file + u" lacks byte "_s + QString::number(uchar(c), 16)));
            QVERIFY(decode(bytes).contains(u"Perché è così comoda? Più morbida, però di qualità."_s));
        } else {
            QVERIFY(isValidUtf8(bytes));
            QVERIFY(QString::fromUtf8(bytes).contains(u"€"_s));
        }
        QVERIFY2(f.multiLineRecords > 0, qPrintable(f.file));
        // Every line ends with CRLF: no bare LF outside the quoted multi-line descriptions' own breaks.
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "CodArticolo;")
            || bytes.startsWith("CodArticolo;"));
    }
    QVERIFY(bom > result->files.size() / 2);
    QCOMPARE(cp1252, 1);

    const QString text = decode(all);
    auto has = [&](const QString& pattern) {
        return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(text).hasMatch();
    };
    QVERIFY(has(u"\"[^\"]*;[^\"]*\""_s)); // quoted field holding ;
    QVERIFY(text.contains(u"\"\""_s)); // doubled quote
    QVERIFY(has(u";[0-9]{1,3}\\.[0-9]{3},[0-9]{2};"_s)); // 1.234,50
    QVERIFY(has(u";[0-9]{4},[0-9]{2};"_s)); // 1234,50 without the dot
    QVERIFY(has(u";INT;;[0-9]"_s) || has(u";[A-Z]{2,3};;[0-9]"_s)); // empty Quantita
    QVERIFY(has(u";-[0-9]+;[0-9.]+,[0-9]{2};"_s)); // negative stock
    QVERIFY(has(u"^[0-9]+;[A-Z0-9]+;[^;]+;[^;]+;[^;]+;[^;]+;[^;]+;(A1192|F0UU0|[A-Z]?[0-9]{4,5});"_s)
        || has(u";F0[A-Z]{2}[0-9];"_s)); // colour codes in Colore
    QVERIFY(text.contains(u";Blu navy;"_s) || text.contains(u";Nero;"_s)); // colour names
    QVERIFY(has(u";[A-Z0-9]{4,8};[A-Z0-9]{4,8};;"_s)); // empty DescrizioneColore
    QVERIFY(text.contains(u";http://foto.gnb.it/"_s));
    QVERIFY(has(u";[0-3][0-9]/[01][0-9]/2026 [0-2][0-9]:[0-5][0-9]:[0-5][0-9]\r?$"_s));
    for (const QString& size : { u";38.5;"_s, u";XL;"_s, u";UNI;"_s, u";TU;"_s })
        QVERIFY2(text.contains(size), qPrintable(size));
    for (const QString& system : { u";IT;"_s, u";EU;"_s, u";FR;"_s, u";US;"_s, u";INT;"_s })
        QVERIFY2(text.contains(system), qPrintable(system));
    for (const QString& category :
        { u";Borse;Borse a spalla;"_s, u";Scarpe;Sneakers;"_s, u";Abbigliamento;Giacche;"_s })
        QVERIFY2(text.contains(category), qPrintable(category));
}

void TestFeedGen::changeBrandsRewritesExactlyN()
{
    QTemporaryDir dir, twin;
    auto base = FeedGenerator(smallDay(dir.path())).run();
    MD_VERIFY_OK(base);
    const auto before = snapshot(base->dayDir);

    FeedOptions change = smallDay(dir.path());
    change.changeBrands = 2;
    change.changeSeed = 5;
    auto changed = FeedGenerator(change).run();
    MD_VERIFY_OK(changed);
    QCOMPARE(changed->changedFiles.size(), 2);
    const auto after = snapshot(base->dayDir);

    QStringList differing;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() != u"index.csv"_s && after.value(it.key()) != it.value())
            differing << it.key();
    }
    QStringList expected = changed->changedFiles;
    expected.sort();
    QCOMPARE(differing, expected);

    // Same rows (CodArticolo, model, colour, size), new stock and prices.
    const Reading was = readDay(*base);
    const Reading is = readDay(*changed);
    QCOMPARE(is.codes, was.codes);
    QCOMPARE(is.bad, was.bad);
    QCOMPARE(changed->variants, base->variants);
    QCOMPARE(changed->rows(), base->rows());

    // index.csv: new sha256 and a later modified for the changed files, the other lines untouched.
    const QList<QStringList> oldIndex = parseCsv(QString::fromUtf8(before.value(u"index.csv"_s)));
    const QList<QStringList> newIndex = parseCsv(QString::fromUtf8(after.value(u"index.csv"_s)));
    QCOMPARE(newIndex.size(), oldIndex.size());
    for (qsizetype i = 1; i < newIndex.size(); ++i) {
        const QString file = newIndex[i][0];
        if (!differing.contains(file)) {
            QCOMPARE(newIndex[i], oldIndex[i]);
            continue;
        }
        QCOMPARE(newIndex[i][2], oldIndex[i][2]);
        QCOMPARE(
            newIndex[i][3].toLatin1(), QCryptographicHash::hash(after.value(file), QCryptographicHash::Sha256).toHex());
        QVERIFY(
            QDateTime::fromString(newIndex[i][4], Qt::ISODate) > QDateTime::fromString(oldIndex[i][4], Qt::ISODate));
        QCOMPARE(changed->file(file)->sha256, newIndex[i][3].toLatin1());
    }

    // The changes themselves are deterministic for a change seed.
    MD_VERIFY_OK(FeedGenerator(smallDay(twin.path())).run());
    change.outDir = twin.path();
    MD_VERIFY_OK(FeedGenerator(change).run());
    QCOMPARE(snapshot(twin.path() + u"/20261120"_s), after);

    // A second change run with another seed rewrites its own two files on top.
    change.outDir = dir.path();
    change.changeSeed = 6;
    auto again = FeedGenerator(change).run();
    MD_VERIFY_OK(again);
    int differ = 0;
    const auto third = snapshot(base->dayDir);
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        differ += it.key() != u"index.csv"_s && third.value(it.key()) != it.value();
    QCOMPARE(differ, 2);
    const QList<QStringList> lastIndex = parseCsv(QString::fromUtf8(third.value(u"index.csv"_s)));
    for (qsizetype i = 1; i < lastIndex.size(); ++i) {
        QCOMPARE(lastIndex[i][3].toLatin1(),
            QCryptographicHash::hash(third.value(lastIndex[i][0]), QCryptographicHash::Sha256).toHex());
    }
}

void TestFeedGen::changeNeedsTheSameOptions()
{
    QTemporaryDir dir;
    FeedOptions change = smallDay(dir.path());
    change.changeBrands = 1;
    auto noDay = FeedGenerator(change).run();
    QVERIFY(!noDay.ok());
    QCOMPARE(noDay.error().code, md::ErrorCode::NotFound);

    MD_VERIFY_OK(FeedGenerator(smallDay(dir.path())).run());
    const auto before = snapshot(dir.path() + u"/20261120"_s);
    change.models = 1400;
    auto mismatch = FeedGenerator(change).run();
    QVERIFY(!mismatch.ok());
    QVERIFY2(mismatch.error().message.contains(u"options"_s), qPrintable(mismatch.error().message));
    QCOMPARE(snapshot(dir.path() + u"/20261120"_s), before); // nothing rewritten
}

void TestFeedGen::rejectsImpossibleOptions()
{
    QTemporaryDir dir;
    FeedOptions o = smallDay(dir.path());
    o.brands = FeedGenerator::maxBrands() + 1;
    QVERIFY(!FeedGenerator(o).run().ok());
    o = smallDay(dir.path());
    o.day = QDate();
    QVERIFY(!FeedGenerator(o).run().ok());
    o = smallDay(dir.path());
    o.changeBrands = 7;
    QVERIFY(!FeedGenerator(o).run().ok());
    QVERIFY(QDir(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestFeedGen)
#include "tst_feedgen.moc"
