// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the request tracker that guards the REST API (core/api/requesttracker).
// The first byte chooses where the stream is cut in two; the rest is the byte stream of one
// connection. Properties: never crash, hang or leak; every step consumes at most what it was
// given and makes progress; a head's Content-Length is a number the head really holds; and the
// heads found, the refusal and its status do not depend on where the stream was cut.
#include "api/requesttracker.h"

#include <cstdint>
#include <cstdlib>

namespace {

struct Outcome {
    QList<QByteArray> heads; // method + target of each head, in order
    int refusal = 0;
    bool operator==(const Outcome &) const = default;
};

Outcome follow(QByteArrayView stream, qsizetype cut)
{
    plugboard::RequestTracker tracker;
    Outcome outcome;
    for (QByteArrayView piece : {stream.first(cut), stream.sliced(cut)}) {
        while (!piece.isEmpty()) {
            const plugboard::RequestTracker::Step step = tracker.feed(piece);
            if (step.consumed < 0 || step.consumed > piece.size())
                std::abort();
            if (step.event == plugboard::RequestTracker::Event::Invalid) {
                if (tracker.errorStatus() < 400 || tracker.errorMessage().isEmpty())
                    std::abort();
                outcome.refusal = tracker.errorStatus();
                return outcome;
            }
            if (step.event == plugboard::RequestTracker::Event::HeadReady) {
                const plugboard::RequestHead &head = tracker.head();
                if (head.contentLength < 0 || head.method.isEmpty() || !head.target.startsWith('/'))
                    std::abort();
                if (head.contentLength > 0 &&
                    head.header("content-length").toLongLong() != head.contentLength)
                    std::abort();
                outcome.heads.append(head.method + ' ' + head.target);
                tracker.accept();
            } else if (step.consumed == 0) {
                std::abort(); // no progress on bytes it was given
            }
            piece = piece.sliced(step.consumed);
        }
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype cut = stream.isEmpty() ? 0 : data[0] % (stream.size() + 1);
    if (!(follow(stream, cut) == follow(stream, stream.size())))
        std::abort();
    return 0;
}
