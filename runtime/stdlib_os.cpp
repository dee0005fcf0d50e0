// The runtime functions of package os (stdlib/os): its system calls, each returning the error
// number (errno) it failed with, 0 for success. A []byte parameter arrives as its three words
// (pointer, length, capacity): see "Runtime functions of the standard library" in
// minigo_runtime.h.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>

#include "runtime/minigo_runtime.h"
#include "runtime/process.h"
#include "runtime/strings.h"

namespace {

// A Go string as the C string a system call takes.
std::string c_string(mg_string s) { return std::string(mgrt::view(s)); }

// A call's result and its errno: two words, returned in two registers.
struct Result {
  int64_t value;
  int64_t errno_value;
};

Result result(int64_t value) { return {value, value < 0 ? errno : 0}; }

int64_t errno_of(int status) { return status < 0 ? errno : 0; }

}  // namespace

extern "C" {

int64_t minigo_os_argCount(void *) { return mgrt::arguments().count; }

mg_string minigo_os_arg(void *, int64_t i) { return mgrt::gc_string(mgrt::arguments().values[i]); }

mg_string minigo_os_getenv(void *, mg_string key) {
  const char *value = std::getenv(c_string(key).c_str());
  return mgrt::gc_string(value ? value : "");
}

bool minigo_os_hasEnv(void *, mg_string key) { return std::getenv(c_string(key).c_str()) != nullptr; }

int64_t minigo_os_setenv(void *, mg_string key, mg_string value) {
  return errno_of(setenv(c_string(key).c_str(), c_string(value).c_str(), 1));
}

int64_t minigo_os_unsetenv(void *, mg_string key) { return errno_of(unsetenv(c_string(key).c_str())); }

int64_t minigo_os_getpid(void *) { return getpid(); }

Result minigo_os_open(void *, mg_string name, int64_t flag, int64_t perm) {
  int fd;
  do fd = open(c_string(name).c_str(), static_cast<int>(flag), static_cast<mode_t>(perm));
  while (fd < 0 && errno == EINTR);
  return result(fd);
}

Result minigo_os_read(void *, int64_t fd, mg_slice b) {
  ssize_t n;
  do n = read(static_cast<int>(fd), b.ptr, static_cast<size_t>(b.len));
  while (n < 0 && errno == EINTR);
  return result(n);
}

Result minigo_os_write(void *, int64_t fd, mg_slice b) {
  ssize_t n;
  do n = write(static_cast<int>(fd), b.ptr, static_cast<size_t>(b.len));
  while (n < 0 && errno == EINTR);
  return result(n);
}

int64_t minigo_os_closeFd(void *, int64_t fd) { return errno_of(close(static_cast<int>(fd))); }

Result minigo_os_seek(void *, int64_t fd, int64_t offset, int64_t whence) {
  return result(lseek(static_cast<int>(fd), offset, static_cast<int>(whence)));
}

int64_t minigo_os_unlink(void *, mg_string name) { return errno_of(unlink(c_string(name).c_str())); }

int64_t minigo_os_rmdir(void *, mg_string name) { return errno_of(rmdir(c_string(name).c_str())); }

int64_t minigo_os_mkdir(void *, mg_string name, int64_t perm) {
  return errno_of(mkdir(c_string(name).c_str(), static_cast<mode_t>(perm)));
}

}  // extern "C"
