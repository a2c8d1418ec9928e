#include "services/jobs/writetransaction.h"

#include "services/db/sql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace md::jobs {

WriteTransaction::WriteTransaction(const QSqlDatabase& db)
    : m_db(db)
    , m_sqlite(m_db.driver() && m_db.driver()->dbmsType() == QSqlDriver::SQLite)
{
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::begin()
{
    if (m_sqlite) {
        // Issued as a statement because the driver's transaction() only knows plain BEGIN (deferred).
        auto q = db::exec(m_db, u"BEGIN IMMEDIATE"_s);
        if (!q)
            return q.error();
    } else if (!m_db.transaction()) {
        return db::sqlError(m_db.lastError(), QCoreApplication::translate("md::jobs", "starting a transaction"));
    }
    m_open = true;
    return {};
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return {};
    if (m_sqlite) {
        auto q = db::exec(m_db, u"COMMIT"_s);
        if (!q) {
            rollback();
            return q.error();
        }
    } else if (!m_db.commit()) {
        const auto error = db::sqlError(m_db.lastError(), QCoreApplication::translate("md::jobs", "committing"));
        rollback();
        return error;
    }
    m_open = false;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_sqlite)
        (void)db::exec(m_db, u"ROLLBACK"_s);
    else
        m_db.rollback();
}

} // namespace md::jobs
