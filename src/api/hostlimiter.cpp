#include "api/hostlimiter.h"

#include <algorithm>

namespace despacho::api {

HostLimiter::HostLimiter(int ratePerMinute, int maxConcurrency)
    : m_ratePerMinute(std::max(0, ratePerMinute))
    , m_maxConcurrency(std::max(1, maxConcurrency))
    , m_capacityUnits(qint64(m_maxConcurrency) * kWindowMs)
    , m_units(m_capacityUnits)
{}

void HostLimiter::refill(qint64 nowMs)
{
    if (m_lastRefillMs >= 0 && nowMs > m_lastRefillMs) {
        const qint64 gained = (nowMs - m_lastRefillMs) * m_ratePerMinute;
        m_units = std::min(m_capacityUnits, m_units + gained);
    }
    if (nowMs > m_lastRefillMs)
        m_lastRefillMs = nowMs;
}

qint64 HostLimiter::delayUntilNextStart(qint64 nowMs)
{
    qint64 delay = std::max<qint64>(0, m_pausedUntil - nowMs);
    if (m_ratePerMinute == 0)
        return delay;

    refill(nowMs);
    if (m_units < kWindowMs) {
        const qint64 missing = kWindowMs - m_units;
        delay = std::max(delay, (missing + m_ratePerMinute - 1) / m_ratePerMinute);
    }
    while (!m_starts.empty() && m_starts.front() <= nowMs - kWindowMs)
        m_starts.pop_front();
    if (qsizetype(m_starts.size()) >= m_ratePerMinute)
        delay = std::max(delay, m_starts.front() + kWindowMs - nowMs);
    return delay;
}

void HostLimiter::onStart(qint64 nowMs)
{
    ++m_inFlight;
    if (m_ratePerMinute == 0)
        return;
    refill(nowMs);
    m_units = std::max<qint64>(0, m_units - kWindowMs);
    m_starts.push_back(nowMs);
}

void HostLimiter::onFinish()
{
    if (m_inFlight > 0)
        --m_inFlight;
}

void HostLimiter::pauseUntil(qint64 untilMs)
{
    m_pausedUntil = std::max(m_pausedUntil, untilMs);
}

} // namespace despacho::api
