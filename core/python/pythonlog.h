// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// The app log's category for everything under core/python/.
Q_DECLARE_LOGGING_CATEGORY(lcPython)
