// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace plugboard {

class JsonWriter;

// The action's own confirmation request. Whether a confirmation is actually shown also depends
// on the plugin's "confirm" settings field (SPEC §7); see confirmationFor() in the runner/UI.
struct ConfirmSpec {
    bool required = true;
    QString title;   // empty = the default "Run {label}?"
    QString message; // empty = the default sentence
    bool operator==(const ConfirmSpec &) const = default;
};

struct ActionSpec {
    QString id;
    QString label;
    QString description;
    QString buttonLabel = QStringLiteral("Run");
    QString buttonVariant = QStringLiteral("filled"); // filled, outline, subtle, light, default
    QString buttonColor;                              // Mantine palette name; empty = theme default
    std::optional<ConfirmSpec> confirm;               // nullopt = the action declares nothing
    QStringList events;
    qsizetype declaredIndex = -1; // as FieldSpec::declaredIndex; see PluginManifest::rawAction()

    // The button's text as a person reads it: the contract's default "Run" in the user's
    // language, any other label as the plugin wrote it. buttonLabel stays the contract's value.
    QString shownButtonLabel() const;

    QJsonObject toJson() const;
    // id → action, as plugins see context["actions"]: written and read back in one pass.
    static QJsonObject byId(const QList<ActionSpec> &actions);
    void writeJson(JsonWriter &writer) const; // the same shape, streamed
    bool operator==(const ActionSpec &) const = default;
};

} // namespace plugboard
