#include "services/gnb/csvreader.h"

#include "services/gnb/textdecode.h"

#include <QCoreApplication>
#include <QIODevice>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace md::gnb {

QString CsvRecord::text(qsizetype i) const
{
    return decodeFeedText(field(i));
}

CsvReader::CsvReader(QIODevice* device, qsizetype chunkSize, char delimiter)
    : m_device(device)
    , m_chunkSize(std::max<qsizetype>(1, chunkSize))
    , m_delimiter(delimiter)
{
    // 4 spare bytes so that start() can gather a BOM even with one-byte chunks.
    m_buf.resize(m_chunkSize + 4);
}

Error CsvReader::fail(Error error)
{
    m_finished = true;
    m_pos = m_len = 0;
    return error;
}

Result<bool> CsvReader::fill()
{
    m_pos = 0;
    m_len = 0;
    const qint64 n = m_device->read(m_buf.data(), m_chunkSize);
    if (n < 0)
        return fail(Error { ErrorCode::Io, QCoreApplication::translate("md::gnb", "The file could not be read"),
            m_device->errorString() });
    m_len = qsizetype(n);
    m_bytesRead += n;
    return n > 0;
}

Status CsvReader::start()
{
    m_started = true;
    // Gather the first four bytes (or the whole input when shorter), whatever the chunk size.
    while (m_len < 4) {
        const qint64 n = m_device->read(m_buf.data() + m_len, std::min<qsizetype>(m_chunkSize, 4 - m_len));
        if (n < 0)
            return fail(Error { ErrorCode::Io, QCoreApplication::translate("md::gnb", "The file could not be read"),
                m_device->errorString() });
        if (n == 0)
            break;
        m_len += qsizetype(n);
        m_bytesRead += n;
    }
    const auto* b = reinterpret_cast<const unsigned char*>(m_buf.constData());
    const bool utf16Bom = m_len >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF));
    const bool nul = std::find(m_buf.constData(), m_buf.constData() + m_len, '\0') != m_buf.constData() + m_len;
    if (utf16Bom || nul)
        return fail(Error { ErrorCode::Invalid,
            QCoreApplication::translate(
                "md::gnb", "The file is not text in UTF-8 or Windows-1252 (it looks like UTF-16 or a binary file)"),
            {} });
    if (m_len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        m_pos = 3;
    return {};
}

Result<bool> CsvReader::readRecord(CsvRecord& record)
{
    record.m_size = 0;
    record.m_ends.clear();
    if (m_finished)
        return false;
    if (!m_started) {
        if (auto started = start(); !started)
            return started.error();
    }

    const auto finishRecord = [&] {
        record.m_ends.push_back(record.m_size);
        record.m_line = m_recordLine;
        m_state = State::RecordStart;
    };

    for (;;) {
        if (m_pos >= m_len) {
            auto more = fill();
            if (!more)
                return more.error();
            if (!*more) {
                m_finished = true;
                switch (m_state) {
                case State::RecordStart:
                    return false;
                case State::Quoted:
                    return Error { ErrorCode::Invalid,
                        QCoreApplication::translate("md::gnb",
                            "Truncated file or unterminated quote: the quoted field opened on line %1 never closes")
                            .arg(m_quoteLine),
                        {} };
                default:
                    finishRecord();
                    return true;
                }
            }
        }
        if (record.m_size > m_maxRecordSize)
            return fail(Error { ErrorCode::Invalid,
                QCoreApplication::translate(
                    "md::gnb", "The record starting on line %1 is longer than %2 bytes (an unterminated quote?)")
                    .arg(m_recordLine)
                    .arg(m_maxRecordSize),
                {} });

        const char* const base = m_buf.constData();
        const char* const end = base + m_len;
        const char* p = base + m_pos;

        switch (m_state) {
        case State::RecordStart:
            // Line breaks here are blank lines (or the LF of a CRLF that ended the previous record).
            if (*p == '\n') {
                if (!m_afterCr)
                    ++m_line;
                m_afterCr = false;
                ++m_pos;
                break;
            }
            if (*p == '\r') {
                ++m_line;
                m_afterCr = true;
                ++m_pos;
                break;
            }
            m_afterCr = false;
            m_recordLine = m_line;
            m_state = State::FieldStart;
            break;

        case State::FieldStart:
            if (*p == '"') {
                m_quoteLine = m_line;
                m_state = State::Quoted;
                ++m_pos;
            } else {
                m_state = State::Unquoted;
            }
            break;

        case State::Unquoted: {
            const char* q = p;
            const char delimiter = m_delimiter; // a local: stores through char* could alias the member
            while (q < end && *q != delimiter && *q != '\r' && *q != '\n')
                ++q;
            record.append(p, q - p);
            m_pos = q - base;
            if (q == end)
                break;
            ++m_pos;
            if (*q == delimiter) {
                record.m_ends.push_back(record.m_size);
                m_state = State::FieldStart;
                break;
            }
            ++m_line;
            m_afterCr = *q == '\r';
            finishRecord();
            return true;
        }

        case State::Quoted: {
            const char* q = p;
            while (q < end && *q != '"' && *q != '\r' && *q != '\n')
                ++q;
            if (q > p) {
                record.append(p, q - p);
                m_afterCr = false;
            }
            m_pos = q - base;
            if (q == end)
                break;
            ++m_pos;
            if (*q == '"') {
                m_afterCr = false;
                m_state = State::QuoteInQuoted;
                break;
            }
            record.append(q, 1);
            if (*q == '\r') {
                ++m_line;
                m_afterCr = true;
            } else {
                if (!m_afterCr)
                    ++m_line;
                m_afterCr = false;
            }
            break;
        }

        case State::QuoteInQuoted:
            if (*p == '"') { // a doubled quote is one literal quote
                record.append(p, 1);
                ++m_pos;
                m_state = State::Quoted;
            } else { // the closing quote: a delimiter, a line break or stray text follows
                m_state = State::Unquoted;
            }
            break;
        }
    }
}

} // namespace md::gnb
