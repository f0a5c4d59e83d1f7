// EnsureSingleThreadedOcr (declared in chidao/extract.h): why a re-exec. libgomp, loaded with
// libtesseract before main() runs, reads OMP_THREAD_LIMIT in its constructor; setting the
// variable later changes nothing, and Tesseract's LSTM asks for 4 threads explicitly
// (num_threads clause), which omp_set_num_threads cannot lower. Only the thread limit, given
// at process start, caps it.
#include <cstdlib>

#include <unistd.h>

#include "chidao/extract.h"

namespace chidao {

void EnsureSingleThreadedOcr(char** argv) {
  if (std::getenv("OMP_THREAD_LIMIT") != nullptr) return;
  if (::setenv("OMP_THREAD_LIMIT", "1", 1) != 0) return;
  if (argv == nullptr || argv[0] == nullptr) return;
  ::execv("/proc/self/exe", argv);
  // exec failed (no /proc): carry on, multi-threaded OCR is slower but correct.
}

}  // namespace chidao
