#pragma once

// What `prism proxy` says of every reply it passes on, gathered per route, and the short list of
// departures from the official spec that the sandbox keeps on purpose because real VTEX shows
// them too (tests/contract/known-departures.json).

#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QStringList>

// One violation Prism reported, with array indices folded so that the same defect in every order
// is one key: "response.body.items[].priceTags[]".
struct SpecViolation
{
    QString route;    // "GET /api/oms/pvt/orders/{orderId}"
    QString path;     // "response.body.shippingData.address.complement"
    QString message;  // "Response body property shippingData.address.complement must be string"
    QString severity; // "Error", "Warning"
    QString example;  // a concrete request path that showed it

    QString key() const { return route + u'\n' + path + u'\n' + message; }
};

struct KnownDeparture
{
    QString route, path, message, reason;
    QString key() const { return route + u'\n' + path + u'\n' + message; }
};

// "GET", "/api/oms/pvt/orders/1234-01/invoice/NF1" -> "POST /api/oms/pvt/orders/{orderId}/..."
// for the routes the sandbox serves; any other path is kept as it is.
QString specRoute(const QByteArray &method, const QString &path);
// Method and path of every route above that the sandbox answers: "GET /api/orders/feed", ...
QStringList sandboxSpecRoutes();
// "a.0.b.12" -> "a[].b[]" (also inside a message).
QString foldIndices(const QString &text);
// The `sl-violations` header Prism adds to a reply that broke the spec (a JSON array, or
// "Too many violations! <cut JSON>" past 8 KiB: then *truncated is set and what parses is kept).
QList<SpecViolation> parseViolationHeader(const QByteArray &header, const QString &route,
                                          const QString &example, bool *truncated);

// known-departures.json: {"departures": [{"route", "violations": [{"path", "message"}],
// "reason"}]}, one KnownDeparture per violation. Empty list and a message in *error when the file
// is missing or malformed; every entry needs a route, at least one violation and a reason.
QList<KnownDeparture> loadKnownDepartures(const QString &file, QString *error);

struct DepartureCheck
{
    QStringList unexpected; // one line per new violation: route, JSON path, message, count
    QStringList stale;      // one line per listed departure that no longer occurs
};
DepartureCheck checkDepartures(const QList<SpecViolation> &seen,
                               const QList<KnownDeparture> &known);

// Hands its replies to the caller as usual and keeps what Prism said of each: every request made
// through it (the product's own clients included) is checked, with no second fetch.
class RecordingNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    QList<SpecViolation> responseViolations() const { return m_response; }
    QList<SpecViolation> requestViolations() const { return m_request; }
    int repliesSeen() const { return m_replies; }
    QHash<QString, int> repliesByRoute() const { return m_byRoute; }
    QStringList truncated() const { return m_truncated; } // routes whose header was cut

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QList<SpecViolation> m_response, m_request;
    QHash<QString, int> m_byRoute;
    QStringList m_truncated;
    int m_replies = 0;
};
