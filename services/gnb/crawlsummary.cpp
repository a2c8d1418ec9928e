#include "services/gnb/crawlsummary.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace md::gnb {

QJsonObject CrawlSummary::toJson() const
{
    return QJsonObject {
        { u"files"_s, files },
        { u"files_skipped"_s, filesSkipped },
        { u"files_failed"_s, filesFailed },
        { u"rows"_s, rows },
        { u"products"_s, products },
        { u"variants"_s, variants },
        { u"inserted"_s, inserted },
        { u"updated"_s, updated },
        { u"unchanged"_s, unchanged },
        { u"rejected"_s, rejected },
        { u"warnings"_s, warnings },
        { u"unresolved_colours"_s, unresolvedColours.size() },
        { u"unmapped_pairs"_s, unmappedPairs.size() },
        { u"duration_ms"_s, durationMs },
        { u"job_result_id"_s, jobResultId },
        { u"errors"_s, QJsonArray::fromStringList(failures) },
    };
}

} // namespace md::gnb
