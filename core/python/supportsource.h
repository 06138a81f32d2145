#pragma once

namespace plugboard::python {

// Source of the internal `_plugboard_support` module (executed once at interpreter start).
const char *supportSource();

} // namespace plugboard::python
