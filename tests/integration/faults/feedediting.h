#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace md::test {

// Edits of a generated feed day on disk, as the supplier's changes would look (index.csv kept in step).

// Copies <root>/<from>/ to <root>/<to>/.
void copyDay(const QString& root, const QString& from, const QString& to);
// Removes the records (not lines: quoted fields may span lines) whose CodArticolo is one of codes.
void removeRecords(const QString& dayDir, const QString& file, const QStringList& codes);
// Removes a brand file and its index line.
void dropFile(const QString& dayDir, const QString& file);
// Adds a copy of a brand file under another name with every `from` replaced by `to` (e.g. its brand), its index
// line right after the original's.
void duplicateFile(
    const QString& dayDir, const QString& file, const QString& copyName, const QByteArray& from, const QByteArray& to);
// Changes a file's bytes without updating index.csv: its sha256 no longer matches.
void corruptFile(const QString& dayDir, const QString& file);

} // namespace md::test
