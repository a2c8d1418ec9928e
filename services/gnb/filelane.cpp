#include "services/gnb/filelane.h"

namespace md::gnb {

FileLane::FileLane(FileApplier applier, FileApplier::StopCheck stop)
    : m_applier(std::move(applier))
    , m_stop(std::move(stop))
{
    qRegisterMetaType<md::gnb::FileApplyRequest>();
    qRegisterMetaType<md::gnb::FileApplyResult>();
}

void FileLane::apply(const FileApplyRequest& request)
{
    Q_EMIT applied(m_applier.apply(request, m_stop, [this](qint64 rows) { Q_EMIT rowsRead(rows); }));
}

} // namespace md::gnb
