// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The small widgets of ui/widgets/, offscreen, as a person meets them: the on/off switch by
// mouse, keyboard and screen reader; an action button's look, progress and clicks; the flow
// layout that wraps event badges; and the letter avatars of plugins without a logo.
#include "theme/colorscheme.h"
#include "theme/mantinecolors.h"
#include "widgets/actionbutton.h"
#include "widgets/flowlayout.h"
#include "widgets/letteravatar.h"
#include "widgets/toggleswitch.h"

#include <QAccessible>
#include <QApplication>
#include <QCursor>
#include <QHBoxLayout>
#include <QPixmapCache>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <set>

using namespace plugboard::ui;

namespace {

bool near(const QColor &a, const QColor &b, int tolerance = 3)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(const QColor &actual, const QColor &expected)
{
    return actual.name() + QStringLiteral(" vs ") + expected.name();
}

// What a translucent colour looks like over `under`.
QColor over(const QColor &colour, const QColor &under)
{
    const double a = colour.alphaF();
    return QColor::fromRgbF(under.redF() * (1 - a) + colour.redF() * a,
                            under.greenF() * (1 - a) + colour.greenF() * a,
                            under.blueF() * (1 - a) + colour.blueF() * a);
}

// A shown, active window (offscreen) with the light palette the window uses, so colours are
// known and focus is real.
struct Stage {
    QWidget window;
    Stage()
    {
        window.setPalette(ColorScheme::light());
        window.resize(400, 200);
    }
    bool show()
    {
        // The pointer rests where the last test left it, which may be where a widget of this
        // window appears (it would start out hovered): move it off every window first.
        QCursor::setPos(QPoint(5000, 5000));
        window.show();
        QApplication::setActiveWindow(&window);
        return QTest::qWaitForWindowExposed(&window) && QTest::qWaitForWindowActive(&window);
    }
};

// A widget that asks for a given size, standing in for an event badge.
class Box : public QWidget {
public:
    explicit Box(QSize size, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_size(size)
    {}
    QSize sizeHint() const override { return m_size; }
    QSize minimumSizeHint() const override { return m_size; }

private:
    QSize m_size;
};

} // namespace

class TestWidgets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QPixmapCache::clear(); }

    void switchTogglesByMouse();
    void switchTogglesBySpaceAfterTab();
    void disabledSwitchIgnoresInput();
    void switchShowsItsState();
    void switchSpeaksToScreenReaders();

    void actionButtonClicksByMouseAndKeyboard();
    void actionButtonLooksAsTheManifestAsks_data();
    void actionButtonLooksAsTheManifestAsks();
    void actionButtonHoverChangesTheBackground();
    void actionButtonProgressFillsFromTheLeft();
    void actionButtonShowsFocus();
    void longActionLabelCanShrink();

    void flowWrapsLikeWords();
    void flowGivesAnOverlongItemTheLine();
    void flowSkipsHiddenItemsAndKeepsMargins();
    void flowNeverForcesItsParentWider();

    void avatarShowsTheFirstLetter();
    void avatarColourIsStablePerName();
    void avatarIsRoundedAndReadable();
};

void TestWidgets::switchTogglesByMouse()
{
    Stage stage;
    auto *toggle = new ToggleSwitch(&stage.window);
    toggle->move(20, 20);
    toggle->resize(toggle->sizeHint());
    QVERIFY(stage.show());
    QSignalSpy toggled(toggle, &ToggleSwitch::toggled);
    QVERIFY(!toggle->isChecked());
    QTest::mouseClick(toggle, Qt::LeftButton, {}, toggle->rect().center());
    QVERIFY(toggle->isChecked());
    QTest::mouseClick(toggle, Qt::LeftButton, {}, QPoint(3, toggle->height() / 2));
    QVERIFY(!toggle->isChecked());
    QCOMPARE(toggled.count(), 2);
    QCOMPARE(toggled.at(0).at(0).toBool(), true);
    QCOMPARE(toggled.at(1).at(0).toBool(), false);
    // A press dragged off the switch before release is no click (as for any button).
    QTest::mousePress(toggle, Qt::LeftButton, {}, toggle->rect().center());
    QTest::mouseMove(&stage.window, QPoint(300, 150));
    QTest::mouseRelease(&stage.window, Qt::LeftButton, {}, QPoint(300, 150));
    QVERIFY(!toggle->isChecked());
}

void TestWidgets::switchTogglesBySpaceAfterTab()
{
    Stage stage;
    auto *before = new ActionButton(&stage.window);
    before->setText(QStringLiteral("Before"));
    auto *toggle = new ToggleSwitch(&stage.window);
    toggle->setText(QStringLiteral("Enabled"));
    auto *layout = new QHBoxLayout(&stage.window);
    layout->addWidget(before);
    layout->addWidget(toggle);
    QVERIFY(stage.show());
    before->setFocus();
    QTRY_VERIFY(before->hasFocus());
    // Tab reaches the switch, Space flips it, and again.
    QTest::keyClick(&stage.window, Qt::Key_Tab);
    QTRY_VERIFY(toggle->hasFocus());
    QTest::keyClick(toggle, Qt::Key_Space);
    QVERIFY(toggle->isChecked());
    QTest::keyClick(toggle, Qt::Key_Space);
    QVERIFY(!toggle->isChecked());
    // The switch keeps its size in a wide row instead of stretching into a bar.
    QCOMPARE(toggle->size(), toggle->sizeHint());
}

void TestWidgets::disabledSwitchIgnoresInput()
{
    Stage stage;
    auto *toggle = new ToggleSwitch(&stage.window);
    toggle->resize(toggle->sizeHint());
    toggle->setChecked(true);
    toggle->setEnabled(false);
    QVERIFY(stage.show());
    QSignalSpy toggled(toggle, &ToggleSwitch::toggled);
    QTest::mouseClick(toggle, Qt::LeftButton, {}, toggle->rect().center());
    QTest::keyClick(toggle, Qt::Key_Space);
    QVERIFY(toggle->isChecked());
    QCOMPARE(toggled.count(), 0);
    // It looks disabled: the track is paler than the enabled one.
    const QImage disabled = toggle->grab().toImage();
    toggle->setEnabled(true);
    const QImage enabled = toggle->grab().toImage();
    const QPoint track(8, toggle->height() / 2);
    QVERIFY2(disabled.pixelColor(track) != enabled.pixelColor(track),
             qPrintable(describe(disabled.pixelColor(track), enabled.pixelColor(track))));
}

void TestWidgets::switchShowsItsState()
{
    Stage stage;
    auto *toggle = new ToggleSwitch(&stage.window);
    toggle->resize(toggle->sizeHint());
    QVERIFY(stage.show());
    QVERIFY(!toggle->underMouse());
    const QPalette palette = toggle->palette();
    const int middle = toggle->height() / 2;
    // Off: the knob (white) sits on the left, the right of the track is grey.
    QImage off = toggle->grab().toImage();
    QVERIFY2(near(off.pixelColor(30, middle), palette.color(QPalette::Mid)),
             qPrintable(describe(off.pixelColor(30, middle), palette.color(QPalette::Mid))));
    QVERIFY(near(off.pixelColor(12, middle), Qt::white));
    // On: the knob moves right and the track takes the accent colour.
    toggle->setChecked(true);
    QImage on = toggle->grab().toImage();
    QVERIFY2(near(on.pixelColor(8, middle), palette.color(QPalette::Highlight)),
             qPrintable(describe(on.pixelColor(8, middle), palette.color(QPalette::Highlight))));
    QVERIFY(near(on.pixelColor(30, middle), Qt::white));
    // Under the pointer the track lightens: it invites the click.
    QTest::mouseMove(toggle, toggle->rect().center());
    QTRY_VERIFY(toggle->underMouse());
    const QColor hovered = toggle->grab().toImage().pixelColor(8, middle);
    QVERIFY2(hovered.lightness() > on.pixelColor(8, middle).lightness(),
             qPrintable(describe(hovered, on.pixelColor(8, middle))));
}

void TestWidgets::switchSpeaksToScreenReaders()
{
    Stage stage;
    auto *toggle = new ToggleSwitch(&stage.window);
    toggle->setText(QStringLiteral("Enable EPG Fixer"));
    toggle->resize(toggle->sizeHint());
    QVERIFY(stage.show());
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(toggle);
    QVERIFY(accessible);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Enable EPG Fixer"));
    QVERIFY(accessible->state().checkable);
    QVERIFY(accessible->state().focusable);
    QVERIFY(!accessible->state().checked);
    // A screen reader flips it through the action it offers, and hears the new state.
    QAccessibleActionInterface *actions = accessible->actionInterface();
    QVERIFY(actions);
    const QStringList names = actions->actionNames();
    const QString action = names.contains(QAccessibleActionInterface::toggleAction())
                               ? QAccessibleActionInterface::toggleAction()
                               : QAccessibleActionInterface::pressAction();
    QVERIFY2(names.contains(action), qPrintable(names.join(QLatin1Char(','))));
    actions->doAction(action);
    QTRY_VERIFY(toggle->isChecked());
    QVERIFY(accessible->state().checked);
}

void TestWidgets::actionButtonClicksByMouseAndKeyboard()
{
    Stage stage;
    auto *button = new ActionButton(&stage.window);
    button->setText(QStringLiteral("Fix guides"));
    button->resize(button->sizeHint());
    QVERIFY(stage.show());
    QSignalSpy clicked(button, &ActionButton::clicked);
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
    QCOMPARE(clicked.count(), 1);
    button->setFocus();
    QTRY_VERIFY(button->hasFocus());
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(clicked.count(), 2);
    // While its action cannot run, it does nothing.
    button->setEnabled(false);
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
    QCOMPARE(clicked.count(), 2);
}

void TestWidgets::actionButtonLooksAsTheManifestAsks_data()
{
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("colour");
    QTest::newRow("filled red") << "filled"
                                << "red";
    QTest::newRow("filled, no colour: the accent") << "filled"
                                                   << "";
    QTest::newRow("light green") << "light"
                                 << "green";
    QTest::newRow("outline grape") << "outline"
                                   << "grape";
    QTest::newRow("subtle orange") << "subtle"
                                   << "orange";
    QTest::newRow("default") << "default"
                             << "";
    QTest::newRow("unknown variant: filled") << "sparkly"
                                             << "teal";
}

void TestWidgets::actionButtonLooksAsTheManifestAsks()
{
    QFETCH(QString, variant);
    QFETCH(QString, colour);
    Stage stage;
    auto *button = new ActionButton(&stage.window);
    button->setText(QStringLiteral("Run"));
    button->setLook(variant, colour);
    button->resize(120, button->sizeHint().height());
    QVERIFY(stage.show());
    QCOMPARE(button->variant(), variant);
    QCOMPARE(button->colour(), colour);
    const MantineColors::ButtonLook look =
        MantineColors::buttonLook(variant, colour, button->palette());
    const QColor window = button->palette().color(QPalette::Window);
    // Above the label, inside the rounded shape: the button's background over the window.
    const QImage image = button->grab().toImage();
    const QColor background = image.pixelColor(30, 5);
    QVERIFY2(near(background, over(look.background, window)),
             qPrintable(describe(background, over(look.background, window))));
    // The label is drawn in the look's text colour, which reads on that background: the most
    // contrasting pixel of the label area is the text colour.
    double best = 1;
    QColor ink;
    for (int y = 8; y < image.height() - 8; ++y) {
        for (int x = 20; x < image.width() - 20; ++x) {
            const double c = MantineColors::contrast(image.pixelColor(x, y), background);
            if (c > best) {
                best = c;
                ink = image.pixelColor(x, y);
            }
        }
    }
    QVERIFY2(best >= 4.5, qPrintable(QString::number(best)));
    QVERIFY2(near(ink, look.text, 12), qPrintable(describe(ink, look.text)));
}

void TestWidgets::actionButtonHoverChangesTheBackground()
{
    Stage stage;
    auto *button = new ActionButton(&stage.window);
    button->setText(QStringLiteral("Run"));
    button->setLook(QStringLiteral("filled"), QStringLiteral("blue"));
    button->move(40, 40);
    button->resize(120, button->sizeHint().height());
    QVERIFY(stage.show());
    QTest::mouseMove(&stage.window, QPoint(5, 5));
    const MantineColors::ButtonLook look = MantineColors::buttonLook(
        QStringLiteral("filled"), QStringLiteral("blue"), button->palette());
    QVERIFY(near(button->grab().toImage().pixelColor(30, 5), look.background));
    QTest::mouseMove(button, button->rect().center());
    QTRY_VERIFY(button->underMouse());
    const QColor hovered = button->grab().toImage().pixelColor(30, 5);
    QVERIFY2(near(hovered, look.hoverBackground),
             qPrintable(describe(hovered, look.hoverBackground)));
    QVERIFY(!near(look.hoverBackground, look.background));
    QTest::mouseMove(&stage.window, QPoint(5, 5));
    QTRY_VERIFY(!button->underMouse());
    QVERIFY(near(button->grab().toImage().pixelColor(30, 5), look.background));
}

void TestWidgets::actionButtonProgressFillsFromTheLeft()
{
    Stage stage;
    auto *button = new ActionButton(&stage.window);
    button->setText(QStringLiteral("Go"));
    button->setLook(QStringLiteral("filled"), QStringLiteral("indigo"));
    button->resize(200, button->sizeHint().height());
    QVERIFY(stage.show());
    const MantineColors::ButtonLook look = MantineColors::buttonLook(
        QStringLiteral("filled"), QStringLiteral("indigo"), button->palette());
    QColor fill = look.text;
    fill.setAlphaF(0.22);
    const QColor filled = over(fill, look.background);
    const auto at = [&](double fraction) {
        return button->grab().toImage().pixelColor(int(button->width() * fraction), 5);
    };
    QCOMPARE(button->progress(), -1.0); // no bar until a run reports progress
    QVERIFY2(near(at(0.25), look.background), qPrintable(describe(at(0.25), look.background)));
    QVERIFY2(near(at(0.75), look.background), qPrintable(describe(at(0.75), look.background)));

    button->setProgress(0.5);
    QCOMPARE(button->progress(), 0.5);
    QVERIFY2(near(at(0.25), filled), qPrintable(describe(at(0.25), filled)));
    QVERIFY2(near(at(0.75), look.background), qPrintable(describe(at(0.75), look.background)));

    button->setProgress(0.0); // started, nothing done yet: no fill, but a bar is on
    QVERIFY(near(at(0.1), look.background));
    button->setProgress(1.7); // more than done is done
    QVERIFY(near(at(0.9), filled));
    button->setProgress(-1); // the run ended: the bar goes
    QVERIFY(near(at(0.25), look.background));
}

void TestWidgets::actionButtonShowsFocus()
{
    Stage stage;
    auto *other = new ActionButton(&stage.window);
    other->move(200, 100);
    auto *button = new ActionButton(&stage.window);
    button->setText(QStringLiteral("Run"));
    button->setLook(QStringLiteral("subtle"), QStringLiteral("blue"));
    button->move(20, 20);
    button->resize(120, button->sizeHint().height());
    QVERIFY(stage.show());
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    const QColor highlight = button->palette().color(QPalette::Highlight);
    const QPoint edge(button->width() / 2, 0);
    QVERIFY(!near(button->grab().toImage().pixelColor(edge), highlight, 40));
    button->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(button->hasFocus());
    const QColor ring = button->grab().toImage().pixelColor(edge);
    QVERIFY2(near(ring, highlight, 40), qPrintable(describe(ring, highlight)));

    // A filled button in the highlight's own colour: the inner ring, in the window's colour,
    // is what shows its focus.
    button->setLook(QStringLiteral("filled"), QStringLiteral("blue"));
    const QPoint inner(button->width() / 2, int(ActionButton::FocusInset + 1));
    const QColor fill =
        button->grab().toImage().pixelColor(button->width() / 2, button->height() / 2 - 8);
    const QColor base = button->palette().color(QPalette::Base);
    const QColor focused = button->grab().toImage().pixelColor(inner);
    QVERIFY2(near(focused, base, 60), qPrintable(describe(focused, base)));
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    const QColor unfocused = button->grab().toImage().pixelColor(inner);
    QVERIFY2(near(unfocused, fill, 40), qPrintable(describe(unfocused, fill)));
}

void TestWidgets::longActionLabelCanShrink()
{
    // A manifest's long button_label must not widen the details panel: the button asks for
    // room to show it all but accepts 84 px, and a layout can give it that.
    Stage stage;
    auto *button = new ActionButton;
    button->setText(QStringLiteral("Regenerate every electronic programme guide from scratch"));
    auto *layout = new QHBoxLayout(&stage.window);
    layout->addWidget(button);
    QVERIFY(button->sizeHint().width() > button->fontMetrics().horizontalAdvance(button->text()));
    QCOMPARE(button->minimumSizeHint().width(), 84);
    stage.window.resize(130, 60);
    QVERIFY(stage.show());
    QTRY_VERIFY(button->width() <= 130);
    QVERIFY(button->width() >= 84);
    // A short label keeps a comfortable minimum width.
    ActionButton small;
    small.setText(QStringLiteral("Go"));
    QCOMPARE(small.sizeHint().width(), 84);
    QVERIFY(small.sizeHint().height() >= 32);
}

void TestWidgets::flowWrapsLikeWords()
{
    QWidget container;
    auto *flow = new FlowLayout(&container, 4, 6);
    QList<Box *> boxes;
    for (int i = 0; i < 5; ++i) {
        boxes << new Box(QSize(60, 20), &container);
        flow->addWidget(boxes.last());
    }
    // One line as wide as it likes when asked for its preferred size.
    QCOMPARE(flow->sizeHint(), QSize(5 * 60 + 4 * 4, 20));
    QVERIFY(flow->hasHeightForWidth());

    // 200 px: three per line (0, 64, 128; the fourth would end at 252).
    container.resize(200, flow->heightForWidth(200));
    flow->setGeometry(container.rect());
    QCOMPARE(flow->heightForWidth(200), 20 + 6 + 20);
    const QList<QPoint> at200{{0, 0}, {64, 0}, {128, 0}, {0, 26}, {64, 26}};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(boxes[i]->pos(), at200[i]);

    // Narrower: two per line, three lines; wider: all on one.
    QCOMPARE(flow->heightForWidth(130), 3 * 20 + 2 * 6);
    flow->setGeometry(QRect(0, 0, 130, 72));
    QCOMPARE(boxes[2]->pos(), QPoint(0, 26));
    QCOMPARE(boxes[4]->pos(), QPoint(0, 52));
    QCOMPARE(flow->heightForWidth(316), 20);
    QCOMPARE(flow->heightForWidth(315), 46); // one pixel short: the last one wraps
    // Every item keeps its own size.
    for (Box *box : std::as_const(boxes))
        QCOMPARE(box->size(), QSize(60, 20));
}

void TestWidgets::flowGivesAnOverlongItemTheLine()
{
    QWidget container;
    auto *flow = new FlowLayout(&container);
    auto *small = new Box(QSize(40, 20), &container);
    auto *huge = new Box(QSize(500, 24), &container);
    auto *after = new Box(QSize(40, 20), &container);
    flow->addWidget(small);
    flow->addWidget(huge);
    flow->addWidget(after);
    flow->setGeometry(QRect(0, 0, 150, flow->heightForWidth(150)));
    // The long badge gets a line of its own, clipped to the width, and the next one follows
    // on a new line: nothing reaches past the right edge.
    QCOMPARE(small->geometry(), QRect(0, 0, 40, 20));
    QCOMPARE(huge->geometry(), QRect(0, 24, 150, 24));
    QCOMPARE(after->geometry(), QRect(0, 52, 40, 20));
    QCOMPARE(flow->heightForWidth(150), 72);
}

void TestWidgets::flowSkipsHiddenItemsAndKeepsMargins()
{
    QWidget container;
    auto *flow = new FlowLayout(&container, 5, 5);
    flow->setContentsMargins(10, 7, 10, 3);
    auto *a = new Box(QSize(50, 20), &container);
    auto *hidden = new Box(QSize(50, 20), &container);
    auto *b = new Box(QSize(50, 20), &container);
    flow->addWidget(a);
    flow->addWidget(hidden);
    flow->addWidget(b);
    container.show();
    hidden->hide();
    flow->setGeometry(QRect(0, 0, 300, 100));
    // A hidden badge leaves no gap; the margins frame the rest.
    QCOMPARE(a->pos(), QPoint(10, 7));
    QCOMPARE(b->pos(), QPoint(65, 7));
    QCOMPARE(flow->heightForWidth(300), 7 + 20 + 3);
    QCOMPARE(flow->sizeHint(), QSize(10 + 50 + 5 + 50 + 10, 7 + 20 + 3));
    // No visible item: only the margins.
    a->hide();
    b->hide();
    QCOMPARE(flow->heightForWidth(300), 7 + 3);
}

void TestWidgets::flowNeverForcesItsParentWider()
{
    // In a window, the badges' row shrinks to the widest badge and grows in height instead.
    Stage stage;
    auto *column = new QVBoxLayout(&stage.window);
    auto *badges = new QWidget;
    auto *flow = new FlowLayout(badges, 4, 4);
    for (const int width : {70, 90, 50, 80, 60})
        flow->addWidget(new Box(QSize(width, 18)));
    column->addWidget(badges);
    column->addStretch(1);
    QCOMPARE(flow->minimumSize(), QSize(90, 18));
    QCOMPARE(stage.window.minimumSizeHint().width(),
             90 + column->contentsMargins().left() + column->contentsMargins().right());
    stage.window.resize(200, 300);
    QVERIFY(stage.show());
    // 200 px minus the margins leaves room for two or so badges a line: the row is taller than
    // one badge and exactly as tall as the flow says for its width.
    QTRY_COMPARE(badges->height(), flow->heightForWidth(badges->width()));
    QVERIFY(badges->height() > 18);
    for (QWidget *badge : badges->findChildren<Box *>())
        QVERIFY(badges->rect().contains(badge->geometry()));
}

void TestWidgets::avatarShowsTheFirstLetter()
{
    // The letter is the first of the trimmed name, upper-cased; an empty name shows "?".
    const auto same = [](const QString &a, const QString &b) {
        return letterAvatar(a, 48, 1.0).toImage() == letterAvatar(b, 48, 1.0).toImage();
    };
    QVERIFY(same(QStringLiteral("epg fixer"), QStringLiteral("Epg fixer")));
    QVERIFY(same(QStringLiteral("  zed  "), QStringLiteral("zed")));
    QVERIFY(same(QString(), QStringLiteral("   ")));
    QVERIFY(!same(QStringLiteral("Alpha"), QStringLiteral("Beta")));
    // Names of real plugins start with emoji: the first letter stands, never half an emoji.
    QCOMPARE(avatarLetter(QStringLiteral("📺 TV Guide ✅")), QStringLiteral("T"));
    QCOMPARE(avatarLetter(QStringLiteral("✅")), QStringLiteral("✅"));
    QCOMPARE(avatarLetter(QStringLiteral("👍🏽 thumbs")), QStringLiteral("T"));
    QCOMPARE(avatarLetter(QStringLiteral("🇩🇪")), QStringLiteral("🇩🇪"));
    QCOMPARE(avatarLetter(QStringLiteral("élan")), QStringLiteral("É"));
    QCOMPARE(avatarLetter(QStringLiteral("  ")), QStringLiteral("?"));
    // The letter is really drawn: the middle differs from the plain background colour.
    const QImage avatar = letterAvatar(QStringLiteral("Mail"), 64, 1.0).toImage();
    const QColor background = avatar.pixelColor(32, 6);
    int inked = 0;
    for (int y = 16; y < 48; ++y) {
        for (int x = 16; x < 48; ++x)
            inked += !near(avatar.pixelColor(x, y), background, 10);
    }
    QVERIFY2(inked > 40, qPrintable(QString::number(inked)));
}

void TestWidgets::avatarColourIsStablePerName()
{
    const QStringList palette{"blue",   "cyan",   "teal",   "green", "grape",
                              "violet", "indigo", "orange", "pink"};
    std::set<QRgb> seen;
    for (int i = 0; i < 60; ++i) {
        const QString name = QStringLiteral("Plugin %1").arg(i);
        const QColor colour = letterAvatar(name, 40, 1.0).toImage().pixelColor(20, 3);
        // One of the Mantine colours, and the same every time (and for the same name in
        // other case: the card of "epg" and "EPG" look alike).
        QVERIFY2(
            std::any_of(palette.cbegin(), palette.cend(),
                        [&](const QString &n) { return near(colour, MantineColors::named(n)); }),
            qPrintable(name + QStringLiteral(": ") + colour.name()));
        QPixmapCache::clear();
        QCOMPARE(letterAvatar(name, 40, 1.0).toImage().pixelColor(20, 3), colour);
        QCOMPARE(letterAvatar(name.toUpper(), 40, 1.0).toImage().pixelColor(20, 3), colour);
        seen.insert(colour.rgb());
    }
    // Names spread over the colours, so neighbouring cards are told apart.
    QVERIFY2(seen.size() >= 5, qPrintable(QString::number(seen.size())));
}

void TestWidgets::avatarIsRoundedAndReadable()
{
    const QImage avatar = letterAvatar(QStringLiteral("Weather"), 64, 1.0).toImage();
    QCOMPARE(avatar.size(), QSize(64, 64));
    // Rounded corners: transparent in the very corner, opaque along the edges' middles.
    for (const QPoint corner : {QPoint(0, 0), QPoint(63, 0), QPoint(0, 63), QPoint(63, 63)})
        QCOMPARE(avatar.pixelColor(corner).alpha(), 0);
    for (const QPoint edge : {QPoint(32, 1), QPoint(1, 32), QPoint(62, 32), QPoint(32, 62)})
        QCOMPARE(avatar.pixelColor(edge).alpha(), 255);
    // The letter reads on its colour at 4.5:1 or better.
    const QColor background = avatar.pixelColor(32, 4);
    double best = 1;
    for (int y = 12; y < 52; ++y) {
        for (int x = 12; x < 52; ++x)
            best = std::max(best, MantineColors::contrast(avatar.pixelColor(x, y), background));
    }
    QVERIFY2(best >= 4.5, qPrintable(QString::number(best)));
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
