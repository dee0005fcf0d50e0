// What the runtime keeps of the process's start: its arguments, for os.Args.
#pragma once

namespace mgrt {

struct Arguments {
  int count;
  char **values;  // as main received them: they live as long as the process
};

// minigo_init records them; os reads them.
Arguments &arguments();

}  // namespace mgrt
