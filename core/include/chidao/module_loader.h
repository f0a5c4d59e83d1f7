// LoadModuleEntry: finds one of chidao's own modules (a shared object dlopen'ed on first use so
// that the libraries behind it, Tesseract or libxlsxwriter, cost nothing to runs that never
// need them) and returns the address of its entry point.
//
// A module `file` is looked for, in this order:
//   1. <directory of the executable>/../lib/chidao/  (an installed layout; also build/cli)
//   2. `build_dir`, the build tree it was built in, for tests and benchmarks.
// A module found but not loadable (a library it needs is not installed) or lacking `entry`
// is an error naming why; `what` names the feature in it ("OCR", "XLSX output"). Modules are
// never unloaded: objects they made may live until the process exits.
#pragma once

#include "chidao/status.h"

namespace chidao {

Result<void*> LoadModuleEntry(const char* file, const char* build_dir, const char* entry,
                              const char* what);

}  // namespace chidao
