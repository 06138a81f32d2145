#pragma once

#include <QString>

namespace plugboard::HostProgram {

// The plugboard-host executable the products start for each plugin: PLUGBOARD_HOST_PROGRAM
// when set; else the installed one (libexec/plugboard, found relative to the running
// executable, whatever the prefix); else, for executables inside the build tree, the one built
// there. Empty when none exists.
QString path();

} // namespace plugboard::HostProgram
