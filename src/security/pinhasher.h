#pragma once

#include <QByteArray>
#include <QString>

namespace despacho::security {

// Operator PINs: PBKDF2-SHA256 through QPasswordDigestor with a per-PIN random salt. The cost is
// stored beside each hash, so it can rise later without invalidating the PINs already set.
class PinHasher
{
public:
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;
    static constexpr int kMinimumIterations = 50'000;

    struct PinHash
    {
        QString algorithm = QStringLiteral("pbkdf2-sha256");
        int iterations = 0;
        QByteArray salt; // raw bytes; base64 in the database
        QByteArray hash; // raw bytes; base64 in the database
    };

    static QString algorithmName() { return QStringLiteral("pbkdf2-sha256"); }

    // 4 to 12 ASCII digits, nothing else (no spaces, no other scripts' digits).
    static bool isValidPin(const QString &pin);

    // A fresh random salt for every call: equal PINs give different hashes.
    static PinHash hash(const QString &pin, int iterations);
    // Constant-time comparison; false for an unknown algorithm or malformed parameters.
    static bool verify(const QString &pin, const PinHash &stored);

    // Iterations that cost about targetMs on this machine, never fewer than kMinimumIterations.
    // The speed is measured once per process.
    static int calibratedIterations(int targetMs = 100);

private:
    static QByteArray derive(const QString &pin, const QByteArray &salt, int iterations);
};

} // namespace despacho::security
