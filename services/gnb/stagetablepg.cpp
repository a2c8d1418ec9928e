#include "services/gnb/stagetablepg.h"

#include "services/db/sql.h"
#include "services/gnb/copytext.h"

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
        copytext::number(b, r.line);
        copytext::text(b, r.variantCode);
        copytext::text(b, r.model);
        copytext::text(b, r.brand);
        copytext::text(b, r.category);
        copytext::text(b, r.subcategory);
        copytext::text(b, r.gender);
        copytext::text(b, r.season);
        copytext::text(b, r.colour);
        copytext::text(b, r.colourCode);
        b.append(r.colourUnresolved ? "t\t" : "f\t", 2);
        b.append(note(r) ? "t\t" : "f\t", 2);
        copytext::text(b, r.supplierColour);
        copytext::text(b, r.colourCodeField);
        copytext::text(b, r.colourDescription);
        copytext::text(b, r.manufacturerColour);
        copytext::text(b, r.size);
        copytext::text(b, r.sizeType);
        copytext::number(b, r.quantity);
        copytext::money(b, r.listPriceCents);
        copytext::money(b, r.netPriceCents);
        copytext::text(b, r.currency);
        copytext::text(b, r.ean);
        copytext::text(b, r.madeIn);
        copytext::text(b, r.composition);
        copytext::text(b, r.description);
        copytext::lines(b, r.images);
        copytext::timestamp(b, r.modifiedAt);
        b.back() = '\n';
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
