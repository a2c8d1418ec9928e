#include "tests/integration/faults/feedediting.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace md::test {

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}
void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
}
QByteArray sha(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Records with their line ends; a line break inside quotes belongs to the record.
QList<QByteArray> records(const QByteArray& bytes)
{
    QList<QByteArray> out;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '"')
            quoted = !quoted;
        else if (bytes.at(i) == '\n' && !quoted) {
            out << bytes.mid(start, i + 1 - start);
            start = i + 1;
        }
    }
    if (start < bytes.size())
        out << bytes.mid(start);
    return out;
}

void replaceIndexLine(
    const QString& dayDir, const QByteArray& oldSha, const QByteArray& newSha, const QString& dropName)
{
    const QString path = dayDir + u"/index.csv"_s;
    QByteArray text = readAll(path);
    if (!oldSha.isEmpty())
        text.replace(oldSha, newSha);
    if (!dropName.isEmpty()) {
        QList<QByteArray> kept;
        for (const auto& line : records(text)) {
            const QByteArray name = dropName.toUtf8();
            if (!line.startsWith(QByteArray(name + ';')) && !line.startsWith(QByteArray('"' + name + '"')))
                kept << line;
        }
        text = kept.join();
    }
    writeAll(path, text);
}
} // namespace

void copyDay(const QString& root, const QString& from, const QString& to)
{
    QDir(root).mkpath(to);
    const QDir source(root + u'/' + from);
    for (const auto& name : source.entryList(QDir::Files))
        QFile::copy(source.filePath(name), root + u'/' + to + u'/' + name);
}

void removeRecords(const QString& dayDir, const QString& file, const QStringList& codes)
{
    const QString path = dayDir + u'/' + file;
    const QByteArray before = readAll(path);
    const auto all = records(before);
    QByteArray after = all.value(0);
    int removed = 0;
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QByteArray& r = all.at(i);
        const bool match = std::any_of(codes.cbegin(), codes.cend(), [&](const QString& c) {
            const QByteArray code = c.toUtf8();
            return r.startsWith(QByteArray(code + ';')) || r.startsWith(QByteArray('"' + code + "\";"));
        });
        if (match)
            ++removed;
        else
            after += r;
    }
    if (removed != codes.size())
        qFatal("removed %d records of %lld codes from %s", removed, qlonglong(codes.size()), qPrintable(file));
    writeAll(path, after);
    replaceIndexLine(dayDir, sha(before), sha(after), {});
}

void dropFile(const QString& dayDir, const QString& file)
{
    QFile::remove(dayDir + u'/' + file);
    replaceIndexLine(dayDir, {}, {}, file);
}

void duplicateFile(
    const QString& dayDir, const QString& file, const QString& copyName, const QByteArray& from, const QByteArray& to)
{
    const QByteArray original = readAll(dayDir + u'/' + file);
    const QByteArray copy = QByteArray(original).replace(from, to);
    writeAll(dayDir + u'/' + copyName, copy);
    const QString index = dayDir + u"/index.csv"_s;
    QByteArray out;
    for (const auto& line : records(readAll(index))) {
        out += line;
        if (line.startsWith(QByteArray(file.toUtf8() + ';')))
            out += QByteArray(copyName.toUtf8() + line.mid(file.toUtf8().size())).replace(sha(original), sha(copy));
    }
    writeAll(index, out);
}

void corruptFile(const QString& dayDir, const QString& file)
{
    const QString path = dayDir + u'/' + file;
    QByteArray bytes = readAll(path);
    bytes.append("\r\n");
    writeAll(path, bytes);
}

} // namespace md::test
