#pragma once

#include <QLoggingCategory>

// The app log's category for everything under core/python/.
Q_DECLARE_LOGGING_CATEGORY(lcPython)
