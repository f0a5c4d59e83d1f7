#include "importer.h"

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>
#include <thread>

#include "chidao/sha256.h"

namespace chidao::cli {
namespace {

namespace fs = std::filesystem;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

// A file read, extracted and parsed, waiting to be stored.
struct Prepared {
  FileOutcome outcome;
  std::optional<Document> doc;
  Directive directive;
};

Result<std::string> ReadBytes(const std::string& path, std::size_t max_bytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return Status::NotFound(path, "no such file");
  if (S_ISDIR(st.st_mode)) return Status::Unsupported(path, "is a directory");
  if (static_cast<std::size_t>(st.st_size) > max_bytes) {
    return Status::TooLarge(path, "file is larger than the limit (" +
                                      std::to_string(max_bytes >> 20) + " MiB)");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path, "cannot open for reading (permission denied?)");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IoError(path, "read error");
  return bytes;
}

// Everything before the store: read, skip if stored, extract, parse. `store` answers
// Contains() and belongs to the calling thread.
Prepared PrepareFile(const std::string& path, int index, Store& store,
                     const ImportOptions& options, const ImportObserver& observer) {
  Prepared p;
  p.outcome.path = path;
  try {
    Result<std::string> bytes = ReadBytes(path, options.extract.max_file_bytes);
    if (!bytes.ok()) {
      p.outcome.status = bytes.status();
      return p;
    }
    std::string sha = Sha256Hex(*bytes);
    Result<bool> stored = store.Contains(sha);
    if (!stored.ok()) {
      p.outcome.status = stored.status().WithPath(path);
      return p;
    }
    if (*stored) {
      p.outcome.already_present = true;
      return p;
    }
    ExtractOptions extract = options.extract;
    if (observer.pages) {
      extract.on_progress = [&observer, index](const ExtractProgress& progress) {
        observer.pages(index, progress.pages_done, progress.pages_total);
      };
    }
    Result<Document> doc = ExtractBytes(*bytes, path, extract);
    if (!doc.ok()) {
      p.outcome.status = doc.status().WithPath(path);
      return p;
    }
    doc->path = path;
    doc->sha256 = sha;
    p.directive = options.parse(*doc);
    p.doc = std::move(doc).value();
  } catch (const std::bad_alloc&) {
    p.outcome.status = Status::TooLarge(path, "out of memory while reading");
  } catch (const std::exception& e) {
    p.outcome.status = Status::Internal(std::string("unexpected error: ") + e.what()).WithPath(path);
  }
  return p;
}

// Stores prepared files together (Store::ImportAll) and completes their outcomes.
void StoreGroup(std::vector<Prepared>& group, Store& store) {
  std::vector<ImportItem> items;
  std::vector<Prepared*> owners;
  for (Prepared& p : group) {
    if (!p.outcome.status.ok() || p.outcome.already_present || !p.doc) continue;
    items.push_back(ImportItem{&*p.doc, &p.directive});
    owners.push_back(&p);
  }
  std::vector<Result<ImportOutcome>> results = store.ImportAll(items);
  for (std::size_t i = 0; i < owners.size(); ++i) {
    Prepared& p = *owners[i];
    FileOutcome& out = p.outcome;
    if (!results[i].ok()) {
      out.status = results[i].status().WithPath(out.path);
      continue;
    }
    out.document_id = results[i]->id;
    out.already_present = results[i]->already_present;
    out.pages = static_cast<int>(p.doc->pages.size());
    out.tasks = static_cast<int>(p.directive.tasks.size());
    out.diagnostics = p.doc->diagnostics;
    out.diagnostics.insert(out.diagnostics.end(), p.directive.diagnostics.begin(),
                           p.directive.diagnostics.end());
  }
}

void Count(const FileOutcome& out, ImportSummary& summary) {
  if (!out.status.ok()) {
    ++summary.failed;
  } else if (out.already_present) {
    ++summary.already_present;
  } else {
    ++summary.imported;
    summary.pages += out.pages;
    summary.tasks += out.tasks;
  }
}

}  // namespace

bool IsImportable(const std::string& path) {
  static const char* const kExtensions[] = {".pdf", ".txt", ".png", ".jpg",
                                            ".jpeg", ".tif", ".tiff"};
  std::string ext = Lower(fs::path(path).extension().string());
  return std::find(std::begin(kExtensions), std::end(kExtensions), ext) != std::end(kExtensions);
}

InputFiles CollectInputs(const std::vector<std::string>& paths) {
  InputFiles out;
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
      out.errors.push_back(Status::NotFound(path, "no such file or directory"));
      continue;
    }
    if (!fs::is_directory(st)) {
      if (fs::is_regular_file(st)) {
        out.files.push_back(path);
      } else {  // reading a FIFO or a device would block or never end
        out.errors.push_back(Status::Unsupported(path, "not a regular file (a pipe, socket or device)"));
      }
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {  // hidden: .git, editor backups
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (!IsImportable(name) || it->is_directory(ec)) continue;
      if (it->is_regular_file(ec)) {
        found.push_back(it->path().string());
      } else if (it->is_symlink(ec) && !fs::exists(it->path(), ec)) {
        out.errors.push_back(Status::NotFound(it->path().string(),
                                              "broken symbolic link (its target is gone)"));
      } else {
        out.errors.push_back(Status::Unsupported(it->path().string(),
                                                 "not a regular file (a pipe, socket or device)"));
      }
      ec.clear();
    }
    if (ec) out.errors.push_back(Status::IoError(path, "cannot list: " + ec.message()));
    std::sort(found.begin(), found.end());
    out.files.insert(out.files.end(), found.begin(), found.end());
  }
  return out;
}

namespace {

// Each commit adds index segments that every search then walks; FTS5 merges them only
// gradually. After a big batch one full merge (about 3 s for 10,000 documents) halves the
// search time users see (bench/store: CPU p50 24-27 ms as imported, 14-15 ms merged). Small
// daily imports are left to FTS5's own merging: a full merge of a large archive for a few
// documents would cost more than it saves. The documents are stored either way, so a failed
// merge (the archive busy, the disk full) changes nothing a user could act on.
void OptimizeAfterBatch(Store& store, const ImportSummary& summary) {
  constexpr int kBigBatch = 64;
  if (summary.imported >= kBigBatch) (void)store.Optimize();
}

}  // namespace

Result<ImportSummary> ImportFiles(const std::string& db_path, const std::vector<std::string>& files,
                                  const ImportOptions& options, const ImportObserver& observer) {
  if (!options.parse) return Status::Internal("ImportFiles: no parse function");
  Result<std::unique_ptr<Store>> opened = Store::Open(db_path, options.store);
  if (!opened.ok()) return opened.status();
  Store& store = **opened;
  ImportSummary summary;
  const int n = static_cast<int>(files.size());
  // Documents ready at the same time are stored as one group (one commit): up to
  // kMaxGroup of them, or what was prepared within kGroupTime. A slow file (a scan) ends
  // its group at once, so nothing waits long in memory or for its line on the screen.
  constexpr std::size_t kMaxGroup = 64;
  constexpr auto kGroupTime = std::chrono::milliseconds(250);
  std::vector<Prepared> group;
  std::vector<int> group_index;
  auto group_start = std::chrono::steady_clock::now();
  auto flush = [&] {
    StoreGroup(group, store);
    for (std::size_t k = 0; k < group.size(); ++k) {
      Count(group[k].outcome, summary);
      if (observer.file_done) observer.file_done(group_index[k], group[k].outcome);
    }
    group.clear();
    group_index.clear();
  };
  auto add = [&](int i, Prepared p, bool more_ready) {
    if (group.empty()) group_start = std::chrono::steady_clock::now();
    group.push_back(std::move(p));
    group_index.push_back(i);
    if (!more_ready || group.size() >= kMaxGroup ||
        std::chrono::steady_clock::now() - group_start >= kGroupTime) {
      flush();
    }
  };
  int workers = std::min(std::max(options.jobs, 1), n);
  if (workers <= 1) {
    for (int i = 0; i < n; ++i) {
      if (observer.file_started) observer.file_started(i, files[i]);
      auto begin = std::chrono::steady_clock::now();
      Prepared p = PrepareFile(files[i], i, store, options, observer);
      bool quick = std::chrono::steady_clock::now() - begin < kGroupTime / 4;
      add(i, std::move(p), quick && i + 1 < n);
    }
    OptimizeAfterBatch(store, summary);
    return summary;
  }
  // Workers prepare files ahead of the storing thread, at most `window` ahead so a folder of
  // large scans does not sit in memory at once.
  const int window = 2 * workers + static_cast<int>(kMaxGroup);
  std::vector<std::optional<Prepared>> slots(static_cast<std::size_t>(n));
  std::mutex mu;
  std::condition_variable cv;
  int next = 0;
  int stored = 0;
  auto work = [&] {
    Result<std::unique_ptr<Store>> reader = Store::Open(db_path, options.store);
    for (;;) {
      int i;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return next >= n || next < stored + window; });
        if (next >= n) return;
        i = next++;
      }
      Prepared p;
      if (reader.ok()) {
        p = PrepareFile(files[i], i, **reader, options, observer);
      } else {
        p.outcome.path = files[i];
        p.outcome.status = reader.status();
      }
      std::lock_guard<std::mutex> lock(mu);
      slots[static_cast<std::size_t>(i)] = std::move(p);
      cv.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (int w = 0; w < workers; ++w) threads.emplace_back(work);
  for (int i = 0; i < n; ++i) {
    if (observer.file_started) observer.file_started(i, files[i]);
    Prepared p;
    bool more_ready = false;
    {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] { return slots[static_cast<std::size_t>(i)].has_value(); });
      p = std::move(*slots[static_cast<std::size_t>(i)]);
      slots[static_cast<std::size_t>(i)].reset();
      more_ready = i + 1 < n && slots[static_cast<std::size_t>(i + 1)].has_value();
      stored = i + 1;
      cv.notify_all();
    }
    add(i, std::move(p), more_ready);
  }
  for (std::thread& t : threads) t.join();
  OptimizeAfterBatch(store, summary);
  return summary;
}

}  // namespace chidao::cli
