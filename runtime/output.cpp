#include "runtime/output.h"

#include <unistd.h>

#include <cerrno>

namespace mgrt {
namespace {

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

void stdout_write(std::string_view text) { write_all(STDOUT_FILENO, text); }

void stderr_write(std::string_view text) { write_all(STDERR_FILENO, text); }

}  // namespace mgrt
