// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/logline.h"

#include <QList>
#include <QString>

namespace plugboard {
struct JobResult;
}

namespace plugboard::ui {

// What a finished run's notification says about it: the result's "message" when it has one,
// else the result laid out readably (one "key: value" line per entry, long values cut, at most
// a few lines, with "…and N more" when there are more), never one line of raw JSON. A run that
// returned but logged errors meanwhile says so.
namespace ResultSummary {

constexpr int MaxLines = 4;
constexpr int MaxLineLength = 80;

QString text(const plugboard::JobResult &result);
// `logs` are the plugin's recent log lines; those at "error" level logged during the run count.
QString errorsNote(const plugboard::JobResult &result, const QList<plugboard::LogLine> &logs);

} // namespace ResultSummary
} // namespace plugboard::ui
