#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace despacho::gui {

// Product pictures for the detail view: downloaded in the background through the app's
// QNetworkAccessManager, kept in memory, never an error box. An image that cannot be fetched
// (refused URL, HTTP error, not an image, too big) is remembered as failed, so the caller shows
// a placeholder and the network is not asked again in this session.
class ImageLoader : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        None,
        Loading,
        Loaded,
        Failed
    };
    static constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    static constexpr int kTimeoutMs = 15000;

    explicit ImageLoader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ImageLoader() override;

    void setNetwork(QNetworkAccessManager *network) { m_network = network; }
    // The cached image (null while loading or after a failure); starts the download when the
    // URL is neither cached, in flight nor failed.
    QImage image(const QUrl &url);
    State state(const QUrl &url) const;
    int downloadsStarted() const { return m_started; }

Q_SIGNALS:
    // Once per download, loaded or not.
    void finished(const QUrl &url, bool loaded);

private:
    void onFinished(QNetworkReply *reply, const QUrl &url);

    QNetworkAccessManager *m_network;
    QCache<QUrl, QImage> m_cache; // cost in KiB
    QSet<QUrl> m_failed;
    QHash<QUrl, QNetworkReply *> m_inFlight;
    int m_started = 0;
};

} // namespace despacho::gui
