#pragma once

#include "sandbox/httptypes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace despacho::sandbox {

// The sandbox's product images: /arquivos/ids/{skuId}-55-55/{slug}.png, as VTEX's image CDN
// names them (there in .jpg). Served without credentials, like the CDN.
QString productImagePath(const QString &skuId, const QString &slug);

// A small PNG for a SKU: a parcel drawn in a colour that follows from the SKU id, so different
// items look different and the same item always looks the same. Empty when `skuId` is not a
// sandbox SKU (digits only).
QByteArray productImagePng(const QString &skuId);

// GET of a product image path: the PNG, or 404; nullopt when the path is not an image path.
std::optional<HttpReply> productImage(const HttpRequest &request);

} // namespace despacho::sandbox
