#pragma once

#include <QString>
#include <QStringList>

#include <span>

namespace despacho::sandbox::catalog {

struct City
{
    const char16_t *name;
    const char16_t *uf;
    int ibgeCode;
    int ufCode; // IBGE state code
    int ddd;
    int cepFirst; // first five digits of the city's CEP range
    int cepLast;
    const char16_t *neighborhoods[4];
    const char16_t *streets[4];
};

struct Product
{
    int id;
    const char16_t *name;
    const char16_t *brand;
    int categoryId;
    const char16_t *category;
    int priceCents; // list price
    int weightGrams;
    int variantSet; // index into variants(); 0 = none
    bool hasEan;
};

struct Courier
{
    const char16_t *name;    // "Correios PAC"
    const char16_t *company; // deliveryIds[].courierName
    const char16_t *id;      // deliveryIds[].courierId
    const char16_t *sla;     // "Normal", "Expressa", "Retira"
    int minDays;
    int maxDays;
};

std::span<const City> cities();
std::span<const Product> products();
std::span<const Courier> couriers();
QStringList variants(int variantSet);

std::span<const char16_t *const> femaleNames();
std::span<const char16_t *const> maleNames();
std::span<const char16_t *const> surnames();
std::span<const char16_t *const> emailDomains();
std::span<const char16_t *const> cancelReasons();

inline QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

} // namespace despacho::sandbox::catalog
