#pragma once

#include <QByteArrayView>
#include <vector>

namespace md::gnb {

// The CodArticolo values met so far in one file, with the line each first appeared on, to reject repeats.
// An open-addressing table over one byte arena: a QHash<QString, int> cost one allocation per code plus
// span regrowth, which was a fifth of the parser's time on a 230,000-row file.
class SeenCodes {
public:
    // The line code was first recorded on, or 0 when new (then it is recorded with line).
    int findOrInsert(QByteArrayView code, int line);
    qsizetype size() const { return m_count; }

private:
    struct Slot {
        size_t hash = 0;
        qsizetype offset = 0;
        qsizetype length = 0;
        int line = 0; // 0 = empty slot
    };
    void grow();

    std::vector<Slot> m_slots;
    std::vector<char> m_arena;
    qsizetype m_count = 0;
};

} // namespace md::gnb
