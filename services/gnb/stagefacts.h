#pragma once

#include "services/gnb/feedrow.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>

namespace md::gnb {

// What the merge needs to know about a staged file as a whole, gathered row by row while it is staged (in line
// order) instead of by aggregate queries over the stage: each of those read the whole stage again.
class StageFacts {
public:
    using Pair = QPair<QString, QString>; // (brand, category)

    // Notes a staged row; true when it is the first row of its model (whose columns the product takes).
    bool add(const FeedRow& row);

    int rows() const { return m_rows; }
    int models() const { return int(m_models.size()); }
    // Distinct models per (brand, category) pair.
    const QHash<Pair, int>& pairModels() const { return m_pairModels; }
    // Codes of colours whose name is not known (colour_unresolved rows).
    const QSet<QString>& unresolvedColours() const { return m_unresolvedColours; }

private:
    int m_rows = 0;
    QSet<QString> m_models;
    QSet<QString> m_pairModelKeys;
    QHash<Pair, int> m_pairModels;
    QSet<QString> m_unresolvedColours;
};

} // namespace md::gnb
