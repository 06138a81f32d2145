// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace plugboard::ui {

// A label whose text colour says what it is (an error, a warning, a quiet note) and stays
// readable when the palette changes between light and dark: the colour is recomputed from the
// palette (MantineColors::toneText) instead of a fixed colour in a style sheet, which read at
// 3.7:1 on the dark palette.
class ToneLabel : public QLabel {
    Q_OBJECT

public:
    enum class Tone { Normal, Muted, Warning, Error };

    explicit ToneLabel(QWidget *parent = nullptr);
    ToneLabel(const QString &text, Tone tone, QWidget *parent = nullptr);

    void setTone(Tone tone);
    Tone tone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    Tone m_tone = Tone::Normal;
    bool m_applying = false;
};

} // namespace plugboard::ui
