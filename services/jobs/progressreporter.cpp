#include "services/jobs/progressreporter.h"

namespace md::jobs {

ProgressReporter::ProgressReporter(QObject* parent, int intervalMs)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    qRegisterMetaType<md::jobs::Progress>();
    m_clock.start();
}

void ProgressReporter::start(qint64 total, int steps)
{
    m_progress = Progress {};
    m_progress.total = total;
    m_progress.steps = steps;
    m_clock.restart();
    m_lastEmitMs = 0;
    m_emittedOnce = false;
}

void ProgressReporter::setTotal(qint64 total)
{
    m_progress.total = total;
}

void ProgressReporter::report(qint64 done)
{
    m_progress.done = done;
    const qint64 now = m_clock.elapsed();
    if (m_emittedOnce && now - m_lastEmitMs < m_intervalMs)
        return;
    emitNow();
}

void ProgressReporter::setStep(int step, const QString& label)
{
    m_progress.step = step;
    m_progress.label = label;
    emitNow();
}

void ProgressReporter::finish()
{
    m_progress.finished = true;
    emitNow();
}

void ProgressReporter::emitNow()
{
    const qint64 now = m_clock.elapsed();
    m_lastEmitMs = now;
    m_emittedOnce = true;
    m_progress.elapsedMs = now;
    // The average since the start rather than the last interval's: it keeps the ETA from jumping around.
    m_progress.ratePerSecond = now > 0 ? double(m_progress.done) * 1000.0 / double(now) : 0.0;
    if (m_progress.finished)
        m_progress.etaMs = 0;
    else if (m_progress.total >= 0 && m_progress.ratePerSecond > 0)
        m_progress.etaMs = qint64(
            double(std::max<qint64>(0, m_progress.total - m_progress.done)) * 1000.0 / m_progress.ratePerSecond);
    else
        m_progress.etaMs = -1;
    Q_EMIT progressed(m_progress);
}

} // namespace md::jobs
