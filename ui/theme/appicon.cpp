#include "theme/appicon.h"

namespace plugboard::ui {

QIcon appIcon()
{
    return QIcon::fromTheme(appId(),
                            QIcon(QStringLiteral(":/plugboard/icons/%1.svg").arg(appId())));
}

} // namespace plugboard::ui
