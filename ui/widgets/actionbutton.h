// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace plugboard::ui {

// A plugin action's button, drawn as the manifest asks: variant (filled, light, outline,
// subtle, default) and Mantine colour, readable in light and dark palettes. While a run is in
// flight it shows the progress as a bar inside the button.
class ActionButton : public QPushButton {
    Q_OBJECT

public:
    static constexpr qreal FocusInset = 2.5; // the inner focus ring, inside the edge
    explicit ActionButton(QWidget *parent = nullptr);

    void setLook(const QString &variant, const QString &colour);
    QString variant() const { return m_variant; }
    QString colour() const { return m_colour; }
    // -1 hides the bar; 0..1 fills it.
    void setProgress(double fraction);
    double progress() const { return m_progress; }

    QSize sizeHint() const override;
    // Narrower than the label when space is short: the label is then elided (the accessible
    // name and tooltip keep it whole), so a long button_label cannot widen the panel.
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_variant = QStringLiteral("filled");
    QString m_colour;
    double m_progress = -1;
};

} // namespace plugboard::ui
