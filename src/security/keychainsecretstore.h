#pragma once

#include "security/secretstore.h"

namespace despacho::security {

// The system keychain through QtKeychain (Secret Service on Linux), with the insecure file
// fallback switched off: when no secret service answers, the caller is told so in words.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("despacho"),
                                 QObject *parent = nullptr);
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               WriteCallback done) override;
    void remove(const QString &key, QObject *context, WriteCallback done) override;

private:
    QString m_service;
};

} // namespace despacho::security
