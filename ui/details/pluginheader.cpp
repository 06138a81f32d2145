// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "details/pluginheader.h"

#include "catalog/plugininfo.h"
#include "widgets/clampedtext.h"
#include "widgets/letteravatar.h"
#include "widgets/toggleswitch.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace plugboard::ui {

namespace {
constexpr int LogoSize = 56;
}

PluginHeader::PluginHeader(QWidget *parent)
    : QWidget(parent)
    , m_logo(new QLabel(this))
    , m_name(new QLabel(this))
    , m_byline(new QLabel(this))
    , m_description(new ClampedText(DescriptionLines, this))
    , m_folder(new QLabel(this))
    , m_switch(new ToggleSwitch(this))
    , m_switchLabel(new QLabel(this))
    , m_reload(new QPushButton(tr("Restart"), this))
    , m_memory(new QPushButton(tr("Memory…"), this))
    , m_remove(new QPushButton(tr("Remove…"), this))
{
    QFont title = m_name->font();
    title.setPointSizeF(title.pointSizeF() * 1.35);
    title.setWeight(QFont::DemiBold);
    m_name->setFont(title);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setObjectName(QStringLiteral("pluginName"));
    m_byline->setTextFormat(Qt::RichText);
    m_byline->setOpenExternalLinks(false);
    m_byline->setWordWrap(true);
    connect(m_byline, &QLabel::linkActivated, this,
            [this](const QString &url) { Q_EMIT docsRequested(QUrl(url)); });
    m_description->setObjectName(QStringLiteral("pluginDescription"));
    m_folder->setObjectName(QStringLiteral("pluginFolder"));
    m_folder->setForegroundRole(QPalette::PlaceholderText);
    m_folder->setTextFormat(Qt::PlainText);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // One line, cut in the middle (the folder's own name stays); the tooltip has it all.
    m_folder->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_switch->setAccessibleName(tr("Enabled"));
    m_switch->setObjectName(QStringLiteral("enabledSwitch"));
    m_switchLabel->setBuddy(m_switch);
    m_reload->setToolTip(tr("End the plugin's process and start it again with its code as it "
                            "is now; also after it crashed repeatedly"));
    m_reload->setAccessibleName(tr("Restart plugin"));
    m_memory->setToolTip(tr("How much memory the plugin's process may use; a run that needs "
                            "more fails and nothing else is harmed"));
    m_memory->setAccessibleName(tr("Memory limit"));
    m_remove->setAccessibleName(tr("Remove plugin"));
    m_remove->setObjectName(QStringLiteral("removePlugin"));
    m_reload->setObjectName(QStringLiteral("reloadPlugin"));
    m_memory->setObjectName(QStringLiteral("memoryLimit"));

    // The switch shares the name's row, so the text below has the width beside the logo.
    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(8);
    nameRow->addWidget(m_name, 1, Qt::AlignTop);
    nameRow->addWidget(m_switchLabel, 0, Qt::AlignTop);
    nameRow->addWidget(m_switch, 0, Qt::AlignTop);
    auto *names = new QVBoxLayout;
    names->setSpacing(2);
    names->addLayout(nameRow);
    names->addWidget(m_byline);
    names->addWidget(m_description);
    names->addWidget(m_folder);
    names->addStretch(1);
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_logo, 0, Qt::AlignTop);
    top->addLayout(names, 1);
    // The buttons have the panel's whole width: beside the logo and the switch they were
    // squeezed to "Memory.." in a narrow window.
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->setContentsMargins(0, 6, 0, 0);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_memory);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top, 1);
    layout->addLayout(buttons);
    updateMinimumHeight();

    connect(m_description, &ClampedText::expandedChanged, this, [this] { fitHeight(); });
    connect(m_switch, &ToggleSwitch::clicked, this, [this](bool on) {
        // The switch shows the state of record: snap back until the plugin says otherwise
        // (the trust dialog may still say no).
        m_switch->setChecked(!on);
        Q_EMIT enableRequested(on);
    });
    connect(m_reload, &QPushButton::clicked, this, &PluginHeader::reloadRequested);
    connect(m_memory, &QPushButton::clicked, this, &PluginHeader::memoryLimitRequested);
    connect(m_remove, &QPushButton::clicked, this, &PluginHeader::removeRequested);
}

void PluginHeader::setPlugin(const PluginInfo &info)
{
    const qreal dpr = devicePixelRatioF();
    QPixmap logo;
    if (info.logo().isValid()) {
        // One logo at a time, already size-checked by discovery (≤ 2 MiB).
        QImageReader reader(info.logo().path);
        if (const QSize s = reader.size(); s.isValid() && s.width() <= 8192 && s.height() <= 8192)
            reader.setScaledSize(s.scaled(QSize(LogoSize, LogoSize) * dpr, Qt::KeepAspectRatio));
        logo = QPixmap::fromImageReader(&reader);
        logo.setDevicePixelRatio(dpr);
    }
    m_logo->setPixmap(logo.isNull() ? letterAvatar(info.name(), LogoSize, dpr) : logo);
    m_logo->setFixedSize(LogoSize, LogoSize);

    m_name->setText(info.version().isEmpty() ? info.name()
                                             : tr("%1  %2").arg(info.name(), info.version()));
    QStringList byline;
    if (!info.author().isEmpty())
        byline << tr("By %1").arg(info.author().toHtmlEscaped());
    if (const QString url = info.safeHelpUrl(); !url.isEmpty())
        byline << QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), tr("Docs"));
    m_byline->setText(byline.join(QStringLiteral(" · ")));
    m_byline->setVisible(!byline.isEmpty());
    // Another plugin's description starts folded.
    m_description->setText(info.description());
    fitHeight();
    m_folderText = info.isMissing() ? tr("Key %1 · folder missing").arg(info.key())
                                    : tr("Key %1 · %2").arg(info.key(), info.path());
    m_folder->setToolTip(m_folderText);
    m_folder->setAccessibleName(m_folderText);
    elideFolder();

    const bool canToggle = info.enabled() || info.enableBlocker().isEmpty();
    m_switch->setChecked(info.enabled());
    m_switch->setEnabled(canToggle);
    m_switch->setToolTip(canToggle ? QString() : info.enableBlocker());
    m_switchLabel->setText(info.enabled() ? tr("Enabled") : tr("Disabled"));
    m_reload->setVisible(info.enabled() && !info.isMissing() && !info.isDuplicate());
    m_memory->setVisible(!info.isMissing() && !info.isDuplicate());
    m_remove->setText(info.isMissing() ? tr("Forget…") : tr("Remove…"));
}

void PluginHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elideFolder();
    if (m_description->isExpanded())
        QMetaObject::invokeMethod(this, &PluginHeader::fitHeight, Qt::QueuedConnection);
}

void PluginHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateMinimumHeight();
}

void PluginHeader::elideFolder()
{
    const int width = std::max(m_folder->width(), 40);
    m_folder->setText(m_folder->fontMetrics().elidedText(m_folderText, Qt::ElideMiddle, width));
}

void PluginHeader::updateMinimumHeight()
{
    // Room for a one-line name, a byline, a folded description with its "More" and the folder,
    // beside the logo, and the buttons: the height of an ordinary plugin, whatever it shows.
    // Measured with labels like the real ones, so fonts and styles are taken into account.
    const auto height = [this](const QString &text, Qt::TextFormat format, const QFont &font) {
        QLabel probe;
        probe.setFont(font);
        probe.setTextFormat(format);
        probe.setText(text);
        probe.ensurePolished();
        return probe.sizeHint().height();
    };
    const QString line = QStringLiteral("Xg");
    const int name = std::max({height(line, Qt::PlainText, m_name->font()),
                               m_switch->sizeHint().height(), m_switchLabel->sizeHint().height()});
    const int link = height(QStringLiteral("<a href=\"x\">Xg</a>"), Qt::RichText, font());
    QString lines = line;
    for (int i = 1; i < DescriptionLines; ++i)
        lines += QStringLiteral("\n") + line;
    const int description = height(lines, Qt::PlainText, font()) + link;
    const int folder = height(line, Qt::PlainText, m_folder->font());
    const int spacing = 2;
    const int names = name + spacing + link + spacing + description + spacing + folder;
    m_ordinaryHeight = std::max(LogoSize, names) + 6 + m_remove->sizeHint().height();
    fitHeight();
}

void PluginHeader::fitHeight()
{
    // The ordinary height, or what an unfolded description needs: the panel's layout would
    // rather squeeze the header than the tabs.
    const int needed = layout() ? layout()->totalHeightForWidth(width()) : 0;
    setMinimumHeight(std::max(m_ordinaryHeight, m_description->isExpanded() ? needed : 0));
}

} // namespace plugboard::ui
