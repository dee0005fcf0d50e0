// Program output: stdout goes through one buffer (fmt), stderr is written at once (print, panics).
#pragma once

#include <string>
#include <string_view>

namespace mgrt {

// The pending stdout bytes. fmt appends to it directly and then calls stdout_written().
std::string &stdout_buffer();
// Flushes when the buffer has grown large; call after appending to stdout_buffer().
void stdout_written();
void stdout_flush();

// Unbuffered write to stderr (builtin print/println and fatal messages).
void stderr_write(std::string_view text);

}  // namespace mgrt
