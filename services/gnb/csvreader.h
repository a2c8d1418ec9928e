#pragma once

#include "services/domain/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <algorithm>
#include <cstring>
#include <vector>

class QIODevice;

namespace md::gnb {

// One CSV record: its fields as raw bytes (quotes removed, doubled quotes collapsed, line breaks inside
// quoted fields kept as they are in the file) and the physical line it starts on (first line = 1).
// Field views stay valid until the record is passed to CsvReader::readRecord again.
class CsvRecord {
public:
    int line() const { return m_line; }
    qsizetype size() const { return qsizetype(m_ends.size()); }
    QByteArrayView field(qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : m_ends[size_t(i - 1)];
        return { m_data.constData() + begin, m_ends[size_t(i)] - begin };
    }
    // The field decoded per field: UTF-8 when valid, otherwise Windows-1252 (see textdecode.h).
    QString text(qsizetype i) const;

private:
    friend class CsvReader;
    // Appends without QByteArray::append, whose generic insert path dominated the reader's profile.
    void append(const char* bytes, qsizetype n)
    {
        if (m_size + n > m_data.size())
            m_data.resize(std::max<qsizetype>(m_size + n, 2 * m_data.size() + 256));
        std::memcpy(m_data.data() + m_size, bytes, size_t(n));
        m_size += n;
    }

    QByteArray m_data; // all fields back to back, m_size bytes used; reused between records
    qsizetype m_size = 0;
    std::vector<qsizetype> m_ends; // end offset of each field in m_data
    int m_line = 0;
};

// Streaming reader for the G&B CSV dialect: ';' delimiter, '"' quotes doubled inside quoted fields,
// ';' and line breaks (CR, LF or CRLF) inside quoted fields, any of CR / LF / CRLF ending a record,
// a UTF-8 BOM skipped. Reads the device in chunks, so memory stays at one chunk plus one record.
// Decisions: blank lines between records are skipped (they carry no fields); text after a closing quote
// ("ab"c) and quotes inside unquoted fields are kept literally, as spreadsheet programs do.
// The device must be open and deliver all its data through read() (QFile, QBuffer, QTemporaryFile).
class CsvReader {
public:
    static constexpr qsizetype DefaultChunkSize = qsizetype(64) * 1024;
    static constexpr qsizetype DefaultMaxRecordSize = qsizetype(4) * 1024 * 1024;

    explicit CsvReader(QIODevice* device, qsizetype chunkSize = DefaultChunkSize, char delimiter = ';');

    // Reads the next record into record: true when one was read, false at the end of the input.
    // Errors (ErrorCode::Invalid unless noted): a quote still open at the end of the file or a record
    // beyond maxRecordSize (both name the line where the quote or record opened), a UTF-16/UTF-32 file,
    // a read failure (ErrorCode::Io). After an error the reader stays at its end.
    Result<bool> readRecord(CsvRecord& record);

    // A record longer than this is an error rather than a reason to read the rest of the file into memory.
    void setMaxRecordSize(qsizetype bytes) { m_maxRecordSize = bytes; }
    // Bytes consumed from the device so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }

private:
    enum class State { RecordStart, FieldStart, Unquoted, Quoted, QuoteInQuoted };

    Result<bool> fill(); // next chunk into m_buf; false at the end of the device
    Status start(); // BOM and UTF-16 check on the first bytes
    Error fail(Error error);

    QIODevice* m_device;
    qsizetype m_chunkSize;
    qsizetype m_maxRecordSize = DefaultMaxRecordSize;
    char m_delimiter;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qsizetype m_len = 0;
    qint64 m_bytesRead = 0;
    State m_state = State::RecordStart;
    int m_line = 1; // physical line of the next unread byte
    int m_recordLine = 0;
    int m_quoteLine = 0;
    bool m_afterCr = false; // the last byte consumed was a CR, so a following LF is the same line break
    bool m_started = false;
    bool m_finished = false;
};

} // namespace md::gnb
