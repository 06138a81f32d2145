// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Readability of what the window colours itself (SPEC §13: buttons "readable in light and dark
// palettes"): every Mantine colour in every button variant, hovered or not, the error and
// warning text, and letter avatars reach WCAG's 4.5:1 for body text on the palettes the app
// uses (Fusion light, Plugboard's dark). Also: labels that carry a tone recolour themselves
// when the palette changes.
#include "details/fieldeditor.h"
#include "theme/colorscheme.h"
#include "theme/inputstyle.h"
#include "theme/mantinecolors.h"
#include "theme/tonelabel.h"
#include "widgets/letteravatar.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

using namespace plugboard;
using namespace plugboard::ui;

namespace {

const QStringList kColours{"blue", "cyan",  "teal",   "green",  "lime", "yellow", "orange", "red",
                           "pink", "grape", "violet", "indigo", "gray", "dark",   "",       "nope"};
const QStringList kVariants{"filled", "light", "outline", "subtle", "default", "unknown"};

// What a possibly translucent colour looks like painted over `under`.
QColor over(const QColor &colour, const QColor &under)
{
    const double a = colour.alphaF();
    return QColor::fromRgbF(under.redF() * (1 - a) + colour.redF() * a,
                            under.greenF() * (1 - a) + colour.greenF() * a,
                            under.blueF() * (1 - a) + colour.blueF() * a);
}

} // namespace

class TestTheme : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contrastRatio();
    void buttonTextIsReadable_data();
    void buttonTextIsReadable();
    void toneTextIsReadable();
    void inputsAreReadable_data();
    void inputsAreReadable();
    void avatarLettersAreReadable();
    void avatarsAreSharpOnHighDpi();
    void toneLabelFollowsThePalette();
    void fieldErrorsUseTheErrorTone();
};

void TestTheme::contrastRatio()
{
    QCOMPARE(qRound(MantineColors::contrast(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(MantineColors::contrast(Qt::white, Qt::white), 1.0);
    // Symmetric, and what the WCAG formula gives for Mantine blue on white (3.56:1).
    const QColor blue = MantineColors::named("blue");
    QCOMPARE(MantineColors::contrast(blue, Qt::white), MantineColors::contrast(Qt::white, blue));
    QCOMPARE(qRound(MantineColors::contrast(blue, Qt::white) * 100), 356);
}

void TestTheme::buttonTextIsReadable_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("light") << "light";
    QTest::newRow("dark") << "dark";
}

void TestTheme::buttonTextIsReadable()
{
    QFETCH(QString, scheme);
    const QPalette palette = scheme == "dark" ? ColorScheme::dark() : ColorScheme::light();
    QCOMPARE(MantineColors::isDark(palette), scheme == "dark");
    const QColor window = palette.color(QPalette::Window);
    QStringList failures;
    for (const QString &variant : kVariants) {
        for (const QString &colour : kColours) {
            const auto look = MantineColors::buttonLook(variant, colour, palette);
            for (const QColor &background : {look.background, look.hoverBackground}) {
                const double ratio = MantineColors::contrast(look.text, over(background, window));
                if (ratio < 4.5) {
                    failures
                        << QStringLiteral("%1 %2: %3:1").arg(variant, colour).arg(ratio, 0, 'f', 2);
                }
            }
            // Filled buttons keep the exact Mantine shade the manifest names (SPEC §13).
            if (variant == "filled" && MantineColors::named(colour).isValid())
                QCOMPARE(look.background, MantineColors::named(colour));
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join("; ")));
}

void TestTheme::toneTextIsReadable()
{
    for (const QPalette &palette : {ColorScheme::light(), ColorScheme::dark()}) {
        for (auto tone : {MantineColors::Tone::Error, MantineColors::Tone::Warning}) {
            const QColor text = MantineColors::toneText(tone, palette);
            QVERIFY(MantineColors::contrast(text, palette.color(QPalette::Window)) >= 4.5);
            QVERIFY(MantineColors::contrast(text, palette.color(QPalette::Base)) >= 4.5);
        }
        // Errors still look red, warnings orange: the hue survives the adjustment.
        QVERIFY(MantineColors::toneText(MantineColors::Tone::Error, palette).hslHue() < 15);
        const int warningHue =
            MantineColors::toneText(MantineColors::Tone::Warning, palette).hslHue();
        QVERIFY2(warningHue >= 15 && warningHue <= 45, qPrintable(QString::number(warningHue)));
    }
}

void TestTheme::inputsAreReadable_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("kind");
    for (const char *scheme : {"dark", "light"}) {
        for (const char *kind : {"line edit", "spin box", "combo box", "text area"})
            QTest::addRow("%s %s", scheme, kind) << scheme << kind;
    }
}

// Inputs in the palettes the app uses: text 4.5:1 on the field, borders 3:1 against the window
// and the field (WCAG 1.4.3 and 1.4.11). The border is read from the pixels an input paints.
void TestTheme::inputsAreReadable()
{
    QFETCH(QString, scheme);
    QFETCH(QString, kind);
    const QPalette palette =
        scheme == QLatin1String("dark") ? ColorScheme::dark() : ColorScheme::light();
    const QColor field = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    QVERIFY(MantineColors::contrast(palette.color(QPalette::Text), field) >= 4.5);
    QVERIFY(MantineColors::contrast(palette.color(QPalette::PlaceholderText), field) >= 4.5);

    InputStyle style;
    QWidget host;
    host.setStyle(&style);
    host.setPalette(palette);
    host.setAutoFillBackground(true);
    QWidget *input = nullptr;
    if (kind == QLatin1String("line edit"))
        input = new QLineEdit(QStringLiteral("value"), &host);
    else if (kind == QLatin1String("spin box"))
        input = new QSpinBox(&host);
    else if (kind == QLatin1String("combo box"))
        input = new QComboBox(&host);
    else
        input = new QPlainTextEdit(QStringLiteral("text"), &host);
    for (QWidget *w : host.findChildren<QWidget *>())
        w->setStyle(&style);
    input->setGeometry(10, 10, 160, input->sizeHint().height());
    host.resize(180, input->height() + 20);
    const QImage image = host.grab().toImage();
    // The border: the pixel that contrasts most with the window along the input's left edge,
    // half-way down.
    const int y = input->y() + input->height() / 2;
    double best = 1;
    QColor edge;
    for (int x = input->x() - 1; x <= input->x() + 2; ++x) {
        const QColor c =
            image.pixelColor(x * image.devicePixelRatio(), y * image.devicePixelRatio());
        if (MantineColors::contrast(c, window) > best) {
            best = MantineColors::contrast(c, window);
            edge = c;
        }
    }
    QVERIFY2(best >= 3.0, qPrintable(QStringLiteral("border %1 is %2:1 on the window")
                                         .arg(edge.name())
                                         .arg(best, 0, 'f', 2)));
    const double onField = MantineColors::contrast(edge, field);
    QVERIFY2(onField >= 3.0, qPrintable(QStringLiteral("border %1 is %2:1 on the field")
                                            .arg(edge.name())
                                            .arg(onField, 0, 'f', 2)));
}

void TestTheme::avatarLettersAreReadable()
{
    for (const QString &colour : kColours) {
        const QColor background = MantineColors::named(colour);
        if (!background.isValid())
            continue;
        QVERIFY2(MantineColors::contrast(MantineColors::readableOn(background), background) >= 4.5,
                 qPrintable(colour));
    }
}

void TestTheme::avatarsAreSharpOnHighDpi()
{
    // Drawn at the screen's pixel ratio: 44 logical pixels are 88 real ones at 2x (not a
    // 44 px image scaled up).
    const QPixmap sharp = letterAvatar(QStringLiteral("Zed"), 44, 2.0);
    QCOMPARE(sharp.size(), QSize(88, 88));
    QCOMPARE(sharp.devicePixelRatio(), 2.0);
    QCOMPARE(sharp.deviceIndependentSize(), QSizeF(44, 44));
    QCOMPARE(letterAvatar(QStringLiteral("Zed"), 44, 1.0).size(), QSize(44, 44));
}

void TestTheme::toneLabelFollowsThePalette()
{
    QWidget parent;
    parent.setPalette(ColorScheme::light());
    ToneLabel label(QStringLiteral("Broken"), ToneLabel::Tone::Error, &parent);
    const QColor onLight = label.palette().color(QPalette::WindowText);
    QCOMPARE(onLight, MantineColors::toneText(MantineColors::Tone::Error, ColorScheme::light()));

    parent.setPalette(ColorScheme::dark()); // the label inherits it and recolours itself
    const QColor onDark = label.palette().color(QPalette::WindowText);
    QVERIFY(onDark != onLight);
    QVERIFY(MantineColors::contrast(onDark, ColorScheme::dark().color(QPalette::Window)) >= 4.5);
    QCOMPARE(label.palette().color(QPalette::Window), ColorScheme::dark().color(QPalette::Window));

    label.setTone(ToneLabel::Tone::Normal);
    QCOMPARE(label.palette().color(QPalette::WindowText),
             ColorScheme::dark().color(QPalette::Text));
}

void TestTheme::fieldErrorsUseTheErrorTone()
{
    FieldSpec field;
    field.id = QStringLiteral("n");
    field.type = FieldType::Number;
    field.max = 3;
    QWidget parent;
    parent.setPalette(ColorScheme::dark());
    FieldEditor editor(field, &parent);
    auto *error = editor.findChild<ToneLabel *>(QStringLiteral("fieldError"));
    QVERIFY(error);
    QCOMPARE(error->tone(), ToneLabel::Tone::Error);
    editor.setError(QStringLiteral("Too big"));
    QVERIFY(MantineColors::contrast(error->palette().color(QPalette::WindowText),
                                    ColorScheme::dark().color(QPalette::Window)) >= 4.5);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
