// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest/textcache.h"

#include <cstring>
#include <memory>

namespace plugboard::manifestjson {

namespace {

QString convert(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// A few instructions per 8 bytes; the slots only need a good spread, not a strong hash.
uint64_t hashOf(std::string_view text)
{
    uint64_t hash = 0x9E3779B97F4A7C15ull ^ text.size();
    const char *p = text.data();
    size_t left = text.size();
    while (left >= 8) {
        uint64_t word;
        std::memcpy(&word, p, 8);
        hash = (hash ^ word) * 0xFF51AFD7ED558CCDull;
        hash ^= hash >> 32;
        p += 8;
        left -= 8;
    }
    uint64_t tail = 0;
    std::memcpy(&tail, p, left);
    hash = (hash ^ tail) * 0xC4CEB9FE1A85EC53ull;
    return (hash ^ (hash >> 29)) | 1; // never 0, which marks an unused slot
}

} // namespace

TextCache &TextCache::forThisThread()
{
    // Allocated on first use: threads that never read a manifest pay nothing.
    thread_local std::unique_ptr<TextCache> cache;
    if (!cache)
        cache = std::make_unique<TextCache>();
    return *cache;
}

TextCache::Slot *TextCache::slotFor(std::string_view utf8)
{
    if (utf8.empty() || utf8.size() > MaxBytes)
        return nullptr;
    const uint64_t hash = hashOf(utf8);
    Slot &slot = m_slots[(hash >> 17) & (SlotCount - 1)];
    if (slot.hash == hash && slot.size == utf8.size() &&
        std::memcmp(slot.key, utf8.data(), utf8.size()) == 0)
        return &slot;
    slot.hash = hash;
    slot.size = uint32_t(utf8.size());
    std::memcpy(slot.key, utf8.data(), utf8.size());
    slot.text = convert(utf8);
    slot.json = QJsonValue(QJsonValue::Undefined);
    return &slot;
}

QString TextCache::text(std::string_view utf8)
{
    if (Slot *slot = slotFor(utf8))
        return slot->text;
    return convert(utf8);
}

QJsonValue TextCache::json(std::string_view utf8)
{
    if (utf8.empty()) { // a common default, not worth a slot
        static const QJsonValue empty{QLatin1StringView("")};
        return empty;
    }
    Slot *slot = slotFor(utf8);
    if (!slot)
        return QJsonValue(convert(utf8));
    if (slot->json.isUndefined())
        slot->json = QJsonValue(slot->text);
    return slot->json;
}

} // namespace plugboard::manifestjson
