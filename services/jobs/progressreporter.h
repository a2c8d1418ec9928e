#pragma once

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace md::jobs {

// A snapshot of long work: items done of total (rows, orders), an optional step counter (files), a label,
// and the rate and ETA derived from them.
struct Progress {
    qint64 done = 0;
    qint64 total = -1; // -1: unknown
    int step = 0;
    int steps = 0; // 0: no steps
    QString label;
    double ratePerSecond = 0; // items per second since the start
    qint64 etaMs = -1; // -1: unknown
    qint64 elapsedMs = 0;
    bool finished = false;
};

// Turns frequent progress calls from a worker thread into at most one progressed() signal per interval
// (default 200 ms), plus one final signal from finish(). Calls are cheap (a clock read) so long work can call it
// per row. Lives in the worker thread; receivers in other threads get the signal queued (AutoConnection), so the
// worker never blocks on the GUI. Not thread-safe: call from one thread.
class ProgressReporter : public QObject {
    Q_OBJECT
public:
    explicit ProgressReporter(QObject* parent = nullptr, int intervalMs = 200);

    // Starts the clock; the rate and ETA are measured from here.
    void start(qint64 total = -1, int steps = 0);
    void setTotal(qint64 total);
    // Reports the item count so far; emits only if the interval has passed since the last signal.
    void report(qint64 done);
    // Reports the current step (file i of n) and its label; emits at once since steps are rare and visible.
    void setStep(int step, const QString& label);
    // Emits the final state (finished = true), regardless of the interval.
    void finish();

    const Progress& current() const { return m_progress; }

Q_SIGNALS:
    void progressed(const md::jobs::Progress& progress);

private:
    void emitNow();

    Progress m_progress;
    QElapsedTimer m_clock;
    qint64 m_lastEmitMs = 0;
    bool m_emittedOnce = false;
    int m_intervalMs;
};

} // namespace md::jobs

Q_DECLARE_METATYPE(md::jobs::Progress)
