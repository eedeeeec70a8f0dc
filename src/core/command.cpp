#include "core/command.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace despacho {

namespace {
struct KindName
{
    CommandKind kind;
    const char16_t *name;
};
constexpr KindName kKinds[] = {
    {CommandKind::StartHandling, u"start-handling"},
    {CommandKind::Invoice, u"invoice"},
    {CommandKind::Tracking, u"tracking"},
    {CommandKind::TrackingEvents, u"tracking-events"},
    {CommandKind::Cancel, u"cancel"},
    {CommandKind::Close, u"close"},
    {CommandKind::Refund, u"refund"},
};
struct StateName
{
    CommandState state;
    const char16_t *name;
};
constexpr StateName kStates[] = {
    {CommandState::Pending, u"pending"},   {CommandState::Sending, u"sending"},
    {CommandState::Retrying, u"retrying"}, {CommandState::Sent, u"sent"},
    {CommandState::Failed, u"failed"},     {CommandState::Discarded, u"discarded"},
};
} // namespace

QString commandKindToString(CommandKind kind)
{
    for (const auto &k : kKinds) {
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    }
    return u"unknown"_s;
}

CommandKind commandKindFromString(const QString &text)
{
    for (const auto &k : kKinds) {
        if (text == QStringView(k.name))
            return k.kind;
    }
    return CommandKind::Unknown;
}

QString commandKindDisplayName(CommandKind kind)
{
    switch (kind) {
    case CommandKind::StartHandling:
        return QCoreApplication::translate("despacho::Command", "Start handling");
    case CommandKind::Invoice:
        return QCoreApplication::translate("despacho::Command", "Invoice");
    case CommandKind::Tracking:
        return QCoreApplication::translate("despacho::Command", "Tracking");
    case CommandKind::TrackingEvents:
        return QCoreApplication::translate("despacho::Command", "Tracking events");
    case CommandKind::Cancel:
        return QCoreApplication::translate("despacho::Command", "Cancel");
    case CommandKind::Close:
        return QCoreApplication::translate("despacho::Command", "Close order");
    case CommandKind::Refund:
        return QCoreApplication::translate("despacho::Command", "Refund");
    case CommandKind::Unknown:
        break;
    }
    return QCoreApplication::translate("despacho::Command", "Unknown");
}

QString commandStateToString(CommandState state)
{
    for (const auto &s : kStates) {
        if (s.state == state)
            return QString::fromUtf16(s.name);
    }
    return u"pending"_s;
}

CommandState commandStateFromString(const QString &text)
{
    for (const auto &s : kStates) {
        if (text == QStringView(s.name))
            return s.state;
    }
    return CommandState::Pending;
}

QString commandStateDisplayName(CommandState state)
{
    switch (state) {
    case CommandState::Pending:
        return QCoreApplication::translate("despacho::Command", "Pending");
    case CommandState::Sending:
        return QCoreApplication::translate("despacho::Command", "Sending");
    case CommandState::Retrying:
        return QCoreApplication::translate("despacho::Command", "Waiting to retry");
    case CommandState::Sent:
        return QCoreApplication::translate("despacho::Command", "Sent");
    case CommandState::Failed:
        return QCoreApplication::translate("despacho::Command", "Failed");
    case CommandState::Discarded:
        return QCoreApplication::translate("despacho::Command", "Discarded");
    }
    return {};
}

} // namespace despacho
