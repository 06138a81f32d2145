// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/confirmation.h"

#include "catalog/plugininfo.h"

#include <QCoreApplication>

namespace plugboard {

std::optional<Confirmation> confirmationFor(const PluginInfo &plugin, const ActionSpec &action)
{
    if (action.confirm) {
        if (!action.confirm->required)
            return std::nullopt;
    } else {
        const FieldSpec *field = plugin.field(QStringLiteral("confirm"));
        if (!field || field->type != FieldType::Boolean)
            return std::nullopt;
        if (!plugin.effectiveSettings().value(QStringLiteral("confirm")).toBool())
            return std::nullopt;
    }
    const QString label = action.label.isEmpty() ? action.id : action.label;
    Confirmation confirmation;
    confirmation.title = action.confirm && !action.confirm->title.isEmpty()
                             ? action.confirm->title
                             : QCoreApplication::translate("Confirmation", "Run %1?").arg(label);
    confirmation.message =
        action.confirm && !action.confirm->message.isEmpty()
            ? action.confirm->message
            : QCoreApplication::translate("Confirmation", "You're about to run \"%1\" from \"%2\".")
                  .arg(label, plugin.name());
    return confirmation;
}

} // namespace plugboard
