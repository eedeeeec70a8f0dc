#include "security/pinhasher.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstring>

namespace despacho::security {

namespace {

constexpr int kMaximumIterations = 20'000'000;
constexpr int kMaximumPinLength = 12;
constexpr int kMinimumPinLength = 4;

// Iterations per millisecond of deriveKeyPbkdf2 on this machine.
double measureSpeed()
{
    const QByteArray salt(PinHasher::kSaltBytes, '\x5a');
    const QByteArray password("0000");
    // One warm-up call, then grow the probe until it lasts long enough to time reliably.
    QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt, 1000,
                                       PinHasher::kHashBytes);
    int probe = 5000;
    for (;;) {
        QElapsedTimer timer;
        timer.start();
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt, probe,
                                           PinHasher::kHashBytes);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (ms >= 20.0 || probe >= kMaximumIterations / 2)
            return double(probe) / std::max(ms, 0.001);
        probe *= 2;
    }
}

} // namespace

bool PinHasher::isValidPin(const QString &pin)
{
    if (pin.size() < kMinimumPinLength || pin.size() > kMaximumPinLength)
        return false;
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QByteArray PinHasher::derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              iterations, kHashBytes);
}

PinHasher::PinHash PinHasher::hash(const QString &pin, int iterations)
{
    std::array<quint32, kSaltBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    PinHash h;
    h.iterations = std::max(iterations, 1);
    h.salt = QByteArray(kSaltBytes, Qt::Uninitialized);
    std::memcpy(h.salt.data(), words.data(), kSaltBytes);
    h.hash = derive(pin, h.salt, h.iterations);
    return h;
}

bool PinHasher::verify(const QString &pin, const PinHash &stored)
{
    if (stored.algorithm != algorithmName() || stored.iterations < 1 || stored.salt.isEmpty() ||
        stored.hash.size() != kHashBytes)
        return false;
    const QByteArray candidate = derive(pin, stored.salt, stored.iterations);
    if (candidate.size() != stored.hash.size())
        return false;
    // Every byte is compared whatever the earlier ones held, so timing says nothing about where
    // the first difference is.
    volatile unsigned char difference = 0;
    for (qsizetype i = 0; i < candidate.size(); ++i)
        difference = difference | static_cast<unsigned char>(candidate.at(i) ^ stored.hash.at(i));
    return difference == 0;
}

int PinHasher::calibratedIterations(int targetMs)
{
    static const double iterationsPerMs = measureSpeed();
    const double wanted = iterationsPerMs * std::max(targetMs, 1);
    return int(std::clamp(wanted, double(kMinimumIterations), double(kMaximumIterations)));
}

} // namespace despacho::security
