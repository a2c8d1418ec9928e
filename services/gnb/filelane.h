#pragma once

#include "services/gnb/fileapplier.h"

#include <QObject>

namespace md::gnb {

// Applies the files it is given one at a time with a FileApplier, in the thread it lives in, and reports by
// signals (queued when that thread is not the crawler's). The crawler keeps one lane per database connection
// it writes with.
class FileLane : public QObject {
    Q_OBJECT
public:
    FileLane(FileApplier applier, FileApplier::StopCheck stop);

    // Applies the file now, in this object's thread; rowsRead() follows its progress, applied() ends it.
    void apply(const md::gnb::FileApplyRequest& request);

Q_SIGNALS:
    void rowsRead(qint64 rows);
    void applied(const md::gnb::FileApplyResult& result);

private:
    FileApplier m_applier;
    FileApplier::StopCheck m_stop;
};

} // namespace md::gnb

Q_DECLARE_METATYPE(md::gnb::FileApplyRequest)
Q_DECLARE_METATYPE(md::gnb::FileApplyResult)
