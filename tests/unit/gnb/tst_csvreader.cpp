#include "services/gnb/csvreader.h"
#include "services/gnb/textdecode.h"
#include "tests/common/testhelpers.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::gnb;

namespace {
struct Parsed {
    QList<int> lines;
    QList<QStringList> records;
    QString error;
};

Parsed readAll(const QByteArray& bytes, qsizetype chunk)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, chunk);
    CsvRecord record;
    Parsed out;
    for (;;) {
        auto r = reader.readRecord(record);
        if (!r) {
            out.error = r.error().message;
            return out;
        }
        if (!*r)
            return out;
        QStringList fields;
        for (qsizetype i = 0; i < record.size(); ++i)
            fields << record.text(i);
        out.lines << record.line();
        out.records << fields;
    }
}

// Every chunk size must give the same records: tiny chunks split quotes, CRLFs and multi-byte characters.
const qsizetype kChunks[] = { 1, 2, 3, 5, 7, 13, CsvReader::DefaultChunkSize };
} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private:
    void expect(const QByteArray& bytes, const QList<QStringList>& records, const QList<int>& lines)
    {
        for (const qsizetype chunk : kChunks) {
            const Parsed p = readAll(bytes, chunk);
            if (!p.error.isEmpty())
                QFAIL(qPrintable(u"chunk %1: %2"_s.arg(chunk).arg(p.error)));
            if (p.records != records || p.lines != lines) {
                qWarning() << "chunk" << chunk << p.records << p.lines;
                QFAIL("records differ");
            }
        }
    }
    void expectError(const QByteArray& bytes, const QString& fragment)
    {
        for (const qsizetype chunk : kChunks) {
            const Parsed p = readAll(bytes, chunk);
            QVERIFY2(p.error.contains(fragment), qPrintable(u"chunk %1: \"%2\""_s.arg(chunk).arg(p.error)));
        }
    }

private Q_SLOTS:
    void crlf() { expect("a;b;c\r\n1;2;3\r\n", { { u"a"_s, u"b"_s, u"c"_s }, { u"1"_s, u"2"_s, u"3"_s } }, { 1, 2 }); }
    void lfOnlyAndCrOnly()
    {
        expect("a;b\n1;2\n", { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } }, { 1, 2 });
        expect("a;b\r1;2\r", { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } }, { 1, 2 });
        expect("a;b\r\n1;2\n3;4\r5;6",
            { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s }, { u"3"_s, u"4"_s }, { u"5"_s, u"6"_s } }, { 1, 2, 3, 4 });
    }
    void noFinalLineBreak() { expect("a;b\r\n1;2", { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } }, { 1, 2 }); }
    void bomStripped()
    {
        expect("\xEF\xBB\xBF"
               "CodArticolo;Marca\r\nX1;Gucci\r\n",
            { { u"CodArticolo"_s, u"Marca"_s }, { u"X1"_s, u"Gucci"_s } }, { 1, 2 });
        expect("\xEF\xBB\xBF", {}, {}); // a BOM alone is an empty file
    }
    void bomLaterInFileIsNotAFileMarker()
    {
        // Only the file's first bytes are checked for a BOM; one at the start of a later field (files glued
        // together) is a zero-width character that the UTF-8 decoder drops, so "b" stays "b".
        expect("a\r\n\xEF\xBB\xBF"
               "b;c\xEF\xBB\xBF\r\n",
            { { u"a"_s }, { u"b"_s, u"c"_s + QChar(0xFEFF) } }, { 1, 2 });
    }
    void quotedDelimiterAndDoubledQuotes()
    {
        expect("\"a;b\";\"say \"\"ciao\"\"\";\"\"\r\n", { { u"a;b"_s, u"say \"ciao\""_s, QString() } }, { 1 });
        expect("\"\"\"\"\r\n", { { u"\""_s } }, { 1 });
    }
    void multiLineQuotedFieldsKeepLineNumbers()
    {
        const QByteArray csv = "id;desc\r\n"
                               "1;\"first line\r\nsecond; line\nthird\rfourth\"\r\n"
                               "2;plain\r\n"
                               "3;\"\r\n\r\n\"\r\n"
                               "4;end\r\n";
        expect(csv,
            { { u"id"_s, u"desc"_s }, { u"1"_s, u"first line\r\nsecond; line\nthird\rfourth"_s },
                { u"2"_s, u"plain"_s }, { u"3"_s, u"\r\n\r\n"_s }, { u"4"_s, u"end"_s } },
            { 1, 2, 6, 7, 10 });
    }
    void emptyTrailingFields()
    {
        expect("a;b;c;d\r\n1;;;\r\n;;;\r\n",
            { { u"a"_s, u"b"_s, u"c"_s, u"d"_s }, { u"1"_s, u""_s, u""_s, u""_s }, { u""_s, u""_s, u""_s, u""_s } },
            { 1, 2, 3 });
    }
    void blankLinesSkipped()
    {
        expect("a\r\n\r\n\r\nb\n\nc\r\n\r\n", { { u"a"_s }, { u"b"_s }, { u"c"_s } }, { 1, 4, 6 });
    }
    void strayTextAfterClosingQuoteIsKept() { expect("\"ab\"c;x\"y\r\n", { { u"abc"_s, u"x\"y"_s } }, { 1 }); }
    void utf8MultiByteAcrossChunks()
    {
        // 3- and 2-byte sequences, and a quote right after them, land on every chunk boundary across kChunks.
        const QString text = u"€ più caffè, né però; così"_s;
        const QByteArray csv = "\"" + text.toUtf8() + "\";Città\r\n";
        expect(csv, { { text, u"Città"_s } }, { 1 });
    }
    void windows1252File()
    {
        const QString header = u"Descrizione;Prezzo"_s;
        const QString row = u"Borsa in pelle à è é ì ò ù – “€ 1.200”;1.200,00"_s;
        bool ok = false;
        const QByteArray csv = encodeWindows1252(header, &ok) + "\r\n" + encodeWindows1252(row, &ok) + "\r\n";
        QVERIFY(ok);
        QVERIFY(csv.contains('\x80'));
        expect(csv, { header.split(u';'), row.split(u';') }, { 1, 2 });
    }
    void mixedEncodingPerField()
    {
        // One field in UTF-8, the next in Windows-1252, as when a file was edited by hand.
        const QByteArray csv = "Perch\xC3\xA9;Perch\xE9;\x80 10;\xE2\x82\xAC 10\r\n";
        expect(csv, { { u"Perché"_s, u"Perché"_s, u"€ 10"_s, u"€ 10"_s } }, { 1 });
    }

    void unterminatedQuoteNamesItsLine()
    {
        expectError("a;b\r\n1;2\r\n3;\"never\r\nclosed;\r\n", u"opened on line 3"_s);
        expectError("a;b\r\n1;\"", u"Truncated file or unterminated quote"_s);
    }
    void closingQuoteAtEndOfFileIsFine() { expect("a;\"b\"", { { u"a"_s, u"b"_s } }, { 1 }); }
    void overlongRecordIsAnError()
    {
        QByteArray csv = "a;\"";
        csv += QByteArray(5000, 'x');
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, 256);
        reader.setMaxRecordSize(1000);
        CsvRecord record;
        const auto r = reader.readRecord(record);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"line 1"_s), qPrintable(r.error().message));
        // The reader stays at its end after an error.
        const auto again = reader.readRecord(record);
        QVERIFY(again.ok() && !*again);
    }
    void utf16IsRejected()
    {
        QByteArray utf16("\xFF\xFE");
        const QString header = u"CodArticolo;Marca\r\n"_s;
        utf16.append(reinterpret_cast<const char*>(header.utf16()), header.size() * 2);
        expectError(utf16, u"UTF-16"_s);
        expectError(QByteArray("C\0o\0d\0", 6), u"UTF-16"_s);
    }
    void emptyInput() { expect(QByteArray(), {}, {}); }
    void readFailureIsIoError()
    {
        QBuffer buffer; // never opened: read() fails
        CsvReader reader(&buffer);
        CsvRecord record;
        const auto r = reader.readRecord(record);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Io);
    }
    void rawFieldViews()
    {
        QByteArray csv = " a ;\"b\"\"c\"\r\n";
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRecord record;
        const auto r = reader.readRecord(record);
        MD_VERIFY_OK(r);
        QCOMPARE(record.size(), 2);
        QCOMPARE(record.field(0), QByteArrayView(" a "));
        QCOMPARE(record.field(1), QByteArrayView("b\"c"));
        QCOMPARE(reader.bytesRead(), csv.size());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
