#include "gui/imageloader.h"

#include "api/urlpolicy.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcImages, "despacho.gui.images", QtWarningMsg)

namespace despacho::gui {

ImageLoader::ImageLoader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_cache(32 * 1024) // 32 MiB of decoded pictures
{}

ImageLoader::~ImageLoader()
{
    const auto replies = m_inFlight.values();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

ImageLoader::State ImageLoader::state(const QUrl &url) const
{
    if (m_cache.contains(url))
        return State::Loaded;
    if (m_failed.contains(url))
        return State::Failed;
    if (m_inFlight.contains(url))
        return State::Loading;
    return State::None;
}

QImage ImageLoader::image(const QUrl &url)
{
    if (const QImage *cached = m_cache.object(url))
        return *cached;
    if (m_failed.contains(url) || m_inFlight.contains(url))
        return {};
    // Same rule as the API clients: https, or http to this machine (the sandbox).
    const QString problem =
        url.isValid() ? api::urlPolicyProblem(url, true, true) : u"invalid URL"_s;
    if (!m_network || !problem.isEmpty()) {
        qCInfo(lcImages) << "not loading an image:" << problem;
        m_failed.insert(url);
        return {};
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    request.setRawHeader("Accept", "image/png, image/jpeg, image/webp, image/*;q=0.8");
    QNetworkReply *reply = m_network->get(request);
    ++m_started;
    m_inFlight.insert(url, reply);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] { onFinished(reply, url); });
    return {};
}

void ImageLoader::onFinished(QNetworkReply *reply, const QUrl &url)
{
    reply->deleteLater();
    if (m_inFlight.value(url) != reply)
        return;
    m_inFlight.remove(url);
    QImage image;
    if (reply->error() == QNetworkReply::NoError)
        image.loadFromData(reply->readAll());
    if (image.isNull()) {
        qCInfo(lcImages).noquote()
            << "image failed:" << url.toDisplayString(QUrl::RemoveQuery) << reply->error();
        m_failed.insert(url);
        Q_EMIT finished(url, false);
        return;
    }
    const int costKiB = std::max<qsizetype>(1, image.sizeInBytes() / 1024);
    if (!m_cache.insert(url, new QImage(std::move(image)), costKiB)) {
        m_failed.insert(url); // larger than the whole cache: do not fetch it again and again
        Q_EMIT finished(url, false);
        return;
    }
    Q_EMIT finished(url, true);
}

} // namespace despacho::gui
