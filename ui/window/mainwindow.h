#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace plugboard {
class PluginManager;
}

namespace plugboard::ui {

class DropOverlay;
class PluginCardDelegate;
class PluginController;
class PluginDetailsPanel;
class PluginFilterProxy;
class PluginListModel;
class PluginListView;
class ToastArea;

// The Plugboard window: the Plugins page (title and count, search, filter, Reload, the card
// grid, empty states) beside the details panel of the selected plugin, with toasts on top.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(plugboard::PluginManager *manager, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Discovers plugins in the background, then loads the enabled ones and follows changes
    // other processes make. started() follows the first discovery.
    void start();
    bool isStarted() const { return m_started; }
    // Selects a plugin (a key or folder name) and shows its details.
    bool selectPlugin(const QString &plugin);

    PluginListModel *model() const { return m_model; }
    PluginFilterProxy *proxy() const { return m_proxy; }
    PluginListView *listView() const { return m_view; }
    PluginCardDelegate *cardDelegate() const { return m_delegate; }
    PluginDetailsPanel *detailsPanel() const { return m_details; }
    PluginController *controller() const { return m_controller; }
    ToastArea *toasts() const { return m_toasts; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *filterBox() const { return m_filter; }
    QWidget *currentPage() const;
    QWidget *emptyPage() const { return m_emptyPage; }
    QWidget *noMatchPage() const { return m_noMatchPage; }
    QPushButton *addExamplesButton() const { return m_addExamples; }
    DropOverlay *dropOverlay() const { return m_dropOverlay; }
    // Opens the file chooser for plugin zips (Ctrl+I); the chosen ones go to the import flow.
    void chooseZips();

Q_SIGNALS:
    void started();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    QWidget *buildHeader();
    QWidget *buildPages();
    void updatePage();
    void updateCounts();
    void onCurrentChanged();
    void restoreSelection();

    plugboard::PluginManager *m_manager;
    PluginListModel *m_model;
    PluginFilterProxy *m_proxy;
    PluginController *m_controller = nullptr;
    ToastArea *m_toasts = nullptr;
    PluginListView *m_view = nullptr;
    PluginCardDelegate *m_delegate = nullptr;
    PluginDetailsPanel *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_loadingPage = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_noMatchPage = nullptr;
    QLabel *m_noMatchText = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_filter = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_import = nullptr;
    DropOverlay *m_dropOverlay = nullptr;
    QPushButton *m_addExamples = nullptr;
    QString m_selected; // reference of the selected plugin, kept across list resets
    bool m_started = false;
};

} // namespace plugboard::ui
