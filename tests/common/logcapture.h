#pragma once

// Records what is logged while it lives: the category, the level and the text of each message,
// so a test can assert that a failure was logged where and how it should be (QTest's
// ignoreMessage sees the text only). One at a time; messages are not forwarded.
#include <QList>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace despacho::test {

class LogCapture
{
public:
    struct Entry
    {
        QtMsgType type;
        QString category;
        QString text;
    };

    LogCapture()
    {
        Q_ASSERT(!s_current);
        s_current = this;
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QList<Entry> entries() const
    {
        QMutexLocker lock(&m_mutex);
        return m_entries;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_entries.clear();
    }
    // Warnings of `category` whose text matches `pattern`.
    int count(const QString &category, const QRegularExpression &pattern,
              QtMsgType type = QtWarningMsg) const
    {
        int n = 0;
        for (const Entry &e : entries()) {
            if (e.type == type && e.category == category && pattern.match(e.text).hasMatch())
                ++n;
        }
        return n;
    }
    bool has(const QString &category, const QRegularExpression &pattern,
             QtMsgType type = QtWarningMsg) const
    {
        return count(category, pattern, type) > 0;
    }
    // Whether any message at all contains `text` (for what must never be logged).
    bool anyContains(const QString &text) const
    {
        for (const Entry &e : entries()) {
            if (e.text.contains(text))
                return true;
        }
        return false;
    }
    // For failure messages: every line as "category: text".
    QString dump() const
    {
        QStringList lines;
        for (const Entry &e : entries())
            lines << e.category + QStringLiteral(": ") + e.text;
        return lines.isEmpty() ? QStringLiteral("(nothing logged)") : lines.join(u'\n');
    }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        if (!s_current)
            return;
        QMutexLocker lock(&s_current->m_mutex);
        s_current->m_entries.append(
            {type, QString::fromLatin1(context.category ? context.category : "default"), text});
    }

    inline static LogCapture *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QList<Entry> m_entries;
};

} // namespace despacho::test
