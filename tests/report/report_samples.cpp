// report_samples OUTDIR: writes the sample checklist and report in every format, for the shell
// tests that check them with outside tools (python3 zipfile/csv, headless Chromium).
#include <cstdio>
#include <fstream>
#include <string>

#include "report/checklist_render.h"
#include "report/report_render.h"
#include "sample_model.h"

namespace {

bool Write(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace chidao::report;
  if (argc != 2) {
    std::fprintf(stderr, "usage: report_samples OUTDIR\n");
    return 2;
  }
  const std::string dir = argv[1];
  const Checklist checklist = testing::SampleChecklist();
  const Report report = testing::SampleReport();
  bool ok = Write(dir + "/checklist.md", RenderChecklistMarkdown(checklist)) &&
            Write(dir + "/checklist.csv", RenderChecklistCsv(checklist)) &&
            Write(dir + "/checklist.html", RenderChecklistHtml(checklist)) &&
            Write(dir + "/checklist.json", RenderChecklistJson(checklist)) &&
            Write(dir + "/report.md", RenderReportMarkdown(report)) &&
            Write(dir + "/report.html", RenderReportHtml(report)) &&
            Write(dir + "/report.json", RenderReportJson(report));
  const chidao::Status xlsx = WriteChecklistXlsx(checklist, dir + "/checklist.xlsx");
  if (!xlsx.ok()) std::fprintf(stderr, "report_samples: %s\n", xlsx.ToString().c_str());
  if (!ok) std::fprintf(stderr, "report_samples: cannot write into %s\n", dir.c_str());
  return ok && xlsx.ok() ? 0 : 1;
}
