// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/manifest: the short texts of manifests, made once per thread and shared.

#include <QJsonValue>
#include <QString>

#include <array>
#include <cstdint>
#include <string_view>

namespace plugboard::manifestjson {

// Manifests repeat their vocabulary: ids, labels, option values and event names recur within
// one plugin and across plugins ("enabled", "Enabled", "api_key", "safe"). Making a QString is
// an allocation and a UTF-8 conversion, a string QJsonValue three allocations; a hit here is a
// hash and a compare. Direct-mapped and bounded: a miss replaces the slot, long texts bypass it.
// One cache per thread, so lookups take no lock; the texts handed out are ordinary shared
// copies and outlive the cache.
class TextCache {
public:
    static TextCache &forThisThread();

    QString text(std::string_view utf8);
    QJsonValue json(std::string_view utf8); // the text as a QJsonValue (option values, defaults)

private:
    // Texts longer than this are mostly sentences (descriptions, help texts): rarely repeated.
    static constexpr size_t MaxBytes = 40;
    static constexpr size_t SlotCount = 1024; // a power of two

    struct Slot {
        uint64_t hash = 0; // of key; 0 = unused
        uint32_t size = 0;
        char key[MaxBytes];
        QString text;
        QJsonValue json{QJsonValue::Undefined}; // made when first asked for
    };

    Slot *slotFor(std::string_view utf8); // nullptr: not cached (empty or long)

    std::array<Slot, SlotCount> m_slots;
};

} // namespace plugboard::manifestjson
