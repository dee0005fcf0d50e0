# lit configuration for FileCheck tests on `minigo ir` output.
import os

import lit.formats

config.name = "minigo-ir"
config.test_format = lit.formats.ShTest(True)
config.suffixes = [".go"]
config.test_source_root = os.path.dirname(__file__)
minigo = lit_config.params.get("minigo")
if not minigo:
    lit_config.fatal("pass --param minigo=PATH/TO/minigo")
config.substitutions.append(("%minigo", minigo))
config.substitutions.append(("FileCheck", "/usr/lib/llvm-19/bin/FileCheck"))
config.substitutions.append(("%opt", "/usr/lib/llvm-19/bin/opt"))
