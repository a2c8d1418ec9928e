#pragma once

#include "services/domain/result.h"
#include "services/gnb/csvreader.h"
#include "services/gnb/feedcolumns.h"
#include "services/gnb/feedrow.h"
#include "services/gnb/seencodes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <array>
#include <vector>

class QIODevice;

namespace md::gnb {

// Something worth telling the merchandiser that does not stop a row from loading
// (unknown header columns, a negative stock read as 0, a file with no rows).
struct FeedWarning {
    QString file;
    int line = 0; // 0 = the whole file
    QString message;
};

// Turns one G&B brand file into FeedRows: header aliases, field checks, numbers, dates, the colour rule.
// Pure parsing, no database; streams the device, so memory is one chunk plus the caller's batch
// (plus one hash entry per CodArticolo, to find repeats).
//
//   FeedParser parser(&file, u"GUCCI.csv"_s, columns, colourTable);
//   if (auto st = parser.open(); !st) → reject the whole file with st.error().message
//   for (bool more = true; more;) {
//       rows.clear(); rejects.clear();
//       auto r = parser.next(rows, rejects, 5000);  // error → reject the whole file
//       more = r.ok() && *r;  … stage rows, record rejects …
//   }
//   parser.warnings(), parser.unresolvedColourCodes()
class FeedParser {
    // tr() in member functions uses this class's context, where lupdate files those strings.
    Q_DECLARE_TR_FUNCTIONS(md::gnb::FeedParser)

public:
    // device must be open for reading and outlive the parser; fileName is used in every message.
    // colourCodes: code → display name (table colour_code), used by the colour rule.
    FeedParser(QIODevice* device, QString fileName, FeedColumns columns, QHash<QString, QString> colourCodes,
        qsizetype chunkSize = CsvReader::DefaultChunkSize);

    // Reads and checks the header. An error (ErrorCode::Invalid, or Io) means the whole file is rejected:
    // empty file, unreadable header, missing required column (named, with the aliases accepted).
    Status open();

    // Appends up to maxRows valid rows to rows and every rejected row met on the way to rejects.
    // Returns true while more records may follow, false once the end of the file has been reached (what this
    // call appended is still valid). An error rejects the whole file (unterminated quote / truncated file,
    // read failure); the message names the file and the line.
    Result<bool> next(std::vector<FeedRow>& rows, std::vector<FeedReject>& rejects, int maxRows);

    const std::vector<FeedWarning>& warnings() const { return m_warnings; }
    // Colour codes of this file that are not in the colour-code table (for the mapping page).
    const QSet<QString>& unresolvedColourCodes() const { return m_unresolved; }
    const HeaderLayout& layout() const { return m_layout; }
    int rowsAccepted() const { return m_accepted; }
    int rowsRejected() const { return m_rejected; }
    qint64 bytesRead() const { return m_reader.bytesRead(); }

private:
    // Last decoded value per column: consecutive rows repeat brand, model, description, photos…,
    // so reusing the QString saves the decoding and shares the memory.
    struct TextCache {
        QByteArray bytes;
        QString text;
    };

    QByteArrayView raw(FeedColumn column) const;
    QString text(FeedColumn column);
    QString label(FeedColumn column) const;
    // Fills row from m_record; returns the reject reason, or an empty string when the row is valid.
    QString parseRow(FeedRow& row);
    QString parseMoney(FeedColumn column, std::optional<qint64>& out);

    CsvReader m_reader;
    QString m_file;
    FeedColumns m_columns;
    QHash<QString, QString> m_colourCodes;
    HeaderLayout m_layout;
    QStringList m_headerNames;
    CsvRecord m_record;
    std::array<TextCache, FeedColumnCount> m_cache;
    QStringList m_images; // Foto1..Foto5 of the previous row
    SeenCodes m_seen; // CodArticolo → line it first appeared on
    QSet<QString> m_unresolved;
    std::vector<FeedWarning> m_warnings;
    int m_accepted = 0;
    int m_rejected = 0;
    bool m_opened = false;
    bool m_done = false;
};

} // namespace md::gnb
