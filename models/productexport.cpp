#include "models/productexport.h"

#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace md::models {

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

Result<qint64> exportProductsCsv(const QSqlDatabase& db, db::Dialect dialect, const ProductQuery& query,
    const QStringList& headers, const QString& path, const std::atomic<bool>& cancel,
    const std::function<void(qint64)>& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { ErrorCode::Io,
            QCoreApplication::translate("md::models", "Cannot write %1: %2").arg(path, file.errorString()), {} };
    auto writeLine = [&file](const QStringList& fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const auto& f : fields)
            quoted << csvField(f);
        file.write((quoted.join(u',') + u"\r\n"_s).toUtf8());
    };
    file.write("\xEF\xBB\xBF");
    QStringList head = headers;
    head << QCoreApplication::translate("md::models", "Currency");
    writeLine(head);

    constexpr int kBatch = 2000;
    qint64 written = 0;
    PagePlan plan { PagePlan::Mode::Offset, {}, 0, kBatch, false };
    for (;;) {
        if (cancel.load())
            return Error { ErrorCode::Cancelled, QCoreApplication::translate("md::models", "Export cancelled."), {} };
        auto rows = fetchProductPage(db, dialect, query, plan);
        if (!rows)
            return rows.error();
        for (const auto& row : *rows) {
            QStringList fields;
            for (int c = 0; c < kProductColumnCount; ++c)
                fields << productCellText(row, c);
            fields << row.currency;
            writeLine(fields);
        }
        written += rows->size();
        if (progress)
            progress(written);
        if (rows->size() < kBatch)
            break;
        plan = PagePlan { PagePlan::Mode::After, { rows->last().sortKey, rows->last().id }, 0, kBatch, false };
    }
    if (!file.commit())
        return Error { ErrorCode::Io,
            QCoreApplication::translate("md::models", "Cannot write %1: %2").arg(path, file.errorString()), {} };
    return written;
}

} // namespace md::models
