#include "sandbox/evendistore.h"

#include "sandbox/catalog.h"
#include "sandbox/sandboxutil.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace despacho::sandbox {

namespace {

constexpr quint32 kEvendiSalt = 0xe7e4d1u;

HttpReply evendiError(int status, const QString &message)
{
    return HttpReply::json({{u"success"_s, false}, {u"message"_s, message}}, status);
}

QString firestoreId(Rng &rng)
{
    static constexpr char16_t alphabet[] =
        u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id;
    for (int i = 0; i < 20; ++i)
        id.append(QChar(alphabet[rng.bounded(62)]));
    return id;
}

double reais(qint64 cents)
{
    return double(cents) / 100.0;
}

QJsonObject makeOrder(quint32 seed, int i, int count, const QDateTime &reference)
{
    Rng rng(seed, quint32(i), kEvendiSalt);
    const double s = rng.real();
    const QString status = s < 0.55   ? u"OPEN"_s
                           : s < 0.85 ? u"CLOSED"_s
                           : s < 0.95 ? u"REVERSED"_s
                                      : u"REFUSED"_s;
    const qint64 span = 60LL * 24 * 3600 * 1000;
    const qint64 step = span / std::max(count, 1); // spread over the 60 days before `reference`
    const qint64 created =
        reference.toMSecsSinceEpoch() - span + i * step + qint64(rng.real() * double(step));

    const bool female = rng.chance(0.5);
    const QString first = catalog::str(female ? rng.pickOne(catalog::femaleNames())
                                              : rng.pickOne(catalog::maleNames()));
    const QString last = catalog::str(rng.pickOne(catalog::surnames()));
    const QString name = first % u' ' % last;
    const QString cpf = cpfWithCheckDigits(u"3"_s % rng.digits(8));
    const auto &city = rng.pickOne(catalog::cities());

    QJsonArray products;
    qint64 subTotal = 0;
    int totalItems = 0;
    const int lines = rng.bounded(1, 4);
    for (int l = 0; l < lines; ++l) {
        const auto &p = rng.pickOne(catalog::products());
        const QStringList variants = catalog::variants(p.variantSet);
        const int v = variants.isEmpty() ? -1 : rng.bounded(int(variants.size()));
        const QString variant = v < 0 ? QString() : variants.at(v);
        const int qnt = rng.chance(0.8) ? 1 : 2;
        const qint64 price = p.priceCents;
        subTotal += price * qnt;
        totalItems += qnt;
        const bool isSize = (p.variantSet >= 1 && p.variantSet <= 4) || p.variantSet == 8;
        products.append(QJsonObject{
            {u"id"_s, firestoreId(rng)},
            {u"name"_s, catalog::str(p.name)},
            {u"ref"_s, u"EV-%1"_s.arg(p.id)},
            {u"qnt"_s, qnt},
            {u"price"_s, reais(price)},
            {u"total"_s, reais(price * qnt)},
            {u"externalId"_s, QString::number(p.id)},
            {u"tablePriceId"_s, u"tabela-padrao"_s},
            // Sizes as e-vendi writes them: text with a decimal comma.
            {u"freightHeight"_s, u"10,00"_s},
            {u"freightWidth"_s, u"15,00"_s},
            {u"freightLength"_s, u"20,00"_s},
            {u"freightWeight"_s,
             QString::number(p.weightGrams / 1000.0, 'f', 3).replace(u'.', u',')},
            {u"productType"_s, QJsonObject{{u"name"_s, catalog::str(p.category)},
                                           {u"id"_s, QString::number(p.categoryId)},
                                           {u"organization"_s, QJsonValue()}}},
            {u"files"_s, QJsonArray{u"https://cdn.e-vendi.com.br/produtos/%1.jpg"_s.arg(
                             slugify(catalog::str(p.name)))}},
            {u"items"_s,
             QJsonArray{QJsonObject{{u"id"_s, firestoreId(rng)},
                                    {u"size"_s, isSize ? variant : u"U"_s},
                                    {u"color"_s, isSize ? QString() : variant},
                                    {u"qnt"_s, qnt},
                                    {u"externalId"_s, QString::number(p.id * 100 + v + 1)},
                                    {u"price"_s, reais(price)},
                                    {u"colorRef"_s, u""_s},
                                    {u"integrationMetadata"_s, QJsonObject()}}}}});
    }
    const bool sedex = rng.chance(0.3);
    qint64 freight =
        subTotal >= 29900 && !sedex ? 0 : (sedex ? 3490 : 1990) + rng.bounded(0, 10) * 100;
    const bool coupon = rng.chance(0.15);
    const qint64 discount = coupon ? 1000 : 0;
    const double pay = rng.real();
    const QString method = pay < 0.5 ? u"credit_card"_s : pay < 0.85 ? u"pix"_s : u"boleto"_s;
    const bool waiting = status == u"OPEN" && method == u"boleto" && rng.chance(0.5);
    const QString paymentStatus = status == u"REVERSED"  ? u"refunded"_s
                                  : status == u"REFUSED" ? u"refused"_s
                                  : waiting              ? u"waiting_payment"_s
                                                         : u"paid"_s;
    const int parcels = method == u"credit_card" ? rng.bounded(1, 7) : 1;
    const qint64 value = subTotal - discount + freight;
    const QString zip =
        u"%1%2"_s.arg(rng.bounded(city.cepFirst, city.cepLast + 1), 5, 10, QLatin1Char('0'))
            .arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
    QJsonValue tracking;
    if (status != u"OPEN" || rng.chance(0.2))
        tracking = correiosS10(sedex ? u"SS"_s : u"QB"_s, rng.digits(8));

    return {
        {u"id"_s, firestoreId(rng)},
        {u"orderNumber"_s, 1001 + i},
        {u"status"_s, status},
        {u"opened"_s, status == u"OPEN"},
        {u"isCompleted"_s, true},
        {u"paid"_s, paymentStatus == u"paid"},
        {u"paymentStatus"_s, paymentStatus},
        {u"paymentMethod"_s, method},
        {u"parcels"_s, parcels},
        {u"payment"_s,
         QJsonObject{
             {u"id"_s, qint64(rng.bounded(100000000, 999999999))},
             {u"status"_s, paymentStatus},
             {u"payment_method"_s, method},
             {u"amount"_s, value},
             {u"installments"_s, parcels},
             {u"card_brand"_s, method == u"credit_card" ? QJsonValue(u"visa"_s) : QJsonValue()},
             {u"card_last_digits"_s,
              method == u"credit_card" ? QJsonValue(rng.digits(4)) : QJsonValue()},
             {u"date_created"_s,
              QDateTime::fromMSecsSinceEpoch(created, Qt::UTC).toString(Qt::ISODateWithMs)}}},
        {u"createdAt"_s, created},
        {u"customer"_s,
         QJsonObject{
             {u"id"_s, firestoreId(rng)},
             {u"name"_s, name},
             {u"email"_s, QString(asciiFold(first).toLower() % u'.' % asciiFold(last).toLower() %
                                  u"@gmail.com")},
             {u"document"_s, cpf},
             {u"phone"_s, QString(u"+55"_s % QString::number(city.ddd) % u'9' % rng.digits(8))}}},
        {u"customerDocument"_s, cpf},
        {u"shipping"_s,
         QJsonObject{{u"street"_s, catalog::str(city.streets[rng.bounded(4)])},
                     {u"zipCode"_s, zip},
                     {u"street_number"_s, QString::number(rng.bounded(1, 2500))},
                     {u"stateCode"_s, QString::number(city.ufCode)},
                     {u"neighborhood"_s, catalog::str(city.neighborhoods[rng.bounded(4)])},
                     {u"city"_s, catalog::str(city.name)},
                     {u"ibgeCode"_s, QString::number(city.ibgeCode)},
                     {u"complementary"_s,
                      rng.chance(0.5) ? u"Apto %1"_s.arg(rng.bounded(11, 300)) : QString()},
                     {u"state"_s, catalog::str(city.uf)}}},
        {u"freightDestination"_s, zip},
        {u"freightMode"_s, sedex ? u"SEDEX"_s : u"PAC"_s},
        {u"freightType"_s, u"correios"_s},
        {u"freight"_s, reais(freight)},
        {u"discount"_s, reais(discount)},
        {u"coupons"_s, coupon ? QJsonArray{u"BEMVINDO10"_s} : QJsonArray()},
        {u"subTotal"_s, reais(subTotal)},
        {u"value"_s, reais(value)},
        {u"observation"_s, rng.chance(0.3) ? u"Entregar na portaria"_s : u""_s},
        {u"products"_s, products},
        {u"totalItens"_s, totalItems},
        {u"lowStock"_s, QJsonArray()},
        {u"cartId"_s, firestoreId(rng)},
        {u"version"_s, u"2"_s},
        {u"postbackUrl"_s, u"https://erp.lojademo.com.br/e-vendi/postback"_s},
        {u"postbackPaymentUrl"_s, u"https://erp.lojademo.com.br/e-vendi/pagamento"_s},
        {u"organizationExternalId"_s, QJsonValue()},
        {u"trackingCode"_s, tracking},
        {u"fiscalNoteUrl"_s, QJsonValue()},
        {u"closedAt"_s, status == u"OPEN" ? QJsonValue() : QJsonValue(created + 86400000LL * 3)}};
}

} // namespace

EvendiStore::EvendiStore(quint32 seed, QString integrationToken, QDateTime referenceDate, int count)
    : m_token(std::move(integrationToken))
{
    // prod is another set of orders: nothing done in dev reaches it.
    for (auto [orders, salt] : {std::pair{&m_dev, 0u}, std::pair{&m_prod, 0x9e3779b9u}}) {
        for (int i = 0; i < count; ++i) {
            const QJsonObject o = makeOrder(seed ^ salt, i, count, referenceDate);
            orders->index.insert(o.value(u"id"_s).toString(), orders->orders.size());
            orders->index.insert(QString::number(o.value(u"orderNumber"_s).toInt()),
                                 orders->orders.size());
            orders->orders.append(o);
        }
    }
}

QJsonObject *EvendiStore::Orders::find(const QString &idOrNumber)
{
    const auto it = index.constFind(idOrNumber.trimmed());
    return it == index.cend() ? nullptr : &orders[*it];
}

const QJsonObject *EvendiStore::Orders::find(const QString &idOrNumber) const
{
    const auto it = index.constFind(idOrNumber.trimmed());
    return it == index.cend() ? nullptr : &orders[*it];
}

EvendiStore::Orders &EvendiStore::store(const QJsonObject &params)
{
    return params.value(u"env"_s).toString().toLower() == u"prod" ? m_prod : m_dev;
}

QJsonObject EvendiStore::order(const QString &idOrNumber, const QString &env) const
{
    const QJsonObject *o = (env.toLower() == u"prod" ? m_prod : m_dev).find(idOrNumber);
    return o ? *o : QJsonObject();
}

QJsonObject EvendiStore::present(const QJsonObject &order, const QString &organization)
{
    // What e-vendi's order object has: no status, and nothing that reads back what an
    // integration saved (tracking code, fiscal note URL, when it was closed).
    QJsonObject out = order;
    for (const QString &key :
         {u"status"_s, u"trackingCode"_s, u"fiscalNoteUrl"_s, u"closedAt"_s, u"refund"_s})
        out.remove(key);
    out[u"organizationExternalId"_s] = organization;
    return out;
}

std::optional<HttpReply> EvendiStore::handle(const HttpRequest &request)
{
    const QStringList &s = request.segments;
    if (s.size() != 2 || s[0] != u"api")
        return std::nullopt;
    static const QStringList gets{u"getOrderById"_s, u"getOrdersOpened"_s};
    static const QStringList posts{u"searchOrders"_s, u"saveOrderTrackingCode"_s,
                                   u"closeOrder"_s,   u"saveOrderFiscalNote"_s,
                                   u"cancelOrder"_s,  u"reverse-order"_s};
    const QString op = s[1];
    const bool isGet = gets.contains(op);
    if (!isGet && !posts.contains(op))
        return std::nullopt;
    if (request.method != (isGet ? "GET" : "POST"))
        return evendiError(405, u"Use %1 for %2"_s.arg(isGet ? u"GET"_s : u"POST"_s, op));

    QJsonObject params;
    if (isGet) {
        for (const auto &item : request.query.queryItems(QUrl::FullyDecoded))
            params.insert(item.first, item.second);
    } else {
        if (!request.header("Content-Type").toLower().startsWith("application/json"))
            return evendiError(415, u"Send the body as Content-Type: application/json"_s);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return evendiError(400, u"O corpo da requisição não é um JSON válido"_s);
        params = doc.object();
    }
    if (auto denied = checkAccess(params))
        return denied;

    Orders &orders = store(params);
    const QString organization = params.value(u"organizationExternalId"_s).toString();
    if (op == u"searchOrders")
        return search(orders, params);
    if (op == u"getOrdersOpened") {
        QJsonArray open;
        for (const auto &o : std::as_const(orders.orders)) {
            if (o.value(u"status"_s).toString() == u"OPEN")
                open.append(present(o, organization));
        }
        return HttpReply::json(open);
    }
    const QString orderId = params.value(u"orderId"_s).toVariant().toString();
    if (orderId.isEmpty())
        return evendiError(400, u"orderId é obrigatório"_s);
    QJsonObject *order = orders.find(orderId);
    if (!order) // e-vendi documents no 404: a request it cannot serve is a 400
        return evendiError(400, u"Pedido %1 não encontrado"_s.arg(orderId));
    if (op == u"getOrderById")
        return HttpReply::json(present(*order, organization));
    if (op == u"saveOrderTrackingCode")
        return saveTrackingCode(*order, params);
    if (op == u"closeOrder")
        return close(*order);
    if (op == u"cancelOrder")
        return cancel(*order);
    if (op == u"reverse-order")
        return reverse(*order, params);
    return saveFiscalNote(*order, params);
}

std::optional<HttpReply> EvendiStore::checkAccess(const QJsonObject &params) const
{
    const QString env = params.value(u"env"_s).toString().toLower();
    if (env != u"dev" && env != u"prod")
        return evendiError(400, u"env inválido: use dev ou prod"_s);
    // e-vendi documents 400 for these (no 401 or 403).
    const QString token = params.value(u"integrationToken"_s).toString();
    if (token.isEmpty())
        return evendiError(400, u"integrationToken não informado"_s);
    if (token != m_token)
        return evendiError(400, u"integrationToken inválido"_s);
    // closeOrder's published example names the field externalId.
    if (params.value(u"organizationExternalId"_s).toString().isEmpty() &&
        params.value(u"externalId"_s).toString().isEmpty()) {
        return evendiError(400, u"organizationExternalId é obrigatório"_s);
    }
    return std::nullopt;
}

HttpReply EvendiStore::search(const Orders &orders, const QJsonObject &params) const
{
    const QJsonObject filter = params.value(u"filter"_s).toObject();
    const QString status = filter.value(u"status"_s).toString().toUpper();
    const QString query = filter.value(u"query"_s).toVariant().toString().trimmed();
    const QJsonObject dates = filter.value(u"dates"_s).toObject();
    const QJsonValue start = dates.value(u"start"_s);
    const QJsonValue end = dates.value(u"end"_s);
    const auto number = [&](const char16_t *key, int fallback) {
        const QJsonValue v = params.contains(QStringView(key)) ? params.value(QStringView(key))
                                                               : filter.value(QStringView(key));
        return v.isDouble() ? int(v.toDouble()) : fallback;
    };
    const int page = std::max(1, number(u"page", 1));
    const int pageSize = std::clamp(number(u"pageSize", 100), 1, 100);

    QList<QJsonObject> hits;
    for (const auto &o : orders.orders) {
        if (!status.isEmpty() && o.value(u"status"_s).toString() != status)
            continue;
        const qint64 created = qint64(o.value(u"createdAt"_s).toDouble());
        if (start.isDouble() && created < qint64(start.toDouble()))
            continue;
        if (end.isDouble() && created > qint64(end.toDouble()))
            continue;
        if (!query.isEmpty()) {
            const QString name = o.value(u"customer"_s).toObject().value(u"name"_s).toString();
            const QString num = QString::number(o.value(u"orderNumber"_s).toInt());
            if (!name.contains(query, Qt::CaseInsensitive) && !num.contains(query) &&
                o.value(u"id"_s).toString() != query) {
                continue;
            }
        }
        hits << o;
    }
    std::sort(hits.begin(), hits.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"createdAt"_s).toDouble() > b.value(u"createdAt"_s).toDouble();
    });
    QJsonArray values;
    for (qsizetype i = qsizetype(page - 1) * pageSize; i < hits.size() && values.size() < pageSize;
         ++i) {
        const QJsonObject &o = hits[i];
        values.append(
            QJsonObject{{u"id"_s, o.value(u"id"_s)},
                        {u"orderNumber"_s, o.value(u"orderNumber"_s)},
                        {u"createdAt"_s, o.value(u"createdAt"_s)},
                        {u"customerName"_s, o.value(u"customer"_s).toObject().value(u"name"_s)},
                        {u"subTotal"_s, o.value(u"subTotal"_s)},
                        {u"total"_s, o.value(u"value"_s)},
                        {u"freight"_s, o.value(u"freight"_s)},
                        {u"paymentMethod"_s, o.value(u"paymentMethod"_s)},
                        {u"paymentStatus"_s, o.value(u"paymentStatus"_s)},
                        {u"observation"_s, o.value(u"observation"_s)},
                        {u"status"_s, o.value(u"status"_s)}});
    }
    return HttpReply::json({{u"count"_s, hits.size()},
                            {u"page"_s, page},
                            {u"pageSize"_s, pageSize},
                            {u"values"_s, values}});
}

HttpReply EvendiStore::saveTrackingCode(QJsonObject &o, const QJsonObject &params)
{
    const QString code = params.value(u"trackingCode"_s).toString().trimmed();
    if (code.isEmpty())
        return evendiError(400, u"trackingCode é obrigatório"_s);
    if (o.value(u"status"_s).toString() == u"REVERSED")
        return evendiError(400, u"Pedido estornado não aceita código de rastreio"_s);
    o[u"trackingCode"_s] = code;
    return HttpReply::text("success");
}

HttpReply EvendiStore::close(QJsonObject &o)
{
    const QString status = o.value(u"status"_s).toString();
    if (status == u"CLOSED")
        return evendiError(400, u"Pedido já finalizado"_s);
    if (status != u"OPEN")
        return evendiError(400, u"Pedido %1 não pode ser finalizado"_s.arg(status));
    o[u"status"_s] = u"CLOSED"_s;
    o[u"opened"_s] = false;
    o[u"closedAt"_s] = QDateTime::currentMSecsSinceEpoch();
    return HttpReply::text("success");
}

HttpReply EvendiStore::saveFiscalNote(QJsonObject &o, const QJsonObject &params)
{
    const QString url = params.value(u"fiscalNoteUrl"_s).toString().trimmed();
    if (url.isEmpty())
        return evendiError(400, u"fiscalNoteUrl é obrigatório"_s);
    o[u"fiscalNoteUrl"_s] = url;
    return HttpReply::text("success");
}

HttpReply EvendiStore::cancel(QJsonObject &o)
{
    // e-vendi's page: cancel is for an order that was refused.
    if (o.value(u"status"_s).toString() != u"REFUSED")
        return evendiError(400, u"Só pedidos recusados podem ser cancelados"_s);
    o[u"status"_s] = u"CANCELED"_s;
    o[u"opened"_s] = false;
    return HttpReply::text("success");
}

HttpReply EvendiStore::reverse(QJsonObject &o, const QJsonObject &params)
{
    const QString status = o.value(u"status"_s).toString();
    if (status == u"REVERSED")
        return evendiError(400, u"Pedido já estornado"_s);
    if (status != u"OPEN" && status != u"CLOSED")
        return evendiError(400, u"Pedido %1 não pode ser estornado"_s.arg(status));
    if (o.value(u"paymentMethod"_s).toString() == u"boleto") {
        const QJsonObject bank = params.value(u"bank"_s).toObject();
        for (const QString &key : {u"code"_s, u"agency"_s, u"accountNumber"_s, u"accountType"_s,
                                   u"documentNumber"_s, u"name"_s}) {
            if (bank.value(key).toString().trimmed().isEmpty())
                return evendiError(400, u"bank.%1 é obrigatório para estornar boleto"_s.arg(key));
        }
    }
    o[u"status"_s] = u"REVERSED"_s;
    o[u"paymentStatus"_s] = u"refunded"_s;
    o[u"refund"_s] = QJsonObject{{u"reason"_s, params.value(u"reason"_s).toString()}};
    return HttpReply::json(QJsonObject{{u"success"_s, true}});
}

} // namespace despacho::sandbox
