#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <array>
#include <utility>

namespace md::feedgen {

// What a generator run should produce. The same options (seed included) always give the same bytes.
struct FeedOptions {
    QString outDir; // the day folder <outDir>/<yyyyMMdd>/ is created inside it
    QDate day;
    int models = 60000;
    int brands = 24; // the first N brands of the catalogue (at most FeedGenerator::maxBrands())
    quint64 seed = 1;
    int badRows = 0; // extra rejected rows, spread over the files
    // > 0: do not generate the day; rewrite this many of its brand files with changed prices and stock
    // (the other options must be the ones the day was generated with) and update index.csv.
    int changeBrands = 0;
    quint64 changeSeed = 1;
};

enum class BadRowKind { MissingCodArticolo, UnparseableNumber, DuplicateCodArticolo };
inline constexpr int badRowKindCount = 3;

enum class FileEncoding { Utf8Bom, Utf8, Windows1252 };

struct FileSummary {
    QString file; // GUCCI.csv
    QString brand; // the Marca of its rows, as index.csv lists it
    FileEncoding encoding = FileEncoding::Utf8Bom;
    int rows = 0; // CSV records after the header (not lines), bad rows included — what index.csv says
    int validRows = 0;
    int models = 0;
    std::array<int, badRowKindCount> badRows {};
    int multiLineRecords = 0; // records with a line break inside a quoted field
    int emptyStockRows = 0; // among valid rows
    int negativeStockRows = 0; // among valid rows
    qint64 bytes = 0;
    QByteArray sha256; // lower-case hex of the file's bytes
    QDateTime modified;
    bool written = false; // this run wrote the file
};

// Exact figures about what is on disk after a run, for tests to assert against.
// Counts about rows are over valid rows unless the name says otherwise.
struct FeedSummary {
    QString dayDir;
    QList<FileSummary> files; // in index.csv order
    int models = 0;
    int variants = 0; // valid rows: one per CodArticolo
    std::array<int, badRowKindCount> badRows {};
    int emptyStockRows = 0;
    int negativeStockRows = 0;
    // (Marca, Categoria) → number of models.
    QMap<std::pair<QString, QString>, int> modelsByBrandCategory;
    // Colour code → valid rows where DescrizioneColore, ColoreFornitore and Colore are all codes or empty
    // (the code is the Colore value, which then equals CodiceColore).
    QMap<QString, int> codeOnlyColours;
    // Code → the Italian colour name it stands for, for every code in codeOnlyColours.
    QMap<QString, QString> colourCodeNames;
    QStringList changedFiles; // on a --change-brands run
    qint64 bytes = 0; // bytes written by this run
    qint64 elapsedMs = 0;

    int rows() const
    {
        int n = 0;
        for (const FileSummary& f : files)
            n += f.rows;
        return n;
    }
    int badRowsTotal() const { return badRows[0] + badRows[1] + badRows[2]; }
    const FileSummary* file(const QString& name) const
    {
        for (const FileSummary& f : files) {
            if (f.file == name)
                return &f;
        }
        return nullptr;
    }
};

QString encodingName(FileEncoding encoding);
QString badRowKindName(BadRowKind kind);

} // namespace md::feedgen
