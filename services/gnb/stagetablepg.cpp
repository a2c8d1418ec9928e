#include "services/gnb/stagetablepg.h"

#include "services/db/sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace md::gnb {

namespace {
constexpr qsizetype kFlushBytes = 1 << 20;

PGconn* pg(void* conn)
{
    return static_cast<PGconn*>(conn);
}

Error copyError(PGconn* conn, const QString& what)
{
    return Error { ErrorCode::Database, QCoreApplication::translate("md::gnb", "Database error while %1.").arg(what),
        QString::fromUtf8(PQerrorMessage(conn)).trimmed() };
}

// COPY text format: backslash escapes for the characters that delimit rows and fields.
void appendText(QByteArray& out, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        default:
            out.append(c);
        }
    }
}
void field(QByteArray& out, const QString& value)
{
    if (value.isNull())
        out.append("\\N", 2);
    else
        appendText(out, value);
    out.append('\t');
}
void field(QByteArray& out, qint64 value)
{
    out.append(QByteArray::number(value));
    out.append('\t');
}
void money(QByteArray& out, const std::optional<qint64>& cents)
{
    if (!cents) {
        out.append("\\N\t", 3);
        return;
    }
    const qint64 v = *cents;
    const qint64 a = v < 0 ? -v : v;
    if (v < 0)
        out.append('-');
    out.append(QByteArray::number(a / 100));
    out.append('.');
    const qint64 frac = a % 100;
    if (frac < 10)
        out.append('0');
    out.append(QByteArray::number(frac));
    out.append('\t');
}
} // namespace

PgCopyStageTable::PgCopyStageTable(QSqlDatabase db)
    : StageTable(std::move(db))
{
    const QVariant handle = m_db.driver()->handle();
    // QPSQL hands out its PGconn* (registered as "PGconn*" or "pg_conn*", depending on the build).
    if (handle.isValid() && QByteArray(handle.typeName()).toLower().contains("conn*"))
        m_conn = *static_cast<PGconn* const*>(handle.constData());
    m_buffer.reserve(kFlushBytes + 64 * 1024);
}

PgCopyStageTable::~PgCopyStageTable()
{
    if (m_copying && m_conn) { // abandoned mid-copy: end it with an error so the connection is usable again
        PQputCopyEnd(pg(m_conn), "cancelled");
        while (PGresult* r = PQgetResult(pg(m_conn)))
            PQclear(r);
    }
}

Status PgCopyStageTable::create()
{
    if (!m_conn)
        return Error { ErrorCode::Internal,
            QCoreApplication::translate("md::gnb", "The PostgreSQL driver did not expose its connection."), {} };
    if (auto q = db::exec(m_db, createSql(db::Dialect::Postgres)); !q)
        return q.error();
    return {};
}

Status PgCopyStageTable::startCopy()
{
    const QByteArray sql = "COPY gnb_stage (" + stageColumns().join(u", "_s).toUtf8() + ") FROM STDIN";
    PGresult* r = PQexec(pg(m_conn), sql.constData());
    const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
    PQclear(r);
    if (!ok)
        return copyError(pg(m_conn), QCoreApplication::translate("md::gnb", "starting COPY into the staging table"));
    m_copying = true;
    return {};
}

Status PgCopyStageTable::append(std::span<const FeedRow> rows)
{
    for (const FeedRow& r : rows) {
        QByteArray& b = m_buffer;
        field(b, r.line);
        field(b, r.variantCode);
        field(b, r.model);
        field(b, r.brand);
        field(b, r.category);
        field(b, r.subcategory);
        field(b, r.gender);
        field(b, r.season);
        field(b, r.colour);
        field(b, r.colourCode);
        b.append(r.colourUnresolved ? "t\t" : "f\t", 2);
        field(b, r.supplierColour);
        field(b, r.colourCodeField);
        field(b, r.colourDescription);
        field(b, r.manufacturerColour);
        field(b, r.size);
        field(b, r.sizeType);
        field(b, r.quantity);
        money(b, r.listPriceCents);
        money(b, r.netPriceCents);
        field(b, r.currency);
        field(b, r.ean);
        field(b, r.madeIn);
        field(b, r.composition);
        field(b, r.description);
        field(b, r.images.isEmpty() ? QString() : r.images.join(u'\n'));
        if (r.modifiedAt.isValid())
            b.append(r.modifiedAt.toUTC().toString(Qt::ISODate).toLatin1());
        else
            b.append("\\N", 2);
        b.append('\n');
        if (b.size() >= kFlushBytes) {
            if (auto s = sendBuffer(); !s)
                return s;
        }
    }
    return {};
}

Status PgCopyStageTable::sendBuffer()
{
    if (m_buffer.isEmpty())
        return {};
    if (!m_copying) {
        if (auto s = startCopy(); !s)
            return s;
    }
    if (PQputCopyData(pg(m_conn), m_buffer.constData(), int(m_buffer.size())) != 1)
        return copyError(pg(m_conn), QCoreApplication::translate("md::gnb", "sending rows to the staging table"));
    m_buffer.clear();
    return {};
}

Status PgCopyStageTable::endCopy()
{
    if (!m_copying)
        return {};
    m_copying = false;
    if (PQputCopyEnd(pg(m_conn), nullptr) != 1)
        return copyError(pg(m_conn), QCoreApplication::translate("md::gnb", "finishing COPY"));
    Status status;
    while (PGresult* r = PQgetResult(pg(m_conn))) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && status.ok())
            status = copyError(pg(m_conn), QCoreApplication::translate("md::gnb", "loading the staging table"));
        PQclear(r);
    }
    return status;
}

Status PgCopyStageTable::flush()
{
    if (auto s = sendBuffer(); !s)
        return s;
    return endCopy();
}

} // namespace md::gnb
