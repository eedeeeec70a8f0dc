#pragma once

// e-vendi's order API (https://e-vendi.com.br/api/<method>), after its own pages in
// ../shared/docs/e-vendi: env ("dev" | "prod"; in prod every transaction is real money),
// integrationToken and organizationExternalId in the JSON body, or in the query string for the
// two GETs; writes answer the bare text "success" (reverse-order: {"success": true}); 400, 405
// and 415 are the only documented errors. One method per endpoint; the token is redacted from
// every URL and message (the transport redacts the query; errorString() repeats it).
#include "api/apitypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace despacho::api {

class Transport;

enum class EvendiEnv
{
    Dev,
    Prod
};
QString evendiEnvName(EvendiEnv env); // "dev", "prod": lower case, as the pages write it

struct EvendiAccountConfig
{
    QString name; // the account's label in Despacho: the transport's rate-limit key
    QString organizationExternalId;
    EvendiEnv env = EvendiEnv::Dev;
    QUrl baseUrl = QUrl(QStringLiteral("https://e-vendi.com.br/api/")); // tests, the sandbox
    QString integrationToken; // from the keychain, held in memory only
    // e-vendi documents no limit: a conservative default, per account (the transport's limit is
    // kept per account here, since every organization is on one host); an account may change it.
    int ratePerMinute = 120;
};

struct EvendiSearch
{
    QString status;       // OPEN, CLOSED, REVERSED, REFUSED; empty: any
    QString query;        // e-vendi's "like" on the client's name or the order number
    QDateTime start, end; // createdAt bounds (epoch ms); either may be invalid
    int page = 1;
    int pageSize = 50;
};

struct EvendiOrderPage
{
    QList<QJsonObject> values;
    int count = 0; // every match, all pages
    int page = 0;
    int pageSize = 0;
};

// The bank account e-vendi needs to refund a boleto payment (reverse-order's "bank").
struct EvendiBankAccount
{
    QString code, agency, dvAgency, accountNumber, dvAccount, accountType, documentType,
        documentNumber, name;
    QJsonObject toJson() const;
    static EvendiBankAccount fromJson(const QJsonObject &json); // toJson()'s keys
    bool isEmpty() const { return toJson() == fromJson({}).toJson(); }
};

// A write's reply: 2xx with the body "success" (or {"success": true}) is done; any other body is
// a failure carrying its text; 400, 405 and 415 carry what e-vendi documents for them.
ApiError evendiWriteOutcome(const ApiResponse &response, const QString &operation);
EvendiOrderPage parseEvendiSearch(const QJsonDocument &doc, const QString &operation,
                                  ApiError *error);

class EvendiClient : public QObject
{
    Q_OBJECT
public:
    using PageCallback = std::function<void(const EvendiOrderPage &, const ApiError &)>;
    using ListCallback = std::function<void(const QList<QJsonObject> &, const ApiError &)>;
    using OrderCallback = std::function<void(const QJsonObject &, const ApiError &)>;
    // ok(): e-vendi answered "success"; otherwise the error says what it answered.
    using WriteCallback = std::function<void(const ApiResponse &, const ApiError &)>;

    EvendiClient(Transport *transport, EvendiAccountConfig config, QObject *parent = nullptr);
    const EvendiAccountConfig &config() const { return m_config; }
    Transport *transport() const;

    quint64 searchOrders(const EvendiSearch &search, QObject *ctx, PageCallback done);
    quint64 getOrderById(const QString &orderId, QObject *ctx, OrderCallback done);
    quint64 getOrdersOpened(QObject *ctx, ListCallback done);

    // Writes are POSTs that are not repeated after they may have reached e-vendi.
    quint64 saveOrderTrackingCode(const QString &orderId, const QString &trackingCode, QObject *ctx,
                                  WriteCallback done);
    quint64 saveOrderFiscalNote(const QString &orderId, const QUrl &fiscalNoteUrl, QObject *ctx,
                                WriteCallback done);
    quint64 closeOrder(const QString &orderId, QObject *ctx, WriteCallback done);
    quint64 cancelOrder(const QString &orderId, QObject *ctx, WriteCallback done);
    quint64 reverseOrder(const QString &orderId, const QString &reason,
                         const EvendiBankAccount &bank, QObject *ctx, WriteCallback done);

    // The JSON body of a call: env, integrationToken, organizationExternalId, then `fields`.
    QJsonObject body(const QJsonObject &fields = {}) const;
    QUrl url(const QString &method, bool withCredentialsInQuery = false,
             const QList<std::pair<QString, QString>> &extra = {}) const;

private:
    // Through the transport, under this account's own rate limit.
    quint64 send(ApiRequest request, QObject *ctx, std::function<void(const ApiResponse &)> done);
    quint64 post(const QString &method, const QJsonObject &fields, bool retryable,
                 const QString &operation, QObject *ctx,
                 std::function<void(const ApiResponse &)> done);
    quint64 get(const QString &method, const QList<std::pair<QString, QString>> &extra,
                const QString &operation, QObject *ctx,
                std::function<void(const ApiResponse &)> done);
    quint64 write(const QString &method, const QJsonObject &fields, const QString &operation,
                  QObject *ctx, WriteCallback done);

    QPointer<Transport> m_transport;
    EvendiAccountConfig m_config;
};

} // namespace despacho::api
