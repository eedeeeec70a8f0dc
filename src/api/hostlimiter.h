#pragma once

#include <QtGlobal>

#include <deque>

namespace despacho::api {

// Admission control for one host, on a caller-supplied monotonic clock (milliseconds) so it can
// be tested without waiting. Three gates: a token bucket that paces starts evenly at
// ratePerMinute (capacity = maxConcurrency, so a burst never exceeds what may be in flight
// anyway), a 60-second sliding window that enforces the documented hard cap exactly, and a pause
// deadline set by 429 replies. Concurrency is a fourth, separate gate (inFlight()).
class HostLimiter
{
public:
    HostLimiter(int ratePerMinute, int maxConcurrency);

    // Milliseconds from `nowMs` until the rate and pause gates allow one more start (0 = now).
    qint64 delayUntilNextStart(qint64 nowMs);
    bool concurrencyAvailable() const { return m_inFlight < m_maxConcurrency; }

    void onStart(qint64 nowMs); // consumes one token and records the start
    void onFinish();            // the request left the wire (finished, failed or aborted)

    void pauseUntil(qint64 untilMs); // never shortens an existing pause
    qint64 pausedUntil() const { return m_pausedUntil; }
    int inFlight() const { return m_inFlight; }

private:
    static constexpr qint64 kWindowMs = 60000;
    // One token is kWindowMs units; the bucket gains ratePerMinute units per millisecond, so the
    // arithmetic stays exact in integers.
    void refill(qint64 nowMs);

    int m_ratePerMinute;
    int m_maxConcurrency;
    qint64 m_capacityUnits;
    qint64 m_units;
    qint64 m_lastRefillMs = -1;
    qint64 m_pausedUntil = 0;
    int m_inFlight = 0;
    std::deque<qint64> m_starts; // start times within the last window (only when rate-limited)
};

} // namespace despacho::api
