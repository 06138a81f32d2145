// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One action entry from plugin.json (or from code) into an ActionSpec, SPEC §5.

#include "manifest/normaliser.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <string_view>

namespace plugboard::manifestjson {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Manifest)
};

// A name from a fixed vocabulary, kept as a literal so a match needs no allocation.
struct Name {
    std::string_view utf8;
    QString text;
};

const std::array<Name, 5> &buttonVariants()
{
    static const std::array<Name, 5> names{{
        {"filled", QStringLiteral("filled")},
        {"outline", QStringLiteral("outline")},
        {"subtle", QStringLiteral("subtle")},
        {"light", QStringLiteral("light")},
        {"default", QStringLiteral("default")},
    }};
    return names;
}

const std::array<Name, 14> &buttonColors()
{
    static const std::array<Name, 14> names{{
        {"blue", QStringLiteral("blue")},
        {"cyan", QStringLiteral("cyan")},
        {"teal", QStringLiteral("teal")},
        {"green", QStringLiteral("green")},
        {"lime", QStringLiteral("lime")},
        {"yellow", QStringLiteral("yellow")},
        {"orange", QStringLiteral("orange")},
        {"red", QStringLiteral("red")},
        {"pink", QStringLiteral("pink")},
        {"grape", QStringLiteral("grape")},
        {"violet", QStringLiteral("violet")},
        {"indigo", QStringLiteral("indigo")},
        {"gray", QStringLiteral("gray")},
        {"dark", QStringLiteral("dark")},
    }};
    return names;
}

template<size_t N> const QString *find(std::string_view text, const std::array<Name, N> &names)
{
    for (const Name &name : names) {
        if (name.utf8 == text)
            return &name.text;
    }
    return nullptr;
}

// For the sentence only: "filled, outline, …".
template<size_t N> QString joined(const std::array<Name, N> &names)
{
    QString text;
    for (const Name &name : names) {
        if (!text.isEmpty())
            text += QStringLiteral(", ");
        text += name.text;
    }
    return text;
}

// The keys an action may declare, found in one pass; the last of a repeated key wins, as in
// Qt's parser. See FieldKeys.
struct ActionKeys {
    JsonView id, label, description, buttonLabel, buttonVariant, buttonColor, confirm, events;

    explicit ActionKeys(const JsonView &object)
    {
        object.forEachMember([this](std::string_view key, const JsonView &v) {
            switch (key.size()) {
            case 2:
                if (key == "id")
                    id = v;
                break;
            case 5:
                if (key == "label")
                    label = v;
                break;
            case 6:
                if (key == "events")
                    events = v;
                break;
            case 7:
                if (key == "confirm")
                    confirm = v;
                break;
            case 11:
                if (key == "description")
                    description = v;
                break;
            case 12:
                if (key == "button_label")
                    buttonLabel = v;
                else if (key == "button_color")
                    buttonColor = v;
                break;
            case 14:
                if (key == "button_variant")
                    buttonVariant = v;
                break;
            default:
                break;
            }
        });
    }
};

std::optional<ConfirmSpec> readConfirm(const JsonView &value, Entry &entry)
{
    if (value.isAbsent())
        return std::nullopt;
    if (value.isBool())
        return ConfirmSpec{value.toBool(), {}, {}};
    if (!value.isObject()) {
        entry.warn(Text::tr(": \"confirm\" must be true, false or an object, not %1; it was "
                            "ignored.")
                       .arg(typeName(value)));
        return std::nullopt;
    }
    JsonView required;
    JsonView title;
    JsonView message;
    value.forEachMember([&](std::string_view key, const JsonView &v) {
        if (key == "required")
            required = v;
        else if (key == "title")
            title = v;
        else if (key == "message")
            message = v;
    });
    ConfirmSpec spec;
    if (required.isBool())
        spec.required = required.toBool();
    else if (!required.isAbsent())
        // Erring towards asking: the author wanted a confirmation object for a reason.
        entry.warn(Text::tr(": \"confirm.required\" must be true or false, not %1; "
                            "confirmation stays required.")
                       .arg(typeName(required)));
    spec.title = readText(title, QLatin1StringView("confirm.title"), entry);
    spec.message = readText(message, QLatin1StringView("confirm.message"), entry);
    return spec;
}

QStringList readEvents(const JsonView &value, Entry &entry)
{
    if (value.isAbsent())
        return {};
    if (value.isString()) {
        if (!value.string().empty())
            return {value.toQString()};
        entry.warn(Text::tr(": \"events\" is empty text; it was ignored."));
        return {};
    }
    if (!value.isArray()) {
        entry.warn(Text::tr(": \"events\" must be a list of event names, not %1; it was "
                            "ignored.")
                       .arg(typeName(value)));
        return {};
    }
    QStringList events;
    events.reserve(value.itemCount());
    value.forEachItem([&](qsizetype i, const JsonView &item) {
        if (item.isString() && !item.string().empty())
            events.append(item.toQString());
        else
            entry.warn(Text::tr(": events[%1] was dropped: an event name must be non-empty "
                                "text, not %2.")
                           .arg(QString::number(i), describeValue(item)));
    });
    return events;
}

} // namespace

std::optional<ActionSpec> readAction(const JsonView &item, Entry &entry)
{
    if (!requireObject(item, entry))
        return std::nullopt;
    const ActionKeys keys(item);
    std::optional<QString> id = readEntryId(keys.id, entry);
    if (!id)
        return std::nullopt;
    ActionSpec action;
    action.declaredIndex = entry.index();
    action.id = std::move(*id);

    if (keys.label.isAbsent()) {
        entry.warn(Text::tr(" was skipped: it has no \"label\"."));
        return std::nullopt;
    }
    if (!keys.label.isString()) {
        entry.warn(Text::tr(" was skipped: its \"label\" must be text, not %1.")
                       .arg(typeName(keys.label)));
        return std::nullopt;
    }
    action.label = keys.label.toQString();
    if (action.label.trimmed().isEmpty()) {
        entry.warn(Text::tr(" was skipped: its \"label\" is empty."));
        return std::nullopt;
    }
    action.description = readText(keys.description, QLatin1StringView("description"), entry);

    // An empty button text would give an unclickable-looking blank button: keep "Run" (also
    // kept, not copied, when the action spells it out).
    if (!(keys.buttonLabel.isString() && keys.buttonLabel.string() == "Run")) {
        QString buttonLabel = readText(keys.buttonLabel, QLatin1StringView("button_label"), entry);
        if (!buttonLabel.isEmpty())
            action.buttonLabel = std::move(buttonLabel);
    }

    const JsonView &variant = keys.buttonVariant;
    const QString *knownVariant =
        variant.isString() ? find(variant.string(), buttonVariants()) : nullptr;
    if (knownVariant) {
        action.buttonVariant = *knownVariant;
    } else if (!variant.isAbsent()) {
        entry.warn(Text::tr(": \"button_variant\" %1 is not one of %2; \"filled\" is used.")
                       .arg(describeValue(variant), joined(buttonVariants())));
    }

    const JsonView &color = keys.buttonColor;
    const QString *knownColor = color.isString() ? find(color.string(), buttonColors()) : nullptr;
    if (knownColor) {
        action.buttonColor = *knownColor;
    } else if (color.isString() && color.string().empty()) {
        action.buttonColor = QString(); // as declared: the theme's default
    } else if (!color.isAbsent()) {
        entry.warn(Text::tr(": \"button_color\" %1 is not a Mantine colour name (%2); the "
                            "default colour is used.")
                       .arg(describeValue(color), joined(buttonColors())));
    }

    action.confirm = readConfirm(keys.confirm, entry);
    action.events = readEvents(keys.events, entry);
    return action;
}

} // namespace plugboard::manifestjson
