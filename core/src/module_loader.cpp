#include "chidao/module_loader.h"

#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <string>
#include <vector>

namespace chidao {
namespace {

std::string ExecutableDir() {
  char buffer[PATH_MAX];
  const ssize_t length = ::readlink("/proc/self/exe", buffer, sizeof buffer - 1);
  if (length <= 0) return {};
  const std::string path(buffer, static_cast<std::size_t>(length));
  return path.substr(0, path.rfind('/'));
}

}  // namespace

Result<void*> LoadModuleEntry(const char* file, const char* build_dir, const char* entry,
                              const char* what) {
  std::vector<std::string> candidates;
  if (const std::string dir = ExecutableDir(); !dir.empty()) {
    candidates.push_back(dir + "/../lib/chidao/" + file);
  }
  candidates.push_back(std::string(build_dir) + "/" + file);
  for (const std::string& path : candidates) {
    if (::access(path.c_str(), R_OK) != 0) continue;
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
      // Found but unusable, typically a library it needs is not installed.
      const char* error = ::dlerror();
      return Status::NotFound("", std::string(what) + " is unavailable: " +
                                      (error != nullptr ? error : path));
    }
    void* address = ::dlsym(handle, entry);
    if (address == nullptr) {
      return Status::Internal(path + " is not chidao's " + what + " module");
    }
    return address;
  }
  return Status::NotFound("", std::string(what) + " is unavailable: " + file +
                                  " not found (looked in " + candidates.front() +
                                  (candidates.size() > 1 ? " and " + candidates.back()
                                                         : std::string()) +
                                  ")");
}

}  // namespace chidao
