#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QVBoxLayout;

namespace plugboard {
class PluginManager;
struct PluginInfo;
} // namespace plugboard

namespace plugboard::ui {

class ActionList;
class ActivityView;
class PluginController;
class SettingsForm;
class ToggleSwitch;

// Everything about the selected plugin: header (logo, name, version, author, Docs, on/off,
// Reload, Remove), its status and problems, and tabs for Actions, Settings and Activity.
class PluginDetailsPanel : public QWidget {
    Q_OBJECT

public:
    enum class Tab { Actions, Settings, Activity };

    PluginDetailsPanel(PluginController *controller, QWidget *parent = nullptr);

    // plugin: a PluginController::reference(); empty shows the placeholder.
    void showPlugin(const QString &plugin);
    QString shownPlugin() const { return m_plugin; }
    void showTab(Tab tab);

    ToggleSwitch *enabledSwitch() const { return m_switch; }
    SettingsForm *settingsForm() const { return m_settings; }
    ActionList *actionList() const { return m_actions; }
    ActivityView *activityView() const { return m_activity; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *removeButton() const { return m_remove; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh(bool force = false);
    void fillHeader(const plugboard::PluginInfo &info);
    void fillStatus(const plugboard::PluginInfo &info);
    void loadActivity();

    PluginController *m_controller;
    plugboard::PluginManager *m_manager;
    QString m_plugin;
    QString m_key;
    QStackedWidget *m_stack;
    QLabel *m_logo;
    QLabel *m_name;
    QLabel *m_byline;
    QLabel *m_folder;
    ToggleSwitch *m_switch;
    QLabel *m_switchLabel;
    QPushButton *m_reload;
    QPushButton *m_remove;
    QWidget *m_status;
    QVBoxLayout *m_statusLayout;
    QTabWidget *m_tabs;
    ActionList *m_actions;
    SettingsForm *m_settings;
    ActivityView *m_activity;
};

} // namespace plugboard::ui
