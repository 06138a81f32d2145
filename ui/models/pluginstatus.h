#pragma once

#include <QList>
#include <QString>

namespace plugboard {
struct PluginInfo;
}

namespace plugboard::ui {

// What a card and the details panel say about a plugin's state, most serious first.
struct StatusLine {
    enum class Severity { Info, Warning, Error };
    enum class Kind { Missing, Duplicate, BadKey, LoadError, Loading, Legacy, Manifest };
    Kind kind;
    Severity severity;
    QString text;
    QString shortText; // for a card's single status line
};

QList<StatusLine> statusLines(const plugboard::PluginInfo &info);

} // namespace plugboard::ui
