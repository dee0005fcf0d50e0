// Program output, unbuffered as in Go: each fmt call writes its text to stdout with one write(2),
// and print, println and panics write to stderr at once, so the two interleave as Go's do.
#pragma once

#include <string_view>

namespace mgrt {

void stdout_write(std::string_view text);
void stderr_write(std::string_view text);

}  // namespace mgrt
