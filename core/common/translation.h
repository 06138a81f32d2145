// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace plugboard {

// tr() for code that is not a QObject. One line at file scope,
//     constexpr TranslationContext tr{"Catalog"};
// makes tr("text") and tr("%n file(s)", nullptr, n) translate in that context, as
// QObject::tr() does inside a class.
struct TranslationContext {
    const char *context;

    QString operator()(const char *text, const char *disambiguation = nullptr, int n = -1) const
    {
        return QCoreApplication::translate(context, text, disambiguation, n);
    }
};

} // namespace plugboard
