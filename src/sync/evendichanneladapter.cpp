#include "sync/evendichanneladapter.h"

#include "api/evendiclient.h"
#include "core/evendiorder.h"
#include "core/orderdecoder.h"
#include "core/orderstatus.h"
#include "core/workstate.h"
#include "storage/ordercache.h"
#include "sync/appservices.h"
#include "sync/evendisynchronizer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace despacho::sync {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(despacho::sync::EvendiChannelAdapter)
};

// Whether a command is done already, given the status e-vendi has now, and whether that status
// still allows it. Tracking code and fiscal note set absolute values: always allowed here (e-vendi
// itself refuses a refunded order).
struct StateCheck
{
    bool done = false;
    bool allowed = true;
    QString doneNote;
};

StateCheck checkState(CommandKind kind, const QString &status)
{
    const WorkState state = workStateOf(Channel::Evendi, status);
    switch (kind) {
    case CommandKind::Close:
        if (status == u"CLOSED")
            return {true, true, Tr::tr("already closed")};
        return {false, status == u"OPEN", {}};
    case CommandKind::Cancel:
        if (state == WorkState::Canceled && status != u"REVERSED")
            return {true, true, Tr::tr("already canceled")};
        return {false, status == u"REFUSED", {}};
    case CommandKind::Refund:
        if (status == u"REVERSED")
            return {true, true, Tr::tr("already refunded")};
        return {false, status == u"OPEN" || status == u"CLOSED", {}};
    default:
        break;
    }
    return {};
}

bool needsStateCheck(CommandKind kind)
{
    return kind == CommandKind::Close || kind == CommandKind::Cancel || kind == CommandKind::Refund;
}

bool retryable(const api::ApiError &e)
{
    switch (e.kind) {
    case api::ErrorKind::Network:
    case api::ErrorKind::Timeout:
    case api::ErrorKind::Server:
    case api::ErrorKind::RateLimited:
    case api::ErrorKind::Canceled:
        return true;
    default:
        return false;
    }
}

QString notAllowed(CommandKind kind, const QString &orderId, const QString &status)
{
    const QString now =
        Tr::tr("order %1 is now %2 (%3)").arg(orderId, orderStatusDisplayName(status), status);
    switch (kind) {
    case CommandKind::Close:
        return Tr::tr("%1: only an open order can be closed").arg(now);
    case CommandKind::Cancel:
        return Tr::tr("%1: e-vendi cancels only orders whose payment was refused").arg(now);
    case CommandKind::Refund:
        return Tr::tr("%1: only an open or closed order can be refunded").arg(now);
    default:
        break;
    }
    return now;
}
} // namespace

EvendiChannelAdapter::EvendiChannelAdapter(AppServices *services)
    : m_services(services)
{}

ChannelCapabilities EvendiChannelAdapter::capabilities() const
{
    ChannelCapabilities c;
    c.commands = {CommandKind::Tracking, CommandKind::Invoice, CommandKind::Close,
                  CommandKind::Cancel, CommandKind::Refund};
    c.paymentTransactions = false;
    return c;
}

void EvendiChannelAdapter::createSync(const QString &account, QObject *parent, SyncCallback done)
{
    m_services->evendiClientFor(
        account, parent,
        [this, account, parent = QPointer<QObject>(parent), done](api::EvendiClient *client,
                                                                  const QString &error, int kind) {
            if (!parent)
                return;
            if (!client) {
                done(nullptr, error, kind);
                return;
            }
            done(new EvendiSynchronizer(client, m_services->orders(), account, parent), {}, 0);
        });
}

void EvendiChannelAdapter::readDocument(api::EvendiClient *client, const QString &orderId,
                                        QObject *context, DocumentCallback done)
{
    QPointer<api::EvendiClient> guard(client);
    client->getOrderById(
        orderId, context,
        [guard, orderId, context = QPointer<QObject>(context), done](const QJsonObject &order,
                                                                     const api::ApiError &error) {
            if (!context)
                return;
            if (!error.isNone() || !guard) {
                done({}, error);
                return;
            }
            // The status is only in the search: by the order's number, its row picked by id.
            api::EvendiSearch search;
            search.query = order.value("orderNumber"_L1).toVariant().toString();
            if (search.query.isEmpty())
                search.query = orderId;
            search.pageSize = 100;
            guard->searchOrders(
                search, context,
                [order, orderId, context, done](const api::EvendiOrderPage &page,
                                                const api::ApiError &searchError) {
                    if (!context)
                        return;
                    if (!searchError.isNone()) {
                        done({}, searchError);
                        return;
                    }
                    for (const QJsonObject &row : page.values) {
                        if (row.value("id"_L1).toString() == orderId) {
                            done(evendiDocument(order, row.value("status"_L1).toString(), row), {});
                            return;
                        }
                    }
                    api::ApiError missing;
                    missing.kind = api::ErrorKind::InvalidReply;
                    missing.detail = u"searchOrders does not list order "_s + orderId;
                    done({}, missing);
                });
        });
}

void EvendiChannelAdapter::send(const Command &c, QObject *context, SendCallback done)
{
    m_services->evendiClientFor(
        c.account, context,
        [this, c, context = QPointer<QObject>(context), done](api::EvendiClient *client,
                                                              const QString &error, int) {
            if (!context)
                return;
            if (!client) {
                done(SendOutcome::retry(error));
                return;
            }
            if (!needsStateCheck(c.kind)) {
                sendNow(c, client, context, done);
                return;
            }
            QPointer<api::EvendiClient> guard(client);
            readDocument(
                client, c.orderId, context,
                [this, c, guard, context, done](const QJsonObject &document,
                                                const api::ApiError &readError) {
                    if (!context)
                        return;
                    if (!readError.isNone() || !guard) {
                        if (retryable(readError) || !guard)
                            done(SendOutcome::retry(readError.userText()));
                        else
                            done(SendOutcome::failed(
                                Tr::tr("order %1: %2").arg(c.orderId, readError.userText())));
                        return;
                    }
                    const QString status = document.value("status"_L1).toString();
                    const StateCheck check = checkState(c.kind, status);
                    if (check.done)
                        done(SendOutcome::sent({}, check.doneNote));
                    else if (!check.allowed)
                        done(SendOutcome::failed(notAllowed(c.kind, c.orderId, status)));
                    else
                        sendNow(c, guard, context, done);
                });
        });
}

void EvendiChannelAdapter::sendNow(const Command &c, api::EvendiClient *client, QObject *context,
                                   const SendCallback &done)
{
    QPointer<api::EvendiClient> guard(client);
    auto replied = [c, guard, context = QPointer<QObject>(context),
                    done](const api::ApiResponse &, const api::ApiError &error) {
        if (!context)
            return;
        if (error.isNone()) {
            done(SendOutcome::sent(u"success"_s));
            return;
        }
        if (retryable(error)) {
            done(SendOutcome::retry(error.userText()));
            return;
        }
        if (!needsStateCheck(c.kind) || !guard) {
            done(SendOutcome::failed(error.userText()));
            return;
        }
        // A refusal may mean an earlier attempt got through and its reply was lost.
        readDocument(guard, c.orderId, context,
                     [c, error, done](const QJsonObject &document, const api::ApiError &readError) {
                         if (!readError.isNone()) {
                             done(SendOutcome::failed(error.userText()));
                             return;
                         }
                         const StateCheck check =
                             checkState(c.kind, document.value("status"_L1).toString());
                         done(check.done ? SendOutcome::sent({}, check.doneNote)
                                         : SendOutcome::failed(error.userText()));
                     });
    };
    switch (c.kind) {
    case CommandKind::Tracking:
        client->saveOrderTrackingCode(c.orderId, c.payload.value("trackingCode"_L1).toString(),
                                      context, replied);
        return;
    case CommandKind::Invoice: {
        const QUrl url(c.payload.value("fiscalNoteUrl"_L1).toString(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty()) {
            done(SendOutcome::failed(
                Tr::tr("the fiscal note URL must be an https:// address; nothing was sent")));
            return;
        }
        client->saveOrderFiscalNote(c.orderId, url, context, replied);
        return;
    }
    case CommandKind::Close:
        client->closeOrder(c.orderId, context, replied);
        return;
    case CommandKind::Cancel:
        client->cancelOrder(c.orderId, context, replied);
        return;
    case CommandKind::Refund: {
        const QJsonObject transient = c.payload.value("transient"_L1).toObject();
        if (c.payload.value("withBank"_L1).toBool() && !transient.contains("bank"_L1)) {
            // The bank account is dropped once a refund fails; a retried one needs it again.
            done(SendOutcome::failed(Tr::tr("the bank account of this refund is no longer kept; "
                                            "queue the refund again")));
            return;
        }
        client->reverseOrder(
            c.orderId, c.payload.value("reason"_L1).toString(),
            api::EvendiBankAccount::fromJson(transient.value("bank"_L1).toObject()), context,
            replied);
        return;
    }
    default:
        break;
    }
    done(SendOutcome::failed(
        Tr::tr("%1 is not possible for e-vendi orders").arg(commandKindDisplayName(c.kind))));
}

void EvendiChannelAdapter::refreshOrder(const QString &account, const QString &orderId,
                                        QObject *context, RefreshCallback done)
{
    m_services->evendiClientFor(
        account, context,
        [account, orderId, context = QPointer<QObject>(context), done](api::EvendiClient *client,
                                                                       const QString &error, int) {
            if (!context)
                return;
            if (!client) {
                done({{}, {}, error.isEmpty() ? u"-"_s : error});
                return;
            }
            readDocument(
                client, orderId, context,
                [account, done](const QJsonObject &document, const api::ApiError &readError) {
                    if (!readError.isNone()) {
                        done({{}, {}, readError.userText()});
                        return;
                    }
                    const auto parsed = decodeOrder(Channel::Evendi, document);
                    if (!parsed.ok()) {
                        done({{}, {}, parsed.error});
                        return;
                    }
                    done({summaryFromOrder(parsed.order, account),
                          QJsonDocument(document).toJson(QJsonDocument::Compact),
                          {}});
                });
        });
}

} // namespace despacho::sync
