// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest/actionspec.h"

#include "common/jsonwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace plugboard {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Manifest)
};

} // namespace

QString ActionSpec::shownButtonLabel() const
{
    if (buttonLabel.isEmpty() || buttonLabel == QLatin1String("Run"))
        return Text::tr("Run", "the default label of an action's button");
    return buttonLabel;
}

void ActionSpec::writeJson(JsonWriter &w) const
{
    using L = QLatin1StringView;
    // Every key but confirm is always present so clients need no fallbacks; confirm stays
    // absent when the action declares none, because absence has its own meaning (SPEC §7:
    // the plugin's "confirm" settings field decides).
    w.beginObject();
    w.field(L("id"), id);
    w.field(L("label"), label);
    w.field(L("description"), description);
    w.field(L("button_label"), buttonLabel);
    w.field(L("button_variant"), buttonVariant);
    w.field(L("button_color"), buttonColor);
    w.key(L("events"));
    w.beginArray();
    for (const QString &event : events)
        w.value(event);
    w.endArray();
    if (confirm) {
        w.key(L("confirm"));
        w.beginObject();
        w.field(L("required"), confirm->required);
        w.field(L("title"), confirm->title);
        w.field(L("message"), confirm->message);
        w.endObject();
    }
    w.endObject();
}

QJsonObject ActionSpec::toJson() const
{
    JsonWriter w;
    writeJson(w);
    return QJsonDocument::fromJson(w.buffer()).object();
}

QJsonObject ActionSpec::byId(const QList<ActionSpec> &actions)
{
    JsonWriter w;
    w.beginObject();
    for (const ActionSpec &action : actions) {
        w.key(action.id);
        action.writeJson(w);
    }
    w.endObject();
    return QJsonDocument::fromJson(w.buffer()).object();
}

} // namespace plugboard
