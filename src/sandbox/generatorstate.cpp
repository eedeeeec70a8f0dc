#include "sandbox/ordergenerator.h"

#include "sandbox/catalog.h"
#include "sandbox/sandboxutil.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

// The history a backlog order already has when the sandbox starts: invoices, tracking, cancels.
namespace despacho::sandbox {

namespace {

struct Tracking
{
    QString number;
    QString url;
};

Tracking trackingFor(const QString &courier, Rng &rng)
{
    if (courier == u"Correios PAC") {
        const QString prefix = rng.pick({u"QB"_s, u"PX"_s, u"QH"_s});
        const QString code = correiosS10(prefix, rng.digits(8));
        return {code, u"https://rastreamento.correios.com.br/app/index.php?objetos="_s + code};
    }
    if (courier == u"Correios SEDEX") {
        const QString prefix = rng.pick({u"OB"_s, u"SS"_s, u"SX"_s});
        const QString code = correiosS10(prefix, rng.digits(8));
        return {code, u"https://rastreamento.correios.com.br/app/index.php?objetos="_s + code};
    }
    if (courier.startsWith(u"Jadlog")) {
        const QString code = rng.digits(14);
        return {code, u"https://www.jadlog.com.br/jadlog/tracking?cte="_s + code};
    }
    if (courier == u"Loggi") {
        const QString code = rng.hex(10);
        return {code, u"https://www.loggi.com/rastreador/"_s + code};
    }
    if (courier == u"Total Express") {
        const QString code = rng.digits(12);
        return {code,
                u"https://tracking.totalexpress.com.br/poupup_track.php?reid=5&pedido="_s + code};
    }
    return {}; // store pickup: nothing to track
}

QJsonObject trackingEvent(const QDateTime &at, const QString &city, const QString &uf,
                          const QString &description)
{
    return {{u"lastChange"_s, vtexDateTime(at)},
            {u"city"_s, city},
            {u"state"_s, uf},
            {u"description"_s, description},
            {u"createDate"_s, vtexDateTime(at)}};
}

} // namespace

void OrderGenerator::makeInitialState(GeneratedOrder &o, Kind kind, quint32 salt) const
{
    Rng rng(m_seed, quint32(o.index), salt);
    OrderState &st = o.initial;
    // Backlog events never lie after the reference date (unless they must, to stay ordered).
    const auto later = [&](const QDateTime &from, int minSecs, int maxSecs) {
        if (kind == Kind::Fresh) // just placed: it all happened in the last few seconds
            return from.addSecs(rng.bounded(1, 4));
        QDateTime t = from.addSecs(rng.bounded(minSecs, maxSecs));
        if (kind == Kind::Backlog && t > m_reference) {
            const qint64 room = from.msecsTo(m_reference);
            t = room > 120000 ? from.addMSecs(qint64(double(room) * (0.2 + 0.7 * rng.real())))
                              : from.addSecs(60);
        }
        return t;
    };
    const QDateTime base = o.authorizedDate.isValid() ? o.authorizedDate : o.creationDate;
    if (st.status == u"payment-pending") {
        st.lastChange = later(o.creationDate, 30, 300);
    } else if (st.status == u"ready-for-handling") {
        st.lastChange = later(base, 60, 1200);
    } else if (st.status == u"handling") {
        st.lastChange = later(base, 3600, 108000);
    } else if (st.status == u"canceled") {
        st.cancellationDate = later(o.creationDate, 1800, 259200);
        st.cancelReason = catalog::str(rng.pickOne(catalog::cancelReasons()));
        st.canceledByCustomer = rng.chance(0.6);
        st.lastChange = st.cancellationDate;
    } else if (st.status == u"invoiced") {
        const QDateTime invoicedAt = later(base, 86400, 259200);
        const QDateTime dispatchedAt = later(invoicedAt, 7200, 36000);
        st.invoicedDate = invoicedAt;
        st.lastChange = invoicedAt;

        PackageInput in;
        in.invoiceNumber = QString::number(200000 + o.index);
        const QString nNF = u"%1"_s.arg(200000 + o.index, 9, 10, QLatin1Char('0'));
        in.invoiceKey =
            nfeAccessKeyWithCheckDigit(u"35"_s % invoicedAt.toString(u"yyMM"_s) % storeCnpj() %
                                       u"55001"_s % nNF % u'1' % rng.digits(8));
        in.invoiceUrl = u"https://nfe.lojademo.com.br/danfe/%1.pdf"_s.arg(in.invoiceKey);
        in.courier = o.courierName;
        const Tracking tracking = trackingFor(o.courierName, rng);
        in.trackingNumber = tracking.number;
        in.trackingUrl = tracking.url;
        in.invoiceValue = o.value();
        in.issuanceDate = invoicedAt;
        in.dispatchedDate = dispatchedAt;
        for (qsizetype i = 0; i < o.items.size(); ++i)
            in.lines.append({int(i), o.items[i].quantity, o.items[i].sellingPrice()});
        QJsonObject package = makePackage(in);

        if (!tracking.number.isEmpty()) {
            const QDateTime arrives = addBusinessDays(dispatchedAt, o.shippingDays);
            QDateTime postedAt = dispatchedAt.addSecs(3600);
            if (kind == Kind::Backlog && postedAt > m_reference)
                postedAt = std::max(dispatchedAt, m_reference);
            QJsonArray events{trackingEvent(postedAt, u"Barueri"_s, u"SP"_s, u"Objeto postado"_s)};
            const bool delivered = arrives < m_reference;
            if (m_reference > dispatchedAt.addDays(1)) {
                events.append(trackingEvent(dispatchedAt.addDays(1), u"Cajamar"_s, u"SP"_s,
                                            u"Objeto em trânsito - por favor aguarde"_s));
            }
            if (delivered) {
                events.append(trackingEvent(arrives, o.city, o.state,
                                            u"Objeto saiu para entrega ao destinatário"_s));
                events.append(trackingEvent(arrives.addSecs(14400), o.city, o.state,
                                            u"Objeto entregue ao destinatário"_s));
            }
            package[u"courierStatus"_s] = QJsonObject{
                {u"status"_s, delivered ? u"delivered"_s : u"in-transit"_s},
                {u"finished"_s, delivered},
                {u"deliveredDate"_s,
                 delivered ? QJsonValue(vtexDateTime(arrives.addSecs(14400))) : QJsonValue()},
                {u"data"_s, events}};
        }
        st.packages << package;
    }
}

QJsonObject makePackage(const PackageInput &in)
{
    const auto orNull = [](const QString &s) {
        return s.isEmpty() ? QJsonValue() : QJsonValue(s);
    };
    QJsonArray items;
    for (const auto &line : in.lines) {
        items.append(QJsonObject{{u"itemIndex"_s, line.itemIndex},
                                 {u"quantity"_s, line.quantity},
                                 {u"price"_s, line.price},
                                 {u"description"_s, QJsonValue()},
                                 {u"unitMultiplier"_s, 1.0}});
    }
    const QString issuance =
        in.issuanceDateText.isEmpty() ? vtexDateTime(in.issuanceDate) : in.issuanceDateText;
    const QString dispatched =
        in.dispatchedDateText.isEmpty() ? vtexDateTime(in.dispatchedDate) : in.dispatchedDateText;
    return {{u"items"_s, items},
            {u"courier"_s, orNull(in.courier)},
            {u"invoiceNumber"_s, in.invoiceNumber},
            {u"invoiceValue"_s, in.invoiceValue},
            {u"invoiceUrl"_s, orNull(in.invoiceUrl)},
            {u"issuanceDate"_s, orNull(issuance)},
            {u"trackingNumber"_s, orNull(in.trackingNumber)},
            {u"invoiceKey"_s, orNull(in.invoiceKey)},
            {u"trackingUrl"_s, orNull(in.trackingUrl)},
            {u"embeddedInvoice"_s, in.embeddedInvoice},
            {u"type"_s, in.type},
            {u"courierStatus"_s, QJsonValue()},
            {u"cfop"_s, QJsonValue()},
            {u"restitutions"_s, QJsonObject()},
            {u"volumes"_s, 1},
            {u"EnableInferItems"_s, QJsonValue()},
            {u"dispatchedDate"_s, orNull(dispatched)}};
}

} // namespace despacho::sandbox
