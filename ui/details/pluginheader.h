// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QUrl;

namespace plugboard {
class PluginInfo;
}

namespace plugboard::ui {

class ClampedText;
class ToggleSwitch;

// The top of the details panel: logo, name and version, author and docs, the description
// (two lines, "More" for the rest), key and folder (one line), the on/off switch, and Restart,
// Memory and Remove on a row of their own. It keeps one height for every ordinary plugin, so
// the tabs below do not jump from plugin to plugin.
class PluginHeader : public QWidget {
    Q_OBJECT

public:
    static constexpr int DescriptionLines = 2;

    explicit PluginHeader(QWidget *parent = nullptr);

    void setPlugin(const plugboard::PluginInfo &info);
    ClampedText *description() const { return m_description; }

Q_SIGNALS:
    void enableRequested(bool on);
    void reloadRequested();
    void memoryLimitRequested();
    void removeRequested();
    void docsRequested(const QUrl &url);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elideFolder();
    void updateMinimumHeight();
    void fitHeight();

    int m_ordinaryHeight = 0;
    QLabel *m_logo;
    QLabel *m_name;
    QLabel *m_byline;
    ClampedText *m_description;
    QLabel *m_folder;
    QString m_folderText;
    ToggleSwitch *m_switch;
    QLabel *m_switchLabel;
    QPushButton *m_reload;
    QPushButton *m_memory;
    QPushButton *m_remove;
};

} // namespace plugboard::ui
