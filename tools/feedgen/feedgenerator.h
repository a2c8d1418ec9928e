#pragma once

#include "services/domain/result.h"
#include "tools/feedgen/feedsummary.h"

namespace md::feedgen {

// Writes a realistic G&B feed day (reference/gnb-feed.md): <outDir>/<yyyyMMdd>/<BRAND>.csv for each brand and
// index.csv (file;brand;rows;sha256;modified). With changeBrands > 0 it instead rewrites that many brand files
// of an existing day with new stock and prices and updates their index lines, as the supplier does during a day.
class FeedGenerator {
public:
    explicit FeedGenerator(FeedOptions options);

    // Runs synchronously; the summary describes the day as it is on disk afterwards.
    Result<FeedSummary> run();

    static int maxBrands();
    // The folder name of a day: yyyyMMdd.
    static QString dayFolderName(QDate day);

private:
    struct Plan;
    Status validate() const;
    Plan plan() const;
    Result<FeedSummary> generateDay(const Plan& plan);
    Result<FeedSummary> changeDay(const Plan& plan);

    FeedOptions m_options;
};

} // namespace md::feedgen
