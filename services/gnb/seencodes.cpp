#include "services/gnb/seencodes.h"

#include <QHashFunctions>
#include <cstring>

namespace md::gnb {

int SeenCodes::findOrInsert(QByteArrayView code, int line)
{
    Q_ASSERT(line > 0);
    if (size_t(m_count + 1) * 2 > m_slots.size()) // load factor ≤ 1/2
        grow();
    const size_t hash = qHash(code);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot& slot = m_slots[i];
        if (slot.line == 0) {
            slot = { hash, qsizetype(m_arena.size()), code.size(), line };
            m_arena.insert(m_arena.end(), code.begin(), code.end());
            ++m_count;
            return 0;
        }
        if (slot.hash == hash && slot.length == code.size()
            && std::memcmp(m_arena.data() + slot.offset, code.data(), size_t(code.size())) == 0)
            return slot.line;
    }
}

void SeenCodes::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    m_slots.resize(old.empty() ? 1024 : old.size() * 2); // a power of two, so that mask works
    const size_t mask = m_slots.size() - 1;
    for (const Slot& slot : old) {
        if (slot.line == 0)
            continue;
        size_t i = slot.hash & mask;
        while (m_slots[i].line != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace md::gnb
