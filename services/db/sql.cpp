#include "services/db/sql.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace md::db {

Error sqlError(const QSqlError& error, const QString& what)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    if (!error.nativeErrorCode().isEmpty())
        detail = error.nativeErrorCode() + u": "_s + detail;
    return Error { ErrorCode::Database, QCoreApplication::translate("md::db", "Database error while %1.").arg(what),
        detail };
}

bool isTransientConflict(const Error& error)
{
    return error.code == ErrorCode::Database
        && (error.detail.startsWith(u"40P01"_s) || error.detail.startsWith(u"40001"_s));
}

QString placeholders(qsizetype n)
{
    return QStringList(n, u"?"_s).join(u", "_s);
}

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            return sqlError(q.lastError(), sql.simplified().left(160));
        return q;
    }
    if (!q.prepare(sql))
        return sqlError(q.lastError(), sql.simplified().left(160));
    for (const auto& value : binds)
        q.addBindValue(value);
    if (!q.exec())
        return sqlError(q.lastError(), sql.simplified().left(160));
    return q;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    auto q = exec(db, sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return QVariant();
    return q->value(0);
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), QCoreApplication::translate("md::db", "starting a transaction"));
    m_open = true;
    return {};
}

Status Transaction::commit()
{
    if (!m_open)
        return {};
    if (!m_db.commit()) {
        const auto error = sqlError(m_db.lastError(), QCoreApplication::translate("md::db", "committing"));
        rollback();
        return error;
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (m_open)
        m_db.rollback();
    m_open = false;
}

} // namespace md::db
