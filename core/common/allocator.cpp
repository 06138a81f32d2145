// SPDX-FileCopyrightText: 2026 The Plugboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/allocator.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <malloc.h>
#endif

namespace plugboard {

void tuneAllocator()
{
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024); // keep up to 64 MiB of freed memory
    mallopt(M_TOP_PAD, 8 * 1024 * 1024);         // grow the heap in 8 MiB steps
#endif
}

} // namespace plugboard
