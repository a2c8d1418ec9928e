#pragma once

#include <QtGlobal>
#include <span>

namespace md::feedgen {

// SplitMix64: tiny, fast and identical on every platform and standard library (std:: distributions are
// implementation-defined, so they would make "the same seed gives the same bytes" false across compilers).
class Rng {
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }

    // A seed derived from several values, so that each brand or model gets its own independent stream.
    static quint64 mix(quint64 a, quint64 b, quint64 c = 0)
    {
        Rng r(a ^ 0x6A09E667F3BCC909ull);
        r.m_state ^= r.next() + b * 0x9E3779B97F4A7C15ull;
        r.m_state ^= r.next() + c * 0xC2B2AE3D27D4EB4Full;
        return r.next();
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n); n > 0.
    int bounded(int n) { return int((next() >> 16) % quint64(n)); }
    // Uniform in [low, high].
    int between(int low, int high) { return low + bounded(high - low + 1); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }

    // Index chosen with the given relative weights.
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = bounded(total);
        for (int i = 0; i < int(weights.size()); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return int(weights.size()) - 1;
    }

    template<typename T> const T& pick(std::span<const T> items) { return items[size_t(bounded(int(items.size())))]; }

private:
    quint64 m_state;
};

} // namespace md::feedgen
