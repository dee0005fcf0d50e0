#include "runtime/output.h"

#include <unistd.h>

#include <cerrno>

namespace mgrt {
namespace {

constexpr size_t kFlushThreshold = 64 * 1024;

void write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return;  // like Go, output errors are ignored
    }
    text.remove_prefix(static_cast<size_t>(n));
  }
}

}  // namespace

std::string &stdout_buffer() {
  // Never destroyed: output may still be flushed while static destructors run.
  static std::string *buffer = [] {
    auto *b = new std::string;
    b->reserve(kFlushThreshold * 2);
    return b;
  }();
  return *buffer;
}

void stdout_written() {
  if (stdout_buffer().size() >= kFlushThreshold) stdout_flush();
}

void stdout_flush() {
  std::string &buffer = stdout_buffer();
  write_all(STDOUT_FILENO, buffer);
  buffer.clear();
}

void stderr_write(std::string_view text) { write_all(STDERR_FILENO, text); }

}  // namespace mgrt
