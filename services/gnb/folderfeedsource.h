#pragma once

#include "services/gnb/feedsource.h"

namespace md::gnb {

// Reads a day's files from <root>/<YYYYMMDD>/ on a local or mounted disk.
class FolderFeedSource final : public FeedSource {
    Q_OBJECT
public:
    explicit FolderFeedSource(QString root, QObject* parent = nullptr);

    void fetchIndex(const QString& day, IndexCallback done) override;
    void fetchFile(const QString& day, const FeedIndexEntry& entry, FileCallback done) override;
    void cancel() override { m_cancelled = true; }
    QString describe() const override { return m_root; }

private:
    QString m_root;
    bool m_cancelled = false;
};

// sha256 of a file's bytes as lowercase hex, read in chunks.
Result<QString> sha256OfFile(const QString& path);

} // namespace md::gnb
