#include "sandbox/productimages.h"

#include <QBuffer>
#include <QColor>
#include <QCryptographicHash>
#include <QImage>
#include <QImageWriter>

using namespace Qt::StringLiterals;

namespace despacho::sandbox {

namespace {

constexpr int kSize = 96;

bool isSku(const QString &skuId)
{
    if (skuId.isEmpty() || skuId.size() > 12)
        return false;
    return std::all_of(skuId.begin(), skuId.end(), [](QChar c) { return c.isDigit(); });
}

void fill(QImage &image, int x0, int y0, int x1, int y1, QRgb colour)
{
    for (int y = std::max(y0, 0); y < std::min(y1, image.height()); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = std::max(x0, 0); x < std::min(x1, image.width()); ++x)
            line[x] = colour;
    }
}

} // namespace

QString productImagePath(const QString &skuId, const QString &slug)
{
    return u"/arquivos/ids/%1-55-55/%2.png"_s.arg(skuId, slug.isEmpty() ? u"produto"_s : slug);
}

QByteArray productImagePng(const QString &skuId)
{
    if (!isSku(skuId))
        return {};
    // Pixels set by hand: QPainter would want a QGuiApplication for text, and the standalone
    // sandbox is a QCoreApplication.
    const QByteArray digest = QCryptographicHash::hash(skuId.toUtf8(), QCryptographicHash::Sha1);
    const int hue = (quint8(digest[0]) << 8 | quint8(digest[1])) % 360;
    const QRgb background = QColor::fromHsv(hue, 40, 250).rgb();
    const QRgb box = QColor::fromHsv(hue, 170, 210).rgb();
    const QRgb edge = QColor::fromHsv(hue, 200, 120).rgb();
    const QRgb tape = QColor::fromHsv((hue + 180) % 360, 60, 240).rgb();
    QImage image(kSize, kSize, QImage::Format_RGB32);
    image.fill(background);
    const int m = 16;
    fill(image, m - 2, m + 6, kSize - m + 2, kSize - m + 2, edge); // outline
    fill(image, m, m + 8, kSize - m, kSize - m, box);
    fill(image, kSize / 2 - 5, m + 8, kSize / 2 + 5, kSize - m, tape); // packing tape
    // A stripe per set bit of the digest along the bottom: a "label" unique to the SKU.
    for (int bit = 0; bit < 16; ++bit) {
        if (quint8(digest[2 + bit / 8]) & (1 << (bit % 8)))
            fill(image, m + 4 + bit * 3, kSize - m - 12, m + 6 + bit * 3, kSize - m - 4, edge);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        return {};
    return png;
}

std::optional<HttpReply> productImage(const HttpRequest &request)
{
    const QStringList &s = request.segments;
    if (s.size() != 4 || s[0] != u"arquivos" || s[1] != u"ids" || !s[3].endsWith(u".png"_s))
        return std::nullopt;
    if (request.method != "GET")
        return vtexError(405, u"405"_s, u"Images are read with GET"_s);
    const QString sku = s[2].section(u'-', 0, 0);
    const QByteArray png = productImagePng(sku);
    if (png.isEmpty() || !s[2].endsWith(u"-55-55"_s))
        return vtexError(404, u"404"_s, u"No image %1"_s.arg(request.path));
    HttpReply reply;
    reply.body = png;
    reply.contentType = "image/png";
    reply.headers.append(
        qMakePair(QByteArray("Cache-Control"), QByteArray("public, max-age=86400")));
    return reply;
}

} // namespace despacho::sandbox
