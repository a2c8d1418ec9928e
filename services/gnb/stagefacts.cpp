#include "services/gnb/stagefacts.h"

namespace md::gnb {

namespace {
// Inserts into a set; true when the value was not there.
bool insertNew(QSet<QString>& set, const QString& value)
{
    const qsizetype before = set.size();
    set.insert(value);
    return set.size() != before;
}
} // namespace

bool StageFacts::add(const FeedRow& row)
{
    ++m_rows;
    if (insertNew(m_pairModelKeys, row.brand + QChar(0x1f) + row.category + QChar(0x1f) + row.model))
        ++m_pairModels[{ row.brand, row.category }];
    if (row.colourUnresolved && !row.colourCode.isEmpty())
        m_unresolvedColours.insert(row.colourCode);
    return insertNew(m_models, row.model);
}

} // namespace md::gnb
