#include "sandbox/ordergenerator.h"

#include "sandbox/catalog.h"
#include "sandbox/sandboxutil.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace despacho::sandbox {

namespace {

constexpr quint32 kOrderSalt = 0x0bde5u;
constexpr quint32 kDateSalt = 0xda7eu;

QString uuid(Rng &rng)
{
    QString out;
    for (const int length : {8, 4, 4, 4, 12}) {
        if (!out.isEmpty())
            out += u'-';
        out += rng.hex(length, false);
    }
    return out;
}

QString refCode(const QString &productName, const QString &variant)
{
    QStringList parts;
    const QStringList words = asciiFold(productName).toUpper().split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (w.at(0).isLetter() && parts.size() < 2)
            parts << w.left(3);
    }
    if (!variant.isEmpty())
        parts << asciiFold(variant).toUpper().remove(u'/');
    return parts.join(u'-');
}

} // namespace

qint64 GeneratedOrder::itemsTotal() const
{
    qint64 sum = 0;
    for (const auto &item : items)
        sum += item.price * item.quantity;
    return sum;
}

qint64 GeneratedOrder::discountsTotal() const
{
    qint64 sum = 0;
    for (const auto &item : items)
        sum -= item.discountPerUnit * item.quantity;
    return sum;
}

qint64 GeneratedOrder::shippingTotal() const
{
    qint64 sum = 0;
    for (const auto &item : items)
        sum += item.shippingPrice;
    return sum;
}

int GeneratedOrder::totalQuantity() const
{
    int sum = 0;
    for (const auto &item : items)
        sum += item.quantity;
    return sum;
}

QDateTime GeneratedOrder::shippingEstimateDate() const
{
    return authorizedDate.isValid() ? addBusinessDays(authorizedDate, shippingDays) : QDateTime();
}

OrderGenerator::OrderGenerator(quint32 seed, QString account, QDateTime referenceDate)
    : m_seed(seed)
    , m_account(std::move(account))
    , m_reference(std::move(referenceDate))
{}

QString OrderGenerator::storeCnpj()
{
    return u"11222333000181"_s;
}

QDateTime OrderGenerator::backlogCreationDate(int index, int count) const
{
    constexpr qint64 span = 90LL * 24 * 3600 * 1000;
    const qint64 step = span / std::max(count, 1);
    Rng rng(m_seed, quint32(index), kDateSalt);
    const qint64 jitter = qint64(rng.real() * double(step));
    const qint64 start = m_reference.toMSecsSinceEpoch() - span;
    return QDateTime::fromMSecsSinceEpoch(start + index * step + jitter, Qt::UTC);
}

GeneratedOrder OrderGenerator::make(int index, const QDateTime &creationDate, Kind kind) const
{
    Rng rng(m_seed, quint32(index), kOrderSalt);
    GeneratedOrder o;
    o.index = index;
    o.creationDate = creationDate.toUTC();

    // Status first: it decides the payment method of pending orders.
    const double s = rng.real();
    if (kind == Kind::Fresh)
        o.initial.status = s < 0.9 ? u"ready-for-handling"_s : u"payment-pending"_s;
    else if (s < 0.35)
        o.initial.status = u"ready-for-handling"_s;
    else if (s < 0.60)
        o.initial.status = u"handling"_s;
    else if (s < 0.90)
        o.initial.status = u"invoiced"_s;
    else if (s < 0.97)
        o.initial.status = u"canceled"_s;
    else
        o.initial.status = u"payment-pending"_s;
    // The newest backlog orders have not got that far yet.
    const qint64 ageHours = o.creationDate.secsTo(m_reference) / 3600;
    if (kind == Kind::Backlog && o.initial.status == u"invoiced" && ageHours < 24)
        o.initial.status = u"handling"_s;
    if (kind == Kind::Backlog && o.initial.status == u"handling" && ageHours < 2)
        o.initial.status = u"ready-for-handling"_s;

    o.sequence = QString::number(500000 + index);
    o.orderGroup = QString::number(1300000000000LL + qint64(index) * 7919 + rng.bounded(7919));
    QString abbrev = asciiFold(m_account).toLower().remove(u'-').left(3);
    while (abbrev.size() < 3)
        abbrev.append(u'x');
    o.orderId = rng.chance(0.5) ? QString(o.orderGroup % u"-01")
                                : QString(u'v' % o.sequence % u'l' % abbrev % u"-01");
    o.origin = rng.chance(0.85) ? u"Marketplace"_s : u"Fulfillment"_s;
    o.orderFormId = rng.hex(32, false);
    o.followUpEmail = rng.hex(32, false) % u"@ct.vtex.com.br";

    // Client
    const bool female = rng.chance(0.5);
    o.firstName = catalog::str(female ? rng.pickOne(catalog::femaleNames())
                                      : rng.pickOne(catalog::maleNames()));
    o.lastName = catalog::str(rng.pickOne(catalog::surnames()));
    if (rng.chance(0.4))
        o.lastName = catalog::str(rng.pickOne(catalog::surnames())) % u' ' % o.lastName;
    const QString emailLast = asciiFold(o.lastName.section(u' ', -1)).toLower();
    // One draw per statement: the order in which a call's arguments (or an overloaded
    // operator's operands) are evaluated is unspecified, and the data must not depend on it.
    const QString emailNumber = rng.chance(0.5) ? QString::number(rng.bounded(10, 99)) : QString();
    const QString emailDomain = catalog::str(rng.pickOne(catalog::emailDomains()));
    o.email =
        asciiFold(o.firstName).toLower() % u'.' % emailLast % emailNumber % u'@' % emailDomain;
    QString nine = rng.digits(9);
    if (nine == QString(9, nine.at(0)))
        nine[0] = QChar(nine.at(0) == u'1' ? u'2' : u'1');
    const QString cpf = cpfWithCheckDigits(nine);
    o.document = rng.chance(0.2) ? formatCpf(cpf) : cpf;
    const auto &city = rng.pickOne(catalog::cities());
    o.phone = u"+55"_s % QString::number(city.ddd) % u'9' % rng.digits(8);
    o.userProfileId = uuid(rng);
    o.clientProfileId = u"clientProfileData"_s;
    o.optinNewsLetter = rng.chance(0.4);

    // Address
    o.addressId = rng.digits(13);
    o.receiverName = o.clientName();
    o.city = catalog::str(city.name);
    o.state = catalog::str(city.uf);
    o.cityIbge = city.ibgeCode;
    o.postalCode =
        u"%1-%2"_s.arg(rng.bounded(city.cepFirst, city.cepLast + 1), 5, 10, QLatin1Char('0'))
            .arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
    o.street = catalog::str(city.streets[rng.bounded(4)]);
    o.neighborhood = catalog::str(city.neighborhoods[rng.bounded(4)]);
    o.number = QString::number(rng.bounded(1, 3000));
    if (rng.chance(0.6)) {
        const QString pattern =
            rng.pick({u"Apto %1"_s, u"Casa %1"_s, u"Bloco B, Apto %1"_s, u"Sala %1"_s});
        const int unit = rng.bounded(1, 40);
        o.complement = pattern.arg(rng.chance(0.5) ? unit * 10 : unit);
    }

    // Shipping method
    QString sla = rng.chance(0.65) ? u"Normal"_s : u"Expressa"_s;
    if (city.ibgeCode == 3550308 && rng.chance(0.25))
        sla = u"Retira"_s;
    QList<const catalog::Courier *> options;
    for (const auto &c : catalog::couriers()) {
        if (catalog::str(c.sla) == sla)
            options << &c;
    }
    const catalog::Courier *courier = options.at(rng.bounded(int(options.size())));
    o.slaName = sla;
    o.courierName = catalog::str(courier->name);
    o.courierCompany = catalog::str(courier->company);
    o.courierId = catalog::str(courier->id);
    o.deliveryChannel = sla == u"Retira" ? u"pickup-in-point"_s : u"delivery"_s;
    o.shippingDays = rng.bounded(courier->minDays, courier->maxDays + 1);

    // Items
    const double n = rng.real();
    const int count = n < 0.45 ? 1 : n < 0.73 ? 2 : n < 0.88 ? 3 : n < 0.96 ? 4 : 5;
    struct Promo
    {
        const char16_t *name;
        int percent;
    };
    static constexpr std::array<Promo, 3> promos{Promo{u"Black Friday 10% OFF", 10},
                                                 Promo{u"Semana do Cliente 15%", 15},
                                                 Promo{u"Leve Mais Pague Menos 5%", 5}};
    const bool promoOn = rng.chance(0.25);
    const Promo &promo = promos[std::size_t(rng.bounded(int(promos.size())))];
    const QString promoId = uuid(rng);
    QList<int> used;
    int totalWeight = 0;
    for (int i = 0; i < count; ++i) {
        int p = rng.bounded(int(catalog::products().size()));
        while (used.contains(p))
            p = (p + 1) % int(catalog::products().size());
        used << p;
        const auto &product = catalog::products()[std::size_t(p)];
        const QStringList variants = catalog::variants(product.variantSet);
        const int v = variants.isEmpty() ? -1 : rng.bounded(int(variants.size()));
        const QString variant = v < 0 ? QString() : variants.at(v);
        GeneratedItem item;
        item.uniqueId = rng.hex(32);
        item.productId = QString::number(product.id);
        item.skuId = QString::number(product.id * 100 + v + 1);
        item.productName = catalog::str(product.name);
        item.name = variant.isEmpty() ? item.productName : item.productName % u' ' % variant;
        item.refId = refCode(item.productName, variant);
        if (product.hasEan)
            item.ean = ean13WithCheckDigit(u"789451"_s % item.skuId);
        item.brand = catalog::str(product.brand);
        item.brandId = 2000000 + int(item.brand.size()) * 37 + item.brand.at(0).unicode();
        item.categoryId = product.categoryId;
        item.category = catalog::str(product.category);
        item.slug = slugify(item.productName);
        const double q = rng.real();
        item.quantity = q < 0.8 ? 1 : q < 0.95 ? 2 : 3;
        item.listPrice = product.priceCents;
        item.price = item.listPrice;
        if (rng.chance(0.3)) // "de/por" price
            item.price = std::max<qint64>(
                990, (item.listPrice * rng.bounded(80, 96) / 100) / 100 * 100 - 10);
        if (promoOn) {
            item.discountPerUnit = item.price * promo.percent / 100;
            item.promotionId = promoId;
            item.promotionName = catalog::str(promo.name);
        }
        item.weightGrams = product.weightGrams;
        totalWeight += product.weightGrams * item.quantity;
        o.items << item;
    }

    // Freight, split over the lines by weight like VTEX's logisticsInfo
    qint64 freight = 0;
    if (sla != u"Retira") {
        static const QStringList nearby{u"SP"_s, u"RJ"_s, u"MG"_s, u"PR"_s, u"SC"_s, u"RS"_s};
        freight = 1590 + (totalWeight / 1000) * 300 + (nearby.contains(o.state) ? 0 : 800);
        if (sla == u"Expressa")
            freight = freight * 18 / 10;
        freight = freight / 10 * 10;
        if (sla == u"Normal" && o.itemsTotal() + o.discountsTotal() >= 29900) {
            freight = 0;
            o.freeShipping = true;
        }
    }
    qint64 assigned = 0;
    for (qsizetype i = 1; i < o.items.size(); ++i) {
        auto &item = o.items[i];
        item.shippingPrice =
            totalWeight == 0 ? 0 : freight * item.weightGrams * item.quantity / totalWeight;
        assigned += item.shippingPrice;
    }
    o.items[0].shippingPrice = freight - assigned;

    // Payment
    const double pay = rng.real();
    const bool pending = o.initial.status == u"payment-pending";
    const int method = pending ? (pay < 0.7 ? 2 : 3)
                               : (pay < 0.35   ? 0
                                  : pay < 0.65 ? 1
                                  : pay < 0.90 ? 3
                                               : 2);
    static constexpr std::array<const char16_t *, 4> systems{u"2", u"4", u"6", u"125"};
    static constexpr std::array<const char16_t *, 4> systemNames{u"Visa", u"Mastercard",
                                                                 u"Boleto Bancário", u"Pix"};
    static constexpr std::array<const char16_t *, 4> groups{u"creditCard", u"creditCard",
                                                            u"bankInvoice", u"instantPayment"};
    o.paymentSystem = catalog::str(systems[std::size_t(method)]);
    o.paymentSystemName = catalog::str(systemNames[std::size_t(method)]);
    o.paymentGroup = catalog::str(groups[std::size_t(method)]);
    o.transactionId = rng.hex(32);
    o.paymentId = rng.hex(32);
    if (method <= 1) {
        o.firstDigits = method == 0 ? rng.pick({u"411111"_s, u"453211"_s, u"498408"_s})
                                    : rng.pick({u"516292"_s, u"540443"_s, u"522688"_s});
        o.lastDigits = rng.digits(4);
        const double inst = rng.real();
        o.installments = inst < 0.5 ? 1 : inst < 0.75 ? rng.bounded(2, 4) : rng.bounded(4, 11);
    }
    o.tid = rng.digits(12);
    o.authId = rng.digits(6);
    o.nsu = rng.digits(6);
    o.ipAddress = u"%1.%2.%3.%4"_s.arg(rng.pick({177, 179, 186, 189, 191, 200, 201}))
                      .arg(rng.bounded(256))
                      .arg(rng.bounded(256))
                      .arg(rng.bounded(1, 255));
    o.sessionId = uuid(rng);
    o.macId = uuid(rng);
    if (!pending && kind == Kind::Fresh) {
        o.authorizedDate = o.creationDate.addSecs(rng.bounded(1, 4));
    } else if (!pending) {
        o.authorizedDate = method == 2 ? o.creationDate.addSecs(rng.bounded(7200, 172800))
                                       : o.creationDate.addSecs(rng.bounded(20, 2400));
    }

    makeInitialState(o, kind, 0x57a7eu);
    return o;
}

} // namespace despacho::sandbox
