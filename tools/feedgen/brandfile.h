#pragma once

#include "services/domain/result.h"
#include "tools/feedgen/catalogue.h"
#include "tools/feedgen/feedsummary.h"

#include <QList>

namespace md::feedgen {

// One rejected row to add after the first row of a model.
struct BadSlot {
    int afterModel = 0;
    BadRowKind kind = BadRowKind::MissingCodArticolo;
    int ordinal = 0; // position among all bad rows of the day: keeps injected CodArticolo values unique
};

// Everything needed to produce one brand's file; the brand's rows depend only on (seed, brandIndex, models).
struct BrandJob {
    int brandIndex = 0; // into brands()
    int models = 0;
    FileEncoding encoding = FileEncoding::Utf8Bom;
    QList<BadSlot> badSlots; // sorted by afterModel
    quint64 seed = 0;
    QDate day;
    QDateTime modified;
    bool change = false; // apply the changes of a --change-brands run
    quint64 changeSeed = 0;
};

// Generates the brand's rows. With a path, writes the file (atomically) and fills bytes and sha256; with an
// empty path only counts. Adds the file's models, variants, pairs and colour codes to totals either way.
Result<FileSummary> generateBrandFile(const BrandJob& job, const QString& path, FeedSummary& totals);

// The code a brand of the given shape uses for colours()[colourIndex]; the same code means the same
// colour in every brand, like the seller's single colour-code table.
QString colourCode(CodeShape shape, int colourIndex);

} // namespace md::feedgen
